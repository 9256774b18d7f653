"""The roadmap as drawn shapes: years across, one lane per dimension, one bar per programme.

Every bar is its own shape (a presenter can move or recolour it), labelled in
the column on its left with the programme's code and name and, inside the bar,
its phase (quick win, short, medium or long term). At least 8 pt: lanes go on
as many slides as that needs; a lane shows its key programmes (at most
``PER_LANE``), the others are named in the notes.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import i18n, model
from app.documents import words
from app.slides import facts, fit
from app.slides.canvas import CONTENT, GREY, INK, NAVY, WHITE, Box, Deck, clean, tint

PER_LANE = 10
HEADER = 0.4  # the row of years
ROW_MIN, ROW_MAX = 0.22, 0.36  # inches per programme row
LANE_GAP = 0.06
LANE_LEFT, LANE_WIDTH = CONTENT.left, 1.1
LABEL_LEFT, LABEL_WIDTH = 1.72, 4.1
TIME_LEFT, TIME_RIGHT = 5.9, CONTENT.right


@dataclass(frozen=True)
class Chunk:
    """The rows of one lane on one slide."""

    dimension: model.Dimension
    programmes: tuple[model.Programme, ...]
    continued: bool


def plan_years(deck: Deck) -> list[int]:
    """Return the years across the roadmap: the plan period (or the programmes' years)."""
    years = deck.source.years()
    if years:
        return years
    starts = [p.start_year for p in deck.source.programmes if p.start_year]
    ends = [p.end_year or p.start_year for p in deck.source.programmes if p.start_year]
    return list(range(min(starts), max(ends) + 1)) if starts else []


def pages(deck: Deck) -> list[list[Chunk]]:
    """Return the lanes cut into chunks and grouped into slides of at most a slide's rows."""
    capacity = int((CONTENT.height - HEADER) / ROW_MIN)
    out: list[list[Chunk]] = [[]]
    used = 0
    for dim in deck.source.dimensions:
        chosen = facts.key_programmes(deck.source, deck.source.programmes_of(dim.id), PER_LANE)
        for start in range(0, max(len(chosen), 1), capacity):
            part = tuple(chosen[start:start + capacity])
            rows = max(len(part), 1)
            if out[-1] and used + rows > capacity:
                out.append([])
                used = 0
            out[-1].append(Chunk(dim, part, start > 0))
            used += rows
    return [page for page in out if page]


def roadmap(deck: Deck) -> None:
    """Draw the roadmap on one slide or more."""
    years = plan_years(deck)
    found = pages(deck) if years else []
    for number, page in enumerate(found or [[]]):
        title = deck.t("Roadmap {years}", years=facts.period(deck.source))
        if len(found) > 1:
            title += f" ({number + 1}/{len(found)})"
        slide = deck.slide("Title Only", title, _notes(deck, page))
        if page:
            _draw(deck, slide, page, years)
        else:
            deck.text(slide, CONTENT, deck.t("No programmes yet."), 18, 12, colour=GREY)


def _draw(deck: Deck, slide: object, page: list[Chunk], years: list[int]) -> None:
    rows = sum(max(len(c.programmes), 1) for c in page)
    room = CONTENT.height - HEADER - LANE_GAP * (len(page) - 1)
    row = min(ROW_MAX, room / rows)
    size = label_size(page, max(min(row * 72 / 1.5, 12.0), 8.0))
    year_width = (TIME_RIGHT - TIME_LEFT) / len(years)
    _year_header(deck, slide, years, year_width, size)
    tops, top = [], CONTENT.top + HEADER
    for chunk in page:  # lanes first, then the year lines, then bars above both
        height = row * max(len(chunk.programmes), 1)
        _lane(deck, slide, chunk, Box(LANE_LEFT, top, TIME_RIGHT - LANE_LEFT, height), size)
        tops.append(top)
        top += height + LANE_GAP
    _grid(deck, slide, years, year_width, CONTENT.top + HEADER, top - LANE_GAP)
    for chunk, lane_top in zip(page, tops, strict=True):
        for n, prog in enumerate(chunk.programmes):
            line = Box(LABEL_LEFT, lane_top + n * row, LABEL_WIDTH, row)
            deck.text(slide, line, _label(prog), size, size, colour=INK, anchor="m", inset=0.0)
            _bar(deck, slide, prog, years, year_width, Box(TIME_LEFT, line.top, 0, row), size)


def _label(prog: model.Programme) -> str:
    return clean(f"{prog.code} {prog.name}", single_line=True)


def label_size(page: list[Chunk], largest: float) -> float:
    """Return one size for every label of a slide: the largest that fits most on one line.

    Down to 2 pt below ``largest`` (never under 8 pt) to fit a long name; names
    still longer are cut with an ellipsis rather than shrinking the whole slide.
    """
    floor = max(largest - 2, 8.0)
    size = largest
    for chunk in page:
        for prog in chunk.programmes:
            while size > floor and fit.text_width(_label(prog), size) > LABEL_WIDTH - 0.12:
                size -= 0.5
    return size


def _year_header(deck: Deck, slide: object, years: list[int], width: float,
                 size: float) -> None:
    deck.text(slide, Box(LABEL_LEFT, CONTENT.top, LABEL_WIDTH, HEADER - 0.06),
              deck.t("Programme"), 12, 9, bold=True, colour=GREY, anchor="m")
    for n, year in enumerate(years):
        box = Box(TIME_LEFT + n * width, CONTENT.top, width, HEADER - 0.06)
        deck.label(slide, box, str(year), NAVY if n % 2 else "2A4A75",
                   size=min(max(size + 1, 10), 13), align="c")


def _lane(deck: Deck, slide: object, chunk: Chunk, box: Box, size: float) -> None:
    colour = facts.colour_of(deck.source, chunk.dimension.id)
    deck.rect(slide, box, tint(colour, 0.93))
    name = deck.source.name(chunk.dimension)
    if chunk.continued:
        name += f" ({deck.t('continued')})"
    deck.label(slide, Box(box.left, box.top, LANE_WIDTH, box.height), name, colour,
               size=min(size + 1, 12), smallest=7, align="c")


def _bar(deck: Deck, slide: object, prog: model.Programme, years: list[int], width: float,
         row: Box, size: float) -> None:
    first, last = years[0], years[-1]
    start = max(prog.start_year or first, first)
    end = min(prog.end_year or start, last)
    if start > last or end < first or end < start:
        return
    colour = facts.colour_of(deck.source, prog.dimension_id)
    box = Box(row.left + (start - first) * width + 0.04, row.top + row.height * 0.1,
              (end - start + 1) * width - 0.08, row.height * 0.8)
    shape = deck.rect(slide, box, colour, line=NAVY if prog.is_quick_win else None)
    shape.name = clean(f"Bar {prog.code}", single_line=True)[:60]
    phase = words.label(words.PHASES, prog.phase, deck.lang)
    small = max(size - 2, 7)
    if fit.text_width(phase, small, True) <= box.width - 0.14 and box.height >= fit.line_height(
            small):
        deck._fill(shape.text_frame, phase, box, small, small, bold=True, colour=WHITE,
                   align="c", anchor="m", inset=0.0)


def _grid(deck: Deck, slide: object, years: list[int], width: float, top: float,
          bottom: float) -> None:
    for n in range(1, len(years)):
        deck.rect(slide, Box(TIME_LEFT + n * width - 0.005, top, 0.01, max(bottom - top, 0.01)),
                  "C9D1D9")


def _notes(deck: Deck, page: list[Chunk]) -> str:
    src = deck.source
    counts = {code: sum(1 for p in src.programmes if p.phase == code) for code in model.PHASES}
    lines = [deck.t(ROADMAP_NOTES, items=", ".join(
        f"{counts[c]} {words.label(words.PHASES, c, deck.lang).lower()}"
        for c in model.PHASES))]
    for chunk in page:
        total = len(src.programmes_of(chunk.dimension.id))
        shown = ", ".join(f"{p.code} {p.start_year}-{p.end_year}" for p in chunk.programmes)
        lines.append(f"{src.name(chunk.dimension)} ({total}): {shown or '-'}.")
        hidden = total - len(facts.key_programmes(src, src.programmes_of(chunk.dimension.id),
                                                  PER_LANE))
        if hidden and not chunk.continued:
            lines.append(deck.t("{count} smaller programmes of this dimension are in the "
                                "masterplan book's roadmap.", count=hidden))
    return "\n".join(lines)


ROADMAP_NOTES = ("The roadmap runs from the quick wins of the first year to the long-term "
                 "programmes: {items}. Each bar is one programme; its phase is written in it.")

i18n.register({
    "Roadmap {years}": "Peta jalan {years}",
    ROADMAP_NOTES: ("Peta jalan berawal dari quick win tahun pertama hingga program jangka "
                    "panjang: {items}. Setiap batang adalah satu program; tahapnya tertulis "
                    "di dalamnya."),
    "{count} smaller programmes of this dimension are in the masterplan book's roadmap.":
        "{count} program lain dari dimensi ini ada di peta jalan buku masterplan.",
})
