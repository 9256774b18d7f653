"""Smoke-test the FROZEN Rencana (``dist/rencana/``), not the source: ``uv run python
packaging/smoke.py`` after ``packaging/build.py``.

Runs the bundled program as a user would: ``--version``, ``demo``, ``check``, ``dump``, every
document kind, the programme worksheet, every chart, ``merge``, a refused file, ``room``
(a phone's page served); then the
window on a virtual X screen (Xvfb) with a picture of it that must not be blank, two windows
on two workbooks at once while a third process is refused the first workbook (the lock), and
the start-up time of the bundle paired with the source's. Prints one line per check and, at
the end, the size and start-up lines for ``bench/RESULTS.md``. Exit status 0 when all pass.

Without Xvfb the window checks are skipped with a one-line reason, except under ``CI=true``
where they fail.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "rencana"
PROGRAM = BUNDLE / ("rencana-cli.exe" if sys.platform == "win32" else "rencana")
WINDOW_PROGRAM = BUNDLE / ("rencana.exe" if sys.platform == "win32" else "rencana")
TIMEOUT = 300  # one command; the masterplan takes a few seconds
STARTS = 3  # start-up pairs timed (after one pair that warms the caches)

# Every document kind the command line exports: (kind, file suffix, extra arguments).
# A new kind is one line here.
DOCUMENTS = [
    ("masterplan", ".docx", []),
    ("analysis", ".docx", []),
    ("quickwins", ".docx", []),
    ("summary", ".docx", []),
    ("minutes", ".docx", ["--session", "1"]),
    ("attendance", ".docx", ["--session", "1"]),
    ("commitment", ".docx", ["--session", "1"]),
    ("programmes", ".xlsx", []),
    ("programmes", ".csv", []),
    ("slides", ".pptx", []),
    ("realisation", ".xlsx", ["--year", "2020"]),
    ("evaluation", ".docx", ["--year", "2020"]),
]
CHARTS = [("roadmap", ".png"), ("budget", ".png"), ("readiness", ".svg")]

# What the first bytes (or the zip members) of each kind of output must be.
ZIP_MEMBER = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml",
              ".pptx": "ppt/presentation.xml"}
MAGIC = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF", ".csv": b""}


class SmokeFailure(Exception):
    """One check of the frozen program failed (the message says which and why)."""


def env_for(data: Path, **extra: str) -> dict[str, str]:
    """Return the environment of a run: its own data folder, Indonesian messages."""
    env = {k: v for k, v in os.environ.items() if k not in ("RENCANA_LANG", "RENCANA_SHOT")}
    env.update(RENCANA_DATA_DIR=str(data), **extra)
    return env


def run(args: list[str], data: Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the frozen program with ``args``; fail unless it exits as expected (0 if ``ok``)."""
    done = subprocess.run([str(PROGRAM), *args], capture_output=True, text=True,
                          env=env_for(data), timeout=TIMEOUT, check=False)
    if (done.returncode == 0) != ok:
        raise SmokeFailure(f"{' '.join(args)}: exit {done.returncode}\n{done.stderr[-3000:]}")
    if "Traceback" in done.stderr:
        raise SmokeFailure(f"{' '.join(args)}: a traceback on stderr\n{done.stderr[-3000:]}")
    return done


def check_output(path: Path) -> None:
    """Fail unless ``path`` exists and holds what its suffix promises."""
    if not path.is_file() or path.stat().st_size == 0:
        raise SmokeFailure(f"{path.name} was not written")
    member = ZIP_MEMBER.get(path.suffix)
    if member is not None:
        with zipfile.ZipFile(path) as archive:
            if member not in archive.namelist():
                raise SmokeFailure(f"{path.name} has no {member}")
    elif not path.read_bytes().startswith(MAGIC.get(path.suffix, b"")):
        raise SmokeFailure(f"{path.name} is not a {path.suffix} file")


def command_line(work: Path, data: Path) -> Path:
    """Check the headless commands of the frozen program; return the demo workbook."""
    from app import __version__

    version = run(["--version"], data).stdout
    if __version__ not in version:
        raise SmokeFailure(f"--version printed {version!r}, not {__version__}")
    report("--version", version.strip())
    demo = work / "demo.rencana"
    run(["demo", str(demo)], data)
    run(["check", str(demo)], data)
    run(["dump", str(demo)], data)
    report("demo, check, dump", "ok")
    for kind, suffix, extra in DOCUMENTS:
        out = work / f"{kind}{suffix}"
        run(["export", str(demo), "--doc", kind, *extra, "-o", str(out)], data)
        check_output(out)
        report(f"export --doc {kind} {' '.join(extra)}".rstrip(), f"{out.stat().st_size} bytes")
    for kind, suffix in CHARTS:
        out = work / f"chart-{kind}{suffix}"
        run(["chart", str(demo), "--kind", kind, "-o", str(out)], data)
        check_output(out)
        report(f"chart --kind {kind}", f"{out.stat().st_size} bytes")
    merge_and_refuse(work, data, demo)
    room(work, data, demo)
    return demo


def merge_and_refuse(work: Path, data: Path, demo: Path) -> None:
    """Merge two copies of the demo; refuse a file that is not a workbook in one sentence."""
    copies = []
    for name in ("team-a.rencana", "team-b.rencana"):
        copies.append(work / name)
        copies[-1].write_bytes(demo.read_bytes())
    merged = work / "merged.rencana"
    run(["merge", str(merged), *map(str, copies)], data)
    run(["check", str(merged)], data)
    report("merge", "ok")
    bogus = work / "notes.rencana"
    bogus.write_text("not a workbook\n", encoding="utf-8")
    refused = run(["check", str(bogus)], data, ok=False)
    if len(refused.stderr.strip().splitlines()) != 1:
        raise SmokeFailure(f"a bad file gave more than one line:\n{refused.stderr}")
    report("check of a non-workbook", refused.stderr.strip())


def room(work: Path, data: Path, demo: Path) -> None:
    """Serve room mode headless; a phone's page must load; SIGTERM closes the room cleanly."""
    copy = work / "room.rencana"
    copy.write_bytes(demo.read_bytes())
    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([str(PROGRAM), "room", str(copy), "--port", str(port),
                               "--code", "123456"], env=env_for(data), text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        page = _fetch(f"http://127.0.0.1:{port}/", server)
    finally:
        server.send_signal(signal.SIGTERM if sys.platform != "win32" else signal.CTRL_C_EVENT)
        out, err = server.communicate(timeout=TIMEOUT)
    if "<html" not in page.lower():
        raise SmokeFailure(f"room mode's page is not HTML: {page[:200]!r}")
    if server.returncode != 0 or "Traceback" in err:
        raise SmokeFailure(f"room mode exited {server.returncode}\n{out}{err[-3000:]}")
    report("room (headless), a phone's page", f"{len(page)} characters, closed on SIGTERM")


def _fetch(url: str, server: subprocess.Popen[str]) -> str:
    """Return the text at ``url`` once the server answers (it may still be starting)."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SmokeFailure(f"room mode exited {server.returncode}: {server.stderr.read()}")
        try:
            with urllib.request.urlopen(url, timeout=10) as answer:
                return str(answer.read().decode("utf-8"))
        except OSError:
            time.sleep(0.2)
    raise SmokeFailure(f"room mode never answered at {url}")


def report(what: str, result: str) -> None:
    """Print one passed check."""
    print(f"ok  {what}: {result}", flush=True)


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """Run a virtual X screen for the block; yield its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as ready:  # Xvfb writes its display number once it accepts clients
        number = ready.readline().strip()
    try:
        if not number:
            raise SmokeFailure("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def start_window(path: Path, data: Path, display: str, shot: Path | None,
                 program: list[str] | None = None) -> subprocess.Popen[str]:
    """Start the window on ``path`` (on a real X11 connection); return the process."""
    extra = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    if shot is not None:
        extra["RENCANA_SHOT"] = str(shot)
    return subprocess.Popen([*(program or [str(WINDOW_PROGRAM)]), str(path)], text=True,
                            env=env_for(data, **extra), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def shown_at(window: subprocess.Popen[str]) -> float:
    """Wait for a window started with a shot to close; return when it was shown (epoch)."""
    try:
        out, err = window.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        window.kill()
        out, err = window.communicate()
        raise SmokeFailure(f"the window did not start within {TIMEOUT} s\n{err[-3000:]}") from None
    line = next((s for s in out.splitlines() if s.startswith("shown=")), "")
    if window.returncode != 0 or "saved=1" not in line:
        raise SmokeFailure(f"the window exited {window.returncode}, printed {out!r}\n{err[-3000:]}")
    return float(line.split()[0].removeprefix("shown="))


def check_picture(path: Path) -> str:
    """Fail unless the picture at ``path`` shows a drawn window; return its size and colours."""
    from PIL import Image  # Pillow comes with matplotlib

    with Image.open(path) as image:
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20) or []
        width, height = rgb.size
    if width < 400 or height < 300 or len(colours) < 32:
        raise SmokeFailure(f"{path} looks blank: {width}x{height}, {len(colours)} colours")
    top = max(count for count, _ in colours) / (width * height)
    if top > 0.95:
        raise SmokeFailure(f"{path} is {top:.0%} one colour")
    return f"{width}x{height}, {len(colours)} colours"


def wait_for_lock(path: Path, pid: int, window: subprocess.Popen[str]) -> None:
    """Wait until the workbook's lock file names ``pid`` (the window opened it)."""
    lock = path.with_name(path.name + ".lock")
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if window.poll() is not None:
            raise SmokeFailure(f"the window on {path.name} exited {window.returncode}")
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if json.loads(lock.read_text(encoding="utf-8")).get("pid") == pid:
                return
        time.sleep(0.2)
    raise SmokeFailure(f"{lock.name} never named process {pid}")


def windows(work: Path, data: Path, demo: Path, display: str) -> None:
    """The window under X11: a picture, two workbooks at once, the lock of the first."""
    first, second = work / "first.rencana", work / "second.rencana"
    for copy in (first, second):
        copy.write_bytes(demo.read_bytes())
    people = work / "people.csv"
    people.write_text("nama,jabatan\nSiti Aminah,Kepala Bidang\n", encoding="utf-8")
    holder = start_window(first, data, display, shot=None)
    try:
        wait_for_lock(first, holder.pid, holder)
        report("window on first.rencana", f"open, locked by process {holder.pid}")
        picture = work / "window.png"
        shown_at(start_window(second, data, display, shot=picture))
        report("a second window on second.rencana while the first is open",
               check_picture(picture))
        refused = run(["import", str(first), "--participants", str(people)], data, ok=False)
        if str(holder.pid) not in refused.stderr:
            raise SmokeFailure(f"the refusal does not name the window: {refused.stderr}")
        report("another process refused first.rencana", refused.stderr.strip())
    finally:
        holder.send_signal(signal.SIGTERM)  # closes the window as a logout would
        holder.communicate(timeout=TIMEOUT)
    if first.with_name(first.name + ".lock").exists():
        raise SmokeFailure("the lock of first.rencana outlived its window")
    run(["import", str(first), "--participants", str(people)], data)
    report("first.rencana after its window closed", "lock released, import ok")


def start_times(work: Path, data: Path, demo: Path, display: str) -> dict[str, list[float]]:
    """Return the seconds from spawn to the window shown with the demo: frozen, source."""
    programs = {"frozen": [str(WINDOW_PROGRAM)],
                "source": [sys.executable, str(ROOT / "main.py")]}
    times: dict[str, list[float]] = {name: [] for name in programs}
    for turn in range(1 + STARTS):  # the first pair warms the disk and bytecode caches
        for name, program in programs.items():
            copy = work / f"start-{name}.rencana"
            copy.write_bytes(demo.read_bytes())
            spawned = time.time()
            shown = shown_at(start_window(copy, data, display, work / f"start-{name}.png",
                                          program))
            if turn:
                times[name].append(shown - spawned)
    return times


def bundle_size() -> int:
    """Return the bytes the bundle takes on disk."""
    return sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())


def window_checks(work: Path, data: Path, demo: Path) -> dict[str, list[float]] | None:
    """Run the checks that need an X screen; None (with the reason) where there is none."""
    if subprocess.run(["sh", "-c", "command -v Xvfb"], capture_output=True).returncode != 0:
        if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
            raise SmokeFailure("Xvfb is missing (apt-get install xvfb)")
        print("skip the window checks: Xvfb is not installed", flush=True)
        return None
    with xvfb() as display:
        windows(work, data, demo, display)
        return start_times(work, data, demo, display)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, metavar="FOLDER",
                        help="work in FOLDER and keep what was made (documents, window.png)")
    args = parser.parse_args()
    if not PROGRAM.exists():
        print(f"smoke: no bundle at {PROGRAM}; run packaging/build.py first", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            work = args.keep.resolve()
        else:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rencana-smoke-")))
        try:
            demo = command_line(work, work / "data")
            starts = window_checks(work, work / "data", demo)
        except SmokeFailure as failure:
            print(f"FAILED {failure}", file=sys.stderr)
            return 1
    print(f"bundle: {bundle_size() / 1e6:.0f} MB in {BUNDLE}")
    if starts:
        print(f"start-up to the window shown with the demo (median of {STARTS}, Xvfb): "
              + ", ".join(f"{name} {statistics.median(values):.2f} s "
                          f"({min(values):.2f}-{max(values):.2f})"
                          for name, values in starts.items()))
    print("smoke: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
