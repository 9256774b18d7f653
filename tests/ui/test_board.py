"""The idea board: keyboard capture, clusters by drag, votes, filters, projector, programmes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem
from pytestqt.qtbot import QtBot

from app import model, ops
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file
from ui.board import menus
from ui.board.card_item import CardItem
from ui.board.editors import InlineEditor
from ui.context import EditContext
from ui.pages.board import BoardPage

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def ctx(wb: WorkbookFile) -> EditContext:
    """Return an edit context on a workbook with two teams and two sessions."""
    with ops.Action(wb, "Set up") as act:
        act.put(model.Team(name="Tim A", position=0))
        act.put(model.Team(name="Tim B", position=1))
        act.put(model.Session(title="Bimtek I", stage="I", start_date="2019-07-04"))
        act.put(model.Session(title="Bimtek II", stage="II", start_date="2019-08-01"))
    return EditContext(wb, "en")


@pytest.fixture
def page(qtbot: QtBot, ctx: EditContext) -> BoardPage:
    """Return the board page, shown."""
    board = BoardPage(ctx)
    qtbot.addWidget(board)
    board.resize(1200, 800)
    board.show()
    qtbot.waitExposed(board)
    return board


def _cards(wb: WorkbookFile) -> list[model.Card]:
    return rows.select(wb.db, model.Card)


def _capture(qtbot: QtBot, page: BoardPage, text: str) -> model.Card:
    line = page.capture.line
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == ""
    return _cards(page.ctx.wb)[-1]


def _dimensions(wb: WorkbookFile) -> list[model.Dimension]:
    return rows.select(wb.db, model.Dimension)


def _viewport_pos(page: BoardPage, scene_point: object) -> QPoint:
    return page.view.mapFromScene(scene_point)


def test_twenty_cards_typed_with_enter_are_twenty_rows_and_undo_one_by_one(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    for number in range(20):
        _capture(qtbot, page, f"Gagasan {number}")
    cards = _cards(wb)
    assert [c.text for c in cards] == [f"Gagasan {n}" for n in range(20)]
    assert len({(c.x, c.y) for c in cards}) == 20, "each card gets its own free slot"
    assert len(page.scene.cards) == 20
    page.ctx.stack.undo()
    page.ctx.stack.undo()
    assert rows.count(wb.db, model.Card) == 18
    assert len(page.scene.cards) == 18
    page.ctx.stack.redo()
    assert rows.count(wb.db, model.Card) == 19
    assert len(page.scene.cards) == 19


def test_kept_kind_dimension_team_and_session_apply_to_each_card_and_shortcuts_change_them(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    line = page.capture.line
    teams = rows.select(wb.db, model.Team)
    sessions = rows.select(wb.db, model.Session)
    dims = _dimensions(wb)
    qtbot.keyClick(line, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(line, Qt.Key.Key_2, ALT)
    qtbot.keyClick(line, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(line, Qt.Key.Key_S, CTRL)
    assert "Strength" in page.capture.buttons["kind"].text()
    first, second = _capture(qtbot, page, "Satu"), _capture(qtbot, page, "Dua")
    for card in (first, second):
        assert (card.kind, card.dimension_id, card.team_id, card.session_id) == (
            "strength", dims[1].id, teams[0].id, sessions[0].id)
    qtbot.keyClick(line, Qt.Key.Key_8, CTRL)
    qtbot.keyClick(line, Qt.Key.Key_0, ALT)
    qtbot.keyClick(line, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(line, Qt.Key.Key_S, CTRL | SHIFT)
    third = _capture(qtbot, page, "Tiga")
    assert (third.kind, third.dimension_id, third.team_id, third.session_id) == (
        "gap", None, teams[1].id, None)
    assert line.text() == "", "shortcuts type nothing into the line"


def test_a_refused_card_keeps_its_text_and_says_why(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    line = page.capture.line
    line.setText("x" * 2001)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert rows.count(wb.db, model.Card) == 0
    assert line.text() == "x" * 2001
    assert "too long" in page.capture.message.text()
    assert page.ctx.stack.count() == 0


def _drag(qtbot: QtBot, page: BoardPage, start: QPoint, end: QPoint) -> None:
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_card_onto_a_cluster_puts_it_there_in_one_undo_step(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    card = _capture(qtbot, page, "Aplikasi pengaduan warga")
    page.ctx.perform(lambda: ops.add(wb, model.Cluster(name="Layanan", x=900, y=0))[0])
    cluster = rows.select(wb.db, model.Cluster)[0]
    page.view.fit()
    steps = page.ctx.stack.count()
    item = page.scene.cards[card.id]
    target = page.scene.clusters[cluster.id].scene_area().center()
    _drag(qtbot, page, _viewport_pos(page, item.center()), _viewport_pos(page, target))
    moved = rows.get(wb.db, model.Card, card.id)
    assert moved is not None and moved.cluster_id == cluster.id
    assert moved.x > 700
    assert page.ctx.stack.count() == steps + 1, "one drag is one undo step"
    assert page.scene.clusters[cluster.id].scene_area().contains(item.center())
    page.ctx.stack.undo()
    back = rows.get(wb.db, model.Card, card.id)
    assert back is not None and back.cluster_id is None and (back.x, back.y) == (card.x, card.y)
    assert item.pos().x() == card.x


def test_moving_a_cluster_carries_its_cards(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    card = _capture(qtbot, page, "Wi-Fi taman")
    page.scene.cards[card.id].setSelected(True)
    page.new_cluster()
    for editor in page.findChildren(InlineEditor):
        qtbot.keyClicks(editor, "Ruang publik")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    cluster = rows.select(wb.db, model.Cluster)[0]
    assert cluster.name == "Ruang publik"
    assert rows.get(wb.db, model.Card, card.id).cluster_id == cluster.id  # type: ignore[union-attr]
    page.scene.clearSelection()
    page.view.fit()
    frame = page.scene.clusters[cluster.id]
    grip = frame.mapToScene(frame.header_rect().center())
    start = _viewport_pos(page, grip)
    _drag(qtbot, page, start, start + QPoint(120, 80))
    after = rows.get(wb.db, model.Card, card.id)
    moved_cluster = rows.get(wb.db, model.Cluster, cluster.id)
    assert after is not None and moved_cluster is not None
    assert after.x - card.x == pytest.approx(moved_cluster.x - cluster.x)
    assert after.x > card.x and after.cluster_id == cluster.id


def _badge(page: BoardPage, card_id: str) -> QPoint:
    item = page.scene.cards[card_id]
    return _viewport_pos(page, item.mapToScene(CardItem.badge_rect().center()))


def test_clicking_the_badge_adds_dots_and_a_typed_tally_sets_them(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    card = _capture(qtbot, page, "Pecel Madiun")
    page.view.fit()
    for _ in range(3):
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=_badge(page, card.id))
    assert rows.get(wb.db, model.Card, card.id).votes == 3  # type: ignore[union-attr]
    assert page.scene.cards[card.id].entry.card.votes == 3
    editor = page.edit_votes(card.id)
    assert editor is not None
    qtbot.keyClicks(editor, "17")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert rows.get(wb.db, model.Card, card.id).votes == 17  # type: ignore[union-attr]
    page.ctx.stack.undo()
    assert rows.get(wb.db, model.Card, card.id).votes == 3  # type: ignore[union-attr]
    page.ctx.stack.undo()
    assert rows.get(wb.db, model.Card, card.id).votes == 0, "a run of clicks is one step"  # type: ignore[union-attr]


def test_keys_on_a_selected_card_vote_and_delete(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    card = _capture(qtbot, page, "Kampung tematik")
    page.scene.cards[card.id].setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert rows.get(wb.db, model.Card, card.id).votes == 1  # type: ignore[union-attr]
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert rows.count(wb.db, model.Card) == 0
    assert card.id not in page.scene.cards


def test_filters_hide_or_fade_cards_that_do_not_match(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    idea = _capture(qtbot, page, "Portal layanan")
    qtbot.keyClick(page.capture.line, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(page.capture.line, Qt.Key.Key_T, CTRL)
    problem = _capture(qtbot, page, "Antrean panjang")
    page.filters.choose("kind", "problem")
    assert page.scene.cards[problem.id].isVisible()
    assert not page.scene.cards[idea.id].isVisible()
    page.filters.fade.setChecked(True)
    assert page.scene.cards[idea.id].isVisible()
    assert page.scene.cards[idea.id].opacity() < 0.5
    page.filters.fade.setChecked(False)
    page.filters.choose("kind", None)
    page.filters.choose("team_id", problem.team_id)
    assert [c.card_id for c in page.scene.shown_cards()] == [problem.id]
    page.filters.choose("team_id", None)
    page.filters.words.setText("portal")
    assert [c.card_id for c in page.scene.shown_cards()] == [idea.id]
    third = _capture(qtbot, page, "Portal data")
    assert page.scene.cards[third.id].isVisible(), "a new card is filtered like the others"
    hidden = _capture(qtbot, page, "Taman kota")
    assert not page.scene.cards[hidden.id].isVisible()
    assert "filter" in page.notice.text()


def test_a_change_to_one_card_updates_only_its_item(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    for number in range(5):
        _capture(qtbot, page, f"Kartu {number}")
    before = dict(page.scene.cards)
    target = _cards(wb)[2]
    page.ctx.perform(lambda: ops.update(wb, model.Card, target.id, text="Diubah"))
    assert all(page.scene.cards[cid] is item for cid, item in before.items())
    assert page.scene.cards[target.id].entry.card.text == "Diubah"
    assert page.scene.cards[_cards(wb)[0].id].entry.card.text == "Kartu 0"


def test_projector_mode_goes_full_screen_counts_down_and_esc_leaves(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    qtbot.keyClick(page.capture.line, Qt.Key.Key_1, ALT)
    first = _capture(qtbot, page, "Satu data")
    qtbot.keyClick(page.capture.line, Qt.Key.Key_2, ALT)
    second = _capture(qtbot, page, "Wisata kuliner")
    page.set_projector(True)
    window = page.projector
    assert window is not None
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowFullScreen))
    assert page.scene.look.projector
    window.duration.clear()
    qtbot.keyClicks(window.duration, "0:01")
    qtbot.keyClick(window.duration, Qt.Key.Key_Return)
    assert window.clock.text() == "00:01"
    with qtbot.waitSignal(page.countdown.finished, timeout=5000):
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert window.clock.text() == "00:00"
    assert "#FF1744" in window.clock.styleSheet()
    window.reset_button.click()
    assert window.clock.text() == "00:01"
    window.show_combo.setCurrentIndex(1)
    assert page.filters.combos["dimension_id"].currentIndex() == 1, "the page filter follows"
    assert page.scene.cards[first.id].isVisible()
    assert not page.scene.cards[second.id].isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert page.projector is None
    assert not page.scene.look.projector
    assert not window.isVisible()


def test_make_a_programme_from_a_card_links_it_and_undo_removes_both(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    qtbot.keyClick(page.capture.line, Qt.Key.Key_1, ALT)
    card = _capture(qtbot, page, "Mal pelayanan publik digital")
    menu = menus.card_menu(page, card.id, page)
    menu.findChild(object, "make_programme").trigger()
    programme = rows.select(wb.db, model.Programme)[0]
    assert programme.name == "Mal pelayanan publik digital"
    assert programme.dimension_id == _dimensions(wb)[0].id
    assert (programme.start_year, programme.end_year) == (2019, 2024)
    assert programme.code == f"{_dimensions(wb)[0].code}-01"
    origins = rows.select(wb.db, model.ProgrammeOrigin)
    assert [(o.programme_id, o.card_id) for o in origins] == [(programme.id, card.id)]
    assert programme.code in page.notice.text()
    page.ctx.stack.undo()
    assert rows.count(wb.db, model.Programme) == 0
    assert rows.count(wb.db, model.ProgrammeOrigin) == 0


def test_make_a_programme_from_a_cluster_links_the_cluster_and_its_cards(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    qtbot.keyClick(page.capture.line, Qt.Key.Key_3, ALT)
    ids = [_capture(qtbot, page, text).id for text in ("UMKM daring", "Galeri produk")]
    for card_id in ids:
        page.scene.cards[card_id].setSelected(True)
    page.new_cluster()
    cluster = rows.select(wb.db, model.Cluster)[0]
    menu = menus.cluster_menu(page, cluster.id, page)
    menu.findChild(object, "make_programme").trigger()
    programme = rows.select(wb.db, model.Programme)[0]
    assert programme.name == cluster.name
    assert programme.dimension_id == _dimensions(wb)[2].id
    origins = {(o.card_id, o.cluster_id) for o in rows.select(wb.db, model.ProgrammeOrigin)}
    assert origins == {(None, cluster.id), (ids[0], None), (ids[1], None)}
    page.ctx.stack.undo()
    assert rows.count(wb.db, model.Programme) == 0
    assert rows.count(wb.db, model.ProgrammeOrigin) == 0


def test_a_card_without_a_dimension_makes_no_programme_and_says_why(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    card = _capture(qtbot, page, "Tanpa dimensi")
    steps = page.ctx.stack.count()
    page.make_programme(card_id=card.id)
    assert rows.count(wb.db, model.Programme) == 0
    assert page.ctx.stack.count() == steps
    assert "dimension" in page.notice.text()


def test_zoom_keeps_within_limits_and_fit_shows_every_card(
        qtbot: QtBot, page: BoardPage) -> None:
    for number in range(12):
        _capture(qtbot, page, f"Kartu {number}")
    page.view.fit()
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert all(visible.contains(item.sceneBoundingRect()) for item in page.scene.cards.values())
    for _ in range(40):
        page.view.zoom_in()
    assert page.view.zoom() == pytest.approx(4.0)
    for _ in range(80):
        page.view.zoom_out()
    assert page.view.zoom() == pytest.approx(0.05)


def test_tidy_up_separates_piled_cards_in_one_undo_step(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    ids = [_capture(qtbot, page, f"Kartu {n}").id for n in range(6)]
    with ops.Action(wb, "Pile") as act:
        cluster_id = act.put(model.Cluster(name="Tumpukan", x=0.0, y=0.0))
        for n, card_id in enumerate(ids):
            act.update(model.Card, card_id, x=5.0 * n, y=0.0,
                       cluster_id=cluster_id if n < 3 else None)
    page.ctx.refresh_all()
    steps = page.ctx.stack.count()
    page.tidy()
    assert page.ctx.stack.count() == steps + 1
    notes = [page.scene.cards[c].sceneBoundingRect().adjusted(3, 3, -3, -3) for c in ids]
    assert not any(a.intersects(b) for i, a in enumerate(notes) for b in notes[i + 1:])
    frame = page.scene.clusters[cluster_id].scene_area()
    assert all(frame.contains(page.scene.cards[c].center()) for c in ids[:3])
    assert not any(frame.contains(page.scene.cards[c].center()) for c in ids[3:])
    page.ctx.stack.undo()
    assert [rows.get(wb.db, model.Card, c).x for c in ids] == [5.0 * n for n in range(6)]  # type: ignore[union-attr]


def test_a_read_only_workbook_shows_its_cards_but_takes_no_edits(
        qtbot: QtBot, ctx: EditContext, wb: WorkbookFile) -> None:
    card_id = ops.add(wb, model.Card(text="Tersimpan", x=0.0, y=0.0))[1]
    path = wb.path
    wb.close()
    frozen = open_file(path, read_only=True)
    try:
        board = BoardPage(EditContext(frozen, "en"))
        qtbot.addWidget(board)
        item = board.scene.cards[card_id]
        assert not board.capture.line.isEnabled()
        assert not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        menu = menus.card_menu(board, card_id, board)
        assert not menu.findChild(object, "make_programme").isEnabled()
        assert board.edit_votes(card_id) is None
    finally:
        frozen.close()


def test_dragging_empty_space_pans_and_ctrl_wheel_zooms(
        qtbot: QtBot, page: BoardPage, wb: WorkbookFile) -> None:
    for number in range(40):
        _capture(qtbot, page, f"Kartu {number}")
    page.view.resetTransform()
    page.view.zoom_by(2.0)
    bar = page.view.horizontalScrollBar()
    cards = [(c.x, c.y) for c in _cards(wb)]
    page.view.centerOn(QPointF(-150, -150))
    empty = _viewport_pos(page, QPointF(-120, -120))
    before = bar.value()
    _drag(qtbot, page, empty, empty + QPoint(-200, 0))
    assert bar.value() == before + 200
    assert [(c.x, c.y) for c in _cards(wb)] == cards, "panning moves no card"
    zoom = page.view.zoom()
    wheel = QWheelEvent(QPointF(100, 100), page.view.viewport().mapToGlobal(QPointF(100, 100)),
                        QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton, CTRL,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(page.view.viewport(), wheel)
    assert page.view.zoom() == pytest.approx(zoom * 1.25)


def test_the_board_fits_the_view_until_the_user_zooms(
        qtbot: QtBot, page: BoardPage) -> None:
    for number in range(30):
        _capture(qtbot, page, f"Kartu {number}")
    page.view.fit_all()
    page.resize(900, 500)
    qtbot.waitUntil(lambda: page.view.viewport().width() < 900)
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert all(visible.contains(i.sceneBoundingRect()) for i in page.scene.cards.values())
    page.view.zoom_in()
    zoom = page.view.zoom()
    page.resize(1300, 800)
    qtbot.waitUntil(lambda: page.view.viewport().width() > 1000)
    assert page.view.zoom() == pytest.approx(zoom), "a zoom the user chose stays"
