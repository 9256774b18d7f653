"""Nothing unfinished goes out for signature: what is missing is listed, drafts are marked."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app import model, ops
from app.documents import Incomplete, export_document
from app.documents.missing import missing
from app.errors import ValidationError
from app.storage import rows, safe
from app.storage.workbook import WorkbookFile
from tests.helpers import run_cli


@pytest.fixture(autouse=True)
def _no_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the Word file only: no LibreOffice layout for the page numbers."""
    monkeypatch.setenv("RENCANA_PAGINATE", "0")


@pytest.fixture
def empty_session(wb: WorkbookFile) -> Path:
    """Return a workbook with one session holding nothing but its title and date."""
    ops.add(wb, model.Session(title="Bimtek I", stage="I", start_date="2019-07-04"))
    return Path(wb.path)


def test_an_empty_session_lists_what_each_sheet_needs(empty_session: Path) -> None:
    """Minutes, attendance and commitment name the venue, points, agreed items, signatories."""
    db = safe.load_copy(empty_session)
    session_id = rows.select(db, model.Session)[0].id
    found = {kind: missing(db, kind, 1) for kind in ("minutes", "attendance", "commitment")}
    assert [m.part for m in found["minutes"]] == ["minutes", "agreed", "signatories"]
    assert [m.part for m in found["attendance"]] == ["attendance"]
    assert [m.part for m in found["commitment"]] == ["agreed", "signatories"]
    for items in found.values():
        assert all(m.page == "sessions" and m.target == session_id for m in items)
    sentence = found["commitment"][0].sentence("id")
    assert sentence.startswith("Bimtek I belum memiliki butir komitmen") and sentence.endswith(".")


def test_the_command_line_refuses_an_incomplete_sheet_with_the_list(empty_session: Path,
                                                                    tmp_path: Path) -> None:
    """Exit 1, a sentence, then one line per missing item; nothing is written."""
    out = tmp_path / "komitmen.docx"
    done = run_cli("export", str(empty_session), "--doc", "commitment", "--session", "1",
                   "-o", str(out), env={"RENCANA_LANG": "en", "RENCANA_PAGINATE": "0"})
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("The commitment document is not ready to be signed")
    assert lines[1:] == [
        "- Bimtek I has no commitment points yet: enter them as agreed items (Sessions, "
        "Agreed items).",
        "- Bimtek I has no signatories for the signature blocks yet (Sessions, Signatories)."]
    assert not out.exists()


def test_draft_exports_anyway_marked_on_every_page(empty_session: Path, tmp_path: Path) -> None:
    """--draft writes the sheet with KONSEP in the page header of every section."""
    out = tmp_path / "notulen.docx"
    done = run_cli("export", str(empty_session), "--doc", "minutes", "--session", "1", "--draft",
                   "-o", str(out), env={"RENCANA_PAGINATE": "0"})
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(out))
    for section in document.sections:
        assert "KONSEP - BELUM UNTUK DITANDATANGANI" in section.header.paragraphs[0].text


def test_a_session_document_needs_its_session_named(demo_file: Path, tmp_path: Path) -> None:
    """No silent session 1: --session is required for minutes, attendance, commitment."""
    with pytest.raises(ValidationError, match="belongs to one session"):
        export_document(demo_file, "minutes", tmp_path / "x.docx")
    done = run_cli("export", str(demo_file), "--doc", "attendance", "-o",
                   str(tmp_path / "x.docx"), env={"RENCANA_LANG": "id"})
    assert done.returncode == 1
    assert "--session" in done.stderr and done.stderr.count("\n") == 1
    assert not (tmp_path / "x.docx").exists()


def test_a_book_without_a_vision_or_programmes_lists_them_and_prints_no_placeholder(
        wb: WorkbookFile, tmp_path: Path) -> None:
    """A masterplan lists its signer, vision, missions and programmes as missing; exported
    anyway, it leaves those parts out instead of printing "Belum ada data."."""
    found = missing(safe.load_copy(Path(wb.path)), "masterplan")
    assert [m.page for m in found] == ["export", "vision", "vision", "programmes"]
    out = tmp_path / "m.docx"
    export_document(Path(wb.path), "masterplan", out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Belum ada data." not in text
    ops.add(wb, model.Session(title="Bimtek I", stage="I", start_date="2019-07-04"))
    with pytest.raises(Incomplete):
        export_document(Path(wb.path), "minutes", out, session=1)


def test_the_demo_is_complete_and_prints_no_placeholder(demo_file: Path) -> None:
    """Every document of the demo can be signed as it comes out: nothing missing."""
    db = safe.load_copy(demo_file)
    for kind in ("masterplan", "analysis", "quickwins", "summary"):
        assert missing(db, kind) == [], kind
    for number in (1, 2, 3, 4):
        for kind in ("minutes", "attendance", "commitment"):
            assert missing(db, kind, number) == [], (kind, number)


def _signature_names(document: docx.document.Document) -> list[str]:
    names = []
    for run in document.element.body.iter(qn("w:r")):
        props = run.find(qn("w:rPr"))
        if props is not None and props.find(qn("w:u")) is not None:
            names.append("".join(t.text for t in run.iter(qn("w:t"))))
    return names


def test_signature_blocks_are_the_signatories_in_protocol_order(demo_file: Path,
                                                                tmp_path: Path) -> None:
    """Head of region, DPRD, Sekda, head of OPD, then others; names underlined, with NIP."""
    out = tmp_path / "komitmen.docx"
    export_document(demo_file, "commitment", out, session=4)
    db = safe.load_copy(demo_file)
    session = rows.select(db, model.Session)[3]
    signatories = rows.select(db, model.Signatory, session_id=session.id)
    names = _signature_names(docx.Document(str(out)))
    assert sorted(names) == sorted(s.name.upper() for s in signatories)
    titles = {s.name.upper(): s.title for s in signatories}
    assert [titles[n].split()[0] for n in names] == [
        "Wali", "Ketua", "Sekretaris", "Kepala", "Narasumber"]
    text = "\n".join(c.text for t in docx.Document(str(out)).tables for r in t.rows
                     for c in r.cells)
    for signatory in signatories:
        if signatory.nip:
            assert f"NIP. {signatory.nip}" in text


def test_a_pdf_without_libreoffice_is_one_sentence_saying_what_to_install(
        demo_file: Path, tmp_path: Path) -> None:
    """No LibreOffice: exit 1, one sentence naming what to install, no file."""
    out = tmp_path / "buku.pdf"
    done = run_cli("export", str(demo_file), "--doc", "summary", "-o", str(out),
                   env={"RENCANA_SOFFICE": "", "RENCANA_LANG": "en"})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "Writing a PDF needs LibreOffice: install it (Debian/Ubuntu: apt-get install "
        "libreoffice-writer-nogui; Windows and macOS: libreoffice.org), or export a .docx."]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.libreoffice
def test_the_command_line_writes_a_pdf_beside_the_word_file(demo_file: Path,
                                                            tmp_path: Path) -> None:
    """``export ... -o BOOK.pdf`` writes a PDF (through LibreOffice), nothing else is left."""
    from tests.pdf_support import need_reader, read_pdf

    need_reader()
    out = tmp_path / "komitmen.pdf"
    done = run_cli("export", str(demo_file), "--doc", "commitment", "--session", "4",
                   "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "LEMBAR KOMITMEN" in read_pdf(out).text
    assert [p.name for p in tmp_path.iterdir()] == ["komitmen.pdf"]
