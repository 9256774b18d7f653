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
    """Return the session's signatories in protocol order (or the head of region if none)."""
    people = book.source.people
    found = []
    for signatory in protocol_order(book, _signatories(book, session)):
        person = people.get(signatory.person_id or "")
        nip = signatory.nip or (person.nip if person else "")
        found.append(Signer(title=signatory.title, name=signatory.name, nip=nip))
    return found or [front.head_signer(book)]


# Protocol (tata urutan): head of region, DPRD, Forkopimda, Sekda, heads of OPD, camat, lurah.
RANKS = (
    ("kepala_daerah", ("wali kota", "walikota", "bupati")),
    ("deputy", ("wakil wali kota", "wakil bupati")),
    ("dprd", ("dprd",)),
    ("forkopimda", ("kapolres", "kapolresta", "dandim", "kejaksaan", "kajari", "pengadilan",
                    "danrem", "danlanal", "danlanud")),
    ("sekda", ("sekretaris daerah", "sekda")),
    ("opd", ("kepala dinas", "kepala badan", "kepala kantor", "kepala satuan", "inspektur",
             "direktur", "asisten", "kepala bagian", "kepala ")),
    ("camat", ("camat",)),
    ("lurah", ("lurah", "kepala desa")),
)


def protocol_rank(book: Book, signatory: model.Signatory) -> int:
    """Return the place of ``signatory`` in protocol order (0 = head of region, 8 = others)."""
    person = book.source.people.get(signatory.person_id or "")
    title = signatory.title.casefold()
    org = book.source.organisations.get(person.organisation_id or "") if person else None
    if person and "kepala_daerah" in person.role_set() and "wakil" not in title:
        return 0
    for rank, (_name, words) in enumerate(RANKS):
        if any(title.startswith(w) or f" {w}" in f" {title}" for w in words):
            if rank == 0 and ("narasumber" in title or "wakil" in title):
                continue
            return rank
    kinds = {"dprd": 2, "forkopimda": 3, "opd": 5, "village": 7}
    return kinds.get(org.kind, len(RANKS)) if org else len(RANKS)


def protocol_order(book: Book, found: list[model.Signatory]) -> list[model.Signatory]:
    """Return ``found`` in protocol order, keeping the entered order within a rank."""
    return sorted(found, key=lambda s: (protocol_rank(book, s), s.position))


def _signatories(book: Book, session: model.Session) -> list[model.Signatory]:
    return [s for s in book.source.signatories if s.session_id == session.id]


i18n.register({
    "Activity": "Kegiatan", "Day, date": "Hari, tanggal", "Venue": "Tempat",
    "Opened by": "Dibuka oleh", "Resource persons": "Narasumber",
})
