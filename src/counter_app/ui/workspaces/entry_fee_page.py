"""进仓费 (WH-18, issue 16 §7): the calculator on the counter's side pages and in the warehouse.
One piece by weight, several pieces, a piece above 1 m³, plus the warehouse's charge and the
entry ticket, shown as one figure 「进仓费」 with its breakdown; the numbers are station
settings a supervisor edits below the calculator."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.entry_fee import EntryFeeRules
from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import Role, StaffMember
from counter_app.services.app import AppServices
from counter_app.ui.look import ERROR_STYLE, OK_STYLE, WARN_STYLE
from counter_app.ui.messages import describe
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.workspaces.base import ScanFeedback, Workspace

translate = QCoreApplication.translate


def _rule_labels() -> dict[str, str]:
    return {
        "start_kg": translate("EntryFee", "One piece up to (kg, A)"),
        "start_price": translate("EntryFee", "Start price (元)"),
        "max_kg": translate("EntryFee", "Per kg up to (kg, B; above: negotiated)"),
        "per_kg": translate("EntryFee", "Per kg from A to B (元/kg)"),
        "group_pieces": translate("EntryFee", "Several pieces: the start price covers (pieces)"),
        "per_piece": translate("EntryFee", "Each further piece (元)"),
        "bulky_start": translate("EntryFee", "A piece above 1 m³: start (元)"),
        "per_m3": translate("EntryFee", "Each started m³ (元)"),
    }


class EntryFeePage(Workspace):
    """The 进仓费 calculator and, for a supervisor, its numbers."""

    charge_requested = Signal(object)
    """The counter's page: charge this 进仓费 (a Decimal) with the parcel being accepted."""

    def __init__(self, services: AppServices, parent: QWidget | None = None, *,
                 chargeable: bool = False) -> None:
        """Build the calculator and the settings form; ``chargeable``: the counter's page,
        whose figure can be charged with the parcel at the desk (printed on its slip)."""
        super().__init__(parent)
        self.setObjectName("entry_fee_page")
        self._services = services
        self._operator: StaffMember | None = None
        self._rules_version: int | None = None
        layout = QHBoxLayout(self)
        calc = QGroupBox(translate("EntryFee", "Quote 进仓费"), self)
        form = QFormLayout(calc)
        self.pieces_edit = QPlainTextEdit(calc)
        self.pieces_edit.setObjectName("pieces_edit")
        self.pieces_edit.setTabChangesFocus(True)
        self.pieces_edit.setPlaceholderText(translate(
            "EntryFee", "One piece per line: kg, or kg and m³ (e.g. 12.5 or 40 1.6)"))
        self.pieces_edit.setMaximumHeight(110)
        self.charge_edit = QLineEdit(calc)
        self.charge_edit.setObjectName("charge_edit")
        self.ticket_edit = QLineEdit(calc)
        self.ticket_edit.setObjectName("ticket_edit")
        for edit in (self.charge_edit, self.ticket_edit):
            disable_input_method(edit)
            edit.returnPressed.connect(self.calculate)
        self.calc_button = QPushButton(translate("EntryFee", "&Calculate"), calc)
        self.calc_button.setObjectName("calc_button")
        self.calc_button.clicked.connect(self.calculate)
        self.total_label = QLabel(calc)
        self.total_label.setObjectName("total_label")
        self.total_label.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.breakdown_label = QLabel(calc)
        self.breakdown_label.setObjectName("breakdown_label")
        self.breakdown_label.setWordWrap(True)
        self.pieces_label, self.charge_label, self.ticket_label = (
            QLabel(calc), QLabel(calc), QLabel(calc))
        self.pieces_label.setBuddy(self.pieces_edit)
        self.charge_label.setBuddy(self.charge_edit)
        self.ticket_label.setBuddy(self.ticket_edit)
        form.addRow(self.pieces_label, self.pieces_edit)
        form.addRow(self.charge_label, self.charge_edit)
        form.addRow(self.ticket_label, self.ticket_edit)
        form.addRow(self.calc_button)
        self.charge_button = QPushButton(
            translate("EntryFee", "C&harge with the parcel at the desk"), calc)
        self.charge_button.setObjectName("charge_button")
        self.charge_button.setVisible(chargeable)
        self.charge_button.setEnabled(False)
        self.charge_button.clicked.connect(self._charge)
        form.addRow(self.charge_button)
        form.addRow(self.total_label)
        form.addRow(self.breakdown_label)
        layout.addWidget(calc, 3)
        self.settings_group = QGroupBox(translate("EntryFee", "进仓费 numbers (supervisor)"),
                                        self)
        settings = QVBoxLayout(self.settings_group)
        rules_form = QFormLayout()
        self.rule_edits: dict[str, QLineEdit] = {}
        self.rule_labels: dict[str, QLabel] = {}
        for name in _rule_labels():
            edit = QLineEdit(self.settings_group)
            edit.setObjectName(f"{name}_edit")
            disable_input_method(edit)
            self.rule_edits[name] = edit
            self.rule_labels[name] = QLabel(self.settings_group)
            rules_form.addRow(self.rule_labels[name], edit)
        settings.addLayout(rules_form)
        self.save_button = QPushButton(translate("EntryFee", "&Save numbers"),
                                       self.settings_group)
        self.save_button.setObjectName("save_entry_fee_button")
        self.save_button.clicked.connect(self.save_rules)
        settings.addWidget(self.save_button)
        self.message_label = QLabel(self.settings_group)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        settings.addWidget(self.message_label)
        settings.addStretch(1)
        layout.addWidget(self.settings_group, 2)
        self._calc_group = calc
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the UI language (also on a language change)."""
        self._calc_group.setTitle(translate("EntryFee", "Quote 进仓费"))
        self.pieces_edit.setPlaceholderText(translate(
            "EntryFee", "One piece per line: kg, or kg and m³ (e.g. 12.5 or 40 1.6)"))
        self.pieces_label.setText(translate("EntryFee", "&Pieces"))
        self.charge_label.setText(translate("EntryFee", "&Warehouse's charge (元)"))
        self.ticket_label.setText(translate("EntryFee", "Entry &ticket (元)"))
        self.calc_button.setText(translate("EntryFee", "&Calculate"))
        self.charge_button.setText(translate("EntryFee", "C&harge with the parcel at the desk"))
        self.settings_group.setTitle(translate("EntryFee", "进仓费 numbers (supervisor)"))
        for name, text in _rule_labels().items():
            self.rule_labels[name].setText(text)
        self.save_button.setText(translate("EntryFee", "&Save numbers"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @override
    def title(self) -> str:
        return translate("EntryFee", "进仓费")

    @override
    def activate(self, operator: StaffMember) -> None:
        self._operator = operator
        self.settings_group.setEnabled(operator.role is Role.SUPERVISOR)
        loaded = self._services.station.entry_fee_rules_versioned()
        rules, self._rules_version = loaded.value, loaded.version
        for name, edit in self.rule_edits.items():
            edit.setText(str(getattr(rules, name)))
        if not rules.configured:
            self._say(self.breakdown_label, translate(
                "EntryFee", "The station has not set its 进仓费 numbers yet (the seed leaves "
                "them blank): a supervisor sets them on the right."), WARN_STYLE)

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        return ScanFeedback(ScanOutcome.DUPLICATE, translate("EntryFee", "Not taken here"),
                            translate("EntryFee", "{number}: the 进仓费 page takes no scans."
                                      ).format(number=event.number))

    def calculate(self) -> None:
        """The one figure 进仓费 and its breakdown, or what is wrong with the input."""
        pieces = []
        for line in self.pieces_edit.toPlainText().splitlines():
            parts = line.replace("，", " ").replace(",", " ").split()
            if parts:
                pieces.append((parts[0], parts[1] if len(parts) > 1 else ""))
        try:
            fee = self._services.station.entry_fee(pieces, self.charge_edit.text(),
                                                   self.ticket_edit.text())
        except DomainError as err:
            self.total_label.clear()
            self._say(self.breakdown_label, describe(err), ERROR_STYLE)
            self.charge_button.setEnabled(False)
            return
        self.last_fee = fee
        self.charge_button.setEnabled(not fee.negotiated)
        if fee.negotiated:
            self.total_label.setText(translate("EntryFee", "进仓费: negotiate (来电面议)"))
        else:
            self.total_label.setText(translate("EntryFee", "进仓费 ¥ {total}").format(
                total=fee.total))
        self._say(self.breakdown_label, "\n".join(fee.lines), "")

    def _charge(self) -> None:
        fee = getattr(self, "last_fee", None)
        if fee is not None and not fee.negotiated:
            self.charge_requested.emit(fee.total)

    def save_rules(self) -> None:
        """Save the numbers (supervisor, audited)."""
        if self._operator is None:
            return
        values: dict[str, object] = {}
        try:
            for f in fields(EntryFeeRules):
                text = self.rule_edits[f.name].text().strip() or "0"
                try:
                    values[f.name] = int(text) if f.name == "group_pieces" else Decimal(text)
                except (ArithmeticError, ValueError):
                    raise FieldInvalid(f.name, "number") from None
            self._services.station.set_entry_fee_rules(
                self._operator, EntryFeeRules(**values),  # type: ignore[arg-type]
                version=self._rules_version)
        except DomainError as err:  # StaleEdit names who saved in between: the typed numbers stay
            self._say(self.message_label, describe(err), ERROR_STYLE)
            return
        self._rules_version = self._services.station.entry_fee_rules_versioned().version
        self._say(self.message_label, translate("EntryFee", "进仓费 numbers saved."), OK_STYLE)

    @staticmethod
    def _say(label: QLabel, text: str, style: str) -> None:
        label.setStyleSheet(style)
        label.setText(text)
