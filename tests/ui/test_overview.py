"""The Overview page follows the workbook: counts, attendance, the cards chart and the gaps."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import model, ops
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file
from ui.context import EditContext
from ui.pages.overview import OverviewPage as Page


@pytest.fixture
def page(wb: WorkbookFile, qtbot: QtBot) -> Page:
    shown = Page(EditContext(wb, "en"))
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def demo_wb(demo_file: Path, tmp_path: Path) -> Iterator[WorkbookFile]:
    copy = tmp_path / "demo.rencana"
    shutil.copy(demo_file, copy)
    opened = open_file(copy)
    yield opened
    opened.close()


def _gaps(page: Page) -> list[str]:
    return [page.gaps.item(i).text() for i in range(page.gaps.count())]


def test_an_empty_workbook_shows_zeros_and_every_gap(page: Page) -> None:
    assert page.heading.text() == "Kota Contoh"
    assert "Plan period 2019-2024" in page.subheading.text()
    assert page.tiles["cards"].value.text() == "0"
    assert page.tiles["total_budget"].value.text() == "Rp0"
    # a new workbook: the next steps (each a link), not a warning per empty dimension
    assert page.health_box.title() == "Next steps"
    assert _gaps(page)[0] == "1. Import the participants (People and organisations)  →"
    assert not any(text.startswith("⚠") for text in _gaps(page))


def test_the_page_follows_edits_undo_and_redo(page: Page, qtbot: QtBot) -> None:
    ctx = page.ctx
    dimension = rows.select(ctx.wb.db, model.Dimension)[0]
    with qtbot.waitSignal(ctx.changed):
        card = model.Card(text="Portal", dimension_id=dimension.id)
        ctx.perform(lambda: ops.add(ctx.wb, card)[0])
    assert page.tiles["cards"].value.text() == "1"
    assert "⚠  Smart Governance has no idea cards yet." not in _gaps(page)
    assert "⚠  Smart Branding has no idea cards yet." in _gaps(page)  # cards begun: warn
    ctx.stack.undo()
    assert page.tiles["cards"].value.text() == "0"
    assert "4. Capture the first idea cards (Idea board)  →" in _gaps(page)
    ctx.stack.redo()
    assert page.tiles["cards"].value.text() == "1"


def test_the_budget_is_shown_in_rupiah(page: Page) -> None:
    ctx = page.ctx
    dimension = rows.select(ctx.wb.db, model.Dimension)[0]
    source = rows.select(ctx.wb.db, model.FundingSource)[0]
    _c, pid = ops.add(ctx.wb, model.Programme(name="Portal", dimension_id=dimension.id,
                                              start_year=2020, end_year=2020))
    ctx.perform(lambda: ops.put(ctx.wb, model.Budget(
        id=model.natural_id("budgets", pid, 2020, source.id), programme_id=pid, year=2020,
        source_id=source.id, amount=1_500_000))[0])
    assert page.tiles["total_budget"].value.text() == "Rp1,5 million"
    assert page.tiles["total_budget"].toolTip() == "Rp1.500.000"
    assert page.tiles["programmes"].value.text() == "1"


def test_the_cards_chart_shows_a_bar_per_dimension(page: Page, qtbot: QtBot) -> None:
    """Painted with QPainter (no matplotlib at start-up), framework order, counts follow."""
    labels = [bar.label for bar in page.chart.bars]
    assert labels[0] == "Smart Governance" and len(labels) == 6
    dimension = rows.select(page.ctx.wb.db, model.Dimension)[0]
    page.ctx.perform(lambda: ops.add(page.ctx.wb, model.Card(
        kind="idea", text="Portal", dimension_id=dimension.id))[0])
    assert page.chart.bars[0].value == 1 and page.chart.bars[0].text == "1"
    page.show()
    qtbot.waitExposed(page)
    assert not page.chart.grab().isNull()


def test_the_attendance_table_passes_the_model_tester(
        demo_wb: WorkbookFile, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    shown = Page(EditContext(demo_wb, "id"))
    qtbot.addWidget(shown)
    model_ = shown.attendance
    qtmodeltester.check(model_)
    assert model_.rowCount() == 4
    assert model_.index(0, model_.COL_DATES).data() == "4-5 Juli 2019"
    assert int(model_.index(0, model_.COL_PRESENT).data().replace(".", "")) > 200
    assert "Juli 2019" in model_.index(0, model_.COL_PER_DAY).data(3)  # the tooltip


def test_a_session_with_nobody_present_is_a_gap(page: Page) -> None:
    ctx = page.ctx
    ctx.perform(lambda: ops.add(ctx.wb, model.Session(title="Bimtek II", stage="II",
                                                      start_date="2019-08-01"))[0])
    assert "2. Take the attendance of a session (Sessions)  →" in _gaps(page)
    assert page.attendance.rowCount() == 1
