"""The Evaluation page: a year's results with coloured bands, filters, and entering a value."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app import dump, model, ops
from app.evaluation import record
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file
from ui.context import EditContext
from ui.evaluation.models import QuickWinProgressModel, ResultModel
from ui.pages.evaluation import EvaluationPage as Page


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> WorkbookFile:
    path = tmp_path / "demo.rencana"
    shutil.copyfile(demo_file, path)
    opened = open_file(path)
    yield opened
    opened.close()


def _page(qtbot: QtBot, wb: WorkbookFile) -> Page:
    page = Page(EditContext(wb, "en"))
    qtbot.addWidget(page)
    return page


def test_models_pass_the_model_tester(qtmodeltester, demo: WorkbookFile) -> None:
    ctx = EditContext(demo, "en")
    for table_model in (ResultModel(ctx, 2020), QuickWinProgressModel(ctx, 2020)):
        assert table_model.rowCount() > 0
        qtmodeltester.check(table_model, force_py=True)
        qtmodeltester.check(table_model)


def test_the_year_shows_target_realisation_capaian_and_a_coloured_band(
        qtbot: QtBot, demo: WorkbookFile) -> None:
    page = _page(qtbot, demo)
    assert page.year_box.currentData() == 2020  # the last year reported
    results = page.results
    stopped = next(n for n in range(results.rowCount())
                   if results.row(n).code == "SL-04")
    band = results.index(stopped, ResultModel.COL_BAND)
    assert band.data() == "Needs hard effort"
    assert band.data(Qt.ItemDataRole.BackgroundRole) == QColor("#C62828")
    assert results.index(stopped, ResultModel.COL_CAPAIAN).data() == "33.3%"
    assert "2020" in page.summary.text()


def test_filters_keep_one_dimension_opd_and_band(qtbot: QtBot, demo: WorkbookFile) -> None:
    page = _page(qtbot, demo)
    everything = page.proxy.rowCount()
    page.band_box.setCurrentIndex(page.band_box.findData("hard_effort"))
    codes = {page.proxy.index(n, 0).data() for n in range(page.proxy.rowCount())}
    assert codes == {"SL-04", "SS-05"}
    page.band_box.setCurrentIndex(0)
    page.opd_box.setCurrentIndex(page.opd_box.findText("Diskominfo"))
    assert 0 < page.proxy.rowCount() < everything
    page.opd_box.setCurrentIndex(0)
    dims = [page.dimension_box.itemData(n) for n in range(1, page.dimension_box.count())]
    page.dimension_box.setCurrentIndex(1)
    assert all(page.results.row(page.proxy.mapToSource(page.proxy.index(n, 0)).row())
               .dimension_id == dims[0] for n in range(page.proxy.rowCount()))


def test_choosing_another_year_shows_it(qtbot: QtBot, demo: WorkbookFile) -> None:
    page = _page(qtbot, demo)
    with qtbot.wait_signal(page.results.modelReset):
        page.year_box.setCurrentIndex(page.year_box.findData(2019))
    assert {page.results.row(n).code for n in range(page.results.rowCount())} >= {"SG-01"}
    assert "2019" in page.summary.text()


def test_typing_a_value_records_it_as_one_undo_step(qtbot: QtBot, demo: WorkbookFile) -> None:
    page = _page(qtbot, demo)
    page.year_box.setCurrentIndex(page.year_box.findData(2021))
    page.table.selectRow(0)
    chosen = page.chosen()
    before = dump.dumps(demo.db)
    qtbot.keyClicks(page.value_edit, "42,5")
    qtbot.keyClicks(page.evidence_edit, "Laporan TW IV")
    with qtbot.wait_signal(page.ctx.changed):
        qtbot.keyClick(page.value_edit, Qt.Key.Key_Return)
    found = rows.select(demo.db, model.Realisation, kpi_id=chosen.id, year=2021)
    assert [(r.value, r.period, r.evidence) for r in found] == [(42.5, "year", "Laporan TW IV")]
    assert page.results.row(page.results.row_of(chosen.id)).realised == "42.5"
    page.ctx.stack.undo()
    assert dump.dumps(demo.db) == before


def test_a_value_that_is_not_a_number_is_refused(qtbot: QtBot, demo: WorkbookFile) -> None:
    page = _page(qtbot, demo)
    page.table.selectRow(0)
    qtbot.keyClicks(page.value_edit, "banyak")
    with qtbot.wait_signal(page.ctx.failed):
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert page.ctx.stack.count() == 0


def test_an_edit_elsewhere_refreshes_the_page(qtbot: QtBot, demo: WorkbookFile) -> None:
    page = _page(qtbot, demo)
    row = page.results.row(0)
    change = record.record(demo, [record.Entry(row.id, row.is_goal, 2020, "year", 1234)],
                           "Tester")
    page.ctx.changed.emit(change.tables())
    assert page.results.row(page.results.row_of(row.id)).realised == "1,234"
    ops.revert(demo, change)


def test_a_kpi_gets_its_level_direction_and_numeric_baseline_in_the_editor(
        qtbot: QtBot, demo: WorkbookFile) -> None:
    """The KPI table of a programme edits what the evaluation needs (one undo step each)."""
    from ui.programmes.kpis import KpiModel

    ctx = EditContext(demo, "en")
    kpis = KpiModel(ctx)
    prog = rows.select(demo.db, model.Programme, code="SL-07")[0]
    kpis.set_programme(prog.id)
    assert kpis.index(0, KpiModel.COL_DIRECTION).data() == "Lower is better"
    assert kpis.setData(kpis.index(0, KpiModel.COL_LEVEL), "outcome")
    assert kpis.setData(kpis.index(0, KpiModel.COL_BASELINE), "32,5")
    assert kpis.setData(kpis.index(0, KpiModel.COL_BASELINE_YEAR), "2018")
    kpi = rows.select(demo.db, model.Kpi, programme_id=prog.id)[0]
    assert (kpi.level, kpi.baseline, kpi.baseline_value, kpi.baseline_year) == (
        "outcome", "32,5", 32.5, 2018)
    assert kpis.index(0, KpiModel.COL_LEVEL).data() == "Outcome"
    assert not kpis.setData(kpis.index(0, KpiModel.COL_DIRECTION), "sideways")


def test_choosing_the_sakip_scheme_rates_with_its_bands(qtbot: QtBot, demo: WorkbookFile,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.evaluation.settings_dialog import SettingsDialog

    def choose_sakip(dialog: SettingsDialog) -> int:
        dialog.scheme.setCurrentIndex(dialog.scheme.findData("sakip"))
        dialog.weights["impact"].setValue(20)
        dialog.weights["quick_win"].setValue(20)
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose_sakip)
    page = _page(qtbot, demo)
    with qtbot.wait_signal(page.ctx.changed):
        qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    labels = {page.band_box.itemText(n) for n in range(page.band_box.count())}
    assert {"Very good", "Very poor"} <= labels
    bands = {page.results.row(n).band for n in range(page.results.rowCount())}
    assert "Very poor" in bands and "Needs hard effort" not in bands
    assert record.settings(demo.db).weight_impact == 20


def test_weights_that_do_not_add_up_are_refused(qtbot: QtBot, demo: WorkbookFile,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.evaluation.settings_dialog import SettingsDialog

    def too_much(dialog: SettingsDialog) -> int:
        dialog.weights["impact"].setValue(90)
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", too_much)
    page = _page(qtbot, demo)
    with qtbot.wait_signal(page.ctx.failed) as failed:
        qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    assert "100" in failed.args[0]
    assert record.settings(demo.db).weight_impact == 30
