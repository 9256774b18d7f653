"""Room mode under a full room: 300 phones at once against ``main.py room``, on loopback.

Run: ``uv run python -m bench.bench_room [--phones 300] [--cards 3] [--polls 2]``.
The room runs as the facilitator would run it headless (its own process, the
demo workbook, default rate limits, cards stored pending); each simulated phone
has its own 127.0.x.y source address and joins, sends its cards and polls with
the ETag, all phones released at once. Afterwards the workbook is read back:
every card must be stored exactly once. Prints a Markdown table of latencies.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from app import demo, model
from app.storage import rows, safe
from bench.room_load import crowd, percentile

ROOT = Path(__file__).resolve().parent.parent
CODE = "135790"


def start_room(path: Path) -> tuple[subprocess.Popen[str], int]:
    """Start ``main.py room`` on a free loopback port; return the process and the port."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "room", str(path), "--port", "0",
         "--code", CODE], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "RENCANA_LANG": "en"})
    assert process.stdout is not None
    first = process.stdout.readline()
    found = re.search(r":(\d+)/", first)
    if not found:
        raise SystemExit(f"the room did not start: {first}{process.stderr.read()}")
    return process, int(found.group(1))


def main(argv: list[str]) -> int:
    """Run the load; print the results; return 1 when a card was lost or doubled."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_room")
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--cards", type=int, default=3)
    parser.add_argument("--polls", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("RENCANA_DATA_DIR", folder)
        path = Path(folder) / "room.rencana"
        demo.write_demo(path).close()
        before = len(rows.select(safe.load_copy(path), model.Card))
        process, port = start_room(path)
        began = time.perf_counter()
        results = crowd("127.0.0.1", port, CODE, args.phones, args.cards, args.polls)
        wall = time.perf_counter() - began
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)
        cards = rows.select(safe.load_copy(path), model.Card)
    stored = Counter(c.text for c in cards if c.status == "pending")
    errors = [e for r in results for e in r.errors]
    given = [i for r in results for i in r.ids]
    expected = args.phones * args.cards
    ok = (not errors and len(set(given)) == len(given) == expected
          and len(cards) - before == expected and set(stored.values()) == {1})
    timings = [t for r in results for t in r.timings]
    print(f"{args.phones} phones x ({args.cards} cards + join + {args.polls} polls) = "
          f"{len(timings)} requests in {wall:.2f} s; cards stored {len(cards) - before} "
          f"of {expected}, each once: {ok}; errors: {len(errors)} {errors[:3]}")
    print("\n| requests | count | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|")
    for kind in ("join", "card", "poll", "all"):
        seconds = [s for what, s in timings if kind in (what, "all")]
        print(f"| {kind} | {len(seconds)} | {_ms(percentile(seconds, .5))} | "
              f"{_ms(percentile(seconds, .95))} | {_ms(percentile(seconds, .99))} | "
              f"{_ms(max(seconds))} |")
    return 0 if ok else 1


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
