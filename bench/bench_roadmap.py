"""The roadmap with 1,000 programmes: snapshot, scene build, repaint, and one drag's refresh.

Run with ``uv run python -m bench.bench_roadmap`` (or ``uv run python bench/bench_roadmap.py``);
prints median/min/max in milliseconds. ``run(folder, quick)`` returns the same as a dict.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from app import model, workbooks
from app.ops import Action
from app.storage import rows
from app.storage.workbook import WorkbookFile
from bench.timing import in_ms, measure, standalone

PROGRAMMES = 1_000
ORGANISATIONS = 40
DEPENDENCIES = 300
SIZE = (1600, 900)
WORDS = ("layanan", "data", "warga", "aplikasi", "sampah", "pasar", "wisata", "sekolah",
         "jaringan", "internet", "taman", "perizinan", "kesehatan", "pelatihan", "UMKM",
         "kampung", "sungai", "parkir", "terpadu", "digital")


def _fill(wb: WorkbookFile, count: int) -> None:
    """Add ``count`` programmes with OPDs, years, milestones, budgets and dependencies."""
    rng = random.Random(11)
    dims = rows.select(wb.db, model.Dimension)
    source = rows.select(wb.db, model.FundingSource)[0].id
    with Action(wb, "Bench programmes") as act:
        orgs = [act.put(model.Organisation(name=f"Dinas {n}", abbreviation=f"D{n}"))
                for n in range(ORGANISATIONS)]
        ids = []
        for n in range(count):
            start = rng.randint(2019, 2024)
            end = rng.randint(start, 2024)
            dim = dims[n % len(dims)]
            name = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).capitalize()
            pid = act.put(model.Programme(
                code=f"{dim.code}-{n // len(dims) + 1:03d}", dimension_id=dim.id, name=name,
                lead_org_id=rng.choice(orgs), start_year=start, end_year=end,
                phase="quick_win" if n % 12 == 0 else rng.choice(model.PHASES[1:])))
            ids.append(pid)
            act.put(model.Milestone(programme_id=pid, year=end, title="Beroperasi"))
            act.put(model.Budget(id=model.natural_id("budgets", pid, start, source),
                                 programme_id=pid, year=start, source_id=source,
                                 amount=rng.randint(1, 50) * 10_000_000))
        for n in range(DEPENDENCIES):
            after, before = ids[(n * 7 + 3) % count], ids[(n * 7) % count]
            act.put(model.Dependency(id=model.natural_id("dependencies", after, before),
                                     programme_id=after, predecessor_id=before))


def make_workbook(path: Path, count: int = PROGRAMMES) -> WorkbookFile:
    """Write a workbook (plan 2019-2024) with ``count`` programmes and open it."""
    if path.exists():
        path.unlink()
    book = model.Workbook(region="Kota Bench", plan_start=2019, plan_end=2024)
    return workbooks.new_workbook(path, book, fill=lambda wb: _fill(wb, count))


def _render(scene: object, source: QRectF, size: tuple[int, int]) -> None:
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, *size), source)  # type: ignore[attr-defined]
    # (the default KeepAspectRatio: every bar and arrow is painted, small)
    painter.end()


def _paint(view: object) -> None:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    view.viewport().render(image)  # type: ignore[attr-defined]


def run(folder: Path, quick: bool = False) -> dict[str, object]:
    """Return the roadmap timings (milliseconds) with 1,000 programmes."""
    from app import roadmap as data
    from app.programme_filter import Criteria
    from ui.context import EditContext
    from ui.pages.roadmap import RoadmapPage as Page
    from ui.roadmap import layout
    from ui.roadmap.scene import RoadmapScene

    app = QApplication.instance() or QApplication([])
    repeat = 3 if quick else 7
    wb = make_workbook(folder / "roadmap.rencana")
    results: dict[str, object] = {}
    results["snapshot (one query) + layout"] = in_ms(measure(
        lambda: layout.compute(data.load(wb.db), "dimension", Criteria(), "en"), repeat))
    snapshot = data.load(wb.db)
    plan = layout.compute(snapshot, "dimension", Criteria(), "en")
    owner = QObject()
    results["scene build (1,000 bars + arrows)"] = in_ms(measure(
        lambda: RoadmapScene(owner).show_data(snapshot, plan), repeat))
    ctx = EditContext(wb, "en")
    # Each page gets its own context, so the pages built here do not also refresh on the
    # moves measured below.
    results["page build"] = in_ms(measure(
        lambda: Page(EditContext(wb, "en")).deleteLater(), repeat))
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    page = Page(ctx)
    page.resize(*SIZE)
    page.show()
    app.processEvents()

    def cold() -> None:
        for bar in page.scene.bars.values():
            bar.update()  # drops the cached pixels
        _paint(page.view)

    results["repaint of the window, cold cache"] = in_ms(measure(cold, repeat))
    results["repaint of the window, warm cache"] = in_ms(measure(lambda: _paint(page.view), repeat))
    whole = page.scene.sceneRect()
    results["render the whole roadmap into 1600x900"] = in_ms(measure(
        lambda: _render(page.scene, whole, SIZE), repeat))
    bars = list(page.scene.bars.values())
    moves = iter(range(10_000))

    def move_one() -> None:
        bar = bars[next(moves) % len(bars)]
        start, end = bar.look.row.start_year, bar.look.row.end_year
        shift = 1 if end < 2024 else -1 if start > 2019 else 0
        page.on_move_requested(bar.programme_id, start + shift, end + shift)

    results["one drag released (write + refresh)"] = in_ms(measure(move_one, 5 if quick else 20))
    results["bars"] = len(page.scene.bars)
    results["arrows"] = len(page.scene.arrows)
    wb.close()
    return results


if __name__ == "__main__":
    standalone(run)
