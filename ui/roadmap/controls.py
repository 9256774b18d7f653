"""The roadmap's tool row: lanes by dimension/OPD/phase, filters, a legend and zoom buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.programme_filter import Criteria
from app.roadmap import RoadmapData
from ui.programmes import labels
from ui.widgets.choices import fill_choices


class RoadmapControls(QWidget):
    """Emits ``settings_changed`` when the lane mode or a filter changes."""

    settings_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lanes = QComboBox(self)
        for code, text in (("dimension", self.tr("Lanes per dimension")),
                           ("opd", self.tr("Lanes per OPD")),
                           ("phase", self.tr("Lanes per phase"))):
            self.lanes.addItem(text, code)
        self.dimension = QComboBox(self)
        self.phase = QComboBox(self)
        self.opd = QComboBox(self)
        self.phase.addItem(self.tr("All phases"), None)
        for code, text in labels.phases():
            self.phase.addItem(text, code)
        self.zoom_out = self._button("−", self.tr("Zoom out (Ctrl+wheel)"))
        self.zoom_in = self._button("+", self.tr("Zoom in (Ctrl+wheel)"))
        self.fit = self._button(self.tr("Fit"), self.tr("Fit the roadmap to the window"))
        self.actual_size = self._button("100%", self.tr("Actual size"))
        self.legend = QLabel(self._legend())  # the page shows it under the roadmap
        self.legend.setObjectName("roadmapLegend")
        # it gives way (clipped) on a narrow window rather than widening the page
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._build()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        return button

    def _build(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for combo in (self.lanes, self.dimension, self.phase, self.opd):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16 if combo is self.lanes else 12)
            row.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.settings_changed)
        row.addStretch(1)
        for button in (self.zoom_out, self.zoom_in, self.fit, self.actual_size):
            row.addWidget(button)

    def _legend(self) -> str:
        parts = [
            "<span style='color:#FFA000;font-size:15px'>★</span> " + self.tr("Quick win"),
            "<span style='color:#263238'>◆</span> " + self.tr("Milestone"),
            "<span style='color:#546E7A'>⟶</span> " + self.tr("Depends on"),
            "<span style='color:#D32F2F'>●!</span> " + self.tr("Needs attention"),
        ]
        return "&nbsp;&nbsp;&nbsp;".join(parts)

    def mode(self) -> str:
        """Return the lane mode: ``dimension``, ``opd`` or ``phase``."""
        return str(self.lanes.currentData())

    def set_mode(self, mode: str) -> None:
        """Choose the lane mode."""
        self.lanes.setCurrentIndex(max(self.lanes.findData(mode), 0))

    def filter(self) -> Criteria:
        """Return the filter the combos describe."""
        return Criteria(dimension_id=self.dimension.currentData(),
                        phase=self.phase.currentData(), lead_id=self.opd.currentData())

    def set_choices(self, data: RoadmapData, lang: str) -> None:
        """Fill the dimension and OPD filters from the workbook, keeping the current choice."""
        dims = sorted(data.dimensions.values(), key=lambda d: (d.position, d.code))
        fill_choices(self.dimension, self.tr("All dimensions"),
                     [(d.id, labels.dimension_name(d, lang)) for d in dims])
        leads = {row.lead_org_id for row in data.programmes.values()}
        orgs = [o for o in data.organisations.values() if o.id in leads]
        orgs.sort(key=lambda o: labels.organisation_name(o).casefold())
        fill_choices(self.opd, self.tr("All OPDs"),
                     [(o.id, labels.organisation_name(o)) for o in orgs])

