"""Merge never loses a value silently: every field two laptops set differently is listed."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import merge, model, ops, programmes
from app.merge import resolve as merge_resolve
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.helpers import run_cli
from tests.merge_support import add_programme, bump, dump_of, make_copies, open_as


@pytest.fixture
def base(wb: WorkbookFile) -> tuple[WorkbookFile, str, str]:
    """A workbook with one programme and one KPI, ready to be copied to laptops."""
    pid = add_programme(wb, "Smart parking", code="SG-01")
    kpi = programmes.add_kpi(wb, model.Kpi(programme_id=pid, indicator="Parkir daring"))[1]
    programmes.set_kpi_target(wb, kpi, 2021, "10")
    return wb, pid, kpi


def _target_id(kpi: str) -> str:
    return model.natural_id("kpi_targets", kpi, 2021)


@pytest.fixture
def teams(base: tuple[WorkbookFile, str, str], tmp_path: Path) -> tuple[list[Path], str, str]:
    """Three teams rename the programme; five teams set the 2021 KPI target differently."""
    wb, pid, kpi = base
    paths = make_copies(wb, tmp_path / "usb", 5)
    for n, path in enumerate(paths):
        with open_as(path, f"laptop-{n}") as laptop:
            bump(laptop, n + 1)
            if n < 3:
                ops.update(laptop, model.Programme, pid, name=f"Parking team {n}")
            programmes.set_kpi_target(laptop, kpi, 2021, str(20 + n))
    return paths, pid, kpi


def test_the_report_lists_every_competing_name_and_target_with_both_values(
        teams: tuple[list[Path], str, str], tmp_path: Path) -> None:
    paths = teams[0]
    out = tmp_path / "merged.rencana"
    report = merge.merge_files(out, paths)
    by_field: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for note in report.conflicts:
        by_field.setdefault((note.table, note.field), []).append((note.kept, note.other))
    names = by_field[("programmes", "name")]
    targets = by_field[("kpi_targets", "target")]
    assert {kept for kept, _ in names} == {"Parking team 2"}  # the later write still wins
    assert sorted(other for _, other in names) == ["Parking team 0", "Parking team 1"]
    assert {kept for kept, _ in targets} == {"24"}
    assert sorted(other for _, other in targets) == ["20", "21", "22", "23"]
    lines = "\n".join(report.lines("en"))
    assert "Conflicts to resolve in the window: 6" in lines
    assert ("Programmes «SG-01 Parking team 2»: Name was changed on two laptops; kept "
            "«Parking team 2», other «Parking team 0».") in lines


def test_the_listing_does_not_depend_on_the_order_of_the_files(
        teams: tuple[list[Path], str, str], tmp_path: Path) -> None:
    paths = teams[0][:3]
    dumps = set()
    listings = set()
    for n, order in enumerate(itertools.permutations(paths)):
        out = tmp_path / f"m{n}.rencana"
        report = merge.merge_files(out, list(order))
        dumps.add(dump_of(out))
        listings.add(tuple((c.table, c.field, c.kept, c.other) for c in report.conflicts))
    assert len(dumps) == 1 and len(listings) == 1


def test_the_command_line_prints_the_competing_values(
        teams: tuple[list[Path], str, str], tmp_path: Path) -> None:
    paths = teams[0]
    done = run_cli("merge", str(tmp_path / "m.rencana"), *map(str, paths),
                   env={"RENCANA_LANG": "id"})
    assert done.returncode == 0, done.stderr
    assert "Konflik yang perlu diselesaikan di jendela aplikasi: 6" in done.stdout
    assert "dipakai «24», yang lain «20»." in done.stdout


def test_a_change_made_after_seeing_the_other_is_no_conflict(base, tmp_path: Path) -> None:
    wb, pid, _kpi = base
    a_path, b_path = make_copies(wb, tmp_path / "usb", 2)
    with open_as(a_path, "laptop-a") as a:
        ops.update(a, model.Programme, pid, name="First name")
    between = tmp_path / "between.rencana"
    merge.merge_files(between, [a_path, b_path])
    with open_as(between, "laptop-b") as b:  # B has seen A's name, then renames
        ops.update(b, model.Programme, pid, name="Second name")
    report = merge.merge_files(tmp_path / "final.rencana", [a_path, between])
    assert report.conflicts == ()


def test_the_same_value_set_on_two_laptops_is_no_conflict(base, tmp_path: Path) -> None:
    wb, pid, _kpi = base
    paths = make_copies(wb, tmp_path / "usb", 2)
    for n, path in enumerate(paths):
        with open_as(path, f"laptop-{n}") as laptop:
            bump(laptop, n + 1)
            ops.update(laptop, model.Programme, pid, name="Agreed name", start_year=2021)
    assert merge.merge_files(tmp_path / "m.rencana", paths).conflicts == ()


def test_the_other_value_of_any_field_can_be_put_back(base, tmp_path: Path) -> None:
    """A year, an amount-like target and a name lost in the merge come back as typed values."""
    wb, pid, kpi = base
    master, team = make_copies(wb, tmp_path / "usb", 2)
    with open_as(team, "laptop-a") as laptop:
        ops.update(laptop, model.Programme, pid, name="Team name", start_year=2021)
        programmes.set_kpi_target(laptop, kpi, 2021, "55")
    with open_as(master, "facilitator") as own:
        bump(own, 5)
        ops.update(own, model.Programme, pid, name="Own name", start_year=2022)
        programmes.set_kpi_target(own, kpi, 2021, "77")
        merge.merge_into(own, [team])
        found = {(c.table, c.field): c for c in merge_resolve.open_conflicts(own)}
        assert {k: (c.current, c.other) for k, c in found.items()} == {
            ("programmes", "name"): ("Own name", "Team name"),
            ("programmes", "start_year"): ("2022", "2021"),
            ("kpi_targets", "target"): ("77", "55")}
        assert not found[("programmes", "name")].can_keep_both
        for conflict in found.values():
            merge_resolve.resolve(own, conflict.id, merge_resolve.KEEP_OTHER)
        programme = rows.get(own.db, model.Programme, pid)
        assert programme is not None
        assert (programme.name, programme.start_year) == ("Team name", 2021)
        target = rows.get(own.db, model.KpiTarget, _target_id(kpi))
        assert target is not None and target.target == "55"
        assert merge_resolve.open_conflicts(own) == []


def test_the_conflicts_dialog_lists_a_short_field_and_puts_the_other_value_back(
        base, tmp_path: Path, qtbot) -> None:
    from ui.conflicts_dialog import ConflictsDialog
    from ui.context import EditContext

    wb, pid, _kpi = base
    master, team = make_copies(wb, tmp_path / "usb", 2)
    with open_as(team, "laptop-a") as laptop:
        ops.update(laptop, model.Programme, pid, name="Team name")
    own = open_as(master, "facilitator")
    try:
        bump(own, 3)
        ops.update(own, model.Programme, pid, name="Own name")
        ctx = EditContext(own, "en")
        merge.merge_into(own, [team])
        dialog = ConflictsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
            "Programmes «SG-01 Own name»: Name was changed on two laptops; kept «Own name», "
            "other «Team name»."]
        assert (dialog.current.toPlainText(), dialog.other.toPlainText()) == (
            "Own name", "Team name")
        assert not dialog.buttons["both"].isVisible()
        with qtbot.waitSignal(ctx.changed):
            qtbot.mouseClick(dialog.buttons["other"], Qt.MouseButton.LeftButton)
        programme = rows.get(own.db, model.Programme, pid)
        assert programme is not None and programme.name == "Team name"
        assert dialog.list.count() == 0
    finally:
        own.close()
