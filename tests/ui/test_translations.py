"""The translation pipeline: Indonesian from the JSON files reaches Qt through .ts and .qm."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from ui import translation

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations as tool  # noqa: E402  (tools/ is not a package)

SOURCE = '''
from PySide6.QtCore import QCoreApplication, QObject

class Sample(QObject):
    def texts(self):
        return [self.tr("Overview"), self.tr("Not yet translated"),
                QCoreApplication.translate("Other", "Budget")]
'''


def test_the_shell_strings_are_compiled_into_indonesian(qapp: QApplication) -> None:
    catalogue = json.loads((ROOT / "resources/translations/id/shell.json").read_text("utf-8"))
    try:
        assert translation.install("id")
        wrong = [(context, source) for context, entries in catalogue.items()
                 for source, text in entries.items()
                 if QCoreApplication.translate(context, source) != text]
    finally:
        translation.install("en")
    assert wrong == []
    assert QCoreApplication.translate("Navigation", "Overview") == "Overview"


def test_lupdate_fill_and_lrelease_make_a_working_translation(
        tmp_path: Path, qapp: QApplication) -> None:
    (tmp_path / "sample.py").write_text(SOURCE, encoding="utf-8")
    ts = tmp_path / "sample_id.ts"
    import subprocess

    subprocess.run([tool.tool("pyside6-lupdate"), "sample.py", "-ts", ts.name, "-silent"],
                   cwd=tmp_path, check=True)
    catalogue = {"Sample": {"Overview": "Ringkasan"}, "Other": {"Budget": "Anggaran"},
                 "QPlatformTheme": {"Cancel": "Batal"}}
    missing = tool.fill(ts, "id", catalogue)
    assert missing == [("Sample", "Not yet translated")]
    tool.release(ts)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    assert translator.translate("Sample", "Overview") == "Ringkasan"
    assert translator.translate("Other", "Budget") == "Anggaran"
    assert translator.translate("QPlatformTheme", "Cancel") == "Batal"  # not in the code
    assert translator.translate("Sample", "Not yet translated") == ""


def test_json_files_that_disagree_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"Page": {"People": "Orang"}}), "utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"Page": {"People": "Peserta",
                                                          "Budget": "Anggaran"}}), "utf-8")
    catalogue, clashes = tool.load_catalogue(tmp_path)
    assert catalogue["Page"]["Budget"] == "Anggaran"
    assert len(clashes) == 1 and "People" in clashes[0]
