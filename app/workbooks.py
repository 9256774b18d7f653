"""Making new workbooks: an empty file with the region, the plan period and a framework."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import atomic, framework, model
from app.errors import WorkbookError
from app.ops import Action
from app.storage import workbook as storage
from app.storage.workbook import WorkbookFile

WORKBOOK_ID = model.natural_id("workbook", "the")  # one row per file, same id in every copy


def new_workbook(path: Path, book: model.Workbook, *, framework_file: Path | None = None,
                 fill: Any = None, overwrite: bool = False) -> WorkbookFile:
    """Write a new workbook at ``path`` atomically and return it open.

    The file is built beside the target under a temporary name, with the
    workbook row, the framework and whatever ``fill(wb)`` adds, then renamed into
    place: a failure leaves nothing at ``path``. Raises WorkbookError or
    ValidationError.
    """
    if path.exists() and not overwrite:
        raise WorkbookError("{name} already exists.", name=path.name)
    with atomic.replacing(path, database=True) as temp:
        atomic.remove(temp.with_name(temp.name + ".lock"))
        wb = storage.create(temp, shown_as=path.name)
        try:
            frame = framework.load(framework_file)
            with Action(wb, "New workbook") as act:
                act.put(_with_defaults(book, frame))
                framework.seed(act, frame)
            if fill:
                fill(wb)
        finally:
            wb.close()
    return storage.open_file(path)


def _with_defaults(book: model.Workbook, frame: dict[str, Any]) -> model.Workbook:
    import dataclasses

    return dataclasses.replace(
        book, id=WORKBOOK_ID,
        framework=book.framework or frame.get("name", ""),
        rating_max=frame.get("rating_max", book.rating_max),
    )
