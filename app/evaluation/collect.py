"""One year's evaluation of a workbook, computed from its plan and realisation rows.

``Data.read(db)`` reads what the evaluation needs once (through app.storage);
``evaluate(data, year)`` returns an ``Evaluation``: every programme's indicators
with target, realisation, capaian and band; budget absorption per programme,
OPD, dimension and year; quick-win progress; the self-assessment by the
ministry's five aspects. Nothing is stored: change a realisation and evaluate again.

Rules beyond app.evaluation.achievement:

* An indicator's value for a year is its latest recorded row per period, then
  the ``year`` row, else the latest quarter (values are year to date).
* Averages (a programme, a dimension, an aspect) count each capaian at most
  100 %, so one indicator far above target does not hide one below it.
* A programme's pagu for a year is the reported ceiling per funding source,
  else the planned (indicative) budget of that source; spending counts only
  what was reported.
* A programme needs attention when its capaian falls in the scheme's lowest
  band, when a target of the year has no realisation, or when it spent less
  than half its pagu.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app import model
from app.errors import RencanaError
from app.evaluation import achievement as a
from app.evaluation import schemes
from app.evaluation.aspects import Aspect, assess
from app.evaluation.numbers import read_target
from app.evaluation.record import settings as read_settings
from app.storage import rows

if TYPE_CHECKING:
    import sqlite_utils

LOW_ABSORPTION = 50.0  # % of the pagu: below it a programme needs attention


@dataclass(frozen=True)
class Target:
    """An indicator's target for one year: its numbers and the text as written."""

    value: float | None
    upper: float | None
    text: str


@dataclass
class Indicator:
    """A KPI (of a programme) or a goal's indicator, with its targets and realisation rows."""

    id: str
    is_goal: bool
    name: str
    unit: str
    level: str
    direction: str
    baseline: str
    baseline_value: float | None
    baseline_year: int | None
    dimension_id: str | None
    programme: model.Programme | None = None
    goal: model.Goal | None = None
    targets: dict[int, Target] = field(default_factory=dict)
    reported: list[model.Realisation] = field(default_factory=list)

    def target(self, year: int) -> Target:
        """Return the target of ``year`` (no numbers when none was set)."""
        return self.targets.get(year, Target(None, None, ""))

    def latest(self, year: int) -> model.Realisation | None:
        """Return the row that gives the year's value (see the module), or None."""
        per_period: dict[str, model.Realisation] = {}
        for row in self.reported:
            if row.year == year:
                held = per_period.get(row.period)
                if held is None or (row.recorded_at, row.id) > (held.recorded_at, held.id):
                    per_period[row.period] = row
        return max(per_period.values(), key=lambda r: _rank(r.period), default=None)


@dataclass(frozen=True)
class Result:
    """One indicator in one year: target, realisation, capaian and band."""

    indicator: Indicator
    year: int
    target: Target
    row: model.Realisation | None
    achievement: a.Achievement
    band: schemes.Band | None

    @property
    def realised(self) -> float | None:
        """Return the value reached (None when nothing was reported)."""
        return None if self.row is None else self.row.value

    @property
    def capped(self) -> float | None:
        """Return the capaian counted in averages (at most 100 %)."""
        percent = self.achievement.percent
        return None if percent is None else min(percent, 100.0)


@dataclass(frozen=True)
class Money:
    """Ceiling, planned budget and spending of one programme, group or year."""

    pagu: int = 0
    planned: int = 0
    spent: int | None = None

    @property
    def absorption(self) -> float | None:
        """Return spent / pagu in % (None when nothing was reported or there is no pagu)."""
        return a.absorption(self.pagu, self.spent)

    def __add__(self, other: Money) -> Money:
        spent = None if self.spent is None and other.spent is None else (
            (self.spent or 0) + (other.spent or 0))
        return Money(self.pagu + other.pagu, self.planned + other.planned, spent)


@dataclass(frozen=True)
class ProgrammeResult:
    """A programme in one year: its indicators' results, its money, capaian and band."""

    programme: model.Programme
    results: tuple[Result, ...]
    money: Money
    capaian: float | None
    band: schemes.Band | None
    reasons: tuple[str, ...] = ()  # why it needs attention: lowest_band, no_realisation, ...


@dataclass(frozen=True)
class Group:
    """A summary of programmes sharing a dimension or a lead OPD."""

    key: str
    indicators: int
    rated: int
    capaian: float | None
    band: schemes.Band | None
    bands: dict[str, int]
    money: Money


@dataclass(frozen=True)
class QuickWin:
    """A quick win's progress as of the end of the year, and its dated history until then."""

    programme: model.Programme
    percent: int
    date: str | None
    history: tuple[model.QuickWinUpdate, ...]


@dataclass
class Data:
    """Everything an evaluation reads, read once from a workbook."""

    workbook: model.Workbook
    dimensions: list[model.Dimension]
    organisations: dict[str, model.Organisation]
    sources: list[model.FundingSource]
    programmes: list[model.Programme]
    indicators: list[Indicator]
    budgets: dict[str, list[model.Budget]]
    spending: dict[str, list[model.BudgetRealisation]]
    updates: dict[str, list[model.QuickWinUpdate]]
    setting: model.EvaluationSetting

    @classmethod
    def read(cls, db: sqlite_utils.Database) -> Data:
        """Return the evaluation's data of the workbook ``db``."""
        books = rows.select(db, model.Workbook)
        dims = rows.select(db, model.Dimension)
        order = {d.id: n for n, d in enumerate(dims)}
        programmes = sorted(rows.select(db, model.Programme),
                            key=lambda p: (order.get(p.dimension_id or "", 99), p.code, p.name))
        return cls(books[0] if books else model.Workbook(), dims,
                   {o.id: o for o in rows.select(db, model.Organisation)},
                   rows.select(db, model.FundingSource), programmes,
                   _indicators(db, programmes), _group(rows.select(db, model.Budget)),
                   _group(rows.select(db, model.BudgetRealisation)),
                   _group(rows.select(db, model.QuickWinUpdate)), read_settings(db))

    def years(self) -> list[int]:
        """Return the years of the plan period."""
        start, end = self.workbook.plan_start, self.workbook.plan_end
        return list(range(start, end + 1)) if start and end else []

    def scheme(self) -> schemes.Scheme:
        """Return the rating scheme chosen in the settings (RKPD if a custom one is broken)."""
        try:
            return schemes.scheme(self.setting.scheme, self.setting.custom_scheme)
        except RencanaError:  # a broken custom scheme from a foreign file
            return schemes.RKPD

    def opd(self, organisation_id: str | None) -> str:
        """Return the abbreviation (else the name) of an organisation, or ``""``."""
        found = self.organisations.get(organisation_id or "")
        return (found.abbreviation or found.name) if found else ""

    def money(self, programme_id: str, year: int) -> Money:
        """Return the pagu, planned budget and spending of one programme in one year."""
        planned = {b.source_id: b.amount for b in self.budgets.get(programme_id, [])
                   if b.year == year}
        latest: dict[str, model.BudgetRealisation] = {}
        for row in self.spending.get(programme_id, []):
            if row.year == year and row.source_id:
                held = latest.get(row.source_id)
                if held is None or _rank(row.period) > _rank(held.period):
                    latest[row.source_id] = row
        pagu = sum(r.pagu for r in latest.values()) + sum(
            amount for source, amount in planned.items() if source not in latest)
        spent = sum(r.spent for r in latest.values()) if latest else None
        return Money(pagu, sum(planned.values()), spent)


def _rank(period: str) -> int:
    return len(model.PERIODS) if period == "year" else model.PERIODS.index(period)


def _group(records: Iterable[model.Record]) -> dict[str, list]:  # type: ignore[type-arg]
    grouped: dict[str, list] = defaultdict(list)  # type: ignore[type-arg]
    for record in records:
        grouped[getattr(record, "programme_id", None) or ""].append(record)
    return grouped


def _indicators(db: sqlite_utils.Database, programmes: list[model.Programme]) -> list[Indicator]:
    by_id = {p.id: p for p in programmes}
    found: dict[str, Indicator] = {}
    for kpi in rows.select(db, model.Kpi):
        prog = by_id.get(kpi.programme_id or "")
        if prog is not None:
            value = kpi.baseline_value
            if value is None:
                value = read_target(kpi.baseline).value
            found[kpi.id] = Indicator(kpi.id, False, kpi.indicator, kpi.unit, kpi.level,
                                      kpi.direction, kpi.baseline, value, kpi.baseline_year,
                                      prog.dimension_id, programme=prog)
    for goal in rows.select(db, model.Goal):
        found[goal.id] = Indicator(goal.id, True, goal.indicator or goal.text, goal.unit,
                                   goal.level, goal.direction, goal.baseline,
                                   read_target(goal.baseline).value, None, goal.dimension_id,
                                   goal=goal)
    targets: list[tuple[str | None, model.KpiTarget | model.GoalTarget]] = [
        *((t.kpi_id, t) for t in rows.select(db, model.KpiTarget)),
        *((t.goal_id, t) for t in rows.select(db, model.GoalTarget))]
    for owner_id, t in targets:
        owner = found.get(owner_id or "")
        if owner is not None and t.year:
            owner.targets[t.year] = Target(t.value, t.upper, t.target)
    for row in rows.select(db, model.Realisation):
        owner = found.get(row.kpi_id or row.goal_id or "")
        if owner is not None:
            owner.reported.append(row)
    return list(found.values())


# -- the evaluation of one year ---------------------------------------------------------


@dataclass(frozen=True)
class Evaluation:
    """The evaluation of one year (see the module)."""

    year: int
    data: Data
    scheme: schemes.Scheme
    programmes: tuple[ProgrammeResult, ...]
    goals: tuple[Result, ...]
    quick_wins: tuple[QuickWin, ...]
    aspects: tuple[Aspect, ...]

    def results(self) -> list[Result]:
        """Return every indicator result: the programmes' KPIs, then the goals."""
        return [r for p in self.programmes for r in p.results] + list(self.goals)

    def by_dimension(self) -> list[Group]:
        """Return the summary of each dimension (in the framework's order)."""
        return [_summary(d.id, [p for p in self.programmes if p.programme.dimension_id == d.id],
                         self.scheme) for d in self.data.dimensions]

    def by_opd(self) -> list[Group]:
        """Return the summary of each lead OPD, by name."""
        keys = sorted({p.programme.lead_org_id or "" for p in self.programmes},
                      key=lambda k: self.data.opd(k).casefold())
        return [_summary(k, [p for p in self.programmes if (p.programme.lead_org_id or "") == k],
                         self.scheme) for k in keys]

    def money(self) -> Money:
        """Return the total pagu, planned budget and spending of the year."""
        return sum((p.money for p in self.programmes), Money())

    def total(self) -> float:
        """Return the self-assessment's total score (0-100): the weighted aspects."""
        return sum(aspect.weighted for aspect in self.aspects)

    def attention(self) -> list[ProgrammeResult]:
        """Return the programmes that need attention (see the module), worst first."""
        found = [p for p in self.programmes if p.reasons]
        return sorted(found, key=lambda p: (p.capaian if p.capaian is not None else -1,
                                            p.programme.code))


def evaluate(data: Data, year: int) -> Evaluation:
    """Return the evaluation of ``year`` from ``data``."""
    scheme = data.scheme()
    kpis: dict[str, list[Indicator]] = defaultdict(list)
    for ind in data.indicators:
        if ind.programme is not None:
            kpis[ind.programme.id].append(ind)
    programmes = tuple(_programme(data, p, kpis.get(p.id, []), year, scheme)
                       for p in data.programmes if _in_year(data, p, kpis.get(p.id, []), year))
    goals = tuple(_result(ind, year, scheme) for ind in data.indicators
                  if ind.is_goal and (ind.targets.get(year) or ind.latest(year)))
    quick = tuple(quick_win(data, p, year) for p in data.programmes if p.is_quick_win
                  and (p.start_year or 0) <= year)
    aspects = assess(data, programmes, goals, quick)
    return Evaluation(year, data, scheme, programmes, goals, quick, aspects)


def _in_year(data: Data, prog: model.Programme, kpis: list[Indicator], year: int) -> bool:
    if (prog.start_year or 0) <= year <= (prog.end_year or 0):
        return True
    return any(k.targets.get(year) or k.latest(year) for k in kpis) or any(
        r.year == year for r in data.spending.get(prog.id, []))


def _result(ind: Indicator, year: int, scheme: schemes.Scheme) -> Result:
    target, row = ind.target(year), ind.latest(year)
    found = a.capaian(ind.direction, target.value, None if row is None else row.value,
                      target.upper)
    return Result(ind, year, target, row, found, scheme.rate(found.percent))


def _programme(data: Data, prog: model.Programme, kpis: list[Indicator], year: int,
               scheme: schemes.Scheme) -> ProgrammeResult:
    results = tuple(_result(k, year, scheme) for k in kpis)
    capaian = a.mean(r.capped for r in results)
    band = scheme.rate(capaian)
    money = data.money(prog.id, year)
    reasons = []
    if band is not None and band is scheme.worst():
        reasons.append("lowest_band")
    if any(r.achievement.status == a.NO_REALISATION for r in results):
        reasons.append("no_realisation")
    if money.absorption is not None and money.absorption < LOW_ABSORPTION:
        reasons.append("low_absorption")
    return ProgrammeResult(prog, results, money, capaian, band, tuple(reasons))


def _summary(key: str, progs: list[ProgrammeResult], scheme: schemes.Scheme) -> Group:
    results = [r for p in progs for r in p.results]
    capaian = a.mean(r.capped for r in results)
    bands: dict[str, int] = {b.code: 0 for b in scheme.bands}
    for r in results:
        if r.band is not None:
            bands[r.band.code] = bands.get(r.band.code, 0) + 1
    return Group(key, len(results), sum(1 for r in results if r.achievement.computed), capaian,
                 scheme.rate(capaian), bands, sum((p.money for p in progs), Money()))


def quick_win(data: Data, prog: model.Programme, year: int) -> QuickWin:
    """Return the progress of the quick win ``prog`` at the end of ``year``, with its history."""
    history = tuple(sorted((u for u in data.updates.get(prog.id, [])
                            if (u.date or "") <= f"{year}-12-31"), key=lambda u: u.date or ""))
    last = history[-1] if history else None
    return QuickWin(prog, last.percent if last else 0, last.date if last else None, history)
