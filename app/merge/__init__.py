"""Merge: bringing team copies of a workbook together without a server.

Owns the merge rules (``rules``: Lamport clocks, tombstones, per-field joins),
what a merge shows before it writes (``view``, ``report``), the merge itself
(``engine``: into a new file or into the open workbook as one undo step) and the
resolution of the conflicts it lists (``resolve``). May import ``app.model``,
``app.ops``, ``app.storage`` and ``app.i18n``; never the documents, charts or Qt.
"""

from __future__ import annotations

from app.merge.engine import (
    MergeStep,
    Result,
    combine,
    load_sources,
    merge_files,
    merge_into,
    preview,
    preview_into,
    read_source,
    redo_step,
    undo_step,
)
from app.merge.report import MergeReport

__all__ = [
    "MergeReport", "MergeStep", "Result", "combine", "load_sources", "merge_files",
    "merge_into", "preview", "preview_into", "read_source", "redo_step", "undo_step",
]
