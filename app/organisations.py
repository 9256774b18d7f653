"""Organisations typed in a cell: matched exactly by name or abbreviation, or created.

"Kecamatan Kartoharjo" typed where only "Kecamatan Taman" exists must not become
Taman: a typed organisation is the one with exactly that name or abbreviation
(ignoring case and spacing), or a new one the user agrees to create.
"""

from __future__ import annotations

from collections.abc import Iterable

from app import i18n, model, ops
from app.storage.workbook import WorkbookFile


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def exact_match(typed: str, organisations: Iterable[model.Organisation]) -> str | None:
    """Return the id of the organisation named or abbreviated exactly ``typed`` (case and
    spacing aside), a name before an abbreviation; None when there is none."""
    key = _key(typed)
    found = list(organisations)
    for org in found:
        if _key(org.name) == key:
            return org.id
    for org in found:
        if org.abbreviation and _key(org.abbreviation) == key:
            return org.id
    return None


def assign_new(wb: WorkbookFile, person_id: str, name: str) -> tuple[ops.Change, str]:
    """Create the organisation ``name`` and make it the person's, as one step; return the
    Change and the new organisation's id."""
    with ops.Action(wb, "Add organisation") as act:
        org_id = act.put(model.Organisation(name=" ".join(name.split()), kind="other"))
        act.update(model.Person, person_id, organisation_id=org_id)
    return act.change, org_id


i18n.register({"Add organisation": "Tambah organisasi"})
