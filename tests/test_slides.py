"""The pemaparan deck, reopened with python-pptx: 16:9, inside the slide, native charts, notes."""

from __future__ import annotations

import base64
import io
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pptx.util import Emu

from app import model, ops, paths, slides
from app.charts import data as chart_data
from app.errors import ValidationError
from app.formatting import rupiah
from app.slides import fit
from app.storage import rows, safe
from app.storage.workbook import open_file
from tests.helpers import run_cli
from tests.test_documents_safety import ANY, STORED, poison, small_workbook

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WIDE = (12192000, 6858000)


@pytest.fixture(scope="module")
def decks(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Return the demo deck in both languages, written once and reopened with python-pptx."""
    folder = tmp_path_factory.mktemp("decks")
    found = {}
    for lang in ("id", "en"):
        out = folder / f"deck-{lang}.pptx"
        slides.export_deck(demo_file, out, lang=lang)
        found[lang] = Presentation(str(out))
    return found


def texts(slide: Any) -> list[str]:
    """Return the text of every text frame and table cell on ``slide``."""
    found = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            found.append(shape.text_frame.text)
        if shape.has_table:
            found += [cell.text for row in shape.table.rows for cell in row.cells]
    return found


def outside(prs: Any) -> list[str]:
    """Return the shapes of every slide that reach beyond the slide's edges."""
    bad = []
    for number, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            right, bottom = shape.left + shape.width, shape.top + shape.height
            if shape.left < 0 or shape.top < 0 or right > prs.slide_width or (
                    bottom > prs.slide_height):
                bad.append(f"slide {number}: {shape.name}")
    return bad


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_demo_deck_is_16_9_with_every_shape_inside(decks: dict[str, Any], lang: str) -> None:
    """16:9 widescreen, 16 to 25 slides, and no shape pokes out of any slide."""
    prs = decks[lang]
    assert (prs.slide_width, prs.slide_height) == WIDE
    assert 16 <= len(prs.slides) <= 25
    assert outside(prs) == []


def test_the_template_is_a_proper_16_9_master(tmp_path: Path) -> None:
    """Title, section and content layouts whose placeholders fill the wide slide; accents are
    the dimension colours."""
    prs = Presentation(str(paths.resource("slides", "rencana-16x9.pptx")))
    assert (prs.slide_width, prs.slide_height) == WIDE
    names = [layout.name for layout in prs.slide_layouts]
    assert {"Title Slide", "Section Header", "Title and Content", "Title Only"} <= set(names)
    for holder in [prs.slide_master, *prs.slide_layouts]:
        for shape in holder.placeholders:
            assert shape.left + shape.width <= prs.slide_width, (holder.name, shape.name)
        title = next((s for s in holder.placeholders if s.placeholder_format.idx == 0), None)
        if title is not None:  # a 4:3 title spans at most 9 of the 13.3 inches
            assert title.width > prs.slide_width * 0.8, holder.name
    theme = next(rel.target_part for rel in prs.slide_master.part.rels.values()
                 if rel.reltype.endswith("/theme")).blob.decode()
    for colour in ("1565C0", "EF6C00", "B8860B", "C62828", "6A1B9A", "2E7D32"):
        assert colour in theme


def _charts(prs: Any) -> list[Any]:
    return [shape.chart for slide in prs.slides for shape in slide.shapes if shape.has_chart]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_charts_are_native_parts_holding_the_workbooks_numbers(
        decks: dict[str, Any], demo_file: Path, lang: str) -> None:
    """Stacked columns = budget per year x dimension; radar = readiness; both editable charts."""
    db = safe.load_copy(demo_file)
    budget = chart_data.budget_data(db)
    readiness = chart_data.readiness_data(db)
    found = {chart.chart_type.name: chart for chart in _charts(decks[lang])}
    assert set(found) == {"COLUMN_STACKED", "RADAR_MARKERS"}
    columns = found["COLUMN_STACKED"]
    assert list(columns.plots[0].categories) == [str(y) for y in budget.by_dimension.years]
    for series, line in zip(columns.series, budget.by_dimension.lines, strict=True):
        assert series.name == line.name(lang)
        assert [round(v * 10**9) for v in series.values] == list(line.amounts)
    assert columns.part.chart_workbook.xlsx_part is not None  # "Edit Data" works
    radar = found["RADAR_MARKERS"]
    assert list(radar.plots[0].categories) == [lane.name(lang) for lane in readiness.lanes]
    assert [tuple(int(v) for v in s.values) for s in radar.series] == [
        s.ratings for s in readiness.series]


def test_chart_xml_says_what_python_pptx_leaves_out(decks: dict[str, Any]) -> None:
    """varyColors 0, autoTitleDeleted 1, legend overlay 0, an explicit colour on every series."""
    for chart in _charts(decks["id"]):
        space = chart._chartSpace
        assert space.find(f"{C}chart/{C}autoTitleDeleted").get("val") == "1"
        assert space.find(f"{C}chart/{C}legend/{C}overlay").get("val") == "0"
        plot = next(e for e in space.find(f"{C}chart/{C}plotArea")
                    if e.tag in (f"{C}barChart", f"{C}radarChart"))
        assert plot.find(f"{C}varyColors").get("val") == "0"
        for series in plot.findall(f"{C}ser"):
            colours = series.findall(f"{C}spPr//{A}srgbClr")
            assert colours, "series without an explicit colour"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_quick_win_has_its_slide_and_every_slide_notes(
        decks: dict[str, Any], demo_file: Path, lang: str) -> None:
    """One slide per quick win (code and name in the title, owner and progress on it)."""
    from app.documents.source import Source

    src = Source(safe.load_copy(demo_file), lang)
    prs = decks[lang]
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in prs.slides]
    for prog in src.quick_wins():
        matching = [n for n, t in enumerate(titles) if t == f"{prog.code} {prog.name}"]
        assert len(matching) == 1, prog.code
        text = " ".join(texts(prs.slides[matching[0]]))
        assert src.organisation_name(prog.lead_org_id) in text and "%" in text
    for number, slide in enumerate(prs.slides, 1):
        assert slide.has_notes_slide, number
        assert len(slide.notes_slide.notes_text_frame.text) > 40, number
    budget_notes = next(s.notes_slide.notes_text_frame.text for s in prs.slides
                        if any(shape.has_chart and shape.chart.chart_type.name ==
                               "COLUMN_STACKED" for shape in s.shapes))
    total = sum(src.budget_total(p.id) for p in src.programmes)
    assert rupiah(total) in budget_notes


def test_every_dimension_has_a_slide_with_its_programmes(decks: dict[str, Any],
                                                         demo_file: Path) -> None:
    """Each dimension's slide lists every programme code of the demo and its KPI targets."""
    from app.documents.source import Source

    src = Source(safe.load_copy(demo_file), "en")
    prs = decks["en"]
    for dim in src.dimensions:
        slide = next(s for s in prs.slides if s.shapes.title is not None
                     and s.shapes.title.text == src.name(dim))
        table = next(shape.table for shape in slide.shapes if shape.has_table)
        codes = [table.cell(r, 0).text for r in range(1, len(table.rows))]
        assert codes == [p.code for p in src.programmes_of(dim.id)]


def sized_texts(prs: Any) -> list[tuple[str, float, str, float, float]]:
    """Return (slide, size, text, inner width, inner height) of every fitted text box."""
    found = []
    for number, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            frame = shape.text_frame
            runs = [r for p in frame.paragraphs for r in p.runs if r.font.size]
            if not runs:
                continue
            width = Emu(shape.width - frame.margin_left - frame.margin_right).inches
            height = Emu(shape.height - frame.margin_top - frame.margin_bottom).inches
            found.append((f"slide {number} {shape.name}", runs[0].font.size.pt, frame.text,
                          width, height))
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_text_is_estimated_to_overflow_its_box(decks: dict[str, Any], lang: str) -> None:
    """Every text box's text, wrapped at its size, fits its height (the fitting's own promise)."""
    for where, size, text, width, height in sized_texts(decks[lang]):
        spacing = 6.0  # the largest paragraph spacing the deck uses
        assert fit.height_of(text, size, width) <= height + 1e-6 + spacing / 72 * text.count(
            "\n"), where


def test_a_long_dimension_continues_on_a_second_slide(tmp_path: Path) -> None:
    """25 programmes with long names in one dimension: two slides, the second 'continued';
    when even two slides are not enough, the notes and slide say how many were left out."""
    path = small_workbook(tmp_path / "many.rencana")
    wb = open_file(path)
    try:
        dim = rows.select(wb.db, model.Dimension)[1]
        with ops.Action(wb, "many") as act:
            for n in range(40):
                act.put(model.Programme(code=f"X-{n:02d}", dimension_id=dim.id,
                                        name=f"Program panjang nomor {n} " + "kata " * 25,
                                        start_year=2020, end_year=2022))
    finally:
        wb.close()
    out = tmp_path / "many.pptx"
    slides.export_deck(path, out, lang="en")
    prs = Presentation(str(out))
    titles = [s.shapes.title.text for s in prs.slides if s.shapes.title is not None]
    assert titles.count(f"{dim.name_en} (continued)") == 1
    assert outside(prs) == []
    first = next(s for s in prs.slides if s.shapes.title is not None
                 and s.shapes.title.text == dim.name_en)
    assert "more in the masterplan book" in " ".join(texts(prs.slides[
        list(prs.slides).index(first) + 1]))
    assert "not on the slide" in first.notes_slide.notes_text_frame.text


def test_the_region_emblem_goes_on_the_cover(tmp_path: Path) -> None:
    """A PNG in the ``emblem`` setting sits on the cover; a broken one is left out quietly."""
    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (300, 400), "#C62828").save(image, "PNG")
    path = small_workbook(tmp_path / "emblem.rencana")
    for value, pictures in ((base64.b64encode(image.getvalue()).decode(), 1),
                            ("not an image at all", 0)):
        wb = open_file(path)
        try:
            with ops.Action(wb, "emblem") as act:
                act.put(model.DocSetting(id="emblem", value=value))
        finally:
            wb.close()
        out = tmp_path / "emblem.pptx"
        slides.export_deck(path, out)
        prs = Presentation(str(out))
        found = [s for s in prs.slides[0].shapes if s.shape_type == 13]  # PICTURE
        assert len(found) == pictures
        assert outside(prs) == []


def test_the_command_line_writes_the_deck_or_says_one_sentence(demo_file: Path,
                                                               tmp_path: Path) -> None:
    """``export --doc slides`` writes a deck; a .docx name is refused with nothing written."""
    out = tmp_path / "deck.pptx"
    done = run_cli("export", str(demo_file), "--doc", "slides", "--lang", "en", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert len(Presentation(str(out)).slides) >= 16
    wrong = run_cli("export", str(demo_file), "--doc", "slides", "-o",
                    str(tmp_path / "deck.docx"))
    assert wrong.returncode == 1
    assert wrong.stderr.strip().count("\n") == 0 and ".pptx" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


def test_a_cancelled_export_leaves_the_old_deck(demo_file: Path, tmp_path: Path) -> None:
    """A progress callback raising halfway: the old deck's bytes, no temporary file."""
    out = tmp_path / "deck.pptx"
    out.write_bytes(b"old deck")

    def cancel(done: int, total: int) -> None:
        if done >= total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        slides.export_deck(demo_file, out, progress=cancel)
    assert out.read_bytes() == b"old deck"
    assert os.listdir(tmp_path) == ["deck.pptx"]
    with pytest.raises(ValidationError):
        slides.export_deck(demo_file, out, lang="fr")


@pytest.fixture(scope="module")
def clean_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a small workbook written once for this module (copy it before changing it)."""
    return small_workbook(tmp_path_factory.mktemp("small") / "small.rencana")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_=st.lists(STORED, min_size=1, max_size=8), lang=st.sampled_from(["id", "en"]))
def test_hostile_text_in_every_field_still_makes_a_deck(
        clean_book: Path, tmp_path_factory: pytest.TempPathFactory, texts_: list[str],
        lang: str) -> None:
    """Controls, U+FFFE, bidi marks, emoji, 300-character names in every field: a deck whose
    shapes stay on the slide, reopened by python-pptx."""
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "h.rencana"
    path.write_bytes(clean_book.read_bytes())
    poison(path, [*texts_, "x" * 300])
    out = folder / "out.pptx"
    slides.export_deck(path, out, lang=lang)
    prs = Presentation(str(out))
    assert outside(prs) == []
    assert sorted(p.name for p in folder.iterdir()) == ["h.rencana", "out.pptx"]


@settings(max_examples=60, deadline=None)
@given(text=ANY, width=st.floats(0.3, 8), height=st.floats(0.2, 5),
       largest=st.integers(8, 40))
def test_fitted_text_never_exceeds_its_box(text: str, width: float, height: float,
                                           largest: int) -> None:
    """Any text, any box: the fitted text (maybe cut with an ellipsis) fits at its size."""
    from app.slides.canvas import clean

    cleaned = clean(text)
    fitted = fit.fit(cleaned, width, height, largest, min(8, largest))
    lines = fit.wrap(fitted.text, fitted.size, width)
    assert len(lines) * fit.line_height(fitted.size) <= max(height, fit.line_height(
        fitted.size)) + 1e-6 or not fitted.text
    for line in lines:
        assert fit.text_width(line, fitted.size) <= width + 1e-6 or len(line) == 1
    if fitted.cut and fitted.text:
        assert fitted.text.endswith(fit.ELLIPSIS)


def test_a_hostile_file_with_a_bad_colour_still_exports(clean_book: Path, tmp_path: Path
                                                        ) -> None:
    """A dimension colour that is not #RRGGBB (a foreign file) falls back to the house colours."""
    path = tmp_path / "colour.rencana"
    path.write_bytes(clean_book.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE dimensions SET color = 'red; drop'")
    conn.commit()
    conn.close()
    slides.export_deck(path, tmp_path / "colour.pptx")
    assert outside(Presentation(str(tmp_path / "colour.pptx"))) == []
