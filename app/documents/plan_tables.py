"""The masterplan's tables: programmes per dimension, phases, budgets, KPIs and traceability."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from app import i18n, model
from app.documents import words
from app.documents.tables import Band, Bold, Column
from app.documents.writer import Book
from app.formatting import unit_label, year_range

UNIT = "juta"


def programme_columns(book: Book) -> list[Column]:
    """Return the columns of a programme table (landscape page)."""
    money = book.t("Indicative budget ({unit})", unit=unit_label(UNIT, book.lang))
    return [Column(book.t("No"), 0.9, "center"), Column(book.t("Code"), 1.5),
            Column(book.t("Programme"), 6.0), Column(book.t("Element"), 3.0),
            Column(book.t("Kind"), 2.6), Column(book.t("Lead agency"), 2.4),
            Column(book.t("Years"), 1.9, "center"), Column(book.t("Phase"), 2.2),
            Column(money, 2.6, "right"), Column(book.t("Output / KPI"), 4.5)]


def programme_rows(book: Book, programmes: Sequence[model.Programme]) -> Iterator[object]:
    """Yield one table row per programme, then the total."""
    src = book.source
    total = 0
    for number, prog in enumerate(programmes, 1):
        amount = src.budget_total(prog.id)
        total += amount
        kpis = [k.indicator for k in src.kpis.get(prog.id, []) if k.indicator != prog.output]
        yield (number, prog.code, prog.name, src.element_name(prog.element_id),
               words.label(words.PROGRAMME_KINDS, prog.kind, book.lang),
               src.organisation(prog.lead_org_id), year_range(prog.start_year, prog.end_year),
               words.label(words.PHASES, prog.phase, book.lang), book.rp_unit(amount, UNIT),
               "\n".join([prog.output, *kpis]).strip())
    yield Bold(["", "", book.t("Total"), "", "", "", "", "", book.rp_unit(total, UNIT), ""])


def programme_tables(book: Book, profile: Callable[[Book, model.Programme], None] | None = None
                     ) -> None:
    """Write one landscape programme table per dimension (every programme appears once).

    ``profile`` then writes each programme of the dimension in full after its table.
    """
    src = book.source
    for dim in src.dimensions:
        book.heading(src.name(dim))
        programmes = src.programmes_of(dim.id)
        total = sum(src.budget_total(p.id) for p in programmes)
        book.paragraph(book.t(PROGRAMMES_OF, count=len(programmes), dimension=src.name(dim),
                              amount=book.rp(total)))
        book.table(programme_columns(book), programme_rows(book, programmes),
                   caption=book.t("Programmes of {dimension}", dimension=src.name(dim)))
        if profile is not None:
            for prog in programmes:
                profile(book, prog)
    orphans = [p for p in src.programmes if src.dimension(p.dimension_id) is None]
    if orphans:
        book.heading(book.t("Other programmes"))
        book.table(programme_columns(book), programme_rows(book, orphans),
                   caption=book.t("Other programmes"))


def phase_table(book: Book) -> None:
    """Write the number of programmes and their budget per phase."""
    src = book.source
    columns = [Column(book.t("Phase"), 5), Column(book.t("Programmes"), 3, "right"),
               Column(book.t("Indicative budget ({unit})", unit="Rp"), 6, "right")]
    rows: list[object] = []
    for code in model.PHASES:
        chosen = [p for p in src.programmes if p.phase == code]
        amount = sum(src.budget_total(p.id) for p in chosen)
        rows.append((words.label(words.PHASES, code, book.lang), len(chosen), book.rp(amount)))
    grand = sum(src.budget_total(p.id) for p in src.programmes)
    rows.append(Bold([book.t("Total"), len(src.programmes), book.rp(grand)]))
    book.table(columns, rows, caption=book.t("Programmes per phase"))


def budget_table(book: Book, group: str, caption: str) -> None:
    """Write a budget roll-up (by ``dimension`` or ``source``): one row per group, years across."""
    from app import budget  # the roll-ups live with the budget page's arithmetic

    rollup = budget.rollup(book.source.db, group)
    first = Column(book.t("Dimension") if group == "dimension" else book.t("Funding source"), 4)
    columns = [first, *(Column(str(y), 2, "right") for y in rollup.years),
               Column(book.t("Total"), 2.4, "right")]
    rows: list[object] = [(line.name(book.lang), *(book.rp_unit(a, UNIT) for a in line.amounts),
                           book.rp_unit(line.total, UNIT)) for line in rollup.lines]
    rows.append(Bold([book.t("Total"), *(book.rp_unit(a, UNIT) for a in rollup.year_totals()),
                      book.rp_unit(rollup.total, UNIT)]))
    book.table(columns, rows, caption=f"{caption} ({unit_label(UNIT, book.lang)})")


def kpi_table(book: Book) -> None:
    """Write every programme's KPIs with a target per plan year (landscape annex)."""
    src = book.source
    years = src.years()
    columns = [Column(book.t("Code"), 1.6), Column(book.t("Indicator"), 6),
               Column(book.t("Unit"), 2), Column(book.t("Baseline"), 2),
               *(Column(str(y), 1.7, "center") for y in years)]
    book.table(columns, _kpi_rows(book, years), caption=book.t("Programme indicators and "
                                                                "yearly targets"))


def _kpi_rows(book: Book, years: list[int]) -> Iterator[object]:
    src = book.source
    for dim in src.dimensions:
        yield Band(src.name(dim))
        for prog in src.programmes_of(dim.id):
            for kpi in src.kpis.get(prog.id, []):
                targets = {t.year: book.num(t.target) for t in src.kpi_targets.get(kpi.id, [])}
                yield (prog.code, kpi.indicator, kpi.unit, book.num(kpi.baseline),
                       *(targets.get(y, "") for y in years))


def traceability_table(book: Book) -> None:
    """Write each programme with the workshop cards (and clusters) it came from."""
    columns = [Column(book.t("Code"), 1.6), Column(book.t("Programme"), 5.5),
               Column(book.t("Workshop cards it came from"), 9.5)]
    book.table(columns, _trace_rows(book), caption=book.t("Traceability of programmes to "
                                                           "workshop cards"))


def _trace_rows(book: Book) -> Iterator[object]:
    src = book.source
    for dim in src.dimensions:
        yield Band(src.name(dim))
        for prog in src.programmes_of(dim.id):
            origins = [_origin_text(book, o) for o in src.origins.get(prog.id, [])]
            yield (prog.code, prog.name, "\n".join(o for o in origins if o)
                   or book.t("(entered directly, not from a card)"))


def _origin_text(book: Book, origin: model.ProgrammeOrigin) -> str:
    src = book.source
    card = src.cards_by_id.get(origin.card_id or "")
    if card is not None:
        kind = words.label(words.CARD_KINDS, card.kind, book.lang)
        where = [words.label(words.STAGES, s.stage, book.lang) if s.stage != "other"
                 else s.title for s in src.sessions if s.id == card.session_id]
        suffix = f" ({', '.join(where)})" if where else ""
        return f"[{kind}] {card.text}{suffix}"
    cluster = src.clusters.get(origin.cluster_id or "")
    return f"[{book.t('Cluster')}] {cluster.name}" if cluster else ""


PROGRAMMES_OF = "{dimension} holds {count} programmes with an indicative budget of {amount}."

i18n.register({
    "Output / KPI": "Keluaran / IKU",
    "Programmes of {dimension}": "Program {dimension}",
    PROGRAMMES_OF: "{dimension} memuat {count} program dengan indikasi anggaran {amount}.",
    "Other programmes": "Program lainnya",
    "Programmes per phase": "Jumlah program per tahap",
    "Funding source": "Sumber Pendanaan",
    "Programme indicators and yearly targets": "Indikator program dan target tahunan",
    "Workshop cards it came from": "Kartu lokakarya asal usulan",
    "Traceability of programmes to workshop cards": "Keterlacakan program ke kartu lokakarya",
    "(entered directly, not from a card)": "(dimasukkan langsung, bukan dari kartu)",
    "Cluster": "Klaster",
})
