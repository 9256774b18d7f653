"""Capaian per direction, zero and missing targets, ranges; rating bands; budget absorption."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.evaluation import achievement as a
from app.evaluation import schemes

CASES = [
    # direction, target, realised, upper, percent, status
    ("higher", 100, 80, None, 80.0, a.OK),
    ("higher", 60, 75, None, 125.0, a.OK),
    ("higher", 50, 0, None, 0.0, a.OK),
    ("higher", 0, 0, None, 100.0, a.ZERO_TARGET),
    ("higher", 0, 12, None, 100.0, a.ZERO_TARGET),
    ("higher", None, 12, None, None, a.NO_TARGET),
    ("higher", 10, None, None, None, a.NO_REALISATION),
    ("higher", None, None, None, None, a.NO_TARGET),
    ("higher", -2, 1, None, None, a.NOT_COMPARABLE),
    ("lower", 5, 10, None, 50.0, a.OK),  # waiting days: 10 against at most 5
    ("lower", 10, 5, None, 200.0, a.OK),
    ("lower", 10, 10, None, 100.0, a.OK),
    ("lower", 10, 0, None, 100.0, a.ZERO_REALISED),
    ("lower", 0, 0, None, 100.0, a.ZERO_REALISED),
    ("lower", 0, 3, None, 0.0, a.ZERO_TARGET),
    ("lower", None, 3, None, None, a.NO_TARGET),
    ("lower", 3, None, None, None, a.NO_REALISATION),
    ("range", 60, 70, 80, 100.0, a.OK),
    ("range", 60, 60, 80, 100.0, a.OK),
    ("range", 60, 80, 80, 100.0, a.OK),
    ("range", 60, 30, 80, 50.0, a.OK),
    ("range", 60, 100, 80, 80.0, a.OK),
    ("range", 80, 70, 60, 100.0, a.OK),  # bounds given the wrong way round
    ("range", 50, 50, None, 100.0, a.OK),  # no upper: a range of one value
    ("range", 0, 5, 0, 0.0, a.ZERO_TARGET),
    ("range", None, 5, 10, None, a.NO_TARGET),
    ("range", 5, None, 10, None, a.NO_REALISATION),
    ("milestone", 1, 1, None, 100.0, a.OK),
    ("milestone", 1, 0, None, 0.0, a.OK),
    ("milestone", 0, 0, None, 100.0, a.ZERO_TARGET),
    ("milestone", 1, None, None, None, a.NO_REALISATION),
    ("milestone", None, 1, None, None, a.NO_TARGET),
]


@pytest.mark.parametrize(("direction", "target", "realised", "upper", "percent", "status"),
                         CASES)
def test_capaian_respects_the_direction(direction: str, target: float | None,
                                        realised: float | None, upper: float | None,
                                        percent: float | None, status: str) -> None:
    """Each direction gives its capaian; zero, missing and negative cases say why."""
    result = a.capaian(direction, target, realised, upper)
    assert result.status == status
    if percent is None:
        assert result.percent is None and not result.computed
    else:
        assert result.percent == pytest.approx(percent)


def test_unknown_direction_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        a.capaian("sideways", 1, 1)


RKPD = [(100, "achieved"), (80, "achieved"), (79.99, "on_track"), (60, "on_track"),
        (59.9, "hard_effort"), (0, "hard_effort"), (150, "achieved")]
SAKIP = [(100, "very_good"), (91, "very_good"), (90.5, "very_good"), (90, "good"), (76, "good"),
         (75, "fair"), (66, "fair"), (65, "poor"), (51, "poor"), (50, "very_poor"),
         (0, "very_poor"), (130, "very_good")]


@pytest.mark.parametrize(("percent", "code"), RKPD)
def test_rkpd_bands(percent: float, code: str) -> None:
    """RKPD: >= 80 achieved, 60-80 on track, < 60 needs hard effort."""
    band = schemes.RKPD.rate(percent)
    assert band is not None and band.code == code


@pytest.mark.parametrize(("percent", "code"), SAKIP)
def test_sakip_bands(percent: float, code: str) -> None:
    """SAKIP: 91-100 Sangat Baik, 76-90 Baik, 66-75 Cukup, 51-65 Kurang, <= 50 Sangat Kurang."""
    band = schemes.SAKIP.rate(percent)
    assert band is not None and band.code == code


def test_no_percentage_has_no_band() -> None:
    assert schemes.RKPD.rate(None) is None
    assert schemes.SAKIP.rate(None) is None


def test_sakip_labels_in_both_languages() -> None:
    assert [b.label("id") for b in schemes.SAKIP.bands] == [
        "Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]
    assert schemes.RKPD.bands[0].label("en") == "Achieved"


def test_a_custom_scheme_is_read_from_its_text() -> None:
    text = "90; Istimewa; Excellent; #00AA00\n50; Cukup; Fair; #FFAA00\n0; Buruk; Bad; #AA0000"
    scheme = schemes.scheme("custom", text)
    assert [b.label("en") for b in scheme.bands] == ["Excellent", "Fair", "Bad"]
    assert scheme.rate(95).label("id") == "Istimewa"  # type: ignore[union-attr]
    assert scheme.rate(50).label("id") == "Cukup"  # type: ignore[union-attr]
    assert scheme.rate(10).label("id") == "Buruk"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "", "90; A; A; #00AA00", "50; A; A; #00AA00\n90; B; B; #00AA00",
    "x; A; A; #00AA00\n0; B; B; #00AA00", "90; A; A; green\n0; B; B; #00AA00",
    "90; A; A\n0; B; B; #00AA00",
])
def test_a_bad_custom_scheme_is_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(ValidationError):
        schemes.parse_scheme(text)


def test_an_unknown_scheme_code_falls_back_to_rkpd() -> None:
    assert schemes.scheme("nonsense") is schemes.RKPD


@pytest.mark.parametrize(("pagu", "spent", "percent"), [
    (1000, 750, 75.0), (1000, 0, 0.0), (1000, 1100, 110.0), (0, 10, None), (None, 10, None),
    (1000, None, None),
])
def test_budget_absorption(pagu: int | None, spent: int | None, percent: float | None) -> None:
    """Absorption is spent / pagu; no pagu or nothing reported gives no percentage."""
    result = a.absorption(pagu, spent)
    assert result == (None if percent is None else pytest.approx(percent))


@pytest.mark.parametrize(("values", "expected"), [
    ([], None), ([("Q1", 10)], 10), ([("Q1", 10), ("Q3", 30), ("Q2", 20)], 30),
    ([("Q4", 40), ("year", 45)], 45), ([("year", 45), ("Q4", 40)], 45),
])
def test_the_yearly_value_is_the_year_row_else_the_latest_quarter(
        values: list[tuple[str, float]], expected: float | None) -> None:
    assert a.yearly(values) == expected


def test_weights_must_add_up_to_100() -> None:
    assert schemes.check_weights(dict(schemes.DEFAULT_WEIGHTS)) == schemes.DEFAULT_WEIGHTS
    with pytest.raises(ValidationError):
        schemes.check_weights({**schemes.DEFAULT_WEIGHTS, "impact": 40})
    with pytest.raises(ValidationError):
        schemes.check_weights({"baseline": 100})
