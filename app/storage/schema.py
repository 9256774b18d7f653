"""The workbook schema: frozen, numbered migrations, and the schema each version must carry.

Every schema version ever released is frozen here as literal SQL, never derived
from ``app.model``: a file written five years ago by version 1 must be checked
against exactly what version 1 wrote, whatever the model says today.
``expected_schema(version)`` runs the frozen migrations 1..version on an empty
database and reads back what they made; ``safe.load_copy`` and
``workbook.open_file`` compare every file against it. ``MIGRATIONS[i]`` brings
a file from version ``i`` to ``i + 1``; ``SCHEMA_VERSION`` is their count.

How to add migration N (say 3) -- a shipped migration is NEVER edited:

1. Write ``app/storage/migrations/0003_what_it_does.sql``: literal DDL (and
   plain ``UPDATE``s if you need them), every statement ending with ``;`` at
   the end of a line, ``--`` comments on lines of their own. Write the SQL by
   hand, e.g. ``ALTER TABLE [kpi_targets] ADD COLUMN [value] REAL;`` or a
   ``CREATE TABLE`` with the bookkeeping columns written out as in
   ``0001_initial.sql`` (``_rev INTEGER DEFAULT 0``, ``_device TEXT``,
   ``_modified TEXT``, ``_deleted INTEGER DEFAULT 0``, ``_clock TEXT DEFAULT
   '{}'``) and an index on every reference column (``idx_<table>_<column>``).
   User columns carry no ``DEFAULT``: give existing rows their value with an
   ``UPDATE`` instead (app.model's default), so that the schema stays what
   the model describes.
2. If existing values must be converted (free text to numbers, one field
   split in two), write a Python step ``_m003(db)`` below that first calls
   ``run_sql(db, "0003_what_it_does.sql")`` and then converts with plain SQL
   through ``db.execute`` (no ``app.model``, no ``rows``: they change later;
   see ``_m002_kpi_evaluation``). Otherwise use ``sql_step("0003_...sql")``.
3. Append it to ``MIGRATIONS``. Migrations run in one transaction (all steps
   of an upgrade or none), in memory for merge inputs and read-only copies,
   and on disk only after the file was checked, migrated in memory and
   copied beside itself (``workbook.open_file``).
4. Change the record in ``app/model.py`` to match (new fields last is not
   required: columns are compared by name). ``tests/test_schema.py`` checks
   that the newest frozen schema equals what ``app.model`` describes (tables,
   columns, types, defaults, foreign keys, indexes); fix whichever is wrong.
5. When the version is released, add ``tests/fixtures/demo-vN.rencana``
   written by it (``uv run main.py demo``) and list it in ``tests/test_schema.py``.

``main.py dump`` lists every field the current model knows; an older file,
migrated, dumps every old value unchanged and its new fields at the values the
migration gave them (the model's default, or the converted value).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import model
from app.storage import database

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x52454E43  # "RENC"
BOOKKEEPING = {
    "_rev": int,  # Lamport clock of the latest write of this row
    "_device": str,  # device that made that write
    "_modified": str,  # wall-clock time of that write, for display only
    "_deleted": int,  # tombstone: 1 when the row is deleted
    "_clock": str,  # JSON {field: [rev, device]}: who last wrote each field (for merge)
}
META_TABLE = "_meta"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

_PY_TYPES = {
    "text": str, "int": int, "real": float, "number": float, "bool": int, "date": str,
    "year": int, "money": int, "ref": str, "choice": str,
}

Step = Callable[["sqlite_utils.Database"], None]


def columns(cls: type[model.Record]) -> dict[str, type]:
    """Return the Python types of the columns of a record class's table, bookkeeping included."""
    cols: dict[str, type] = {"id": str}
    cols.update({name: _PY_TYPES[rule.kind] for name, rule in cls.rules().items()})
    cols.update(BOOKKEEPING)
    return cols


@functools.cache
def statements(filename: str) -> tuple[str, ...]:
    """Return the SQL statements of a frozen migration file, in order."""
    text = (MIGRATIONS_DIR / filename).read_text(encoding="utf-8")
    found: list[str] = []
    pending = ""
    for line in text.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if line.rstrip().endswith(";") and sqlite3.complete_statement(pending):
            found.append(pending.strip().removesuffix(";").rstrip())
            pending = ""
    if pending.strip():
        raise ValueError(f"{filename} ends with an unfinished statement")
    return tuple(found)


def run_sql(db: sqlite_utils.Database, filename: str) -> None:
    """Run the statements of a frozen migration file (inside the caller's transaction)."""
    for statement in statements(filename):
        db.execute(statement)


def sql_step(filename: str) -> Step:
    """Return a migration step that runs one frozen SQL file."""
    def step(db: sqlite_utils.Database) -> None:
        run_sql(db, filename)
    step.__name__ = f"sql_{filename}"
    return step


_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d{1,2})?")


def _m002_kpi_evaluation(db: sqlite_utils.Database) -> None:
    """KPIs gain level, direction, numeric baseline and its year (monitoring, issue 15).

    A baseline typed as a plain number ("12", "40", "2,5") also becomes the
    numeric baseline; the text is kept as it was. "1.234" is left alone: it
    reads as a thousand in Indonesian and as one point two in English.
    """
    run_sql(db, "0002_kpi_evaluation.sql")
    found = db.execute("SELECT id, baseline FROM [kpis] WHERE baseline IS NOT NULL").fetchall()
    for row_id, text in found:
        text = str(text).strip()
        if _PLAIN_NUMBER.fullmatch(text):
            db.execute("UPDATE [kpis] SET baseline_value = ? WHERE id = ?",
                       [float(text.replace(",", ".")), row_id])


# Frozen for migration 4 (app.evaluation.numbers may change later; this must not).
_M004_NUMBER = r"[-+]?\d+(?:[.,]\d+)*"
_M004_ALONE = re.compile(rf"\s*({_M004_NUMBER})\s*%?\s*")
_M004_RANGE = re.compile(
    rf"\s*({_M004_NUMBER})\s*(?:-|\u2013|s\.?\s*d\.?|sampai|to)\s*({_M004_NUMBER})\s*%?\s*",
    re.IGNORECASE)
_M004_WORDS = {"ya": 1.0, "yes": 1.0, "sudah": 1.0, "ada": 1.0, "tercapai": 1.0,
               "selesai": 1.0, "tidak": 0.0, "no": 0.0, "belum": 0.0, "tidak ada": 0.0}


def _m004_number(text: str) -> float | None:
    """Return the number ``text`` holds alone (``75``, ``75,5``, ``1.500``), else None."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(_M004_NUMBER, raw):
        return None
    sign = -1.0 if raw.startswith("-") else 1.0
    raw = raw.lstrip("+-")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", raw):
        raw = raw.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) and raw.count(",") > 1:
        raw = raw.replace(",", "")
    elif raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        value = sign * float(raw)
    except ValueError:
        return None
    return value if abs(value) <= 1e15 else None


def _m004_target(text: str) -> tuple[float | None, float | None]:
    """Return (value, upper) of a target as written: one number, a range, ya/tidak, or a
    single number among words (``minimal 80 %``); (None, None) otherwise."""
    text = text.strip()
    alone = _M004_ALONE.fullmatch(text)
    if alone and (value := _m004_number(alone.group(1))) is not None:
        return value, None
    pair = _M004_RANGE.fullmatch(text)
    if pair:
        low, high = _m004_number(pair.group(1)), _m004_number(pair.group(2))
        if low is not None and high is not None:
            return min(low, high), max(low, high)
    if text.casefold() in _M004_WORDS:
        return _M004_WORDS[text.casefold()], None
    found = re.findall(_M004_NUMBER, text)
    return (_m004_number(found[0]), None) if len(found) == 1 else (None, None)


def _m004_realisation(db: sqlite_utils.Database) -> None:
    """Numeric targets, goals judged like KPIs, realisation tables (monitoring, issue 15).

    A target's text that holds a number (``40``, ``75,5``, ``60-80``, ``minimal 80 %``)
    gives ``value`` (and ``upper`` for a range); the text stays as written, so
    words beside the number are kept as the note. Text without a number (or with
    several) keeps no number.
    """
    run_sql(db, "0004_realisation.sql")
    for table in ("kpi_targets", "goal_targets"):
        found = db.execute(f"SELECT id, target FROM [{table}] WHERE target IS NOT NULL")
        for row_id, text in found.fetchall():
            value, upper = _m004_target(str(text))
            if value is not None:
                db.execute(f"UPDATE [{table}] SET value = ?, upper = ? WHERE id = ?",
                           [value, upper, row_id])


MIGRATIONS: tuple[Step, ...] = (
    sql_step("0001_initial.sql"),
    _m002_kpi_evaluation,
    sql_step("0003_card_status.sql"),  # room mode: cards from phones wait as pending
    _m004_realisation,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database, version: int, upto: int | None = None) -> None:
    """Run the migrations from ``version`` to ``upto`` (default: all) in one transaction.

    A failing step leaves the database as it was: every step or none.
    """
    steps = MIGRATIONS[version:upto]
    if not steps:
        return
    with db.atomic():
        for number, step in enumerate(steps, start=version + 1):
            step(db)
            db.execute(f"PRAGMA user_version = {number:d}")


@functools.cache
def expected_schema(version: int) -> dict[str, str]:
    """Return {name: sql} of every object a workbook at ``version`` holds (to compare files)."""
    db = database(sqlite3.connect(":memory:", isolation_level=None))
    migrate(db, 0, version)
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    db.conn.close()
    return {name: sql for name, sql in rows}
