"""The capture bar: a scribe types a note, presses Enter, and types the next.

The kind, dimension, team and session of the last card are kept for the next
one and changed from the keyboard without leaving the line: Ctrl+1..8 picks
the kind, Alt+1..9 the dimension (Alt+0 none), Ctrl+T / Ctrl+S step through
teams and sessions (with Shift, backwards).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.board.style import KIND_COLOURS, kind_label, kinds

DIGITS = [Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4,
          Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9]


@dataclass(frozen=True)
class Kept:
    """What the next captured card gets besides its text."""

    kind: str = "idea"
    dimension_id: str | None = None
    team_id: str | None = None
    session_id: str | None = None

    def choose(self, name: str, choice_id: str | None) -> Kept:
        """Return this with the "dimension", "team" or "session" set to ``choice_id``."""
        if name == "dimension":
            return replace(self, dimension_id=choice_id)
        if name == "team":
            return replace(self, team_id=choice_id)
        return replace(self, session_id=choice_id)


def step(choices: list[tuple[str | None, str]], current: str | None, by: int) -> str | None:
    """Return the id ``by`` places after ``current`` in ``choices`` (wrapping around)."""
    ids = [choice_id for choice_id, _label in choices]
    if not ids:
        return None
    index = ids.index(current) if current in ids else 0
    return ids[(index + by) % len(ids)]


class CaptureLine(QLineEdit):
    """The line the scribe types into; it keeps the capture shortcuts for itself."""

    shortcut = Signal(str, int)  # "kind" | "dimension" | "team" | "session", number or step

    def _decode(self, event: QKeyEvent) -> tuple[str, int] | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        if mods == ctrl and Qt.Key.Key_1 <= key <= Qt.Key.Key_8:
            return "kind", DIGITS.index(Qt.Key(key))
        if mods == alt and key in DIGITS:
            return "dimension", DIGITS.index(Qt.Key(key))
        if mods in (ctrl, ctrl | shift) and key in (Qt.Key.Key_T, Qt.Key.Key_S):
            name = "team" if key == Qt.Key.Key_T else "session"
            return name, -1 if mods & shift else 1
        return None

    def event(self, event: QEvent) -> bool:
        # Claim our keys before window-wide shortcuts (a Save or New Tab) can take them.
        if event.type() == QEvent.Type.ShortcutOverride and self._decode(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        decoded = self._decode(event)
        if decoded:
            self.shortcut.emit(*decoded)
            event.accept()
            return
        super().keyPressEvent(event)


class CaptureBar(QWidget):
    """The line at the bottom of the board, with the kept kind, dimension, team and session."""

    captured = Signal(str)  # the text typed; the page adds the card with ``kept``
    kept_changed = Signal(object)  # Kept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kept = Kept()
        self._choices: dict[str, list[tuple[str | None, str]]] = {
            "dimension": [(None, "")], "team": [(None, "")], "session": [(None, "")]}
        self.line = CaptureLine(self)
        self.line.setPlaceholderText(self.tr("Type a card and press Enter"))
        self.line.returnPressed.connect(self._on_return)
        self.line.shortcut.connect(self._on_shortcut)
        self.add_button = QPushButton(self.tr("Add card"), self)
        self.add_button.clicked.connect(self._on_return)
        self.buttons = {name: QToolButton(self) for name in
                        ("kind", "dimension", "team", "session")}
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #B71C1C; font-weight: bold;")
        self.message.hide()
        self._layout()
        self._show_kept()

    def _layout(self) -> None:
        chips = QHBoxLayout()
        for button in self.buttons.values():
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chips.addWidget(button)
        hint = QLabel(self.tr("Enter adds the card · Ctrl+1…8 kind · Alt+1…6 dimension "
                              "(Alt+0 none) · Ctrl+T team · Ctrl+S session"), self)
        hint.setStyleSheet("color: #546E7A;")
        hint.setWordWrap(True)
        hint.setMinimumWidth(120)
        chips.addWidget(hint, 1)
        line = QHBoxLayout()
        line.addWidget(self.line, 1)
        line.addWidget(self.add_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 6)
        box.addLayout(chips)
        box.addLayout(line)
        box.addWidget(self.message)
        font = self.line.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.line.setFont(font)

    # -- choices ---------------------------------------------------------------------------

    def set_choices(self, name: str, choices: list[tuple[str, str]]) -> None:
        """Offer ``choices`` [(id, label)] for "dimension", "team" or "session" (plus none)."""
        self._choices[name] = [(None, ""), *choices]
        current = getattr(self.kept, f"{name}_id")
        if current not in {c for c, _ in choices}:
            self.set_kept(self.kept.choose(name, None))
        self._show_kept()

    def set_kept(self, kept: Kept) -> None:
        """Make ``kept`` what the next card gets."""
        if kept != self.kept:
            self.kept = kept
            self._show_kept()
            self.kept_changed.emit(kept)

    def _label(self, name: str) -> str:
        current = getattr(self.kept, f"{name}_id")
        found = dict(self._choices[name]).get(current) or "—"
        captions = {"dimension": self.tr("Dimension: {0}"), "team": self.tr("Team: {0}"),
                    "session": self.tr("Session: {0}")}
        return captions[name].format(found)

    def _show_kept(self) -> None:
        paper, strong = KIND_COLOURS[self.kept.kind]
        kind = self.buttons["kind"]
        kind.setText(self.tr("Kind: {0}").format(kind_label(self.kept.kind)))
        kind.setStyleSheet(f"QToolButton {{ background: {paper}; border: 2px solid {strong};"
                           " border-radius: 4px; padding: 2px 8px; font-weight: bold; }")
        kind.setMenu(self._menu("kind", [(k, kind_label(k)) for k in kinds()]))
        for name in ("dimension", "team", "session"):
            self.buttons[name].setText(self._label(name))
            self.buttons[name].setMenu(self._menu(name, self._choices[name]))

    def _menu(self, name: str, choices: list[tuple[str | None, str]]) -> QMenu:
        old = self.buttons[name].menu()
        menu = QMenu(self)
        for choice_id, label in choices:
            action = QAction(label or "—", menu)
            action.triggered.connect(lambda _=False, c=choice_id: self._choose(name, c))
            menu.addAction(action)
        if old is not None:
            old.deleteLater()
        return menu

    def _choose(self, name: str, choice_id: str | None) -> None:
        if name == "kind":
            self.set_kept(replace(self.kept, kind=choice_id or "idea"))
        else:
            self.set_kept(self.kept.choose(name, choice_id))
        self.line.setFocus()

    # -- keys and Enter --------------------------------------------------------------------

    def _on_shortcut(self, name: str, number: int) -> None:
        if name == "kind":
            self.set_kept(replace(self.kept, kind=kinds()[number - 1]))
        elif name == "dimension":
            dims = self._choices["dimension"]
            if number < len(dims):
                self.set_kept(replace(self.kept, dimension_id=dims[number][0]))
        else:
            current = getattr(self.kept, f"{name}_id")
            chosen = step(self._choices[name], current, number)
            self.set_kept(self.kept.choose(name, chosen))

    def _on_return(self) -> None:
        text = self.line.text().strip()
        if text:
            self.captured.emit(text)

    def accepted(self) -> None:
        """Clear the line for the next card (the page calls this once the card is stored).

        setText, not clear(): clear() is a step of the line's own undo, and Ctrl+Z
        would put the stored card's text back for Enter to add a second time.
        """
        self.line.setText("")
        self.message.hide()

    def refuse(self, sentence: str) -> None:
        """Show why the card was not stored; the text stays for correcting."""
        self.message.setText(sentence)
        self.message.show()

    def set_editable(self, editable: bool) -> None:
        """Enable or disable capturing."""
        self.line.setEnabled(editable)
        self.add_button.setEnabled(editable)
