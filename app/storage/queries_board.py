"""Read models of the idea board: cards with their dimension codes, revisions to diff, counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app import model
from app.storage import rows

if TYPE_CHECKING:
    import sqlite_utils

_CHUNK = 500  # ids per IN (...) list, well under SQLite's parameter limit


@dataclass(frozen=True)
class BoardCard:
    """A card as the board draws it: the record, its dimension's code and colour, its revision."""

    card: model.Card
    dimension_code: str
    dimension_color: str
    revision: int


_BOARD_CARDS = """
SELECT c.*, coalesce(d.code, '') AS dim_code, coalesce(d.color, '') AS dim_color
FROM cards c LEFT JOIN dimensions d ON d.id = c.dimension_id AND d._deleted = 0
WHERE c._deleted = 0 AND c.status = 'accepted' {where}
ORDER BY c.position, c.id
"""


def _chunks(ids: Collection[str]) -> Iterator[list[str]]:
    listed = sorted(ids)
    for start in range(0, len(listed), _CHUNK):
        yield listed[start:start + _CHUNK]


_CARD_FIELDS = tuple(model.Card.rules())


def _card(row: dict[str, Any]) -> model.Card:
    values = {name: row[name] for name in _CARD_FIELDS}
    values["text"] = values["text"] or ""
    values["author"] = values["author"] or ""
    return model.Card(id=row["id"], **values)


def _board_rows(db: sqlite_utils.Database, where: str, params: list[str]) -> list[BoardCard]:
    cursor = db.execute(_BOARD_CARDS.format(where=where), params)
    names = [d[0] for d in cursor.description]
    found = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        found.append(BoardCard(_card(row), row["dim_code"], row["dim_color"], int(row["_rev"])))
    return found


def board_cards(db: sqlite_utils.Database,
                ids: Collection[str] | None = None) -> list[BoardCard]:
    """Return the live cards (all, or only those in ``ids``) with their dimension code and colour.

    One query per 500 ids: the board fetches only the cards a change touched.
    """
    if ids is None:
        return _board_rows(db, "", [])
    found: list[BoardCard] = []
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        found += _board_rows(db, f"AND c.id IN ({marks})", chunk)
    found.sort(key=lambda bc: (bc.card.position, bc.card.id))
    return found


def revisions(db: sqlite_utils.Database, cls: type[model.Record]) -> dict[str, int]:
    """Return {id: revision} of the live rows of ``cls`` (to see which rows a change touched)."""
    accepted = " AND status = 'accepted'" if cls is model.Card else ""  # not phones' pending
    sql = f"SELECT id, _rev FROM [{cls.TABLE}] WHERE _deleted = 0{accepted}"
    return {row_id: int(rev) for row_id, rev in db.execute(sql)}


def clusters(db: sqlite_utils.Database,
             ids: Collection[str] | None = None) -> list[model.Cluster]:
    """Return the live clusters (all, or only those in ``ids``), by name."""
    found = rows.select(db, model.Cluster)
    return found if ids is None else [c for c in found if c.id in ids]


def kind_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Return how many live cards there are of each kind (every kind present, 0 if none)."""
    counts = dict.fromkeys(model.CARD_KINDS, 0)
    sql = ("SELECT kind, count(*) FROM cards WHERE _deleted = 0 AND status = 'accepted' "
           "GROUP BY kind")
    counts.update({kind: int(n) for kind, n in db.execute(sql)})
    return counts


def next_card_position(db: sqlite_utils.Database) -> int:
    """Return the position after every card ever captured (capture order)."""
    row = db.execute("SELECT max(position) FROM cards").fetchone()
    return 0 if row[0] is None else int(row[0]) + 1


def cluster_card_ids(db: sqlite_utils.Database, cluster_id: str) -> list[str]:
    """Return the ids of the live cards in a cluster, in capture order."""
    sql = ("SELECT id FROM cards WHERE _deleted = 0 AND status = 'accepted' AND cluster_id = ? "
           "ORDER BY position, id")
    return [row_id for (row_id,) in db.execute(sql, [cluster_id])]


def cluster_dimension(db: sqlite_utils.Database, cluster_id: str) -> str | None:
    """Return the dimension a cluster is about: its own, else the most common among its cards."""
    own = db.execute("SELECT dimension_id FROM clusters WHERE id = ? AND _deleted = 0",
                     [cluster_id]).fetchone()
    if own and own[0]:
        return str(own[0])
    sql = ("SELECT dimension_id FROM cards WHERE _deleted = 0 AND status = 'accepted' "
           "AND cluster_id = ? "
           "AND dimension_id IS NOT NULL ORDER BY position, id")
    counted = Counter(dim for (dim,) in db.execute(sql, [cluster_id]))
    return counted.most_common(1)[0][0] if counted else None


def plan_period(db: sqlite_utils.Database) -> tuple[int | None, int | None]:
    """Return the workbook's plan period (start year, end year)."""
    row = db.execute("SELECT plan_start, plan_end FROM workbook WHERE _deleted = 0 "
                     "ORDER BY id LIMIT 1").fetchone()
    return (None, None) if row is None else (row[0], row[1])
