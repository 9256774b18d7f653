"""The roadmap's rules in app/, shared by the window and the printed charts: packing bars
into rows, the programme filter, and late dependencies."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app import roadmap
from app.programme_filter import Criteria
from app.storage.queries_programmes import ProgrammeRow

SPANS = st.lists(st.tuples(st.integers(2019, 2030), st.integers(0, 4)), max_size=60)


def _row(pid: str, start: int, end: int, phase: str = "long", lead: str | None = None,
         ) -> ProgrammeRow:
    return ProgrammeRow(pid, pid.upper(), "x", "d0", "D0", 0, None, "", "", lead, "", "",
                        phase, "", start, end, 0)


@given(spans=SPANS)
def test_packed_bars_never_share_a_year_and_need_no_more_rows_than_the_busiest_year(
        spans: list[tuple[int, int]]) -> None:
    bars = [(f"p{n}", start, start + length) for n, (start, length) in enumerate(spans)]
    placed = roadmap.pack(bars)
    assert set(placed) == {b[0] for b in bars}
    for row in set(placed.values()):
        years = [y for pid, s, e in bars if placed[pid] == row for y in range(s, e + 1)]
        assert len(years) == len(set(years))
    busiest = max((sum(s <= y <= e for _p, s, e in bars) for y in range(2019, 2035)), default=0)
    assert sorted(set(placed.values())) == list(range(busiest))


def test_a_kept_bar_stays_in_its_row_while_it_fits() -> None:
    bars = [("a", 2019, 2020), ("b", 2021, 2022), ("c", 2019, 2019)]
    assert roadmap.pack(bars) == {"c": 0, "a": 1, "b": 0}  # by start, then end year
    assert roadmap.pack(bars, keep={"b": 1}) == {"c": 0, "a": 1, "b": 1}


def test_starting_in_the_last_year_of_a_predecessor_is_not_late() -> None:
    before = _row("a", 2019, 2021)
    data = roadmap.RoadmapData("Kota", 2019, 2024, {
        "a": before, "b": _row("b", 2021, 2022), "c": _row("c", 2020, 2022)},
        dependencies=(("b", "a"), ("c", "a")))
    assert [(after.id, b.id) for after, b in roadmap.late_dependencies(data)] == [("c", "a")]
    assert not roadmap.outside_plan(data, before)
    assert roadmap.outside_plan(data, _row("d", 2018, 2020))


def test_the_register_and_the_roadmap_filter_alike() -> None:
    row = _row("a", 2019, 2021, phase="quick_win", lead="opd")
    assert Criteria(phase="quick_win", lead_id="opd").accepts(row)
    assert not Criteria(lead_id="other").accepts(row)
    assert Criteria(year=2020, text="portal").accepts(row, "SG-01 Portal")
    assert not Criteria(year=2022).accepts(row)
