"""The front matter of a book: cover, Kata Pengantar, and the contents, tables and figures lists.

The lists are real Word TOC fields. Their cached result (what a reader shows
before updating fields) holds the entries already, since LibreOffice never
updates a TOC on load; Word refreshes them, page numbers included, on open.
"""

from __future__ import annotations

import io
from typing import Any

from docx.oxml.ns import qn
from docx.shared import Cm

from app import i18n
from app.documents import emblem, fields, layout, styles
from app.documents.intro import region_name
from app.documents.words import roman
from app.documents.writer import Book, Entry, Signer
from app.formatting import place_date, year_range


def cover(book: Book, title: str, subtitle: str) -> None:
    """Write the cover: programme, title, book, region, period, who wrote it, government, year."""
    wb, size = book.source.workbook, book.settings.font_size
    book.title_line = f"{title.upper()}: {subtitle.upper()}"
    layout.blank_footer(book.section)
    author = book.settings.author
    government = book.t("GOVERNMENT OF {region}", region=region_name(book).upper())
    province = book.t("PROVINCE OF {name}", name=wb.province.upper()) if wb.province else ""
    lines: list[tuple[str, float]] = [
        ("", size), ("", size),
        (book.t("GERAKAN MENUJU 100 SMART CITY"), size + 2), ("", size),
        (title.upper(), size + 14), (subtitle.upper(), size + 6), ("", size),
        (region_name(book).upper(), size + 10),
        (book.t("PERIOD {years}", years=year_range(wb.plan_start, wb.plan_end)), size + 4),
        *([("", size)] * 7),
        (book.t("Prepared by:") if author else "", size), (author, size),
        *([("", size)] * 3),
        (government, size + 2), (province, size + 2), (_cover_year(book), size + 2),
    ]
    if book.draft:
        lines[0] = (book.t("DRAFT"), size + 20)
    picture = emblem.decode(book.settings.emblem) if book.settings.emblem else None
    for number, (text, points) in enumerate(lines):
        paragraph = book.paragraph(text, style=styles.COVER, bold=bool(text) and points > size,
                                   size=points)
        if number == 3 and picture is not None:  # the emblem under the programme's name
            paragraph.add_run().add_picture(io.BytesIO(picture), height=Cm(4.2))
        elif number == 3:
            book.paragraph("", style=styles.COVER, size=size)


def _cover_year(book: Book) -> str:
    when = book.settings.sign_date or ""
    return when[:4] if when[:4].isdigit() else str(book.source.workbook.plan_start or "")


def front_matter(book: Book, *, figures: bool = True) -> None:
    """Start the front section (paged i, ii, ...) with the foreword and the three lists."""
    book.new_section(numbering="lowerRoman", start=1)
    layout.page_footer(book.section)
    book.in_front = True
    address(book)
    foreword(book)
    approval(book)
    book.front_heading(book.t("Table of Contents"))
    _placeholder(book, "contents")
    book.front_heading(book.t("List of Tables"))
    _placeholder(book, "table")
    if figures:
        book.front_heading(book.t("List of Figures"))
        _placeholder(book, "figure")
    book.in_front = False
    book.new_section(numbering="decimal", start=1)


def address(book: Book) -> None:
    """Write the Sambutan of the head of region (from the settings), signed by them."""
    wb = book.source.workbook
    book.front_heading(book.t("Address of the Head of Region"))
    text = book.settings.sambutan or book.t(DEFAULT_ADDRESS, region=region_name(book),
                                            years=year_range(wb.plan_start, wb.plan_end))
    book.paragraphs(text)
    book.paragraph("", keep=True)
    book.signatures([head_signer(book, above=_signed_at(book))])


def foreword(book: Book) -> None:
    """Write the team's Kata Pengantar from the settings, signed for the Tim Pelaksana."""
    wb = book.source.workbook
    book.front_heading(book.t("Foreword"))
    text = book.settings.foreword or book.t(DEFAULT_FOREWORD, region=region_name(book),
                                            years=year_range(wb.plan_start, wb.plan_end))
    book.paragraphs(text)
    book.paragraph("", keep=True)
    settings = book.settings
    if settings.team_name:
        book.signatures([Signer(title=settings.team_title.upper(), name=settings.team_name,
                                nip=settings.team_nip, above=_signed_at(book))])
    else:
        team = book.settings.author or book.t("Smart City Implementation Team")
        book.paragraph(_signed_at(book), align="right", keep=True)
        book.paragraph(team, align="right", bold=True)


def approval(book: Book) -> None:
    """Write the Lembar Pengesahan: the book, its period, adopted and signed by the head."""
    wb = book.source.workbook
    book.front_heading(book.t("Approval Page"))
    book.paragraph(book.title_line, align="center", bold=True)
    book.paragraph(book.t("{region}, PERIOD {years}", region=region_name(book).upper(),
                          years=year_range(wb.plan_start, wb.plan_end)), align="center",
                   bold=True)
    book.paragraph("")
    book.paragraph(book.t(APPROVAL, region=region_name(book)), keep=True)
    book.paragraph("", keep=True)
    book.signatures([head_signer(book, above=book.t("Adopted at {when}", when=_signed_at(book)))])


def _signed_at(book: Book) -> str:
    place = book.settings.sign_place or book.source.workbook.region
    return place_date(place, book.settings.sign_date, book.lang)


def head_signer(book: Book, above: str = "") -> Signer:
    """Return the head of region's signature block (from the settings, else the workbook)."""
    wb, settings = book.source.workbook, book.settings
    title = settings.sign_title or wb.head_title or book.t("Head of Region")
    return Signer(title=title.upper(), name=settings.sign_name or wb.head_of_region,
                  nip=settings.sign_nip or wb.head_nip, above=above)


def _placeholder(book: Book, kind: str) -> None:
    paragraph = book.doc.add_paragraph()
    book.placeholders[kind] = paragraph


def finish_lists(book: Book) -> None:
    """Replace the placeholders with the entries of every heading and caption, page numbers right.

    Each entry ends in a dotted leader and a ``PAGEREF _Toc... \\h`` field to the
    heading's (caption's) bookmark: LibreOffice fills it on layout, Word on update.
    Its shown value is an estimate until ``set_page_numbers`` writes the pages of
    a real rendering. Entries of the front matter are written as plain roman
    numerals (LibreOffice would print a page reference in arabic there).
    """
    style_ids = [book.doc.styles[name].style_id for name in styles.TOC_LEVELS]
    width = _tab_position(book)
    for kind, paragraph in book.placeholders.items():
        if kind == "contents":
            entries, empty = book.contents, book.t("(no headings)")
        else:
            entries = book.captions[kind]
            empty = book.t("(no tables)") if kind == "table" else book.t("(no figures)")
        if not entries:
            paragraph._p.addprevious(_empty_paragraph(empty, style_ids[0]))
        for entry in entries:
            node, number = _entry_paragraph(entry, style_ids[min(entry.level, 3) - 1], width)
            paragraph._p.addprevious(node)
            book.page_refs.append(PageRef(entry, number))
        paragraph._p.getparent().remove(paragraph._p)
    set_page_numbers(book, estimate_pages(book))
    if book.page_refs:  # estimates until a layout (paging.paginate) writes the real pages
        layout.refresh_fields_on_open(book.doc)


def _tab_position(book: Book) -> int:
    """Return the right edge of the front matter's text, in twips (the contents are portrait)."""
    width, _height = layout.PAPERS[book.paper]
    left = Cm(max(book.settings.margin_left_cm, 3.0))
    return int((width - left - layout.RIGHT) / 635)  # EMU -> twips


class PageRef:
    """A contents entry's page number as written: a field's shown value, or plain text."""

    def __init__(self, entry: Entry, number: Any) -> None:
        self.entry, self.number = entry, number

    def set(self, page: int) -> None:
        """Show ``page`` (roman in the front matter, arabic in the body)."""
        self.number.text = roman(page).lower() if self.entry.front else str(page)


def set_page_numbers(book: Book, pages: dict[str, int]) -> None:
    """Show the page of each entry's bookmark as found in ``pages`` (bookmark -> page)."""
    for ref in book.page_refs:
        if ref.entry.bookmark in pages:
            ref.set(pages[ref.entry.bookmark])


def estimate_pages(book: Book) -> dict[str, int]:
    """Return a rough page per bookmark, used when no LibreOffice can lay the book out.

    Front matter: one page per part, the lists as long as their entries. The
    body's numbers are LibreOffice's and Word's to fill (Word asks on open).
    """
    pages: dict[str, int] = {}
    page = 1
    titles = {book.t(t).upper(): kind for t, kind in (
        ("Table of Contents", "contents"), ("List of Tables", "table"),
        ("List of Figures", "figure"))}
    sizes = {"contents": len(book.contents), **{k: len(v) for k, v in book.captions.items()}}
    for entry in book.contents:
        if not entry.front:
            continue
        pages[entry.bookmark] = page
        lines = sizes.get(titles.get(entry.text.upper(), ""), 0)
        page += max(1, -(-lines // ENTRIES_PER_PAGE))
    return pages


ENTRIES_PER_PAGE = 40


def _empty_paragraph(text: str, style_id: str) -> Any:
    paragraph = fields.element("w:p")
    props = fields.element("w:pPr")
    props.append(fields.element("w:pStyle", val=style_id))
    paragraph.append(props)
    for node in fields.text_runs(text, single_line=True, italic=True):
        paragraph.append(node)
    return paragraph


def _entry_paragraph(entry: Entry, style_id: str, tab_twips: int) -> tuple[Any, Any]:
    """Return an entry's paragraph (text, dotted leader, page) and the node showing its page."""
    paragraph = fields.element("w:p")
    props = fields.element("w:pPr")
    props.append(fields.element("w:pStyle", val=style_id))
    tabs = fields.element("w:tabs")
    tabs.append(fields.element("w:tab", val="right", leader="dot", pos=str(tab_twips)))
    props.append(tabs)
    paragraph.append(props)
    link = fields.element("w:hyperlink", anchor=entry.bookmark, history="1")
    for node in fields.text_runs(entry.text, single_line=True):
        link.append(node)
    paragraph.append(link)
    tab = fields.run()
    tab.append(fields.element("w:tab"))
    paragraph.append(tab)
    shown = fields.run("0")
    number = shown.find(qn("w:t"))
    if entry.front:  # plain text: see finish_lists
        paragraph.append(shown)
    else:
        for node in fields.field_runs(f"PAGEREF {entry.bookmark} \\h", [shown]):
            paragraph.append(node)
    return paragraph, number


DEFAULT_ADDRESS = (
    "The Smart City Masterplan of {region} {years} is the shared plan of the regional "
    "government and its people for using technology to serve citizens better. I ask every "
    "regional agency to carry its programmes into the yearly plans and budgets, and every "
    "citizen to take part in making {region} a smart city.")
APPROVAL = ("This book was discussed in the technical guidance workshops of the Gerakan Menuju "
            "100 Smart City and is adopted as the reference of {region} for its smart city "
            "programmes.")

DEFAULT_FOREWORD = (
    "Praise be to God Almighty: the Smart City Masterplan of {region} for {years} has been "
    "completed. It was prepared together by the regional government, the Smart City council, "
    "the implementation team and the community in the technical guidance workshops of the "
    "Gerakan Menuju Smart City.\n\nThis masterplan is the shared reference for the regional "
    "agencies in planning, budgeting and carrying out the smart city programmes, so that "
    "public services become better, faster and more open. We thank everyone who took part "
    "and hope this document is of use to the city and its people."
)

i18n.register({
    "GERAKAN MENUJU 100 SMART CITY": "GERAKAN MENUJU 100 SMART CITY",
    "Address of the Head of Region": "Sambutan Kepala Daerah",
    "Approval Page": "Lembar Pengesahan",
    "{region}, PERIOD {years}": "{region} TAHUN {years}",
    "Adopted at {when}": "Ditetapkan di {when}",
    "Smart City Implementation Team": "Tim Pelaksana Smart City",
    DEFAULT_ADDRESS: (
        "Masterplan Smart City {region} {years} adalah rencana bersama pemerintah daerah dan "
        "masyarakat untuk memanfaatkan teknologi bagi pelayanan warga yang lebih baik. Saya "
        "minta setiap perangkat daerah menuangkan program-programnya ke dalam rencana kerja "
        "dan anggaran tahunan, dan mengajak seluruh warga berperan serta mewujudkan {region} "
        "sebagai kota cerdas."),
    APPROVAL: ("Buku ini telah dibahas dalam rangkaian bimbingan teknis Gerakan Menuju 100 Smart "
               "City dan ditetapkan sebagai acuan {region} dalam melaksanakan program smart "
               "city."),
    "DRAFT": "KONSEP",
    "PERIOD {years}": "TAHUN {years}",
    "Prepared by:": "Disusun oleh:",
    "GOVERNMENT OF {region}": "PEMERINTAH {region}",
    "PROVINCE OF {name}": "PROVINSI {name}",
    "Table of Contents": "Daftar Isi",
    "List of Tables": "Daftar Tabel",
    "List of Figures": "Daftar Gambar",
    "Foreword": "Kata Pengantar",
    "Head of Region": "Kepala Daerah",
    "(no headings)": "(tidak ada judul)",
    "(no tables)": "(tidak ada tabel)",
    "(no figures)": "(tidak ada gambar)",
    DEFAULT_FOREWORD: (
        "Puji syukur kehadirat Tuhan Yang Maha Esa, Masterplan Smart City {region} "
        "{years} telah selesai disusun. Dokumen ini disusun bersama oleh pemerintah daerah, "
        "Dewan Smart City, Tim Pelaksana dan masyarakat dalam rangkaian bimbingan teknis "
        "Gerakan Menuju Smart City.\n\nMasterplan ini menjadi acuan bersama perangkat daerah "
        "dalam merencanakan, menganggarkan dan melaksanakan program smart city, agar "
        "pelayanan publik semakin baik, cepat dan terbuka. Terima kasih kepada semua pihak "
        "yang telah berperan serta; semoga dokumen ini bermanfaat bagi daerah dan "
        "masyarakatnya."),
})
