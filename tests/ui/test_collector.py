"""Garbage is collected on the GUI thread only, so no worker destroys a GUI object."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.application import make_application
from ui.collector import Collector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_window_collects_on_its_timer_not_automatically(qtbot: QtBot) -> None:
    app = make_application([])
    assert app.findChild(Collector) is not None
    assert not gc.isenabled()


def test_a_cycle_holding_a_widget_is_collected_on_the_gui_thread(qtbot: QtBot,
                                                                  qapp: QApplication) -> None:
    destroyed_on: list[str] = []
    holder = _Cycle()
    widget = QWidget()
    widget.destroyed.connect(lambda: destroyed_on.append(threading.current_thread().name))
    holder.widget = widget  # type: ignore[attr-defined]
    del widget, holder
    worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)], name="worker")
    worker.start()
    worker.join()  # a worker allocating far past the threshold collects nothing itself
    assert destroyed_on == []
    qtbot.waitUntil(lambda: destroyed_on == [threading.main_thread().name], timeout=5000)
