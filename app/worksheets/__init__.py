"""Worksheets: the CSV and XLSX lists OPDs send back, and the programme worksheet sent out.

Owns reading a sheet into checked rows (``table``), the people and programme
columns and their rules (``people``, ``programmes``), and preview, all-or-nothing
import and export (``files``). May import ``app.model``, ``app.ops``,
``app.programmes``, ``app.validate`` and ``app.storage``; never documents or Qt.
"""

from __future__ import annotations

from app.worksheets.files import (
    KINDS,
    Preview,
    RowsRejected,
    export_programmes,
    import_file,
    parse_people,
    parse_programmes,
    programme_sheet,
    write_preview,
)

__all__ = [
    "KINDS", "Preview", "RowsRejected", "export_programmes", "import_file", "parse_people",
    "parse_programmes", "programme_sheet", "write_preview",
]
