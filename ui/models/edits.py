"""Compound edits the table pages share: delete without dangling references, and reordering."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app import model, ops
from app.storage import rows
from app.storage.workbook import WorkbookFile


def _references(table: str) -> list[tuple[type[model.Record], str]]:
    """Return (class, field) of every optional reference to rows of ``table``."""
    return [(cls, name) for cls in model.RECORDS for name, rule in cls.rules().items()
            if rule.ref == table and not rule.owner]


def delete_detached(wb: WorkbookFile, cls: type[model.Record], row_id: str,
                    label: str = "") -> ops.Change:
    """Delete a record and what it owns, first clearing the references other rows hold to it.

    Deleting an organisation leaves its people without an organisation (rather
    than pointing at a deleted one); undo puts everything back in one step.
    Raises ValidationError when a required reference would be cleared.
    """
    with ops.Action(wb, label or f"Delete {cls.TABLE}") as act:
        for other, field in _references(cls.TABLE):
            for record in rows.select(wb.db, other, **{field: row_id}):
                act.update(other, record.id, **{field: None})
        act.delete(cls, row_id)
    return act.change


def next_position(records: Sequence[Any]) -> int:
    """Return the position after the last of ``records`` (0 when there are none)."""
    return max((r.position for r in records), default=-1) + 1


def move(wb: WorkbookFile, cls: type[model.Record], records: Sequence[Any], index: int,
         delta: int, label: str = "") -> ops.Change:
    """Move ``records[index]`` by ``delta`` places; renumber positions 0, 1, 2, ... in one step.

    Returns an empty Change when the move would leave the list.
    """
    target = index + delta
    if not (0 <= index < len(records) and 0 <= target < len(records)):
        return ops.Change(label)
    order = list(records)
    order.insert(target, order.pop(index))
    with ops.Action(wb, label or f"Move {cls.TABLE}") as act:
        for position, record in enumerate(order):
            if record.position != position:
                act.update(cls, record.id, position=position)
    return act.change
