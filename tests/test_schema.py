"""The file format over the years: frozen schema versions, and workbooks written by each one.

``tests/fixtures/demo-vN.rencana`` is the demo written by the Rencana that
released schema version N (``main.py demo``), and ``demo-vN.dump.json.gz`` the
``main.py dump`` of it by that same Rencana. Each must keep opening, importing
and merging, with every old value unchanged, in every later Rencana.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from app import dump, merge, model, ops
from app.storage import rows, safe, schema
from app.storage.workbook import open_file
from tests.helpers import run_cli

FIXTURES = Path(__file__).with_name("fixtures")
RELEASED = {1: "demo-v1"}  # schema version -> fixture written by the Rencana that made it


# -- the newest frozen schema is the model --------------------------------------------


def _model_schema() -> sqlite_utils.Database:
    """Return a database whose tables are made from app.model (the oracle, never shipped)."""
    db = sqlite_utils.Database(memory=True)
    for cls in model.RECORDS:
        refs = [(name, rule.ref, "id") for name, rule in cls.rules().items() if rule.ref]
        defaults: dict[str, Any] = {"_rev": 0, "_deleted": 0, "_clock": "{}"}
        db[cls.TABLE].create(  # type: ignore[union-attr]
            schema.columns(cls), pk="id", foreign_keys=refs, not_null={"id"}, defaults=defaults)
        for name, _table, _col in refs:
            db[cls.TABLE].create_index([name])  # type: ignore[union-attr]
    return db


def _describe(conn: sqlite3.Connection) -> dict[str, Any]:
    """Return tables -> columns, foreign keys and indexes, in a form independent of SQL text."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != ?", [schema.META_TABLE])]
    found = {}
    for table in tables:
        columns = {r[1]: (r[2].upper(), r[3], r[4], r[5])
                   for r in conn.execute(f"PRAGMA table_info([{table}])")}
        keys = {(r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list([{table}])")}
        indexes = {}
        for _seq, name, unique, origin, _partial in conn.execute(f"PRAGMA index_list([{table}])"):
            cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info([{name}])"))
            indexes[name if origin == "c" else origin] = (unique, cols)
        found[table] = {"columns": columns, "foreign keys": keys, "indexes": indexes}
    return found


def _frozen(version: int) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    for sql in schema.expected_schema(version).values():
        conn.execute(sql)
    return conn


def test_the_newest_frozen_schema_is_what_app_model_describes() -> None:
    frozen = _describe(_frozen(schema.SCHEMA_VERSION))
    described = _describe(_model_schema().conn)
    assert sorted(frozen) == sorted(described)
    for table in described:
        assert frozen[table] == described[table], table


def test_the_frozen_schema_keeps_the_settings_table() -> None:
    meta = _frozen(schema.SCHEMA_VERSION).execute("PRAGMA table_info(_meta)").fetchall()
    assert [(r[1], r[2], r[5]) for r in meta] == [("key", "TEXT", 1), ("value", "TEXT", 0)]


def test_every_version_is_frozen_sql_not_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field added to the model changes no released version (the 'duplicate column' bug)."""
    before = {v: schema.expected_schema(v) for v in range(1, schema.SCHEMA_VERSION + 1)}
    schema.expected_schema.cache_clear()
    monkeypatch.setattr(model.Team, "rules", classmethod(
        lambda cls: {**model._rules_of(cls), "motto": model.Rule("text")}))
    try:
        for version, objects in before.items():
            assert schema.expected_schema(version) == objects
    finally:
        schema.expected_schema.cache_clear()
    assert "level" not in schema.expected_schema(1)["kpis"]
    assert "level" in schema.expected_schema(2)["kpis"]


def test_each_migration_file_is_plain_statements() -> None:
    files = sorted(p.name for p in schema.MIGRATIONS_DIR.glob("*.sql"))
    assert files[:2] == ["0001_initial.sql", "0002_kpi_evaluation.sql"]
    for name in files:
        assert schema.statements(name), name
        assert all(not s.endswith(";") for s in schema.statements(name))


def test_a_new_workbook_is_the_newest_version(tmp_path: Path) -> None:
    path = tmp_path / "new.rencana"
    run_cli("demo", str(path))
    db = safe.load_copy(path, migrate=False)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


# -- workbooks written by each released version ---------------------------------------


def _old_dump(version: int) -> dict[str, list[dict[str, Any]]]:
    path = FIXTURES / f"{RELEASED[version]}.dump.json.gz"
    data: dict[str, list[dict[str, Any]]] = json.loads(gzip.decompress(path.read_bytes()))
    return data


def _assert_old_values_kept(old: dict[str, list[dict[str, Any]]],
                            new: dict[str, list[dict[str, Any]]]) -> None:
    """Every table, row and value of ``old`` is in ``new`` unchanged (new fields may be added)."""
    for table, old_rows in old.items():
        by_id = {r["id"]: r for r in new[table]}
        for row in old_rows:
            assert row["id"] in by_id, (table, row["id"])
            kept = by_id[row["id"]]
            assert {k: kept[k] for k in row} == row, (table, row["id"])


@pytest.fixture(params=sorted(RELEASED))
def old_copy(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[int, Path]:
    """Return (version, a private copy of the demo that version wrote)."""
    version = request.param
    folder = tmp_path / "old"
    folder.mkdir()
    copy = folder / "old.rencana"
    shutil.copyfile(FIXTURES / f"{RELEASED[version]}.rencana", copy)
    return version, copy


def test_an_old_fixture_is_the_version_it_says(old_copy: tuple[int, Path]) -> None:
    version, path = old_copy
    db = safe.load_copy(path, migrate=False)
    assert db.execute("PRAGMA user_version").fetchone()[0] == version


def test_an_old_workbook_migrated_in_memory_dumps_every_old_value(
        old_copy: tuple[int, Path]) -> None:
    version, path = old_copy
    original = path.read_bytes()
    migrated = dump.content(safe.load_copy(path))
    _assert_old_values_kept(_old_dump(version), migrated)
    assert path.read_bytes() == original
    assert sorted(p.name for p in path.parent.iterdir()) == ["old.rencana"]


def test_the_command_line_dump_of_an_old_workbook_keeps_every_value(
        old_copy: tuple[int, Path]) -> None:
    version, path = old_copy
    result = run_cli("dump", str(path))
    assert result.returncode == 0, result.stderr
    _assert_old_values_kept(_old_dump(version), json.loads(result.stdout))


def test_migration_to_2_gives_kpis_their_defaults_and_numeric_baselines(
        old_copy: tuple[int, Path]) -> None:
    _version, path = old_copy
    kpis = rows.select(safe.load_copy(path), model.Kpi)
    assert {(k.level, k.direction, k.baseline_year) for k in kpis} == {("output", "higher", None)}
    assert all(k.baseline_value == float(k.baseline) for k in kpis)  # the demo's are numbers


@pytest.mark.parametrize(("text", "value"), [
    ("12", 12.0), (" 40 ", 40.0), ("2,5", 2.5), ("0.75", 0.75), ("-3", -3.0),
    ("1.234", None), ("belum ada", None), ("", None), ("12%", None), ("1 000", None)])
def test_migration_2_turns_only_plain_numbers_into_baselines(text: str, value: float | None,
                                                             ) -> None:
    db = sqlite_utils.Database(memory=True)
    schema.migrate(db, 0, 1)
    db.execute("INSERT INTO dimensions (id, code, name_id) VALUES ('d', 'SG', 'G')")
    db.execute("INSERT INTO programmes (id, dimension_id, name) VALUES ('p', 'd', 'P')")
    db.execute("INSERT INTO kpis (id, programme_id, indicator, baseline) "
               "VALUES ('k', 'p', 'K', ?)", [text])
    schema.migrate(db, 1)
    assert db.execute("SELECT baseline, baseline_value FROM kpis").fetchone() == (text, value)


def test_an_old_workbook_opens_for_writing_after_a_copy_of_it_is_kept(
        old_copy: tuple[int, Path]) -> None:
    version, path = old_copy
    original = path.read_bytes()
    with open_file(path) as wb:
        assert wb.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        _assert_old_values_kept(_old_dump(version), dump.content(wb.db))
        programme = rows.select(wb.db, model.Programme)[0]
        ops.update(wb, model.Programme, programme.id, name="Renamed after the upgrade")
    kept = path.with_name(f"old.before-v{schema.SCHEMA_VERSION}-from-v{version}.rencana")
    kept_db = safe.load_copy(kept, migrate=False)
    assert kept_db.execute("PRAGMA user_version").fetchone()[0] == version
    assert len(kept.read_bytes()) == len(original)
    assert dump.content(safe.load_copy(kept)) == dump.content(
        safe.load_copy(FIXTURES / f"{RELEASED[version]}.rencana"))
    with open_file(path) as again:  # migrated once: the second open changes nothing
        assert rows.get(again.db, model.Programme, programme.id).name == (  # type: ignore[union-attr]
            "Renamed after the upgrade")


def test_an_old_workbook_opens_read_only_without_being_written(
        old_copy: tuple[int, Path]) -> None:
    version, path = old_copy
    original = path.read_bytes()
    with open_file(path, read_only=True) as wb:
        assert wb.read_only
        _assert_old_values_kept(_old_dump(version), dump.content(wb.db))
    assert path.read_bytes() == original
    assert sorted(p.name for p in path.parent.iterdir()) == ["old.rencana"]


def test_a_worksheet_imports_into_an_old_workbook(old_copy: tuple[int, Path],
                                                  tmp_path: Path) -> None:
    version, path = old_copy
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Position,Organisation\nNew Person,Staff,Bappeda\n", encoding="utf-8")
    result = run_cli("import", str(path), "--participants", str(sheet))
    assert (result.returncode, result.stdout.strip()) == (0, "1 rows imported."), result.stderr
    after = json.loads(run_cli("dump", str(path)).stdout)
    _assert_old_values_kept(_old_dump(version), after)
    assert "New Person" in {p["name"] for p in after["people"]}


def test_an_old_team_copy_merges_with_a_current_file(old_copy: tuple[int, Path],
                                                     tmp_path: Path) -> None:
    version, old = old_copy
    current = tmp_path / "current.rencana"
    shutil.copyfile(old, current)
    with open_file(current) as wb:  # the facilitator's laptop, upgraded and edited
        kpi = rows.select(wb.db, model.Kpi)[0]
        ops.update(wb, model.Kpi, kpi.id, level="outcome", direction="lower",
                   baseline_year=2018)
        ops.add(wb, model.Organisation(name="Dinas Baru"))
    original = old.read_bytes()
    out = tmp_path / "merged.rencana"
    merge.merge_files(out, [old, current])
    assert old.read_bytes() == original  # migrated in memory, never written back
    assert sorted(p.name for p in old.parent.iterdir()) == ["old.rencana"]
    merged = dump.content(safe.load_copy(out))
    _assert_old_values_kept(_old_dump(version), merged)
    changed = next(k for k in merged["kpis"] if k["id"] == kpi.id)
    assert (changed["level"], changed["direction"], changed["baseline_year"]) == (
        "outcome", "lower", 2018)
    assert "Dinas Baru" in {o["name"] for o in merged["organisations"]}


def test_an_old_team_copy_merges_into_the_open_workbook(old_copy: tuple[int, Path],
                                                        tmp_path: Path) -> None:
    version, old = old_copy
    current = tmp_path / "current.rencana"
    shutil.copyfile(old, current)
    original = old.read_bytes()
    with open_file(current) as wb:
        merge.merge_into(wb, [old])
        _assert_old_values_kept(_old_dump(version), dump.content(wb.db))
    assert old.read_bytes() == original
