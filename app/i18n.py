"""Indonesian and English for the words app/ produces: error sentences and document labels.

The user interface translates its own strings with Qt; app/ has no Qt, so the
sentences it hands out (errors, document labels, CLI messages) are English
templates looked up here. Indonesian is the default language everywhere.
"""

from __future__ import annotations

import os

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

# English template -> Indonesian. Modules add their own entries with ``register``.
_INDONESIAN: dict[str, str] = {}


def register(entries: dict[str, str]) -> None:
    """Add English -> Indonesian entries to the catalogue."""
    _INDONESIAN.update(entries)


def translate(text: str, lang: str) -> str:
    """Return ``text`` in ``lang``; English text is returned as it is."""
    if lang == "id":
        return _INDONESIAN.get(text, text)
    return text


def cli_language() -> str:
    """Return the language of command-line messages (``RENCANA_LANG``, default Indonesian)."""
    lang = os.environ.get("RENCANA_LANG", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


register({
    # validation
    "{field} must not be empty.": "{field} tidak boleh kosong.",
    "{field} is too long ({length} characters; at most {limit}).":
        "{field} terlalu panjang ({length} karakter; paling banyak {limit}).",
    "{field} must be a whole number.": "{field} harus berupa bilangan bulat.",
    "{field} must be a number.": "{field} harus berupa angka.",
    "{field} must be between {lo} and {hi}.": "{field} harus antara {lo} dan {hi}.",
    "Amounts cannot be negative.": "Jumlah anggaran tidak boleh negatif.",
    "The year {year} is outside the plan period {start}-{end}.":
        "Tahun {year} berada di luar periode rencana {start}-{end}.",
    "{field} must be a date like 2019-07-04.":
        "{field} harus berupa tanggal seperti 2019-07-04.",
    "{field} must be one of: {choices}.": "{field} harus salah satu dari: {choices}.",
    "Unknown {field}: it does not exist in this workbook.":
        "{field} tidak dikenal: tidak ada di buku kerja ini.",
    "The end ({end}) is before the start ({start}).":
        "Akhir ({end}) lebih awal dari awal ({start}).",
    "The plan period cannot be longer than {limit} years.":
        "Periode rencana tidak boleh lebih dari {limit} tahun.",
    "A programme cannot depend on itself.": "Program tidak dapat bergantung pada dirinya sendiri.",
    "The rating must be between 0 and {limit}.": "Nilai harus antara 0 dan {limit}.",
    "This item no longer exists.": "Item ini sudah tidak ada.",
    "It is still used by {count} rows of {what}; change or delete those first.":
        "Item ini masih dipakai oleh {count} baris {what}; ubah atau hapus dahulu.",
    "programmes": "program", "budgets": "anggaran",
    "An origin must name a card or a cluster.": "Asal harus menyebut kartu atau klaster.",
    "A colour is written like #1565C0.": "Warna ditulis seperti #1565C0.",
    "Unknown role: {role}.": "Peran tidak dikenal: {role}.",
    # workbook files
    "{name} does not exist.": "{name} tidak ada.",
    "{name} is empty: it is not a Rencana workbook.":
        "{name} kosong: bukan buku kerja Rencana.",
    "{name} is not a Rencana workbook.": "{name} bukan buku kerja Rencana.",
    "{name} is damaged: {detail}.": "{name} rusak: {detail}.",
    # what SQLite and our checks say about damage, as the detail of that sentence
    "database disk image is malformed": "isi berkas tidak utuh",
    "file is not a database": "berkas ini bukan basis data",
    "its size does not match its pages": "ukurannya tidak sesuai dengan halaman-halamannya",
    "some links point to rows that do not exist": "ada tautan ke baris yang tidak ada",
    "database or disk is full": "basis data atau disk penuh",
    "{name} was made by a newer version of Rencana; update Rencana to open it.":
        "{name} dibuat oleh Rencana versi yang lebih baru; perbarui Rencana untuk membukanya.",
    "{name} is open in Rencana on {host} (process {pid}); close it there or open it read-only.":
        "{name} sedang dibuka di Rencana pada {host} (proses {pid}); tutup di sana "
        "atau buka hanya-baca.",
    "{name} is too large to be a workbook ({size} MB).":
        "{name} terlalu besar untuk sebuah buku kerja ({size} MB).",
    "{name} already exists.": "{name} sudah ada.",
    "Cannot write {name}: {reason}.": "Tidak dapat menulis {name}: {reason}.",
    "Cannot read {name}: {reason}.": "Tidak dapat membaca {name}: {reason}.",
    "The workbook is open read-only.": "Buku kerja dibuka hanya-baca.",
})
