"""What the slides say, worked out from the workbook: names, choices of rows, sums, progress."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app import i18n, model
from app.documents.source import Source
from app.formatting import number, year_range
from app.slides.canvas import hex_colour

# Positions a decree lists first, in order (a name matching none comes after, by name).
RANKS = ("wali kota", "bupati", "wakil wali kota", "wakil bupati", "sekretaris daerah",
         "sekda", "bappeda", "kominfo", "kepala dinas", "kepala badan", "kepala")


def region_name(source: Source, lang: str) -> str:
    """Return ``Kota Madiun`` / ``Kabupaten X`` as the region calls itself."""
    book = source.workbook
    kind = i18n.translate("Kota" if book.kind == "kota" else "Kabupaten", lang)
    region = " ".join(book.region.split())
    return region if region.lower().startswith(kind.lower()) else f"{kind} {region}".strip()


def period(source: Source) -> str:
    """Return the plan period, ``2019-2024``."""
    return year_range(source.workbook.plan_start, source.workbook.plan_end)


def colour_of(source: Source, dimension_id: str | None) -> str:
    """Return the colour (RRGGBB) of a dimension, or a house colour by its position."""
    for n, dim in enumerate(source.dimensions):
        if dim.id == dimension_id:
            return hex_colour(dim.color, n)
    return "5B6770"


@dataclass(frozen=True)
class Progress:
    """The latest reported progress of a quick win."""

    percent: int
    date: str | None
    note: str


def progress(source: Source, programme_id: str) -> Progress:
    """Return the latest progress report of a programme (0 % and no date if none)."""
    updates = sorted(source.updates.get(programme_id, []), key=lambda u: u.date or "")
    if not updates:
        return Progress(0, None, "")
    last = updates[-1]
    return Progress(min(max(last.percent, 0), 100), last.date, last.note)


def key_programmes(source: Source, programmes: Sequence[model.Programme], limit: int
                   ) -> list[model.Programme]:
    """Return at most ``limit`` programmes: quick wins, then the largest budgets; in code order."""
    if len(programmes) <= limit:
        return list(programmes)
    ranked = sorted(programmes, key=lambda p: (not p.is_quick_win,
                                               -source.budget_total(p.id), p.code, p.id))
    chosen = {p.id for p in ranked[:limit]}
    return [p for p in programmes if p.id in chosen]


def final_target(source: Source, kpi: model.Kpi) -> tuple[int | None, str]:
    """Return the last year with a target of ``kpi`` and that target (``(None, "")`` if none)."""
    targets = [t for t in source.kpi_targets.get(kpi.id, []) if t.target.strip()]
    if not targets:
        return None, ""
    last = max(targets, key=lambda t: t.year or 0)
    return last.year, last.target.strip()


def kpi_line(source: Source, kpi: model.Kpi) -> str:
    """Return ``Indicator: 400 set (2024)``: a KPI and its final target, on one line."""
    year, target = final_target(source, kpi)
    if not target:
        return kpi.indicator
    amount = " ".join(x for x in (_number(target), kpi.unit.strip()) if x)
    return f"{kpi.indicator}: {amount} ({year})"


def goal_line(source: Source, goal: model.Goal, lang: str) -> str:
    """Return a goal with its indicator, baseline and final target."""
    targets = [t for t in source.goal_targets.get(goal.id, []) if t.target.strip()]
    text = goal.text.strip()
    if not (goal.indicator.strip() and targets):
        return text
    last = max(targets, key=lambda t: t.year or 0)
    unit = f" {goal.unit.strip()}" if goal.unit.strip() else ""
    change = f"{_number(goal.baseline)}{unit} → " if goal.baseline.strip() else ""
    return i18n.translate("{goal} ({indicator}: {change}{target}{unit} in {year})", lang).format(
        goal=text, indicator=goal.indicator.strip(), change=change,
        target=_number(last.target), unit=unit, year=last.year)


def _number(text: str) -> str:
    """Return a whole number with thousands dots (``15000`` -> ``15.000``); other text as is."""
    stripped = text.strip()
    return number(int(stripped)) if stripped.isdigit() and len(stripped) < 16 else stripped


def members(source: Source, role: str) -> list[model.Person]:
    """Return the people holding ``role``: the head of region and senior posts first."""
    people = [p for p in source.people.values() if role in p.role_set()]
    return sorted(people, key=lambda p: (_rank(p), p.name.lower(), p.id))


def _rank(person: model.Person) -> int:
    if "kepala_daerah" in person.role_set():
        return 0
    position = person.position.lower()
    return next((n + 1 for n, word in enumerate(RANKS) if word in position), len(RANKS) + 1)


def organisations_of(source: Source, people: Sequence[model.Person]) -> int:
    """Return how many different organisations ``people`` come from."""
    return len({p.organisation_id for p in people if p.organisation_id})


def cards(source: Source, kind: str, limit: int) -> tuple[list[model.Card], int]:
    """Return the ``limit`` most-voted cards of ``kind`` and how many there are in all."""
    found = [c for c in source.cards if c.kind == kind and c.text.strip()]
    ranked = sorted(found, key=lambda c: (-c.votes, c.position, c.id))
    return ranked[:limit], len(found)


def dimension_code(source: Source, dimension_id: str | None) -> str:
    """Return the short code of a dimension (``SG``), or ``""``."""
    found = source.dimension(dimension_id)
    return found.code if found else ""


def participants(source: Source) -> int:
    """Return how many people were present at one session or more."""
    return len({a.person_id for rows in source.attendance.values() for a in rows if a.present})


def final_session(source: Source) -> model.Session | None:
    """Return the session where the commitment was agreed: the last with agreed items."""
    agreed = [s for s in source.sessions if source.agreed.get(s.id)]
    return agreed[-1] if agreed else (source.sessions[-1] if source.sessions else None)


def followups(source: Source, limit: int, session: model.Session | None
              ) -> list[model.MinutesItem]:
    """Return the first ``limit`` follow-ups agreed at ``session``."""
    if session is None:
        return []
    items = [m for m in source.minutes.get(session.id, []) if m.kind == "followup"]
    return sorted(items, key=lambda m: (m.position, m.id))[:limit]


i18n.register({
    "Kota": "Kota", "Kabupaten": "Kabupaten",
    "{goal} ({indicator}: {change}{target}{unit} in {year})":
        "{goal} ({indicator}: {change}{target}{unit} pada {year})",
})
