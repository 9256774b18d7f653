"""Helpers for merge tests: copies of one workbook edited as different laptops."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from app import dump, model, ops
from app.storage import queries_merge, rows, safe
from app.storage.workbook import WorkbookFile, open_file


def open_as(path: Path, device: str) -> WorkbookFile:
    """Open a workbook as the laptop ``device`` (every write carries that device)."""
    wb = open_file(path)
    wb.device = device
    return wb


def make_copies(base: WorkbookFile, folder: Path, count: int) -> list[Path]:
    """Close ``base`` and return ``count`` copies of it, as if handed out on USB sticks."""
    base.close()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"team{n}.rencana"
        shutil.copyfile(base.path, path)
        paths.append(path)
    return paths


def dump_of(path: Path) -> str:
    """Return the canonical dump of the workbook at ``path``."""
    db = safe.load_copy(path)
    try:
        return dump.dumps(db)
    finally:
        db.conn.close()


def stored(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Return every stored row of every table (bookkeeping included) of the file at ``path``."""
    db = safe.load_copy(path)
    try:
        return {cls.TABLE: queries_merge.all_rows(db, cls.TABLE) for cls in model.RECORDS}
    finally:
        db.conn.close()


def open_conflicts(path: Path) -> list[tuple[str, str, str, str]]:
    """Return (table, row id, field, other text) of the open conflicts stored in a file.

    Versions that differ only in when they were written (same value) are no conflict.
    """
    db = safe.load_copy(path)
    try:
        found = rows.select(db, model.Conflict, resolved=False)
        return sorted((c.table_name, c.row_id, c.field, c.other) for c in found
                      if c.field == "_deleted" or c.other != c.kept)
    finally:
        db.conn.close()


def file_hash(path: Path) -> str:
    """Return the SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Return {file name: hash} of every file in ``folder`` (sidecars included)."""
    return {p.name: file_hash(p) for p in sorted(folder.iterdir()) if p.is_file()}


def first_dimension(wb: WorkbookFile) -> str:
    """Return the id of the workbook's first dimension."""
    return rows.select(wb.db, model.Dimension)[0].id


def add_programme(wb: WorkbookFile, name: str, code: str = "", **fields: Any) -> str:
    """Add a programme (2020-2022) in the first dimension; return its id."""
    record = model.Programme(name=name, code=code, dimension_id=first_dimension(wb),
                             start_year=2020, end_year=2022, **fields)
    return ops.add(wb, record)[1]


def bump(wb: WorkbookFile, times: int) -> None:
    """Advance the workbook's Lamport clock by making (and undoing) edits elsewhere.

    The last edit puts the original value back: laptops that bump do not disagree.
    """
    book = rows.select(wb.db, model.Workbook)[0]
    for n in range(max(times - 1, 1)):
        ops.update(wb, model.Workbook, book.id, head_title=f"bump {n}")
    ops.update(wb, model.Workbook, book.id, head_title=book.head_title)
