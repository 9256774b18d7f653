"""Simulated phones for room mode: each joins from its own loopback address, sends cards, polls.

Shared by ``bench.bench_room`` (300 phones, timed) and ``tests/test_room_load.py``
(fewer phones, not timed). Linux routes all of 127.0.0.0/8 to the loopback
interface, so every phone can bind its own source address, as phones on a
room's Wi-Fi each have their own.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def address_of(index: int) -> str:
    """Return phone ``index``'s own source address: 127.0.1.1, 127.0.1.2, ... (not 127.0.0.1)."""
    return f"127.0.{1 + index // 250}.{1 + index % 250}"


@dataclass
class PhoneResult:
    """What one phone saw: card ids it was given, latencies (s), and failures."""

    index: int
    ids: list[str] = field(default_factory=list)
    timings: list[tuple[str, float]] = field(default_factory=list)  # (request kind, seconds)
    errors: list[str] = field(default_factory=list)

    @property
    def latencies(self) -> list[float]:
        """Return the seconds every answered request took."""
        return [seconds for _what, seconds in self.timings]


class Phone:
    """A phone's HTTP client, bound to its own source address."""

    def __init__(self, host: str, port: int, source: str | None = None) -> None:
        self.host, self.port, self.source = host, port, source
        self.token = ""
        self.etag = ""

    def call(self, method: str, path: str, body: Any = None, *, raw: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], Any]:
        """Make one request on a fresh connection; return (status, headers, JSON or bytes)."""
        connection = http.client.HTTPConnection(
            self.host, self.port, timeout=60,
            source_address=(self.source, 0) if self.source else None)
        sent = {"Accept-Language": "en", **(headers or {})}
        if self.token:
            sent.setdefault("Authorization", f"Bearer {self.token}")
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        try:
            connection.request(method, path, body=data, headers=sent)
            response = connection.getresponse()
            payload = response.read()
            got = {k.lower(): v for k, v in response.getheaders()}
        finally:
            connection.close()
        if got.get("content-type", "").startswith("application/json") and payload:
            return response.status, got, json.loads(payload)
        return response.status, got, payload

    def join(self, code: str, name: str) -> int:
        """Join the room; return the status (the token is kept)."""
        status, _h, body = self.call("POST", "/api/join", {"code": code, "name": name})
        if status == 200:
            self.token = body["token"]
        return status

    def poll(self) -> int:
        """GET /api/cards with the last ETag; return the status (200 or 304)."""
        headers = {"If-None-Match": self.etag} if self.etag else {}
        status, got, _body = self.call("GET", "/api/cards", headers=headers)
        self.etag = got.get("etag", self.etag)
        return status


def card_text(index: int, number: int) -> str:
    """Return the unique text of phone ``index``'s card ``number``."""
    return f"Ide {number + 1} dari ponsel {index + 1}: layanan publik daring"


def run_phone(host: str, port: int, code: str, index: int, cards: int,
              polls: int, start: threading.Barrier | None = None) -> PhoneResult:
    """Join, send ``cards`` cards, poll ``polls`` times; return what this phone saw."""
    result = PhoneResult(index)
    phone = Phone(host, port, address_of(index))
    if start is not None:
        start.wait()

    def timed(what: str, action: Callable[[], Any], ok: tuple[int, ...]) -> Any:
        began = time.perf_counter()
        try:
            status, *rest = action()
        except OSError as exc:
            result.errors.append(f"{what}: {exc}")
            return None
        result.timings.append((what, time.perf_counter() - began))
        if status not in ok:
            result.errors.append(f"{what}: HTTP {status} {rest[-1]!r}"[:200])
            return None
        return rest

    timed("join", lambda: (phone.join(code, f"Tim {index + 1}"), None), (200,))
    if not phone.token:
        return result
    for number in range(cards):
        answer = timed("card", lambda n=number: phone.call("POST", "/api/cards", {
            "text": card_text(index, n), "kind": "idea", "key": f"{index}-{n}"}), (201,))
        if answer is not None:
            result.ids.append(answer[1]["id"])
    for _ in range(polls):
        timed("poll", lambda: (phone.poll(), None), (200, 304))
    return result


def crowd(host: str, port: int, code: str, phones: int, cards: int = 3,
          polls: int = 2) -> list[PhoneResult]:
    """Run ``phones`` phones at once, one thread each; return their results."""
    results: list[PhoneResult | None] = [None] * phones
    start = threading.Barrier(phones)

    def one(index: int) -> None:
        results[index] = run_phone(host, port, code, index, cards, polls, start)

    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(phones)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    return [r if r is not None else PhoneResult(i, errors=["did not finish"])
            for i, r in enumerate(results)]


def percentile(values: list[float], share: float) -> float:
    """Return the ``share`` percentile (0-1) of ``values`` (nearest rank)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]
