"""One edit committed through app.ops, against a raw sqlite3 UPDATE + commit of the same row."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

from app import model, ops
from app.storage import rows
from bench.data import demo_file, open_copy
from bench.timing import Sample, measure


def run(folder: Path, quick: bool) -> dict[str, object]:
    """Return the timings of one programme rename via ops and via raw SQL, and their ratio."""
    repeat = 50 if quick else 300
    source = demo_file(folder / "demo.rencana")
    wb = open_copy(source, folder / "edit.rencana")
    try:
        target = rows.select(wb.db, model.Programme)[0].id
        names = (f"Portal Layanan {n}" for n in itertools.count())
        ours = measure(lambda: ops.update(wb, model.Programme, target, name=next(names)), repeat)
    finally:
        wb.close()
    baseline = _raw_update(folder / "edit.rencana", target, repeat)
    return {"ours": ours.as_dict(), "baseline": baseline.as_dict(),
            "ratio": ours.median / baseline.median, "goal": 1.5}


def _raw_update(path: Path, row_id: str, repeat: int) -> Sample:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    counter = itertools.count()

    def update() -> None:
        conn.execute("BEGIN")
        conn.execute("UPDATE programmes SET name = ? WHERE id = ?",
                     (f"Baseline {next(counter)}", row_id))
        conn.execute("COMMIT")

    try:
        return measure(update, repeat)
    finally:
        conn.close()
