"""The Roadmap page: bars dragged and resized with the mouse become one undoable move each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import model, ops, programmes, workbooks
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file
from ui.context import EditContext
from ui.pages.roadmap import RoadmapPage as Page
from ui.roadmap.bar import ProgrammeBar

SG = model.natural_id("dimensions", "SG")
SN = model.natural_id("dimensions", "SN")


def _add(wb: WorkbookFile, name: str, start: int, end: int, dimension: str = SG,
         phase: str = "medium") -> str:
    programme = model.Programme(dimension_id=dimension, name=name, start_year=start,
                                end_year=end, phase=phase)
    return programmes.add_programme(wb, programme)[1]


@pytest.fixture
def page(qtbot: QtBot, wb: WorkbookFile) -> Page:
    """Return the roadmap of a workbook with three programmes (plan 2019-2024), shown."""
    _add(wb, "Portal layanan", 2019, 2019, phase="quick_win")
    _add(wb, "Satu data", 2020, 2021)
    _add(wb, "Bank sampah", 2019, 2020, dimension=SN)
    shown = Page(EditContext(wb, "en"))
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _bar(page: Page, name: str) -> ProgrammeBar:
    return next(b for b in page.scene.bars.values() if b.look.row.name == name)


def _years(wb: WorkbookFile, name: str) -> tuple[int | None, int | None]:
    found = rows.select(wb.db, model.Programme, name=name)[0]
    return found.start_year, found.end_year


def _drag(qtbot: QtBot, page: Page, start: QPointF, years: float) -> None:
    """Press at scene point ``start``, move ``years`` year-widths right, release."""
    view = page.view
    end = QPointF(start.x() + years * page.year_w, start.y())
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, QPoint(a.x() + (b.x() - a.x()) * step // 5, a.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _middle(bar: ProgrammeBar) -> QPointF:
    return bar.mapToScene(bar.bar_rect().center())


def _right_end(bar: ProgrammeBar) -> QPointF:
    rect = bar.bar_rect()
    return bar.mapToScene(QPointF(rect.right() - 3, rect.center().y()))


def test_dragging_a_bar_two_years_moves_the_programme_as_one_undo_step(
        qtbot: QtBot, page: Page) -> None:
    wb = page.ctx.wb
    _drag(qtbot, page, _middle(_bar(page, "Satu data")), 2)
    assert _years(wb, "Satu data") == (2022, 2023)
    assert page.ctx.stack.count() == 1
    assert (_bar(page, "Satu data").start, _bar(page, "Satu data").end) == (2022, 2023)
    page.ctx.stack.undo()
    assert _years(wb, "Satu data") == (2020, 2021)
    assert _bar(page, "Satu data").start == 2020


def test_dragging_the_right_end_resizes_the_programme(qtbot: QtBot, page: Page) -> None:
    _drag(qtbot, page, _right_end(_bar(page, "Satu data")), 2)
    assert _years(page.ctx.wb, "Satu data") == (2020, 2023)
    assert page.ctx.stack.count() == 1


def test_dragging_the_left_end_moves_only_the_start(qtbot: QtBot, page: Page) -> None:
    bar = _bar(page, "Satu data")
    rect = bar.bar_rect()
    left_end = bar.mapToScene(QPointF(rect.left() + 3, rect.center().y()))
    _drag(qtbot, page, left_end, -1)
    assert _years(page.ctx.wb, "Satu data") == (2019, 2021)
    _drag(qtbot, page, bar.mapToScene(QPointF(bar.bar_rect().left() + 3, 12)), 5)
    assert _years(page.ctx.wb, "Satu data") == (2021, 2021)  # never past the end


def test_a_resize_past_the_plan_period_is_refused_with_a_message(
        qtbot: QtBot, page: Page) -> None:
    bar = _bar(page, "Satu data")
    with qtbot.waitSignal(page.ctx.failed) as failed:
        _drag(qtbot, page, _right_end(bar), 4)
    assert "outside the plan period" in failed.args[0]
    assert "2025" in failed.args[0]
    assert _years(page.ctx.wb, "Satu data") == (2020, 2021)
    assert (bar.start, bar.end) == (2020, 2021)  # the bar snapped back
    assert page.ctx.stack.count() == 0


def test_a_click_without_moving_changes_nothing(qtbot: QtBot, page: Page) -> None:
    _drag(qtbot, page, _middle(_bar(page, "Satu data")), 0.2)
    assert _years(page.ctx.wb, "Satu data") == (2020, 2021)
    assert page.ctx.stack.count() == 0


def test_lanes_switch_between_dimensions_opds_and_phases(page: Page) -> None:
    assert [lane.title for lane in page.layout_now.lanes][:2] == [
        "Smart Governance", "Smart Branding"]
    assert len(page.layout_now.lanes) == 6
    page.controls.set_mode("phase")
    assert [lane.key for lane in page.layout_now.lanes] == list(model.PHASES)
    quick = page.layout_now.lanes[0]
    assert quick.count == 1
    page.controls.set_mode("opd")
    assert [lane.title for lane in page.layout_now.lanes] == ["No lead OPD"]
    assert page.layout_now.lanes[0].count == 3


def test_filters_show_only_the_chosen_dimension(page: Page) -> None:
    combo = page.controls.dimension
    combo.setCurrentIndex(combo.findData(SN))
    assert set(page.scene.bars) == {
        p.id for p in rows.select(page.ctx.wb.db, model.Programme, dimension_id=SN)}
    assert [lane.key for lane in page.layout_now.lanes] == [SN]


def test_a_programme_starting_before_its_predecessor_ends_is_flagged(page: Page) -> None:
    wb = page.ctx.wb
    data_id = rows.select(wb.db, model.Programme, name="Satu data")[0].id
    waste_id = rows.select(wb.db, model.Programme, name="Bank sampah")[0].id
    page.ctx.perform(lambda: programmes.add_dependency(wb, waste_id, data_id))
    waste = page.scene.bars[waste_id]
    assert waste.look.reasons and "SG-02" in waste.look.reasons[0]
    assert "ends in 2021" in waste.look.reasons[0]
    assert "ends in 2021" in waste.tooltip_text()
    assert page.scene.arrows[(waste_id, data_id)].late
    assert not page.scene.bars[data_id].look.reasons
    page.ctx.perform(lambda: programmes.move_programme(wb, waste_id, 2021, 2022))
    assert not waste.look.reasons
    assert not page.scene.arrows[(waste_id, data_id)].late


def test_hover_text_names_code_opd_years_and_budget(qtbot: QtBot, page: Page) -> None:
    wb = page.ctx.wb
    data_id = rows.select(wb.db, model.Programme, name="Satu data")[0].id
    source = rows.select(wb.db, model.FundingSource)[0].id
    page.ctx.perform(lambda: programmes.set_budget(wb, data_id, 2020, source, 1_500_000))
    bar = page.scene.bars[data_id]
    qtbot.mouseMove(page.view.viewport(), page.view.mapFromScene(_middle(bar)))
    qtbot.waitUntil(lambda: "Rp1.500.000" in bar.toolTip())
    assert "SG-02" in bar.toolTip() and "2020-2021" in bar.toolTip()


AMBER = QColor("#FFC107")  # the quick-win fill, as design.md's roadmap shows it


def _amber_share(page: Page, name: str) -> float:
    """Return the share of the bar's drawn pixels (grabbed from the view) that are amber."""
    bar = _bar(page, name)
    page.view.ensureVisible(bar)
    area = page.view.mapFromScene(bar.mapToScene(bar.bar_rect())).boundingRect()
    image = page.view.viewport().grab(area).toImage()
    pixels = [QColor(image.pixel(x, y)) for x in range(image.width())
              for y in range(image.height())]
    amber = [c for c in pixels if abs(c.red() - AMBER.red()) + abs(c.green() - AMBER.green())
             + abs(c.blue() - AMBER.blue()) < 30]
    return len(amber) / len(pixels)


def test_quick_wins_are_drawn_amber_and_other_bars_are_not(page: Page) -> None:
    assert _amber_share(page, "Portal layanan") > 0.4
    assert _amber_share(page, "Satu data") < 0.05


def test_only_changed_bars_are_touched_on_an_edit(page: Page) -> None:
    wb = page.ctx.wb
    before = dict(page.scene.bars)
    looks = {pid: bar.look for pid, bar in before.items()}
    data_id = rows.select(wb.db, model.Programme, name="Satu data")[0].id
    page.ctx.perform(lambda: programmes.update_programme(wb, data_id, name="Satu data kota"))
    assert page.scene.bars == before  # the same items, none rebuilt
    changed = {pid for pid, bar in page.scene.bars.items() if bar.look != looks[pid]}
    assert changed == {data_id}


def test_a_programme_outside_a_shortened_plan_is_flagged_and_the_axis_widens(
        page: Page) -> None:
    wb = page.ctx.wb
    book = rows.select(wb.db, model.Workbook)[0]
    page.ctx.perform(lambda: ops.update(wb, model.Workbook, book.id, plan_start=2020))
    portal = _bar(page, "Portal layanan")
    assert "outside the plan period 2020-2024" in portal.look.reasons[0]
    axis = page.layout_now.axis
    assert (axis.first, axis.last) == (2019, 2024) and not axis.in_plan(2019)
    assert not _bar(page, "Satu data").look.reasons


def test_ctrl_wheel_zooms_and_fit_brings_the_whole_roadmap_back(qtbot: QtBot,
                                                                page: Page) -> None:
    view = page.view
    fitted = view.zoom()
    centre = view.viewport().rect().center()
    event = QWheelEvent(QPointF(centre), QPointF(view.viewport().mapToGlobal(centre)),
                        QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(fitted * 1.15 ** 2)
    assert not view.auto_fit
    qtbot.mouseClick(page.controls.fit, Qt.MouseButton.LeftButton)
    assert view.auto_fit and view.zoom() == pytest.approx(fitted)
    qtbot.mouseClick(page.controls.actual_size, Qt.MouseButton.LeftButton)
    assert view.zoom() == pytest.approx(1.0)


def test_a_scene_that_is_not_editable_ignores_drags(qtbot: QtBot, page: Page) -> None:
    page.scene.set_editable(False)
    _drag(qtbot, page, _middle(_bar(page, "Satu data")), 2)
    assert _years(page.ctx.wb, "Satu data") == (2020, 2021)


def test_a_read_only_workbook_shows_its_roadmap_but_cannot_be_dragged(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "shared.rencana"
    book = model.Workbook(region="Kota Contoh", plan_start=2019, plan_end=2024)
    workbooks.new_workbook(path, book, fill=lambda wb: _add(wb, "Satu data", 2020, 2021)).close()
    with open_file(path, read_only=True) as readonly:
        shown = Page(EditContext(readonly, "en"))
        qtbot.addWidget(shown)
        shown.resize(1200, 700)
        shown.show()
        qtbot.waitExposed(shown)
        assert len(shown.scene.bars) == 1
        _drag(qtbot, shown, _middle(_bar(shown, "Satu data")), 2)
        assert _years(readonly, "Satu data") == (2020, 2021)
        assert shown.ctx.stack.count() == 0


def test_arrow_keys_move_the_selected_bar_and_shift_resizes_it(qtbot: QtBot,
                                                               page: Page) -> None:
    bar = _bar(page, "Satu data")
    bar.setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert _years(page.ctx.wb, "Satu data") == (2021, 2022)
    qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert _years(page.ctx.wb, "Satu data") == (2021, 2021)
    qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert _years(page.ctx.wb, "Satu data") == (2021, 2021)  # the end cannot pass the start
    assert page.ctx.stack.count() == 2


def test_double_clicking_a_bar_names_its_programme(qtbot: QtBot, page: Page) -> None:
    bar = _bar(page, "Satu data")
    with qtbot.waitSignal(page.programme_activated) as activated:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                          pos=page.view.mapFromScene(_middle(bar)))
    assert activated.args == [bar.programme_id]
    assert page.ctx.stack.count() == 0


def test_a_hidden_roadmap_catches_up_when_shown(page: Page) -> None:
    wb = page.ctx.wb
    page.hide()
    added = programmes.add_programme(wb, model.Programme(
        dimension_id=SN, name="Taman kota", start_year=2022, end_year=2023))
    page.ctx.changed.emit(added[0].tables())
    assert added[1] not in page.scene.bars
    page.show()
    assert added[1] in page.scene.bars
