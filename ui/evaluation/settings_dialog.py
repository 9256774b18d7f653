"""The evaluation settings: the rating scheme and the weights of the ministry's five aspects."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app import model
from app.validate import weights_of
from ui.widgets.named import named


class SettingsDialog(QDialog):
    """Choose RKPD, SAKIP or an own scheme, and the five aspect weights (adding up to 100)."""

    def __init__(self, setting: model.EvaluationSetting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evaluation settings"))
        self.scheme = named(QComboBox(), "evaluationScheme")
        for code, label in (("rkpd", self.tr("RKPD (achieved, on track, hard effort)")),
                            ("sakip", self.tr("SAKIP (Sangat Baik ... Sangat Kurang)")),
                            ("custom", self.tr("Own scheme (below)"))):
            self.scheme.addItem(label, code)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(setting.scheme)))
        self.custom = named(QPlainTextEdit(setting.custom_scheme), "evaluationCustomScheme")
        self.custom.setPlaceholderText("80; Tercapai; Achieved; #2E7D32\n"
                                       "60; Sesuai jalur; On track; #F9A825\n"
                                       "0; Perlu upaya keras; Needs hard effort; #C62828")
        self.weights = {aspect: QSpinBox(minimum=0, maximum=100, suffix=" %")
                        for aspect in weights_of(setting)}
        for aspect, value in weights_of(setting).items():
            self.weights[aspect].setValue(value)
        names = {"baseline": self.tr("Baseline"), "output": self.tr("Output"),
                 "outcome": self.tr("Outcome"), "impact": self.tr("Impact"),
                 "quick_win": self.tr("Quick win")}
        form = QFormLayout(self)
        form.addRow(self.tr("Rating scheme"), self.scheme)
        form.addRow(self.tr("Own scheme: bound; Indonesian; English; colour"), self.custom)
        form.addRow(QLabel(self.tr("Weights of the five aspects (together 100 %)")))
        for aspect, box in self.weights.items():
            form.addRow(names[aspect], box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, dict[str, int], str]:
        """Return (scheme code, weights by aspect, own scheme text) as chosen."""
        return (str(self.scheme.currentData()),
                {aspect: box.value() for aspect, box in self.weights.items()},
                self.custom.toPlainText())

