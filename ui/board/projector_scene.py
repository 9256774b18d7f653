"""The projector's own picture of the board: the shown cards as big notes, laid out to be read
from the back of a 300-person room.

The desk board keeps each card where the room put it, 200 units wide; fitting a
few hundred of them on a screen made the text a few pixels high and cut it with
"...". Here the cards the board shows (all, or the chosen dimension or cluster)
are laid out afresh for the screen: columns as wide as the screen allows, text
of TEXT_PX pixels that wraps over as many lines as it needs, and large vote dots.
Clicking a note's dots votes, as on the board.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.board_layout import projector_columns
from app.storage.queries_board import BoardCard
from ui.board.style import PROJECTOR_FILLS

TEXT_PX = 34  # card text on screen at the fitted scale; never below MIN_TEXT_PX
MIN_TEXT_PX = 28
MIN_CARD_W = 16 * TEXT_PX  # about 25 characters a line
GAP = 24.0
PAD = 16.0
DOT_R = 15.0  # dot votes a room can count
FOOTER = 2 * DOT_R + 16


def _font(pixels: int, bold: bool = True) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def wrap(text: str, font: QFont, width: float) -> list[str]:
    """Return ``text`` broken into lines of ``width``, every word kept (no "...")."""
    lines: list[str] = []
    for paragraph in [p for p in text.splitlines() if p.strip()] or [""]:
        layout = QTextLayout(paragraph, font)
        layout.beginLayout()
        line = layout.createLine()
        while line.isValid():
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()].strip())
            line = layout.createLine()
        layout.endLayout()
    return lines


class ProjectorCard(QGraphicsItem):
    """One card as a big note: all its text, its dimension code, its dots."""

    def __init__(self, entry: BoardCard, width: float, font: QFont, small: QFont) -> None:
        super().__init__()
        self.entry, self.width, self.font, self.small = entry, width, font, small
        self.lines = wrap(entry.card.text, font, width - 2 * PAD)
        spacing = QFontMetricsF(font).lineSpacing()
        self.height = PAD + len(self.lines) * spacing + FOOTER + PAD / 2
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.width + 4, self.height + 4)

    def dots_rect(self) -> QRectF:
        """Return where the dot votes are drawn (a click there adds one)."""
        return QRectF(self.width / 2, self.height - FOOTER, self.width / 2 - PAD / 2, FOOTER)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(PROJECTOR_FILLS.get(self.entry.card.kind, PROJECTOR_FILLS["idea"]))
        painter.setPen(QPen(QColor("#FFFFFF"), 3.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(0, 0, self.width, self.height), 10, 10)
        painter.setPen(QColor("#000000"))
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        baseline = PAD + metrics.ascent()
        for line in self.lines:
            painter.drawText(QPointF(PAD, baseline), line)
            baseline += metrics.lineSpacing()
        self._paint_footer(painter)

    def _paint_footer(self, painter: QPainter) -> None:
        y = self.height - FOOTER / 2 - 4
        code = self.entry.dimension_code
        if code:
            painter.setFont(self.small)
            painter.drawText(QPointF(PAD, y + QFontMetricsF(self.small).ascent() / 2), code)
        votes = self.entry.card.votes
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        right = self.width - PAD - DOT_R
        for number in range(min(votes, 5)):
            painter.drawEllipse(QPointF(right - number * (2 * DOT_R + 8), y), DOT_R, DOT_R)
        if votes > 5:
            painter.setPen(QColor("#000000"))
            painter.setFont(self.small)
            painter.drawText(QRectF(self.width / 2, y - DOT_R, right - DOT_R - 8 - self.width / 2
                                    - 4 * (2 * DOT_R + 8), 2 * DOT_R),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(votes))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if isinstance(scene, ProjectorScene) and self.dots_rect().contains(event.pos()):
            scene.vote_clicked.emit(self.entry.card.id)
            event.accept()
            return
        super().mousePressEvent(event)


class ProjectorScene(QGraphicsScene):
    """The shown cards laid out in rows for a screen ``width`` wide (scene units = pixels)."""

    vote_clicked = Signal(str)  # a card id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#000000"))
        self.notes: dict[str, ProjectorCard] = {}
        self.text_font, self.small_font = _font(TEXT_PX), _font(int(TEXT_PX * 0.8))

    def show_cards(self, entries: list[BoardCard], width: float) -> None:
        """Lay ``entries`` out across ``width``: columns of equal notes, rows as tall as their
        longest text."""
        self.clear()
        self.notes = {}
        columns = projector_columns(len(entries), width - 2 * GAP, MIN_CARD_W)
        card_w = max(MIN_CARD_W, (width - GAP * (columns + 1)) / columns)
        y = GAP
        for start in range(0, len(entries), columns):
            row = [ProjectorCard(e, card_w, self.text_font, self.small_font)
                   for e in entries[start:start + columns]]
            for column, note in enumerate(row):
                note.setPos(GAP + column * (card_w + GAP), y)
                self.addItem(note)
                self.notes[note.entry.card.id] = note
            y += max(n.height for n in row) + GAP
        rows = math.ceil(len(entries) / columns) if entries else 0
        self.setSceneRect(QRectF(0, 0, width, max(y, GAP * 2) if rows else GAP * 2))
