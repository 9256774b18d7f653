"""Update and compile the interface translations: ``uv run python tools/translations.py``.

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate`` /
   ``QT_TRANSLATE_NOOP`` string of ``ui/`` into ``resources/translations/rencana_id.ts``
   and ``rencana_en.ts`` (strings that vanished from the code are dropped).
2. The Indonesian comes from every ``resources/translations/id/*.json`` file, each
   ``{"Context": {"English source": "Indonesian"}}`` where Context is the class
   name passed to ``tr`` (each engineer keeps their own file). Entries the code
   does not contain literally (Qt's own contexts such as ``QPlatformTheme``) are
   added too. English translates to itself.
3. ``pyside6-lrelease`` compiles both to ``.qm`` files, which the app loads.

It prints the source strings that still have no Indonesian, and exits 1 with
``--check`` when any is missing (or a JSON file names a context twice).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("id", "en")
Catalogue = dict[str, dict[str, str]]  # context -> English source -> translation


def tool(name: str) -> str:
    """Return the path of a Qt tool shipped with PySide6 (next to this Python first)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with `uv run python tools/translations.py`")
    return found


def sources() -> list[str]:
    """Return the Python files of ``ui/`` that lupdate reads, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def ts_path(lang: str) -> Path:
    return FOLDER / f"rencana_{lang}.ts"


def run_lupdate() -> None:
    """Refresh both .ts files from the code, dropping strings no longer used."""
    targets = [str(ts_path(lang).relative_to(ROOT)) for lang in LANGUAGES]
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", *targets, "-no-obsolete",
                    "-locations", "none", "-silent"], cwd=ROOT, check=True)


def load_catalogue(folder: Path) -> tuple[Catalogue, list[str]]:
    """Merge every ``<folder>/*.json``; return the catalogue and any clashes found."""
    merged: Catalogue = {}
    clashes: list[str] = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, entries in data.items():
            target = merged.setdefault(context, {})
            for source, text in entries.items():
                if source in target and target[source] != text:
                    clashes.append(f"{path.name}: {context}: {source!r} differs from another file")
                target[source] = text
    return merged, clashes


def _message(context: ET.Element, source: str) -> ET.Element:
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "translation")
    return message


def fill(ts: Path, lang: str, catalogue: Catalogue) -> list[tuple[str, str]]:
    """Write the translations into ``ts``; return (context, source) pairs left untranslated."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "id_ID" if lang == "id" else "en_GB")
    root.set("sourcelanguage", "en_GB")
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for context_name, entries in sorted(catalogue.items()):
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        present = {m.findtext("source") for m in context.findall("message")}
        for source in sorted(set(entries) - present):
            _message(context, source)
    missing = []
    for context_name, context in contexts.items():
        for message in context.findall("message"):
            source: str = message.findtext("source") or ""
            text = source if lang == "en" else catalogue.get(context_name, {}).get(source, "")
            translation = message.find("translation")
            assert translation is not None
            translation.text = text
            translation.attrib.pop("type", None)
            if not text:
                translation.set("type", "unfinished")
                missing.append((context_name, source))
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def release(ts: Path) -> None:
    """Compile ``ts`` into the ``.qm`` beside it."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                    str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    """Update, fill and compile the translations; print what lacks Indonesian."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if any source string lacks Indonesian")
    args = parser.parse_args(argv)
    run_lupdate()
    catalogue, clashes = load_catalogue(FOLDER / "id")
    missing: list[tuple[str, str]] = []
    for lang in LANGUAGES:
        left = fill(ts_path(lang), lang, catalogue)
        release(ts_path(lang))
        if lang == "id":
            missing = left
    for clash in clashes:
        print("clash:", clash)
    for context, source in missing:
        print(f"missing Indonesian: [{context}] {source}")
    total = sum(len(c.findall("message")) for c in ET.parse(ts_path("id")).getroot())
    print(f"{total - len(missing)} of {total} strings have Indonesian.")
    return 1 if args.check and (missing or clashes) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
