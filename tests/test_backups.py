"""Automatic backups: taken while editing and at close, kept by policy, restored atomically."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import backups, dump, model, ops, paths
from app.errors import DamagedWorkbook, WorkbookLocked
from app.storage.lock import lock_path
from app.storage.workbook import open_file
from tests.merge_support import add_programme, dump_of


def test_a_backup_is_a_sound_copy_in_the_data_folder(wb):
    add_programme(wb, "Smart parking")
    made = backups.make_backup(wb)
    assert made is not None and made.parent.parent == paths.data_dir() / "backups"
    assert dump_of(made) == dump.dumps(wb.db)
    assert backups.make_backup(wb) is None  # nothing changed since
    ops.add(wb, model.Organisation(name="Bappeda"))
    newer = backups.make_backup(wb, datetime.now() + timedelta(seconds=1))
    assert [b.path for b in backups.list_backups(wb.path)] == [newer, made]


def test_the_policy_keeps_recent_backups_and_one_per_day(wb):
    first = backups.make_backup(wb)
    assert first is not None
    now = datetime(2024, 3, 31, 12, 0, 0)
    folder = first.parent
    made = []
    for hours in range(0, 24 * 40, 7):  # every 7 hours for 40 days, revision rising
        taken = now - timedelta(hours=hours)
        path = folder / f"{wb.path.stem}-{taken:%Y%m%d-%H%M%S}-r{10_000 - hours}.rencana"
        shutil.copyfile(first, path)
        made.append((taken, path))
    first.unlink()
    removed = set(backups.prune(wb.path, now))
    kept = {b.path for b in backups.list_backups(wb.path)}
    newest = [p for _t, p in sorted(made, reverse=True)[: backups.KEEP_RECENT]]
    daily = {}
    for taken, path in sorted(made):
        if now - taken <= timedelta(days=backups.KEEP_DAYS):
            daily[taken.date()] = path
    assert kept == set(newest) | set(daily.values())
    assert removed == {p for _t, p in made} - kept
    assert len(kept) == len(set(newest) | set(daily.values())) < len(made)


def test_restore_copies_a_backup_over_a_target_atomically(wb, tmp_path):
    add_programme(wb, "Smart parking")
    backup = backups.make_backup(wb)
    assert backup is not None
    target = tmp_path / "restored" / "plan.rencana"
    target.parent.mkdir()
    target.write_bytes(b"a damaged file")
    target.with_name(target.name + "-wal").write_bytes(b"an old journal")
    backups.restore(backup, target)
    assert dump_of(target) == dump_of(backup)
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.rencana"]


def test_restore_never_replaces_a_workbook_open_in_rencana(wb, tmp_path):
    backup = backups.make_backup(wb)
    target = tmp_path / "busy.rencana"
    target.write_bytes(b"in use")
    lock_path(target).write_text(json.dumps({"pid": 99, "host": "another-laptop"}))
    with pytest.raises(WorkbookLocked):
        backups.restore(backup, target)
    assert target.read_bytes() == b"in use"


def _zero_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page: 3 * page] = bytes(page)
    path.write_bytes(bytes(data))


def test_a_damaged_workbook_is_offered_its_latest_good_backup(wb, tmp_path):
    add_programme(wb, "Smart parking")
    good = backups.make_backup(wb, datetime(2024, 1, 1, 9, 0, 0))
    ops.add(wb, model.Organisation(name="Bappeda"))
    broken = backups.make_backup(wb, datetime(2024, 1, 1, 10, 0, 0))
    assert good and broken
    _zero_a_page(broken)
    wb.close()
    _zero_a_page(wb.path)
    with pytest.raises(DamagedWorkbook):
        open_file(wb.path)
    latest = backups.latest_good_backup(wb.path)
    assert latest is not None and latest.path == good
    restored = backups.restore(latest.path, tmp_path / "plan (restored).rencana")
    with open_file(restored) as again:
        assert "Smart parking" in dump.dumps(again.db)


def test_automatic_backups_follow_edits_the_timer_and_closing(wb):
    auto = backups.AutoBackup(wb, every_minutes=10)
    assert auto.start() is not None  # the workbook as it was opened
    assert auto.tick(auto.last + 3600) is None  # no edit, no backup
    add_programme(wb, "Smart parking")
    auto.edited()
    assert auto.tick(auto.last + 60) is None  # too soon after the last one
    assert auto.tick(auto.last + 601) is not None
    ops.add(wb, model.Organisation(name="Bappeda"))
    auto.edited()
    at_close = auto.close()
    assert at_close is not None and dump_of(at_close) == dump.dumps(wb.db)
    assert auto.close() is None


def test_restore_never_replaces_the_workbook_open_in_this_window(wb):
    backup = backups.make_backup(wb)
    with pytest.raises(WorkbookLocked):
        backups.restore(backup, wb.path)
    assert "Kota Contoh" in dump.dumps(wb.db)
