"""Loading a planning framework (dimensions, elements, components, funding) into a workbook."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app import model, paths
from app.ops import Action

DEFAULT_FRAMEWORK = "gerakan-menuju-100-smart-city.json"


def default_path() -> Path:
    """Return the bundled Gerakan Menuju 100 Smart City framework file."""
    return paths.resource("frameworks", DEFAULT_FRAMEWORK)


def load(path: Path | None = None) -> dict[str, Any]:
    """Return the framework file at ``path`` (the default one if None) as a dict."""
    with (path or default_path()).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def seed(act: Action, framework: dict[str, Any]) -> None:
    """Add the framework's dimensions, elements, components and funding sources.

    Ids are derived from the codes, so every workbook made from one framework
    shares them and copies merge cleanly.
    """
    for d_pos, dim in enumerate(framework["dimensions"]):
        dim_id = model.natural_id("dimensions", dim["code"])
        act.put(model.Dimension(id=dim_id, code=dim["code"], name_id=dim["name_id"],
                                name_en=dim.get("name_en", ""), color=dim.get("color", ""),
                                position=d_pos))
        for e_pos, element in enumerate(dim.get("elements", [])):
            act.put(model.Element(id=model.natural_id("elements", dim["code"], e_pos),
                                  dimension_id=dim_id, name_id=element["name_id"],
                                  name_en=element.get("name_en", ""), position=e_pos))
    for c_pos, comp in enumerate(framework.get("components", [])):
        act.put(model.Component(id=model.natural_id("components", comp["code"]), code=comp["code"],
                                name_id=comp["name_id"], name_en=comp.get("name_en", ""),
                                description_id=comp.get("description_id", ""),
                                description_en=comp.get("description_en", ""), position=c_pos))
    for s_pos, source in enumerate(framework.get("funding_sources", [])):
        act.put(model.FundingSource(id=model.natural_id("funding_sources", source["code"]),
                                    code=source["code"], name_id=source["name_id"],
                                    name_en=source.get("name_en", ""), position=s_pos))
