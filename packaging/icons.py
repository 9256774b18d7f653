"""Make Rencana's icon files from ``resources/icons/rencana.svg``: PNGs and a Windows ``.ico``.

Run ``uv run python packaging/icons.py`` after changing the SVG; the results are committed
(``resources/icons/rencana-<size>.png``, ``rencana.ico``). Qt renders the SVG; the ``.ico``
is written here: a directory of PNG images, which Windows reads since Vista.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "rencana.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs() -> dict[int, bytes]:
    """Render the SVG at every size; write ``rencana-<size>.png``; return the PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    made: dict[int, bytes] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        made[size] = bytes(data.data())
        (ICONS / f"rencana-{size}.png").write_bytes(made[size])
    return made


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return a ``.ico`` file holding the given PNG images (size -> PNG bytes)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def main() -> int:
    pngs = render_pngs()
    (ICONS / "rencana.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {len(pngs)} PNGs and rencana.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
