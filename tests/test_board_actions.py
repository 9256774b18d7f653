"""Board actions in app/: cards in capture order, programmes made from cards with the
programme rules (next code, origins) of app.programmes."""

from __future__ import annotations

from app import analysis, board, model, ops, programmes
from app.storage import rows
from app.storage.workbook import WorkbookFile


def _dimension(wb: WorkbookFile, code: str = "SG") -> str:
    return next(d.id for d in rows.select(wb.db, model.Dimension) if d.code == code)


def test_cards_from_the_board_and_the_analysis_page_share_one_capture_order(
        wb: WorkbookFile) -> None:
    first = board.add_card(wb, model.Card(kind="idea", text="Portal"))[1]
    second = analysis.add_card(wb, "strength", "Fibre network", _dimension(wb))[1]
    third = board.add_card(wb, model.Card(kind="idea", text="Sensors"))[1]
    by_id = {card.id: card.position for card in rows.select(wb.db, model.Card)}
    assert by_id[first] < by_id[second] < by_id[third]


def test_a_programme_made_from_a_cluster_gets_the_next_code_and_every_origin(
        wb: WorkbookFile) -> None:
    dim = _dimension(wb)
    programmes.add_programme(wb, model.Programme(name="Existing", dimension_id=dim,
                                                 start_year=2019, end_year=2020))
    cards = [board.add_card(wb, model.Card(kind="idea", text=t, dimension_id=dim))[1]
             for t in ("Portal", "Kiosk")]
    change, cluster = board.new_cluster(wb, "Layanan", 0, 0, cards)
    change, made = board.make_programme(wb, cluster_id=cluster)
    programme = rows.get(wb.db, model.Programme, made)
    assert programme is not None and programme.code == "SG-02"
    origins = rows.select(wb.db, model.ProgrammeOrigin, programme_id=made)
    assert {(o.card_id, o.cluster_id) for o in origins} == {
        (None, cluster), (cards[0], None), (cards[1], None)}
    ops.revert(wb, change)
    assert rows.select(wb.db, model.ProgrammeOrigin, programme_id=made) == []
    assert programmes.next_code(wb, dim) == "SG-03"  # the undone programme keeps its code taken
