"""Export of the masterplan on the demo and on the demo x10, against direct-XML baselines.

``uv run python -m bench.bench_export [--quick]`` prints a Markdown section for
bench/RESULTS.md. Jobs, per workbook:

- ``masterplan``: the whole ``export_document`` (snapshot, every chapter, both
  charts at 200 dpi, TOC lists, atomic save);
- ``same tables, direct XML``: only the masterplan's big tables (programmes per
  dimension, KPI annex, traceability annex) built by ``tables.table_xml`` into an
  empty document, then saved: the floor the table part of the export can reach;
- ``same tables, add_row``: the same rows through python-docx's ``add_row``, the
  way the issue warns against (9x slower in facts.md).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from app.documents import export_document, plan_tables
from app.documents.source import Source
from app.documents.tables import Column
from app.documents.writer import Book
from app.storage import safe
from bench.data import demo_file, scaled_demo
from bench.timing import measure


def _table_rows(book: Book) -> list[tuple[list, list]]:
    """Return (columns, rows) of the masterplan's big tables, as the export builds them."""
    src = book.source
    out = [(plan_tables.programme_columns(book),
            list(plan_tables.programme_rows(book, src.programmes_of(d.id))))
           for d in src.dimensions]
    years = src.years()
    kpi_columns = [Column("c", 1.6), Column("i", 6),
                   *(Column(str(y), 1.7) for y in years)]
    out.append((kpi_columns, list(plan_tables._kpi_rows(book, years))))
    out.append(([Column("c", 1.6), Column("p", 5.5),
                 Column("o", 9.5)], list(plan_tables._trace_rows(book))))
    return out


def direct_xml(path: Path, out: Path) -> None:
    """Build the big tables with the direct-XML helper into an empty book and save it."""
    book = Book(Source(safe.load_copy(path), "id"), "a4")
    for columns, rows in _table_rows(book):
        book.table(columns, rows)
    book.doc.save(str(out))


def with_add_row(path: Path, out: Path) -> None:
    """Build the same tables with python-docx's add_row and cell text, then save."""
    from app.documents.tables import Band, Bold

    book = Book(Source(safe.load_copy(path), "id"), "a4")
    for columns, rows in _table_rows(book):
        table = book.doc.add_table(rows=1, cols=len(columns))
        for cell, column in zip(table.rows[0].cells, columns, strict=True):
            cell.text = column.label
        for row in rows:
            values = [row.text] if isinstance(row, Band) else (
                row.cells if isinstance(row, Bold) else row)
            cells = table.add_row().cells
            for cell, value in zip(cells, values, strict=False):
                cell.text = str(value)
    book.doc.save(str(out))


def main(quick: bool = False) -> None:
    """Measure the jobs and print the Markdown table."""
    repeat = 1 if quick else 3
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    books = {"demo": demo_file(folder / "demo.rencana"),
             "demo x10": scaled_demo(folder / "demo10.rencana", 10)}
    print("| workbook | programmes | job | median | min | max |")
    print("|---|---|---|---|---|---|")
    for name, path in books.items():
        count = len(Source(safe.load_copy(path), "id").programmes)
        out = folder / f"{name}.docx"
        jobs = {"masterplan (whole export)":
                lambda p=path, o=out: export_document(p, "masterplan", o),
                "same tables, direct XML": lambda p=path, o=out: direct_xml(p, o),
                "same tables, add_row": lambda p=path, o=out: with_add_row(p, o)}
        for job_name, job in jobs.items():
            sample = measure(job, repeat=repeat, warmup=1)
            print(f"| {name} | {count} | {job_name} | {sample.median:.2f} s | "
                  f"{sample.low:.2f} s | {sample.high:.2f} s |", flush=True)


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
