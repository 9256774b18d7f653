"""Rencana's pure-Python core: the workbook, its rules, and everything made from it."""

__version__ = "0.1.0"
APP_NAME = "Rencana"
