"""Merge of 10 copies x 500 programmes, against one copy read into memory 10 times; and
how the merge's time grows when the copies double in size.

Each copy is the same workbook handed out and edited on its own laptop (a few renames
and a moved programme per copy), so merge has rows to reconcile.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app import model, ops
from app.merge import merge_files
from app.storage import rows, safe
from app.storage.workbook import open_file
from bench.timing import Check, Scale, measure, measure_pair

GOAL_S = 2.0
LINEAR_GOAL = 2.5  # doubling the copies' size at most 2.5x the time (2x plus noise)


def make_copies(folder: Path, programmes: int, copies: int) -> list[Path]:
    """Return ``copies`` edited copies of one workbook with ``programmes`` programmes."""
    from bench.bench_roadmap import make_workbook  # programmes with budgets, milestones, links

    folder.mkdir(parents=True, exist_ok=True)
    base = folder / "base.rencana"
    if not base.exists():
        make_workbook(base, programmes).close()
    paths = []
    for n in range(copies):
        path = folder / f"team{n}.rencana"
        if not path.exists():
            shutil.copyfile(base, path)
            _edit_as_team(path, n)
        paths.append(path)
    return paths


def _edit_as_team(path: Path, team: int) -> None:
    wb = open_file(path)
    wb.device = f"laptop-{team}"
    try:
        programmes = rows.select(wb.db, model.Programme)
        for k in range(5):
            target = programmes[(team * 37 + k * 11) % len(programmes)]
            ops.update(wb, model.Programme, target.id, name=f"{target.name} (tim {team})")
        moved = programmes[(team * 53) % len(programmes)]
        ops.update(wb, model.Programme, moved.id, start_year=moved.end_year)
    finally:
        wb.close()


def _merge(folder: Path, inputs: list[Path]) -> None:
    out = folder / "merged.rencana"
    out.unlink(missing_ok=True)
    merge_files(out, inputs)


def _read_ten_times(path: Path, times: int) -> None:
    for _ in range(times):
        safe.load_copy(path).conn.close()


def run(folder: Path, scale: Scale) -> list[Check]:
    """Return the merge time (judged in seconds), its ratio to the baseline, and its growth."""
    size, copies = scale.size(full=500, tiny=10), scale.size(full=10, tiny=2)
    repeat = scale.repeat(full=5, quick=2)
    inputs = make_copies(folder / f"merge-{copies}x{size}", size, copies)
    half = make_copies(folder / f"merge-{copies}x{size // 2}", size // 2, copies)
    ours, base = measure_pair(lambda: _merge(folder, inputs),
                              lambda: _read_ten_times(inputs[0], copies), repeat)
    smaller = measure(lambda: _merge(folder, half), repeat)
    name = f"{copies} copies x {size} programmes"
    return [
        Check("merge", f"merge of {name}", ours.median, "s", GOAL_S, ours.as_dict()),
        Check("merge", f"merge of {name}, against the baseline (recorded)",
              ours.median / base.median, "x", None, ours.as_dict(), base.as_dict(),
              f"one copy read into memory {copies} times (safe.load_copy)"),
        Check("merge", f"linear: {size} over {size // 2} programmes a copy (2x the data)",
              ours.median / smaller.median, "x", LINEAR_GOAL, ours.as_dict(),
              smaller.as_dict(), f"merge of {copies} copies x {size // 2} programmes"),
    ]
