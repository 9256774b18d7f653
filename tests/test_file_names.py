"""File names Rencana proposes are names Windows accepts (issue 16)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import backups
from app.paths import safe_file_name
from app.storage.workbook import WorkbookFile

FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
            *(f"LPT{n}" for n in range(1, 10))}


def windows_accepts(name: str) -> bool:
    """Return whether Windows would accept ``name`` as a file name (its documented rules)."""
    return (bool(name) and not set(name) & FORBIDDEN and not name.endswith((".", " "))
            and name.split(".")[0].strip().upper() not in RESERVED and len(name) <= 255)


@pytest.mark.parametrize(("stem", "expected"), [
    ("Kota Madiun", "Kota Madiun.docx"),
    ('Kab. "Tanah" <Laut>: 2020/2024?', "Kab. Tanah Laut 2020 2024.docx"),
    ("Kota\\Batu|*", "Kota Batu.docx"),
    ("Sesi\t1\nakhir", "Sesi 1 akhir.docx"),
    ("Akhir titik. . ", "Akhir titik.docx"),
    ("CON", "_CON.docx"),
    ("nul", "_nul.docx"),
    ("COM1.backup", "_COM1.backup.docx"),
    ("LPT9", "_LPT9.docx"),
    ("COM10", "COM10.docx"),
    ("???", "Rencana.docx"),
    ("", "Rencana.docx"),
])
def test_names_are_cleaned_of_what_windows_forbids(stem: str, expected: str) -> None:
    assert safe_file_name(stem, ".docx") == expected
    assert windows_accepts(expected)


@given(st.text(max_size=300))
def test_every_proposed_name_is_accepted_by_windows(stem: str) -> None:
    assert windows_accepts(safe_file_name(stem, ".rencana"))


def test_default_export_and_workbook_names_use_the_helper() -> None:
    from ui.export.choices import default_target
    from ui.new_workbook import file_name

    out = default_target(Path("/tmp"), "masterplan", "id", 'Kota "Baru": Utara/Selatan', 1)
    assert windows_accepts(out.name)
    assert "Kota Baru Utara Selatan - " in out.name and out.name.endswith(".docx")  # then the date
    assert file_name("AUX") == "_AUX.rencana"


def test_a_backup_of_a_workbook_named_like_a_device_is_a_valid_name(
        wb: WorkbookFile, tmp_path: Path) -> None:
    made = backups.make_backup(wb, datetime(2026, 1, 2, 3, 4, 5))
    assert made is not None and windows_accepts(made.name)
    assert [b.path for b in backups.list_backups(wb.path)] == [made]
