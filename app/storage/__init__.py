"""All of Rencana's SQL: the workbook file, its schema and migrations, and row access.

Owns the workbook file (``workbook``: pragmas, header, lock), the schema and its
migrations (``schema``), reading foreign files safely (``safe``), row access for
app.ops (``rows``) and one read-model module per area (``queries_*``). May import
``app.model``, ``app.errors``, ``app.i18n`` and ``app.paths``; nothing above it.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """Return a sqlite-utils Database on ``conn``, importing sqlite-utils on first use.

    sqlite-utils is imported here, when a workbook is first opened, and nowhere at
    start-up: its import pulls in numpy, click and dateutil (about 0.3 s), which the
    welcome screen and ``--version`` do not need. Every other module names it only
    in annotations (under TYPE_CHECKING).
    """
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)
