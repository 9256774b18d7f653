"""Readiness ratings, evidence and SWOT entries: the operations behind the Analysis page."""

from __future__ import annotations

import dataclasses
from typing import Any

from app import board, board_layout, model, ops
from app.storage import rows
from app.storage.workbook import WorkbookFile

SWOT_KINDS = ("strength", "weakness", "opportunity", "threat")


def readiness_id(component_id: str, dimension_id: str) -> str:
    """Return the id of the readiness cell of a component in a dimension."""
    return model.natural_id("readiness", component_id, dimension_id)


def readiness(wb: WorkbookFile, component_id: str, dimension_id: str) -> model.Readiness:
    """Return the readiness cell (an unrated one if nothing was entered yet)."""
    row_id = readiness_id(component_id, dimension_id)
    found = rows.get(wb.db, model.Readiness, row_id)
    return found or model.Readiness(id=row_id, component_id=component_id,
                                    dimension_id=dimension_id)


def set_readiness(wb: WorkbookFile, component_id: str, dimension_id: str,
                  **fields: Any) -> ops.Change:
    """Set the rating and/or narrative of a readiness cell, creating it; return the Change."""
    cell = dataclasses.replace(readiness(wb, component_id, dimension_id), **fields)
    return ops.put(wb, cell, "Edit readiness")[0]


def add_evidence(wb: WorkbookFile, component_id: str, dimension_id: str,
                 text: str) -> tuple[ops.Change, str]:
    """Add an evidence item (data dukung) to a readiness cell; return the Change and its id."""
    position = rows.count(wb.db, model.Evidence, component_id=component_id,
                          dimension_id=dimension_id)
    item = model.Evidence(component_id=component_id, dimension_id=dimension_id, text=text,
                          position=position)
    return ops.add(wb, item, "Add evidence")


def add_card(wb: WorkbookFile, kind: str, text: str, dimension_id: str | None,
             component_id: str | None = None) -> tuple[ops.Change, str]:
    """Add an analysis entry (a SWOT item, an issue or a gap) as a card; return Change and id."""
    x, y = board_layout.free_slot(rows.select(wb.db, model.Card),
                                  rows.select(wb.db, model.Cluster))  # not on another card
    card = model.Card(kind=kind, text=text, dimension_id=dimension_id,
                      component_id=component_id, x=x, y=y)
    return board.add_card(wb, card)


def cards(wb: WorkbookFile, kind: str, dimension_id: str | None = None,
          component_id: str | None = None) -> list[model.Card]:
    """Return the cards of one kind, optionally of one dimension and one component."""
    equals: dict[str, Any] = {"kind": kind, "status": "accepted"}
    if dimension_id:
        equals["dimension_id"] = dimension_id
    if component_id:
        equals["component_id"] = component_id
    return rows.select(wb.db, model.Card, **equals)
