"""Budget roll-ups (year x dimension, source, lead OPD) with totals, and the display units.

A roll-up is a snapshot: plain numbers and labels, so a chart can be drawn from
it on another thread without touching the workbook connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import formatting, i18n, model
from app.storage import queries_budget as queries
from app.storage import rows
from app.validate import is_color

if TYPE_CHECKING:
    import sqlite_utils

UNITS = ("rupiah", "juta", "miliar")
_DIVISOR_KEY = {"rupiah": "", "juta": "juta", "miliar": "miliar"}
GROUPS = ("dimension", "source", "lead")


@dataclass(frozen=True)
class Line:
    """One row of a roll-up: what it sums (a dimension, source or OPD) and one amount per year."""

    key: str | None
    code: str
    name_id: str
    name_en: str
    color: str
    amounts: tuple[int, ...]

    @property
    def total(self) -> int:
        """Return the sum of this line over the years."""
        return sum(self.amounts)

    def name(self, lang: str) -> str:
        """Return the line's name in ``lang`` (Indonesian when no English name is set)."""
        return (self.name_en or self.name_id) if lang == "en" else self.name_id


@dataclass(frozen=True)
class Rollup:
    """A table of amounts: one Line per group key, one column per year, with totals."""

    group: str
    years: tuple[int, ...]
    lines: tuple[Line, ...]

    def year_totals(self) -> tuple[int, ...]:
        """Return the column totals, one per year."""
        return tuple(sum(line.amounts[i] for line in self.lines) for i in range(len(self.years)))

    @property
    def total(self) -> int:
        """Return the grand total of the table."""
        return sum(line.total for line in self.lines)


@dataclass(frozen=True)
class BudgetSnapshot:
    """Everything the Budget page and the budget chart show, read at one moment."""

    region: str
    plan_start: int | None
    plan_end: int | None
    by_dimension: Rollup
    by_source: Rollup
    by_lead: Rollup
    total: int


def _plan_years(db: sqlite_utils.Database) -> set[int]:
    book = next(iter(rows.select(db, model.Workbook)), None)
    if book and book.plan_start and book.plan_end:
        return set(range(book.plan_start, book.plan_end + 1))
    return set()


def years_of(db: sqlite_utils.Database) -> tuple[int, ...]:
    """Return the plan years plus any other year that carries money, ascending."""
    return tuple(sorted(_plan_years(db) | set(queries.budget_years(db))))


def rollup(db: sqlite_utils.Database, group: str, years: Sequence[int] | None = None) -> Rollup:
    """Return the roll-up of every budget line by ``group`` (dimension | source | lead) x year.

    Dimensions are all listed (an empty one shows zeros); sources and OPDs only
    when they carry money. Lines of programmes without a lead OPD sum into a
    line with key None. Without ``years``: the plan years and any year with money.
    """
    amounts = queries.amounts_by(db, group)  # the one query of this roll-up
    if years is None:
        years = sorted(_plan_years(db) | {cell.year for cell in amounts})
    return _rollup(db, group, amounts, tuple(years))


def _rollup(db: sqlite_utils.Database, group: str, amounts: list[queries.Amount],
            years: tuple[int, ...]) -> Rollup:
    column = {year: i for i, year in enumerate(years)}
    sums: dict[str | None, list[int]] = {}
    for cell in amounts:
        if cell.year in column:
            sums.setdefault(cell.key, [0] * len(years))[column[cell.year]] += cell.amount
    labels = queries.labels_of(db, group)
    known = {label.key for label in labels}
    labels += [queries.Label(key, "", "", "") for key in sums if key not in known]
    lines = [_line(label, sums.get(label.key, [0] * len(years)), group) for label in labels
             if group == "dimension" or label.key in sums]
    return Rollup(group, years, tuple(lines))


def _line(label: queries.Label, amounts: list[int], group: str) -> Line:
    name_id, name_en = label.name_id, label.name_en
    if label.key is None:
        name_id, name_en = i18n.translate(_UNASSIGNED[group], "id"), _UNASSIGNED[group]
    elif not (name_id or name_en):  # deleted since (a merge can leave money pointing at it)
        name_id, name_en = i18n.translate("(deleted)", "id"), "(deleted)"
    color = label.color if is_color(label.color) else ""  # a foreign file's colour may be junk
    return Line(label.key, label.code, name_id, name_en, color, tuple(amounts))


_UNASSIGNED = {
    "dimension": "No dimension",
    "source": "No funding source",
    "lead": "No lead OPD",
}


def snapshot(db: sqlite_utils.Database) -> BudgetSnapshot:
    """Return the three roll-ups and the grand total of the workbook's budget."""
    book = next(iter(rows.select(db, model.Workbook)), model.Workbook())
    amounts = {group: queries.amounts_by(db, group) for group in GROUPS}
    years = tuple(sorted(_plan_years(db) | {c.year for c in amounts["dimension"]}))
    made = {group: _rollup(db, group, amounts[group], years) for group in GROUPS}
    return BudgetSnapshot(book.region, book.plan_start, book.plan_end, made["dimension"],
                          made["source"], made["lead"], queries.grand_total(db))


# -- display units -----------------------------------------------------------------------


def scaled(amount: int, unit: str) -> float:
    """Return ``amount`` (whole rupiah) counted in ``unit`` (rupiah, juta or miliar)."""
    return amount / formatting.UNITS[_DIVISOR_KEY[unit]]


def format_amount(amount: int, unit: str) -> str:
    """Return ``amount`` for a table cell: ``Rp1.500.000`` in rupiah, ``1,5`` in juta."""
    if unit == "rupiah":
        return formatting.rupiah(amount)
    return formatting.rupiah_unit(amount, _DIVISOR_KEY[unit])


def unit_label(unit: str, lang: str) -> str:
    """Return the unit as a header states it: ``Rp``, ``Rp juta`` / ``Rp million``."""
    return formatting.unit_label(_DIVISOR_KEY[unit], lang)


i18n.register({
    "No dimension": "Tanpa dimensi",
    "No funding source": "Tanpa sumber dana",
    "No lead OPD": "Tanpa OPD pengampu",
    "(deleted)": "(sudah dihapus)",
})
