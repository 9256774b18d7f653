"""The yearly evaluation report (Laporan Evaluasi Tahunan) read back by LibreOffice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.evaluation import collect, report, schemes
from app.storage import safe
from tests.test_documents_pdf import RUPIAH, convert
from tests.tools import require

pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def pdfs(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Return the PDF text of the demo's 2020 report in Indonesian (A4) and English (F4)."""
    require("soffice", "pdftotext", "pdfinfo")
    folder = tmp_path_factory.mktemp("evaluation")
    paths = {}
    for lang, paper in (("id", "a4"), ("en", "f4")):
        paths[lang] = folder / f"evaluasi-{lang}.docx"
        report.export_report(demo_file, 2020, paths[lang], lang=lang, paper=paper)
    texts = convert(list(paths.values()), folder)
    return {lang: texts[path][0] for lang, path in paths.items()}


@pytest.fixture(scope="module")
def evaluation(demo_file: Path) -> collect.Evaluation:
    db = safe.load_copy(demo_file)
    try:
        return collect.evaluate(collect.Data.read(db), 2020)
    finally:
        db.conn.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_programme_is_in_the_report(pdfs: dict[str, str],
                                          evaluation: collect.Evaluation, lang: str) -> None:
    text = pdfs[lang]
    missing = [p.programme.code for p in evaluation.programmes if p.programme.code not in text]
    assert missing == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_bands_and_rupiah_amounts_are_printed(pdfs: dict[str, str], lang: str) -> None:
    text = pdfs[lang]
    assert all(band.label(lang) in text for band in schemes.RKPD.bands)
    assert len(RUPIAH.findall(text)) > 20


def test_indonesian_conventions(pdfs: dict[str, str]) -> None:
    text = pdfs["id"]
    for words in ("LAPORAN EVALUASI TAHUNAN", "BAB I", "PENILAIAN MANDIRI", "Tabel 3.1",
                  "Gambar 2.1", "Data dukung", "Kondisi", "Dampak", "Quick win",
                  "PROGRAM YANG PERLU PERHATIAN", "H. MAIDI"):
        assert words in text, words
    assert re.search(r"Madiun, \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|"
                     r"September|Oktober|November|Desember) \d{4}", text)


def test_english_headings(pdfs: dict[str, str]) -> None:
    text = pdfs["en"]
    for words in ("ANNUAL EVALUATION REPORT", "CHAPTER I", "SELF-ASSESSMENT", "Impact",
                  "Budget absorption by OPD"):
        assert words in text, words
