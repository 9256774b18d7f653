"""Loading the interface translation (``resources/translations/rencana_<lang>.qm``) into Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app import paths

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def qm_path(lang: str) -> str:
    """Return the compiled translation file of ``lang``."""
    return str(paths.resource("translations", f"rencana_{lang}.qm"))


def install(lang: str) -> bool:
    """Switch the interface to ``lang``; return whether its translation file was loaded.

    English is the source language, so it needs no file; every widget receives a
    LanguageChange event and retranslates (or is rebuilt by the main window).
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    loaded = translator.load(qm_path(lang))
    if loaded:
        app.installTranslator(translator)
        _installed.append(translator)
    return loaded or lang == "en"
