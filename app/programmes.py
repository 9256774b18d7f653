"""Programme operations a user makes, each a reversible app.ops Change: codes, years, money.

Codes are per dimension (``SG-01``, ``SG-02``, ...) and stable: assigned once
when a programme is added, never renumbered, never reused (a deleted
programme's tombstone keeps its code taken), and kept when the programme moves
to another dimension.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from app import i18n, model, ops
from app.errors import ValidationError
from app.storage import queries_programmes as queries
from app.storage import rows
from app.storage.workbook import WorkbookFile


def _programme(wb: WorkbookFile, programme_id: str) -> model.Programme:
    found = rows.get(wb.db, model.Programme, programme_id)
    if found is None:
        raise ValidationError("This item no longer exists.")
    return found


def next_code(wb: WorkbookFile, dimension_id: str) -> str:
    """Return the next unused code of a dimension (``SG-03`` after ``SG-01`` and ``SG-02``)."""
    dimension = rows.get(wb.db, model.Dimension, dimension_id)
    if dimension is None:
        raise ValidationError("Unknown {field}: it does not exist in this workbook.",
                              field="dimension")
    prefix = f"{dimension.code}-"
    pattern = re.compile(re.escape(prefix) + r"(\d+)$")
    used = [int(m.group(1)) for code in queries.codes_with_prefix(wb.db, prefix)
            if (m := pattern.match(code))]
    return f"{prefix}{max(used, default=0) + 1:02d}"


def _check_code_free(wb: WorkbookFile, code: str, programme_id: str) -> None:
    holder = queries.code_holder(wb.db, code)
    if holder is not None and holder != programme_id:
        raise ValidationError("The code {code} is already used by another programme.", code=code)


def add_programme(wb: WorkbookFile, programme: model.Programme) -> tuple[ops.Change, str]:
    """Add a programme, giving it the next code of its dimension unless it carries a free one.

    Returns the Change and the new id; raises ValidationError.
    """
    with ops.Action(wb, "Add programme") as act:
        row_id = put_new(act, programme)
    return act.change, row_id


def put_new(act: ops.Action, programme: model.Programme) -> str:
    """Add a programme within ``act`` (see ``add_programme``); return its id."""
    if programme.code.strip():
        _check_code_free(act.wb, programme.code.strip(), programme.id)
    elif programme.dimension_id:
        programme = dataclasses.replace(programme, code=next_code(act.wb, programme.dimension_id))
    return act.put(programme)


def update_programme(wb: WorkbookFile, programme_id: str, **fields: Any) -> ops.Change:
    """Change fields of a programme; its code stays unless a new, free one is given."""
    if not str(fields.get("code", "")).strip():
        fields.pop("code", None)
    else:
        _check_code_free(wb, str(fields["code"]).strip(), programme_id)
    return ops.update(wb, model.Programme, programme_id, label="Edit programme", **fields)


def move_to_dimension(wb: WorkbookFile, programme_id: str, dimension_id: str,
                      renumber: bool) -> ops.Change:
    """Put a programme in another dimension as one step: an element of the old dimension is
    cleared and, with ``renumber``, it takes the next code of the new one (``SN-04``), so
    the codes printed in the documents match their chapter."""
    programme = _programme(wb, programme_id)
    fields: dict[str, Any] = {"dimension_id": dimension_id}
    element = rows.get(wb.db, model.Element, programme.element_id)
    if element is None or element.dimension_id != dimension_id:
        fields["element_id"] = None
    if renumber:
        fields["code"] = next_code(wb, dimension_id)
    return ops.update(wb, model.Programme, programme_id, label="Move programme to a dimension",
                      **fields)


def code_fits(wb: WorkbookFile, code: str, dimension_id: str | None) -> bool:
    """Return whether ``code`` carries the prefix of ``dimension_id`` (``SG-`` for SG)."""
    dimension = rows.get(wb.db, model.Dimension, dimension_id)
    return dimension is None or not code or code.startswith(f"{dimension.code}-")


def delete_programme(wb: WorkbookFile, programme_id: str) -> ops.Change:
    """Delete a programme with its budget, KPIs, links and updates (its code stays taken)."""
    _programme(wb, programme_id)
    return ops.delete(wb, model.Programme, programme_id, label="Delete programme")


# What a resize does with budgets, KPI targets and milestones in years the programme leaves.
KEEP, FOLD, DROP = "keep", "fold", "drop"


def move_programme(wb: WorkbookFile, programme_id: str, start_year: int,
                   end_year: int, outside: str = KEEP) -> ops.Change:
    """Set the years a programme runs, as one step; return the Change.

    A move (same length, other years) shifts its budgets, KPI targets and
    milestones by the same number of years. A resize keeps them where they are
    (``KEEP``), moves those now outside into the nearest year inside (``FOLD``:
    amounts add up, the target nearest the edge wins), or removes them
    (``DROP``). Raises ValidationError outside the plan or if reversed.
    """
    programme = _programme(wb, programme_id)
    old_start, old_end = programme.start_year or start_year, programme.end_year or end_year
    shift = start_year - old_start
    if end_year - start_year != old_end - old_start:
        shift = 0
    resized = end_year - start_year != old_end - old_start
    with ops.Action(wb, "Resize programme" if resized else "Move programme") as act:
        act.update(model.Programme, programme_id, start_year=start_year, end_year=end_year)
        place = (lambda y: y + shift) if shift else _placer(start_year, end_year, outside)
        if shift or outside != KEEP:
            _relocate_budgets(act, wb, programme_id, place)
            _relocate_targets(act, wb, programme_id, place)
            _relocate_milestones(act, wb, programme_id, place)
    return act.change


def _placer(start: int, end: int, outside: str) -> Any:
    """Return year -> new year (None: remove) for a resize to ``start``-``end``."""
    def place(year: int) -> int | None:
        if start <= year <= end or outside == KEEP:
            return year
        return None if outside == DROP else min(max(year, start), end)
    return place


def _relocate_budgets(act: ops.Action, wb: WorkbookFile, programme_id: str, place: Any) -> None:
    current = rows.select(wb.db, model.Budget, programme_id=programme_id)
    wanted: dict[tuple[int, str], int] = {}
    for budget in current:
        year = place(budget.year)
        if year is not None:
            key = (year, budget.source_id or "")
            wanted[key] = wanted.get(key, 0) + budget.amount
    ids = {model.natural_id("budgets", programme_id, y, s): (y, s) for y, s in wanted}
    for budget in current:
        if budget.id not in ids:
            act.delete(model.Budget, budget.id)
    for row_id, (year, source) in ids.items():
        act.put(model.Budget(id=row_id, programme_id=programme_id, year=year,
                             source_id=source, amount=wanted[(year, source)]))


def _relocate_targets(act: ops.Action, wb: WorkbookFile, programme_id: str, place: Any) -> None:
    for kpi in rows.select(wb.db, model.Kpi, programme_id=programme_id):
        current = [t for t in rows.select(wb.db, model.KpiTarget, kpi_id=kpi.id)
                   if t.year is not None]
        moved = [(place(t.year), t) for t in current]
        wanted: dict[int, str] = {}
        # Farthest first: the target whose own year is nearest wins the year it lands in.
        for year, target in sorted((m for m in moved if m[0] is not None),
                                   key=lambda m: -abs(m[0] - m[1].year)):
            wanted[year] = target.target
        keep = {model.natural_id("kpi_targets", kpi.id, year) for year in wanted}
        for target in current:
            if target.id not in keep:
                act.delete(model.KpiTarget, target.id)
        for year, text in wanted.items():
            act.put(model.KpiTarget(id=model.natural_id("kpi_targets", kpi.id, year),
                                    kpi_id=kpi.id, year=year, target=text))


def _relocate_milestones(act: ops.Action, wb: WorkbookFile, programme_id: str,
                         place: Any) -> None:
    for milestone in rows.select(wb.db, model.Milestone, programme_id=programme_id):
        year = place(milestone.year)
        if year is None:
            act.delete(model.Milestone, milestone.id)
        elif year != milestone.year:
            act.update(model.Milestone, milestone.id, year=year)


def years_left_outside(wb: WorkbookFile, programme_id: str, start_year: int,
                       end_year: int) -> list[int]:
    """Return the years outside ``start_year``-``end_year`` that hold money or KPI targets."""
    found = queries.money_and_target_years(wb.db, programme_id).get(programme_id, (set(), set()))
    return sorted(y for y in found[0] | found[1] if not start_year <= y <= end_year)


def set_budget(wb: WorkbookFile, programme_id: str, year: int, source_id: str,
               amount: int) -> ops.Change:
    """Set one budget cell (whole rupiah); 0 removes the cell. Returns the Change."""
    _programme(wb, programme_id)
    row_id = model.natural_id("budgets", programme_id, year, source_id)
    with ops.Action(wb, "Set budget") as act:
        if amount == 0:
            if rows.get(wb.db, model.Budget, row_id) is not None:
                act.delete(model.Budget, row_id)
        else:
            act.put(model.Budget(id=row_id, programme_id=programme_id, year=year,
                                 source_id=source_id, amount=amount))
    return act.change


def add_kpi(wb: WorkbookFile, kpi: model.Kpi) -> tuple[ops.Change, str]:
    """Add a KPI (indicator, unit, baseline) to a programme; return the Change and its id."""
    return ops.add(wb, kpi, label="Add KPI")


def set_kpi_target(wb: WorkbookFile, kpi_id: str, year: int, target: str) -> ops.Change:
    """Set the target of a KPI for one year; an empty target removes it."""
    if rows.get(wb.db, model.Kpi, kpi_id) is None:
        raise ValidationError("This item no longer exists.")
    row_id = model.natural_id("kpi_targets", kpi_id, year)
    with ops.Action(wb, "Set KPI target") as act:
        if not str(target).strip():
            if rows.get(wb.db, model.KpiTarget, row_id) is not None:
                act.delete(model.KpiTarget, row_id)
        else:
            act.put(model.KpiTarget(id=row_id, kpi_id=kpi_id, year=year, target=target))
    return act.change


def set_partners(wb: WorkbookFile, programme_id: str,
                 organisation_ids: Iterable[str]) -> ops.Change:
    """Make the supporting organisations of a programme exactly ``organisation_ids``."""
    _programme(wb, programme_id)
    wanted = set(organisation_ids)
    current = rows.select(wb.db, model.ProgrammePartner, programme_id=programme_id)
    with ops.Action(wb, "Set partners") as act:
        for partner in current:
            if partner.organisation_id not in wanted:
                act.delete(model.ProgrammePartner, partner.id)
        for org_id in sorted(wanted):
            act.put(model.ProgrammePartner(
                id=model.natural_id("programme_partners", programme_id, org_id),
                programme_id=programme_id, organisation_id=org_id))
    return act.change


def _depends_on(wb: WorkbookFile, start: str, target: str) -> bool:
    """Return whether ``start`` depends on ``target``, directly or through others."""
    graph: dict[str, set[str]] = {}
    for after, before in queries.dependency_edges(wb.db):
        graph.setdefault(after, set()).add(before)
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        if node == target:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, ()))
    return False


def add_dependency(wb: WorkbookFile, programme_id: str, predecessor_id: str) -> ops.Change:
    """Record that ``programme_id`` cannot start before ``predecessor_id``; refuse a cycle."""
    _programme(wb, programme_id)
    _programme(wb, predecessor_id)
    if programme_id != predecessor_id and _depends_on(wb, predecessor_id, programme_id):
        raise ValidationError("A programme cannot depend on a programme that depends on it.")
    record = model.Dependency(id=model.natural_id("dependencies", programme_id, predecessor_id),
                              programme_id=programme_id, predecessor_id=predecessor_id)
    return ops.put(wb, record, label="Add dependency")[0]


def remove_dependency(wb: WorkbookFile, programme_id: str, predecessor_id: str) -> ops.Change:
    """Remove the dependency of ``programme_id`` on ``predecessor_id`` (empty if none)."""
    row_id = model.natural_id("dependencies", programme_id, predecessor_id)
    return ops.delete(wb, model.Dependency, row_id, label="Remove dependency")


def add_milestone(wb: WorkbookFile, programme_id: str, year: int,
                  title: str) -> tuple[ops.Change, str]:
    """Add a milestone (a year and a title) to a programme; return the Change and its id."""
    _programme(wb, programme_id)
    return ops.add(wb, model.Milestone(programme_id=programme_id, year=year, title=title),
                   label="Add milestone")


def add_origin(wb: WorkbookFile, programme_id: str, card_id: str | None = None,
               cluster_id: str | None = None) -> ops.Change:
    """Link a programme to the workshop card or cluster it came from."""
    _programme(wb, programme_id)
    with ops.Action(wb, "Link programme to its origin") as act:
        put_origin(act, programme_id, card_id=card_id, cluster_id=cluster_id)
    return act.change


def put_origin(act: ops.Action, programme_id: str, card_id: str | None = None,
               cluster_id: str | None = None) -> str:
    """Link a programme to a card or cluster within ``act``; return the link's id (one link
    per programme and origin, so linking twice changes nothing)."""
    row_id = model.natural_id("programme_origins", programme_id, card_id or "", cluster_id or "")
    return act.put(model.ProgrammeOrigin(id=row_id, programme_id=programme_id, card_id=card_id,
                                         cluster_id=cluster_id))


def add_quickwin_update(wb: WorkbookFile, programme_id: str, date: str, percent: int,
                        note: str = "") -> tuple[ops.Change, str]:
    """Record the progress (0-100 %) of a quick win on a date; return the Change and its id."""
    if not _programme(wb, programme_id).is_quick_win:
        raise ValidationError("Progress updates are for quick wins only.")
    update = model.QuickWinUpdate(programme_id=programme_id, date=date, percent=percent,
                                  note=note)
    return ops.add(wb, update, label="Add quick-win progress")


i18n.register({
    "The code {code} is already used by another programme.":
        "Kode {code} sudah dipakai oleh program lain.",
    "A programme cannot depend on a programme that depends on it.":
        "Program tidak dapat bergantung pada program yang bergantung padanya.",
    "Progress updates are for quick wins only.":
        "Pembaruan kemajuan hanya untuk quick win.",
    "Add programme": "Tambah program",
    "Edit programme": "Ubah program",
    "Delete programme": "Hapus program",
    "Move programme": "Pindahkan program",
    "Resize programme": "Ubah rentang tahun program",
    "Move programme to a dimension": "Pindahkan program ke dimensi lain",
    "Set budget": "Atur anggaran",
    "Add KPI": "Tambah IKU",
    "Set KPI target": "Atur target IKU",
    "Set partners": "Atur mitra",
    "Add dependency": "Tambah ketergantungan",
    "Remove dependency": "Hapus ketergantungan",
    "Add milestone": "Tambah tonggak",
    "Link programme to its origin": "Tautkan program ke asalnya",
    "Add quick-win progress": "Tambah kemajuan quick win",
})
