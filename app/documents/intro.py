"""BAB I Pendahuluan, shared by the books: background, aims, scope, legal basis, outline."""

from __future__ import annotations

from collections.abc import Sequence

from app import i18n
from app.documents.words import roman
from app.documents.writer import Book
from app.formatting import year_range

LAWS = (
    "Law No. 23 of 2014 on Regional Government",
    "Law No. 25 of 2004 on the National Development Planning System",
    "Presidential Regulation No. 95 of 2018 on Electronic-Based Government Systems",
    "Presidential Regulation No. 39 of 2019 on Satu Data Indonesia",
    "The Regional Regulation on the RPJMD of {region} {years}",
)


def region_name(book: Book) -> str:
    """Return ``Kota Madiun`` / ``Kabupaten X`` as the region calls itself."""
    wb = book.source.workbook
    kind = book.t("Kota") if wb.kind == "kota" else book.t("Kabupaten")
    region = wb.region.strip()
    return region if region.lower().startswith(kind.lower()) else f"{kind} {region}"


def introduction(book: Book, purpose: str, chapters: Sequence[str]) -> None:
    """Write BAB I: ``purpose`` names what this book is for; ``chapters`` its chapter titles."""
    wb = book.source.workbook
    region, years = region_name(book), year_range(wb.plan_start, wb.plan_end)
    book.chapter(book.t("Introduction"))
    book.heading(book.t("Background"))
    book.paragraphs(wb.profile, empty=book.t(BACKGROUND, region=region))
    book.heading(book.t("Purpose and Objectives"))
    book.paragraph(book.t(purpose, region=region, years=years))
    book.heading(book.t("Scope"))
    book.paragraph(book.t(SCOPE, region=region, years=years,
                          dimensions=len(book.source.dimensions)))
    book.bullets(book.source.name(d) for d in book.source.dimensions)
    book.heading(book.t("Legal Basis"))
    rpjmd = year_range(wb.rpjmd_start, wb.rpjmd_end) or years
    book.bullets(book.t(law, region=region, years=rpjmd) for law in LAWS)
    book.heading(book.t("Outline of this Book"))
    book.paragraph(book.t("This book is set out as follows:"))
    book.bullets(f"{book.t('CHAPTER {number}', number=roman(n))} {title}"
                 for n, title in enumerate(chapters, 1))


BACKGROUND = ("{region} takes part in the Gerakan Menuju Smart City, the national movement "
              "that guides regions to plan the use of technology for better public services.")
SCOPE = ("This book covers {region} for the plan period {years} and the {dimensions} "
         "dimensions of the smart city:")

i18n.register({
    "Kota": "Kota", "Kabupaten": "Kabupaten",
    "Introduction": "Pendahuluan",
    "Background": "Latar Belakang",
    "Purpose and Objectives": "Maksud dan Tujuan",
    "Scope": "Ruang Lingkup",
    "Legal Basis": "Dasar Hukum",
    "Outline of this Book": "Sistematika Penulisan",
    "This book is set out as follows:": "Buku ini disusun dengan sistematika sebagai berikut:",
    BACKGROUND: ("{region} mengikuti Gerakan Menuju Smart City, gerakan nasional yang "
                 "membimbing daerah merencanakan pemanfaatan teknologi untuk pelayanan publik "
                 "yang lebih baik."),
    SCOPE: ("Buku ini mencakup {region} untuk periode rencana {years} dan {dimensions} "
            "dimensi smart city:"),
    LAWS[0]: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
    LAWS[1]: "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
    LAWS[2]: "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis "
             "Elektronik",
    LAWS[3]: "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia",
    LAWS[4]: "Peraturan Daerah tentang RPJMD {region} {years}",
})
