"""The context menus of a card and a cluster; each entry calls one action of the board page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.board.style import kind_label, kinds

if TYPE_CHECKING:
    from ui.pages.board import BoardPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardMenus", text)


def _add(menu: QMenu, name: str, text: str, slot: object, enabled: bool = True) -> QAction:
    action = QAction(text, menu)
    action.setObjectName(name)
    action.setEnabled(enabled)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def card_menu(page: BoardPage, card_id: str, parent: QWidget) -> QMenu:
    """Return the menu of a card (acting on every selected card where that makes sense)."""
    menu = QMenu(parent)
    editable = not page.ctx.read_only
    _add(menu, "edit_text", _tr("Edit text…"), lambda: page.edit_text(card_id), editable)
    _add(menu, "edit_votes", _tr("Type votes (paper dots)…"),
         lambda: page.edit_votes(card_id), editable)
    kind_menu = menu.addMenu(_tr("Kind"))
    kind_menu.setEnabled(editable)
    for kind in kinds():
        _add(kind_menu, f"kind_{kind}", kind_label(kind),
             lambda _=False, k=kind: page.set_selected(kind=k))
    dimension_menu = menu.addMenu(_tr("Dimension"))
    dimension_menu.setEnabled(editable)
    for dimension_id, label in [(None, "—"), *page.dimension_choices()]:
        _add(dimension_menu, f"dimension_{dimension_id}", label,
             lambda _=False, d=dimension_id: page.set_selected(dimension_id=d))
    _add(menu, "leave_cluster", _tr("Take out of its cluster"),
         lambda: page.set_selected(cluster_id=None), editable)
    _add(menu, "cluster_selection", _tr("New cluster from the selected cards"),
         page.new_cluster, editable)
    menu.addSeparator()
    _add(menu, "make_programme", _tr("Make a programme from this card"),
         lambda: page.make_programme(card_id=card_id), editable)
    menu.addSeparator()
    _add(menu, "delete", _tr("Delete"), page.delete_selected, editable)
    return menu


def cluster_menu(page: BoardPage, cluster_id: str, parent: QWidget) -> QMenu:
    """Return the menu of a cluster."""
    menu = QMenu(parent)
    editable = not page.ctx.read_only
    _add(menu, "rename", _tr("Rename…"), lambda: page.rename_cluster(cluster_id), editable)
    _add(menu, "make_programme", _tr("Make a programme from this cluster"),
         lambda: page.make_programme(cluster_id=cluster_id), editable)
    menu.addSeparator()
    _add(menu, "delete_cluster", _tr("Delete cluster (keep its cards)"),
         lambda: page.delete_cluster(cluster_id), editable)
    return menu
