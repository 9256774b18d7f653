"""A write the system refuses (disk full, a failing commit) is one clean sentence, never stacked."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from app import dump, model, ops
from app.storage import rows
from app.storage.workbook import WorkbookFile
from ui.context import EditContext

FULL = {"en": "The disk is full: the change was not saved. Free some space and try again.",
        "id": "Disk penuh: perubahan tidak disimpan. Kosongkan sebagian ruang lalu coba lagi."}


@pytest.fixture
def ctx(wb: WorkbookFile, qtbot: Any) -> Iterator[EditContext]:
    yield EditContext(wb, "en")


def _programme(wb: WorkbookFile, description: str = "") -> model.Programme:
    dimension = rows.select(wb.db, model.Dimension)[0].id
    return model.Programme(name="Portal", dimension_id=dimension, start_year=2020,
                           end_year=2021, description=description)


def _many(wb: WorkbookFile) -> ops.Change:
    """Add 60 programmes with long descriptions (about 1 MB) in one action."""
    with ops.Action(wb, "Add programmes") as act:
        for n in range(60):
            act.put(_programme(wb, f"{n} " + "x" * 19_000))
    return act.change


def _fill_the_disk(wb: WorkbookFile) -> None:
    """Let the database grow no more: SQLite's own way to make its disk full."""
    pages = wb.db.execute("PRAGMA page_count").fetchone()[0]
    wb.db.execute(f"PRAGMA max_page_count = {pages}")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_edit_that_hits_a_full_disk_is_one_sentence_and_not_stacked(
        ctx: EditContext, qtbot: Any, lang: str) -> None:
    ctx.lang = lang
    before = dump.dumps(ctx.wb.db)
    _fill_the_disk(ctx.wb)
    with qtbot.waitSignal(ctx.failed) as said:
        result = ctx.perform(lambda: _many(ctx.wb))
    assert result is None
    assert said.args == [FULL[lang]]
    assert ctx.stack.count() == 0
    assert dump.dumps(ctx.wb.db) == before  # rolled back, nothing half-written
    ctx.wb.db.execute("PRAGMA max_page_count = 1073741823")
    assert ctx.perform(lambda: ops.add(ctx.wb, _programme(ctx.wb))[0])  # works again


def test_an_undo_whose_commit_fails_is_one_sentence_and_changes_nothing(
        ctx: EditContext, qtbot: Any) -> None:
    change, pid = ops.add(ctx.wb, _programme(ctx.wb))
    ctx.perform(lambda: change)
    after_edit = dump.dumps(ctx.wb.db)

    def refuse_writes(action: int, *_args: object) -> int:
        writes = (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE)
        return sqlite3.SQLITE_DENY if action in writes else sqlite3.SQLITE_OK

    ctx.wb.db.conn.set_authorizer(refuse_writes)
    try:
        with qtbot.waitSignal(ctx.failed) as said:
            ctx.stack.undo()
    finally:
        ctx.wb.db.conn.set_authorizer(None)
    assert said.args == ["The workbook could not be written: the change was not saved."]
    assert dump.dumps(ctx.wb.db) == after_edit
    assert rows.get(ctx.wb.db, model.Programme, pid) is not None
    assert ctx.stack.count() == 0  # the failed step left the stack, as Qt allows


def test_an_undo_that_hits_a_full_disk_gives_the_same_sentence_as_an_edit(
        ctx: EditContext, qtbot: Any) -> None:
    _many(ctx.wb)
    ids = [p.id for p in rows.select(ctx.wb.db, model.Programme)]

    def clear() -> ops.Change:
        with ops.Action(ctx.wb, "Clear") as act:
            for pid in ids:
                act.update(model.Programme, pid, description="")
        return act.change

    ctx.perform(clear)
    cleared = dump.dumps(ctx.wb.db)
    ctx.wb.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.wb.db.execute("VACUUM")  # the freed pages leave the file: the undo needs new ones
    _fill_the_disk(ctx.wb)
    with qtbot.waitSignal(ctx.failed) as said:
        ctx.stack.undo()
    assert said.args == [FULL["en"]]
    assert dump.dumps(ctx.wb.db) == cleared
