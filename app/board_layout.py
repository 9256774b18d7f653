"""The idea board's geometry and its tidy layout: where cards and clusters go, without Qt.

The board draws a card as a CARD_W x CARD_H note; new cards fill a grid of
CAPTURE_COLUMNS columns. ``arrange`` lays a whole board out afresh: clusters in
a block to the right of the grid, each holding its cards in rows, and the loose
cards in the grid, one band of rows per dimension. Anything that places cards
(the demo, an import) can use these numbers so its cards do not overlap.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app import model

CARD_W = 200.0
CARD_H = 124.0
GAP = 24.0
STEP_X = CARD_W + GAP
STEP_Y = CARD_H + GAP
CAPTURE_COLUMNS = 8  # new cards fill this many columns, left to right, top to bottom
CLUSTER_HEADER = 40.0
CLUSTER_PAD = 16.0
CLUSTER_MIN_W = 2 * CARD_W + GAP + 2 * CLUSTER_PAD
CLUSTER_MIN_H = CARD_H + CLUSTER_HEADER + CLUSTER_PAD
CLUSTER_COLUMNS = 3  # clusters side by side in the cluster block
CARDS_PER_CLUSTER_ROW = 3
SCREEN_RATIO = 1.6


@dataclass(frozen=True)
class Layout:
    """Where everything goes: {card id: (x, y)} and {cluster id: (x, y)}."""

    cards: dict[str, tuple[float, float]]
    clusters: dict[str, tuple[float, float]]


def grid_slot(index: int, columns: int = CAPTURE_COLUMNS) -> tuple[float, float]:
    """Return the top-left corner of slot ``index`` of a grid ``columns`` wide."""
    return (index % columns) * STEP_X, (index // columns) * STEP_Y


def _cells_of(x: float, y: float) -> set[tuple[int, int]]:
    """Return the capture-grid cells a card at (x, y) covers, even in part."""
    cols = range(math.floor(x / STEP_X), math.floor((x + CARD_W) / STEP_X) + 1)
    rows = range(math.floor(y / STEP_Y), math.floor((y + CARD_H) / STEP_Y) + 1)
    return {(c, r) for c in cols for r in rows}


def free_slot(cards: Sequence[model.Card],
              clusters: Sequence[model.Cluster] = ()) -> tuple[float, float]:
    """Return the first place of the capture grid that no card covers and no cluster frame
    overlaps (left to right, top to bottom): where a card added off the board goes."""
    taken: set[tuple[int, int]] = set()
    for card in cards:
        taken |= _cells_of(card.x, card.y)
    members: dict[str, int] = {}
    for card in cards:
        if card.cluster_id:
            members[card.cluster_id] = members.get(card.cluster_id, 0) + 1
    frames = [(c.x, c.y, *cluster_size(members.get(c.id, 0))) for c in clusters]
    index = 0
    while True:
        col, row = index % CAPTURE_COLUMNS, index // CAPTURE_COLUMNS
        x, y = grid_slot(index)
        if (col, row) not in taken and not any(
                x < fx + fw and fx < x + CARD_W and y < fy + fh and fy < y + CARD_H
                for fx, fy, fw, fh in frames):
            return x, y
        index += 1


def grid_columns(count: int) -> int:
    """Return how wide a tidy grid of ``count`` cards is: the capture grid, or wider to
    keep a big board about as wide as a 16:10 screen."""
    return max(CAPTURE_COLUMNS, math.ceil(math.sqrt(count * SCREEN_RATIO * STEP_Y / STEP_X)))


def cluster_size(count: int) -> tuple[float, float]:
    """Return the width and height of a tidy cluster frame holding ``count`` cards."""
    columns = max(2, min(CARDS_PER_CLUSTER_ROW, count))
    rows = max(1, math.ceil(count / columns))
    width = columns * STEP_X - GAP + 2 * CLUSTER_PAD
    height = CLUSTER_HEADER + rows * STEP_Y - GAP + CLUSTER_PAD
    return max(width, CLUSTER_MIN_W), max(height, CLUSTER_MIN_H)


def _loose(cards: Sequence[model.Card],
           dimension_order: dict[str, int]) -> dict[str, tuple[float, float]]:
    """Lay out the cards outside clusters: a band of grid rows per dimension, capture order."""
    places: dict[str, tuple[float, float]] = {}
    ranked = sorted(cards, key=lambda c: (dimension_order.get(c.dimension_id or "", 1 << 20),
                                          c.position, c.id))
    columns = grid_columns(len(ranked))
    index, band = 0, None
    for card in ranked:
        if card.dimension_id != band and index % columns:
            index += columns - index % columns  # a new dimension starts a new row
        band = card.dimension_id
        places[card.id] = grid_slot(index, columns)
        index += 1
    return places


def _clustered(cards: Sequence[model.Card], clusters: Sequence[model.Cluster],
               left: float) -> Layout:
    """Lay out the clusters in rows of CLUSTER_COLUMNS from ``left``, each holding its cards."""
    members = {c.id: [card for card in cards if card.cluster_id == c.id] for c in clusters}
    ordered = sorted(clusters, key=lambda c: (c.y, c.x, c.name, c.id))
    places: dict[str, tuple[float, float]] = {}
    frames: dict[str, tuple[float, float]] = {}
    widths = [0.0] * CLUSTER_COLUMNS
    for start in range(0, len(ordered), CLUSTER_COLUMNS):
        for col, cluster in enumerate(ordered[start:start + CLUSTER_COLUMNS]):
            widths[col] = max(widths[col], cluster_size(len(members[cluster.id]))[0])
    top = 0.0
    for start in range(0, len(ordered), CLUSTER_COLUMNS):
        row = ordered[start:start + CLUSTER_COLUMNS]
        x = left
        for col, cluster in enumerate(row):
            frames[cluster.id] = (x, top)
            for n, card in enumerate(sorted(members[cluster.id], key=lambda c: c.position)):
                across, down = n % CARDS_PER_CLUSTER_ROW, n // CARDS_PER_CLUSTER_ROW
                places[card.id] = (x + CLUSTER_PAD + across * STEP_X,
                                   top + CLUSTER_HEADER + down * STEP_Y)
            x += widths[col] + 2 * GAP
        top += max(cluster_size(len(members[c.id]))[1] for c in row) + 2 * GAP
    return Layout(places, frames)


def arrange(cards: Sequence[model.Card], clusters: Sequence[model.Cluster],
            dimensions: Sequence[model.Dimension]) -> Layout:
    """Return a tidy layout of the board: no two cards overlap, clusters hold their cards."""
    known = {c.id for c in clusters}
    order = {d.id: n for n, d in enumerate(dimensions)}
    loose = [c for c in cards if c.cluster_id not in known]
    inside = [c for c in cards if c.cluster_id in known]
    left = grid_columns(len(loose)) * STEP_X + 3 * GAP
    grouped = _clustered(inside, clusters, left)
    return Layout({**_loose(loose, order), **grouped.cards}, grouped.clusters)


def projector_columns(count: int, width: float, min_card_w: float, max_columns: int = 6) -> int:
    """Return how many columns of cards the projector shows across ``width``: as few as fill
    the rows evenly, never a card narrower than ``min_card_w`` (its text must stay large)."""
    if count <= 0:
        return 1
    fitting = max(1, int((width + GAP) // (min_card_w + GAP)))
    columns = min(fitting, max_columns, count)
    while columns > 1 and math.ceil(count / (columns - 1)) == math.ceil(count / columns):
        columns -= 1  # as wide as the same number of rows allows
    return columns
