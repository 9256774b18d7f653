"""Importing a programme worksheet of 2,000, 4,000 and 8,000 rows: the time must grow linearly.

Run: ``uv run python -m bench.bench_import [--quick]``. Each row is a new programme
(no code, so each one is given the next free code of its dimension) with one
budget and one KPI target, as an OPD sends them back; the sheet is imported into a
fresh workbook whose plan runs 2019-2024, end to end (read, check every row,
write one action). Before issue 10, handing out codes rescanned every code of the
dimension for each row: 2.1 / 6.1 / 24.2 s (quadratic). The last line prints the
time per row at each size: a linear import keeps it about constant.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

from app import model, workbooks, worksheets
from bench.timing import Sample, measure

SIZES = (2_000, 4_000, 8_000)
DIMENSIONS = ("SG", "SB", "SE", "SL", "SS", "SN")


def write_sheet(path: Path, count: int) -> Path:
    """Write a programme worksheet of ``count`` new programmes; return its path."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["nama", "dimensi", "mulai", "selesai", "sumber", "anggaran_2020",
                      "indikator", "target_2021"])
        for n in range(count):
            out.writerow([f"Program {n:05d}", DIMENSIONS[n % len(DIMENSIONS)], 2020, 2022,
                          "APBD", 1_000_000 + n, f"Indikator {n}", n % 100])
    return path


def _fresh(folder: Path) -> Path:
    path = folder / "kota.rencana"
    for old in folder.glob("kota.rencana*"):
        old.unlink()
    book = model.Workbook(region="Kota Bench", plan_start=2019, plan_end=2024)
    workbooks.new_workbook(path, book).close()
    return path


def run(quick: bool = False) -> list[tuple[str, Sample]]:
    """Return (job, timings) of importing each size into a fresh workbook."""
    repeat = 1 if quick else 3
    results = []
    with tempfile.TemporaryDirectory(prefix="rencana-bench-import-") as name:
        folder = Path(name)
        book: list[Path] = []

        def fresh() -> None:
            book[:] = [_fresh(folder)]

        for count in SIZES:
            sheet = write_sheet(folder / f"program-{count}.csv", count)
            sample = measure(lambda s=sheet: worksheets.import_file(book[0], "programmes", s),
                             repeat, warmup=0, setup=fresh)
            results.append((f"import {count} programme rows (CSV)", sample))
    return results


def main() -> None:
    """Print the timings as a Markdown table, then the time per row at each size."""
    results = run(quick="--quick" in sys.argv)
    print("| job | median | min | max |\n|---|---|---|---|")
    for job, sample in results:
        print(f"| {job} | {sample.median:.2f} s | {sample.low:.2f} s | {sample.high:.2f} s |")
    per_row = [sample.median / count * 1000 for (_job, sample), count in zip(results, SIZES,
                                                                               strict=True)]
    print("\nms per row: " + " / ".join(f"{ms:.2f}" for ms in per_row))


if __name__ == "__main__":
    main()
