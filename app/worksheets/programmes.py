"""The programme worksheet: its columns and rules; each row parsed and checked.

Rows with an existing ``kode``/``code`` update that programme; a row without a
code updates the live programme of the same name in the same dimension, else adds
a programme (rows with the same name and dimension add one programme) which gets
the next free code of its dimension. Records an import adds get ids derived from
what identifies them (dimension and name; programme and indicator; organisation
name), so the same worksheet imported on two laptops adds the same records and a
merge matches them instead of making duplicates (SB-08 and SB-08-2). One row carries one funding
source's yearly budget and one KPI's yearly targets; a programme with several
sources or KPIs takes several rows. An empty cell leaves the current value; a
budget of 0 removes that budget cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app import i18n, model, validate
from app.errors import RencanaError, ValidationError
from app.storage import rows
from app.worksheets.table import RowError, Table, amount, match_headers, text, year

if TYPE_CHECKING:
    import sqlite_utils

COLUMNS = {
    "code": ("kode", "code"), "name": ("nama", "name"), "dimension": ("dimensi", "dimension"),
    "element": ("elemen", "element"), "lead": ("opd", "lead"), "phase": ("tahap", "phase"),
    "start": ("mulai", "start"), "end": ("selesai", "end"), "source": ("sumber", "source"),
    "kpi": ("indikator", "kpi"),
}
YEARLY = {"budget": ("anggaran", "budget"), "target": ("target",)}
PHASE_WORDS = {
    "quick_win": ("quick win", "quickwin", "quick_win", "qw"),
    "short": ("pendek", "jangka pendek", "short", "short term"),
    "medium": ("menengah", "jangka menengah", "medium", "medium term"),
    "long": ("panjang", "jangka panjang", "long", "long term"),
}
PHASE_LABELS = {code: words[0] for code, words in PHASE_WORDS.items()}  # as exported
_RULES = model.Programme.rules()


@dataclass
class ProgrammePlan:
    """One programme as the worksheet sets it, merged from its rows."""

    row: int
    programme_id: str | None
    fields: dict[str, Any] = field(default_factory=dict)  # Programme fields to set
    lead: str = ""
    budgets: dict[tuple[int, str], int] = field(default_factory=dict)  # (year, source) -> Rp
    kpis: dict[str, dict[int, str]] = field(default_factory=dict)  # indicator -> year -> target
    seen: dict[Any, int] = field(default_factory=dict)  # what was set -> row that set it


class _Lookup:
    """The workbook's names: dimensions, elements, funding sources, programmes, plan period."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.dims: dict[str, str] = {}
        for dim in rows.select(db, model.Dimension):
            for name in (dim.code, dim.name_id, dim.name_en):
                self.dims[name.casefold()] = dim.id
                self.dims[name.casefold().removeprefix("smart ")] = dim.id
        self.dim_codes = ", ".join(d.code for d in rows.select(db, model.Dimension))
        self.elements = {(e.dimension_id, n.casefold()): e.id
                         for e in rows.select(db, model.Element) for n in (e.name_id, e.name_en)}
        sources = rows.select(db, model.FundingSource)
        self.sources = {n.casefold(): s.id for s in sources for n in (s.code, s.name_id, s.name_en)}
        self.source_codes = ", ".join(s.code for s in sources)
        self.default_source = self.sources.get("apbd", sources[0].id if sources else None)
        live = rows.select(db, model.Programme)
        self.programmes = {p.code.casefold(): p for p in live}
        self.by_id = {p.id: p for p in live}
        self.by_name = {(p.dimension_id, p.name.casefold()): p for p in reversed(live)}
        book = rows.select(db, model.Workbook)[0]
        self.ctx = validate.Context(book.plan_start, book.plan_end, book.rating_max,
                                    lambda table, row_id: True)


class _Row:
    """The cells of one sheet row, read by field name, collecting errors by column."""

    def __init__(self, table: Table, number: int, cells: list[Any], fields: dict[str, int],
                 errors: list[RowError]) -> None:
        self.table, self.number, self.cells = table, number, cells
        self.fields, self.errors = fields, errors

    def cell(self, index: int) -> Any:
        return self.cells[index] if index < len(self.cells) else None

    def get(self, name: str) -> str:
        index = self.fields.get(name)
        return "" if index is None else text(self.cell(index))

    def fail(self, index: int | None, exc: RencanaError) -> None:
        column = self.table.headers[index] if index is not None else ""
        self.errors.append(RowError(self.number, column, exc))

    def column(self, name: str) -> int | None:
        return self.fields.get(name)


def parse(table: Table, db: sqlite_utils.Database) -> tuple[list[ProgrammePlan], list[RowError]]:
    """Return the programmes a worksheet sets and every error found (row, column, reason)."""
    fields, years, errors = match_headers(table.headers, COLUMNS, YEARLY, required=("name",))
    if errors:
        return [], errors
    look = _Lookup(db)
    plans: dict[Any, ProgrammePlan] = {}
    for number, cells in table.rows:
        row = _Row(table, number, cells, fields, errors)
        before = len(errors)
        found = _parse_row(row, years, look)
        if found is not None and len(errors) == before:
            _merge(plans, found, row, years)
    for plan in plans.values():
        before = len(errors)
        _require_new(plan, table, fields, errors)
        if len(errors) == before:
            _check_whole(plan, look, table, fields, errors)
    return list(plans.values()), errors


def _parse_row(row: _Row, years: dict[tuple[str, int], int],
               look: _Lookup) -> ProgrammePlan | None:
    existing = _existing(row, look)
    plan = ProgrammePlan(row.number, existing.id if existing else None)
    _fields(row, plan, look, existing)
    if existing is None and not row.get("code"):
        named = look.by_name.get((plan.fields.get("dimension_id"),
                                  str(plan.fields.get("name", "")).casefold()))
        plan.programme_id = named.id if named else None  # as a second import of the sheet
    source = _source(row, look)
    indicator = row.get("kpi") and _checked(row, "kpi", "indicator",
                                            model.Kpi.rules()["indicator"], look)
    for (kind, year_), index in sorted(years.items()):
        raw = row.cell(index)
        try:
            if kind == "budget":
                value = amount(raw)
                if value is not None and source:
                    _in_plan(year_, look)
                    plan.budgets[(year_, source)] = value
            elif text(raw):
                _in_plan(year_, look)
                if not indicator:
                    raise ValidationError("A target needs an indicator in the same row.")
                target = validate.check_value("target", model.KpiTarget.rules()["target"],
                                              text(raw), look.ctx)
                plan.kpis.setdefault(indicator, {})[year_] = target
        except RencanaError as exc:
            row.fail(index, exc)
    if indicator:
        plan.kpis.setdefault(indicator, {})
    return plan


def _existing(row: _Row, look: _Lookup) -> model.Programme | None:
    code = row.get("code")
    if not code:
        return None
    found = look.programmes.get(code.casefold())
    if found is None:
        row.fail(row.column("code"), ValidationError(
            "No programme has the code {code}; leave the code empty to add a programme.",
            code=code))
    return found


def _checked(row: _Row, column: str, label: str, rule: model.Rule, look: _Lookup) -> Any:
    """Return the cell of ``column`` checked against ``rule`` (errors name ``label``)."""
    try:
        return validate.check_value(label, rule, row.get(column), look.ctx)
    except RencanaError as exc:
        row.fail(row.column(column), exc)
        return None


def _fields(row: _Row, plan: ProgrammePlan, look: _Lookup,
            existing: model.Programme | None) -> None:
    if row.get("name"):
        plan.fields["name"] = _checked(row, "name", "name", _RULES["name"], look)
    dim = _dimension(row, look)
    if dim:
        plan.fields["dimension_id"] = dim
    element = _element(row, look, dim or (existing.dimension_id if existing else None))
    if element:
        plan.fields["element_id"] = element
    elif dim and existing and dim != existing.dimension_id:
        plan.fields["element_id"] = None
    if row.get("lead"):
        plan.lead = _checked(row, "lead", "lead", model.Organisation.rules()["name"],
                             look) or ""
    if row.get("phase"):
        plan.fields["phase"] = _phase(row)
    for name, column in (("start_year", "start"), ("end_year", "end")):
        try:
            value = year(row.get(column))
            if value is not None:
                plan.fields[name] = validate.check_value(name, _RULES[name], value, look.ctx)
        except RencanaError as exc:
            row.fail(row.column(column), exc)
    plan.fields = {k: v for k, v in plan.fields.items() if v is not None or k == "element_id"}


def _dimension(row: _Row, look: _Lookup) -> str | None:
    value = row.get("dimension")
    if not value:
        return None
    found = look.dims.get(value.casefold())
    if found is None:
        row.fail(row.column("dimension"), ValidationError(
            "Unknown dimension {value}; use one of: {choices}.", value=value,
            choices=look.dim_codes))
    return found


def _element(row: _Row, look: _Lookup, dim: str | None) -> str | None:
    value = row.get("element")
    if not value or dim is None:
        return None
    found = look.elements.get((dim, value.casefold()))
    if found is None:
        choices = ", ".join(sorted({n for (d, n) in look.elements if d == dim}))
        row.fail(row.column("element"), ValidationError(
            "Unknown element {value} in this dimension; use one of: {choices}.",
            value=value, choices=choices))
    return found


def _phase(row: _Row) -> str | None:
    word = " ".join(row.get("phase").replace("_", " ").replace("-", " ").split()).casefold()
    for code, words in PHASE_WORDS.items():
        if word in words:
            return code
    row.fail(row.column("phase"), ValidationError(
        "Unknown phase {value}; use one of: {choices}.", value=row.get("phase"),
        choices="quick win, pendek, menengah, panjang"))
    return None


def _source(row: _Row, look: _Lookup) -> str | None:
    value = row.get("source")
    if not value:
        return look.default_source
    found = look.sources.get(value.casefold())
    if found is None:
        row.fail(row.column("source"), ValidationError(
            "Unknown funding source {value}; use one of: {choices}.", value=value,
            choices=look.source_codes))
    return found


def _in_plan(value: int, look: _Lookup) -> None:
    validate.check_value("year", model.Budget.rules()["year"], value, look.ctx)


def _require_new(plan: ProgrammePlan, table: Table, fields: dict[str, int],
                 errors: list[RowError]) -> None:
    """A new programme (no code) needs a name, a dimension and its years, from any of its rows."""
    for key, column in (("name", "name"), ("dimension_id", "dimension"),
                        ("start_year", "start"), ("end_year", "end")):
        if plan.programme_id is None and key not in plan.fields:
            index = fields.get(column)
            header = table.headers[index] if index is not None else "/".join(COLUMNS[column])
            errors.append(RowError(plan.row, header, ValidationError(
                "A new programme needs this value.")))
            return


_FIELD_COLUMNS = {"name": "name", "dimension_id": "dimension", "element_id": "element",
                  "phase": "phase", "start_year": "start", "end_year": "end"}


def _merge(plans: dict[Any, ProgrammePlan], found: ProgrammePlan, row: _Row,
           years: dict[tuple[str, int], int]) -> None:
    """Fold a row into the plan of its programme; refuse a row contradicting an earlier one."""
    key = found.programme_id or ("new", found.fields.get("dimension_id"),
                                 str(found.fields.get("name", "")).casefold())
    plan = plans.setdefault(key, ProgrammePlan(found.row, found.programme_id))
    items: list[tuple[Any, int | None, Any]] = [
        *((("field", k), row.column(_FIELD_COLUMNS[k]), v) for k, v in found.fields.items()),
        *([(("lead",), row.column("lead"), found.lead)] if found.lead else []),
        *((("budget", y, s), years.get(("budget", y)), v) for (y, s), v in found.budgets.items()),
        *((("target", i.casefold(), y), years.get(("target", y)), t)
          for i, ts in found.kpis.items() for y, t in ts.items()),
    ]
    for slot, column, value in items:
        first = plan.seen.setdefault(slot, row.number)
        if first != row.number and _value(plan, slot) != value:
            row.fail(column, ValidationError(
                "This row disagrees with row {first} about the same programme.", first=first))
            return
    plan.fields.update(found.fields)
    plan.lead = found.lead or plan.lead
    plan.budgets.update(found.budgets)
    for indicator, targets in found.kpis.items():
        plan.kpis.setdefault(indicator, {}).update(targets)


def _value(plan: ProgrammePlan, slot: tuple[Any, ...]) -> Any:
    if slot[0] == "field":
        return plan.fields.get(slot[1])
    if slot[0] == "lead":
        return plan.lead
    if slot[0] == "budget":
        return plan.budgets.get((slot[1], slot[2]))
    return next((ts.get(slot[2]) for i, ts in plan.kpis.items() if i.casefold() == slot[1]),
                None)


def _check_whole(plan: ProgrammePlan, look: _Lookup, table: Table, fields: dict[str, int],
                 errors: list[RowError]) -> None:
    current = look.by_id.get(plan.programme_id or "")
    base = current or model.Programme(dimension_id="-", name="-", start_year=look.ctx.plan_start,
                                      end_year=look.ctx.plan_start)
    record = model.Programme(**{**base.values(), **plan.fields, "lead_org_id": None})
    try:
        validate.check(record, look.ctx)
    except RencanaError as exc:
        index = fields.get("end")
        errors.append(RowError(plan.row, table.headers[index] if index is not None else "",
                               exc))


i18n.register({
    "No programme has the code {code}; leave the code empty to add a programme.":
        "Tidak ada program dengan kode {code}; kosongkan kode untuk menambah program.",
    "Unknown dimension {value}; use one of: {choices}.":
        "Dimensi {value} tidak dikenal; gunakan salah satu dari: {choices}.",
    "Unknown element {value} in this dimension; use one of: {choices}.":
        "Elemen {value} tidak ada pada dimensi ini; gunakan salah satu dari: {choices}.",
    "Unknown phase {value}; use one of: {choices}.":
        "Tahap {value} tidak dikenal; gunakan salah satu dari: {choices}.",
    "Unknown funding source {value}; use one of: {choices}.":
        "Sumber dana {value} tidak dikenal; gunakan salah satu dari: {choices}.",
    "A target needs an indicator in the same row.":
        "Target memerlukan indikator pada baris yang sama.",
    "A new programme needs this value.": "Program baru memerlukan nilai ini.",
    "This row disagrees with row {first} about the same programme.":
        "Baris ini berbeda dengan baris {first} untuk program yang sama.",
    "Import programmes": "Impor program",
})
