"""Budget roll-ups: every view sums to the grand total and to a naive sum of the lines."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from app import budget, model, ops, programmes
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.conftest import fresh_workbook


def _ids(wb: WorkbookFile, cls: type[model.Record]) -> list[str]:
    return [r.id for r in rows.select(wb.db, cls)]


def _programme(wb: WorkbookFile, dim: str, lead: str | None) -> str:
    record = model.Programme(name="P", dimension_id=dim, lead_org_id=lead,
                             start_year=2019, end_year=2024)
    return programmes.add_programme(wb, record)[1]


LINE = st.tuples(st.integers(0, 5), st.integers(2019, 2024), st.integers(0, 7),
                 st.integers(0, 10**13))
PROGRAMME = st.tuples(st.integers(0, 5), st.integers(0, 3))


@settings(max_examples=30, deadline=None)
@given(progs=st.lists(PROGRAMME, min_size=1, max_size=6), lines=st.lists(LINE, max_size=25),
       dropped=st.sets(st.integers(0, 5), max_size=2))
def test_totals_by_year_dimension_and_source_agree(progs: list, lines: list,
                                                   dropped: set[int]) -> None:
    with fresh_workbook() as wb:
        dims, sources = _ids(wb, model.Dimension), _ids(wb, model.FundingSource)
        orgs = [None, *(ops.add(wb, model.Organisation(name=f"OPD {i}"))[1] for i in range(3))]
        pids = [_programme(wb, dims[d], orgs[o]) for d, o in progs]
        expected: dict[tuple[str, int, str], int] = {}
        for p, year, s, amount in lines:
            pid = pids[p % len(pids)]
            programmes.set_budget(wb, pid, year, sources[s], amount)
            expected[(pid, year, sources[s])] = amount  # a later cell replaces the earlier one
            if amount == 0:  # a zero removes the cell
                del expected[(pid, year, sources[s])]
        for p in dropped & set(range(len(pids))):  # deleted programmes' money leaves every view
            programmes.delete_programme(wb, pids[p])
            expected = {k: v for k, v in expected.items() if k[0] != pids[p]}

        naive_total = sum(expected.values())
        by_year: dict[int, int] = defaultdict(int)
        by_dim: dict[str, int] = defaultdict(int)
        by_source: dict[str, int] = defaultdict(int)
        dim_of = {pid: dims[d] for pid, (d, _o) in zip(pids, progs, strict=True)}
        for (pid, year, source), amount in expected.items():
            by_year[year] += amount
            by_dim[dim_of[pid]] += amount
            by_source[source] += amount

        snap = budget.snapshot(wb.db)
        assert snap.total == naive_total
        for roll in (snap.by_dimension, snap.by_source, snap.by_lead):
            assert roll.total == naive_total
            assert sum(roll.year_totals()) == naive_total
            assert dict(zip(roll.years, roll.year_totals(), strict=True)) == {
                y: by_year.get(y, 0) for y in roll.years}
        assert {line.key: line.total for line in snap.by_dimension.lines} == {
            d: by_dim.get(d, 0) for d in dims}
        assert {line.key: line.total for line in snap.by_source.lines} == dict(by_source)

        for pid in pids:  # leave the shared workbook empty of programmes for the next example
            if rows.get(wb.db, model.Programme, pid):
                programmes.delete_programme(wb, pid)


def test_every_dimension_is_listed_and_the_plan_years_are_the_columns(wb: WorkbookFile) -> None:
    roll = budget.rollup(wb.db, "dimension")
    assert roll.years == (2019, 2020, 2021, 2022, 2023, 2024)
    assert [line.code for line in roll.lines] == ["SG", "SB", "SE", "SL", "SS", "SN"]
    assert roll.total == 0 and budget.rollup(wb.db, "source").lines == ()


def test_programmes_without_a_lead_sum_into_their_own_line(wb: WorkbookFile) -> None:
    dim, source = _ids(wb, model.Dimension)[0], _ids(wb, model.FundingSource)[0]
    lead = ops.add(wb, model.Organisation(name="Dinas Kominfo", abbreviation="Diskominfo"))[1]
    programmes.set_budget(wb, _programme(wb, dim, lead), 2020, source, 300)
    programmes.set_budget(wb, _programme(wb, dim, None), 2021, source, 200)
    lines = {line.name("en"): line.total for line in budget.rollup(wb.db, "lead").lines}
    assert lines == {"Dinas Kominfo": 300, "No lead OPD": 200}
    [none] = [line for line in budget.rollup(wb.db, "lead").lines if line.key is None]
    assert none.name("id") == "Tanpa OPD pengampu"


def test_units_scale_and_format_the_indonesian_way() -> None:
    assert budget.format_amount(1_500_000, "rupiah") == "Rp1.500.000"
    assert budget.format_amount(2_950_000, "juta") == "2,95"
    assert budget.format_amount(1_500_000_000, "miliar") == "1,5"
    assert budget.scaled(2_500_000_000, "miliar") == 2.5
    assert budget.unit_label("juta", "id") == "Rp juta"
    assert budget.unit_label("miliar", "en") == "Rp billion"
    assert budget.unit_label("rupiah", "id") == "Rp"


def test_money_of_a_deleted_lead_opd_stays_in_the_totals(wb: WorkbookFile) -> None:
    dim, source = _ids(wb, model.Dimension)[0], _ids(wb, model.FundingSource)[0]
    kept, merged_away = (ops.add(wb, model.Organisation(name=n))[1] for n in ("Lama", "Hapus"))
    programmes.set_budget(wb, _programme(wb, dim, kept), 2020, source, 900)
    programmes.set_budget(wb, _programme(wb, dim, merged_away), 2021, source, 100)
    ops.delete(wb, model.Organisation, kept)  # deleting detaches the programme: no lead now
    with wb.atomic() as db:  # what a merge can leave: a tombstone still referred to
        gone = rows.get(db, model.Organisation, merged_away)
        assert gone is not None
        rows.write(db, "organisations", merged_away, gone.values(), deleted=True, device="x")
    lines = {line.key: (line.name("en"), line.name("id"), line.total)
             for line in budget.rollup(wb.db, "lead").lines}
    assert lines == {None: ("No lead OPD", "Tanpa OPD pengampu", 900),
                     merged_away: ("(deleted)", "(sudah dihapus)", 100)}
