"""Merge of 10 copies x 500 programmes, against one copy read into memory 10 times; and
how the merge's time grows when the copies double in size.

Each copy is the same workbook handed out and edited on its own laptop as
``bench.bench_merge`` edits it (renames, a shared description rewritten, a programme
deleted, one added with a code another laptop also gave out).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bench import bench_merge
from bench.data import work_folder
from bench.export_baseline import in_memory
from bench.timing import Check, Scale, measure_pair

GOAL_S = 2.0
LINEAR_GOAL = 2.5  # doubling the copies' size at most 2.5x the time (2x plus noise)


def make_copies(folder: Path, programmes: int, copies: int) -> list[Path]:
    """Return ``copies`` copies of one workbook with ``programmes`` programmes (made once),
    each edited as its own laptop by ``bench.bench_merge``."""
    from bench.bench_roadmap import make_workbook  # programmes with budgets, milestones, links

    folder.mkdir(parents=True, exist_ok=True)
    base = folder / "base.rencana"
    if not base.exists():
        make_workbook(base, programmes).close()
    paths = []
    for team in range(copies):
        path = folder / f"team{team}.rencana"
        if not path.exists():
            part = folder / f"team{team}-part.rencana"
            shutil.copyfile(base, part)
            bench_merge._edit_as_team(part, team)
            part.replace(path)
        paths.append(path)
    return paths


def _merge(folder: Path, inputs: list[Path]) -> None:
    bench_merge._merge(work_folder(folder) / "merged.rencana", inputs)


def read_all(paths: list[Path]) -> None:
    """The baseline: read every row of every copy with plain sqlite3 (no Rencana code)."""
    for path in paths:
        conn = in_memory(path)
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in tables:
            conn.execute(f'SELECT * FROM "{name}"').fetchall()
        conn.close()


def run(folder: Path, scale: Scale) -> list[Check]:
    """Return the merge time (judged in seconds), its ratio to the baseline, and its growth."""
    size, copies = scale.size(full=500, tiny=240), scale.size(full=10, tiny=2)
    repeat = scale.repeat(full=7, quick=5)
    inputs = make_copies(folder / f"merge-{copies}x{size}", size, copies)
    half = make_copies(folder / f"merge-{copies}x{size // 2}", size // 2, copies)
    ours, base = measure_pair(lambda: _merge(folder, inputs), lambda: read_all(inputs), repeat)
    # Linearity on paired runs: the two sizes alternate, so a busy spell hits both.
    larger, smaller = measure_pair(lambda: _merge(folder, inputs),
                                   lambda: _merge(folder, half), repeat)
    name = f"{copies} copies x {size} programmes"
    return [
        Check("merge", f"merge of {name}", ours.median, "s", GOAL_S, ours.as_dict()),
        Check("merge", f"merge of {name}, against the baseline (recorded)",
              ours.median / base.median, "x", None, ours.as_dict(), base.as_dict(),
              f"every row of the {copies} copies read with plain sqlite3"),
        Check("merge", f"linear: {size} over {size // 2} programmes a copy (2x the data)",
              larger.median / smaller.median, "x", LINEAR_GOAL, larger.as_dict(),
              smaller.as_dict(), f"merge of {copies} copies x {size // 2} programmes"),
    ]
