"""What every editor of one programme's parts shares: tables (budget lines, KPIs, milestones)
and lists (partners, predecessors, origins) that follow the chosen programme."""

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


class ProgrammePart:
    """Mixin for a list of one programme's links (partners, predecessors, origins).

    ``set_programme`` chooses the programme and reloads; ``on_workbook_changed`` reloads
    when a table in ``TABLES`` changed. The class provides ``reload``.
    """

    TABLES: frozenset[str] = frozenset()
    programme_id: str | None = None

    def reload(self) -> None:
        """Show the chosen programme's links."""
        raise NotImplementedError

    def set_programme(self, programme_id: str | None) -> None:
        """Show the links of another programme (None: none)."""
        self.programme_id = programme_id
        self.reload()

    def on_workbook_changed(self, tables: set[str]) -> None:
        """Reload when a table this list shows changed."""
        if tables & self.TABLES:
            self.reload()
