"""Recording realisation and evaluating a year: numeric targets, append-only rows, settings."""

from __future__ import annotations

import pytest

from app import dump, model, ops
from app.errors import ValidationError
from app.evaluation import collect, record, series
from app.evaluation.numbers import read_target
from app.storage import rows
from app.storage.workbook import WorkbookFile


def _plan(wb: WorkbookFile, direction: str = "higher") -> tuple[str, str, str]:
    """Add a dimension, an OPD, a programme 2020-2021 with a KPI and targets; return ids."""
    _, dim = ops.add(wb, model.Dimension(code="SG", name_id="Smart Governance"))
    _, org = ops.add(wb, model.Organisation(name="Dinas Kominfo", abbreviation="Diskominfo"))
    _, src = ops.add(wb, model.FundingSource(code="APBD", name_id="APBD"))
    _, prog = ops.add(wb, model.Programme(code="SG-01", dimension_id=dim, name="Portal",
                                          lead_org_id=org, start_year=2020, end_year=2021))
    _, kpi = ops.add(wb, model.Kpi(programme_id=prog, indicator="Layanan daring", unit="layanan",
                                   baseline="12", direction=direction))
    for year, target in ((2020, "40"), (2021, "60")):
        ops.add(wb, model.KpiTarget(id=model.natural_id("kpi_targets", kpi, year), kpi_id=kpi,
                                    year=year, target=target))
    ops.add(wb, model.Budget(id=model.natural_id("budgets", prog, 2020, src), programme_id=prog,
                             year=2020, source_id=src, amount=1_000_000_000))
    return prog, kpi, src


@pytest.mark.parametrize(("text", "value", "upper", "worded"), [
    ("40", 40, None, False), ("75,5", 75.5, None, False), ("1.500", 1500, None, False),
    ("60-80", 60, 80, False), ("60 s.d. 80", 60, 80, False), ("minimal 80 %", 80, None, True),
    ("ya", 1, None, False), ("tidak", 0, None, False), ("2 dari 5 kecamatan", None, None, True),
    ("", None, None, False), ("Perwal ditetapkan", None, None, True),
])
def test_a_target_as_written_gives_its_numbers(text: str, value: float | None,
                                               upper: float | None, worded: bool) -> None:
    found = read_target(text)
    assert (found.value, found.upper, found.worded) == (value, upper, worded)


def test_a_stored_target_carries_its_number(wb: WorkbookFile) -> None:
    """Writing a target's text stores the number it holds (and the range's top) beside it."""
    _prog, kpi, _src = _plan(wb)
    ops.update(wb, model.KpiTarget, model.natural_id("kpi_targets", kpi, 2021), target="50 - 70")
    found = {t.year: (t.target, t.value, t.upper)
             for t in rows.select(wb.db, model.KpiTarget, kpi_id=kpi)}
    assert found == {2020: ("40", 40.0, None), 2021: ("50 - 70", 50.0, 70.0)}


def test_realisation_is_appended_and_the_latest_counts(wb: WorkbookFile) -> None:
    _prog, kpi, _src = _plan(wb)
    first = record.Entry(kpi, False, 2020, "Q2", 20, "Laporan TW II")
    record.record(wb, [first], "Budi", "2020-07-10T09:00:00")
    record.record(wb, [record.Entry(kpi, False, 2020, "Q2", 22, "Koreksi")], "Sari",
                  "2020-07-12T09:00:00")
    stored = rows.select(wb.db, model.Realisation, kpi_id=kpi)
    assert sorted(r.value for r in stored) == [20.0, 22.0]  # both kept: who reported what
    ev = collect.evaluate(collect.Data.read(wb.db), 2020)
    result = ev.programmes[0].results[0]
    assert (result.realised, result.achievement.percent) == (22.0, pytest.approx(55.0))
    assert result.band is not None and result.band.code == "hard_effort"


def test_the_year_row_wins_over_the_quarters(wb: WorkbookFile) -> None:
    _prog, kpi, _src = _plan(wb)
    record.record(wb, [record.Entry(kpi, False, 2020, "Q4", 36),
                       record.Entry(kpi, False, 2020, "year", 41),
                       record.Entry(kpi, False, 2020, "Q3", 30)], "Budi", "2021-01-10T09:00:00")
    result = collect.evaluate(collect.Data.read(wb.db), 2020).programmes[0].results[0]
    assert result.realised == 41.0 and result.row is not None and result.row.period == "year"


def test_recording_the_same_value_again_adds_nothing(wb: WorkbookFile) -> None:
    _prog, kpi, _src = _plan(wb)
    entry = record.Entry(kpi, False, 2020, "year", 38, "BPS")
    assert record.record(wb, [entry], "Budi", "2021-01-10T09:00:00")
    assert not record.record(wb, [entry], "Budi", "2021-01-11T09:00:00")


def test_recording_is_one_undoable_step(wb: WorkbookFile) -> None:
    _prog, kpi, _src = _plan(wb)
    before = dump.dumps(wb.db)
    change = record.record(wb, [record.Entry(kpi, False, 2020, "Q1", 5),
                                record.Entry(kpi, False, 2020, "Q2", 9)], "Budi")
    ops.revert(wb, change)
    assert dump.dumps(wb.db) == before


@pytest.mark.parametrize("entry", [
    record.Entry("no-such-kpi", False, 2020, "year", 5),
    record.Entry("", False, 2020, "year", 5),
])
def test_a_realisation_of_nothing_is_refused(wb: WorkbookFile, entry: record.Entry) -> None:
    _plan(wb)
    with pytest.raises(ValidationError):
        record.record(wb, [entry], "Budi")


def test_a_realisation_outside_the_plan_is_refused(wb: WorkbookFile) -> None:
    _prog, kpi, _src = _plan(wb)
    with pytest.raises(ValidationError):
        record.record(wb, [record.Entry(kpi, False, 2031, "year", 5)], "Budi")
    assert rows.select(wb.db, model.Realisation) == []


def test_lower_is_better_uses_target_over_realised(wb: WorkbookFile) -> None:
    _prog, kpi, _src = _plan(wb, direction="lower")
    record.record(wb, [record.Entry(kpi, False, 2020, "year", 50)], "Budi")
    result = collect.evaluate(collect.Data.read(wb.db), 2020).programmes[0].results[0]
    assert result.achievement.percent == pytest.approx(80.0)


def test_budget_absorption_per_programme_dimension_opd_and_year(wb: WorkbookFile) -> None:
    prog, _kpi, src = _plan(wb)
    record.record_budget(wb, [record.Spending(prog, 2020, "year", src, 800_000_000,
                                              600_000_000)], "BPKAD")
    ev = collect.evaluate(collect.Data.read(wb.db), 2020)
    assert ev.programmes[0].money.absorption == pytest.approx(75.0)
    dim = ev.programmes[0].programme.dimension_id or ""
    assert next(g for g in ev.by_dimension() if g.key == dim).money.absorption == \
        pytest.approx(75.0)
    assert ev.by_opd()[0].money.absorption == pytest.approx(75.0)
    assert ev.money().pagu == 800_000_000
    assert series.money_series(ev.data)[dim][2020].spent == 600_000_000


def test_without_reported_spending_the_planned_budget_is_the_pagu(wb: WorkbookFile) -> None:
    _plan(wb)
    money = collect.evaluate(collect.Data.read(wb.db), 2020).programmes[0].money
    assert (money.pagu, money.spent, money.absorption) == (1_000_000_000, None, None)


def test_a_missing_realisation_puts_the_programme_on_the_attention_list(wb: WorkbookFile) -> None:
    _plan(wb)
    ev = collect.evaluate(collect.Data.read(wb.db), 2020)
    assert [p.reasons for p in ev.attention()] == [("no_realisation",)]


def test_settings_choose_the_scheme_and_weights(wb: WorkbookFile) -> None:
    _prog, kpi, _src = _plan(wb)
    record.record(wb, [record.Entry(kpi, False, 2020, "year", 34)], "Budi")  # 85 %
    weights = {"baseline": 20, "output": 20, "outcome": 20, "impact": 20, "quick_win": 20}
    record.save_settings(wb, "sakip", weights)
    ev = collect.evaluate(collect.Data.read(wb.db), 2020)
    assert ev.scheme.code == "sakip"
    assert ev.programmes[0].results[0].band.label("id") == "Baik"  # type: ignore[union-attr]
    assert [a.weight for a in ev.aspects] == [20] * 5


@pytest.mark.parametrize(("scheme", "weights", "custom"), [
    ("rkpd", {"baseline": 10, "output": 20, "outcome": 30, "impact": 30, "quick_win": 20}, ""),
    ("custom", {"baseline": 10, "output": 20, "outcome": 30, "impact": 30, "quick_win": 10},
     "nonsense"),
    ("nope", {"baseline": 10, "output": 20, "outcome": 30, "impact": 30, "quick_win": 10}, ""),
])
def test_bad_settings_are_refused(wb: WorkbookFile, scheme: str, weights: dict[str, int],
                                  custom: str) -> None:
    with pytest.raises(ValidationError):
        record.save_settings(wb, scheme, weights, custom)


def test_the_default_aspect_weights_are_10_20_30_30_10(wb: WorkbookFile) -> None:
    _plan(wb)
    ev = collect.evaluate(collect.Data.read(wb.db), 2020)
    assert {a.code: a.weight for a in ev.aspects} == {
        "baseline": 10, "output": 20, "outcome": 30, "impact": 30, "quick_win": 10}


def test_deleting_a_kpi_deletes_its_realisation(wb: WorkbookFile) -> None:
    _prog, kpi, _src = _plan(wb)
    record.record(wb, [record.Entry(kpi, False, 2020, "year", 34)], "Budi")
    ops.delete(wb, model.Kpi, kpi)
    assert rows.select(wb.db, model.Realisation) == []


def test_the_demo_has_two_years_with_a_spread(demo_file: object) -> None:
    """2019 and 2020 are reported: some programmes ahead, some behind, one stopped."""
    from pathlib import Path

    from app.storage import safe

    db = safe.load_copy(Path(str(demo_file)))
    try:
        data = collect.Data.read(db)
        years = {r.year for i in data.indicators for r in i.reported}
        ev = collect.evaluate(data, 2020)
    finally:
        db.conn.close()
    assert years == {2019, 2020}
    percents = [p.capaian for p in ev.programmes if p.capaian is not None]
    ahead = [r for p in ev.programmes for r in p.results
             if (r.achievement.percent or 0) > 105]
    assert ahead and min(percents) < 60
    stopped = next(p for p in ev.programmes if p.programme.code == "SL-04")
    assert "lowest_band" in stopped.reasons and "low_absorption" in stopped.reasons
    assert {b for p in ev.programmes if p.band for b in [p.band.code]} >= {
        "achieved", "on_track", "hard_effort"}
