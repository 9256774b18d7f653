"""The window's pages, in navigation order: each module defines ``Page(ctx, parent)``.

A page is a QWidget built on an ui.context.EditContext; it refreshes itself when
``ctx.changed`` names a table it shows, and writes only through ``ctx.perform``.
"""

from __future__ import annotations

PAGE_MODULES = (
    "overview", "sessions", "people", "board", "analysis", "vision",
    "programmes", "roadmap", "budget", "quickwins", "evaluation", "export",
)
