"""The plan: one slide per dimension with its key programmes and KPIs, and the budget."""

from __future__ import annotations

from collections.abc import Sequence

from app import i18n, model
from app.formatting import rupiah, rupiah_short, rupiah_unit, unit_label, year_range
from app.slides import charts, facts, fit
from app.slides.canvas import (
    CELL_X,
    CONTENT,
    GREY,
    INK,
    NAVY,
    Box,
    Column,
    Deck,
    clean,
    row_height,
)

PAGES_PER_DIMENSION = 2  # a dimension continues on a second slide, never a third
SIZES = (15.0, 14.0, 13.0, 12.0, 11.0)  # below 11 pt a projected table is not read
CELL_LINES = 3  # a long name or KPI is cut after three lines of its cell
UNIT = "juta"
TABLE = Box(CONTENT.left, CONTENT.top + 0.6, CONTENT.width, CONTENT.height - 0.6)


def section(deck: Deck, title: str, text: str, notes: str) -> None:
    """A section divider."""
    deck.slide("Section Header", title, notes, subtitle=text)


def columns(deck: Deck) -> list[Column]:
    """Return the columns of a dimension's programme table (12.23 in across)."""
    money = deck.t("Budget ({unit})", unit=unit_label(UNIT, deck.lang))
    return [Column(deck.t("Code"), 0.9), Column(deck.t("Programme"), 3.5),
            Column(deck.t("Lead agency"), 1.45), Column(deck.t("Years"), 1.2, "c"),
            Column(deck.t("KPI and final target"), 3.68), Column(money, 1.5, "r")]


def dimensions(deck: Deck) -> None:
    """One slide per dimension (a second when its programmes do not fit one)."""
    src = deck.source
    cols, height = columns(deck), TABLE.height
    largest = min((_pages(deck, cols, src.programmes_of(d.id), height)[0]
                   for d in src.dimensions), default=SIZES[0])
    for dim in src.dimensions:  # one table size on every dimension's slide
        _dimension(deck, dim, src.programmes_of(dim.id), largest)
        deck.step()


Row = tuple[list[str], float]  # the cells of a programme's row and the row's height


def _rows(deck: Deck, cols: Sequence[Column], size: float,
          programmes: Sequence[model.Programme]) -> dict[str, Row]:
    """Return each programme's cells (cut to ``CELL_LINES`` lines) and row height at ``size``."""
    src = deck.source
    out = {}
    for prog in programmes:
        kpis = "\n".join(facts.kpi_line(src, k) for k in src.kpis.get(prog.id, []))
        name = prog.name + (f" ({deck.t('quick win')})" if prog.is_quick_win else "")
        values = [prog.code, name, src.organisation(prog.lead_org_id),
                  year_range(prog.start_year, prog.end_year), kpis or prog.output,
                  rupiah_unit(src.budget_total(prog.id), UNIT)]
        cells = [_cell(v, size, c.width) for v, c in zip(values, cols, strict=True)]
        out[prog.id] = (cells, row_height(cols, cells, size))
    return out


def _cell(value: str, size: float, width: float) -> str:
    """Return a cell's text cut to ``CELL_LINES`` lines of its column."""
    text = clean(value)
    inner = width - 2 * CELL_X
    return fit.cut(text, inner, CELL_LINES * fit.line_height(size) + 1e-6, size)


def _pages(deck: Deck, cols: Sequence[Column], programmes: Sequence[model.Programme],
           height: float, largest: float = SIZES[0]
           ) -> tuple[float, list[list[list[str]]], int]:
    """Return the size, the rows of each page (at most two) and how many programmes are left out.

    The largest size that shows every programme on one slide wins, then on two;
    when even the smallest needs more, the key programmes that fit two slides
    (found by halving: the work stays proportional to the programmes).
    """
    sizes = [size for size in SIZES if size <= largest] or [SIZES[-1]]
    made = {size: _rows(deck, cols, size, programmes) for size in sizes}
    for pages in range(1, PAGES_PER_DIMENSION + 1):
        for size in sizes:
            split = _paginate(cols, [made[size][p.id] for p in programmes], size, height)
            if len(split) <= pages:
                return size, split, 0
    size = sizes[-1]
    low, high = 0, len(programmes)  # low fits (nothing does), high does not
    best: list[list[list[str]]] = [[]]
    while high - low > 1:
        middle = (low + high) // 2
        chosen = facts.key_programmes(deck.source, programmes, middle)
        split = _paginate(cols, [made[size][p.id] for p in chosen], size, height)
        if len(split) <= PAGES_PER_DIMENSION:
            low, best = middle, split
        else:
            high = middle
    return size, best, len(programmes) - low


def _paginate(cols: Sequence[Column], rows: list[Row], size: float, height: float
              ) -> list[list[list[str]]]:
    room = height - row_height(cols, [c.label for c in cols], size, bold=True)
    pages: list[list[list[str]]] = [[]]
    used = 0.0
    for cells, need in rows:
        if pages[-1] and used + need > room:
            pages.append([])
            used = 0.0
        pages[-1].append(cells)
        used += need
    return pages


def _dimension(deck: Deck, dim: model.Dimension, programmes: list[model.Programme],
               largest: float) -> None:
    src = deck.source
    colour = facts.colour_of(src, dim.id)
    cols = columns(deck)
    table = TABLE
    size, pages, left_out = _pages(deck, cols, programmes, table.height, largest)
    total = sum(src.budget_total(p.id) for p in programmes)
    elements = ", ".join(src.name(e) for e in src.elements.get(dim.id, []))
    summary = deck.t("{count} programmes · {amount} · elements: {elements}",
                     count=len(programmes), amount=rupiah_short(total, deck.lang),
                     elements=elements or "-")
    notes = _dimension_notes(deck, dim, programmes, total, left_out)
    for number, rows in enumerate(pages):
        title = src.name(dim) + (f" ({deck.t('continued')})" if number else "")
        slide = deck.slide("Title Only", title, notes)
        deck.label(slide, Box(CONTENT.left, CONTENT.top, 0.8, 0.42), dim.code, colour, 14)
        line = summary
        if left_out and number == len(pages) - 1:
            line += " · " + deck.t("{count} more in the masterplan book", count=left_out)
        deck.text(slide, Box(CONTENT.left + 0.95, CONTENT.top, CONTENT.width - 0.95, 0.42),
                  line, 14, 9, colour=GREY, anchor="m")
        if rows:
            deck.table(slide, table, cols, rows, colour, size)
        else:
            deck.text(slide, table, deck.t("No programmes yet."), 18, 12, colour=GREY)


def _dimension_notes(deck: Deck, dim: model.Dimension, programmes: list[model.Programme],
                     total: int, left_out: int) -> str:
    src = deck.source
    quick = [p for p in programmes if p.is_quick_win]
    lines = [deck.t(DIMENSION_NOTES, dimension=src.name(dim), count=len(programmes),
                    amount=rupiah(total), quick=len(quick))]
    if programmes:
        top = max(programmes, key=lambda p: src.budget_total(p.id))
        lines.append(deck.t("Largest budget: {code} {name}, {amount}.", code=top.code,
                            name=top.name, amount=rupiah(src.budget_total(top.id))))
    if left_out:
        lines.append(deck.t("{count} smaller programmes are not on the slide; they are in the "
                            "masterplan book.", count=left_out))
    for prog in programmes:
        lines.append(f"{prog.code} {prog.name}: {src.organisation(prog.lead_org_id) or '-'}, "
                     f"{year_range(prog.start_year, prog.end_year)}, "
                     f"{rupiah(src.budget_total(prog.id))}.")
    return "\n".join(lines)


def budget(deck: Deck) -> None:
    """The indicative budget: per year and dimension (stacked columns), and per source."""
    snap = deck.budget
    lang = deck.lang
    years = [str(y) for y in snap.by_dimension.years]
    peak = max(snap.by_dimension.year_totals(), default=0)
    unit = "miliar" if peak >= 10**9 else "juta"
    divisor = 10**9 if unit == "miliar" else 10**6
    series = [charts.Series(line.name(lang), facts.colour_of(deck.source, line.key),
                            tuple(a / divisor for a in line.amounts))
              for line in snap.by_dimension.lines]
    slide = deck.slide("Title Only", deck.t("Indicative budget"), _budget_notes(deck))
    chart_box = Box(CONTENT.left, CONTENT.top, 7.6, CONTENT.height)
    if years and series:
        charts.stacked_columns(slide, chart_box, years, series,
                               deck.t("Indicative budget ({unit})",
                                      unit=unit_label(unit, lang)), axis_format="#,##0")
    else:
        deck.text(slide, chart_box, deck.t("No budget yet."), 18, 12, colour=GREY)
    _sources(deck, slide, Box(8.45, CONTENT.top, CONTENT.right - 8.45, CONTENT.height))


def _sources(deck: Deck, slide: object, box: Box) -> None:
    snap = deck.budget
    deck.text(slide, Box(box.left, box.top, box.width, 0.35),
              deck.t("Total {years}", years=year_range(snap.plan_start, snap.plan_end)), 14,
              10, colour=GREY)
    deck.text(slide, Box(box.left, box.top + 0.35, box.width, 0.7),
              rupiah_short(snap.total, deck.lang), 32, 16, bold=True, colour=NAVY)
    lines = sorted(snap.by_source.lines, key=lambda line: -line.total)
    if len(lines) > 8:
        rest = sum(line.total for line in lines[7:])
        shown = [(line.name(deck.lang), line.total) for line in lines[:7]]
        shown.append((deck.t("Other sources"), rest))
    else:
        shown = [(line.name(deck.lang), line.total) for line in lines]
    cols = [Column(deck.t("Funding source"), box.width - 2.35),
            Column(deck.t("Amount") + " (Rp)", 1.55, "r"), Column("%", 0.8, "r")]
    grand = max(snap.by_source.total, 1)
    rows = [[fit.cut(clean(name), cols[0].width - 2 * CELL_X, 2 * fit.line_height(12), 12),
             rupiah_short(amount, deck.lang).replace("Rp", ""),
             f"{amount * 100 / grand:.0f}"] for name, amount in shown]
    table = Box(box.left, box.top + 1.25, box.width, box.height - 1.25)
    if rows:
        deck.table(slide, table, cols, rows, NAVY, 12)
    else:
        deck.text(slide, table, deck.t("No budget yet."), 16, 12, colour=INK)


def _budget_notes(deck: Deck) -> str:
    snap, lang = deck.budget, deck.lang
    lines = [deck.t(BUDGET_NOTES, amount=rupiah(snap.total),
                    years=year_range(snap.plan_start, snap.plan_end))]
    lines.append(deck.t("Per year: {items}.", items="; ".join(
        f"{y} {rupiah(a)}" for y, a in zip(snap.by_dimension.years,
                                            snap.by_dimension.year_totals(), strict=True))))
    lines.append(deck.t("Per dimension: {items}.", items="; ".join(
        f"{line.name(lang)} {rupiah(line.total)}" for line in snap.by_dimension.lines)))
    lines.append(deck.t("Per source: {items}.", items="; ".join(
        f"{line.name(lang)} {rupiah(line.total)}" for line in snap.by_source.lines)))
    return "\n".join(lines)


DIMENSION_NOTES = ("{dimension}: {count} programmes with an indicative budget of {amount}, "
                   "{quick} of them quick wins.")
BUDGET_NOTES = ("The indicative budget of the plan {years} is {amount}. It is indicative: each "
                "year's RKPD and APBD set the real amounts.")

i18n.register({
    "Budget ({unit})": "Anggaran ({unit})",
    "KPI and final target": "IKU dan target akhir",
    "quick win": "quick win",
    "continued": "lanjutan",
    "{count} programmes · {amount} · elements: {elements}":
        "{count} program · {amount} · elemen: {elements}",
    "{count} more in the masterplan book": "{count} lainnya di buku masterplan",
    "No programmes yet.": "Belum ada program.",
    DIMENSION_NOTES: ("{dimension}: {count} program dengan indikasi anggaran {amount}, "
                      "{quick} di antaranya quick win."),
    "Largest budget: {code} {name}, {amount}.": "Anggaran terbesar: {code} {name}, {amount}.",
    "{count} smaller programmes are not on the slide; they are in the masterplan book.":
        "{count} program lain yang lebih kecil tidak tampil di salindia; lihat buku masterplan.",
    "No budget yet.": "Belum ada anggaran.",
    "Total {years}": "Total {years}",
    "Other sources": "Sumber lain",
    "Funding source": "Sumber dana", "Amount": "Jumlah",
    BUDGET_NOTES: ("Indikasi anggaran rencana {years} sebesar {amount}. Angka ini indikatif: "
                   "RKPD dan APBD setiap tahun menetapkan jumlah sebenarnya."),
    "Per year: {items}.": "Per tahun: {items}.",
    "Per dimension: {items}.": "Per dimensi: {items}.",
    "Per source: {items}.": "Per sumber dana: {items}.",
})
