"""The window's pages, in navigation order, and the one place that imports each page's class.

A page is a QWidget named ``<Name>Page``, built on an ui.context.EditContext as
``Page(ctx, parent)``; it refreshes itself when ``ctx.changed`` names a table it
shows, and writes only through ``ctx.perform``. Pages are imported when first shown
(all of them together cost about 0.6 s of start-up), but through plain import
statements below, so a reader and a packager (PyInstaller) can follow them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import EditContext

    PageClass = Callable[[EditContext, QWidget], QWidget]  # Page(ctx, parent)

# Navigation order and labels (known before a page's module is imported).
PAGES = {
    "overview": QT_TRANSLATE_NOOP("Navigation", "Overview"),
    "sessions": QT_TRANSLATE_NOOP("Navigation", "Sessions"),
    "people": QT_TRANSLATE_NOOP("Navigation", "People and organisations"),
    "board": QT_TRANSLATE_NOOP("Navigation", "Idea board"),
    "analysis": QT_TRANSLATE_NOOP("Navigation", "Analysis"),
    "vision": QT_TRANSLATE_NOOP("Navigation", "Vision and goals"),
    "programmes": QT_TRANSLATE_NOOP("Navigation", "Programmes"),
    "roadmap": QT_TRANSLATE_NOOP("Navigation", "Roadmap"),
    "budget": QT_TRANSLATE_NOOP("Navigation", "Budget"),
    "quickwins": QT_TRANSLATE_NOOP("Navigation", "Quick wins"),
    "evaluation": QT_TRANSLATE_NOOP("Navigation", "Evaluation"),
    "export": QT_TRANSLATE_NOOP("Navigation", "Export"),
}


def page_title(name: str) -> str:
    """Return the translated navigation label of page ``name``."""
    return QCoreApplication.translate("Navigation", str(PAGES[name]))


def page_class(name: str) -> PageClass:
    """Import and return the class of page ``name``; KeyError for an unknown name."""
    match name:
        case "overview":
            from ui.pages.overview import OverviewPage
            return OverviewPage
        case "sessions":
            from ui.pages.sessions import SessionsPage
            return SessionsPage
        case "people":
            from ui.pages.people import PeoplePage
            return PeoplePage
        case "board":
            from ui.pages.board import BoardPage
            return BoardPage
        case "analysis":
            from ui.pages.analysis import AnalysisPage
            return AnalysisPage
        case "vision":
            from ui.pages.vision import VisionPage
            return VisionPage
        case "programmes":
            from ui.pages.programmes import ProgrammesPage
            return ProgrammesPage
        case "roadmap":
            from ui.pages.roadmap import RoadmapPage
            return RoadmapPage
        case "budget":
            from ui.pages.budget import BudgetPage
            return BudgetPage
        case "quickwins":
            from ui.pages.quickwins import QuickWinsPage
            return QuickWinsPage
        case "evaluation":
            from ui.pages.evaluation import EvaluationPage
            return EvaluationPage
        case "export":
            from ui.pages.export import ExportPage
            return ExportPage
    raise KeyError(name)
