"""Ids of the records an import adds: derived from what identifies them, the same on every laptop.

The same worksheet imported on two laptops must add the same programmes, KPIs,
people, organisations and teams, so that a merge matches them by id instead of
keeping two of each (SB-08 and SB-08-2). A random id per import cannot do that.
"""

from __future__ import annotations

from typing import Any

from app import model, ops
from app.storage import rows


def imported_id(table: str, *parts: Any) -> str:
    """Return the id of a record an import adds, from what identifies it (same on every laptop)."""
    return model.natural_id(table, "import", *(str(p).casefold() for p in parts))


def put_or_update(wb: Any, act: ops.Action, record: model.Record, **fields: Any) -> str:
    """Update the live record with ``record``'s id by ``fields``, or store ``record``; return id.

    A record an earlier import added (and someone renamed since) is updated, never replaced.
    """
    if rows.get(wb.db, type(record), record.id) is not None:
        act.update(type(record), record.id, **fields)
    else:
        act.put(record)
    return record.id
