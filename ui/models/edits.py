"""Small helpers the table pages share for their edits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def next_position(records: Sequence[Any]) -> int:
    """Return the position after the last of ``records`` (0 when there are none)."""
    return max((r.position for r in records), default=-1) + 1
