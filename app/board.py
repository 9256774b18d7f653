"""What a user can do on the idea board, each one app.ops Change (one transaction, one undo step).

The board page only decides when to call these and puts the result on the undo
stack; programmes made from cards get their code and origins from app.programmes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from app import board_layout, i18n, model, ops, programmes
from app.errors import ValidationError
from app.storage import queries_board, rows
from app.storage.workbook import WorkbookFile

ELLIPSIS = "…"


def add_card(wb: WorkbookFile, card: model.Card) -> tuple[ops.Change, str]:
    """Add ``card`` after every card captured so far (capture order); return Change and id.

    Cards come from the board's capture line and from the Analysis page (SWOT items,
    issues, gaps) alike.
    """
    placed = dataclasses.replace(card, position=queries_board.next_card_position(wb.db))
    return ops.add(wb, placed, label="Add card")


def move(wb: WorkbookFile, cards: dict[str, tuple[float, float, str | None]],
         clusters: dict[str, tuple[float, float]]) -> ops.Change:
    """Move cards (into or out of clusters) and clusters, all as one step."""
    with ops.Action(wb, "Move cards") as act:
        for cluster_id, (x, y) in clusters.items():
            act.update(model.Cluster, cluster_id, x=x, y=y)
        for card_id, (x, y, home) in cards.items():
            act.update(model.Card, card_id, x=x, y=y, cluster_id=home)
    return act.change


def add_votes(wb: WorkbookFile, card_ids: Iterable[str], by: int = 1) -> ops.Change:
    """Add ``by`` dots (negative: remove, never below zero) to each card."""
    with ops.Action(wb, "Vote") as act:
        for card_id in card_ids:
            card = rows.get(wb.db, model.Card, card_id)
            if card is not None:
                act.update(model.Card, card_id, votes=max(0, card.votes + by))
    return act.change


def set_votes(wb: WorkbookFile, card_id: str, votes: int) -> ops.Change:
    """Set a card's tally of dots (counted on paper)."""
    return ops.update(wb, model.Card, card_id, label="Count votes", votes=votes)


def set_text(wb: WorkbookFile, card_id: str, text: str) -> ops.Change:
    """Change what a card says."""
    return ops.update(wb, model.Card, card_id, label="Edit card", text=text)


def set_field(wb: WorkbookFile, card_ids: Iterable[str], **fields: object) -> ops.Change:
    """Set the kind, dimension, team or session of several cards at once."""
    with ops.Action(wb, "Edit card") as act:
        for card_id in card_ids:
            act.update(model.Card, card_id, **fields)
    return act.change


def delete_cards(wb: WorkbookFile, card_ids: Iterable[str]) -> ops.Change:
    """Delete cards."""
    with ops.Action(wb, "Delete cards") as act:
        for card_id in card_ids:
            act.delete(model.Card, card_id)
    return act.change


def new_cluster(wb: WorkbookFile, name: str, x: float, y: float,
                card_ids: Iterable[str] = ()) -> tuple[ops.Change, str]:
    """Add a cluster at (x, y), putting ``card_ids`` in it; return the Change and its id."""
    with ops.Action(wb, "Add cluster") as act:
        cluster_id = act.put(model.Cluster(name=name, x=x, y=y))
        for card_id in card_ids:
            act.update(model.Card, card_id, cluster_id=cluster_id)
    return act.change, cluster_id


def rename_cluster(wb: WorkbookFile, cluster_id: str, name: str) -> ops.Change:
    """Rename a cluster."""
    return ops.update(wb, model.Cluster, cluster_id, label="Rename cluster", name=name)


def delete_cluster(wb: WorkbookFile, cluster_id: str) -> ops.Change:
    """Delete a cluster; its cards stay on the board, outside any cluster."""
    with ops.Action(wb, "Delete cluster") as act:
        for card_id in queries_board.cluster_card_ids(wb.db, cluster_id):
            act.update(model.Card, card_id, cluster_id=None)
        act.delete(model.Cluster, cluster_id)
    return act.change


def tidy(wb: WorkbookFile) -> ops.Change:
    """Lay the whole board out afresh (app.board_layout.arrange) as one step."""
    cards = rows.select(wb.db, model.Card, status="accepted")
    clusters = rows.select(wb.db, model.Cluster)
    layout = board_layout.arrange(cards, clusters, rows.select(wb.db, model.Dimension))
    with ops.Action(wb, "Tidy the board") as act:
        for cluster in clusters:
            x, y = layout.clusters[cluster.id]
            if (cluster.x, cluster.y) != (x, y):
                act.update(model.Cluster, cluster.id, x=x, y=y)
        for card in cards:
            x, y = layout.cards[card.id]
            if (card.x, card.y) != (x, y):
                act.update(model.Card, card.id, x=x, y=y)
    return act.change


def programme_name(text: str) -> str:
    """Return a programme name made from a card's text: its first line, cut to fit."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    limit = model.NAME_TEXT
    return first if len(first) <= limit else first[:limit - 1].rstrip() + ELLIPSIS


def make_programme(wb: WorkbookFile, card_id: str | None = None,
                   cluster_id: str | None = None) -> tuple[ops.Change, str]:
    """Make a programme from a card or a cluster, linked to it (and a cluster's cards).

    The name comes from the card's text (or the cluster's name), the dimension
    from the card (or the cluster), the years from the plan period, the code
    from app.programmes. Returns the Change and the programme's id; raises
    ValidationError when there is no dimension to put it in.
    """
    name, dimension_id, description, cards = _programme_source(wb, card_id, cluster_id)
    if not dimension_id:
        raise ValidationError("Give the card (or the cluster's cards) a dimension first: every "
                              "programme belongs to a dimension.")
    start, end = queries_board.plan_period(wb.db)
    with ops.Action(wb, "Make programme") as act:
        programme_id = programmes.put_new(act, model.Programme(
            dimension_id=dimension_id, name=name, description=description,
            start_year=start, end_year=end))
        if cluster_id:
            programmes.put_origin(act, programme_id, cluster_id=cluster_id)
        for origin_card in cards:
            programmes.put_origin(act, programme_id, card_id=origin_card)
    return act.change, programme_id


def _programme_source(wb: WorkbookFile, card_id: str | None, cluster_id: str | None,
                      ) -> tuple[str, str | None, str, list[str]]:
    """Return (name, dimension id, description, card ids) of a card or a cluster."""
    if cluster_id:
        cluster = rows.get(wb.db, model.Cluster, cluster_id)
        if cluster is None:
            raise ValidationError("This item no longer exists.")
        ids = queries_board.cluster_card_ids(wb.db, cluster_id)
        texts = [c.card.text for c in queries_board.board_cards(wb.db, ids)]
        description = "\n".join(f"- {text}" for text in texts)
        return (programme_name(cluster.name), queries_board.cluster_dimension(wb.db, cluster_id),
                description, ids)
    card = rows.get(wb.db, model.Card, card_id)
    if card is None:
        raise ValidationError("This item no longer exists.")
    name = programme_name(card.text)
    description = card.text if card.text.strip() != name else ""
    return name, card.dimension_id, description, [card.id]


i18n.register({
    "Add card": "Tambah kartu",
    "Move cards": "Pindahkan kartu",
    "Vote": "Beri suara",
    "Count votes": "Hitung suara",
    "Edit card": "Ubah kartu",
    "Delete cards": "Hapus kartu",
    "Add cluster": "Tambah klaster",
    "Rename cluster": "Ganti nama klaster",
    "Delete cluster": "Hapus klaster",
    "Make programme": "Buat program",
    "Tidy the board": "Rapikan papan",
    "Give the card (or the cluster's cards) a dimension first: every programme belongs "
    "to a dimension.":
        "Beri kartu (atau kartu-kartu klaster) sebuah dimensi dahulu: setiap program "
        "termasuk dalam satu dimensi.",
})
