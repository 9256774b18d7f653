"""Rate limits: a token bucket per key (device token, source address), safe across threads."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rate:
    """``burst`` requests at once, then ``per_second`` on average."""

    burst: float
    per_second: float


class Limiter:
    """Token buckets keyed by a string; ``allow(key)`` spends one token or says no.

    Buckets that have refilled completely are forgotten now and then, so a flood
    of made-up keys cannot grow the table without bound.
    """

    MAX_KEYS = 50_000

    def __init__(self, rate: Rate, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)

    def allow(self, key: str, cost: float = 1.0) -> bool:
        """Return True and spend ``cost`` if ``key`` has that much left, else False."""
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(key, (self.rate.burst, now))
            tokens = min(self.rate.burst, tokens + (now - at) * self.rate.per_second)
            allowed = tokens >= cost
            self._buckets[key] = (tokens - cost if allowed else tokens, now)
            if len(self._buckets) > self.MAX_KEYS:
                self._forget_full(now)
        return allowed

    def has(self, key: str, cost: float = 1.0) -> bool:
        """Return whether ``key`` has ``cost`` left, without spending it."""
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(key, (self.rate.burst, now))
            return min(self.rate.burst, tokens + (now - at) * self.rate.per_second) >= cost

    def _forget_full(self, now: float) -> None:
        full = [k for k, (tokens, at) in self._buckets.items()
                if tokens + (now - at) * self.rate.per_second >= self.rate.burst]
        for key in full:
            del self._buckets[key]
        if len(self._buckets) > self.MAX_KEYS:  # all busy: drop the oldest half
            for key in sorted(self._buckets, key=lambda k: self._buckets[k][1])[::2]:
                del self._buckets[key]


@dataclass(frozen=True)
class Limits:
    """The room's rate limits (tests and the load benchmark loosen or tighten them)."""

    # Every request from one address: a phone polls every few seconds and sends a card
    # now and then; a page load is three requests.
    address: Rate = Rate(burst=120, per_second=4)
    # Every request made with one device token (a phone copied to many addresses).
    device: Rate = Rate(burst=30, per_second=1)
    # Wrong join codes from one address: guessing a six-digit code would take weeks.
    failed_joins: Rate = Rate(burst=10, per_second=0.1)
