"""The Quick-win tracker: quick wins with their latest progress; an update is one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from app import model, programmes, workbooks
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file
from ui.budget.quickwin_models import PERCENT_ROLE, QuickWinModel, UpdateModel
from ui.context import EditContext
from ui.pages.quickwins import QuickWinsPage as Page


def _programme(wb: WorkbookFile, name: str, phase: str = "quick_win") -> str:
    dim = rows.select(wb.db, model.Dimension)[0].id
    record = model.Programme(name=name, dimension_id=dim, phase=phase, start_year=2019,
                             end_year=2019)
    return programmes.add_programme(wb, record)[1]


def _page(qtbot: QtBot, wb: WorkbookFile) -> tuple[Page, EditContext]:
    ctx = EditContext(wb, "en")
    page = Page(ctx)
    qtbot.addWidget(page)
    return page, ctx


def _updates(wb: WorkbookFile, pid: str) -> list[tuple[str | None, int, str]]:
    return [(u.date, u.percent, u.note)
            for u in rows.select(wb.db, model.QuickWinUpdate, programme_id=pid)]


def test_models_pass_the_model_tester(qtmodeltester, wb: WorkbookFile) -> None:
    pid = _programme(wb, "Portal Layanan Online")
    programmes.add_quickwin_update(wb, pid, "2019-10-01", 40, "Uji coba")
    ctx = EditContext(wb, "en")
    quickwins, updates = QuickWinModel(ctx), UpdateModel(ctx)
    quickwins.refresh()
    updates.set_programme(pid)
    assert (quickwins.rowCount(), updates.rowCount()) == (1, 1)
    for table_model in (quickwins, updates):
        qtmodeltester.check(table_model, force_py=True)
        qtmodeltester.check(table_model)


def test_only_quick_wins_are_listed_with_their_latest_progress(qtbot: QtBot,
                                                              wb: WorkbookFile) -> None:
    quick = _programme(wb, "Kampung Tematik")
    _programme(wb, "Pusat Data", phase="medium")
    programmes.add_quickwin_update(wb, quick, "2019-11-01", 75, "")
    programmes.add_quickwin_update(wb, quick, "2019-10-01", 30, "")
    page, _ctx = _page(qtbot, wb)
    assert page.quickwins.rowCount() == 1
    index = page.quickwins.index(0, QuickWinModel.COL_PROGRESS)
    assert index.data(PERCENT_ROLE) == 75
    assert index.data() == "75 %"
    assert page.quickwins.index(0, QuickWinModel.COL_UPDATED).data() == "1 November 2019"
    assert page.updates.rowCount() == 2 and page.percent_edit.value() == 75
    assert not page.empty.isVisible()


def test_adding_an_update_is_one_undo_step(qtbot: QtBot, wb: WorkbookFile) -> None:
    first, second = _programme(wb, "Portal"), _programme(wb, "Galeri UMKM")
    page, ctx = _page(qtbot, wb)
    page.choose(second)
    page.date_edit.setDate(QDate(2019, 12, 15))
    page.percent_edit.setValue(60)
    qtbot.keyClicks(page.note_edit, "Peluncuran")
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert _updates(wb, second) == [("2019-12-15", 60, "Peluncuran")]
    assert _updates(wb, first) == []
    assert page.chosen_id() == second  # the list was read again; the choice stays
    assert page.quickwins.index(page.quickwins.row_of(second), 3).data() == "60 %"
    assert page.updates.index(0, UpdateModel.COL_NOTE).data() == "Peluncuran"
    assert page.note_edit.text() == "" and ctx.stack.count() == 1
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        ctx.stack.undo()
    assert _updates(wb, second) == [] and page.updates.rowCount() == 0
    assert page.quickwins.index(page.quickwins.row_of(second), 3).data() == "0 %"


def test_an_update_can_be_corrected_and_deleted(qtbot: QtBot, wb: WorkbookFile) -> None:
    pid = _programme(wb, "Kampung Iklim")
    programmes.add_quickwin_update(wb, pid, "2019-10-01", 40, "Awal")
    page, ctx = _page(qtbot, wb)
    percent = page.updates.index(0, UpdateModel.COL_PERCENT)
    assert not page.updates.setData(percent, 140)  # refused: at most 100
    assert page.updates.setData(percent, 45)
    assert _updates(wb, pid) == [("2019-10-01", 45, "Awal")]
    page.history_view.selectRow(0)
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _updates(wb, pid) == []
    ctx.stack.undo()
    assert _updates(wb, pid) == [("2019-10-01", 45, "Awal")]


def _filled(page: Page, row: int) -> float:
    """Return the share of the drawn progress cell that is filled with the bar's colour."""
    view = page.list_view
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    rect = view.visualRect(view.model().index(row, QuickWinModel.COL_PROGRESS))
    y = rect.top() + 5  # above the "50 %" text drawn in the middle
    xs = range(rect.left() + 4, rect.right() - 3)
    blue = [x for x in xs if _near(QColor(image.pixel(x, y)), highlight)]
    return len(blue) / len(xs)


def _near(color: QColor, highlight: QColor) -> bool:
    return color.saturationF() > 0.3 and abs(color.hueF() - highlight.hueF()) < 0.05


def test_progress_bars_are_drawn_as_full_as_the_latest_update(qtbot: QtBot,
                                                              wb: WorkbookFile) -> None:
    for n, percent in enumerate([0, 50, 100]):
        pid = _programme(wb, f"Portal {n}")
        if percent:
            programmes.add_quickwin_update(wb, pid, "2019-10-01", percent)
    page, _ctx = _page(qtbot, wb)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    empty, half, full = (_filled(page, row) for row in range(3))
    assert empty < 0.1
    assert 0.4 < half < 0.6
    assert full > 0.9


def test_a_read_only_workbook_cannot_get_updates(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "shared.rencana"
    book = model.Workbook(region="Kota Contoh", plan_start=2019, plan_end=2024)
    workbooks.new_workbook(path, book, fill=lambda wb: _programme(wb, "Portal")).close()
    with open_file(path, read_only=True) as readonly:
        page, _ctx = _page(qtbot, readonly)
        assert page.quickwins.rowCount() == 1
        assert not page.add_button.isEnabled() and not page.note_edit.isEnabled()
        page.add_update()
        assert rows.count(readonly.db, model.QuickWinUpdate) == 0
