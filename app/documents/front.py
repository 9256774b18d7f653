"""The front matter of a book: cover, Kata Pengantar, and the contents, tables and figures lists.

The lists are real Word TOC fields. Their cached result (what a reader shows
before updating fields) holds the entries already, since LibreOffice never
updates a TOC on load; Word refreshes them, page numbers included, on open.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from app import i18n
from app.documents import fields, layout, styles
from app.documents.intro import region_name
from app.documents.writer import Book, Entry, Signer
from app.formatting import place_date, year_range


def cover(book: Book, title: str, subtitle: str) -> None:
    """Write the cover: programme, title, book, region, period, who wrote it, government, year."""
    wb, size = book.source.workbook, book.settings.font_size
    layout.blank_footer(book.section)
    author = book.settings.author
    government = book.t("GOVERNMENT OF {region}", region=region_name(book).upper())
    province = book.t("PROVINCE OF {name}", name=wb.province.upper()) if wb.province else ""
    lines: list[tuple[str, float]] = [
        ("", size), ("", size),
        (book.t("GERAKAN MENUJU SMART CITY"), size + 2), ("", size), ("", size), ("", size),
        (title.upper(), size + 14), (subtitle.upper(), size + 6), ("", size),
        (region_name(book).upper(), size + 10),
        (book.t("PERIOD {years}", years=year_range(wb.plan_start, wb.plan_end)), size + 4),
        *([("", size)] * 7),
        (book.t("Prepared by:") if author else "", size), (author, size),
        *([("", size)] * 3),
        (government, size + 2), (province, size + 2), (_cover_year(book), size + 2),
    ]
    for text, points in lines:
        book.paragraph(text, style=styles.COVER, bold=bool(text) and points > size, size=points)


def _cover_year(book: Book) -> str:
    when = book.settings.sign_date or ""
    return when[:4] if when[:4].isdigit() else str(book.source.workbook.plan_start or "")


def front_matter(book: Book, *, figures: bool = True) -> None:
    """Start the front section (paged i, ii, ...) with the foreword and the three lists."""
    book.new_section(numbering="lowerRoman", start=1)
    layout.page_footer(book.section)
    foreword(book)
    book.front_heading(book.t("Table of Contents"))
    _placeholder(book, "contents")
    book.front_heading(book.t("List of Tables"))
    _placeholder(book, "table")
    if figures:
        book.front_heading(book.t("List of Figures"))
        _placeholder(book, "figure")
    book.new_section(numbering="decimal", start=1)


def foreword(book: Book) -> None:
    """Write the Kata Pengantar from the settings, signed by the head of region."""
    wb = book.source.workbook
    book.front_heading(book.t("Foreword"))
    text = book.settings.foreword or book.t(DEFAULT_FOREWORD, region=region_name(book),
                                            years=year_range(wb.plan_start, wb.plan_end))
    book.paragraphs(text)
    book.paragraph("")
    place = book.settings.sign_place or wb.region
    when = place_date(place, book.settings.sign_date, book.lang)
    book.signatures([head_signer(book, above=when)])


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
    """Replace the placeholders with the TOC fields holding every heading and caption."""
    for kind, paragraph in book.placeholders.items():
        if kind == "contents":
            entries, instruction = book.contents, 'TOC \\o "1-3" \\h \\z \\u'
            empty = book.t("(no headings)")
        else:
            label = book.t("Table") if kind == "table" else book.t("Figure")
            entries, instruction = book.captions[kind], f'TOC \\h \\z \\c "{label}"'
            empty = book.t("(no tables)") if kind == "table" else book.t("(no figures)")
        style_ids = [book.doc.styles[name].style_id for name in styles.TOC_LEVELS]
        for node in _toc_paragraphs(entries, instruction, empty, style_ids):
            paragraph._p.addprevious(node)
        paragraph._p.getparent().remove(paragraph._p)


def _toc_paragraphs(entries: list[Entry], instruction: str, empty: str,
                    style_ids: list[str]) -> list[Any]:
    begin = fields.field_runs(instruction, [], dirty=True)
    result = [_entry_paragraph(entry, style_ids[min(entry.level, 3) - 1])
              for entry in entries] or [_entry_paragraph(Entry(1, empty, ""), style_ids[0])]
    for node in reversed(begin[:3]):  # begin, instruction, separate open the first entry
        props = result[0].find(qn("w:pPr"))
        props.addnext(node)
    end = fields.run()
    end.append(fields.element("w:fldChar", fldCharType="end"))
    result[-1].append(end)
    return result


def _entry_paragraph(entry: Entry, style_id: str) -> Any:
    paragraph = fields.element("w:p")
    props = fields.element("w:pPr")
    props.append(fields.element("w:pStyle", val=style_id))
    paragraph.append(props)
    holder = fields.element("w:hyperlink", anchor=entry.bookmark, history="1") \
        if entry.bookmark else paragraph
    for node in fields.text_runs(entry.text, single_line=True):
        holder.append(node)
    if holder is not paragraph:
        paragraph.append(holder)
    return paragraph


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
    "GERAKAN MENUJU SMART CITY": "GERAKAN MENUJU SMART CITY",
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
