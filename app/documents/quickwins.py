"""The Quick Win book: one profile per quick win (problem, description, owner, timeline...)."""

from __future__ import annotations

from app import i18n, model
from app.documents import front, intro, words
from app.documents.tables import Column
from app.documents.writer import Book
from app.formatting import long_date, year_range

TITLE, SUBTITLE = "Smart City Masterplan", "Quick Win Book"
CHAPTERS = ("Introduction", "Quick Wins at a Glance", "Quick Win Profiles")


def outline(lang: str) -> list[str]:
    """Return the chapter titles of the book in ``lang``."""
    return words.numbered(lang, CHAPTERS)


def write(book: Book) -> None:
    """Write the quick-win book into ``book``."""
    front.cover(book, book.t(TITLE), book.t(SUBTITLE))
    front.front_matter(book, figures=False)
    book.step()
    book.chapter(book.t(CHAPTERS[0]))
    book.paragraph(book.t(INTRO, region=intro.region_name(book),
                          count=len(book.source.quick_wins())))
    book.step()
    _overview(book)
    book.step()
    book.chapter(book.t(CHAPTERS[2]))
    for number, prog in enumerate(book.source.quick_wins()):
        if number:
            book.page_break()
        _profile(book, prog)
    book.step()


def _overview(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[1]))
    columns = [Column(book.t("No"), 1, "center"), Column(book.t("Code"), 1.6),
               Column(book.t("Quick win"), 5.4), Column(book.t("Dimension"), 3),
               Column(book.t("Lead agency"), 2.6), Column(book.progress_label(), 2.2, "right")]
    rows = [(n, p.code, p.name, _dimension(book, p), src.organisation(p.lead_org_id),
             f"{latest(book, p.id)}%") for n, p in enumerate(src.quick_wins(), 1)]
    book.table(columns, rows, caption=book.t("Quick wins"))


def _dimension(book: Book, prog: model.Programme) -> str:
    found = book.source.dimension(prog.dimension_id)
    return book.source.name(found) if found else ""


def latest(book: Book, programme_id: str) -> int:
    """Return the progress of a quick win as of the book's date, in percent (0 if none)."""
    return book.source.progress(programme_id)


def _profile(book: Book, prog: model.Programme) -> None:
    src = book.source
    book.heading(f"{prog.code} {prog.name}".strip())
    partners = ", ".join(src.organisation(p.organisation_id)
                         for p in src.partners.get(prog.id, []))
    milestones = "\n".join(f"{m.year}: {m.title}" for m in src.milestones.get(prog.id, []))
    kpis = "\n".join(k.indicator for k in src.kpis.get(prog.id, []))
    rows = [(book.t("Dimension"), _dimension(book, prog)),
            (book.t("Problem"), prog.problem), (book.t("Description"), prog.description),
            (book.t("Aim"), prog.aim), (book.t("Owner"), src.organisation_name(prog.lead_org_id)),
            (book.t("Partners"), partners),
            (book.t("Timeline"), "\n".join(x for x in (year_range(prog.start_year, prog.end_year),
                                                       milestones) if x)),
            (book.t("Target users"), prog.target_users), (book.t("Output"), prog.output),
            (book.t("Indicators"), kpis),
            (book.t("Indicative budget"), book.rp(src.budget_total(prog.id))),
            (book.progress_label(), f"{latest(book, prog.id)}%")]
    book.table([Column("", 4), Column("", 12)], rows, header=False,
               caption=book.t("Profile of {name}", name=prog.name))
    updates = src.updates_as_of(prog.id)
    if updates:
        columns = [Column(book.t("Date"), 4), Column(book.t("Progress"), 2.5, "right"),
                   Column(book.t("Note"), 9.5)]
        book.table(columns, [(long_date(u.date, book.lang), f"{u.percent}%", u.note)
                             for u in updates],
                   caption=book.t("Progress of {name}", name=prog.name))


INTRO = ("Quick wins are programmes of {region} that show results within 6 to 12 months by "
         "sharpening existing services. This book profiles the {count} quick wins chosen in the "
         "workshops: the problem each answers, who owns it, its timeline and its progress.")

i18n.register({
    SUBTITLE: "Buku Quick Win",
    "Quick Wins at a Glance": "Ikhtisar Quick Win",
    "Quick Win Profiles": "Profil Quick Win",
    INTRO: ("Quick win adalah program {region} yang menunjukkan hasil dalam 6 sampai 12 bulan "
            "dengan mempertajam layanan yang sudah ada. Buku ini memuat profil {count} quick win "
            "yang dipilih dalam lokakarya: masalah yang dijawab, pemiliknya, jadwal dan "
            "kemajuannya."),
    "Problem": "Permasalahan", "Description": "Deskripsi", "Aim": "Tujuan",
    "Owner": "Penanggung Jawab", "Partners": "Mitra", "Timeline": "Jadwal",
    "Output": "Keluaran", "Indicators": "Indikator",
    "Profile of {name}": "Profil {name}", "Date": "Tanggal", "Note": "Catatan",
    "Progress of {name}": "Kemajuan {name}",
})
