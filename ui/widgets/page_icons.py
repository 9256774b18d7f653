"""An icon for each page of the navigation, drawn with QPainter (no image files to ship)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

INK = QColor("#37474F")
ACCENT = QColor("#1565C0")
Draw = Callable[[QPainter], None]  # draws on a 32 x 32 canvas


def _bars(p: QPainter) -> None:  # overview: a small chart
    for i, h in enumerate((12, 20, 8, 16)):
        p.fillRect(QRectF(5 + i * 6, 27 - h, 4, h), ACCENT if i == 1 else INK)


def _calendar(p: QPainter) -> None:  # sessions
    p.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    p.fillRect(QRectF(4, 6, 24, 6), ACCENT)
    for i in range(3):
        p.fillRect(QRectF(8 + i * 6, 16, 3, 3), INK)
        p.fillRect(QRectF(8 + i * 6, 22, 3, 3), INK)


def _people(p: QPainter) -> None:  # people and organisations
    for x, colour in ((11, INK), (21, ACCENT)):
        p.setBrush(colour)
        p.drawEllipse(QPointF(x, 11), 4, 4)
        p.drawRoundedRect(QRectF(x - 6, 17, 12, 10), 4, 4)


def _notes(p: QPainter) -> None:  # idea board
    for x, y, colour in ((4, 5, "#FBC02D"), (16, 9, "#64B5F6"), (8, 17, "#81C784")):
        p.setBrush(QColor(colour))
        p.drawRect(QRectF(x, y, 12, 11))


def _radar(p: QPainter) -> None:  # analysis
    p.setBrush(QColor(21, 101, 192, 90))
    p.drawPolygon(QPolygonF([QPointF(16, 4), QPointF(28, 13), QPointF(23, 28),
                             QPointF(9, 26), QPointF(5, 12)]))
    p.drawLine(QPointF(16, 16), QPointF(16, 4))
    p.drawLine(QPointF(16, 16), QPointF(28, 13))


def _eye(p: QPainter) -> None:  # vision and goals
    p.drawEllipse(QRectF(3, 9, 26, 14))
    p.setBrush(ACCENT)
    p.drawEllipse(QPointF(16, 16), 5, 5)


def _list(p: QPainter) -> None:  # programmes
    for i in range(4):
        p.fillRect(QRectF(4, 6 + i * 6, 4, 3), ACCENT)
        p.fillRect(QRectF(11, 6 + i * 6, 17, 3), INK)


def _roadmap(p: QPainter) -> None:  # roadmap: bars over the years
    for i, (x, w) in enumerate(((4, 12), (10, 14), (16, 12), (8, 18))):
        p.fillRect(QRectF(x, 5 + i * 6, w, 4), ACCENT if i % 2 else INK)


def _coin(p: QPainter) -> None:  # budget
    p.setBrush(QColor("#FBC02D"))
    p.drawEllipse(QPointF(16, 16), 12, 12)
    p.setFont(p.font())
    p.drawText(QRectF(4, 4, 24, 24), Qt.AlignmentFlag.AlignCenter, "Rp")


def _star(p: QPainter) -> None:  # quick wins
    from math import cos, pi, sin

    points = [QPointF(16 + (12 if i % 2 == 0 else 5) * cos(-pi / 2 + i * pi / 5),
                      17 + (12 if i % 2 == 0 else 5) * sin(-pi / 2 + i * pi / 5))
              for i in range(10)]
    p.setBrush(QColor("#FFC107"))
    p.drawPolygon(QPolygonF(points))


def _document(p: QPainter) -> None:  # export
    p.drawPolygon(QPolygonF([QPointF(7, 3), QPointF(20, 3), QPointF(26, 9), QPointF(26, 29),
                             QPointF(7, 29)]))
    for i in range(3):
        p.drawLine(QPointF(11, 13 + i * 5), QPointF(22, 13 + i * 5))


DRAWINGS: dict[str, Draw] = {
    "overview": _bars, "sessions": _calendar, "people": _people, "board": _notes,
    "analysis": _radar, "vision": _eye, "programmes": _list, "roadmap": _roadmap,
    "budget": _coin, "quickwins": _star, "export": _document,
}


def page_icon(name: str) -> QIcon:
    """Return the icon of page ``name`` (drawn at two sizes: sharp at 100 % and at 200 %)."""
    draw = DRAWINGS.get(name, _document)
    icon = QIcon()
    for size in (32, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 32, size / 32)
        painter.setPen(QPen(INK, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
