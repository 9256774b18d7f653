"""Merging 10 team copies of a 500-programme workbook, against reading one copy 10 times.

Run: ``uv run python -m bench.bench_merge [--quick]``. Each copy is the same
workbook handed out to a laptop that renamed a few programmes, rewrote one
shared description (so the merge has long-text conflicts to keep), deleted one
programme and added one with a code another laptop also gave out. The merge is
timed end to end (read each file through the hardened reader, join, write the
result atomically and read it back) and in its phases.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from app import merge, model, ops
from app.merge import engine as merge_engine
from app.storage import queries_merge, rows, safe
from app.storage.workbook import open_file
from bench.timing import Sample, measure

PROGRAMMES, COPIES = 500, 10


def make_copies(folder: Path) -> list[Path]:
    """Return 10 copies of one 500-programme workbook, each edited as its own laptop."""
    from bench.bench_roadmap import make_workbook  # programmes with budgets, milestones, links

    base = folder / "base.rencana"
    make_workbook(base, PROGRAMMES).close()
    paths = []
    for team in range(COPIES):
        path = folder / f"team{team}.rencana"
        shutil.copyfile(base, path)
        _edit_as_team(path, team)
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
        ops.update(wb, model.Programme, programmes[0].id, description=f"Versi tim {team}.")
        ops.delete(wb, model.Programme, programmes[100 + team].id)
        ops.add(wb, model.Programme(name=f"Program baru {team}", code="NEW-01",
                                    dimension_id=programmes[1].dimension_id,
                                    start_year=2020, end_year=2021))
    finally:
        wb.close()


def _merge(out: Path, inputs: list[Path]) -> merge.MergeReport:
    out.unlink(missing_ok=True)
    return merge.merge_files(out, inputs)


def _phases(inputs: list[Path], repeat: int) -> dict[str, Sample]:
    """Time reading, joining and writing separately."""
    sources: list[object] = []
    result: list[object] = []
    read = measure(lambda: sources.__setitem__(slice(None), merge.load_sources(inputs)), repeat)
    join = measure(lambda: result.__setitem__(slice(None), [merge.combine(sources)]), repeat)

    def fill() -> None:
        db = queries_merge.new_workbook_in_memory()
        merge_engine._fill(db, result[0])  # type: ignore[arg-type]
        db.conn.close()

    write = measure(fill, repeat)
    return {"read 10 files (hardened)": read, "join": join, "build the result in memory": write}


def run(quick: bool = False) -> list[tuple[str, Sample]]:
    """Return (job, timings) for the merge and its baseline."""
    repeat = 2 if quick else 5
    with tempfile.TemporaryDirectory(prefix="rencana-bench-merge-") as folder:
        inputs = make_copies(Path(folder))
        out = Path(folder) / "merged.rencana"
        report = _merge(out, inputs)
        print("\n".join(report.lines("en")[:3] + report.lines("en")[-3:]), file=sys.stderr)
        whole = measure(lambda: _merge(out, inputs), repeat)
        baseline = measure(lambda: [safe.load_copy(inputs[0]).conn.close()
                                    for _ in range(COPIES)], repeat)
        results = [(f"merge {COPIES} copies x {PROGRAMMES} programmes (end to end)", whole),
                   (f"baseline: one copy read into memory {COPIES} times", baseline)]
        results += list(_phases(inputs, repeat).items())
    return results


def main() -> None:
    """Print the timings as a Markdown table."""
    results = run(quick="--quick" in sys.argv)
    print("| job | median | min | max |\n|---|---|---|---|")
    for job, sample in results:
        print(f"| {job} | {sample.median * 1000:.0f} ms | {sample.low * 1000:.0f} ms | "
              f"{sample.high * 1000:.0f} ms |")
    print(f"\nratio merge / baseline: {results[0][1].median / results[1][1].median:.2f}")


if __name__ == "__main__":
    main()
