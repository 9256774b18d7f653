"""The export's baseline: the masterplan's big tables built from the same workbook with plain
sqlite3 and python-docx's XML, sharing no code with Rencana (it imports nothing from app/).

It reads the file's bytes into memory (as Rencana's export does), queries the rows
with SQL of its own, writes one ``w:tbl`` per table as XML text (header row repeated
on every page, fixed column widths), and saves. What Rencana adds on top of this
floor (validation, formatting, styles, captions, charts) is what the ratio measures.

Run as ``python bench/export_baseline.py IN.rencana OUT.docx`` to time it in a fresh
process (imports included), the way ``main.py export`` is timed.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TWIPS_PER_CM = 567
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
KINDS = {"policy": "Kebijakan dan suprastruktur", "infrastructure": "Infrastruktur",
         "application": "Aplikasi atau layanan", "people": "Sumber daya manusia"}
PHASES = {"quick_win": "Quick win", "short": "Jangka pendek", "medium": "Jangka menengah",
          "long": "Jangka panjang"}

PROGRAMMES = """
SELECT p.id, p.code, p.name, p.dimension_id, coalesce(e.name_id, ''), p.kind,
       coalesce(nullif(o.abbreviation, ''), o.name, ''), p.start_year, p.end_year, p.phase,
       p.output, coalesce((SELECT sum(amount) FROM budgets b
                           WHERE b.programme_id = p.id AND b._deleted = 0), 0)
FROM programmes p
LEFT JOIN dimensions d ON d.id = p.dimension_id
LEFT JOIN elements e ON e.id = p.element_id AND e._deleted = 0
LEFT JOIN organisations o ON o.id = p.lead_org_id AND o._deleted = 0
WHERE p._deleted = 0 ORDER BY coalesce(d.position, 0), p.code, p.name
"""
KPIS = """SELECT id, programme_id, indicator, unit, baseline FROM kpis WHERE _deleted = 0
          ORDER BY programme_id, position"""
TARGETS = "SELECT kpi_id, year, target FROM kpi_targets WHERE _deleted = 0"
ORIGINS = """
SELECT o.programme_id, c.kind, c.text, coalesce(s.stage, ''), cl.name
FROM programme_origins o
LEFT JOIN cards c ON c.id = o.card_id AND c._deleted = 0
LEFT JOIN sessions s ON s.id = c.session_id AND s._deleted = 0
LEFT JOIN clusters cl ON cl.id = o.cluster_id AND cl._deleted = 0
WHERE o._deleted = 0 ORDER BY o.programme_id, o.id
"""


def _text(value: object) -> str:
    return escape(_NOT_XML.sub("", str(value)))


def _cell(value: object, width: float) -> str:
    paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_text(line)}</w:t></w:r></w:p>'
                         for line in str(value).split("\n"))
    return (f'<w:tc><w:tcPr><w:tcW w:w="{int(width * TWIPS_PER_CM)}" w:type="dxa"/>'
            f"</w:tcPr>{paragraphs}</w:tc>")


def table_xml(widths: list[float], header: list[str], rows: list[list[Any]]) -> str:
    """Return one ``w:tbl`` with a repeating header row and fixed column widths."""
    grid = "".join(f'<w:gridCol w:w="{int(w * TWIPS_PER_CM)}"/>' for w in widths)
    head = ('<w:tr><w:trPr><w:tblHeader/></w:trPr>'
            + "".join(_cell(h, w) for h, w in zip(header, widths, strict=True)) + "</w:tr>")
    body = "".join("<w:tr>" + "".join(_cell(v, w) for v, w in zip(row, widths, strict=False))
                   + "</w:tr>" for row in rows)
    return (f'<w:tbl {W}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblLayout w:type="fixed"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{head}{body}</w:tbl>")


def _juta(amount: int) -> str:
    return f"{amount / 1_000_000:,.0f}".replace(",", ".")


def in_memory(path: Path) -> sqlite3.Connection:
    """Return a plain sqlite3 connection on a copy of the file's bytes in memory."""
    data = path.read_bytes()
    if data[18:20] == b"\x02\x02":  # a WAL file: in memory it must say rollback journal
        data = data[:18] + b"\x01\x01" + data[20:]  # (bytes 18-19 of SQLite's file header)
    conn = sqlite3.connect(":memory:")
    conn.deserialize(data)
    return conn


def read(path: Path) -> dict[str, Any]:
    """Return the rows of the three tables' sources, read with plain sqlite3 from a copy of
    the file's bytes in memory (the file itself is not opened for writing)."""
    conn = in_memory(path)
    try:
        plan = conn.execute("SELECT plan_start, plan_end FROM workbook").fetchone()
        dims = conn.execute("SELECT id, name_id FROM dimensions WHERE _deleted = 0 "
                            "ORDER BY position").fetchall()
        programmes = conn.execute(PROGRAMMES).fetchall()
        kpis: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for row in conn.execute(KPIS):
            kpis[row[1]].append(row)
        targets: dict[str, dict[int, str]] = defaultdict(dict)
        for kpi_id, year, target in conn.execute(TARGETS):
            targets[kpi_id][year] = target
        origins: dict[str, list[str]] = defaultdict(list)
        for pid, kind, text, stage, cluster in conn.execute(ORIGINS):
            origins[pid].append(f"[{kind}] {text} ({stage})" if text else f"[Klaster] {cluster}")
    finally:
        conn.close()
    return {"years": list(range(plan[0], plan[1] + 1)), "dims": dims,
            "programmes": programmes, "kpis": kpis, "targets": targets, "origins": origins}


def tables(data: dict[str, Any]) -> list[str]:
    """Return the masterplan's big tables as XML: programmes per dimension, KPIs, origins."""
    out = []
    widths = [0.9, 1.5, 6.0, 3.0, 2.6, 2.4, 1.9, 2.2, 2.6, 4.5]
    header = ["No", "Kode", "Program", "Elemen", "Jenis", "OPD pengampu", "Tahun", "Tahap",
              "Indikasi anggaran (juta)", "Keluaran / IKU"]
    for dim_id, _name in data["dims"]:
        rows, total = [], 0
        mine = [p for p in data["programmes"] if p[3] == dim_id]
        for number, p in enumerate(mine, 1):
            total += p[11]
            kpis = [k[2] for k in data["kpis"].get(p[0], []) if k[2] != p[10]]
            rows.append([number, p[1], p[2], p[4], KINDS.get(p[5], p[5]), p[6],
                         f"{p[7]}-{p[8]}", PHASES.get(p[9], p[9]), _juta(p[11]),
                         "\n".join([p[10], *kpis]).strip()])
        rows.append(["", "", "Jumlah", "", "", "", "", "", _juta(total), ""])
        out.append(table_xml(widths, header, rows))
    years = data["years"]
    kpi_rows, trace_rows = [], []
    for dim_id, name in data["dims"]:
        kpi_rows.append([name])
        trace_rows.append([name])
        for p in (p for p in data["programmes"] if p[3] == dim_id):
            for kpi in data["kpis"].get(p[0], []):
                found = data["targets"].get(kpi[0], {})
                kpi_rows.append([p[1], kpi[2], kpi[3], kpi[4], *(found.get(y, "") for y in years)])
            trace_rows.append([p[1], p[2], "\n".join(data["origins"].get(p[0], []))
                               or "(dimasukkan langsung, bukan dari kartu)"])
    out.append(table_xml([1.6, 6, 2, 2, *(1.7 for _ in years)],
                         ["Kode", "Indikator", "Satuan", "Baseline", *map(str, years)], kpi_rows))
    out.append(table_xml([1.6, 5.5, 9.5], ["Kode", "Program", "Kartu lokakarya asal usulan"],
                         trace_rows))
    return out


def direct_xml(path: Path, out: Path) -> None:
    """Build the masterplan's big tables of ``path`` into an empty document; save to ``out``."""
    from docx import Document  # python-docx, as Rencana's export uses it
    from docx.oxml import parse_xml

    document = Document()
    body = document.element.body
    for xml in tables(read(path)):
        body.sectPr.addprevious(parse_xml(xml))
    document.save(str(out))


if __name__ == "__main__":
    direct_xml(Path(sys.argv[1]), Path(sys.argv[2]))
