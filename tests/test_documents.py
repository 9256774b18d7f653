"""The Word documents: every kind exports for the demo and reads back as a proper planning book."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Mm

from app import model
from app.documents import KINDS, SESSION_KINDS, export_document, outline
from app.errors import ValidationError
from app.storage import rows, safe
from tests.helpers import run_cli

PAPERS = {"a4": (Mm(210), Mm(297)), "f4": (Mm(215), Mm(330))}
BOOKS = [k for k in KINDS if k not in SESSION_KINDS]
CAPTION = {"id": re.compile(r"^(Tabel|Gambar) (L?\d+)\.(\d+) \S"),
           "en": re.compile(r"^(Table|Figure) (L?\d+)\.(\d+) \S")}


# The chapters each document must carry, written out here (not taken from the exporter's
# own outline(), which would pass whatever the exporter wrote): design.md's book plans.
CHAPTERS = {
    ("masterplan", "id"): ["BAB I Pendahuluan", "BAB II Visi, Misi, Tujuan dan Sasaran",
                           "BAB III Strategi Pembangunan Smart City", "BAB IV Rencana Program",
                           "BAB V Peta Jalan", "BAB VI Quick Win",
                           "BAB VII Tata Kelola dan Pembiayaan", "BAB VIII Penutup",
                           "LAMPIRAN I Keterlacakan Program", "LAMPIRAN II Indikator Program"],
    ("masterplan", "en"): ["CHAPTER I Introduction",
                           "CHAPTER II Vision, Missions, Goals and Targets",
                           "CHAPTER III Smart City Strategy", "CHAPTER IV Programme Plan",
                           "CHAPTER V Roadmap", "CHAPTER VI Quick Wins",
                           "CHAPTER VII Governance and Funding", "CHAPTER VIII Closing",
                           "ANNEX I Traceability of Programmes", "ANNEX II Programme Indicators"],
    ("analysis", "id"): ["BAB I Pendahuluan", "BAB II Gambaran Umum Daerah",
                         "BAB III Analisis Kesiapan Daerah", "BAB IV Analisis Strategis",
                         "BAB V Visi dan Misi Smart City"],
    ("analysis", "en"): ["CHAPTER I Introduction", "CHAPTER II Overview of the Region",
                         "CHAPTER III Regional Readiness Analysis",
                         "CHAPTER IV Strategic Analysis",
                         "CHAPTER V Smart City Vision and Missions"],
    ("quickwins", "id"): ["BAB I Pendahuluan", "BAB II Ikhtisar Quick Win",
                          "BAB III Profil Quick Win"],
    ("quickwins", "en"): ["CHAPTER I Introduction", "CHAPTER II Quick Wins at a Glance",
                          "CHAPTER III Quick Win Profiles"],
    ("summary", "id"): ["BAB I Sekilas Rencana", "BAB II Program dan Anggaran",
                        "BAB III Quick Win"],
    ("summary", "en"): ["CHAPTER I The Plan at a Glance", "CHAPTER II Programmes and Budget",
                        "CHAPTER III Quick Wins"],
    ("minutes", "id"): ["NOTULEN", "BERITA ACARA"],
    ("minutes", "en"): ["MINUTES", "OFFICIAL RECORD OF AGREEMENT"],
    ("attendance", "id"): ["DAFTAR HADIR"],
    ("attendance", "en"): ["ATTENDANCE LIST"],
    ("commitment", "id"): ["LEMBAR KOMITMEN"],
    ("commitment", "en"): ["COMMITMENT SHEET"],
}


@pytest.fixture(scope="module")
def exports() -> dict[tuple, Path]:
    """Return a cache of the demo's exported documents, shared by the tests of this module."""
    return {}


def _export(demo_file: Path, exports: dict[tuple, Path], kind: str, lang: str = "id",
            paper: str = "a4", session: int = 1) -> docx.document.Document:
    key = (kind, lang, paper, session)
    if key not in exports:
        folder = Path(str(demo_file.parent / "exports"))
        folder.mkdir(exist_ok=True)
        out = folder / f"{kind}-{lang}-{paper}-{session}.docx"
        export_document(demo_file, kind, out, session=session, lang=lang, paper=paper)
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
        exports[key] = out
    return docx.Document(str(exports[key]))


def _instructions(document: docx.document.Document) -> list[str]:
    return [node.text.strip() for node in document.element.body.iter(qn("w:instrText"))]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("lang", "paper"), [("id", "a4"), ("en", "f4")])
def test_every_kind_exports_as_a_book_with_headings_paper_and_margins(
        demo_file: Path, exports: dict[tuple, Path], kind: str, lang: str, paper: str) -> None:
    """Each document of the demo reopens; its chapters are Heading 1; pages are A4/F4, 3 cm left."""
    document = _export(demo_file, exports, kind, lang, paper)
    headings = [p.text.replace("\n", " ") for p in document.paragraphs
                if p.style.name == "Heading 1"]
    found = [next((n for n, h in enumerate(headings) if title.upper() in h.upper()), -1)
             for title in CHAPTERS[(kind, lang)]]
    assert -1 not in found, (CHAPTERS[(kind, lang)], headings)
    assert found == sorted(found)  # in the order of the table of contents
    for section in document.sections:
        size = sorted((section.page_width, section.page_height))
        assert all(abs(a - b) < Mm(0.5) for a, b in zip(size, sorted(PAPERS[paper]), strict=True))
        assert section.left_margin >= Cm(3) - 10
    settings = document.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"


@pytest.mark.parametrize("kind", BOOKS)
def test_books_have_a_cover_a_toc_field_lists_and_roman_then_arabic_pages(
        demo_file: Path, exports: dict[tuple, Path], kind: str) -> None:
    """Books carry TOC fields (contents, tables), BAB chapters, and pages i, ii... then 1, 2..."""
    document = _export(demo_file, exports, kind)
    instructions = _instructions(document)
    assert any(i.startswith('TOC \\o "1-3"') for i in instructions)
    assert any(i.startswith('TOC \\h \\z \\c "Tabel"') for i in instructions)
    formats = [s._sectPr.find(qn("w:pgNumType")) for s in document.sections]
    numbered = [(f.get(qn("w:fmt")), f.get(qn("w:start"))) for f in formats if f is not None]
    assert ("lowerRoman", "1") in numbered and ("decimal", "1") in numbered
    assert [s for s in numbered if s[1] is not None] == [("lowerRoman", "1"), ("decimal", "1")]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert any(h.startswith("BAB I\n") for h in headings)
    assert "KOTA MADIUN" in [p.text for p in document.paragraphs[:20]]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_captions_are_numbered_per_chapter_with_seq_fields(
        demo_file: Path, exports: dict[tuple, Path], lang: str) -> None:
    """Tabel 3.1 / Gambar 5.1: numbers restart in each chapter and come from SEQ fields."""
    document = _export(demo_file, exports, "masterplan", lang)
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert len(captions) > 10
    seen: dict[tuple[str, str], int] = {}
    for paragraph in captions:
        match = CAPTION[lang].match(paragraph.text)
        assert match, paragraph.text
        kind, chapter, number = match.group(1), match.group(2), int(match.group(3))
        assert number == seen.get((kind, chapter), 0) + 1
        seen[(kind, chapter)] = number
        assert any(i.startswith(f"SEQ {kind}") for i in
                   (n.text.strip() for n in paragraph._p.iter(qn("w:instrText"))))


def test_programme_tables_hold_every_programme_in_landscape_with_repeated_headers(
        demo_file: Path, exports: dict[tuple, Path]) -> None:
    """Every programme of the demo appears in the programme tables; their header rows repeat."""
    document = _export(demo_file, exports, "masterplan")
    db = safe.load_copy(demo_file)
    programmes = rows.select(db, model.Programme)
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "No"
              and "Program" in [c.text for c in t.rows[0].cells]]
    codes = [r.cells[1].text for t in tables for r in t.rows[1:] if r.cells[1].text]
    assert sorted(codes) == sorted(p.code for p in programmes)
    for table in tables:
        assert table._tbl.tr_lst[0].find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    assert any(s.page_width > s.page_height for s in document.sections)


def test_traceability_annex_lists_the_cards_each_programme_came_from(
        demo_file: Path, exports: dict[tuple, Path]) -> None:
    """The annex names, for a programme with an origin card, that card's text."""
    document = _export(demo_file, exports, "masterplan")
    db = safe.load_copy(demo_file)
    origin = next(o for o in rows.select(db, model.ProgrammeOrigin) if o.card_id)
    card = rows.get(db, model.Card, origin.card_id)
    programme = rows.get(db, model.Programme, origin.programme_id)
    annex = next(t for t in document.tables if "Kartu lokakarya asal usulan"
                 in [c.text for c in t.rows[0].cells])
    row = next(r for r in annex.rows if r.cells[0].text == programme.code)
    assert card.text in row.cells[2].text


def test_rupiah_and_indonesian_dates_are_written_the_indonesian_way(
        demo_file: Path, exports: dict[tuple, Path]) -> None:
    """Amounts read Rp1.500.000 and the signature date 1 Oktober 2019 (English: 1 October 2019)."""
    document = _export(demo_file, exports, "quickwins")
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert re.search(r"Rp\d{1,3}(\.\d{3})+\b", cells)
    assert "Madiun, 1 Oktober 2019" in text + cells
    english = _export(demo_file, exports, "quickwins", "en")
    cells_en = "\n".join(c.text for t in english.tables for r in t.rows for c in r.cells)
    assert "Madiun, 1 October 2019" in cells_en


def test_attendance_has_one_table_per_day_with_everyone_present_that_day(
        demo_file: Path, exports: dict[tuple, Path]) -> None:
    """Bimtek I (two days) gives two tables, one row per person on the list that day, to sign."""
    db = safe.load_copy(demo_file)
    session = rows.select(db, model.Session)[0]
    marks = rows.select(db, model.Attendance, session_id=session.id)
    document = _export(demo_file, exports, "attendance")
    lists = [t for t in document.tables if t.rows and t.rows[0].cells[-1].text == "Tanda Tangan"]
    days = sorted({m.day for m in marks})
    assert len(lists) == len(days) == 2
    for table, day in zip(lists, days, strict=True):
        assert len(table.rows) - 1 == sum(1 for m in marks if m.day == day) >= 250
        assert [c.text for c in table.rows[0].cells] == [
            "No", "Nama", "Jabatan", "Instansi", "Tanda Tangan"]


def test_minutes_and_commitment_carry_signature_blocks(
        demo_file: Path, exports: dict[tuple, Path]) -> None:
    """The berita acara and the lembar komitmen end with the signatories, names in capitals."""
    db = safe.load_copy(demo_file)
    sessions = rows.select(db, model.Session)
    number, session = next((n, s) for n, s in enumerate(sessions, 1)
                           if rows.count(db, model.Signatory, session_id=s.id))
    names = [s.name.upper() for s in rows.select(db, model.Signatory, session_id=session.id)]
    for kind in ("minutes", "commitment"):
        document = _export(demo_file, exports, kind, session=number)
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        for name in names:
            assert any(name in c for c in cells), (kind, name)


def test_a_session_number_out_of_range_is_one_sentence(demo_file: Path, tmp_path: Path) -> None:
    """--session 99 names the valid range; nothing is written."""
    out = tmp_path / "x.docx"
    with pytest.raises(ValidationError, match="There is no session 99"):
        export_document(demo_file, "minutes", out, session=99)
    assert not out.exists()
    done = run_cli("export", str(demo_file), "--doc", "attendance", "--session", "0",
                   "-o", str(out), env={"RENCANA_LANG": "id"})
    assert done.returncode == 1
    assert done.stderr.strip() == "Tidak ada sesi 0: pilih nomor 1 sampai 4."
    assert not out.exists()


def test_cli_export_writes_the_document(demo_file: Path, tmp_path: Path) -> None:
    """``main.py export FILE --doc commitment --lang en --paper f4 -o OUT`` writes a Word file."""
    out = tmp_path / "commitment.docx"
    done = run_cli("export", str(demo_file), "--doc", "commitment", "--lang", "en", "--paper",
                   "f4", "-o", str(out))
    assert done.returncode == 0, done.stderr
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings == ["COMMITMENT SHEET"]


@pytest.mark.parametrize(("kind", "lang"), sorted(CHAPTERS))
def test_the_outline_the_export_page_shows_is_the_books_chapters(kind: str, lang: str) -> None:
    assert outline(kind, lang) == CHAPTERS[(kind, lang)]
