"""The OPD realisation worksheet out: one sheet per OPD with its programmes, targets, blanks.

``export_realisation(path, year, out, opd=None, lang="id")`` writes an XLSX
(layout in app.evaluation.sheet_layout) atomically. What an OPD must not change
(keys, names, targets) is locked and the sheets are protected (no password: it
guards against slips, not people); realisation cells are yellow, unlocked, and
accept numbers only (data validation). Values already reported are filled in,
so a sheet sent again for Q3 shows Q1 and Q2. Text that a spreadsheet would run
as a formula gets a leading ``'`` (formula injection).
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import i18n, model
from app.errors import ValidationError
from app.evaluation import collect
from app.evaluation import sheet_layout as lay
from app.evaluation.numbers import show
from app.storage import safe
from app.worksheets import cells
from app.worksheets.table import WorksheetError

if TYPE_CHECKING:
    import sqlite_utils

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
INPUT_FILL = "FFF2CC"
HEAD_FILL = "D9D9D9"


def neutral(value: Any) -> Any:
    """Return ``value`` safe for a spreadsheet (the rule of issue 10's worksheet exports).

    Text that could start a formula gets a leading ``'``; characters an XLSX
    cannot hold are dropped; numbers and None are returned unchanged.
    """
    if isinstance(value, str):
        value = _XML_ILLEGAL.sub("", value)
    return cells.neutral(value)


def export_realisation(path: Path, year: int, out: Path, opd: str | None = None,
                       lang: str = "id") -> int:
    """Write the realisation worksheet of ``year`` for every OPD (or one) to ``out``.

    Returns the number of sheets. Raises ValidationError (unknown OPD, year
    outside the plan, nothing to report) or WorksheetError (not .xlsx).
    """
    if out.suffix.lower() != ".xlsx":
        raise WorksheetError("{name} is not a worksheet: use a .xlsx file.", name=out.name)
    db = safe.load_copy(path)
    try:
        return write_realisation(db, year, out, opd, lang)
    finally:
        db.conn.close()


def write_realisation(db: sqlite_utils.Database, year: int, out: Path, opd: str | None = None,
                      lang: str = "id") -> int:
    """Write the worksheet of ``db`` (see ``export_realisation``) atomically; return sheets."""
    data = collect.Data.read(db)
    if year not in data.years():
        raise ValidationError("The year {year} is outside the plan period {start}-{end}.",
                              year=year, start=data.workbook.plan_start,
                              end=data.workbook.plan_end)
    evaluation = collect.evaluate(data, year)
    groups = _groups(data, evaluation, opd)
    if not groups:
        raise ValidationError("Nothing to report for {year}: no programme runs that year.",
                              year=year)
    temp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        _write(data, evaluation, groups, temp, lang)
        os.replace(temp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return len(groups)


def _groups(data: collect.Data, evaluation: collect.Evaluation,
            opd: str | None) -> list[tuple[str, list[collect.ProgrammeResult]]]:
    """Return (organisation id, programmes) per lead OPD, in name order; one with ``opd``."""
    by_org: dict[str, list[collect.ProgrammeResult]] = {}
    for result in evaluation.programmes:
        by_org.setdefault(result.programme.lead_org_id or "", []).append(result)
    keys = sorted(by_org, key=lambda k: data.opd(k).casefold())
    if opd is None:
        return [(k, by_org[k]) for k in keys]
    wanted = opd.strip().casefold()
    chosen = [o.id for o in data.organisations.values()
              if wanted in (o.abbreviation.casefold(), o.name.casefold())]
    if not chosen:
        known = ", ".join(data.opd(k) for k in keys if k)
        raise ValidationError("Unknown OPD {opd}: choose one of {known}.", opd=opd, known=known)
    return [(k, by_org[k]) for k in keys if k in chosen] or [(chosen[0], [])]


def _write(data: collect.Data, evaluation: collect.Evaluation,
           groups: list[tuple[str, list[collect.ProgrammeResult]]], path: Path,
           lang: str) -> None:
    import openpyxl  # heavy (about 0.2 s): loaded only when a worksheet is written

    book = openpyxl.Workbook()
    book.remove(book.active)
    names: set[str] = set()
    for org_id, programmes in groups:
        sheet = book.create_sheet(_sheet_name(data.opd(org_id) or "OPD", names))
        org = data.organisations.get(org_id)
        _title(sheet, evaluation.year, org.name if org else "-", lang, data)
        _fill(sheet, _indicator_rows(programmes, evaluation.year, lang),
              _budget_rows(data, programmes, evaluation.year), evaluation.year, lang)
    if len(groups) > 1 and evaluation.goals:
        sheet = book.create_sheet(_sheet_name(lay.GOALS_SHEET, names))
        _title(sheet, evaluation.year, "Bappeda", lang, data)
        _fill(sheet, _goal_rows(evaluation, lang), iter(()), evaluation.year, lang)
    book.save(path)


def _sheet_name(wanted: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\']", "-", wanted).strip() or "OPD"
    base, name, n = base[:28], base[:31], 1
    while name.casefold() in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name.casefold())
    return name


def _title(sheet: Any, year: int, opd_name: str, lang: str, data: collect.Data) -> None:
    t = _translator(lang)
    sheet["A1"] = neutral(t("Realisation of the Smart City masterplan {year}: {region}").format(
        year=year, region=data.workbook.region))
    sheet["B2"], sheet[lay.YEAR_CELL] = t("Year"), year
    sheet["B3"], sheet[lay.OPD_CELL] = t("OPD"), neutral(opd_name)
    sheet["B4"], sheet[lay.FILLER_CELL] = t("Filled in by"), None
    sheet["E2"] = t("Fill in the yellow cells: values as of the end of each quarter "
                    "(year to date). Only the yellow cells are read back.")
    sheet["A1"].font = _font(bold=True, size=13)


def _translator(lang: str) -> Any:
    return lambda text: i18n.translate(text, lang)


def _font(**kwargs: Any) -> Any:
    from openpyxl.styles import Font

    return Font(**kwargs)


Row = tuple[str, list[Any], dict[str, Any], str]  # key, fixed cells B-H, values, evidence


def _indicator_rows(programmes: list[collect.ProgrammeResult], year: int,
                    lang: str) -> Iterator[Row]:
    for prog in programmes:
        for result in prog.results:
            ind = result.indicator
            yield (f"kpi:{ind.id}", [prog.programme.code, prog.programme.name, ind.name,
                                     ind.unit, _direction(ind.direction, lang),
                                     _target(result.target)],
                   _reported(ind, year), _evidence(ind, year))


def _goal_rows(evaluation: collect.Evaluation, lang: str) -> Iterator[Row]:
    for result in evaluation.goals:
        ind = result.indicator
        yield (f"goal:{ind.id}", ["", ind.goal.text if ind.goal else "", ind.name, ind.unit,
                                  _direction(ind.direction, lang), _target(result.target)],
               _reported(ind, evaluation.year), _evidence(ind, evaluation.year))


def _direction(code: str, lang: str) -> str:
    return i18n.translate(lay.DIRECTION_WORDS.get(code, code), lang)


def _target(target: collect.Target) -> Any:
    if target.value is not None and target.upper is not None:
        return f"{show(target.value)} - {show(target.upper)}"
    return target.value if target.value is not None else target.text


def _reported(ind: collect.Indicator, year: int) -> dict[str, Any]:
    latest: dict[str, model.Realisation] = {}
    for row in ind.reported:
        if row.year == year and (row.period not in latest or (row.recorded_at, row.id) > (
                latest[row.period].recorded_at, latest[row.period].id)):
            latest[row.period] = row
    return {period: row.value for period, row in latest.items()}


def _evidence(ind: collect.Indicator, year: int) -> str:
    found = [r for r in ind.reported if r.year == year and r.evidence]
    return max(found, key=lambda r: (r.recorded_at, r.id)).evidence if found else ""


def _budget_rows(data: collect.Data, programmes: list[collect.ProgrammeResult],
                 year: int) -> Iterator[Row]:
    names = {s.id: s.code for s in data.sources}
    for prog in programmes:
        pid = prog.programme.id
        planned = {b.source_id: b.amount for b in data.budgets.get(pid, []) if b.year == year}
        spent = [r for r in data.spending.get(pid, []) if r.year == year]
        for source in sorted({*planned, *(r.source_id for r in spent)} - {None},
                             key=lambda s: names.get(s or "", "")):
            mine = {r.period: r for r in spent if r.source_id == source}
            pagu = max((r.pagu for r in mine.values()), default=planned.get(source, 0))
            note = next((r.note for r in mine.values() if r.note), "")
            yield (f"budget:{pid}:{source}", [prog.programme.code, prog.programme.name,
                                              names.get(source or "", ""), "Rp", "", pagu],
                   {p: r.spent for p, r in mine.items()}, note)


def _fill(sheet: Any, indicators: Iterator[Row], budgets: Iterator[Row], year: int,
          lang: str) -> None:
    row = lay.FIRST_ROW
    row = _table(sheet, row, list(indicators), year, lang, budget=False)
    budget_rows = list(budgets)
    if budget_rows:
        _table(sheet, row + 1, budget_rows, year, lang, budget=True)
    _finish(sheet)


def _table(sheet: Any, row: int, lines: list[Row], year: int, lang: str, *,
           budget: bool) -> int:
    from openpyxl.styles import PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet.cell(row, lay.KEY, lay.HEAD)
    for column in range(lay.NO, lay.LAST_COLUMN + 1):
        cell = sheet.cell(row, column, lay.column_label(column, year, budget, lang))
        cell.font, cell.fill = _font(bold=True), PatternFill("solid", fgColor=HEAD_FILL)
    if not lines:
        return row + 1
    check = (DataValidation(type="whole", operator="between", formula1="0",
                            formula2="10000000000000000", allow_blank=True) if budget else
             DataValidation(type="decimal", operator="between", formula1="-1000000000000000",
                            formula2="1000000000000000", allow_blank=True))
    check.error = i18n.translate("Enter a number." if not budget else
                                 "Enter an amount in whole rupiah.", lang)
    check.showErrorMessage = True
    sheet.add_data_validation(check)
    first = row + 1
    for number, (key, fixed, values, evidence) in enumerate(lines, 1):
        row += 1
        sheet.cell(row, lay.KEY, key)
        sheet.cell(row, lay.NO, number)
        for column, value in enumerate(fixed, lay.CODE):
            _text_cell(sheet.cell(row, column), value)
        for period, column in lay.PERIOD_COLUMNS.items():
            sheet.cell(row, column, values.get(period))
        _text_cell(sheet.cell(row, lay.EVIDENCE), evidence)
        editable = [*lay.PERIOD_COLUMNS.values(), lay.EVIDENCE] + ([lay.TARGET] if budget else [])
        for column in editable:
            cell = sheet.cell(row, column)
            cell.protection = Protection(locked=False)
            cell.fill = PatternFill("solid", fgColor=INPUT_FILL)
    numbers = [*lay.PERIOD_COLUMNS.values()] + ([lay.TARGET] if budget else [])
    for column in numbers:
        letter = sheet.cell(first, column).column_letter
        check.add(f"{letter}{first}:{letter}{row}")
    return row + 1


def _text_cell(cell: Any, value: Any) -> None:
    cell.value = neutral(value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever it starts with


def _finish(sheet: Any) -> None:
    from openpyxl.styles import Protection

    widths = {"A": 4, "B": 5, "C": 9, "D": 36, "E": 36, "F": 10, "G": 16, "H": 14, "I": 12,
              "J": 12, "K": 12, "L": 12, "M": 12, "N": 40}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["A"].hidden = True
    sheet[lay.FILLER_CELL].protection = Protection(locked=False)
    sheet.freeze_panes = sheet.cell(lay.FIRST_ROW + 1, lay.PERIOD_COLUMNS["Q1"])
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widths may change: the data may not


i18n.register({
    "{name} is not a worksheet: use a .xlsx file.":
        "{name} bukan lembar kerja: gunakan berkas .xlsx.",
    "Nothing to report for {year}: no programme runs that year.":
        "Tidak ada yang dilaporkan untuk {year}: tidak ada program yang berjalan tahun itu.",
    "Unknown OPD {opd}: choose one of {known}.": "OPD {opd} tidak dikenal: pilih salah satu "
                                                   "dari {known}.",
    "Realisation of the Smart City masterplan {year}: {region}":
        "Realisasi Masterplan Smart City {year}: {region}",
    "Year": "Tahun", "OPD": "OPD", "Filled in by": "Diisi oleh",
    "Fill in the yellow cells: values as of the end of each quarter (year to date). Only the "
    "yellow cells are read back.": "Isi sel berwarna kuning: nilai sampai dengan akhir setiap "
    "triwulan (kumulatif). Hanya sel kuning yang dibaca kembali.",
    "Enter a number.": "Masukkan angka.",
    "Enter an amount in whole rupiah.": "Masukkan jumlah rupiah bulat.",
})
