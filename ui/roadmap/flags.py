"""Why a bar needs the facilitator's attention: outside the plan, or before a predecessor ends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.storage.queries_programmes import YearProblem
from ui.roadmap.data import RoadmapData


def reasons(data: RoadmapData) -> dict[str, list[str]]:
    """Return, for every programme with a problem, one translated sentence per problem.

    A programme is flagged when its years leave the plan period, or when it
    starts before the last year of a programme it depends on (starting in that
    year is fine: years are whole, and the predecessor may finish early in it).
    """
    found: dict[str, list[str]] = {}
    for row in data.programmes.values():
        if row.start_year < data.plan_start or row.end_year > data.plan_end:
            found.setdefault(row.id, []).append(
                QCoreApplication.translate(
                    "RoadmapFlags",
                    "Runs {start}-{end}, outside the plan period {plan_start}-{plan_end}.")
                .format(start=row.start_year, end=row.end_year,
                        plan_start=data.plan_start, plan_end=data.plan_end))
    for problem in data.year_problems.values():
        found.setdefault(problem.programme_id, []).extend(_year_sentences(problem))
    for after_id, before_id in data.edges:
        after, before = data.programmes.get(after_id), data.programmes.get(before_id)
        if after is None or before is None or after.start_year >= before.end_year:
            continue
        found.setdefault(after.id, []).append(
            QCoreApplication.translate(
                "RoadmapFlags",
                "Starts in {start}, before {code} (which it depends on) ends in {end}.")
            .format(start=after.start_year, code=before.code or before.name,
                    end=before.end_year))
    return found


def _year_sentences(problem: YearProblem) -> list[str]:
    """Return the sentences about money or targets outside the years, or a long quick win."""
    years = {"start": problem.start_year, "end": problem.end_year}
    found = []
    if problem.budget_years:
        found.append(QCoreApplication.translate(
            "RoadmapFlags", "Money in {years}, outside its years {start}-{end}.").format(
            **years, years=", ".join(map(str, problem.budget_years))))
    if problem.target_years:
        found.append(QCoreApplication.translate(
            "RoadmapFlags", "KPI targets in {years}, outside its years {start}-{end}.").format(
            **years, years=", ".join(map(str, problem.target_years))))
    if problem.long_quick_win:
        found.append(QCoreApplication.translate(
            "RoadmapFlags", "A quick win takes at most 12 months; this one runs {start}-{end}.")
            .format(**years))
    return found


def late_edges(data: RoadmapData) -> set[tuple[str, str]]:
    """Return the dependencies whose programme starts before its predecessor ends."""
    late = set()
    for after_id, before_id in data.edges:
        after, before = data.programmes.get(after_id), data.programmes.get(before_id)
        if after and before and after.start_year < before.end_year:
            late.add((after_id, before_id))
    return late
