"""Tata Kelola (the council and team in the order of their decree) and Monitoring dan Evaluasi.

A decree (SK) lists the Dewan Smart City and the Tim Pelaksana by their place:
Pelindung, Pembina, Ketua, Wakil Ketua, Sekretaris, then Anggota in protocol
order. The workbook holds people with roles and positions; their place in the
decree follows from their office.
"""

from __future__ import annotations

from app import i18n, model
from app.documents.tables import Band, Column
from app.documents.writer import Book

PLACES = ("Patron", "Adviser", "Chair", "Deputy chair", "Secretary", "Member")


def _office(book: Book, person: model.Person) -> str:
    org = book.source.organisations.get(person.organisation_id or "")
    return f"{person.position} {org.name if org else ''} {org.abbreviation if org else ''}" \
        .casefold()


def _rank(book: Book, person: model.Person) -> int:
    """Return the protocol rank of a person's office (0 = head of region ... 8 = others)."""
    org = book.source.organisations.get(person.organisation_id or "")
    office = _office(book, person)
    if "kepala_daerah" in person.role_set():
        return 0
    kinds = {"dprd": 2, "forkopimda": 3}
    if org and org.kind in kinds:
        return kinds[org.kind]
    if "sekretaris daerah" in office or "setda" in office.split():
        return 4
    if org and org.kind == "opd":
        return 6 if office.startswith("camat") else 5
    return 8


def council_place(book: Book, person: model.Person, team: bool) -> int:
    """Return the index in PLACES of a person in the council (or, ``team``, the team)."""
    office, rank = _office(book, person), _rank(book, person)
    if rank == 0:
        return 0
    if not team and rank in (2, 3):
        return 1
    if rank == 4:
        return 2
    if team and "bappeda" in office and office.startswith("kepala"):
        return 3
    if "komunikasi dan informatika" in office and office.startswith("kepala"):
        return 4
    return 5


def members(book: Book, role: str) -> list[tuple[str, model.Person]]:
    """Return (place, person) of the council (``dewan``) or team in decree order."""
    team = role == "tim_pelaksana"
    found = [p for p in book.source.people.values() if role in p.role_set()]
    ordered = sorted(found, key=lambda p: (council_place(book, p, team), _rank(book, p),
                                           p.position.casefold(), p.name.casefold()))
    return [(book.t(PLACES[council_place(book, p, team)]), p) for p in ordered]


def governance_tables(book: Book) -> None:
    """Write the composition of the Dewan Smart City and of the Tim Pelaksana."""
    columns = [Column(book.t("No"), 1, "center"), Column(book.t("Place in the decree"), 3.2),
               Column(book.t("Name"), 4.8), Column(book.t("Office"), 7)]
    for role, caption in (("dewan", "Composition of the Smart City Council"),
                          ("tim_pelaksana", "Composition of the Implementation Team")):
        rows = [(n, place, p.name, _office_text(book, p))
                for n, (place, p) in enumerate(members(book, role), 1)]
        if rows:
            book.table(columns, rows, caption=book.t(caption))


def _office_text(book: Book, person: model.Person) -> str:
    org = book.source.organisation(person.organisation_id)
    return f"{person.position} ({org})" if org and org not in person.position else person.position


def monitoring(book: Book, chapter: str) -> None:
    """Write BAB Monitoring dan Evaluasi: who reports what when, and the KPIs to watch."""
    from app.formatting import year_range

    src = book.source
    wb = src.workbook
    book.chapter(chapter)
    book.heading(book.t("Reporting"))
    book.paragraph(book.t(REPORTING))
    book.bullets(book.t(step) for step in CYCLE)
    book.heading(book.t("Indicators, Baselines and Targets"))
    end = wb.plan_end or (src.years()[-1] if src.years() else None)
    book.paragraph(book.t(INDICATORS, years=year_range(wb.plan_start, wb.plan_end)))
    columns = [Column(book.t("Code"), 1.6), Column(book.t("Indicator"), 5.6),
               Column(book.t("Unit"), 2), Column(book.t("Baseline"), 2, "right"),
               Column(book.t("Target {year}", year=end or ""), 2, "right"),
               Column(book.t("Reported by"), 2.4), Column(book.t("When"), 2.4)]
    book.table(columns, _indicator_rows(book, end),
               caption=book.t("Indicators monitored, with baselines and final targets"),
               small=True)


def _indicator_rows(book: Book, end: int | None) -> list[object]:
    src = book.source
    rows: list[object] = []
    for dim in src.dimensions:
        found: list[object] = []
        for prog in src.programmes_of(dim.id):
            for kpi in src.kpis.get(prog.id, []):
                targets = sorted(src.kpi_targets.get(kpi.id, []), key=lambda t: t.year or 0)
                final = next((t.target for t in reversed(targets) if t.target), "")
                when = book.t("Quarterly") if prog.is_quick_win else book.t("Every semester")
                found.append((prog.code, kpi.indicator, kpi.unit, book.num(kpi.baseline or "-"),
                              book.num(final or "-"), src.organisation(prog.lead_org_id), when))
        if found:
            rows += [Band(src.name(dim)), *found]
    return rows


REPORTING = ("Each lead agency (OPD) records the realisation of its programmes' indicators and "
             "budget and reports them to the Implementation Team; the team compiles them and "
             "reports to the Smart City Council, which evaluates the masterplan every year.")
CYCLE = (
    "Quick wins: progress reported every quarter, by the 10th day of the following month.",
    "Other programmes: realisation of indicators and budget reported every semester "
    "(July and January).",
    "Implementation Team: a yearly report to the Smart City Council in January, with the "
    "programmes that need attention.",
    "Smart City Council: a yearly evaluation, and a review of the masterplan in its third year.",
)
INDICATORS = ("The indicators below are monitored over {years}; the baseline is the condition "
              "when the plan was drawn up, the target the value to reach by its last year.")

i18n.register({
    "Patron": "Pelindung", "Adviser": "Pembina", "Chair": "Ketua",
    "Deputy chair": "Wakil Ketua", "Secretary": "Sekretaris", "Member": "Anggota",
    "Place in the decree": "Kedudukan", "Office": "Jabatan",
    "Composition of the Smart City Council": "Susunan Dewan Smart City",
    "Composition of the Implementation Team": "Susunan Tim Pelaksana Smart City",
    "Reporting": "Pelaporan",
    "Indicators, Baselines and Targets": "Indikator, Kondisi Awal dan Target",
    "Target {year}": "Target {year}", "Reported by": "Pelapor", "When": "Waktu",
    "Quarterly": "Triwulanan", "Every semester": "Semesteran",
    "Indicators monitored, with baselines and final targets":
        "Indikator yang dipantau, kondisi awal dan target akhir",
    REPORTING: ("Setiap OPD pelaksana mencatat realisasi indikator dan anggaran programnya dan "
                "melaporkannya kepada Tim Pelaksana; Tim Pelaksana menghimpun dan melaporkannya "
                "kepada Dewan Smart City, yang mengevaluasi masterplan setiap tahun."),
    CYCLE[0]: "Quick win: kemajuan dilaporkan setiap triwulan, paling lambat tanggal 10 bulan "
              "berikutnya.",
    CYCLE[1]: "Program lainnya: realisasi indikator dan anggaran dilaporkan setiap semester "
              "(Juli dan Januari).",
    CYCLE[2]: "Tim Pelaksana: laporan tahunan kepada Dewan Smart City setiap Januari, memuat "
              "program yang memerlukan perhatian.",
    CYCLE[3]: "Dewan Smart City: evaluasi tahunan, dan peninjauan masterplan pada tahun ketiga.",
    INDICATORS: ("Indikator berikut dipantau selama {years}; kondisi awal adalah keadaan saat "
                 "rencana disusun, target adalah nilai yang dicapai pada tahun terakhir."),
})
