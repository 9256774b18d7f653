"""The first part of the deck: cover, agenda, regional profile, SWOT, vision, strategic targets."""

from __future__ import annotations

import base64
import binascii
import io
from pathlib import Path
from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches

from app import i18n
from app.formatting import number, place_date, year_range
from app.slides import charts, facts
from app.slides.canvas import CONTENT, GREY, INK, MIST, NAVY, WHITE, Box, Deck, clean, tint

AGENDA = ("Regional profile and readiness", "Strengths, weaknesses, opportunities, threats",
          "Vision and missions", "Strategic targets", "Programmes per dimension", "Roadmap",
          "Indicative budget", "Quick Wins", "Governance", "Commitment and next steps")
SWOT = (("strength", "Strengths", "2E7D32"), ("weakness", "Weaknesses", "C62828"),
        ("opportunity", "Opportunities", "1565C0"), ("threat", "Threats", "EF6C00"))


def cover(deck: Deck) -> None:
    """The cover: programme, title with the region, period, who presents, place and date."""
    src, lang = deck.source, deck.lang
    region = facts.region_name(src, lang)
    book, settings = src.workbook, src.settings
    when = place_date(settings.sign_place or book.region, _cover_date(deck), lang)
    presenter = ", ".join(x for x in (book.head_of_region.strip(), book.head_title.strip()) if x)
    subtitle = "\n".join(x for x in (deck.t("Period {years}", years=facts.period(src)),
                                     presenter, when) if x.strip())
    title = deck.t("Smart City Masterplan of {region}", region=region)
    notes = deck.t(COVER_NOTES, region=region, years=facts.period(src),
                   presenter=presenter or deck.t("the head of region"))
    slide = deck.slide("Title Slide", title, notes, subtitle=subtitle)
    top = 0.6
    if _emblem(deck, slide, Box(0.9, top, 1.4, 1.4)):
        deck.text(slide, Box(2.5, top, 9.5, 1.4), deck.t("GERAKAN MENUJU SMART CITY"), 16, 11,
                  bold=True, colour="D6E2F0", anchor="m")
    else:
        deck.text(slide, Box(0.9, top + 0.9, 11.5, 0.5), deck.t("GERAKAN MENUJU SMART CITY"),
                  16, 11, bold=True, colour="D6E2F0", anchor="m")


def _cover_date(deck: Deck) -> str | None:
    if deck.source.settings.sign_date:
        return deck.source.settings.sign_date
    final = facts.final_session(deck.source)
    return (final.end_date or final.start_date) if final else None


def _emblem(deck: Deck, slide: Any, box: Box) -> bool:
    """Place the region's emblem (document setting ``emblem``) in ``box``; False if none."""
    data = emblem_bytes(deck.source)
    if data is None:
        return False
    try:
        picture = slide.shapes.add_picture(io.BytesIO(data), Inches(box.left), Inches(box.top))
    except Exception:  # any unreadable image: the cover goes without it
        return False
    scale = min(Inches(box.width) / picture.width, Inches(box.height) / picture.height)
    picture.width, picture.height = int(picture.width * scale), int(picture.height * scale)
    picture.name = "Emblem"
    return True


def emblem_bytes(source: Any) -> bytes | None:
    """Return the emblem image of the document settings (a file path or base64), or None."""
    from app import model
    from app.storage import rows

    found = rows.get(source.db, model.DocSetting, "emblem")
    value = (found.value if found else "").strip()
    if not value:
        return None
    if value.startswith("data:") and "," in value:
        value = value.split(",", 1)[1]
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        pass
    try:
        path = Path(value)
        return path.read_bytes() if path.is_file() and path.stat().st_size < 20_000_000 else None
    except (OSError, ValueError):
        return None


def agenda(deck: Deck) -> None:
    """The agenda: the parts of the talk, numbered, in two columns."""
    items = [deck.t(item) for item in AGENDA]
    notes = deck.t(AGENDA_NOTES, count=len(items)) + "\n" + "\n".join(
        f"{n}. {item}" for n, item in enumerate(items, 1))
    slide = deck.slide("Title Only", deck.t("Agenda"), notes)
    half = (len(items) + 1) // 2
    for column, box in enumerate(CONTENT.inset(0.2, 0.15).columns(2, 0.6)):
        chosen = items[column * half:(column + 1) * half]
        for row, (item, cell) in enumerate(zip(chosen, box.rows(half, 0.18), strict=False)):
            n = column * half + row
            circle = Box(cell.left, cell.top + (cell.height - 0.62) / 2, 0.62, 0.62)
            shape = deck.rect(slide, circle, facts.colour_of(deck.source, _dim_id(deck, n)),
                              shape=MSO_SHAPE.OVAL)
            deck._fill(shape.text_frame, str(n + 1), circle, 20, 14, bold=True, colour=WHITE,
                       align="c", anchor="m")
            deck.text(slide, Box(cell.left + 0.8, cell.top, cell.width - 0.8, cell.height),
                      item, 22, 14, colour=INK, anchor="m")


def _dim_id(deck: Deck, n: int) -> str | None:
    dims = deck.source.dimensions
    return dims[n % len(dims)].id if dims else None


def profile(deck: Deck) -> None:
    """The region in brief, key figures of the workshops, and the readiness radar."""
    src, lang = deck.source, deck.lang
    book = src.workbook
    province, head = _one(book.province), _one(book.head_of_region)
    region = facts.region_name(src, lang)
    figures = [(number(len(src.sessions)), deck.t("workshop sessions")),
               (number(facts.participants(src)), deck.t("participants")),
               (number(len(src.cards)), deck.t("workshop cards")),
               (number(len(src.programmes)), deck.t("programmes"))]
    readiness = _readiness_notes(deck)
    notes = "\n".join([deck.t(PROFILE_NOTES, region=region, province=book.province or "-",
                              years=facts.period(src)),
                       ", ".join(f"{v} {k}" for v, k in figures) + ".", readiness])
    slide = deck.slide("Title Only", deck.t("Regional profile and readiness"), notes)
    left = Box(CONTENT.left, CONTENT.top + 0.1, 6.3, CONTENT.height - 0.1)
    facts_line = " · ".join(x for x in (
        province and deck.t("Province {name}", name=province),
        head and f"{_one(book.head_title) or deck.t('Head of region')}: {head}",
        deck.t("Plan {years}", years=facts.period(src)),
        book.rpjmd_start and deck.t("RPJMD {years}",
                                    years=year_range(book.rpjmd_start, book.rpjmd_end))) if x)
    deck.text(slide, Box(left.left, left.top, left.width, 0.75), facts_line, 14, 10,
              bold=True, colour=NAVY)
    text = clean(book.profile) or deck.t("No regional profile recorded yet.")
    deck.text(slide, Box(left.left, left.top + 0.85, left.width, 2.6), text, 20, 10)
    tiles = Box(left.left, left.bottom - 1.35, left.width, 1.35).columns(4, 0.15)
    for tile, (value, what) in zip(tiles, figures, strict=True):
        deck.rect(slide, tile, MIST)
        deck.text(slide, Box(tile.left, tile.top + 0.1, tile.width, 0.65), value, 28, 14,
                  bold=True, colour=NAVY, align="c", anchor="m")
        deck.text(slide, Box(tile.left, tile.top + 0.75, tile.width, 0.5), what, 12, 8,
                  colour=GREY, align="c")
    _radar(deck, slide, Box(7.2, CONTENT.top, CONTENT.right - 7.2, CONTENT.height))


def _radar(deck: Deck, slide: Any, box: Box) -> None:
    data = deck.readiness
    deck.text(slide, Box(box.left, box.top, box.width, 0.4),
              deck.t("Readiness per dimension (0-{top})", top=data.rating_max), 14, 10,
              bold=True, colour=NAVY, align="c")
    chart_box = Box(box.left, box.top + 0.4, box.width, box.height - 0.4)
    if not data.lanes or not data.series:
        deck.text(slide, chart_box, deck.t("No readiness ratings yet."), 14, 10, align="c",
                  anchor="m")
        return
    colours = ("1565C0", "EF6C00", "2E7D32", "6A1B9A", "C62828", "00838F")
    series = [charts.Series(s.name(deck.lang), colours[n % len(colours)],
                            tuple(float(r) for r in s.ratings))
              for n, s in enumerate(data.series)]
    charts.radar(slide, chart_box, [lane.name(deck.lang) for lane in data.lanes], series,
                 data.rating_max)


def _readiness_notes(deck: Deck) -> str:
    data = deck.readiness
    parts = []
    for s in data.series:
        rated = [(r, lane.name(deck.lang)) for r, lane in zip(s.ratings, data.lanes,
                                                               strict=True) if r]
        if rated:
            low, high = min(rated), max(rated)
            parts.append(deck.t("{component}: lowest {low} ({low_dim}), highest {high} "
                                "({high_dim}).", component=s.name(deck.lang), low=low[0],
                                low_dim=low[1], high=high[0], high_dim=high[1]))
    return " ".join(parts) or deck.t("No readiness ratings yet.")


def swot(deck: Deck) -> None:
    """Strengths, weaknesses, opportunities and threats: the most-voted cards of each."""
    src = deck.source
    notes = [deck.t(SWOT_NOTES)]
    slide = deck.slide("Title Only", deck.t("SWOT analysis"), "")
    for (kind, name, colour), box in zip(SWOT, _grid(CONTENT, 2, 2, 0.25, 0.2), strict=True):
        chosen, total = facts.cards(src, kind, 6)
        deck.label(slide, Box(box.left, box.top, box.width, 0.45),
                   f"{deck.t(name)} ({total})", colour, size=16)
        deck.rect(slide, Box(box.left, box.top + 0.45, box.width, box.height - 0.45),
                  tint(colour, 0.92))
        lines = [f"• {_one(c.text)}" + (f" ({facts.dimension_code(src, c.dimension_id)})"
                                        if c.dimension_id else "") for c in chosen]
        body = "\n".join(lines) or deck.t("None recorded.")
        deck.text(slide, Box(box.left + 0.1, box.top + 0.55, box.width - 0.2,
                             box.height - 0.65), body, 17, 9, spacing=4)
        notes.append(f"{deck.t(name)} ({total}): " + "; ".join(
            f"{_one(c.text)} [{c.votes}]" for c in chosen) + ".")
    deck.notes(slide, "\n".join(notes))


def _one(text: str) -> str:
    return clean(text, single_line=True)


def _grid(box: Box, columns: int, rows: int, gap_x: float, gap_y: float) -> list[Box]:
    return [cell for row in box.rows(rows, gap_y) for cell in row.columns(columns, gap_x)]


def vision(deck: Deck) -> None:
    """The vision in large type, the missions numbered under it."""
    src = deck.source
    text = clean(src.workbook.vision) or deck.t("No vision recorded yet.")
    missions = [clean(m.text) for m in src.missions if clean(m.text)]
    notes = "\n".join([deck.t("Vision: {text}", text=text), deck.t(VISION_NOTES,
                       count=len(missions), keywords=src.workbook.vision_keywords or "-")]
                      + [f"{n}. {m}" for n, m in enumerate(missions, 1)])
    slide = deck.slide("Title Only", deck.t("Vision and missions"), notes)
    panel = Box(CONTENT.left, CONTENT.top + 0.05, CONTENT.width, 1.9)
    deck.rect(slide, panel, MIST)
    deck.rect(slide, Box(panel.left, panel.top, 0.12, panel.height), NAVY)
    deck.text(slide, Box(panel.left + 0.3, panel.top + 0.08, 2.0, 0.4), deck.t("Vision"), 14,
              12, bold=True, colour=GREY)
    deck.text(slide, Box(panel.left + 0.3, panel.top + 0.45, panel.width - 0.5, 1.35),
              f"“{text}”", 26, 14, bold=True, colour=NAVY, italic=True)
    deck.text(slide, Box(CONTENT.left, panel.bottom + 0.2, 3.0, 0.4), deck.t("Missions"), 14,
              12, bold=True, colour=GREY)
    body = "\n".join(f"{n}. {m}" for n, m in enumerate(missions, 1))
    deck.text(slide, Box(CONTENT.left, panel.bottom + 0.6, CONTENT.width,
                         CONTENT.bottom - panel.bottom - 0.6),
              body or deck.t("None recorded."), 20, 10, spacing=6)


def targets(deck: Deck) -> None:
    """Strategic targets: one card per dimension with its goals, six dimensions a slide."""
    src = deck.source
    dims = src.dimensions
    for start in range(0, max(len(dims), 1), 6):
        chosen = dims[start:start + 6]
        title = deck.t("Strategic targets per dimension")
        if len(dims) > 6:
            title += f" ({start // 6 + 1}/{(len(dims) + 5) // 6})"
        slide = deck.slide("Title Only", title, "")
        rows = max((len(chosen) + 1) // 2, 1)
        notes = [deck.t(TARGET_NOTES)]
        for dim, box in zip(chosen, _grid(CONTENT, 2, rows, 0.3, 0.18), strict=False):
            goals = [facts.goal_line(src, g, deck.lang) for g in src.goals.get(dim.id, [])]
            colour = facts.colour_of(src, dim.id)
            deck.rect(slide, box, tint(colour, 0.93))
            deck.rect(slide, Box(box.left, box.top, 0.1, box.height), colour)
            deck.text(slide, Box(box.left + 0.2, box.top + 0.05, box.width - 0.3, 0.42),
                      src.name(dim), 16, 11, bold=True, colour=colour)
            body = "\n".join(f"• {g}" for g in goals) or deck.t("None recorded.")
            deck.text(slide, Box(box.left + 0.2, box.top + 0.48, box.width - 0.3,
                                 box.height - 0.55), body, 16, 9, spacing=3)
            notes.append(f"{src.name(dim)}: " + ("; ".join(goals) or deck.t("None recorded.")))
        deck.notes(slide, "\n".join(notes))
        if not dims:
            deck.text(slide, CONTENT, deck.t("None recorded."), 18, 12)


COVER_NOTES = ("Welcome. {presenter} presents the Smart City Masterplan of {region} for "
               "{years}: what the region has, what it wants to become, and the programmes, "
               "money and quick wins that take it there.")
AGENDA_NOTES = "The talk has {count} parts:"
PROFILE_NOTES = ("{region} ({province}) planned its smart city for {years} in workshops with "
                 "every agency.")
SWOT_NOTES = ("The cards the participants voted highest in the workshops, per quadrant "
              "(votes in brackets). The letters after each point name its dimension.")
VISION_NOTES = ("Keywords the workshops chose: {keywords}. The vision is carried by {count} "
                "missions:")
TARGET_NOTES = "Each dimension's goals with the indicator, its baseline and the final target."

i18n.register({
    "Period {years}": "Periode {years}",
    "Smart City Masterplan of {region}": "Masterplan Smart City {region}",
    "the head of region": "kepala daerah",
    "GERAKAN MENUJU SMART CITY": "GERAKAN MENUJU SMART CITY",
    "Regional profile and readiness": "Profil dan kesiapan daerah",
    "Strengths, weaknesses, opportunities, threats": "Kekuatan, kelemahan, peluang, ancaman",
    "Vision and missions": "Visi dan misi",
    "Strategic targets": "Sasaran strategis",
    "Programmes per dimension": "Program per dimensi",
    "Roadmap": "Peta jalan",
    "Governance": "Tata kelola",
    "Commitment and next steps": "Komitmen dan langkah selanjutnya",
    "Agenda": "Agenda",
    "workshop sessions": "sesi bimtek", "participants": "peserta hadir",
    "workshop cards": "kartu gagasan", "programmes": "program",
    "Province {name}": "Provinsi {name}", "Head of region": "Kepala daerah",
    "Plan {years}": "Rencana {years}", "RPJMD {years}": "RPJMD {years}",
    "No regional profile recorded yet.": "Profil daerah belum diisi.",
    "Readiness per dimension (0-{top})": "Kesiapan per dimensi (0-{top})",
    "No readiness ratings yet.": "Belum ada penilaian kesiapan.",
    "{component}: lowest {low} ({low_dim}), highest {high} ({high_dim}).":
        "{component}: terendah {low} ({low_dim}), tertinggi {high} ({high_dim}).",
    "SWOT analysis": "Analisis SWOT",
    "Strengths": "Kekuatan", "Weaknesses": "Kelemahan", "Opportunities": "Peluang",
    "Threats": "Ancaman",
    "No vision recorded yet.": "Visi belum diisi.",
    "Vision: {text}": "Visi: {text}",
    "Strategic targets per dimension": "Sasaran strategis per dimensi",
    COVER_NOTES: ("Selamat datang. {presenter} memaparkan Masterplan Smart City {region} "
                  "{years}: apa yang dimiliki daerah, ingin menjadi apa, serta program, "
                  "anggaran dan quick win untuk mencapainya."),
    AGENDA_NOTES: "Pemaparan terdiri atas {count} bagian:",
    PROFILE_NOTES: ("{region} ({province}) merencanakan smart city {years} melalui bimbingan "
                    "teknis bersama seluruh perangkat daerah."),
    SWOT_NOTES: ("Kartu dengan suara terbanyak dalam lokakarya, per kuadran (jumlah suara "
                 "dalam kurung). Huruf di belakang setiap butir menunjukkan dimensinya."),
    VISION_NOTES: ("Kata kunci pilihan lokakarya: {keywords}. Visi dijabarkan dalam {count} "
                   "misi:"),
    TARGET_NOTES: ("Tujuan setiap dimensi dengan indikator, kondisi awal dan target "
                   "akhirnya."),
})
