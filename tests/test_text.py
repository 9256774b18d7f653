"""Cleaning user text: whatever comes in, what is stored fits SQLite, Word's XML and the screen."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from app.text import clean_text

_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@given(st.text())
def test_cleaned_text_is_xml_compatible_and_stable(value: str) -> None:
    cleaned = clean_text(value)
    assert not _XML_INCOMPATIBLE.search(cleaned)
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # no lone surrogates left


@given(st.text())
def test_single_line_text_has_no_breaks(value: str) -> None:
    assert "\n" not in clean_text(value, single_line=True)


def test_breaks_become_newlines_and_controls_vanish() -> None:
    assert clean_text("a\x0bb\x0cc\r\nd\x07e") == "a\nb\nc\nde"


def test_emoji_bidi_and_combining_marks_are_kept() -> None:
    text = "Kampung 🌿 \u200fعربى\u200f e\u0301"
    assert clean_text(text) == "Kampung 🌿 \u200fعربى\u200f \u00e9"


def test_python_docx_accepts_cleaned_text() -> None:
    import docx  # local: only this test needs python-docx

    document = docx.Document()
    document.add_paragraph(clean_text("".join(map(chr, range(0x20))) + "\ufffe\udfff ok"))
    assert document.paragraphs[-1].text.endswith("ok")
