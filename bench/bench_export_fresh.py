"""The masterplan export in a fresh process, as a user runs it, against a baseline.

``uv run python -m bench.bench_export_fresh [--quick]`` prints a Markdown section for
bench/RESULTS.md. Every job is a new Python process, so the time includes the
imports (python-docx, and matplotlib for the charts) exactly as ``main.py export``
pays them. Per workbook (the demo, the demo x10):

- ``baseline``: ``bench.baseline_tables``: the same big tables (programmes per
  dimension, KPI annex, traceability) built with python-docx XML directly from
  sqlite3, calling nothing of Rencana's, then saved;
- ``masterplan, charts cold``: the whole book (every chapter, programme profiles,
  the overview and one roadmap page per dimension, budget chart) with an empty
  chart cache; no LibreOffice layout (``RENCANA_PAGINATE=0``);
- ``masterplan, charts cached``: the same with the charts already in the cache;
- ``masterplan + LibreOffice page numbers``: the book laid out once by LibreOffice
  (the contents' real page numbers), where it is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.data import demo_file, scaled_demo

OURS = ("from pathlib import Path; import sys; from app.documents import export_document; "
        "export_document(Path(sys.argv[1]), 'masterplan', Path(sys.argv[2]))")


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, **env},
                   timeout=1800)
    return time.perf_counter() - start


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def main(quick: bool = False) -> None:
    """Measure the jobs and print the Markdown table."""
    folder = Path(tempfile.mkdtemp(prefix="bench-export-fresh-"))
    books = {"demo": demo_file(folder / "demo.rencana"),
             "demo x10": scaled_demo(folder / "demo10.rencana", 10)}
    python = sys.executable
    print("| workbook | job | median | runs |")
    print("|---|---|---|---|")
    for name, path in books.items():
        repeat = 1 if quick or name != "demo" else 3
        out = folder / f"{name}.docx"
        cache = folder / f"cache-{name}"
        plain = {"RENCANA_PAGINATE": "0", "RENCANA_CACHE_DIR": str(cache)}
        jobs: dict[str, tuple[list[str], dict[str, str], bool]] = {
            "baseline (same tables, python-docx XML, no Rencana code)":
                ([python, "-m", "bench.baseline_tables", str(path), str(out)], {}, False),
            "masterplan, charts cold": ([python, "-c", OURS, str(path), str(out)], plain, True),
            "masterplan, charts cached": ([python, "-c", OURS, str(path), str(out)], plain,
                                          False),
        }
        if shutil.which("soffice") and shutil.which("pdftotext"):
            jobs["masterplan + LibreOffice page numbers, charts cached"] = (
                [python, "-c", OURS, str(path), str(out)],
                {"RENCANA_PAGINATE": "1", "RENCANA_CACHE_DIR": str(cache)}, False)
        for job, (command, env, cold) in jobs.items():
            times = []
            for _ in range(repeat):
                if cold:
                    shutil.rmtree(cache, ignore_errors=True)
                times.append(_timed(command, env))
            print(f"| {name} | {job} | {_median(times):.2f} s | {repeat} |", flush=True)


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
