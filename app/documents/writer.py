"""A book being written: numbered chapters and sections, captions, tables, figures, signatures.

The kind modules (analysis, masterplan, ...) say *what* a book holds through
these few methods; this module knows *how* Word wants it (styles, fields,
sections), so every book follows the same conventions of domain.md.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# python-docx is heavy (lxml and its template): app.documents imports this module only
# when a document is written, never at start-up.
import docx
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt

from app import i18n
from app.documents import fields, layout, styles, tables, words
from app.documents.source import Source
from app.documents.words import roman  # also registers the labels books share
from app.progress import Progress, silent
from app.text import clean_text


@dataclass(frozen=True)
class Entry:
    """A line of a table of contents or of a list of tables/figures."""

    level: int
    text: str
    bookmark: str
    front: bool = False  # in the front matter (paged i, ii, ...)


@dataclass(frozen=True)
class Signer:
    """One signature block: office title, a blank for the signature, name in capitals, NIP."""

    title: str
    name: str
    nip: str = ""
    above: str = ""  # "Madiun, 1 Oktober 2019" or an organisation line


@dataclass
class Counters:
    """Numbers of the current chapter, section and subsection, and captions in the chapter."""

    chapter: int = 0
    label: str = ""  # what captions put before their number: "3." or "L1."
    section: int = 0
    subsection: int = 0
    captions: dict[str, int] = field(default_factory=dict)


def _keep_previous(anchor: Any) -> None:
    """Keep the paragraph before ``anchor`` (the sentence introducing a table) with it."""
    before = anchor.getprevious()
    if before is not None and before.tag == qn("w:p") and before.findall(qn("w:r")):
        props = before.find(qn("w:pPr"))
        if props is None:
            props = fields.element("w:pPr")
            before.insert(0, props)
        if props.find(qn("w:keepNext")) is None:
            style = props.find(qn("w:pStyle"))
            if style is not None:
                style.addnext(fields.element("w:keepNext"))
            else:
                props.insert(0, fields.element("w:keepNext"))


def _keep_together(paragraphs: list[Any]) -> None:
    """Keep a list's items on one page when it is short, else at least its last two."""
    keep = paragraphs[:-1] if len(paragraphs) <= SHORT_LIST else paragraphs[-2:-1]
    for paragraph in keep:
        paragraph.paragraph_format.keep_with_next = True


SHORT_LIST = 8
DRAFT_MARK = "DRAFT - NOT FOR SIGNATURE"

i18n.register({"Progress as of {date}": "Progres per {date}",
               "The chart could not be drawn: {reason}": "Grafik tidak dapat digambar: {reason}",
               DRAFT_MARK: "KONSEP - BELUM UNTUK DITANDATANGANI"})


class Book:
    """A Word document under construction, in one language, on one paper size."""

    def __init__(self, source: Source, paper: str, progress: Progress = silent,
                 steps: int = 1, *, draft: bool = False) -> None:
        self.doc = docx.Document()
        self.draft = draft  # marked DRAFT on every page; gaps show as such
        self.title_line = ""  # "MASTERPLAN SMART CITY - BUKU 2: MASTERPLAN" (the cover sets it)
        self.source, self.settings = source, source.settings
        self.lang, self.paper = source.lang, paper
        self.placeholders: dict[str, Any] = {}
        self.page_refs: list[Any] = []  # front.PageRef: the contents' page numbers as shown
        self.spacers: list[Any] = []  # empty paragraphs after tables (see tidy)
        self.annexes = 0
        self._style_ids: dict[str, str] = {}
        self.numbers = Counters()
        self.contents: list[Entry] = []
        self.in_front = False  # set by front.front_matter while the pages run i, ii, ...
        self.captions: dict[str, list[Entry]] = {"table": [], "figure": []}
        self._progress, self._steps, self._done = progress, steps, 0
        styles.configure(self.doc, self.settings.font, self.settings.font_size)
        layout.setup(self.doc.sections[0], paper, left_cm=self.settings.margin_left_cm)
        if draft:
            layout.draft_header(self.doc.sections[0], self.t(DRAFT_MARK))

    def t(self, english: str, **params: Any) -> str:
        """Return the label ``english`` in the book's language, filled with ``params``."""
        text = i18n.translate(english, self.lang)
        return text.format(**params) if params else text

    def rp(self, amount: int) -> str:
        """Return ``Rp1.500.000`` (English book: ``Rp1,500,000``)."""
        from app.formatting import rupiah

        return words.money(rupiah(amount), self.lang)

    def rp_unit(self, amount: int, unit: str) -> str:
        """Return an amount in ``unit`` (``juta``) with the book's separators."""
        from app.formatting import rupiah_unit

        return words.money(rupiah_unit(amount, unit), self.lang)

    def progress_label(self) -> str:
        """Return ``Progres per 1 Oktober 2019``: progress is reported as of the book's date."""
        from app.formatting import long_date

        when = self.settings.sign_date
        return self.t("Progress as of {date}", date=long_date(when, self.lang)) if when \
            else self.t("Progress")

    def num(self, value: object) -> str:
        """Return a number in a text (a KPI target) with the book's thousands separators."""
        return words.figure(value, self.lang)

    def step(self) -> None:
        """Report that one more part of the book is written (the callback may cancel)."""
        self._done = min(self._done + 1, self._steps)
        self._progress(self._done, self._steps)

    # -- sections of the document ----------------------------------------------------------

    @property
    def section(self) -> Any:
        """Return the current (last) Word section."""
        return self.doc.sections[-1]

    def new_section(self, *, landscape: bool = False, numbering: str | None = None,
                    start: int | None = None) -> Any:
        """Start a new page in a new Word section, optionally landscape or renumbered."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        layout.setup(section, self.paper, landscape=landscape,
                     left_cm=self.settings.margin_left_cm)
        if numbering:
            layout.number_pages(section, numbering, start)
        else:
            layout.continue_numbering(section)  # the copied settings would restart at 1
        return section

    def text_width(self) -> int:
        """Return the width between the margins of the current page, in EMU."""
        return layout.text_width(self.section)

    # -- headings -----------------------------------------------------------------------

    def chapter(self, title: str) -> None:
        """Start chapter ``BAB n`` on a new page: Heading 1, centred, in capitals."""
        number = self.numbers.chapter + 1
        self.numbers = Counters(chapter=number, label=f"{number}.")
        label = self.t("CHAPTER {number}", number=roman(number))
        self._heading(1, [label, title.upper()])

    def annex(self, title: str) -> None:
        """Start ``LAMPIRAN n`` on a new page (captions numbered ``L1.1``)."""
        self.annexes += 1
        self.numbers = Counters(chapter=self.numbers.chapter, label=f"L{self.annexes}.")
        label = self.t("ANNEX {number}", number=roman(self.annexes))
        self._heading(1, [label, title.upper()])

    def front_heading(self, title: str) -> None:
        """Write an unnumbered Heading 1 (Kata Pengantar, Daftar Isi, Lampiran)."""
        self._heading(1, [title.upper()])

    def heading(self, title: str) -> None:
        """Write section ``n.m``: Heading 2."""
        self.numbers.section += 1
        self.numbers.subsection = 0
        self._heading(2, [f"{self.numbers.chapter}.{self.numbers.section} {title}"])

    def subheading(self, title: str) -> None:
        """Write subsection ``n.m.k``: Heading 3."""
        self.numbers.subsection += 1
        number = f"{self.numbers.chapter}.{self.numbers.section}.{self.numbers.subsection}"
        self._heading(3, [f"{number} {title}"])

    def _heading(self, level: int, lines: Sequence[str]) -> None:
        paragraph = self.new_paragraph(f"Heading {level}")
        for number, line in enumerate(lines):
            for node in fields.text_runs(line, single_line=True):
                if number:
                    node.insert(0 if node.find(qn("w:rPr")) is None else 1,
                                fields.element("w:br"))
                paragraph._p.append(node)
        mark = f"_Toc{len(self.contents) + 1:05d}"
        fields.bookmark(paragraph, mark)
        text = " ".join(clean_text(line, single_line=True) for line in lines)
        self.contents.append(Entry(level, text, mark, self.in_front))

    def new_paragraph(self, style: str | None = None) -> Any:
        """Return a new empty paragraph in ``style`` (its id looked up once per book).

        python-docx resolves a style by name on every ``add_paragraph(style=...)``
        (about 4 ms each): far too slow for hundreds of paragraphs.
        """
        paragraph = self.doc.add_paragraph()
        if style:
            if style not in self._style_ids:
                self._style_ids[style] = self.doc.styles[style].style_id
            paragraph._p.get_or_add_pPr().append(
                fields.element("w:pStyle", val=self._style_ids[style]))
        return paragraph

    # -- text -------------------------------------------------------------------------------

    def paragraph(self, text: object = "", *, style: str | None = None, align: str = "",
                  bold: bool = False, italic: bool = False, size: float = 0,
                  keep: bool = False) -> Any:
        """Write a paragraph of (cleaned) text; return the python-docx paragraph.

        ``keep`` keeps it on the page of what follows, as does a final colon (a
        sentence introducing a list).
        """
        paragraph = self.new_paragraph(style)
        if keep or str(text).rstrip().endswith(":"):  # a sentence introducing what follows
            paragraph._p.get_or_add_pPr().append(fields.element("w:keepNext"))
        if align:
            paragraph._p.get_or_add_pPr().append(fields.element("w:jc", val=align))
        for node in fields.text_runs(text, bold=bold, italic=italic, size=size):
            paragraph._p.append(node)
        return paragraph

    def paragraphs(self, text: str, empty: str = "") -> None:
        """Write a long text as one paragraph per blank-line-separated block (``empty`` if none)."""
        blocks = [b for b in clean_text(text).split("\n\n") if b.strip()]
        if not blocks and empty and self.draft:
            self.paragraph(empty, italic=True)
        for block in blocks:
            self.paragraph(block)

    def bullets(self, items: Iterable[object], empty: str = "") -> None:
        """Write a bulleted list (or ``empty`` in italics when there is nothing)."""
        written = [self.paragraph(item, style="List Bullet") for item in items]
        _keep_together(written)
        if not written and empty and self.draft:
            self.paragraph(empty, italic=True)

    def numbered(self, items: Iterable[object], empty: str = "") -> None:
        """Write ``1. text`` paragraphs with a hanging indent (or ``empty`` when none)."""
        made: list[Any] = []
        for number, item in enumerate(items, 1):
            paragraph = self.doc.add_paragraph()
            made.append(paragraph)
            fmt = paragraph.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(0.8), Cm(-0.8)
            fmt.tab_stops.add_tab_stop(Cm(0.8))
            paragraph._p.append(fields.run(f"{number}."))
            tab = fields.run()
            tab.append(fields.element("w:tab"))
            paragraph._p.append(tab)
            for node in fields.text_runs(item):
                paragraph._p.append(node)
        _keep_together(made)
        if not made and empty and self.draft:
            self.paragraph(empty, italic=True)

    def page_break(self) -> None:
        """Continue on the next page."""
        self.doc.add_page_break()  # type: ignore[no-untyped-call]

    # -- tables and figures ------------------------------------------------------------

    def caption(self, kind: str, title: str) -> Any:
        """Write ``Tabel 3.1 title`` / ``Gambar 3.1 title``: a SEQ field numbered per chapter."""
        label = self.t("Table") if kind == "table" else self.t("Figure")
        if kind == "table":
            _keep_previous(self.doc.element.body.sectPr)
        count = self.numbers.captions.get(kind, 0) + 1
        self.numbers.captions[kind] = count
        paragraph = self.new_paragraph("Caption")
        paragraph.paragraph_format.keep_with_next = kind == "table"
        chapter = self.numbers.label
        paragraph._p.append(fields.run(f"{label} {chapter}"))
        restart = " \\r 1" if count == 1 else ""  # per chapter (LibreOffice ignores \s)
        fields.add_field(paragraph, f"SEQ {label}{restart} \\* ARABIC", str(count))
        paragraph._p.append(fields.run(" "))
        for node in fields.text_runs(title, single_line=True):
            paragraph._p.append(node)
        mark = f"_Toc{kind[0].upper()}{len(self.captions[kind]) + 1:05d}"
        fields.bookmark(paragraph, mark)
        clean = clean_text(title, single_line=True)
        self.captions[kind].append(Entry(1, f"{label} {chapter}{count} {clean}", mark))
        return paragraph

    def table(self, columns: Sequence[tables.Column], rows: Iterable[Any], *,
              caption: str = "", header: bool = True, small: bool = False,
              row_height: float = 0, borders: bool = True, keep_last: int = 0) -> None:
        """Write a table fitted to the page width, its caption above it (``small`` type).

        ``keep_last`` rows stay on the page of what follows the table.
        """
        if caption:
            self.caption("table", caption)
        rows = list(rows)
        style_name = styles.TABLE_SMALL if small else styles.TABLE_TEXT
        size = self.doc.styles[style_name].font.size
        fitted = tables.fit(columns, self.text_width(), rows, size.pt if size else 10)
        style_id = self.doc.styles[style_name].style_id
        body = self.doc.element.body
        body.sectPr.addprevious(tables.table_xml(fitted, rows, style_id, header=header,
                                                 row_height=row_height, borders=borders,
                                                 keep_last=keep_last))
        self.spacers.append(self.new_paragraph(styles.TABLE_TEXT))  # Word needs one between tables

    def figure(self, png: bytes, caption: str, *, height_share: float = 0.55) -> None:
        """Write a picture centred across the page, its caption below it."""
        section = self.section
        usable = section.page_height - section.top_margin - section.bottom_margin
        paragraph = self.doc.add_paragraph()
        paragraph._p.get_or_add_pPr().append(fields.element("w:jc", val="center"))
        paragraph.paragraph_format.keep_with_next = True
        picture = paragraph.add_run().add_picture(io.BytesIO(png), width=Emu(self.text_width()))
        if picture.height > usable * height_share:
            ratio = usable * height_share / picture.height
            picture.height = Emu(int(picture.height * ratio))
            picture.width = Emu(int(picture.width * ratio))
        label = self.caption("figure", caption)
        self._hold_together([paragraph, label])

    def _hold_together(self, paragraphs: list[Any]) -> None:
        """Move ``paragraphs`` into one borderless table row that never splits across pages.

        Keep-with-next alone let LibreOffice put a figure's caption on the next page.
        """
        block = tables.holder_xml(self.text_width())
        cell = block.find(qn("w:tr")).find(qn("w:tc"))
        paragraphs[0]._p.addprevious(block)
        for paragraph in paragraphs:
            cell.append(paragraph._p)

    def chart(self, kind: str, caption: str, *, height_share: float = 0.55) -> None:
        """Draw the workbook's chart ``kind`` (roadmap, budget, readiness) at print resolution."""
        from app import charts  # matplotlib costs 0.3 s: only loaded when a book has a chart

        try:
            png = charts.chart_png(self.source.db, kind, self.lang, dpi=200)
        except ValueError as exc:  # data matplotlib refuses (a colour from a foreign file)
            self.paragraph(self.t("The chart could not be drawn: {reason}", reason=exc),
                           italic=True, align="center")
            self.caption("figure", caption)
            return
        self.figure(png, caption, height_share=height_share)

    def roadmap_pages(self) -> None:
        """Write the roadmap one landscape page per dimension (continued when long)."""
        from app import charts  # see chart

        for number, (title, png) in enumerate(charts.roadmap_page_pngs(self.source.db,
                                                                       self.lang, dpi=200)):
            if number:
                self.page_break()
            self.figure(png, title, height_share=0.86)

    def tidy(self) -> None:
        """Drop the empty paragraphs a page could hold alone (a blank page after a full table).

        A paragraph after a table is needed only before another table or at the end
        of a section; those, and the paragraphs that carry a section break, are
        made 1 pt high.
        """
        for spacer in self.spacers:
            following = spacer._p.getnext()
            if following is not None and following.tag == qn("w:p") \
                    and following.find(qn("w:pPr") + "/" + qn("w:sectPr")) is None:
                spacer._p.getparent().remove(spacer._p)
            else:
                layout.shrink(spacer._p)
        for paragraph in self.doc.element.body.iter(qn("w:p")):
            props = paragraph.find(qn("w:pPr"))
            if props is not None and props.find(qn("w:sectPr")) is not None \
                    and not paragraph.findall(qn("w:r")):
                layout.shrink(paragraph)

    # -- signatures --------------------------------------------------------------------------

    def signatures(self, signers: Sequence[Signer | None], *, per_row: int = 2) -> None:
        """Write signature blocks ``per_row`` to a row, in the order given.

        One signer alone sits on the right (a letter's signature); an odd last
        signer of several is centred under the others.
        """
        style_id = self.doc.styles[styles.SIGNATURE].style_id
        group_rows = [list(signers[i:i + per_row]) for i in range(0, len(signers), per_row)]
        if len(signers) == 1:
            group_rows = [[None, signers[0]]]
        block = tables.signature_xml(group_rows, self.text_width(), style_id, columns=per_row)
        self.doc.element.body.sectPr.addprevious(block)
        spacer = self.new_paragraph(styles.TABLE_TEXT)  # Word ends on a paragraph
        spacer.paragraph_format.line_spacing = Pt(1)
