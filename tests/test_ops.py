"""Reversible operations: each write validates, is one transaction, and reverts exactly."""

from __future__ import annotations

import contextlib
import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import dump, model, ops
from app.errors import ValidationError
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.conftest import fresh_workbook


def _dimension(wb: WorkbookFile, code: str = "SG") -> model.Dimension:
    return next(d for d in rows.select(wb.db, model.Dimension) if d.code == code)


def _programme(wb: WorkbookFile, **fields: object) -> str:
    values = {"name": "Portal Layanan", "dimension_id": _dimension(wb).id,
              "start_year": 2019, "end_year": 2021, **fields}
    _change, row_id = ops.add(wb, model.Programme(**values))  # type: ignore[arg-type]
    return row_id


def test_add_then_revert_leaves_the_content_as_before(wb: WorkbookFile) -> None:
    before = dump.dumps(wb.db)
    change, row_id = ops.add(wb, model.Organisation(name="Dinas Kominfo", abbreviation="Kominfo"))
    assert rows.get(wb.db, model.Organisation, row_id) is not None
    ops.revert(wb, change)
    assert rows.get(wb.db, model.Organisation, row_id) is None
    assert dump.dumps(wb.db) == before


def test_redo_keeps_the_id_of_an_insert(wb: WorkbookFile) -> None:
    change, row_id = ops.add(wb, model.Team(name="Tim Governance"))
    ops.revert(wb, change)
    ops.apply(wb, change)
    assert rows.get(wb.db, model.Team, row_id).name == "Tim Governance"  # type: ignore[union-attr]


def test_update_reverts_to_the_old_value(wb: WorkbookFile) -> None:
    pid = _programme(wb)
    change = ops.update(wb, model.Programme, pid, name="Mal Pelayanan Publik")
    assert rows.get(wb.db, model.Programme, pid).name == "Mal Pelayanan Publik"  # type: ignore[union-attr]
    ops.revert(wb, change)
    assert rows.get(wb.db, model.Programme, pid).name == "Portal Layanan"  # type: ignore[union-attr]


def test_update_without_a_difference_is_an_empty_change(wb: WorkbookFile) -> None:
    pid = _programme(wb)
    assert not ops.update(wb, model.Programme, pid, name="Portal Layanan")


def test_delete_tombstones_owned_rows_and_revert_revives_them(wb: WorkbookFile) -> None:
    pid = _programme(wb)
    source = rows.select(wb.db, model.FundingSource)[0]
    budget = model.Budget(id=model.natural_id("budgets", pid, 2020, source.id), programme_id=pid,
                          year=2020, source_id=source.id, amount=1_500_000)
    ops.put(wb, budget)
    before = dump.dumps(wb.db)
    change = ops.delete(wb, model.Programme, pid)
    assert {rc.table for rc in change.rows} == {"programmes", "budgets"}
    assert rows.count(wb.db, model.Budget) == 0
    ops.revert(wb, change)
    assert dump.dumps(wb.db) == before


def test_an_action_is_one_transaction(wb: WorkbookFile) -> None:
    before = dump.dumps(wb.db)
    with pytest.raises(ValidationError), ops.Action(wb, "Two writes") as act:
        act.put(model.Team(name="Tim A"))
        act.put(model.Team(name=""))
    assert dump.dumps(wb.db) == before


def test_an_action_folds_several_writes_of_one_row(wb: WorkbookFile) -> None:
    with ops.Action(wb, "Add then rename") as act:
        row_id = act.put(model.Team(name="Tim A"))
        act.update(model.Team, row_id, name="Tim B")
    assert len(act.change.rows) == 1
    ops.revert(wb, act.change)
    assert rows.get(wb.db, model.Team, row_id) is None


@pytest.mark.parametrize(("fields", "words"), [
    ({"name": ""}, "must not be empty"),
    ({"name": "x" * 301}, "too long"),
    ({"start_year": 2018}, "outside the plan period"),
    ({"end_year": 2031}, "outside the plan period"),
    ({"start_year": 2022, "end_year": 2020}, "before the start"),
    ({"dimension_id": "no-such-dimension"}, "Unknown Dimension"),
    ({"phase": "someday"}, "must be one of"),
])
def test_invalid_programmes_are_refused_with_a_sentence(
        wb: WorkbookFile, fields: dict[str, object], words: str) -> None:
    before = dump.dumps(wb.db)
    with pytest.raises(ValidationError, match=words) as caught:
        _programme(wb, **fields)
    assert caught.value.message("id") != caught.value.message("en")
    assert dump.dumps(wb.db) == before


def test_negative_amounts_are_refused(wb: WorkbookFile) -> None:
    pid = _programme(wb)
    source = rows.select(wb.db, model.FundingSource)[0]
    with pytest.raises(ValidationError, match="negative"):
        ops.put(wb, model.Budget(programme_id=pid, year=2020, source_id=source.id, amount=-5))


def test_control_characters_are_cleaned(wb: WorkbookFile) -> None:
    _change, row_id = ops.add(wb, model.Card(text="Sinyal\x00 lemah\x0bdi\ufffe kelurahan\ud800"))
    assert rows.get(wb.db, model.Card, row_id).text == "Sinyal lemah\ndi kelurahan"  # type: ignore[union-attr]


def test_impossible_dates_are_refused(wb: WorkbookFile) -> None:
    with pytest.raises(ValidationError, match="date"):
        ops.add(wb, model.Session(title="Bimtek I", start_date="2019-02-30"))
    with pytest.raises(ValidationError, match="before the start"):
        ops.add(wb, model.Session(title="Bimtek I", start_date="2019-07-05",
                                  end_date="2019-07-04"))


def test_a_vanished_row_cannot_be_updated(wb: WorkbookFile) -> None:
    change, row_id = ops.add(wb, model.Team(name="Tim A"))
    ops.revert(wb, change)
    with pytest.raises(ValidationError, match="no longer exists"):
        ops.update(wb, model.Team, row_id, name="Tim B")


def test_every_write_advances_the_revision_and_records_the_device(wb: WorkbookFile) -> None:
    _change, row_id = ops.add(wb, model.Team(name="Tim A"))
    first = rows.raw(wb.db, "teams", row_id)
    ops.update(wb, model.Team, row_id, name="Tim B")
    second = rows.raw(wb.db, "teams", row_id)
    assert first and second
    assert second["_rev"] > first["_rev"]
    assert second["_device"] == wb.device
    assert '"name"' in second["_clock"]


_texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
_edits = st.lists(st.tuples(st.sampled_from(["name", "description", "aim", "target_users"]),
                            _texts), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(edits=_edits, years=st.tuples(st.integers(2015, 2030), st.integers(2015, 2030)))
def test_any_sequence_of_edits_reverts_to_the_start(edits: list[tuple[str, str]],
                                                    years: tuple[int, int]) -> None:
    with fresh_workbook() as wb:
        pid = _programme(wb)
        before = dump.dumps(wb.db)
        done = []
        for name, value in [*edits, ("start_year", years[0]), ("end_year", years[1])]:
            with contextlib.suppress(ValidationError):
                done.append(ops.update(wb, model.Programme, pid, **{name: value}))
        after = dump.dumps(wb.db)
        for change in reversed(done):
            ops.revert(wb, change)
        assert dump.dumps(wb.db) == before
        for change in done:
            ops.apply(wb, change)
        assert dump.dumps(wb.db) == after
        ops.delete(wb, model.Programme, pid)


def test_records_are_frozen_dataclasses() -> None:
    team = model.Team(name="Tim A")
    with pytest.raises(dataclasses.FrozenInstanceError):
        team.name = "Tim B"  # type: ignore[misc]


def test_deleting_a_row_clears_optional_references_and_undo_restores_them(
        wb: WorkbookFile) -> None:
    _change, org = ops.add(wb, model.Organisation(name="Bappeda"))
    _change, person = ops.add(wb, model.Person(name="Sri", organisation_id=org))
    change = ops.delete(wb, model.Organisation, org)
    assert rows.get(wb.db, model.Person, person).organisation_id is None  # type: ignore[union-attr]
    ops.revert(wb, change)
    assert rows.get(wb.db, model.Person, person).organisation_id == org  # type: ignore[union-attr]


def test_a_row_that_others_need_cannot_be_deleted(wb: WorkbookFile) -> None:
    _programme(wb)
    before = dump.dumps(wb.db)
    with pytest.raises(ValidationError, match="still used by 1 rows of programmes") as caught:
        ops.delete(wb, model.Dimension, _dimension(wb).id)
    assert "program" in caught.value.message("id")
    assert dump.dumps(wb.db) == before


def test_reorder_renumbers_positions(wb: WorkbookFile) -> None:
    for n, text in enumerate("abc"):
        ops.add(wb, model.Mission(text=text, position=n))
    missions = rows.select(wb.db, model.Mission)
    change = ops.reorder(wb, model.Mission, missions, 0, 2)
    assert [m.text for m in rows.select(wb.db, model.Mission)] == ["b", "c", "a"]
    assert not ops.reorder(wb, model.Mission, missions, 0, -1)
    ops.revert(wb, change)
    assert [m.text for m in rows.select(wb.db, model.Mission)] == ["a", "b", "c"]
