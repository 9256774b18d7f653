"""Giving a widget its object name (for style sheets and tests) where it is made."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(widget: Q, name: str) -> Q:
    """Return ``widget`` with the object name ``name``.

    PySide6 also takes Qt properties as constructor keywords (``QLabel(objectName=...)``),
    but its type stubs do not declare them, so mypy cannot check such calls.
    """
    widget.setObjectName(name)
    return widget
