"""The bundled Kota Madiun demo workbook: ``write_demo(path)`` (``main.py demo OUT.rencana``).

Built from the public facts of domain.md ("Demo material") plus invented,
clearly marked material (app.demo.data, app.demo.cards, app.demo.programmes).
Deterministic: every id is a ``model.natural_id`` and every choice comes from
``random.Random(2019)``, so two runs dump identically.

Document settings written by the demo (``DocSetting`` rows; the id is the key,
the value a string), for the documents engineer:

- ``foreword_id`` / ``foreword_en``: the Kata Pengantar text in each language.
- ``sign_place``: place printed before the signature date (``Madiun``).
- ``sign_date``: ISO date of the signature (``2019-10-01``).
- ``sign_title`` / ``sign_name`` / ``sign_nip``: the signature block of the
  books (office title, name; NIP empty for an elected head of region).
- ``font``: font family (``Arial``); ``font_size``: points as text (``12``).
- ``paper``: ``a4`` or ``f4``; ``margin_left_cm``: left margin in cm (``3``).
- ``author_id`` / ``author_en``: who prepared the books (cover line).
"""

from __future__ import annotations

import random
from pathlib import Path

from app import model, ops, workbooks
from app.demo import cards as demo_cards
from app.demo import data as demo_data
from app.demo import people as demo_people
from app.demo import plan as demo_plan
from app.demo import realisation as demo_realisation
from app.demo.data import DIMENSIONS, PLAN, component_id, dim_id
from app.demo.data import demo_id as _id
from app.storage.workbook import WorkbookFile

DOC_SETTINGS = {
    "foreword_id": demo_data.FOREWORD_ID, "foreword_en": demo_data.FOREWORD_EN,
    "sign_place": "Madiun", "sign_date": "2019-10-01", "sign_title": "WALI KOTA MADIUN",
    "sign_name": "H. MAIDI", "sign_nip": "", "font": "Arial", "font_size": "12",
    "paper": "a4", "margin_left_cm": "3",
    "author_id": "Tim Pelaksana Smart City Kota Madiun",
    "author_en": "Kota Madiun Smart City Implementation Team",
}


def write_demo(path: Path) -> WorkbookFile:
    """Write the Kota Madiun demo at ``path`` (replacing it atomically); return it open."""
    book = model.Workbook(
        region="Kota Madiun", kind="kota", province="Jawa Timur", head_of_region="H. Maidi",
        head_title="Wali Kota Madiun", plan_start=2019, plan_end=2024, rpjmd_start=2019,
        rpjmd_end=2024, vision=demo_data.VISION, vision_keywords=demo_data.VISION_KEYWORDS,
        profile=demo_data.PROFILE, notes=demo_data.NOTES)
    return workbooks.new_workbook(path, book, fill=_fill, overwrite=True)


def _fill(wb: WorkbookFile) -> None:
    rng = random.Random(2019)
    with ops.Action(wb, "Demo: people") as act:
        people = demo_people.people(act, rng)
    with ops.Action(wb, "Demo: sessions") as act:
        demo_people.sessions(act, rng, people)
    with ops.Action(wb, "Demo: analysis") as act:
        origins = demo_plan.board(act, rng, people)
        _readiness(act)
        _vision(act)
    with ops.Action(wb, "Demo: programmes") as act:
        demo_plan.programmes(act, rng, origins)
        for key, value in DOC_SETTINGS.items():
            act.put(model.DocSetting(id=key, value=value))
    with ops.Action(wb, "Demo: realisation 2019-2020") as act:
        demo_realisation.add(act)


def _readiness(act: ops.Action) -> None:
    for c_pos, comp in enumerate(demo_cards.COMPONENTS):
        for d_pos, dim in enumerate(DIMENSIONS):
            strength, weakness, _o, _t = demo_cards.SWOT[dim][c_pos]
            name = f"Smart {demo_data.DIM_WORD[dim]}"
            narrative = demo_cards.NARRATIVE[comp].format(
                dim=name, s=strength.lower(), w=weakness.lower())
            comp_id, d_id = component_id(comp), dim_id(dim)
            act.put(model.Readiness(id=model.natural_id("readiness", comp_id, d_id),
                                    component_id=comp_id, dimension_id=d_id,
                                    rating=demo_cards.RATINGS[c_pos][d_pos], narrative=narrative))
            text, source = demo_cards.EVIDENCE[comp]
            act.put(model.Evidence(id=_id("evidence", comp, dim, 0), component_id=comp_id,
                                   dimension_id=d_id, text=f"{text} ({name})", source=source))
            act.put(model.Evidence(id=_id("evidence", comp, dim, 1), component_id=comp_id,
                                   dimension_id=d_id, text=strength,
                                   source="Diskusi kelompok Bimtek I", position=1))


def _vision(act: ops.Action) -> None:
    for pos, text in enumerate(demo_data.MISSIONS):
        act.put(model.Mission(id=_id("mission", pos), position=pos, text=text))
    for dim in DIMENSIONS:
        for pos, (text, indicator, unit, baseline, first, last) in enumerate(
                demo_data.GOALS[dim]):
            goal_id = _id("goal", dim, pos)
            act.put(model.Goal(id=goal_id, dimension_id=dim_id(dim), text=text,
                               indicator=indicator, unit=unit, baseline=baseline,
                               rpjmd_link="RPJMD Kota Madiun 2019-2024", position=pos))
            for i, year in enumerate(PLAN):
                value = first + (last - first) * (i + 1) // len(PLAN)
                act.put(model.GoalTarget(id=model.natural_id("goal_targets", goal_id, year),
                                         goal_id=goal_id, year=year, target=str(value)))
