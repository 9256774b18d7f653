"""Translated labels of the workbook's vocabularies (stages, minutes kinds, roles, kinds)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

CONTEXT = "Labels"  # the translation context of every label here

_STAGES = {
    "I": "Bimtek I", "II": "Bimtek II", "III": "Bimtek III", "IV": "Bimtek IV",
    "other": "Other meeting",
}
_MINUTES_KINDS = {"point": "Point", "decision": "Decision", "followup": "Follow-up"}
_ROLES = {
    "kepala_daerah": "Head of region", "dewan": "Dewan Smart City",
    "tim_pelaksana": "Tim Pelaksana", "narasumber": "Narasumber",
    "participant": "Participant", "press": "Press",
}
_ORGANISATION_KINDS = {
    "opd": "OPD", "bumd": "BUMD", "vertical": "Vertical agency", "forkopimda": "Forkopimda",
    "dprd": "DPRD", "village": "Kelurahan / village", "school": "School",
    "university": "University", "ngo": "NGO", "community": "Community", "press": "Press",
    "private": "Private sector", "other": "Other",
}


def _label(table: dict[str, str], code: str | None) -> str:
    english = table.get(code or "")
    return QCoreApplication.translate(CONTEXT, english) if english else (code or "")


def stage(code: str | None) -> str:
    """Return the label of a session stage (``I`` -> ``Bimtek I``)."""
    return _label(_STAGES, code)


def minutes_kind(code: str | None) -> str:
    """Return the label of a minutes kind (point, decision, follow-up)."""
    return _label(_MINUTES_KINDS, code)


def role(code: str | None) -> str:
    """Return the label of a person's role."""
    return _label(_ROLES, code)


def roles(codes: str) -> str:
    """Return the labels of comma-separated role codes, joined by commas."""
    return ", ".join(role(c) for c in codes.split(",") if c)


def organisation_kind(code: str | None) -> str:
    """Return the label of an organisation kind."""
    return _label(_ORGANISATION_KINDS, code)


def choices(codes: tuple[str, ...], label: Callable[[str], str]) -> list[tuple[str, object]]:
    """Return (label, code) pairs of a vocabulary for a ChoiceDelegate or combo box."""
    return [(label(code), code) for code in codes]
