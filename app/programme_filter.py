"""Which programmes a view shows: the one filter of the programme register and the roadmap."""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.queries_programmes import ProgrammeRow


@dataclass(frozen=True)
class Criteria:
    """What a view shows; None (or empty text) means any."""

    dimension_id: str | None = None
    element_id: str | None = None
    phase: str | None = None
    lead_id: str | None = None
    year: int | None = None  # programmes running in that year
    quick_win: bool | None = None
    status: str | None = None
    text: str = ""

    def accepts(self, row: ProgrammeRow, haystack: str = "") -> bool:
        """Return whether ``row`` (whose shown text is ``haystack``) passes every criterion."""
        equal = ((self.dimension_id, row.dimension_id), (self.element_id, row.element_id),
                 (self.phase, row.phase), (self.lead_id, row.lead_org_id),
                 (self.status, row.status), (self.quick_win, row.is_quick_win))
        if any(wanted is not None and wanted != actual for wanted, actual in equal):
            return False
        if self.year is not None and not row.start_year <= self.year <= row.end_year:
            return False
        folded = haystack.casefold()
        return all(word in folded for word in self.text.casefold().split())
