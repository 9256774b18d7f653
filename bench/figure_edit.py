"""One edit committed through app.ops, against a raw sqlite3 UPDATE + commit of the same row."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

from app import model, ops
from app.storage import rows
from bench.data import base_file, open_copy, work_folder
from bench.timing import Check, Scale, measure_pair

GOAL = 1.5
# A commit's fsync here completes on a clock of about 4 ms (measured: the same commit takes
# 1 or 5 ms depending on when it starts), so back-to-back timings measure the phase, not the
# work. Each edit starts after a random pause instead, as a user's edits do.
JITTER_S = 0.01


def run(folder: Path, scale: Scale) -> list[Check]:
    """Return one programme rename via ops against the same via raw SQL, and their ratio."""
    repeat = scale.repeat(full=300, quick=100)
    source = base_file(folder, scale.tiny)
    wb = open_copy(source, work_folder(folder) / "edit.rencana")
    conn = _raw_connection(wb.path)
    try:
        target = rows.select(wb.db, model.Programme)[0].id
        names = (f"Portal Layanan {n}" for n in itertools.count())
        ours, baseline = measure_pair(
            lambda: ops.update(wb, model.Programme, target, name=next(names)),
            lambda: _raw_update(conn, target, next(names)), repeat, warmup=5, jitter=JITTER_S)
    finally:
        conn.close()
        wb.close()
    return [Check("one edit", "a programme renamed through app.ops (one reversible action)",
                  ours.median / baseline.median, "x", GOAL, ours.as_dict(),
                  baseline.as_dict(), "raw sqlite3 UPDATE + COMMIT, same pragmas")]


def _raw_connection(path: Path) -> sqlite3.Connection:
    """Return a plain sqlite3 connection with the workbook's pragmas."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _raw_update(conn: sqlite3.Connection, row_id: str, name: str) -> None:
    conn.execute("BEGIN")
    conn.execute("UPDATE programmes SET name = ? WHERE id = ?", (name, row_id))
    conn.execute("COMMIT")
