"""Helpers for room mode tests: a room served over a test workbook, and phones to call it.

The workbook belongs to the test's thread (SQLite connections stay on their thread),
so phones run on other threads while ``pumped`` answers their jobs on this one,
as the window's GUI thread or the headless loop would.
"""

from __future__ import annotations

import http.client
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

from app import model, ops
from app.room.limits import Limits, Rate
from app.room.service import RoomService, settings_for
from app.storage import queries_room
from app.storage.workbook import WorkbookFile
from bench.room_load import Phone
from tests.tools import require

T = TypeVar("T")
CODE = "482913"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOOSE = Limits(address=Rate(10_000, 1_000), device=Rate(10_000, 1_000),
               failed_joins=Rate(10_000, 1_000))


def add_dimensions(wb: WorkbookFile) -> dict[str, str]:
    """Make sure the workbook has the dimensions SG and SL; return {code: id} of all."""
    found = queries_room.dimension_codes(wb.db)
    for position, (code, name) in enumerate((("SG", "Smart Governance"),
                                             ("SL", "Smart Living"))):
        if code not in found:
            found[code] = ops.add(wb, model.Dimension(code=code, name_id=name,
                                                      position=position))[1]
    return found


@contextmanager
def served(wb: WorkbookFile, *, limits: Limits | None = None, **options: Any
           ) -> Iterator[RoomService]:
    """Serve a room over ``wb`` on 127.0.0.1 (a free port, or ``port``) with join code CODE."""
    port = options.pop("port", 0)
    settings = settings_for(wb, options.pop("code", CODE), **options)
    room = RoomService(wb, settings, "127.0.0.1", port, limits=limits or LOOSE)
    room.start()
    try:
        yield room
    finally:
        room.stop()


def phone(room: RoomService, source: str | None = None) -> Phone:
    """Return a phone client of ``room``."""
    return Phone("127.0.0.1", room.server.server_port, source)


def pumped(room: RoomService, action: Callable[[], T]) -> T:
    """Run ``action`` (phones calling the room) on a thread while this thread stores jobs."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # handed back to the test's thread
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    while worker.is_alive():
        room.run_pending(wait=0.01)
        worker.join(0)
    room.run_pending()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


def joined(room: RoomService, name: str = "Tim 3", source: str | None = None) -> Phone:
    """Return a phone that has joined ``room``."""
    client = phone(room, source)
    assert client.join(room.state.settings.code, name) == 200
    return client


def chromium_or_skip() -> str:
    """Return Debian's chromium; skip when it is missing, but fail under CI=true."""
    return require("chromium")["chromium"]


class _Forms(HTMLParser):
    """The forms of a page: their action, and the fields a browser would send."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.forms.append({"action": found.get("action", ""), "fields": {},
                               "buttons": []})
        elif tag in ("input", "button") and self.forms:
            if found.get("type") == "hidden":
                self.forms[-1]["fields"][found["name"]] = found.get("value", "")
            elif tag == "button":
                self.forms[-1]["buttons"].append(found)


class FormPhone:
    """A phone whose browser runs no JavaScript: it keeps cookies and posts HTML forms.

    ``call`` makes one request and follows no redirect; ``go`` follows 303s with GET,
    as a browser does after a form post. Headers a browser adds to a form post
    (Origin, Sec-Fetch-Site) are left out unless a test passes them.
    """

    def __init__(self, port: int, source: str | None = None, host: str = "127.0.0.1") -> None:
        self.port, self.source, self.host = port, source, host
        self.cookies: dict[str, str] = {}
        self.set_cookies: list[str] = []  # every Set-Cookie header seen, as sent

    def call(self, method: str, path: str, form: dict[str, str] | None = None, *,
             raw: bytes | None = None, headers: dict[str, str] | None = None
             ) -> tuple[int, dict[str, str], str]:
        """Make one request; return (status, headers, body text)."""
        connection = http.client.HTTPConnection(
            self.host, self.port, timeout=60,
            source_address=(self.source, 0) if self.source else None)
        sent = dict(headers or {})
        if self.cookies:
            sent.setdefault("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        body = raw if raw is not None else (urlencode(form).encode() if form is not None
                                            else None)
        if body is not None:
            sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8")
            cookies = response.headers.get_all("Set-Cookie") or []
            got = {k.lower(): v for k, v in response.getheaders()}
        finally:
            connection.close()
        self._keep(cookies)
        return response.status, got, text

    def _keep(self, cookies: list[str]) -> None:
        for header in cookies:
            self.set_cookies.append(header)
            name, _eq, rest = header.partition("=")
            value = rest.split(";")[0]
            if "max-age=0" in header.lower().replace(" ", ""):
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value

    def go(self, method: str, path: str, form: dict[str, str] | None = None,
           headers: dict[str, str] | None = None) -> tuple[int, str, str]:
        """Request ``path``, following redirects; return (status, final path, page)."""
        status, got, text = self.call(method, path, form, headers=headers)
        for _ in range(5):
            if status not in (301, 302, 303):
                break
            path = got["location"]
            status, got, text = self.call("GET", urlsplit(path)._replace(fragment="").geturl())
        return status, path, text

    @staticmethod
    def forms(page: str) -> list[dict[str, Any]]:
        """Return the forms of ``page``: action, hidden fields and buttons."""
        parser = _Forms()
        parser.feed(page)
        return parser.forms

    def form(self, page: str, action: str) -> dict[str, str]:
        """Return the hidden fields of the first form of ``page`` posting to ``action``."""
        return dict(next(f for f in self.forms(page) if f["action"] == action)["fields"])
