"""The roadmap with 1,000 programmes: the scene built from the workbook, and one repaint.

Reuses ``bench.bench_roadmap`` (its workbook). Run in a process of its own (the
runner does).
"""

from __future__ import annotations

from pathlib import Path

from bench import bench_roadmap
from bench.data import open_copy, work_folder
from bench.timing import Check, Scale, cpu_checks, measure_cpu

BUILD_GOAL_S = 0.3
REPAINT_GOAL_S = 0.016


def run(folder: Path, scale: Scale) -> list[Check]:
    """Return the scene build (snapshot, layout, items) and a repaint of the shown page."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QPixmapCache
    from PySide6.QtWidgets import QApplication

    from app import roadmap as data
    from app.programme_filter import Criteria
    from ui.context import EditContext
    from ui.pages.roadmap import RoadmapPage as Page
    from ui.roadmap import layout
    from ui.roadmap.scene import RoadmapScene

    app = QApplication.instance() or QApplication([])
    count = scale.size(full=bench_roadmap.PROGRAMMES, tiny=20)
    made = folder / f"roadmap-{count}.rencana"
    if not made.exists():
        bench_roadmap.make_workbook(made, count).close()
    wb = open_copy(made, work_folder(folder) / "roadmap-work.rencana")
    owner = QObject()

    def build() -> None:
        snapshot = data.load(wb.db)
        plan = layout.compute(snapshot, "dimension", Criteria(), "en")
        RoadmapScene(owner).show_data(snapshot, plan)

    built = measure_cpu(build, scale.repeat(full=9, quick=5))
    page = Page(EditContext(wb, "en"))
    page.resize(*bench_roadmap.SIZE)
    page.show()
    app.processEvents()
    viewport = page.view.viewport()
    painted = measure_cpu(viewport.repaint, scale.repeat(full=30, quick=15), warmup=2)
    # Uncached: every bar draws itself again (after a zoom, a language switch, an edit
    # that touches many bars), with Qt's pixmap cache emptied before each repaint.
    uncached = measure_cpu(viewport.repaint, scale.repeat(full=30, quick=15), warmup=2,
                           setup=QPixmapCache.clear)
    checks = [
        *cpu_checks("roadmap", f"scene built from the workbook ({count} programmes)", *built,
                    BUILD_GOAL_S),
        *cpu_checks("roadmap", "a repaint of the shown roadmap (1600x900, cached bars)",
                    *painted, REPAINT_GOAL_S),
        *cpu_checks("roadmap", "a repaint of the shown roadmap (1600x900), every bar drawn "
                    "afresh", *uncached, REPAINT_GOAL_S),
    ]
    wb.close()
    return checks
