"""The 客服 workspace's 业务部 pages (CS-8) and its settings: pickup orders to the area courier,
the day's lists per courier, couriers' changes announced to the desk, goods a courier reports
passed to the driver; and, for supervisors, the reply clocks with the desk's open days, the
pickup times and the 分点 list (each a versioned station setting)."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox

from counter_app.domain.errors import DomainError, FieldInvalid, StaleEdit
from counter_app.domain.service_desk import (
    DriverNotice,
    PickupOrder,
    PickupRules,
    ReplyClock,
    branches_text,
    parse_branches,
)
from counter_app.domain.staff import Courier, CourierKind, StaffMember
from counter_app.paths import report_font
from counter_app.services.concurrency import Versioned
from counter_app.services.service_desk_pickups import (
    CourierNotice,
    DriverNoticeDraft,
    PickupDraft,
    PickupResult,
)
from counter_app.ui.deferred import deferred
from counter_app.ui.messages import describe
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.tables import fill_table
from counter_app.ui.workspaces.service_desk_base import DeskPage

if TYPE_CHECKING:
    from counter_app.reports.service_desk_lists import render_pickups_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    render_pickups_pdf = deferred("counter_app.reports.service_desk_lists", "render_pickups_pdf")

translate = QCoreApplication.translate


class DeskPickupsPage(DeskPage):
    """Pickups, driver notices and the desk's settings."""

    _clock_version: int | None
    _branches_version: int | None
    _rules_version: int | None

    def _connect_pickups(self, today: date) -> None:
        ui = self.ui
        self._clock_version = self._branches_version = self._rules_version = None
        ui.pickup_button.clicked.connect(self.take_pickup)
        ui.pickups_button.clicked.connect(self.show_pickups)
        ui.pickups_print_button.clicked.connect(self.export_pickups)
        ui.pickup_day_edit.setDate(QDate(today.year, today.month, today.day))
        ui.tell_driver_button.clicked.connect(self.tell_driver)
        ui.save_clock_button.clicked.connect(self.save_clock)
        ui.save_branches_button.clicked.connect(self.save_branches)
        ui.save_pickup_rules_button.clicked.connect(self.save_pickup_rules)

    def _day_checks(self) -> list[QCheckBox]:
        ui = self.ui
        return [ui.day0_check, ui.day1_check, ui.day2_check, ui.day3_check, ui.day4_check,
                ui.day5_check, ui.day6_check]

    # --- pickup orders (CS-8) ---------------------------------------------------------------

    def take_pickup(self) -> None:
        """Take the order; say which courier, when, and what to tell the caller."""
        ui = self.ui
        result = self._submit(
            ui.pickup_message_label,
            lambda op: self._desk.log_pickup(op, PickupDraft(
                ui.pickup_caller_edit.text(), ui.pickup_phone_edit.text(),
                ui.pickup_address_edit.text(), ui.pickup_note_edit.text())),
            pickup_text,
            (ui.pickup_caller_edit, ui.pickup_phone_edit, ui.pickup_address_edit,
             ui.pickup_note_edit))
        if result is None:
            return
        if result.courier is None:  # no courier: the clerk must offer the 分点
            self._say(ui.pickup_message_label, pickup_text(result), error=True)
        day = result.order.not_before.date()
        ui.pickup_day_edit.setDate(QDate(day.year, day.month, day.day))
        self.show_pickups()

    def _pickup_day(self) -> date:
        day = self.ui.pickup_day_edit.date().toPython()
        assert isinstance(day, date)
        return day

    def show_pickups(self) -> None:
        """The chosen day's pickups by courier, and the drivers' runs of that day."""
        if self._operator is None:
            return
        operator, day = self._operator, self._pickup_day()
        run_in_background(
            lambda: (self._desk.pickups_for(operator, day), self._desk.driver_runs(operator, day),
                     self._desk.couriers(operator), self._desk.pickup_rules()),
            self._fill_pickups, self._pickups_failed, parent=self._widget)

    def _pickups_failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            raise err
        self._say(self.ui.pickup_message_label, describe(err), error=True)

    def show_courier_notices(self) -> None:
        """Couriers' area and phone changes of the week, above the pickup form (CS-8)."""
        if self._operator is None:
            return
        operator = self._operator
        run_in_background(lambda: self._desk.courier_notices(operator), self._show_notices,
                          self._pickups_failed, parent=self._widget)

    def _show_notices(self, notices: list[CourierNotice]) -> None:
        lines = [translate("ServiceDesk", "{at} {courier}: area {before} → {after}")
                 if n.what == "area" else
                 translate("ServiceDesk", "{at} {courier}: phone {before} → {after}")
                 for n in notices]
        self.ui.pickup_message_label.setStyleSheet("color: #8a4b00;")
        self.ui.pickup_message_label.setText("\n".join(
            line.format(at=n.at.strftime("%m-%d"), courier=n.courier, before=n.before,
                        after=n.after) for line, n in zip(lines, notices, strict=True)))

    def _fill_pickups(self, loaded: tuple[list[PickupOrder], list[DriverNotice],
                                          list[Courier], PickupRules]) -> None:
        orders, runs, couriers, rules = loaded
        self.ui.pickup_group.setTitle(translate(
            "ServiceDesk", "Pickup order (CS-8: from {start}; taken after {closes}, for "
            "tomorrow; before {noon}, give the courier's phone)").format(
            start=rules.earliest.strftime("%H:%M"), closes=rules.desk_closes.strftime("%H:%M"),
            noon=rules.morning_until.strftime("%H:%M")))
        rows = [[o.courier_name or translate("ServiceDesk", "(no courier: 分点)"),
                 o.not_before.strftime("%H:%M"), o.caller_name, o.caller_phone, o.address,
                 o.note] for o in orders]
        fill_table(self.ui.pickups_table, [
            translate("ServiceDesk", "Courier"), translate("ServiceDesk", "From"),
            translate("ServiceDesk", "Caller"), translate("ServiceDesk", "Phone"),
            translate("ServiceDesk", "Address"), translate("ServiceDesk", "Note")],
            rows, list(range(len(rows))))
        fill_table(self.ui.driver_runs_table, [
            translate("ServiceDesk", "Driver"), translate("ServiceDesk", "Told at"),
            translate("ServiceDesk", "Reported by"), translate("ServiceDesk", "Where"),
            translate("ServiceDesk", "Goods"), translate("ServiceDesk", "Clerk")],
            [[n.driver_name, n.taken_at.strftime("%m-%d %H:%M"), n.courier_name, n.place,
              n.goods, self._people.label(n.taken_by)] for n in runs], [n.id for n in runs])
        _fill_people(self.ui.driver_courier_combo,
                     [c for c in couriers if c.kind is CourierKind.COURIER])
        _fill_people(self.ui.driver_combo, [c for c in couriers if c.kind is CourierKind.DRIVER],
                     phones=True)

    def tell_driver(self) -> None:
        """A courier reported goods at a customer: record that the driver was told, for the
        driver's run (CS-8)."""
        ui = self.ui
        driver = ui.driver_combo.currentData()
        if self._submit(
                ui.driver_message_label,
                lambda op: self._desk.tell_driver(op, DriverNoticeDraft(
                    ui.driver_courier_combo.currentText(), ui.driver_place_edit.text(),
                    ui.driver_goods_edit.text(), int(driver) if driver is not None else None)),
                lambda n: translate(
                    "ServiceDesk", "{driver} told: goods at {place}, on the run of {day}."
                ).format(driver=n.driver_name, place=n.place, day=n.run_day.isoformat()),
                (ui.driver_place_edit, ui.driver_goods_edit)) is not None:
            self.show_pickups()

    def export_pickups(self) -> None:
        """The chosen day's pickups, one page per courier, and the drivers' runs, as PDF."""
        if self._operator is None:
            return
        operator, day = self._operator, self._pickup_day()
        name, font = self._station_name(), report_font()
        self._export(f"取件清单-{day.isoformat()}.pdf",
                     lambda: render_pickups_pdf(self._desk.pickups_for(operator, day), day,
                                                name, font,
                                                self._desk.driver_runs(operator, day)),
                     self.ui.pickup_message_label, "PDF (*.pdf)")

    # --- the desk's settings (CS-2 clocks and days, CS-8 times and branches; supervisor) ----

    def load_desk_settings(self) -> None:
        """Show the clocks, the open days, the pickup times and the 分点 list with the
        versions a save names."""
        clock = self._desk.reply_clock_versioned()
        self._clock_version = clock.version
        ui, value = self.ui, clock.value
        ui.customer_minutes_spin.setValue(value.customer_minutes)
        ui.network_minutes_spin.setValue(value.network_minutes)
        ui.warn_minutes_spin.setValue(value.warn_minutes)
        for edit, moment in ((ui.opens_edit, value.opens), (ui.closes_edit, value.closes),
                             (ui.morning_edit, value.morning_deadline)):
            edit.setTime(QTime(moment.hour, moment.minute))
        for day, check in enumerate(self._day_checks()):
            check.setChecked(day in value.open_days)
        self._show_rules(self._desk.pickup_rules_versioned())
        branches = self._desk.branches_versioned()
        self._branches_version = branches.version
        ui.branches_edit.setPlainText(branches_text(branches.value))

    def _show_rules(self, rules: Versioned[PickupRules]) -> None:
        self._rules_version = rules.version
        ui = self.ui
        for edit, moment in ((ui.pickup_from_edit, rules.value.earliest),
                             (ui.pickup_closes_edit, rules.value.desk_closes),
                             (ui.morning_until_edit, rules.value.morning_until)):
            edit.setTime(QTime(moment.hour, moment.minute))

    def save_clock(self) -> None:
        """Save the reply clocks and the open days; deadlines already promised do not move."""
        ui = self.ui

        def save(op: StaffMember) -> None:
            clock = ReplyClock(
                customer_minutes=ui.customer_minutes_spin.value(),
                network_minutes=ui.network_minutes_spin.value(),
                opens=_hm(ui.opens_edit.time()), closes=_hm(ui.closes_edit.time()),
                morning_deadline=_hm(ui.morning_edit.time()),
                warn_minutes=ui.warn_minutes_spin.value(),
                open_days=frozenset(day for day, check in enumerate(self._day_checks())
                                    if check.isChecked()))
            self._desk.set_reply_clock(op, clock, self._clock_version)
            self._reload_versions()

        self._submit(ui.clock_message_label, save,
                     lambda _none: translate("ServiceDesk", "Reply clocks and open days saved."),
                     failed=self._stale)

    def save_pickup_rules(self) -> None:
        """Save the pickup times; orders already taken keep theirs."""
        ui = self.ui

        def save(op: StaffMember) -> None:
            rules = PickupRules(earliest=_hm(ui.pickup_from_edit.time()),
                                desk_closes=_hm(ui.pickup_closes_edit.time()),
                                morning_until=_hm(ui.morning_until_edit.time()))
            self._desk.set_pickup_rules(op, rules, self._rules_version)
            self._reload_versions()

        self._submit(ui.pickup_rules_message_label, save,
                     lambda _none: translate("ServiceDesk", "Pickup times saved."),
                     failed=self._stale)

    def _stale(self, err: DomainError) -> None:
        if isinstance(err, StaleEdit):  # what was typed stays; Save again is deliberate
            self._reload_versions()

    def _reload_versions(self) -> None:
        """The versions the next saves name."""
        self._clock_version = self._desk.reply_clock_versioned().version
        self._rules_version = self._desk.pickup_rules_versioned().version
        self._branches_version = self._desk.branches_versioned().version

    def save_branches(self) -> None:
        """Save the 分点 list."""
        if self._operator is None:
            return
        try:
            branches = parse_branches(self.ui.branches_edit.toPlainText())
            self._desk.set_branches(self._operator, branches, self._branches_version)
        except FieldInvalid as err:
            self._say(self.ui.branches_message_label, translate(
                "ServiceDesk", "Line {n}: write name | address | phone | district.").format(
                n=err.detail) if err.field == "branches" else describe(err), error=True)
            return
        except DomainError as err:
            self._say(self.ui.branches_message_label, describe(err), error=True)
            if isinstance(err, StaleEdit):
                self._reload_versions()
            return
        self._reload_versions()
        self._say(self.ui.branches_message_label, translate(
            "ServiceDesk", "{n} branch(es) saved.").format(n=len(branches)))


def _fill_people(combo: QComboBox, people: list[Courier], *, phones: bool = False) -> None:
    """Refill a courier (by name: the notice names who reported) or driver (with the phone
    to call) choice, keeping the current one."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for person in people:
        combo.addItem(f"{person.name} {person.phone}" if phones else person.name, person.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def pickup_text(result: PickupResult) -> str:
    """What to tell the caller about a pickup order (CS-8)."""
    when = result.order.not_before.strftime("%m-%d %H:%M")
    if result.courier is None:
        text = translate("ServiceDesk", "No courier serves this address. Order kept for "
                         "{when}; offer the nearest branch:").format(when=when)
        if result.branch is not None:
            text += " " + translate("ServiceDesk", "{name}, {address}, {phone}").format(
                name=result.branch.name, address=result.branch.address,
                phone=result.branch.phone)
        else:
            text += " " + translate("ServiceDesk", "(no branches set)")
        return text
    text = translate("ServiceDesk", "Order for {courier} ({area}), from {when}.").format(
        courier=result.courier.name, area=result.courier.area, when=when)
    if result.morning:
        text += " " + translate("ServiceDesk", "Morning sender: give {courier}'s phone "
                                "{phone}.").format(courier=result.courier.name,
                                                   phone=result.courier.phone)
    return text


def _hm(value: QTime) -> time:
    return time(value.hour(), value.minute())
