"""Programme operations: stable codes, years in the plan, budget cells, links, and exact undo."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import dump, model, ops, programmes
from app.errors import ValidationError
from app.storage import queries_programmes as queries
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.conftest import fresh_workbook


def _dimension(wb: WorkbookFile, code: str = "SG") -> str:
    return next(d.id for d in rows.select(wb.db, model.Dimension) if d.code == code)


def _source(wb: WorkbookFile, code: str = "APBD") -> str:
    return next(s.id for s in rows.select(wb.db, model.FundingSource) if s.code == code)


def _add(wb: WorkbookFile, dim: str = "SG", **fields: object) -> str:
    values = {"name": "Portal Layanan", "dimension_id": _dimension(wb, dim),
              "start_year": 2019, "end_year": 2021, **fields}
    return programmes.add_programme(wb, model.Programme(**values))[1]  # type: ignore[arg-type]


def _code(wb: WorkbookFile, programme_id: str) -> str:
    found = rows.get(wb.db, model.Programme, programme_id)
    assert found is not None
    return found.code


def test_codes_count_up_per_dimension(wb: WorkbookFile) -> None:
    first, second, other = _add(wb), _add(wb), _add(wb, "SE")
    assert [_code(wb, p) for p in (first, second, other)] == ["SG-01", "SG-02", "SE-01"]


def test_a_deleted_programmes_code_is_never_reused(wb: WorkbookFile) -> None:
    _add(wb)
    second = _add(wb)
    programmes.delete_programme(wb, second)
    assert _code(wb, _add(wb)) == "SG-03"


def test_a_programme_keeps_its_code_in_another_dimension(wb: WorkbookFile) -> None:
    moved = _add(wb)
    programmes.update_programme(wb, moved, dimension_id=_dimension(wb, "SN"), code="")
    assert _code(wb, moved) == "SG-01"
    assert _code(wb, _add(wb)) == "SG-02"
    assert _code(wb, _add(wb, "SN")) == "SN-01"


def test_a_code_held_by_another_programme_is_refused(wb: WorkbookFile) -> None:
    _add(wb)
    with pytest.raises(ValidationError, match="SG-01 is already used"):
        _add(wb, code="SG-01")
    with pytest.raises(ValidationError, match="already used"):
        programmes.update_programme(wb, _add(wb), code="SG-01")


def test_an_imported_code_is_kept_and_counted(wb: WorkbookFile) -> None:
    assert _code(wb, _add(wb, code="SG-07")) == "SG-07"
    assert _code(wb, _add(wb)) == "SG-08"


def test_move_changes_the_years_and_reverts(wb: WorkbookFile) -> None:
    pid = _add(wb)
    change = programmes.move_programme(wb, pid, 2020, 2023)
    found = rows.get(wb.db, model.Programme, pid)
    assert found is not None and (found.start_year, found.end_year) == (2020, 2023)
    ops.revert(wb, change)
    found = rows.get(wb.db, model.Programme, pid)
    assert found is not None and (found.start_year, found.end_year) == (2019, 2021)


@pytest.mark.parametrize(("start", "end", "sentence"), [
    (2018, 2020, "The year 2018 is outside the plan period 2019-2024."),
    (2020, 2025, "The year 2025 is outside the plan period 2019-2024."),
    (2022, 2020, "The end (2020) is before the start (2022)."),
])
def test_move_outside_the_plan_or_reversed_is_refused(wb: WorkbookFile, start: int, end: int,
                                                      sentence: str) -> None:
    pid = _add(wb)
    before = dump.dumps(wb.db)
    with pytest.raises(ValidationError) as caught:
        programmes.move_programme(wb, pid, start, end)
    assert caught.value.message("en") == sentence
    assert caught.value.message("id") != sentence
    assert dump.dumps(wb.db) == before


def test_budget_cells_are_keyed_by_programme_year_and_source(wb: WorkbookFile) -> None:
    pid, apbd = _add(wb), _source(wb)
    programmes.set_budget(wb, pid, 2020, apbd, 1_500_000)
    programmes.set_budget(wb, pid, 2020, apbd, 2_000_000)
    cell = rows.get(wb.db, model.Budget, model.natural_id("budgets", pid, 2020, apbd))
    assert cell is not None and cell.amount == 2_000_000
    assert queries.budgets_of(wb.db, pid) == {(2020, apbd): 2_000_000}
    assert queries.programme_rows(wb.db)[0].budget_total == 2_000_000


def test_a_zero_amount_removes_the_cell_and_undo_brings_it_back(wb: WorkbookFile) -> None:
    pid, apbd = _add(wb), _source(wb)
    programmes.set_budget(wb, pid, 2020, apbd, 750_000)
    change = programmes.set_budget(wb, pid, 2020, apbd, 0)
    assert queries.budgets_of(wb.db, pid) == {}
    ops.revert(wb, change)
    assert queries.budgets_of(wb.db, pid) == {(2020, apbd): 750_000}
    assert not programmes.set_budget(wb, pid, 2021, apbd, 0)


def test_budget_outside_the_plan_or_negative_is_refused(wb: WorkbookFile) -> None:
    pid, apbd = _add(wb), _source(wb)
    with pytest.raises(ValidationError, match="outside the plan period"):
        programmes.set_budget(wb, pid, 2030, apbd, 10)
    with pytest.raises(ValidationError, match="negative"):
        programmes.set_budget(wb, pid, 2020, apbd, -10)


def test_kpi_targets_per_year(wb: WorkbookFile) -> None:
    pid = _add(wb)
    _change, kpi = programmes.add_kpi(wb, model.Kpi(programme_id=pid, indicator="Layanan online"))
    programmes.set_kpi_target(wb, kpi, 2020, "10")
    programmes.set_kpi_target(wb, kpi, 2021, "25")
    programmes.set_kpi_target(wb, kpi, 2020, "")
    targets = rows.select(wb.db, model.KpiTarget, kpi_id=kpi)
    assert [(t.year, t.target) for t in targets] == [(2021, "25")]


def test_partners_become_exactly_the_given_set(wb: WorkbookFile) -> None:
    pid = _add(wb)
    orgs = [ops.add(wb, model.Organisation(name=n))[1] for n in ("Bappeda", "Diskominfo", "BPS")]
    programmes.set_partners(wb, pid, orgs[:2])
    change = programmes.set_partners(wb, pid, orgs[1:])
    partners = {p.organisation_id for p in rows.select(wb.db, model.ProgrammePartner)}
    assert partners == set(orgs[1:])
    ops.revert(wb, change)
    partners = {p.organisation_id for p in rows.select(wb.db, model.ProgrammePartner)}
    assert partners == set(orgs[:2])


def test_dependencies_refuse_cycles(wb: WorkbookFile) -> None:
    a, b, c = _add(wb), _add(wb), _add(wb)
    programmes.add_dependency(wb, b, a)
    programmes.add_dependency(wb, c, b)
    with pytest.raises(ValidationError, match="depends on it"):
        programmes.add_dependency(wb, a, c)
    with pytest.raises(ValidationError, match="itself"):
        programmes.add_dependency(wb, a, a)
    assert [p.id for p in queries.predecessors(wb.db, c)] == [b]
    programmes.remove_dependency(wb, c, b)
    programmes.add_dependency(wb, a, c)
    assert queries.dependency_edges(wb.db) == sorted([(b, a), (a, c)])


def test_quickwin_updates_only_for_quick_wins_and_latest_wins(wb: WorkbookFile) -> None:
    plain, quick = _add(wb), _add(wb, phase="quick_win", end_year=2019)
    with pytest.raises(ValidationError, match="quick wins only"):
        programmes.add_quickwin_update(wb, plain, "2019-08-01", 10)
    programmes.add_quickwin_update(wb, quick, "2019-09-01", 60, "Uji coba")
    programmes.add_quickwin_update(wb, quick, "2019-08-01", 20)
    with pytest.raises(ValidationError, match="between 0 and 100"):
        programmes.add_quickwin_update(wb, quick, "2019-10-01", 101)
    [row] = queries.quickwin_rows(wb.db)
    assert (row.id, row.percent, row.updated, row.updates) == (quick, 60, "2019-09-01", 2)
    notes = [u.note for u in queries.quickwin_updates(wb.db, quick)]
    assert notes == ["Uji coba", ""]


def test_programme_rows_join_the_labels(wb: WorkbookFile) -> None:
    org = ops.add(wb, model.Organisation(name="Dinas Komunikasi", abbreviation="Diskominfo"))[1]
    element = rows.select(wb.db, model.Element, dimension_id=_dimension(wb, "SE"))[1]
    _add(wb, "SE", lead_org_id=org, element_id=element.id)
    [row] = queries.programme_rows(wb.db)
    assert (row.dimension_code, row.lead_abbreviation, row.element_name_id) == (
        "SE", "Diskominfo", "Kesejahteraan Rakyat")


# -- apply-then-revert round trips over random sequences --------------------------------

YEARS = st.integers(2017, 2026)
STEP = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(["SG", "SE", "SN"]), YEARS, YEARS),
    st.tuples(st.just("move"), st.integers(0, 5), YEARS, YEARS),
    st.tuples(st.just("budget"), st.integers(0, 5), YEARS, st.sampled_from([0, 1, 10**9])),
    st.tuples(st.just("depend"), st.integers(0, 5), st.integers(0, 5), st.just(0)),
    st.tuples(st.just("delete"), st.integers(0, 5), st.just(0), st.just(0)),
)


def _step(wb: WorkbookFile, ids: list[str], step: tuple[str, object, int, int]) -> ops.Change:
    kind, a, b, c = step
    if kind == "add":
        programme = model.Programme(name="P", dimension_id=_dimension(wb, str(a)),
                                    start_year=b, end_year=c)
        change, pid = programmes.add_programme(wb, programme)
        ids.append(pid)
        return change
    if not ids:
        return ops.Change("nothing")
    pid = ids[int(a) % len(ids)]  # type: ignore[call-overload]
    if kind == "move":
        return programmes.move_programme(wb, pid, b, c)
    if kind == "budget":
        return programmes.set_budget(wb, pid, b, _source(wb), c)
    if kind == "depend":
        return programmes.add_dependency(wb, pid, ids[b % len(ids)])
    return programmes.delete_programme(wb, pid)


@settings(max_examples=40, deadline=None)
@given(steps=st.lists(STEP, max_size=12))
def test_any_sequence_reverts_to_the_start_and_redoes_to_the_end(steps: list) -> None:
    with fresh_workbook() as wb:
        start = dump.dumps(wb.db)
        ids: list[str] = []
        done: list[ops.Change] = []
        for step in steps:
            # A refused step must write nothing: the round trip below checks that.
            with contextlib.suppress(ValidationError):
                done.append(_step(wb, ids, step))
        end = dump.dumps(wb.db)
        for change in reversed(done):
            ops.revert(wb, change)
        assert dump.dumps(wb.db) == start
        for change in done:
            ops.apply(wb, change)
        assert dump.dumps(wb.db) == end
        for change in reversed(done):  # leave the shared workbook as Hypothesis found it
            ops.revert(wb, change)


CODE_STEP = st.tuples(st.sampled_from(["add", "delete", "redimension", "undo"]),
                      st.integers(0, 20), st.sampled_from(["SG", "SB", "SN"]))


@settings(max_examples=30, deadline=None)
@given(steps=st.lists(CODE_STEP, max_size=20))
def test_codes_are_unique_stable_and_never_reused(steps: list) -> None:
    with fresh_workbook() as wb:
        given_codes = {p.code for p in rows.select(wb.db, model.Programme)}  # earlier examples
        given_codes |= set(queries.codes_with_prefix(wb.db, ""))
        code_of: dict[str, str] = {}
        done: list[ops.Change] = []
        for kind, n, dim in steps:
            live = [p.id for p in rows.select(wb.db, model.Programme)]
            if kind == "add":
                change, pid = programmes.add_programme(wb, model.Programme(
                    name="P", dimension_id=_dimension(wb, dim), start_year=2019, end_year=2020))
                assert _code(wb, pid) not in given_codes
                given_codes.add(_code(wb, pid))
                code_of[pid] = _code(wb, pid)
                done.append(change)
            elif kind == "undo" and done:
                ops.revert(wb, done.pop())
            elif live and kind == "delete":
                done.append(programmes.delete_programme(wb, live[n % len(live)]))
            elif live and kind == "redimension":
                done.append(programmes.update_programme(wb, live[n % len(live)],
                                                        dimension_id=_dimension(wb, dim)))
            current = rows.select(wb.db, model.Programme)
            assert len({p.code for p in current}) == len(current)
            assert all(code_of.get(p.id, p.code) == p.code for p in current)
        for change in reversed(done):
            ops.revert(wb, change)
