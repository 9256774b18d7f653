"""What a deletion took away, in one sentence for the Undo strip."""

from __future__ import annotations

from app import deletions, model, programmes
from app.storage import rows
from app.storage.workbook import WorkbookFile


def test_a_deleted_programme_is_named_with_its_money(wb: WorkbookFile) -> None:
    dim = rows.select(wb.db, model.Dimension)[0].id
    source = rows.select(wb.db, model.FundingSource)[0].id
    pid = programmes.add_programme(wb, model.Programme(
        name="Portal", dimension_id=dim, start_year=2020, end_year=2021))[1]
    programmes.set_budget(wb, pid, 2020, source, 11_700_000_000)
    change = programmes.delete_programme(wb, pid)
    code = rows.raw(wb.db, "programmes", pid)["code"]
    assert deletions.summary(change, "en") == f"Deleted {code} Portal (budget Rp11,7 billion)."
    assert deletions.summary(change, "id") == f"Terhapus: {code} Portal (anggaran Rp11,7 miliar)."


def test_an_edit_deletes_nothing(wb: WorkbookFile) -> None:
    dim = rows.select(wb.db, model.Dimension)[0].id
    change = programmes.add_programme(wb, model.Programme(
        name="Portal", dimension_id=dim, start_year=2020, end_year=2021))[0]
    assert deletions.summary(change, "en") == ""
