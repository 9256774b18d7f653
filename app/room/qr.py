"""QR codes of the room's address and of its Wi-Fi network, as PNG bytes (segno, pure Python).

segno needs no Pillow and makes a code in a few milliseconds; the window shows
the PNG with QPixmap.loadFromData.
"""

from __future__ import annotations

import io

_WIFI_SPECIAL = ("\\", ";", ",", ":", '"')


def png(text: str, scale: int = 8) -> bytes:
    """Return a QR code of ``text`` as PNG bytes (a quiet border of 2 modules)."""
    import segno  # local: only the room's window needs it

    out = io.BytesIO()
    segno.make(text, error="m", micro=False).save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def wifi_text(ssid: str, password: str) -> str:
    """Return the text phones' cameras read as "join this Wi-Fi": WIFI:S:...;T:WPA;P:...;;"""
    if not password:
        return f"WIFI:S:{_escape(ssid)};T:nopass;;"
    return f"WIFI:S:{_escape(ssid)};T:WPA;P:{_escape(password)};;"


def _escape(value: str) -> str:
    for char in _WIFI_SPECIAL:
        value = value.replace(char, "\\" + char)
    return value
