"""The OPD realisation worksheet back in: every sheet checked, then everything written or nothing.

``import_realisation(wb_path, source, recorded_at=None) -> Imported`` reads an
XLSX written by app.evaluation.sheet (filled in by the OPDs), checks every
yellow cell of every sheet, and appends the realisation and budget rows as one
action (one undo step in the window: ``parse`` then ``write``). One bad cell
rejects the whole file with a sentence naming the sheet, row, column and
reason (``RowsRejected``); the workbook is left as it was.

Safety, as for the other worksheets: the file's size is checked before it is
opened, its zip members' unpacked size and count too (a zip bomb never
unpacks), sheets are streamed (openpyxl read-only), at most ``MAX_SHEETS``
sheets, ``MAX_ROWS`` rows per sheet and ``LAST_COLUMN`` columns are read, and
formulas count only by their cached value (nothing is evaluated). Rows the
sheet did not come with (no hidden key) are refused rather than silently skipped.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import i18n, model, ops, validate
from app.errors import RencanaError, ValidationError
from app.evaluation import record
from app.evaluation import sheet_layout as lay
from app.evaluation.numbers import NO, YES, number
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file
from app.worksheets.table import (
    MAX_ROWS,
    RowError,
    RowsRejected,
    WorksheetError,
    amount,
    check_file,
    text,
)

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class Parsed:
    """A checked worksheet: what it would write, and the bad cells (nothing written yet)."""

    name: str
    entries: list[tuple[str, record.Entry]] = field(default_factory=list)  # (who, entry)
    spendings: list[tuple[str, record.Spending]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def raise_if_bad(self) -> None:
        """Raise RowsRejected (first error, and how many more) unless every cell passed."""
        if self.errors:
            raise RowsRejected(self.name, self.errors)


@dataclass(frozen=True)
class Imported:
    """How many realisation rows and budget cells an import added or changed."""

    values: int
    budgets: int


def import_realisation(wb_path: Path, source: Path, recorded_at: str | None = None) -> Imported:
    """Import the filled-in worksheet ``source`` into the workbook at ``wb_path``.

    Raises WorksheetError (unreadable, too large, a bad cell: RowsRejected) or
    WorkbookError with one sentence; nothing is written then.
    """
    check_file(source, allow_csv=False)
    with open_file(wb_path) as wb:
        parsed = parse(source, wb.db)
        parsed.raise_if_bad()
        _change, imported = write(wb, parsed, recorded_at)
    return imported


def parse(source: Path, db: sqlite_utils.Database) -> Parsed:
    """Read and check every sheet of ``source`` against the workbook ``db``; write nothing.

    Raises WorksheetError only when the file cannot be read at all.
    """
    check_file(source, allow_csv=False)
    import openpyxl  # heavy (about 0.2 s): loaded only when a worksheet is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError,
            TypeError, EOFError):
        raise WorksheetError("{name} is not a readable Excel workbook.",
                             name=source.name) from None
    try:
        if len(book.worksheets) > lay.MAX_SHEETS:
            raise WorksheetError("{name} has more than {limit} sheets.", name=source.name,
                                 limit=lay.MAX_SHEETS)
        reader = _Reader(Parsed(source.name), db)
        for sheet in book.worksheets:
            reader.sheet(sheet)
        if not reader.parsed.errors and not reader.seen:
            raise WorksheetError("{name} holds no realisation rows: export the worksheet "
                                 "from Rencana and fill that in.", name=source.name)
        return reader.parsed
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError, AttributeError):
        raise WorksheetError("{name} is not a readable Excel workbook.",
                             name=source.name) from None
    finally:
        book.close()


class _Reader:
    """Checks the sheets one by one, collecting entries and bad cells."""

    def __init__(self, parsed: Parsed, db: sqlite_utils.Database) -> None:
        self.parsed, self.db = parsed, db
        self.seen: set[str] = set()
        self.context = _context(db)
        self._directions: dict[str, str] = {}

    def sheet(self, sheet: Any) -> None:
        title = str(sheet.title)
        year: int | None = None
        who, opd, budget = "", "", False
        for number_, cells in enumerate(sheet.iter_rows(max_col=lay.LAST_COLUMN,
                                                        values_only=True), start=1):
            if number_ > MAX_ROWS:
                raise WorksheetError("{name} has more than {limit} rows.",
                                     name=f"{self.parsed.name} ({title})", limit=MAX_ROWS)
            cells = list(cells) + [None] * (lay.LAST_COLUMN - len(cells))
            if number_ < lay.FIRST_ROW:
                year, who, opd = self._meta(title, number_, cells, year, who, opd)
                continue
            key = text(cells[lay.KEY - 1])
            if key == lay.HEAD:
                budget = budget or number_ > lay.FIRST_ROW
                continue
            if not key:
                self._stray(title, number_, cells)
                continue
            if year is None:
                self._error(title, number_, "C", ValidationError(
                    "The sheet's year (cell C2) is missing or not a year in the plan."))
                return
            self._row(title, number_, key, cells, year, who or opd or title)

    def _meta(self, title: str, row: int, cells: list[Any], year: int | None, who: str,
              opd: str) -> tuple[int | None, str, str]:
        value = cells[2]
        if row == 2:
            try:
                found = validate.check_value("year", model.Realisation.rules()["year"],
                                             text(value), self.context)
                year = found if isinstance(found, int) else None
            except RencanaError as exc:
                self._error(title, row, "C", exc)
        elif row == 3:
            opd = text(value)[:200]
        elif row == 4:
            who = self._checked(title, row, "C", "recorded_by", text(value)) or ""
        return year, who, opd

    def _stray(self, title: str, row: int, cells: list[Any]) -> None:
        if any(text(c) for c in cells[lay.PERIOD_COLUMNS["Q1"] - 1:]):
            self._error(title, row, "A", ValidationError(
                "This row was not in the worksheet Rencana wrote, so it cannot be read: add "
                "indicators in Rencana and export the worksheet again."))

    def _row(self, title: str, row: int, key: str, cells: list[Any], year: int,
             who: str) -> None:
        if key in self.seen:
            self._error(title, row, "A", ValidationError("This row appears twice in the file."))
            return
        self.seen.add(key)
        kind, _, rest = key.partition(":")
        if kind in ("kpi", "goal"):
            self._indicator(title, row, kind == "goal", rest, cells, year, who)
        elif kind == "budget":
            self._budget(title, row, rest, cells, year, who)
        else:
            self._error(title, row, "A", ValidationError(
                "This row was not in the worksheet Rencana wrote, so it cannot be read: add "
                "indicators in Rencana and export the worksheet again."))

    def _indicator(self, title: str, row: int, is_goal: bool, row_id: str, cells: list[Any],
                   year: int, who: str) -> None:
        cls: type[model.Record] = model.Goal if is_goal else model.Kpi
        found = rows.get(self.db, cls, row_id)
        if found is None:
            self._error(title, row, "A", ValidationError(
                "This row names an indicator that is not in this workbook (deleted, or the "
                "sheet belongs to another workbook)."))
            return
        evidence = self._checked(title, row, self._label(lay.EVIDENCE, year, False),
                                 "evidence", text(cells[lay.EVIDENCE - 1])) or ""
        milestone = getattr(found, "direction", "") == "milestone"
        for period, column in lay.PERIOD_COLUMNS.items():
            value = self._value(title, row, self._label(column, year, False),
                                cells[column - 1], milestone)
            if value is not None:
                self.parsed.entries.append(
                    (who, record.Entry(row_id, is_goal, year, period, value, evidence)))

    def _value(self, title: str, row: int, column: str, cell: Any,
               milestone: bool) -> float | None:
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            return None
        if isinstance(cell, (int, float)) and not isinstance(cell, bool):
            found: float | None = float(cell)
        else:
            raw = text(cell)
            found = number(raw)
            if found is None and milestone and raw.casefold() in YES | NO:
                found = 1.0 if raw.casefold() in YES else 0.0
            if found is None:
                self._error(title, row, column, ValidationError("Not a number: {value}.",
                                                                value=raw[:60]))
                return None
        checked = self._checked(title, row, column, "value", found)
        return None if checked is None else float(checked)

    def _budget(self, title: str, row: int, rest: str, cells: list[Any], year: int,
                who: str) -> None:
        programme_id, _, source_id = rest.partition(":")
        if rows.get(self.db, model.Programme, programme_id) is None or rows.get(
                self.db, model.FundingSource, source_id) is None:
            self._error(title, row, "A", ValidationError(
                "This row names a programme or funding source that is not in this workbook."))
            return
        pagu = self._amount(title, row, lay.TARGET, year, cells)
        note = self._checked(title, row, self._label(lay.EVIDENCE, year, True), "note",
                             text(cells[lay.EVIDENCE - 1])) or ""
        for period, column in lay.PERIOD_COLUMNS.items():
            spent = self._amount(title, row, column, year, cells)
            if spent is not None:
                self.parsed.spendings.append((who, record.Spending(
                    programme_id, year, period, source_id, pagu or 0, spent, note)))

    def _amount(self, title: str, row: int, column: int, year: int,
                cells: list[Any]) -> int | None:
        try:
            return amount(cells[column - 1])
        except RencanaError as exc:
            self._error(title, row, self._label(column, year, True), exc)
            return None

    def _checked(self, title: str, row: int, column: str, name: str, value: Any) -> Any:
        cls = model.BudgetRealisation if name == "note" else model.Realisation
        try:
            return validate.check_value(name, cls.rules()[name], value, self.context)
        except RencanaError as exc:
            self._error(title, row, column, exc)
            return None

    def _label(self, column: int, year: int, budget: bool) -> str:
        return lay.column_label(column, year, budget, i18n.cli_language())

    def _error(self, title: str, row: int, column: str, reason: RencanaError) -> None:
        self.parsed.errors.append(RowError(row, f"{column} ({title})", reason))


def _context(db: sqlite_utils.Database) -> validate.Context:
    books = rows.select(db, model.Workbook)
    book = books[0] if books else model.Workbook()
    return validate.Context(book.plan_start, book.plan_end, book.rating_max,
                            lambda table, row_id: rows.exists(db, table, row_id))


def write(wb: WorkbookFile, parsed: Parsed,
          recorded_at: str | None = None) -> tuple[ops.Change, Imported]:
    """Write a checked worksheet as one action (one undo step); raise RowsRejected if bad."""
    parsed.raise_if_bad()
    when = recorded_at or record.now()
    values = budgets = 0
    with ops.Action(wb, "Import realisation worksheet") as act:
        for who, entry in parsed.entries:
            values += record.append(act, [entry], who, when)
        for who, spending in parsed.spendings:
            budgets += record.put_budget(act, [spending], who, when)
    return act.change, Imported(values, budgets)


i18n.register({
    "{name} has more than {limit} sheets.": "{name} memiliki lebih dari {limit} lembar.",
    "{name} holds no realisation rows: export the worksheet from Rencana and fill that in.":
        "{name} tidak memuat baris realisasi: ekspor lembar kerja dari Rencana lalu isi "
        "lembar itu.",
    "The sheet's year (cell C2) is missing or not a year in the plan.":
        "Tahun lembar (sel C2) tidak ada atau bukan tahun dalam periode rencana.",
    "This row was not in the worksheet Rencana wrote, so it cannot be read: add indicators in "
    "Rencana and export the worksheet again.":
        "Baris ini tidak ada dalam lembar kerja yang ditulis Rencana, jadi tidak dapat dibaca: "
        "tambahkan indikator di Rencana lalu ekspor lembar kerja lagi.",
    "This row appears twice in the file.": "Baris ini muncul dua kali dalam berkas.",
    "This row names an indicator that is not in this workbook (deleted, or the sheet belongs "
    "to another workbook).": "Baris ini menyebut indikator yang tidak ada di buku kerja ini "
    "(sudah dihapus, atau lembar ini milik buku kerja lain).",
    "Not a number: {value}.": "Bukan angka: {value}.",
    "This row names a programme or funding source that is not in this workbook.":
        "Baris ini menyebut program atau sumber dana yang tidak ada di buku kerja ini.",
    "Import realisation worksheet": "Impor lembar realisasi",
    "{name} does not exist.": "{name} tidak ada.",
})
