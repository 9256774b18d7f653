"""What a merge did or would do, per kind of record: added, changed, deleted; and conflicts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app import i18n, model, validate
from app.merge.rules import DELETED
from app.merge.view import Rename

LABEL_FIELDS = ("code", "name", "title", "indicator", "text", "region", "table_name", "value")


@dataclass(frozen=True)
class TableCounts:
    """How many records of one kind a merge adds, changes and deletes."""

    table: str
    added: int
    changed: int
    deleted: int


@dataclass(frozen=True)
class ConflictNote:
    """One conflict for the facilitator: a record, its field, a label, and both values."""

    table: str
    row_id: str
    field: str
    label: str
    kept: str = ""
    other: str = ""


@dataclass(frozen=True)
class MergeReport:
    """The outcome of a merge, compared with ``base`` (the open workbook or the first file)."""

    base: str
    inputs: tuple[str, ...]
    counts: tuple[TableCounts, ...]
    conflicts: tuple[ConflictNote, ...]
    renames: tuple[Rename, ...]

    @property
    def changes(self) -> int:
        """Return how many records the merge adds, changes or deletes."""
        return sum(c.added + c.changed + c.deleted for c in self.counts)

    def lines(self, lang: str | None = None) -> list[str]:
        """Return the report as lines of text in ``lang`` (the CLI language by default)."""
        lang = lang or i18n.cli_language()

        def tr(text: str, **params: Any) -> str:
            return i18n.translate(text, lang).format(**params)

        out = [tr("Merged {count} files; compared with {base}:", count=len(self.inputs),
                  base=self.base)]
        for c in self.counts:
            out.append(tr("{kind}: {added} added, {changed} changed, {deleted} deleted",
                          kind=table_label(c.table, lang), added=c.added, changed=c.changed,
                          deleted=c.deleted))
        if not self.counts:
            out.append(tr("No differences."))
        for r in self.renames:
            out.append(tr("Programme code {old} was taken twice: {name} is now {new}.",
                          old=r.old, name=r.name, new=r.new))
        if self.conflicts:
            out.append(tr("Conflicts to resolve in the window: {count}",
                          count=len(self.conflicts)))
        for note in self.conflicts:
            out.append("  " + conflict_sentence(note, lang))
        return out


def conflict_sentence(note: ConflictNote, lang: str) -> str:
    """Return one sentence naming a conflict, with the value kept and the other one."""
    kind = table_label(note.table, lang)
    if note.field == DELETED:
        text = "{kind} {label}: deleted on one laptop, changed on another."
        return i18n.translate(text, lang).format(kind=kind, label=note.label)
    field = i18n.translate(validate.label(note.field), lang)
    if not (note.kept or note.other):
        text = "{kind} {label}: {field} was changed on two laptops."
        return i18n.translate(text, lang).format(kind=kind, label=note.label, field=field)
    text = "{kind} {label}: {field} was changed on two laptops; kept {kept}, other {other}."
    return i18n.translate(text, lang).format(kind=kind, label=note.label, field=field,
                                             kept=shown_value(note.kept, lang),
                                             other=shown_value(note.other, lang))


def readable(table: str, field: str, value: str,
             lookup: Callable[[str, str], dict[str, Any] | None]) -> str:
    """Return a stored value as people know it: a reference as its record's label."""
    cls = model.BY_TABLE.get(table)
    rule = cls.rules().get(field) if cls else None
    if rule is None or rule.kind != "ref" or not rule.ref or not value:
        return value
    return row_label(lookup(rule.ref, value)).strip("«»") or value


def shown_value(value: str, lang: str) -> str:
    """Return a value for a one-line report: quoted, one line, at most 80 characters."""
    if not value:
        return i18n.translate("(empty)", lang)
    line = " ".join(value.split())
    return f"«{line[:77]}...»" if len(line) > 80 else f"«{line}»"


def row_label(row: dict[str, Any] | None) -> str:
    """Return a short text that names a stored row for people (its code, name or title)."""
    if not row:
        return ""
    parts = [str(row[f]) for f in LABEL_FIELDS if row.get(f)][:2]
    text = " ".join(parts).replace("\n", " ")
    return f"«{text[:60]}»" if text else str(row.get("id", ""))[:8]


def count_changes(base: dict[str, dict[str, dict[str, Any]]],
                  result: dict[str, dict[str, dict[str, Any]]]) -> tuple[TableCounts, ...]:
    """Return per table how the result differs from the base (live records, user fields)."""
    counts = []
    for cls in model.RECORDS:
        if cls.TABLE == model.Conflict.TABLE:
            continue
        before, after = base.get(cls.TABLE, {}), result.get(cls.TABLE, {})
        added = changed = deleted = 0
        for row_id, row in after.items():
            old = before.get(row_id)
            alive_before = bool(old) and not old.get(DELETED)  # type: ignore[union-attr]
            if row[DELETED] and alive_before:
                deleted += 1
            elif not row[DELETED] and not alive_before:
                added += 1
            elif not row[DELETED] and any(row[n] != old[n]  # type: ignore[index]
                                          for n in cls.rules()):
                changed += 1
        if added or changed or deleted:
            counts.append(TableCounts(cls.TABLE, added, changed, deleted))
    return tuple(counts)


def table_label(table: str, lang: str) -> str:
    """Return the name of a kind of record for people, in ``lang``."""
    cls = model.BY_TABLE.get(table)
    english = cls.LABEL[0] if cls is not None else ""
    return i18n.translate(english, lang) if english else table


_SENTENCES = {
    "Merged {count} files; compared with {base}:":
        "{count} berkas digabung; dibandingkan dengan {base}:",
    "{kind}: {added} added, {changed} changed, {deleted} deleted":
        "{kind}: {added} ditambah, {changed} diubah, {deleted} dihapus",
    "No differences.": "Tidak ada perbedaan.",
    "Programme code {old} was taken twice: {name} is now {new}.":
        "Kode program {old} dipakai dua kali: {name} sekarang {new}.",
    "Conflicts to resolve in the window: {count}":
        "Konflik yang perlu diselesaikan di jendela aplikasi: {count}",
    "{kind} {label}: deleted on one laptop, changed on another.":
        "{kind} {label}: dihapus di satu laptop, diubah di laptop lain.",
    "{kind} {label}: {field} was changed on two laptops.":
        "{kind} {label}: {field} diubah di dua laptop.",
    "{kind} {label}: {field} was changed on two laptops; kept {kept}, other {other}.":
        "{kind} {label}: {field} diubah di dua laptop; dipakai {kept}, yang lain {other}.",
    "(empty)": "(kosong)",
}
# Kinds of record may already be named by another module: never override its wording.
_KINDS = {cls.LABEL[0]: cls.LABEL[1] for cls in model.RECORDS if cls.LABEL[0]}  # app.model's
i18n.register({k: v for k, v in {**_SENTENCES, **_KINDS}.items() if i18n.translate(k, "id") == k})
