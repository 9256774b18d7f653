"""Big tables written straight as table XML: python-docx's ``add_row``/``cell()`` are far too slow.

``table_xml`` is the one place every table of a book is built (300 attendance
rows, hundreds of programmes, budget grids). ``table.cell()`` rebuilds the grid
on each call (quadratic) and ``add_row`` is about 9x slower than this
(see facts.md); building the ``w:tbl`` element directly is linear.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from docx.shared import Cm

from app.documents.fields import element, text_runs

HEADER_FILL = "D9D9D9"
BAND_FILL = "F2F2F2"
TWIPS_PER_CM = 567
KEEP_WHOLE = 1500  # characters: a longer row may need more than a page, so it may split


@dataclass(frozen=True)
class Column:
    """A table column: its header label, width in centimetres and alignment."""

    label: str
    width: float
    align: str = "left"  # left | center | right


@dataclass(frozen=True)
class Band:
    """A row spanning the whole table (a group title such as a dimension), shaded and bold."""

    text: str


@dataclass(frozen=True)
class Cell:
    """A cell aligned its own way (``left``, ``center``, ``right``), not its column's."""

    text: object
    align: str


@dataclass(frozen=True)
class Bold:
    """A row whose cells are bold (a total; ``shaded`` like the header for an inner heading)."""

    cells: Sequence[object]
    shaded: bool = False


def table_xml(columns: Sequence[Column], rows: Iterable[Sequence[object] | Band | Bold],
              style_id: str, *, header: bool = True, row_height: float = 0,
              borders: bool = True, keep_last: int = 0) -> Any:
    """Return a ``w:tbl`` with a repeated header row and one row per item of ``rows``.

    Cells are text (None gives an empty cell) or ``Cell``; every text goes
    through ``text_runs``, which cleans it. A group row (``Band``) stays on the
    page of the row after it; the last ``keep_last`` rows stay together with
    what follows the table (no page holding a single row).
    """
    table = element("w:tbl")
    table.append(_table_props(columns, borders))
    grid = element("w:tblGrid")
    for column in columns:
        grid.append(element("w:gridCol", w=str(_twips(column.width))))
    table.append(grid)
    if header:
        table.append(_header_row(columns, style_id))
    made = []
    for item in rows:
        if isinstance(item, Band):
            made.append(_band_row(item.text, columns, style_id))
            _keep_with_next(made[-1])
        elif isinstance(item, Bold):
            made.append(_row(item.cells, columns, style_id, bold=True,
                             fill=HEADER_FILL if item.shaded else ""))
        else:
            made.append(_row(item, columns, style_id, height=row_height))
    for row in made[max(len(made) - keep_last, 0):] if keep_last else ():
        _keep_with_next(row)
    for row in made:
        table.append(row)
    return table


def _keep_with_next(row: Any) -> None:
    """Keep a table row on the page of the next one (every paragraph in it keeps with next)."""
    for paragraph in row.iter(_qn("w:p")):
        props = paragraph.find(_qn("w:pPr"))
        if props.find(_qn("w:keepNext")) is None:
            style = props.find(_qn("w:pStyle"))
            (style.addnext if style is not None else props.append)(element("w:keepNext"))


def fit(columns: Sequence[Column], width_emu: int, rows: Sequence[object] = (),
        font_pt: float = 10) -> list[Column]:
    """Return ``columns`` scaled so that together they fill ``width_emu``.

    With ``rows``, each column is made at least as wide as its longest word
    (so that no word is split inside a cell: "Disbudparp/ora"), the room taken
    from the other columns in proportion.
    """
    total = sum(column.width for column in columns)
    scale = width_emu / Cm(1) / total
    widths = [c.width * scale for c in columns]
    needs = _word_widths(columns, rows, font_pt) if rows else [0.0] * len(columns)
    short = {i: n for i, (w, n) in enumerate(zip(widths, needs, strict=True)) if n > w}
    if short and sum(needs) < sum(widths):
        room = sum(widths) - sum(short.values())
        others = sum(w for i, w in enumerate(widths) if i not in short)
        factor = room / others if others else 1.0
        widths = [short.get(i, w * factor) for i, w in enumerate(widths)]
        widths = [max(w, n) for w, n in zip(widths, needs, strict=True)]
        excess = sum(widths) - width_emu / Cm(1)
        if excess > 0:  # the longest words won: take it from the widest column
            widest = max(range(len(widths)), key=widths.__getitem__)
            widths[widest] -= excess
    return [Column(c.label, w, c.align) for c, w in zip(columns, widths, strict=True)]


CHAR_CM = 0.6 * 2.54 / 72  # a wide average character, per point of type, in cm
PAD_CM = 0.35  # the cell's left and right margins and a little air


def _word_widths(columns: Sequence[Column], rows: Sequence[object], font_pt: float
                 ) -> list[float]:
    """Return, per column, the width in cm its longest word (header included) needs."""
    longest = [max((len(w) for w in c.label.split()), default=0) for c in columns]
    for row in rows:
        if isinstance(row, Band):
            continue
        cells: Sequence[object] = row.cells if isinstance(row, Bold) else row  # type: ignore[assignment]
        for index, value in enumerate(cells):
            if index < len(longest) and value is not None:
                text = value.text if isinstance(value, Cell) else value
                words = str(text).split()
                longest[index] = max([longest[index], *(len(w) for w in words)])
    return [n * CHAR_CM * font_pt + PAD_CM if n else 0.0 for n in longest]


def _twips(cm: float) -> int:
    return round(cm * TWIPS_PER_CM)


def _table_props(columns: Sequence[Column], borders: bool = True) -> Any:
    props = element("w:tblPr")
    props.append(element("w:tblStyle", val="TableGrid" if borders else "TableNormal"))
    props.append(element("w:tblW", w=str(sum(_twips(c.width) for c in columns)), type="dxa"))
    props.append(element("w:tblLayout", type="fixed"))
    margins = element("w:tblCellMar")
    for side, twips in (("top", "28"), ("left", "85"), ("bottom", "28"), ("right", "85")):
        margins.append(element(f"w:{side}", w=twips, type="dxa"))
    props.append(margins)
    props.append(element("w:tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="0",
                         lastColumn="0", noHBand="0", noVBand="1"))
    return props


def _header_row(columns: Sequence[Column], style_id: str) -> Any:
    row = element("w:tr")
    props = element("w:trPr")
    props.append(element("w:cantSplit"))
    props.append(element("w:tblHeader"))
    row.append(props)
    for column in columns:
        row.append(_cell(column.label, column.width, "center", style_id, bold=True,
                         fill=HEADER_FILL))
    return row


def _row(cells: Sequence[object], columns: Sequence[Column], style_id: str, *,
         bold: bool = False, height: float = 0, fill: str = "") -> Any:
    row = element("w:tr")
    props = element("w:trPr")
    if sum(len(str(c)) for c in cells if c is not None) < KEEP_WHOLE:
        props.append(element("w:cantSplit"))  # a row is not cut across two pages
    if height:  # room to sign: at least this tall
        props.append(element("w:trHeight", val=str(_twips(height)), hRule="atLeast"))
    if len(props):
        row.append(props)
    for value, column in zip(cells, columns, strict=False):
        text = "" if value is None else value
        align = "center" if fill else column.align
        if isinstance(value, Cell):
            text, align = value.text, value.align
        row.append(_cell(text, column.width, align, style_id, bold=bold, fill=fill))
    return row


def _band_row(text: str, columns: Sequence[Column], style_id: str) -> Any:
    row = element("w:tr")
    props = element("w:trPr")
    props.append(element("w:cantSplit"))
    row.append(props)
    width = sum(column.width for column in columns)
    row.append(_cell(text, width, "left", style_id, bold=True, fill=BAND_FILL,
                     span=len(columns)))
    return row


def _cell(value: object, width: float, align: str, style_id: str, *, bold: bool = False,
          fill: str = "", span: int = 1) -> Any:
    cell = _cell_prototype(_twips(width), align, style_id, fill, span).__copy__()  # deep
    paragraph = cell[-1]
    for node in text_runs(value, bold=bold):
        paragraph.append(node)
    return cell


@functools.lru_cache(maxsize=256)
def _cell_prototype(twips: int, align: str, style_id: str, fill: str, span: int) -> Any:
    """Return an empty cell of this shape; cells are copied from it (5x faster than building)."""
    cell = element("w:tc")
    props = element("w:tcPr")
    props.append(element("w:tcW", w=str(twips), type="dxa"))
    if span > 1:
        props.append(element("w:gridSpan", val=str(span)))
    if fill:
        props.append(element("w:shd", val="clear", color="auto", fill=fill))
    cell.append(props)
    paragraph = element("w:p")
    paragraph_props = element("w:pPr")
    paragraph_props.append(element("w:pStyle", val=style_id))
    paragraph_props.append(element("w:jc", val="both" if align == "justify" else align))
    paragraph.append(paragraph_props)
    cell.append(paragraph)
    return cell


def signature_xml(groups: Sequence[Sequence[Any]], width_emu: int, style_id: str, *,
                  columns: int = 0) -> Any:
    """Return a borderless table of signature blocks, one table row pair per group of signers.

    None leaves a cell blank; a group shorter than ``columns`` is one cell
    across the whole row (a centred last signer).
    The first row holds the line above (place and date) and the office titles,
    aligned at the bottom; the second the room to sign, the name in capitals,
    underlined and bold, and ``NIP. ...`` for officials: names line up whatever
    the length of the titles.
    """
    count = columns or max(len(g) for g in groups)
    width = width_emu / Cm(1) / count
    table = element("w:tbl")
    table.append(_table_props([Column("", width, "center")] * count, borders=False))
    grid = element("w:tblGrid")
    for _ in range(count):
        grid.append(element("w:gridCol", w=str(_twips(width))))
    table.append(grid)
    for signers, part in ((g, p) for g in groups for p in (_signature_title, _signature_name)):
        row = element("w:tr")
        row_props = element("w:trPr")
        row_props.append(element("w:cantSplit"))
        row.append(row_props)
        span = count if len(signers) == 1 and count > 1 and signers[0] is not None else 1
        for signer in signers:
            cell = element("w:tc")
            cell_props = element("w:tcPr")
            cell_props.append(element("w:tcW", w=str(_twips(width * span)), type="dxa"))
            if span > 1:
                cell_props.append(element("w:gridSpan", val=str(span)))
            cell_props.append(element("w:vAlign", val="bottom" if part is _signature_title
                                      else "top"))
            cell.append(cell_props)
            for paragraph in part(signer, style_id):
                cell.append(paragraph)
            row.append(cell)
        for _ in range(count - len(signers) * span):
            row.append(_blank_cell(width, style_id))
        table.append(row)
    return table


def holder_xml(width_emu: int) -> Any:
    """Return a borderless one-cell table whose row never splits (a figure with its caption)."""
    width = width_emu / Cm(1)
    table = element("w:tbl")
    props = _table_props([Column("", width, "center")], borders=False)
    margins = props.find(_qn("w:tblCellMar"))
    for side in margins:
        side.set(_qn("w:w"), "0")
    table.append(props)
    grid = element("w:tblGrid")
    grid.append(element("w:gridCol", w=str(_twips(width))))
    table.append(grid)
    row = element("w:tr")
    row_props = element("w:trPr")
    row_props.append(element("w:cantSplit"))
    row.append(row_props)
    cell = element("w:tc")
    cell_props = element("w:tcPr")
    cell_props.append(element("w:tcW", w=str(_twips(width)), type="dxa"))
    cell.append(cell_props)
    row.append(cell)
    table.append(row)
    return table


def _blank_cell(width: float, style_id: str) -> Any:
    cell = element("w:tc")
    props = element("w:tcPr")
    props.append(element("w:tcW", w=str(_twips(width)), type="dxa"))
    cell.append(props)
    cell.append(_plain_paragraph("", style_id))
    return cell


def _signature_title(signer: Any, style_id: str) -> list[Any]:
    if signer is None:
        return [_plain_paragraph("", style_id, keep=True)]
    lines = [_plain_paragraph(signer.above, style_id, keep=True)] if signer.above else []
    lines.append(_plain_paragraph(signer.title, style_id, keep=True))
    return lines


def _signature_name(signer: Any, style_id: str) -> list[Any]:
    if signer is None:
        return [_plain_paragraph("", style_id)]
    lines = [_plain_paragraph("", style_id) for _ in range(4)]
    lines.append(_plain_paragraph(signer.name.upper(), style_id, bold=True, underline=True))
    if signer.nip:
        lines.append(_plain_paragraph(f"NIP. {signer.nip}", style_id))
    lines.append(_plain_paragraph("", style_id))
    return lines


def _plain_paragraph(text: str, style_id: str, *, bold: bool = False,
                     underline: bool = False, keep: bool = False) -> Any:
    paragraph = element("w:p")
    props = element("w:pPr")
    props.append(element("w:pStyle", val=style_id))
    if keep:
        props.append(element("w:keepNext"))
    paragraph.append(props)
    for node in text_runs(text, bold=bold):
        if underline:
            node.find(_qn("w:rPr")).append(element("w:u", val="single"))
        paragraph.append(node)
    return paragraph


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)
