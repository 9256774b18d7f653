"""The open workbook's screen: a navigation list and its pages, each built when first shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import EditContext
from ui.pages import PAGES, page_class, page_title
from ui.widgets.message_bar import MessageBar
from ui.widgets.page_icons import page_icon
from ui.widgets.read_only_banner import ReadOnlyBanner

log = logging.getLogger(__name__)

class Workspace(QWidget):
    """Navigation and pages of one open workbook (with the read-only banner when it applies)."""

    page_shown = Signal(str)  # the name of the page now in front
    save_copy_requested = Signal()

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.names = list(PAGES)
        self.pages: dict[str, QWidget] = {}
        self.broken: set[str] = set()  # pages whose module failed to build (see the log)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget()
        self.message_bar = MessageBar(ctx)
        self.banner: ReadOnlyBanner | None = None
        if ctx.read_only:
            self.banner = ReadOnlyBanner(self)
            self.banner.save_copy_requested.connect(self.save_copy_requested)
        self._fill()
        self._layout()
        self.nav.currentRowChanged.connect(self.on_row_changed)

    def _fill(self) -> None:
        for name in self.names:
            item = QListWidgetItem(page_icon(name), page_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown

    def _layout(self) -> None:
        self.nav.setMinimumWidth(180)
        self.nav.setMaximumWidth(280)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message_bar)
        column.addWidget(self.stack, 1)
        splitter.addWidget(pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([self.nav_width(), 10_000])  # the pages get the rest
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self.banner is not None:
            layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def nav_width(self) -> int:
        """Return the width that shows every page name and icon whole (and no more)."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=100)
        width = widest + self.nav.iconSize().width() + 3 * metrics.averageCharWidth() + 16
        self.nav.setMinimumWidth(min(width, self.nav.maximumWidth()))
        return width

    def current_name(self) -> str:
        """Return the name of the page in front ("" before any is shown)."""
        row = self.nav.currentRow()
        return self.names[row] if 0 <= row < len(self.names) else ""

    def show_page(self, name: str) -> bool:
        """Bring page ``name`` to the front (building it if needed); False if it does not exist."""
        if name not in self.names:
            return False
        self.nav.setCurrentRow(self.names.index(name))
        return True

    def page(self, name: str) -> QWidget | None:
        """Return page ``name`` if it has been built."""
        return self.pages.get(name)

    @Slot(int)
    def on_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.names):
            return
        name = self.names[row]
        if name not in self.pages:
            self._build(row, name)
        self.stack.setCurrentIndex(row)
        self.page_shown.emit(name)

    def _build(self, row: int, name: str) -> None:
        """Import page ``name`` and put it in place of its placeholder."""
        try:
            page = page_class(name)(self.ctx, self.stack)
        except Exception:  # a broken page must not take the window down with it
            log.exception("page %s could not be built", name)
            self.broken.add(name)
            page = QLabel(self.tr("This page could not be opened. The details are in the "
                                  "log file in the Rencana data folder."),
                          alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        placeholder = self.stack.widget(row)
        assert placeholder is not None
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages[name] = page
        if hasattr(page, "page_requested"):
            page.page_requested.connect(self.show_page)  # the Overview's next steps
        if name == "roadmap" and hasattr(page, "programme_activated"):
            page.programme_activated.connect(self.on_programme_activated)
        if name == "export" and hasattr(page, "navigate_requested"):
            page.navigate_requested.connect(self.on_navigate_requested)

    @Slot(str, str, str)
    def on_navigate_requested(self, name: str, part: str, target: str) -> None:
        """Go to page ``name`` and, where the page offers it, to ``part`` of record ``target``."""
        if self.show_page(name):
            page = self.pages.get(name)
            if page is not None and hasattr(page, "show_part"):
                page.show_part(part, target)

    @Slot(str)
    def on_programme_activated(self, programme_id: str) -> None:
        """Open a programme double-clicked on the roadmap in the programme register's editor."""
        if self.show_page("programmes"):
            register = self.pages.get("programmes")
            if register is not None and hasattr(register, "show_programme"):
                register.show_programme(programme_id)
