"""The same worksheet imported on two laptops: a merge finds one record each, not two."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from app import merge, model, worksheets
from app.storage.workbook import WorkbookFile
from tests.merge_support import bump, dump_of, make_copies, open_as, stored

PROGRAMMES = [["nama", "dimensi", "mulai", "selesai", "opd", "sumber", "anggaran_2020",
               "indikator", "target_2021"],
              ["Portal layanan", "SB", 2020, 2021, "Dinas Baru", "APBD", 1_500_000,
               "Layanan daring", 10],
              ["Galeri UMKM", "SE", 2020, 2022, "", "", "", "", ""]]
PEOPLE = [["nama", "jabatan", "instansi", "tim"],
          ["Sri Wahyuni", "Kepala Bidang", "Dinas Baru", "Kelompok 1"],
          ["Budi Santoso", "Lurah", "Kelurahan Taman", "Kelompok 2"]]


def _csv(path: Path, lines: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(lines)
    return path


def _live(path: Path, table: str) -> list[dict[str, Any]]:
    return [r for r in stored(path)[table] if not r["_deleted"]]


def test_one_worksheet_imported_on_two_laptops_merges_into_one_of_each(
        wb: WorkbookFile, tmp_path: Path) -> None:
    laptops = make_copies(wb, tmp_path / "usb", 2)
    programmes = _csv(tmp_path / "program.csv", PROGRAMMES)
    people = _csv(tmp_path / "peserta.csv", PEOPLE)
    for n, path in enumerate(laptops):
        with open_as(path, f"laptop-{n}") as laptop:
            bump(laptop, 3 * n + 1)  # the laptops' clocks differ, as they do
        worksheets.import_file(path, "programmes", programmes)
        worksheets.import_file(path, "people", people)
    out = tmp_path / "merged.rencana"
    report = merge.merge_files(out, laptops)
    codes = sorted(r["code"] for r in _live(out, "programmes"))
    assert codes == ["SB-01", "SE-01"]  # not SB-01 and SB-01-2
    assert [r["indicator"] for r in _live(out, "kpis")] == ["Layanan daring"]
    assert sorted(r["name"] for r in _live(out, "people")) == ["Budi Santoso", "Sri Wahyuni"]
    orgs = [r["name"] for r in _live(out, "organisations")]
    assert orgs.count("Dinas Baru") == 1 and orgs.count("Kelurahan Taman") == 1
    assert sorted(r["name"] for r in _live(out, "teams")) == ["Kelompok 1", "Kelompok 2"]
    assert report.renames == () and report.conflicts == ()
    alone = tmp_path / "alone.rencana"
    merge.merge_files(alone, laptops[:1])
    assert dump_of(out) == dump_of(alone)  # as if one laptop had imported it


def test_importing_the_same_programme_sheet_twice_changes_nothing_the_second_time(
        wb: WorkbookFile, tmp_path: Path) -> None:
    path = wb.path
    wb.close()
    sheet = _csv(tmp_path / "program.csv", PROGRAMMES)
    worksheets.import_file(path, "programmes", sheet)
    before = dump_of(path)
    worksheets.import_file(path, "programmes", sheet)
    assert dump_of(path) == before


def test_a_sheet_row_without_a_code_updates_the_programme_of_that_name(
        wb: WorkbookFile, tmp_path: Path) -> None:
    """A programme added by hand is matched by its name in its dimension, not added again."""
    from app import programmes
    from app.storage import rows

    sb = next(d.id for d in rows.select(wb.db, model.Dimension) if d.code == "SB")
    programmes.add_programme(wb, model.Programme(name="Portal Layanan", dimension_id=sb,
                                                 start_year=2020, end_year=2020))
    path = wb.path
    wb.close()
    worksheets.import_file(path, "programmes", _csv(tmp_path / "p.csv", PROGRAMMES))
    found = {r["name"]: r for r in _live(path, "programmes")}
    assert sorted(found) == ["Galeri UMKM", "Portal layanan"]
    assert (found["Portal layanan"]["code"], found["Portal layanan"]["end_year"]) == (
        "SB-01", 2021)
