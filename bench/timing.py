"""Timing helpers for the benchmarks: repeat after a warm-up, report median, min and max."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


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


@dataclass(frozen=True)
class Scale:
    """How hard a run works: the full run, ``quick`` (fewer repeats) or ``tiny`` (tiny data,
    for the test of the runner itself)."""

    quick: bool = False
    tiny: bool = False

    def repeat(self, full: int, quick: int) -> int:
        """Return the number of timed runs: ``full``, ``quick``, or 2 when tiny."""
        return 2 if self.tiny else quick if self.quick else full

    def size(self, full: int, tiny: int) -> int:
        """Return a data size: ``full`` (also when quick: the goals are about that size)."""
        return tiny if self.tiny else full


@dataclass
class Check:
    """One judged (or only recorded) number of a figure: ``value`` against ``limit``."""

    figure: str
    measure: str
    value: float
    unit: str  # "x" (a ratio), "s", "ms" or "MB"
    limit: float | None = None  # None: recorded, not judged
    ours: dict[str, float] | None = None  # seconds: median, min, max
    baseline: dict[str, float] | None = None
    baseline_name: str = ""

    @property
    def met(self) -> bool | None:
        """True or False against the goal; None when there is no goal."""
        return None if self.limit is None else self.value <= self.limit

    @property
    def value_on_min(self) -> float | None:
        """The judged value from the fastest runs: ours' min over the baseline's min, or ours'
        min; None for a value that is not a timing (memory)."""
        if self.ours is None:
            return None
        if self.baseline is not None and self.unit == "x":
            return self.ours["min"] / self.baseline["min"]
        return self.ours["min"] if self.unit == "s" else None

    def as_dict(self) -> dict[str, object]:
        """Return the check as plain JSON-ready data (with ``met`` and ``value_on_min``)."""
        return {**self.__dict__, "met": self.met, "value_on_min": self.value_on_min}


def measure_cpu(job: Callable[[], object], repeat: int, warmup: int = 1,
                setup: Callable[[], object] | None = None) -> tuple[Sample, Sample]:
    """Return (processor time, wall-clock time) of ``job``, ``repeat`` timed runs after
    ``warmup`` (``setup`` runs untimed before each). Processor time is this process's own
    work: what other engineers' jobs on a shared machine add to the wall clock (waiting for
    a core) it leaves out."""
    cpu, wall = Sample(), Sample()
    for run in range(warmup + repeat):
        if setup:
            setup()
        start, start_cpu = time.perf_counter(), time.process_time()
        job()
        used, elapsed = time.process_time() - start_cpu, time.perf_counter() - start
        if run >= warmup:
            cpu.times.append(used)
            wall.times.append(elapsed)
    return cpu, wall


def measure_pair(ours: Callable[[], object], base: Callable[[], object], repeat: int,
                 warmup: int = 1, jitter: float = 0.0) -> tuple[Sample, Sample]:
    """Time ``ours`` and ``base`` alternately (so a busy spell of the shared machine falls
    on both alike): ``warmup`` untimed rounds, then ``repeat`` timed ones. With ``jitter``
    (seconds) each job starts after an untimed random pause of up to that long."""
    pair = (Sample(), Sample())
    pause = random.Random(7)
    for run in range(warmup + repeat):
        for job, sample in zip((ours, base), pair, strict=True):
            if jitter:
                time.sleep(pause.uniform(0, jitter))
            start = time.perf_counter()
            job()
            elapsed = time.perf_counter() - start
            if run >= warmup:
                sample.times.append(elapsed)
    return pair


def cpu_checks(figure: str, what: str, cpu: Sample, wall: Sample, limit: float) -> list[Check]:
    """Return the check of ``what`` judged on processor time, and its wall clock (recorded)."""
    return [Check(figure, f"{what}, processor time", cpu.median, "s", limit, cpu.as_dict()),
            Check(figure, f"{what}, wall clock (recorded)", wall.median, "s", None,
                  wall.as_dict())]


def in_ms(sample: Sample) -> dict[str, float]:
    """Return median, min and max of ``sample`` in milliseconds, rounded to 0.1."""
    return {k: round(v * 1000, 1) for k, v in sample.as_dict().items()}


def standalone(run: Callable[[Path, bool], dict[str, object]]) -> None:
    """Run a standalone benchmark's ``run(folder, quick)`` in a temporary folder (``--quick``
    from the command line) and print its timings, one line each."""
    with tempfile.TemporaryDirectory() as folder:
        results = run(Path(folder), "--quick" in sys.argv)
    width = max((len(name) for name in results), default=0) + 2
    for name, value in results.items():
        if isinstance(value, dict):
            print(f"{name:{width}s} median {value['median']:8.1f} ms   min {value['min']:8.1f}"
                  f"   max {value['max']:8.1f}")
        else:
            print(f"{name:{width}s} {value}")
