"""Words for the programme vocabularies (phase, kind, status) and money, shared by both pages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import formatting, model

_CONTEXT = "ProgrammeLabels"

_PHASES = {
    "quick_win": QT_TRANSLATE_NOOP("ProgrammeLabels", "Quick win"),
    "short": QT_TRANSLATE_NOOP("ProgrammeLabels", "Short term"),
    "medium": QT_TRANSLATE_NOOP("ProgrammeLabels", "Medium term"),
    "long": QT_TRANSLATE_NOOP("ProgrammeLabels", "Long term"),
}
_KINDS = {
    "policy": QT_TRANSLATE_NOOP("ProgrammeLabels", "Policy and suprastructure"),
    "infrastructure": QT_TRANSLATE_NOOP("ProgrammeLabels", "Infrastructure"),
    "application": QT_TRANSLATE_NOOP("ProgrammeLabels", "Application or service"),
    "people": QT_TRANSLATE_NOOP("ProgrammeLabels", "People and literacy"),
}
_STATUSES = {
    "new": QT_TRANSLATE_NOOP("ProgrammeLabels", "New"),
    "existing": QT_TRANSLATE_NOOP("ProgrammeLabels", "Existing"),
}


def _tr(text: object) -> str:
    # object: PySide6's stubs type QT_TRANSLATE_NOOP's result (its text) as object.
    return QCoreApplication.translate(_CONTEXT, str(text))


def phase(code: str) -> str:
    """Return the translated name of a phase code (``quick_win`` -> ``Quick win``)."""
    return _tr(_PHASES.get(code, code))


def kind(code: str) -> str:
    """Return the translated name of a programme kind code."""
    return _tr(_KINDS.get(code, code))


def status(code: str) -> str:
    """Return the translated name of a status code (new / existing)."""
    return _tr(_STATUSES.get(code, code))


def phases() -> list[tuple[str, str]]:
    """Return (code, label) for every phase, in plan order."""
    return [(code, phase(code)) for code in model.PHASES]


def kinds() -> list[tuple[str, str]]:
    """Return (code, label) for every programme kind."""
    return [(code, kind(code)) for code in model.PROGRAMME_KINDS]


def statuses() -> list[tuple[str, str]]:
    """Return (code, label) for every status."""
    return [(code, status(code)) for code in model.STATUSES]


def rupiah(amount: int) -> str:
    """Return whole rupiah as ``Rp1.500.000`` (the app's formatting, not the OS locale)."""
    return formatting.rupiah(amount)


def years(start: int | None, end: int | None) -> str:
    """Return a period of years (``2019-2024``)."""
    return formatting.year_range(start, end)


def dimension_name(dimension: model.Dimension, lang: str) -> str:
    """Return a dimension's name in the interface language (Indonesian name as fallback)."""
    return (dimension.name_en if lang == "en" else "") or dimension.name_id


def element_name(element: model.Element, lang: str) -> str:
    """Return an element's name in the interface language."""
    return (element.name_en if lang == "en" else "") or element.name_id


def organisation_name(org: model.Organisation) -> str:
    """Return how an organisation is known (its abbreviation, else its name)."""
    return org.abbreviation or org.name


def source_name(source: model.FundingSource, lang: str) -> str:
    """Return a funding source's name in the interface language."""
    return (source.name_en if lang == "en" else "") or source.name_id or source.code
