"""Charts without Qt: the roadmap, the budget and the readiness radar.

Owns the budget and readiness snapshots a chart is drawn from (``data``, read in
one go so a worker thread can draw; the roadmap's is ``app.roadmap``'s, shared with
the window), the roadmap's drawing (``roadmap``) and the matplotlib figures and
their files (``figures``). The window embeds the same figures in a Qt canvas;
documents insert ``render``'s bytes. May import ``app.model``, ``app.budget``,
``app.roadmap``, ``app.formatting``, ``app.i18n`` and ``app.storage``; matplotlib
only inside functions (it costs about 0.3 s that start-up must not pay).
"""

from __future__ import annotations

from app.charts.figures import (
    DPI,
    FORMATS,
    KINDS,
    budget_figure,
    draw_budget,
    figure_for,
    readiness_figure,
    render,
    roadmap_figure,
    roadmap_parts,
    write_chart,
)

__all__ = [
    "DPI", "FORMATS", "KINDS", "budget_figure", "draw_budget", "figure_for",
    "readiness_figure", "render", "roadmap_figure", "roadmap_parts", "write_chart",
]
