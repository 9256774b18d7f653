"""Rencana's window: PySide6 pages, models, views and undo commands over app/."""
