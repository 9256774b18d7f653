"""Merging copies of a workbook that teams edited on their own laptops, without a server.

The rules, in words (README "Merge" says the same to facilitators):

* Records are matched by id. For each field, the version written last wins,
  where "last" is the Lamport clock (revision, device) every write carries,
  never the laptop's wall-clock time (offline laptops' clocks are wrong).
  Two versions with the same clock are ordered by their value, so the result
  never depends on the order of the files.
* A deletion wins over every edit of the record, older or newer: a team that
  deletes a duplicate programme does not see it come back because another team
  fixed a typo in it. Only undoing the deletion (a newer "not deleted") brings
  a record back. When a deleted record was edited elsewhere *after* the
  deletion, it is listed as a conflict, and the facilitator can restore it.
  Records owned by a deleted record (a programme's budgets, KPIs...) are
  deleted with it, including ones another team added meanwhile.
* Any field changed to different values on two laptops that had not seen each
  other's change (a name, a code, a year, an amount, a long text) is never lost
  silently: the newer one is the value, the other is listed as a conflict in the
  report and resolved in the window (keep one; a long text can keep both).
* Programme codes that two teams both gave out (SG-07 for two different
  programmes) are made unique: the programme that took the code first keeps
  it, the other becomes SG-07-2. In a merged file the new code is shown while
  the collision lasts; merged into the open workbook it becomes the
  facilitator's own edit and stays.
* The result is deterministic, commutative, associative and idempotent:
  merging files in any order or grouping gives the same content, merging a
  merged file again changes nothing. Inputs are read through
  ``safe.load_copy`` and never modified; the output is written atomically.

Merging into the open workbook (``merge_into``) is one undoable step that
puts back exactly what was there before, so the same files can be merged
again later.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import i18n, model, ops
from app.errors import WorkbookError
from app.merge.report import ConflictNote, MergeReport, count_changes, readable, row_label
from app.merge.rules import DELETED, SKIP, Source, join_all, join_knowledge, knowledge
from app.merge.view import (
    Rename,
    as_text,
    conflict_rows,
    deleted_but_edited,
    effective_deleted,
    open_conflicts,
    output_rows,
    text_conflicts,
    unique_codes,
)
from app.progress import Progress, silent
from app.storage import queries_merge as q
from app.storage import rows, safe, snapshot
from app.storage.workbook import WorkbookFile

if TYPE_CHECKING:
    import sqlite_utils

Rows = dict[str, dict[str, dict[str, Any]]]
CONFLICTS = model.Conflict.TABLE


@dataclass(frozen=True)
class Result:
    """A merge computed in memory: every stored row of the merged file, and what it found."""

    rows: Rows  # every table, the conflicts table included
    clock: int
    seen: dict[str, int]
    renames: tuple[Rename, ...]


def read_source(db: sqlite_utils.Database, name: str) -> Source:
    """Return everything merge needs from one open database."""
    tables = {cls.TABLE: {r["id"]: r for r in q.all_rows(db, cls.TABLE)}
              for cls in model.RECORDS if cls.TABLE not in SKIP}
    settings = q.meta(db)
    source = Source(name, tables, open_conflicts(q.all_rows(db, CONFLICTS)),
                    q.seen_of(settings), q.clock(db))
    source.rows[CONFLICTS] = {r["id"]: r for r in q.all_rows(db, CONFLICTS)}
    return source


def load_sources(paths: Sequence[Path], progress: Progress = silent) -> list[Source]:
    """Read each file through the hardened reader; raise WorkbookError for the first bad one."""
    sources = []
    for done, path in enumerate(paths):
        progress(done, len(paths) + 1)
        db = safe.load_copy(Path(path))
        try:
            sources.append(read_source(db, Path(path).name))
        finally:
            db.conn.close()
    return sources


def combine(sources: list[Source]) -> Result:
    """Return the merge of ``sources`` (see the module's rules)."""
    merged = [_without_conflict_table(s) for s in sources]
    joined = join_all(merged)
    deleted = effective_deleted(joined)
    renames = unique_codes(joined, deleted)
    rows = output_rows(joined, deleted, renames)
    known = [knowledge(s) for s in merged]
    rows[CONFLICTS] = conflict_rows(text_conflicts(merged, joined, known),
                                    deleted_but_edited(joined, deleted), joined)
    clock = max([s.clock for s in sources] + [r["_rev"] for t in rows.values()
                                              for r in t.values()])
    return Result(rows, clock, join_knowledge(known), tuple(renames))


def _without_conflict_table(source: Source) -> Source:
    rows = {t: r for t, r in source.rows.items() if t != CONFLICTS}
    return Source(source.name, rows, source.open, source.seen, source.clock)


def report(base: Source, result: Result, names: Sequence[str]) -> MergeReport:
    """Return what ``result`` changes compared with ``base``, and its conflicts."""
    notes = []
    seen_notes = set()

    def lookup(table: str, row_id: str) -> dict[str, Any] | None:
        return result.rows.get(table, {}).get(row_id)

    for row in result.rows[CONFLICTS].values():
        target = result.rows[row["table_name"]][row["row_id"]]
        key = (row["table_name"], row["row_id"], row["field"], row["other"])
        if key in seen_notes or (row["field"] != DELETED and (
                target[DELETED] or as_text(target[row["field"]]) == row["other"])):
            continue
        seen_notes.add(key)
        kept = "" if row["field"] == DELETED else as_text(target[row["field"]])
        table, name = row["table_name"], row["field"]
        notes.append(ConflictNote(table, row["row_id"], name, row_label(target),
                                  readable(table, name, kept, lookup),
                                  readable(table, name, row["other"], lookup)))
    notes.sort(key=lambda n: (n.table, n.label, n.field, n.row_id))
    return MergeReport(base.name, tuple(names), count_changes(base.rows, result.rows),
                       tuple(notes), result.renames)


# -- merging files into a new file ----------------------------------------------------


def preview(inputs: Sequence[Path], progress: Progress = silent) -> MergeReport:
    """Return the report of merging ``inputs`` (compared with the first), writing nothing."""
    sources = load_sources(inputs, progress)
    result = combine(sources)
    progress(1, 1)
    return report(sources[0], result, [s.name for s in sources])


def merge_files(out: Path, inputs: Sequence[Path], progress: Progress = silent) -> MergeReport:
    """Merge ``inputs`` into the new workbook ``out``; return the report.

    Raises WorkbookError when ``out`` exists or is one of the inputs, or when an
    input cannot be read (nothing is written then).
    """
    out = Path(out)
    _check_target(out, [Path(p) for p in inputs])
    sources = load_sources(inputs, progress)
    result = combine(sources)
    db = q.new_workbook_in_memory()
    try:
        _fill(db, result)
        snapshot.write_snapshot(db.conn, out, verify=_verify)
    finally:
        db.conn.close()
    progress(1, 1)
    return report(sources[0], result, [s.name for s in sources])


def _check_target(out: Path, inputs: list[Path]) -> None:
    if not inputs:
        raise WorkbookError("Name at least one workbook to merge.")
    for path in inputs:
        if path.exists() and out.exists() and os.path.samefile(path, out):
            raise WorkbookError("The merged workbook cannot be one of the files being merged.")
    if out.exists():
        raise WorkbookError("{name} already exists.", name=out.name)
    if not out.parent.is_dir():
        raise WorkbookError("The folder of {name} does not exist.", name=out.name)


def _fill(db: sqlite_utils.Database, result: Result) -> None:
    with db.atomic():
        for cls in model.RECORDS:
            q.put_rows(db, cls.TABLE, list(result.rows[cls.TABLE].values()))
        q.set_meta(db, {"clock": str(result.clock), "seen": _seen_text(result.seen)})


def _seen_text(seen: dict[str, int]) -> str:
    return json.dumps(seen, sort_keys=True)


def _verify(path: Path) -> None:
    safe.load_copy(path, migrate=False).conn.close()


# -- merging into the open workbook, as one undoable step -----------------------------


@dataclass(frozen=True)
class MergeStep:
    """A merge into the open workbook: the exact rows before and after, to undo and redo it.

    ``change`` is the same step as an ops.Change of user values (for labels and
    the tables it touched); undo and redo use the complete rows, bookkeeping
    included, so an undone merge leaves no trace and can be made again.
    """

    label: str
    before: tuple[tuple[str, str, dict[str, Any] | None], ...]
    after: tuple[tuple[str, str, dict[str, Any]], ...]
    seen_before: str
    seen_after: str
    clock: int
    change: ops.Change
    report: MergeReport


def preview_into(wb: WorkbookFile, inputs: Sequence[Path],
                 progress: Progress = silent) -> MergeReport:
    """Return what merging ``inputs`` into the open workbook would change, writing nothing."""
    base, result, names = _compute_into(wb, inputs, progress)
    return report(base, result, names)


def merge_into(wb: WorkbookFile, inputs: Sequence[Path], progress: Progress = silent,
               label: str = "Merge team files") -> MergeStep:
    """Merge ``inputs`` into the open workbook in one transaction; return the step to undo."""
    if wb.read_only:
        raise WorkbookError("The workbook is open read-only.")
    base, result, names = _compute_into(wb, inputs, progress)
    before, after = _differences(base, result)
    settings = q.meta(wb.db)
    step = MergeStep(label, tuple(before), tuple(after), settings.get("seen", "{}"),
                     _seen_text(result.seen), result.clock, _value_change(label, before, after),
                     report(base, result, names))
    redo_step(wb, step)
    return step


def _compute_into(wb: WorkbookFile, inputs: Sequence[Path],
                  progress: Progress) -> tuple[Source, Result, list[str]]:
    base = read_source(wb.db, wb.path.name)
    sources = [base, *load_sources(inputs, progress)]
    result = _adopt_codes(combine(sources), wb.device)
    progress(1, 1)
    return base, result, [s.name for s in sources[1:]]


def _adopt_codes(result: Result, device: str) -> Result:
    """Make the new codes of renamed programmes this laptop's own edits.

    In a merged file a new code is only shown (the programme's own code is kept
    underneath, so merging stays associative); the facilitator's workbook takes
    it for real, so that it stays when the programme that kept the code is
    later deleted or renumbered.
    """
    if not result.renames:
        return result
    table = dict(result.rows[model.Programme.TABLE])
    revision = result.clock
    for rename in result.renames:
        revision += 1
        row = dict(table[rename.row_id])
        entries = json.loads(row["_clock"])
        entries["code"] = [revision, device]
        row.update(code=rename.new, _rev=revision, _device=device, _modified=rows.now(),
                   _clock=json.dumps(entries, sort_keys=True))
        table[rename.row_id] = row
    adopted = {**result.rows, model.Programme.TABLE: table}
    return Result(adopted, revision, result.seen, result.renames)


def _differences(base: Source, result: Result) -> tuple[list[Any], list[Any]]:
    before: list[tuple[str, str, dict[str, Any] | None]] = []
    after: list[tuple[str, str, dict[str, Any]]] = []
    for cls in model.RECORDS:
        old_rows, new_rows = base.rows.get(cls.TABLE, {}), dict(result.rows[cls.TABLE])
        if cls.TABLE == CONFLICTS:
            for row_id, row in old_rows.items():
                if row_id not in new_rows and not row["_deleted"] and not row["resolved"]:
                    new_rows[row_id] = {**row, "_deleted": 1}
        for row_id, row in sorted(new_rows.items()):
            old = old_rows.get(row_id)
            if old != row:
                before.append((cls.TABLE, row_id, old))
                after.append((cls.TABLE, row_id, row))
    return before, after


def _value_change(label: str, before: list[Any], after: list[Any]) -> ops.Change:
    changes = []
    for (table, row_id, old), (_t, _i, new) in zip(before, after, strict=True):
        names = model.BY_TABLE[table].rules()
        state = ops.RowState({n: new[n] for n in names}, bool(new[DELETED]))
        prior = ops.RowState({n: old[n] for n in names}, bool(old[DELETED])) if old else None
        if prior != state:
            changes.append(ops.RowChange(table, row_id, prior, state))
    return ops.Change(label, tuple(changes))


def redo_step(wb: WorkbookFile, step: MergeStep) -> None:
    """Write the merged rows of ``step`` (its first run, and every redo) in one transaction."""
    with wb.atomic() as db:
        for table, rows in _by_table(step.after).items():
            q.put_rows(db, table, rows)
        q.set_meta(db, {"seen": step.seen_after})
        q.raise_clock(db, step.clock)


def undo_step(wb: WorkbookFile, step: MergeStep) -> None:
    """Put back exactly the rows ``step`` replaced, and remove the ones it brought in."""
    with wb.atomic() as db:
        restored = [(t, i, r) for t, i, r in step.before if r is not None]
        for table, rows in _by_table(restored).items():
            q.put_rows(db, table, rows)
        for table, ids in reversed(list(_new_ids(step).items())):
            q.remove_rows(db, table, ids)
        q.set_meta(db, {"seen": step.seen_before})


def _by_table(items: Sequence[tuple[str, str, dict[str, Any] | None]]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = {}
    for table, _row_id, row in items:
        grouped.setdefault(table, []).append(row)
    return grouped


def _new_ids(step: MergeStep) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for table, row_id, row in step.before:
        if row is None:
            grouped.setdefault(table, []).append(row_id)
    return grouped


i18n.register({
    "Name at least one workbook to merge.":
        "Sebutkan paling sedikit satu buku kerja untuk digabung.",
    "The merged workbook cannot be one of the files being merged.":
        "Buku kerja hasil gabungan tidak boleh salah satu berkas yang digabung.",
    "The folder of {name} does not exist.": "Folder untuk {name} tidak ada.",
    "Merge team files": "Gabungkan berkas tim",
})
