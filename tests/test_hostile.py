"""Hostile, damaged and foreign files: refused by merge and check, nothing run, nothing written."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from app import dump, merge, model, ops, workbooks
from app.errors import WorkbookError
from app.storage import rows, safe
from app.storage.workbook import open_file
from tests.helpers import run_cli
from tests.merge_support import add_programme, folder_state

PAGE = 4096


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sound little workbook with a programme and a person, closed."""
    folder = tmp_path_factory.mktemp("good")
    path = folder / "good.rencana"
    book = model.Workbook(region="Kota Contoh", plan_start=2019, plan_end=2024)
    with pytest.MonkeyPatch.context() as env:  # before the per-test data folder exists
        env.setenv("RENCANA_DATA_DIR", str(folder))
        env.setenv("RENCANA_DEVICE", "good-laptop")
        with workbooks.new_workbook(path, book) as wb:
            add_programme(wb, "Smart parking", code="SG-01", description="x" * 5000)
            ops.add(wb, model.Person(name="Ibu Sari"))
    return path


def _sql(*statements: str) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
    return change


def _rewrite_phone(clause: str) -> Callable[[Path], None]:
    """Return a change that adds ``clause`` to the phone column of people, in place."""
    return _sql("PRAGMA writable_schema = ON",
                f"UPDATE sqlite_master SET sql = replace(sql, '\"phone\" TEXT', "
                f"'\"phone\" TEXT {clause}') WHERE name = 'people'")


def _bytes(edit: Callable[[bytearray], bytes | bytearray]) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        path.write_bytes(bytes(edit(bytearray(path.read_bytes()))))
    return change


def _flip(data: bytearray) -> bytearray:
    for offset in (PAGE + 0, PAGE + 3, PAGE + 5, 2 * PAGE + 8, 16):  # b-tree headers, page size
        data[offset] ^= 0xFF
    return data


def _zero(data: bytearray) -> bytearray:
    data[3 * PAGE: 4 * PAGE] = bytes(PAGE)
    return data


def _docx(path: Path) -> None:
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")


def _other_app(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()


def _many_objects(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript("BEGIN;" + "".join(f"CREATE TABLE extra_{n} (x);" for n in range(3000))
                       + "COMMIT;")
    conn.close()


HOSTILE: dict[str, Callable[[Path], None]] = {
    "deleting trigger": _sql(
        "CREATE TRIGGER wipe AFTER UPDATE ON _meta BEGIN DELETE FROM people; END"),
    "inserting trigger": _sql(
        "CREATE TRIGGER spy AFTER INSERT ON programmes BEGIN "
        "INSERT INTO people (id, name) VALUES (hex(randomblob(8)), 'planted'); END"),
    "view named like a table": _sql("ALTER TABLE people RENAME TO people_real",
                                    "CREATE VIEW people AS SELECT * FROM people_real"),
    "extra table": _sql("CREATE TABLE evil (payload TEXT)"),
    "default expression": _rewrite_phone("DEFAULT (hex(randomblob(4)))"),
    "check expression": _rewrite_phone("CHECK (length(phone) < 99)"),
    "huge cell": _sql("UPDATE programmes SET description = "
                      "(SELECT group_concat(hex(randomblob(1000)), '') "
                      "FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                      "WHERE i < 26000) SELECT i FROM n))"),
    "thousands of objects": _many_objects,
    "newer version": _sql("PRAGMA user_version = 99"),
    "truncated": _bytes(lambda d: d[: len(d) // 2]),
    "flipped bytes": _bytes(_flip),
    "zeroed page": _bytes(_zero),
    "garbage appended": _bytes(lambda d: d + b"garbage" * 2000),
    "not sqlite": _bytes(lambda d: b"Rencana? No, a shopping list.\n" * 40),
    "empty": _bytes(lambda d: b""),
    "renamed docx": _docx,
    "another app's database": _other_app,
}


@pytest.fixture(params=sorted(HOSTILE))
def hostile(request: pytest.FixtureRequest, good: Path, tmp_path: Path) -> Path:
    """A copy of the good workbook spoiled one way, alone in its folder."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "team.rencana"
    shutil.copyfile(good, path)
    HOSTILE[request.param](path)
    for sidecar in folder.glob("team.rencana-*"):
        sidecar.unlink()
    return path


def _one_sentence(result: object) -> str:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.returncode != 0  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith(".")
    return lines[0]


def test_merge_and_check_refuse_it_and_write_nothing(hostile, good, tmp_path):
    before = folder_state(hostile.parent)
    out = tmp_path / "merged.rencana"
    sentence = _one_sentence(run_cli("merge", str(out), str(good), str(hostile)))
    assert hostile.name in sentence
    _one_sentence(run_cli("check", str(hostile)))
    assert not out.exists() and not list(tmp_path.glob(".merged*"))
    assert folder_state(hostile.parent) == before  # no write, no -wal or -shm


def test_the_open_workbook_is_untouched_when_a_hostile_file_is_merged_in(hostile, good,
                                                                        tmp_path):
    mine = tmp_path / "mine.rencana"
    shutil.copyfile(good, mine)
    with open_file(mine) as wb:
        content = dump.dumps(wb.db)
        with pytest.raises(WorkbookError):
            merge.merge_into(wb, [hostile])
        assert dump.dumps(wb.db) == content
        assert "planted" not in dump.dumps(wb.db)


def test_the_hardened_reader_refuses_it_with_one_sentence(hostile):
    before = folder_state(hostile.parent)
    with pytest.raises(WorkbookError) as caught:
        safe.load_copy(hostile)
    assert "\n" not in caught.value.message("id")
    assert folder_state(hostile.parent) == before


def test_opening_it_in_the_window_is_refused_with_one_sentence(hostile):
    """ui/opening.py opens with open_file: it refuses before anything is written."""
    before = folder_state(hostile.parent)
    with pytest.raises(WorkbookError) as caught:
        open_file(hostile)
    assert "\n" not in caught.value.message("id")
    assert hostile.name in caught.value.message("en")
    assert folder_state(hostile.parent) == before  # byte-identical, no lock, -wal or copy


def test_opening_it_read_only_is_refused_too(hostile, request):
    before = folder_state(hostile.parent)
    if request.node.callspec.params["hostile"] == "newer version":  # ours, from a later Rencana
        with open_file(hostile, read_only=True) as wb:
            assert rows.count(wb.db, model.Person) == 1
    else:
        with pytest.raises(WorkbookError) as caught:
            open_file(hostile, read_only=True)
        assert "\n" not in caught.value.message("id")
    assert folder_state(hostile.parent) == before


def test_importing_into_it_is_refused_with_one_sentence(hostile, tmp_path):
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Position,Organisation\nNew Person,Staff,Bappeda\n", encoding="utf-8")
    before = folder_state(hostile.parent)
    sentence = _one_sentence(run_cli("import", str(hostile), "--participants", str(sheet)))
    assert hostile.name in sentence
    assert folder_state(hostile.parent) == before


def test_a_planted_trigger_never_runs_on_import(good, tmp_path):
    """The issue's example: a trigger on programmes that renames every person."""
    sheet = tmp_path / "one.csv"
    exported = run_cli("export", str(good), "--doc", "programmes", "-o", str(sheet))
    assert exported.returncode == 0, exported.stderr
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "f.rencana"
    shutil.copyfile(good, path)
    _sql("CREATE TRIGGER pwn AFTER INSERT ON programmes BEGIN "
         "UPDATE people SET name = 'PWNED'; END")(path)
    before = folder_state(folder)
    sentence = _one_sentence(run_cli("import", str(path), "--programmes", str(sheet)))
    assert sentence == "f.rencana is not a Rencana workbook."
    assert folder_state(folder) == before
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert [r[0] for r in conn.execute("SELECT name FROM people")] == ["Ibu Sari"]
    conn.close()


def test_damage_is_named_as_damage(good, tmp_path):
    for name in ("truncated", "flipped bytes", "zeroed page", "garbage appended"):
        path = tmp_path / f"{name}.rencana"
        shutil.copyfile(good, path)
        HOSTILE[name](path)
        result = run_cli("check", str(path), env={"RENCANA_LANG": "en"})
        assert "is damaged" in _one_sentence(result), name


@pytest.mark.parametrize(("name", "expected"), [
    ("not sqlite", "is not a Rencana workbook"), ("renamed docx", "is not a Rencana workbook"),
    ("another app's database", "is not a Rencana workbook"), ("empty", "is empty"),
    ("newer version", "newer version of Rencana"), ("huge cell", "value too large"),
])
def test_each_refusal_says_what_the_file_is(good, tmp_path, name, expected):
    path = tmp_path / "team.rencana"
    shutil.copyfile(good, path)
    HOSTILE[name](path)
    with pytest.raises(WorkbookError) as caught:
        safe.load_copy(path)
    assert expected in caught.value.message("en")


def test_a_file_with_a_million_rows_is_refused_early(good, tmp_path):
    path = tmp_path / "rows.rencana"
    shutil.copyfile(good, path)
    _sql("INSERT INTO _meta (key, value) SELECT 'k' || i, '' FROM (WITH RECURSIVE n(i) AS "
         "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT i FROM n)")(path)
    before = folder_state(tmp_path)
    with pytest.raises(WorkbookError, match="more rows than a workbook can"):
        safe.load_copy(path)
    assert folder_state(tmp_path) == before


def test_a_file_too_large_is_refused_before_it_is_read(good, tmp_path, monkeypatch):
    monkeypatch.setattr(safe, "MAX_COPY_BYTES", good.stat().st_size - 1)
    with pytest.raises(WorkbookError, match="too large to be a workbook"):
        safe.load_copy(good)
