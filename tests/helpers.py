"""Helpers for tests that run Rencana as a user would: the command line in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``main.py`` with ``args`` in a subprocess; return the completed process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=full_env, timeout=600, check=False)


_FULL_DISK = r"""
set -e
mkdir -p "$KEEP" && cp -a "$DIR/." "$KEEP/"
mount -t tmpfs -o size=4m tmpfs "$DIR"
cp -a "$KEEP/." "$DIR/"
dd if=/dev/zero of="$DIR/.filler" bs=4k 2>/dev/null || true
set +e
"$@" >"$OUT.stdout" 2>"$OUT.stderr"
echo $? >"$OUT.rc"
rm -f "$DIR/.filler"
mkdir -p "$OUT" && cp -a "$DIR/." "$OUT/"
"""


def run_cli_on_full_disk(folder: Path, *args: str, env: dict[str, str] | None = None,
                         ) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Run ``main.py args`` with ``folder`` on a full disk; return the process and the folder after.

    The folder becomes a full tmpfs in a private mount namespace (``unshare``; the
    write fails with a real ENOSPC); where namespaces are not allowed, the process
    runs with a tiny file-size limit instead (a real EFBIG from the kernel). The
    returned folder is a copy of ``folder`` as the command left it.
    """
    after = folder.with_name(folder.name + "-after")
    command = [sys.executable, str(ROOT / "main.py"), *args]
    env = {**os.environ, **(env or {}), "DIR": str(folder), "KEEP": f"{folder}-keep",
           "OUT": str(after)}
    probe = subprocess.run(["unshare", "-Urm", "true"], capture_output=True, check=False) \
        if shutil.which("unshare") else None
    if probe is not None and probe.returncode == 0:
        subprocess.run(["unshare", "-Urm", "sh", "-c", _FULL_DISK, "sh", *command], env=env,
                       check=True, timeout=600)
        done = subprocess.CompletedProcess(
            command, int(Path(f"{after}.rc").read_text().strip()),
            Path(f"{after}.stdout").read_text(), Path(f"{after}.stderr").read_text())
        return done, after
    import resource

    def tiny_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))

    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600,
                          check=False, preexec_fn=tiny_files)
    return done, folder
