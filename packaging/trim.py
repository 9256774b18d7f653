"""What the spec leaves out of the bundle: Qt pieces Rencana never uses, and libraries that
only those pieces needed. Imported by ``packaging/rencana.spec`` (PyInstaller's TOC entries
are ``(destination, source, kind)`` tuples)."""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath

# Qt modules that are left out unless our code imports them (``qt_modules_unused``).
QT_MODULES = (
    "QtQml", "QtQuick", "QtQuickWidgets", "QtQuick3D", "QtQuickControls2", "QtDesigner",
    "QtHelp", "QtTest", "QtNetwork", "QtNetworkAuth", "QtOpenGL", "QtOpenGLWidgets",
    "QtPrintSupport", "QtSql", "QtXml", "QtConcurrent", "QtDBus", "QtMultimedia",
    "QtMultimediaWidgets", "QtPdf", "QtPdfWidgets", "QtWebEngineCore", "QtWebEngineWidgets",
    "QtWebChannel", "QtWebSockets", "Qt3DCore", "QtCharts", "QtDataVisualization",
    "QtBluetooth", "QtPositioning", "QtSerialPort", "QtSensors", "QtUiTools", "QtAxContainer",
    "QtStateMachine", "QtSvgWidgets", "QtScxml", "QtRemoteObjects", "QtTextToSpeech",
    "QtHttpServer", "QtLocation", "QtSpatialAudio", "QtGraphs",
)
QT_IMPORT = re.compile(r"PySide6\.(Qt\w+)|from\s+PySide6\s+import\s+\(?([\w\s,]+)")

# Qt's own translations kept: the interface languages (Indonesian, English).
LANGUAGES = ("id", "en")
# Plugin folders Rencana does not need even where their module is bundled (the plugins of
# left-out modules are not collected at all): TLS and network status (no internet: a room
# server is plain HTTP on the local network), touch input drivers for bare framebuffers.
UNUSED_PLUGINS = ("networkinformation", "tls", "generic")
# The GTK theme plugin drags in GTK, GDK, cairo, pango, ATK (about 20 MB on Linux); without
# it Qt draws its own file dialogs and style.
UNUSED_FILES = ("plugins/platformthemes/libqgtk3",
                # Screens Rencana never runs on (VNC, bare framebuffers); keeps xcb, Wayland,
                # offscreen (the tests, the smoke test) and Windows' own.
                "plugins/platforms/libqvnc", "plugins/platforms/libqeglfs",
                "plugins/platforms/libqlinuxfb", "plugins/platforms/libqminimalegl",
                "plugins/platforms/libqvkkhrdisplay", "plugins/egldeviceintegrations/")


def qt_modules_unused(root: Path) -> list[str]:
    """Return the modules of ``QT_MODULES`` that no Python file of Rencana imports.

    The bundle's code is ``main.py``, ``app/`` and ``ui/``: a module added there later
    (QtNetwork for a room server, say) is then bundled without a change here.
    """
    used: set[str] = set()
    for path in [root / "main.py", *(root / "app").rglob("*.py"), *(root / "ui").rglob("*.py")]:
        for dotted, listed in QT_IMPORT.findall(path.read_text(encoding="utf-8")):
            used.update([dotted] if dotted else re.findall(r"Qt\w+", listed))
    return [name for name in QT_MODULES if name not in used]


def unused_qt(dest: str) -> bool:
    """Return whether the bundle entry at ``dest`` is a Qt piece Rencana never uses."""
    path = PurePosixPath(dest.replace("\\", "/").lower()).as_posix()
    if "/translations/" in path and path.endswith(".qm"):
        return not any(path.endswith(f"_{lang}.qm") for lang in LANGUAGES)
    if any(part in path for part in UNUSED_FILES):
        return True
    return any(f"/plugins/{kind}/" in path for kind in UNUSED_PLUGINS)


def without_orphans(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Return ``binaries`` less the shared libraries that nothing left needs.

    PyInstaller collects the dependencies of every plugin at analysis time; dropping a
    plugin afterwards leaves its libraries behind. Python extension modules and Qt plugins
    are what is loaded; every other library stays if one of them needs it, directly or
    not. Linux only (ELF ``NEEDED`` entries): elsewhere the list is returned as it is. The
    Python library is always kept (the program loads it with dlopen).
    """
    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports

    top = {PurePosixPath(dest).name: (dest, src) for dest, src, kind in binaries
           if kind == "BINARY" and "/plugins/" not in dest.replace("\\", "/")
           and not PurePosixPath(dest).name.startswith("libpython")}
    loose = {dest for dest, _ in top.values()}
    wanted = [src for dest, src, _ in binaries if dest not in loose]
    kept: set[str] = set()
    while wanted:
        for name, _path in get_imports(wanted.pop()):
            base = PurePosixPath(name).name
            if base in top and base not in kept:
                kept.add(base)
                wanted.append(top[base][1])
    kept_dests = {top[base][0] for base in kept}
    return [entry for entry in binaries if entry[0] not in loose or entry[0] in kept_dests]
