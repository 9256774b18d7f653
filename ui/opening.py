"""Opening a workbook from the window: each refusal is one sentence, with an offer where it helps.

Locked or newer files may be opened read-only; a damaged one gets the latest backup offered.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app import paths
from app.errors import DamagedWorkbook, NewerWorkbook, RencanaError, WorkbookLocked

if TYPE_CHECKING:
    from app.storage.workbook import WorkbookFile
from ui import messages

DEMO_NAME = "Kota Madiun (demo).rencana"


def open_workbook(parent: QWidget | None, path: Path, lang: str,
                  read_only: bool = False) -> WorkbookFile | None:
    """Open ``path`` for the window; return it, or None after telling the user why not."""
    try:
        from app.storage.workbook import open_file  # local: the welcome screen needs no SQLite

        return open_file(path, read_only=read_only)
    except (WorkbookLocked, NewerWorkbook) as exc:
        offer = QCoreApplication.translate("Opening", "Open read-only")
        if messages.ask(parent, exc.message(lang), offer):
            return open_workbook(parent, path, lang, read_only=True)
    except DamagedWorkbook as exc:
        restored = _offer_restore(parent, path, exc.message(lang))
        if restored is not None:
            return open_workbook(parent, restored, lang)
    except RencanaError as exc:
        messages.tell(parent, exc.message(lang))
    except OSError as exc:  # a folder that vanished, a permission change between checks
        messages.tell(parent, QCoreApplication.translate(
            "Opening", "Cannot open {name}: {reason}.").format(name=path.name,
                                                               reason=exc.strerror or exc))
    return None


def _offer_restore(parent: QWidget | None, path: Path, sentence: str) -> Path | None:
    """Say the workbook is damaged and offer its latest automatic backup, if there is one."""
    from ui import backups  # local: the backup engine is only needed for damaged files

    messages.tell(parent, sentence)
    restored = backups.offer_restore(parent, path)
    return Path(restored) if restored else None


def demo_path() -> Path:
    """Return where the demo workbook lives (in the user data folder)."""
    return paths.data_dir() / DEMO_NAME


def demo_available() -> bool:
    """Return whether this build can write the Kota Madiun demo."""
    return True  # the demo is written from app.demo whenever it is missing


def ensure_demo(parent: QWidget | None, lang: str) -> Path | None:
    """Write the demo into the data folder if it is missing; return its path, or None on failure."""
    path = demo_path()
    if path.exists():
        return path
    try:
        from app import demo  # local: the demo builder is only needed once

        demo.write_demo(path).close()
    except RencanaError as exc:
        messages.tell(parent, exc.message(lang))
        return None
    except OSError as exc:  # the data folder is full or not writable
        messages.tell(parent, QCoreApplication.translate(
            "Opening", "Cannot write {name}: {reason}.").format(name=path.name,
                                                                reason=exc.strerror or exc))
        return None
    return path
