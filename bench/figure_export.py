"""``export --doc masterplan`` of the demo and of the demo 10 times larger, against building
the same tables with python-docx XML directly, calling nothing of Rencana's
(``bench.baseline_tables``). No LibreOffice layout here (``RENCANA_PAGINATE=0``): that is
measured by ``bench.bench_export_fresh``; the chart cache is emptied before each export."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.documents import export_document
from bench.baseline_tables import build
from bench.data import base_file, scaled_file
from bench.timing import Check, Sample, Scale, measure_pair

GOAL = 2.0
BASELINE = "the same tables built with python-docx XML from sqlite3 (no Rencana code), saved"


def _pair(path: Path, folder: Path, repeat: int) -> tuple[Sample, Sample]:
    ours_out, base_out = folder / f"{path.stem}-export.docx", folder / f"{path.stem}-base.docx"
    os.environ["RENCANA_PAGINATE"] = "0"
    cache = folder / "chart-cache"
    os.environ["RENCANA_CACHE_DIR"] = str(cache)

    def ours() -> None:
        shutil.rmtree(cache, ignore_errors=True)  # every export draws its charts
        export_document(path, "masterplan", ours_out)

    return measure_pair(ours, lambda: build(path, base_out), repeat)


def run(folder: Path, scale: Scale) -> list[Check]:
    """Return the masterplan export of the demo and of the scaled demo against the baseline,
    and how the export's time grows with the data."""
    factor = scale.size(full=10, tiny=2)
    small = base_file(folder, scale.tiny)
    large = scaled_file(folder, scale.tiny, factor)
    ours1, base1 = _pair(small, folder, scale.repeat(full=5, quick=2))
    ours10, base10 = _pair(large, folder, scale.repeat(full=3, quick=1))
    return [
        Check("export", "masterplan of the demo", ours1.median / base1.median, "x", GOAL,
              ours1.as_dict(), base1.as_dict(), BASELINE),
        Check("export", f"masterplan of the demo x{factor}", ours10.median / base10.median,
              "x", GOAL, ours10.as_dict(), base10.as_dict(), BASELINE),
        Check("export", f"time of the demo x{factor} over the demo's ({factor}x data)",
              ours10.median / ours1.median, "x", round(factor * 1.1, 1), ours10.as_dict(),
              ours1.as_dict(), "masterplan of the demo"),
    ]
