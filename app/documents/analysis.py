"""Buku 1, Analisis Strategis: the region, its readiness, SWOT per dimension, vision, missions."""

from __future__ import annotations

from app import i18n, model
from app.documents import front, intro, words
from app.documents.tables import Bold, Column
from app.documents.writer import Book
from app.formatting import date_range

TITLE, SUBTITLE = "Smart City Masterplan", "Book 1: Strategic Analysis"
CHAPTERS = ("Introduction", "Overview of the Region", "Regional Readiness Analysis",
            "Strategic Analysis", "Smart City Vision and Missions")
PURPOSE = ("This book records the strategic analysis of {region} for {years}: the readiness "
           "of its structure, infrastructure and superstructure, the strengths, weaknesses, "
           "opportunities and threats per dimension, and the vision that follows from them.")


def outline(lang: str) -> list[str]:
    """Return the chapter titles of the book in ``lang``."""
    return words.numbered(lang, CHAPTERS)


def write(book: Book) -> None:
    """Write the whole strategic analysis into ``book``."""
    front.cover(book, book.t(TITLE), book.t(SUBTITLE))
    front.front_matter(book)
    book.step()
    intro.introduction(book, PURPOSE, [book.t(c) for c in CHAPTERS])
    book.step()
    _overview(book)
    book.step()
    _readiness(book)
    book.step()
    _swot(book)
    book.step()
    _vision(book)
    book.step()


def _overview(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[1]))
    book.heading(book.t("Profile of the Region"))
    book.paragraphs(src.workbook.profile, empty=book.t("None recorded."))
    book.heading(book.t("Regional Agencies"))
    agencies = [o for o in src.organisations.values() if o.kind == "opd"]
    book.table([Column(book.t("No"), 1, "center"), Column(book.t("Name"), 11),
                Column(book.t("Abbreviation"), 4)],
               [(n, o.name, o.abbreviation) for n, o in enumerate(agencies, 1)],
               caption=book.t("Regional agencies (OPD)"))
    book.heading(book.t("The Workshop Series"))
    columns = [Column(book.t("Session"), 5), Column(book.t("Dates"), 4.5),
               Column(book.t("Venue"), 6.5)]
    rows = [(s.title, date_range(s.start_date, s.end_date, book.lang), s.venue)
            for s in src.sessions]
    book.table(columns, rows, caption=book.t("Technical guidance workshops"))


def _readiness(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[2]))
    book.paragraph(book.t(READINESS, scale=src.workbook.rating_max))
    columns = [Column(book.t("Dimension"), 5),
               *(Column(src.name(c), 3, "center") for c in src.components)]
    rows = [(src.name(d), *(_rating(book, c, d) for c in src.components))
            for d in src.dimensions]
    book.table(columns, rows, caption=book.t("Readiness per component and dimension"))
    book.chart("readiness", book.t("Readiness radar"), height_share=0.5)
    for component in src.components:
        book.heading(src.name(component))
        description = component.description_en if book.lang == "en" else component.description_id
        book.paragraphs(description or component.description_id)
        for dim in src.dimensions:
            _readiness_cell(book, component, dim)


def _rating(book: Book, component: model.Component, dimension: model.Dimension) -> str:
    cell = book.source.readiness.get((component.id, dimension.id))
    return str(cell.rating) if cell and cell.rating else "-"


def _readiness_cell(book: Book, component: model.Component, dim: model.Dimension) -> None:
    src = book.source
    cell = src.readiness.get((component.id, dim.id))
    book.subheading(src.name(dim))
    rating = cell.rating if cell else 0
    book.paragraph(book.t("Rating: {rating} of {scale}.", rating=rating or "-",
                          scale=src.workbook.rating_max), bold=True)
    book.paragraphs(cell.narrative if cell else "", empty=book.t("None recorded."))
    evidence = [e for e in src.evidence.get(dim.id, []) if e.component_id == component.id]
    if evidence:
        book.paragraph(book.t("Supporting evidence:"), italic=True)
        book.bullets(f"{e.text} ({e.source})" if e.source else e.text for e in evidence)


def _swot(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[3]))
    book.paragraph(book.t(SWOT))
    for dim in src.dimensions:
        book.heading(src.name(dim))
        cards = [c for c in src.cards if c.dimension_id == dim.id]
        quadrants = {kind: _list(c.text for c in cards if c.kind == kind)
                     for kind in ("strength", "weakness", "opportunity", "threat")}
        columns = [Column(book.t("Strengths (S)"), 8), Column(book.t("Weaknesses (W)"), 8)]
        rows = [(quadrants["strength"], quadrants["weakness"]),
                Bold([book.t("Opportunities (O)"), book.t("Threats (T)")], shaded=True),
                (quadrants["opportunity"], quadrants["threat"])]
        book.table(columns, rows, caption=book.t("SWOT of {dimension}", dimension=src.name(dim)))
    for kind, title in (("issue", "Strategic Issues"), ("gap", "Gaps")):
        book.heading(book.t(title))
        columns = [Column(book.t("Dimension"), 4), Column(words.label(words.CARD_KINDS, kind,
                                                                      book.lang), 12)]
        rows = [(_dimension_name(book, c.dimension_id), c.text)
                for c in src.cards if c.kind == kind]
        book.table(columns, rows, caption=book.t(title))


def _list(texts: object) -> str:
    lines = [f"\u2022 {t}" for t in texts]  # type: ignore[attr-defined]
    return "\n".join(lines) or "-"


def _dimension_name(book: Book, dimension_id: str | None) -> str:
    found = book.source.dimension(dimension_id)
    return book.source.name(found) if found else "-"


def _vision(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[4]))
    book.heading(book.t("Vision Keywords"))
    book.paragraphs(src.workbook.vision_keywords, empty=book.t("None recorded."))
    book.heading(book.t("Vision"))
    book.paragraphs(src.workbook.vision, empty=book.t("None recorded."))
    book.heading(book.t("Missions"))
    book.numbered((m.text for m in src.missions), empty=book.t("None recorded."))


READINESS = ("Readiness is rated per component and dimension on a scale of 1 to {scale}, with a "
             "narrative and the supporting evidence (data dukung) found.")
SWOT = ("For each dimension the workshop teams listed the internal strengths and weaknesses "
        "and the external opportunities and threats.")

i18n.register({
    SUBTITLE: "Buku 1: Analisis Strategis",
    "Overview of the Region": "Gambaran Umum Daerah",
    "Regional Readiness Analysis": "Analisis Kesiapan Daerah",
    "Strategic Analysis": "Analisis Strategis",
    "Smart City Vision and Missions": "Visi dan Misi Smart City",
    PURPOSE: ("Buku ini memuat analisis strategis {region} untuk periode {years}: kesiapan "
              "struktur, infrastruktur dan suprastruktur, kekuatan, kelemahan, peluang dan "
              "ancaman per dimensi, serta visi yang lahir darinya."),
    "Profile of the Region": "Profil Daerah",
    "Regional Agencies": "Perangkat Daerah",
    "Abbreviation": "Singkatan",
    "Regional agencies (OPD)": "Perangkat daerah (OPD)",
    "The Workshop Series": "Rangkaian Bimbingan Teknis",
    "Dates": "Tanggal", "Venue": "Tempat",
    "Technical guidance workshops": "Bimbingan teknis",
    READINESS: ("Kesiapan dinilai per komponen dan dimensi pada skala 1 sampai {scale}, "
                "disertai narasi dan data dukung yang ditemukan."),
    "Readiness per component and dimension": "Kesiapan per komponen dan dimensi",
    "Readiness radar": "Radar kesiapan daerah",
    "Rating: {rating} of {scale}.": "Nilai: {rating} dari {scale}.",
    "Supporting evidence:": "Data dukung:",
    SWOT: ("Untuk setiap dimensi, tim lokakarya mendaftar kekuatan dan kelemahan internal "
           "serta peluang dan ancaman eksternal."),
    "Strengths (S)": "Kekuatan (S)", "Weaknesses (W)": "Kelemahan (W)",
    "Opportunities (O)": "Peluang (O)", "Threats (T)": "Ancaman (T)",
    "SWOT of {dimension}": "Analisis SWOT {dimension}",
    "Strategic Issues": "Isu Strategis", "Gaps": "Kesenjangan",
    "Vision Keywords": "Kata Kunci Visi",
})
