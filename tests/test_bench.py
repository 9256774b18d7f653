"""The benchmark runner works: every figure yields numbers and the report is written.

Not a timing test: the runner runs on a tiny workbook (``--tiny``) and only the shape
of what it reports is checked, never the speed.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

from bench import report
from bench.__main__ import FIGURES
from bench.timing import Check, Scale, measure_pair
from tests.tools import require

ROOT = Path(__file__).resolve().parent.parent


def test_the_runner_measures_every_figure_on_a_tiny_workbook(tmp_path: Path) -> None:
    """Start-up is measured on Xvfb (xwininfo watches for the window); the runner leaves
    no lock, -wal or -shm file in its cache."""
    require("Xvfb", "xwininfo")
    repo_report = ROOT / "bench" / "RESULTS.md"
    before = repo_report.read_bytes() if repo_report.exists() else b""
    results, markdown = tmp_path / "results.json", tmp_path / "RESULTS.md"
    markdown.write_text("# Benchmark results\n\n## Someone else's section\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--tiny", "--cache", str(tmp_path / "cache"),
         "--results", str(results), "--report", str(markdown)],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert results.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    run = json.loads(results.read_text(encoding="utf-8"))
    assert run["errors"] == []
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    figures = {c["figure"] for c in run["checks"]}
    assert figures == {"start-up", "one edit", "export", "roadmap", "merge", "idea board",
                       "peak memory"}
    for check in run["checks"]:
        assert math.isfinite(check["value"]) and check["value"] > 0, check
        assert check["met"] in (True, False, None)
        for sample in (check["ours"], check["baseline"]):
            assert sample is None or 0 <= sample["min"] <= sample["median"] <= sample["max"]
    assert run["machine"]["cores"] >= 1 and run["machine"]["python"]
    text = markdown.read_text(encoding="utf-8")
    assert "## Someone else's section" in text  # appended, nothing replaced
    assert "## Benchmark run " in text and "`uv run python -m bench --tiny`" in text
    assert text.count("\n| start-up | main.py to the welcome screen") == 1
    assert text.count("\n| start-up | main.py DEMO.rencana to the demo open") == 1
    cache = tmp_path / "cache"
    assert [p for pattern in ("*.lock", "*-wal", "*-shm") for p in cache.rglob(pattern)] == []
    assert "goals met." in text
    assert (repo_report.read_bytes() if repo_report.exists() else b"") == before


def test_every_figure_of_the_issue_is_registered() -> None:
    assert list(FIGURES) == ["startup", "edit", "export", "roadmap", "merge", "board",
                             "memory"]


def test_a_report_says_which_goals_were_met_and_missed() -> None:
    checks = [Check("one edit", "rename", 1.2, "x", 1.5, {"median": 0.002, "min": 0.001,
                                                         "max": 0.003}),
              Check("peak memory", "10x demo", 300.0, "MB", 250.0),
              Check("merge", "against baseline", 4.0, "x"),
              Check("export", "demo", 3.0, "x", 2.0, {"median": 3.0, "min": 2.0, "max": 4.0},
                    {"median": 1.0, "min": 0.5, "max": 1.5}, "plain")]
    run = {"date": "2026-01-01 00:00 UTC", "flag": " --quick", "seconds": 12.0,
           "machine": {"cpu": "Test CPU", "cores": 2, "load_average": [1.0, 2.0, 3.0],
                       "python": "3.11", "sqlite": "3.40", "pyside6": "6.11", "system": "x"},
           "checks": [c.as_dict() for c in checks], "errors": []}
    text = report.section(run)
    assert "| one edit | rename | 2.0 ms (1.0 ms - 3.0 ms) |" in text
    assert "| 1.20x | - | <= 1.50x | met |" in text
    assert "| 300 MB | - | <= 250 MB | missed |" in text
    assert "| 4.00x | - | - | recorded |" in text
    assert "| 3.00x | 4.00x | <= 2.00x | missed |" in text  # median ratio, min ratio
    assert "1 of 3 goals met." in text and "Test CPU, 2 cores" in text


def test_measure_pair_times_both_jobs_alternately() -> None:
    order: list[str] = []
    ours, base = measure_pair(lambda: order.append("o"), lambda: order.append("b"), 3)
    assert order == ["o", "b"] * 4  # one untimed round, then three timed
    assert len(ours.times) == len(base.times) == 3


def test_scale_shrinks_only_when_tiny() -> None:
    assert Scale().repeat(9, 3) == 9 and Scale(quick=True).repeat(9, 3) == 3
    assert Scale(tiny=True).repeat(9, 3) == 2
    assert Scale(quick=True).size(1000, 20) == 1000 and Scale(tiny=True).size(1000, 20) == 20
