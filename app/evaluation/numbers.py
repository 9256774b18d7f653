"""Numbers as people write them in targets and realisation cells: ``75``, ``75,5``, ``1.500``.

Indonesian writing first: ``.`` between thousands (``1.500``) and ``,`` before
decimals (``75,5``); a plain ``75.5`` (a dot not followed by exactly three
digits) is read as a decimal too, since spreadsheets in English write it so.
A target may be a range (``60-80``, ``60 - 80``, ``60 s.d. 80``) or carry words
around its number (``minimal 80 %``); ``read_target`` returns the numbers and
whether words were left over.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_NUMBER = r"[-+]?\d+(?:[.,]\d+)*"
_RANGE = re.compile(rf"\s*({_NUMBER})\s*(?:-|–|s\.?\s*d\.?|sampai|to)\s*({_NUMBER})\s*%?\s*",
                    re.IGNORECASE)
_ALONE = re.compile(rf"\s*({_NUMBER})\s*%?\s*")
_ANY = re.compile(_NUMBER)
YES = {"ya", "yes", "y", "sudah", "ada", "tercapai", "selesai", "done", "true"}
NO = {"tidak", "no", "n", "belum", "tidak ada", "false"}
_SWAP = str.maketrans(",.", ".,")  # 1,500.5 -> 1.500,5
LIMIT = 1e15  # no indicator counts beyond this; larger is a typo or an attack


@dataclass(frozen=True)
class Target:
    """A target read from text: its number (``value``), the top of a range, and leftover words."""

    value: float | None
    upper: float | None = None
    worded: bool = False  # the text held words beside the number (kept as the note)


def number(text: str) -> float | None:
    """Return the number ``text`` holds and nothing else (``75,5`` -> 75.5), else None."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(_NUMBER, raw):
        return None
    sign = -1.0 if raw.startswith("-") else 1.0
    raw = raw.lstrip("+-")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", raw):  # 1.500 or 1.500,25
        raw = raw.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) and raw.count(",") > 1:  # 1,500,000
        raw = raw.replace(",", "")
    elif raw.count(",") == 1 and "." not in raw:  # 75,5
        raw = raw.replace(",", ".")
    try:
        value = sign * float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) and abs(value) <= LIMIT else None


def read_target(text: str) -> Target:
    """Return the numbers of a target as written; ``Target(None)`` when it holds none or several."""
    text = text.strip()
    if not text:
        return Target(None)
    if (alone := _ALONE.fullmatch(text)) and (value := number(alone.group(1))) is not None:
        return Target(value)
    if (pair := _RANGE.fullmatch(text)) is not None:
        low, high = number(pair.group(1)), number(pair.group(2))
        if low is not None and high is not None:
            return Target(min(low, high), max(low, high))
    lowered = text.casefold()
    if lowered in YES:
        return Target(1.0)
    if lowered in NO:
        return Target(0.0)
    found = _ANY.findall(text)
    if len(found) == 1 and (value := number(found[0])) is not None:
        return Target(value, None, worded=True)
    return Target(None, None, worded=True)


def show(value: float | None, lang: str = "id") -> str:
    """Return ``value`` written for people: ``1.500``, ``75,5`` (``1,500``, ``75.5`` in English)."""
    if value is None:
        return ""
    rounded = round(value, 2)
    whole = rounded == int(rounded)
    text = f"{rounded:,.0f}" if whole else f"{rounded:,.2f}".rstrip("0").rstrip(".")
    if lang == "id":
        text = text.translate(_SWAP)
    return text


def percent(value: float | None, lang: str = "id") -> str:
    """Return a percentage with one decimal: ``87,5%`` (``87.5%``); ``""`` for None."""
    if value is None:
        return ""
    text = f"{value:,.1f}"
    if lang == "id":
        text = text.translate(_SWAP)
    return f"{text}%"
