"""The Budget page: roll-up tables that follow every edit and undo, a unit switch, the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import budget, model, ops, programmes
from app.storage import rows
from app.storage.workbook import WorkbookFile
from ui.budget.models import AMOUNT_ROLE, RollupModel
from ui.context import EditContext
from ui.pages.budget import BudgetPage as Page


def _ids(wb: WorkbookFile, cls: type[model.Record]) -> list[str]:
    return [r.id for r in rows.select(wb.db, cls)]


def _programme(wb: WorkbookFile, dim: int = 0, lead: str | None = None) -> str:
    record = model.Programme(name="Portal", dimension_id=_ids(wb, model.Dimension)[dim],
                             lead_org_id=lead, start_year=2019, end_year=2024)
    return programmes.add_programme(wb, record)[1]


# Pages stay referenced to the end of the run. A page freed by Python right after its
# test (pytest-qt holds it weakly) lost its models' Python halves while Qt still had a
# layout timer queued on one of its views: a segfault in the next event loop turn.
_ALIVE: list[Page] = []


def _page(qtbot: QtBot, wb: WorkbookFile) -> tuple[Page, EditContext]:
    ctx = EditContext(wb, "en")
    page = Page(ctx)
    qtbot.addWidget(page)
    _ALIVE.append(page)
    return page, ctx


def _cell(page: Page, group: str, row: int, column: int) -> str:
    rollup_model = page.models[group]
    return str(rollup_model.data(rollup_model.index(row, column)))


def test_rollup_models_pass_the_model_tester(qtmodeltester, wb: WorkbookFile) -> None:
    lead = ops.add(wb, model.Organisation(name="Dinas Kominfo", abbreviation="Diskominfo"))[1]
    source = _ids(wb, model.FundingSource)[1]
    programmes.set_budget(wb, _programme(wb, 2, lead), 2021, source, 2_500_000_000)
    programmes.set_budget(wb, _programme(wb, 4), 2023, source, 750_000_000)
    for group in budget.GROUPS:
        rollup_model = RollupModel("en")
        rollup_model.set_rollup(budget.rollup(wb.db, group), "miliar")
        qtmodeltester.check(rollup_model, force_py=True)
        qtmodeltester.check(rollup_model)


def test_the_tables_follow_an_edit_and_its_undo(qtbot: QtBot, wb: WorkbookFile) -> None:
    pid = _programme(wb, dim=1)
    page, ctx = _page(qtbot, wb)
    page.show()
    source = _ids(wb, model.FundingSource)[0]
    total_row = page.models["dimension"].rowCount() - 1
    assert _cell(page, "dimension", total_row, 7) == "0"
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        ctx.perform(lambda: programmes.set_budget(wb, pid, 2020, source, 1_500_000_000))
    assert _cell(page, "dimension", 1, 0) == "SB  Smart Branding"
    assert _cell(page, "dimension", 1, 2) == "1.500"  # 2020, in juta
    assert _cell(page, "dimension", total_row, 7) == "1.500"
    assert _cell(page, "source", 0, 0) == "APBD  Regional budget (APBD)"
    assert _cell(page, "lead", 0, 0) == "No lead OPD"
    assert page.total.text().startswith("Total Rp1.500.000.000")
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        ctx.stack.undo()
    assert _cell(page, "dimension", total_row, 7) == "0"
    assert page.models["source"].rowCount() == 1  # only the total row is left


def test_the_unit_switch_changes_every_amount(qtbot: QtBot, wb: WorkbookFile) -> None:
    programmes.set_budget(wb, _programme(wb), 2019, _ids(wb, model.FundingSource)[0],
                          2_950_000_000)
    page, _ctx = _page(qtbot, wb)
    page.unit_box.setCurrentIndex(budget.UNITS.index("rupiah"))
    assert _cell(page, "dimension", 0, 1) == "Rp2.950.000.000"
    page.unit_box.setCurrentIndex(budget.UNITS.index("miliar"))
    assert _cell(page, "dimension", 0, 1) == "2,95"
    rollup_model = page.models["dimension"]
    index = rollup_model.index(0, 1)
    assert rollup_model.data(index, AMOUNT_ROLE) == 2_950_000_000
    assert rollup_model.data(index, Qt.ItemDataRole.ToolTipRole) == "Rp2.950.000.000"
    assert "Rp billion" in page.total.text()


def test_the_chart_is_drawn_when_the_page_is_shown(qtbot: QtBot, wb: WorkbookFile) -> None:
    programmes.set_budget(wb, _programme(wb, 3), 2022, _ids(wb, model.FundingSource)[0], 10**9)
    page, _ctx = _page(qtbot, wb)
    assert page.chart.figure is None  # matplotlib waits until the page is seen
    page.resize(1000, 800)
    page.show()
    qtbot.waitUntil(lambda: page.chart.figure is not None and bool(page.chart.figure.axes))
    axes = page.chart.figure.axes[0]
    heights = [round(bar.get_height()) for bar in axes.patches if bar.get_height()]
    assert heights == [1000]  # one bar, Rp1.000 juta, in Smart Living's 2022
    assert "Indicative budget (Rp million)" in axes.get_ylabel()


def test_a_hidden_page_catches_up_when_shown(qtbot: QtBot, wb: WorkbookFile) -> None:
    pid = _programme(wb)
    page, ctx = _page(qtbot, wb)
    source = _ids(wb, model.FundingSource)[0]
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        ctx.perform(lambda: programmes.set_budget(wb, pid, 2019, source, 4_000_000))
    assert page.snapshot.total == 0  # hidden: nothing redrawn yet
    page.show()
    qtbot.waitUntil(lambda: page.snapshot.total == 4_000_000)
    assert _cell(page, "dimension", 0, 1) == "4"
