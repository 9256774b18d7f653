"""Export of the masterplan on the demo and on the demo x10, against the direct-XML baseline.

``uv run python -m bench.bench_export [--quick]`` prints a Markdown section for
bench/RESULTS.md. Jobs, per workbook:

- ``masterplan``: the whole ``export_document`` (snapshot, every chapter, both
  charts at 200 dpi, TOC lists, atomic save);
- ``same tables, direct XML``: the masterplan's big tables (programmes per dimension,
  KPI annex, traceability annex) read with plain sqlite3 and built as python-docx XML
  into an empty document, then saved (``bench/export_baseline.py``: no Rencana code).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from app.documents import export_document
from bench.data import demo_file, scaled_demo
from bench.export_baseline import direct_xml, read
from bench.timing import measure


def main(quick: bool = False) -> None:
    """Measure the jobs and print the Markdown table."""
    repeat = 1 if quick else 3
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    books = {"demo": demo_file(folder / "demo.rencana"),
             "demo x10": scaled_demo(folder / "demo10.rencana", 10)}
    print("| workbook | programmes | job | median | min | max |")
    print("|---|---|---|---|---|---|")
    for name, path in books.items():
        count = len(read(path)["programmes"])
        out = folder / f"{name}.docx"
        jobs = {"masterplan (whole export)":
                lambda p=path, o=out: export_document(p, "masterplan", o),
                "same tables, direct XML": lambda p=path, o=out: direct_xml(p, o)}
        for job_name, job in jobs.items():
            sample = measure(job, repeat=repeat, warmup=1)
            print(f"| {name} | {count} | {job_name} | {sample.median:.2f} s | "
                  f"{sample.low:.2f} s | {sample.high:.2f} s |", flush=True)


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
