"""Projector mode: the board full screen in large, high-contrast type, with a countdown timer."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.board.scene import BoardScene
from ui.board.view import BoardView

TICK_MS = 100


def clock_text(ms: int) -> str:
    """Return ``ms`` as mm:ss, counting a started second as a whole one."""
    seconds = (max(ms, 0) + 999) // 1000
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class Countdown(QObject):
    """A countdown the facilitator sets, starts, pauses and resets; ``finished`` at zero."""

    ticked = Signal(int)  # milliseconds left
    finished = Signal()
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, duration_ms: int = 5 * 60_000) -> None:
        super().__init__(parent)
        self._duration = duration_ms
        self._left = duration_ms
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        """Return whether the countdown is counting."""
        return self._timer.isActive()

    def duration(self) -> int:
        """Return the set duration in milliseconds."""
        return self._duration

    def remaining(self) -> int:
        """Return the milliseconds left."""
        if self.running:
            return max(0, self._left - self._clock.elapsed())
        return self._left

    def set_duration(self, ms: int) -> None:
        """Set the duration (and reset to it)."""
        self._duration = max(0, ms)
        self.reset()

    def start(self) -> None:
        """Count down from what is left (nothing happens at zero)."""
        if self.running or self._left <= 0:
            return
        self._clock.start()
        self._timer.start()
        self.running_changed.emit(True)

    def pause(self) -> None:
        """Stop counting, keeping what is left."""
        if self.running:
            self._left = self.remaining()
            self._timer.stop()
            self.running_changed.emit(False)

    def reset(self) -> None:
        """Stop and go back to the full duration."""
        self.pause()
        self._left = self._duration
        self.ticked.emit(self._left)

    def _tick(self) -> None:
        left = self.remaining()
        self.ticked.emit(left)
        if left == 0:
            self._left = 0
            self._timer.stop()
            self.running_changed.emit(False)
            self.finished.emit()


class ProjectorWindow(QWidget):
    """The shared board in a full-screen window with the timer on top; Esc leaves."""

    closed = Signal()

    def __init__(self, scene: BoardScene, countdown: Countdown,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Idea board - projector"))
        self.countdown = countdown
        self.view = BoardView(scene, self)
        self.view.setFrameShape(QLabel.Shape.NoFrame)
        self.view.key_commands = False
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clock = QLabel(clock_text(countdown.remaining()), self)
        self.duration = QTimeEdit(QTime(0, 0).addMSecs(countdown.duration()), self)
        self.duration.setDisplayFormat("mm:ss")
        self.duration.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)
        self.duration.setMinimumWidth(150)
        self.duration.setToolTip(self.tr("Minutes and seconds to count down"))
        self.start_button = QPushButton(self.tr("Start"), self)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.show_combo = QComboBox(self)
        self.show_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.show_combo.hide()
        self._build()
        countdown.ticked.connect(self._show_time)
        countdown.running_changed.connect(self._show_running)
        self.duration.timeChanged.connect(self._on_duration)
        self.start_button.clicked.connect(self._on_start)
        self.reset_button.clicked.connect(countdown.reset)
        self.fit_button.clicked.connect(self.view.fit_all)
        self._show_time(countdown.remaining())

    def _build(self) -> None:
        self.setStyleSheet(
            "ProjectorWindow { background: black; }"
            "QLabel { color: white; }"
            "QPushButton { font-size: 20pt; padding: 4px 14px; background: #222;"
            " color: white; border: 2px solid white; border-radius: 6px; }"
            # A border on a QTimeEdit hides its text (Qt style sheets): colours only.
            "QTimeEdit { background: #333; color: white; }"
            "QComboBox { font-size: 18pt; background: #222; color: white; padding: 4px; }")
        font = self.duration.font()
        font.setPointSize(20)
        self.duration.setFont(font)
        hint = QLabel(self.tr("Space: start or pause · + − zoom · F: fit · Esc: leave"), self)
        hint.setStyleSheet("color: #9E9E9E; font-size: 11pt; padding: 2px 16px;")
        hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 8, 16, 8)
        bar.addWidget(self.clock)
        bar.addSpacing(24)
        for widget in (self.duration, self.start_button, self.reset_button, self.fit_button):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            bar.addWidget(widget)
        bar.addSpacing(24)
        bar.addWidget(self.show_combo)
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        box.addWidget(hint)

    def follow(self, source: QComboBox) -> None:
        """Offer the choices of a filter of the board page (a dimension), kept in step with it."""
        self.show_combo.setModel(source.model())
        self.show_combo.setCurrentIndex(source.currentIndex())
        self.show_combo.currentIndexChanged.connect(source.setCurrentIndex)
        source.currentIndexChanged.connect(self.show_combo.setCurrentIndex)
        self.show_combo.currentIndexChanged.connect(lambda _: self.view.fit_all())
        self.show_combo.show()

    def show_on_projector(self) -> None:
        """Show full screen, on a second screen when there is one (the projector)."""
        owner = self.parentWidget()
        here = owner.screen() if owner is not None else self.screen()
        others = [s for s in QGuiApplication.screens() if s is not here]
        # Cover the screen first: without a window manager "full screen" is only a hint.
        self.setGeometry((others[0] if others else here).geometry())
        self.showFullScreen()
        self.view.setFocus()

    def _show_time(self, ms: int) -> None:
        self.clock.setText(clock_text(ms))
        colour = "#FF1744" if ms <= 0 else "white"
        self.clock.setStyleSheet(f"color: {colour}; font-size: 54pt; font-weight: bold;")

    def _show_running(self, running: bool) -> None:
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))

    def _on_start(self) -> None:
        if self.countdown.running:
            self.countdown.pause()
        else:
            self.countdown.start()

    def _on_duration(self, time: QTime) -> None:
        self.countdown.set_duration(QTime(0, 0).msecsTo(time))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        actions = {
            Qt.Key.Key_Space: self._on_start, Qt.Key.Key_Plus: self.view.zoom_in,
            Qt.Key.Key_Equal: self.view.zoom_in, Qt.Key.Key_Minus: self.view.zoom_out,
            Qt.Key.Key_0: self.view.fit_all, Qt.Key.Key_F: self.view.fit_all,
        }
        action = actions.get(Qt.Key(event.key()))
        if action is not None:
            action()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
