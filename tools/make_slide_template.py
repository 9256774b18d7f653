"""Build the 16:9 template of the pemaparan deck: ``uv run python tools/make_slide_template.py``.

python-pptx's default template is 4:3 (10 x 7.5 in); changing only the slide
size leaves every master and layout placeholder 4:3 wide, so titles and bodies
sit in the left three quarters of a 16:9 slide. This script starts from that
template once and writes ``resources/slides/rencana-16x9.pptx`` (committed):

1. the slide becomes 13.333 x 7.5 in and every placeholder of the master and of
   the layouts is rescaled across (x and width times 4/3);
2. the layouts the deck uses are kept and renamed (Title Slide, Section Header,
   Title and Content, Title Only, Blank), the others dropped;
3. the master gets the house look: Arial (metric twin Liberation Sans in
   LibreOffice), a navy title, a rule of the six dimension colours under it, a
   footer line; the theme's accents are the dimension colours; the title and
   section layouts have their own navy backgrounds and the colour band;
4. a notes master is stored in the file, so that writing speaker notes never
   needs python-pptx's own template folder (absent from a frozen build).

The app never runs this script; it loads the .pptx through ``app.paths.resource``.
"""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.oxml.shapes.autoshape import CT_Shape
from pptx.shapes.autoshape import Shape
from pptx.util import Emu, Inches

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "slides" / "rencana-16x9.pptx"
FRAMEWORK = ROOT / "resources" / "frameworks" / "gerakan-menuju-100-smart-city.json"

WIDTH, HEIGHT = Emu(12192000), Emu(6858000)  # 13.333 x 7.5 in, PowerPoint's widescreen
OLD_WIDTH = Inches(10)
NAVY, INK, MIST = "14325C", "1F2933", "E8EEF5"
MARGIN = Inches(0.55)
KEEP = {  # default layout name -> name in our template
    "Title Slide": "Title Slide",
    "Section Header": "Section Header",
    "Title and Content": "Title and Content",
    "Title Only": "Title Only",
    "Blank": "Blank",
}
FONT = "Arial"


def dimension_colours() -> list[str]:
    """Return the six dimension colours of the default framework, without ``#``."""
    data = json.loads(FRAMEWORK.read_text(encoding="utf-8"))
    return [d["color"].lstrip("#").upper() for d in data["dimensions"]][:6]


def rescale(shapes: object) -> None:
    """Stretch every shape of a master or layout from 10 in to 13.333 in across."""
    for shape in shapes:  # type: ignore[attr-defined]
        xfrm = shape._element.find(".//" + qn("a:xfrm"))
        if xfrm is None:
            continue
        off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
        off.set("x", str(int(off.get("x")) * WIDTH // OLD_WIDTH))
        ext.set("cx", str(int(ext.get("cx")) * WIDTH // OLD_WIDTH))


def place(shape: object, left: float, top: float, width: float, height: float) -> None:
    """Put a placeholder at the given position (inches)."""
    shape.left, shape.top = Inches(left), Inches(top)  # type: ignore[attr-defined]
    shape.width, shape.height = Inches(width), Inches(height)  # type: ignore[attr-defined]


def by_type(shapes: object, kind: str) -> object | None:
    """Return the placeholder of type ``kind`` (title, body, ctrTitle...) in ``shapes``."""
    for shape in shapes:  # type: ignore[attr-defined]
        ph = shape._element.find(".//" + qn("p:ph"))
        if ph is not None and ph.get("type", "obj") == kind:
            return shape
    return None


def solid(fill: object, hex_colour: str) -> None:
    fill.solid()  # type: ignore[attr-defined]
    fill.fore_color.rgb = RGBColor.from_string(hex_colour)  # type: ignore[attr-defined]


def rectangle(shapes: object, left: int, top: int, width: int, height: int, name: str,
              colour: str) -> None:
    """Add a filled rectangle without outline to a master or layout shape tree.

    Master and layout shape collections have no ``add_shape`` in python-pptx: the
    ``p:sp`` element is made the way a slide's collection makes it and appended.
    """
    tree = shapes._spTree  # type: ignore[attr-defined]
    ids = [int(i) for i in tree.xpath("//p:cNvPr/@id")]
    sp = CT_Shape.new_autoshape_sp(max(ids, default=1) + 1, name, "rect", left, top, width,
                                   height)
    tree.append(sp)
    shape = Shape(sp, shapes)
    solid(shape.fill, colour)
    shape.line.fill.background()
    style = sp.find(qn("p:style"))
    if style is not None:  # the default style adds a theme outline and effects
        sp.remove(style)


def band(shapes: object, colours: list[str], left: int, top: int, width: int,
         height: int, name: str) -> None:
    """Draw the six dimension colours side by side (the house motif)."""
    part = width // len(colours)
    for n, colour in enumerate(colours):
        rectangle(shapes, left + n * part, top,
                  part if n < len(colours) - 1 else width - part * n, height,
                  f"{name} {n + 1}", colour)


def background(element: object, hex_colour: str) -> None:
    """Give a master or layout a solid background colour."""
    c_sld = element.find(qn("p:cSld"))  # type: ignore[attr-defined]
    old = c_sld.find(qn("p:bg"))
    if old is not None:
        c_sld.remove(old)
    bg = etree.SubElement(c_sld, qn("p:bg"))
    c_sld.remove(bg)
    c_sld.insert(0, bg)
    pr = etree.SubElement(bg, qn("p:bgPr"))
    fill = etree.SubElement(pr, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=hex_colour)
    etree.SubElement(pr, qn("a:effectLst"))


def text_style(element: object, path: str, size: int, colour: str, bold: bool = False) -> None:
    """Set size, colour and weight of the first level of a text style of the master."""
    lvl = element.find(path)  # type: ignore[attr-defined]
    rpr = lvl.find(qn("a:defRPr"))
    rpr.set("sz", str(size * 100))
    if bold:
        rpr.set("b", "1")
    for old in rpr.findall(qn("a:solidFill")):
        rpr.remove(old)
    fill = etree.Element(qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=colour)
    rpr.insert(0, fill)


def master_styles(master: object) -> None:
    """Title 28 pt bold navy, left; body 20/18/16/14/14 pt ink with small bullets."""
    el = master._element  # type: ignore[attr-defined]
    styles = el.find(qn("p:txStyles"))
    title = styles.find(qn("p:titleStyle")).find(qn("a:lvl1pPr"))
    title.set("algn", "l")
    text_style(styles, f"{qn('p:titleStyle')}/{qn('a:lvl1pPr')}", 28, NAVY, bold=True)
    body = styles.find(qn("p:bodyStyle"))
    for level, size in zip(range(1, 10), (20, 18, 16, 14, 14, 14, 14, 14, 14), strict=True):
        text_style(body, qn(f"a:lvl{level}pPr"), size, INK)
        ppr = body.find(qn(f"a:lvl{level}pPr"))
        spc = ppr.find(qn("a:spcBef"))
        if spc is not None:
            spc.find(qn("a:spcPct")).set("val", "30000")


def theme(prs: object, colours: list[str]) -> None:
    """Name the theme, use Arial, and make the accents the dimension colours."""
    master_part = prs.slide_master.part  # type: ignore[attr-defined]
    part = next(rel.target_part for rel in master_part.rels.values()
                if rel.reltype.endswith("/theme"))
    root = etree.fromstring(part.blob)
    root.set("name", "Rencana")
    scheme = root.find(".//" + qn("a:clrScheme"))
    scheme.set("name", "Rencana")
    values = {"dk2": NAVY, "lt2": MIST, "hlink": "1565C0", "folHlink": "6A1B9A"}
    values.update({f"accent{n}": colour for n, colour in enumerate(colours, 1)})
    for name, value in values.items():
        slot = scheme.find(qn(f"a:{name}"))
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, qn("a:srgbClr"), val=value)
    fonts = root.find(".//" + qn("a:fontScheme"))
    fonts.set("name", "Rencana")
    for latin in fonts.iter(qn("a:latin")):
        latin.set("typeface", FONT)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def build_master(prs: object, colours: list[str]) -> None:
    """Place the master's title, body and footers and draw the colour rule and footer line."""
    master = prs.slide_master  # type: ignore[attr-defined]
    rescale(master.shapes)
    shapes = master.shapes
    place(by_type(shapes, "title"), 0.55, 0.28, 12.23, 0.9)
    place(by_type(shapes, "body"), 0.55, 1.45, 12.23, 5.3)
    place(by_type(shapes, "dt"), 0.55, 6.98, 2.2, 0.34)
    place(by_type(shapes, "ftr"), 2.9, 6.98, 7.5, 0.34)
    place(by_type(shapes, "sldNum"), 10.58, 6.98, 2.2, 0.34)
    for kind in ("dt", "ftr", "sldNum"):
        ph = by_type(shapes, kind)
        rpr = ph._element.find(".//" + qn("a:defRPr"))  # type: ignore[attr-defined]
        rpr.set("sz", "1000")
    band(shapes, colours, MARGIN, Inches(1.2), WIDTH - 2 * MARGIN, Inches(0.06), "Rule")
    rectangle(shapes, MARGIN, Inches(6.92), WIDTH - 2 * MARGIN, Emu(9525), "Footer line",
              "C5CED8")
    master_styles(master)


def keep_layouts(prs: object) -> None:
    """Drop the layouts the deck never uses; rename the others."""
    layouts = prs.slide_layouts  # type: ignore[attr-defined]
    for layout in list(layouts):
        if layout.name not in KEEP:
            layouts.remove(layout)
        else:
            layout.name = KEEP[layout.name]


def title_layout(layout: object, colours: list[str]) -> None:
    """The cover: navy background, white title, light subtitle, the colour band below."""
    el = layout._element  # type: ignore[attr-defined]
    el.set("showMasterSp", "0")
    background(el, NAVY)
    shapes = layout.shapes  # type: ignore[attr-defined]
    title, subtitle = by_type(shapes, "ctrTitle"), by_type(shapes, "subTitle")
    place(title, 0.9, 2.35, 11.5, 1.7)
    place(subtitle, 0.9, 4.2, 11.5, 1.6)
    for ph, size, colour, bold in ((title, 40, "FFFFFF", True), (subtitle, 20, "D6E2F0", False)):
        _placeholder_text(ph, size, colour, bold, "l")
    band(shapes, colours, 0, HEIGHT - Inches(0.22), WIDTH, Inches(0.22), "Band")
    for kind in ("dt", "ftr", "sldNum"):
        found = by_type(shapes, kind)
        if found is not None:
            found._element.getparent().remove(found._element)  # type: ignore[attr-defined]


def section_layout(layout: object, colours: list[str]) -> None:
    """A section divider: navy background, large white title, a short text under it."""
    el = layout._element  # type: ignore[attr-defined]
    el.set("showMasterSp", "0")
    background(el, NAVY)
    shapes = layout.shapes  # type: ignore[attr-defined]
    title, body = by_type(shapes, "title"), by_type(shapes, "body")
    place(title, 0.9, 2.6, 11.5, 1.4)
    place(body, 0.9, 4.1, 11.5, 1.2)
    _placeholder_text(title, 36, "FFFFFF", True, "l")
    _placeholder_text(body, 20, "D6E2F0", False, "l")
    anchor = title._element.find(".//" + qn("a:bodyPr"))  # type: ignore[attr-defined]
    anchor.set("anchor", "b")
    band(shapes, colours, Inches(0.9), Inches(2.35), Inches(3.6), Inches(0.1), "Band")
    for kind in ("dt", "ftr"):
        found = by_type(shapes, kind)
        if found is not None:
            found._element.getparent().remove(found._element)  # type: ignore[attr-defined]


def _placeholder_text(ph: object, size: int, colour: str, bold: bool, align: str) -> None:
    """Give a layout placeholder its own first-level text style."""
    body = ph._element.find(qn("p:txBody"))  # type: ignore[attr-defined]
    lst = body.find(qn("a:lstStyle"))
    for child in list(lst):
        lst.remove(child)
    lvl = etree.SubElement(lst, qn("a:lvl1pPr"), algn=align, marL="0", indent="0")
    etree.SubElement(lvl, qn("a:buNone"))
    rpr = etree.SubElement(lvl, qn("a:defRPr"), sz=str(size * 100), b="1" if bold else "0")
    fill = etree.SubElement(rpr, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=colour)


def content_layouts(prs: object) -> None:
    """Title and Content / Title Only follow the master's title and body boxes."""
    master = prs.slide_master  # type: ignore[attr-defined]
    title_box = by_type(master.shapes, "title")
    body_box = by_type(master.shapes, "body")
    for layout in prs.slide_layouts:  # type: ignore[attr-defined]
        if layout.name not in ("Title and Content", "Title Only", "Blank"):
            continue
        for ph in layout.placeholders:
            kind = ph._element.find(".//" + qn("p:ph")).get("type", "obj")
            source = {"title": title_box, "obj": body_box, "body": body_box}.get(kind)
            source = source or by_type(master.shapes, kind)
            if source is not None:
                ph.left, ph.top = source.left, source.top  # type: ignore[attr-defined]
                ph.width, ph.height = source.width, source.height  # type: ignore[attr-defined]


def build() -> Path:
    """Write the template and return its path."""
    colours = dimension_colours()
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    for layout in prs.slide_layouts:
        rescale(layout.shapes)
    keep_layouts(prs)
    build_master(prs, colours)
    theme(prs, colours)
    for layout in prs.slide_layouts:
        if layout.name == "Title Slide":
            title_layout(layout, colours)
        elif layout.name == "Section Header":
            section_layout(layout, colours)
    content_layouts(prs)
    size = prs.part._element.find(qn("p:sldSz"))
    size.attrib.pop("type", None)  # python-pptx leaves "screen4x3" when the size changes
    package = prs.part.package
    for key, rel in list(package._rels.items()):
        if rel.reltype.endswith("/thumbnail"):  # a 4:3 picture of a blank slide
            package._rels.pop(key)
    prs.notes_master  # noqa: B018  (creates the notes master inside the file)
    props = prs.core_properties
    props.title, props.author, props.subject = "Rencana 16:9", "Rencana", "Pemaparan template"
    props.last_modified_by, props.revision = "Rencana", 1
    props.keywords, props.comments, props.category = "", "", ""
    import datetime as dt

    props.created = props.modified = dt.datetime(2026, 1, 1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    prs.save(str(OUT))
    return OUT


def check(path: Path) -> None:
    """Fail if a master or layout placeholder still lies outside a 16:9 slide."""
    prs = Presentation(str(path))
    assert (prs.slide_width, prs.slide_height) == (WIDTH, HEIGHT)
    for holder in [prs.slide_master, *prs.slide_layouts]:
        for shape in holder.shapes:
            assert shape.left + shape.width <= WIDTH + 10, (holder.name, shape.name)
            assert shape.top + shape.height <= HEIGHT + 10, (holder.name, shape.name)


if __name__ == "__main__":
    written = build()
    check(written)
    print(f"wrote {written.relative_to(ROOT)} ({written.stat().st_size:,} bytes)")
