"""Charts: valid PNG and SVG files written atomically, legible fonts, roadmap layout rules."""

from __future__ import annotations

import io
import itertools
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import charts, model, ops, programmes, roadmap, workbooks
from app.charts import data as chart_data
from app.charts import figures as chart_figures
from app.charts import roadmap as chart_roadmap
from app.errors import RencanaError
from app.storage import rows, safe
from app.storage.queries_programmes import ProgrammeRow
from app.storage.queries_roadmap import MilestoneMark
from tests.helpers import run_cli

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _fill(wb: workbooks.WorkbookFile) -> None:
    """A demo-like workbook: programmes in every dimension, quick wins, money, ratings."""
    dims = rows.select(wb.db, model.Dimension)
    source = rows.select(wb.db, model.FundingSource)[0].id
    for i in range(18):
        quick = i < 6
        start = 2019 if quick else 2019 + i % 5
        record = model.Programme(name=f"Program percontohan nomor {i}", start_year=start,
                                 end_year=start if quick else min(2024, start + i % 3),
                                 dimension_id=dims[i % 6].id,
                                 phase="quick_win" if quick else "medium")
        pid = programmes.add_programme(wb, record)[1]
        programmes.set_budget(wb, pid, start, source, (i + 1) * 250_000_000)
        if i % 4 == 0:
            programmes.add_milestone(wb, pid, start, "Peluncuran")
    for comp in rows.select(wb.db, model.Component):
        for n, dim in enumerate(dims):
            ops.put(wb, model.Readiness(id=model.natural_id("readiness", comp.id, dim.id),
                                        component_id=comp.id, dimension_id=dim.id,
                                        rating=1 + n % 5))


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo-like workbook file, written once for this module (read it only)."""
    path = tmp_path_factory.mktemp("charts") / "kota.rencana"
    record = model.Workbook(region="Kota Madiun", plan_start=2019, plan_end=2024)
    workbooks.new_workbook(path, record, fill=_fill).close()
    return path


@pytest.mark.parametrize("kind", charts.KINDS)
def test_each_chart_writes_a_valid_png_at_200_dpi(book: Path, tmp_path: Path, kind: str) -> None:
    out = charts.write_chart(book, kind, tmp_path / f"{kind}.png", lang="id")
    width, height = _png_size(out.read_bytes())
    assert width >= 1600 and 1000 <= height <= 1700  # A4 landscape at 200 dpi
    assert [p.name for p in tmp_path.iterdir()] == [f"{kind}.png"]  # no temporary file left


@pytest.mark.parametrize("kind", charts.KINDS)
def test_each_chart_writes_svg_that_parses_as_xml(book: Path, tmp_path: Path, kind: str) -> None:
    out = charts.write_chart(book, kind, tmp_path / f"{kind}.svg", lang="en")
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")


@pytest.mark.parametrize("kind", charts.KINDS)
def test_every_label_is_at_least_8_points(book: Path, kind: str) -> None:
    from matplotlib.text import Text

    fig = charts.figure_for(safe.load_copy(book), kind, "id")
    fig.canvas.draw()
    texts = [t for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]
    assert texts and min(t.get_fontsize() for t in texts) >= 8
    assert fig.get_size_inches()[0] <= 11.7  # fits A4 landscape


def test_roadmap_shows_every_lane_code_and_quick_win(book: Path) -> None:
    from matplotlib.text import Text

    data = roadmap.load(safe.load_copy(book))
    assert len(data.lanes) == 6 and sum(b.quick_win for b in data.bars) == 6
    fig = charts.roadmap_figure(data, "en")
    words = " ".join(t.get_text() for t in fig.findobj(Text))
    assert "Smart City roadmap, Kota Madiun 2019-2024" in words
    assert all(bar.code in words for bar in data.bars)
    assert "Smart Environment" in words.replace("\n", " ")


def test_render_to_bytes_for_word(book: Path) -> None:
    fig = charts.figure_for(safe.load_copy(book), "readiness")
    buffer = io.BytesIO()
    charts.render(fig, buffer, "png", dpi=100)
    assert _png_size(buffer.getvalue()) == (900, 720)


def test_a_failed_write_keeps_the_old_chart(book: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "r.png"
    out.write_bytes(b"old chart")

    def disk_full(fig: object, handle: io.BufferedWriter, fmt: str) -> None:
        handle.write(b"half a chart")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(chart_figures, "render", disk_full)
    with pytest.raises(RencanaError) as caught:
        charts.write_chart(book, "roadmap", out)
    assert caught.value.message("en") == "Cannot write r.png: the disk is full."
    assert out.read_bytes() == b"old chart"
    assert [p.name for p in tmp_path.iterdir()] == ["r.png"]


def test_cli_chart_writes_the_file(book: Path, tmp_path: Path) -> None:
    out = tmp_path / "roadmap.png"
    done = run_cli("chart", str(book), "--kind", "roadmap", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == PNG_MAGIC


@pytest.mark.parametrize(("target", "sentence"), [
    ("r.jpg", "Charts are written as .png or .svg, not r.jpg."),
    ("missing/r.png", "The folder {tmp}/missing does not exist: choose another folder."),
    ("folder.png", "folder.png is a folder: choose another name."),
])
def test_cli_unwritable_target_gives_one_sentence(book: Path, tmp_path: Path, target: str,
                                                  sentence: str) -> None:
    (tmp_path / "folder.png").mkdir()
    done = run_cli("chart", str(book), "--kind", "budget", "-o", str(tmp_path / target),
                   env={"RENCANA_LANG": "en"})
    assert done.returncode == 1
    assert done.stderr.strip() == sentence.format(tmp=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.png"]


def test_cli_indonesian_sentence(book: Path, tmp_path: Path) -> None:
    done = run_cli("chart", str(book), "--kind", "budget", "-o", str(tmp_path / "r.gif"),
                   env={"RENCANA_LANG": "id"})
    assert done.stderr.strip() == "Grafik ditulis sebagai .png atau .svg, bukan r.gif."


# -- roadmap layout --------------------------------------------------------------------

BARS = st.lists(st.tuples(st.integers(0, 2), st.integers(2019, 2024), st.integers(0, 5)),
                max_size=120)


def _roadmap(lanes: int, spans: list[tuple[int, int, int]],
             marks: tuple[MilestoneMark, ...] = ()) -> roadmap.RoadmapData:
    """Return a roadmap of dimensions d0, d1, ... and programmes p0, p1, ... given as
    (lane, start, end)."""
    dims = {f"d{i}": model.Dimension(id=f"d{i}", code=f"D{i}", name_id=f"Dim {i}", position=i)
            for i in range(lanes)}
    progs = {f"p{n}": ProgrammeRow(f"p{n}", f"D-{n:02d}", "x", f"d{lane}", f"D{lane}", lane,
                                   None, "", "", None, "", "", "long", "", start, end, 0)
             for n, (lane, start, end) in enumerate(spans)}
    return roadmap.RoadmapData("Kota", 2019, 2024, progs, dims, milestones=marks)


@given(specs=BARS)
def test_packed_rows_never_overlap_and_keep_every_bar(specs: list[tuple[int, int, int]]) -> None:
    data = _roadmap(3, [(lane, start, min(2024, start + span)) for lane, start, span in specs])
    lanes, bars = data.lanes, data.bars
    placed = chart_roadmap.layout(data)
    assert [lane for lane, _rows in placed] == list(lanes)  # every lane, even an empty one
    seen = [bar for _lane, lane_rows in placed for row in lane_rows for bar in row]
    assert sorted(b.id for b in seen) == sorted(b.id for b in bars)
    for lane, lane_rows in placed:
        for row in lane_rows:
            assert all(b.lane == lane.key for b in row)
            spans = sorted((b.start, b.end) for b in row)
            assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))
    if not chart_roadmap.is_packed(data):
        assert sum(len(r) for _lane, r in placed) == len(bars) + sum(
            1 for lane in lanes if not any(b.lane == lane.key for b in bars))


def test_a_large_roadmap_splits_by_lane() -> None:
    marks = (MilestoneMark("p0", 2019, "m"), MilestoneMark("p1", 2020, "m"))
    data = _roadmap(2, [(n % 2, 2019, 2020) for n in range(10)], marks)
    one = data.only("d1")
    assert one.lanes == data.lanes[1:] and len(one.bars) == 5
    assert [m.programme_id for m in one.milestones] == ["p1"]


def test_a_roadmap_too_big_for_one_page_comes_in_parts_per_lane() -> None:
    small = _roadmap(3, [(n % 2, 2019, 2020) for n in range(40)])
    assert charts.roadmap_parts(small) == [small]
    big = _roadmap(3, [(n % 2, 2019, 2020) for n in range(90)])
    parts = charts.roadmap_parts(big)
    assert [p.lanes[0].key for p in parts] == ["d0", "d1"]
    assert all(not chart_roadmap.is_packed(p) or len(p.bars) > 43 for p in parts)


@pytest.mark.parametrize("kind", charts.KINDS)
def test_the_demo_charts_are_valid_png_and_svg(demo_file: Path, tmp_path: Path,
                                               kind: str) -> None:
    png = charts.write_chart(demo_file, kind, tmp_path / f"{kind}.png", lang="id")
    assert _png_size(png.read_bytes())[0] >= 1600
    svg = charts.write_chart(demo_file, kind, tmp_path / f"{kind}.svg", lang="en")
    assert ET.parse(svg).getroot().tag.endswith("svg")


def test_the_demo_roadmap_names_every_programme(demo_file: Path) -> None:
    from matplotlib.text import Text

    data = roadmap.load(safe.load_copy(demo_file))
    assert not chart_roadmap.is_packed(data)  # the demo fits one labelled page
    words = {t.get_text() for t in charts.roadmap_figure(data, "id").findobj(Text)}
    assert {bar.code for bar in data.bars} <= words
    assert sum(bar.quick_win for bar in data.bars) == 6


def test_an_empty_workbook_still_gives_every_chart(wb: workbooks.WorkbookFile) -> None:
    from matplotlib.text import Text

    texts = {kind: " ".join(t.get_text() for t in charts.figure_for(wb.db, kind, "en")
                            .findobj(Text)) for kind in charts.KINDS}
    assert "No programmes yet." in texts["roadmap"]
    assert "No budget entered yet." in texts["budget"]
    assert "Smart\nGovernance" in texts["readiness"]
    buffer = io.BytesIO()
    charts.render(charts.figure_for(wb.db, "readiness", "en"), buffer, "svg")
    assert ET.fromstring(buffer.getvalue()).tag.endswith("svg")


def test_a_junk_dimension_colour_from_a_foreign_file_falls_back(tmp_path: Path) -> None:
    """Validation refuses it, but a file from elsewhere may hold anything: charts still draw."""
    from app import charts, model, ops, workbooks
    from app.errors import ValidationError
    from app.storage import rows

    wb = workbooks.new_workbook(tmp_path / "c.rencana", model.Workbook(
        region="Kota X", plan_start=2020, plan_end=2025))
    dim = rows.select(wb.db, model.Dimension)[0]
    with pytest.raises(ValidationError, match="#1565C0"):
        ops.update(wb, model.Dimension, dim.id, color="red-ish")
    with wb.atomic() as db:
        db.execute("UPDATE dimensions SET color = 'not a colour' WHERE id = ?", [dim.id])
    charts.render(charts.readiness_figure(chart_data.readiness_data(wb.db)), tmp_path / "r.png")
    charts.render(charts.budget_figure(chart_data.budget_data(wb.db)), tmp_path / "b.png")
    charts.render(charts.roadmap_figure(roadmap.load(wb.db)), tmp_path / "m.png")
    wb.close()
    assert (tmp_path / "r.png").stat().st_size > 0
