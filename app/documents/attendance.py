"""The daftar hadir of one session: one sheet per day, only the people registered for that day.

Each sheet is the session's header, a table (No, Nama, Jabatan, Instansi,
signature: odd numbers sign on the left of the column, even on the right, as
on paper lists), the number registered, and a "Mengetahui" block.
"""

from __future__ import annotations

import dataclasses

from app import i18n, model
from app.documents import sheets
from app.documents.tables import Cell, Column
from app.documents.writer import Book

CHAPTERS = ("Attendance List",)
DOTS = "." * 14  # fits the signature column on one line (no wrapped dots)


def outline(lang: str) -> list[str]:
    """Return the parts of the sheet in ``lang``."""
    return [i18n.translate(CHAPTERS[0], lang).upper()]


def write(book: Book, session: model.Session) -> None:
    """Write one attendance sheet per day of ``session`` on which anyone is registered."""
    sheets.start(book)
    marks = book.source.attendance.get(session.id, [])
    days = sorted({m.day for m in marks if m.day})
    for day in days or ([session.start_date or ""] if book.draft else []):
        sheets.header(book, session, book.t(CHAPTERS[0]), day)
        people = _people(book, [m for m in marks if m.day == day])
        columns = [Column(book.t("No"), 1.1, "center"), Column(book.t("Name"), 4.4),
                   Column(book.t("Position"), 3.8), Column(book.t("Organisation"), 3.4),
                   Column(book.t("Signature"), 3.5)]
        rows = [(n, p.name, p.position, book.source.organisation(p.organisation_id),
                 Cell(f"{n}. {DOTS}", "left" if n % 2 else "right"))
                for n, p in enumerate(people, 1)]
        book.table(columns, rows, row_height=0.9, keep_last=2)
        book.paragraph(book.t("Registered: {count} people.", count=len(people)), bold=True,
                       keep=True)
        _acknowledged(book, session)
        book.step()


def _acknowledged(book: Book, session: model.Session) -> None:
    """Write "Mengetahui," and the first signatory in protocol order, on the right."""
    first = sheets.signers(book, session)[0]
    book.paragraph("", keep=True)
    book.signatures([dataclasses.replace(first, above=book.t("Acknowledged by,"))])


def _people(book: Book, marks: list[model.Attendance]) -> list[model.Person]:
    found = [book.source.people[m.person_id] for m in marks if m.person_id in book.source.people]
    return sorted(found, key=lambda p: (p.name.casefold(), p.id))


i18n.register({"Attendance List": "Daftar Hadir",
               "Registered: {count} people.": "Jumlah peserta terdaftar: {count} orang.",
               "Acknowledged by,": "Mengetahui,"})
