"""The filter bar (session, team, dimension, kind, words) and the colour legend of card kinds."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.storage.queries_board import BoardCard
from ui.board.style import KIND_COLOURS, kind_label, kinds

FIELDS = ("session_id", "team_id", "dimension_id", "kind")


class BoardFilters(QWidget):
    """Choose which cards the board shows; the others are hidden, or faded if asked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos = {name: QComboBox(self) for name in FIELDS}
        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("Find words"))
        self.words.setClearButtonEnabled(True)
        self.words.setProperty("workbookUndo", True)  # Ctrl+Z undoes the workbook here
        self.words.setMinimumWidth(60)
        self.fade = QCheckBox(self.tr("Fade instead of hide"), self)
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 2, 6, 2)
        box.addWidget(QLabel(self.tr("Show:"), self))
        for combo in self.combos.values():
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self.changed)
            box.addWidget(combo)
        box.addWidget(self.words, 1)
        box.addWidget(self.fade)
        self.words.textChanged.connect(self.changed)
        self.fade.toggled.connect(self.changed)
        self.set_choices("kind", [(k, kind_label(k)) for k in kinds()])
        for name in ("session_id", "team_id", "dimension_id"):
            self.set_choices(name, [])

    def _all_label(self, name: str) -> str:
        labels = {"session_id": self.tr("All sessions"), "team_id": self.tr("All teams"),
                  "dimension_id": self.tr("All dimensions"), "kind": self.tr("All kinds")}
        return labels[name]

    def set_choices(self, name: str, choices: list[tuple[str, str]]) -> None:
        """Offer ``choices`` [(value, label)] for ``name``, keeping the current pick if it stays."""
        combo = self.combos[name]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self._all_label(name), None)
        combo.setMinimumContentsLength(max(8, len(self._all_label(name))))  # never cut
        for value, label in choices:
            combo.addItem(label, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:
            self.changed.emit()

    def choose(self, name: str, value: str | None) -> None:
        """Pick ``value`` for ``name`` (None: all)."""
        combo = self.combos[name]
        combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)

    def predicate(self) -> Callable[[BoardCard], bool] | None:
        """Return the test a card must pass to be shown, or None when everything is shown."""
        wanted = {name: combo.currentData() for name, combo in self.combos.items()
                  if combo.currentData() is not None}
        words = self.words.text().casefold().split()
        if not wanted and not words:
            return None

        def visible(data: BoardCard) -> bool:
            card = data.card
            if any(getattr(card, name) != value for name, value in wanted.items()):
                return False
            text = card.text.casefold()
            return all(word in text for word in words)

        return visible


class Legend(QLabel):
    """The colours of the card kinds, each with how many cards of that kind there are."""

    def show_counts(self, counts: dict[str, int]) -> None:
        """Show the legend with ``counts`` per kind."""
        chips = []
        for number, kind in enumerate(kinds(), start=1):
            paper, strong = KIND_COLOURS[kind]
            chips.append(
                f'<span style="background:{paper}; color:#000; border:1px solid {strong};">'
                f"&nbsp;{html.escape(kind_label(kind))}&nbsp;{counts.get(kind, 0)}&nbsp;</span>"
                f'<span style="color:#78909C;"><small>&nbsp;Ctrl+{number}</small></span>')
        self.setText("&nbsp;&nbsp; ".join(chips))
