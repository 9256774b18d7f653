"""Realisation rows from several laptops merge into one file: in any order, none lost."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import dump, merge, model, ops
from app.evaluation import record
from app.merge import engine as merge_engine
from app.storage import queries_merge, rows
from tests.merge_support import add_programme, open_as

FAST_DIR = "/dev/shm" if Path("/dev/shm").is_dir() else None
ENTRY = st.tuples(st.sampled_from(["kpi", "goal"]), st.sampled_from([2020, 2021]),
                  st.sampled_from(["year", "Q1", "Q2", "Q3", "Q4"]),
                  st.integers(0, 500), st.integers(0, 3), st.booleans())


@pytest.fixture(scope="module")
def base_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook with a programme, its KPI and a goal, written by the laptop that made it."""
    from app import workbooks

    folder = tmp_path_factory.mktemp("base")
    path = folder / "base.rencana"
    book = model.Workbook(region="Kota Contoh", plan_start=2019, plan_end=2024)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("RENCANA_DATA_DIR", str(folder))
        env.setenv("RENCANA_DEVICE", "base-laptop")
        with workbooks.new_workbook(path, book) as wb:
            prog = add_programme(wb, "Portal", code="SG-01")
            ops.add(wb, model.Kpi(id="kpi-1", programme_id=prog, indicator="Layanan"))
            dim = rows.select(wb.db, model.Dimension)[0].id
            ops.add(wb, model.Goal(id="goal-1", dimension_id=dim, text="Layanan daring"))
    return path


def _source(path: Path, name: str) -> merge.Source:
    from app.storage import safe

    db = safe.load_copy(path)
    try:
        return merge.read_source(db, name)
    finally:
        db.conn.close()


def _outcome(result: merge_engine.Result) -> str:
    db = queries_merge.new_workbook_in_memory()
    merge_engine._fill(db, result)
    return dump.dumps(db)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(laptops=st.lists(st.lists(ENTRY, max_size=6), min_size=2, max_size=4))
def test_merging_realisation_is_order_independent_and_loses_nothing(
        base_file: Path, laptops: list[list[tuple[str, int, str, int, int, bool]]]) -> None:
    """Each laptop appends (and sometimes withdraws) rows; every merge order gives one result
    holding every row a laptop still has."""
    folder = Path(tempfile.mkdtemp(prefix="realisation-", dir=FAST_DIR))
    try:
        paths, kept = [], set()
        for n, entries in enumerate(laptops):
            path = folder / f"laptop{n}.rencana"
            shutil.copyfile(base_file, path)
            with open_as(path, f"laptop-{n}") as wb:
                for i, (kind, year, period, value, minute, withdraw) in enumerate(entries):
                    entry = record.Entry(f"{kind}-1", kind == "goal", year, period, value,
                                         f"Laporan {n}")
                    when = f"{year + 1}-01-1{minute}T09:{i:02d}:00"
                    change = record.record(wb, [entry], f"OPD laptop {n}", when)
                    if withdraw and change:
                        record.withdraw(wb, change.rows[0].id)
                kept |= {r.id for r in rows.select(wb.db, model.Realisation)}
            paths.append(path)
        sources = [_source(p, p.name) for p in paths]
        outcomes = {_outcome(merge.combine(list(order)))
                    for order in itertools.permutations(sources)}
        assert len(outcomes) == 1
        result = merge.combine(sources)
        live = {i for i, r in result.rows[model.Realisation.TABLE].items() if not r["_deleted"]}
        assert live == kept
        assert not result.rows[model.Conflict.TABLE]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
