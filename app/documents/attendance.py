"""The daftar hadir of one session: one table per day (No, Nama, Jabatan, Instansi, signature)."""

from __future__ import annotations

from app import i18n, model
from app.documents import sheets
from app.documents.tables import Column
from app.documents.writer import Book

CHAPTERS = ("Attendance List",)


def outline(lang: str) -> list[str]:
    """Return the parts of the sheet in ``lang``."""
    return [i18n.translate(CHAPTERS[0], lang).upper()]


def write(book: Book, session: model.Session) -> None:
    """Write one attendance table per day of ``session``, each starting on a new page."""
    sheets.start(book)
    marks = book.source.attendance.get(session.id, [])
    days = sorted(set(sheets.session_days(session)) | {m.day for m in marks if m.day})
    for day in days or [session.start_date or ""]:
        sheets.header(book, session, book.t(CHAPTERS[0]), day)
        people = _people(book, [m for m in marks if m.day == day])
        columns = [Column(book.t("No"), 1.1, "center"), Column(book.t("Name"), 4.6),
                   Column(book.t("Position"), 4), Column(book.t("Organisation"), 3.6),
                   Column(book.t("Signature"), 3)]
        rows = [(n, p.name, p.position, book.source.organisation(p.organisation_id),
                 f"{n}. ....................") for n, p in enumerate(people, 1)]
        book.table(columns, rows, row_height=0.9)
        book.step()


def _people(book: Book, marks: list[model.Attendance]) -> list[model.Person]:
    found = [book.source.people[m.person_id] for m in marks if m.person_id in book.source.people]
    return sorted(found, key=lambda p: (p.name.casefold(), p.id))


i18n.register({"Attendance List": "Daftar Hadir"})
