"""Merge rules: newest (revision, device) wins, deletions win, texts keep both, codes unique."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from app import merge, model, ops
from app.errors import WorkbookError
from app.merge import resolve as merge_resolve
from app.storage import queries_merge, rows, safe
from app.storage.workbook import WorkbookFile
from tests.merge_support import (
    add_programme,
    bump,
    dump_of,
    file_hash,
    folder_state,
    make_copies,
    open_as,
    open_conflicts,
    stored,
)


@pytest.fixture
def base(wb: WorkbookFile) -> tuple[WorkbookFile, str]:
    """A workbook with one programme, ready to be copied to laptops."""
    return wb, add_programme(wb, "Smart parking", code="SG-01", description="Base text.")


def _merge(tmp_path: Path, inputs: list[Path], name: str = "merged") -> Path:
    out = tmp_path / f"{name}.rencana"
    merge.merge_files(out, inputs)
    return out


def test_newest_revision_wins_in_every_order(base, tmp_path):
    wb, pid = base
    a_path, b_path = make_copies(wb, tmp_path / "usb", 2)
    with open_as(a_path, "laptop-a") as a:
        ops.update(a, model.Programme, pid, name="Parking A")
    with open_as(b_path, "laptop-b") as b:
        bump(b, 3)
        ops.update(b, model.Programme, pid, name="Parking B")
    ab, ba = _merge(tmp_path, [a_path, b_path], "ab"), _merge(tmp_path, [b_path, a_path], "ba")
    assert dump_of(ab) == dump_of(ba)
    assert '"name": "Parking B"' in dump_of(ab)  # B wrote later in Lamport order


def test_equal_clocks_are_broken_by_the_value(base, tmp_path):
    wb, pid = base
    a_path, b_path = make_copies(wb, tmp_path / "usb", 2)
    for path, name in ((a_path, "Zebra"), (b_path, "Apple")):
        with open_as(path, "same-laptop") as laptop:
            ops.update(laptop, model.Programme, pid, name=name)
    ab, ba = _merge(tmp_path, [a_path, b_path], "ab"), _merge(tmp_path, [b_path, a_path], "ba")
    assert dump_of(ab) == dump_of(ba)
    assert '"name": "Zebra"' in dump_of(ab)


def test_wall_clock_skew_does_not_change_the_result(base, tmp_path, monkeypatch):
    wb, pid = base
    paths = make_copies(wb, tmp_path / "usb", 4)
    for skew, (path, device) in zip(("2031-01-02T00:00:00+00:00", "2001-01-01T00:00:00+00:00"),
                                    ((paths[0], "laptop-a"), (paths[1], "laptop-b")),
                                    strict=True):
        monkeypatch.setattr(rows, "now", lambda skew=skew: skew)
        with open_as(path, device) as laptop:
            ops.update(laptop, model.Programme, pid, description=f"Text from {device}.")
            ops.update(laptop, model.Programme, pid, name=f"Name {device}")
    monkeypatch.undo()
    for path, device in ((paths[2], "laptop-a"), (paths[3], "laptop-b")):
        with open_as(path, device) as laptop:  # the same edits with a correct clock
            ops.update(laptop, model.Programme, pid, description=f"Text from {device}.")
            ops.update(laptop, model.Programme, pid, name=f"Name {device}")
    skewed = _merge(tmp_path, [paths[0], paths[1]], "skewed")
    right = _merge(tmp_path, [paths[3], paths[2]], "right")
    assert dump_of(skewed) == dump_of(right)
    assert open_conflicts(skewed) == open_conflicts(right) != []


def test_deletion_wins_over_older_and_newer_edits(base, tmp_path):
    wb, pid = base
    old_edit, deleter, new_edit = make_copies(wb, tmp_path / "usb", 3)
    with open_as(old_edit, "laptop-a") as a:
        ops.update(a, model.Programme, pid, name="Edited before the deletion")
    with open_as(deleter, "laptop-b") as b:
        bump(b, 2)
        ops.delete(b, model.Programme, pid)
    with open_as(new_edit, "laptop-c") as c:
        bump(c, 10)
        ops.update(c, model.Programme, pid, name="Edited after the deletion")
    for order in itertools.permutations([old_edit, deleter]):
        out = _merge(tmp_path, list(order), "old" + order[0].stem)
        assert "Smart parking" not in dump_of(out) and "Edited" not in dump_of(out)
        assert open_conflicts(out) == []  # an older edit lost to the deletion: nothing to tell
    newer = _merge(tmp_path, [new_edit, deleter], "newer")
    assert "Edited after" not in dump_of(newer)
    assert open_conflicts(newer) == [("programmes", pid, "_deleted", "")]


def test_restoring_a_deleted_record_brings_back_what_went_with_it(base, tmp_path):
    wb, pid = base
    kpi = ops.add(wb, model.Kpi(programme_id=pid, indicator="Occupancy"))[1]
    deleter, editor = make_copies(wb, tmp_path / "usb", 2)
    with open_as(deleter, "laptop-a") as a:
        ops.delete(a, model.Programme, pid)
    with open_as(editor, "laptop-b") as b:
        bump(b, 5)
        ops.update(b, model.Programme, pid, aim="A newer aim.")
    out = _merge(tmp_path, [deleter, editor])
    with open_as(out, "facilitator") as merged:
        [conflict] = merge_resolve.open_conflicts(merged)
        assert conflict.is_deletion
        change = merge_resolve.resolve(merged, conflict.id, merge_resolve.RESTORE)
        assert rows.get(merged.db, model.Programme, pid).aim == "A newer aim."
        assert rows.get(merged.db, model.Kpi, kpi) is not None
        assert merge_resolve.open_conflicts(merged) == []
        ops.revert(merged, change)
        assert rows.get(merged.db, model.Programme, pid) is None


def test_keeping_a_deletion_settles_it_for_later_merges(base, tmp_path):
    wb, pid = base
    deleter, editor = make_copies(wb, tmp_path / "usb", 2)
    with open_as(deleter, "laptop-a") as a:
        ops.delete(a, model.Programme, pid)
    with open_as(editor, "laptop-b") as b:
        bump(b, 5)
        ops.update(b, model.Programme, pid, aim="A newer aim.")
    out = _merge(tmp_path, [deleter, editor])
    with open_as(out, "facilitator") as merged:
        [conflict] = merge_resolve.open_conflicts(merged)
        merge_resolve.resolve(merged, conflict.id, merge_resolve.KEEP_DELETED)
        assert rows.get(merged.db, model.Programme, pid) is None
    again = _merge(tmp_path, [out, editor, deleter], "again")
    assert open_conflicts(again) == [] and "Smart parking" not in dump_of(again)


def test_rows_added_under_a_record_deleted_elsewhere_go_with_it(base, tmp_path):
    wb, pid = base
    deleter, adder = make_copies(wb, tmp_path / "usb", 2)
    with open_as(deleter, "laptop-a") as a:
        deletion = ops.delete(a, model.Programme, pid)
    with open_as(adder, "laptop-b") as b:
        ops.add(b, model.Kpi(programme_id=pid, indicator="Added meanwhile"))
    merged = _merge(tmp_path, [deleter, adder])
    assert "Added meanwhile" not in dump_of(merged)
    with open_as(deleter, "laptop-a") as a:  # laptop A undoes its deletion later
        ops.revert(a, deletion)
    later = _merge(tmp_path, [merged, deleter], "later")
    flat = _merge(tmp_path, [deleter, adder], "flat")
    assert dump_of(later) == dump_of(flat)
    assert "Added meanwhile" in dump_of(later)


def test_long_text_changed_on_two_laptops_keeps_both(base, tmp_path):
    wb, pid = base
    a_path, b_path = make_copies(wb, tmp_path / "usb", 2)
    with open_as(a_path, "laptop-a") as a:
        ops.update(a, model.Programme, pid, description="Team A's text.")
    with open_as(b_path, "laptop-b") as b:
        ops.update(b, model.Programme, pid, description="Team B's text.")
    report = merge.preview([a_path, b_path])
    assert [n.field for n in report.conflicts] == ["description"]
    out = _merge(tmp_path, [a_path, b_path])
    assert open_conflicts(out) == [("programmes", pid, "description", "Team A's text.")]
    assert open_conflicts(_merge(tmp_path, [b_path, a_path], "ba")) == open_conflicts(out)
    with open_as(out, "facilitator") as merged:
        [conflict] = merge_resolve.open_conflicts(merged)
        assert (conflict.current, conflict.other) == ("Team B's text.", "Team A's text.")
        change = merge_resolve.resolve(merged, conflict.id, merge_resolve.KEEP_BOTH)
        text = rows.get(merged.db, model.Programme, pid).description
        assert text == "Team B's text.\n\nTeam A's text."
        assert merge_resolve.open_conflicts(merged) == []
        ops.revert(merged, change)
        assert len(merge_resolve.open_conflicts(merged)) == 1
        merge_resolve.resolve(merged, conflict.id, merge_resolve.KEEP_OTHER)
        assert rows.get(merged.db, model.Programme, pid).description == "Team A's text."
    settled = _merge(tmp_path, [out, a_path, b_path], "settled")
    assert open_conflicts(settled) == []
    assert '"description": "Team A\'s text."' in dump_of(settled)


def test_overwriting_a_merged_text_is_not_a_conflict(base, tmp_path):
    wb, pid = base
    team, master = make_copies(wb, tmp_path / "usb", 2)
    with open_as(team, "laptop-a") as a:
        ops.update(a, model.Programme, pid, description="Team text.")
    with open_as(master, "facilitator") as w:
        merge.merge_into(w, [team])
        ops.update(w, model.Programme, pid, description="Facilitator's rewrite.")
    again = _merge(tmp_path, [master, team])
    assert open_conflicts(again) == []
    assert "Facilitator's rewrite." in dump_of(again)


def test_codes_given_out_twice_are_made_unique(base, tmp_path):
    wb, _pid = base
    a_path, b_path = make_copies(wb, tmp_path / "usb", 2)
    with open_as(a_path, "laptop-a") as a:
        first = add_programme(a, "Bus tracker", code="SG-07")
    with open_as(b_path, "laptop-b") as b:
        bump(b, 2)
        second = add_programme(b, "Flood sensors", code="SG-07")
        add_programme(b, "Taken", code="SG-07-2")
    out = _merge(tmp_path, [b_path, a_path])
    db = safe.load_copy(out)
    codes = {p.id: p.code for p in rows.select(db, model.Programme)}
    assert codes[first] == "SG-07" and codes[second] == "SG-07-3"
    report = merge.preview([a_path, b_path])
    assert [(r.old, r.new) for r in report.renames] == [("SG-07", "SG-07-3")]
    assert dump_of(_merge(tmp_path, [out, a_path, b_path], "again")) == dump_of(out)


def test_output_clock_is_at_least_every_input_clock(base, tmp_path):
    wb, _pid = base
    a_path, b_path = make_copies(wb, tmp_path / "usb", 2)
    with open_as(b_path, "laptop-b") as b:
        bump(b, 7)
        clock_b = queries_merge.clock(b.db)
    out = _merge(tmp_path, [a_path, b_path])
    assert queries_merge.clock(safe.load_copy(out)) >= clock_b


def test_merge_never_touches_its_inputs(base, tmp_path):
    wb, pid = base
    a_path, b_path = make_copies(wb, tmp_path / "usb", 2)
    with open_as(a_path, "laptop-a") as a:
        ops.update(a, model.Programme, pid, description="A")
    before = folder_state(tmp_path / "usb")
    _merge(tmp_path, [a_path, b_path])
    assert folder_state(tmp_path / "usb") == before


def test_merging_a_file_with_itself_changes_nothing(demo_file, tmp_path):
    out = _merge(tmp_path, [demo_file, demo_file])
    assert dump_of(out) == dump_of(demo_file)
    assert stored(out) == stored(demo_file)
    assert merge.preview([demo_file, out]).changes == 0


def test_the_target_must_be_new_and_not_an_input(demo_file, tmp_path):
    existing = tmp_path / "existing.rencana"
    existing.write_bytes(b"keep me")
    with pytest.raises(WorkbookError, match="already exists"):
        merge.merge_files(existing, [demo_file])
    with pytest.raises(WorkbookError, match="cannot be one of the files"):
        merge.merge_files(demo_file, [demo_file])
    assert existing.read_bytes() == b"keep me"


def test_merge_into_the_open_workbook_is_one_exact_step(base, tmp_path):
    wb, pid = base
    master, team = make_copies(wb, tmp_path / "usb", 2)
    with open_as(team, "laptop-a") as a:
        ops.update(a, model.Programme, pid, description="From the team.")
        add_programme(a, "New from the team", code="SG-09")
    flat = _merge(tmp_path, [master, team])
    with open_as(master, "facilitator") as w:
        before = {cls.TABLE: queries_merge.all_rows(w.db, cls.TABLE) for cls in model.RECORDS}
        report = merge.preview_into(w, [team])
        step = merge.merge_into(w, [team])
        assert report == step.report and step.change.tables() == {"programmes"}
        assert merge.preview_into(w, [team]).changes == 0
        merge.undo_step(w, step)
        after_undo = {cls.TABLE: queries_merge.all_rows(w.db, cls.TABLE) for cls in model.RECORDS}
        assert after_undo == before
        merge.redo_step(w, step)
        file_hash(team)
    assert {t: r for t, r in stored(master).items()} == stored(flat)


def test_kinds_of_record_are_named_where_their_table_is_declared():
    """The merge report names a table by the label its record class carries (app.model)."""
    from app.merge.report import table_label

    assert model.Programme.LABEL == ("Programmes", "Program")
    assert (table_label("programmes", "en"), table_label("programmes", "id")) == (
        "Programmes", "Program")
    assert table_label("kpi_targets", "id") == "Target IKU"
    assert table_label("no_such_table", "en") == "no_such_table"
