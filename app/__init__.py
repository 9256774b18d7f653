"""Rencana's pure-Python core: the workbook, its rules, and everything made from it."""

from __future__ import annotations

import sys

__version__ = "0.1.0"
APP_NAME = "Rencana"


def _import_sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils while hiding numpy from it.

    sqlite-utils 4 imports numpy at import time (``sqlite_utils/db.py``: "If numpy
    is available, add more types") only to map numpy scalar types to column
    types, which Rencana never stores; numpy is installed for matplotlib and costs
    about 0.25 s, a whole start-up budget, on every window and CLI start. numpy
    stays importable afterwards (matplotlib imports it when a chart is drawn).
    """
    if "sqlite_utils" in sys.modules:
        return
    hide = "numpy" not in sys.modules
    if hide:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # makes its import fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        if hide:
            del sys.modules["numpy"]


_import_sqlite_utils_without_numpy()
