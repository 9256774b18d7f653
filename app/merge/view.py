"""What a merged file shows: deletions carried to owned rows, unique codes, and conflicts.

These are functions of the join (app.merge.rules) only, never of the order in
which files were merged, so they keep merge commutative and associative.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app import model
from app.merge.rules import (
    DELETED,
    OTHER,
    SKIP,
    ZERO,
    Joined,
    Source,
    Version,
    clock_entries,
    conflict_id,
    field_names,
    field_version,
    version_key,
)

CODE_FIELD = "code"


@dataclass(frozen=True)
class Rename:
    """A programme whose code was already taken by another one, and its new code."""

    row_id: str
    name: str
    old: str
    new: str


def long_fields(cls: type[model.Record]) -> list[str]:
    """Return the long (multi-line) text fields of a record class: those that can keep both."""
    return [n for n, r in cls.rules().items() if r.kind == "text" and not r.single_line]


def conflict_fields(cls: type[model.Record]) -> list[str]:
    """Return the fields whose competing values a merge lists: every user field.

    A name, a code, a year, an amount or a KPI target changed to different values
    on two laptops is never lost silently: the later value is kept, the other listed.
    Derived fields (a target's numbers, read from its text) follow the field they
    come from and are not listed twice.
    """
    return [name for name, rule in cls.rules().items() if not rule.derived]


def effective_deleted(joined: dict[str, dict[str, Joined]]) -> dict[str, dict[str, bool]]:
    """Return {table: {id: deleted}}: deleted itself, or owned by a deleted (or missing) row."""
    result: dict[str, dict[str, bool]] = {}
    for cls in model.RECORDS:
        if cls.TABLE in SKIP:
            continue
        owners = [(n, r.ref) for n, r in cls.rules().items() if r.owner and r.ref]
        table: dict[str, bool] = {}
        for row_id, row in joined[cls.TABLE].items():
            gone = bool(row.fields[DELETED].value)
            for name, ref in owners:
                target = row.fields[name].value
                if target is not None and result.get(str(ref), {}).get(str(target), True):
                    gone = True
            table[row_id] = gone
        result[cls.TABLE] = table
    return result


def unique_codes(joined: dict[str, dict[str, Joined]],
                 deleted: dict[str, dict[str, bool]]) -> list[Rename]:
    """Return the renames that make live programme codes unique.

    Of the programmes sharing a code, the one that took it first (lowest clock
    of its code, then id) keeps it; the others get ``-2``, ``-3``... (the first
    suffix no live programme uses).
    """
    table = model.Programme.TABLE
    limit = model.Programme.rules()[CODE_FIELD].max_len
    live = {i: r for i, r in joined[table].items() if not deleted[table][i]}
    groups: dict[str, list[tuple[Any, str]]] = {}
    for row_id, row in live.items():
        code = str(row.fields[CODE_FIELD].value or "").strip()
        if code:
            groups.setdefault(code.casefold(), []).append((row.fields[CODE_FIELD].clock, row_id))
    taken = set(groups)
    renames: list[Rename] = []
    for key in sorted(groups):
        for _clock, row_id in sorted(groups[key])[1:]:
            row = live[row_id]
            old = str(row.fields[CODE_FIELD].value).strip()
            new = _free_code(old, taken, limit)
            taken.add(new.casefold())
            renames.append(Rename(row_id, str(row.fields["name"].value or ""), old, new))
    return renames


def _free_code(code: str, taken: set[str], limit: int) -> str:
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = code[: limit - len(suffix)] + suffix
        if candidate.casefold() not in taken:
            return candidate
        number += 1


def output_rows(joined: dict[str, dict[str, Joined]], deleted: dict[str, dict[str, bool]],
                renames: list[Rename]) -> dict[str, dict[str, dict[str, Any]]]:
    """Return {table: {id: stored row}} of the merged file, bookkeeping included."""
    new_codes = {r.row_id: r.new for r in renames}
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for cls in model.RECORDS:
        if cls.TABLE in SKIP:
            continue
        rows: dict[str, dict[str, Any]] = {}
        for row_id, row in joined[cls.TABLE].items():
            shown: dict[str, Any] = {n: row.fields[n].value for n in cls.rules()}
            shown[DELETED] = 1 if deleted[cls.TABLE][row_id] else 0
            if cls is model.Programme and row_id in new_codes:
                shown[CODE_FIELD] = new_codes[row_id]
            rows[row_id] = _stored(cls, row_id, row, shown)
        result[cls.TABLE] = rows
    return result


def _stored(cls: type[model.Record], row_id: str, row: Joined,
            shown: dict[str, Any]) -> dict[str, Any]:
    entries: dict[str, list[Any]] = {}
    for name in field_names(cls):
        version = row.fields[name]
        if version.clock == ZERO and name not in row.present:
            continue
        entry: list[Any] = [version.clock[0], version.clock[1]]
        if shown[name] != version.value:
            entry.append(version.value)
        entries[name] = entry
    rev, device, modified = row.stamp
    return {"id": row_id, **shown, "_rev": rev, "_device": device, "_modified": modified,
            "_clock": json.dumps(entries, sort_keys=True)}


# -- conflicts ----------------------------------------------------------------------


def text_conflicts(sources: list[Source], joined: dict[str, dict[str, Joined]],
                   known: list[dict[str, int]]) -> list[tuple[str, str, str, Version]]:
    """Return (table, id, field, version) of every field version still in conflict.

    A version stays open unless a file that has seen it (its knowledge covers
    the version's clock) no longer holds it, neither as its value nor as an
    open conflict: that file overwrote it or the facilitator resolved it. Of
    the open versions, the winner is the field's value; every other one is a
    conflict, kept for the facilitator.
    """
    found: list[tuple[str, str, str, Version]] = []
    opened = {(t, i) for s in sources for (t, i, _n) in s.open}
    for cls in model.RECORDS:
        names = conflict_fields(cls)
        if cls.TABLE in SKIP or not names:
            continue
        for row_id, row in joined[cls.TABLE].items():
            holders = [(s, k) for s, k in zip(sources, known, strict=True)
                       if row_id in s.rows.get(cls.TABLE, {})]
            if (cls.TABLE, row_id) not in opened and _same_everywhere(cls.TABLE, row_id, holders):
                continue  # most rows are the same in every copy: nothing can be in conflict
            for name in names:
                for version in _open_versions(cls.TABLE, row_id, name, holders):
                    if version != text_version(row.fields[name]):
                        found.append((cls.TABLE, row_id, name, version))
    return found


def _same_everywhere(table: str, row_id: str,
                     holders: list[tuple[Source, dict[str, int]]]) -> bool:
    first = holders[0][0].rows[table][row_id]
    return all(source.rows[table][row_id] == first for source, _seen in holders[1:])


def _open_versions(table: str, row_id: str, name: str,
                   holders: list[tuple[Source, dict[str, int]]]) -> list[Version]:
    held: list[frozenset[Version]] = []
    for source, _seen in holders:
        row = source.rows[table][row_id]
        current = _current(row, name)
        held.append(source.open.get((table, row_id, name), frozenset()) | {current})
    if all(len(h) == 1 for h in held) and len(set().union(*held)) == 1:
        return []
    everything = sorted(set().union(*held), key=version_key)
    return [v for v in everything
            if all(v in h or seen.get(v.clock[1], -1) < v.clock[0]
                   for h, (_s, seen) in zip(held, holders, strict=True))]


def _current(row: dict[str, Any], name: str) -> Version:
    return text_version(field_version(row, clock_entries(row), name))


def text_version(version: Version) -> Version:
    """Return a version with its value as the text a conflict row stores (None as "")."""
    return Version(version.clock, as_text(version.value))


def as_text(value: Any) -> str:
    """Return a stored value as a conflict row holds it: text, numbers in digits, None as ""."""
    return "" if value is None else str(value)


def deleted_but_edited(joined: dict[str, dict[str, Joined]],
                       deleted: dict[str, dict[str, bool]]) -> list[tuple[str, str]]:
    """Return (table, id) of rows deleted on one laptop and edited after that on another.

    The deletion wins; the facilitator is told, and may restore the row.
    Rows gone only because their owner is gone are not listed (the owner is).
    """
    found: list[tuple[str, str]] = []
    for cls in model.RECORDS:
        if cls.TABLE in SKIP:
            continue
        for row_id, row in joined[cls.TABLE].items():
            tomb = row.fields[DELETED]
            if not tomb.value or not deleted[cls.TABLE][row_id]:
                continue
            if _owner_gone(cls, row, deleted):
                continue
            if max(row.fields[n].clock for n in cls.rules()) > tomb.clock:
                found.append((cls.TABLE, row_id))
    return found


def _owner_gone(cls: type[model.Record], row: Joined,
                deleted: dict[str, dict[str, bool]]) -> bool:
    for name, rule in cls.rules().items():
        target = row.fields[name].value
        if rule.owner and rule.ref and target is not None and deleted[rule.ref].get(str(target),
                                                                                     True):
            return True
    return False


def conflict_rows(text: list[tuple[str, str, str, Version]], gone: list[tuple[str, str]],
                  joined: dict[str, dict[str, Joined]]) -> dict[str, dict[str, Any]]:
    """Return the stored rows of the conflicts table of the merged file."""
    rows: dict[str, dict[str, Any]] = {}
    for table, row_id, name, version in text:
        kept = joined[table][row_id].fields[name].value
        key = conflict_id(table, row_id, name, version)
        rows[key] = _conflict(key, table, row_id, name, as_text(kept),
                              as_text(version.value), version.clock)
    for table, row_id in gone:
        tomb = joined[table][row_id].fields[DELETED]
        key = conflict_id(table, row_id, DELETED)
        rows[key] = _conflict(key, table, row_id, DELETED, "", "", tomb.clock)
    return dict(sorted(rows.items()))


def _conflict(key: str, table: str, row_id: str, name: str, kept: str, other: str,
              clock: tuple[int, str]) -> dict[str, Any]:
    return {"id": key, "table_name": table, "row_id": row_id, "field": name, "kept": kept,
            "other": other, "resolved": 0, "_rev": clock[0], "_device": clock[1],
            "_modified": "", "_deleted": 0,
            "_clock": json.dumps({OTHER: [clock[0], clock[1]]}, sort_keys=True)}


def open_conflicts(rows: list[dict[str, Any]]) -> dict[tuple[str, str, str], frozenset[Version]]:
    """Return the open long-text conflict versions recorded in a file's conflicts table."""
    found: dict[tuple[str, str, str], set[Version]] = {}
    for row in rows:
        if row.get("_deleted") or row.get("resolved") or row.get("field") == DELETED:
            continue
        entry = clock_entries(row).get(OTHER)
        if entry is None:
            continue
        key = (str(row["table_name"]), str(row["row_id"]), str(row["field"]))
        found.setdefault(key, set()).add(Version((entry[0], entry[1]), str(row.get("other") or "")))
    return {k: frozenset(v) for k, v in found.items()}
