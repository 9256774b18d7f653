"""Starting the window: Qt application, language, first workbook, and the last line of defence.

Any unexpected error becomes one sentence for the user and a traceback in the log file.
"""

from __future__ import annotations

import logging
import logging.handlers
import signal
import socket
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSize, QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app import APP_NAME, __version__, paths
from ui import messages, settings, shot, translation

LOG_NAME = "rencana.log"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # resources/icons/rencana-<size>.png
WINDOWS_APP_ID = "Rencana.Rencana"  # groups the windows under Rencana's taskbar button
log = logging.getLogger("rencana")
_open_reports: list[QWidget] = []  # the error box on screen, if any
_kept_alive: list[object] = []  # the termination sockets and notifier live as long as the app


def log_path() -> Path:
    """Return the log file in the user data folder."""
    return paths.data_dir() / LOG_NAME


def setup_logging() -> None:
    """Send warnings and errors to a small rotating log file in the data folder."""
    root = logging.getLogger()
    target = str(log_path())
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if old.baseFilename == target:
            return
        root.removeHandler(old)  # the data folder moved (each test has its own)
        old.close()
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000,
                                                   backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, logging.WARNING))


def report_exception(kind: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """Log an unexpected error with its traceback and tell the user in one sentence."""
    setup_logging()
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is None or _open_reports:
        return  # one box at a time: an error that repeats (say, in painting) is only logged
    box = messages.notify(_active_window(), QCoreApplication.translate(
        "Application", "Something went wrong ({kind}); your work up to the last action is "
        "saved. The details are in {log}.").format(kind=kind.__name__, log=log_path()))
    _open_reports.append(box)
    box.finished.connect(_open_reports.clear)


def _active_window() -> QWidget | None:
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None


def _report_thread_exception(args: threading.ExceptHookArgs) -> None:
    """Log an error of a worker thread (its owner reports failures to the user)."""
    if args.exc_value is not None:
        log.error("unexpected error in thread %s\n%s", args.thread.name if args.thread else "?",
                  "".join(traceback.format_exception(args.exc_type, args.exc_value,
                                                     args.exc_traceback)))


def install_excepthook() -> None:
    """Make every uncaught error in the window a logged one-sentence message, never a traceback."""
    sys.excepthook = report_exception
    threading.excepthook = _report_thread_exception


def make_application(argv: list[str]) -> QApplication:
    """Return the QApplication (creating it once) with Rencana's names and its language."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    translation.install(settings.language())
    return app


def app_icon() -> QIcon:
    """Return Rencana's icon (window, taskbar) in every size that is bundled."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(paths.resource("icons", f"rencana-{size}.png")), QSize(size, size))
    return icon


def use_own_taskbar_button() -> None:
    """On Windows, show Rencana's icon on the taskbar, not that of the program that runs it.

    Windows groups windows by the executable unless the process names its own app id
    (``SetCurrentProcessExplicitAppUserModelID``); the frozen rencana.exe has its own icon
    either way, Rencana run from source (python.exe) needs this.
    """
    if sys.platform != "win32":
        return
    import ctypes  # Windows only

    try:
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
    except (AttributeError, OSError):  # an old or unusual Windows: the default icon stays
        log.warning("could not set the taskbar app id")


def close_on_termination(app: QApplication) -> None:
    """Close the window normally on SIGTERM or SIGINT (logout, shutdown, Ctrl+C in a terminal),
    so the workbook is closed and its lock released rather than the process just vanishing.

    Python runs signal handlers only when it has control, and Qt's event loop keeps it in
    C++: the signal's wake-up byte on a socket pair wakes a QSocketNotifier, which gives
    Python control (the documented ``signal.set_wakeup_fd`` pattern).
    """
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno())
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: receiver.recv(64))
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: QTimer.singleShot(0, app, app.closeAllWindows))
    _kept_alive.extend((receiver, sender, notifier))


def first_workbook(argv: list[str]) -> Path | None:
    """Return the workbook named on the command line, else the one open at the last exit."""
    named = [a for a in argv if not a.startswith("-")]
    if named:
        return Path(named[0])
    return settings.last_file()


def start_window(argv: list[str]) -> QMainWindow:
    """Show the main window and schedule opening the first workbook; return the window."""
    from ui.main_window import MainWindow  # after the translator, so texts are translated

    window = MainWindow(settings.language())
    if window.restored:
        window.show()
    else:
        # First start: use the whole screen (a projector, a laptop). Without a window
        # manager (a bare X server) maximising does nothing, so size it first.
        screen = window.screen()
        if screen is not None:
            window.setGeometry(screen.availableGeometry())
        window.showMaximized()
    path = first_workbook(argv)
    target = shot.requested()
    if target is not None:
        shot.shoot_when_started(window, target, waits_for_workbook=path is not None)
    if path is not None:
        QTimer.singleShot(0, window, lambda: window.open_path(path))
    return window


def run_gui(argv: list[str]) -> int:
    """Open the window (on the named or last workbook, or the welcome screen); return the exit
    code when it closes."""
    setup_logging()
    install_excepthook()
    use_own_taskbar_button()
    app = make_application(argv)
    close_on_termination(app)
    window = start_window(argv)  # noqa: F841  (kept alive until exec returns)
    return app.exec()
