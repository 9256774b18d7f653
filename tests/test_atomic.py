"""One writer for every file Rencana makes: atomic, swept, normal permissions, honest errors."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import atomic, backups, copies, merge
from app.storage.workbook import WorkbookFile, open_file
from tests.helpers import run_cli

INTERNAL = (".tmp", "unable to open database file", "Traceback", "Error:", "Errno")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_every_kind_of_file_gets_the_users_normal_permissions(
        demo_file: Path, tmp_path: Path, wb: WorkbookFile, umask_022: None) -> None:
    from app.charts import write_chart
    from app.documents import export_document
    from app.worksheets import export_programmes

    out = tmp_path / "out"
    out.mkdir()
    export_document(demo_file, "summary", out / "ringkasan.docx")
    write_chart(demo_file, "budget", out / "anggaran.png")
    export_programmes(demo_file, out / "program.csv")
    export_programmes(demo_file, out / "program.xlsx")
    copies.save_team_copy(wb, out / "tim.rencana")
    merge.merge_files(out / "gabungan.rencana", [demo_file, out / "tim.rencana"])
    backup = backups.make_backup(wb)
    assert backup is not None
    made = {p.name: _mode(p) for p in [*out.iterdir(), backup]}
    assert made == dict.fromkeys(made, 0o644)


def test_stale_temporary_files_of_a_killed_writer_are_swept_and_live_ones_kept(
        demo_file: Path, tmp_path: Path) -> None:
    from app.worksheets import export_programmes

    dead = subprocess.run(["true"], check=True)  # a finished process: its id is free
    del dead
    finished = subprocess.Popen(["true"])
    finished.wait()
    stale = tmp_path / f".program.csv.{finished.pid}.tmp"
    live = tmp_path / f".program.csv.{os.getppid()}.tmp"
    stale.write_bytes(b"half")
    live.write_bytes(b"being written")
    export_programmes(demo_file, tmp_path / "program.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["program.csv", live.name])


def test_a_rename_held_for_a_moment_by_another_program_is_retried(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a file a virus scanner reads for a moment: try again."""
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    real_replace = os.replace
    refusals = [PermissionError(errno.EACCES, "sharing violation")] * 2
    monkeypatch.setattr(atomic, "PAUSE", 0)

    def busy(source: object, dest: object) -> None:
        if refusals:
            raise refusals.pop()
        real_replace(source, dest)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", busy)
    atomic.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_file_held_open_for_good_is_one_sentence_and_stays(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(atomic, "PAUSE", 0)

    def held(source: object, dest: object) -> None:
        raise PermissionError(errno.EACCES, "sharing violation")

    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(atomic.WriteError) as caught:
        atomic.write_bytes(target, b"new")
    assert caught.value.message("en") == (
        "a.txt is open in another program or cannot be replaced: close it in Word or choose "
        "another name.")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """Return a folder nobody may write into (immutable for root, else permissions)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    root = os.geteuid() == 0
    if root and shutil.which("chattr"):
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    yield folder
    if root and shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    folder.chmod(0o755)


@pytest.mark.parametrize(("args", "name"), [
    (["export", "{demo}", "--doc", "programmes", "-o", "{out}/program.csv"], "program.csv"),
    (["export", "{demo}", "--doc", "programmes", "-o", "{out}/program.xlsx"], "program.xlsx"),
    (["export", "{demo}", "--doc", "summary", "-o", "{out}/ringkasan.docx"], "ringkasan.docx"),
    (["chart", "{demo}", "--kind", "budget", "-o", "{out}/anggaran.png"], "anggaran.png"),
    (["merge", "{out}/gabungan.rencana", "{demo}", "{demo}"], "gabungan.rencana"),
    (["demo", "{out}/demo.rencana"], "demo.rencana"),
])
@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_read_only_folder_is_one_sentence_in_the_users_language(
        demo_file: Path, read_only_folder: Path, args: list[str], name: str, lang: str) -> None:
    if os.access(read_only_folder, os.W_OK):
        pytest.skip("this system lets the test user write into a read-only folder")
    filled = [a.format(demo=demo_file, out=read_only_folder) for a in args]
    done = run_cli(*filled, env={"RENCANA_LANG": lang})
    assert done.returncode == 1
    expected = {"en": f"Cannot write {name}: the folder is read-only or you may not write "
                      "there; choose another folder.",
                "id": f"Tidak dapat menulis {name}: foldernya hanya-baca atau Anda tidak boleh "
                      "menulis di sana; pilih folder lain."}[lang]
    assert done.stderr.strip() == expected
    assert list(read_only_folder.iterdir()) == []


def test_a_workbook_opened_from_disk_again_after_a_copy_is_sound(
        wb: WorkbookFile, tmp_path: Path) -> None:
    """A team copy written through the one writer opens as a workbook."""
    out = copies.save_team_copy(wb, tmp_path / "tim.rencana")
    with open_file(out) as copy:
        assert not copy.read_only
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
