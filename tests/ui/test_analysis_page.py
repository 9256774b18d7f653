"""The Analysis page: ratings and narratives per cell, evidence, SWOT and issue lists, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import analysis, model
from app.storage import rows
from app.storage.workbook import WorkbookFile
from ui.context import EditContext
from ui.pages.analysis import AnalysisPage as Page


def _page(qtbot: QtBot, wb: WorkbookFile) -> tuple[Page, EditContext]:
    ctx = EditContext(wb, "en")
    page = Page(ctx)
    qtbot.addWidget(page)
    return page, ctx


def test_the_grid_has_a_row_per_component_and_a_column_per_dimension(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    page, _ctx = _page(qtbot, wb)
    grid = page.readiness.grid
    assert grid.rowCount() == 3 and grid.columnCount() == 6
    assert [grid.vertical_label(n) for n in range(3)] == [
        "Structure", "Infrastructure", "Suprastructure"]


def test_a_rating_is_stored_and_undone(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    grid = page.readiness.grid
    assert grid.setData(grid.index(1, 2), 4)
    comp = rows.select(wb.db, model.Component)[1]
    dim = rows.select(wb.db, model.Dimension)[2]
    assert analysis.readiness(wb, comp.id, dim.id).rating == 4
    assert grid.data(grid.index(1, 2)) == "4 / 5"
    ctx.stack.undo()
    assert analysis.readiness(wb, comp.id, dim.id).rating == 0


def test_a_rating_above_the_scale_is_refused(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    with qtbot.waitSignal(ctx.failed, timeout=1000):
        assert not page.readiness.grid.setData(page.readiness.grid.index(0, 0), 6)
    assert ctx.stack.count() == 0


def test_the_narrative_of_the_chosen_cell_is_saved(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    tab = page.readiness
    tab.view.setCurrentIndex(tab.grid.index(2, 5))
    qtbot.keyClicks(tab.narrative, "Perwal SPBE belum ada")
    tab.binding.save()
    comp = rows.select(wb.db, model.Component)[2]
    dim = rows.select(wb.db, model.Dimension)[5]
    assert analysis.readiness(wb, comp.id, dim.id).narrative == "Perwal SPBE belum ada"
    tab.view.setCurrentIndex(tab.grid.index(0, 0))
    assert tab.narrative.toPlainText() == ""
    ctx.stack.undo()
    assert analysis.readiness(wb, comp.id, dim.id).narrative == ""


def test_evidence_belongs_to_the_chosen_cell(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, _ctx = _page(qtbot, wb)
    tab = page.readiness
    tab.view.setCurrentIndex(tab.grid.index(0, 1))
    tab.add_evidence()
    assert tab.evidence.setData(tab.evidence.index(0, 0), "SK Dewan Smart City")
    tab.view.setCurrentIndex(tab.grid.index(0, 2))
    assert tab.evidence.rowCount() == 0
    tab.view.setCurrentIndex(tab.grid.index(0, 1))
    assert tab.evidence.data(tab.evidence.index(0, 0)) == "SK Dewan Smart City"
    tab.evidence_view.setCurrentIndex(tab.evidence.index(0, 0))
    tab.delete_evidence()
    assert rows.count(wb.db, model.Evidence) == 0


def test_swot_entries_take_the_filter_and_show_only_there(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    swot = page.swot
    swot.dimension.setCurrentIndex(3)
    swot.component.setCurrentIndex(1)
    strengths = swot.lists["strength"]
    strengths.add_card()
    card = rows.select(wb.db, model.Card)[0]
    assert card.kind == "strength"
    assert card.dimension_id == swot.dimension.currentData()
    assert card.component_id == swot.component.currentData()
    swot.dimension.setCurrentIndex(1)
    assert strengths.cards.rowCount() == 0
    assert swot.lists["threat"].cards.rowCount() == 0
    ctx.stack.undo()
    assert rows.count(wb.db, model.Card) == 0


def test_issues_and_gaps_are_separate_lists(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, _ctx = _page(qtbot, wb)
    page.issues.lists["gap"].add_card()
    assert page.issues.lists["gap"].cards.rowCount() == 1
    assert page.issues.lists["issue"].cards.rowCount() == 0


def test_the_models_pass_the_model_tester(qtbot: QtBot, wb: WorkbookFile,
                                          qtmodeltester: ModelTester) -> None:
    page, _ctx = _page(qtbot, wb)
    page.readiness.add_evidence()
    page.swot.lists["weakness"].add_card()
    qtmodeltester.check(page.readiness.grid)
    qtmodeltester.check(page.readiness.evidence)
    qtmodeltester.check(page.swot.lists["weakness"].cards)


def test_the_radar_is_drawn_when_shown_and_redrawn_on_a_rating(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    page, _ctx = _page(qtbot, wb)
    radar = page.readiness.radar
    with qtbot.waitSignal(radar.drawn, timeout=30_000):
        page.show()
    first = radar.image
    assert first is not None and first.width() > 300 and not radar.pixmap().isNull()
    with qtbot.waitSignal(radar.drawn, timeout=30_000):
        page.readiness.grid.setData(page.readiness.grid.index(0, 0), 3)
    assert radar.image is not first


def test_a_new_dimension_becomes_a_column(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    from app import ops

    ctx.perform(lambda: ops.add(wb, model.Dimension(code="SC", name_id="Smart Culture",
                                                    position=6))[0])
    grid = page.readiness.grid
    assert grid.columnCount() == 7
    assert grid.headerData(6, Qt.Orientation.Horizontal) == "SC"
    assert len(grid.row(0).cells) == 7
