"""The region's emblem for the cover: a PNG or JPEG kept in the workbook as base64 (DocSetting).

Kept inside the workbook so it travels with the file. Anything else (another
format, a broken header, an absurd size) is ignored rather than trusted: the
cover then carries no picture.
"""

from __future__ import annotations

import base64
import binascii
import struct

MAX_BYTES = 2_000_000
MAX_SIDE = 6000
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def decode(text: str) -> bytes | None:
    """Return the image bytes of a base64 ``emblem`` setting if it is a sane PNG or JPEG."""
    try:
        data = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    if not 0 < len(data) <= MAX_BYTES:
        return None
    size = image_size(data)
    if size is None or not all(0 < side <= MAX_SIDE for side in size):
        return None
    return data


def encode(data: bytes) -> str:
    """Return the setting value for an image file's bytes (checked by ``decode`` on use)."""
    return base64.b64encode(data).decode("ascii")


def image_size(data: bytes) -> tuple[int, int] | None:
    """Return (width, height) of a PNG or baseline/progressive JPEG, or None if neither."""
    if data.startswith(PNG_MAGIC) and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return width, height
        at += 2 + length
    return None


def shield_png(width: int = 180, height: int = 216, colour: tuple[int, int, int] = (21, 101, 192)
               ) -> bytes:
    """Return a plain shield drawn pixel by pixel: the demo's stand-in for a real emblem."""
    import zlib

    gold = (249, 168, 37)
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += bytes(_shield_pixel(x, y, width, height, colour, gold))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return PNG_MAGIC + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _shield_pixel(x: int, y: int, width: int, height: int, colour: tuple[int, int, int],
                  gold: tuple[int, int, int]) -> tuple[int, int, int, int]:
    cx = width / 2
    half = width / 2 if y < height * 0.55 else width / 2 * (1 - (y - height * 0.55)
                                                              / (height * 0.45))
    inside = abs(x + 0.5 - cx) <= half
    if not inside:
        return (255, 255, 255, 0)
    border = abs(x + 0.5 - cx) > half - 8 or y < 8
    star = abs(x - cx) + abs(y - height * 0.4) < width * 0.18
    return (*(gold if border or star else colour), 255)
