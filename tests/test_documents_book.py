"""A book, not a data dump: programme profiles, strategy narratives, decree order, M&E, front."""

from __future__ import annotations

import base64
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app import model
from app.documents import emblem, export_document
from app.documents.words import figure
from app.storage import rows, safe


@pytest.fixture(autouse=True)
def _no_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the Word file only: no LibreOffice layout for the page numbers."""
    monkeypatch.setenv("RENCANA_PAGINATE", "0")


@pytest.fixture(scope="module")
def books(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the demo's masterplan in Indonesian and English (A4), exported once."""
    folder = tmp_path_factory.mktemp("books")
    made = {}
    with pytest.MonkeyPatch.context() as patch:  # never left set for later test modules
        patch.setenv("RENCANA_PAGINATE", "0")
        for lang in ("id", "en"):
            made[lang] = folder / f"masterplan-{lang}.docx"
            export_document(demo_file, "masterplan", made[lang], lang=lang)
    return made


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    body = document.element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in body.iter(qn("w:p")))


def test_every_programme_field_is_printed(books: dict[str, Path], demo_file: Path) -> None:
    """RPJMD link, status, partners, budget per year and source, KPI per year, milestones,
    dependencies: all in the masterplan."""
    text = _text(books["id"])
    db = safe.load_copy(demo_file)
    orgs = {o.id: o.name for o in rows.select(db, model.Organisation)}
    programmes = {p.id: p for p in rows.select(db, model.Programme)}
    for prog in programmes.values():
        assert prog.rpjmd_link in text
        for partner in rows.select(db, model.ProgrammePartner, programme_id=prog.id):
            assert orgs[partner.organisation_id] in text
        for mark in rows.select(db, model.Milestone, programme_id=prog.id):
            assert f"{mark.year}: {mark.title}" in text
    for dep in rows.select(db, model.Dependency):
        before = programmes[dep.predecessor_id]
        assert f"{before.code} {before.name}" in text
    assert "Lanjutan" in text and "Baru" in text
    assert "2019: APBD Rp" in text or "2020: APBD Rp" in text


def test_numbers_follow_the_language_of_the_book(books: dict[str, Path]) -> None:
    """Thousands separators: 15.000 and Rp1.000.000 in Indonesian, 15,000 and Rp1,000,000 in
    English."""
    indonesian, english = _text(books["id"]), _text(books["en"])
    assert "15.000" in indonesian and "Rp130.095.000.000" in indonesian
    assert "15,000" in english and "Rp130,095,000,000" in english
    assert figure("2500", "id") == "2.500" and figure("2.5", "id") == "2,5"
    assert figure("2500", "en") == "2,500" and figure("12 unit", "en") == "12 unit"


def test_strategy_is_each_elements_narrative_then_its_programmes(
        books: dict[str, Path], demo_file: Path) -> None:
    """Per element: the narrative from the workbook, then the programmes carrying it."""
    text = _text(books["id"])
    db = safe.load_copy(demo_file)
    settings = {s.id: s.value for s in rows.select(db, model.DocSetting)}
    element = rows.select(db, model.Element)[0]
    narrative = settings[f"strategy_{element.id}"]
    first = next(p for p in rows.select(db, model.Programme) if p.element_id == element.id)
    at = text.index(narrative)
    assert text.index("Program yang mewujudkan strategi ini:", at) < text.index(
        f"{first.code} {first.name} (", at)


def test_council_and_team_are_listed_in_decree_order(books: dict[str, Path]) -> None:
    """Pelindung, Pembina, Ketua, (Wakil Ketua), Sekretaris, then Anggota: never alphabetical."""
    document = docx.Document(str(books["id"]))
    order = ["Pelindung", "Pembina", "Ketua", "Wakil Ketua", "Sekretaris", "Anggota"]
    found = 0
    for table in document.tables:
        if [c.text for c in table.rows[0].cells][:2] != ["No", "Kedudukan"]:
            continue
        places = [r.cells[1].text for r in table.rows[1:]]
        assert places == sorted(places, key=order.index)
        assert places[0] in ("Pelindung", "Ketua") and places[-1] == "Anggota"
        found += 1
    assert found == 2


def test_front_matter_has_sambutan_foreword_approval_and_an_emblem_on_the_cover(
        books: dict[str, Path]) -> None:
    """Sambutan of the head of region apart from the team's Kata Pengantar; Lembar Pengesahan;
    the cover carries the emblem and Gerakan Menuju 100 Smart City."""
    document = docx.Document(str(books["id"]))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["SAMBUTAN KEPALA DAERAH", "KATA PENGANTAR", "LEMBAR PENGESAHAN"]
    assert "BAB VIII\nMONITORING DAN EVALUASI" in headings
    cover = [p for p in document.paragraphs[:12]]
    assert any(p.text == "GERAKAN MENUJU 100 SMART CITY" for p in cover)
    assert any(p._p.findall(".//" + qn("w:drawing")) for p in cover)


def test_an_emblem_must_be_a_sane_png_or_jpeg() -> None:
    """Garbage, other formats and absurd sizes are refused; a real PNG or JPEG is kept."""
    shield = emblem.shield_png()
    assert emblem.decode(emblem.encode(shield)) == shield
    assert emblem.image_size(shield) == (180, 216)
    jpeg = bytes.fromhex("ffd8ffe000104a46494600010100000100010000"
                         "ffc0000b080040003001011100ffd9")
    assert emblem.image_size(jpeg) == (48, 64)
    assert emblem.decode(base64.b64encode(jpeg).decode()) == jpeg
    huge = shield[:16] + (100_000).to_bytes(4, "big") + shield[20:]
    for bad in ("not base64!", base64.b64encode(b"GIF89a...").decode(),
                base64.b64encode(huge).decode(), ""):
        assert emblem.decode(bad) is None
