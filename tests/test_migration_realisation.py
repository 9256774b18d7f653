"""Migration 4 (the yearly evaluation): numbers from target texts, on the version-1 fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from app import dump, model
from app.evaluation import collect, record
from app.storage import rows, safe, schema
from app.storage.workbook import open_file

FIXTURE = Path(__file__).with_name("fixtures") / "demo-v1.rencana"


@pytest.fixture
def old(tmp_path: Path) -> Path:
    folder = tmp_path / "old"
    folder.mkdir()
    copy = folder / "old.rencana"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_old_demo_gets_numeric_targets_and_keeps_their_text(old: Path) -> None:
    before = safe.load_copy(old, migrate=False)
    texts = dict(before.execute("SELECT id, target FROM kpi_targets").fetchall())
    goal_texts = dict(before.execute("SELECT id, target FROM goal_targets").fetchall())
    db = safe.load_copy(old)
    targets = rows.select(db, model.KpiTarget)
    assert targets and {t.id: t.target for t in targets} == texts
    assert all(t.value == float(t.target) and t.upper is None for t in targets)
    goal_targets = rows.select(db, model.GoalTarget)
    assert {t.id: t.target for t in goal_targets} == goal_texts
    assert all(t.value == float(t.target) for t in goal_targets)
    assert {(g.level, g.direction) for g in rows.select(db, model.Goal)} == {("impact", "higher")}
    for cls in (model.Realisation, model.BudgetRealisation, model.EvaluationSetting):
        assert rows.select(db, cls) == []


@pytest.mark.parametrize(("text", "value", "upper"), [
    ("40", 40.0, None), ("75,5", 75.5, None), ("1.500", 1500.0, None), ("60-80", 60.0, 80.0),
    ("60 s.d. 80", 60.0, 80.0), ("minimal 80 %", 80.0, None), ("100%", 100.0, None),
    ("ya", 1.0, None), ("Perwal ditetapkan", None, None), ("2 dari 5 kecamatan", None, None),
    ("", None, None),
])
def test_migration_4_reads_the_number_a_target_holds(text: str, value: float | None,
                                                     upper: float | None) -> None:
    """Text holding a number becomes the number; the text stays as written (the note)."""
    db = sqlite_utils.Database(memory=True)
    schema.migrate(db, 0, 3)
    db.execute("INSERT INTO dimensions (id, code, name_id) VALUES ('d', 'SG', 'G')")
    db.execute("INSERT INTO programmes (id, dimension_id, name) VALUES ('p', 'd', 'P')")
    db.execute("INSERT INTO kpis (id, programme_id, indicator) VALUES ('k', 'p', 'K')")
    db.execute("INSERT INTO kpi_targets (id, kpi_id, year, target) VALUES ('t', 'k', 2020, ?)",
               [text])
    db.execute("INSERT INTO goals (id, dimension_id, text) VALUES ('g', 'd', 'G')")
    db.execute("INSERT INTO goal_targets (id, goal_id, year, target) VALUES ('u', 'g', 2020, ?)",
               [text])
    schema.migrate(db, 3)
    for table in ("kpi_targets", "goal_targets"):
        found = db.execute(f"SELECT target, value, upper FROM [{table}]").fetchone()
        assert found == (text, value, upper)


def test_migration_4_agrees_with_what_a_new_target_stores(wb: object) -> None:
    """The frozen parser of the migration and today's writer give the same numbers."""
    from app.evaluation.numbers import read_target

    for text in ("40", "75,5", "1.500", "60-80", "minimal 80 %", "ya", "abc", "2 dari 5", "-2"):
        found = read_target(text)
        assert schema._m004_target(text) == (found.value, found.upper), text


def test_an_old_workbook_opens_and_takes_realisation(old: Path) -> None:
    """Opened for writing, the version-1 demo is migrated (a copy kept) and can be evaluated."""
    with open_file(old) as wb:
        assert wb.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        kpi = rows.select(wb.db, model.Kpi)[0]
        year = rows.select(wb.db, model.KpiTarget, kpi_id=kpi.id)[0].year or 2019
        record.record(wb, [record.Entry(kpi.id, False, year, "year", 5)], "Bappeda")
        ev = collect.evaluate(collect.Data.read(wb.db), year)
        assert any(r.realised == 5 for p in ev.programmes for r in p.results)
    assert len(list(old.parent.iterdir())) >= 2  # the pre-migration copy is kept beside it


def test_the_old_dump_keeps_every_value(old: Path) -> None:
    old_db = safe.load_copy(old, migrate=False)
    old_targets = {r[0]: r[1] for r in old_db.execute("SELECT id, target FROM kpi_targets "
                                                      "WHERE _deleted = 0")}
    content = dump.content(safe.load_copy(old))
    assert {r["id"]: r["target"] for r in content["kpi_targets"]} == old_targets
