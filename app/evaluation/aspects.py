"""The self-assessment by the ministry's five evaluation aspects.

Baseline (how many indicators have a known baseline), output, outcome and impact
(the mean capaian of the indicators of that level, each at most 100 %), and quick
win (the mean progress); the weights are a workbook setting (10/20/30/30/10 by
default). Each aspect lists its evidence (data dukung) for the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import model
from app.evaluation import achievement as a
from app.validate import weights_of

if TYPE_CHECKING:
    from app.evaluation.collect import Data, ProgrammeResult, QuickWin, Result


@dataclass(frozen=True)
class Aspect:
    """One of the ministry's five evaluation aspects: weight, score (0-100) and evidence."""

    code: str
    weight: int
    score: float | None
    evidence: tuple[str, ...]

    @property
    def weighted(self) -> float:
        """Return the points this aspect adds to the total (weight x score / 100)."""
        return 0.0 if self.score is None else self.weight * self.score / 100


MAX_EVIDENCE = 40  # lines per aspect in the report; the rest are counted


def assess(data: Data, programmes: tuple[ProgrammeResult, ...], goals: tuple[Result, ...],
           quick: tuple[QuickWin, ...]) -> tuple[Aspect, ...]:
    """Return the five aspects of a year's evaluation, each with its weight, score, evidence."""
    weights = weights_of(data.setting)
    results = [r for p in programmes for r in p.results] + list(goals)
    found = [_baseline(weights["baseline"], results)]
    for level in model.INDICATOR_LEVELS:
        chosen = [r for r in results if r.indicator.level == level]
        evidence = tuple(f"{_who(r)}: {r.row.evidence}" for r in chosen
                         if r.row is not None and r.row.evidence)
        found.append(Aspect(level, weights[level], a.mean(r.capped for r in chosen), evidence))
    evidence = tuple(f"{q.programme.code} {q.programme.name}: {q.history[-1].note}"
                     for q in quick if q.history and q.history[-1].note)
    score = a.mean(float(q.percent) for q in quick)
    found.append(Aspect("quick_win", weights["quick_win"], score, evidence))
    return tuple(found)


def _baseline(weight: int, results: list[Result]) -> Aspect:
    known = [r for r in results if r.indicator.baseline_value is not None]
    score = len(known) / len(results) * 100 if results else None
    evidence = tuple(f"{_who(r)}: {r.indicator.baseline} {r.indicator.unit}".rstrip()
                     + (f" ({r.indicator.baseline_year})" if r.indicator.baseline_year else "")
                     for r in known)
    return Aspect("baseline", weight, score, evidence)


def _who(result: Result) -> str:
    prog = result.indicator.programme
    prefix = f"{prog.code} " if prog is not None and prog.code else ""
    return f"{prefix}{result.indicator.name}"
