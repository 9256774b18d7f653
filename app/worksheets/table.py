"""Reading a worksheet (CSV or an XLSX's first sheet) into headers and cells, and parsing cells.

Row numbers are those a spreadsheet shows: the header is row 1, the first data
row is row 2 (blank rows count but are skipped).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import i18n
from app.errors import RencanaError, ValidationError
from app.worksheets.cells import unquote

MAX_BYTES = 50 * 1024 * 1024  # the file as it is on the disk
# An XLSX's parts once unzipped (a zip bomb is tiny packed); 8,000 programme rows of 30
# columns are about 9 MB. Checked from the zip's directory, before any XML is parsed.
MAX_UNPACKED = 25 * 1024 * 1024
MAX_MEMBERS = 5000  # parts of one XLSX (a real one has a few dozen)
MAX_ROWS = 200_000  # rows, blank ones included: checked while reading, row by row
MAX_COLUMNS = 500
MAX_CELLS = 500_000  # filled cells in all
IGNORED_HEADERS = {"", "no", "no.", "nomor", "#"}


class WorksheetError(RencanaError):
    """A worksheet that cannot be read or holds a bad cell; nothing was imported."""


@dataclass(frozen=True)
class RowError:
    """One bad cell: its sheet row number, the column as written, and why."""

    row: int
    column: str
    reason: RencanaError

    def message(self, lang: str = "en") -> str:
        """Return "Row 5, column nama: Name must not be empty." in ``lang``."""
        return i18n.translate("Row {row}, column {column}: {reason}", lang).format(
            row=self.row, column=self.column or "-", reason=self.reason.message(lang))


class RowsRejected(WorksheetError):
    """The first bad cell of a worksheet (and how many more there are); nothing was written."""

    def __init__(self, name: str, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__("{name}: {first} Nothing was imported.", name=name,
                         first=errors[0].message("en"))

    def message(self, lang: str = "en") -> str:
        """Return one sentence naming the file, the first bad row, column and reason."""
        text = i18n.translate("{name}: {first} Nothing was imported.", lang).format(
            name=self.params["name"], first=self.errors[0].message(lang))
        if len(self.errors) > 1:
            text += " " + i18n.translate("({count} more problems.)", lang).format(
                count=len(self.errors) - 1)
        return text


@dataclass(frozen=True)
class Table:
    """A worksheet's header (as written) and its non-blank data rows with their row numbers."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]]


def read_table(source: Path) -> Table:
    """Read the CSV or XLSX at ``source``; raise WorksheetError with one sentence if unreadable."""
    check_file(source, allow_csv=True)
    if source.suffix.lower() == ".csv":
        return _table(source.name, _read_csv(source))
    return _read_xlsx(source)


def check_file(source: Path, *, allow_csv: bool) -> None:
    """Refuse, in one sentence, a file that is no worksheet, missing, or too large to read.

    An XLSX is also refused when its parts unpack to too much (a zip bomb), before
    any of its XML is parsed. ``allow_csv``: whether a .csv file is acceptable here.
    """
    name = source.name
    suffix = source.suffix.lower()
    if suffix not in ((".csv", ".xlsx", ".xlsm") if allow_csv else (".xlsx", ".xlsm")):
        if allow_csv:
            raise WorksheetError("{name} is not a worksheet: use a .csv or .xlsx file.", name=name)
        raise WorksheetError("{name} is not a worksheet: use a .xlsx file.", name=name)
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise WorksheetError("{name} does not exist.", name=name) from None
    if size > MAX_BYTES:
        raise WorksheetError("{name} is too large for a worksheet ({size} MB).",
                             name=name, size=size // 2**20)
    if suffix != ".csv":
        _check_unpacked(source)


def _table(name: str, lines: Iterable[list[Any]]) -> Table:
    """Return the table of ``lines``, refusing it as soon as it passes a limit.

    ``lines`` is read one row at a time: a huge sheet is refused before it is held.
    """
    headers: list[str] | None = None
    rows: list[tuple[int, list[Any]]] = []
    cells_in_all = 0
    for number, cells in enumerate(lines, start=1):
        if number > MAX_ROWS + 1:
            raise WorksheetError("{name} has more than {limit} rows.", name=name, limit=MAX_ROWS)
        cells = _trimmed(cells)
        if len(cells) > MAX_COLUMNS:
            raise WorksheetError("{name} has more than {limit} columns.", name=name,
                                 limit=MAX_COLUMNS)
        if all(cell is None or str(cell).strip() == "" for cell in cells):
            continue
        cells_in_all += len(cells)
        if cells_in_all > MAX_CELLS:
            raise WorksheetError("{name} has more than {limit} cells.", name=name,
                                 limit=MAX_CELLS)
        if headers is None:
            headers = [text(cell) for cell in cells]
            continue
        rows.append((number, cells))
    if headers is None:
        raise WorksheetError("{name} is empty: it has no header row.", name=name)
    return Table(name, headers, rows)


def _trimmed(cells: Iterable[Any]) -> list[Any]:
    """Return a row without its empty cells at the end (a sheet may pad every row)."""
    row = list(cells)
    while row and (row[-1] is None or row[-1] == ""):
        row.pop()
    return row


def _read_csv(source: Path) -> Iterator[list[str]]:
    """Yield the rows of a CSV file one at a time (``,`` or ``;`` sniffed from the header)."""
    try:
        with source.open(encoding="utf-8-sig", newline="") as handle:
            first = handle.readline(1 << 20)
            delimiter = ";" if first.count(";") > first.count(",") else ","
            handle.seek(0)
            if handle.read(1) != "\ufeff":
                handle.seek(0)
            yield from csv.reader(handle, delimiter=delimiter)
    except UnicodeDecodeError:
        raise WorksheetError("{name} is not UTF-8 text: save it as \"CSV UTF-8\".",
                             name=source.name) from None
    except csv.Error as exc:
        raise WorksheetError("{name} is not a readable CSV file: {reason}.",
                             name=source.name, reason=exc) from None


def _read_xlsx(source: Path) -> Table:
    """Return the first sheet of an XLSX, streamed row by row and refused past the limits.

    A malformed file (bad zip, broken XML, anything openpyxl trips over) is one
    sentence (check_file has refused a zip bomb before).
    """
    import openpyxl  # heavy (about 0.2 s): loaded only when an XLSX is read

    try:
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except Exception:  # a foreign file: whatever openpyxl raises, the file is unreadable
        raise WorksheetError("{name} is not a readable Excel workbook.",
                             name=source.name) from None
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # the declared size may lie: stream what is really there
        return _table(source.name, sheet.iter_rows(values_only=True))
    except WorksheetError:
        raise
    except Exception:  # broken XML inside the zip (ParseError), a bad cell, a missing part
        raise WorksheetError("{name} is not a readable Excel workbook.",
                             name=source.name) from None
    finally:
        book.close()


def _check_unpacked(source: Path) -> None:
    """Refuse an XLSX whose parts unpack to more than MAX_UNPACKED (a zip bomb), at once."""
    import zipfile

    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise WorksheetError("{name} is not a readable Excel workbook.",
                             name=source.name) from None
    unpacked = sum(info.file_size for info in members)
    if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED:
        raise WorksheetError("{name} is too large for a worksheet ({size} MB unpacked).",
                             name=source.name, size=unpacked // 2**20)


# -- headers --------------------------------------------------------------------------


def header_key(header: str) -> str:
    """Return the comparable form of a header: ``" Anggaran 2020 "`` -> ``anggaran_2020``."""
    return re.sub(r"[\s\-]+", "_", header.strip().casefold())


def match_headers(headers: list[str], columns: Mapping[str, tuple[str, ...]],
                  yearly: Mapping[str, tuple[str, ...]],
                  required: tuple[str, ...]) -> tuple[dict[str, int], dict[tuple[str, int], int],
                                                      list[RowError]]:
    """Return {field: index}, {(yearly field, year): index} and the header errors (row 1)."""
    aliases = {alias: field for field, names in columns.items() for alias in names}
    prefixes = {alias: field for field, names in yearly.items() for alias in names}
    fields: dict[str, int] = {}
    years: dict[tuple[str, int], int] = {}
    errors: list[RowError] = []
    for index, header in enumerate(headers):
        key = header_key(header)
        found = _yearly(key, prefixes)
        slot: Any = found if found else aliases.get(key)
        if key in IGNORED_HEADERS:
            continue
        if slot is None:
            known = ", ".join([*(n[0] for n in columns.values()),
                               *(f"{n[0]}_YYYY" for n in yearly.values())])
            errors.append(RowError(1, header, ValidationError(
                "Unknown column; the columns are: {known}.", known=known)))
        elif slot in fields or slot in years:
            errors.append(RowError(1, header, ValidationError("This column appears twice.")))
        elif isinstance(slot, tuple):
            years[slot] = index
        else:
            fields[slot] = index
    for field in required:
        if field not in fields:
            errors.append(RowError(1, "/".join(columns[field]), ValidationError(
                "The column is missing.")))
    return fields, years, errors


def _yearly(key: str, prefixes: dict[str, str]) -> tuple[str, int] | None:
    match = re.fullmatch(r"([a-z]+)_?(\d{4})", key)
    if match and match.group(1) in prefixes:
        return prefixes[match.group(1)], int(match.group(2))
    return None


# -- cells ----------------------------------------------------------------------------


def text(cell: Any) -> str:
    """Return a cell as text: numbers without a spurious ``.0``, dates as ISO 8601."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return unquote(str(cell).strip())


# Whole part with "." (Indonesian) or "," (English) between thousands, then zero decimals.
# Decimals are one or two digits: "3,000" is three thousand, "3,00" is three.
_NUMBER_FORMS = (re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(0{1,2}))?"),
                 re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(0{1,2}))?"))


def amount(cell: Any) -> int | None:
    """Return whole rupiah from a cell (``1.500.000``, ``Rp2.950.000,00``); None if empty.

    Raises ValidationError for text that is not a whole, non-negative amount.
    """
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return _whole_amount(cell)
    raw = text(cell).replace("\u00a0", "").replace(" ", "")
    if not raw:
        return None
    digits = re.sub(r"^(-?)(rp\.?)", r"\1", raw, flags=re.IGNORECASE)
    negative = digits.startswith("-")
    digits = digits.removeprefix("-")
    value = _plain_number(digits)
    if value is None:
        raise ValidationError("Not an amount in whole rupiah: {value}.", value=raw)
    return _whole_amount(-value if negative else value)


def _plain_number(digits: str) -> int | None:
    """Return the whole number written with Indonesian or English separators, else None."""
    for form in _NUMBER_FORMS:
        match = form.fullmatch(digits)
        if match:
            return int(re.sub(r"\D", "", match.group(1)))
    return None


def _whole_amount(value: float) -> int:
    if isinstance(value, float) and not value.is_integer():
        raise ValidationError("Not an amount in whole rupiah: {value}.", value=value)
    if value < 0:
        raise ValidationError("Amounts cannot be negative.")
    if value > 10**16:
        raise ValidationError("Amounts above Rp10.000.000.000.000.000 are not accepted.")
    return int(value)


def year(cell: Any) -> int | None:
    """Return a year from a cell (``2020``, ``"2020"``, ``2020.0``); None if empty."""
    raw = text(cell)
    if not raw:
        return None
    if not re.fullmatch(r"\d{4}", raw):
        raise ValidationError("Not a year: {value}.", value=raw)
    return int(raw)


i18n.register({
    "Row {row}, column {column}: {reason}": "Baris {row}, kolom {column}: {reason}",
    "{name}: {first} Nothing was imported.": "{name}: {first} Tidak ada yang diimpor.",
    "({count} more problems.)": "({count} masalah lain.)",
    "{name} is not a worksheet: use a .csv or .xlsx file.":
        "{name} bukan lembar kerja: gunakan berkas .csv atau .xlsx.",
    "{name} is too large for a worksheet ({size} MB).":
        "{name} terlalu besar untuk lembar kerja ({size} MB).",
    "{name} has more than {limit} rows.": "{name} memiliki lebih dari {limit} baris.",
    "{name} has more than {limit} columns.": "{name} memiliki lebih dari {limit} kolom.",
    "{name} has more than {limit} cells.": "{name} memiliki lebih dari {limit} sel.",
    "{name} is too large for a worksheet ({size} MB unpacked).":
        "{name} terlalu besar untuk lembar kerja ({size} MB setelah dibuka).",
    "{name} is empty: it has no header row.": "{name} kosong: tidak ada baris judul kolom.",
    "{name} is not UTF-8 text: save it as \"CSV UTF-8\".":
        "{name} bukan teks UTF-8: simpan sebagai \"CSV UTF-8\".",
    "{name} is not a readable CSV file: {reason}.":
        "{name} bukan berkas CSV yang dapat dibaca: {reason}.",
    "{name} is not a readable Excel workbook.": "{name} bukan berkas Excel yang dapat dibaca.",
    "Unknown column; the columns are: {known}.":
        "Kolom tidak dikenal; kolom yang tersedia: {known}.",
    "This column appears twice.": "Kolom ini muncul dua kali.",
    "The column is missing.": "Kolom ini tidak ada.",
    "Not an amount in whole rupiah: {value}.": "Bukan jumlah rupiah bulat: {value}.",
    "Amounts above Rp10.000.000.000.000.000 are not accepted.":
        "Jumlah di atas Rp10.000.000.000.000.000 tidak diterima.",
    "Not a year: {value}.": "Bukan tahun: {value}.",
})
