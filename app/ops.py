"""Reversible operations: every write a user can make, each one transaction that can be undone.

An operation validates its input, applies a ``Change`` (the before and after
state of every row it touches) in one transaction, and returns it;
``revert(wb, change)`` writes the before states back as new revisions, and
``apply(wb, change)`` redoes it. Undo/redo in the window and every other writer
go through here; nothing else writes user rows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypeVar

from app import model, validate
from app.errors import ValidationError
from app.storage import rows
from app.storage.workbook import WorkbookFile

R = TypeVar("R", bound=model.Record)


@dataclass(frozen=True)
class RowState:
    """A row's user fields and tombstone at one moment."""

    values: dict[str, Any]
    deleted: bool


@dataclass(frozen=True)
class RowChange:
    """One row before and after an operation (``before`` None: the row did not exist)."""

    table: str
    id: str
    before: RowState | None
    after: RowState

    def inverse(self) -> RowChange:
        """Return the change that puts the row back as it was."""
        before = self.before or RowState(self.after.values, deleted=True)
        return RowChange(self.table, self.id, self.after, before)


@dataclass(frozen=True)
class Change:
    """What one user action did: a label for the undo menu and the rows it changed."""

    label: str
    rows: tuple[RowChange, ...] = ()

    def inverse(self) -> Change:
        """Return the change that undoes this one."""
        return Change(self.label, tuple(rc.inverse() for rc in reversed(self.rows)))

    def tables(self) -> set[str]:
        """Return the tables this change touched."""
        return {rc.table for rc in self.rows}

    def __bool__(self) -> bool:
        return bool(self.rows)


def apply(wb: WorkbookFile, change: Change) -> Change:
    """Write the after state of every row of ``change`` in one transaction; return it."""
    with wb.atomic() as db:
        for rc in change.rows:
            rows.write(db, rc.table, rc.id, rc.after.values,
                       deleted=rc.after.deleted, device=wb.device)
    return change


def revert(wb: WorkbookFile, change: Change) -> Change:
    """Undo ``change`` in one transaction; return the inverse that was applied."""
    return apply(wb, change.inverse())


def context(wb: WorkbookFile) -> validate.Context:
    """Return the validation context of the workbook (plan period, rating scale, live ids)."""
    found = rows.select(wb.db, model.Workbook)
    book = found[0] if found else model.Workbook()
    return validate.Context(book.plan_start, book.plan_end, book.rating_max,
                            lambda table, row_id: rows.exists(wb.db, table, row_id))


def _state(wb: WorkbookFile, table: str, row_id: str) -> RowState | None:
    row = rows.raw(wb.db, table, row_id)
    if row is None:
        return None
    cls = model.BY_TABLE[table]
    return RowState({name: row[name] for name in cls.rules()}, bool(row["_deleted"]))


def _stored(record: model.Record) -> dict[str, Any]:
    return {k: int(v) if isinstance(v, bool) else v for k, v in record.values().items()}


# -- planning row changes (no writes) ------------------------------------------------


def plan_put(wb: WorkbookFile, record: model.Record,
             ctx: validate.Context | None = None) -> list[RowChange]:
    """Return the change that stores ``record`` (new, revived or replaced), validated."""
    record = validate.check(record, ctx or context(wb))
    row_id = record.id or model.new_id()
    after = RowState(_stored(record), deleted=False)
    before = _state(wb, record.TABLE, row_id)
    if before == after:
        return []
    return [RowChange(record.TABLE, row_id, before, after)]


def plan_update(wb: WorkbookFile, cls: type[R], row_id: str, **fields: Any) -> list[RowChange]:
    """Return the change that sets ``fields`` of a live record; raise if it is gone."""
    current = rows.get(wb.db, cls, row_id)
    if current is None:
        raise ValidationError("This item no longer exists.")
    return plan_put(wb, dataclasses.replace(current, **fields))


def plan_delete(wb: WorkbookFile, table: str, row_id: str) -> list[RowChange]:
    """Return the change that tombstones a row and what it owns, and detaches what refers to it.

    Rows owned by the deleted one (a programme's budgets) are deleted with it;
    optional references to it (a person's organisation) are cleared, so nothing
    points at a deleted row. Raises ValidationError when a live row needs it (a
    programme needs its dimension, a budget its funding source).
    """
    deleting = _owned_tree(wb, table, row_id)
    changes = [RowChange(t, i, state, RowState(state.values, deleted=True))
               for (t, i), state in deleting.items()]
    for (t, i) in deleting:
        changes += _detach(wb, t, i, deleting)
    return changes


def _owned_tree(wb: WorkbookFile, table: str, row_id: str,
                found: dict[tuple[str, str], RowState] | None = None
                ) -> dict[tuple[str, str], RowState]:
    """Return the live row and every live row it owns, recursively, with their states."""
    found = {} if found is None else found
    state = _state(wb, table, row_id)
    if state is None or state.deleted or (table, row_id) in found:
        return found
    found[(table, row_id)] = state
    for cls, field in model.owned_by(table):
        for child in rows.select(wb.db, cls, **{field: row_id}):
            _owned_tree(wb, cls.TABLE, child.id, found)
    return found


def _detach(wb: WorkbookFile, table: str, row_id: str,
            deleting: dict[tuple[str, str], RowState]) -> list[RowChange]:
    changes = []
    for cls, field, rule in model.referring_to(table):
        for other in rows.select(wb.db, cls, **{field: row_id}):
            if (cls.TABLE, other.id) in deleting:
                continue
            if rule.required:
                raise ValidationError(
                    "It is still used by {count} rows of {what}; change or delete those first.",
                    count=rows.count(wb.db, cls, **{field: row_id}), what=cls.TABLE)
            before = _state(wb, cls.TABLE, other.id)
            assert before is not None
            after = RowState({**before.values, field: None}, deleted=False)
            changes.append(RowChange(cls.TABLE, other.id, before, after))
    return changes


class Action:
    """Several writes made as one user action: one transaction, one Change, one undo step.

    Use as ``with ops.Action(wb, "Make programme") as act: act.put(...); act.put(...)``;
    each write is applied at once (so later ones can refer to earlier rows) and
    all roll back together if any fails. ``act.change`` is the result.
    """

    def __init__(self, wb: WorkbookFile, label: str) -> None:
        self.wb = wb
        self.label = label
        self.change = Change(label)
        self._rows: list[RowChange] = []
        self._atomic: Any = None
        self._context: validate.Context | None = None  # one lookup of the plan per action

    def __enter__(self) -> Action:
        self._atomic = self.wb.atomic()
        self._atomic.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._atomic.__exit__(*exc)
        if exc[0] is None:
            self.change = Change(self.label, _first_before_last_after(self._rows))

    def _apply(self, plan: list[RowChange]) -> None:
        for rc in plan:
            rows.write(self.wb.db, rc.table, rc.id, rc.after.values,
                       deleted=rc.after.deleted, device=self.wb.device)
        self._rows += plan

    @property
    def written(self) -> int:
        """Return how many row writes the action has made so far."""
        return len(self._rows)

    def put(self, record: R) -> str:
        """Add or replace ``record``; return its id (a fresh one if it had none)."""
        if not record.id:
            record = dataclasses.replace(record, id=model.new_id())
        if self._context is None or isinstance(record, model.Workbook):
            self._context = context(self.wb)  # the plan period may change with the workbook
        self._apply(plan_put(self.wb, record, self._context))
        if isinstance(record, model.Workbook):
            self._context = None
        return record.id

    def update(self, cls: type[R], row_id: str, **fields: Any) -> None:
        """Set some fields of a live record."""
        self._apply(plan_update(self.wb, cls, row_id, **fields))

    def delete(self, cls: type[model.Record], row_id: str) -> None:
        """Delete a record and what it owns."""
        self._apply(plan_delete(self.wb, cls.TABLE, row_id))


def _first_before_last_after(changes: list[RowChange]) -> tuple[RowChange, ...]:
    """Fold several changes of one row into one: its first before and its last after."""
    folded: dict[tuple[str, str], RowChange] = {}
    for rc in changes:
        key = (rc.table, rc.id)
        first = folded.get(key)
        folded[key] = rc if first is None else RowChange(rc.table, rc.id, first.before, rc.after)
    return tuple(folded.values())


# -- the operations ------------------------------------------------------------------


def put(wb: WorkbookFile, record: R, label: str = "") -> tuple[Change, str]:
    """Add or replace ``record``; return the Change and the record's id (new if it had none)."""
    with Action(wb, label or f"Save {record.TABLE}") as act:
        row_id = act.put(record)
    return act.change, row_id


def add(wb: WorkbookFile, record: R, label: str = "") -> tuple[Change, str]:
    """Add a new record (a fresh id unless it carries a natural one); return Change and id."""
    return put(wb, record, label or f"Add {record.TABLE}")


def update(wb: WorkbookFile, cls: type[R], row_id: str, label: str = "",
           **fields: Any) -> Change:
    """Change some fields of a live record; return the Change (empty when nothing changed)."""
    with Action(wb, label or f"Edit {cls.TABLE}") as act:
        act.update(cls, row_id, **fields)
    return act.change


def reorder(wb: WorkbookFile, cls: type[model.Record], records: list[Any], index: int,
            step: int, label: str = "") -> Change:
    """Move ``records[index]`` by ``step`` places and renumber positions 0, 1, 2, ...

    ``records`` are the live records of one ordered list (with a ``position``).
    Returns an empty Change when the move would leave the list.
    """
    target = index + step
    if not (0 <= index < len(records) and 0 <= target < len(records)):
        return Change(label)
    order = list(records)
    order.insert(target, order.pop(index))
    with Action(wb, label or f"Move {cls.TABLE}") as act:
        for position, record in enumerate(order):
            if record.position != position:
                act.update(cls, record.id, position=position)
    return act.change


def delete(wb: WorkbookFile, cls: type[model.Record], row_id: str, label: str = "") -> Change:
    """Delete a record and everything it owns (as tombstones); return the Change."""
    with Action(wb, label or f"Delete {cls.TABLE}") as act:
        act.delete(cls, row_id)
    return act.change
