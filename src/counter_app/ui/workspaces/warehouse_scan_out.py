"""仓库 · 出仓 (F2 scan-out, issue 5 §4, WH-4, WH-7, WH-10..WH-12): the disposition (Alt+1…5)
stays set between scans; each scan leaves at once. A return that needs the area's delivery
scan first (WH-7) offers it with Ctrl+D; EMS forwarding and the air return fee weigh on the
scale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from counter_app.domain.errors import (
    AlreadyOut,
    DomainError,
    FieldInvalid,
    NoDeliveryScan,
    PickupCheckFailed,
)
from counter_app.domain.scanning import ScanOutcome
from counter_app.domain.station import PROVINCES
from counter_app.domain.warehouse import Disposition, Payment, ems_shortfall
from counter_app.domain.warehouse_tariff import ReturnTariff, return_fee
from counter_app.services.warehouse import ScanOutDraft, ScanOutResult
from counter_app.ui.forms.ui_warehouse_workspace import Ui_WarehouseWorkspace
from counter_app.ui.look import ERROR_STYLE as RED
from counter_app.ui.look import OK_STYLE as GREEN
from counter_app.ui.messages import disposition_name
from counter_app.ui.scale import ScalePort, WeightFollower
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.keys import bind_key
from counter_app.ui.widgets.tables import show_rows
from counter_app.ui.workspaces.base import PENDING, ScanFeedback
from counter_app.ui.workspaces.warehouse_context import Panel, WarehouseContext
from counter_app.ui.workspaces.warehouse_ems import EmsFields, ReturnCityField
from counter_app.ui.workspaces.warehouse_texts import out_text, payment_name

translate = QCoreApplication.translate

SCAN_OUT_CHOICES = (
    Disposition.DELIVERY,
    Disposition.COLLECTED,
    Disposition.RETURN_COURIER,
    Disposition.RETURN_COMPANY,
    Disposition.EMS,
)
"""What the scan-out tab offers (driver pickups have their own tab; write-offs need a
stocktake)."""

SESSION_LINES = 200
"""The scan-out tab lists the newest 200 parcels of the session: a busy session (3,000 scans)
made every scan refill and re-measure an ever longer table (issue 21 §2)."""


@dataclass(frozen=True)
class OutLine:
    """A parcel scanned out during this session (the scan-out tab's list)."""

    at: datetime
    result: ScanOutResult


class ScanOutPanel(Panel):
    """The scan-out tab: the disposition and what it needs, the number, the session's list.

    Signals:
        answered(ScanFeedback): the verdict of a scan answered :data:`PENDING`.
        stock_changed(str): a parcel left.
    """

    answered = Signal(object)
    stock_changed = Signal(str)

    def __init__(self, context: WarehouseContext, ui: Ui_WarehouseWorkspace,
                 host: QWidget) -> None:
        """Bind the form's fields, keys and buttons; the EMS and city rows join the form."""
        super().__init__(context, ui, host)
        self._pending_return: str | None = None
        self._session: list[OutLine] = []
        self._tariff: ReturnTariff | None = None
        for edit in (ui.out_waybill_edit, ui.out_check_edit, ui.out_weight_edit,
                     ui.out_ems_fee_edit, ui.out_paid_edit):
            disable_input_method(edit)
        ui.out_province_combo.addItem("—", "")
        for province in PROVINCES:
            ui.out_province_combo.addItem(province, province)
        self._fill_choices()
        ui.disposition_combo.currentIndexChanged.connect(lambda _i: self._disposition_changed())
        ui.out_air_check.toggled.connect(lambda _on: self._disposition_changed(focus=False))
        for edit in (ui.out_weight_edit, ui.out_ems_fee_edit, ui.out_paid_edit):
            edit.textChanged.connect(lambda _t: self._preview_fee())
        for combo in (ui.out_province_combo, ui.out_payment_combo):
            combo.currentIndexChanged.connect(lambda _i: self._preview_fee())
        for edit in (ui.out_check_edit, ui.out_company_edit, ui.out_weight_edit,
                     ui.out_ems_fee_edit, ui.out_paid_edit):
            edit.returnPressed.connect(ui.out_waybill_edit.setFocus)
        ui.out_waybill_edit.returnPressed.connect(self._out_entered)
        self.ems_fields = EmsFields(ui.out_form, ui.disposition_box, ui.out_payment_combo)
        self.city_field = ReturnCityField(ui.out_form, ui.disposition_box, ui.out_province_combo)
        self.city_field.edit.textChanged.connect(lambda _t: self._preview_fee())
        for edit in (self.ems_fields.number_edit, self.ems_fields.destination_edit):
            edit.returnPressed.connect(ui.out_waybill_edit.setFocus)  # WH-17 (issue 16)
        # issue 17 §1: EMS forwarding and the air return fee weigh on the scale too
        self.weight_follower = WeightFollower(ui.out_weight_edit, host)
        ui.out_button.clicked.connect(self._out_entered)
        ui.delivery_scan_button.clicked.connect(self.delivery_scan_and_out)
        tab = ui.scan_out_tab
        for n in range(len(SCAN_OUT_CHOICES)):
            bind_key(tab, f"Alt+{n + 1}", partial(self.pick_disposition, n))
        bind_key(tab, "Ctrl+D", self.delivery_scan_and_out)
        bind_key(tab, "Escape", self.clear_out)
        ui.no_scan_frame.setVisible(False)
        self._disposition_changed(focus=False)
        self._show_session()

    def activate(self) -> None:
        """Fill the couriers and read the return tariff (the operator just changed)."""
        for combo in (self.ui.out_courier_combo, self.ui.area_courier_combo):
            self._ctx.fill_couriers(combo)
        self._tariff = self._wh.return_tariff()

    def retranslate(self) -> None:
        """The translated choices, labels and list again (after a language change)."""
        self._fill_choices()
        self._disposition_changed(focus=False)
        self._show_session()

    def focus(self) -> None:
        """The tab was shown: the number field."""
        self.ui.out_waybill_edit.setFocus()

    def attach_scale(self, scale: ScalePort) -> None:
        """Let the scan-out weight (EMS, air return fee) follow this PC's scale (issue 17)."""
        self.weight_follower.attach(scale)

    def _fill_choices(self) -> None:
        ui = self.ui
        keep = ui.disposition_combo.currentIndex()
        ui.disposition_combo.blockSignals(True)
        ui.disposition_combo.clear()
        for n, disposition in enumerate(SCAN_OUT_CHOICES):
            ui.disposition_combo.addItem(f"{disposition_name(disposition)}  (Alt+{n + 1})",
                                         disposition.value)
        ui.disposition_combo.setCurrentIndex(max(0, keep))
        ui.disposition_combo.blockSignals(False)
        keep_payment = ui.out_payment_combo.currentData()
        ui.out_payment_combo.clear()
        ui.out_payment_combo.addItem("—", None)
        for payment in Payment:
            ui.out_payment_combo.addItem(payment_name(payment), payment.value)
        ui.out_payment_combo.setCurrentIndex(max(0, ui.out_payment_combo.findData(keep_payment)))

    def pick_disposition(self, index: int) -> None:
        """Alt+1…5: how the next parcels leave; focus goes to what it needs."""
        if self.ui.disposition_combo.currentIndex() == index:
            self._disposition_changed()
        else:
            self.ui.disposition_combo.setCurrentIndex(index)

    def disposition(self) -> Disposition:
        """The disposition chosen for the next scans."""
        return Disposition(self.ui.disposition_combo.currentData() or Disposition.DELIVERY)

    def _disposition_changed(self, *, focus: bool = True) -> None:
        ui = self.ui
        d = self.disposition()
        returns = d in (Disposition.RETURN_COURIER, Disposition.RETURN_COMPANY)
        air = returns and ui.out_air_check.isChecked()
        form = ui.out_form
        form.setRowVisible(ui.out_courier_combo, d in (Disposition.DELIVERY,
                                                       Disposition.RETURN_COURIER,
                                                       Disposition.EMS))
        form.setRowVisible(ui.out_check_edit, d is Disposition.COLLECTED)
        form.setRowVisible(ui.out_company_edit, d is Disposition.RETURN_COMPANY)
        form.setRowVisible(ui.out_air_check, returns)
        form.setRowVisible(ui.out_province_combo, air)
        self.city_field.show(air)  # WH-11 city rows (issue 16)
        form.setRowVisible(ui.out_weight_edit, air or d is Disposition.EMS)
        for widget in (ui.out_ems_fee_edit, ui.out_paid_edit, ui.out_payment_combo):
            form.setRowVisible(widget, d is Disposition.EMS)
        self.ems_fields.show(d is Disposition.EMS)
        ui.out_courier_label.setText({
            Disposition.DELIVERY: translate("WarehouseWorkspace", "&Courier"),
            Disposition.RETURN_COURIER: translate("WarehouseWorkspace", "Back to &courier"),
            Disposition.EMS: translate("WarehouseWorkspace", "&Courier to collect a shortfall"),
        }.get(d, translate("WarehouseWorkspace", "&Courier")))
        self._preview_fee()
        if focus:
            first = {
                Disposition.DELIVERY: ui.out_courier_combo,
                Disposition.COLLECTED: ui.out_check_edit,
                Disposition.RETURN_COURIER: ui.out_courier_combo,
                Disposition.RETURN_COMPANY: ui.out_company_edit,
                Disposition.EMS: ui.out_weight_edit,
            }.get(d, ui.out_waybill_edit)
            first.setFocus()

    def _preview_fee(self) -> None:
        """WH-11 return fee / WH-12 shortfall as the clerk types (the service decides)."""
        ui = self.ui
        d = self.disposition()
        text = ""
        try:
            weight = Decimal(ui.out_weight_edit.text().strip() or "0")
            if (d in (Disposition.RETURN_COURIER, Disposition.RETURN_COMPANY)
                    and ui.out_air_check.isChecked() and self._tariff is not None
                    and ui.out_province_combo.currentData() and weight > 0):
                fee = return_fee(self._tariff, str(ui.out_province_combo.currentData()), weight,
                                 self.city_field.edit.text().strip())
                text = translate("WarehouseWorkspace", "Return fee: {fee} 元").format(fee=fee)
            elif d is Disposition.EMS and ui.out_payment_combo.currentData():
                shortfall = ems_shortfall(
                    Payment(ui.out_payment_combo.currentData()),
                    Decimal(ui.out_paid_edit.text().strip() or "0"),
                    Decimal(ui.out_ems_fee_edit.text().strip() or "0"))
                text = (translate("WarehouseWorkspace",
                                  "Short by {amount} 元: the courier collects it").format(
                    amount=shortfall) if shortfall > 0 else translate(
                    "WarehouseWorkspace", "The paid freight covers the EMS fee"))
        except (InvalidOperation, DomainError, ArithmeticError):
            text = ""
        ui.out_fee_label.setText(text)

    def _out_draft(self) -> ScanOutDraft:
        ui = self.ui
        courier = ui.out_courier_combo.currentData()
        payment = ui.out_payment_combo.currentData()
        return ScanOutDraft(
            disposition=self.disposition(),
            courier_id=int(courier) if courier is not None else None,
            check=ui.out_check_edit.text(),
            company=ui.out_company_edit.text(),
            air=ui.out_air_check.isChecked(),
            province=str(ui.out_province_combo.currentData() or ""),
            city=self.city_field.edit.text(),
            weight=ui.out_weight_edit.text(),
            ems_fee=ui.out_ems_fee_edit.text(),
            paid_freight=ui.out_paid_edit.text(),
            payment=Payment(payment) if payment else None,
            ems_no=self.ems_fields.number_edit.text(),
            ems_destination=self.ems_fields.destination_edit.text(),
        )

    def _out_entered(self) -> None:
        if self.ui.out_waybill_edit.text().strip():
            self.scan_out(self.ui.out_waybill_edit.text())

    def scan_out(self, text: str) -> ScanFeedback:
        """One parcel leaves with the chosen disposition (WH-4). The write runs on the worker
        thread (issue 15 §1, issue 21 §5: a scan-out's transaction, or a locked database's
        wait, no longer holds the window); the verdict is returned when already known (tasks
        inline), else :data:`PENDING` and it follows through ``answered``."""
        ui = self.ui
        ui.out_waybill_edit.setText(text.strip().upper())
        operator = self._ctx.operator
        if operator is None:
            return ScanFeedback(ScanOutcome.REJECTED, translate("WarehouseWorkspace", "Log in"))
        try:
            draft = self._out_draft()
        except DomainError as err:
            return self._scan_out_answer(err)
        answers: list[ScanFeedback] = []
        waiting = [False]

        def answer(outcome: ScanOutResult | BaseException) -> None:
            if isinstance(outcome, BaseException) and not isinstance(outcome, DomainError):
                raise outcome
            feedback = self._scan_out_answer(outcome)
            if waiting[0]:
                self.answered.emit(feedback)
            else:
                answers.append(feedback)

        run_in_background(lambda: self._wh.scan_out(operator, text, draft), answer, answer,
                          parent=self._host)
        if answers:
            return answers[0]
        waiting[0] = True
        return PENDING

    def _scan_out_answer(self, outcome: ScanOutResult | DomainError) -> ScanFeedback:
        """Show how a scan-out ended and say it for the result bar."""
        ui = self.ui
        describe = self._ctx.describe
        not_out = translate("WarehouseWorkspace", "Not scanned out")
        try:
            if isinstance(outcome, DomainError):
                raise outcome
            result = outcome
        except NoDeliveryScan as err:
            self._pending_return = err.waybill_no
            ui.no_scan_frame.setVisible(True)
            courier = ui.out_courier_combo.currentData()
            if courier is not None and ui.area_courier_combo.currentData() is None:
                ui.area_courier_combo.setCurrentIndex(ui.area_courier_combo.findData(courier))
            message = translate(
                "WarehouseWorkspace",
                "{message} Ctrl+D does it with the area courier and scans it out.").format(
                message=describe(err))
            self._out_result(translate("WarehouseWorkspace", "Delivery scan first"), message,
                             RED)
            ui.area_courier_combo.setFocus()
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("WarehouseWorkspace", "Delivery scan first"), message)
        except AlreadyOut as err:
            self._out_result(translate("WarehouseWorkspace", "Already out"), describe(err), RED)
            ui.out_waybill_edit.selectAll()
            ui.out_waybill_edit.setFocus()
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("WarehouseWorkspace", "Already out"), describe(err))
        except PickupCheckFailed as err:
            self._out_result(translate("WarehouseWorkspace", "Do not hand over"),
                             describe(err), RED)
            ui.out_check_edit.selectAll()
            ui.out_check_edit.setFocus()
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("WarehouseWorkspace", "Do not hand over"),
                                describe(err))
        except DomainError as err:
            message = describe(err)
            self._out_result(not_out, message, RED)
            self._focus_out_error(err)
            return ScanFeedback(ScanOutcome.REJECTED, not_out, message)
        self._pending_return = None
        ui.no_scan_frame.setVisible(False)
        stay = result.stay
        headline = result.label or disposition_name(stay.disposition or self.disposition())
        detail = f"{stay.waybill_no} · " + out_text(stay.disposition or self.disposition(),
                                                    stay.out_details)
        self._out_result(headline, detail, GREEN)
        self.remember_out(OutLine(self._ctx.services.clock.now(), result))
        self.stock_changed.emit(result.stay.waybill_no)
        ui.out_check_edit.clear()
        ui.out_waybill_edit.clear()
        if ui.out_weight_edit.text() and self.weight_follower.weighed_grams() is not None:
            ui.out_weight_edit.clear()  # the next parcel is weighed afresh
        self.weight_follower.reset()
        if self.disposition() is Disposition.COLLECTED:
            ui.out_check_edit.setFocus()
        else:
            ui.out_waybill_edit.setFocus()
        return ScanFeedback(ScanOutcome.ACCEPTED, headline, detail)

    def delivery_scan_and_out(self) -> None:
        """WH-7: the area's delivery scan, then the return that was refused."""
        ui = self.ui
        number = self._pending_return
        operator = self._ctx.operator
        if number is None or operator is None:
            return
        courier = ui.area_courier_combo.currentData()
        try:
            if courier is None:
                raise FieldInvalid("courier", "required")
            self._wh.delivery_scan(operator, number, int(courier))
        except DomainError as err:
            self._out_result(translate("WarehouseWorkspace", "Not scanned out"),
                             self._ctx.describe(err), RED)
            ui.area_courier_combo.setFocus()
            return
        self.scan_out(number)

    def _focus_out_error(self, err: DomainError) -> None:
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "courier": ui.out_courier_combo, "check": ui.out_check_edit,
            "company": ui.out_company_edit, "province": ui.out_province_combo,
            "weight": ui.out_weight_edit, "ems_fee": ui.out_ems_fee_edit,
            "paid_freight": ui.out_paid_edit, "payment": ui.out_payment_combo,
            **self.ems_fields.fields(),
        }
        target = widgets.get(err.field) if isinstance(err, FieldInvalid) else None
        (target or ui.out_waybill_edit).setFocus()

    def _out_result(self, headline: str, detail: str, style: str) -> None:
        ui = self.ui
        ui.out_result_label.setStyleSheet(style)
        ui.out_result_label.setText(headline)
        ui.out_message_label.setText(detail)

    def clear_out(self) -> None:
        """Esc: clear the number and the result, back to the scan field."""
        ui = self.ui
        ui.out_waybill_edit.clear()
        ui.out_result_label.clear()
        ui.out_message_label.clear()
        ui.no_scan_frame.setVisible(False)
        self._pending_return = None
        ui.out_waybill_edit.setFocus()

    def remember_out(self, line: OutLine) -> None:
        """Put a parcel just scanned out at the top of the session's list: one row inserted,
        the oldest dropped past SESSION_LINES, nothing re-measured (issue 21 §2)."""
        self._session.insert(0, line)
        del self._session[SESSION_LINES:]
        table = self.ui.out_table
        if table.columnCount() != len(self._session_headers()) or table.rowCount() == 0:
            self._show_session()
            return
        table.insertRow(0)
        for column, text in enumerate(self._session_cells(line)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, line.result.stay.waybill_no)
            table.setItem(0, column, item)
        while table.rowCount() > SESSION_LINES:
            table.removeRow(table.rowCount() - 1)

    @property
    def session(self) -> list[OutLine]:
        """The session's parcels, newest first (at most SESSION_LINES)."""
        return self._session

    @staticmethod
    def _session_headers() -> list[str]:
        return [translate("WarehouseWorkspace", "Time"),
                translate("WarehouseWorkspace", "Waybill"),
                translate("WarehouseWorkspace", "How it left"),
                translate("WarehouseWorkspace", "Pickup code")]

    @staticmethod
    def _session_cells(line: OutLine) -> list[str]:
        stay = line.result.stay
        return [line.at.strftime("%H:%M"), stay.waybill_no,
                out_text(stay.disposition or Disposition.DELIVERY, stay.out_details),
                stay.pickup_code]

    def _show_session(self) -> None:
        show_rows(self.ui.out_table, self._session_headers(),
                  [self._session_cells(line) for line in self._session],
                  [line.result.stay.waybill_no for line in self._session])
