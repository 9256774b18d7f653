"""Workbooks for the benchmarks: the Kota Madiun demo, the demo made N times larger, and a
tiny workbook for checking the benchmark runner itself."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from app import demo, model, workbooks
from app.ops import Action
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file

ROOT = Path(__file__).resolve().parent.parent


def work_folder(folder: Path) -> Path:
    """Return (and make) the folder for a figure's working copies and outputs inside the
    cache ``folder``; the runner deletes it after every figure, so no copy, lock or -wal
    file outlives the figure that opened it."""
    work = folder / "work"
    work.mkdir(parents=True, exist_ok=True)
    return work


# Record classes copied when a workbook is scaled, with the fields pointing at copied rows:
# everything a facilitator's workbook grows with (people, cards, goals, programmes and
# all that hangs on a programme), so "x10" is ten times the data, not ten times one table.
_COPIED: tuple[tuple[type[model.Record], tuple[str, ...]], ...] = (
    (model.Person, ()),
    (model.Attendance, ("person_id",)),
    (model.Card, ()),
    (model.Goal, ()),
    (model.GoalTarget, ("goal_id",)),
    (model.Programme, ()),
    (model.Budget, ("programme_id",)),
    (model.Kpi, ("programme_id",)),
    (model.KpiTarget, ("kpi_id",)),
    (model.ProgrammePartner, ("programme_id",)),
    (model.Milestone, ("programme_id",)),
    (model.Dependency, ("programme_id", "predecessor_id")),
    (model.ProgrammeOrigin, ("programme_id", "card_id")),
)


def _made(path: Path, make: Callable[[Path], None]) -> Path:
    """Return ``path``, made first by ``make(temporary)`` and renamed (a run cut short leaves
    no half-made workbook to be reused)."""
    if not path.exists():
        part = path.with_name(path.stem + "-part.rencana")
        part.unlink(missing_ok=True)
        make(part)
        part.replace(path)
    return path


def demo_file(path: Path) -> Path:
    """Write the demo to ``path`` (once) and return the path."""
    return _made(path, lambda p: demo.write_demo(p).close())


def tiny_file(path: Path) -> Path:
    """Write (once) a tiny workbook: two people, three cards, two programmes with budgets."""
    book = model.Workbook(region="Kota Kecil", plan_start=2019, plan_end=2024)
    return _made(path, lambda p: workbooks.new_workbook(p, book, fill=_fill_tiny).close())


def _fill_tiny(wb: WorkbookFile) -> None:
    dims = rows.select(wb.db, model.Dimension)
    source = rows.select(wb.db, model.FundingSource)[0].id
    with Action(wb, "Tiny workbook") as act:
        for n, name in enumerate(("Sari Dewi", "Budi Santoso")):
            act.put(model.Person(name=name, position=f"Staf {n}"))
        for n in range(3):
            act.put(model.Card(kind="idea", text=f"Ide {n}", dimension_id=dims[n].id))
        for n in range(2):
            pid = act.put(model.Programme(code=f"{dims[n].code}-00{n + 1}", name=f"Program {n}",
                                          dimension_id=dims[n].id, start_year=2020,
                                          end_year=2022))
            act.put(model.Budget(id=model.natural_id("budgets", pid, 2020, source),
                                 programme_id=pid, year=2020, source_id=source,
                                 amount=100_000_000))


def base_file(folder: Path, tiny: bool) -> Path:
    """Return the benchmark's everyday workbook in ``folder``: the demo, or the tiny one."""
    return tiny_file(folder / "tiny.rencana") if tiny else demo_file(folder / "demo.rencana")


def scaled_file(folder: Path, tiny: bool, factor: int) -> Path:
    """Return ``base_file`` with people, cards and programmes copied ``factor`` times."""
    base = base_file(folder, tiny)
    return _made(folder / f"{base.stem}-x{factor}.rencana",
                 lambda p: _scale(open_copy(base, p), factor))


def scaled_demo(path: Path, factor: int) -> Path:
    """Write the demo with people, cards and programmes copied ``factor`` times; return path."""
    return _made(path, lambda p: _scale(demo.write_demo(p), factor))


def _scale(wb: WorkbookFile, factor: int) -> None:
    try:
        for copy in range(1, factor):
            _copy_once(wb, copy)
    finally:
        wb.close()


def _copy_once(wb: WorkbookFile, copy: int) -> None:
    with Action(wb, f"Scale x{copy}") as act:
        for cls, links in _COPIED:
            for record in rows.select(wb.db, cls):
                if "~" in record.id or any("~" in str(getattr(record, n)) for n in links):
                    continue  # a copy made by an earlier round
                act.put(_copied(record, copy, links))


def _copied(record: model.Record, copy: int, links: tuple[str, ...]) -> model.Record:
    changes: dict[str, object] = {"id": f"{record.id}~{copy}"}
    for name in links:
        if getattr(record, name) is not None:  # an origin's card, when it has one
            changes[name] = f"{getattr(record, name)}~{copy}"
    if isinstance(record, model.Programme):
        changes["code"] = f"{record.code}.{copy}"
    if isinstance(record, model.Attendance):
        changes["id"] = model.natural_id("attendance", record.session_id,
                                         changes["person_id"], record.day)
    return dataclasses.replace(record, **changes)


def open_copy(path: Path, target: Path) -> WorkbookFile:
    """Copy a workbook file to ``target`` and open the copy (benchmarks never touch originals)."""
    target.write_bytes(path.read_bytes())
    return open_file(target)
