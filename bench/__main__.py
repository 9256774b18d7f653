"""``uv run python -m bench [--quick]``: measure every figure against its goal.

Each figure runs in a process of its own (a fresh Qt, no memory or caches carried over
from the previous figure); it prints its checks as JSON and the runner collects them,
prints them, writes ``bench/results.json`` and appends a dated section to
``bench/RESULTS.md``. Generated workbooks are kept in a cache folder under the system's
temporary folder, keyed by the code that generates them, so a second run starts at once.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "bench"
# The figures, in the order of the report: name -> "module:function". A figure is a
# function (cache folder, bench.timing.Scale) -> list[bench.timing.Check]; add a line here.
FIGURES = {
    "startup": "bench.figure_startup:startup",
    "edit": "bench.figure_edit:run",
    "export": "bench.figure_export:run",
    "roadmap": "bench.figure_roadmap:run",
    "merge": "bench.figure_merge:run",
    "board": "bench.figure_board:run",
    "memory": "bench.figure_startup:memory",
}
MARK = "CHECKS="
FIGURE_TIMEOUT_S = 1800


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a few minutes)")
    parser.add_argument("--tiny", action="store_true",
                        help="tiny workbooks, two repeats: checks the runner, not the speed")
    parser.add_argument("--only", default="", help="comma-separated figures: "
                        + ", ".join(FIGURES))
    parser.add_argument("--results", type=Path, default=HERE / "results.json")
    parser.add_argument("--report", type=Path, default=HERE / "RESULTS.md",
                        help="the Markdown file the run's section is appended to")
    parser.add_argument("--cache", type=Path, help="folder for the generated workbooks")
    parser.add_argument("--figure", help=argparse.SUPPRESS)  # run one figure (child process)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _flags(args: argparse.Namespace) -> list[str]:
    return [flag for flag, on in (("--quick", args.quick), ("--tiny", args.tiny)) if on]


def cache_folder() -> Path:
    """Return the folder for generated workbooks, named by a digest of the code making them."""
    digest = hashlib.sha256()
    sources = [*ROOT.glob("app/**/*.py"), *ROOT.glob("resources/frameworks/**/*"),
               *HERE.glob("*.py")]
    for path in sorted(p for p in sources if p.is_file()):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    parent = Path(tempfile.gettempdir()) / "rencana-bench"
    folder = parent / digest.hexdigest()[:16]
    if not folder.exists() and parent.exists():
        for old in parent.iterdir():  # workbooks made by older code are of no more use
            shutil.rmtree(old, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def run_figure(name: str, folder: Path, flags: list[str]) -> list[dict[str, object]]:
    """Run figure ``name`` in a child process; return its checks (raise RuntimeError)."""
    with tempfile.TemporaryDirectory(prefix="rencana-bench-data-") as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RENCANA_DATA_DIR": data,
               "RENCANA_DEVICE": "bench"}
        done = subprocess.run(
            [sys.executable, "-m", "bench", "--figure", name, "--folder", str(folder), *flags],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=FIGURE_TIMEOUT_S)
    lines = [s for s in done.stdout.splitlines() if s.startswith(MARK)]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip() or done.stdout.strip())[-1500:]
        raise RuntimeError(f"exit code {done.returncode}: {tail}")
    checks: list[dict[str, object]] = json.loads(lines[-1][len(MARK):])
    return checks


def child(args: argparse.Namespace) -> None:
    """Measure one figure in this process and print its checks as one JSON line."""
    from bench.timing import Scale

    module, function = FIGURES[args.figure].split(":")
    measure = getattr(importlib.import_module(module), function)
    try:
        checks = measure(args.folder, Scale(quick=args.quick, tiny=args.tiny))
    finally:
        shutil.rmtree(args.folder / "work", ignore_errors=True)  # copies, locks, -wal files
    print(MARK + json.dumps([c.as_dict() for c in checks]), flush=True)
    os._exit(0)  # skip finalisation: tearing down Qt and thousands of items is not measured


def leftovers(folder: Path) -> list[Path]:
    """Return the lock, -wal and -shm files under ``folder`` (a figure left a workbook open)."""
    return sorted(p for pattern in ("*.lock", "*-wal", "*-shm") for p in folder.rglob(pattern))


def main(argv: list[str]) -> int:
    """Run the benchmark; return 0 when every figure produced its numbers."""
    args = _arguments(argv)
    if args.figure:
        child(args)
    from bench import report

    started, info = time.perf_counter(), report.machine()
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(FIGURES)
    folder = args.cache or cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    print(report.describe(info), f"\nWorkbooks in {folder}", flush=True)
    checks, errors = [], []
    for name in names:
        try:
            found = run_figure(name, folder, _flags(args))
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            errors.append({"figure": name, "message": str(error)})
            print(f"{name}: FAILED: {error}", flush=True)
            continue
        checks.extend(found)
        print("\n".join(report.console(found)), flush=True)
    for path in leftovers(folder):
        errors.append({"figure": "-", "message": f"left behind: {path}"})
        path.unlink(missing_ok=True)
    flag = " --tiny" if args.tiny else " --quick" if args.quick else ""
    run = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "flag": flag,
           "machine": info, "seconds": time.perf_counter() - started, "checks": checks,
           "errors": errors}
    report.write(run, args.results, args.report)
    judged = [c for c in checks if c["met"] is not None]
    print(f"{sum(1 for c in judged if c['met'])} of {len(judged)} goals met; "
          f"{run['seconds']:.0f} s; results in {args.results}, report in {args.report}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
