"""Rupiah and dates are written the Indonesian way, the same on every laptop and locale."""

from __future__ import annotations

import datetime as dt
import json
import locale
import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import formatting
from app.formatting import (
    date_range,
    long_date,
    place_date,
    rupiah,
    rupiah_short,
    rupiah_unit,
    unit_label,
    year_range,
)

SAMPLE = "from app.formatting import *; import json; print(json.dumps([rupiah(1234567), " \
    "rupiah_unit(2950000, 'juta'), long_date('2019-07-04', 'id'), long_date('2019-07-04', 'en')]))"


@pytest.mark.parametrize(("amount", "text"), [
    (0, "Rp0"), (5, "Rp5"), (999, "Rp999"), (1000, "Rp1.000"), (1_500_000, "Rp1.500.000"),
    (2_950_000_000_000, "Rp2.950.000.000.000"), (-1500, "-Rp1.500"),
])
def test_rupiah_uses_dots_between_thousands_and_no_space(amount: int, text: str) -> None:
    assert rupiah(amount) == text


@given(st.integers(min_value=0, max_value=10**18))
def test_rupiah_of_any_amount_round_trips_its_digits(amount: int) -> None:
    text = rupiah(amount)
    assert text.startswith("Rp")
    body = text.removeprefix("Rp")
    groups = body.split(".")
    assert int(body.replace(".", "")) == amount
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3


@pytest.mark.parametrize(("amount", "unit", "text"), [
    (1_500_000_000, "juta", "1.500"), (2_950_000, "juta", "2,95"), (2_500_000, "miliar", "0"),
    (2_500_000_000, "miliar", "2,5"), (1_005_000, "juta", "1,01"), (1234, "", "1.234"),
    (-2_950_000, "juta", "-2,95"), (-1, "juta", "0"),
])
def test_rupiah_unit_counts_in_the_header_unit(amount: int, unit: str, text: str) -> None:
    assert rupiah_unit(amount, unit) == text


@given(st.integers(min_value=0, max_value=10**16), st.sampled_from(["juta", "miliar"]))
def test_rupiah_unit_is_within_half_a_cent_of_the_unit(amount: int, unit: str) -> None:
    text = rupiah_unit(amount, unit)
    whole, _, fraction = text.partition(",")
    value = int(whole.replace(".", "")) * 100 + int((fraction + "00")[:2])
    assert abs(value * formatting.UNITS[unit] - amount * 100) <= formatting.UNITS[unit] // 2


@pytest.mark.parametrize(("amount", "lang", "text"), [
    (130_095_000_000, "id", "Rp130,1 miliar"), (130_095_000_000, "en", "Rp130,1 billion"),
    (2_500_000, "id", "Rp2,5 juta"), (1_200_000_000_000, "id", "Rp1,2 triliun"),
    (750_000, "id", "Rp750.000"), (-3_000_000, "en", "-Rp3 million"),
])
def test_rupiah_short_names_the_unit(amount: int, lang: str, text: str) -> None:
    assert rupiah_short(amount, lang) == text


def test_unit_labels_for_table_headers() -> None:
    assert unit_label("juta", "id") == "Rp juta" and unit_label("juta", "en") == "Rp million"
    assert unit_label("", "en") == "Rp"


def test_rupiah_unit_refuses_an_unknown_unit() -> None:
    with pytest.raises(KeyError):
        rupiah_unit(1, "dozen")


def test_long_dates_have_month_names_in_either_language() -> None:
    assert long_date("2019-07-04", "id") == "4 Juli 2019"
    assert long_date("2019-07-04", "en") == "4 July 2019"
    assert long_date(dt.date(2019, 10, 1), "id", weekday=True) == "Selasa, 1 Oktober 2019"
    assert long_date("2019-07-04", "en", weekday=True) == "Thursday, 4 July 2019"
    assert long_date(None, "id") == long_date("", "en") == ""


def test_a_malformed_date_is_refused() -> None:
    with pytest.raises(ValueError):
        long_date("4 Juli 2019", "id")


@pytest.mark.parametrize(("start", "end", "lang", "text"), [
    ("2019-07-04", "2019-07-05", "id", "4-5 Juli 2019"),
    ("2019-09-30", "2019-10-01", "id", "30 September - 1 Oktober 2019"),
    ("2019-09-30", "2019-10-01", "en", "30 September - 1 October 2019"),
    ("2019-12-30", "2020-01-02", "id", "30 Desember 2019 - 2 Januari 2020"),
    ("2019-07-04", None, "id", "4 Juli 2019"),
    ("2019-07-04", "2019-07-04", "en", "4 July 2019"),
    (None, "2019-07-04", "en", ""),
])
def test_date_ranges_share_the_month_and_year_when_they_can(
        start: str | None, end: str | None, lang: str, text: str) -> None:
    assert date_range(start, end, lang) == text


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
       st.sampled_from(["id", "en"]))
def test_every_date_names_its_day_month_and_year(day: dt.date, lang: str) -> None:
    text = long_date(day.isoformat(), lang)
    number, month, year = text.split(" ")
    assert (int(number), formatting.MONTHS[lang].index(month) + 1, int(year)) == (
        day.day, day.month, day.year)


def test_signature_place_and_date() -> None:
    assert place_date("Madiun", "2019-10-01", "id") == "Madiun, 1 Oktober 2019"
    assert place_date("", "2019-10-01", "en") == "1 October 2019"
    assert year_range(2019, 2024) == "2019-2024" and year_range(2019, 2019) == "2019"


def test_output_does_not_depend_on_the_os_locale() -> None:
    """A German or Indonesian locale in the environment changes nothing."""
    here = json.loads(subprocess.run([sys.executable, "-c", SAMPLE], capture_output=True,
                                     text=True, check=True, env={**os.environ}).stdout)
    for name in ("de_DE.UTF-8", "id_ID.UTF-8", "fr_FR.UTF-8"):
        env = {**os.environ, "LC_ALL": name, "LANG": name, "LC_NUMERIC": name}
        other = subprocess.run([sys.executable, "-c", "import locale; "
                                "locale.setlocale(locale.LC_ALL, ''); " + SAMPLE],
                               capture_output=True, text=True, env=env, check=False)
        if other.returncode == 0:
            assert json.loads(other.stdout) == here
    assert here == ["Rp1.234.567", "2,95", "4 Juli 2019", "4 July 2019"]


def test_output_is_the_same_under_every_installed_locale() -> None:
    saved = locale.setlocale(locale.LC_ALL)
    try:
        for name in ("C.UTF-8", "de_DE.UTF-8", "en_US.UTF-8", "id_ID.UTF-8"):
            try:
                locale.setlocale(locale.LC_ALL, name)
            except locale.Error:
                continue
            assert rupiah(1_234_567) == "Rp1.234.567"
            assert long_date("2019-07-04", "id") == "4 Juli 2019"
    finally:
        locale.setlocale(locale.LC_ALL, saved)
