"""The book's styles: one font and size from the settings, black headings, captions, TOC levels."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TABLE_TEXT = "Table Text"
TABLE_SMALL = "Table Text Small"
COVER = "Cover Title"
TOC_LEVELS = ("toc 1", "toc 2", "toc 3")
FIGURE_LIST = "table of figures"
SIGNATURE = "Signature"


def configure(doc: Any, font: str, size: float) -> None:
    """Set every style the book uses to ``font`` at ``size`` points (headings a little larger)."""
    styles = doc.styles
    _font(styles["Normal"], font, size)
    normal = styles["Normal"].paragraph_format
    normal.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.line_spacing = 1.5
    normal.space_after = Pt(6)
    _heading(styles["Heading 1"], font, size + 2, centred=True)
    styles["Heading 1"].paragraph_format.page_break_before = True
    styles["Heading 1"].paragraph_format.space_after = Pt(18)
    _heading(styles["Heading 2"], font, size)
    _heading(styles["Heading 3"], font, size, italic=True)
    _caption(styles["Caption"], font, size - 1)
    _paragraph_style(doc, TABLE_TEXT, font, max(size - 2, 8), align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph_style(doc, TABLE_SMALL, font, max(size - 3, 7), align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph_style(doc, SIGNATURE, font, size, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(doc, COVER, font, size, align=WD_ALIGN_PARAGRAPH.CENTER)
    for level, name in enumerate(TOC_LEVELS):
        toc = _paragraph_style(doc, name, font, size, align=WD_ALIGN_PARAGRAPH.LEFT)
        toc.paragraph_format.left_indent = Cm(0.8 * level)
        toc.paragraph_format.space_after = Pt(3 if level else 6)
    _paragraph_style(doc, FIGURE_LIST, font, size, align=WD_ALIGN_PARAGRAPH.LEFT)
    bullets = styles["List Bullet"].paragraph_format
    bullets.alignment = WD_ALIGN_PARAGRAPH.LEFT
    bullets.space_after = Pt(3)


def _font(style: Any, font: str, size: float) -> None:
    style.font.name = font
    style.font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)


def _heading(style: Any, font: str, size: float, *, centred: bool = False,
             italic: bool = False) -> None:
    _font(style, font, size)
    style.font.bold = True
    style.font.italic = italic
    style.font.color.rgb = RGBColor(0, 0, 0)
    fmt = style.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT
    fmt.space_before = Pt(12)
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.15
    fmt.keep_with_next = True


def _caption(style: Any, font: str, size: float) -> None:
    _font(style, font, size)
    style.font.bold = True
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    fmt = style.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt.space_before = Pt(6)
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.0


def _paragraph_style(doc: Any, name: str, font: str, size: float, *, align: Any) -> Any:
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
    _font(style, font, size)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(0)
    return style
