"""One card on the board: a coloured note with its text, dimension code and vote dots.

The text is laid out once per change (not per paint) and the item caches its
pixels (DeviceCoordinateCache), so a board of thousands of notes repaints fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem

from app.board_layout import CARD_H, CARD_W
from app.storage.queries_board import BoardCard
from ui.board.style import BoardStyle

if TYPE_CHECKING:
    from ui.board.scene import BoardScene

PAD = 10.0
FOOTER = 26.0
MAX_DOTS = 5
BOUNDS = QRectF(-2, -2, CARD_W + 4, CARD_H + 4)
SKETCH_BELOW = 0.3
SKETCH_NOTE = QRectF(0, 0, CARD_W, CARD_H)
SKETCH_STRIPE = QRectF(0, 0, CARD_W, 12)
SKETCH_TEXT = [QRectF(PAD, 26 + row * 22, CARD_W - 2 * PAD - row * 40, 10) for row in range(3)]
SKETCH_DIMENSION = QRectF(PAD, CARD_H - 26, 44, 18)
SKETCH_VOTES = QRectF(CARD_W - 40, CARD_H - 26, 30, 18)
VOTE_INK = QColor("#C62828")  # below this scale the text is unreadable: draw a sketch of the note


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Return ``text`` broken into at most ``max_lines`` lines of ``width``, the last elided."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    paragraphs = [p for p in text.splitlines() if p.strip()] or [""]
    for number, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, font)
        layout.beginLayout()
        line = layout.createLine()
        while line.isValid():
            line.setLineWidth(width)
            start = line.textStart()
            if len(lines) == max_lines - 1:
                rest = " ".join([paragraph[start:], *paragraphs[number + 1:]])
                lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
                layout.endLayout()
                return lines
            lines.append(paragraph[start:start + line.textLength()].rstrip())
            line = layout.createLine()
        layout.endLayout()
    return lines


class CardItem(QGraphicsItem):
    """A card drawn as a sticky note; click its vote badge to add a dot."""

    def __init__(self, data: BoardCard, style: BoardStyle, editable: bool) -> None:
        super().__init__()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.set_editable(editable)
        self.entry = data
        self._lines: list[str] | None = None
        self._style = style
        self.set_data(data, style)

    # -- state ------------------------------------------------------------------------

    @property
    def card_id(self) -> str:
        """Return the id of the card this item shows."""
        return self.entry.card.id

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid moving the card (selection always works)."""
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        if editable:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags)

    def set_data(self, data: BoardCard, style: BoardStyle) -> None:
        """Show ``data`` in ``style``: lay out the text again and move to the card's place."""
        self.entry = data
        self._style = style
        self._lines = None  # laid out at the first paint: only cards in view pay for it
        self._dimension_colour = QColor(data.dimension_color or "#455A64")
        self.setPos(data.card.x, data.card.y)
        self.setToolTip(data.card.text)
        self.update()

    def lines(self) -> list[str]:
        """Return the card's text as it fits on the note (laid out once per change)."""
        if self._lines is None:
            style = self._style
            room = CARD_H - FOOTER - PAD - 6
            fits = max(1, int(room // QFontMetricsF(style.card_font).lineSpacing()))
            self._lines = wrap_lines(self.entry.card.text, style.card_font, CARD_W - 2 * PAD,
                                     min(style.max_lines, fits))
        return self._lines

    def center(self) -> QPointF:
        """Return the scene position of the card's centre (what decides its cluster)."""
        return self.pos() + QPointF(CARD_W / 2, CARD_H / 2)

    # -- geometry ---------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return BOUNDS

    @staticmethod
    def badge_rect() -> QRectF:
        """Return the vote badge's rectangle in item coordinates."""
        return QRectF(CARD_W - 86, CARD_H - FOOTER + 2, 80, FOOTER - 6)

    # -- painting ---------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: object = None) -> None:
        style, card = self._style, self.entry.card
        if option.levelOfDetailFromTransform(painter.worldTransform()) < SKETCH_BELOW:
            self._paint_sketch(painter, style)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_paper(painter, style, card.kind)
        painter.setPen(style.text)
        painter.setFont(style.card_font)
        metrics = QFontMetricsF(style.card_font)
        baseline = PAD + 6 + metrics.ascent()
        for line in self.lines():
            painter.drawText(QPointF(PAD, baseline), line)
            baseline += metrics.lineSpacing()
        self._paint_dimension(painter, style)
        self._paint_votes(painter, style, card.votes)

    def _paint_sketch(self, painter: QPainter, style: BoardStyle) -> None:
        """Draw the note without text when it is too small to read (a zoomed-out board)."""
        kind = self.entry.card.kind
        strong = style.strong(kind)
        if self.isSelected():
            painter.setPen(QPen(style.outline, 4.0))
        else:
            painter.setPen(strong)
        painter.setBrush(style.paper(kind))
        painter.drawRect(SKETCH_NOTE)
        painter.fillRect(SKETCH_STRIPE, strong)
        for bar in SKETCH_TEXT[:min(3, max(1, len(self.entry.card.text) // 25))]:
            painter.fillRect(bar, style.shade)
        if self.entry.dimension_code:
            painter.fillRect(SKETCH_DIMENSION, self._dimension_colour)
        if self.entry.card.votes:
            painter.fillRect(SKETCH_VOTES, VOTE_INK)

    def _paint_paper(self, painter: QPainter, style: BoardStyle, kind: str) -> None:
        selected = self.isSelected()
        border = style.outline if selected else style.strong(kind).darker(120)
        painter.setPen(QPen(border, 3.0 if selected else (2.0 if style.projector else 1.0)))
        painter.setBrush(style.paper(kind))
        painter.drawRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.strong(kind))
        painter.drawRoundedRect(QRectF(1.5, 1.5, CARD_W - 3, 6), 3, 3)

    def _paint_dimension(self, painter: QPainter, style: BoardStyle) -> None:
        code = self.entry.dimension_code
        if not code:
            return
        painter.setFont(style.small_font)
        metrics = QFontMetricsF(style.small_font)
        rect = QRectF(PAD - 2, CARD_H - FOOTER + 2, metrics.horizontalAdvance(code) + 12,
                      FOOTER - 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000") if style.projector else self._dimension_colour)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, code)

    def _paint_votes(self, painter: QPainter, style: BoardStyle, votes: int) -> None:
        rect = self.badge_rect()
        ink = QColor("#000000") if style.projector else QColor("#C62828")
        radius = 5.0 if not style.projector else 6.0
        y = rect.center().y()
        if votes == 0:
            painter.setPen(QPen(ink.lighter(170), 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(rect.right() - radius - 2, y), radius, radius)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        if votes <= MAX_DOTS:
            for i in range(votes):
                x = rect.right() - radius - 2 - i * (2 * radius + 3)
                painter.drawEllipse(QPointF(x, y), radius, radius)
            return
        painter.drawEllipse(QPointF(rect.right() - radius - 2, y), radius, radius)
        painter.setPen(style.text)
        painter.setFont(style.small_font)
        number = QRectF(rect.left(), rect.top(), rect.width() - 2 * radius - 8, rect.height())
        painter.drawText(number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(votes))

    # -- interaction ------------------------------------------------------------------

    def _board(self) -> BoardScene | None:
        from ui.board.scene import BoardScene

        scene = self.scene()
        return scene if isinstance(scene, BoardScene) else None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        board = self._board()
        on_badge = self.badge_rect().contains(event.pos())
        if board and on_badge and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                board.tally_requested.emit(self.card_id)
            else:
                board.vote_clicked.emit(self.card_id)
            return
        if board:
            self.setZValue(board.next_z())
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        board = self._board()
        if board and not self.badge_rect().contains(event.pos()):
            board.edit_requested.emit(self.card_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def hoverMoveEvent(self, event: object) -> None:
        on_badge = self.badge_rect().contains(event.pos())  # type: ignore[attr-defined]
        shape = Qt.CursorShape.PointingHandCursor if on_badge else Qt.CursorShape.ArrowCursor
        self.setCursor(shape)
