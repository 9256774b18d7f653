"""Resolving the conflicts a merge listed, each as one undoable edit through app.ops.

Any field changed to different values on two laptops: keep the current value
or put the other one back; a long text can also keep both (the other appended
after a blank line). A record deleted on one
laptop and changed on another: keep it deleted, or restore it (with the records
that were deleted along with it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app import i18n, model, ops
from app.errors import ValidationError
from app.merge.report import readable, row_label
from app.merge.rules import DELETED, clock_entries
from app.merge.view import as_text, long_fields
from app.storage import queries_merge as q
from app.storage import rows
from app.storage.workbook import WorkbookFile

KEEP_CURRENT, KEEP_OTHER, KEEP_BOTH = "current", "other", "both"
KEEP_DELETED, RESTORE = "deleted", "restore"


@dataclass(frozen=True)
class OpenConflict:
    """A conflict shown to the facilitator: the record, the field and both texts."""

    id: str
    table: str
    row_id: str
    field: str
    label: str
    current: str
    other: str

    @property
    def is_deletion(self) -> bool:
        """Return whether the record was deleted on one laptop and changed on another."""
        return self.field == DELETED

    @property
    def can_keep_both(self) -> bool:
        """Return whether both values can be kept together (long texts only)."""
        cls = model.BY_TABLE.get(self.table)
        return cls is not None and self.field in long_fields(cls)


def open_conflicts(wb: WorkbookFile) -> list[OpenConflict]:
    """Return the unresolved conflicts of live records (or deleted ones, for deletions)."""
    found: list[OpenConflict] = []
    seen: set[tuple[str, str, str, str]] = set()
    for c in rows.select(wb.db, model.Conflict, resolved=False):
        row = rows.raw(wb.db, c.table_name, c.row_id) if c.table_name in model.BY_TABLE else None
        if row is None or not _visible(c, row) or (key := _key(c)) in seen:
            continue
        seen.add(key)
        current = "" if c.field == DELETED else as_text(row.get(c.field))

        def lookup(table: str, row_id: str) -> dict[str, Any] | None:
            return rows.raw(wb.db, table, row_id) if table in model.BY_TABLE else None

        found.append(OpenConflict(c.id, c.table_name, c.row_id, c.field, row_label(row),
                                  readable(c.table_name, c.field, current, lookup),
                                  readable(c.table_name, c.field, c.other, lookup)))
    return found


def _key(c: model.Conflict) -> tuple[str, str, str, str]:
    return (c.table_name, c.row_id, c.field, c.other)


def _visible(c: model.Conflict, row: dict[str, Any]) -> bool:
    if c.field == DELETED:
        return bool(row["_deleted"])
    return not row["_deleted"] and c.field in row and as_text(row[c.field]) != c.other


def resolve(wb: WorkbookFile, conflict_id: str, choice: str) -> ops.Change:
    """Resolve one conflict as the facilitator chose; return the Change (one undo step).

    Raises ValidationError when the conflict is gone or the choice does not fit it.
    """
    conflict = rows.get(wb.db, model.Conflict, conflict_id)
    if conflict is None or conflict.resolved:
        raise ValidationError("This item no longer exists.")
    if conflict.field == DELETED:
        return _resolve_deletion(wb, conflict, choice)
    return _resolve_text(wb, conflict, choice)


def _resolve_text(wb: WorkbookFile, conflict: model.Conflict, choice: str) -> ops.Change:
    cls = model.BY_TABLE[conflict.table_name]
    record = rows.get(wb.db, cls, conflict.row_id)
    if record is None or choice not in (KEEP_CURRENT, KEEP_OTHER, KEEP_BOTH):
        raise ValidationError("This item no longer exists.")
    if choice == KEEP_BOTH and conflict.field not in long_fields(cls):
        raise ValidationError("Only long texts can keep both versions.")
    current = as_text(rows.raw(wb.db, cls.TABLE, record.id)[conflict.field])  # type: ignore[index]
    with ops.Action(wb, "Resolve conflict") as act:
        if choice == KEEP_OTHER:
            act.update(cls, record.id, **{conflict.field: _typed(cls, conflict.field,
                                                                 conflict.other)})
        elif choice == KEEP_BOTH:
            both = f"{current.rstrip()}\n\n{conflict.other.lstrip()}"
            act.update(cls, record.id, **{conflict.field: both})
        for twin in _same_field(wb, conflict, {conflict.other, current}):
            act.update(model.Conflict, twin.id, resolved=True)
    return act.change


def _typed(cls: type[model.Record], name: str, text: str) -> Any:
    """Return a conflict's stored text as the field's own type (a year, an amount, a flag)."""
    kind = cls.rules()[name].kind
    if kind in ("int", "year", "money"):
        return int(text) if text.strip() else None
    if kind == "real":
        return float(text) if text.strip() else 0.0
    if kind == "bool":
        return text not in ("", "0", "False")
    if kind in ("ref", "date"):
        return text or None
    return text


def _same_field(wb: WorkbookFile, conflict: model.Conflict,
                values: set[str]) -> list[model.Conflict]:
    """Return the open conflict rows of the same field holding one of ``values``."""
    return [c for c in rows.select(wb.db, model.Conflict, resolved=False,
                                   table_name=conflict.table_name, row_id=conflict.row_id,
                                   field=conflict.field) if c.other in values]


def _resolve_deletion(wb: WorkbookFile, conflict: model.Conflict, choice: str) -> ops.Change:
    if choice == RESTORE:
        return _restore(wb, conflict)
    if choice != KEEP_DELETED:
        raise ValidationError("This item no longer exists.")
    row = rows.raw(wb.db, conflict.table_name, conflict.row_id)
    if row is None:
        raise ValidationError("This item no longer exists.")
    cls = model.BY_TABLE[conflict.table_name]
    values = {n: row[n] for n in cls.rules()}
    # Delete it again, now: a deletion newer than every edit is no longer in conflict.
    alive = ops.RowChange(cls.TABLE, row["id"], ops.RowState(values, True),
                          ops.RowState(values, False))
    gone = ops.RowChange(cls.TABLE, row["id"], ops.RowState(values, False),
                         ops.RowState(values, True))
    change = ops.Change("Resolve conflict", (alive, gone, _resolved(conflict)))
    return ops.apply(wb, change)


def _resolved(conflict: model.Conflict) -> ops.RowChange:
    values = {n: getattr(conflict, n) for n in model.Conflict.rules()}
    before = ops.RowState({**values, "resolved": 0}, False)
    return ops.RowChange(model.Conflict.TABLE, conflict.id, before,
                         ops.RowState({**values, "resolved": 1}, False))


def _restore(wb: WorkbookFile, conflict: model.Conflict) -> ops.Change:
    row = rows.raw(wb.db, conflict.table_name, conflict.row_id)
    if row is None:
        raise ValidationError("This item no longer exists.")
    with ops.Action(wb, "Restore deleted item") as act:
        _revive(wb, act, conflict.table_name, row, clock_entries(row).get(DELETED))
        act.update(model.Conflict, conflict.id, resolved=True)
    return act.change


def _revive(wb: WorkbookFile, act: ops.Action, table: str, row: dict[str, Any],
            deletion: list[Any] | None) -> None:
    """Bring back a row and the owned rows its deletion took with it."""
    cls = model.BY_TABLE[table]
    act.put(cls(id=row["id"], **{n: _value(cls, n, row[n]) for n in cls.rules()}))
    for child_cls, field in model.owned_by(table):
        for child in q.deleted_rows_owned_by(wb.db, child_cls.TABLE, field, row["id"]):
            if _deleted_with(child, deletion) and _owners_alive(wb, child_cls, child):
                _revive(wb, act, child_cls.TABLE, child, deletion)


def _value(cls: type[model.Record], name: str, value: Any) -> Any:
    return bool(value) if cls.rules()[name].kind == "bool" else value


def _deleted_with(child: dict[str, Any], deletion: list[Any] | None) -> bool:
    """Return whether ``child`` went with the deletion (same laptop, right after), or by merge."""
    entry = clock_entries(child).get(DELETED)
    if entry is None or len(entry) > 2:
        return True  # deleted only because its owner was: comes back with it
    return deletion is not None and entry[1] == deletion[1] and entry[0] >= deletion[0]


def _owners_alive(wb: WorkbookFile, cls: type[model.Record], row: dict[str, Any]) -> bool:
    return all(rows.exists(wb.db, str(r.ref), row[n]) for n, r in cls.rules().items()
               if r.owner and row[n] is not None)


i18n.register({
    "Resolve conflict": "Selesaikan konflik",
    "Restore deleted item": "Pulihkan item yang dihapus",
    "Only long texts can keep both versions.":
        "Hanya teks panjang yang dapat menyimpan kedua versi.",
})
