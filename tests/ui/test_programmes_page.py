"""The Programmes page: the register model, filters, inline edits, budget grid, KPIs, editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import model, programmes, workbooks
from app.programme_filter import Criteria
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file
from ui.context import EditContext
from ui.pages.programmes import ProgrammesPage as Page
from ui.programmes.table_model import ProgrammeModel

SG = model.natural_id("dimensions", "SG")
SN = model.natural_id("dimensions", "SN")
APBD = model.natural_id("funding_sources", "APBD")


def _add(wb: WorkbookFile, name: str, start: int, end: int, dimension: str = SG,
         phase: str = "medium") -> str:
    programme = model.Programme(dimension_id=dimension, name=name, start_year=start,
                                end_year=end, phase=phase)
    return programmes.add_programme(wb, programme)[1]


@pytest.fixture
def page(qtbot: QtBot, wb: WorkbookFile) -> Page:
    """Return the page over three programmes: a quick win, a medium-term one, another dimension."""
    _add(wb, "Portal layanan publik", 2019, 2019, phase="quick_win")
    _add(wb, "Satu data kota", 2020, 2022)
    _add(wb, "Bank sampah digital", 2021, 2024, dimension=SN, phase="long")
    shown = Page(EditContext(wb, "en"))
    qtbot.addWidget(shown)
    return shown


def _programme(wb: WorkbookFile, name: str) -> model.Programme:
    return rows.select(wb.db, model.Programme, name=name)[0]


def _cell(page: Page, name: str, column: int) -> QModelIndex:
    """Return the proxy index of ``column`` in the row of the programme called ``name``."""
    for number in range(page.proxy.rowCount()):
        index = page.proxy.index(number, ProgrammeModel.COL_NAME)
        if index.data() == name:
            return page.proxy.index(number, column)
    raise AssertionError(f"{name} is not shown")


def _shown_names(page: Page) -> set[str]:
    return {page.proxy.index(n, ProgrammeModel.COL_NAME).data()
            for n in range(page.proxy.rowCount())}


def test_the_register_model_and_its_filter_pass_the_model_tester(
        qtmodeltester: ModelTester, page: Page) -> None:
    qtmodeltester.check(page.register, force_py=True)
    page.proxy.set_criteria(Criteria(dimension_id=SG))
    qtmodeltester.check(page.proxy, force_py=True)


def test_an_inline_name_edit_is_one_undo_step(page: Page) -> None:
    wb = page.ctx.wb
    index = _cell(page, "Satu data kota", ProgrammeModel.COL_NAME)
    assert page.proxy.setData(index, "Satu Data Madiun")
    assert _programme(wb, "Satu Data Madiun").code == "SG-02"
    assert page.ctx.stack.count() == 1
    page.ctx.stack.undo()
    assert rows.select(wb.db, model.Programme, name="Satu data kota")
    assert "Satu data kota" in _shown_names(page)


@pytest.mark.parametrize(("column", "value", "reason"), [
    (ProgrammeModel.COL_NAME, "", "must not be empty"),
    (ProgrammeModel.COL_END, 2019, "before the start"),
    (ProgrammeModel.COL_START, 2030, "outside the plan period"),
])
def test_a_refused_inline_edit_keeps_the_old_value_and_never_enters_the_stack(
        qtbot: QtBot, page: Page, column: int, value: object, reason: str) -> None:
    index = _cell(page, "Satu data kota", column)
    before = index.data()
    with qtbot.waitSignal(page.ctx.failed) as failed:
        assert not page.proxy.setData(index, value)
    assert reason in failed.args[0]
    assert page.ctx.stack.count() == 0
    assert _cell(page, "Satu data kota", column).data() == before
    assert _programme(page.ctx.wb, "Satu data kota").end_year == 2022


def test_choice_columns_edit_codes_not_labels(page: Page) -> None:
    index = _cell(page, "Satu data kota", ProgrammeModel.COL_PHASE)
    assert index.data(Qt.ItemDataRole.EditRole) == "medium"
    assert page.proxy.setData(index, "long")
    assert _programme(page.ctx.wb, "Satu data kota").phase == "long"
    assert _cell(page, "Satu data kota", ProgrammeModel.COL_PHASE).data() == "Long term"


def test_moving_to_another_dimension_keeps_the_code(page: Page) -> None:
    index = _cell(page, "Satu data kota", ProgrammeModel.COL_DIMENSION)
    assert page.proxy.setData(index, SN)
    moved = _programme(page.ctx.wb, "Satu data kota")
    assert (moved.dimension_id, moved.code) == (SN, "SG-02")


def test_filters_narrow_the_register(page: Page) -> None:
    page.proxy.set_criteria(Criteria(dimension_id=SN))
    assert _shown_names(page) == {"Bank sampah digital"}
    page.proxy.set_criteria(Criteria(year=2020))
    assert _shown_names(page) == {"Satu data kota"}
    page.proxy.set_criteria(Criteria(quick_win=True))
    assert _shown_names(page) == {"Portal layanan publik"}
    page.proxy.set_criteria(Criteria(quick_win=False, phase="long"))
    assert _shown_names(page) == {"Bank sampah digital"}
    page.proxy.set_criteria(Criteria(text="SG-02"))
    assert _shown_names(page) == {"Satu data kota"}
    page.proxy.set_criteria(Criteria(text="sampah BANK"))
    assert _shown_names(page) == {"Bank sampah digital"}
    page.proxy.set_criteria(Criteria(status="existing"))
    assert _shown_names(page) == set()


def test_the_filter_bar_drives_the_filter(page: Page) -> None:
    page.filters.search.setText("portal")
    assert _shown_names(page) == {"Portal layanan publik"}
    assert page.count.text() == "1 of 3 programmes"
    page.filters.search.clear()
    page.filters.dimension.setCurrentIndex(page.filters.dimension.findData(SN))
    assert _shown_names(page) == {"Bank sampah digital"}
    assert page.filters.element.isEnabled()


def test_sorting_by_budget_sorts_amounts_as_numbers(page: Page) -> None:
    wb = page.ctx.wb
    for name, amount in (("Portal layanan publik", 900_000), ("Satu data kota", 10_000_000)):
        programme_id = _programme(wb, name).id
        programmes.set_budget(wb, programme_id, 2020, APBD, amount)
    page.register.refresh()
    page.proxy.sort(ProgrammeModel.COL_BUDGET, Qt.SortOrder.AscendingOrder)
    shown = [page.proxy.index(n, ProgrammeModel.COL_BUDGET).data() for n in range(3)]
    assert shown == ["Rp0", "Rp900.000", "Rp10.000.000"]


def _select(page: Page, name: str) -> str:
    programme_id = _programme(page.ctx.wb, name).id
    page.table.select_programme(programme_id)
    assert page.editor.general.code.text() != ""
    return programme_id


def test_a_budget_cell_stores_a_row_with_its_natural_id_and_totals_follow(page: Page) -> None:
    programme_id = _select(page, "Satu data kota")
    grid = page.editor.budget.budget
    apbd = next(n for n, line in enumerate(grid.rows()) if line.id == APBD)
    assert grid.setData(grid.index(apbd, 2), "1500000")  # column 2 = 2020
    cell = rows.get(page.ctx.wb.db, model.Budget,
                    model.natural_id("budgets", programme_id, 2020, APBD))
    assert cell is not None and cell.amount == 1_500_000
    total_row = grid.rowCount() - 1
    assert grid.index(apbd, 2).data() == "Rp1.500.000"
    assert grid.index(apbd, grid.col_total).data() == "Rp1.500.000"
    assert grid.index(total_row, grid.col_total).data() == "Rp1.500.000"
    assert grid.index(apbd, 2).data(Qt.ItemDataRole.EditRole) == "1500000"
    assert _cell(page, "Satu data kota", ProgrammeModel.COL_BUDGET).data() == "Rp1.500.000"
    page.ctx.stack.undo()
    assert grid.index(total_row, grid.col_total).data() == "Rp0"


@pytest.mark.parametrize(("typed", "reason"), [
    ("-5000", "cannot be negative"), ("satu juta", "digits only"), ("1,5", "digits only")])
def test_a_bad_amount_is_refused_with_a_sentence(qtbot: QtBot, page: Page, typed: str,
                                                 reason: str) -> None:
    _select(page, "Satu data kota")
    grid = page.editor.budget.budget
    with qtbot.waitSignal(page.ctx.failed) as failed:
        assert not grid.setData(grid.index(0, 1), typed)
    assert reason in failed.args[0]
    assert page.ctx.stack.count() == 0
    assert rows.count(page.ctx.wb.db, model.Budget) == 0


def test_the_budget_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                                  page: Page) -> None:
    _select(page, "Satu data kota")
    grid = page.editor.budget.budget
    assert grid.setData(grid.index(0, 1), "1.250.000")  # grouped as shown is accepted
    qtmodeltester.check(grid, force_py=True)


def test_kpis_are_added_and_get_a_target_per_year(page: Page) -> None:
    programme_id = _select(page, "Satu data kota")
    editor = page.editor.kpis
    editor.add_kpi()
    kpis = editor.kpis
    assert kpis.rowCount() == 1
    assert kpis.setData(kpis.index(0, kpis.COL_INDICATOR), "Set data terbit")
    target_2021 = len(kpis.FIELDS) + 2
    assert kpis.headerData(target_2021, Qt.Orientation.Horizontal) == "Target 2021"
    assert kpis.setData(kpis.index(0, target_2021), "120")
    kpi = rows.select(page.ctx.wb.db, model.Kpi, programme_id=programme_id)[0]
    assert kpi.indicator == "Set data terbit"
    targets = rows.select(page.ctx.wb.db, model.KpiTarget, kpi_id=kpi.id)
    assert [(t.year, t.target) for t in targets] == [(2021, "120")]
    assert kpis.index(0, target_2021).data() == "120"
    page.ctx.stack.undo()
    assert kpis.index(0, target_2021).data() == ""


def test_the_editor_stores_a_picked_phase_and_years(page: Page) -> None:
    _select(page, "Satu data kota")
    form = page.editor.general
    combo = form.choices["phase"]
    combo.setCurrentIndex(combo.findData("short"))
    combo.activated.emit(combo.currentIndex())
    assert _programme(page.ctx.wb, "Satu data kota").phase == "short"
    form.years["end_year"].setValue(2023)
    assert _programme(page.ctx.wb, "Satu data kota").end_year == 2023
    form.years["end_year"].setValue(2019)  # before the start: refused, shown value restored
    assert form.years["end_year"].value() == 2023
    assert page.ctx.stack.count() == 2


def test_partners_are_ticked_in_a_list(page: Page) -> None:
    wb = page.ctx.wb
    org_id = programmes.ops.add(wb, model.Organisation(name="Dinas Kominfo",
                                                       abbreviation="Diskominfo"))[1]
    programme_id = _select(page, "Satu data kota")
    partners = page.editor.partners
    item = next(partners.item(i) for i in range(partners.count())
                if partners.item(i).data(Qt.ItemDataRole.UserRole) == org_id)
    item.setCheckState(Qt.CheckState.Checked)
    found = rows.select(wb.db, model.ProgrammePartner, programme_id=programme_id)
    assert [p.organisation_id for p in found] == [org_id]


def test_predecessors_milestones_and_origins_are_listed(page: Page) -> None:
    wb = page.ctx.wb
    portal = _programme(wb, "Portal layanan publik").id
    card_id = programmes.ops.add(wb, model.Card(text="Satu data untuk semua OPD", votes=7))[1]
    programme_id = _select(page, "Satu data kota")
    programmes.add_origin(wb, programme_id, card_id=card_id)
    page.ctx.refresh_all()
    deps = page.editor.dependencies
    deps.chooser.setCurrentIndex(deps.chooser.findData(portal))
    deps.add_predecessor()
    assert deps.list.count() == 1 and deps.list.item(0).text().startswith("SG-01")
    page.editor.milestones.add_milestone()
    assert page.editor.milestones.milestones.rowCount() == 1
    assert "Satu data untuk semua OPD (7 votes)" in page.editor.origins.list.item(0).text()


def test_programmes_are_added_with_the_next_code_and_deleted(page: Page) -> None:
    wb = page.ctx.wb
    page.filters.dimension.setCurrentIndex(page.filters.dimension.findData(SN))
    page.add_programme()
    added = rows.select(wb.db, model.Programme, code="SN-02")
    assert added and added[0].start_year == 2019 and added[0].end_year == 2024
    assert page.table.current_id() == added[0].id
    page.delete_programme()
    assert not rows.select(wb.db, model.Programme, code="SN-02")
    page.ctx.stack.undo()
    assert rows.select(wb.db, model.Programme, code="SN-02")


def test_a_read_only_workbook_shows_the_register_but_refuses_edits(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "shared.rencana"
    book = model.Workbook(region="Kota Contoh", plan_start=2019, plan_end=2024)
    workbooks.new_workbook(path, book, fill=lambda wb: _add(wb, "Satu data", 2020, 2021)).close()
    with open_file(path, read_only=True) as readonly:
        shown = Page(EditContext(readonly, "en"))
        qtbot.addWidget(shown)
        assert shown.proxy.rowCount() == 1
        index = _cell(shown, "Satu data", ProgrammeModel.COL_NAME)
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        assert not shown.proxy.setData(index, "Lain")
        assert not shown.add_button.isEnabled() and not shown.delete_button.isEnabled()
        grid = shown.editor.budget.budget
        assert not grid.flags(grid.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
        assert shown.editor.general.texts["name"].isReadOnly()
        assert not shown.editor.kpis.add_button.isEnabled()


def test_show_programme_clears_filters_that_hide_it(page: Page) -> None:
    waste = _programme(page.ctx.wb, "Bank sampah digital").id
    page.filters.search.setText("portal")
    page.show_programme(waste)
    assert page.table.current_id() == waste
    assert page.filters.search.text() == "" and page.proxy.rowCount() == 3
    assert page.editor.general.texts["name"].text() == "Bank sampah digital"
