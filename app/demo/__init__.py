"""The bundled Kota Madiun demo workbook (``main.py demo OUT.rencana``).

Owns the demo's facts (``data``), its people and sessions (``people``), idea cards
(``cards``), programmes (``programmes``), the plan built from them (``plan``) and
the assembly into one file (``build``). Written only through ``app.ops``, so the
demo obeys every rule a user's edit does. May import ``app.model``, ``app.ops``,
``app.storage`` and ``app.workbooks``; nothing imports the demo but the CLI, the
window's welcome screen, tests and benchmarks.
"""

from __future__ import annotations

from app.demo.build import write_demo

__all__ = ["write_demo"]
