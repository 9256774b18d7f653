"""The lembar komitmen: what the region commits to, signed by the session's signatories."""

from __future__ import annotations

from app import i18n, model
from app.documents import intro, sheets
from app.documents.writer import Book
from app.formatting import year_range

CHAPTERS = ("Commitment Sheet",)


def outline(lang: str) -> list[str]:
    """Return the parts of the sheet in ``lang``."""
    return [i18n.translate(CHAPTERS[0], lang).upper()]


def write(book: Book, session: model.Session) -> None:
    """Write the commitment of ``session`` with a signature block for every signatory."""
    sheets.start(book)
    wb = book.source.workbook
    book.front_heading(book.t(CHAPTERS[0]))
    book.paragraph(book.t("SMART CITY MASTERPLAN OF {region}", region=intro.region_name(book)
                          .upper()), align="center", bold=True)
    book.paragraph(book.t(PLEDGE, region=intro.region_name(book),
                          years=year_range(wb.plan_start, wb.plan_end)), keep=True)
    book.numbered((a.text for a in book.source.agreed.get(session.id, [])),
                  empty=book.t("None recorded."))
    book.paragraph(book.t(CLOSING), keep=True)
    book.step()
    book.paragraph(sheets.signed_where(book, session), align="right", keep=True)
    book.signatures(sheets.signers(book, session))
    book.step()


PLEDGE = ("We, the undersigned, commit ourselves to carry out the Smart City Masterplan of "
          "{region} {years}, to put its programmes into the regional plans and budgets, and to "
          "report on their progress every year, including:")
CLOSING = "This commitment is made in good faith and signed together."

i18n.register({
    "Commitment Sheet": "Lembar Komitmen",
    "SMART CITY MASTERPLAN OF {region}": "MASTERPLAN SMART CITY {region}",
    PLEDGE: ("Kami yang bertanda tangan di bawah ini berkomitmen untuk melaksanakan Masterplan "
             "Smart City {region} {years}, memasukkan program-programnya ke dalam dokumen "
             "perencanaan dan penganggaran daerah, serta melaporkan kemajuannya setiap tahun, "
             "termasuk:"),
    CLOSING: "Demikian komitmen ini dibuat dengan penuh kesadaran dan ditandatangani bersama.",
})
