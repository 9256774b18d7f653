"""Join codes and device tokens: random from ``secrets``, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

CODE_DIGITS = 6
_CODE = re.compile(r"[0-9]{6}")


def new_code() -> str:
    """Return a random six-digit join code (leading zeros kept)."""
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def is_code(text: str) -> bool:
    """Return whether ``text`` is exactly six ASCII digits."""
    return _CODE.fullmatch(text) is not None


def same_code(given: str, expected: str) -> bool:
    """Return whether a typed code matches, without leaking how much of it did (timing)."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def new_token() -> str:
    """Return a fresh device token: 192 random bits, URL-safe."""
    return secrets.token_urlsafe(24)


def token_key(token: str) -> str:
    """Return the key a token is stored under (its SHA-256): the table never holds tokens."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()
