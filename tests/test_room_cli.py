"""``main.py room`` serves until interrupted, prints the address and the code, and stores
what phones send at once (``dump`` shows it while the room is still open)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.room_load import Phone
from tests.helpers import ROOT, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT (POSIX)")


@pytest.fixture
def workbook(tmp_path: Path, demo_file: Path) -> Path:
    path = tmp_path / "room.rencana"
    path.write_bytes(demo_file.read_bytes())
    return path


@pytest.fixture
def room(workbook: Path) -> Iterator[tuple[subprocess.Popen[str], str, str]]:
    """Start ``main.py room`` on a free loopback port; yield (process, url, code)."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "room", str(workbook), "--host", "127.0.0.1",
         "--port", "0", "--code", "246810", "--session", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ})
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(4)]
    url = re.search(r"http://127\.0\.0\.1:(\d+)/", "".join(lines))
    assert url, "".join(lines) + (process.stderr.read() if process.poll() is not None else "")
    code = re.search(r"\b(\d{6})\b", lines[1])
    assert code is not None
    yield process, url.group(0), code.group(1)
    if process.poll() is None:
        process.kill()
        process.wait(timeout=30)


def test_the_room_prints_its_address_and_code_and_stores_cards_at_once(
        room: tuple[subprocess.Popen[str], str, str], workbook: Path) -> None:
    process, url, code = room
    assert code == "246810"
    client = Phone("127.0.0.1", int(url.rsplit(":", 1)[1].strip("/")))
    assert client.join("999999", "Tim 1") == 403
    assert client.join(code, "Tim 1") == 200
    status, _h, body = client.call("POST", "/api/cards",
                                   {"text": "Parkir pintar", "kind": "idea", "dimension": "SL"})
    assert status == 201
    dumped = run_cli("dump", str(workbook))
    assert dumped.returncode == 0, dumped.stderr
    card = next(c for c in json.loads(dumped.stdout)["cards"] if c["id"] == body["id"])
    assert (card["text"], card["status"], card["author"]) == ("Parkir pintar", "pending", "Tim 1")
    status, _h, listed = client.call("GET", "/api/cards")
    assert status == 200 and body["id"] in {c["id"] for c in listed["cards"]}
    assert listed["session"]  # the room's session (--session 1)
    accepted = [c for c in listed["cards"] if c["status"] == "accepted"]
    assert accepted  # the demo's cards of Bimtek I
    status, _h, voted = client.call("POST", "/api/votes",
                                    {"card_id": accepted[0]["id"], "votes": 2})
    assert status == 200 and voted["left"] == 3
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "1" in out.strip().splitlines()[-1] and not err.strip()


def test_the_room_is_closed_after_ctrl_c(room: tuple[subprocess.Popen[str], str, str]) -> None:
    process, url, _code = room
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=30)
    client = Phone("127.0.0.1", int(url.rsplit(":", 1)[1].strip("/")))
    with pytest.raises(OSError):
        client.call("GET", "/")


def test_bad_options_get_one_sentence(workbook: Path) -> None:
    done = run_cli("room", str(workbook), "--code", "12ab56", "--port", "0")
    assert done.returncode != 0 and "six digits" in done.stderr
    assert "Traceback" not in done.stderr
    done = run_cli("room", str(workbook), "--host", "203.0.113.77", "--port", "0")
    assert done.returncode != 0 and "203.0.113.77" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    done = run_cli("room", str(workbook), "--session", "99", "--port", "0")
    assert done.returncode != 0 and "99" in done.stderr


def test_help_explains_moderation_in_headless_mode() -> None:
    done = run_cli("room", "--help")
    assert done.returncode == 0
    for option in ("--host", "--port", "--code", "--accept-all", "--votes", "pending"):
        assert option in done.stdout


def test_a_read_only_workbook_cannot_hold_a_room(workbook: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from app.errors import RencanaError
    from app.room import headless
    from app.storage import workbook as storage

    monkeypatch.setattr(storage, "_writable", lambda _path: False)  # read-only media
    with pytest.raises(RencanaError, match="read-only"):
        headless.serve(workbook, "127.0.0.1", 0, say=lambda _line: None)
