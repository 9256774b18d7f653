"""Two years of the demo's evaluation (2019 and 2020): realisation, budget spent, evidence.

Invented but believable: most programmes close to their targets, a few ahead
(the online services and the Wi-Fi points), a few behind (2020's budget
refocusing for COVID-19 slowed infrastructure), and one stopped: the ATCS
junctions (SL-04) were halted in mid-2020 when their budget was refocused.
2019 is reported once for the year; 2020 quarter by quarter (values as of
each quarter). Deterministic: fixed profiles and ``random.Random(2020)``.
"""

from __future__ import annotations

import random

from app import model, ops
from app.evaluation import record
from app.storage import rows

AHEAD = {"SG-01": 1.12, "SS-02": 1.18, "SE-01": 1.08, "SB-01": 1.05, "SG-03": 1.1}
BEHIND = {"SN-04": 0.62, "SS-05": 0.55, "SB-05": 0.7, "SE-03": 0.66, "SN-02": 0.74}
STOPPED = "SL-04"
QUARTER_SHARE = {"Q1": 0.2, "Q2": 0.45, "Q3": 0.7, "Q4": 1.0}
REPORTED = {("year", 2019): "2020-01-24T09:00:00", ("Q1", 2020): "2020-04-15T10:00:00",
            ("Q2", 2020): "2020-07-15T10:00:00", ("Q3", 2020): "2020-10-15T10:00:00",
            ("Q4", 2020): "2021-01-20T10:00:00", ("year", 2020): "2021-01-20T10:00:00"}
HALTED = "Dihentikan: anggaran dialihkan untuk penanganan COVID-19 (refocusing)"
EVIDENCE = {
    "year": "Laporan kinerja tahunan {opd} {year}",
    "Q1": "Laporan triwulan I {opd} {year}", "Q2": "Laporan triwulan II {opd} {year}",
    "Q3": "Laporan triwulan III {opd} {year}", "Q4": "Laporan triwulan IV {opd} {year}",
}


def add(act: ops.Action) -> None:
    """Add the realisation of 2019 and 2020 to the demo being built in ``act``."""
    db, rng = act.wb.db, random.Random(2020)
    orgs = {o.id: o.abbreviation or o.name for o in rows.select(db, model.Organisation)}
    for prog in rows.select(db, model.Programme):
        opd = orgs.get(prog.lead_org_id or "", "Bappeda")
        factor = _factor(prog.code, rng)
        for kpi in rows.select(db, model.Kpi, programme_id=prog.id):
            _kpi(act, kpi, prog, opd, factor)
        _money(act, prog, opd, factor)
    for goal in rows.select(db, model.Goal):
        _goal(act, goal, rng)


def _factor(code: str, rng: random.Random) -> float:
    noise = rng.choice((0.86, 0.9, 0.93, 0.96, 1.0))
    return AHEAD.get(code) or BEHIND.get(code) or noise


def _targets(db: object, kpi_id: str) -> dict[int, float]:
    found = rows.select(db, model.KpiTarget, kpi_id=kpi_id)  # type: ignore[arg-type]
    return {t.year: t.value for t in found if t.year and t.value is not None}


def _reach(target: float, factor: float, direction: str, whole: bool) -> float:
    """Return the value reached when ``factor`` of the target was achieved."""
    value = target / factor if direction == "lower" else target * factor
    return float(round(value)) if whole else round(value, 1)


def _kpi(act: ops.Action, kpi: model.Kpi, prog: model.Programme, opd: str,
         factor: float) -> None:
    targets = _targets(act.wb.db, kpi.id)
    previous = float(kpi.baseline or 0)
    who = f"{opd} (operator e-Monev)"
    whole = kpi.unit != "%"
    for year in (2019, 2020):
        if year not in targets:
            continue
        stopped = prog.code == STOPPED and year == 2020
        reached = _reach(targets[year], 0.3 if stopped else factor, kpi.direction, whole)
        for period in ["year"] if year == 2019 else list(QUARTER_SHARE):
            halted = stopped and period in ("Q3", "Q4")
            share = QUARTER_SHARE["Q2"] if halted else QUARTER_SHARE.get(period, 1.0)
            value = previous + (reached - previous) * share
            value = float(round(value)) if whole else round(value, 1)
            note = (HALTED if halted else EVIDENCE[period].format(opd=opd, year=year))
            entry = record.Entry(kpi.id, False, year, period, value, note)
            act.put(record.realisation(entry, who, REPORTED[(period, year)]))
        previous = reached


def _money(act: ops.Action, prog: model.Programme, opd: str, factor: float) -> None:
    for budget in rows.select(act.wb.db, model.Budget, programme_id=prog.id):
        if budget.year not in (2019, 2020) or not budget.source_id:
            continue
        pagu = budget.amount if budget.year == 2019 else budget.amount * 9 // 10
        share = min(factor, 1.0) * (0.97 if budget.year == 2019 else 0.9)
        if prog.code == STOPPED and budget.year == 2020:
            share = 0.18
        spent = int(pagu * share) // 1000 * 1000
        note = "Refocusing anggaran COVID-19" if budget.year == 2020 else ""
        act.put(model.BudgetRealisation(
            id=record.budget_id(prog.id, budget.year, "year", budget.source_id),
            programme_id=prog.id, year=budget.year, period="year", source_id=budget.source_id,
            pagu=pagu, spent=spent, note=note, recorded_by=f"{opd} (operator e-Monev)",
            recorded_at=REPORTED[("year", budget.year)]))


def _goal(act: ops.Action, goal: model.Goal, rng: random.Random) -> None:
    targets = {t.year: t.value for t in rows.select(act.wb.db, model.GoalTarget, goal_id=goal.id)
               if t.year and t.value is not None}
    for year in (2019, 2020):
        if year not in targets:
            continue
        factor = rng.choice((0.8, 0.9, 0.95, 1.0, 1.05))
        reached = _reach(targets[year], factor, goal.direction, goal.unit != "%")
        entry = record.Entry(goal.id, True, year, "year", reached,
                             f"Data BPS dan Bappeda Kota Madiun {year}")
        act.put(record.realisation(entry, "Bappeda (Tim Pelaksana)", REPORTED[("year", year)]))
