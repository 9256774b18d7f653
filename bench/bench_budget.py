"""The budget roll-ups over 5,000 budget lines (1,000 programmes), and the budget chart.

Run with ``uv run python -m bench.bench_budget`` (or ``uv run python bench/bench_budget.py``);
prints median/min/max in milliseconds. ``run(folder, quick)`` returns the same as a dict.
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import budget, charts, model, workbooks
from app.ops import Action
from app.storage import queries_programmes, rows
from app.storage.workbook import WorkbookFile
from bench.timing import in_ms, measure, standalone

PROGRAMMES = 1_000
LINES = 5_000
ORGANISATIONS = 40


def _fill(wb: WorkbookFile) -> None:
    """Add 1,000 programmes and 5,000 distinct budget lines (year x source cells)."""
    rng = random.Random(5)
    dims = rows.select(wb.db, model.Dimension)
    sources = [s.id for s in rows.select(wb.db, model.FundingSource)]
    cells = [(p, y, s) for p in range(PROGRAMMES) for y in range(2019, 2025)
             for s in range(len(sources))]
    with Action(wb, "Bench budget") as act:
        orgs = [act.put(model.Organisation(name=f"Dinas {n}", abbreviation=f"D{n}"))
                for n in range(ORGANISATIONS)]
        ids = [act.put(model.Programme(
            code=f"{dims[n % 6].code}-{n // 6 + 1:03d}", dimension_id=dims[n % 6].id,
            name=f"Program {n}", lead_org_id=rng.choice([*orgs, None]),
            start_year=2019, end_year=2024)) for n in range(PROGRAMMES)]
        for p, year, s in rng.sample(cells, LINES):
            act.put(model.Budget(id=model.natural_id("budgets", ids[p], year, sources[s]),
                                 programme_id=ids[p], year=year, source_id=sources[s],
                                 amount=rng.randint(1, 400) * 5_000_000))


def make_workbook(path: Path) -> WorkbookFile:
    """Write the benchmark workbook (plan 2019-2024) and open it."""
    if path.exists():
        path.unlink()
    book = model.Workbook(region="Kota Bench", plan_start=2019, plan_end=2024)
    return workbooks.new_workbook(path, book, fill=_fill)


def run(folder: Path, quick: bool = False) -> dict[str, object]:
    """Return the budget timings (milliseconds) over 5,000 budget lines."""
    repeat = 5 if quick else 21
    wb = make_workbook(folder / "budget.rencana")
    db = wb.db
    results: dict[str, object] = {
        "budget lines": rows.count(db, model.Budget),
        "all three roll-ups + grand total (page refresh)": in_ms(measure(
            lambda: budget.snapshot(db), repeat)),
    }
    for group in budget.GROUPS:
        results[f"roll-up by {group} x year"] = in_ms(measure(
            lambda g=group: budget.rollup(db, g), repeat))
    results["programme rows with budget totals"] = in_ms(measure(
        lambda: queries_programmes.programme_rows(db), repeat))
    snap = budget.snapshot(db)
    assert snap.by_dimension.total == snap.by_source.total == snap.by_lead.total == snap.total

    def chart() -> None:
        charts.render(charts.budget_figure(snap, "id", "miliar"), io.BytesIO(), "png")

    results["budget chart drawn + PNG at 200 dpi"] = in_ms(measure(chart, 3 if quick else 5))
    wb.close()
    return results


if __name__ == "__main__":
    standalone(run)
