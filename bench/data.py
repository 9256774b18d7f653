"""Workbooks for the benchmarks: the Kota Madiun demo, and the demo made N times larger."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app import demo, model
from app.ops import Action
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file

# Record classes copied when a workbook is scaled, with the fields pointing at copied rows.
_COPIED: tuple[tuple[type[model.Record], tuple[str, ...]], ...] = (
    (model.Person, ()),
    (model.Attendance, ("person_id",)),
    (model.Card, ()),
    (model.Programme, ()),
    (model.Budget, ("programme_id",)),
    (model.Kpi, ("programme_id",)),
    (model.KpiTarget, ("kpi_id",)),
    (model.ProgrammePartner, ("programme_id",)),
)


def demo_file(path: Path) -> Path:
    """Write the demo to ``path`` (once) and return the path."""
    if not path.exists():
        demo.write_demo(path).close()
    return path


def scaled_demo(path: Path, factor: int) -> Path:
    """Write the demo with people, cards and programmes copied ``factor`` times; return path."""
    if path.exists():
        return path
    wb = demo.write_demo(path)
    try:
        for copy in range(1, factor):
            _copy_once(wb, copy)
    finally:
        wb.close()
    return path


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
