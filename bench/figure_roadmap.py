"""The roadmap with 1,000 programmes: the scene built from the workbook, and one repaint.

Reuses ``bench.bench_roadmap`` (its workbook). Run in a process of its own (the
runner does).
"""

from __future__ import annotations

from pathlib import Path

from bench import bench_roadmap
from bench.data import open_copy
from bench.timing import Check, Scale, cpu_checks, measure_cpu

BUILD_GOAL_S = 0.3
REPAINT_GOAL_S = 0.016


def run(folder: Path, scale: Scale) -> list[Check]:
    """Return the scene build (snapshot, layout, items) and a repaint of the shown page."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from ui.context import EditContext
    from ui.pages.roadmap import RoadmapPage as Page
    from ui.roadmap import data, layout
    from ui.roadmap.scene import RoadmapScene

    app = QApplication.instance() or QApplication([])
    count = scale.size(full=bench_roadmap.PROGRAMMES, tiny=20)
    made = folder / f"roadmap-{count}.rencana"
    if not made.exists():
        bench_roadmap.make_workbook(made, count).close()
    wb = open_copy(made, folder / "roadmap-work.rencana")
    owner = QObject()

    def build() -> None:
        snapshot = data.load(wb.db)
        plan = layout.compute(snapshot, "dimension", layout.Filter(), "en")
        RoadmapScene(owner).show_data(snapshot, plan)

    built = measure_cpu(build, scale.repeat(full=9, quick=3))
    page = Page(EditContext(wb, "en"))
    page.resize(*bench_roadmap.SIZE)
    page.show()
    app.processEvents()
    viewport = page.view.viewport()
    painted = measure_cpu(viewport.repaint, scale.repeat(full=30, quick=10), warmup=2)
    checks = [
        *cpu_checks("roadmap", f"scene built from the workbook ({count} programmes)", *built,
                    BUILD_GOAL_S),
        *cpu_checks("roadmap", "a repaint of the shown roadmap (1600x900, cached bars)",
                    *painted, REPAINT_GOAL_S),
    ]
    wb.close()
    return checks
