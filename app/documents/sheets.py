"""What the per-session sheets share: one numbered section, the session's header and signatories."""

from __future__ import annotations

import datetime as dt

from app import i18n, model
from app.documents import front, layout
from app.documents.tables import Column
from app.documents.writer import Book, Signer
from app.formatting import long_date, place_date


def start(book: Book) -> None:
    """Number the pages of a session sheet 1, 2, 3 from the first page."""
    layout.number_pages(book.section, "decimal", 1)
    layout.page_footer(book.section)


def header(book: Book, session: model.Session, title: str, day: str | None = None) -> None:
    """Write the sheet's title (Heading 1) and what, when and where the session was."""
    book.front_heading(title)
    when = long_date(day, book.lang, weekday=True) if day else _dates(book, session)
    rows = [(book.t("Activity"), ":", session.title), (book.t("Day, date"), ":", when),
            (book.t("Venue"), ":", session.venue)]
    if session.opened_by:
        rows.append((book.t("Opened by"), ":", session.opened_by))
    if session.narasumber:
        rows.append((book.t("Resource persons"), ":", session.narasumber))
    columns = [Column("", 3.6), Column("", 0.5, "center"), Column("", 11.9)]
    book.table(columns, rows, header=False, borders=False)


def _dates(book: Book, session: model.Session) -> str:
    days = session_days(session)
    return " - ".join(long_date(d, book.lang, weekday=True) for d in (days[0], days[-1])
                      if d) if len(days) > 1 else long_date(session.start_date, book.lang,
                                                            weekday=True)


def session_days(session: model.Session) -> list[str]:
    """Return every day of the session as ISO dates (at most 31)."""
    if not session.start_date:
        return []
    first = dt.date.fromisoformat(session.start_date)
    last = dt.date.fromisoformat(session.end_date) if session.end_date else first
    count = min(max((last - first).days, 0), 30) + 1
    return [(first + dt.timedelta(days=n)).isoformat() for n in range(count)]


def signed_where(book: Book, session: model.Session) -> str:
    """Return ``Madiun, 5 Juli 2019``: the settings' place and the session's last day."""
    place = book.settings.sign_place or book.source.workbook.region
    return place_date(place, session.end_date or session.start_date, book.lang)


def signers(book: Book, session: model.Session) -> list[Signer]:
    """Return the session's signatories, or the head of region when none is named."""
    people = book.source.people
    found = []
    for signatory in _signatories(book, session):
        person = people.get(signatory.person_id or "")
        nip = signatory.nip or (person.nip if person else "")
        found.append(Signer(title=signatory.title, name=signatory.name, nip=nip))
    return found or [front.head_signer(book)]


def _signatories(book: Book, session: model.Session) -> list[model.Signatory]:
    return [s for s in book.source.signatories if s.session_id == session.id]


i18n.register({
    "Activity": "Kegiatan", "Day, date": "Hari, tanggal", "Venue": "Tempat",
    "Opened by": "Dibuka oleh", "Resource persons": "Narasumber",
})
