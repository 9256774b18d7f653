"""Room mode without JavaScript: plain HTML forms join (the token in an HttpOnly, SameSite=Strict
cookie), send a card, show its status and vote, every post answered by a redirect; forged,
oversized and flooding posts are refused as the JSON API refuses them."""

from __future__ import annotations

import re

from app import model, ops
from app.room import moderation
from app.room.limits import Limits, Rate
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.room_support import CODE, FormPhone, add_dimensions, joined, pumped, served

HOSTILE = 'Taman "><img src=x onerror=alert(1)><script>alert(2)</script> & <b>'


def _joined(room, name: str = "Tim 3", source: str | None = None) -> FormPhone:  # type: ignore[no-untyped-def]
    client = FormPhone(room.server.server_port, source)
    _s, _path, page = client.go("GET", "/join")
    form = client.form(page, "/join")
    status, path, _page = client.go("POST", "/join", {**form, "code": CODE, "name": name})
    assert (status, path) == (200, "/cards")
    return client


def _send(room, client: FormPhone, text: str, **fields: str):  # type: ignore[no-untyped-def]
    _s, _path, page = client.go("GET", "/cards")
    form = {**client.form(page, "/cards"), "text": text, "kind": "", "dimension": "", **fields}
    return pumped(room, lambda: client.call("POST", "/cards", form))


def _text(page: str, element_id: str) -> str:
    """Return the inner HTML of the element with ``element_id`` (a section or a list)."""
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</(section|ul)>', page, re.S)
    assert found, element_id
    return found.group(1)


def test_the_page_sends_phones_without_javascript_to_the_form_page(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = FormPhone(room.server.server_port)
        _s, _h, index = client.call("GET", "/")
        assert '<noscript><meta http-equiv="refresh" content="0; url=/join"></noscript>' in index
        assert 'action="/join"' in index  # a tap before the script arrived still gets there
        status, headers, page = client.call("GET", "/join")
        assert status == 200 and headers["content-type"].startswith("text/html")
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "<script" not in page and "style=" not in page  # the CSP allows neither
        assert "Bergabung" in page and 'name="code"' in page and 'name="name"' in page


def test_a_phone_without_javascript_joins_sends_a_card_follows_it_and_votes(
        wb: WorkbookFile) -> None:
    dims = add_dimensions(wb)
    with served(wb, budget=5) as room:
        client = FormPhone(room.server.server_port)
        _s, _path, page = client.go("GET", "/join")
        form = client.form(page, "/join")
        status, _path, page = client.go("POST", "/join",
                                        {**form, "code": "000000", "name": "Tim 3"})
        assert status == 403 and "Kode bergabung salah." in page and "rencana" not in client.cookies
        status, headers, _page = client.call("POST", "/join",
                                             {**form, "code": CODE, "name": "Tim 3"})
        assert (status, headers["location"]) == (303, "/cards")
        token_cookie = next(c for c in client.set_cookies if c.startswith("rencana="))
        assert "HttpOnly" in token_cookie and "SameSite=Strict" in token_cookie
        assert [d.name for d in room.state.devices()] == ["Tim 3"]

        status, headers, _page = _send(room, client, "Wifi gratis di taman", kind="problem",
                                       dimension="SG")
        assert (status, headers["location"]) == (303, "/cards?sent=1")  # POST-redirect-GET
        card = rows.select(wb.db, model.Card)[0]
        assert (card.text, card.status, card.kind, card.dimension_id, card.author) == (
            "Wifi gratis di taman", "pending", "problem", dims["SG"], "Tim 3")
        _s, _path, page = client.go("GET", "/cards?sent=1")
        assert "Terkirim. Kartu menunggu fasilitator." in page
        mine = _text(page, "my-cards")
        assert "Wifi gratis di taman" in mine and "Menunggu" in mine
        assert 'id="vote"' not in page  # voting is closed

        moderation.accept(wb, card.id)
        room.desk.refresh()
        room.state.update(voting=True)
        _s, _path, page = client.go("GET", "/cards")
        assert "Diterima" in _text(page, "my-cards")
        assert "Sisa suara: 5 dari 5" in page
        vote = next(f for f in client.forms(page) if f["action"] == "/vote")
        assert vote["fields"]["card_id"] == card.id
        plus = next(b for b in vote["buttons"] if b["aria-label"] == "Tambah satu suara")
        status, headers, _page = pumped(room, lambda: client.call(
            "POST", "/vote", {**vote["fields"], "votes": plus["value"]}))
        assert (status, headers["location"]) == (303, "/cards?voted=1#vote")
        assert rows.get(wb.db, model.Card, card.id).votes == 1
        _s, _path, page = client.go("GET", "/cards?voted=1")
        assert "Sisa suara: 4 dari 5" in page and "Suara Anda tercatat." in page


def test_text_from_phones_is_escaped_in_the_pages(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = _joined(room, name='<b>Tim</b>"')
        assert _send(room, client, HOSTILE)[0] == 303
        card_id = rows.select(wb.db, model.Card)[0].id
        moderation.accept(wb, card_id)
        room.desk.refresh()
        room.state.update(voting=True)
        _s, _path, page = client.go("GET", "/cards")
    assert "<script>alert" not in page and "<img" not in page and "<b>" not in page
    escaped = ("Taman &quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)"
               "&lt;/script&gt; &amp; &lt;b&gt;")
    assert page.count(escaped) == 2  # in my cards and on the voting list
    assert "Tim: &lt;b&gt;Tim&lt;/b&gt;&quot;" in page


def test_a_refused_card_keeps_its_text_and_says_why(wb: WorkbookFile) -> None:
    add_dimensions(wb)
    with served(wb) as room:
        client = _joined(room)
        status, _h, page = _send(room, client, "x" * 281)
        assert status == 422 and "Kartu terlalu panjang (281 karakter" in page
        assert "x" * 281 in page  # nothing typed is lost
        status, _h, page = _send(room, client, "Parkir", dimension="XX")
        assert status == 422 and "Dimensi tidak dikenal: XX." in page
        assert '<option value="SG">SG Smart Governance' in page
        status, _h, page = _send(room, client, "   ")
        assert status == 422 and "Kartu masih kosong." in page
        assert rows.count(wb.db, model.Card) == 0


def test_forms_from_another_site_or_without_their_token_are_refused(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = _joined(room)
        _s, _path, page = client.go("GET", "/cards")
        good = {**client.form(page, "/cards"), "text": "palsu"}
        cases = [
            ({k: v for k, v in good.items() if k != "csrf"}, {}),
            ({**good, "csrf": "0" * 32}, {}),
            (good, {"Origin": "http://evil.example"}),
            (good, {"Sec-Fetch-Site": "cross-site"}),
            (good, {"Content-Type": "text/plain"}),
        ]
        for form, headers in cases:
            status, _h, page = pumped(room, lambda f=form, h=headers: client.call(
                "POST", "/cards", f, headers=h))
            assert status in (400, 403), (form, headers)
            assert "<section" not in page or 'id="write"' not in page
        assert rows.count(wb.db, model.Card) == 0
        port = room.server.server_port
        same = {"Origin": f"http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-origin"}
        assert pumped(room, lambda: client.call("POST", "/cards", good, headers=same))[0] == 303

        stranger = FormPhone(port)  # never saw the join form: no anti-forgery cookie
        status, _h, page = stranger.call("POST", "/join", {"form": "x" * 24, "code": CODE,
                                                           "name": "Tim 9"})
        assert status == 403 and "kedaluwarsa" in page
        assert len(room.state.devices()) == 1


def test_junk_in_addresses_cookies_and_forms_gets_a_page_not_a_crash(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = _joined(room)
        many = "&".join(f"f{n}=1" for n in range(40))
        assert client.call("GET", f"/cards?{many}")[0] == 200
        assert client.call("GET", "/join?draft=%ff%fe&code=<b>")[0] == 303  # joined already
        stranger = FormPhone(room.server.server_port)
        status, _h, page = stranger.call("GET", '/join?code="><script>&name=%00<i>')
        assert status == 200 and "<script>" not in page and "<i>" not in page
        for raw in (b"\xff\xfe=1", "&".join(f"f{n}=1" for n in range(40)).encode()):
            status, headers, page = client.call("POST", "/cards", raw=raw)
            assert status == 400 and headers["content-type"].startswith("text/html")
        token = client.cookies["rencana"]
        junk = f'junk; =; ;;rencana={token}; rencana="x"; rencana-lang=xx; ' + "a" * 3000
        status, _h, page = client.call("GET", "/cards", headers={"Cookie": junk})
        assert status == 200 and "Kartu saya" in page  # the first rencana= cookie counts
        status, headers, _page = stranger.call("GET", "/cards", headers={
            "Cookie": 'rencana="; rencana-form=<script>'})
        assert (status, headers["location"]) == (303, "/join")
        assert FormPhone(room.server.server_port).call("POST", "/vote", {"votes": "1"})[0] == 303
        assert client.call("DELETE", "/cards")[0] == 501
        assert client.call("PUT", "/join")[0] == 501
        assert client.call("POST", "/lang")[0] == 405
        assert rows.count(wb.db, model.Card) == 0


def test_the_json_api_still_wants_a_bearer_token_not_the_cookie(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = _joined(room)
        status, _h, _body = client.call("GET", "/api/cards")
        assert status == 401
        api = joined(room, "Tim 4")
        assert api.call("GET", "/api/cards")[0] == 200
        assert api.call("GET", "/cards")[0] == 303  # and a Bearer token is no cookie


def test_form_posts_have_the_apis_body_cap_and_rate_limits(wb: WorkbookFile) -> None:
    limits = Limits(address=Rate(1000, 10), device=Rate(8, 0.01), failed_joins=Rate(3, 0.01))
    with served(wb, limits=limits) as room:
        client = _joined(room)
        _s, _path, page = client.go("GET", "/cards")
        form = client.form(page, "/cards")
        status, _h, page = pumped(room, lambda: client.call(
            "POST", "/cards", {**form, "text": "ü" * 400}))  # 2400 bytes once encoded
        assert status == 413 and "Kartu terlalu panjang untuk dikirim" in page
        statuses = pumped(room, lambda: [client.call("POST", "/cards", {
            **form, "text": f"kartu {n}", "key": f"k{n}"})[0] for n in range(12)])
        assert 429 in statuses and rows.count(wb.db, model.Card) == statuses.count(303)

        guesser = FormPhone(room.server.server_port, "127.0.4.1")
        _s, _path, page = guesser.go("GET", "/join")
        join = guesser.form(page, "/join")
        wrong = [guesser.call("POST", "/join", {**join, "code": f"{n:06d}", "name": "x"})[0]
                 for n in range(5)]
        assert wrong == [403, 403, 403, 429, 429]
        assert guesser.call("POST", "/join", {**join, "code": CODE, "name": "x"})[0] == 429


def test_the_page_speaks_english_when_asked(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = _joined(room)
        _s, _path, page = client.go("GET", "/cards")
        assert "Kartu saya" in page and 'href="/lang?to=en&amp;next=%2Fcards"' in page
        status, path, page = client.go("GET", "/lang?to=en&next=/cards")
        assert (status, path) == (200, "/cards")
        assert "My cards" in page and "Write a card" in page and '<html lang="en">' in page
        assert client.call("GET", "/lang?to=id&next=http://evil.example/")[1]["location"] \
            == "/join"


def test_after_a_restart_the_page_asks_to_join_again_and_keeps_the_card(
        wb: WorkbookFile) -> None:
    with served(wb) as room:
        port = room.server.server_port
        client = _joined(room)
        _s, _path, page = client.go("GET", "/cards")
        form = client.form(page, "/cards")
    with served(wb, port=port) as room:  # the laptop restarted the room: tokens are gone
        status, path, page = client.go("GET", "/cards")
        assert (status, path) == (200, "/join?again=1")
        assert "Ruang dibuka ulang. Silakan bergabung lagi." in page
        status, _h, page = pumped(room, lambda: client.call(
            "POST", "/cards", {**form, "text": "ide yang hampir hilang"}))
        assert status == 401 and "Ruang dibuka ulang. Silakan bergabung lagi." in page
        join = client.form(page, "/join")
        assert join["draft"] == "ide yang hampir hilang"
        status, path, page = client.go("POST", "/join", {**join, "code": CODE, "name": "Tim 3"})
        assert status == 200 and path.startswith("/cards?draft=")
        assert "Kartu Anda masih di sini: kirim sekarang." in page
        assert ">ide yang hampir hilang</textarea>" in page
        assert rows.count(wb.db, model.Card) == 0  # nothing was sent behind the phone's back


def test_leaving_forgets_the_cookie(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = _joined(room)
        _s, _path, page = client.go("GET", "/cards")
        status, path, page = client.go("POST", "/leave", client.form(page, "/leave"))
        assert (status, path) == (200, "/join") and "rencana" not in client.cookies


def test_a_session_room_shows_its_title_and_stores_cards_in_it(wb: WorkbookFile) -> None:
    _c, session_id = ops.add(wb, model.Session(title="Bimtek <I>", start_date="2019-07-04"))
    with served(wb, session_id=session_id) as room:
        client = _joined(room)
        _s, _path, page = client.go("GET", "/cards")
        assert "Tim: Tim 3 · Bimtek &lt;I&gt;" in page
        assert _send(room, client, "di sesi")[0] == 303
        assert rows.select(wb.db, model.Card)[0].session_id == session_id
