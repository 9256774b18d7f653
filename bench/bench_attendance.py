"""Ticking attendance on the Madiun demo (about 300 people): one tick, one filter keystroke.

Run with ``uv run python -m bench.bench_attendance`` (or ``uv run python
bench/bench_attendance.py``); prints median/min/max in milliseconds. ``run(folder,
quick)`` returns the same as a dict. A tick is the whole round trip a facilitator
waits for: the write (one transaction, synchronous=FULL), the undo step, and the
refresh of the sheet, the counts per group and the session list.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))



def _immortal_singletons() -> None:
    """Work around PySide6 6.12.0 on Python 3.11: every signal emitted from Python drops a
    reference to True (and a model reset two to None); a few thousand edits later Python 3.11
    aborts with "bool_dealloc". From 3.12 on these objects are immortal; 6.11.3 is clean.
    Give them the huge reference count 3.12 gives them, so the benchmark measures the ticks.
    """
    if sys.version_info < (3, 12):
        import ctypes  # only for this workaround

        for singleton in (True, False, None):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_immortal_singletons()

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.timing import in_ms, measure, standalone  # noqa: E402


def run(folder: Path, quick: bool = False) -> dict[str, object]:
    """Return the attendance timings (milliseconds) on the demo workbook."""
    from app import demo
    from ui.context import EditContext
    from ui.pages.sessions import SessionsPage as Page

    app = QApplication.instance() or QApplication([])
    repeat = 5 if quick else 30
    wb = demo.write_demo(folder / "demo.rencana")
    ctx = EditContext(wb, "en")
    results: dict[str, object] = {}
    results["page build"] = in_ms(measure(lambda: Page(ctx).setParent(None), 3))
    page = Page(ctx)
    tab = page.attendance
    rows = iter(range(10_000))

    def tick() -> None:
        row = next(rows) % tab.model.rowCount()
        tab.set_present(row, not tab.model.row(row).present)

    results["tick one person (write + refresh)"] = in_ms(measure(tick, repeat))
    names = iter(["a", "ag", "agu", "agus", ""] * 100)
    results["filter keystroke"] = in_ms(measure(lambda: tab.on_filter_typed(next(names)), repeat))
    results["people"] = tab.model.rowCount()
    app.processEvents()
    wb.close()
    return results


if __name__ == "__main__":
    standalone(run)
