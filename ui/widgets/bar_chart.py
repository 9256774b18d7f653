"""A small horizontal bar chart painted with QPainter (no matplotlib: cheap enough for start-up)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PAD = 8.0
GAP = 0.3  # the share of a row left blank between bars
VALUE_ROOM = 0.15  # the share of the plot width kept free for the value after the longest bar


@dataclass(frozen=True)
class Bar:
    """One bar: its label on the left, its length, its colour and the text after it."""

    label: str
    value: float
    color: str
    text: str


class BarChart(QWidget):
    """Horizontal bars, first at the top, each labelled and followed by its value; an axis
    title under them. ``set_bars`` replaces what is shown."""

    def __init__(self, axis_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.axis_title = axis_title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(240)

    def sizeHint(self) -> QSize:
        return QSize(360, 260)

    def set_bars(self, bars: list[Bar]) -> None:
        """Show ``bars`` (top to bottom) and repaint."""
        self.bars = list(bars)
        self.setToolTip("\n".join(f"{b.label}: {b.text}" for b in self.bars))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = float(metrics.height())
        label_w = min(max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0),
                      self.width() * 0.45)
        plot = QRectF(PAD + label_w + PAD, PAD, self.width() - label_w - 3 * PAD,
                      self.height() - 2 * PAD - (line + PAD if self.axis_title else 0))
        self._paint_bars(painter, plot, label_w)
        if self.axis_title:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(QRectF(plot.left(), plot.bottom() + PAD, plot.width(), line),
                             Qt.AlignmentFlag.AlignCenter, self.axis_title)
        painter.end()

    def _paint_bars(self, painter: QPainter, plot: QRectF, label_w: float) -> None:
        if not self.bars or plot.width() <= 0 or plot.height() <= 0:
            return
        text_pen = self.palette().color(self.foregroundRole())
        row = plot.height() / len(self.bars)
        scale = plot.width() * (1 - VALUE_ROOM) / max(max(b.value for b in self.bars), 1)
        painter.setPen(text_pen)
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
        for n, bar in enumerate(self.bars):
            top = plot.top() + n * row
            length = bar.value * scale
            painter.fillRect(QRectF(plot.left(), top + row * GAP / 2, length, row * (1 - GAP)),
                             QColor(bar.color))
            label = painter.fontMetrics().elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                     int(label_w))
            painter.drawText(QRectF(PAD, top, label_w, row), Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, label)
            painter.drawText(QRectF(plot.left() + length + 3, top, plot.width(), row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.text)
