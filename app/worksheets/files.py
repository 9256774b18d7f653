"""Worksheets OPDs send back (people, programmes): preview, all-or-nothing import, export.

Formats: CSV (UTF-8 with or without BOM, ``,`` or ``;`` sniffed from the header)
or the first sheet of an XLSX. Headers in Indonesian or English, any order,
case-insensitive (see design.md "Worksheets"); a ``No`` column is ignored.
Row numbers in messages are the spreadsheet's (header = row 1).

For the GUI (preview first, then write as one undo step)::

    preview = parse_people(source, db=None) -> Preview       # rows + errors, writes nothing
    preview = parse_programmes(source, db) -> Preview         # db: the open workbook's db
    preview.ok, preview.rows, preview.errors      # errors: RowError(row, column, reason)
    preview.error_lines(lang) -> list[str]                    # "Row 5, column nama: ..."
    change = write_preview(wb, preview, progress) -> ops.Change   # one action; raises if not ok

Headless: ``import_file(wb_path, "people"|"programmes", source, progress) -> int``
opens the workbook, checks every row, then writes everything in one action (one
bad cell: RowsRejected naming the row, column and reason; nothing written).
``export_programmes(wb_path, out)`` / ``write_programmes(db, out)`` write the
programme worksheet as CSV (UTF-8 with BOM, ``;``) or XLSX, atomically.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import atomic, model, ops
from app.progress import Progress, silent
from app.storage import rows, safe
from app.storage.workbook import WorkbookFile, open_file
from app.worksheets import people as people
from app.worksheets import programme_writes
from app.worksheets import programmes as programmes
from app.worksheets.cells import neutral, xml_safe
from app.worksheets.table import RowError, RowsRejected, Table, WorksheetError, read_table

if TYPE_CHECKING:
    import sqlite_utils

KINDS = ("people", "programmes")
__all__ = ["KINDS", "Preview", "RowError", "RowsRejected", "WorksheetError", "export_programmes",
           "import_file", "parse_people", "parse_programmes", "programme_sheet", "write_preview",
           "write_programmes"]


@dataclass(frozen=True)
class Preview:
    """A parsed worksheet: ``rows`` (PersonRow or ProgrammePlan) and ``errors``; nothing written."""

    kind: str
    name: str
    headers: list[str]
    rows: list[Any]
    errors: list[RowError]
    unknown_roles: list[str] = field(default_factory=list)  # role words Rencana has no code for

    @property
    def ok(self) -> bool:
        """Return whether every row passed its checks (and there is something to write)."""
        return not self.errors

    def error_lines(self, lang: str = "en") -> list[str]:
        """Return one line per bad cell: ``Row 5, column nama: Name must not be empty.``."""
        return [error.message(lang) for error in self.errors]

    def raise_if_bad(self) -> None:
        """Raise RowsRejected (first error, and how many more) unless the preview is ok."""
        if self.errors:
            raise RowsRejected(self.name, self.errors)


def parse_people(source: Path, db: sqlite_utils.Database | None = None,
                 role_map: dict[str, str] | None = None) -> Preview:
    """Read and check a people worksheet; raise WorksheetError only if the file is unreadable.

    ``role_map`` says which known role each unknown role word stands for; the
    preview lists the unknown words (``unknown_roles``) either way.
    """
    table = read_table(source)
    found, errors = people.parse(table, role_map)
    return Preview("people", table.name, table.headers, found, errors,
                   people.unknown_roles(people.role_cells(table)))


def parse_programmes(source: Path, db: sqlite_utils.Database) -> Preview:
    """Read and check a programme worksheet against the workbook ``db``; nothing is written."""
    return _preview("programmes", read_table(source), db)


def _preview(kind: str, table: Table, db: sqlite_utils.Database | None) -> Preview:
    found: list[Any]
    if kind == "people":
        found, errors = people.parse(table)
    else:
        assert db is not None, "programmes are checked against a workbook"
        found, errors = programmes.parse(table, db)
    return Preview(kind, table.name, table.headers, found, errors)


def write_preview(wb: WorkbookFile, preview: Preview, progress: Progress = silent,
                  tally: people.Tally | None = None) -> ops.Change:
    """Write a checked preview as one action (one undo step); raise RowsRejected if it is bad.
    ``tally`` counts the people added, updated and unchanged."""
    preview.raise_if_bad()
    if preview.kind == "people":
        return people.write(wb, preview.rows, progress, tally)
    return programme_writes.write(wb, preview.rows, progress)


def import_file(wb_path: Path, kind: str, source: Path, progress: Progress = silent) -> int:
    """Import a worksheet into the workbook at ``wb_path``; return the number of rows imported.

    Every row is checked before anything is written; raises WorksheetError (or
    WorkbookError for the workbook) with one sentence, leaving the file as it was.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown worksheet kind {kind!r}")
    table = read_table(source)  # an unreadable worksheet never opens the workbook
    with open_file(wb_path) as wb:
        preview = _preview(kind, table, wb.db)
        preview.raise_if_bad()
        write_preview(wb, preview, progress)
    return len(table.rows)


# -- export ---------------------------------------------------------------------------


def programme_sheet(db: sqlite_utils.Database) -> list[list[Any]]:
    """Return the programme worksheet (header first): one row per funding source and KPI."""
    book = rows.select(db, model.Workbook)[0]
    years = list(range(book.plan_start or 0, (book.plan_end or -1) + 1))
    header = ["kode", "nama", "dimensi", "elemen", "opd", "tahap", "mulai", "selesai", "sumber",
              *(f"anggaran_{y}" for y in years), "indikator", *(f"target_{y}" for y in years)]
    names = _names(db)
    sheet: list[list[Any]] = [header]
    for programme in rows.select(db, model.Programme):
        sheet += _programme_rows(db, programme, years, names)
    return sheet


def _names(db: sqlite_utils.Database) -> dict[str, str]:
    """Return the label each referenced row has in the sheet, by id."""
    orgs = rows.select(db, model.Organisation)
    taken = [o.name.casefold() for o in orgs] + [o.abbreviation.casefold() for o in orgs]
    names = {o.id: o.abbreviation if o.abbreviation and taken.count(
        o.abbreviation.casefold()) == 1 else o.name for o in orgs}
    names.update({d.id: d.code for d in rows.select(db, model.Dimension)})
    names.update({e.id: e.name_id for e in rows.select(db, model.Element)})
    names.update({s.id: s.code for s in rows.select(db, model.FundingSource)})
    return names


def _programme_rows(db: sqlite_utils.Database, programme: model.Programme, years: list[int],
                    names: dict[str, str]) -> list[list[Any]]:
    budgets = rows.select(db, model.Budget, programme_id=programme.id)
    order = {s.id: s.position for s in rows.select(db, model.FundingSource)}
    sources = sorted({b.source_id for b in budgets if b.source_id}, key=lambda s: order.get(s, 0))
    kpis = rows.select(db, model.Kpi, programme_id=programme.id)
    fixed = [programme.code, programme.name, names.get(programme.dimension_id or "", ""),
             names.get(programme.element_id or "", ""),
             names.get(programme.lead_org_id or "", ""),
             programmes.PHASE_LABELS[programme.phase], programme.start_year, programme.end_year]
    lines = []
    for i in range(max(len(sources), len(kpis), 1)):
        money: dict[int, Any] = {}
        if i < len(sources):
            money = {b.year: b.amount for b in budgets if b.source_id == sources[i] and b.year}
        targets: dict[int, Any] = {}
        if i < len(kpis):
            targets = {t.year: _number_or_text(t.target)
                       for t in rows.select(db, model.KpiTarget, kpi_id=kpis[i].id) if t.year}
        lines.append([*fixed, names.get(sources[i], "") if i < len(sources) else "",
                      *(money.get(y, "") for y in years),
                      kpis[i].indicator if i < len(kpis) else "",
                      *(targets.get(y, "") for y in years)])
    return lines


def _number_or_text(value: str) -> Any:
    return int(value) if value.isdigit() and not value.startswith("0") else value


def export_programmes(wb_path: Path, out: Path) -> None:
    """Write the programme worksheet of the workbook at ``wb_path`` to ``out`` (.csv or .xlsx)."""
    db = safe.load_copy(wb_path)
    try:
        write_programmes(db, out)
    finally:
        db.conn.close()


def write_programmes(db: sqlite_utils.Database, out: Path) -> None:
    """Write the programme worksheet of ``db`` to ``out`` atomically (temp file, then rename)."""
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise WorksheetError("{name} is not a worksheet: use a .csv or .xlsx file.",
                             name=out.name)
    sheet = programme_sheet(db)
    if suffix == ".csv":
        text = io.StringIO(newline="")
        csv.writer(text, delimiter=";").writerows([[neutral(c) for c in line] for line in sheet])
        atomic.write_bytes(out, text.getvalue().encode("utf-8-sig"))
    else:
        atomic.write_file(out, lambda stream: _write_xlsx(sheet, stream))


def _write_xlsx(sheet: list[list[Any]], path: Any) -> None:
    import openpyxl  # heavy (about 0.2 s): loaded only when an XLSX is written
    from openpyxl.cell import WriteOnlyCell

    book = openpyxl.Workbook(write_only=True)
    page = book.create_sheet("Program")
    for line in sheet:
        page.append([_xlsx_cell(page, cell, WriteOnlyCell) for cell in line])
    book.save(path)


def _xlsx_cell(page: Any, value: Any, make: Any) -> Any:
    """Return a cell for the write-only ``page``: text always as text (never a formula)."""
    if not isinstance(value, str):
        return value
    cell = make(page, value=neutral(xml_safe(value)))
    cell.data_type = "s"  # openpyxl would store text starting with "=" as a formula
    return cell

