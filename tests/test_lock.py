"""Two Rencanas on one workbook, stale locks, and read-only files or media."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import model, ops
from app.errors import WorkbookError, WorkbookLocked
from app.storage import rows
from app.storage.lock import Lock, lock_path
from app.storage.workbook import open_file
from tests.helpers import ROOT, run_cli

HOLD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from pathlib import Path
    from app.storage.workbook import open_file
    wb = open_file(Path(sys.argv[1]))
    print("open", flush=True)
    sys.stdin.read()  # hold the workbook until the test closes our input
    wb.close()
""")


@pytest.fixture
def closed(wb) -> Path:
    """The path of a closed workbook."""
    wb.close()
    return wb.path


@pytest.fixture
def other_instance(closed: Path) -> Iterator[subprocess.Popen[str]]:
    """Another Rencana process that has the workbook open."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(closed), str(ROOT)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    yield child
    child.communicate("", timeout=60)


def test_a_second_instance_is_told_the_file_is_in_use(closed, other_instance):
    with pytest.raises(WorkbookLocked) as caught:
        open_file(closed)
    assert f"process {other_instance.pid}" in caught.value.message("en")
    with open_file(closed, read_only=True) as reader:  # the offered way out
        assert reader.read_only and rows.count(reader.db, model.Dimension) > 0


def test_the_lock_is_free_again_when_the_other_instance_closes(closed, other_instance):
    other_instance.communicate("", timeout=60)
    with open_file(closed) as wb:
        assert not wb.read_only


def test_the_lock_of_a_killed_instance_is_taken_over(closed):
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(closed), str(ROOT)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    child.kill()
    child.wait(timeout=60)
    assert lock_path(closed).exists()  # left behind by the killed process
    with open_file(closed) as wb:
        assert json.loads(lock_path(closed).read_text())["pid"] == os.getpid()
        assert not wb.read_only
    assert not lock_path(closed).exists()


def test_a_stale_lock_file_naming_a_dead_process_is_taken_over(closed):
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead = int(child.stdout)
    lock_path(closed).write_text(json.dumps({"pid": dead, "host": socket.gethostname()}))
    with open_file(closed) as wb:
        assert not wb.read_only


def test_a_lock_from_another_laptop_is_respected(closed):
    lock_path(closed).write_text(json.dumps({"pid": 1234, "host": "team-laptop-7"}))
    with pytest.raises(WorkbookLocked, match="team-laptop-7"):
        open_file(closed)


def _make_read_only(path: Path) -> None:
    """Make ``path`` unwritable even for root (immutable flag), else by permissions."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        path.chmod(0o444)
        path.parent.chmod(0o555)
    assert not os.access(path, os.W_OK)


def _make_writable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.parent.chmod(0o755)
        path.chmod(0o644)


def test_a_read_only_file_opens_read_only_and_refuses_writes(closed):
    before = closed.read_bytes()
    _make_read_only(closed)
    try:
        with open_file(closed) as wb:
            assert wb.read_only
            dimension = rows.select(wb.db, model.Dimension)[0]
            with pytest.raises(WorkbookError) as caught:
                ops.update(wb, model.Dimension, dimension.id, name_en="Changed")
            assert caught.value.message("en") == "The workbook is open read-only."
        assert closed.read_bytes() == before
        assert sorted(p.name for p in closed.parent.iterdir()) == [closed.name]
    finally:
        _make_writable(closed)


def test_a_second_rencana_process_is_refused_with_one_sentence_and_writes_nothing(
        closed: Path, tmp_path: Path) -> None:
    """The second instance is a real second process (the command line), not this one."""
    sheet = tmp_path / "p.csv"
    sheet.write_text("nama,dimensi,mulai,selesai\nPortal,SG,2020,2021\n", encoding="utf-8")
    with open_file(closed) as wb:
        before = rows.count(wb.db, model.Programme)
        done = run_cli("import", str(closed), "--programmes", str(sheet),
                       env={"RENCANA_LANG": "en"})
        assert done.returncode == 1
        assert done.stderr.strip() == (
            f"{closed.name} is open in Rencana on {socket.gethostname()} (process {os.getpid()}); "
            "close it there or open it read-only.")
        assert rows.count(wb.db, model.Programme) == before


def test_release_closes_the_lock_file_before_deleting_it(
        closed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows cannot delete an open file (WinError 32): the handle is closed first."""
    lock = Lock(closed)
    lock.acquire()
    fd = lock._fd
    assert fd is not None
    seen: list[bool] = []
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == lock.path:
            try:
                os.fstat(fd)
                seen.append(False)  # still open: Windows would refuse
            except OSError:
                seen.append(True)
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    lock.release()
    assert seen == [True]
    assert not lock.path.exists()
