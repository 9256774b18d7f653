"""Room mode on an open network: hostile requests are refused, nothing unchecked is stored,
and the server keeps serving."""

from __future__ import annotations

import socket
import zipfile
from pathlib import Path

import pytest

from app import model
from app.room.limits import Limits, Rate
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.room_support import CODE, add_dimensions, joined, phone, pumped, served

HOSTILE = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>',
           "{{7*7}} ${7*7} ' OR 1=1 --"]


def _raw(port: int, request: bytes) -> bytes:
    """Send ``request`` bytes as they are; return the whole answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


@pytest.mark.parametrize("path", [
    "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
    "//etc/passwd", "/room.js/../../app/cli.py", "/resources/room/room.js", "/static/",
    "/api/", "/api/cards/../../main.py", "/index.html%00", "/C:%5cWindows%5cwin.ini",
    "/room", "/.git/config",
])
def test_only_the_rooms_own_routes_exist(wb: WorkbookFile, path: str) -> None:
    with served(wb) as room:
        answer = _raw(room.server.server_port,
                      f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        assert _status(answer) == 404, path
        body = answer.split(b"\r\n\r\n", 1)[1]
        assert b"root:" not in body and b"<a href" not in body and b"Traceback" not in body
        assert b"application/json" in answer.split(b"\r\n\r\n")[0]


@pytest.mark.parametrize("host", [
    "evil.example", "evil.example:{port}", "127.0.0.1.evil.example", "127.0.0.1:1", "",
    "[::1]:1", "127.0.0.1:{port}:{port}", "[::1", "localhost.:{port}",
])
def test_a_request_naming_another_host_is_refused(wb: WorkbookFile, host: str) -> None:
    """DNS rebinding: a foreign page whose name now points at the room gets nothing."""
    with served(wb) as room:
        port = room.server.server_port
        header = f"Host: {host.format(port=port)}\r\n"
        for path in ("/", "/api/cards", "/join"):
            answer = _raw(port, f"GET {path} HTTP/1.1\r\n{header}\r\n".encode())
            assert _status(answer) == 421, (host, path)
            assert b"Ruang" not in answer and b"<form" not in answer
        body = f'{{"code": "{CODE}", "name": "x"}}'
        joined_ = _raw(port, (f"POST /api/join HTTP/1.1\r\n{header}"
                              f"Content-Length: {len(body)}\r\n\r\n{body}").encode())
        assert _status(joined_) == 421 and room.state.devices() == []


def test_the_rooms_own_address_and_localhost_are_answered(wb: WorkbookFile) -> None:
    with served(wb) as room:
        port = room.server.server_port
        for host in ("127.0.0.1", f"127.0.0.1:{port}", "localhost", f"LOCALHOST:{port}",
                     "[::1]", f"[::1]:{port}"):
            answer = _raw(port, f"GET / HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            assert _status(answer) == 200, host
        assert _status(_raw(port, b"GET / HTTP/1.0\r\n\r\n")) == 421  # no Host at all
        twice = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n"
        assert _status(_raw(port, twice)) == 421


def test_a_room_on_every_address_answers_to_each_of_the_laptops() -> None:
    from app.room import hosts, network

    everywhere = hosts.allowed_hosts("0.0.0.0")
    assert set(network.local_addresses()) <= everywhere and "0.0.0.0" not in everywhere
    assert hosts.allowed_hosts("192.168.8.10") == {"192.168.8.10", "localhost", "127.0.0.1",
                                                   "::1"}
    assert hosts.host_allowed("192.168.8.10:8080", hosts.allowed_hosts("192.168.8.10"), 8080)
    assert not hosts.host_allowed("192.168.8.10:80", hosts.allowed_hosts("192.168.8.10"), 8080)


def test_every_answer_carries_the_security_headers(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = phone(room)
        for method, path in (("GET", "/"), ("GET", "/room.js"), ("GET", "/nothing"),
                             ("POST", "/api/join"), ("GET", "/api/join")):
            _status, headers, _b = client.call(method, path, {"code": "1"})
            csp = headers["content-security-policy"]
            assert "default-src 'self'" in csp and "'unsafe-inline'" not in csp, path
            assert headers["x-content-type-options"] == "nosniff"
            assert "python" not in headers.get("server", "").lower()
        assert client.call("GET", "/api/join")[0] == 405


def test_oversized_and_malformed_bodies_are_refused(wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = joined(room)
        cases = [
            (b'{"text": "' + b"a" * 3000 + b'"}', 413),
            (b"x" * 200_000, 413),
            (b"{not json", 400),
            (b"[1, 2]", 400),
            (b'"just a string"', 400),
            (b"[" * 1020 + b"]" * 1020, 400),
            (b'{"text": 5}', 400),
            (b'{"text": ["a"]}', 400),
            (b"\xff\xfe\x00", 400),
            (b'{"text": ""}', 422),
            (b'{"text": "' + b"b" * 281 + b'"}', 422),
            (b'{"text": "ok", "kind": {"$gt": 1}}', 400),
        ]
        for raw, expected in cases:
            status, _h, body = pumped(room, lambda r=raw: client.call("POST", "/api/cards",
                                                                       raw=r))
            assert status == expected, (raw[:40], status, body)
            assert body["error"]
        assert rows.count(wb.db, model.Card) == 0


def test_a_body_without_a_length_or_lying_about_it_is_refused(wb: WorkbookFile) -> None:
    with served(wb) as room:
        port = room.server.server_port
        chunked = (b"POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        assert _status(_raw(port, chunked)) == 411
        assert _status(_raw(port, b"POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")) == 411
        minus = b"POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n"
        assert _status(_raw(port, minus)) == 400
        short = (b"POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n"
                 b'{"code"')
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(short)
            sock.shutdown(socket.SHUT_WR)
            assert _status(sock.recv(4096)) == 400
        assert b"Bad Request" in _raw(port, b"GARBAGE\r\n\r\n")  # HTTP/0.9: no status line
        assert _status(_raw(port, b"DELETE /api/cards HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")) == 501
        assert _status(_raw(port, b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n")) == 414
        assert phone(room).call("GET", "/")[0] == 200  # still serving


def test_control_characters_and_markup_are_cleaned_or_kept_as_plain_text(
        wb: WorkbookFile) -> None:
    with served(wb) as room:
        client = joined(room, "<b>Tim</b>\x00\x07")
        ids = []
        for text in [*HOSTILE, "baris\x00satu\x1b[31m\x0bdua\ufffe\u202e"]:
            status, _h, body = pumped(room, lambda t=text: client.call(
                "POST", "/api/cards", {"text": t}))
            assert status == 201
            ids.append(body["id"])
        stored = [rows.get(wb.db, model.Card, i) for i in ids]
        assert [c.text for c in stored[:3]] == HOSTILE  # kept verbatim, shown as plain text
        assert stored[3].text == "barissatu[31m\ndua\u202e"
        assert stored[0].author == "<b>Tim</b>"
        _s, headers, body = client.call("GET", "/api/cards")
        assert headers["content-type"].startswith("application/json")
        assert [c["text"] for c in body["cards"]][:3] == HOSTILE


def test_a_flood_from_one_phone_gets_429_and_others_still_get_in(wb: WorkbookFile) -> None:
    limits = Limits(address=Rate(40, 0.5), device=Rate(10, 0.5), failed_joins=Rate(5, 0.01))
    with served(wb, limits=limits) as room:
        flooder = joined(room, source="127.0.2.1")
        statuses = pumped(room, lambda: [flooder.call("POST", "/api/cards", {"text": f"{n}"})[0]
                                         for n in range(30)])
        assert statuses.count(201) <= 12 and 429 in statuses
        assert rows.count(wb.db, model.Card) == statuses.count(201)
        polls = [flooder.call("GET", "/api/cards")[0] for _ in range(40)]
        assert polls[-1] == 429
        calm = joined(room, source="127.0.2.2")
        assert calm.call("GET", "/api/cards")[0] == 200


def test_guessing_the_code_is_stopped_even_when_the_guess_is_right(wb: WorkbookFile) -> None:
    limits = Limits(address=Rate(1000, 10), device=Rate(1000, 10), failed_joins=Rate(5, 0.01))
    with served(wb, limits=limits) as room:
        guesser = phone(room, "127.0.3.1")
        wrong = [guesser.call("POST", "/api/join", {"code": f"{n:06d}", "name": "x"})[0]
                 for n in range(8)]
        assert wrong[:5] == [403] * 5 and set(wrong[5:]) == {429}
        assert guesser.call("POST", "/api/join", {"code": CODE, "name": "x"})[0] == 429
        assert phone(room, "127.0.3.2").join(CODE, "Tim 2") == 200


def test_a_phone_leaving_mid_answer_prints_nothing(wb: WorkbookFile,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A page that navigates away (a no-JavaScript phone's redirect) drops its other loads."""
    with served(wb) as room:
        for gone in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "reset")):
            try:
                raise gone
            except ConnectionError:
                room.server.handle_error(None, ("127.0.0.1", 1))
        try:
            raise ValueError("a bug")
        except ValueError:
            room.server.handle_error(None, ("127.0.0.1", 1))
    err = capsys.readouterr().err
    assert "a bug" in err and "Broken pipe" not in err and "reset" not in err


def test_the_room_stops_with_room_mode(wb: WorkbookFile) -> None:
    with served(wb) as room:
        port = room.server.server_port
        assert phone(room).call("GET", "/")[0] == 200
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_the_server_binds_only_the_chosen_address(wb: WorkbookFile) -> None:
    with served(wb) as room:
        assert room.server.socket.getsockname()[0] == "127.0.0.1"
        assert room.url == f"http://127.0.0.1:{room.server.server_port}/"


def test_markup_from_phones_is_plain_text_in_the_documents(wb: WorkbookFile,
                                                           tmp_path: Path) -> None:
    from docx import Document  # local: python-docx is heavy

    from app.documents import export_document
    from app.room import moderation

    dims = add_dimensions(wb)
    with served(wb) as room:
        client = joined(room)
        ids = [pumped(room, lambda t=t: client.call("POST", "/api/cards", {
            "text": t, "kind": "strength", "dimension": "SG"}))[2]["id"]
            for t in [*HOSTILE, "tab\tbell\x07 vt\x0bend"]]
    for card_id in ids[:-1]:
        moderation.accept(wb, card_id)
    pending = rows.get(wb.db, model.Card, ids[-1])
    assert pending.status == "pending" and pending.dimension_id == dims["SG"]
    out = tmp_path / "analysis.docx"
    export_document(wb.path, "analysis", out, lang="en")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    text += "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    for hostile in HOSTILE:
        assert hostile in text  # Word shows the characters, it never runs them
    assert "bell" not in text  # the pending card is not in the document
    with zipfile.ZipFile(out) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "<script>" not in xml and "&lt;script&gt;" in xml
