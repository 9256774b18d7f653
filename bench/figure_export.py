"""``export --doc masterplan`` of the demo and of the demo 10 times larger, against the same
tables built from the same workbook with plain sqlite3 and python-docx's XML
(``bench/export_baseline.py``, which shares no code with Rencana); in this process, and
each in a fresh process (``main.py export`` against ``python bench/export_baseline.py``),
where the imports (matplotlib's among them) are part of what a user waits for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.documents import export_document
from bench.data import ROOT, base_file, scaled_file, work_folder
from bench.export_baseline import direct_xml
from bench.timing import Check, Sample, Scale, measure_pair

GOAL = 2.0
BASELINE = "the same tables from the same rows: plain sqlite3 and python-docx XML, saved"
FRESH_BASELINE = "python bench/export_baseline.py in a fresh process"


def _pair(path: Path, folder: Path, repeat: int) -> tuple[Sample, Sample]:
    ours_out, base_out = folder / f"{path.stem}-export.docx", folder / f"{path.stem}-base.docx"
    return measure_pair(lambda: export_document(path, "masterplan", ours_out),
                        lambda: direct_xml(path, base_out), repeat)


def _command(args: list[str]) -> None:
    subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True,
                   timeout=600)


def _fresh_pair(path: Path, folder: Path, repeat: int) -> tuple[Sample, Sample]:
    """Time ``main.py export`` and the baseline script, each in a process of its own."""
    ours_out, base_out = folder / "fresh-export.docx", folder / "fresh-base.docx"
    return measure_pair(
        lambda: _command(["main.py", "export", str(path), "--doc", "masterplan",
                          "-o", str(ours_out)]),
        lambda: _command([str(ROOT / "bench" / "export_baseline.py"), str(path),
                          str(base_out)]), repeat)


def run(folder: Path, scale: Scale) -> list[Check]:
    """Return the masterplan export of the demo and of the scaled demo against the baseline,
    the same from the command line, and how the export's time grows with the data."""
    factor = scale.size(full=10, tiny=2)
    small = base_file(folder, scale.tiny)
    large = scaled_file(folder, scale.tiny, factor)
    work = work_folder(folder)
    ours1, base1 = _pair(small, work, scale.repeat(full=5, quick=3))
    ours10, base10 = _pair(large, work, scale.repeat(full=3, quick=3))
    fresh, fresh_base = _fresh_pair(small, work, scale.repeat(full=5, quick=3))
    return [
        Check("export", "masterplan of the demo", ours1.median / base1.median, "x", GOAL,
              ours1.as_dict(), base1.as_dict(), BASELINE),
        Check("export", f"masterplan of the demo x{factor}", ours10.median / base10.median,
              "x", GOAL, ours10.as_dict(), base10.as_dict(), BASELINE),
        Check("export", "main.py export of the demo, fresh process (imports included)",
              fresh.median / fresh_base.median, "x", GOAL, fresh.as_dict(),
              fresh_base.as_dict(), FRESH_BASELINE),
        Check("export", f"time of the demo x{factor} over the demo's ({factor}x data)",
              ours10.median / ours1.median, "x", round(factor * 1.1, 1), ours10.as_dict(),
              ours1.as_dict(), "masterplan of the demo"),
    ]
