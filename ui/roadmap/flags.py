"""Why a bar needs the facilitator's attention, in the interface's language (the rules are
app.roadmap's: outside the plan, or starting before a predecessor ends)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import roadmap
from app.roadmap import RoadmapData
from app.storage.queries_programmes import YearProblem


def reasons(data: RoadmapData) -> dict[str, list[str]]:
    """Return, for every programme with a problem, one translated sentence per problem."""
    found: dict[str, list[str]] = {}
    for row in data.programmes.values():
        if roadmap.outside_plan(data, row):
            found.setdefault(row.id, []).append(
                QCoreApplication.translate(
                    "RoadmapFlags",
                    "Runs {start}-{end}, outside the plan period {plan_start}-{plan_end}.")
                .format(start=row.start_year, end=row.end_year,
                        plan_start=data.plan_start, plan_end=data.plan_end))
    for problem in data.year_problems.values():
        found.setdefault(problem.programme_id, []).extend(_year_sentences(problem))
    for after, before in roadmap.late_dependencies(data):
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
    return {(after.id, before.id) for after, before in roadmap.late_dependencies(data)}
