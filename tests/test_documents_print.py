"""The demo's documents as LibreOffice prints them (pdftotext per page), both languages and papers.

Each document is exported once per language and paper (straight to PDF, which
lays the book out through LibreOffice) and read back page by page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents import export_document
from tests.pdf_support import Printed, need_reader, read_pdf

pytestmark = pytest.mark.libreoffice

BOOKS = [("masterplan", "id", "a4"), ("masterplan", "en", "f4"), ("analysis", "id", "f4"),
         ("quickwins", "en", "a4"), ("summary", "id", "a4")]


@pytest.fixture(scope="session")
def printed(demo_file: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Return a function giving the printed pages of (kind, lang, paper[, session]), made once."""
    folder = tmp_path_factory.mktemp("printed")
    made: dict[tuple, Printed] = {}

    def get(kind: str, lang: str, paper: str, session: int | None = None) -> Printed:
        key = (kind, lang, paper, session)
        if key not in made:
            need_reader()
            out = folder / f"{kind}-{lang}-{paper}-{session}.pdf"
            export_document(demo_file, kind, out, session=session, lang=lang, paper=paper)
            made[key] = read_pdf(out)
        return made[key]

    return get


def _page_labels(doc: Printed) -> dict[str, int]:
    return {doc.footer(i): i for i in range(len(doc.pages)) if doc.footer(i)}


@pytest.mark.parametrize(("kind", "lang", "paper"), BOOKS)
def test_every_contents_number_is_the_page_where_that_heading_is_printed(
        printed, kind: str, lang: str, paper: str) -> None:  # type: ignore[no-untyped-def]
    """Contents and lists of tables/figures: dotted leaders, roman front matter, right pages."""
    doc = printed(kind, lang, paper)
    listed = doc.listed()
    assert len(listed) >= 10
    labels = _page_labels(doc)
    assert {"i", "ii", "1", "2"} <= set(labels), labels
    front_seen = False
    for text, number in listed:
        assert number in labels, (text, number)
        page = " ".join(doc.pages[labels[number]].split())
        assert " ".join(text.split()) in page, (text, number)
        front_seen |= not number.isdigit()
    assert front_seen


SHEETS = [("minutes", "id", "a4", 1), ("minutes", "en", "f4", 4), ("commitment", "id", "f4", 4),
          ("commitment", "en", "a4", 4), ("attendance", "id", "a4", 4),
          ("attendance", "en", "f4", 2)]
PLACEHOLDERS = ("Belum ada data.", "None recorded", "(tidak ada", "(no headings", "(no tables",
                "KONSEP", "DRAFT", "...:")


def _all_documents() -> list[tuple]:
    return [(*b, None) for b in BOOKS] + SHEETS


@pytest.mark.parametrize(("kind", "lang", "paper", "session"), _all_documents())
def test_no_placeholder_no_dangling_colon_and_no_page_of_one_line(
        printed, kind: str, lang: str, paper: str, session: int | None) -> None:  # type: ignore[no-untyped-def]
    """Signable as exported: no "Belum ada data.", no sentence ending in a colon with nothing
    after it, and no page that holds a single line besides its page number."""
    doc = printed(kind, lang, paper, session)
    for placeholder in PLACEHOLDERS:
        assert placeholder not in doc.text, placeholder
    for index, page in enumerate(doc.pages):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if doc.footer(index):
            lines = lines[:-1]
        figure = len(lines) == 1 and lines[0].startswith(("Gambar", "Figure"))  # and its picture
        assert len(lines) >= 2 or index == 0 or figure, (index, lines)
        assert not lines or not lines[-1].endswith(":"), (index, lines[-1])


@pytest.mark.parametrize(("lang", "paper", "session"), [("id", "a4", 4), ("en", "f4", 2)])
def test_attendance_never_leaves_a_page_with_a_single_row_and_ends_acknowledged(
        printed, demo_file: Path, lang: str, paper: str, session: int) -> None:  # type: ignore[no-untyped-def]
    """Rows numbered on, two at least per page, signature lines on one line, total, Mengetahui."""
    import re

    doc = printed("attendance", lang, paper, session)
    row = re.compile(r"^\s*(\d+)\s+\S.*\s(\d+)\. \.{10,}\s*(\S.*)?$")
    numbers = []
    for page in doc.pages:
        on_page = [int(m.group(1)) for m in map(row.match, page.splitlines()) if m]
        assert len(on_page) != 1, page
        numbers += on_page
    assert numbers[:3] == [1, 2, 3]
    total = "Registered: {} people." if lang == "en" else "Jumlah peserta terdaftar: {} orang."
    days = doc.text.count(total.split("{")[0])
    assert days >= 1 and len(numbers) % days == 0
    assert total.format(len(numbers) // days) in doc.text
    assert ("Acknowledged by," if lang == "en" else "Mengetahui,") in doc.text


@pytest.mark.parametrize(("kind", "lang", "paper", "session"),
                         [("commitment", "id", "f4", 4), ("minutes", "en", "f4", 4)])
def test_printed_signature_blocks_are_the_signatories(
        printed, demo_file: Path, kind: str, lang: str, paper: str, session: int) -> None:  # type: ignore[no-untyped-def]
    """Every signatory of the session signs, head of region first."""
    from app import model
    from app.storage import rows, safe

    db = safe.load_copy(demo_file)
    chosen = rows.select(db, model.Session)[session - 1]
    names = [s.name.upper() for s in rows.select(db, model.Signatory, session_id=chosen.id)]
    doc = printed(kind, lang, paper, session)
    places = {name: doc.text.rfind(name) for name in names}
    assert all(place >= 0 for place in places.values()), places
    assert min(places, key=places.get) == "H. MAIDI"


@pytest.mark.parametrize(("lang", "paper"), [("id", "a4"), ("en", "f4")])
def test_every_programme_prints_its_rpjmd_link_partners_and_milestones(
        printed, demo_file: Path, lang: str, paper: str) -> None:  # type: ignore[no-untyped-def]
    """The masterplan's programme profiles carry every field a reader looks for."""
    from app import model
    from app.storage import rows, safe

    db = safe.load_copy(demo_file)
    organisations = {o.id: o.name for o in rows.select(db, model.Organisation)}
    doc = printed("masterplan", lang, paper)
    flow = doc.flow
    for prog in rows.select(db, model.Programme):
        assert " ".join(prog.rpjmd_link.split()) in flow, prog.code
        for partner in rows.select(db, model.ProgrammePartner, programme_id=prog.id):
            assert " ".join(organisations[partner.organisation_id].split()) in flow
        for mark in rows.select(db, model.Milestone, programme_id=prog.id):
            assert f"{mark.year}: {mark.title}" in flow, (prog.code, mark.title)
    money = r"Rp\d{1,3}(\.\d{3})+" if lang == "id" else r"Rp\d{1,3}(,\d{3})+"
    import re

    assert re.search(money, flow)
    heading = "MONITORING DAN EVALUASI" if lang == "id" else "MONITORING AND EVALUATION"
    assert heading in doc.text.upper()


def test_the_masterplan_prints_a_roadmap_page_per_dimension(printed) -> None:  # type: ignore[no-untyped-def]
    """One figure per dimension after the overview, each on a page of its own."""
    doc = printed("masterplan", "id", "a4")
    for name in ("Governance", "Branding", "Economy", "Living", "Society", "Environment"):
        pages = [p for p in doc.pages if f"Peta Jalan Smart {name} 2019-2024" in p
                 and "...." not in p]
        assert len(pages) == 1, name
