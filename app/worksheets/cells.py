"""Cells Rencana writes into spreadsheets: text stays text, never a formula a spreadsheet runs.

A programme named ``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0`` must reach the
reader of the CSV or XLSX as that text. As OWASP advises against CSV (formula)
injection, a text cell that starts with a character a spreadsheet evaluates
(``= + - @``, their full-width forms, tab, carriage return or newline) gets a
leading ``'``; reading a worksheet back removes that ``'`` again. Numbers stay
numbers.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
QUOTE = "'"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def neutral(value: Any) -> Any:
    """Return ``value`` safe for a spreadsheet: text that could start a formula gets a ``'``.

    Numbers (int, float) and empty cells are returned unchanged.
    """
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        return QUOTE + value
    return value


def unquote(value: str) -> str:
    """Return text read from a worksheet without the ``'`` that ``neutral`` put before it."""
    if value.startswith(QUOTE) and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def xml_safe(value: str) -> str:
    """Return ``value`` without the characters an XLSX file cannot hold."""
    return _XML_ILLEGAL.sub("", value)
