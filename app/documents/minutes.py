"""The notulen of one session (points, decisions, follow-ups) and its berita acara, signed."""

from __future__ import annotations

from app import i18n, model
from app.documents import sheets
from app.documents.tables import Column
from app.documents.writer import Book
from app.formatting import long_date

CHAPTERS = ("Minutes", "Official Record of Agreement")


def outline(lang: str) -> list[str]:
    """Return the parts of the sheet in ``lang``."""
    return [i18n.translate(t, lang).upper() for t in CHAPTERS]


def write(book: Book, session: model.Session) -> None:
    """Write the notulen and the berita acara of ``session`` (a part with nothing is left out)."""
    sheets.start(book)
    items = book.source.minutes.get(session.id, [])
    sheets.header(book, session, book.t(CHAPTERS[0]))
    for kind, title in (("point", "Points discussed"), ("decision", "Decisions")):
        texts = [i.text for i in items if i.kind == kind]
        if texts or book.draft:
            book.paragraph(book.t(title), bold=True, keep=True)
            book.bullets(texts, empty=book.t("None recorded."))
    follow = [i for i in items if i.kind == "followup"]
    if follow:
        book.paragraph(book.t("Follow-ups"), bold=True, keep=True)
        columns = [Column(book.t("No"), 1, "center"), Column(book.t("Follow-up"), 8),
                   Column(book.t("Responsible"), 4), Column(book.t("Due date"), 3)]
        book.table(columns, [(n, i.text, i.owner or "-", long_date(i.due_date, book.lang) or "-")
                             for n, i in enumerate(follow, 1)])
    book.step()
    _record(book, session)
    book.step()


def _record(book: Book, session: model.Session) -> None:
    book.front_heading(book.t(CHAPTERS[1]))
    when = long_date(session.start_date, book.lang, weekday=True)
    book.paragraph(book.t(OPENING, when=when, venue=session.venue or "-", title=session.title),
                   keep=True)
    book.numbered((a.text for a in book.source.agreed.get(session.id, [])),
                  empty=book.t("None recorded."))
    book.paragraph(book.t(CLOSING), keep=True)
    book.paragraph(sheets.signed_where(book, session), align="right", keep=True)
    book.signatures(sheets.signers(book, session))


OPENING = ("On {when}, at {venue}, the {title} was held, and those present agreed as "
           "follows:")
CLOSING = "This record was made truthfully, to be used as it should be."

i18n.register({
    "Minutes": "Notulen", "Official Record of Agreement": "Berita Acara",
    "Points discussed": "Pokok bahasan", "Decisions": "Keputusan",
    "Follow-ups": "Tindak lanjut", "Follow-up": "Tindak Lanjut",
    "Responsible": "Penanggung Jawab", "Due date": "Batas Waktu",
    OPENING: ("Pada hari ini, {when}, bertempat di {venue}, telah dilaksanakan {title}, dan "
              "para peserta menyepakati hal-hal sebagai berikut:"),
    CLOSING: "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
             "sebagaimana mestinya.",
})
