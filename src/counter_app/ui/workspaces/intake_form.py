"""The counter form's live side (F1 收寄, CI-1 … CI-8): what the clerk sees while typing —
the contents check and air steering (CI-2, CI-3), the known sender (实名收寄), the destination's
service area (CI-6), the fee and change (CI-8) — and the form read back as an ``AcceptDraft``.
A mixin of ``IntakeWorkspace``; the acceptance, refusal and slips stay there."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.identity import DocumentKind
from counter_app.domain.intake import ContentsVerdict, PayMode, Transport, needs_packing_advice
from counter_app.domain.receipts import money
from counter_app.domain.service_area import AreaStatus
from counter_app.domain.staff import StaffMember
from counter_app.services.intake import IntakeService
from counter_app.services.intake_drafts import AcceptDraft, SenderView
from counter_app.ui.forms.ui_intake_workspace import Ui_IntakeWorkspace
from counter_app.ui.look import ERROR_STYLE as RED
from counter_app.ui.look import OK_STYLE as GREEN
from counter_app.ui.look import WARN_STYLE as AMBER
from counter_app.ui.messages import (
    air_kind_name,
    area_status_name,
    describe,
    document_name,
    fee_line_name,
)
from counter_app.ui.scale import WeightFollower
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import fit_height
from counter_app.ui.widgets.tables import fill_table

translate = QCoreApplication.translate
BANNER_RED = "background: #fdecea; color: #b00020; font-weight: bold; padding: 4px;"
BANNER_AMBER = "background: #fff4d6; color: #7a5200; font-weight: bold; padding: 4px;"
REPRICE_MS = 150
"""Typing pauses this long before the fee is recomputed."""


_E = TypeVar("_E", bound=StrEnum)


def _enum(kind: type[_E], value: object) -> _E | None:
    """A combo's item data back as its enum (Qt hands a StrEnum back as a plain str)."""
    return None if value is None or value == "" else kind(str(value))



class IntakeForm:
    """The live checks and the draft of the counter form (mixed into ``IntakeWorkspace``)."""

    ui: Ui_IntakeWorkspace
    _intake: IntakeService
    _operator: StaffMember | None
    _verdict: ContentsVerdict | None
    _total: Decimal | None
    _steered: bool
    _addresses_prepared: bool
    _reprice_timer: QTimer
    entry_fee_edit: QLineEdit
    weight_follower: WeightFollower

    def _pay_mode(self) -> PayMode | None:
        return _enum(PayMode, self.ui.pay_mode_combo.currentData())

    def _transport(self) -> Transport | None:
        return _enum(Transport, self.ui.transport_combo.currentData())


    # --- (1) contents ------------------------------------------------------------------------
    def check_contents(self) -> None:
        """Live check of the declared contents (CI-2, CI-3) as the clerk types."""
        ui = self.ui
        try:
            verdict = self._intake.check_contents(ui.contents_edit.text(), ui.liquid_edit.text())
        except DomainError as err:
            self._banner(describe(err), BANNER_AMBER)
            return
        self._verdict = verdict
        lines: list[str] = []
        style = BANNER_AMBER
        for match in verdict.prohibited:
            style = BANNER_RED
            lines.append(translate(
                "IntakeWorkspace", "PROHIBITED — category {n} {name} ({words}): refuse the "
                "parcel; pressing Accept records the refusal.").format(
                    n=match.number, name=match.category.name_zh,
                    words="、".join(match.keywords)))
        if verdict.refused_fragile:
            style = BANNER_RED
            lines.append(translate(
                "IntakeWorkspace", "Fragile ({words}): this station does not accept fragile "
                "items.").format(words="、".join(verdict.fragile)))
        elif verdict.fragile_mark:
            lines.append(translate(
                "IntakeWorkspace", "Fragile ({words}): accept with the 易碎 mark; pack it with "
                "padding in a carton.").format(words="、".join(verdict.fragile)))
        if verdict.air and not verdict.prohibited:
            # A prohibited parcel is refused: "goes by land" beside "refuse" would contradict it.
            kinds = "、".join(air_kind_name(r.kind) for r in verdict.air)
            lines.append(translate(
                "IntakeWorkspace", "No air ({kinds}): goes by land; the slip says 航空禁运."
            ).format(kinds=kinds))
        self._steer(verdict)
        if lines:
            self._banner("\n".join(lines), style)
        else:
            ui.verdict_label.setVisible(False)
            ui.verdict_label.clear()

    def _banner(self, text: str, style: str) -> None:
        self.ui.verdict_label.setStyleSheet(style)
        self.ui.verdict_label.setText(text)
        self.ui.verdict_label.setVisible(True)

    def _steer(self, verdict: ContentsVerdict) -> None:
        """An air-restricted parcel is switched to land and air is not offered (CI-3)."""
        ui = self.ui
        model = ui.transport_combo.model()
        air = ui.transport_combo.findData(Transport.AIR.value)
        item = model.item(air) if hasattr(model, "item") else None
        if item is not None:
            item.setEnabled(not verdict.air_banned)
        if verdict.air_banned and self._transport() is Transport.AIR:
            self._steered = True
            ui.transport_combo.setCurrentIndex(ui.transport_combo.findData(Transport.LAND.value))
        self._transport_changed()

    def _transport_changed(self) -> None:
        ui = self.ui
        if (self._verdict is not None and self._verdict.air_banned
                and not self._verdict.prohibited):
            text = translate("IntakeWorkspace", "航空禁运: by land only.")
            if self._steered:
                text = translate("IntakeWorkspace",
                                 "Changed to land: 航空禁运 (tell the customer).")
            ui.transport_hint_label.setStyleSheet(AMBER)
            ui.transport_hint_label.setText(text)
        else:
            self._steered = False
            ui.transport_hint_label.clear()

    # --- sender (real name) ------------------------------------------------------------------
    def recall_sender(self) -> None:
        """A known phone number fills the sender and shows the registered document masked.
        The look-up runs on the worker thread (issue 15 §1: a locked database's wait never
        freezes the counter); the clerk types on meanwhile and nothing typed is replaced."""
        ui = self.ui
        phone = ui.sender_phone_edit.text().strip()
        ui.sender_hint_label.clear()
        ui.doc_number_edit.setPlaceholderText("")
        fit_height(ui.sender_hint_label)
        operator = self._operator
        if operator is None or not phone:
            return

        def recalled(sender: SenderView | None) -> None:
            if ui.sender_phone_edit.text().strip() != phone:
                return  # the phone changed meanwhile: its own look-up answers
            try:
                self._recalled(sender)
            finally:
                fit_height(ui.sender_hint_label)

        def failed(err: BaseException) -> None:
            if not isinstance(err, DomainError):
                raise err
            ui.sender_hint_label.setStyleSheet(RED)
            ui.sender_hint_label.setText(describe(err))
            fit_height(ui.sender_hint_label)

        run_in_background(lambda: self._intake.recall_sender(operator, phone), recalled,
                          failed, parent=cast(QWidget, self))  # the workspace

    def _recalled(self, sender: SenderView | None) -> None:
        ui = self.ui
        if sender is None:
            ui.sender_hint_label.setStyleSheet(AMBER)
            ui.sender_hint_label.setText(translate(
                "IntakeWorkspace", "New sender: check the identity document and type its "
                "number (实名收寄)."))
            return
        if not ui.sender_name_edit.text().strip():
            ui.sender_name_edit.setText(sender.name)
        if not ui.sender_address_edit.text().strip():
            ui.sender_address_edit.setText(sender.address)
        if sender.doc_kind is not None:
            ui.doc_kind_combo.setCurrentIndex(ui.doc_kind_combo.findData(sender.doc_kind.value))
        ui.doc_number_edit.setPlaceholderText(sender.doc_shown)
        ui.sender_hint_label.setStyleSheet(GREEN)
        ui.sender_hint_label.setText(translate(
            "IntakeWorkspace", "Known sender ({doc} {number}): leave the number empty to use "
            "it.").format(doc=document_name(sender.doc_kind)
                                       if sender.doc_kind else "", number=sender.doc_shown))

    # --- (2) destination ---------------------------------------------------------------------
    def _prepare_addresses(self) -> None:
        """The first keystroke of an address loads the address library on the worker thread
        (not at start-up: issue 18 §4)."""
        if not self._addresses_prepared:
            self._addresses_prepared = True
            run_in_background(self._intake.prepare_addresses, lambda _none: None)

    def resolve_destination(self) -> None:
        """Resolve the address and say what the service area says (CI-6)."""
        try:
            self._resolve_destination()
        finally:
            fit_height(self.ui.destination_label)

    def _resolve_destination(self) -> None:
        ui = self.ui
        if not ui.recipient_address_edit.text().strip():
            ui.destination_label.clear()
            return
        try:
            destination = self._intake.resolve_destination(ui.recipient_address_edit.text())
        except DomainError as err:
            ui.destination_label.setStyleSheet(RED)
            ui.destination_label.setText(describe(err))
            return
        decision = destination.decision
        style = {AreaStatus.SERVED: GREEN, AreaStatus.EMS: AMBER,
                 AreaStatus.OUT_OF_AREA: RED}[decision.status]
        text = f"{destination.text} · {area_status_name(decision.status)}"
        if decision.rule is not None and decision.rule.note:
            text += f"（{decision.rule.note}）"
        if decision.missing:
            style = RED
            text += " · " + (translate("IntakeWorkspace", "which district? Add it to the address.")
                             if decision.missing == "district"
                             else translate("IntakeWorkspace", "which city? Add it to the "
                                            "address."))
        ui.destination_label.setStyleSheet(style)
        ui.destination_label.setText(text)

    # --- (3) payment and (5) fee -------------------------------------------------------------
    def _pay_mode_changed(self) -> None:
        ui = self.ui
        mode = self._pay_mode()
        ui.account_combo.setEnabled(mode is PayMode.ACCOUNT)
        ui.received_edit.setEnabled(mode is PayMode.CASH)
        if mode is not PayMode.CASH:
            ui.received_edit.clear()
        self._schedule_reprice()

    def _schedule_reprice(self) -> None:
        self._reprice_timer.start()

    def reprice(self) -> None:
        """Show the fee and its breakdown for what is typed so far (CI-8)."""
        ui = self.ui
        self._reprice_timer.stop()
        try:
            priced = self._intake.price(self.draft())
        except DomainError as err:
            self._total = None
            fill_table(ui.fee_table, [translate("IntakeWorkspace", "Item"),
                                      translate("IntakeWorkspace", "元")], [], [])
            ui.total_label.setStyleSheet("font-size: 12pt; color: #555;")
            ui.total_label.setText(describe(err))
            ui.total_label.setWordWrap(True)
            self._show_change()
            return
        q = priced.quote
        rows = [[fee_line_name(line.kind.value)
                 + (f" {priced.quote.zone.name}" if line.kind.value == "freight" else "")
                 + (f" ×{line.quantity}" if line.quantity != 1 else ""), money(line.amount)]
                for line in q.lines]
        keys: list[object] = [line.kind.value for line in q.lines]
        total = q.total
        entry = self._entry_fee()
        if entry:  # WH-18 (issue 16 §7): the 进仓费 as its own line, in the total
            rows.append([translate("IntakeWorkspace", "进仓费"), money(entry)])
            keys.append("entry_fee")
            total += entry
        fill_table(ui.fee_table, [translate("IntakeWorkspace", "Item"),
                                  translate("IntakeWorkspace", "元")], rows, keys)
        weight = translate("IntakeWorkspace", "{kg} kg chargeable").format(
            kg=f"{q.chargeable_weight.normalize():f}")
        self._total = total
        if needs_packing_advice(q.chargeable_weight, self._dimensions()):
            weight += " · " + translate(
                "IntakeWorkspace", "large or heavy: pack it in a carton (sold here)")
        ui.total_label.setStyleSheet("font-size: 22pt; font-weight: bold;")
        ui.total_label.setText(f"¥ {money(total)}   <small>{weight}</small>")
        self._show_change()

    def _entry_fee(self) -> Decimal | None:
        """The 进仓费 typed for this parcel, when it is a number above 0."""
        try:
            value = Decimal(self.entry_fee_edit.text().strip() or "0")
        except ArithmeticError:
            return None
        return value if value.is_finite() and value > 0 else None

    def charge_entry_fee(self, total: Decimal) -> None:
        """WH-18: the calculator's 进仓费 is charged with the parcel being accepted."""
        self.entry_fee_edit.setText(money(total))
        self.ui.intake_tabs.setCurrentWidget(self.ui.accept_tab)
        self.entry_fee_edit.setFocus()

    def _dimensions(self) -> tuple[Decimal, Decimal, Decimal] | None:
        ui = self.ui
        try:
            sides = tuple(Decimal(e.text().strip()) for e in (ui.length_edit, ui.width_edit,
                                                              ui.height_edit))
        except ArithmeticError:
            return None
        return (sides[0], sides[1], sides[2])

    def _show_change(self) -> None:
        ui = self.ui
        text = ui.received_edit.text().strip()
        if self._total is None or not text or not ui.received_edit.isEnabled():
            ui.change_label.clear()
            return
        try:
            received = Decimal(text)
        except ArithmeticError:
            ui.change_label.setStyleSheet(RED)
            ui.change_label.setText(translate("IntakeWorkspace", "not an amount"))
            return
        if received < self._total:
            ui.change_label.setStyleSheet(RED)
            ui.change_label.setText(translate("IntakeWorkspace", "short by ¥ {n}").format(
                n=money(self._total - received)))
            return
        ui.change_label.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1b5e20;")
        ui.change_label.setText(translate("IntakeWorkspace", "Change ¥ {n}").format(
            n=money(received - self._total)))

    # --- accept ------------------------------------------------------------------------------
    def draft(self) -> AcceptDraft:
        """The form as it stands."""
        ui = self.ui
        packaging: tuple[tuple[str, int], ...] = ()
        if ui.packaging_combo.currentData() and ui.packaging_spin.value() > 0:
            packaging = ((ui.packaging_combo.currentData(), ui.packaging_spin.value()),)
        return AcceptDraft(
            waybill=ui.waybill_edit.text(), contents=ui.contents_edit.text(),
            quantity=str(ui.quantity_spin.value()), liquid_ml=ui.liquid_edit.text(),
            sender_name=ui.sender_name_edit.text(), sender_phone=ui.sender_phone_edit.text(),
            sender_address=ui.sender_address_edit.text(),
            doc_kind=_enum(DocumentKind, ui.doc_kind_combo.currentData()),
            doc_number=ui.doc_number_edit.text(),
            recipient_name=ui.recipient_name_edit.text(),
            recipient_phone=ui.recipient_phone_edit.text(),
            recipient_address=ui.recipient_address_edit.text(),
            transport=self._transport() or Transport.LAND, weight=ui.weight_edit.text(),
            length=ui.length_edit.text(), width=ui.width_edit.text(),
            height=ui.height_edit.text(), declared_value=ui.declared_edit.text(),
            cod_amount=ui.cod_edit.text(), packaging=packaging,
            pay_mode=self._pay_mode(),
            account_code=ui.account_combo.currentData() or "",
            received=ui.received_edit.text(), inspected=ui.inspected_check.isChecked(),
            override_total=ui.override_edit.text(),
            override_reason=ui.override_reason_edit.text(),
            weighed_grams=self.weight_follower.weighed_grams(),
            entry_fee=self.entry_fee_edit.text(),
        )

