"""The idea board with 2,000 cards: the scene built from the workbook, and one repaint.

Reuses ``bench.bench_board`` (its workbook and scene build). Run in a process of its own
(the runner does).
"""

from __future__ import annotations

from pathlib import Path

from bench import bench_board
from bench.data import open_copy, work_folder
from bench.timing import Check, Scale, cpu_checks, measure_cpu

BUILD_GOAL_S = 0.3
REPAINT_GOAL_S = 0.016


def run(folder: Path, scale: Scale) -> list[Check]:
    """Return the scene build (cards read, one item each) and repaints of the shown page."""
    from PySide6.QtWidgets import QApplication

    from ui.context import EditContext
    from ui.pages.board import BoardPage

    app = QApplication.instance() or QApplication([])
    count = scale.size(full=bench_board.CARDS, tiny=20)
    made = folder / f"board-{count}.rencana"
    if not made.exists():
        bench_board.make_workbook(made, count).close()
    wb = open_copy(made, work_folder(folder) / "board-work.rencana")
    built = measure_cpu(lambda: bench_board._build_scene(wb), scale.repeat(full=9, quick=5))
    page = BoardPage(EditContext(wb, "en"))
    page.resize(*bench_board.SIZE)
    page.show()
    app.processEvents()
    view, viewport = page.view, page.view.viewport()
    repeat = scale.repeat(full=30, quick=15)
    view.fit()  # as opened: the whole board in view
    app.processEvents()
    whole = measure_cpu(viewport.repaint, repeat, warmup=2)
    view.auto_fit = False  # as after the user zoomed in
    view.resetTransform()
    view.centerOn(2000, 800)
    app.processEvents()
    working = measure_cpu(viewport.repaint, repeat, warmup=2)
    checks = [
        *cpu_checks("idea board", f"scene built from the workbook ({count} cards)", *built,
                    BUILD_GOAL_S),
        *cpu_checks("idea board", "a repaint at 100 % zoom (1600x900, cached cards)",
                    *working, REPAINT_GOAL_S),
        *cpu_checks("idea board", "a repaint of the board as opened: every card in view "
                    "(zoomed out, cached cards)", *whole, REPAINT_GOAL_S),
    ]
    wb.close()
    return checks
