"""The pemaparan deck on the demo and on the demo x10.

``uv run python -m bench.bench_slides [--quick]`` prints a Markdown section for
bench/RESULTS.md. Jobs, per workbook:

- ``deck (whole export)``: ``app.slides.export_deck`` (snapshot, every slide,
  both native charts, notes, atomic save);
- ``template + save only``: opening the 16:9 template and saving it empty, the
  floor python-pptx itself costs;
- ``text fitting only``: the fitting of every programme-table cell at every size
  the dimension slides try, without python-pptx (what ``app.slides.fit`` costs).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from app import paths, slides
from app.documents.source import Source
from app.storage import safe
from bench.data import demo_file, scaled_demo
from bench.timing import measure


def template_only(out: Path) -> None:
    """Open the template and save it without slides."""
    from pptx import Presentation

    Presentation(str(paths.resource("slides", "rencana-16x9.pptx"))).save(str(out))


def fitting_only(source: Source) -> int:
    """Fit every programme's table cells at every size tried; return the number of cells."""
    from app.slides import fit, plan

    cells = 0
    widths = (0.9, 3.5, 1.45, 1.2, 3.68, 1.5)
    for size in plan.SIZES:
        for prog in source.programmes:
            kpis = "\n".join(k.indicator for k in source.kpis.get(prog.id, []))
            for value, width in zip((prog.code, prog.name, prog.lead_org_id or "", "2019-2024",
                                     kpis, "12.345"), widths, strict=True):
                fit.cut(value, width - 0.12, 3 * fit.line_height(size), size)
                cells += 1
    return cells


def main(quick: bool = False) -> None:
    """Measure the jobs and print the Markdown table."""
    repeat = 1 if quick else 3
    folder = Path(tempfile.mkdtemp(prefix="bench-slides-"))
    books = {"demo": demo_file(folder / "demo.rencana"),
             "demo x10": scaled_demo(folder / "demo10.rencana", 10)}
    print("| workbook | programmes | slides | job | median | min | max |")
    print("|---|---|---|---|---|---|---|")
    for name, path in books.items():
        source = Source(safe.load_copy(path), "id")
        out = folder / f"{name}.pptx"
        slides.export_deck(path, out)
        from pptx import Presentation

        count = len(Presentation(str(out)).slides)
        jobs = {"deck (whole export)": lambda p=path, o=out: slides.export_deck(p, o),
                "template + save only": lambda o=out: template_only(o.with_suffix(".t.pptx")),
                "text fitting only": lambda s=source: fitting_only(s)}
        for job_name, job in jobs.items():
            sample = measure(job, repeat=repeat, warmup=1)
            print(f"| {name} | {len(source.programmes)} | {count} | {job_name} | "
                  f"{sample.median:.2f} s | {sample.low:.2f} s | {sample.high:.2f} s |",
                  flush=True)


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
