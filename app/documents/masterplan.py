"""Buku 2, the Smart City Masterplan: vision to programmes, roadmap, quick wins, money, annexes."""

from __future__ import annotations

from app import i18n, model
from app.documents import front, governance, intro, plan_tables, profiles, words
from app.documents.tables import Column
from app.documents.writer import Book
from app.formatting import year_range

TITLE, SUBTITLE = "Smart City Masterplan", "Book 2: Masterplan"
CHAPTERS = ("Introduction", "Vision, Missions, Goals and Targets", "Smart City Strategy",
            "Programme Plan", "Roadmap", "Quick Wins", "Governance and Funding",
            "Monitoring and Evaluation", "Closing")
ANNEXES = ("Traceability of Programmes", "Programme Indicators")
PURPOSE = ("This masterplan sets out how {region} will become a smart city over {years}: the "
           "vision, the goals per dimension, the programmes with their lead agencies and "
           "indicative budgets, and the roadmap that orders them.")


def outline(book_lang: str) -> list[str]:
    """Return the chapter and annex titles of the book in ``book_lang``."""
    return words.numbered(book_lang, CHAPTERS, ANNEXES)


def write(book: Book) -> None:
    """Write the whole masterplan into ``book``."""
    front.cover(book, book.t(TITLE), book.t(SUBTITLE))
    front.front_matter(book)
    book.step()
    intro.introduction(book, PURPOSE, [book.t(c) for c in CHAPTERS])
    book.step()
    _vision(book)
    book.step()
    _strategy(book)
    book.step()
    _programmes(book)
    book.step()
    _roadmap(book)
    book.step()
    _quick_wins(book)
    _governance(book)
    book.step()
    governance.monitoring(book, book.t(CHAPTERS[7]))
    _closing(book)
    _annexes(book)
    book.step()


def _vision(book: Book) -> None:
    src, wb = book.source, book.source.workbook
    book.chapter(book.t(CHAPTERS[1]))
    book.heading(book.t("Vision"))
    book.paragraphs(wb.vision, empty=book.t("None recorded."))
    book.heading(book.t("Missions"))
    book.numbered((m.text for m in src.missions), empty=book.t("None recorded."))
    book.heading(book.t("Goals and Targets"))
    years = src.years()
    columns = [Column(book.t("Goal"), 4.2), Column(book.t("Indicator"), 3.8),
               Column(book.t("Baseline"), 1.9, "center"),
               *(Column(str(y), 1.6, "center") for y in years)]
    book.table(columns, _goal_rows(book, years), caption=book.t("Goals and yearly targets"),
               small=len(years) > 4)
    book.heading(book.t("Alignment with the RPJMD"))
    rpjmd = year_range(wb.rpjmd_start, wb.rpjmd_end) or year_range(wb.plan_start, wb.plan_end)
    book.paragraph(book.t(ALIGNMENT, years=rpjmd))
    columns = [Column(book.t("Dimension"), 3.5), Column(book.t("Goal"), 6.5),
               Column(book.t("RPJMD programme"), 6)]
    rows = [(src.name(d), g.text, g.rpjmd_link or "-") for d in src.dimensions
            for g in src.goals.get(d.id, [])]
    book.table(columns, rows, caption=book.t("Alignment of the goals with the RPJMD"))


def _goal_rows(book: Book, years: list[int]) -> list[object]:
    from app.documents.tables import Band

    src, rows = book.source, list[object]()
    for dim in src.dimensions:
        rows.append(Band(src.name(dim)))
        for goal in src.goals.get(dim.id, []):
            targets = {t.year: book.num(t.target) for t in src.goal_targets.get(goal.id, [])}
            indicator = f"{goal.indicator} ({goal.unit})" if goal.unit else goal.indicator
            rows.append((goal.text, indicator, book.num(goal.baseline),
                         *(targets.get(y, "") for y in years)))
    return rows


def _strategy(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[2]))
    book.paragraph(book.t(STRATEGY))
    for dim in src.dimensions:
        book.heading(src.name(dim))
        goals = [g.text for g in src.goals.get(dim.id, [])]
        if goals:
            book.paragraph(book.t("The goals of {dimension}:", dimension=src.name(dim)))
            book.bullets(goals)
        elements = src.elements.get(dim.id, [])
        for element in elements:
            chosen = [p for p in src.programmes_of(dim.id) if p.element_id == element.id]
            narrative = element_narrative(book, element.id)
            if not chosen and not narrative:
                continue
            book.subheading(src.name(element))
            book.paragraphs(narrative)
            _strategy_bullets(book, chosen)
        known = {e.id for e in elements}
        others = [p for p in src.programmes_of(dim.id) if p.element_id not in known]
        if others:  # without an element (or one of another dimension): still in the book
            book.subheading(book.t("Other"))
            _strategy_bullets(book, others)


def _strategy_bullets(book: Book, chosen: list[model.Programme]) -> None:
    if chosen:
        src = book.source
        book.paragraph(book.t("Programmes carrying this strategy:"))
        book.bullets(f"{p.code} {p.name} ({src.organisation(p.lead_org_id)}, "
                     f"{year_range(p.start_year, p.end_year)})" for p in chosen)


def element_narrative(book: Book, element_id: str) -> str:
    """Return an element's strategy narrative (DocSetting ``strategy_<element id>[_en]``)."""
    values = book.source.setting_values
    own = values.get(f"strategy_{element_id}_{book.lang}", "")
    return own or values.get(f"strategy_{element_id}", "")


def _programmes(book: Book) -> None:
    book.new_section(landscape=True)
    book.chapter(book.t(CHAPTERS[3]))
    total = sum(book.source.budget_total(p.id) for p in book.source.programmes)
    book.paragraph(book.t(PLAN, count=len(book.source.programmes), amount=book.rp(total)))
    plan_tables.programme_tables(book, profiles.programme_profile)


def _roadmap(book: Book) -> None:
    book.chapter(book.t(CHAPTERS[4]))
    book.paragraph(book.t(ROADMAP))
    book.chart("roadmap", book.t("Smart city roadmap: overview"), height_share=0.78)
    book.page_break()
    book.roadmap_pages()
    book.new_section(landscape=False)
    book.heading(book.t("Phases"))
    plan_tables.phase_table(book)


def _quick_wins(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[5]))
    book.paragraph(book.t(QUICK_WINS))
    columns = [Column(book.t("Code"), 1.6), Column(book.t("Quick win"), 5.5),
               Column(book.t("Lead agency"), 2.5), Column(book.t("Years"), 2, "center"),
               Column(book.progress_label(), 2.2, "right"), Column(book.t("Target users"), 3.5)]
    rows = [(p.code, p.name, src.organisation(p.lead_org_id),
             year_range(p.start_year, p.end_year), f"{_progress(book, p.id)}%", p.target_users)
            for p in src.quick_wins()]
    book.table(columns, rows, caption=book.t("Quick wins"))
    for prog in src.quick_wins():
        book.heading(f"{prog.code} {prog.name}".strip())
        book.paragraphs(prog.description, empty=book.t("None recorded."))


def _progress(book: Book, programme_id: str) -> int:
    return book.source.progress(programme_id)


def _governance(book: Book) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[6]))
    book.heading(book.t("Governance"))
    book.paragraph(book.t(GOVERNANCE))
    governance.governance_tables(book)
    book.heading(book.t("Funding"))
    total = sum(src.budget_total(p.id) for p in src.programmes)
    book.paragraph(book.t(FUNDING, amount=book.rp(total)))
    plan_tables.budget_table(book, "dimension", book.t("Indicative budget per dimension and year"))
    plan_tables.budget_table(book, "source", book.t("Indicative budget per funding source"))
    book.chart("budget", book.t("Indicative budget per year"), height_share=0.45)


def _closing(book: Book) -> None:
    book.chapter(book.t(CHAPTERS[8]))
    book.paragraph(book.t(CLOSING, region=intro.region_name(book)))
    book.paragraph("")
    place = book.settings.sign_place or book.source.workbook.region
    from app.formatting import place_date

    book.signatures([front.head_signer(book, place_date(place, book.settings.sign_date,
                                                        book.lang))])


def _annexes(book: Book) -> None:
    book.annex(book.t(ANNEXES[0]))
    plan_tables.traceability_table(book)
    book.new_section(landscape=True)
    book.annex(book.t(ANNEXES[1]))
    plan_tables.kpi_table(book)


ALIGNMENT = ("The goals of the masterplan follow the regional medium-term development plan "
             "(RPJMD) {years}; the table shows the RPJMD programme each goal supports.")
STRATEGY = ("The strategy is set per dimension: the goals to reach and, per element, how the "
            "city means to get there and the programmes that carry it.")
PLAN = ("The plan holds {count} programmes with a total indicative budget of {amount}, listed "
        "below per dimension.")
ROADMAP = ("The roadmap places every programme on the years of the plan: first an overview by "
           "code, then one page per dimension with each programme's full name, its milestones "
           "and the programmes it depends on. Quick wins are marked with a star.")
QUICK_WINS = ("Quick wins are programmes that can show results within 6 to 12 months by "
              "sharpening existing services.")
GOVERNANCE = ("The Smart City Council steers the masterplan; the Implementation Team, drawn "
              "from every regional agency, carries it out and reports its progress.")
FUNDING = ("The indicative budget of all programmes is {amount}, drawn from the regional "
           "budget and other sources as below.")
CLOSING = ("This masterplan is the shared commitment of {region} to become a smart city. It "
           "is reviewed every year with the progress of its programmes.")

i18n.register({
    SUBTITLE: "Buku 2: Masterplan",
    "Vision, Missions, Goals and Targets": "Visi, Misi, Tujuan dan Sasaran",
    "Smart City Strategy": "Strategi Pembangunan Smart City",
    "Programme Plan": "Rencana Program",
    "Roadmap": "Peta Jalan",
    "Governance and Funding": "Tata Kelola dan Pembiayaan",
    "Closing": "Penutup",
    "Traceability of Programmes": "Keterlacakan Program",
    "Programme Indicators": "Indikator Program",
    PURPOSE: ("Masterplan ini menguraikan langkah {region} menuju smart city pada periode "
              "{years}: visi, tujuan per dimensi, program beserta OPD pelaksana dan indikasi "
              "anggarannya, serta peta jalan yang mengurutkannya."),
    "Goals and Targets": "Tujuan dan Sasaran", "Goal": "Tujuan",
    "Goals and yearly targets": "Tujuan dan target tahunan",
    "Alignment with the RPJMD": "Keselarasan dengan RPJMD",
    "RPJMD programme": "Program RPJMD",
    "Alignment of the goals with the RPJMD": "Keselarasan tujuan dengan RPJMD",
    "No programme yet.": "Belum ada program.",
    "Monitoring and Evaluation": "Monitoring dan Evaluasi",
    "The goals of {dimension}:": "Tujuan {dimension}:",
    "Programmes carrying this strategy:": "Program yang mewujudkan strategi ini:",
    "Other": "Lainnya",
    "Phases": "Tahapan",
    "Governance": "Tata Kelola", "Funding": "Pembiayaan",
    "Smart City Council and Implementation Team": "Dewan Smart City dan Tim Pelaksana",
    "Indicative budget per dimension and year": "Indikasi anggaran per dimensi dan tahun",
    "Indicative budget per funding source": "Indikasi anggaran per sumber pendanaan",
    ALIGNMENT: ("Tujuan masterplan mengikuti Rencana Pembangunan Jangka Menengah Daerah (RPJMD) "
                "{years}; tabel berikut menunjukkan program RPJMD yang didukung tiap tujuan."),
    STRATEGY: ("Strategi disusun per dimensi: tujuan yang hendak dicapai dan, per elemen, "
               "cara kota mencapainya serta program yang mewujudkannya."),
    PLAN: ("Rencana ini memuat {count} program dengan total indikasi anggaran {amount}, "
           "diuraikan per dimensi berikut."),
    ROADMAP: ("Peta jalan menempatkan setiap program pada tahun-tahun rencana: pertama "
              "ikhtisar menurut kode, lalu satu halaman per dimensi dengan nama lengkap setiap "
              "program, tonggak capaiannya dan program yang menjadi prasyaratnya. Quick win "
              "ditandai dengan bintang."),
    "Smart city roadmap: overview": "Peta jalan smart city: ikhtisar",
    QUICK_WINS: ("Quick win adalah program yang dapat menunjukkan hasil dalam 6 sampai 12 "
                 "bulan dengan mempertajam layanan yang sudah ada."),
    GOVERNANCE: ("Dewan Smart City mengarahkan masterplan; Tim Pelaksana dari seluruh perangkat "
                 "daerah melaksanakannya dan melaporkan kemajuannya."),
    FUNDING: ("Indikasi anggaran seluruh program sebesar {amount}, bersumber dari APBD dan "
              "sumber lain sebagai berikut."),
    CLOSING: ("Masterplan ini merupakan komitmen bersama {region} untuk menjadi smart city. "
              "Masterplan ditinjau setiap tahun bersama kemajuan program-programnya."),
})
