"""The errors Rencana reports to users: each carries one clear sentence, in either language."""

from __future__ import annotations

from typing import Any


class RencanaError(Exception):
    """A problem to show the user as one sentence; never a programming bug.

    The sentence is an English template with ``{name}`` fields; ``message(lang)``
    gives it in Indonesian or English through ``app.i18n``.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def message(self, lang: str = "en") -> str:
        """Return the sentence in ``lang`` (``id`` or ``en``)."""
        from app.i18n import translate  # local: i18n imports nothing heavy, avoids a cycle

        params = {k: translate(v, lang) if isinstance(v, str) else v
                  for k, v in self.params.items()}  # field labels translate too
        return translate(self.template, lang).format(**params)


class ValidationError(RencanaError):
    """Input that breaks a rule of the workbook (empty name, year outside the plan, ...)."""


class WorkbookError(RencanaError):
    """A workbook that cannot be opened or written: damaged, foreign, newer, locked."""


class DamagedWorkbook(WorkbookError):
    """The file claims to be a workbook but its pages are damaged."""


class NotAWorkbook(WorkbookError):
    """The file is not a Rencana workbook at all."""


class NewerWorkbook(WorkbookError):
    """The file was written by a newer Rencana; it is never modified."""


class WorkbookLocked(WorkbookError):
    """Another Rencana (on this or another machine) has the file open."""
