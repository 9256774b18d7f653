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

