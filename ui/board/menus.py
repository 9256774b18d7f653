"""The context menus of a card and a cluster; each entry calls one action of the board page."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.board.style import kind_label, kinds

if TYPE_CHECKING:
    from ui.pages.board import BoardPage

translate = QCoreApplication.translate


def _add(menu: QMenu, name: str, text: str, slot: Callable[[], object],
         enabled: bool = True) -> QAction:
    action = QAction(text, menu)
    action.setObjectName(name)
    action.setEnabled(enabled)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _choices(menu: QMenu, title: str, prefix: str, choices: list[tuple[str | None, str]],
             choose: Callable[[str | None], None], enabled: bool) -> None:
    sub = menu.addMenu(title)
    sub.setEnabled(enabled)
    for value, label in choices:
        _add(sub, f"{prefix}_{value}", label, functools.partial(choose, value))


def card_menu(page: BoardPage, card_id: str, parent: QWidget) -> QMenu:
    """Return the menu of a card (acting on every selected card where that makes sense)."""
    menu = QMenu(parent)
    can = not page.ctx.read_only
    _add(menu, "edit_text", translate("BoardMenus", "Edit text…"),
         lambda: page.edit_text(card_id), can)
    _add(menu, "edit_votes", translate("BoardMenus", "Type votes (paper dots)…"),
         lambda: page.edit_votes(card_id), can)
    _choices(menu, translate("BoardMenus", "Kind"), "kind",
             [(k, kind_label(k)) for k in kinds()],
             lambda k: page.set_selected(kind=k), can)
    _choices(menu, translate("BoardMenus", "Dimension"), "dimension",
             [(None, "—"), *page.dimension_choices()],
             lambda d: page.set_selected(dimension_id=d), can)
    _add(menu, "leave_cluster", translate("BoardMenus", "Take out of its cluster"),
         lambda: page.set_selected(cluster_id=None), can)
    _add(menu, "cluster_selection", translate("BoardMenus", "New cluster from the selected cards"),
         page.new_cluster, can)
    menu.addSeparator()
    _add(menu, "make_programme", translate("BoardMenus", "Make a programme from this card"),
         lambda: page.make_programme(card_id=card_id), can)
    menu.addSeparator()
    _add(menu, "delete", translate("BoardMenus", "Delete"), page.delete_selected, can)
    return menu


def cluster_menu(page: BoardPage, cluster_id: str, parent: QWidget) -> QMenu:
    """Return the menu of a cluster."""
    menu = QMenu(parent)
    can = not page.ctx.read_only
    _add(menu, "rename", translate("BoardMenus", "Rename…"),
         lambda: page.rename_cluster(cluster_id), can)
    _add(menu, "make_programme", translate("BoardMenus", "Make a programme from this cluster"),
         lambda: page.make_programme(cluster_id=cluster_id), can)
    menu.addSeparator()
    _add(menu, "delete_cluster", translate("BoardMenus", "Delete cluster (keep its cards)"),
         lambda: page.delete_cluster(cluster_id), can)
    return menu
