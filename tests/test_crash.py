"""reliability.md test 1: ``kill -9`` at random moments never loses an acknowledged action.

A child process (forked, so it starts in microseconds rather than re-importing
everything) runs numbered actions through app.ops and acknowledges each one on
a pipe after its commit; the parent kills it with SIGKILL at a random moment,
then checks the file: integrity ok, every acknowledged action present, no
action half-present. The same for a big worksheet import: all or nothing.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app import model, ops, workbooks, worksheets
from app.storage.workbook import open_file

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")

KILLS = 120
IMPORT_KILLS = 15
IMPORT_ROWS = 600


def _row_id(number: int, part: int) -> str:
    return model.natural_id("crash-test", number, part)


def _numbered_actions(path: Path, start: int, ack: int) -> None:
    """Child: run actions start, start+1, ...; each adds two people; acknowledge each commit."""
    wb = open_file(path)
    number = start
    while True:
        with ops.Action(wb, f"Action {number}") as act:
            act.put(model.Person(id=_row_id(number, 0), name=f"Action {number} first"))
            act.put(model.Person(id=_row_id(number, 1), name=f"Action {number} second"))
        os.write(ack, f"{number}\n".encode())
        number += 1


def _run_and_kill(work: Callable[[int], None], delay: float) -> list[int]:
    """Fork a child running ``work(ack_fd)``, SIGKILL it after ``delay`` s; return its acks."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        os.close(read_end)
        try:
            work(write_end)
        finally:
            os._exit(0)
    os.close(write_end)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    data = b""
    while select.select([read_end], [], [], 0)[0]:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        data += chunk
    os.close(read_end)
    return [int(line) for line in data.decode().split()]


def _inspect(path: Path, sql: str) -> tuple[str, list[tuple[object, ...]]]:
    """Open the file as SQLite itself would after a crash; return integrity and query rows."""
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return integrity, conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "crash.rencana"
    workbooks.new_workbook(path, model.Workbook(region="Kota Uji", plan_start=2019,
                                                plan_end=2024)).close()
    return path


def test_kill_9_never_loses_an_acknowledged_action_nor_leaves_half_of_one(book: Path) -> None:
    rng = random.Random(1)
    acknowledged: set[int] = set()
    for kill in range(KILLS):
        start = kill * 100_000
        acks = _run_and_kill(lambda fd, s=start: _numbered_actions(book, s, fd),
                             rng.uniform(0.0, 0.15))
        acknowledged.update(acks)
        integrity, found = _inspect(book, "SELECT name FROM people WHERE _deleted = 0")
        assert integrity == "ok", f"kill {kill}: {integrity}"
        halves: dict[int, int] = {}
        for (name,) in found:
            number = int(str(name).split()[1])
            halves[number] = halves.get(number, 0) + 1
        assert acknowledged <= set(halves), f"kill {kill}: lost an acknowledged action"
        assert set(halves.values()) <= {2}, f"kill {kill}: an action is half-present"
    assert len(acknowledged) > KILLS // 4  # children did get actions done before the kill


def _people_sheet(path: Path, prefix: str) -> Path:
    lines = ["nama;jabatan;instansi;peran;tim"]
    lines += [f"{prefix} {n};Staf;Dinas {n % 17};peserta;Kelompok {n % 6}"
              for n in range(IMPORT_ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import(book: Path, sheet: Path, ack: int) -> None:
    worksheets.import_file(book, "people", sheet)
    os.write(ack, b"1\n")


def test_kill_9_during_a_big_import_leaves_all_or_nothing(book: Path, tmp_path: Path) -> None:
    calibration = _people_sheet(tmp_path / "calibrate.csv", "Calibrate")
    began = time.monotonic()
    worksheets.import_file(book, "people", calibration)
    duration = time.monotonic() - began
    rng = random.Random(2)
    outcomes = set()
    for kill in range(IMPORT_KILLS):
        prefix = f"Import{kill}"
        sheet = _people_sheet(tmp_path / f"{prefix}.csv", prefix)
        acks = _run_and_kill(lambda fd, s=sheet: _import(book, s, fd),
                             rng.uniform(0.0, duration * 1.3))
        integrity, found = _inspect(
            book, f"SELECT count(*) FROM people WHERE _deleted = 0 AND name LIKE '{prefix} %'")
        assert integrity == "ok", f"kill {kill}: {integrity}"
        count = found[0][0]
        assert count in (0, IMPORT_ROWS), f"kill {kill}: {count} of {IMPORT_ROWS} rows"
        assert not acks or count == IMPORT_ROWS, f"kill {kill}: acknowledged import lost"
        outcomes.add(count)
    assert 0 in outcomes  # at least one kill landed before the commit
