"""The read models of the Sessions and People pages, on a real workbook without Qt."""

from __future__ import annotations

from app import model, ops
from app.storage import queries_people, queries_sessions
from app.storage.workbook import WorkbookFile


def _person(wb: WorkbookFile, name: str, **fields: object) -> str:
    return ops.add(wb, model.Person(name=name, **fields))[1]


def _tick(wb: WorkbookFile, session: str, person: str, day: str, present: bool = True) -> None:
    row_id = model.natural_id("attendance", session, person, day)
    ops.put(wb, model.Attendance(id=row_id, session_id=session, person_id=person, day=day,
                                 present=present))


def _setup(wb: WorkbookFile) -> dict[str, str]:
    """Two teams, an organisation, four people (one without a team) and a two-day session."""
    ids = {
        "org": ops.add(wb, model.Organisation(name="Dinas Kominfo", abbreviation="Diskominfo"))[1],
        "t1": ops.add(wb, model.Team(name="Tim A", position=0))[1],
        "t2": ops.add(wb, model.Team(name="Tim B", position=1))[1],
        "s": ops.add(wb, model.Session(title="Bimtek I", stage="I", start_date="2019-07-04",
                                       end_date="2019-07-05"))[1],
    }
    ids["ani"] = _person(wb, "Ani", organisation_id=ids["org"], team_id=ids["t1"])
    ids["budi"] = _person(wb, "budi", team_id=ids["t1"], position="Lurah")
    ids["citra"] = _person(wb, "Citra", team_id=ids["t2"])
    ids["dedi"] = _person(wb, "Dedi")
    return ids


def test_attendance_sheet_lists_everyone_by_name_with_the_tick_of_that_day(
        wb: WorkbookFile) -> None:
    ids = _setup(wb)
    _tick(wb, ids["s"], ids["budi"], "2019-07-04")
    _tick(wb, ids["s"], ids["ani"], "2019-07-05")
    sheet = queries_sessions.attendance_sheet(wb.db, ids["s"], "2019-07-04")
    assert [r.name for r in sheet] == ["Ani", "budi", "Citra", "Dedi"]
    assert [r.present for r in sheet] == [False, True, False, False]
    assert sheet[0].organisation == "Diskominfo" and sheet[0].group == "Tim A"
    assert sheet[1].position == "Lurah" and sheet[3].group == ""


def test_counts_per_group_follow_ticks_unticks_and_undo(wb: WorkbookFile) -> None:
    ids = _setup(wb)
    day = "2019-07-04"
    _tick(wb, ids["s"], ids["ani"], day)
    _tick(wb, ids["s"], ids["budi"], day)
    _tick(wb, ids["s"], ids["dedi"], day)

    def counts() -> list[tuple[str, int, int]]:
        return [(c.group, c.present, c.total)
                for c in queries_sessions.attendance_counts(wb.db, ids["s"], day)]

    assert counts() == [("Tim A", 2, 2), ("Tim B", 0, 1), ("", 1, 1)]
    _tick(wb, ids["s"], ids["budi"], day, present=False)
    assert counts() == [("Tim A", 1, 2), ("Tim B", 0, 1), ("", 1, 1)]
    change = ops.delete(wb, model.Person, ids["ani"])
    assert counts() == [("Tim A", 0, 1), ("Tim B", 0, 1), ("", 1, 1)]
    ops.revert(wb, change)
    assert counts() == [("Tim A", 1, 2), ("Tim B", 0, 1), ("", 1, 1)]


def test_session_list_counts_people_present_on_any_day_once(wb: WorkbookFile) -> None:
    ids = _setup(wb)
    later = ops.add(wb, model.Session(title="Bimtek II", stage="II", start_date="2019-08-01"))[1]
    _tick(wb, ids["s"], ids["ani"], "2019-07-04")
    _tick(wb, ids["s"], ids["ani"], "2019-07-05")
    _tick(wb, ids["s"], ids["citra"], "2019-07-05")
    _tick(wb, ids["s"], ids["dedi"], "2019-07-05", present=False)
    rows = queries_sessions.sessions(wb.db)
    assert [(r.id, r.present) for r in rows] == [(ids["s"], 2), (later, 0)]


def test_session_days_run_from_start_to_end() -> None:
    days = queries_sessions.session_days(
        model.Session(title="x", start_date="2019-09-30", end_date="2019-10-01"))
    assert days == ["2019-09-30", "2019-10-01"]
    assert queries_sessions.session_days(model.Session(title="x", start_date="2019-07-04")) == [
        "2019-07-04"]
    long = model.Session(title="x", start_date="2019-01-01", end_date="2019-12-31")
    assert len(queries_sessions.session_days(long)) == queries_sessions.MAX_DAYS


def test_people_carry_live_organisation_and_team_names(wb: WorkbookFile) -> None:
    ids = _setup(wb)
    ops.delete(wb, model.Team, ids["t2"])
    rows = {r.name: r for r in queries_people.people(wb.db)}
    assert rows["Ani"].organisation == "Dinas Kominfo" and rows["Ani"].abbreviation == "Diskominfo"
    assert rows["Ani"].team == "Tim A"
    assert rows["Citra"].team == ""  # the team is deleted
    orgs = queries_people.organisations(wb.db)
    assert [(o.name, o.people) for o in orgs] == [("Dinas Kominfo", 1)]
    assert [(t.name, t.people) for t in queries_people.teams(wb.db)] == [("Tim A", 2)]
