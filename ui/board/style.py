"""How the board looks: colours per card kind, fonts, and the projector's high contrast."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont

from app import model

# kind -> (paper colour, strong colour). Paper for the note, strong for stripe and legend.
KIND_COLOURS = {
    "idea": ("#FFF59D", "#F9A825"),
    "problem": ("#FFCDD2", "#C62828"),
    "strength": ("#C8E6C9", "#2E7D32"),
    "weakness": ("#FFE0B2", "#E65100"),
    "opportunity": ("#BBDEFB", "#1565C0"),
    "threat": ("#E1BEE7", "#6A1B9A"),
    "issue": ("#F8BBD0", "#AD1457"),
    "gap": ("#B2DFDB", "#00695C"),
}
# Saturated fills that black text reads well on against a black projector background.
PROJECTOR_FILLS = {
    "idea": "#FFEB3B", "problem": "#FF6E6E", "strength": "#69F0AE", "weakness": "#FFAB40",
    "opportunity": "#40C4FF", "threat": "#EA80FC", "issue": "#FF80AB", "gap": "#64FFDA",
}


@dataclass(frozen=True)
class BoardStyle:
    """Everything a card or cluster needs to paint itself in one mode (desk or projector)."""

    projector: bool
    background: QColor
    text: QColor
    card_font: QFont
    small_font: QFont
    cluster_font: QFont
    cluster_fill: QColor
    cluster_border: QColor
    cluster_text: QColor
    outline: QColor
    max_lines: int
    papers: dict[str, QColor]  # made once: painting thousands of notes reuses them
    strongs: dict[str, QColor]
    shade: QColor  # the grey bars that stand for text on a zoomed-out note

    def paper(self, kind: str) -> QColor:
        """Return the fill of a card of ``kind``."""
        return self.papers.get(kind) or self.papers["idea"]

    def strong(self, kind: str) -> QColor:
        """Return the stripe colour of a card of ``kind``."""
        return self.strongs.get(kind) or self.strongs["idea"]


def _shade(text: QColor) -> QColor:
    shade = QColor(text)
    shade.setAlpha(70)
    return shade


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def desk_style() -> BoardStyle:
    """Return the everyday look: paper-coloured notes on a light grey table."""
    return BoardStyle(
        projector=False, background=QColor("#ECEFF1"), text=QColor("#212121"),
        card_font=_font(10.5), small_font=_font(8.5, bold=True), cluster_font=_font(13, True),
        cluster_fill=QColor(255, 255, 255, 150), cluster_border=QColor("#78909C"),
        cluster_text=QColor("#263238"), outline=QColor("#1E88E5"), max_lines=5,
        papers={k: QColor(paper) for k, (paper, _) in KIND_COLOURS.items()},
        strongs={k: QColor(strong) for k, (_, strong) in KIND_COLOURS.items()},
        shade=_shade(QColor("#212121")),
    )


def projector_style() -> BoardStyle:
    """Return the projector look: large bold type, saturated notes on black, white frames."""
    return BoardStyle(
        projector=True, background=QColor("#000000"), text=QColor("#000000"),
        card_font=_font(14, bold=True), small_font=_font(11, bold=True),
        cluster_font=_font(20, True), cluster_fill=QColor("#1A1A1A"),
        cluster_border=QColor("#FFFFFF"), cluster_text=QColor("#FFFFFF"),
        outline=QColor("#FFFFFF"), max_lines=4,
        papers={k: QColor(fill) for k, fill in PROJECTOR_FILLS.items()},
        strongs=dict.fromkeys(PROJECTOR_FILLS, QColor("#000000")),
        shade=_shade(QColor("#000000")),
    )


def kind_label(kind: str) -> str:
    """Return the translated name of a card kind."""
    labels = {
        "idea": QCoreApplication.translate("BoardLegend", "Idea"),
        "problem": QCoreApplication.translate("BoardLegend", "Problem"),
        "strength": QCoreApplication.translate("BoardLegend", "Strength"),
        "weakness": QCoreApplication.translate("BoardLegend", "Weakness"),
        "opportunity": QCoreApplication.translate("BoardLegend", "Opportunity"),
        "threat": QCoreApplication.translate("BoardLegend", "Threat"),
        "issue": QCoreApplication.translate("BoardLegend", "Issue"),
        "gap": QCoreApplication.translate("BoardLegend", "Gap"),
    }
    return labels.get(kind, kind)


def kinds() -> tuple[str, ...]:
    """Return the card kinds in shortcut order (Ctrl+1 is the first)."""
    return model.CARD_KINDS
