"""Capaian (achievement %) of an indicator, budget absorption, and the yearly value from periods.

Pure functions over numbers; nothing here reads a workbook. Every case that
cannot give a percentage says why (``Achievement.status``), so a report can
print "no target" rather than a silent zero.

Directions (``DIRECTIONS``):

* ``higher``: more is better, capaian = realised / target x 100. A zero
  target is met by any realised value >= 0 (100 %).
* ``lower``: less is better (waiting days, poverty rate), capaian =
  target / realised x 100. A realised value of 0 meets any target (100 %).
* ``range``: the value should lie between ``target`` (low) and ``upper``
  (high): inside is 100 %, below is realised / low, above is high / realised.
* ``milestone``: yes/no (a regulation enacted): realised >= 1 (yes) against a
  target of yes is 100 %, no is 0 %; a target of "no" is always met.

Negative numbers (a growth rate of -2 %) have no meaningful ratio: capaian is
then not computed (status ``not_comparable``). Capaian is not capped: 130 %
means the target was exceeded; the rating bands treat everything over 100 the
same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

DIRECTIONS = ("higher", "lower", "range", "milestone")
LEVELS = ("output", "outcome", "impact")
PERIODS = ("year", "Q1", "Q2", "Q3", "Q4")

# Why a capaian is what it is.
OK = "ok"
NO_TARGET = "no_target"
NO_REALISATION = "no_realisation"
ZERO_TARGET = "zero_target"  # computed (100 % or 0 %), but worth a note
ZERO_REALISED = "zero_realised"  # lower-is-better reached 0: met
NOT_COMPARABLE = "not_comparable"
STATUSES = (OK, NO_TARGET, NO_REALISATION, ZERO_TARGET, ZERO_REALISED, NOT_COMPARABLE)


@dataclass(frozen=True)
class Achievement:
    """The capaian of one indicator in one year: ``percent`` (None when it cannot be computed)."""

    percent: float | None
    status: str = OK

    @property
    def computed(self) -> bool:
        """Return whether there is a percentage to rate."""
        return self.percent is not None


def capaian(direction: str, target: float | None, realised: float | None,
            upper: float | None = None) -> Achievement:
    """Return the capaian of ``realised`` against ``target`` for an indicator of ``direction``.

    ``upper`` is the top of the range for ``range`` (ignored otherwise; a range
    without it is a range of one value). Raises ValueError for an unknown direction.
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}")
    if target is None:
        return Achievement(None, NO_TARGET)
    if realised is None:
        return Achievement(None, NO_REALISATION)
    if direction == "milestone":
        return _milestone(target, realised)
    if target < 0 or realised < 0 or (upper is not None and upper < 0):
        return Achievement(None, NOT_COMPARABLE)
    if direction == "higher":
        return _higher(target, realised)
    if direction == "lower":
        return _lower(target, realised)
    return _range(target, target if upper is None else upper, realised)


def _higher(target: float, realised: float) -> Achievement:
    if target == 0:
        return Achievement(100.0, ZERO_TARGET)
    return Achievement(realised / target * 100)


def _lower(target: float, realised: float) -> Achievement:
    if realised == 0:
        return Achievement(100.0, ZERO_REALISED)
    if target == 0:
        return Achievement(0.0, ZERO_TARGET)  # the target was none at all, some remain
    return Achievement(target / realised * 100)


def _range(low: float, high: float, realised: float) -> Achievement:
    low, high = min(low, high), max(low, high)
    if low <= realised <= high:
        return Achievement(100.0)
    if realised < low:
        return Achievement(realised / low * 100)  # low > 0 here: realised >= 0 is below it
    return Achievement(high / realised * 100 if high else 0.0, OK if high else ZERO_TARGET)


def _milestone(target: float, realised: float) -> Achievement:
    if target < 1:
        return Achievement(100.0, ZERO_TARGET)  # nothing was due this year
    return Achievement(100.0 if realised >= 1 else 0.0)


def absorption(pagu: int | None, spent: int | None) -> float | None:
    """Return budget absorption in % (spent / pagu x 100), or None with no pagu or no spending."""
    if pagu is None or spent is None or pagu <= 0:
        return None
    return spent / pagu * 100


def yearly(values: Iterable[tuple[str, float]]) -> float | None:
    """Return the year's value from (period, value) pairs reported as of each period.

    Values are cumulative "as of" their period (year to date): the ``year`` row
    wins, else the latest quarter reported. None when nothing was reported.
    """
    best: tuple[int, float] | None = None
    for period, value in values:
        rank = PERIODS.index(period) if period in PERIODS else -1
        rank = len(PERIODS) if period == "year" else rank
        if best is None or rank > best[0]:
            best = (rank, value)
    return None if best is None else best[1]


def mean(values: Iterable[float | None]) -> float | None:
    """Return the average of the values that are not None (None when there are none)."""
    found = [v for v in values if v is not None]
    return sum(found) / len(found) if found else None
