"""Copies for team laptops: one self-contained, verified file, written atomically (kill -9 too)."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app import copies, dump, model, ops
from app.errors import WorkbookError
from app.storage import rows, safe
from app.storage.workbook import open_file
from tests.helpers import ROOT
from tests.merge_support import add_programme, dump_of


def test_a_team_copy_is_one_file_with_every_edit(wb, tmp_path):
    add_programme(wb, "Smart parking", code="SG-01")  # still in the write-ahead log
    stick = tmp_path / "stick"
    stick.mkdir()
    out = copies.save_team_copy(wb, stick / "team.rencana")
    assert sorted(p.name for p in stick.iterdir()) == ["team.rencana"]
    assert out.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: no -wal needed
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    shutil.copyfile(out, laptop / "team.rencana")  # only the one file travels
    assert dump_of(laptop / "team.rencana") == dump.dumps(wb.db)
    with open_file(laptop / "team.rencana") as team:
        assert rows.select(team.db, model.Programme)[0].name == "Smart parking"


def test_a_team_copy_can_be_made_from_a_read_only_workbook(wb, tmp_path):
    wb.close()
    with open_file(wb.path, read_only=True) as reader:
        out = copies.save_team_copy(reader, tmp_path / "copy.rencana")
        assert dump_of(out) == dump.dumps(reader.db)


def test_a_read_only_window_reads_what_another_rencana_committed(wb, tmp_path):
    """Another Rencana edits (its -wal live, not checkpointed): read-only shows those edits,
    and a copy made from it keeps them."""
    add_programme(wb, "Smart parking", code="SG-01")
    ops.add(wb, model.Organisation(name="Dinas Kominfo"))
    wal = wb.path.with_name(wb.path.name + "-wal")
    assert wal.stat().st_size > 0  # the edits are in the write-ahead log only
    main_file = wb.path.read_bytes()
    with open_file(wb.path, read_only=True) as reader:
        assert dump.dumps(reader.db) == dump.dumps(wb.db)
        assert [p.name for p in rows.select(reader.db, model.Programme)] == ["Smart parking"]
        out = copies.save_team_copy(reader, tmp_path / "copy.rencana")
    assert dump_of(out) == dump.dumps(wb.db)
    assert "Dinas Kominfo" in dump_of(out)
    assert wb.path.read_bytes() == main_file  # reading wrote nothing, checkpointed nothing
    ops.add(wb, model.Organisation(name="Dinas Pariwisata"))  # the writer goes on
    assert "Dinas Pariwisata" in dump.dumps(wb.db)


def test_a_team_copy_never_replaces_the_workbook_itself(wb):
    with pytest.raises(WorkbookError, match="open workbook itself"):
        copies.save_team_copy(wb, wb.path)


def test_a_team_copy_replaces_an_older_copy_completely(wb, tmp_path):
    out = copies.save_team_copy(wb, tmp_path / "team.rencana")
    ops.add(wb, model.Organisation(name="Dinas Kominfo"))
    copies.save_team_copy(wb, out)
    assert "Dinas Kominfo" in dump_of(out)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


KEEP_COPYING = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[3])
    from pathlib import Path
    from app import copies
    from app.storage.workbook import open_file
    wb = open_file(Path(sys.argv[1]), read_only=True)
    while True:
        copies.save_team_copy(wb, Path(sys.argv[2]))
        print("copied", flush=True)
""")

KEEP_MERGING = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[3])
    from pathlib import Path
    from app import merge
    source = Path(sys.argv[1])
    print("started", flush=True)
    merge.merge_files(Path(sys.argv[2]), [source, source, source])
    print("merged", flush=True)
""")


def _kill_at_random(script: str, source: Path, target: Path, seconds: float) -> None:
    child = subprocess.Popen([sys.executable, "-c", script, str(source), str(target), str(ROOT)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline()
    time.sleep(random.uniform(0, seconds))  # a random moment to pull the plug, not a wait
    child.kill()
    child.wait(timeout=60)


@pytest.mark.slow
def test_kill_during_a_team_copy_leaves_the_old_or_the_new_copy(demo_file, tmp_path):
    target = tmp_path / "team.rencana"
    expected = dump_of(demo_file)
    for _round in range(5):
        _kill_at_random(KEEP_COPYING, demo_file, target, 1.5)
        assert dump_of(target) == expected  # complete, never a part
    copies.save_team_copy(open_file(demo_file, read_only=True), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.rencana"]  # stale temps cleared


@pytest.mark.slow
def test_kill_during_a_merge_leaves_no_partial_target(demo_file, tmp_path):
    source = tmp_path / "source.rencana"
    shutil.copyfile(demo_file, source)
    before = source.read_bytes()
    target = tmp_path / "merged.rencana"
    for _round in range(5):
        _kill_at_random(KEEP_MERGING, source, target, 3.0)
        if target.exists():  # the merge finished before the kill: then it is complete
            assert dump_of(target) == dump_of(source)
            target.unlink()
    assert source.read_bytes() == before
    from app import merge

    merge.merge_files(target, [source])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["merged.rencana", "source.rencana"]
    assert safe.load_copy(target) is not None


def test_a_team_copy_never_replaces_a_workbook_open_elsewhere(wb, tmp_path):
    other = tmp_path / "other.rencana"
    copies.save_team_copy(wb, other)
    with open_file(other) as busy:
        with pytest.raises(WorkbookError, match="is open in Rencana"):
            copies.save_team_copy(wb, other)
        assert rows.count(busy.db, model.Dimension) > 0
