"""Rating schemes (the bands a capaian falls in) and the ministry's five evaluation aspects.

Two Indonesian schemes are built in:

* ``rkpd``: the RKPD evaluation bands: >= 80 % achieved, 60-80 % on track,
  < 60 % needs hard effort.
* ``sakip``: the SAKIP bands: 91-100 Sangat Baik, 76-90 Baik, 66-75 Cukup,
  51-65 Kurang, <= 50 Sangat Kurang, read as "more than 90", "more than
  75"... so that fractions fall somewhere (90.5 is Sangat Baik, 75.5 Baik);
  above 100 is Sangat Baik.

A workbook may define its own scheme as text, one band per line from the top:
``lower bound; Indonesian label; English label; #RRGGBB``, bounds going down (the last band
also takes everything below its bound). ``parse_scheme`` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import i18n
from app.errors import ValidationError

ASPECTS = ("baseline", "output", "outcome", "impact", "quick_win")
DEFAULT_WEIGHTS = {"baseline": 10, "output": 20, "outcome": 30, "impact": 30, "quick_win": 10}
ASPECT_LABELS = {"baseline": "Baseline", "output": "Output", "outcome": "Outcome",
                 "impact": "Impact", "quick_win": "Quick win"}
SCHEME_CODES = ("rkpd", "sakip", "custom")
MAX_BANDS = 10


@dataclass(frozen=True)
class Band:
    """One rating band: capaian from ``lower`` (``inclusive`` or not) up to the band above."""

    code: str
    lower: float
    inclusive: bool
    label_id: str
    label_en: str
    color: str

    def label(self, lang: str) -> str:
        """Return the band's name in ``lang``."""
        return self.label_id if lang == "id" else self.label_en

    def admits(self, percent: float) -> bool:
        """Return whether ``percent`` is at or above this band's lower bound."""
        return percent >= self.lower if self.inclusive else percent > self.lower


@dataclass(frozen=True)
class Scheme:
    """A rating scheme: bands from the best down; the last band takes every lower value."""

    code: str
    name: str
    bands: tuple[Band, ...]

    def rate(self, percent: float | None) -> Band | None:
        """Return the band of ``percent`` (None when there is no percentage)."""
        if percent is None:
            return None
        for band in self.bands[:-1]:
            if band.admits(percent):
                return band
        return self.bands[-1]

    def band(self, code: str) -> Band | None:
        """Return the band with ``code``, or None."""
        return next((b for b in self.bands if b.code == code), None)

    def worst(self) -> Band:
        """Return the lowest band (the programmes that need attention fall in it)."""
        return self.bands[-1]


GREEN, AMBER, RED = "#2E7D32", "#F9A825", "#C62828"
RKPD = Scheme("rkpd", "RKPD", (
    Band("achieved", 80, True, "Tercapai", "Achieved", GREEN),
    Band("on_track", 60, True, "Sesuai jalur", "On track", AMBER),
    Band("hard_effort", 0, True, "Perlu upaya keras", "Needs hard effort", RED),
))
SAKIP = Scheme("sakip", "SAKIP", (
    Band("very_good", 90, False, "Sangat Baik", "Very good", "#1B5E20"),
    Band("good", 75, False, "Baik", "Good", "#43A047"),
    Band("fair", 65, False, "Cukup", "Fair", AMBER),
    Band("poor", 50, False, "Kurang", "Poor", "#EF6C00"),
    Band("very_poor", 0, True, "Sangat Kurang", "Very poor", RED),
))
BUILT_IN = {"rkpd": RKPD, "sakip": SAKIP}


def scheme(code: str, custom: str = "") -> Scheme:
    """Return the scheme ``code`` (``rkpd``, ``sakip``, or ``custom`` read from ``custom``).

    An unknown code gives RKPD; a custom text that does not parse raises ValidationError.
    """
    if code == "custom":
        return parse_scheme(custom)
    return BUILT_IN.get(code, RKPD)


def parse_scheme(text: str) -> Scheme:
    """Return the custom scheme written in ``text`` (see the module); raise ValidationError."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not 2 <= len(lines) <= MAX_BANDS:
        raise ValidationError("A rating scheme needs between 2 and {limit} bands, one a line.",
                              limit=MAX_BANDS)
    bands = [_band(number, line) for number, line in enumerate(lines, 1)]
    bounds = [b.lower for b in bands]
    if bounds != sorted(bounds, reverse=True) or len(set(bounds)) != len(bounds):
        raise ValidationError("The bands of a rating scheme must go from the highest bound down.")
    return Scheme("custom", "Custom", tuple(bands))


def _band(number: int, line: str) -> Band:
    parts = [p.strip() for p in line.split(";")]
    if len(parts) != 4:
        raise ValidationError("Band {number} needs four parts: bound; Indonesian; English; "
                              "colour.", number=number)
    bound, label_id, label_en, color = parts
    try:
        lower = float(bound.replace(",", "."))
    except ValueError:
        raise ValidationError("Band {number}: the bound must be a number.",
                              number=number) from None
    if not label_id or len(label_id) > 60 or len(label_en) > 60:
        raise ValidationError("Band {number} needs a label of at most 60 characters.",
                              number=number)
    from app.validate import is_color

    if not is_color(color):
        raise ValidationError("A colour is written like #1565C0.")
    return Band(f"band{number}", lower, True, label_id, label_en or label_id, color)


def check_weights(weights: dict[str, int]) -> dict[str, int]:
    """Return the five aspect weights if they are whole numbers from 0 that add up to 100."""
    if set(weights) != set(ASPECTS) or any(w < 0 for w in weights.values()):
        raise ValidationError("Give each of the five aspects a weight of 0 or more.")
    if sum(weights.values()) != 100:
        raise ValidationError("The aspect weights must add up to 100 (now {total}).",
                              total=sum(weights.values()))
    return dict(weights)


i18n.register({
    "A rating scheme needs between 2 and {limit} bands, one a line.":
        "Skema penilaian memerlukan 2 sampai {limit} rentang, satu per baris.",
    "The bands of a rating scheme must go from the highest bound down.":
        "Rentang skema penilaian harus berurutan dari batas tertinggi ke bawah.",
    "Band {number} needs four parts: bound; Indonesian; English; colour.":
        "Rentang {number} memerlukan empat bagian: batas; label Indonesia; label Inggris; warna.",
    "Band {number}: the bound must be a number.": "Rentang {number}: batas harus berupa angka.",
    "Band {number} needs a label of at most 60 characters.":
        "Rentang {number} memerlukan label paling banyak 60 karakter.",
    "Give each of the five aspects a weight of 0 or more.":
        "Beri setiap aspek dari lima aspek bobot 0 atau lebih.",
    "The aspect weights must add up to 100 (now {total}).":
        "Jumlah bobot aspek harus 100 (sekarang {total}).",
    "Outcome": "Hasil", "Impact": "Dampak",
})
