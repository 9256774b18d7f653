"""Cleaning user text so that SQLite, Word's XML and the screen can all hold it."""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab and newline, DEL, C1 controls, non-characters U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str, *, single_line: bool = False) -> str:
    """Return ``value`` without characters Word's XML cannot hold, NFC-normalised.

    Vertical tab, form feed and other line separators become newlines; other
    control characters and lone surrogates are dropped. With ``single_line``
    every line break becomes a space. Leading and trailing blanks are removed.
    """
    value = _SURROGATE.sub("", value)
    value = _BREAKS.sub("\n", value)
    value = _CONTROL.sub("", value)
    value = unicodedata.normalize("NFC", value)
    if single_line:
        value = " ".join(value.split("\n"))
        value = value.replace("\t", " ")
    return value.strip()


# Characters Windows refuses in a file name, and names it reserves for devices.
_FORBIDDEN_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                   *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(value: str, fallback: str = "Rencana") -> str:
    """Return ``value`` as a file name Windows, macOS and Linux all accept.

    Forbidden characters (``<>:"/\\|?*`` and controls) become spaces, runs of
    blanks collapse, trailing dots and spaces go, and a device name such as
    ``CON`` gets an underscore. An empty result becomes ``fallback``.
    """
    name = " ".join(_FORBIDDEN_IN_NAMES.sub(" ", clean_text(value, single_line=True)).split())
    name = name.rstrip(". ")
    if name.split(".")[0].upper() in _RESERVED_NAMES:
        name = "_" + name
    return name or fallback
