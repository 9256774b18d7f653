"""An evaluation over the years, for the Evaluation page's charts."""

from __future__ import annotations

from app.evaluation.collect import Data, Money


def indicator_series(data: Data, indicator_id: str) -> list[tuple[int, float | None,
                                                                  float | None]]:
    """Return (year, target, realised) of one indicator for every plan year."""
    ind = next((i for i in data.indicators if i.id == indicator_id), None)
    if ind is None:
        return []
    out = []
    for year in data.years():
        row = ind.latest(year)
        out.append((year, ind.target(year).value, None if row is None else row.value))
    return out


def money_series(data: Data) -> dict[str, dict[int, Money]]:
    """Return {dimension id: {year: Money}} over the plan years (for the absorption chart)."""
    out: dict[str, dict[int, Money]] = {d.id: {} for d in data.dimensions}
    for prog in data.programmes:
        per_year = out.setdefault(prog.dimension_id or "", {})
        for year in data.years():
            per_year[year] = per_year.get(year, Money()) + data.money(prog.id, year)
    return out
