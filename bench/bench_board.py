"""The idea board with 2,000 cards: scene build, repaint of the view, capture of one more card.

Run with ``uv run python -m bench.bench_board`` (or ``uv run python bench/bench_board.py``);
prints median/min/max in milliseconds. ``run(folder, quick)`` returns the same as a dict.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app import model, workbooks
from app.ops import Action
from app.storage import queries_board, rows
from app.storage.workbook import WorkbookFile
from bench.timing import in_ms, measure, standalone

CARDS = 2_000
CLUSTERS = 40
WORDS = ("layanan", "data", "warga", "aplikasi", "sampah", "pasar", "wisata", "sekolah",
         "jaringan", "internet", "taman", "perizinan", "kesehatan", "pelatihan", "UMKM",
         "kampung", "sungai", "parkir", "terpadu", "digital")
SIZE = (1600, 900)


def make_workbook(path: Path, cards: int = CARDS) -> WorkbookFile:
    """Write a workbook with ``cards`` cards (a fifth of them in 40 clusters) and open it."""
    def fill(wb: WorkbookFile) -> None:
        rng = random.Random(7)
        dims = rows.select(wb.db, model.Dimension)
        with Action(wb, "Bench cards") as act:
            clusters = [act.put(model.Cluster(name=f"Klaster {n}", x=2000 + (n % 5) * 900,
                                              y=(n // 5) * 700)) for n in range(CLUSTERS)]
            for n in range(cards):
                in_cluster = n % 5 == 0
                home = clusters[(n // 5) % CLUSTERS] if in_cluster else None
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))
                act.put(model.Card(kind=model.CARD_KINDS[n % 8], text=text.capitalize(),
                                   dimension_id=dims[n % 6].id, votes=rng.choice((0, 1, 2, 4, 9)),
                                   cluster_id=home, x=(n % 40) * 224.0, y=(n // 40) * 148.0,
                                   position=n))

    if path.exists():
        path.unlink()
    book = model.Workbook(region="Kota Bench", plan_start=2019, plan_end=2024)
    return workbooks.new_workbook(path, book, fill=fill)


def _build_scene(wb: WorkbookFile) -> object:
    from ui.board.scene import BoardScene

    owner = QObject()
    scene = BoardScene(owner)
    scene.apply_clusters(queries_board.clusters(wb.db))
    scene.apply_cards(queries_board.board_cards(wb.db))
    return owner  # dropped once timed, and the scene with it


def _paint(view: object) -> None:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    view.viewport().render(image)  # type: ignore[attr-defined]


def run(folder: Path, quick: bool = False) -> dict[str, object]:
    """Return the board timings (milliseconds) with 2,000 cards."""
    from ui.board.view import BoardView
    from ui.context import EditContext
    from ui.pages.board import BoardPage

    app = QApplication.instance() or QApplication([])
    repeat = 3 if quick else 7
    wb = make_workbook(folder / "board.rencana")
    results: dict[str, object] = {}
    results["scene build"] = in_ms(measure(lambda: _build_scene(wb), repeat))
    ctx = EditContext(wb, "en")
    page = BoardPage(ctx)
    results["page build"] = in_ms(measure(lambda: BoardPage(ctx).setParent(None), repeat))
    page.resize(*SIZE)
    page.show()
    app.processEvents()
    view: BoardView = page.view
    view.fit()
    app.processEvents()

    def cold() -> None:
        page.scene.set_style(page.scene.look)  # drops every item's cached pixels
        _paint(view)

    results["repaint, all cards, cold cache"] = in_ms(measure(cold, repeat))
    results["repaint, all cards, warm cache"] = in_ms(measure(lambda: _paint(view), repeat))
    view.resetTransform()
    view.centerOn(2000, 800)
    results["repaint at 100 %, warm"] = in_ms(measure(lambda: _paint(view), repeat))
    texts = iter(f"Kartu baru {n}" for n in range(1000))
    results["capture one card (write + refresh)"] = in_ms(measure(
        lambda: page.on_captured(next(texts)), 5 if quick else 20))
    results["cards"] = len(page.scene.cards)
    wb.close()
    return results


if __name__ == "__main__":
    standalone(run)
