"""Worksheets: people and programme sheets in CSV and XLSX, checked whole before one write."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import dump, formatting, model, ops, workbooks, worksheets
from app.errors import RencanaError, ValidationError
from app.storage import rows, safe
from app.storage.workbook import open_file
from app.worksheets.table import amount, header_key, year


def write_csv(path: Path, lines: list[list[Any]], *, delimiter: str = ",",
              bom: bool = False) -> Path:
    """Write ``lines`` as a CSV file the way a spreadsheet would."""
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(lines)
    return path


def write_xlsx(path: Path, lines: list[list[Any]]) -> Path:
    """Write ``lines`` on the first sheet of a new XLSX file."""
    import openpyxl

    book = openpyxl.Workbook()
    for line in lines:
        book.active.append(line)
    book.save(path)
    return path


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """Return a closed workbook (plan 2019-2024) holding Diskominfo, for import_file."""
    path = tmp_path / "kota.rencana"
    wb = workbooks.new_workbook(path, model.Workbook(region="Kota Contoh", plan_start=2019,
                                                     plan_end=2024))
    ops.add(wb, model.Organisation(name="Dinas Komunikasi dan Informatika",
                                   abbreviation="Diskominfo"))
    wb.close()
    return path


def dumped(path: Path) -> str:
    db = safe.load_copy(path)
    try:
        return dump.dumps(db)
    finally:
        db.conn.close()


def select(path: Path, cls: type[model.Record], **equals: Any) -> list[Any]:
    db = safe.load_copy(path)
    try:
        return rows.select(db, cls, **equals)
    finally:
        db.conn.close()


PEOPLE_ID = [["No", "Nama", "Jabatan", "Instansi", "Peran", "Tim", "Telepon"],
             [1, "Sri Wahyuni", "Kepala Bidang", "Diskominfo", "Tim Pelaksana", "Kelompok 1",
              "081234567"],
             [2, "Budi Santoso", "Lurah", "Kelurahan Taman", "peserta", "Kelompok 2", ""],
             [3, "Ani Lestari", "Guru", "", "Dewan; Narasumber", "", ""]]
PEOPLE_EN = [["phone", "TEAM", "role", "organisation", "position", "name"],
             ["0811", "Group A", "participant", "dinas komunikasi dan informatika", "Staff",
              "Joko Widodo"],
             ["", "", "press", "Radar Madiun", "Reporter", "Rina Sari"]]


@pytest.mark.parametrize("fmt", ["csv-comma-bom", "csv-semicolon", "xlsx"])
def test_people_sheet_in_indonesian_matches_organisations_and_creates_teams(
        book: Path, tmp_path: Path, fmt: str) -> None:
    source = {"csv-comma-bom": lambda: write_csv(tmp_path / "p.csv", PEOPLE_ID, bom=True),
              "csv-semicolon": lambda: write_csv(tmp_path / "p.csv", PEOPLE_ID, delimiter=";"),
              "xlsx": lambda: write_xlsx(tmp_path / "p.xlsx", PEOPLE_ID)}[fmt]()
    assert worksheets.import_file(book, "people", source) == 3
    people = {p.name: p for p in select(book, model.Person)}
    orgs = {o.id: o for o in select(book, model.Organisation)}
    assert orgs[people["Sri Wahyuni"].organisation_id].abbreviation == "Diskominfo"
    assert people["Sri Wahyuni"].roles == "tim_pelaksana"
    assert people["Sri Wahyuni"].phone == "081234567" or fmt == "xlsx"
    assert people["Ani Lestari"].role_set() == {"dewan", "narasumber"}
    assert people["Budi Santoso"].roles == "participant"
    assert orgs[people["Budi Santoso"].organisation_id].name == "Kelurahan Taman"
    assert {t.name for t in select(book, model.Team)} == {"Kelompok 1", "Kelompok 2"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_people_sheet_in_english_any_order_any_case(book: Path, tmp_path: Path,
                                                     suffix: str) -> None:
    source = tmp_path / f"people{suffix}"
    (write_csv if suffix == ".csv" else write_xlsx)(source, PEOPLE_EN)
    worksheets.import_file(book, "people", source)
    people = {p.name: p for p in select(book, model.Person)}
    assert people["Rina Sari"].roles == "press" and people["Joko Widodo"].phone == "0811"
    orgs = {o.name for o in select(book, model.Organisation)}
    assert orgs == {"Dinas Komunikasi dan Informatika", "Radar Madiun"}


def test_importing_the_same_people_twice_changes_nothing_the_second_time(
        book: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "p.csv", PEOPLE_ID)
    worksheets.import_file(book, "people", source)
    before = dumped(book)
    worksheets.import_file(book, "people", source)
    assert dumped(book) == before


def test_one_bad_person_row_rejects_the_file_names_the_row_and_writes_nothing(
        book: Path, tmp_path: Path) -> None:
    bad = [*PEOPLE_ID, [4, "", "Staf", "Diskominfo", "", "", ""]]
    source = write_csv(tmp_path / "p.csv", bad)
    before = book.read_bytes()
    with pytest.raises(worksheets.RowsRejected) as caught:
        worksheets.import_file(book, "people", source)
    assert "Row 5, column Nama: Name must not be empty." in caught.value.message("en")
    assert "Baris 5, kolom Nama" in caught.value.message("id")
    assert book.read_bytes() == before


@pytest.mark.parametrize(("header", "cells", "expected"), [
    (["nama", "peran"], ["Sri", "walikota; kapten"], "Row 2, column peran: Unknown role kapten"),
    (["nama", "umur"], ["Sri", "40"], "Row 1, column umur: Unknown column"),
    (["nama", "name"], ["Sri", "Sri"], "Row 1, column name: This column appears twice."),
    (["jabatan"], ["Staf"], "Row 1, column nama/name: The column is missing."),
    (["nama", "telepon"], ["Sri", "0" * 41], "Row 2, column telepon: Phone is too long"),
])
def test_people_sheet_errors_name_row_column_and_reason(tmp_path: Path, header: list[str],
                                                        cells: list[str], expected: str) -> None:
    preview = worksheets.parse_people(write_csv(tmp_path / "p.csv", [header, cells]))
    assert not preview.ok
    assert preview.error_lines("en")[0].startswith(expected)


def test_a_preview_writes_nothing_and_its_write_is_one_undoable_change(
        book: Path, tmp_path: Path) -> None:
    before = dumped(book)
    preview = worksheets.parse_people(write_csv(tmp_path / "p.csv", PEOPLE_ID))
    assert preview.ok and preview.rows[0].values["name"] == "Sri Wahyuni"
    assert dumped(book) == before
    with open_file(book) as wb:
        change = worksheets.write_preview(wb, preview)
        assert rows.count(wb.db, model.Person) == 3
        ops.revert(wb, change)
    assert dumped(book) == before


PROGRAMMES = [
    ["Kode", "Nama", "Dimensi", "Elemen", "OPD", "Tahap", "Mulai", "Selesai", "Sumber",
     "Anggaran_2020", "anggaran 2021", "Indikator", "Target_2020", "target_2021"],
    ["", "Portal layanan", "SG", "Layanan Publik", "Diskominfo", "quick win", 2020, 2021,
     "APBD", "Rp1.500.000", 2000000, "Layanan daring", 10, "20"],
    ["", "Portal layanan", "Smart Governance", "", "", "", "", "", "CSR", "250.000", "",
     "", "", ""],
    ["", "Galeri UMKM", "smart economy", "Welfare", "Dinas Koperasi", "pendek", 2019, 2020,
     "", "1,000,000", "", "", "", ""],
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_programme_sheet_adds_programmes_with_codes_budgets_and_kpis(
        book: Path, tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"prog{suffix}"
    (write_csv if suffix == ".csv" else write_xlsx)(source, PROGRAMMES)
    worksheets.import_file(book, "programmes", source)
    found = {p.name: p for p in select(book, model.Programme)}
    portal, galeri = found["Portal layanan"], found["Galeri UMKM"]
    assert (portal.code, portal.phase, portal.start_year, portal.end_year) == (
        "SG-01", "quick_win", 2020, 2021)
    assert (galeri.code, galeri.phase) == ("SE-01", "short")
    sources = {s.id: s.code for s in select(book, model.FundingSource)}
    money = {(b.year, sources[b.source_id]): b.amount
             for b in select(book, model.Budget, programme_id=portal.id)}
    assert money == {(2020, "APBD"): 1_500_000, (2021, "APBD"): 2_000_000,
                     (2020, "CSR"): 250_000}
    assert [(b.year, sources[b.source_id], b.amount) for b in
            select(book, model.Budget, programme_id=galeri.id)] == [(2020, "APBD", 1_000_000)]
    kpi = select(book, model.Kpi, programme_id=portal.id)[0]
    assert kpi.indicator == "Layanan daring"
    assert [(t.year, t.target) for t in select(book, model.KpiTarget, kpi_id=kpi.id)] == [
        (2020, "10"), (2021, "20")]
    orgs = {o.id: o.name for o in select(book, model.Organisation)}
    assert orgs[galeri.lead_org_id] == "Dinas Koperasi"  # unknown OPD created


def test_programme_sheet_with_a_code_updates_that_programme(book: Path, tmp_path: Path) -> None:
    worksheets.import_file(book, "programmes", write_csv(tmp_path / "a.csv", PROGRAMMES))
    update = [["code", "name", "phase", "end", "source", "budget_2021"],
              ["sg-01", "Portal layanan publik", "long term", 2024, "apbd", 0]]
    worksheets.import_file(book, "programmes", write_csv(tmp_path / "b.csv", update))
    portal = next(p for p in select(book, model.Programme) if p.code == "SG-01")
    assert (portal.name, portal.phase, portal.end_year) == ("Portal layanan publik", "long", 2024)
    assert 2021 not in {b.year for b in select(book, model.Budget, programme_id=portal.id)}
    assert len(select(book, model.Programme)) == 2


@pytest.mark.parametrize(("cells", "expected"), [
    (["XX-09", "A", "SG", 2020, 2021, ""], "column kode: No programme has the code XX-09"),
    (["", "A", "Smart Nothing", 2020, 2021, ""], "column dimensi: Unknown dimension"),
    (["", "A", "SG", 2020, 2031, ""], "column selesai: The year 2031 is outside the plan"),
    (["", "A", "SG", 2022, 2020, ""], "column selesai: The end (2020) is before the start"),
    (["", "A", "SG", "tahun depan", 2021, ""], "column mulai: Not a year"),
    (["", "A", "SG", 2020, 2021, "1,5 juta"], "column anggaran_2020: Not an amount"),
    (["", "A", "SG", 2020, 2021, "-500"], "column anggaran_2020: Amounts cannot be negative."),
    (["", "", "SG", 2020, 2021, ""], "column nama: A new programme needs this value."),
])
def test_one_bad_programme_cell_rejects_the_whole_file(book: Path, tmp_path: Path,
                                                       cells: list[Any], expected: str) -> None:
    header = ["kode", "nama", "dimensi", "mulai", "selesai", "anggaran_2020"]
    good = ["", "Good programme", "SE", 2020, 2021, 100]
    source = write_csv(tmp_path / "p.csv", [header, good, cells])
    before = book.read_bytes()
    with pytest.raises(worksheets.RowsRejected) as caught:
        worksheets.import_file(book, "programmes", source)
    assert f"p.csv: Row 3, {expected}" in caught.value.message("en")
    assert book.read_bytes() == before


def test_rows_disagreeing_about_one_programme_are_refused(book: Path, tmp_path: Path) -> None:
    lines = [["nama", "dimensi", "mulai", "selesai"], ["A", "SG", 2020, 2021],
             ["A", "SG", 2020, 2022]]
    with open_file(book) as wb:
        preview = worksheets.parse_programmes(write_csv(tmp_path / "p.csv", lines), wb.db)
    assert preview.error_lines()[0] == (
        "Row 3, column selesai: This row disagrees with row 2 about the same programme.")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exporting_then_importing_the_demo_programmes_changes_nothing(
        demo_file: Path, tmp_path: Path, suffix: str) -> None:
    copy = tmp_path / "demo.rencana"
    shutil.copy(demo_file, copy)
    before = dumped(copy)
    sheet = tmp_path / f"programmes{suffix}"
    worksheets.export_programmes(copy, sheet)
    assert worksheets.import_file(copy, "programmes", sheet) >= 42
    assert dumped(copy) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["demo.rencana", sheet.name])


def test_the_exported_sheet_has_one_row_per_source_and_kpi(demo_file: Path) -> None:
    db = safe.load_copy(demo_file)
    sheet = worksheets.programme_sheet(db)
    db.conn.close()
    header, body = sheet[0], sheet[1:]
    assert header[:9] == ["kode", "nama", "dimensi", "elemen", "opd", "tahap", "mulai",
                          "selesai", "sumber"]
    assert "anggaran_2019" in header and "target_2024" in header
    assert {row[0] for row in body} >= {f"SG-0{n}" for n in range(1, 8)}
    assert [row[8] for row in body if row[0] == "SB-01"] == ["APBD", "CSR"]


def test_export_to_an_unknown_kind_of_file_is_refused(demo_file: Path, tmp_path: Path) -> None:
    with pytest.raises(RencanaError):
        worksheets.export_programmes(demo_file, tmp_path / "p.pdf")
    assert list(tmp_path.iterdir()) == []


@given(st.integers(min_value=0, max_value=10**15))
def test_amounts_read_back_in_every_way_a_sheet_writes_them(value: int) -> None:
    for written in (value, float(value), str(value), formatting.rupiah(value),
                    formatting.number(value), f"{value:,}", f"{formatting.rupiah(value)},00",
                    f"Rp {formatting.number(value)}"):
        assert amount(written) == value


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_amounts_with_a_fraction_of_a_rupiah_are_refused(whole: int, cents: int) -> None:
    for written in (f"{formatting.number(whole)},{cents:02d}", whole + cents / 100):
        with pytest.raises(ValidationError):
            amount(written)


@given(st.integers(min_value=1900, max_value=2200),
       st.sampled_from([str, float, int, lambda y: f" {y} "]))
def test_years_read_from_text_and_numbers(value: int, form: Any) -> None:
    assert year(form(value)) == value


@given(st.sampled_from(["nama", "anggaran_2020", "target 2021"]),
       st.lists(st.sampled_from([" ", "\t"]), max_size=3), st.booleans())
def test_headers_match_whatever_their_case_and_spacing(name: str, pad: list[str],
                                                       upper: bool) -> None:
    written = "".join(pad) + (name.upper() if upper else name.title()) + "".join(pad)
    assert header_key(written) == name.replace(" ", "_")
