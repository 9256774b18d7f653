"""Room mode's HTTP contract and moderation, against a real server on loopback (no Qt)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from app import dump, model, ops
from app.room import moderation
from app.storage import queries_board, queries_overview, rows
from app.storage.workbook import WorkbookFile
from tests.room_support import CODE, add_dimensions, joined, phone, pumped, served


def _send(room, client, text="Wifi gratis di taman", **extra):  # type: ignore[no-untyped-def]
    return pumped(room, lambda: client.call("POST", "/api/cards", {"text": text, **extra}))


def test_joining_needs_the_code_and_gives_a_token(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = phone(room)
        status, _h, body = client.call("POST", "/api/join", {"code": "000000", "name": "Tim 1"})
        assert status == 403 and body["error"]
        status, _h, body = client.call("POST", "/api/join", {"code": CODE, "name": "Tim 1"})
        assert status == 200 and len(body["token"]) >= 32
        assert [d.name for d in room.state.devices()] == ["Tim 1"]


def test_a_card_is_stored_at_once_as_pending_and_stays_off_the_board(wb: WorkbookFile) -> None:
    dims = add_dimensions(wb)
    with served(wb) as room:
        client = joined(room)
        status, _h, body = _send(room, client, kind="problem", dimension="SG")
        assert status == 201
        card = rows.get(wb.db, model.Card, body["id"])
        assert card is not None and card.status == "pending"
        assert (card.kind, card.dimension_id, card.author) == ("problem", dims["SG"], "Tim 3")
        dumped = dump.content(wb.db)["cards"]
        assert [(c["id"], c["status"]) for c in dumped] == [(body["id"], "pending")]
        assert queries_board.board_cards(wb.db) == []
        assert queries_overview.counts(wb.db).cards == 0


def test_missing_or_wrong_tokens_get_401(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = phone(room)
        for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic x"}):
            for method, path, body in (("GET", "/api/cards", None),
                                       ("POST", "/api/cards", {"text": "x"}),
                                       ("POST", "/api/votes", {"card_id": "x", "votes": 1})):
                status, got, answer = client.call(method, path, body, headers=headers)
                assert status == 401, (method, path, headers)
                assert "error" in answer and got["www-authenticate"].startswith("Bearer")
        assert rows.count(wb.db, model.Card) == 0


def test_a_phone_sees_accepted_cards_and_only_its_own_pending_ones(wb: WorkbookFile) -> None:
    with served(wb) as room:
        mine, other = joined(room, "Tim 1"), joined(room, "Tim 2")
        my_id = _send(room, mine, "punya saya")[2]["id"]
        other_id = _send(room, other, "punya tim lain")[2]["id"]
        ops.update(wb, model.Card, other_id, status="accepted")
        room.desk.refresh()
        status, _h, body = mine.call("GET", "/api/cards")
        seen = {c["id"]: (c["status"], c["mine"]) for c in body["cards"]}
        assert status == 200
        assert seen == {my_id: ("pending", True), other_id: ("accepted", False)}
        status, _h, body = other.call("GET", "/api/cards")
        assert [c["id"] for c in body["cards"]] == [other_id]


def test_polling_with_the_etag_answers_304_until_something_changes(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = joined(room)
        assert client.poll() == 200
        assert client.poll() == 304
        _send(room, client)
        assert client.poll() == 200
        assert client.poll() == 304


def test_a_card_sent_twice_with_one_key_is_stored_once(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = joined(room)
        first = _send(room, client, key="abc123")
        again = _send(room, client, key="abc123")
        assert first[0] == again[0] == 201 and first[2]["id"] == again[2]["id"]
        assert rows.count(wb.db, model.Card) == 1


def test_votes_stay_within_the_budget_and_only_while_voting_is_open(wb: WorkbookFile) -> None:
    with served(wb, budget=3) as room:
        client = joined(room)
        card_id = _send(room, client)[2]["id"]
        vote = lambda n, cid=card_id: pumped(  # noqa: E731
            room, lambda: client.call("POST", "/api/votes", {"card_id": cid, "votes": n}))
        assert vote(1)[0] == 409  # voting closed
        room.state.update(voting=True)
        assert vote(1)[0] == 404  # the card is still pending
        ops.update(wb, model.Card, card_id, status="accepted")
        room.desk.refresh()
        status, _h, body = vote(2)
        assert status == 200 and body["left"] == 1
        assert rows.get(wb.db, model.Card, card_id).votes == 2
        status, _h, body = vote(4)
        assert status == 409 and "3" in body["error"]
        assert vote(1)[0] == 200  # the device's dots on the card are set, not added
        assert rows.get(wb.db, model.Card, card_id).votes == 1
        assert vote(-1)[0] == 422
        assert pumped(room, lambda: client.call("POST", "/api/votes",
                                                {"card_id": card_id, "votes": "2"}))[0] == 400
        _s, _h, body = client.call("GET", "/api/cards")
        assert body["voting"] == {"open": True, "budget": 3, "left": 2}
        assert body["cards"][0]["my_votes"] == 1


def test_accept_all_puts_cards_straight_on_the_board(wb: WorkbookFile) -> None:
    with served(wb, accept_all=True) as room:
        client = joined(room)
        ids = [_send(room, client, f"kartu {n}")[2]["id"] for n in range(3)]
    shown = [bc.card.id for bc in queries_board.board_cards(wb.db)]
    assert shown == ids
    places = {(bc.card.x, bc.card.y) for bc in queries_board.board_cards(wb.db)}
    assert len(places) == 3  # each in its own slot


def test_cards_go_into_the_rooms_session_and_the_team_of_the_same_name(
        wb: WorkbookFile) -> None:
    _c, session_id = ops.add(wb, model.Session(title="Bimtek I", start_date="2019-07-04"))
    _c, team_id = ops.add(wb, model.Team(name="Tim 3"))
    with served(wb, session_id=session_id) as room:
        client = joined(room, "tim  3")
        card = rows.get(wb.db, model.Card, _send(room, client)[2]["id"])
        assert (card.session_id, card.team_id) == (session_id, team_id)
        assert client.call("GET", "/api/cards")[2]["session"] == "Bimtek I"


def test_unknown_kind_or_dimension_is_refused_and_nothing_is_stored(wb: WorkbookFile) -> None:
    add_dimensions(wb)
    with served(wb) as room:
        client = joined(room)
        assert _send(room, client, kind="rumor")[0] == 422
        assert _send(room, client, dimension="XX")[0] == 422
        assert _send(room, client, kind="Masalah", dimension="sg")[0] == 201  # Indonesian, any case
        assert rows.count(wb.db, model.Card) == 1


# -- moderation -------------------------------------------------------------------------


def _pending(wb: WorkbookFile, text: str = "dari ponsel") -> str:
    return ops.add(wb, model.Card(text=text, status="pending", author="Tim 1"))[1]


def test_accepting_places_the_card_and_undo_puts_it_back_in_the_queue(wb: WorkbookFile) -> None:
    ops.add(wb, model.Card(text="sudah di papan", x=0, y=0))
    card_id = _pending(wb)
    change = moderation.accept(wb, card_id, text="diedit fasilitator")
    card = rows.get(wb.db, model.Card, card_id)
    assert (card.status, card.text) == ("accepted", "diedit fasilitator")
    assert (card.x, card.y) != (0, 0)  # not on top of the card already there
    ops.revert(wb, change)
    card = rows.get(wb.db, model.Card, card_id)
    assert (card.status, card.text) == ("pending", "dari ponsel")


def test_rejecting_keeps_the_card_out_of_board_and_documents(wb: WorkbookFile) -> None:
    card_id = _pending(wb)
    moderation.reject(wb, card_id)
    assert rows.get(wb.db, model.Card, card_id).status == "rejected"
    assert queries_board.board_cards(wb.db) == []
    try:
        moderation.accept(wb, card_id)
    except moderation.ValidationError as exc:
        assert "already" in exc.message()
    else:
        raise AssertionError("a rejected card was accepted")


def test_merging_appends_the_text_once_and_can_be_undone(wb: WorkbookFile) -> None:
    target = ops.add(wb, model.Card(text="Wifi gratis", votes=2))[1]
    same, new = _pending(wb, "wifi  GRATIS"), _pending(wb, "di taman kota")
    moderation.merge(wb, same, target)
    assert rows.get(wb.db, model.Card, target).text == "Wifi gratis"
    change = moderation.merge(wb, new, target)
    assert rows.get(wb.db, model.Card, target).text == "Wifi gratis\ndi taman kota"
    assert rows.get(wb.db, model.Card, new).status == "merged"
    ops.revert(wb, change)
    assert rows.get(wb.db, model.Card, target).text == "Wifi gratis"
    assert rows.get(wb.db, model.Card, new).status == "pending"


def test_the_phone_sees_its_card_accepted_after_moderation(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = joined(room)
        card_id = _send(room, client)[2]["id"]
        moderation.accept(wb, card_id)
        room.desk.refresh()
        _s, _h, body = client.call("GET", "/api/cards")
        assert [(c["id"], c["status"]) for c in body["cards"]] == [(card_id, "accepted")]
        assert json.loads(json.dumps(body))  # plain JSON all the way


# -- the small parts ----------------------------------------------------------------------


def test_join_codes_are_six_digits_and_tokens_are_long_and_random() -> None:
    from app.room import codes

    made = {codes.new_code() for _ in range(200)}
    assert all(codes.is_code(c) for c in made) and len(made) > 150
    assert not codes.is_code("12345") and not codes.is_code("١٢٣٤٥٦")  # ASCII digits only
    tokens = {codes.new_token() for _ in range(100)}
    assert len(tokens) == 100 and min(map(len, tokens)) >= 32


def test_a_bucket_refills_with_time() -> None:
    from app.room.limits import Limiter, Rate

    now = [0.0]
    limiter = Limiter(Rate(burst=3, per_second=1), clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")  # another key has its own bucket
    now[0] = 1.0
    assert limiter.allow("a") and not limiter.allow("a")


def test_the_wifi_qr_text_escapes_what_the_format_reserves() -> None:
    from app.room import qr

    assert qr.wifi_text("Bimtek;1", 'a"b:c') == 'WIFI:S:Bimtek\\;1;T:WPA;P:a\\"b\\:c;;'
    assert qr.wifi_text("Terbuka", "") == "WIFI:S:Terbuka;T:nopass;;"
    assert qr.png("http://192.168.8.10:8080/").startswith(b"\x89PNG")


def test_migration_3_makes_every_earlier_card_an_accepted_one(tmp_path: Path) -> None:
    from app.storage import safe
    from app.storage.workbook import open_file

    copy = tmp_path / "v1.rencana"
    shutil.copyfile(Path(__file__).with_name("fixtures") / "demo-v1.rencana", copy)
    before = safe.load_copy(copy, migrate=False)
    count = before.execute("SELECT count(*) FROM cards").fetchone()[0]
    cards = rows.select(safe.load_copy(copy), model.Card)
    assert len(cards) == count > 0 and {c.status for c in cards} == {"accepted"}
    with open_file(copy) as opened:
        assert len(queries_board.board_cards(opened.db)) == count
