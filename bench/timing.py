"""Timing helpers for the benchmarks: repeat after a warm-up, report median, min and max."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Sample:
    """Several timings (seconds) of one job."""

    times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def low(self) -> float:
        return min(self.times)

    @property
    def high(self) -> float:
        return max(self.times)

    def as_dict(self) -> dict[str, float]:
        """Return median, min and max in seconds."""
        return {"median": self.median, "min": self.low, "max": self.high}


def measure(job: Callable[[], object], repeat: int, warmup: int = 1,
            setup: Callable[[], object] | None = None) -> Sample:
    """Run ``job`` ``warmup`` times untimed, then ``repeat`` times timed (``setup`` untimed)."""
    sample = Sample()
    for run in range(warmup + repeat):
        if setup:
            setup()
        start = time.perf_counter()
        job()
        elapsed = time.perf_counter() - start
        if run >= warmup:
            sample.times.append(elapsed)
    return sample
