"""The phone page's files and the headers every answer carries.

The files are read once from ``resources/room`` (through ``paths.resource``, so a
frozen build finds them) and served from memory: they are the only files the
room's server knows, so no request path ever reaches the file system.
"""

from __future__ import annotations

import hashlib

from app import paths

# The phone page's own files, served from memory: the only files the server knows.
ASSETS = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/room.js": ("room.js", "text/javascript; charset=utf-8"),
    "/room.css": ("room.css", "text/css; charset=utf-8"),
    "/icon.svg": ("icon.svg", "image/svg+xml"),
}
SECURITY_HEADERS = {
    # Only the page's own script, style and API; nothing inline, no frames, no plugins.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self'; connect-src 'self'; object-src 'none'; "
                               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def load_assets() -> dict[str, tuple[bytes, str, str]]:
    """Return {path: (bytes, content type, ETag)} of the phone page's files."""
    found = {}
    for route, (name, kind) in ASSETS.items():
        data = paths.resource("room", name).read_bytes()
        found[route] = (data, kind, etag_of(data))
    return found


def etag_of(data: bytes) -> str:
    """Return a strong ETag for ``data``."""
    return '"' + hashlib.sha256(data).hexdigest()[:24] + '"'
