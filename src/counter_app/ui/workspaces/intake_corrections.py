"""Correct or void (作废) an accepted counter parcel (issue 16 §4): the dialog that asks what
changes and why. The workspace hands its answer to ``IntakeService.correct`` / ``void`` and
asks a supervisor when the service says a money change needs one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.intake import PayMode
from counter_app.domain.receipts import money
from counter_app.services.intake_drafts import CorrectionDraft, place
from counter_app.services.intake_ports import AcceptanceRecord
from counter_app.ui.look import ERROR_STYLE
from counter_app.ui.messages import pay_mode_name
from counter_app.ui.widgets.fields import disable_input_method

translate = QCoreApplication.translate


@dataclass(frozen=True)
class CorrectionAnswer:
    """What the clerk asked for: a void (``changes`` None) or a correction, and why."""

    reason: str
    changes: CorrectionDraft | None = None

    @property
    def void(self) -> bool:
        """A void (作废), not a correction."""
        return self.changes is None


class CorrectionDialog(QDialog):
    """「更正 / 作废」 one parcel: what it is now, the fields that may change (empty: unchanged),
    the reason. Enter moves on; OK with no reason says so and keeps what was typed."""

    def __init__(self, parent: QWidget | None, record: AcceptanceRecord,
                 previous: CorrectionAnswer | None = None, error: str = "") -> None:
        """Build the form, filled with ``previous`` when the service refused it (``error``)."""
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.setMinimumWidth(560)
        self.setWindowTitle(translate("IntakeCorrections", "Correct or void {number}").format(
            number=record.waybill_no))
        self.answer: CorrectionAnswer | None = None
        layout = QVBoxLayout(self)
        now = QLabel(translate(
            "IntakeCorrections", "Accepted {time} by {clerk}: {where} · {kg} kg · {mode} · "
            "¥ {total}").format(
                time=record.accepted_at.strftime("%H:%M"), clerk=record.clerk_name,
                where=place(record.province, record.city, record.district),
                kg=record.weight, mode=pay_mode_name(PayMode(record.pay_mode)),
                total=money(record.total)), self)
        now.setWordWrap(True)
        layout.addWidget(now)
        self.correct_radio = QRadioButton(translate("IntakeCorrections", "&Correct (更正)"), self)
        self.correct_radio.setObjectName("correct_radio")
        self.void_radio = QRadioButton(translate("IntakeCorrections", "&Void (作废)"), self)
        self.void_radio.setObjectName("void_radio")
        self.correct_radio.setChecked(True)
        layout.addWidget(self.correct_radio)
        layout.addWidget(self.void_radio)
        form = QFormLayout()
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("address_edit")
        self.address_edit.setMaxLength(200)
        self.weight_edit = QLineEdit(self)
        self.weight_edit.setObjectName("weight_edit")
        self.pay_mode_combo = QComboBox(self)
        self.pay_mode_combo.setObjectName("pay_mode_combo")
        self.pay_mode_combo.addItem(translate("IntakeCorrections", "(unchanged)"), "")
        for mode in PayMode:
            self.pay_mode_combo.addItem(pay_mode_name(mode), mode.value)
        self.account_edit = QLineEdit(self)
        self.account_edit.setObjectName("account_edit")
        self.account_edit.setMaxLength(16)
        self.received_edit = QLineEdit(self)
        self.received_edit.setObjectName("received_edit")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setMaxLength(200)
        for edit in (self.weight_edit, self.account_edit, self.received_edit):
            disable_input_method(edit)
        self.address_edit.setPlaceholderText(translate(
            "IntakeCorrections", "new recipient address, empty: unchanged"))
        self.weight_edit.setPlaceholderText(translate(
            "IntakeCorrections", "kg, empty: unchanged"))
        form.addRow(translate("IntakeCorrections", "&Destination"), self.address_edit)
        form.addRow(translate("IntakeCorrections", "&Weight"), self.weight_edit)
        form.addRow(translate("IntakeCorrections", "&Payment"), self.pay_mode_combo)
        form.addRow(translate("IntakeCorrections", "A&ccount code"), self.account_edit)
        form.addRow(translate("IntakeCorrections", "Cash &received"), self.received_edit)
        form.addRow(translate("IntakeCorrections", "&Reason"), self.reason_edit)
        layout.addLayout(form)
        self.error_label = QLabel(error, self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(bool(error))
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._done)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.void_radio.toggled.connect(self._mode_changed)
        for edit in (self.address_edit, self.weight_edit, self.account_edit,
                     self.received_edit):
            edit.returnPressed.connect(self.focusNextChild)
        self.reason_edit.returnPressed.connect(self._done)
        if previous is not None:
            self._fill(previous)
        self._mode_changed()
        (self.reason_edit if error else self.address_edit).setFocus()

    def _fill(self, previous: CorrectionAnswer) -> None:
        self.reason_edit.setText(previous.reason)
        if previous.changes is None:
            self.void_radio.setChecked(True)
            return
        c = previous.changes
        self.address_edit.setText(c.recipient_address)
        self.weight_edit.setText(c.weight)
        self.pay_mode_combo.setCurrentIndex(
            max(0, self.pay_mode_combo.findData(c.pay_mode.value if c.pay_mode else "")))
        self.account_edit.setText(c.account_code)
        self.received_edit.setText(c.received)

    def _mode_changed(self) -> None:
        correcting = not self.void_radio.isChecked()
        for widget in (self.address_edit, self.weight_edit, self.pay_mode_combo,
                       self.account_edit, self.received_edit):
            widget.setEnabled(correcting)

    def _done(self) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.error_label.setText(translate(
                "IntakeCorrections", "Type the reason: it goes to the audit log."))
            self.error_label.setVisible(True)
            self.reason_edit.setFocus()
            return
        if self.void_radio.isChecked():
            self.answer = CorrectionAnswer(reason)
        else:
            mode = self.pay_mode_combo.currentData()
            self.answer = CorrectionAnswer(reason, CorrectionDraft(
                recipient_address=self.address_edit.text(), weight=self.weight_edit.text(),
                pay_mode=PayMode(mode) if mode else None,
                account_code=self.account_edit.text(), received=self.received_edit.text()))
        self.accept()


def ask_correction(parent: QWidget | None, record: AcceptanceRecord,
                   previous: CorrectionAnswer | None, error: str) -> CorrectionAnswer | None:
    """Show the dialog; the answer, or None when cancelled."""
    dialog = CorrectionDialog(parent, record, previous, error)
    try:
        dialog.exec()
        return dialog.answer
    finally:
        dialog.deleteLater()
