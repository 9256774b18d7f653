"""The room's HTTP server: the phone page and the JSON API, on threads that never touch SQLite.

Why the standard library's ThreadingHTTPServer: it ships with Python (no
dependency to freeze for Windows), a room is a few hundred phones sending a
few requests a minute each, and PySide6's QHttpServer is only in the Addons
wheel we do not ship. Its listen backlog (``request_queue_size``) is raised
from 5 to 512: with the default, 300 phones connecting at once get their
connections reset. Handler threads are daemons (a stuck phone cannot keep the
laptop from closing the room) and at most MAX_THREADS run at once.

Only the routes below exist: no file is ever looked up by a path from a
request, so there is no directory listing and no path traversal. Besides the
JSON API for the page's script, ``plain`` answers the same flows as HTML
forms for phones without JavaScript. A request naming another host than the
room's address is refused (``hosts``: DNS rebinding).
"""

from __future__ import annotations

import gzip
import json
import socket
import socketserver
import sys
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from app import i18n
from app.room import hosts, plain
from app.room.assets import SECURITY_HEADERS, etag_of, load_assets
from app.room.contract import MAX_BODY, ApiError, parse_card, parse_join, parse_object, parse_vote
from app.room.jobs import Job, JobQueue
from app.room.limits import Limiter, Limits
from app.room.state import Device, RoomState

MAX_THREADS = 256  # handler threads at once; more connections wait in the backlog
DRAIN_LIMIT = 1024 * 1024  # an oversized body is read and dropped up to this, then cut off
SOCKET_TIMEOUT = 15  # seconds a phone may take to send its request (slow Wi-Fi, no slowloris)
JSON_TYPE = "application/json; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"

class RoomServer(ThreadingHTTPServer):
    """The HTTP server of one room, bound to one address only."""

    request_queue_size = 512  # listen backlog: the default 5 resets phones' connections
    daemon_threads = True
    block_on_close = False
    # On Windows SO_REUSEADDR lets another program bind the same port: keep it off there.
    allow_reuse_address = sys.platform != "win32"

    def __init__(self, address: tuple[str, int], state: RoomState, jobs: JobQueue,
                 limits: Limits | None = None) -> None:
        self.state = state
        self.jobs = jobs
        limits = limits or Limits()
        self.by_address = Limiter(limits.address)
        self.by_device = Limiter(limits.device)
        self.failed_joins = Limiter(limits.failed_joins)
        self.assets = load_assets()
        self._slots = threading.BoundedSemaphore(MAX_THREADS)
        self._thread: threading.Thread | None = None
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, RoomHandler)
        self.hosts = hosts.allowed_hosts(self.server_name)
        self.pages = plain.Pages(state, jobs, self.by_device, self.failed_joins)

    def server_bind(self) -> None:
        """Bind without HTTPServer's socket.getfqdn(), which waits on DNS on an offline laptop."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    @property
    def url(self) -> str:
        """Return the address phones open, e.g. ``http://192.168.8.10:8080/``."""
        host = self.server_name
        return f"http://[{host}]:{self.server_port}/" if ":" in host else \
            f"http://{host}:{self.server_port}/"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Print a bug's traceback, but nothing when a phone dropped the connection."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Start a handler thread when one of MAX_THREADS is free (wait a little, else drop)."""
        if not self._slots.acquire(timeout=5):
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def start(self) -> None:
        """Serve on a daemon thread until ``stop``."""
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.2},
                                        name="room-server", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop serving, close the listening socket and cancel jobs nobody will store."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self.server_close()
        self.jobs.cancel_all()


class RoomHandler(BaseHTTPRequestHandler):
    """One request from a phone: a static file or a JSON API call."""

    server: RoomServer
    server_version = "Rencana"
    sys_version = ""
    timeout = SOCKET_TIMEOUT

    # -- dispatch ----------------------------------------------------------------------

    def do_GET(self) -> None:
        self._serve("GET")

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        path = urlsplit(self.path).path
        try:
            if not hosts.host_allowed(self._host(), self.server.hosts, self.server.server_port):
                self.close_connection = True
                raise ApiError(421, "This is not the room's address; open the address on the "
                                    "screen.")
            if not self.server.by_address.allow(self.address):
                raise ApiError(429, "Too many requests; wait a moment.")
            if path in plain.ROUTES:
                self._page(method, path)
            else:
                self._route(method, path)
        except ConnectionError:  # the phone went away (a page left early): nobody to answer
            self.close_connection = True
        except ApiError as exc:
            if path in plain.ROUTES and exc.status != 421:
                self._send_reply(plain.error_reply(exc, self._request(method, path)))
            else:
                self._send_json(exc.status, {"error": exc.message(self.lang)})
        except Exception as exc:  # a bug: answer, keep serving the others
            self.close_connection = True
            error = ApiError(500, "Rencana hit an unexpected problem: {reason}.",
                             reason=type(exc).__name__)
            self._send_json(500, {"error": error.message(self.lang)})

    def _route(self, method: str, path: str) -> None:
        if path in self.server.assets:
            self._need(method, "GET", "HEAD")
            self._send(200, *self.server.assets[path], cache="no-cache")
            return
        api: dict[str, dict[str, Callable[[], None]]] = {
            "/api/join": {"POST": self._join},
            "/api/cards": {"GET": self._cards, "HEAD": self._cards, "POST": self._new_card},
            "/api/votes": {"POST": self._vote},
        }
        if path not in api:
            raise ApiError(404, "Nothing is here.")
        self._need(method, *api[path])
        api[path][method]()

    def _host(self) -> str | None:
        """Return the request's one Host header (None when missing or sent twice)."""
        found = self.headers.get_all("Host") or []
        return found[0] if len(found) == 1 else None

    def _need(self, method: str, *allowed: str) -> None:
        if method not in allowed:
            self._allow = ", ".join(allowed)
            raise ApiError(405, "This address does not take {method}.", method=method)

    # -- the pages without JavaScript ----------------------------------------------------

    def _page(self, method: str, path: str) -> None:
        self._need(method, *plain.ROUTES[path])
        form: dict[str, str] = {}
        if method == "POST":
            if not self._same_origin():
                raise ApiError(403, "This page came from another site; open the address on "
                                    "the screen.")
            form = plain.parse_form(self._body(), self.headers.get("Content-Type", ""))
        self._send_reply(self.server.pages.answer(self._request(method, path, form)))

    def _request(self, method: str, path: str, form: dict[str, str] | None = None
                 ) -> plain.Request:
        try:
            query = parse_qs(urlsplit(self.path).query, max_num_fields=plain.MAX_FIELDS)
        except ValueError:  # more fields than any of our links has: none of them is ours
            query = {}
        return plain.Request(
            method, path, query={name: values[0] for name, values in query.items()},
            cookies=plain.parse_cookies(self.headers.get_all("Cookie") or []),
            form=form or {}, address=self.address)

    def _same_origin(self) -> bool:
        """Return False when the browser says a form was posted from another site."""
        if self.headers.get("Sec-Fetch-Site", "same-origin").lower() not in ("same-origin",
                                                                              "none"):
            return False
        origin = self.headers.get("Origin", "null")
        return origin == "null" or urlsplit(origin).netloc.lower() == \
            (self._host() or "").strip().lower()

    def _send_reply(self, reply: plain.Reply) -> None:
        extra = [("Set-Cookie", value) for value in reply.cookies]
        if reply.location:
            extra.append(("Location", reply.location))
        self._send(reply.status, reply.body.encode("utf-8"), HTML_TYPE, extra=extra)

    # -- the API -----------------------------------------------------------------------

    def _join(self) -> None:
        code, name = parse_join(parse_object(self._body()))
        if not self.server.failed_joins.has(self.address):
            raise ApiError(429, "Too many wrong codes; wait a few minutes.")
        try:
            token = self.server.state.join(code, name, self.address)
        except ApiError as exc:
            if exc.status == 403:
                self.server.failed_joins.allow(self.address)
            raise
        self._send_json(200, {"token": token})

    def _cards(self) -> None:
        device = self._device()
        body = _json_bytes(self.server.state.view(device))
        self._send(200, body, JSON_TYPE, etag_of(body), cache="no-cache")

    def _new_card(self) -> None:
        device = self._device()
        request = parse_card(parse_object(self._body()))
        answer = self.server.jobs.submit(Job("card", device, request))
        self._send_json(201, answer)

    def _vote(self) -> None:
        device = self._device()
        card_id, votes = parse_vote(parse_object(self._body()))
        self._send_json(200, self.server.jobs.submit(Job("vote", device, (card_id, votes))))

    def _device(self) -> Device:
        """Return the device of the request's bearer token; raise 401 (or 429 when flooding)."""
        header = self.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        device = self.server.state.device(token.strip()) if scheme.lower() == "bearer" else None
        if device is None:
            self._www_authenticate = True
            raise ApiError(401, "Join the room first (the code is on the screen).")
        if not self.server.by_device.allow(token.strip()):
            raise ApiError(429, "Too many requests; wait a moment.")
        return device

    def _body(self) -> bytes:
        """Return the request body (at most MAX_BODY bytes); raise 400, 411 or 413."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise ApiError(411, "Send the request with a Content-Length.")
        text = self.headers.get("Content-Length")
        if text is None:
            raise ApiError(411, "Send the request with a Content-Length.")
        try:
            length = int(text)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            raise ApiError(400, "The request is not valid JSON.")
        if length > MAX_BODY:
            self._drain(length)
            raise ApiError(413, "The request is too large (at most {limit} bytes).",
                           limit=MAX_BODY)
        data = self.rfile.read(length)
        if len(data) < length:
            self.close_connection = True
            raise ApiError(400, "The request is not valid JSON.")
        return data

    def _drain(self, length: int) -> None:
        """Read and drop an oversized body, so the phone gets our 413 and not a reset."""
        self.close_connection = True
        left = min(length, DRAIN_LIMIT)
        while left > 0:
            chunk = self.rfile.read(min(left, 65536))
            if not chunk:
                return
            left -= len(chunk)

    # -- answers -----------------------------------------------------------------------

    @property
    def address(self) -> str:
        """Return the phone's IP address."""
        return str(self.client_address[0])

    @property
    def lang(self) -> str:
        """Return the language of the phone page (``en`` when it asks for English)."""
        headers = getattr(self, "headers", None)
        wanted = headers.get("Accept-Language", "") if headers is not None else ""
        return "en" if wanted.strip().lower().startswith("en") else "id"

    def _send_json(self, status: int, value: dict[str, Any]) -> None:
        self._send(status, _json_bytes(value), JSON_TYPE)

    def _send(self, status: int, body: bytes, content_type: str, etag: str = "",
              cache: str = "no-store", extra: list[tuple[str, str]] | None = None) -> None:
        if etag and etag in self._if_none_match():
            status, body = 304, b""
        elif self._accepts_gzip() and len(body) > 1400:
            body, encoded = gzip.compress(body, compresslevel=5, mtime=0), True
        else:
            encoded = False
        self.send_response(status)
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.send_header("Cache-Control", cache)
        if etag:
            self.send_header("ETag", etag)
        if status != 304:
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
        if encoded:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        if status == 405:
            self.send_header("Allow", getattr(self, "_allow", "GET"))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Bearer realm="rencana"')
        for name, value in extra or ():
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.close_connection = True
        self.end_headers()
        if self.command != "HEAD" and status != 304:
            self.wfile.write(body)

    def _if_none_match(self) -> list[str]:
        headers = getattr(self, "headers", None)
        if headers is None or self.command not in ("GET", "HEAD"):
            return []
        header = headers.get("If-None-Match", "")
        return [tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()]

    def _accepts_gzip(self) -> bool:
        headers = getattr(self, "headers", None)
        return headers is not None and "gzip" in headers.get("Accept-Encoding", "").lower()

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        """Answer http.server's own errors (bad request line, 414, 501) as JSON with our headers."""
        self.close_connection = True
        phrase = HTTPStatus(code).phrase if code in HTTPStatus._value2member_map_ else "Error"
        self._send(code, _json_bytes({"error": phrase}), JSON_TYPE)

    def log_message(self, format: str, *args: Any) -> None:
        """Log nothing: a room of 300 phones would bury the terminal (and card text is private)."""


def _json_bytes(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


i18n.register({
    "Too many requests; wait a moment.": "Terlalu banyak permintaan; tunggu sebentar.",
    "Too many wrong codes; wait a few minutes.":
        "Terlalu banyak kode yang salah; tunggu beberapa menit.",
    "This address does not take {method}.": "Alamat ini tidak menerima {method}.",
    "Join the room first (the code is on the screen).":
        "Bergabunglah ke ruang dahulu (kodenya ada di layar).",
    "Send the request with a Content-Length.": "Kirim permintaan dengan Content-Length.",
    "The request is too large (at most {limit} bytes).":
        "Permintaan terlalu besar (paling banyak {limit} bita).",
    "This is not the room's address; open the address on the screen.":
        "Ini bukan alamat ruang; buka alamat yang ada di layar.",
})
