"""The rules of merge as pure functions over rows: which value wins, what is deleted, conflicts.

Every row carries, per field, the clock of its last write: (revision, device),
a Lamport clock. Merging is a *join*: per field the version with the highest
(revision, device) wins, ties broken by the value itself; the tombstone
``_deleted`` is one more field. The merged file then shows a *view* of that
join: rows whose owner is deleted are deleted too, and programme codes that
collide get a suffix. Where the view differs from the joined ("pure") value,
the pure value is kept in the field's clock entry (``[rev, device, pure]``),
so the next merge starts from the join again. This makes merge deterministic,
commutative, associative and idempotent. See app.merge for the rules in words.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app import model

Clock = tuple[int, str]
ZERO: Clock = (0, "")
DELETED = "_deleted"
OTHER = "~other"  # key of a conflict row's clock entry naming the version it records
SKIP = frozenset({model.Conflict.TABLE})  # merge's own table, rebuilt by merge


@dataclass(frozen=True)
class Version:
    """One written value of one field: its clock and the value."""

    clock: Clock
    value: Any


@dataclass
class Source:
    """One file to merge, read whole: rows by table and id, open conflicts, knowledge."""

    name: str
    rows: dict[str, dict[str, dict[str, Any]]]
    open: dict[tuple[str, str, str], frozenset[Version]] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)
    clock: int = 0


@dataclass
class Joined:
    """The join of one row over all sources: each field's winning version, and bookkeeping."""

    fields: dict[str, Version]
    present: set[str]
    stamp: tuple[int, str, str]  # (_rev, _device, _modified) of the newest write


def value_key(value: Any) -> tuple[int, float, str]:
    """Return a total order on stored values, for breaking ties between equal clocks."""
    if value is None:
        return (0, 0.0, "")
    if isinstance(value, (int, float)):
        return (1, float(value), "")
    return (2, 0.0, str(value))


def version_key(version: Version) -> tuple[Clock, tuple[int, float, str]]:
    """Return the order in which versions win: clock first, then value."""
    return (version.clock, value_key(version.value))


def clock_entries(row: dict[str, Any]) -> dict[str, list[Any]]:
    """Return the row's field clocks (do not modify); a damaged entry counts as never written."""
    text = row.get("_clock")
    return _parse_clock(text) if isinstance(text, str) else {}


@functools.lru_cache(maxsize=1 << 16)
def _parse_clock(text: str) -> dict[str, list[Any]]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if _valid_entry(v)}


def _valid_entry(entry: Any) -> bool:
    return (isinstance(entry, list) and len(entry) >= 2 and isinstance(entry[0], int)
            and isinstance(entry[1], str))


def field_version(row: dict[str, Any], entries: dict[str, list[Any]], name: str) -> Version:
    """Return the pure version of field ``name`` of a stored row."""
    entry = entries.get(name)
    if entry is None:
        return Version(ZERO, row.get(name))
    pure = entry[2] if len(entry) > 2 else row.get(name)
    return Version((entry[0], entry[1]), pure)


def field_names(cls: type[model.Record]) -> list[str]:
    """Return the merged fields of a record class: its user fields and the tombstone."""
    return [*cls.rules(), DELETED]


def join_row(cls: type[model.Record], candidates: list[dict[str, Any]]) -> Joined:
    """Return the join of the stored versions of one row."""
    distinct: list[dict[str, Any]] = []
    for row in candidates:  # most rows are the same in every copy: join each version once
        if row not in distinct:
            distinct.append(row)
    candidates = distinct
    names = field_names(cls)
    best: dict[str, Version] = {}
    present: set[str] = set()
    for row in candidates:
        entries = clock_entries(row)
        present.update(n for n in names if n in entries)
        for name in names:
            version = field_version(row, entries, name)
            if name == DELETED:
                version = Version(version.clock, 1 if version.value else 0)
            if name not in best or version_key(version) > version_key(best[name]):
                best[name] = version
    stamp = max((int(r.get("_rev") or 0), str(r.get("_device") or ""),
                 str(r.get("_modified") or "")) for r in candidates)
    return Joined(best, present, stamp)


def join_all(sources: list[Source]) -> dict[str, dict[str, Joined]]:
    """Return {table: {id: joined row}} over every source, every table but conflicts."""
    result: dict[str, dict[str, Joined]] = {}
    for cls in model.RECORDS:
        if cls.TABLE in SKIP:
            continue
        ids: set[str] = set()
        for source in sources:
            ids.update(source.rows.get(cls.TABLE, {}))
        result[cls.TABLE] = {
            row_id: join_row(cls, [s.rows[cls.TABLE][row_id] for s in sources
                                   if row_id in s.rows.get(cls.TABLE, {})])
            for row_id in sorted(ids)
        }
    return result


def knowledge(source: Source) -> dict[str, int]:
    """Return {device: highest revision} the source has seen, from its rows and settings."""
    seen = dict(source.seen)
    for table in source.rows.values():
        for row in table.values():
            _see(seen, (int(row.get("_rev") or 0), str(row.get("_device") or "")))
            text = row.get("_clock")
            for clock in _clock_maxima(text) if isinstance(text, str) else ():
                _see(seen, clock)
    for versions in source.open.values():
        for version in versions:
            _see(seen, version.clock)
    return seen


@functools.lru_cache(maxsize=1 << 16)
def _clock_maxima(text: str) -> tuple[Clock, ...]:
    """Return the highest revision per device among a row's field clocks."""
    best: dict[str, int] = {}
    for entry in _parse_clock(text).values():
        _see(best, (entry[0], entry[1]))
    return tuple((rev, device) for device, rev in best.items())


def _see(seen: dict[str, int], clock: Clock) -> None:
    if clock[1] and clock[0] > seen.get(clock[1], -1):
        seen[clock[1]] = clock[0]


def join_knowledge(known: Iterable[dict[str, int]]) -> dict[str, int]:
    """Return the pointwise maximum of several knowledge maps."""
    result: dict[str, int] = {}
    for one in known:
        for device, rev in one.items():
            _see(result, (rev, device))
    return dict(sorted(result.items()))


def conflict_id(table: str, row_id: str, name: str, version: Version | None = None) -> str:
    """Return the stable id of the conflict row recording ``version`` of a field."""
    if version is None:
        return model.natural_id("conflicts", table, row_id, name)
    digest = hashlib.sha256(str(version.value).encode("utf-8", "replace")).hexdigest()[:16]
    return model.natural_id("conflicts", table, row_id, name, *version.clock, digest)
