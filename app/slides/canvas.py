"""The deck being written: slides from the template's layouts, and text, boxes and tables on them.

Every text goes through ``clean`` (what Word's XML cannot hold, PowerPoint's
cannot either) and through ``fit`` (a size within limits, wrapped, cut with an
ellipsis as the last resort), so no text leaves its box. Geometry is in inches
on the 13.333 x 7.5 in slide of the template.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from app import i18n, paths
from app.charts import data as chart_data
from app.documents.source import Source
from app.progress import Progress, silent
from app.slides import fit
from app.text import clean_text

TEMPLATE = ("slides", "rencana-16x9.pptx")
WIDTH, HEIGHT = 13.333, 7.5
LEFT, RIGHT = 0.55, 12.78  # the content area of the master
TOP, BOTTOM = 1.45, 6.8
NAVY, INK, GREY, MIST, WHITE = "14325C", "1F2933", "5B6770", "E8EEF5", "FFFFFF"
INSET_X, INSET_Y = 0.06, 0.03  # text box insets we set (inches)
FALLBACK = ("1565C0", "EF6C00", "B8860B", "C62828", "6A1B9A", "2E7D32", "00838F", "5D4037")
ALIGN = {"l": PP_ALIGN.LEFT, "c": PP_ALIGN.CENTER, "r": PP_ALIGN.RIGHT}
ANCHOR = {"t": MSO_ANCHOR.TOP, "m": MSO_ANCHOR.MIDDLE, "b": MSO_ANCHOR.BOTTOM}
LAYOUTS = ("Title Slide", "Section Header", "Title and Content", "Title Only", "Blank")


@dataclass(frozen=True)
class Box:
    """A rectangle on the slide, in inches."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def below(self, height: float, gap: float = 0.0) -> Box:
        """Return a box of the same width under this one."""
        return Box(self.left, self.bottom + gap, self.width, height)

    def columns(self, count: int, gap: float) -> list[Box]:
        """Split across into ``count`` boxes with ``gap`` between them."""
        width = (self.width - gap * (count - 1)) / count
        return [Box(self.left + n * (width + gap), self.top, width, self.height)
                for n in range(count)]

    def rows(self, count: int, gap: float) -> list[Box]:
        """Split down into ``count`` boxes with ``gap`` between them."""
        height = (self.height - gap * (count - 1)) / count
        return [Box(self.left, self.top + n * (height + gap), self.width, height)
                for n in range(count)]

    def inset(self, x: float, y: float | None = None) -> Box:
        """Return the box shrunk by ``x`` left and right and ``y`` top and bottom."""
        y = x if y is None else y
        return Box(self.left + x, self.top + y, max(self.width - 2 * x, 0.01),
                   max(self.height - 2 * y, 0.01))


CONTENT = Box(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP)


def rgb(colour: str) -> Any:
    """Return python-pptx's colour for ``RRGGBB`` (its ``RGBColor`` carries no types)."""
    maker: Any = RGBColor
    return maker.from_string(colour)


def clean(text: object, single_line: bool = False) -> str:
    """Return ``text`` as a slide can hold it: no control characters, tabs as spaces."""
    return clean_text(str(text or ""), single_line=single_line).replace("\t", " ")


def hex_colour(value: str, index: int = 0) -> str:
    """Return ``#RRGGBB`` as ``RRGGBB``, or a fallback colour of the house palette."""
    from app.validate import is_color

    return value[1:].upper() if is_color(value) else FALLBACK[index % len(FALLBACK)]


def tint(colour: str, share: float) -> str:
    """Return ``colour`` mixed with white: ``share`` 0 is the colour, 1 is white."""
    channels = [int(colour[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * share):02X}" for c in channels)


class Deck:
    """A presentation under construction, in one language, reporting progress per slide."""

    def __init__(self, source: Source, progress: Progress = silent, steps: int = 1) -> None:
        self.source, self.lang = source, source.lang
        self.prs: Any = Presentation(str(paths.resource(*TEMPLATE)))
        self.layouts = {layout.name: layout for layout in self.prs.slide_layouts}
        self.progress, self.steps, self.done = progress, steps, 0
        self.footer = ""
        # The chart snapshots, read from the same in-memory copy as ``source``.
        self.readiness = chart_data.readiness_data(source.db)
        self.budget = chart_data.budget_data(source.db)

    def t(self, template: str, /, **params: object) -> str:
        """Return ``template`` in the deck's language, with ``params`` filled in."""
        found = i18n.translate(template, self.lang)
        return found.format(**params) if params else found

    def step(self) -> None:
        """Report one more step done (the progress callback may raise to cancel)."""
        self.done = min(self.done + 1, self.steps)
        self.progress(self.done, self.steps)

    # -- slides -----------------------------------------------------------------------------

    def slide(self, layout: str, title: str = "", notes: str = "", subtitle: str = "") -> Any:
        """Add a slide with ``title`` and ``subtitle`` (fitted), a footer and ``notes``."""
        slide = self.prs.slides.add_slide(self.layouts[layout])
        for ph in list(slide.placeholders):
            idx = ph.placeholder_format.idx
            if idx == 0 and title:
                self.placeholder(ph, clean(title, single_line=True), 28 if layout in (
                    "Title and Content", "Title Only") else 40, 18, bold=True)
            elif idx == 1 and subtitle:
                self.placeholder(ph, clean(subtitle), 20, 12)
            else:  # an empty placeholder would show "click to add" in the editor
                ph._element.getparent().remove(ph._element)
        if layout in ("Title and Content", "Title Only"):
            self._footer(slide)
        self.notes(slide, notes)
        return slide

    def placeholder(self, shape: Any, text: str, largest: float, smallest: float,
                    bold: bool = False) -> None:
        """Fill a placeholder with ``text``, fitted to its box; the layout keeps its style."""
        box = Box(Emu(shape.left).inches, Emu(shape.top).inches, Emu(shape.width).inches,
                  Emu(shape.height).inches)
        self._fill(shape.text_frame, text, box, largest, smallest, bold=bold, colour=None,
                   align=None, anchor=None)

    def notes(self, slide: Any, text: str) -> None:
        """Write the speaker notes of ``slide``."""
        slide.notes_slide.notes_text_frame.text = clean(text)

    def _footer(self, slide: Any) -> None:
        left = Box(LEFT, 6.98, 9.0, 0.32)
        self.text(slide, left, self.footer, 10, 8, colour=GREY, anchor="m")
        number = self.text(slide, Box(RIGHT - 1.0, 6.98, 1.0, 0.32), "", 10, 10, colour=GREY,
                           align="r", anchor="m")
        _slide_number_field(number.text_frame.paragraphs[0], len(self.prs.slides))

    # -- shapes -----------------------------------------------------------------------------

    def text(self, slide: Any, box: Box, text: str, largest: float, smallest: float,
             bold: bool = False, colour: str | None = INK, align: str | None = "l",
             anchor: str | None = "t", spacing: float = 0.0, italic: bool = False,
             inset: float = INSET_Y) -> Any:
        """Add a text box holding ``text`` at the largest size in [smallest, largest] that fits."""
        shape = slide.shapes.add_textbox(Inches(box.left), Inches(box.top), Inches(box.width),
                                         Inches(box.height))
        self._fill(shape.text_frame, clean(text), box, largest, smallest, bold=bold,
                   colour=colour, align=align, anchor=anchor, spacing=spacing, italic=italic,
                   inset=inset)
        return shape

    def measure(self, text: str, box: Box, largest: float, smallest: float,
                bold: bool = False, spacing: float = 0.0) -> float:
        """Return the height (inches) ``text`` fitted into ``box`` takes, insets included."""
        inner = box.inset(INSET_X, INSET_Y)
        fitted = fit.fit(clean(text), inner.width, inner.height, largest, smallest, bold,
                         spacing)
        return min(fit.height_of(fitted.text, fitted.size, inner.width, bold, spacing)
                   + 2 * INSET_Y, box.height)

    def _fill(self, frame: Any, text: str, box: Box, largest: float, smallest: float,
              bold: bool, colour: str | None, align: str | None, anchor: str | None,
              spacing: float = 0.0, italic: bool = False, inset: float = INSET_Y
              ) -> fit.Fitted:
        inner = box.inset(INSET_X, inset)
        fitted = fit.fit(text, inner.width, inner.height, largest, smallest, bold, spacing)
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE  # sized here; a program's own shrink would differ
        frame.margin_left = frame.margin_right = Inches(INSET_X)
        frame.margin_top = frame.margin_bottom = Inches(inset)
        if anchor:
            frame.vertical_anchor = ANCHOR[anchor]
        for number, line in enumerate(fitted.text.split("\n")):
            paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
            if align:
                paragraph.alignment = ALIGN[align]
            if number and spacing:
                paragraph.space_before = Pt(spacing)
            paragraph.line_spacing = 1.0
            run = paragraph.add_run()
            run.text = line
            _style(run.font, fitted.size, bold, colour, italic)
        return fitted

    def rect(self, slide: Any, box: Box, fill: str | None, line: str | None = None,
             shape: MSO_SHAPE = MSO_SHAPE.RECTANGLE) -> Any:
        """Add a plain shape filled with ``fill`` (hex) and an optional outline."""
        found = slide.shapes.add_shape(shape, Inches(box.left), Inches(box.top),
                                       Inches(box.width), Inches(box.height))
        if fill:
            found.fill.solid()
            found.fill.fore_color.rgb = rgb(fill)
        else:
            found.fill.background()
        if line:
            found.line.color.rgb = rgb(line)
            found.line.width = Pt(0.75)
        else:
            found.line.fill.background()
        style = found._element.find(qn("p:style"))
        if style is not None:  # its effectRef draws a shadow in LibreOffice despite effectLst
            found._element.remove(style)
        return found

    def label(self, slide: Any, box: Box, text: str, fill: str, size: float = 14,
              colour: str = WHITE, align: str = "l", smallest: float = 9,
              bold: bool = True, inset: float = INSET_Y) -> Any:
        """Add a filled box with one short text in it (a tag, a header, a bar label)."""
        shape = self.rect(slide, box, fill)
        self._fill(shape.text_frame, clean(text), box, size, smallest, bold=bold,
                   colour=colour, align=align, anchor="m", inset=inset)
        return shape

    def table(self, slide: Any, box: Box, columns: Sequence[Column],
              rows: Sequence[Sequence[str]], colour: str, size: float) -> Any:
        """Add a table: a coloured header row, then ``rows`` at ``size`` points (pre-fitted)."""
        heights = [row_height(columns, [c.label for c in columns], size, bold=True)]
        heights += [row_height(columns, row, size) for row in rows]
        frame = slide.shapes.add_table(len(rows) + 1, len(columns), Inches(box.left),
                                       Inches(box.top), Inches(box.width),
                                       Inches(sum(heights)))
        table = frame.table
        table.first_row, table.horz_banding = True, False
        for n, column in enumerate(columns):
            table.columns[n].width = Inches(column.width)
        for r, height in enumerate(heights):
            table.rows[r].height = Inches(height)
            values = [c.label for c in columns] if r == 0 else rows[r - 1]
            fill = colour if r == 0 else (WHITE if r % 2 else tint(colour, 0.9))
            for n, column in enumerate(columns):
                _cell(table.cell(r, n), values[n], column, size, fill, header=r == 0)
        return frame


@dataclass(frozen=True)
class Column:
    """A table column: header, width in inches, alignment (l, c, r)."""

    label: str
    width: float
    align: str = "l"


CELL_X, CELL_Y = 0.06, 0.03


def row_height(columns: Sequence[Column], values: Sequence[str], size: float,
               bold: bool = False) -> float:
    """Return the height (inches) a table row needs at ``size`` points."""
    lines = max(len(fit.wrap(clean(v), size, c.width - 2 * CELL_X, bold))
                for c, v in zip(columns, values, strict=True))
    return lines * fit.line_height(size) + 2 * CELL_Y + 0.02


def _cell(cell: Any, value: str, column: Column, size: float, fill: str, header: bool) -> None:
    cell.fill.solid()
    cell.fill.fore_color.rgb = rgb(fill)
    cell.margin_left = cell.margin_right = Inches(CELL_X)
    cell.margin_top = cell.margin_bottom = Inches(CELL_Y)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame = cell.text_frame
    frame.word_wrap = True
    for number, line in enumerate(clean(value).split("\n")):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        paragraph.alignment = ALIGN[column.align]
        paragraph.line_spacing = 1.0
        run = paragraph.add_run()
        run.text = line
        _style(run.font, size, header, WHITE if header else INK, False)


def _style(font: Any, size: float, bold: bool, colour: str | None, italic: bool) -> None:
    font.size = Pt(size)
    font.bold = bold
    if italic:
        font.italic = True
    if colour:
        font.color.rgb = rgb(colour)


def _slide_number_field(paragraph: Any, number: int) -> None:
    """Put a slide-number field (updated by PowerPoint and LibreOffice) in ``paragraph``."""
    import uuid

    run = paragraph.runs[0]._r if paragraph.runs else None
    field = paragraph._p.makeelement(qn("a:fld"), {"id": "{" + str(uuid.uuid4()).upper() + "}",
                                                    "type": "slidenum"})
    props = paragraph._p.makeelement(qn("a:rPr"), {"lang": "id-ID", "sz": "1000"})
    fill = props.makeelement(qn("a:solidFill"), {})
    fill.append(props.makeelement(qn("a:srgbClr"), {"val": GREY}))
    props.append(fill)
    field.append(props)
    value = paragraph._p.makeelement(qn("a:t"), {})
    value.text = str(number)
    field.append(value)
    if run is not None:
        run.addprevious(field)
        run.getparent().remove(run)
    else:
        end = paragraph._p.find(qn("a:endParaRPr"))
        if end is not None:
            end.addprevious(field)
        else:
            paragraph._p.append(field)
