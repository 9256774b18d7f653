"""The export's baseline: the masterplan's big tables built with python-docx XML directly.

Calls nothing of Rencana's: reads the workbook with ``sqlite3``, writes the
programme tables per dimension, the KPI annex and the traceability annex as
``w:tbl`` XML strings parsed by python-docx, and saves. It is what a careful
hand-written exporter of the same rows costs, without charts, front matter or
any of the book's conventions.

``python -m bench.baseline_tables WORKBOOK OUT.docx`` runs it in a fresh process.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _rows(db: sqlite3.Connection, sql: str, *args: object) -> list[tuple]:
    return list(db.execute(sql, args))


def _cell(text: object, width: int) -> str:
    runs = "".join(f'<w:r>{"<w:br/>" if n else ""}<w:t xml:space="preserve">'
                   f'{escape(line)}</w:t></w:r>'
                   for n, line in enumerate(str(text).split("\n")))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{runs}</w:p></w:tc>'


def _table(header: list[str], rows: list[tuple], width: int = 13000) -> str:
    each = width // len(header)
    grid = "".join(f'<w:gridCol w:w="{each}"/>' for _ in header)
    head = ('<w:tr><w:trPr><w:tblHeader/></w:trPr>'
            + "".join(_cell(h, each) for h in header) + "</w:tr>")
    body = "".join('<w:tr><w:trPr><w:cantSplit/></w:trPr>'
                   + "".join(_cell("" if v is None else v, each) for v in row) + "</w:tr>"
                   for row in rows)
    return (f'<w:tbl {W}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{width}" '
            f'w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}'
            f'</w:tblGrid>{head}{body}</w:tbl>')


def tables(db: sqlite3.Connection) -> list[str]:
    """Return the XML of the programme tables, the KPI annex and the traceability annex."""
    live = "_deleted = 0"
    names = dict(_rows(db, f"SELECT id, COALESCE(NULLIF(abbreviation, ''), name) "
                           f"FROM organisations WHERE {live}"))
    elements = dict(_rows(db, f"SELECT id, name_id FROM elements WHERE {live}"))
    money = dict(_rows(db, f"SELECT programme_id, SUM(amount) FROM budgets WHERE {live} "
                           "GROUP BY programme_id"))
    out = []
    dims = _rows(db, f"SELECT id, name_id FROM dimensions WHERE {live} ORDER BY position")
    progs = _rows(db, f"SELECT id, code, name, dimension_id, element_id, kind, lead_org_id, "
                      f"start_year, end_year, phase, output FROM programmes WHERE {live} "
                      "ORDER BY code")
    by_dim: dict[str, list[tuple]] = defaultdict(list)
    for prog in progs:
        by_dim[prog[3]].append(prog)
    for dim_id, _name in dims:
        rows = [(n, p[1], p[2], elements.get(p[4], ""), p[5], names.get(p[6], ""),
                 f"{p[7]}-{p[8]}", p[9], f"{money.get(p[0], 0) / 1e6:,.0f}", p[10])
                for n, p in enumerate(by_dim[dim_id], 1)]
        out.append(_table(["No", "Kode", "Program", "Elemen", "Jenis", "OPD", "Tahun",
                           "Tahap", "Anggaran", "Keluaran"], rows))
    targets: dict[str, dict[int, str]] = defaultdict(dict)
    for kpi, year, target in _rows(db, f"SELECT kpi_id, year, target FROM kpi_targets "
                                       f"WHERE {live}"):
        targets[kpi][year] = target
    codes = {p[0]: p[1] for p in progs}
    years = sorted({y for t in targets.values() for y in t})
    kpis = [(codes.get(k[1], ""), k[2], k[3], k[4], *(targets[k[0]].get(y, "") for y in years))
            for k in _rows(db, f"SELECT id, programme_id, indicator, unit, baseline FROM kpis "
                               f"WHERE {live} ORDER BY programme_id, position")]
    out.append(_table(["Kode", "Indikator", "Satuan", "Awal", *map(str, years)], kpis))
    cards = dict(_rows(db, f"SELECT id, text FROM cards WHERE {live}"))
    origins: dict[str, list[str]] = defaultdict(list)
    for prog, card in _rows(db, f"SELECT programme_id, card_id FROM programme_origins "
                                f"WHERE {live}"):
        origins[prog].append(cards.get(card, ""))
    out.append(_table(["Kode", "Program", "Kartu"],
                      [(p[1], p[2], "\n".join(origins[p[0]])) for p in progs]))
    return out


def build(workbook: Path, out: Path) -> None:
    """Write the baseline document of ``workbook`` to ``out``."""
    import docx
    from docx.oxml import parse_xml

    db = sqlite3.connect(f"file:{workbook}?mode=ro", uri=True)
    try:
        document = docx.Document()
        body = document.element.body
        for xml in tables(db):
            body.sectPr.addprevious(parse_xml(xml))
            body.sectPr.addprevious(parse_xml(f"<w:p {W}/>"))
        document.save(str(out))
    finally:
        db.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
