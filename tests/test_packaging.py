"""What the installable build relies on: icon files, what the spec leaves out, the smoke test's
list of documents, and the window's picture hook (the frozen program itself is tested by
``packaging/smoke.py`` in ``.ci/run``)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.storage.lock import lock_path
from app.storage.workbook import open_file

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(ROOT / "packaging"))

import icons  # noqa: E402  (packaging/icons.py)
import smoke  # noqa: E402  (packaging/smoke.py)
import trim  # noqa: E402  (packaging/trim.py)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_icon_size_is_bundled_as_a_square_png() -> None:
    for size in icons.PNG_SIZES:
        assert _png_size((ICONS / f"rencana-{size}.png").read_bytes()) == (size, size)


def test_the_windows_icon_file_holds_every_size_from_16_to_256() -> None:
    data = (ICONS / "rencana.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.PNG_SIZES))
    sizes = []
    for n in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * n:22 + 16 * n])
        image = data[offset:offset + length]
        assert _png_size(image) == ((width or 256), (height or 256))
        sizes.append(width or 256)
    assert sizes == sorted(icons.PNG_SIZES)


def test_ico_bytes_points_each_entry_at_its_own_image() -> None:
    small, large = (ICONS / "rencana-16.png").read_bytes(), (ICONS / "rencana-256.png").read_bytes()
    data = icons.ico_bytes({256: large, 16: small})
    first = struct.unpack("<BBBBHHII", data[6:22])
    second = struct.unpack("<BBBBHHII", data[22:38])
    assert first[0] == 16 and data[first[7]:first[7] + first[6]] == small
    assert second[0] == 0 and data[second[7]:second[7] + second[6]] == large  # 0 means 256


def test_the_smoke_test_exports_every_document_kind_of_the_command_line() -> None:
    """A kind added to ``main.py export --doc`` needs its line in packaging/smoke.py."""
    missing = set(cli.DOC_KINDS) - {kind for kind, _, _ in smoke.DOCUMENTS}
    assert not missing, f"add {sorted(missing)} to DOCUMENTS in packaging/smoke.py"


@pytest.mark.parametrize(("dest", "left_out"), [
    ("PySide6/Qt/translations/qtbase_id.qm", False),
    ("PySide6/Qt/translations/qtbase_en.qm", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/networkinformation/libqglib.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6\\Qt\\plugins\\tls\\qschannelbackend.dll", True),
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", False),
])
def test_the_bundle_leaves_out_only_qt_pieces_rencana_never_uses(dest: str,
                                                                left_out: bool) -> None:
    assert trim.unused_qt(dest) is left_out


def _window_with_picture(path: Path, picture: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RENCANA_SHOT": str(picture), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), str(path)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_the_picture_hook_saves_the_started_window_and_closes_it_releasing_the_lock(
        demo_file: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "demo.rencana"
    shutil.copy(demo_file, workbook)
    picture = tmp_path / "window.png"
    done = _window_with_picture(workbook, picture)
    assert done.returncode == 0, done.stderr
    assert "saved=1" in done.stdout
    width, height = _png_size(picture.read_bytes())
    assert width > 300 and height > 300
    assert not lock_path(workbook).exists()


def test_a_second_workbook_opens_in_a_second_window_while_the_first_is_open(
        demo_file: Path, tmp_path: Path) -> None:
    """Double-clicking another workbook starts a second Rencana on it: not refused."""
    first, second = tmp_path / "first.rencana", tmp_path / "second.rencana"
    shutil.copy(demo_file, first)
    shutil.copy(demo_file, second)
    with open_file(first):  # the first workbook is open (and locked) in this process
        done = _window_with_picture(second, tmp_path / "second.png")
        assert done.returncode == 0, done.stderr
        assert "saved=1" in done.stdout
        assert lock_path(first).exists()


def test_a_qt_module_our_code_imports_is_never_left_out(tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "main.py").write_text("import sys\n", encoding="utf-8")
    (tmp_path / "ui" / "room.py").write_text(
        "from PySide6.QtNetwork import QTcpServer\nfrom PySide6 import (QtCore,\n  QtSql)\n",
        encoding="utf-8")
    unused = trim.qt_modules_unused(tmp_path)
    assert "QtNetwork" not in unused and "QtSql" not in unused
    assert "QtQml" in unused and "QtQuick" in unused


def test_rencana_today_leaves_out_qml_quick_designer_help_and_test() -> None:
    unused = trim.qt_modules_unused(ROOT)
    assert {"QtQml", "QtQuick", "QtQuickWidgets", "QtDesigner", "QtHelp", "QtTest"} <= set(unused)


def test_programs_started_from_the_frozen_build_get_the_users_library_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app import paths

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/rencana/_internal:/usr/local/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    monkeypatch.setenv("DYLD_LIBRARY_PATH", "/Applications/Rencana.app/Contents/Frameworks")
    monkeypatch.delenv("DYLD_LIBRARY_PATH_ORIG", raising=False)
    env = paths.external_env()
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in env and "DYLD_LIBRARY_PATH" not in env


def test_from_source_programs_get_the_environment_as_it_is(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app import paths

    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/usr/local/lib")
    assert paths.external_env()["LD_LIBRARY_PATH"] == "/usr/local/lib"
