"""Rencana's pure-Python core: the workbook, its rules, and everything made from it."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Rencana"
