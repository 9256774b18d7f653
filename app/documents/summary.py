"""The executive summary: the plan in a few pages, with its key figures and charts."""

from __future__ import annotations

from app import i18n
from app.documents import front, intro, plan_tables, words
from app.documents.tables import Bold, Column
from app.documents.writer import Book
from app.formatting import number, year_range

TITLE, SUBTITLE = "Smart City Masterplan", "Executive Summary"
CHAPTERS = ("The Plan at a Glance", "Programmes and Budget", "Quick Wins")


def outline(lang: str) -> list[str]:
    """Return the chapter titles of the summary in ``lang``."""
    return words.numbered(lang, CHAPTERS)


def write(book: Book) -> None:
    """Write the executive summary into ``book``."""
    front.cover(book, book.t(TITLE), book.t(SUBTITLE))
    front.front_matter(book)
    book.step()
    _glance(book)
    book.step()
    _money(book)
    book.step()
    _quick_wins(book)
    book.step()


def _glance(book: Book) -> None:
    src, wb = book.source, book.source.workbook
    book.chapter(book.t(CHAPTERS[0]))
    book.paragraph(book.t(GLANCE, region=intro.region_name(book),
                          years=year_range(wb.plan_start, wb.plan_end)))
    book.heading(book.t("Vision"))
    book.paragraphs(wb.vision, empty=book.t("None recorded."))
    book.heading(book.t("Missions"))
    book.numbered((m.text for m in src.missions), empty=book.t("None recorded."))
    book.heading(book.t("Key Figures"))
    present = {(a.person_id, a.session_id) for rows in src.attendance.values()
               for a in rows if a.present}
    total = sum(src.budget_total(p.id) for p in src.programmes)
    rows = [(book.t("Workshop sessions"), number(len(src.sessions))),
            (book.t("People taking part"), number(len({p for p, _ in present}))),
            (book.t("Workshop cards"), number(len(src.cards))),
            (book.t("Programmes"), number(len(src.programmes))),
            (book.t("Quick wins"), number(len(src.quick_wins()))),
            Bold([book.t("Indicative budget"), book.rp(total)])]
    book.table([Column(book.t("Item"), 9), Column(book.t("Value"), 6, "right")], rows,
               caption=book.t("Key figures"))


def _money(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[1]))
    columns = [Column(book.t("Dimension"), 5), Column(book.t("Programmes"), 3, "right"),
               Column(book.t("Indicative budget"), 5, "right")]
    rows: list[object] = []
    for dim in src.dimensions:
        chosen = src.programmes_of(dim.id)
        rows.append((src.name(dim), len(chosen),
                     book.rp(sum(src.budget_total(p.id) for p in chosen))))
    grand = sum(src.budget_total(p.id) for p in src.programmes)
    rows.append(Bold([book.t("Total"), len(src.programmes), book.rp(grand)]))
    book.table(columns, rows, caption=book.t("Programmes and budget per dimension"))
    book.chart("budget", book.t("Indicative budget per year"), height_share=0.4)
    plan_tables.phase_table(book)
    book.new_section(landscape=True)
    book.chart("roadmap", book.t("Smart city roadmap: overview"), height_share=0.85)
    book.new_section(landscape=False)


def _quick_wins(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[2]))
    for prog in src.quick_wins():
        book.paragraph(f"{prog.code} {prog.name}", bold=True)
        book.paragraph(prog.description or prog.aim)


GLANCE = ("{region} prepared its Smart City Masterplan for {years} in a series of technical "
          "guidance workshops. This summary gives the vision, the key figures, the programmes "
          "and their budget, and the quick wins.")

i18n.register({
    SUBTITLE: "Ringkasan Eksekutif",
    "The Plan at a Glance": "Sekilas Rencana",
    "Programmes and Budget": "Program dan Anggaran",
    GLANCE: ("{region} menyusun Masterplan Smart City {years} melalui rangkaian bimbingan "
             "teknis. Ringkasan ini memuat visi, angka kunci, program beserta anggarannya, dan "
             "quick win."),
    "Key Figures": "Angka Kunci", "Key figures": "Angka kunci",
    "Workshop sessions": "Sesi bimbingan teknis", "People taking part": "Peserta yang hadir",
    "Workshop cards": "Kartu lokakarya", "Item": "Uraian", "Value": "Nilai",
    "Programmes and budget per dimension": "Program dan anggaran per dimensi",
})
