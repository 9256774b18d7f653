"""A row of push buttons, each wired to its slot, left-aligned (the editors' Add/Remove bars)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def button_row(parent: QWidget, specs: Sequence[tuple[str, Callable[[], object]]]
               ) -> tuple[QHBoxLayout, list[QPushButton]]:
    """Return a layout holding one button per (text, slot), and the buttons in order."""
    layout = QHBoxLayout()
    buttons = []
    for text, slot in specs:
        button = QPushButton(text, parent)
        button.clicked.connect(slot)
        layout.addWidget(button)
        buttons.append(button)
    layout.addStretch(1)
    return layout, buttons
