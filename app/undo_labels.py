"""The words of the Undo and Redo menu entries, in the interface language.

Operations name their step with an English label ("Add programme"). A label
made from a table name when no one gave one (``Edit people``, ``Add kpis``) is
said with the thing's own name instead ("Ubah orang" / "Edit person"); every
other label is looked up in app.i18n.
"""

from __future__ import annotations

import re

from app import i18n

# table -> (English, Indonesian): one of the things a table holds.
NOUNS: dict[str, tuple[str, str]] = {
    "agenda_items": ("agenda item", "butir agenda"),
    "agreed_items": ("agreed item", "butir kesepakatan"),
    "attendance": ("attendance", "kehadiran"),
    "budgets": ("budget", "anggaran"),
    "cards": ("card", "kartu"),
    "clusters": ("cluster", "klaster"),
    "components": ("readiness component", "komponen kesiapan"),
    "conflicts": ("merge conflict", "konflik penggabungan"),
    "dependencies": ("dependency", "ketergantungan"),
    "dimensions": ("dimension", "dimensi"),
    "doc_settings": ("document setting", "pengaturan dokumen"),
    "elements": ("element", "elemen"),
    "evidence": ("evidence", "data dukung"),
    "funding_sources": ("funding source", "sumber dana"),
    "goal_targets": ("goal target", "target sasaran"),
    "goals": ("goal", "sasaran"),
    "kpi_targets": ("KPI target", "target IKU"),
    "kpis": ("KPI", "IKU"),
    "milestones": ("milestone", "tonggak"),
    "minutes_items": ("minutes item", "butir notulen"),
    "missions": ("mission", "misi"),
    "organisations": ("organisation", "organisasi"),
    "people": ("person", "orang"),
    "programme_origins": ("origin link", "tautan asal"),
    "programme_partners": ("partner", "mitra"),
    "programmes": ("programme", "program"),
    "quickwin_updates": ("quick-win progress", "kemajuan quick win"),
    "readiness": ("readiness rating", "penilaian kesiapan"),
    "sessions": ("session", "sesi"),
    "signatories": ("signatory", "penanda tangan"),
    "teams": ("team", "tim"),
    "workbook": ("workbook details", "data buku kerja"),
}
VERBS = {"Save": "Simpan", "Add": "Tambah", "Edit": "Ubah", "Delete": "Hapus",
         "Move": "Pindahkan"}
_DEFAULT = re.compile(r"^(Save|Add|Edit|Delete|Move) ([a-z_]+)$")


def label_text(label: str, lang: str) -> str:
    """Return the undo label ``label`` as the user reads it in ``lang``."""
    found = _DEFAULT.match(label)
    if found and found.group(2) in NOUNS:
        verb, (english, indonesian) = found.group(1), NOUNS[found.group(2)]
        return f"{VERBS[verb]} {indonesian}" if lang == "id" else f"{verb} {english}"
    return i18n.translate(label, lang)


i18n.register({
    # labels given by operations that had no Indonesian yet
    "Add evidence": "Tambah data dukung",
    "Add goal": "Tambah sasaran",
    "Set goal level": "Atur tingkat sasaran",
    "Set goal direction": "Atur arah sasaran",
    "Clear target": "Kosongkan target",
    "Set target": "Atur target",
    "Edit KPI": "Ubah IKU",
    "Remove KPI": "Hapus IKU",
    "Edit milestone": "Ubah tonggak",
    "Remove milestone": "Hapus tonggak",
    "Remove origin link": "Hapus tautan asal",
    "Edit readiness": "Ubah penilaian kesiapan",
    "New workbook": "Buku kerja baru",
    "Demo: analysis": "Demo: analisis",
    "Demo: people": "Demo: peserta",
    "Demo: programmes": "Demo: program",
    "Demo: sessions": "Demo: sesi",
})
