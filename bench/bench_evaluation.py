"""The yearly evaluation on the demo made ten times larger, with five years of quarterly
realisation: evaluating a year, the Evaluation page, the report and the OPD worksheets.

Run with ``uv run python -m bench.bench_evaluation [--quick]``; prints median/min/max in
milliseconds. ``run(folder, quick)`` returns the same as a dict.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import model
from app.evaluation import collect, record, report, sheet, sheet_import
from app.ops import Action
from app.storage import rows
from app.storage.workbook import open_file
from bench.data import scaled_demo
from bench.timing import Sample, measure

YEARS = range(2019, 2024)
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
WHEN = "{year}-{month:02d}-15T10:00:00"


def make_workbook(folder: Path) -> Path:
    """Return the demo x10 with five years of quarterly realisation (made once, cached)."""
    path = folder / "evaluation-x10.rencana"
    if path.exists():
        return path
    base = scaled_demo(folder / "demo-x10.rencana", 10)
    temp = folder / "evaluation-x10.tmp"
    shutil.copyfile(base, temp)
    with open_file(temp) as wb, Action(wb, "Bench realisation") as act:
        rng = random.Random(15)
        db = wb.db
        for target in rows.select(db, model.KpiTarget):
            if target.year in YEARS and target.value is not None and target.kpi_id:
                factor = rng.uniform(0.4, 1.2)
                for n, quarter in enumerate(QUARTERS, 1):
                    entry = record.Entry(target.kpi_id, False, target.year, quarter,
                                         round(target.value * factor * n / 4, 1),
                                         f"Laporan triwulan {n}")
                    act.put(record.realisation(entry, "Bench OPD",
                                               WHEN.format(year=target.year, month=n * 3)))
        for budget in rows.select(db, model.Budget):
            if budget.year in YEARS and budget.programme_id and budget.source_id:
                share = rng.uniform(0.3, 1.0)
                for n, quarter in enumerate(QUARTERS, 1):
                    act.put(model.BudgetRealisation(
                        id=record.budget_id(budget.programme_id, budget.year, quarter,
                                            budget.source_id),
                        programme_id=budget.programme_id, year=budget.year, period=quarter,
                        source_id=budget.source_id, pagu=budget.amount,
                        spent=int(budget.amount * share * n / 4), recorded_by="Bench OPD",
                        recorded_at=WHEN.format(year=budget.year, month=n * 3)))
    temp.rename(path)
    return path


def _ms(sample: Sample) -> dict[str, float]:
    return {k: round(v * 1000, 1) for k, v in sample.as_dict().items()}


def run(folder: Path, quick: bool = False) -> dict[str, object]:
    """Return the evaluation timings (milliseconds) on the demo x10."""
    repeat = 3 if quick else 7
    path = make_workbook(folder)
    work = folder / "evaluation-work.rencana"
    shutil.copyfile(path, work)
    results: dict[str, object] = {}
    with open_file(work) as wb:
        db = wb.db
        results["programmes"] = rows.count(db, model.Programme)
        results["realisation rows"] = rows.count(db, model.Realisation)
        results["budget realisation rows"] = rows.count(db, model.BudgetRealisation)
        results["read the workbook + evaluate 2023"] = _ms(measure(
            lambda: collect.evaluate(collect.Data.read(db), 2023), repeat))
        data = collect.Data.read(db)
        results["evaluate 2023 (data already read)"] = _ms(measure(
            lambda: collect.evaluate(data, 2023), repeat))
        results.update(_page(wb, repeat))
        out = folder / "realisasi.xlsx"
        results["OPD worksheets, all OPDs (.xlsx)"] = _ms(measure(
            lambda: sheet.write_realisation(db, 2023, out), max(1, repeat // 2)))
        results["worksheet read and checked (nothing written)"] = _ms(measure(
            lambda: sheet_import.parse(out, db).raise_if_bad(), max(1, repeat // 2)))
    docx = folder / "evaluasi.docx"
    results["evaluation report 2023 (.docx, id, A4)"] = _ms(measure(
        lambda: report.export_report(work, 2023, docx), 1 if quick else 3))
    return results


def _page(wb: object, repeat: int) -> dict[str, object]:
    """Time the Evaluation page: built on a year, and switching to another year."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.context import EditContext
    from ui.pages.evaluation import EvaluationPage as Page

    app = QApplication.instance() or QApplication([])
    ctx = EditContext(wb)  # type: ignore[arg-type]
    pages: list[object] = []

    def build() -> None:
        pages.append(Page(ctx))
        app.processEvents()

    built = measure(build, repeat)
    page = pages[-1]
    years = [2022, 2023]

    def switch() -> None:
        years.reverse()
        page.year_box.setCurrentIndex(page.year_box.findData(years[0]))  # type: ignore[attr-defined]
        app.processEvents()

    switched = measure(switch, repeat)
    return {"Evaluation page built (table of a year, charts hidden)": _ms(built),
            "Evaluation page: switch year (table, summary)": _ms(switched)}


def main() -> None:
    """Print the timings."""
    with tempfile.TemporaryDirectory() as folder:
        results = run(Path(folder), quick="--quick" in sys.argv)
    for name, value in results.items():
        if isinstance(value, dict):
            print(f"{name:55s} median {value['median']:8.1f} ms   min {value['min']:8.1f}"
                  f"   max {value['max']:8.1f}")
        else:
            print(f"{name:55s} {value}")


if __name__ == "__main__":
    main()
