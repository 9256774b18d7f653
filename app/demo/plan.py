"""Builders of the Kota Madiun demo's idea board and programmes (see app.demo)."""

from __future__ import annotations

import dataclasses
import random

from app import board_layout, model, ops
from app.demo import cards as demo_cards
from app.demo import data as demo_data
from app.demo.data import DIMENSIONS, component_id, dim_id, element_id, org_id, source_id
from app.demo.data import demo_id as _id
from app.demo.people import Member
from app.demo.programmes import DEPENDENCIES, PROGRAMMES, QUICK_WIN_UPDATES
from app.storage import rows

SWOT_KINDS = ("strength", "weakness", "opportunity", "threat")
TARGET_USERS = {"SG": "Warga dan ASN", "SB": "Wisatawan dan pelaku usaha",
                "SE": "Pelaku UMKM dan pencari kerja", "SL": "Warga dan pasien",
                "SS": "Pelajar, guru dan warga", "SN": "Warga dan kelurahan"}


def _cards_of(dim: str) -> list[tuple[str, str, str | None, int | None]]:
    """Return (kind, text, component code, innovation index) of one dimension's cards."""
    cards: list[tuple[str, str, str | None, int | None]] = [
        ("idea", text, None, i) for i, text in enumerate(demo_cards.INNOVATIONS[dim])]
    for c_pos, comp in enumerate(demo_cards.COMPONENTS):
        for kind, text in zip(SWOT_KINDS, demo_cards.SWOT[dim][c_pos], strict=True):
            cards.append((kind, text, comp, None))
    problem, issue = demo_cards.ISSUES[dim]
    cards += [("problem", problem, None, None), ("issue", issue, None, None)]
    cards += [("gap", text, None, None) for text in demo_cards.GAPS[dim]]
    return cards


def board(act: ops.Action, rng: random.Random, members: list[Member]) -> dict[str, str]:
    """Add the Bimtek I board (clusters, about 126 cards, tidily laid out); return origin ids.

    The result maps ``"SG-01"``-style programme codes to the id of the innovation
    card it grew from, and ``"cluster:SG"`` to that dimension's cluster.
    """
    session_id = _id("session", 0)
    origins: dict[str, str] = {}
    clustered: dict[tuple[str, int], str] = {}
    clusters: list[model.Cluster] = []
    for d_pos, (name, dim, indices) in enumerate(demo_cards.CLUSTERS):
        clusters.append(model.Cluster(id=_id("cluster", dim), name=name, session_id=session_id,
                                      dimension_id=dim_id(dim), x=float(d_pos)))
        origins[f"cluster:{dim}"] = clusters[-1].id
        clustered.update({(dim, i): clusters[-1].id for i in indices})
    cards: list[model.Card] = []
    for dim in DIMENSIONS:
        team = [m.name for m in members if m.team == dim and m.group in ("tim", "opd")]
        for n, (kind, text, comp, idea) in enumerate(_cards_of(dim)):
            element = PROGRAMMES[dim][idea][0] if idea is not None else None
            cards.append(model.Card(
                id=_id("card", dim, n), kind=kind, text=text, session_id=session_id,
                team_id=_id("team", dim), dimension_id=dim_id(dim),
                element_id=element_id(dim, element) if element is not None else None,
                component_id=component_id(comp) if comp else None,
                cluster_id=clustered.get((dim, idea)) if idea is not None else None,
                votes=rng.randint(4, 45) if idea is not None else rng.randint(0, 6),
                author=rng.choice(team), position=len(cards)))
            if idea is not None:
                origins[f"{dim}-{idea + 1:02d}"] = cards[-1].id
    _place(act, cards, clusters)
    return origins


def _place(act: ops.Action, cards: list[model.Card], clusters: list[model.Cluster]) -> None:
    """Store the cards and clusters where the board's own tidy layout puts them."""
    layout = board_layout.arrange(cards, clusters, rows.select(act.wb.db, model.Dimension))
    for cluster in clusters:
        x, y = layout.clusters[cluster.id]
        act.put(dataclasses.replace(cluster, x=x, y=y))
    for card in cards:
        x, y = layout.cards[card.id]
        act.put(dataclasses.replace(card, x=x, y=y))


def _abbreviations(text: str) -> list[str]:
    """Split "Satpol PP Dishub BPBD" into known abbreviations (some hold spaces)."""
    known = {o[1] for o in demo_data.ORGANISATIONS}
    words, found = text.split(), []
    while words:
        size = next(n for n in range(len(words), 0, -1)
                    if " ".join(words[:n]) in known or n == 1)
        found.append(" ".join(words[:size]))
        words = words[size:]
    return found


def programmes(act: ops.Action, rng: random.Random, origins: dict[str, str]) -> None:
    """Add seven programmes per dimension with partners, budgets, KPIs, links and updates."""
    for d_pos, dim in enumerate(DIMENSIONS):
        for index, entry in enumerate(PROGRAMMES[dim]):
            code = f"{dim}-{index + 1:02d}"
            _programme(act, rng, dim, d_pos, code, entry)
            _origins(act, code, origins)
    for code, before in DEPENDENCIES:
        pid, pred = _id("programme", code), _id("programme", before)
        act.put(model.Dependency(id=model.natural_id("dependencies", pid, pred),
                                 programme_id=pid, predecessor_id=pred))
    quick_wins = [f"{dim}-01" for dim in DIMENSIONS]
    for code, updates in zip(quick_wins, QUICK_WIN_UPDATES, strict=True):
        for n, (date, percent, note) in enumerate(updates):
            act.put(model.QuickWinUpdate(id=_id("quickwin-update", code, n),
                                         programme_id=_id("programme", code), date=date,
                                         percent=percent, note=note))


def _programme(act: ops.Action, rng: random.Random, dim: str, d_pos: int, code: str,
               entry: tuple) -> None:  # type: ignore[type-arg]
    (element, name, kind, lead, partners, phase, start, end, status, juta, split, kpi,
     aim) = entry
    pid = _id("programme", code)
    lead_name = next(o[0] for o in demo_data.ORGANISATIONS if o[1] == lead)
    rpjmd = (f"Renstra {lead} 2019-2024" if status == "existing"
             else f"RPJMD Kota Madiun 2019-2024, Misi {d_pos + 1}")
    act.put(model.Programme(
        id=pid, code=code, dimension_id=dim_id(dim), element_id=element_id(dim, element),
        name=name, description=f"{aim} Dipimpin oleh {lead_name} bersama {partners}.",
        aim=aim, problem=demo_cards.ISSUES[dim][element % 2], target_users=TARGET_USERS[dim],
        output=kpi[0], kind=kind, lead_org_id=org_id(lead), phase=phase, start_year=start,
        end_year=end, status=status, rpjmd_link=rpjmd))
    for abbr in _abbreviations(partners):
        partner = org_id(abbr)
        act.put(model.ProgrammePartner(id=model.natural_id("programme_partners", pid, partner),
                                       programme_id=pid, organisation_id=partner))
    _budget(act, rng, pid, range(start, end + 1), juta, split)
    _kpi(act, pid, code, 0, kpi, range(start, end + 1))
    if phase == "quick_win":
        _kpi(act, pid, code, 1, ("Kepuasan pengguna", "%", "0", 85), range(start, end + 1))
    _milestones(act, pid, code, phase, start, end)


def _budget(act: ops.Action, rng: random.Random, pid: str, years: range, juta: int,
            split: str) -> None:
    shares = [(part.split(":")[0], int(part.split(":")[1])) for part in split.split()]
    for year in years:
        factor = rng.choice((0.8, 0.9, 1.0, 1.1, 1.25))
        total = round(juta * factor / 5) * 5 * 1_000_000
        for source, percent in shares:
            src = source_id(source)
            act.put(model.Budget(id=model.natural_id("budgets", pid, year, src),
                                 programme_id=pid, year=year, source_id=src,
                                 amount=total * percent // 100))


def _kpi(act: ops.Action, pid: str, code: str, pos: int, kpi: tuple[str, str, str, int],
         years: range) -> None:
    indicator, unit, baseline, final = kpi
    kpi_id = _id("kpi", code, pos)
    act.put(model.Kpi(id=kpi_id, programme_id=pid, indicator=indicator, unit=unit,
                      baseline=baseline, position=pos, baseline_year=2018,
                      baseline_value=float(baseline),
                      level="outcome" if unit == "%" else "output",
                      direction="lower" if final < int(baseline) else "higher"))
    base = int(baseline)
    for i, year in enumerate(years):
        target = base + (final - base) * (i + 1) // len(years)
        act.put(model.KpiTarget(id=model.natural_id("kpi_targets", kpi_id, year),
                                kpi_id=kpi_id, year=year, target=str(target)))


def _milestones(act: ops.Action, pid: str, code: str, phase: str, start: int, end: int) -> None:
    if phase == "quick_win":
        steps = ((start, "Uji coba"), (end, "Peluncuran dan evaluasi"))
    else:
        steps = ((start, "Kajian dan desain"), (end, "Beroperasi penuh"))
    for n, (year, title) in enumerate(steps):
        act.put(model.Milestone(id=_id("milestone", code, n), programme_id=pid, year=year,
                                title=title))


def _origins(act: ops.Action, code: str, origins: dict[str, str]) -> None:
    pid = _id("programme", code)
    card = origins.get(code)
    if card:
        act.put(model.ProgrammeOrigin(
            id=model.natural_id("programme_origins", pid, card, ""), programme_id=pid,
            card_id=card))
    if code.endswith("-01"):
        cluster = origins[f"cluster:{code[:2]}"]
        act.put(model.ProgrammeOrigin(
            id=model.natural_id("programme_origins", pid, "", cluster), programme_id=pid,
            cluster_id=cluster))
