"""Rupiah amounts and dates written the Indonesian way (or in English), never via the OS locale.

``rupiah(1500000)`` gives ``Rp1.500.000``; ``long_date("2019-07-04", "id")`` gives
``4 Juli 2019``. Documents, charts and the window all format through here so
that one workbook reads the same on every laptop, whatever its locale.
"""

from __future__ import annotations

import datetime as dt

MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
# Divisors of the units a table header may state ("Indikasi Anggaran (Rp juta)").
UNITS = {"": 1, "ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}
UNIT_NAMES_EN = {"": "", "ribu": "thousand", "juta": "million", "miliar": "billion",
                 "triliun": "trillion"}


def number(value: int) -> str:
    """Return a whole number with ``.`` between thousands: ``1500000`` -> ``1.500.000``."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(int(value)):,}".replace(",", ".")


def rupiah(amount: int) -> str:
    """Return ``amount`` (whole rupiah) as ``Rp1.500.000``; a negative one as ``-Rp1.500``."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{number(abs(amount))}"


def rupiah_unit(amount: int, unit: str, decimals: int = 2) -> str:
    """Return ``amount`` (whole rupiah) counted in ``unit`` (``juta``, ``miliar``, ...).

    The number only, since the unit is stated in the table header: with
    ``unit="juta"``, 1.500.000.000 gives ``1.500`` and 2.950.000 gives ``2,95``.
    At most ``decimals`` decimals (comma-separated), trailing zeros dropped.
    Raises KeyError for an unknown unit.
    """
    divisor = UNITS[unit]
    scale = 10**decimals
    scaled = (abs(int(amount)) * scale * 2 + divisor) // (2 * divisor)  # exact, half up
    whole, fraction = divmod(scaled, scale)
    digits = f"{fraction:0{decimals}d}".rstrip("0") if decimals else ""
    sign = "-" if amount < 0 and scaled else ""
    return sign + number(whole) + ("," + digits if digits else "")


def rupiah_short(amount: int, lang: str = "id") -> str:
    """Return a large amount in words for a glance: ``Rp130,1 miliar`` / ``Rp130,1 billion``.

    Amounts under a million are written in full (``Rp750.000``).
    """
    for unit in ("triliun", "miliar", "juta"):
        if abs(amount) >= UNITS[unit]:
            word = unit if lang == "id" else UNIT_NAMES_EN[unit]
            sign = "-" if amount < 0 else ""
            return f"{sign}Rp{rupiah_unit(abs(amount), unit, 1)} {word}"
    return rupiah(amount)


def unit_label(unit: str, lang: str) -> str:
    """Return the header label of ``unit``: ``Rp juta`` / ``Rp million`` (``Rp`` for rupiah)."""
    word = unit if lang == "id" else UNIT_NAMES_EN[unit]
    return f"Rp {word}" if word else "Rp"


def parse_date(value: str | dt.date) -> dt.date:
    """Return ``value`` (ISO ``2019-07-04`` or a date) as a date; raise ValueError if neither."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _lang(lang: str) -> str:
    return lang if lang in MONTHS else "id"


def long_date(value: str | dt.date | None, lang: str = "id", *, weekday: bool = False) -> str:
    """Return ``4 Juli 2019`` / ``4 July 2019`` (with ``weekday``: ``Kamis, 4 Juli 2019``).

    An empty value gives ``""``; a malformed one raises ValueError.
    """
    if not value:
        return ""
    day = parse_date(value)
    lang = _lang(lang)
    text = f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
    return f"{WEEKDAYS[lang][day.weekday()]}, {text}" if weekday else text


def date_range(start: str | dt.date | None, end: str | dt.date | None, lang: str = "id") -> str:
    """Return a period as people write it: ``4-5 Juli 2019``, ``30 September - 1 Oktober 2019``.

    A missing or equal end gives the single date; an empty start gives ``""``.
    """
    if not start:
        return ""
    first = parse_date(start)
    last = parse_date(end) if end else first
    if last <= first:
        return long_date(first, lang)
    months = MONTHS[_lang(lang)]
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}-{long_date(last, lang)}"
    if first.year == last.year:
        return f"{first.day} {months[first.month - 1]} - {long_date(last, lang)}"
    return f"{long_date(first, lang)} - {long_date(last, lang)}"


def place_date(place: str, value: str | dt.date | None, lang: str = "id") -> str:
    """Return the place and date of a signature block: ``Madiun, 1 Oktober 2019``."""
    when = long_date(value, lang)
    return ", ".join(part for part in (place.strip(), when) if part)


def year_range(start: int | None, end: int | None) -> str:
    """Return a period of years: ``2019-2024`` (one year alone when equal; ``""`` if unknown)."""
    if start is None:
        return ""
    return str(start) if end in (None, start) else f"{start}-{end}"


def parse_duration(text: str) -> int | None:
    """Return the seconds of a typed duration: ``10`` (minutes), ``10:00`` or ``9:30``
    (minutes and seconds); None when it is not one (empty, negative, seconds over 59)."""
    parts = text.strip().replace(".", ":").split(":")
    if not 1 <= len(parts) <= 2 or not all(p.strip().isdigit() for p in parts):
        return None
    minutes = int(parts[0])
    seconds = int(parts[1]) if len(parts) == 2 else 0
    if seconds > 59 or minutes > 999:
        return None
    return minutes * 60 + seconds
