"""The layout of the OPD realisation worksheet, shared by its export and its import.

One worksheet per OPD. Rows 1-4 hold the title, the year (``C2``), the OPD and
who filled it in (``C4``, the only cell above the table an OPD fills). From
row 6 the table: a hidden column A holds each row's key (``kpi:ID``,
``goal:ID``, ``budget:PROGRAMME:SOURCE``, ``#head`` for a header row); the
indicator rows first, then the budget rows under their own header. Columns
I-M hold the value as of Q1, Q2, Q3, Q4 and the whole year (year to date,
"s.d."), N the evidence (data dukung). Column H is the target (locked) for an
indicator and the pagu (editable) for a budget row.
"""

from __future__ import annotations

from app import i18n

YEAR_CELL = "C2"
OPD_CELL = "C3"
FILLER_CELL = "C4"
FIRST_ROW = 6
KEY, NO, CODE, PROGRAMME, NAME, UNIT, DIRECTION, TARGET = range(1, 9)
PERIOD_COLUMNS = {"Q1": 9, "Q2": 10, "Q3": 11, "Q4": 12, "year": 13}
EVIDENCE = 14
LAST_COLUMN = EVIDENCE
HEAD = "#head"
GOALS_SHEET = "Sasaran"
MAX_SHEETS = 300
MAX_COLUMNS = 60  # a sheet wider than this is not ours (and not read)

INDICATOR_HEADERS = ("Key", "No", "Code", "Programme", "Indicator", "Unit", "Direction",
                     "Target {year}", "As of Q1", "As of Q2", "As of Q3", "As of Q4",
                     "Year {year}", "Evidence (data dukung)")
BUDGET_HEADERS = ("Key", "No", "Code", "Programme", "Funding source", "Unit", "",
                  "Pagu {year}", "Spent as of Q1", "Spent as of Q2", "Spent as of Q3",
                  "Spent as of Q4", "Spent in {year}", "Note")
DIRECTION_WORDS = {"higher": "Higher is better", "lower": "Lower is better",
                   "range": "Within the range", "milestone": "Yes (1) / no (0)"}


def column_label(column: int, year: int, budget: bool, lang: str) -> str:
    """Return the header of ``column`` (1-based) in ``lang``, for the indicator or budget table."""
    labels = BUDGET_HEADERS if budget else INDICATOR_HEADERS
    if not 1 <= column <= len(labels) or not labels[column - 1]:
        return ""
    return i18n.translate(labels[column - 1], lang).format(year=year)


i18n.register({
    "Key": "Kunci", "No": "No", "Code": "Kode", "Programme": "Program",
    "Indicator": "Indikator", "Unit": "Satuan", "Direction": "Arah",
    "Target {year}": "Target {year}", "As of Q1": "s.d. TW I", "As of Q2": "s.d. TW II",
    "As of Q3": "s.d. TW III", "As of Q4": "s.d. TW IV", "Year {year}": "Tahun {year}",
    "Evidence (data dukung)": "Data dukung", "Funding source": "Sumber dana",
    "Pagu {year}": "Pagu {year}", "Spent as of Q1": "Realisasi s.d. TW I",
    "Spent as of Q2": "Realisasi s.d. TW II", "Spent as of Q3": "Realisasi s.d. TW III",
    "Spent as of Q4": "Realisasi s.d. TW IV", "Spent in {year}": "Realisasi {year}",
    "Note": "Keterangan",
    "Higher is better": "Makin tinggi makin baik", "Lower is better": "Makin rendah makin baik",
    "Within the range": "Dalam rentang", "Yes (1) / no (0)": "Ya (1) / tidak (0)",
})
