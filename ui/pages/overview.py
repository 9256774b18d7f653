"""The Overview page: counts, attendance, cards per dimension and what the plan still lacks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting, model
from app.storage import queries_overview as q
from ui.context import EditContext
from ui.models.overview import AttendanceSummaryModel
from ui.widgets.bar_chart import Bar, BarChart

# The tables whose change alters what the Overview shows.
TABLES = frozenset({"workbook", "people", "organisations", "sessions", "attendance", "cards",
                    "programmes", "budgets", "goals", "dimensions", "kpis", "kpi_targets",
                    "readiness", "missions"})


def _scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class CountTile(QFrame):
    """A big number with its label underneath."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("0", alignment=Qt.AlignmentFlag.AlignCenter)
        self.value.setFont(_scaled_font(self.value, 1.9, bold=True))
        self.label = QLabel(label, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.label)


class OverviewPage(QWidget):
    """The Overview: region and plan period, counts, attendance, a chart of cards and gaps.

    While the workbook still lacks the basics (people, a session, cards...), the
    health box lists the next steps instead, each a link to its page
    (``page_requested``), rather than a warning for every empty dimension.
    """

    page_requested = Signal(str)  # the name of a page to bring to the front

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setFont(_scaled_font(self.heading, 1.6, bold=True))
        self.subheading = QLabel(wordWrap=True)
        self.tiles = self._make_tiles()
        self.attendance = AttendanceSummaryModel(ctx, self)
        self.gaps = QListWidget()
        self.gaps.setWordWrap(True)
        self.gaps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.gaps.setObjectName("planHealth")
        self.gaps.itemClicked.connect(self.on_step_chosen)
        self.gaps.itemActivated.connect(self.on_step_chosen)
        self.health_box: QGroupBox | None = None
        self.chart = BarChart(self.tr("Idea cards"))  # QPainter: no matplotlib at start-up
        self._layout()
        ctx.changed.connect(self.on_workbook_changed)
        self.refresh()


    def _make_tiles(self) -> dict[str, CountTile]:
        labels = {
            "people": self.tr("People"), "organisations": self.tr("Organisations"),
            "sessions": self.tr("Sessions"), "cards": self.tr("Idea cards"),
            "programmes": self.tr("Programmes"), "quick_wins": self.tr("Quick wins"),
            "total_budget": self.tr("Indicative budget"),
        }
        return {key: CountTile(text) for key, text in labels.items()}

    def _layout(self) -> None:
        tiles = QGridLayout()
        for number, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, number)
        body = QGridLayout()
        body.addWidget(self._box(self.tr("Attendance per session"), self._table()), 0, 0)
        self.health_box = self._box(self.tr("Plan health"), self.gaps)
        body.addWidget(self.health_box, 1, 0)
        body.addWidget(self._box(self.tr("Idea cards per dimension"), self.chart), 0, 1, 2, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.heading)
        column.addWidget(self.subheading)
        column.addLayout(tiles)
        column.addLayout(body, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)

    def _table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.attendance)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.setWordWrap(True)  # long session titles wrap instead of "Bimtek II: Pemetaan Pr..."
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setMinimumSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setMinimumHeight(170)
        return view

    @staticmethod
    def _box(title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(content)
        return box

    # -- refreshing ---------------------------------------------------------------------

    @Slot(object)
    def on_workbook_changed(self, tables: set[str]) -> None:
        if tables & TABLES:
            self.refresh()

    def refresh(self) -> None:
        """Read everything the page shows from the workbook again."""
        db = self.ctx.wb.db
        self._show_heading(q.workbook(db))
        self._show_counts(q.counts(db))
        self.attendance.refresh()
        self._show_gaps(q.plan_gaps(db))
        self.show_cards_chart()

    def _show_heading(self, book: model.Workbook | None) -> None:
        if book is None:
            self.heading.setText(self.tr("(no region)"))
            self.subheading.setText("")
            return
        kind = self.tr("City (kota)") if book.kind == "kota" else self.tr("Regency (kabupaten)")
        parts = [kind, book.province, self.tr("Plan period {period}").format(
            period=formatting.year_range(book.plan_start, book.plan_end))]
        self.heading.setText(book.region)
        self.subheading.setText("  ·  ".join(p for p in parts if p))

    def _show_counts(self, counts: q.Counts) -> None:
        for key, tile in self.tiles.items():
            tile.value.setText(formatting.number(getattr(counts, key)))
        budget = self.tiles["total_budget"]
        budget.value.setText(formatting.rupiah_short(counts.total_budget, self.ctx.lang))
        budget.setToolTip(formatting.rupiah(counts.total_budget))

    def gap_sentence(self, gap: q.PlanGap) -> str:
        """Return the warning about ``gap`` as one sentence in the interface language."""
        name = gap.name_id if self.ctx.lang == "id" else gap.name_en
        sentences = {
            q.NO_GOAL: self.tr("{name} has no goal yet."),
            q.NO_CARD: self.tr("{name} has no idea cards yet."),
            q.NO_PROGRAMME: self.tr("{name} has no programme yet."),
            q.NO_ATTENDANCE: self.tr("Nobody is marked present at {name}."),
            q.MONEY_OUTSIDE: self.tr("{name} has money in {detail}, outside its years."),
            q.TARGETS_OUTSIDE: self.tr("{name} has KPI targets in {detail}, outside its years."),
            q.LONG_QUICK_WIN: self.tr("{name} is a quick win running {detail}: longer than "
                                      "12 months."),
        }
        return sentences[gap.kind].format(name=name, detail=gap.detail)

    def step_sentence(self, step: str) -> str:
        """Return the next step ``step`` as a short instruction."""
        return {
            "people": self.tr("Import the participants (People and organisations)"),
            "session": self.tr("Add the first session (Sessions)"),
            "attendance": self.tr("Take the attendance of a session (Sessions)"),
            "cards": self.tr("Capture the first idea cards (Idea board)"),
            "readiness": self.tr("Rate the readiness (Analysis)"),
            "vision": self.tr("Write the vision and missions (Vision and goals)"),
            "programmes": self.tr("Add the first programmes (Programmes)"),
        }[step]

    def _show_steps(self, steps: list[tuple[str, str]], gaps: list[q.PlanGap]) -> None:
        """List the next steps as links, then the warnings about work already begun (a warning
        per empty dimension about cards nobody has captured yet helps no one)."""
        assert self.health_box is not None
        self.health_box.setTitle(self.tr("Next steps"))
        self.gaps.clear()
        link = QColor("#1565C0")
        for number, (step, page) in enumerate(steps, 1):
            item = QListWidgetItem(f"{number}. {self.step_sentence(step)}  →")
            item.setData(Qt.ItemDataRole.UserRole, page)
            item.setForeground(link)
            font = item.font()
            font.setUnderline(True)
            item.setFont(font)
            item.setToolTip(self.tr("Click to open the page"))
            self.gaps.addItem(item)
        pending = {step for step, _page in steps}
        waits_for = {q.NO_CARD: "cards", q.NO_PROGRAMME: "programmes", q.NO_GOAL: "vision",
                     q.NO_ATTENDANCE: "attendance"}
        for gap in gaps:
            if waits_for.get(gap.kind) not in pending:
                self.gaps.addItem("⚠  " + self.gap_sentence(gap))

    @Slot(QListWidgetItem)
    def on_step_chosen(self, item: QListWidgetItem) -> None:
        """Open the page of a next step."""
        page = item.data(Qt.ItemDataRole.UserRole)
        if page:
            self.page_requested.emit(page)

    def _show_gaps(self, gaps: list[q.PlanGap]) -> None:
        steps = q.next_steps(self.ctx.wb.db)
        if steps:
            self._show_steps(steps, gaps)
            return
        if self.health_box is not None:
            self.health_box.setTitle(self.tr("Plan health"))
        self.gaps.clear()
        for gap in gaps:
            self.gaps.addItem("⚠  " + self.gap_sentence(gap))
        if not gaps:
            self.gaps.addItem(self.tr("No gaps: every dimension has goals, cards and "
                                      "programmes, and every session has attendance."))

    # -- the chart --------------------------------------------------------------------

    def show_cards_chart(self) -> None:
        """Show the number of idea cards per dimension as horizontal bars, first at the top."""
        self.chart.set_bars([Bar(self._dimension_name(t), t.cards, t.color or "#7f8c8d",
                                 formatting.number(t.cards))
                             for t in q.cards_per_dimension(self.ctx.wb.db)])

    def _dimension_name(self, tally: q.DimensionCards) -> str:
        if tally.dimension_id is None:
            return self.tr("No dimension")
        return tally.name_id if self.ctx.lang == "id" else (tally.name_en or tally.name_id)
