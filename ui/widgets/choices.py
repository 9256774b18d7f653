"""Choices offered in combo boxes: a filter's "All ..." list, an indicator's level and direction.

The indicator choices serve every table with a level (output, outcome, impact) and a
direction (which way is better): the KPIs of a programme and the goals of a dimension.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app import model


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


def level_choices() -> list[tuple[str, object]]:
    """Return (label, code) of the indicator levels, in the interface language."""
    names = {"output": QCoreApplication.translate("IndicatorChoices", "Output"),
             "outcome": QCoreApplication.translate("IndicatorChoices", "Outcome"),
             "impact": QCoreApplication.translate("IndicatorChoices", "Impact")}
    return [(names[code], code) for code in model.INDICATOR_LEVELS]


def direction_choices() -> list[tuple[str, object]]:
    """Return (label, code) of the indicator directions, in the interface language."""
    names = {"higher": QCoreApplication.translate("IndicatorChoices", "Higher is better"),
             "lower": QCoreApplication.translate("IndicatorChoices", "Lower is better"),
             "range": QCoreApplication.translate("IndicatorChoices", "Within a range"),
             "milestone": QCoreApplication.translate("IndicatorChoices", "Yes/no milestone")}
    return [(names[code], code) for code in model.INDICATOR_DIRECTIONS]


def choice_label(choices: Sequence[tuple[str, object]], code: object) -> Any:
    """Return the label of ``code`` among (label, code) ``choices``; the code itself if unknown."""
    return next((label for label, value in choices if value == code), code)
