"""Table models of the Evaluation page: every indicator's result in a year, quick-win progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from app.evaluation import collect
from app.evaluation.numbers import percent, show
from app.formatting import long_date
from ui.context import EditContext
from ui.models.base import TableModel

TABLES = frozenset({"realisations", "budget_realisations", "kpis", "kpi_targets", "goals",
                    "goal_targets", "programmes", "budgets", "dimensions", "organisations",
                    "quickwin_updates", "evaluation_settings", "workbook", "funding_sources"})
KEYS_ROLE = Qt.ItemDataRole.UserRole + 10  # (dimension id, OPD id, band code) of a row


@dataclass(frozen=True)
class ResultRow:
    """One indicator in the chosen year, ready to show."""

    id: str  # the indicator's id
    is_goal: bool
    code: str
    programme: str
    indicator: str
    unit: str
    target: str
    realised: str
    capaian: str
    band: str
    color: str
    band_code: str
    dimension_id: str
    opd_id: str
    evidence: str


class ResultModel(TableModel):
    """The programmes' indicators and the goals of one year: target, realisation, capaian, band."""

    TABLES = TABLES
    COL_CODE, COL_PROGRAMME, COL_INDICATOR, COL_UNIT, COL_TARGET, COL_REALISED, \
        COL_CAPAIAN, COL_BAND = range(8)

    def __init__(self, ctx: EditContext, year: int, parent: QObject | None = None,
                 data: collect.Data | None = None) -> None:
        self.year = year
        self._cache = data  # read once, again only after the workbook changed
        self.evaluation: collect.Evaluation | None = None
        super().__init__(ctx, parent)
        self.refresh()

    def current_data(self) -> collect.Data:
        """Return the evaluation data of the workbook (read when first asked or changed)."""
        if self._cache is None:
            self._cache = collect.Data.read(self.ctx.wb.db)
        return self._cache

    def on_workbook_changed(self, tables: set[str]) -> None:
        """Read the workbook again when a table this model shows was written."""
        if tables & self.TABLES:
            self._cache = None
            self.refresh()

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Programme / goal"), self.tr("Indicator"),
                self.tr("Unit"), self.tr("Target"), self.tr("Realisation"), self.tr("Capaian"),
                self.tr("Band")]

    def set_year(self, year: int) -> None:
        """Show ``year``."""
        if year != self.year:
            self.year = year
            self.refresh()

    def load(self) -> list[ResultRow]:
        data = self.current_data()
        if self.year not in data.years():
            self.evaluation = None
            return []
        self.evaluation = collect.evaluate(data, self.year)
        lang = self.ctx.lang
        out = []
        for prog in self.evaluation.programmes:
            opd = prog.programme.lead_org_id or ""
            out += [_row(r, prog.programme.code, prog.programme.name, opd, lang)
                    for r in prog.results]
        out += [_row(r, "", r.indicator.goal.text if r.indicator.goal else "", "", lang)
                for r in self.evaluation.goals]
        return out

    def display(self, row: ResultRow, column: int) -> Any:
        return (row.code, row.programme, row.indicator, row.unit, row.target, row.realised,
                row.capaian, row.band)[column]

    def tooltip(self, row: ResultRow, column: int) -> str | None:
        if column in (self.COL_PROGRAMME, self.COL_INDICATOR):
            return str(self.display(row, column)) or None
        return row.evidence or None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole,
                                        Qt.ItemDataRole.ForegroundRole, KEYS_ROLE):
            row = self._rows[index.row()]
            if role == KEYS_ROLE:
                return (row.dimension_id, row.opd_id, row.band_code)
            if index.column() == self.COL_BAND and row.color:
                return QColor(row.color) if role == Qt.ItemDataRole.BackgroundRole else \
                    QColor("#FFFFFF")
            return None
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
                self.COL_TARGET, self.COL_REALISED, self.COL_CAPAIAN):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)


def _row(result: collect.Result, code: str, name: str, opd: str, lang: str) -> ResultRow:
    ind, target = result.indicator, result.target
    shown = (f"{show(target.value, lang)}-{show(target.upper, lang)}"
             if target.upper is not None else show(target.value, lang) or target.text)
    band = result.band
    return ResultRow(
        ind.id, ind.is_goal, code, name, ind.name, ind.unit, shown, show(result.realised, lang),
        percent(result.achievement.percent, lang), band.label(lang) if band else "",
        band.color if band else "", band.code if band else "", ind.dimension_id or "", opd,
        result.row.evidence if result.row is not None else "")


class ResultFilter(QSortFilterProxyModel):
    """Keep the rows of one dimension, one lead OPD and one band (None: any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wanted: tuple[str | None, str | None, str | None] = (None, None, None)

    def set_filter(self, dimension: str | None, opd: str | None, band: str | None) -> None:
        """Show only rows matching every given key."""
        self.beginFilterChange()
        self.wanted = (dimension, opd, band)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        keys = model.data(model.index(source_row, 0, source_parent), KEYS_ROLE)
        if keys is None:
            return True
        return all(w is None or w == k for w, k in zip(self.wanted, keys, strict=True))


@dataclass(frozen=True)
class QuickWinRow:
    """A quick win's progress as of the end of the chosen year."""

    id: str
    code: str
    name: str
    percent: int
    date: str
    note: str


class QuickWinProgressModel(TableModel):
    """The quick wins' progress at the end of the chosen year, with the latest note."""

    TABLES = TABLES
    COL_CODE, COL_NAME, COL_PERCENT, COL_DATE, COL_NOTE = range(5)

    def __init__(self, ctx: EditContext, year: int, parent: QObject | None = None,
                 source: Callable[[], collect.Data] | None = None) -> None:
        self.year = year
        self._source = source or (lambda: collect.Data.read(ctx.wb.db))
        super().__init__(ctx, parent)
        self.refresh()

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Quick win"), self.tr("Progress"), self.tr("As of"),
                self.tr("Latest note")]

    def set_year(self, year: int) -> None:
        """Show the progress at the end of ``year``."""
        if year != self.year:
            self.year = year
            self.refresh()

    def load(self) -> list[QuickWinRow]:
        data = self._source()
        out = []
        for prog in data.programmes:
            if prog.is_quick_win and (prog.start_year or 0) <= self.year:
                q = collect.quick_win(data, prog, self.year)
                out.append(QuickWinRow(prog.id, prog.code, prog.name, q.percent,
                                       long_date(q.date, self.ctx.lang) if q.date else "",
                                       q.history[-1].note if q.history else ""))
        return out

    def display(self, row: QuickWinRow, column: int) -> Any:
        return (row.code, row.name, f"{row.percent}%", row.date, row.note)[column]
