"""The Overview's numbers count live rows only and name every gap in the plan."""

from __future__ import annotations

from app import model, ops
from app.storage import queries_overview as q
from app.storage import rows
from app.storage.workbook import WorkbookFile


def _dimensions(wb: WorkbookFile) -> list[model.Dimension]:
    return rows.select(wb.db, model.Dimension)


def _programme(wb: WorkbookFile, dim: model.Dimension, phase: str = "medium") -> str:
    _change, pid = ops.add(wb, model.Programme(name="Portal", dimension_id=dim.id, phase=phase,
                                               start_year=2020, end_year=2021))
    return pid


def _budget(wb: WorkbookFile, pid: str, year: int, amount: int) -> None:
    source = rows.select(wb.db, model.FundingSource)[0]
    ops.put(wb, model.Budget(id=model.natural_id("budgets", pid, year, source.id),
                             programme_id=pid, year=year, source_id=source.id, amount=amount))


def test_an_empty_workbook_counts_nothing_and_lacks_everything(wb: WorkbookFile) -> None:
    assert q.counts(wb.db) == q.Counts(0, 0, 0, 0, 0, 0, 0)
    assert q.workbook(wb.db).region == "Kota Contoh"
    gaps = q.plan_gaps(wb.db)
    assert len(gaps) == 3 * len(_dimensions(wb)) == 18
    assert {g.kind for g in gaps} == {q.NO_GOAL, q.NO_CARD, q.NO_PROGRAMME}


def test_counts_and_budget_leave_out_deleted_rows(wb: WorkbookFile) -> None:
    dim = _dimensions(wb)[0]
    kept, gone = _programme(wb, dim, "quick_win"), _programme(wb, dim)
    _budget(wb, kept, 2020, 1_500_000)
    _budget(wb, kept, 2021, 2_000_000)
    _budget(wb, gone, 2020, 9_000_000)
    ops.delete(wb, model.Programme, gone)
    ops.add(wb, model.Organisation(name="Dinas Kominfo", abbreviation="Diskominfo"))
    counts = q.counts(wb.db)
    assert (counts.programmes, counts.quick_wins, counts.total_budget) == (1, 1, 3_500_000)
    assert counts.organisations == 1


def test_cards_are_counted_per_dimension_in_framework_order(wb: WorkbookFile) -> None:
    dims = _dimensions(wb)
    for dim, n in ((dims[0], 3), (dims[2], 1)):
        for i in range(n):
            ops.add(wb, model.Card(text=f"idea {i}", dimension_id=dim.id))
    ops.add(wb, model.Card(text="no dimension"))
    tally = q.cards_per_dimension(wb.db)
    assert [t.cards for t in tally] == [3, 0, 1, 0, 0, 0, 1]
    assert tally[-1].dimension_id is None and tally[0].name_id == dims[0].name_id


def test_attendance_counts_distinct_people_present(wb: WorkbookFile) -> None:
    _c, sid = ops.add(wb, model.Session(title="Bimtek I", stage="I", start_date="2019-07-04",
                                        end_date="2019-07-05"))
    ops.add(wb, model.Session(title="Bimtek II", stage="II", start_date="2019-08-01"))
    people = [ops.add(wb, model.Person(name=f"P{i}"))[1] for i in range(3)]
    ticks = [(people[0], "2019-07-04", True), (people[0], "2019-07-05", True),
             (people[1], "2019-07-04", True), (people[2], "2019-07-04", False)]
    for pid, day, present in ticks:
        ops.put(wb, model.Attendance(id=model.natural_id("attendance", sid, pid, day),
                                     session_id=sid, person_id=pid, day=day, present=present))
    first, second = q.attendance_per_session(wb.db)
    assert (first.title, first.people_present) == ("Bimtek I", 2)
    assert first.per_day == (("2019-07-04", 2), ("2019-07-05", 1))
    assert second.people_present == 0
    assert [g.name_id for g in q.plan_gaps(wb.db) if g.kind == q.NO_ATTENDANCE] == ["Bimtek II"]


def test_a_dimension_with_goal_card_and_programme_has_no_gap(wb: WorkbookFile) -> None:
    dim = _dimensions(wb)[1]
    ops.add(wb, model.Goal(dimension_id=dim.id, text="Tourism up"))
    ops.add(wb, model.Card(text="Festival", dimension_id=dim.id))
    _programme(wb, dim)
    assert dim.id not in {g.subject_id for g in q.plan_gaps(wb.db)}
    assert len(q.plan_gaps(wb.db)) == 15
