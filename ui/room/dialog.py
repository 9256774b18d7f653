"""The Room panel: start a room for a session on one network address, show phones how to
join (address, QR codes, join code), list joined devices, moderate cards, run dot voting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import model
from app.errors import RencanaError
from app.room import codes, network, qr
from app.room.service import settings_for
from app.storage import rows
from ui.context import EditContext
from ui.room.controller import RoomController
from ui.room.moderation import ModerationQueue

QR_SCALE = 6


def local_addresses() -> list[tuple[str, str]]:
    """Return (label, IPv4 address) of every interface that is up, loopback last."""
    found: list[tuple[str, str]] = []
    loopback: list[tuple[str, str]] = []
    up = QNetworkInterface.InterfaceFlag.IsUp | QNetworkInterface.InterfaceFlag.IsRunning
    for interface in QNetworkInterface.allInterfaces():
        if (interface.flags() & up) != up:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            pair = (f"{ip.toString()}  ({interface.humanReadableName()})", ip.toString())
            (loopback if ip.isLoopback() else found).append(pair)
    if not found and not loopback:  # Qt saw nothing: ask the socket module
        return [(address, address) for address in network.local_addresses()]
    return found + loopback


def _plain_label(parent: QWidget, point_size: int = 0) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    if point_size:
        font = label.font()
        font.setPointSize(point_size)
        font.setBold(True)
        label.setFont(font)
    return label


class RoomDialog(QDialog):
    """The room's controls; closing the panel keeps the room open, Stop closes it."""

    def __init__(self, ctx: EditContext, controller: RoomController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.setWindowTitle(self.tr("Room: ideas and votes from phones"))
        self.setup = QGroupBox(self.tr("Open a room"), self)
        self.running = QGroupBox(self.tr("The room is open"), self)
        self.queue = ModerationQueue(ctx, self)
        self.error = _plain_label(self)
        self.error.setStyleSheet("color: #b71c1c")
        self._build_setup()
        self._build_running()
        self._layout()
        controller.running_changed.connect(self.on_running_changed)
        controller.devices_changed.connect(self.on_devices_changed)
        self.session.currentIndexChanged.connect(self.on_session_changed)
        self.on_running_changed(controller.running)
        self._show_room()  # a room opened before the pages were rebuilt
        self.on_session_changed(self.session.currentIndex())
        self.resize(980, 640)

    # -- building -----------------------------------------------------------------------

    def _build_setup(self) -> None:
        self.session = QComboBox(self.setup)
        self.session.addItem(self.tr("(no session)"), None)
        for session in rows.select(self.ctx.wb.db, model.Session):
            self.session.addItem(session.title, session.id)
        self.session.setCurrentIndex(self.session.count() - 1)
        self.address = QComboBox(self.setup)
        for label, address in local_addresses():
            self.address.addItem(label, address)
        self.port = QSpinBox(self.setup)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.port.setValue(8080)
        self.wifi_name = QLineEdit(self.setup)
        self.wifi_password = QLineEdit(self.setup)
        self.wifi_password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.budget = QSpinBox(self.setup)
        self.budget.setRange(1, 50)
        self.budget.setValue(5)
        self.start_button = QPushButton(self.tr("Start the room"), self.setup)
        self.start_button.setEnabled(not self.ctx.read_only)
        self.start_button.clicked.connect(self.start)
        advice = _plain_label(self.setup)
        advice.setText(self.tr(
            "Phones join the laptop's Wi-Fi (or the travel router's) and should turn mobile "
            "data off: Android sends traffic over mobile data when the Wi-Fi has no internet, "
            "and the page would not open. Choose the address of that Wi-Fi below."))
        form = QFormLayout(self.setup)
        form.addRow(advice)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Network address"), self.address)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Wi-Fi name (optional)"), self.wifi_name)
        form.addRow(self.tr("Wi-Fi password (optional)"), self.wifi_password)
        form.addRow(self.tr("Votes per phone"), self.budget)
        form.addRow(self.start_button)

    def _build_running(self) -> None:
        self.url = _plain_label(self.running, 16)
        self.code = _plain_label(self.running, 28)
        self.url_qr = QLabel(self.running)
        self.wifi_qr = QLabel(self.running)
        self.devices = QListWidget(self.running)
        self.devices_title = QLabel(self.running)
        self.voting = QCheckBox(self.tr("Voting open"), self.running)
        self.voting.toggled.connect(self.on_voting_changed)
        self.stop_button = QPushButton(self.tr("Stop the room"), self.running)
        self.stop_button.clicked.connect(self.stop)
        self.url_caption = QLabel(self.tr("Scan to open the page"), self.running)
        self.wifi_caption = QLabel(self.tr("Scan to join the Wi-Fi"), self.running)
        codes_row = QHBoxLayout()
        for image, caption in ((self.url_qr, self.url_caption),
                               (self.wifi_qr, self.wifi_caption)):
            column = QVBoxLayout()
            column.addWidget(image)
            column.addWidget(caption)
            codes_row.addLayout(column)
        codes_row.addStretch(1)
        box = QVBoxLayout(self.running)
        box.addWidget(self.url)
        box.addWidget(self.code)
        box.addLayout(codes_row)
        box.addWidget(self.devices_title)
        box.addWidget(self.devices, 1)
        box.addWidget(self.voting)
        box.addWidget(self.stop_button)

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.setup)
        left.addWidget(self.running, 1)
        left.addWidget(self.error)
        moderation = QGroupBox(self.tr("Cards from phones"), self)
        QVBoxLayout(moderation).addWidget(self.queue)
        box = QHBoxLayout(self)
        box.addLayout(left, 1)
        box.addWidget(moderation, 1)

    # -- starting and stopping --------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Open the room with the chosen session, address and port."""
        settings = settings_for(self.ctx.wb, codes.new_code(), self.session.currentData(),
                                budget=self.budget.value(), voting=False)
        try:
            self.controller.start(settings, str(self.address.currentData()),
                                  self.port.value())
        except RencanaError as exc:
            self.error.setText(exc.message(self.ctx.lang))
            return
        self.error.clear()
        wifi = self.wifi_name.text().strip()
        self.controller.wifi = qr.wifi_text(wifi, self.wifi_password.text()) if wifi else ""
        self._show_room()

    def _show_room(self) -> None:
        """Show the open room's address, code and QR codes."""
        room = self.controller.room
        if room is None:
            return
        self.url.setText(room.url)
        self.code.setText(self.tr("Code: {0}").format(room.state.settings.code))
        self._show_qr(self.url_qr, room.url)
        wifi = self.controller.wifi
        self.wifi_qr.setVisible(bool(wifi))
        self.wifi_caption.setVisible(bool(wifi))
        if wifi:
            self._show_qr(self.wifi_qr, wifi)
        settings = room.state.settings
        self.budget.setValue(settings.budget)
        self.session.setCurrentIndex(max(0, self.session.findData(settings.session_id)))
        self.voting.setChecked(settings.voting)

    @staticmethod
    def _show_qr(label: QLabel, text: str) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(qr.png(text, QR_SCALE), "PNG")
        label.setPixmap(pixmap)
        label.setToolTip(text)

    @Slot()
    def stop(self) -> None:
        """Close the room: phones can no longer reach the laptop."""
        self.controller.stop()

    @Slot(bool)
    def on_running_changed(self, running: bool) -> None:
        """Show the setup or the open room."""
        self.setup.setVisible(not running)
        self.running.setVisible(running)
        if not running:
            self.voting.setChecked(False)
        self.on_devices_changed()

    @Slot(bool)
    def on_voting_changed(self, open_: bool) -> None:
        """Open or close dot voting on the phones."""
        self.controller.set_voting(open_, self.budget.value())

    @Slot(int)
    def on_session_changed(self, _index: int) -> None:
        """Offer the session's cards as merge targets."""
        self.queue.set_session(self.session.currentData())

    @Slot()
    def on_devices_changed(self) -> None:
        """List the joined phones: name, address, cards sent."""
        devices = self.controller.devices()
        self.devices.clear()
        for device in devices:
            self.devices.addItem(self.tr("{0}  ({1}, {2} cards)").format(
                device.name, device.address, len(device.cards)))
        self.devices_title.setText(self.tr("Phones joined: {0}").format(len(devices)))
