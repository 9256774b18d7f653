"""The issue's "done when": three laptops change the demo through ``main.py import``, then merge.

``dump`` of the merge is byte-identical for all six orders of the inputs,
merging a copy with itself dumps the same as the copy, and the inputs' hashes
are unchanged.
"""

from __future__ import annotations

import csv
import itertools
import json
import shutil
from pathlib import Path

from tests.helpers import run_cli
from tests.merge_support import file_hash

PEOPLE = [["Nama", "Jabatan", "Instansi", "Peran"],
          ["Sri Wahyuni", "Kepala Bidang", "Diskominfo", "Tim Pelaksana"],
          ["Budi Santoso", "Lurah", "Kelurahan Taman", "peserta"]]
HEADER = ["kode", "nama", "dimensi", "tahap", "mulai", "selesai"]


def _csv(path: Path, lines: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(lines)
    return path


def _run(*args: str, device: str = "facilitator") -> str:
    result = run_cli(*args, env={"RENCANA_DEVICE": device, "RENCANA_LANG": "en"})
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_three_laptops_merge_the_same_in_every_order(demo_file, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    a, b, c = (stick / f"{n}.rencana" for n in "abc")
    for copy in (a, b, c):
        shutil.copyfile(demo_file, copy)
    _run("import", str(a), "--participants", str(_csv(tmp_path / "a.csv", PEOPLE)),
         device="laptop-a")
    _run("import", str(b), "--programmes", str(_csv(tmp_path / "b.csv", [
        HEADER, ["", "Ruang rapat daring", "SG", "pendek", 2020, 2021],
        ["SB-01", "Pusat Jalan Pahlawan", "", "", "", ""]])), device="laptop-b")
    _run("import", str(c), "--programmes", str(_csv(tmp_path / "c.csv", [
        HEADER, ["", "Sensor banjir", "SG", "menengah", 2021, 2023],
        ["SB-01", "Pahlawan Street Center", "", "panjang", "", 2024]])), device="laptop-c")
    hashes = [file_hash(p) for p in (a, b, c)]

    dumps = set()
    for n, order in enumerate(itertools.permutations((a, b, c))):
        out = tmp_path / f"merged-{n}.rencana"
        _run("merge", str(out), *map(str, order))
        dumps.add(_run("dump", str(out)))
    assert len(dumps) == 1
    merged = json.loads(dumps.pop())
    names = {p["name"]: p["code"] for p in merged["programmes"]}
    assert {"Sri Wahyuni", "Budi Santoso"} <= {p["name"] for p in merged["people"]}
    assert names["Ruang rapat daring"] != names["Sensor banjir"]  # both took the next code
    assert len(set(names.values())) == len(names)

    itself = tmp_path / "itself.rencana"
    _run("merge", str(itself), str(b), str(b))
    assert _run("dump", str(itself)) == _run("dump", str(b))
    assert [file_hash(p) for p in (a, b, c)] == hashes
    assert sorted(p.name for p in stick.iterdir()) == ["a.rencana", "b.rencana", "c.rencana"]
