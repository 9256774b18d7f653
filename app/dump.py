"""Canonical JSON of a workbook's user content, for diffing: same content, same bytes."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from app import model

if TYPE_CHECKING:
    import sqlite_utils


def content(db: sqlite_utils.Database) -> dict[str, list[dict[str, Any]]]:
    """Return {table: [row, ...]} of live user rows, without bookkeeping, sorted by id."""
    result: dict[str, list[dict[str, Any]]] = {}
    for cls in model.RECORDS:
        if not cls.IN_DUMP:
            continue
        names = ["id", *cls.rules()]
        cols = ", ".join(f"[{n}]" for n in names)
        cursor = db.execute(f"SELECT {cols} FROM [{cls.TABLE}] WHERE _deleted = 0 ORDER BY id")
        result[cls.TABLE] = [dict(zip(names, row, strict=True)) for row in cursor]
    return result


def dumps(db: sqlite_utils.Database) -> str:
    """Return the canonical JSON text of the workbook's user content."""
    return json.dumps(content(db), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
