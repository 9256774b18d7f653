"""The base of the tables that show one programme's rows (budget lines, KPIs, milestones)."""

from __future__ import annotations

from ui.models.base import TableModel


class ProgrammePartModel(TableModel):
    """A table of one programme's rows: ``set_programme`` chooses the programme and reloads.

    ``programme_id`` is None while no programme is chosen; ``load`` then returns no rows.
    Combine with ``YearColumnsModel`` (listed after this class) for a column per plan year.
    """

    programme_id: str | None = None

    def set_programme(self, programme_id: str | None) -> None:
        """Show the rows of another programme (None: none)."""
        self.programme_id = programme_id
        self.refresh()
