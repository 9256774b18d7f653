"""Laporan Evaluasi Tahunan Masterplan Smart City: the yearly evaluation report (.docx).

Written with app.documents' Book (cover, contents, BAB headings, captions above
tables and below figures, Rupiah, Indonesian dates, A4/F4, both languages):

BAB I Pendahuluan (purpose, method, rating scheme) - BAB II Ringkasan Capaian
(by dimension, chart) - BAB III Capaian per Dimensi (target, realisation,
capaian, band of every indicator) - BAB IV Realisasi Anggaran (by dimension,
OPD, programme; chart) - BAB V Kemajuan Quick Win - BAB VI Program yang Perlu
Perhatian - BAB VII Penilaian Mandiri (the ministry's five aspects, weights,
scores, the evidence listed), then the signature of the head of region.
"""

from __future__ import annotations

import io
from pathlib import Path

from app import i18n
from app.documents import atomic, front, layout
from app.documents.intro import region_name
from app.documents.tables import Bold, Column
from app.documents.writer import Book
from app.evaluation import achievement as a
from app.evaluation import aspects, collect, schemes
from app.evaluation.numbers import percent, show
from app.formatting import long_date, place_date, rupiah
from app.progress import Progress, silent

TITLE, SUBTITLE = "Annual Evaluation Report", "Smart City Masterplan {year}"
CHAPTERS = ("Introduction", "Summary of Achievement", "Achievement per Dimension",
            "Budget Realisation", "Quick Win Progress", "Programmes that Need Attention",
            "Self-Assessment")
REASONS = {"lowest_band": "capaian in the lowest band", "no_realisation": "realisation missing",
           "low_absorption": "budget absorption under 50%"}


def export_report(path: Path, year: int, out: Path, lang: str = "id", paper: str = "a4",
                  progress: Progress = silent) -> None:
    """Write the evaluation report of ``year`` of the workbook at ``path`` to ``out`` atomically.

    Raises RencanaError (ValidationError for a year outside the plan or a bad
    language/paper, WorkbookError, ExportError) with one sentence.
    """
    from app.documents import _check
    from app.documents.source import Source
    from app.errors import ValidationError
    from app.storage import safe

    _check(lang, paper)
    db = safe.load_copy(Path(path))
    try:
        data = collect.Data.read(db)
        if year not in data.years():
            raise ValidationError("The year {year} is outside the plan period {start}-{end}.",
                                  year=year, start=data.workbook.plan_start,
                                  end=data.workbook.plan_end)
        steps = len(CHAPTERS) + 3
        book = Book(Source(db, lang), paper, progress, steps)
        progress(0, steps)
        write(book, data, year)
        front.finish_lists(book)
        book.step()
        atomic.save(book.doc, Path(out))
    finally:
        db.conn.close()
    progress(steps, steps)


def outline(lang: str) -> list[str]:
    """Return the chapter titles of the report in ``lang``."""
    from app.documents.words import numbered

    return numbered(lang, CHAPTERS)


def write(book: Book, data: collect.Data, year: int) -> None:
    """Write the evaluation report of ``year`` into ``book``."""
    ev = collect.evaluate(data, year)
    front.cover(book, book.t(TITLE), book.t(SUBTITLE, year=year))
    _front(book)
    book.step()
    for part in (_introduction, _summary, _dimensions, _money, _quick_wins, _attention,
                 _self_assessment):
        part(book, ev)
        book.step()
    _signature(book, ev)


def _front(book: Book) -> None:
    """The front section (paged i, ii, ...): contents and the lists of tables and figures."""
    book.new_section(numbering="lowerRoman", start=1)
    layout.page_footer(book.section)
    book.in_front = True  # the contents print these pages' numbers in roman
    for kind, title in (("contents", "Table of Contents"), ("table", "List of Tables"),
                        ("figure", "List of Figures")):
        book.front_heading(book.t(title))
        book.placeholders[kind] = book.doc.add_paragraph()
    book.in_front = False
    book.new_section(numbering="decimal", start=1)


def _introduction(book: Book, ev: collect.Evaluation) -> None:
    region = region_name(book)
    book.chapter(book.t(CHAPTERS[0]))
    book.heading(book.t("Purpose"))
    book.paragraph(book.t(PURPOSE, region=region, year=ev.year))
    book.heading(book.t("Method"))
    book.paragraph(book.t(METHOD))
    book.bullets(book.t(line) for line in DIRECTION_RULES)
    book.heading(book.t("Rating Scheme"))
    book.paragraph(book.t("Capaian is rated with the {scheme} scheme:", scheme=ev.scheme.name))
    rows = [(b.label(book.lang), _bound(b, ev.scheme, book.lang)) for b in ev.scheme.bands]
    book.table([Column(book.t("Band"), 6), Column(book.t("Capaian"), 6)], rows,
               caption=book.t("Rating bands ({scheme})", scheme=ev.scheme.name))


def _bound(band: schemes.Band, scheme: schemes.Scheme, lang: str) -> str:
    index = scheme.bands.index(band)
    if index == len(scheme.bands) - 1:
        above = scheme.bands[index - 1]
        word = "<" if above.inclusive else "≤"
        return f"{word} {show(above.lower, lang)}%"
    return f"{'≥' if band.inclusive else '>'} {show(band.lower, lang)}%"


def _summary(book: Book, ev: collect.Evaluation) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[1]))
    money = ev.money()
    rated = [r for r in ev.results() if r.achievement.computed]
    book.paragraph(book.t(SUMMARY, year=ev.year, programmes=len(ev.programmes),
                          indicators=len(ev.results()), rated=len(rated),
                          absorption=percent(money.absorption, book.lang) or "-",
                          score=show(ev.total(), book.lang)))
    bands = ev.scheme.bands
    columns = [Column(book.t("Dimension"), 4.2), Column(book.t("Indicators"), 1.8, "right"),
               Column(book.t("Capaian"), 2, "right"), Column(book.t("Band"), 2.6),
               *(Column(b.label(book.lang), 1.4, "right") for b in bands)]
    rows: list[object] = []
    for dim, group in zip(ev.data.dimensions, ev.by_dimension(), strict=True):
        rows.append((src.name(dim), group.indicators, percent(group.capaian, book.lang) or "-",
                     _band(group.band, book.lang), *(group.bands.get(b.code, 0) for b in bands)))
    everything = a.mean(r.capped for r in ev.results())
    rows.append(Bold([book.t("Total"), len(ev.results()), percent(everything, book.lang) or "-",
                      _band(ev.scheme.rate(everything), book.lang),
                      *(sum(1 for r in ev.results() if r.band is b) for b in bands)]))
    book.table(columns, rows, caption=book.t("Achievement by dimension, {year}", year=ev.year),
               small=True)
    _chart(book, "capaian", ev, book.t("Average capaian per dimension, {start}-{year}",
                                       start=ev.data.years()[0], year=ev.year))


def _dimensions(book: Book, ev: collect.Evaluation) -> None:
    book.chapter(book.t(CHAPTERS[2]))
    columns = [Column(book.t("Code"), 1.5), Column(book.t("Programme / indicator"), 5.2),
               Column(book.t("Unit"), 1.7), Column(book.t("Target"), 1.8, "right"),
               Column(book.t("Realisation"), 1.9, "right"),
               Column(book.t("Capaian"), 1.7, "right"), Column(book.t("Band"), 2.2)]
    for dim in ev.data.dimensions:
        progs = [p for p in ev.programmes if p.programme.dimension_id == dim.id]
        goals = [g for g in ev.goals if g.indicator.dimension_id == dim.id]
        book.heading(book.source.name(dim))
        if not progs and not goals:
            book.paragraph(book.t("No programme of this dimension ran in {year}.", year=ev.year),
                           italic=True)
            continue
        rows: list[object] = []
        for prog in progs:
            rows.append(Bold([prog.programme.code, prog.programme.name, "", "", "",
                              percent(prog.capaian, book.lang), _band(prog.band, book.lang)],
                             shaded=True))
            rows += [_indicator_row(book, r) for r in prog.results]
        if goals:
            rows.append(Bold(["", book.t("Goals"), "", "", "", "", ""], shaded=True))
            rows += [_indicator_row(book, r) for r in goals]
        book.table(columns, rows, small=True, caption=book.t(
            "Target, realisation and capaian, {dimension} {year}",
            dimension=book.source.name(dim), year=ev.year))


def _indicator_row(book: Book, result: collect.Result) -> tuple[object, ...]:
    target = result.target
    shown = (f"{show(target.value, book.lang)}-{show(target.upper, book.lang)}"
             if target.upper is not None else show(target.value, book.lang) or target.text)
    status = result.achievement.status
    capaian = percent(result.achievement.percent, book.lang) or book.t(_STATUS.get(status, "-"))
    return ("", result.indicator.name, result.indicator.unit, shown,
            show(result.realised, book.lang), capaian, _band(result.band, book.lang))


_STATUS = {a.NO_TARGET: "no target", a.NO_REALISATION: "not reported",
           a.NOT_COMPARABLE: "not comparable"}


def _band(band: schemes.Band | None, lang: str) -> str:
    return band.label(lang) if band is not None else "-"


def _money(book: Book, ev: collect.Evaluation) -> None:
    src = book.source
    book.chapter(book.t(CHAPTERS[3]))
    total = ev.money()
    book.paragraph(book.t(MONEY, year=ev.year, pagu=rupiah(total.pagu),
                          spent=rupiah(total.spent or 0),
                          absorption=percent(total.absorption, book.lang) or "-"))
    columns = [Column(book.t("Dimension"), 5), Column(book.t("Pagu"), 4, "right"),
               Column(book.t("Spent"), 4, "right"), Column(book.t("Absorption"), 3, "right")]
    rows: list[object] = [(src.name(d), *_money_cells(g.money, book.lang))
                          for d, g in zip(ev.data.dimensions, ev.by_dimension(), strict=True)]
    rows.append(Bold([book.t("Total"), *_money_cells(total, book.lang)]))
    book.table(columns, rows, caption=book.t("Budget absorption by dimension, {year}",
                                             year=ev.year))
    opds = [(ev.data.opd(g.key) or "-", *_money_cells(g.money, book.lang))
            for g in ev.by_opd()]
    book.table([Column(book.t("OPD"), 5), *columns[1:]], opds,
               caption=book.t("Budget absorption by OPD, {year}", year=ev.year))
    progs = [(f"{p.programme.code} {p.programme.name}", *_money_cells(p.money, book.lang))
             for p in ev.programmes]
    book.table([Column(book.t("Programme"), 6), Column(book.t("Pagu"), 3.6, "right"),
                Column(book.t("Spent"), 3.6, "right"), Column(book.t("Absorption"), 2.8, "right")],
               progs, small=True, caption=book.t("Budget absorption by programme, {year}",
                                                 year=ev.year))
    _chart(book, "absorption", ev, book.t("Pagu and spending per year, {start}-{year}",
                                          start=ev.data.years()[0], year=ev.year))


def _money_cells(money: collect.Money, lang: str) -> tuple[str, str, str]:
    spent = rupiah(money.spent) if money.spent is not None else "-"
    return rupiah(money.pagu), spent, percent(money.absorption, lang) or "-"


def _quick_wins(book: Book, ev: collect.Evaluation) -> None:
    book.chapter(book.t(CHAPTERS[4]))
    if not ev.quick_wins:
        book.paragraph(book.t("No quick wins."), italic=True)
        return
    rows = [(q.programme.code, q.programme.name, ev.data.opd(q.programme.lead_org_id),
             f"{q.percent}%", long_date(q.date, book.lang) if q.date else "-",
             q.history[-1].note if q.history else "") for q in ev.quick_wins]
    book.table([Column(book.t("Code"), 1.5), Column(book.t("Quick win"), 4.4),
                Column(book.t("OPD"), 2.2), Column(book.t("Progress"), 1.8, "right"),
                Column(book.t("As of"), 2.6), Column(book.t("Note"), 3.5)], rows,
               caption=book.t("Quick-win progress at the end of {year}", year=ev.year))
    history = [(f"{q.programme.code}", long_date(u.date, book.lang), f"{u.percent}%", u.note)
               for q in ev.quick_wins for u in q.history]
    if history:
        book.table([Column(book.t("Code"), 1.8), Column(book.t("Date"), 3.4),
                    Column(book.t("Progress"), 2, "right"), Column(book.t("Note"), 8.8)],
                   history, small=True, caption=book.t("Dated progress of the quick wins"))


def _attention(book: Book, ev: collect.Evaluation) -> None:
    book.chapter(book.t(CHAPTERS[5]))
    found = ev.attention()
    if not found:
        book.paragraph(book.t("No programme needs particular attention in {year}.",
                              year=ev.year), italic=True)
        return
    book.paragraph(book.t(ATTENTION, count=len(found), year=ev.year))
    rows = [(p.programme.code, p.programme.name, ev.data.opd(p.programme.lead_org_id),
             percent(p.capaian, book.lang) or "-", percent(p.money.absorption, book.lang) or "-",
             "; ".join(book.t(REASONS[r]) for r in p.reasons)) for p in found]
    book.table([Column(book.t("Code"), 1.5), Column(book.t("Programme"), 4.6),
                Column(book.t("OPD"), 2.2), Column(book.t("Capaian"), 1.8, "right"),
                Column(book.t("Absorption"), 2, "right"), Column(book.t("Why"), 3.9)], rows,
               caption=book.t("Programmes that need attention, {year}", year=ev.year))
    for p in found:
        notes = sorted({r.row.evidence for r in p.results if r.row is not None and
                        r.row.evidence} | {s.note for s in ev.data.spending.get(p.programme.id, [])
                                           if s.year == ev.year and s.note})
        if notes:
            book.paragraph(f"{p.programme.code} {p.programme.name}: " + "; ".join(notes))


def _self_assessment(book: Book, ev: collect.Evaluation) -> None:
    book.chapter(book.t(CHAPTERS[6]))
    book.paragraph(book.t(ASSESSMENT))
    rows: list[object] = [(book.t(schemes.ASPECT_LABELS[x.code]), f"{x.weight}%",
                           show(x.score, book.lang) if x.score is not None else "-",
                           show(x.weighted, book.lang)) for x in ev.aspects]
    rows.append(Bold([book.t("Total"), f"{sum(x.weight for x in ev.aspects)}%", "",
                      show(ev.total(), book.lang)]))
    book.table([Column(book.t("Aspect"), 6), Column(book.t("Weight"), 2.5, "right"),
                Column(book.t("Score (0-100)"), 3.5, "right"),
                Column(book.t("Weighted score"), 4, "right")], rows,
               caption=book.t("Self-assessment by the five evaluation aspects, {year}",
                              year=ev.year))
    for aspect in ev.aspects:
        book.heading(book.t("Evidence: {aspect}", aspect=book.t(
            schemes.ASPECT_LABELS[aspect.code])))
        shown = aspect.evidence[:aspects.MAX_EVIDENCE]
        book.bullets(shown, empty=book.t("No evidence recorded."))
        if len(aspect.evidence) > len(shown):
            book.paragraph(book.t("... and {count} more.",
                                  count=len(aspect.evidence) - len(shown)), italic=True)


def _signature(book: Book, ev: collect.Evaluation) -> None:
    import datetime as dt

    book.paragraph("")
    place = book.settings.sign_place or book.source.workbook.region
    when = place_date(place, dt.date.today().isoformat(), book.lang)
    book.signatures([front.head_signer(book, above=when)])


def _chart(book: Book, kind: str, ev: collect.Evaluation, caption: str) -> None:
    from app.charts.figures import new_figure, render
    from app.evaluation import charts

    fig = new_figure(7.5, 3.6)
    if kind == "capaian":
        years = [y for y in ev.data.years() if y <= ev.year]
        charts.draw_capaian(fig, [collect.evaluate(ev.data, y) for y in years], book.lang)
    else:
        charts.draw_absorption(fig, ev.data, ev.year, book.lang)
    fig.set_layout_engine("constrained")
    stream = io.BytesIO()
    render(fig, stream, "png", dpi=170)
    book.figure(stream.getvalue(), caption, height_share=0.4)


PURPOSE = ("This report evaluates the implementation of the Smart City Masterplan of {region} "
           "in {year}: what each programme achieved against its targets, what it spent of its "
           "budget, how the quick wins progressed, and how the city assesses itself against the "
           "ministry's five evaluation aspects.")
METHOD = ("Each indicator's realisation for the year (the value reported for the year, else "
          "as of the latest quarter) is compared with its target; the capaian (achievement) "
          "depends on the indicator's direction:")
DIRECTION_RULES = (
    "Higher is better: capaian = realisation / target x 100%.",
    "Lower is better: capaian = target / realisation x 100%.",
    "Within a range: 100% inside the range, otherwise the share of the nearer bound.",
    "Milestone (yes/no): 100% when done, 0% when not.",
    "Without a target or a realisation no capaian is computed; averages count each capaian "
    "at most 100%.",
)
SUMMARY = ("In {year}, {programmes} programmes with {indicators} indicators were evaluated; "
           "{rated} indicators had both a target and a realisation. The budget absorption was "
           "{absorption} and the self-assessment score is {score} out of 100.")
MONEY = ("In {year} the programmes had a ceiling (pagu) of {pagu}, of which {spent} was spent: "
         "an absorption of {absorption}.")
ATTENTION = ("{count} programmes need attention in {year}: their capaian is in the lowest "
             "band, a realisation is missing, or they spent less than half their budget.")
ASSESSMENT = ("The ministry evaluates a smart city on five aspects: the baseline (indicators "
              "with a known starting value), the outputs, the outcomes, the impact and the quick "
              "wins. Each aspect is scored from 0 to 100 from the data in this report and "
              "weighted; the evidence (data dukung) reported with the realisation is listed "
              "below.")

i18n.register({
    TITLE: "Laporan Evaluasi Tahunan", SUBTITLE: "Masterplan Smart City {year}",
    "Summary of Achievement": "Ringkasan Capaian",
    "Achievement per Dimension": "Capaian per Dimensi",
    "Budget Realisation": "Realisasi Anggaran", "Quick Win Progress": "Kemajuan Quick Win",
    "Programmes that Need Attention": "Program yang Perlu Perhatian",
    "Self-Assessment": "Penilaian Mandiri", "Purpose": "Maksud dan Tujuan",
    "Method": "Metode", "Rating Scheme": "Skema Penilaian",
    "Capaian is rated with the {scheme} scheme:": "Capaian dinilai dengan skema {scheme}:",
    "Band": "Predikat", "Capaian": "Capaian", "Rating bands ({scheme})": "Predikat capaian "
    "({scheme})", "Indicators": "Indikator", "Total": "Jumlah",
    "Achievement by dimension, {year}": "Capaian per dimensi, {year}",
    "Average capaian per dimension, {start}-{year}":
        "Rata-rata capaian per dimensi, {start}-{year}",
    "Programme / indicator": "Program / indikator", "Realisation": "Realisasi",
    "No programme of this dimension ran in {year}.":
        "Tidak ada program dimensi ini yang berjalan pada {year}.",
    "Goals": "Tujuan dan sasaran",
    "Target, realisation and capaian, {dimension} {year}":
        "Target, realisasi dan capaian, {dimension} {year}",
    "no target": "tanpa target", "not reported": "belum dilaporkan",
    "not comparable": "tidak dapat dibandingkan", "Absorption": "Serapan",
    "Budget absorption by dimension, {year}": "Serapan anggaran per dimensi, {year}",
    "Budget absorption by OPD, {year}": "Serapan anggaran per OPD, {year}",
    "Budget absorption by programme, {year}": "Serapan anggaran per program, {year}",
    "Pagu and spending per year, {start}-{year}": "Pagu dan realisasi per tahun, {start}-{year}",
    "No quick wins.": "Tidak ada quick win.", "Progress": "Kemajuan", "As of": "Per tanggal",
    "Quick-win progress at the end of {year}": "Kemajuan quick win pada akhir {year}",
    "Dated progress of the quick wins": "Riwayat kemajuan quick win",
    "No programme needs particular attention in {year}.":
        "Tidak ada program yang memerlukan perhatian khusus pada {year}.",
    "Why": "Alasan", "Programmes that need attention, {year}":
        "Program yang perlu perhatian, {year}",
    "capaian in the lowest band": "capaian pada predikat terendah",
    "realisation missing": "realisasi belum ada",
    "budget absorption under 50%": "serapan anggaran di bawah 50%",
    "Aspect": "Aspek", "Weight": "Bobot", "Score (0-100)": "Nilai (0-100)",
    "Weighted score": "Nilai tertimbang",
    "Self-assessment by the five evaluation aspects, {year}":
        "Penilaian mandiri menurut lima aspek evaluasi, {year}",
    "Evidence: {aspect}": "Data dukung: {aspect}", "No evidence recorded.":
        "Tidak ada data dukung.", "... and {count} more.": "... dan {count} lainnya.",
    PURPOSE: ("Laporan ini mengevaluasi pelaksanaan Masterplan Smart City {region} pada tahun "
              "{year}: capaian setiap program terhadap targetnya, realisasi anggarannya, "
              "kemajuan quick win, dan penilaian mandiri daerah menurut lima aspek evaluasi "
              "kementerian."),
    METHOD: ("Realisasi setiap indikator pada tahun evaluasi (nilai tahunan yang dilaporkan, "
             "atau nilai sampai dengan triwulan terakhir) dibandingkan dengan targetnya; "
             "capaian dihitung menurut arah indikator:"),
    DIRECTION_RULES[0]: "Makin tinggi makin baik: capaian = realisasi / target x 100%.",
    DIRECTION_RULES[1]: "Makin rendah makin baik: capaian = target / realisasi x 100%.",
    DIRECTION_RULES[2]: ("Dalam rentang: 100% bila di dalam rentang, selain itu perbandingan "
                         "dengan batas terdekat."),
    DIRECTION_RULES[3]: "Tonggak (ya/tidak): 100% bila terlaksana, 0% bila belum.",
    DIRECTION_RULES[4]: ("Tanpa target atau realisasi, capaian tidak dihitung; rata-rata "
                         "menghitung setiap capaian paling tinggi 100%."),
    SUMMARY: ("Pada {year} dievaluasi {programmes} program dengan {indicators} indikator; "
              "{rated} indikator memiliki target dan realisasi. Serapan anggaran mencapai "
              "{absorption} dan nilai penilaian mandiri {score} dari 100."),
    MONEY: ("Pada {year} pagu program berjumlah {pagu}, terealisasi {spent}: serapan "
            "{absorption}."),
    ATTENTION: ("{count} program perlu perhatian pada {year}: capaiannya pada predikat "
                "terendah, realisasinya belum dilaporkan, atau serapan anggarannya kurang dari "
                "separuh."),
    ASSESSMENT: ("Kementerian menilai smart city menurut lima aspek: kondisi awal (indikator "
                 "dengan nilai awal yang diketahui), keluaran, hasil, dampak dan quick win. "
                 "Setiap aspek dinilai 0 sampai 100 dari data dalam laporan ini lalu dibobot; "
                 "data dukung yang dilaporkan bersama realisasi dicantumkan di bawah."),
    "Quick win": "Quick win",
})
