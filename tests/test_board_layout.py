"""The tidy board layout: no two cards overlap and every cluster frame holds its own cards."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app import board_layout as bl
from app import model

DIMENSIONS = [model.Dimension(id=f"d{n}", code=f"D{n}", name_id=f"D{n}") for n in range(3)]


def _board(spec: list[tuple[int | None, int | None]], clusters: int,
           ) -> tuple[list[model.Card], list[model.Cluster]]:
    found = [model.Cluster(id=f"c{n}", name=f"K{n}", x=0.0, y=0.0) for n in range(clusters)]
    cards = [model.Card(id=f"k{n}", text="x", position=n,
                        cluster_id=f"c{cluster}" if cluster is not None and clusters else None,
                        dimension_id=f"d{dim}" if dim is not None else None, x=0.0, y=0.0)
             for n, (cluster, dim) in enumerate(spec)]
    return cards, found


def _rect(x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
    return x, y, x + w, y + h


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 4)),
                          st.one_of(st.none(), st.integers(0, 2))), max_size=60),
       st.integers(0, 5))
def test_arranged_cards_never_overlap_and_sit_inside_their_cluster(
        spec: list[tuple[int | None, int | None]], clusters: int) -> None:
    cards, found = _board([(c % clusters if c is not None and clusters else None, d)
                           for c, d in spec], clusters)
    layout = bl.arrange(cards, found, DIMENSIONS)
    rects = {cid: _rect(*layout.cards[cid], bl.CARD_W, bl.CARD_H) for cid in layout.cards}
    assert set(rects) == {c.id for c in cards}
    ids = sorted(rects)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            assert not _overlap(rects[a], rects[b]), (a, b)
    frames = {}
    for cluster in found:
        members = [c for c in cards if c.cluster_id == cluster.id]
        frames[cluster.id] = _rect(*layout.clusters[cluster.id], *bl.cluster_size(len(members)))
        for card in members:
            r, f = rects[card.id], frames[cluster.id]
            assert f[0] <= r[0] and f[1] + bl.CLUSTER_HEADER <= r[1]
            assert r[2] <= f[2] and r[3] <= f[3]
    for card in cards:
        if card.cluster_id is None:
            assert not any(_overlap(rects[card.id], f) for f in frames.values())
    names = sorted(frames)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not _overlap(frames[a], frames[b])


def test_loose_cards_start_a_new_row_for_each_dimension() -> None:
    cards, _ = _board([(None, 0), (None, 0), (None, 1), (None, None)], 0)
    layout = bl.arrange(cards, [], DIMENSIONS)
    assert layout.cards["k0"] == (0.0, 0.0)
    assert layout.cards["k1"] == (bl.STEP_X, 0.0)
    assert layout.cards["k2"] == (0.0, bl.STEP_Y)
    assert layout.cards["k3"] == (0.0, 2 * bl.STEP_Y)


def test_a_big_board_is_laid_out_about_as_wide_as_a_screen() -> None:
    cards, _ = _board([(None, n % 3) for n in range(2000)], 0)
    layout = bl.arrange(cards, [], DIMENSIONS)
    width = max(x for x, _ in layout.cards.values()) + bl.CARD_W
    height = max(y for _, y in layout.cards.values()) + bl.CARD_H
    assert 1.2 < width / height < 2.2
