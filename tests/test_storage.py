"""The workbook file: pragmas, header checks, newer and foreign files, migrations."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from app import model, ops, workbooks
from app.errors import NewerWorkbook, NotAWorkbook, ValidationError, WorkbookError
from app.storage import rows, schema
from app.storage.workbook import open_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def _new(path: Path) -> Path:
    book = model.Workbook(region="Kota Contoh", plan_start=2020, plan_end=2029)
    workbooks.new_workbook(path, book).close()
    return path


def test_a_new_workbook_carries_our_id_version_and_wal(tmp_path: Path) -> None:
    path = _new(tmp_path / "a.rencana")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION >= 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_an_open_workbook_has_the_safety_pragmas(tmp_path: Path) -> None:
    with open_file(_new(tmp_path / "a.rencana")) as wb:
        pragma = lambda name: wb.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("trusted_schema") == 0
        assert pragma("journal_mode") == "wal"


def test_a_new_workbook_holds_the_framework(tmp_path: Path) -> None:
    with open_file(_new(tmp_path / "a.rencana")) as wb:
        assert [d.code for d in rows.select(wb.db, model.Dimension)] == [
            "SG", "SB", "SE", "SL", "SS", "SN"]
        assert rows.count(wb.db, model.Element) == 18
        assert rows.count(wb.db, model.Component) == 3
        book = rows.select(wb.db, model.Workbook)[0]
        assert (book.plan_start, book.plan_end, book.rating_max) == (2020, 2029, 5)


def test_new_workbook_refuses_to_overwrite_and_leaves_nothing_on_failure(tmp_path: Path) -> None:
    path = _new(tmp_path / "a.rencana")
    with pytest.raises(WorkbookError, match="already exists"):
        _new(path)
    bad = model.Workbook(region="", plan_start=2020, plan_end=2029)
    with pytest.raises(ValidationError, match="Region must not be empty"):
        workbooks.new_workbook(tmp_path / "b.rencana", bad)
    assert _siblings(path) == {"a.rencana"}


def test_primary_keys_are_uuid_text(tmp_path: Path) -> None:
    with open_file(_new(tmp_path / "a.rencana")) as wb:
        _change, row_id = ops.add(wb, model.Team(name="Tim A"))
        assert len(row_id) == 36 and row_id.count("-") == 4
        cols = {c.name: c.type for c in wb.db["teams"].columns}  # type: ignore[union-attr]
        assert cols["id"] == "TEXT"
        assert {"_rev", "_device", "_modified", "_deleted", "_clock"} <= set(cols)


@pytest.mark.parametrize("content", [
    b"", b"hello, this is text\n" * 20, b"PK\x03\x04" + b"0" * 200])
def test_files_that_are_not_workbooks_are_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.rencana"
    path.write_bytes(content)
    with pytest.raises(NotAWorkbook):
        open_file(path)
    assert path.read_bytes() == content
    assert _siblings(path) == {"x.rencana"}


def test_another_apps_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite_utils.Database(path)["things"].insert({"a": 1})  # type: ignore[union-attr]
    digest = _digest(path)
    with pytest.raises(NotAWorkbook, match="not a Rencana workbook"):
        open_file(path)
    assert _digest(path) == digest


def _set_user_version(path: Path, version: int) -> None:
    data = bytearray(path.read_bytes())
    data[60:64] = version.to_bytes(4, "big")
    path.write_bytes(bytes(data))


def test_a_newer_workbook_is_refused_and_never_modified(tmp_path: Path) -> None:
    path = _new(tmp_path / "a.rencana")
    _set_user_version(path, schema.SCHEMA_VERSION + 1)
    digest = _digest(path)
    with pytest.raises(NewerWorkbook, match="newer version"):
        open_file(path)
    assert _digest(path) == digest
    assert _siblings(path) == {"a.rencana"}


def test_a_newer_workbook_may_be_read_read_only(tmp_path: Path) -> None:
    path = _new(tmp_path / "a.rencana")
    _set_user_version(path, schema.SCHEMA_VERSION + 1)
    digest = _digest(path)
    with open_file(path, read_only=True) as wb:
        assert wb.read_only
        assert rows.count(wb.db, model.Dimension) == 6
        with pytest.raises(WorkbookError, match="read-only"):
            ops.add(wb, model.Team(name="Tim A"))
    assert _digest(path) == digest


def _add_column_migration(db: sqlite_utils.Database) -> None:
    db["teams"].add_column("motto", str)  # type: ignore[union-attr]


@pytest.fixture
def next_version(monkeypatch: pytest.MonkeyPatch):
    """Pretend this Rencana knows one more schema version than it does, with ``step``."""
    def use(step) -> int:
        monkeypatch.setattr(schema, "MIGRATIONS", (*_RELEASED, step))
        monkeypatch.setattr(schema, "SCHEMA_VERSION", len(_RELEASED) + 1)
        return len(_RELEASED) + 1
    schema.expected_schema.cache_clear()
    yield use
    schema.expected_schema.cache_clear()


_RELEASED = schema.MIGRATIONS
_HEADER_COUNTERS = (slice(24, 28), slice(40, 44), slice(92, 96))  # change counters


def _without_counters(data: bytes) -> bytes:
    copy = bytearray(data)
    for part in _HEADER_COUNTERS:
        copy[part] = bytes(part.stop - part.start)
    return bytes(copy)


def test_an_older_workbook_is_copied_then_migrated(tmp_path: Path, next_version) -> None:
    path = _new(tmp_path / "a.rencana")
    original = path.read_bytes()
    newest = next_version(_add_column_migration)
    with open_file(path) as wb:
        assert wb.db.execute("PRAGMA user_version").fetchone()[0] == newest
        assert "motto" in {c.name for c in wb.db["teams"].columns}  # type: ignore[union-attr]
    backups = [p for p in tmp_path.iterdir() if f"before-v{newest}" in p.name]
    assert [p.name for p in backups] == [f"a.before-v{newest}-from-v{newest - 1}.rencana"]
    copied = backups[0].read_bytes()
    # the original bytes were copied: every page the same, only SQLite's counters moved
    assert len(copied) == len(original)
    assert _without_counters(copied) == _without_counters(original)


def _failing_migration(db: sqlite_utils.Database) -> None:
    db["teams"].add_column("motto", str)  # type: ignore[union-attr]
    raise sqlite3.OperationalError("power cut")


def test_a_failed_migration_writes_nothing_and_can_be_rerun(tmp_path: Path, next_version,
                                                            monkeypatch) -> None:
    path = _new(tmp_path / "a.rencana")
    original = path.read_bytes()
    newest = next_version(_failing_migration)
    with pytest.raises(WorkbookError, match=r"a\.rencana"):
        open_file(path)
    assert path.read_bytes() == original
    assert _siblings(path) == {"a.rencana"}  # no copy, no lock, no -wal left beside it
    monkeypatch.setattr(schema, "MIGRATIONS", (*_RELEASED, _add_column_migration))
    with open_file(path) as wb:
        assert wb.db.execute("PRAGMA user_version").fetchone()[0] == newest


def test_a_migration_failing_on_disk_leaves_the_file_and_no_copy(
        tmp_path: Path, next_version, monkeypatch: pytest.MonkeyPatch) -> None:
    """It passed in memory, then the disk failed: the transaction is undone, the copy removed."""
    path = _new(tmp_path / "a.rencana")
    original = path.read_bytes()
    next_version(_add_column_migration)
    from app.storage import workbook

    real_migrate = schema.migrate

    def fail_on_disk(db: sqlite_utils.Database, version: int, upto: int | None = None) -> None:
        if db.conn.execute("PRAGMA database_list").fetchone()[2]:  # a file, not memory
            def step(db: sqlite_utils.Database) -> None:
                _failing_migration(db)
            monkeypatch.setattr(schema, "MIGRATIONS", (*_RELEASED, step))
        real_migrate(db, version, upto)

    monkeypatch.setattr(workbook.schema, "migrate", fail_on_disk)
    with pytest.raises(WorkbookError, match=r"a\.rencana"):
        open_file(path)
    assert path.read_bytes() == original
    assert _siblings(path) == {"a.rencana"}


@pytest.mark.parametrize("version", [0])
def test_a_workbook_without_a_version_is_refused_untouched(tmp_path: Path, version: int) -> None:
    path = _new(tmp_path / "a.rencana")
    _set_user_version(path, version)
    original = path.read_bytes()
    with pytest.raises(NotAWorkbook, match="not a Rencana workbook"):
        open_file(path)
    assert path.read_bytes() == original
    assert _siblings(path) == {"a.rencana"}
