"""Projector mode: the board full screen in large, high-contrast type, with a countdown timer."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formatting import parse_duration
from ui.board.projector_scene import MIN_TEXT_PX, TEXT_PX, ProjectorScene
from ui.board.scene import BoardScene

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

    def add(self, ms: int) -> None:
        """Add ``ms`` (negative: take away) to the duration and to what is left, never below
        zero; a running countdown keeps running."""
        left = self.remaining()
        self._duration = max(0, self._duration + ms)
        if self.running:
            self._left = max(0, left + ms)
            self._clock.restart()  # remaining() counts from here
        else:
            self._left = max(0, left + ms)
        self.ticked.emit(self.remaining())

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


class ProjectorView(QGraphicsView):
    """The projector's view: fits every shown card when they fit with legible text, zooms
    about the centre of the screen, and never shrinks the text below MIN_TEXT_PX."""

    resized = Signal()

    def __init__(self, scene: ProjectorScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def zoom(self) -> float:
        """Return the current scale (1.0: text of TEXT_PX pixels)."""
        return self.transform().m11()

    def text_px(self) -> float:
        """Return how many screen pixels high the card text is drawn."""
        return TEXT_PX * self.zoom()

    def set_zoom(self, scale: float) -> None:
        scale = min(max(scale, MIN_TEXT_PX / TEXT_PX), 3.0)
        self.setTransform(self.transform().fromScale(scale, scale))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.2)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.2)

    def fit_all(self) -> None:
        """Show every card at once if the text stays legible; else the first rows, full width."""
        rect = self.sceneRect()
        height = self.viewport().height()
        self.set_zoom(min(1.0, height / rect.height()) if rect.height() > 0 else 1.0)
        self.centerOn(rect.center().x(), rect.top() + height / (2 * self.zoom()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class ProjectorWindow(QWidget):
    """The shared board in a full-screen window with the timer on top; Esc leaves.

    The cards the board shows (all, or the chosen dimension or cluster) are laid
    out afresh in large type (ProjectorScene); ``refresh`` follows the board.
    """

    closed = Signal()

    def __init__(self, scene: BoardScene, countdown: Countdown,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Idea board - projector"))
        self.board = scene
        self.countdown = countdown
        self.notes = ProjectorScene(self)
        self.notes.vote_clicked.connect(scene.vote_clicked)
        self.view = ProjectorView(self.notes, self)
        self.clock = QLabel(clock_text(countdown.remaining()), self)
        self.duration = QLineEdit(clock_text(countdown.duration()), self)
        self.duration.setMaximumWidth(160)
        self.duration.setToolTip(self.tr("Type minutes (10) or minutes and seconds (10:00), "
                                         "then Enter"))
        self.minus_button = QPushButton(self.tr("−1 min"), self)
        self.plus_button = QPushButton(self.tr("+1 min"), self)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.show_combo = QComboBox(self)
        self.show_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.show_combo.hide()
        self.cluster_combo = QComboBox(self)
        self.cluster_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._build()
        countdown.ticked.connect(self._show_time)
        countdown.running_changed.connect(self._show_running)
        self.duration.editingFinished.connect(self._on_duration_typed)
        self.minus_button.clicked.connect(lambda: self.add_minutes(-1))
        self.plus_button.clicked.connect(lambda: self.add_minutes(1))
        self.start_button.clicked.connect(self._on_start)
        self.reset_button.clicked.connect(countdown.reset)
        self.fit_button.clicked.connect(self.view.fit_all)
        self.cluster_combo.activated.connect(lambda _i: self.refresh())
        self.view.resized.connect(self.refresh)
        self._show_time(countdown.remaining())
        self._fill_clusters()

    def _build(self) -> None:
        self.setStyleSheet(
            "ProjectorWindow { background: black; }"
            "QLabel { color: white; }"
            "QPushButton { font-size: 20pt; padding: 4px 14px; background: #222;"
            " color: white; border: 2px solid white; border-radius: 6px; }"
            "QLineEdit { font-size: 20pt; background: #333; color: white; padding: 2px 6px; }"
            "QComboBox { font-size: 18pt; background: #222; color: white; padding: 4px; }")
        hint = QLabel(self.tr("Space: start or pause · + − zoom · F: fit · Esc: leave"), self)
        hint.setStyleSheet("color: #9E9E9E; font-size: 11pt; padding: 2px 16px;")
        hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 8, 16, 8)
        bar.addWidget(self.clock)
        bar.addSpacing(24)
        for widget in (self.minus_button, self.duration, self.plus_button, self.start_button,
                       self.reset_button, self.fit_button):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            bar.addWidget(widget)
        bar.addSpacing(24)
        bar.addWidget(self.show_combo)
        bar.addWidget(self.cluster_combo)
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        box.addWidget(hint)

    # -- what is shown ----------------------------------------------------------------------

    def _fill_clusters(self) -> None:
        current = self.cluster_combo.currentData()
        self.cluster_combo.clear()
        self.cluster_combo.addItem(self.tr("All clusters"), None)
        for cluster_id, item in self.board.clusters.items():
            self.cluster_combo.addItem(item.cluster.name, cluster_id)
        self.cluster_combo.setCurrentIndex(max(self.cluster_combo.findData(current), 0))
        self.cluster_combo.setVisible(self.cluster_combo.count() > 1)

    def shown(self) -> list[str]:
        """Return the ids of the cards on the projector, in reading order."""
        return list(self.notes.notes)

    def refresh(self) -> None:
        """Lay out again the cards the board shows (and the chosen cluster), then fit."""
        self._fill_clusters()
        cluster = self.cluster_combo.currentData()
        items = sorted(self.board.shown_cards(), key=lambda c: (c.entry.card.cluster_id or "",
                                                                c.y(), c.x()))
        entries = [c.entry for c in items if cluster is None or c.entry.card.cluster_id == cluster]
        self.notes.show_cards(entries, self.view.viewport().width())
        self.view.fit_all()

    def follow(self, source: QComboBox) -> None:
        """Offer the choices of a filter of the board page (a dimension), kept in step with it."""
        self.show_combo.setModel(source.model())
        self.show_combo.setCurrentIndex(source.currentIndex())
        self.show_combo.currentIndexChanged.connect(source.setCurrentIndex)
        source.currentIndexChanged.connect(self.show_combo.setCurrentIndex)
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

    def _on_duration_typed(self) -> None:
        """Take a typed duration ("10" or "10:00"); anything else puts the old one back."""
        seconds = parse_duration(self.duration.text())
        if seconds is not None and seconds * 1000 != self.countdown.duration():
            self.countdown.set_duration(seconds * 1000)
        self.duration.setText(clock_text(self.countdown.duration()))
        self.view.setFocus()

    def add_minutes(self, minutes: int) -> None:
        """Add (or take away) minutes: to what is left while counting, else to the duration."""
        self.countdown.add(minutes * 60_000)
        self.duration.setText(clock_text(self.countdown.duration()))

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
