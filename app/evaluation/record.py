"""Entering the evaluation's data: realisation, budget realisation, settings (reversible ops).

Each function is one user action (one transaction, one undo step) through
app.ops and returns its Change. Realisation rows are appended, never edited:
entering a new value for the same indicator and period adds a row that
supersedes the older one (both stay, so who reported what and when is kept).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import i18n, model, ops
from app.errors import ValidationError
from app.evaluation import schemes
from app.storage import rows
from app.storage.workbook import WorkbookFile

if TYPE_CHECKING:
    import sqlite_utils

SETTINGS_ID = "evaluation"


def now() -> str:
    """Return the local time to the second, ISO 8601 (``2021-01-15T10:30:00``): a row's "when"."""
    return dt.datetime.now().replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Entry:
    """One realisation to record: a KPI's or a goal's value as of one period."""

    indicator_id: str
    is_goal: bool
    year: int
    period: str
    value: float
    evidence: str = ""


def realisation_id(indicator_id: str, year: int, period: str, recorded_at: str,
                   recorded_by: str) -> str:
    """Return the id of the realisation row reported by ``recorded_by`` at ``recorded_at``."""
    return model.natural_id("realisations", indicator_id, year, period, recorded_at, recorded_by)


def realisation(entry: Entry, recorded_by: str, recorded_at: str) -> model.Realisation:
    """Return the row that records ``entry`` (not yet stored)."""
    return model.Realisation(
        id=realisation_id(entry.indicator_id, entry.year, entry.period, recorded_at, recorded_by),
        kpi_id=None if entry.is_goal else entry.indicator_id,
        goal_id=entry.indicator_id if entry.is_goal else None, year=entry.year,
        period=entry.period, value=entry.value, evidence=entry.evidence,
        recorded_by=recorded_by, recorded_at=recorded_at)


def record(wb: WorkbookFile, entries: Iterable[Entry], recorded_by: str = "",
           recorded_at: str | None = None, label: str = "Record realisation") -> ops.Change:
    """Append the realisation ``entries`` as one action; return the Change.

    An entry equal to the indicator's current value for that period, with no
    new evidence, adds nothing (importing the same worksheet twice changes nothing).
    Raises ValidationError (nothing written) when one entry is refused.
    """
    with ops.Action(wb, label) as act:
        append(act, entries, recorded_by, recorded_at or now())
    return act.change


def append(act: ops.Action, entries: Iterable[Entry], recorded_by: str,
           recorded_at: str) -> int:
    """Append ``entries`` inside the action ``act``; return how many rows were added."""
    added = 0
    for entry in entries:
        if not _unchanged(act.wb, entry):
            act.put(realisation(entry, recorded_by, recorded_at))
            added += 1
    return added


def _unchanged(wb: WorkbookFile, entry: Entry) -> bool:
    field = "goal_id" if entry.is_goal else "kpi_id"
    found = rows.select(wb.db, model.Realisation, **{field: entry.indicator_id},
                        year=entry.year)
    mine = [r for r in found if r.period == entry.period]
    if not mine:
        return False
    latest = max(mine, key=lambda r: (r.recorded_at, r.id))
    of_year = max(found, key=lambda r: (r.recorded_at, r.id))  # the one a worksheet shows
    return latest.value == entry.value and entry.evidence in (
        "", latest.evidence, of_year.evidence)


def withdraw(wb: WorkbookFile, realisation_id_: str) -> ops.Change:
    """Delete a realisation row entered by mistake (the one before it counts again)."""
    return ops.delete(wb, model.Realisation, realisation_id_, "Withdraw realisation")


def budget_id(programme_id: str, year: int, period: str, source_id: str) -> str:
    """Return the id of the budget realisation cell of a programme, year, period and source."""
    return model.natural_id("budget_realisations", programme_id, year, period, source_id)


@dataclass(frozen=True)
class Spending:
    """A programme's ceiling and spending from one source as of one period."""

    programme_id: str
    year: int
    period: str
    source_id: str
    pagu: int
    spent: int
    note: str = ""


def record_budget(wb: WorkbookFile, spendings: Iterable[Spending], recorded_by: str = "",
                  recorded_at: str | None = None,
                  label: str = "Record budget realisation") -> ops.Change:
    """Store budget realisation cells as one action; return the Change (empty if unchanged)."""
    with ops.Action(wb, label) as act:
        put_budget(act, spendings, recorded_by, recorded_at or now())
    return act.change


def put_budget(act: ops.Action, spendings: Iterable[Spending], recorded_by: str,
               recorded_at: str) -> int:
    """Store budget realisation cells inside the action ``act``; return how many changed."""
    changed = 0
    for s in spendings:
        row_id = budget_id(s.programme_id, s.year, s.period, s.source_id)
        current = rows.get(act.wb.db, model.BudgetRealisation, row_id)
        if current is not None and (current.pagu, current.spent, current.note) == (
                s.pagu, s.spent, s.note):
            continue
        act.put(model.BudgetRealisation(
            id=row_id, programme_id=s.programme_id, year=s.year, period=s.period,
            source_id=s.source_id, pagu=s.pagu, spent=s.spent, note=s.note,
            recorded_by=recorded_by, recorded_at=recorded_at))
        changed += 1
    return changed


def settings(db: sqlite_utils.Database) -> model.EvaluationSetting:
    """Return the workbook's evaluation settings (the defaults when none were saved)."""
    found = rows.get(db, model.EvaluationSetting, SETTINGS_ID)
    return found or model.EvaluationSetting(id=SETTINGS_ID)


def save_settings(wb: WorkbookFile, scheme: str, weights: dict[str, int],
                  custom_scheme: str = "") -> ops.Change:
    """Save the rating scheme and the five aspect weights; raise ValidationError if wrong."""
    if scheme not in model.RATING_SCHEMES:
        raise ValidationError("Unknown rating scheme {scheme}.", scheme=scheme)
    schemes.check_weights(weights)
    record_ = model.EvaluationSetting(
        id=SETTINGS_ID, scheme=scheme, custom_scheme=custom_scheme,
        weight_baseline=weights["baseline"], weight_output=weights["output"],
        weight_outcome=weights["outcome"], weight_impact=weights["impact"],
        weight_quick_win=weights["quick_win"])
    return ops.put(wb, record_, "Evaluation settings")[0]


i18n.register({
    "Record realisation": "Catat realisasi",
    "Record budget realisation": "Catat realisasi anggaran",
    "Withdraw realisation": "Tarik realisasi",
    "Evaluation settings": "Pengaturan evaluasi",
    "Unknown rating scheme {scheme}.": "Skema penilaian {scheme} tidak dikenal.",
})
