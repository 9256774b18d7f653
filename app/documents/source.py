"""Everything a document needs, read once from a workbook snapshot and grouped for quick lookups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from app import model
from app.storage import rows

if TYPE_CHECKING:
    import sqlite_utils

R = TypeVar("R", bound=model.Record)

DEFAULT_FONT, DEFAULT_SIZE = "Arial", 12.0


@dataclass(frozen=True)
class Settings:
    """The document settings of the workbook (the DocSetting rows), with defaults."""

    font: str = DEFAULT_FONT
    font_size: float = DEFAULT_SIZE
    paper: str = "a4"
    foreword: str = ""
    sign_place: str = ""
    sign_date: str | None = None
    sign_title: str = ""
    sign_name: str = ""
    sign_nip: str = ""
    margin_left_cm: float = 3.0
    author: str = ""

    @classmethod
    def from_values(cls, values: dict[str, str], lang: str) -> Settings:
        """Return the settings held in ``values`` (setting key -> text), for ``lang``."""
        size = _number(values.get("font_size", ""), DEFAULT_SIZE)
        foreword = values.get(f"foreword_{lang}") or values.get("foreword", "")
        margin = _number(values.get("margin_left_cm", ""), 3.0)
        return cls(font=_font_name(values.get("font", "")),
                   font_size=min(max(size, 8.0), 16.0),
                   paper=values.get("paper", "a4").strip().lower() or "a4",
                   foreword=foreword, sign_place=values.get("sign_place", "").strip(),
                   sign_date=_iso_date(values.get("sign_date", "")),
                   sign_title=values.get("sign_title", "").strip(),
                   sign_name=values.get("sign_name", "").strip(),
                   sign_nip=values.get("sign_nip", "").strip(),
                   margin_left_cm=min(max(margin, 3.0), 5.0),  # domain.md: at least 3 cm
                   author=values.get(f"author_{lang}") or values.get("author", ""))


def _number(text: str, default: float) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return default


def _font_name(text: str) -> str:
    """Return a font family name Word can hold (cleaned, short), or Arial."""
    from app.text import clean_text

    return clean_text(text, single_line=True)[:60].strip() or DEFAULT_FONT


def _iso_date(text: str) -> str | None:
    """Return ``text`` if it is an ISO date, else None (a bad setting never breaks an export)."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        return None


def _group(records: Iterable[R], key: str) -> dict[Any, list[R]]:
    grouped: dict[Any, list[R]] = defaultdict(list)
    for record in records:
        grouped[getattr(record, key)].append(record)
    return grouped


class Source:
    """The workbook's content for one export, in one language."""

    def __init__(self, db: sqlite_utils.Database, lang: str) -> None:
        self.db, self.lang = db, lang
        books = rows.select(db, model.Workbook)
        self.workbook = books[0] if books else model.Workbook(region="", plan_start=None)
        self.settings = Settings.from_values(
            {s.id: s.value for s in rows.select(db, model.DocSetting)}, lang)
        self.missions = rows.select(db, model.Mission)
        self.dimensions = rows.select(db, model.Dimension)
        self.elements = _group(rows.select(db, model.Element), "dimension_id")
        self.components = rows.select(db, model.Component)
        self.funding = rows.select(db, model.FundingSource)
        self.organisations = {o.id: o for o in rows.select(db, model.Organisation)}
        self.people = {p.id: p for p in rows.select(db, model.Person)}
        self.sessions = rows.select(db, model.Session)
        self.signatories = rows.select(db, model.Signatory)
        self.minutes = _group(rows.select(db, model.MinutesItem), "session_id")
        self.agreed = _group(rows.select(db, model.AgreedItem), "session_id")
        self.attendance = _group(rows.select(db, model.Attendance), "session_id")
        self._load_analysis(db)
        self._load_programmes(db)

    def _load_analysis(self, db: sqlite_utils.Database) -> None:
        self.cards = rows.select(db, model.Card, status="accepted")  # not phones' pending
        self.cards_by_id = {c.id: c for c in self.cards}
        self.clusters = {c.id: c for c in rows.select(db, model.Cluster)}
        self.readiness = {(r.component_id, r.dimension_id): r
                          for r in rows.select(db, model.Readiness)}
        self.evidence = _group(rows.select(db, model.Evidence), "dimension_id")
        self.goals = _group(rows.select(db, model.Goal), "dimension_id")
        self.goal_targets = _group(rows.select(db, model.GoalTarget), "goal_id")

    def _load_programmes(self, db: sqlite_utils.Database) -> None:
        order = {d.id: d.position for d in self.dimensions}
        found = rows.select(db, model.Programme)
        self.programmes = sorted(found, key=lambda p: (order.get(p.dimension_id or "", 0),
                                                       p.code, p.name, p.id))
        self.budgets = _group(rows.select(db, model.Budget), "programme_id")
        self.kpis = _group(rows.select(db, model.Kpi), "programme_id")
        self.kpi_targets = _group(rows.select(db, model.KpiTarget), "kpi_id")
        self.origins = _group(rows.select(db, model.ProgrammeOrigin), "programme_id")
        self.partners = _group(rows.select(db, model.ProgrammePartner), "programme_id")
        self.milestones = _group(rows.select(db, model.Milestone), "programme_id")
        self.updates = _group(rows.select(db, model.QuickWinUpdate), "programme_id")

    # -- labels in the export's language ------------------------------------------------

    def name(self, record: Any) -> str:
        """Return the English or Indonesian name of a framework record, whichever fits."""
        english = getattr(record, "name_en", "")
        return english if self.lang == "en" and english else str(record.name_id)

    def dimension(self, dimension_id: str | None) -> model.Dimension | None:
        """Return the dimension with ``dimension_id``, or None."""
        return next((d for d in self.dimensions if d.id == dimension_id), None)

    def element_name(self, element_id: str | None) -> str:
        """Return the name of an element, or ``""``."""
        for elements in self.elements.values():
            for item in elements:
                if item.id == element_id:
                    return self.name(item)
        return ""

    def organisation(self, organisation_id: str | None) -> str:
        """Return the abbreviation (or the name) of an organisation, or ``""``."""
        found = self.organisations.get(organisation_id or "")
        return (found.abbreviation or found.name) if found else ""

    def organisation_name(self, organisation_id: str | None) -> str:
        """Return the full name of an organisation, or ``""``."""
        found = self.organisations.get(organisation_id or "")
        return found.name if found else ""

    def years(self) -> list[int]:
        """Return the years of the plan period."""
        start, end = self.workbook.plan_start, self.workbook.plan_end
        if start is None:
            return []
        return list(range(start, (end or start) + 1))

    def programmes_of(self, dimension_id: str) -> list[model.Programme]:
        """Return the programmes of one dimension, by code."""
        return [p for p in self.programmes if p.dimension_id == dimension_id]

    def budget_total(self, programme_id: str) -> int:
        """Return the whole indicative budget of one programme."""
        return sum(b.amount for b in self.budgets.get(programme_id, []))

    def quick_wins(self) -> list[model.Programme]:
        """Return the quick-win programmes, by dimension and code."""
        return [p for p in self.programmes if p.is_quick_win]
