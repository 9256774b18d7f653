"""The Qt binding itself: PySide6 must not leak or drop references as 6.12.0 did."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_keeps_the_reference_counts_of_true_and_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to True per emit; Python 3.11 then aborts."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        emitter.changed.emit({"programmes"})
    received.clear()
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 5
    assert after[1] >= before[1] - 5
