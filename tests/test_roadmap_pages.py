"""The roadmap on paper: a page per dimension with full names, 8 pt type, milestones, arrows."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app import charts, roadmap
from app.charts import cache
from app.charts import figures as chart_figures
from app.charts.roadmap_pages import PAGE_W, page_figure, page_title, roadmap_pages
from app.storage import safe

A4_LANDSCAPE_TEXT_IN = (29.7 - 3.0 - 2.0) / 2.54  # the width the figure is printed at


@pytest.fixture(scope="module")
def plan(demo_file: Path) -> roadmap.RoadmapData:
    """Return the demo's roadmap snapshot."""
    return roadmap.load(safe.load_copy(demo_file))


def _texts(fig) -> list:  # type: ignore[no-untyped-def]
    from matplotlib.text import Text

    return [t for t in fig.findobj(Text) if t.get_text().strip()]


def test_one_page_per_dimension_with_every_full_name_milestone_and_dependency(
        plan: roadmap.RoadmapData) -> None:
    """Each dimension's programmes on their own page: names whole (wrapped, never cut)."""
    from matplotlib.text import Annotation

    pages = roadmap_pages(plan)
    assert [p.lanes[0].key for p in pages] == [lane.key for lane in plan.lanes]
    for page in pages:
        assert {b.lane for b in page.bars} == {page.lanes[0].key}
        fig = page_figure(page, "id", page_title(page, "id", 1, 1))
        shown = " ".join(" ".join(t.get_text().split()) for t in _texts(fig))
        for bar in page.bars:
            assert bar.name in shown and bar.code in shown
            assert "…" not in shown
        for mark in page.milestones:
            assert " ".join(mark.title.split()) in shown
        arrows = [a for a in fig.findobj(Annotation) if a.arrow_patch is not None]
        assert len(arrows) == len(page.dependencies)
    assert sum(len(p.bars) for p in pages) == len(plan.bars)
    assert any(p.dependencies for p in pages)


@pytest.mark.parametrize("which", ["page", "overview"])
def test_type_prints_at_8_pt_or_more_on_a4_landscape(plan: roadmap.RoadmapData,
                                                     which: str) -> None:
    """Drawn no wider than A4 landscape's text width, so no label shrinks below 8 pt."""
    if which == "page":
        page = roadmap_pages(plan)[0]
        fig = page_figure(page, "en", page_title(page, "en", 1, 1))
    else:
        fig = chart_figures.roadmap_overview_figure(plan, "en")
    width, height = fig.get_size_inches()
    assert width <= A4_LANDSCAPE_TEXT_IN + 0.05 and width == pytest.approx(PAGE_W)
    scale = min(1.0, A4_LANDSCAPE_TEXT_IN / width, (21 - 5.0 - 1.0) / 2.54 / height)
    sizes = [t.get_fontsize() * scale for t in _texts(fig)]
    assert min(sizes) >= 8, min(sizes)


def test_bars_are_one_collection_not_a_barh_per_row(plan: roadmap.RoadmapData) -> None:
    """The overview draws its 42 bars as a single PolyCollection (no BarContainer)."""
    from matplotlib.collections import PolyCollection

    fig = charts.roadmap_figure(plan, "id")
    ax = fig.axes[0]
    assert not ax.containers
    polys = [c for c in ax.collections if type(c) is PolyCollection]
    assert len(polys) == 1 and len(polys[0].get_paths()) == len(plan.bars)


def test_ten_times_the_programmes_still_name_every_one_on_pages_that_fit(
        plan: roadmap.RoadmapData) -> None:
    """At 10x a dimension continues over several pages, each one fitting the page."""
    progs = {f"{p.id}-{n}": dataclasses.replace(p, id=f"{p.id}-{n}", code=f"{p.code}.{n}",
                                                name=f"{p.name} tahap {n}")
             for n in range(10) for p in plan.programmes.values()}
    big = roadmap.RoadmapData(plan.region, plan.plan_start, plan.plan_end, progs,
                              plan.dimensions, plan.organisations)
    pages = roadmap_pages(big)
    assert len(pages) > len(plan.lanes)
    assert sorted(b.id for p in pages for b in p.bars) == sorted(progs)
    fig = page_figure(pages[0], "id", "x")
    assert fig.get_size_inches()[1] <= 5.8 + 1e-6


def test_an_unchanged_chart_is_not_drawn_twice(demo_file: Path, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    """The PNG is kept under a hash of the data and language; another language is drawn anew."""
    db = safe.load_copy(demo_file)
    first = charts.chart_png(db, "roadmap", "id", dpi=50)

    def refuse(*_args: object) -> None:
        raise AssertionError("drawn again")

    monkeypatch.setattr(chart_figures, "roadmap_overview_figure", refuse)
    assert charts.chart_png(db, "roadmap", "id", dpi=50) == first
    with pytest.raises(AssertionError, match="drawn again"):
        charts.chart_png(db, "roadmap", "en", dpi=50)
    folder = cache.folder()
    assert folder is not None and len(list(folder.glob("*.png"))) == 1
