"""Build the one-folder Rencana bundle with PyInstaller: ``uv run python packaging/build.py``.

The bundle lands in ``dist/rencana/`` (the program is ``dist/rencana/rencana``, on Windows
``rencana.exe`` and ``rencana-cli.exe``); PyInstaller's work files go to ``build/``. It prints
the bundle's size. ``--no-trim`` builds without the exclusions of the spec, to compare sizes.
The icons are made first when missing (``packaging/icons.py``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "rencana.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
ICON = ROOT / "resources" / "icons" / "rencana.ico"


def folder_size(folder: Path) -> int:
    """Return the bytes of every file under ``folder`` (what the bundle takes on disk)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(trim: bool = True) -> Path:
    """Run PyInstaller on the spec; return the bundle folder."""
    if not ICON.exists():
        subprocess.run([sys.executable, str(ROOT / "packaging" / "icons.py")], check=True)
    env = dict(os.environ)
    env.pop("RENCANA_NO_TRIM", None)
    if not trim:
        env["RENCANA_NO_TRIM"] = "1"
    shutil.rmtree(DIST / "rencana", ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(WORK),
                    str(SPEC)], check=True, cwd=ROOT, env=env)
    return DIST / "rencana"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-trim", action="store_true",
                        help="keep the unused Qt modules and matplotlib backends (to compare)")
    args = parser.parse_args()
    started = time.perf_counter()
    bundle = build(trim=not args.no_trim)
    print(f"built {bundle} in {time.perf_counter() - started:.0f} s: "
          f"{folder_size(bundle) / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
