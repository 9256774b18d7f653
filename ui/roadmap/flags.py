"""Why a bar needs the facilitator's attention, in the interface's language (the rules are
app.roadmap's: outside the plan, or starting before a predecessor ends)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import roadmap
from app.roadmap import RoadmapData


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
    for after, before in roadmap.late_dependencies(data):
        found.setdefault(after.id, []).append(
            QCoreApplication.translate(
                "RoadmapFlags",
                "Starts in {start}, before {code} (which it depends on) ends in {end}.")
            .format(start=after.start_year, code=before.code or before.name,
                    end=before.end_year))
    return found


def late_edges(data: RoadmapData) -> set[tuple[str, str]]:
    """Return the dependencies whose programme starts before its predecessor ends."""
    return {(after.id, before.id) for after, before in roadmap.late_dependencies(data)}
