"""``main.py check``: is a file a sound workbook, which version, and what does it hold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import model
from app.errors import DamagedWorkbook
from app.storage import safe, schema
from app.storage.workbook import read_header


@dataclass(frozen=True)
class Report:
    """What ``check`` found in a sound workbook."""

    version: int
    counts: dict[str, int]

    def lines(self) -> list[str]:
        """Return the report as lines of text."""
        head = [f"schema version {self.version} (this Rencana: {schema.SCHEMA_VERSION})",
                "integrity ok"]
        return head + [f"{table}: {n}" for table, n in self.counts.items()]


def check_file(path: Path) -> Report:
    """Check the workbook at ``path`` without modifying it; raise WorkbookError on a problem."""
    _app_id, version = read_header(path)
    db = safe.load_copy(path, migrate=False)
    try:
        rows = db.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            raise DamagedWorkbook("{name} is damaged: {detail}.", name=path.name,
                                  detail="; ".join(str(r[0]) for r in rows[:3]))
        counts = {
            cls.TABLE: int(db.execute(
                f"SELECT count(*) FROM [{cls.TABLE}] WHERE _deleted = 0").fetchone()[0])
            for cls in model.RECORDS
        }
    finally:
        db.conn.close()
    return Report(version, counts)
