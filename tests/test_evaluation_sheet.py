"""The OPD realisation worksheet: out, filled in, back in; hostile and malformed files refused."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app import dump, model
from app.evaluation import record, sheet, sheet_import
from app.evaluation import sheet_layout as lay
from app.storage import rows, safe
from app.storage.workbook import open_file
from app.worksheets import table as worksheet_table
from app.worksheets.table import WorksheetError
from tests.helpers import run_cli

WHEN = "2022-01-20T10:00:00"


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """Return a private copy of the demo workbook."""
    path = tmp_path / "demo.rencana"
    shutil.copyfile(demo_file, path)
    return path


def _dump(path: Path) -> str:
    db = safe.load_copy(path)
    try:
        return dump.dumps(db)
    finally:
        db.conn.close()


def _load(path: Path) -> Any:
    import openpyxl

    return openpyxl.load_workbook(path)


def _data_rows(sheet_: Any) -> list[tuple[int, str]]:
    return [(cell.row, str(cell.value)) for cell in sheet_["A"]
            if cell.value and cell.row > lay.FIRST_ROW and cell.value != lay.HEAD]


def test_one_sheet_per_opd_with_protected_targets(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    count = sheet.export_realisation(demo, 2021, out)
    book = _load(out)
    assert count == len(book.sheetnames) - 1  # and the goals' sheet
    assert "Diskominfo" in book.sheetnames and lay.GOALS_SHEET in book.sheetnames
    page = book["Diskominfo"]
    assert page.protection.sheet
    row = _data_rows(page)[0][0]
    assert page.cell(row, lay.TARGET).protection.locked
    assert page.cell(row, lay.NAME).protection.locked
    assert not page.cell(row, lay.PERIOD_COLUMNS["Q1"]).protection.locked
    assert page[lay.YEAR_CELL].value == 2021
    ranges = " ".join(str(v.sqref) for v in page.data_validations.dataValidation)
    assert f"I{row}" in ranges or "I" in ranges


def test_one_opd_only(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert sheet.export_realisation(demo, 2020, out, opd="diskominfo") == 1
    assert _load(out).sheetnames == ["Diskominfo"]


def test_an_unknown_opd_is_named_in_one_sentence(demo: Path, tmp_path: Path) -> None:
    from app.errors import ValidationError

    with pytest.raises(ValidationError, match="Unknown OPD"):
        sheet.export_realisation(demo, 2020, tmp_path / "r.xlsx", opd="Nope")
    assert not (tmp_path / "r.xlsx").exists()


def _fill(path: Path, out: Path) -> tuple[list[record.Entry], list[record.Spending], str]:
    """Fill every yellow cell of the Diskominfo sheet; return what was typed."""
    book = _load(path)
    page = book["Diskominfo"]
    page[lay.FILLER_CELL] = "Rina (Diskominfo)"
    entries, spendings = [], []
    for n, (row, key) in enumerate(_data_rows(page)):
        kind, _, rest = key.partition(":")
        if kind == "kpi":
            page.cell(row, lay.PERIOD_COLUMNS["Q1"], 10 + n)
            page.cell(row, lay.PERIOD_COLUMNS["year"], f"{40 + n},5")
            page.cell(row, lay.EVIDENCE, f"=Laporan {n}").data_type = "s"  # text, as typed
            entries += [record.Entry(rest, False, 2021, "Q1", 10 + n, f"=Laporan {n}"),
                        record.Entry(rest, False, 2021, "year", 40.5 + n, f"=Laporan {n}")]
        else:
            programme_id, _, source_id = rest.partition(":")
            pagu = page.cell(row, lay.TARGET).value
            page.cell(row, lay.PERIOD_COLUMNS["Q2"], 1_000_000 * (n + 1))
            page.cell(row, lay.EVIDENCE, "DPA")
            spendings.append(record.Spending(programme_id, 2021, "Q2", source_id, pagu,
                                             1_000_000 * (n + 1), "DPA"))
    book.save(out)
    return entries, spendings, "Rina (Diskominfo)"


def test_the_round_trip_equals_entering_the_values(demo: Path, tmp_path: Path) -> None:
    """Export, fill in, import: the workbook dumps as if the values were typed in Rencana."""
    typed = tmp_path / "typed.rencana"
    shutil.copyfile(demo, typed)
    out, filled = tmp_path / "r.xlsx", tmp_path / "filled.xlsx"
    sheet.export_realisation(demo, 2021, out, opd="Diskominfo")
    entries, spendings, who = _fill(out, filled)
    done = sheet_import.import_realisation(demo, filled, recorded_at=WHEN)
    assert (done.values, done.budgets) == (len(entries), len(spendings))
    with open_file(typed) as wb:
        record.record(wb, entries, who, WHEN)
        record.record_budget(wb, spendings, who, WHEN)
    assert _dump(demo) == _dump(typed)
    again = sheet_import.import_realisation(demo, filled, recorded_at="2022-02-01T10:00:00")
    assert (again.values, again.budgets) == (0, 0)  # the same sheet twice changes nothing


def test_a_second_export_shows_what_was_reported(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    sheet.export_realisation(demo, 2020, out, opd="Diskominfo")
    page = _load(out)["Diskominfo"]
    row = _data_rows(page)[0][0]
    assert isinstance(page.cell(row, lay.PERIOD_COLUMNS["Q4"]).value, (int, float))


def test_text_that_would_run_as_a_formula_is_neutralised(demo: Path, tmp_path: Path) -> None:
    with open_file(demo) as wb:
        prog = rows.select(wb.db, model.Programme, code="SG-01")[0]
        from app import ops

        ops.update(wb, model.Programme, prog.id, name='=HYPERLINK("http://x.example","klik")')
    out = tmp_path / "r.xlsx"
    sheet.export_realisation(demo, 2020, out, opd="Diskominfo")
    page = _load(out)["Diskominfo"]
    cells = [c for line in page.iter_rows() for c in line]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    names = [c.value for c in page["D"] if isinstance(c.value, str)]
    assert "'=HYPERLINK(\"http://x.example\",\"klik\")" in names


# -- refused worksheets ---------------------------------------------------------------------


def _exported(demo: Path, tmp_path: Path) -> tuple[Any, Any, int, Path]:
    out = tmp_path / "r.xlsx"
    sheet.export_realisation(demo, 2021, out, opd="Diskominfo")
    book = _load(out)
    page = book["Diskominfo"]
    return book, page, _data_rows(page)[0][0], tmp_path / "bad.xlsx"


def _spoil_text(page: Any, row: int) -> None:
    page.cell(row, lay.PERIOD_COLUMNS["Q1"], "banyak")


def _spoil_added_row(page: Any, row: int) -> None:
    page.cell(200, lay.PERIOD_COLUMNS["Q1"], 5)


def _spoil_key(page: Any, row: int) -> None:
    page.cell(row, lay.KEY, "kpi:not-in-this-workbook")
    page.cell(row, lay.PERIOD_COLUMNS["Q1"], 5)


def _spoil_twice(page: Any, row: int) -> None:
    page.cell(199, lay.KEY, page.cell(row, lay.KEY).value)


def _spoil_year(page: Any, row: int) -> None:
    page[lay.YEAR_CELL] = 1999
    page.cell(row, lay.PERIOD_COLUMNS["Q1"], 5)


def _spoil_money(page: Any, row: int) -> None:
    budget = next(r for r, k in _data_rows(page) if k.startswith("budget:"))
    page.cell(budget, lay.PERIOD_COLUMNS["Q1"], -5)


def _spoil_evidence(page: Any, row: int) -> None:
    page.cell(row, lay.PERIOD_COLUMNS["Q1"], 5)
    page.cell(row, lay.EVIDENCE, "x" * 6000)


def _spoil_huge(page: Any, row: int) -> None:
    page.cell(row, lay.PERIOD_COLUMNS["Q1"], 1e300)


@pytest.mark.parametrize(("spoil", "words"), [
    (_spoil_text, "Not a number: banyak"), (_spoil_added_row, "not in the worksheet"),
    (_spoil_key, "not in this workbook"), (_spoil_twice, "appears twice"),
    (_spoil_year, "outside the plan period"), (_spoil_money, "negative"),
    (_spoil_evidence, "too long"), (_spoil_huge, "Value"),
])
def test_a_bad_cell_rejects_the_whole_file(demo: Path, tmp_path: Path, spoil: Any,
                                           words: str) -> None:
    """One bad cell: one sentence naming row, column and reason; nothing written."""
    book, page, row, bad = _exported(demo, tmp_path)
    page.cell(row + 1, lay.PERIOD_COLUMNS["Q2"], 7)  # a good cell beside the bad one
    spoil(page, row)
    book.save(bad)
    before = _dump(demo)
    with pytest.raises(WorksheetError) as caught:
        sheet_import.import_realisation(demo, bad)
    sentence = caught.value.message("en")
    assert words in sentence and "Nothing was imported" in sentence and "Row " in sentence
    assert "\n" not in sentence
    assert _dump(demo) == before


def test_files_that_are_not_worksheets_are_refused(demo: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("hello", encoding="utf-8")
    csv = tmp_path / "r.csv"
    csv.write_text("a,b\n1,2\n", encoding="utf-8")
    empty = tmp_path / "empty.xlsx"
    import openpyxl

    openpyxl.Workbook().save(empty)
    before = _dump(demo)
    for path, words in ((text, "not a readable Excel"), (csv, "use a .xlsx"),
                        (tmp_path / "missing.xlsx", "does not exist"),
                        (empty, "holds no realisation")):
        with pytest.raises(WorksheetError, match=words):
            sheet_import.import_realisation(demo, path)
    assert _dump(demo) == before


def test_a_zip_bomb_never_unpacks(demo: Path, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 2_000_000)
    monkeypatch.setattr(worksheet_table, "MAX_UNPACKED", 1_000_000)
    with pytest.raises(WorksheetError, match="too large"):
        sheet_import.import_realisation(demo, bomb)


def test_too_many_sheets_are_refused(demo: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "r.xlsx"
    sheet.export_realisation(demo, 2021, out)
    monkeypatch.setattr(lay, "MAX_SHEETS", 2)
    with pytest.raises(WorksheetError, match="sheets"):
        sheet_import.import_realisation(demo, out)


# -- the command line --------------------------------------------------------------------------


def test_the_commands_export_and_import(demo: Path, tmp_path: Path) -> None:
    out, filled = tmp_path / "r.xlsx", tmp_path / "filled.xlsx"
    done = run_cli("export", str(demo), "--doc", "realisation", "--year", "2021", "--opd",
                   "Diskominfo", "-o", str(out))
    assert done.returncode == 0, done.stderr
    _fill(out, filled)
    done = run_cli("import", str(demo), "--realisation", str(filled))
    assert done.returncode == 0, done.stderr
    assert "imported" in done.stdout


@pytest.mark.parametrize("args", [
    ("--doc", "realisation", "-o", "x.xlsx"),
    ("--doc", "realisation", "--year", "2040", "-o", "x.xlsx"),
    ("--doc", "realisation", "--year", "2020", "-o", "x.csv"),
    ("--doc", "evaluation", "--year", "1990", "-o", "x.docx"),
])
def test_bad_export_requests_get_one_sentence(demo: Path, tmp_path: Path,
                                              args: tuple[str, ...]) -> None:
    done = run_cli("export", str(demo), *(a if not a.startswith("x.") else str(tmp_path / a)
                                          for a in args))
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not list(tmp_path.glob("x.*"))


def test_a_bad_import_gets_one_sentence(demo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK not really")
    done = run_cli("import", str(demo), "--realisation", str(bad))
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
