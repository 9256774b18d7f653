"""Backups and team copies from the window: the timer hook, the damaged-file offer, the dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app import backups, dump, model, ops
from app.storage.workbook import open_file
from tests.merge_support import dump_of
from tests.qt_dialogs import click, read_then_click, when_modal
from ui import backups as ui_backups
from ui.context import EditContext


def test_a_team_copy_from_the_window_is_written_and_announced(wb, tmp_path, qtbot: QtBot):
    ctx = EditContext(wb, "en")
    parent = QWidget()
    qtbot.addWidget(parent)
    when_modal(click("OK"))
    out = ui_backups.save_team_copy(parent, ctx, tmp_path / "team.rencana")
    assert out is not None and dump_of(out) == dump.dumps(wb.db)


def test_the_window_backs_up_at_start_and_when_the_workbook_closes(wb, qtbot: QtBot):
    ctx = EditContext(wb, "en")
    hook = ui_backups.watch(ctx)
    assert hook is not None and len(backups.list_backups(wb.path)) == 1
    with qtbot.waitSignal(ctx.changed):
        ctx.perform(lambda: ops.add(wb, model.Organisation(name="Bappeda"))[0])
    assert hook.auto.dirty
    ctx.stack.clear()  # what the window does just before it closes the workbook
    latest = backups.list_backups(wb.path)[0]
    assert "Bappeda" in dump_of(latest.path)


def test_a_read_only_workbook_is_not_backed_up(wb):
    wb.close()
    with open_file(wb.path, read_only=True) as reader:
        assert ui_backups.watch(EditContext(reader, "en")) is None


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[2 * 4096: 3 * 4096] = bytes(4096)
    path.write_bytes(bytes(data))


def test_a_damaged_workbook_is_offered_its_latest_backup(wb, qtbot: QtBot):
    ops.add(wb, model.Organisation(name="Bappeda"))
    backups.make_backup(wb)
    wb.close()
    _damage(wb.path)
    parent = QWidget()
    qtbot.addWidget(parent)
    when_modal(click("Restore the backup"))
    restored = ui_backups.offer_restore(parent, wb.path)
    assert restored is not None and restored.parent == wb.path.parent
    assert "Bappeda" in dump_of(restored)
    assert wb.path.exists()  # the damaged file is left as it was


def test_no_backup_is_said_in_one_sentence(tmp_path, qtbot: QtBot):
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    when_modal(read_then_click("OK", said))
    assert ui_backups.offer_restore(parent, tmp_path / "gone.rencana") is None
    assert said == ["There is no automatic backup of gone.rencana."]  # a dialog came, and said


def test_the_backup_list_offers_every_backup_newest_first(wb, qtbot: QtBot):
    first = backups.make_backup(wb)
    ops.add(wb, model.Organisation(name="Bappeda"))
    from datetime import datetime, timedelta

    second = backups.make_backup(wb, datetime.now() + timedelta(minutes=1))
    dialog = ui_backups.BackupsDialog(backups.list_backups())
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    dialog.accept()
    assert dialog.chosen is not None and dialog.chosen.path == first != second
