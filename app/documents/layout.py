"""Page setup of a book: paper (A4 or F4), margins, orientation, page numbering and footers."""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm

from app.documents.fields import add_field, element

PAPERS = {"a4": (Mm(210), Mm(297)), "f4": (Mm(215), Mm(330))}
RIGHT, TOP, BOTTOM = Cm(2), Cm(2.5), Cm(2.5)


def setup(section: Any, paper: str, *, landscape: bool = False, left_cm: float = 3.0) -> None:
    """Give ``section`` the paper size, orientation and margins of the book."""
    width, height = PAPERS[paper]
    if landscape:
        width, height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = width, height
    section.left_margin, section.right_margin = Cm(max(left_cm, 3.0)), RIGHT
    section.top_margin, section.bottom_margin = TOP, BOTTOM
    section.header_distance = section.footer_distance = Cm(1.25)


def text_width(section: Any) -> int:
    """Return the width between the margins of ``section`` in EMU."""
    return int(section.page_width - section.left_margin - section.right_margin)


def number_pages(section: Any, fmt: str, start: int | None = None) -> None:
    """Number the pages of ``section`` as ``decimal`` or ``lowerRoman``, restarting at ``start``."""
    sect = section._sectPr
    old = sect.find(qn("w:pgNumType"))
    if old is not None:
        sect.remove(old)
    node = element("w:pgNumType", fmt=fmt)
    if start is not None:
        node.set(qn("w:start"), str(start))
    # pgNumType must come before cols/titlePg/docGrid in the schema's order.
    following = [sect.find(qn(tag)) for tag in ("w:cols", "w:formProt", "w:vAlign",
                                                  "w:noEndnote", "w:titlePg", "w:docGrid")]
    anchor = next((node_ for node_ in following if node_ is not None), None)
    if anchor is not None:
        anchor.addprevious(node)
    else:
        sect.append(node)


def continue_numbering(section: Any) -> None:
    """Keep the page numbers of ``section`` running on from the previous section."""
    node = section._sectPr.find(qn("w:pgNumType"))
    if node is not None:
        node.attrib.pop(qn("w:start"), None)


def page_footer(section: Any) -> None:
    """Give ``section`` its own footer: the page number, centred."""
    section.footer.is_linked_to_previous = False
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(paragraph, "PAGE", "1")


def draft_header(section: Any, mark: str) -> None:
    """Print ``mark`` (KONSEP / DRAFT) in large grey capitals at the head of every page.

    Later sections keep their headers linked to this first one, so every page shows it.
    """
    from docx.shared import Pt, RGBColor

    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(mark)
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0xC6, 0x28, 0x28)


def blank_footer(section: Any) -> None:
    """Give ``section`` an empty footer of its own (the cover carries no page number)."""
    section.footer.is_linked_to_previous = False


def shrink(paragraph: Any) -> None:
    """Make an empty paragraph (a ``w:p``) 1 pt high, with no space around it."""
    props = paragraph.find(qn("w:pPr"))
    if props is None:
        props = element("w:pPr")
        paragraph.insert(0, props)
    for tag in ("w:spacing", "w:rPr"):
        old = props.find(qn(tag))
        if old is not None:
            props.remove(old)
    spacing = element("w:spacing", before="0", after="0", line="20", lineRule="exact")
    later = [props.find(qn(t)) for t in ("w:ind", "w:jc", "w:rPr", "w:sectPr")]
    anchor = next((n for n in later if n is not None), None)
    if anchor is not None:
        anchor.addprevious(spacing)
    else:
        props.append(spacing)
    mark = element("w:rPr")
    mark.append(element("w:vanish"))  # hidden: an empty last line never makes a page of its own
    mark.append(element("w:sz", val="2"))
    sect = props.find(qn("w:sectPr"))
    if sect is not None:
        sect.addprevious(mark)
    else:
        props.append(mark)


def keep_fields_as_shown(doc: Any) -> None:
    """Let Word open the file without asking to update fields (their shown values are right)."""
    node = doc.settings.element.find(qn("w:updateFields"))
    if node is not None:
        node.getparent().remove(node)


def refresh_fields_on_open(doc: Any) -> None:
    """Ask Word to update every field (TOC, captions, page references) when it opens the file."""
    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    node = element("w:updateFields", val="true")
    later = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids")
    anchor = next((child for child in settings
                   if child.tag.rsplit("}", 1)[-1] in later), None)  # schema order
    if anchor is not None:
        anchor.addprevious(node)
    else:
        settings.append(node)
