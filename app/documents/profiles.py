"""A programme's profile: every field the workbook holds, where a reader of the plan looks for it.

Used by the masterplan's programme chapter: RPJMD/Renstra link, new or
existing, lead and partner agencies, budget per year and per funding source,
KPIs with a target per year, milestones by name, and what it depends on.
"""

from __future__ import annotations

from app import i18n, model
from app.documents import words
from app.documents.tables import Column
from app.documents.writer import Book
from app.formatting import year_range


def profile_rows(book: Book, prog: model.Programme) -> list[tuple[str, str]]:
    """Return the (label, text) rows of one programme's profile (empty fields left out)."""
    src = book.source
    partners = ", ".join(src.organisation_name(p.organisation_id) or src.organisation(
        p.organisation_id) for p in src.partners.get(prog.id, []))
    rows = [
        (book.t("Element"), src.element_name(prog.element_id)),
        (book.t("Kind"), words.label(words.PROGRAMME_KINDS, prog.kind, book.lang)),
        (book.t("Status"), words.label(words.STATUSES, prog.status, book.lang)),
        (book.t("RPJMD / Renstra programme"), prog.rpjmd_link),
        (book.t("Problem"), prog.problem),
        (book.t("Aim"), prog.aim),
        (book.t("Description"), prog.description),
        (book.t("Target users"), prog.target_users),
        (book.t("Lead agency"), src.organisation_name(prog.lead_org_id)),
        (book.t("Partners"), partners),
        (book.t("Years and phase"), f"{year_range(prog.start_year, prog.end_year)}, "
                                    f"{words.label(words.PHASES, prog.phase, book.lang)}"),
        (book.t("Output"), prog.output),
        (book.t("Indicators and yearly targets"), _kpis(book, prog)),
        (book.t("Indicative budget per year and source"), _budget(book, prog)),
        (book.t("Milestones"), "\n".join(f"{m.year}: {m.title}" for m in sorted(
            src.milestones.get(prog.id, []), key=lambda m: (m.year or 0, m.title)))),
        (book.t("Depends on"), _dependencies(book, prog)),
    ]
    return [(label, text) for label, text in rows if text and text.strip()
            and len(text) <= LONG]


LONG = 1500  # characters: a longer text is printed below the profile, not in its cell


def _kpis(book: Book, prog: model.Programme) -> str:
    src = book.source
    lines = []
    for kpi in src.kpis.get(prog.id, []):
        unit = f" ({kpi.unit})" if kpi.unit else ""
        targets = sorted(src.kpi_targets.get(kpi.id, []), key=lambda t: t.year or 0)
        years = "; ".join(f"{t.year}: {book.num(t.target)}" for t in targets if t.target)
        base = book.t("baseline {value}", value=book.num(kpi.baseline)) if kpi.baseline else ""
        detail = ", ".join(x for x in (base, years) if x)
        lines.append(f"{kpi.indicator}{unit}" + (f": {detail}" if detail else ""))
    return "\n".join(lines)


def _budget(book: Book, prog: model.Programme) -> str:
    src = book.source
    names = {f.id: f.code or src.name(f) for f in src.funding}
    by_year: dict[int, list[str]] = {}
    for item in sorted(src.budgets.get(prog.id, []), key=lambda b: (b.year or 0, b.source_id)):
        if item.amount:
            by_year.setdefault(item.year or 0, []).append(
                f"{names.get(item.source_id or '', '?')} {book.rp(item.amount)}")
    lines = [f"{year}: {', '.join(parts)}" for year, parts in sorted(by_year.items())]
    if lines:
        lines.append(book.t("Total: {amount}", amount=book.rp(src.budget_total(prog.id))))
    return "\n".join(lines)


def _dependencies(book: Book, prog: model.Programme) -> str:
    src = book.source
    found = {p.id: p for p in src.programmes}
    before = [found[d.predecessor_id] for d in src.dependencies.get(prog.id, [])
              if d.predecessor_id in found]
    return "\n".join(f"{p.code} {p.name}" for p in sorted(before, key=lambda p: p.code))


def programme_profile(book: Book, prog: model.Programme) -> None:
    """Write one programme's profile: a subsection with a two-column table."""
    book.subheading(f"{prog.code} {prog.name}".strip())
    book.table([Column("", 5.2), Column("", 16)], profile_rows(book, prog), header=False)
    for label, text in ((book.t("Problem"), prog.problem), (book.t("Aim"), prog.aim),
                        (book.t("Description"), prog.description)):
        if len(text) > LONG:  # pages of text flow as paragraphs, not as one table cell
            book.paragraph(f"{label}:", bold=True)
            book.paragraphs(text)


i18n.register({
    "Problem": "Permasalahan", "Description": "Deskripsi", "Aim": "Tujuan",
    "Partners": "Mitra", "Output": "Keluaran",
    "Status": "Status",
    "RPJMD / Renstra programme": "Program RPJMD / Renstra",
    "Years and phase": "Tahun dan tahap",
    "Indicators and yearly targets": "Indikator dan target tahunan",
    "Indicative budget per year and source": "Indikasi anggaran per tahun dan sumber",
    "Milestones": "Tonggak capaian",
    "Depends on": "Prasyarat (program yang didahulukan)",
    "baseline {value}": "kondisi awal {value}",
    "Total: {amount}": "Jumlah: {amount}",
})
