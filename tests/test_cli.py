"""The command line end to end: demo, check, dump, import, --version, and every error path."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from app import __version__
from app.storage import schema
from tests.helpers import run_cli


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_demo_then_check_succeeds_and_the_file_has_our_pragmas(tmp_path: Path) -> None:
    target = tmp_path / "m.rencana"
    made = run_cli("demo", str(target))
    assert (made.returncode, made.stderr) == (0, "")
    checked = run_cli("check", str(target))
    assert checked.returncode == 0, checked.stderr
    assert "integrity ok" in checked.stdout and "programmes: 42" in checked.stdout
    conn = sqlite3.connect(target)
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        journal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()
    assert application_id == schema.APPLICATION_ID
    assert user_version >= 1
    assert journal_mode == "wal"


def test_dump_prints_canonical_json_of_the_user_content(demo_file: Path) -> None:
    result = run_cli("dump", str(demo_file))
    assert result.returncode == 0, result.stderr
    content = json.loads(result.stdout)
    assert content["workbook"][0]["region"] == "Kota Madiun"
    assert "_rev" not in content["programmes"][0]


def test_version_prints_the_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Rencana {__version__}"


def _truncated(demo: bytes, path: Path) -> None:
    path.write_bytes(demo[: len(demo) // 2])


def _foreign(demo: bytes, path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('not ours')")
    conn.commit()
    conn.close()


def _docx(demo: bytes, path: Path) -> None:
    import docx  # python-docx: a real Word file, renamed

    document = docx.Document()
    document.add_paragraph("Notulen rapat")
    document.save(str(path))


def _text(demo: bytes, path: Path) -> None:
    path.write_text("nama,jabatan\nSri,Staf\n", encoding="utf-8")


def _empty(demo: bytes, path: Path) -> None:
    path.write_bytes(b"")


def _newer(demo: bytes, path: Path) -> None:
    newer = struct.pack(">I", schema.SCHEMA_VERSION + 1)
    path.write_bytes(demo[:60] + newer + demo[64:])


BAD_FILES: dict[str, Callable[[bytes, Path], None]] = {
    "truncated": _truncated, "foreign-sqlite": _foreign, "renamed-docx": _docx,
    "text": _text, "zero-bytes": _empty, "newer-version": _newer,
}


def _assert_one_sentence(result: object) -> None:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.returncode != 0  # type: ignore[attr-defined]
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "Traceback" not in stderr and stderr.strip().endswith(".")


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_check_and_import_refuse_a_bad_file_with_one_sentence_and_touch_nothing(
        demo_file: Path, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "kota.rencana"
    BAD_FILES[kind](demo_file.read_bytes(), target)
    sheet = tmp_path / "people.csv"
    sheet.write_text("nama\nSri Wahyuni\n", encoding="utf-8")
    digest, listing = _digest(target), _listing(folder)
    for args in (("check", str(target)),
                 ("import", str(target), "--participants", str(sheet))):
        result = run_cli(*args)
        _assert_one_sentence(result)
        assert _digest(target) == digest, args
        assert _listing(folder) == listing, args


def test_a_missing_file_is_named_in_one_sentence(tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "gone.rencana"))
    _assert_one_sentence(result)
    assert "gone.rencana" in result.stderr
    assert _listing(tmp_path) == []


def test_messages_are_indonesian_by_default(tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "hilang.rencana"), env={"RENCANA_LANG": "id"})
    assert result.stderr.strip() == "hilang.rencana tidak ada."


@pytest.fixture
def workbook(demo_file: Path, tmp_path: Path) -> Path:
    """Return a private copy of the demo in its own folder."""
    folder = tmp_path / "work"
    folder.mkdir()
    copy = folder / "m.rencana"
    shutil.copy(demo_file, copy)
    return copy


def test_a_people_sheet_with_one_bad_row_changes_nothing_and_names_the_row(
        workbook: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "peserta.csv"
    sheet.write_text("nama;jabatan;peran\nSri Wahyuni;Staf;peserta\n;Lurah;peserta\n"
                     "Budi;Guru;peserta\n", encoding="utf-8-sig")
    before_dump, digest = run_cli("dump", str(workbook)).stdout, _digest(workbook)
    listing = _listing(workbook.parent)
    result = run_cli("import", str(workbook), "--participants", str(sheet))
    _assert_one_sentence(result)
    assert "Row 3, column nama" in result.stderr
    assert run_cli("dump", str(workbook)).stdout == before_dump
    assert _digest(workbook) == digest and _listing(workbook.parent) == listing


@pytest.mark.parametrize(("name", "content", "phrase"), [
    ("missing.csv", None, "does not exist"),
    ("people.txt", b"nama\nSri\n", "use a .csv or .xlsx file"),
    ("people.xlsx", b"nama\nSri\n", "not a readable Excel workbook"),
    ("people.csv", "nama\nSr\xe9\n".encode("latin-1"), "not UTF-8 text"),
    ("people.csv", b"", "no header row"),
    ("people.csv", b"nama,umur\nSri,40\n", "Unknown column"),
])
def test_a_bad_worksheet_is_refused_in_one_sentence(workbook: Path, tmp_path: Path, name: str,
                                                    content: bytes | None, phrase: str) -> None:
    sheet = tmp_path / name
    if content is not None:
        sheet.write_bytes(content)
    digest = _digest(workbook)
    result = run_cli("import", str(workbook), "--participants", str(sheet))
    _assert_one_sentence(result)
    assert phrase in result.stderr
    assert _digest(workbook) == digest


def test_import_reports_how_many_rows_it_imported(workbook: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Position,Organisation\nNew Person,Staff,Bappeda\n", encoding="utf-8")
    result = run_cli("import", str(workbook), "--participants", str(sheet))
    assert (result.returncode, result.stdout.strip()) == (0, "1 rows imported.")
    assert "New Person" in run_cli("dump", str(workbook)).stdout


def test_programme_worksheet_export_then_import_leaves_the_dump_unchanged(
        workbook: Path, tmp_path: Path) -> None:
    before = run_cli("dump", str(workbook)).stdout
    for suffix in (".csv",):  # XLSX: tests/test_worksheets.py, in process
        sheet = tmp_path / f"program{suffix}"
        exported = run_cli("export", str(workbook), "--doc", "programmes", "-o", str(sheet))
        assert exported.returncode == 0, exported.stderr
        imported = run_cli("import", str(workbook), "--programmes", str(sheet))
        assert imported.returncode == 0, imported.stderr
        assert run_cli("dump", str(workbook)).stdout == before


def test_demo_into_a_missing_folder_fails_in_one_sentence(tmp_path: Path) -> None:
    result = run_cli("demo", str(tmp_path / "no" / "such" / "m.rencana"))
    _assert_one_sentence(result)
    assert _listing(tmp_path) == []
