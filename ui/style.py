"""Rencana's one style sheet: the navigation, the strips, and the dimension colours.

The six dimensions keep the colours of the default framework everywhere a
widget says which dimension it shows (``setProperty("dimension", "SG")``).
Sizes are in points or relative to the font, so 125 % and 150 % display scaling
(QT_SCALE_FACTOR, the system setting) enlarge everything alike.
"""

from __future__ import annotations

# The default framework's dimension colours (resources/frameworks), by dimension code.
DIMENSION_COLOURS = {
    "SG": "#1565C0", "SB": "#EF6C00", "SE": "#B8860B", "SL": "#C62828",
    "SS": "#6A1B9A", "SN": "#2E7D32",
}


def style_sheet() -> str:
    """Return the window's style sheet."""
    rules = [
        "QListWidget#navigation { border: none; background: palette(base); }",
        "QListWidget#navigation::item { padding: 4px 6px; }",
        "QListWidget#navigation::item:selected { background: #1565C0; color: white; }",
        "QLabel#keysHint { color: #546E7A; }",
        "QLabel#elementHint { color: #8a4b00; }",
    ]
    for code, colour in DIMENSION_COLOURS.items():
        rules.append(f'*[dimension="{code}"] {{ color: {colour}; }}')
        rules.append(f'QFrame[dimension="{code}"] {{ border-left: 4px solid {colour}; }}')
    return "\n".join(rules)
