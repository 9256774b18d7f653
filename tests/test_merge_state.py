"""Merge as an algebra: 2-5 laptops edit copies of one workbook at random, then merge.

A Hypothesis state machine adds, edits, deletes and undoes programmes and KPIs
on each laptop, lets laptops take in each other's files (merge into the open
workbook, undoable), resolves conflicts, and checks that merging is
commutative, associative and idempotent on ``dump`` output and on the open
conflicts, and that merging never changes its inputs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    rule,
    run_state_machine_as_test,
)

from app import dump, merge, model, ops
from app.errors import ValidationError
from app.merge import engine as merge_engine
from app.merge import resolve as merge_resolve
from app.merge.rules import Source
from app.storage import queries_merge, rows, safe
from app.storage.workbook import WorkbookFile
from tests.merge_support import add_programme, dump_of, file_hash, open_as

# Memory-backed when the system has one: thousands of commits, each flushed to disk otherwise.
FAST_DIR = "/dev/shm" if Path("/dev/shm").is_dir() else None
TEXTS = st.sampled_from(["", "Alpha", "Beta", "Gamma\nDelta", "Épsilon 😀"])
NAMES = st.sampled_from(["Parking", "Buses", "Sensors", "Portal"])
CODES = st.sampled_from(["", "SG-01", "SG-02", "SG-02-2", "sg-03"])


@pytest.fixture(scope="module")
def base_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook with two programmes and a KPI, written as the laptop that made it."""
    from app import workbooks

    folder = tmp_path_factory.mktemp("base")
    path = folder / "base.rencana"
    book = model.Workbook(region="Kota Contoh", plan_start=2019, plan_end=2024)
    with pytest.MonkeyPatch.context() as env:  # before the per-test data folder exists
        env.setenv("RENCANA_DATA_DIR", str(folder))
        env.setenv("RENCANA_DEVICE", "base-laptop")
        with workbooks.new_workbook(path, book) as wb:
            first = add_programme(wb, "Parking", code="SG-01", description="Base.")
            add_programme(wb, "Buses", code="SG-02")
            ops.add(wb, model.Kpi(programme_id=first, indicator="Occupancy"))
    return path


def result_db(result: merge.Result) -> Any:
    """Return a memory database holding a merge result."""
    db = queries_merge.new_workbook_in_memory()
    merge_engine._fill(db, result)
    return db


def outcome(result: merge.Result) -> tuple[str, list[tuple[Any, ...]]]:
    """Return what must not depend on the order of merging: the dump and the open conflicts."""
    conflicts = sorted((r["id"], r["kept"], r["other"])
                       for r in result.rows[model.Conflict.TABLE].values())
    return dump.dumps(result_db(result)), conflicts


def as_source(result: merge.Result, name: str) -> Source:
    """Return a merge result as a file to merge again."""
    return merge.read_source(result_db(result), name)


class MergeMachine(RuleBasedStateMachine):
    """Laptops editing copies of one workbook, merging now and then."""

    base: Path

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="merge-machine-", dir=FAST_DIR))
        self.laptops: list[WorkbookFile] = []
        self.undo: list[list[Any]] = []

    @initialize(count=st.integers(2, 5))
    def hand_out_copies(self, count: int) -> None:
        for n in range(count):
            path = self.folder / f"laptop{n}.rencana"
            shutil.copyfile(self.base, path)
            self.laptops.append(open_as(path, f"laptop-{n}"))
            self.undo.append([])

    def _laptop(self, data: st.DataObject) -> int:
        return data.draw(st.integers(0, len(self.laptops) - 1), label="laptop")

    def _programmes(self, n: int) -> list[model.Programme]:
        return rows.select(self.laptops[n].db, model.Programme)

    def _do(self, n: int, change: ops.Change | None) -> None:
        if change:
            self.undo[n].append(change)

    @rule(data=st.data(), name=NAMES, code=CODES, text=TEXTS)
    def add(self, data: st.DataObject, name: str, code: str, text: str) -> None:
        n = self._laptop(data)
        record = model.Programme(name=name, code=code, description=text,
                                 dimension_id=rows.select(self.laptops[n].db,
                                                          model.Dimension)[0].id,
                                 start_year=2020, end_year=2021)
        self._do(n, ops.add(self.laptops[n], record)[0])

    @rule(data=st.data(), name=NAMES, text=TEXTS, aim=TEXTS, code=CODES)
    def edit(self, data: st.DataObject, name: str, text: str, aim: str, code: str) -> None:
        n = self._laptop(data)
        live = self._programmes(n)
        if live:
            target = data.draw(st.sampled_from(live), label="programme")
            fields = data.draw(st.sampled_from([{"name": name}, {"description": text},
                                                {"aim": aim, "code": code}]), label="fields")
            self._do(n, ops.update(self.laptops[n], model.Programme, target.id, **fields))

    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        n = self._laptop(data)
        live = self._programmes(n)
        if live:
            target = data.draw(st.sampled_from(live), label="programme")
            self._do(n, ops.delete(self.laptops[n], model.Programme, target.id))

    @rule(data=st.data(), text=NAMES)
    def add_kpi(self, data: st.DataObject, text: str) -> None:
        n = self._laptop(data)
        live = self._programmes(n)
        if live:
            target = data.draw(st.sampled_from(live), label="programme")
            kpi = model.Kpi(programme_id=target.id, indicator=text)
            self._do(n, ops.add(self.laptops[n], kpi)[0])

    @rule(data=st.data())
    def undo_last(self, data: st.DataObject) -> None:
        n = self._laptop(data)
        if self.undo[n]:
            last = self.undo[n].pop()
            if isinstance(last, merge.MergeStep):
                merge.undo_step(self.laptops[n], last)
            else:
                ops.revert(self.laptops[n], last)

    @rule(data=st.data())
    def take_in_another_laptop(self, data: st.DataObject) -> None:
        n = self._laptop(data)
        other = data.draw(st.integers(0, len(self.laptops) - 1), label="other")
        step = merge.merge_into(self.laptops[n], [self.laptops[other].path])
        self.undo[n].append(step)

    @rule(data=st.data())
    def resolve_a_conflict(self, data: st.DataObject) -> None:
        n = self._laptop(data)
        found = merge_resolve.open_conflicts(self.laptops[n])
        if found:
            conflict = data.draw(st.sampled_from(found), label="conflict")
            choices = ([merge_resolve.RESTORE, merge_resolve.KEEP_DELETED]
                       if conflict.is_deletion else
                       [merge_resolve.KEEP_CURRENT, merge_resolve.KEEP_OTHER,
                        merge_resolve.KEEP_BOTH])
            choice = data.draw(st.sampled_from(choices), label="choice")
            # A refused resolution (a restored record whose owner is gone) writes nothing.
            with contextlib.suppress(ValidationError):
                self._do(n, merge_resolve.resolve(self.laptops[n], conflict.id, choice))

    def _sources(self) -> list[Source]:
        return [merge.read_source(wb.db, wb.path.name) for wb in self.laptops]

    @rule(data=st.data())
    def merge_in_any_order_or_grouping(self, data: st.DataObject) -> None:
        sources = self._sources()
        order = data.draw(st.permutations(sources), label="order")
        cut = data.draw(st.integers(1, len(sources) - 1), label="cut")
        check_algebra(sources, order, cut)

    @rule(data=st.data())
    def merge_a_laptop_with_itself(self, data: st.DataObject) -> None:
        n = self._laptop(data)
        check_idempotent(self._sources()[n], self.laptops[n])

    def teardown(self) -> None:
        if self.laptops:
            sources = self._sources()
            check_algebra(sources, list(reversed(sources)), 1)
            for source, wb in zip(sources, self.laptops, strict=True):
                check_idempotent(source, wb)
        self._merge_closed_files()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _merge_closed_files(self) -> None:
        paths = [wb.path for wb in self.laptops]
        for wb in self.laptops:
            wb.close()
        if paths:
            hashes = [file_hash(p) for p in paths]
            out = self.folder / "merged.rencana"
            report = merge.merge_files(out, paths)
            assert [file_hash(p) for p in paths] == hashes
            assert sorted(p.name for p in self.folder.iterdir()) == sorted(
                [p.name for p in paths] + ["merged.rencana"])
            assert dump_of(out) == outcome(merge.combine(
                [merge.read_source(safe.load_copy(p), p.name) for p in paths]))[0]
            assert report.inputs == tuple(p.name for p in paths)


def check_algebra(sources: list[Source], order: list[Source], cut: int) -> None:
    """Assert that merging in ``order``, grouped at ``cut`` either way, gives the flat merge."""
    flat = merge.combine(sources)
    expected = outcome(flat)
    assert outcome(merge.combine(order)) == expected
    left = merge.combine([as_source(merge.combine(order[:cut]), "left"), *order[cut:]])
    right = merge.combine([*order[:cut], as_source(merge.combine(order[cut:]), "right")])
    assert outcome(left) == expected
    assert outcome(right) == expected
    assert outcome(merge.combine([as_source(flat, "flat"), *order])) == expected


def check_idempotent(source: Source, wb: WorkbookFile) -> None:
    """Assert that a laptop's file merged with itself, or a merge merged again, changes nothing."""
    alone = merge.combine([source])
    assert outcome(merge.combine([source, source])) == outcome(alone)
    assert outcome(merge.combine([as_source(alone, "alone")])) == outcome(alone)
    if not alone.renames:  # a laptop may hold two programmes with one code
        assert outcome(alone)[0] == dump.dumps(wb.db)


    def teardown(self) -> None:
        paths = [wb.path for wb in self.laptops]
        for wb in self.laptops:
            wb.close()
        if paths:
            hashes = [file_hash(p) for p in paths]
            out = self.folder / "merged.rencana"
            merge.merge_files(out, paths)
            shutil.copyfile(out, self.folder / "copy.rencana")
            assert [file_hash(p) for p in paths] == hashes
            assert sorted(p.name for p in self.folder.iterdir()) == sorted(
                [p.name for p in paths] + ["merged.rencana", "copy.rencana"])
        shutil.rmtree(self.folder, ignore_errors=True)


def test_merge_is_an_algebra(base_file: Path) -> None:
    """Any edits on 2-5 laptops merge to the same content in every order and grouping."""
    MergeMachine.base = base_file
    run_state_machine_as_test(MergeMachine, settings=settings(
        max_examples=int(os.environ.get("MERGE_EXAMPLES", "30")), stateful_step_count=14,
        deadline=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
