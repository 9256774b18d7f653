"""Word fields and bookmarks written as raw WordprocessingML (python-docx has no API for them).

A field is the run sequence begin / instruction / separate / cached result / end.
The cached result is what a reader shows before the field is updated, so it is
always filled with the right value (LibreOffice never updates TOC fields on load).
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser

from app.text import clean_text

_bookmark_ids = itertools.count(1)
_NSMAP = {"w": nsmap["w"]}


@functools.lru_cache(maxsize=512)
def _clark(tag: str) -> str:
    return qn(tag)


def element(tag: str, **attrs: str) -> Any:
    """Return a new ``w:`` element with ``w:`` attributes (``element("w:jc", val="center")``).

    Built by lxml directly with cached names: big tables make tens of thousands
    of elements, and ``OxmlElement`` parses the tag again each time.
    """
    node = oxml_parser.makeelement(_clark(tag), nsmap=_NSMAP)
    for name, value in attrs.items():
        node.set(_clark(f"w:{name}"), value)
    return node


def run(text: str = "", *, bold: bool = False, italic: bool = False, size: float = 0,
        caps: bool = False) -> Any:
    """Return a ``w:r`` holding ``text`` (already clean) with simple formatting."""
    node = element("w:r")
    if bold or italic or size or caps:
        node.append(run_props(bold=bold, italic=italic, size=size, caps=caps))
    if text:
        node.append(text_node(text))
    return node


def text_runs(value: object, *, single_line: bool = False, **style: Any) -> list[Any]:
    """Return the runs showing ``value``: THE place where user text enters a document.

    The text is cleaned of what Word's XML cannot hold (control characters,
    U+FFFE, lone surrogates); newlines become line breaks and tabs tabs.
    """
    text = clean_text(str(value), single_line=single_line)
    runs: list[Any] = []
    for number, line in enumerate(text.split("\n")):
        node = run("", **style)
        if number:
            node.append(element("w:br"))
        for part_number, part in enumerate(line.split("\t")):
            if part_number:
                node.append(element("w:tab"))
            if part:
                node.append(text_node(part))
        runs.append(node)
    return runs


def run_props(*, bold: bool = False, italic: bool = False, size: float = 0,
              caps: bool = False) -> Any:
    """Return a ``w:rPr`` with the given formatting (empty when none)."""
    props = element("w:rPr")
    if bold:
        props.append(element("w:b"))
    if italic:
        props.append(element("w:i"))
    if caps:
        props.append(element("w:caps"))
    if size:
        props.append(element("w:sz", val=str(round(size * 2))))
    return props


def text_node(text: str) -> Any:
    """Return a ``w:t`` that keeps its spaces."""
    node = element("w:t")
    node.text = text
    node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return node


def field_runs(instruction: str, cached: list[Any] | str, *, dirty: bool = False,
               bold: bool = False) -> list[Any]:
    """Return the runs of a complex field: ``instruction`` with ``cached`` as its shown result.

    ``cached`` is text or a list of ready runs/paragraph-level nodes; ``dirty``
    asks Word to recompute the field when the document opens.
    """
    begin = run(bold=bold)
    char = element("w:fldChar", fldCharType="begin")
    if dirty:
        char.set(qn("w:dirty"), "true")
    begin.append(char)
    instr = run(bold=bold)
    code = element("w:instrText")
    code.text = f" {instruction} "
    code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.append(code)
    separate = run(bold=bold)
    separate.append(element("w:fldChar", fldCharType="separate"))
    end = run(bold=bold)
    end.append(element("w:fldChar", fldCharType="end"))
    result = [run(cached, bold=bold)] if isinstance(cached, str) else cached
    return [begin, instr, separate, *result, end]


def add_field(paragraph: Any, instruction: str, cached: str, **kwargs: Any) -> None:
    """Append a complex field to a python-docx paragraph."""
    for node in field_runs(instruction, cached, **kwargs):
        paragraph._p.append(node)


def bookmark(paragraph: Any, name: str) -> None:
    """Wrap the content of a python-docx paragraph in a bookmark called ``name``."""
    number = str(next(_bookmark_ids))
    p = paragraph._p
    start = element("w:bookmarkStart", id=number, name=name)
    props = p.find(qn("w:pPr"))
    if props is not None:
        props.addnext(start)
    else:
        p.insert(0, start)
    p.append(element("w:bookmarkEnd", id=number))
