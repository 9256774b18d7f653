"""What a benchmark run reports: the machine, each figure's numbers, results.json, RESULTS.md."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
from importlib import metadata
from pathlib import Path
from typing import Any


def machine() -> dict[str, Any]:
    """Return a description of this machine: CPU, cores, load at start, software versions."""
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": _version("PySide6-Essentials") or _version("PySide6"),
        "system": f"{platform.system()} {platform.release()}",
    }


def _cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return platform.processor() or "unknown"
    names = [line.split(":", 1)[1].strip() for line in text.splitlines()
             if line.startswith("model name")]
    return names[0] if names else platform.processor() or "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return ""


def seconds(value: float) -> str:
    """Return a time for people: ``12.3 ms`` below a second, else ``1.23 s``."""
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def spread(sample: dict[str, float] | None) -> str:
    """Return ``median (min-max)`` of a timing, or an empty string."""
    if not sample:
        return ""
    return f"{seconds(sample['median'])} ({seconds(sample['min'])} - {seconds(sample['max'])})"


def amount(value: float, unit: str) -> str:
    """Return a judged value in its unit (a ratio, a time or megabytes)."""
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "s":
        return seconds(value)
    return f"{value:.0f} {unit}"


def verdict(check: dict[str, Any]) -> str:
    """Return ``met``, ``missed`` or ``recorded`` (no goal)."""
    return {True: "met", False: "missed", None: "recorded"}[check["met"]]


def goal(check: dict[str, Any]) -> str:
    """Return the goal as ``<= limit``, or a dash."""
    return "-" if check["limit"] is None else "<= " + amount(check["limit"], check["unit"])


def table(checks: list[dict[str, Any]]) -> list[str]:
    """Return the Markdown table of the checks."""
    lines = ["| figure | measured | ours: median (min - max) | baseline | baseline: median "
             "(min - max) | result on medians | result on mins | goal | |",
             "|---|---|---|---|---|---|---|---|---|"]
    for c in checks:
        lines.append(f"| {c['figure']} | {c['measure']} | {spread(c['ours'])} | "
                     f"{c['baseline_name']} | {spread(c['baseline'])} | "
                     f"{amount(c['value'], c['unit'])} | {on_min(c)} | {goal(c)} | "
                     f"{verdict(c)} |")
    return lines


def on_min(check: dict[str, Any]) -> str:
    """Return the value computed from the fastest runs, or a dash."""
    value = check.get("value_on_min")
    return "-" if value is None else amount(value, check["unit"])


def describe(info: dict[str, Any]) -> str:
    """Return the one-paragraph description of the machine and the run."""
    load = " ".join(f"{x:.2f}" for x in info["load_average"])
    return (f"Machine: {info['cpu']}, {info['cores']} cores, load average {load} at start "
            f"(shared with other engineers' work); {info['system']}; Python {info['python']}, "
            f"SQLite {info['sqlite']}, PySide6 {info['pyside6']}.")


def section(run: dict[str, Any]) -> str:
    """Return the RESULTS.md section of one run."""
    checks = run["checks"]
    judged = [c for c in checks if c["met"] is not None]
    met = sum(1 for c in judged if c["met"])
    lines = [f"## Benchmark run {run['date']} (`uv run python -m bench{run['flag']}`)", "",
             describe(run["machine"]) + f" The run took {run['seconds']:.0f} s.", "",
             *table(checks), "", f"{met} of {len(judged)} goals met."]
    for error in run["errors"]:
        lines.append(f"- {error['figure']}: failed: {error['message']}")
    return "\n".join(lines) + "\n"


def write(run: dict[str, Any], results: Path, markdown: Path) -> None:
    """Write ``results`` (JSON, replaced) and append the run's section to ``markdown``."""
    results.write_text(json.dumps(run, indent=2) + "\n", encoding="utf-8")
    old = markdown.read_text(encoding="utf-8") if markdown.exists() else "# Benchmark results\n"
    markdown.write_text(old.rstrip("\n") + "\n\n" + section(run), encoding="utf-8")


def console(checks: list[dict[str, Any]]) -> list[str]:
    """Return one line per check for the terminal."""
    return [f"{c['figure']:<11} {c['measure'][:58]:<58} {amount(c['value'], c['unit']):>9} "
            f"(min {on_min(c):>9}) "
            f"{goal(c):>11}  {verdict(c):<8} ours {spread(c['ours'])}"
            + (f"  baseline {spread(c['baseline'])}" if c["baseline"] else "") for c in checks]
