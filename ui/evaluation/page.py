"""The Evaluation page: one year's results with filters, charts, quick wins, entering values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import RencanaError
from app.evaluation import achievement, collect, record, series
from app.evaluation.numbers import number, percent, show
from ui.context import EditContext
from ui.evaluation.models import QuickWinProgressModel, ResultFilter, ResultModel
from ui.widgets.figure_canvas import LazyFigure
from ui.widgets.named import named


def _default_year(data: collect.Data) -> int:
    """Return the last year reported (the year being evaluated), else the last begun plan year."""
    years = data.years() or [dt.date.today().year]
    reported = [r.year for i in data.indicators for r in i.reported if r.year in years]
    return max(reported) if reported else min(max(years[0], dt.date.today().year - 1), years[-1])


class EvaluationPage(QWidget):
    """Target, realisation, capaian and band of every indicator in a year (see the module)."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        data = collect.Data.read(ctx.wb.db)
        year = _default_year(data)
        self.results = ResultModel(ctx, year, self, data)
        self.proxy = ResultFilter(self)
        self.proxy.setSourceModel(self.results)
        self.quickwins = QuickWinProgressModel(ctx, year, self, self.results.current_data)
        self.year_box = named(QComboBox(), "evaluationYear")
        self.dimension_box = named(QComboBox(), "evaluationDimension")
        self.opd_box = named(QComboBox(), "evaluationOpd")
        self.band_box = named(QComboBox(), "evaluationBand")
        self.summary = named(QLabel(), "evaluationSummary")
        self.summary.setWordWrap(True)
        self.table = self._table(self.proxy, "evaluationTable")
        self.quickwin_table = self._table(self.quickwins, "evaluationQuickWins")
        self.indicator_chart = LazyFigure(self.draw_indicator)
        self.capaian_chart = LazyFigure(self.draw_capaian)
        self.money_chart = LazyFigure(self.draw_money)
        self.period_box = named(QComboBox(), "evaluationPeriod")
        self.value_edit = named(QLineEdit(), "evaluationValue")
        self.value_edit.setPlaceholderText(self.tr("Value reached"))
        self.evidence_edit = named(QLineEdit(), "evaluationEvidence")
        self.evidence_edit.setPlaceholderText(self.tr("Evidence (data dukung)"))
        self.record_button = named(QPushButton(self.tr("Record")), "evaluationRecord")
        self.export_button = QPushButton(self.tr("OPD worksheets..."))
        self.import_button = QPushButton(self.tr("Import worksheet..."))
        self.settings_button = QPushButton(self.tr("Settings..."))
        self._fill_boxes()
        self._layout()
        self._connect()
        self.on_year_refreshed()

    def _table(self, table_model: Any, name: str) -> QTableView:
        view = named(QTableView(), name)
        view.setModel(table_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        wide = (1,) if name == "evaluationQuickWins" else (1, 2)
        for column in wide:  # long names: a set width, the full text in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 170)
        return view

    def _fill_boxes(self) -> None:
        data = self.results.current_data()
        for year in data.years():
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(self.results.year)))
        self.dimension_box.addItem(self.tr("All dimensions"), None)
        for dim in data.dimensions:
            name = dim.name_en if self.ctx.lang == "en" and dim.name_en else dim.name_id
            self.dimension_box.addItem(f"{dim.code}  {name}", dim.id)
        self.opd_box.addItem(self.tr("All OPDs"), None)
        leads = {p.lead_org_id for p in data.programmes if p.lead_org_id}
        for org_id in sorted(leads, key=lambda k: data.opd(k).casefold()):
            self.opd_box.addItem(data.opd(org_id), org_id)
        self._fill_bands()
        for period, label in (("year", self.tr("Whole year")), ("Q1", self.tr("As of Q1")),
                              ("Q2", self.tr("As of Q2")), ("Q3", self.tr("As of Q3")),
                              ("Q4", self.tr("As of Q4"))):
            self.period_box.addItem(label, period)

    def _layout(self) -> None:
        top = QHBoxLayout()
        for label, box in ((self.tr("Year"), self.year_box),
                           (self.tr("Dimension"), self.dimension_box),
                           (self.tr("OPD"), self.opd_box), (self.tr("Band"), self.band_box)):
            top.addWidget(QLabel(label))
            top.addWidget(box)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        top.addWidget(self.settings_button)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Record for the chosen indicator:")))
        form.addWidget(self.period_box)
        form.addWidget(self.value_edit)
        form.addWidget(self.evidence_edit, 1)
        form.addWidget(self.record_button)
        tabs = named(QTabWidget(), "evaluationTabs")
        tabs.addTab(self.indicator_chart, self.tr("Target and realisation"))
        tabs.addTab(self.capaian_chart, self.tr("Capaian per dimension"))
        tabs.addTab(self.money_chart, self.tr("Budget absorption"))
        tabs.addTab(self.quickwin_table, self.tr("Quick wins"))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(form)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(tabs)
        split.setSizes([900, 420])
        split.setChildrenCollapsible(False)
        page = QVBoxLayout(self)
        page.addLayout(top)
        page.addWidget(self.summary)
        page.addWidget(split, 1)

    def _connect(self) -> None:
        self.year_box.currentIndexChanged.connect(self.on_year_chosen)
        for box in (self.dimension_box, self.opd_box, self.band_box):
            box.currentIndexChanged.connect(self.on_filter_chosen)
        self.table.selectionModel().selectionChanged.connect(self.on_indicator_chosen)
        self.results.modelReset.connect(self.on_year_refreshed)
        self.results.dataChanged.connect(self.on_year_refreshed)
        self.record_button.clicked.connect(self.record_value)
        self.value_edit.returnPressed.connect(self.record_value)
        self.export_button.clicked.connect(self.export_worksheet)
        self.import_button.clicked.connect(self.import_worksheet)
        self.settings_button.clicked.connect(self.edit_settings)
        self.settings_button.setEnabled(not self.ctx.read_only)
        self.record_button.setEnabled(not self.ctx.read_only)
        self.import_button.setEnabled(not self.ctx.read_only)

    # -- reactions ------------------------------------------------------------------------

    @Slot(int)
    def on_year_chosen(self, _index: int) -> None:
        """Show the chosen year in the table, the quick wins and the charts."""
        year = self.year_box.currentData()
        if year is not None:
            self.results.set_year(int(year))
            self.quickwins.set_year(int(year))
            self.on_year_refreshed()

    @Slot(int)
    def on_filter_chosen(self, _index: int) -> None:
        """Keep only the rows of the chosen dimension, OPD and band."""
        self.proxy.set_filter(self.dimension_box.currentData(), self.opd_box.currentData(),
                              self.band_box.currentData())

    @Slot()
    def on_year_refreshed(self, *_args: object) -> None:
        """Write the year's summary line and redraw the charts."""
        ev = self.results.evaluation
        if ev is None:
            self.summary.setText(self.tr("The plan has no years yet."))
        else:
            lang = self.ctx.lang
            everything = achievement.mean(r.capped for r in ev.results())
            band = ev.scheme.rate(everything)
            self.summary.setText(self.tr(
                "{year}: {programmes} programmes, {indicators} indicators; average capaian "
                "{capaian} ({band}); budget absorption {absorption}; self-assessment {score} "
                "of 100.").format(
                year=ev.year, programmes=len(ev.programmes), indicators=len(ev.results()),
                capaian=percent(everything, lang) or "-", band=band.label(lang) if band else "-",
                absorption=percent(ev.money().absorption, lang) or "-",
                score=show(ev.total(), lang)))
        for chart in (self.indicator_chart, self.capaian_chart, self.money_chart):
            chart.redraw()

    @Slot(QItemSelection, QItemSelection)
    def on_indicator_chosen(self, *_args: object) -> None:
        """Draw the chosen indicator's target and realisation over the years."""
        self.indicator_chart.redraw()

    def chosen(self) -> Any:
        """Return the row (ResultRow) chosen in the table, or None."""
        picked = self.table.selectionModel().selectedRows()
        if not picked:
            return None
        return self.results.row(self.proxy.mapToSource(picked[0]).row())

    # -- actions --------------------------------------------------------------------------

    @Slot()
    def record_value(self) -> None:
        """Record the typed value (and evidence) for the chosen indicator: one undo step."""
        row, year = self.chosen(), self.results.year
        value = number(self.value_edit.text())
        if row is None or self.ctx.read_only:
            return
        if value is None:
            self.ctx.failed.emit(self.tr("Type the value reached as a number, like 75 or 75,5."))
            return
        entry = record.Entry(row.id, row.is_goal, year, str(self.period_box.currentData()),
                             value, self.evidence_edit.text())
        wb = self.ctx.wb
        if self.ctx.perform(lambda: record.record(wb, [entry])) is not None:
            self.value_edit.clear()

    @Slot()
    def export_worksheet(self) -> None:
        """Write the OPD worksheets of the chosen year to a file the user picks."""
        from app.evaluation.sheet import write_realisation

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("OPD worksheets"), f"realisasi-{self.results.year}.xlsx",
            self.tr("Excel workbook (*.xlsx)"))
        if name:
            try:
                write_realisation(self.ctx.wb.db, self.results.year, Path(name),
                                  lang=self.ctx.lang)
            except (RencanaError, OSError) as exc:
                text = exc.message(self.ctx.lang) if isinstance(exc, RencanaError) else str(exc)
                self.ctx.failed.emit(text)

    @Slot()
    def import_worksheet(self) -> None:
        """Read a filled-in worksheet back: everything as one undo step, or nothing."""
        from app.evaluation import sheet_import

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import worksheet"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if not name or self.ctx.read_only:
            return
        wb = self.ctx.wb
        try:
            parsed = sheet_import.parse(Path(name), wb.db)
            parsed.raise_if_bad()
        except RencanaError as exc:
            self.ctx.failed.emit(exc.message(self.ctx.lang))
            return
        self.ctx.perform(lambda: sheet_import.write(wb, parsed)[0])

    @Slot()
    def edit_settings(self) -> None:
        """Choose the rating scheme and the aspect weights (one undo step)."""
        from ui.evaluation.settings_dialog import SettingsDialog

        dialog = SettingsDialog(record.settings(self.ctx.wb.db), self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            scheme, weights, custom = dialog.chosen()
            wb = self.ctx.wb
            self.ctx.perform(lambda: record.save_settings(wb, scheme, weights, custom))
            self._fill_bands()

    def _fill_bands(self) -> None:
        """List the bands of the scheme now chosen in the band filter."""
        self.band_box.blockSignals(True)
        self.band_box.clear()
        self.band_box.addItem(self.tr("All bands"), None)
        for band in self.results.current_data().scheme().bands:
            self.band_box.addItem(band.label(self.ctx.lang), band.code)
        self.band_box.blockSignals(False)
        self.on_filter_chosen(0)

    # -- charts ---------------------------------------------------------------------------

    def draw_indicator(self, figure: Any) -> None:
        """Draw the chosen indicator over the plan years."""
        from app.evaluation import charts

        row, ev = self.chosen(), self.results.evaluation
        if row is None or ev is None:
            charts.draw_indicator(figure, [], "", "", self.ctx.lang)
            return
        points = series.indicator_series(ev.data, row.id)
        charts.draw_indicator(figure, points, f"{row.code} {row.indicator}".strip(), row.unit,
                              self.ctx.lang)

    def draw_capaian(self, figure: Any) -> None:
        """Draw each dimension's average capaian for every year up to the chosen one."""
        from app.evaluation import charts

        ev = self.results.evaluation
        years = [y for y in ev.data.years() if y <= ev.year] if ev else []
        charts.draw_capaian(figure, [collect.evaluate(ev.data, y) for y in years] if ev else [],
                            self.ctx.lang)

    def draw_money(self, figure: Any) -> None:
        """Draw pagu and spending per year up to the chosen one."""
        from app.evaluation import charts

        ev = self.results.evaluation
        if ev is not None:
            charts.draw_absorption(figure, ev.data, ev.year, self.ctx.lang)

