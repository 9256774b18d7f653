"""Roadmap bars carry their money: a drag moves budgets and KPI targets, a resize asks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from app import model, programmes
from app.storage import queries_programmes as queries
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.qt_dialogs import click, when_modal
from ui.context import EditContext
from ui.pages.overview import OverviewPage as Overview
from ui.pages.roadmap import RoadmapPage as Page
from ui.roadmap.bar import ProgrammeBar

SG = model.natural_id("dimensions", "SG")


@pytest.fixture
def page(qtbot: QtBot, wb: WorkbookFile) -> Page:
    """A roadmap with one programme 2020-2021: Rp500 juta and a KPI target in 2020."""
    source = rows.select(wb.db, model.FundingSource)[0].id
    pid = programmes.add_programme(wb, model.Programme(
        dimension_id=SG, name="Satu data", start_year=2020, end_year=2021))[1]
    programmes.set_budget(wb, pid, 2020, source, 500_000_000)
    kpi = programmes.add_kpi(wb, model.Kpi(programme_id=pid, indicator="Dataset"))[1]
    programmes.set_kpi_target(wb, kpi, 2020, "12")
    shown = Page(EditContext(wb, "en"))
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _bar(page: Page) -> ProgrammeBar:
    return next(iter(page.scene.bars.values()))


def _drag(qtbot: QtBot, page: Page, start: QPointF, years: float) -> None:
    view = page.view
    a = view.mapFromScene(start)
    b = view.mapFromScene(QPointF(start.x() + years * page.year_w, start.y()))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, QPoint(a.x() + (b.x() - a.x()) * step // 5, a.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _money(wb: WorkbookFile) -> dict[int, int]:
    pid = rows.select(wb.db, model.Programme)[0].id
    return {y: a for (y, _s), a in queries.budgets_of(wb.db, pid).items()}


def _targets(wb: WorkbookFile) -> dict[int | None, str]:
    return {t.year: t.target for t in rows.select(wb.db, model.KpiTarget)}


def test_dragging_a_bar_takes_its_money_and_targets_along_in_one_undo_step(
        qtbot: QtBot, page: Page) -> None:
    wb = page.ctx.wb
    bar = _bar(page)
    _drag(qtbot, page, bar.mapToScene(bar.bar_rect().center()), 2)
    assert _money(wb) == {2022: 500_000_000}
    assert _targets(wb) == {2022: "12"}
    assert page.ctx.stack.count() == 1
    page.ctx.stack.undo()
    assert _money(wb) == {2020: 500_000_000}
    assert _targets(wb) == {2020: "12"}


def test_a_resize_leaving_money_outside_asks_and_keep_flags_the_bar(
        qtbot: QtBot, page: Page) -> None:
    """Shrinking from the left past 2020: asked; Keep leaves the money and the bar is flagged."""
    wb = page.ctx.wb
    bar = _bar(page)
    rect = bar.bar_rect()
    when_modal(click("Keep them (flagged)"))
    _drag(qtbot, page, bar.mapToScene(QPointF(rect.left() + 3, rect.center().y())), 1)
    found = rows.select(wb.db, model.Programme)[0]
    assert (found.start_year, found.end_year) == (2021, 2021)
    assert _money(wb) == {2020: 500_000_000}
    assert any("Money in 2020" in reason for reason in _bar(page).look.reasons)
    overview = Overview(page.ctx)
    qtbot.addWidget(overview)
    texts = [overview.gaps.item(i).text() for i in range(overview.gaps.count())]
    assert any("has money in 2020, outside its years" in t for t in texts)
    assert any("KPI targets in 2020" in t for t in texts)


def test_a_resize_cancelled_puts_the_bar_back(qtbot: QtBot, page: Page) -> None:
    wb = page.ctx.wb
    bar = _bar(page)
    rect = bar.bar_rect()
    when_modal(click("Cancel"))
    _drag(qtbot, page, bar.mapToScene(QPointF(rect.left() + 3, rect.center().y())), 1)
    found = rows.select(wb.db, model.Programme)[0]
    assert (found.start_year, found.end_year) == (2020, 2021)
    assert (bar.start, bar.end) == (2020, 2021)
    assert page.ctx.stack.count() == 0


def test_a_resize_folding_moves_the_money_into_the_first_year_left(
        qtbot: QtBot, page: Page) -> None:
    wb = page.ctx.wb
    bar = _bar(page)
    rect = bar.bar_rect()
    when_modal(click("Move into the nearest year"))
    _drag(qtbot, page, bar.mapToScene(QPointF(rect.left() + 3, rect.center().y())), 1)
    assert _money(wb) == {2021: 500_000_000}
    assert _bar(page).look.reasons == ()


def test_a_long_quick_win_is_flagged_on_the_roadmap(qtbot: QtBot, page: Page) -> None:
    pid = rows.select(page.ctx.wb.db, model.Programme)[0].id
    page.ctx.perform(lambda: programmes.update_programme(page.ctx.wb, pid, phase="quick_win",
                                                         end_year=2022))
    assert any("12 months" in reason for reason in _bar(page).look.reasons)
