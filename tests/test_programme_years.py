"""A programme's money, KPI targets and milestones follow its years: move, resize, flags."""

from __future__ import annotations

import pytest

from app import dump, model, ops, programmes
from app.storage import queries_programmes as queries
from app.storage import rows
from app.storage.workbook import WorkbookFile


def _setup(wb: WorkbookFile, phase: str = "medium") -> tuple[str, str, str]:
    """A programme 2020-2022 with Rp500 juta in 2020, a KPI target per year and a milestone."""
    dim = next(d.id for d in rows.select(wb.db, model.Dimension) if d.code == "SG")
    source = next(s.id for s in rows.select(wb.db, model.FundingSource) if s.code == "APBD")
    pid = programmes.add_programme(wb, model.Programme(
        name="Portal", dimension_id=dim, start_year=2020, end_year=2022, phase=phase))[1]
    programmes.set_budget(wb, pid, 2020, source, 500_000_000)
    programmes.set_budget(wb, pid, 2021, source, 100_000_000)
    kpi = programmes.add_kpi(wb, model.Kpi(programme_id=pid, indicator="Layanan daring"))[1]
    for year, target in ((2020, "10"), (2021, "20"), (2022, "30")):
        programmes.set_kpi_target(wb, kpi, year, target)
    programmes.add_milestone(wb, pid, 2022, "Peluncuran")
    return pid, kpi, source


def _budget(wb: WorkbookFile, pid: str) -> dict[int, int]:
    return {y: a for (y, _s), a in queries.budgets_of(wb.db, pid).items()}


def _targets(wb: WorkbookFile, kpi: str) -> dict[int, str]:
    return {t.year: t.target for t in rows.select(wb.db, model.KpiTarget, kpi_id=kpi)}


def test_a_move_shifts_money_targets_and_milestones_as_one_step(wb: WorkbookFile) -> None:
    """2020-2022 to 2021-2023: Rp500 juta goes to 2021, every target one year on; undo is exact."""
    pid, kpi, _source = _setup(wb)
    before = dump.dumps(wb.db)
    change = programmes.move_programme(wb, pid, 2021, 2023)
    assert _budget(wb, pid) == {2021: 500_000_000, 2022: 100_000_000}
    assert _targets(wb, kpi) == {2021: "10", 2022: "20", 2023: "30"}
    assert [m.year for m in rows.select(wb.db, model.Milestone, programme_id=pid)] == [2023]
    assert queries.year_problems(wb.db) == []
    ops.revert(wb, change)
    assert _budget(wb, pid) == {2020: 500_000_000, 2021: 100_000_000}
    assert _targets(wb, kpi) == {2020: "10", 2021: "20", 2022: "30"}
    assert dump.dumps(wb.db) == before


def test_a_resize_that_keeps_leaves_the_money_and_flags_it(wb: WorkbookFile) -> None:
    """Shrinking to 2021-2022 and keeping: the 2020 money and target are flagged."""
    pid, _kpi, _source = _setup(wb)
    assert programmes.years_left_outside(wb, pid, 2021, 2022) == [2020]
    programmes.move_programme(wb, pid, 2021, 2022, outside=programmes.KEEP)
    [problem] = queries.year_problems(wb.db)
    assert (problem.budget_years, problem.target_years) == ((2020,), (2020,))


def test_a_resize_that_folds_moves_money_into_the_nearest_year(wb: WorkbookFile) -> None:
    """Folding: amounts add up in the first year left; that year's own target wins."""
    pid, kpi, _source = _setup(wb)
    programmes.move_programme(wb, pid, 2021, 2022, outside=programmes.FOLD)
    assert _budget(wb, pid) == {2021: 600_000_000}
    assert _targets(wb, kpi) == {2021: "20", 2022: "30"}
    assert queries.year_problems(wb.db) == []


def test_a_resize_that_drops_removes_what_falls_outside(wb: WorkbookFile) -> None:
    pid, kpi, _source = _setup(wb)
    programmes.move_programme(wb, pid, 2020, 2021, outside=programmes.DROP)
    assert _budget(wb, pid) == {2020: 500_000_000, 2021: 100_000_000}
    assert _targets(wb, kpi) == {2020: "10", 2021: "20"}
    assert rows.select(wb.db, model.Milestone, programme_id=pid) == []


def test_a_quick_win_over_twelve_months_is_flagged(wb: WorkbookFile) -> None:
    """A quick win running 2020-2022 is longer than 12 months."""
    pid, _kpi, _source = _setup(wb, phase="quick_win")
    [problem] = queries.year_problems(wb.db)
    assert problem.programme_id == pid and problem.long_quick_win
    programmes.move_programme(wb, pid, 2020, 2021, outside=programmes.DROP)
    assert queries.year_problems(wb.db) == []  # mid-2020 to mid-2021 can be 12 months


@pytest.mark.parametrize("outside", [programmes.KEEP, programmes.FOLD, programmes.DROP])
def test_every_resize_undoes_exactly(wb: WorkbookFile, outside: str) -> None:
    pid, kpi, _source = _setup(wb)
    budget, targets = _budget(wb, pid), _targets(wb, kpi)
    ops.revert(wb, programmes.move_programme(wb, pid, 2021, 2021, outside=outside))
    assert (_budget(wb, pid), _targets(wb, kpi)) == (budget, targets)
