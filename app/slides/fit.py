"""Making text fit a box: width estimates from Arial's metrics, word wrap, size and cut.

Nothing here measures real glyphs: a slide is drawn later by PowerPoint or
LibreOffice, with Arial or its metric twin Liberation Sans. The widths below are
Arial's (the same as Helvetica's, in thousandths of an em) for ASCII; other
letters count as a wide Latin letter, East Asian wide characters and emoji as a
full em, combining marks as nothing. Every estimate carries a safety margin, so
a line judged to fit does fit in both programs.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_ASCII = (
    " 278 !278 \"355 #556 $556 %889 &667 '191 (333 )333 *389 +584 ,278 -333 .278 /278 "
    "0556 1556 2556 3556 4556 5556 6556 7556 8556 9556 :278 ;278 <584 =584 >584 ?556 "
    "@1015 A667 B667 C722 D722 E667 F611 G778 H722 I278 J500 K667 L556 M833 N722 O778 "
    "P667 Q778 R722 S667 T611 U722 V667 W944 X667 Y667 Z611 [278 \\278 ]278 ^469 _556 "
    "`333 a556 b556 c500 d556 e556 f278 g556 h556 i222 j222 k500 l222 m833 n556 o556 "
    "p556 q556 r333 s500 t278 u556 v500 w722 x500 y500 z500 {334 |260 }334 ~584"
)
WIDTHS: dict[str, int] = {}
for _item in _ASCII.split(" "):
    if _item:
        WIDTHS[_item[0]] = int(_item[1:])
WIDTHS[" "] = 278
OTHER, WIDE, BOLD = 620, 1000, 1.08  # per mille of an em; bold is about 8 % wider
SAFETY = 1.03  # Arial and Liberation Sans measure alike; kerning and rounding: keep 3 % spare
LINE = 1.2  # line height in ems (Arial's ascent + descent is 1.15 em)
ELLIPSIS = "…"


def char_width(char: str) -> int:
    """Return the advance of ``char`` in thousandths of an em (an estimate)."""
    found = WIDTHS.get(char)
    if found is None:
        found = WIDTHS[char] = _other_width(char)  # remembered: decks repeat their letters
    return found


def _other_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(char) in ("W", "F") or ord(char) > 0xFFFF:
        return WIDE
    return OTHER


def _ems(text: str) -> float:
    get = WIDTHS.get
    total = 0
    for char in text:
        found = get(char)
        total += found if found is not None else char_width(char)
    return total / 1000


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Return the estimated width of ``text`` at ``size`` points, in inches (with margin)."""
    return _ems(text) * size / 72 * (BOLD if bold else 1.0) * SAFETY


def widest_word(text: str, size: float, bold: bool = False) -> float:
    """Return the width (inches) of the longest word of ``text``: a box narrower splits it."""
    return max((text_width(word, size, bold) for word in text.split()), default=0.0)


def line_height(size: float) -> float:
    """Return the height of one line of ``size`` points, in inches."""
    return size * LINE / 72


def _split_word(word: str, size: float, width: float, bold: bool) -> list[str]:
    """Cut a word longer than the line into pieces that each fit."""
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, size, bold) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Return the lines ``text`` takes in a box ``width`` inches wide (each paragraph wraps)."""
    scale = size / 72 * (BOLD if bold else 1.0) * SAFETY
    space = WIDTHS[" "] / 1000 * scale
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current, used = "", 0.0
        for word in paragraph.split():
            need = _ems(word) * scale  # widths add up: a line is its words plus spaces
            if current and used + space + need <= width:
                current, used = f"{current} {word}", used + space + need
                continue
            if current:
                lines.append(current)
            pieces = _split_word(word, size, width, bold) if need > width else [word]
            lines.extend(pieces[:-1])
            current = pieces[-1] if pieces else ""
            used = text_width(current, size, bold)
        lines.append(current)
    return lines


def height_of(text: str, size: float, width: float, bold: bool = False,
              spacing: float = 0.0) -> float:
    """Return the height (inches) ``text`` takes when wrapped in ``width`` inches.

    ``spacing`` is extra space before every paragraph but the first, in points.
    """
    paragraphs = text.count("\n")
    return (len(wrap(text, size, width, bold)) * line_height(size)
            + paragraphs * spacing / 72)


@dataclass(frozen=True)
class Fitted:
    """Text chosen for a box: the size to set and the text (cut with … if it had to be)."""

    size: float
    text: str
    cut: bool = False


def fit(text: str, width: float, height: float, largest: float, smallest: float,
        bold: bool = False, spacing: float = 0.0, step: float = 1.0) -> Fitted:
    """Return the largest size in [smallest, largest] at which ``text`` fits the box.

    When it does not fit even at ``smallest``, the text is cut at the last line
    that fits and ends with an ellipsis (a presenter shortens it by hand).
    """
    size = largest
    while size >= smallest:
        whole = size - step < smallest or widest_word(text, size, bold) <= width
        if whole and height_of(text, size, width, bold, spacing) <= height:
            return Fitted(size, text)
        size -= step
    return Fitted(smallest, cut(text, width, height, smallest, bold, spacing), True)


def cut(text: str, width: float, height: float, size: float, bold: bool = False,
        spacing: float = 0.0) -> str:
    """Return as much of ``text`` as fits the box at ``size``, ending with an ellipsis."""
    paragraphs = text.split("\n")
    kept: list[str] = []
    used = 0.0
    for number, paragraph in enumerate(paragraphs):
        extra = spacing / 72 if number else 0.0
        lines = wrap(paragraph, size, width, bold)
        room = int((height - used - extra) / line_height(size) + 1e-9)
        if room <= 0:
            break
        if len(lines) > room:
            kept.append(_ending(paragraph, size, width, bold, room))
            return "\n".join(kept)
        kept.append(paragraph)
        used += extra + len(lines) * line_height(size)
    if len(kept) == len(paragraphs):
        return text
    if not kept:
        return ""
    kept[-1] = _ending(kept[-1], size, width, bold, len(wrap(kept[-1], size, width, bold)))
    return "\n".join(kept)


def _ending(paragraph: str, size: float, width: float, bold: bool, lines: int) -> str:
    """Return the first ``lines`` lines of ``paragraph``, the last one ending with …."""
    wrapped = wrap(paragraph, size, width, bold)[:lines]
    wrapped[-1] = one_line(f"{wrapped[-1]} {ELLIPSIS}", size, width, bold)
    return " ".join(wrapped)


def one_line(text: str, size: float, width: float, bold: bool = False) -> str:
    """Return ``text`` on one line of ``width`` inches, cut with an ellipsis if longer."""
    text = " ".join(text.split())
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + ELLIPSIS, size, bold) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS
