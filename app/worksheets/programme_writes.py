"""Writing a checked programme worksheet: add or update its programmes in one action.

Records an import adds get ids derived from what identifies them (dimension and
name; programme and indicator; organisation name), so the same worksheet imported
on two laptops adds the same records and a merge matches them. New programmes get
the next free codes of their dimension, computed once per import (linear).
"""

from __future__ import annotations

from typing import Any

from app import model, ops, programmes
from app.progress import Progress, silent
from app.storage import rows
from app.worksheets.ids import imported_id, put_or_update
from app.worksheets.programmes import ProgrammePlan


class Codes:
    """The next free code of each dimension, computed once per import (not once per row)."""

    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self.next: dict[str, int] = {}
        self.prefix: dict[str, str] = {}

    def take(self, dimension_id: str) -> str:
        """Return the next unused code of the dimension and mark it used."""
        if dimension_id not in self.next:
            prefix, _dash, first = programmes.next_code(self.wb, dimension_id).rpartition("-")
            self.prefix[dimension_id], self.next[dimension_id] = prefix, int(first)
        number = self.next[dimension_id]
        self.next[dimension_id] = number + 1
        return f"{self.prefix[dimension_id]}-{number:02d}"


def write(wb: Any, plans: list[ProgrammePlan], progress: Progress = silent) -> ops.Change:
    """Add or update every planned programme in one action; return the Change."""
    codes = Codes(wb)
    orgs: dict[str, str] = {}
    for org in rows.select(wb.db, model.Organisation):
        orgs.setdefault(org.abbreviation.casefold(), org.id)
    orgs.update({o.name.casefold(): o.id for o in rows.select(wb.db, model.Organisation)})
    orgs.pop("", None)
    with ops.Action(wb, "Import programmes") as act:
        for done, plan in enumerate(plans, start=1):
            pid = _write_programme(wb, act, plan, orgs, codes)
            _write_budgets(wb, act, pid, plan.budgets)
            _write_kpis(wb, act, pid, plan.kpis)
            progress(done, len(plans))
    return act.change


def _write_programme(wb: Any, act: ops.Action, plan: ProgrammePlan, orgs: dict[str, str],
                     codes: Codes) -> str:
    fields = dict(plan.fields)
    if plan.lead:
        key = plan.lead.casefold()
        if key not in orgs:
            org = model.Organisation(id=imported_id("organisations", key), name=plan.lead,
                                     kind="opd")
            orgs[key] = put_or_update(wb, act, org)
        fields["lead_org_id"] = orgs[key]
    if plan.programme_id:
        act.update(model.Programme, plan.programme_id, **fields)
        return plan.programme_id
    row_id = imported_id("programmes", fields["dimension_id"], fields["name"])
    if rows.get(wb.db, model.Programme, row_id) is not None:
        act.update(model.Programme, row_id, **fields)  # added by an earlier import, renamed
        return row_id
    return act.put(model.Programme(id=row_id, code=codes.take(fields["dimension_id"]),
                                   **fields))


def _write_budgets(wb: Any, act: ops.Action, pid: str,
                   budgets: dict[tuple[int, str], int]) -> None:
    for (year_, source), value in sorted(budgets.items()):
        row_id = model.natural_id("budgets", pid, year_, source)
        if value:
            act.put(model.Budget(id=row_id, programme_id=pid, year=year_, source_id=source,
                                 amount=value))
        elif rows.get(wb.db, model.Budget, row_id) is not None:
            act.delete(model.Budget, row_id)


def _write_kpis(wb: Any, act: ops.Action, pid: str, kpis: dict[str, dict[int, str]]) -> None:
    existing = rows.select(wb.db, model.Kpi, programme_id=pid)
    by_indicator = {k.indicator.casefold(): k.id for k in reversed(existing)}
    for indicator, targets in kpis.items():
        kpi_id = by_indicator.get(indicator.casefold())
        if kpi_id is None:
            kpi = model.Kpi(id=imported_id("kpis", pid, indicator), programme_id=pid,
                            indicator=indicator, position=len(by_indicator))
            kpi_id = put_or_update(wb, act, kpi, indicator=indicator)
            by_indicator[indicator.casefold()] = kpi_id
        for year_, target in sorted(targets.items()):
            act.put(model.KpiTarget(id=model.natural_id("kpi_targets", kpi_id, year_),
                                    kpi_id=kpi_id, year=year_, target=target))
