"""Filling a filter's combo box: "All ..." first, then the choices, keeping the current one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox


def fill_choices(combo: QComboBox, everything: str, items: Sequence[tuple[Any, str]]) -> bool:
    """Make ``combo`` offer ``everything`` (data None) and then ``items`` (data, text).

    The current choice stays chosen if it is still offered, else "everything" is.
    Nothing is emitted meanwhile. Returns whether the chosen data changed.
    """
    wanted = [(None, everything), *items]
    if wanted == [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]:
        return False
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in wanted:
        combo.addItem(text, data)
    found = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
    return bool(combo.currentData() != chosen)
