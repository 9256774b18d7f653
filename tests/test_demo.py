"""The Kota Madiun demo: the facts of domain.md, enough material everywhere, deterministic."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from app import board_layout, demo, dump, model
from app.demo import build as demo_build
from app.storage import rows, safe
from app.storage.workbook import open_file


@pytest.fixture(scope="module")
def db(demo_file: Path):  # type: ignore[no-untyped-def]
    """Return a read-only in-memory copy of the session's demo workbook."""
    database = safe.load_copy(demo_file)
    yield database
    database.conn.close()


def _dimension_codes(db) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {d.id: d.code for d in rows.select(db, model.Dimension)}


def test_workbook_is_kota_madiun_2019_2024_and_says_names_are_invented(db) -> None:
    book = rows.select(db, model.Workbook)[0]
    assert (book.region, book.kind, book.province) == ("Kota Madiun", "kota", "Jawa Timur")
    assert (book.plan_start, book.plan_end, book.rpjmd_start, book.rpjmd_end) == (
        2019, 2024, 2019, 2024)
    assert book.head_of_region == "H. Maidi"
    assert "REKAAN" in book.notes and "INVENTED" in book.notes
    assert book.vision and book.vision_keywords
    assert rows.count(db, model.Mission) >= 4


def test_bimtek_i_and_iv_carry_the_public_facts(db) -> None:
    sessions = rows.select(db, model.Session)
    assert [s.stage for s in sessions] == ["I", "II", "III", "IV"]
    first, last = sessions[0], sessions[-1]
    assert (first.start_date, first.end_date) == ("2019-07-04", "2019-07-05")
    assert first.venue == "Ruang Bima 2, Hotel Aston Madiun"
    assert "H. Maidi" in first.opened_by and "Marsudi Wahyu Kisworo" in first.narasumber
    assert (last.start_date, last.end_date) == ("2019-09-30", "2019-10-01")
    assert sessions[1].start_date > first.end_date and sessions[2].end_date < last.start_date
    names = [s.name for s in rows.select(db, model.Signatory, session_id=last.id)]
    assert {"H. Maidi", "Subakri", "Prof. Marsudi Wahyu Kisworo"} <= set(names)
    assert rows.count(db, model.AgreedItem, session_id=last.id) >= 3
    kinds = {m.kind for m in rows.select(db, model.MinutesItem, session_id=last.id)}
    assert kinds == {"point", "decision", "followup"}
    for session in sessions:
        days = {a.day for a in rows.select(db, model.AgendaItem, session_id=session.id)}
        assert days == {session.start_date, session.end_date}


def test_about_300_people_from_every_group_most_present_on_both_days_of_bimtek_i(db) -> None:
    people = rows.select(db, model.Person)
    assert 280 <= len(people) <= 320
    assert len({p.name for p in people}) == len(people)
    kinds = {o.kind for o in rows.select(db, model.Organisation)}
    assert {"opd", "bumd", "forkopimda", "vertical", "school", "ngo", "community", "press",
            "university"} <= kinds
    abbreviations = {o.abbreviation for o in rows.select(db, model.Organisation)}
    assert {"Bappeda", "Diskominfo", "Dinkes", "Diskominfo Jatim"} <= abbreviations
    roles = Counter(r for p in people for r in p.role_set())
    assert roles["kepala_daerah"] == 1 and roles["narasumber"] >= 2
    assert roles["dewan"] >= 10 and roles["tim_pelaksana"] >= 30
    assert sum(p.team_id is not None for p in people) >= 200
    first = rows.select(db, model.Session)[0]
    for day in ("2019-07-04", "2019-07-05"):
        ticks = rows.select(db, model.Attendance, session_id=first.id, day=day)
        assert len(ticks) == len(people)
        assert sum(t.present for t in ticks) > 0.8 * len(people)
    invented = [p for p in people if p.name not in ("H. Maidi", "Subakri",
                                                    "Prof. Marsudi Wahyu Kisworo")]
    assert all(p.notes == "Nama rekaan untuk demo." for p in invented)


def test_bimtek_i_board_has_120_cards_swot_per_component_and_innovations_per_dimension(
        db) -> None:
    first = rows.select(db, model.Session)[0]
    cards = rows.select(db, model.Card, session_id=first.id)
    assert len(cards) >= 120
    codes = _dimension_codes(db)
    swot = {(c.kind, c.component_id, codes[c.dimension_id]) for c in cards if c.component_id}
    assert len(swot) == 4 * 3 * 6
    ideas = Counter(codes[c.dimension_id] for c in cards if c.kind == "idea")
    assert set(ideas) == set(codes.values()) and min(ideas.values()) >= 3
    assert {"issue", "gap"} <= {c.kind for c in cards}
    for i, card in enumerate(cards):  # laid out by the board's own tidy layout: no overlaps
        for other in cards[i + 1:]:
            assert (abs(card.x - other.x) >= board_layout.CARD_W
                    or abs(card.y - other.y) >= board_layout.CARD_H)
    assert sum(c.cluster_id is not None for c in cards) >= 12
    assert sum(c.votes for c in cards) > 0


def test_readiness_rated_with_narrative_and_evidence_for_every_component_and_dimension(
        db) -> None:
    cells = rows.select(db, model.Readiness)
    assert len(cells) == 3 * 6
    assert all(1 <= c.rating <= 5 and c.narrative for c in cells)
    for cell in cells:
        assert rows.count(db, model.Evidence, component_id=cell.component_id,
                          dimension_id=cell.dimension_id) >= 1


def test_goals_per_dimension_have_a_target_every_plan_year(db) -> None:
    goals = rows.select(db, model.Goal)
    assert set(_dimension_codes(db)) == {g.dimension_id for g in goals}
    for goal in goals:
        years = [t.year for t in rows.select(db, model.GoalTarget, goal_id=goal.id)]
        assert years == list(range(2019, 2025))


def test_programmes_cover_every_dimension_with_codes_owners_money_and_kpis(db) -> None:
    programmes = rows.select(db, model.Programme)
    codes = _dimension_codes(db)
    assert len(programmes) >= 36
    assert set(codes.values()) == {codes[p.dimension_id] for p in programmes}
    for programme in programmes:
        assert re.fullmatch(rf"{codes[programme.dimension_id]}-\d\d", programme.code)
        assert programme.lead_org_id and programme.element_id
        budgets = rows.select(db, model.Budget, programme_id=programme.id)
        assert {b.year for b in budgets} == set(range(programme.start_year,
                                                      programme.end_year + 1))
        assert all(b.amount > 0 for b in budgets)
        kpis = rows.select(db, model.Kpi, programme_id=programme.id)
        assert kpis and all(rows.count(db, model.KpiTarget, kpi_id=k.id) for k in kpis)
    assert len({p.code for p in programmes}) == len(programmes)
    assert len({b.source_id for b in rows.select(db, model.Budget)}) >= 4
    assert {p.kind for p in programmes} == set(model.PROGRAMME_KINDS)
    assert {p.phase for p in programmes} == set(model.PHASES)
    assert rows.count(db, model.Dependency) >= 3
    assert rows.count(db, model.ProgrammeOrigin) >= 30
    assert rows.count(db, model.ProgrammePartner) >= 36
    assert rows.count(db, model.Milestone) >= 36


def test_no_demo_programme_starts_before_its_predecessor_ends(db) -> None:
    for dependency in rows.select(db, model.Dependency):
        after = rows.get(db, model.Programme, dependency.programme_id)
        before = rows.get(db, model.Programme, dependency.predecessor_id)
        assert after and before and after.start_year >= before.end_year, after


def test_six_quick_wins_one_per_dimension_with_progress(db) -> None:
    quick = [p for p in rows.select(db, model.Programme) if p.is_quick_win]
    codes = _dimension_codes(db)
    assert sorted(codes[p.dimension_id] for p in quick) == sorted(codes.values())
    names = " ".join(p.name for p in quick)
    for word in ("Portal Layanan", "Street Center", "Galeri UMKM Online", "Kampung Tematik",
                 "Laptop", "Kampung Iklim"):
        assert word in names
    for programme in quick:
        updates = rows.select(db, model.QuickWinUpdate, programme_id=programme.id)
        percents = [u.percent for u in updates]
        assert len(updates) >= 2 and percents == sorted(percents)


def test_document_settings_are_the_documented_keys(db) -> None:
    settings = {s.id: s.value for s in rows.select(db, model.DocSetting)}
    for key in ("foreword_id", "foreword_en", "sign_place", "sign_date", "font", "font_size",
                "paper"):
        assert settings[key], key
        assert f"``{key}``" in (demo_build.__doc__ or "")
    assert settings["paper"] in ("a4", "f4") and int(settings["font_size"]) >= 10


def test_two_runs_dump_to_the_same_bytes(demo_file: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.rencana"
    demo.write_demo(again).close()
    first, second = safe.load_copy(demo_file), safe.load_copy(again)
    assert dump.dumps(first) == dump.dumps(second)


def test_write_demo_replaces_an_existing_file_and_leaves_no_temporary_files(
        tmp_path: Path) -> None:
    target = tmp_path / "m.rencana"
    target.write_text("an old file")
    demo.write_demo(target).close()
    with open_file(target) as wb:
        assert rows.count(wb.db, model.Programme) >= 36
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.rencana"]
