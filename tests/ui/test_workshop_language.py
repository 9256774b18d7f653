"""The interface in Indonesian as well as English: undo labels, Qt's own file dialog."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from app import model
from app.undo_labels import NOUNS, label_text
from ui import translation
from ui.main_window import MainWindow

WORDS = {"id": ("Hapus program", "Ubah orang"), "en": ("Delete programme", "Edit person")}


@pytest.fixture(params=["id", "en"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, demo_file: Path,
           tmp_path: Path) -> Iterator[MainWindow]:
    """The demo open in a window in Indonesian, then in English."""
    lang = request.param
    translation.install(lang)
    target = tmp_path / "demo.rencana"
    shutil.copy(demo_file, target)
    shown = MainWindow(lang)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.open_path(target)
    yield shown
    translation.install("en")


def test_undo_labels_are_in_the_interface_language(qtbot: QtBot, window: MainWindow) -> None:
    """Deleting a programme, then renaming a person in the table: the undo menu says so in
    the window's language, never ``Edit people``."""
    window.show_page("programmes")
    page = window.workspace.page("programmes")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert window.ctx.stack.undoText() == WORDS[window.lang][0]
    assert window.menus.undo.text().endswith(WORDS[window.lang][0])
    window.show_page("people")
    from app import ops
    from app.storage import rows

    person = rows.select(window.ctx.wb.db, model.Person)[0]
    window.ctx.perform(lambda: ops.update(window.ctx.wb, model.Person, person.id, name="X"))
    assert window.ctx.stack.undoText() == WORDS[window.lang][1]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_default_label_shows_a_table_name(lang: str) -> None:
    for table in NOUNS:
        for verb in ("Save", "Add", "Edit", "Delete", "Move"):
            text = label_text(f"{verb} {table}", lang)
            assert "_" not in text and text == f"{text.split()[0]} {NOUNS[table][lang == 'id']}"


def test_qt_file_dialog_speaks_indonesian(qtbot: QtBot) -> None:
    """Qt ships no Indonesian: Rencana's catalogue carries the file dialog's own strings."""
    translation.install("id")
    try:
        dialog = QFileDialog(None, "Simpan")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Lihat di:", "&Jenis berkas:", "&Nama berkas:"} <= texts
    finally:
        translation.install("en")
