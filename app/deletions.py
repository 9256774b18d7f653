"""Saying what a deletion took away, so the window can offer it back (Undo) without a dialog."""

from __future__ import annotations

from app import formatting, i18n, ops

# The fields that name a row, most telling first.
_NAME_FIELDS = ("code", "name", "title", "text", "indicator", "abbreviation")


def _name(values: dict[str, object]) -> str:
    parts = [str(values[f]).strip() for f in ("code", "name") if values.get(f)]
    if not parts:
        parts = [str(values[f]).strip() for f in _NAME_FIELDS if values.get(f)][:1]
    text = " ".join(parts)
    return text if len(text) <= 60 else text[:59] + "…"


def deleted_rows(change: ops.Change) -> list[ops.RowChange]:
    """Return the rows ``change`` deleted (live before, tombstoned after), the chosen ones first."""
    return [rc for rc in change.rows
            if rc.after.deleted and rc.before is not None and not rc.before.deleted]


def summary(change: ops.Change, lang: str = "id") -> str:
    """Return one sentence saying what ``change`` deleted ("" when it deleted nothing).

    ``Deleted SG-01 Portal Layanan (budget Rp11,7 miliar).``: the first row the
    user chose, how many more of its kind went with it, and the money that went.
    """
    gone = deleted_rows(change)
    if not gone:
        return ""
    first = gone[0]
    what = _name(first.before.values if first.before else {}) or i18n.translate(first.table, lang)
    same = sum(1 for rc in gone if rc.table == first.table) - 1
    if same:
        what = i18n.translate("{what} and {count} more", lang).format(what=what, count=same)
    money = sum(int(rc.before.values.get("amount") or 0) for rc in gone
                if rc.table == "budgets" and rc.before is not None)
    if money and first.table != "budgets":
        what = i18n.translate("{what} (budget {money})", lang).format(
            what=what, money=formatting.rupiah_short(money, lang))
    return i18n.translate("Deleted {what}.", lang).format(what=what)


i18n.register({
    "{what} and {count} more": "{what} dan {count} lainnya",
    "{what} (budget {money})": "{what} (anggaran {money})",
    "Deleted {what}.": "Terhapus: {what}.",
})
