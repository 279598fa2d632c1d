"""F2 仓库 in a real window: scan-in → search → scan-out driven by scanner events and keys
(issue 5 §1-§9)."""

from __future__ import annotations

from datetime import datetime

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.domain.scanning import RawScan
from counter_app.domain.staff import CourierKind, Role, StaffMember
from counter_app.domain.warehouse import (
    CallOutcome,
    Disposition,
    NobodyHome,
    PickupPlace,
    ProblemDetails,
    Reason,
    Requester,
)
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.services.warehouse import ScanInDraft
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.scanning import Cues
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.warehouse import WarehouseWorkspace
from tests.gui.keys import press, send_text
from tests.helpers import set_up_station

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def no(n: int) -> str:
    return f"7731652312{n:04d}"


class Clerk:
    """The logged-in warehouse clerk's workspace, with the first courier's id."""

    def __init__(self, ws: WarehouseWorkspace, clerk: StaffMember, courier_id: int) -> None:
        self.ws, self.clerk, self.courier_id = ws, clerk, courier_id


class Desk(Clerk):
    """The logged-in warehouse clerk's window, and a scanner that reads into it."""

    def __init__(self, ctl: AppController, ws: WarehouseWorkspace, clerk: StaffMember,
                 courier_id: int) -> None:
        super().__init__(ws, clerk, courier_id)
        self.ctl = ctl
        self._t = 10.0

    def scan(self, number: str) -> None:
        """A wedge read through the real gateway (validation, duplicate guard, journal)."""
        self._t += 10.0
        self.ctl.gateway.process(RawScan("wedge", number.encode(), number, self._t))

    @property
    def result(self) -> str:
        return self.ctl.window.ui.scan_result_label.text()

    @property
    def detail(self) -> str:
        return self.ctl.window.ui.scan_detail_label.text()


def open_station(services: AppServices, translations: Translations) -> int:
    """The station at 09:00 on 2026-11-23 in English: warehouse clerk 4001 赵敏 and two
    couriers; the first courier's id."""
    translations.apply("en")
    boss = set_up_station(services)
    services.staff.add(boss, "4001", "赵敏", Role.WAREHOUSE, "pw-4001")
    courier = services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    services.couriers.add(boss, "刘洋", "13905711002", CourierKind.COURIER, "教工路")
    services.clock.current = datetime(2026, 11, 23, 9, 0)  # type: ignore[attr-defined]
    return courier.id


@pytest.fixture
def lone(qtbot, services: AppServices, translations: Translations) -> Clerk:
    """The warehouse workspace alone, its clerk logged in: for tests of the workspace's own
    behaviour that need neither the scanner gateway, the window's keys (Ctrl+1…9) nor its
    result bar. Building the whole desk window is most of a GUI test's set-up (issue 14 §5)."""
    courier_id = open_station(services, translations)
    ws = WarehouseWorkspace(services)
    qtbot.add_widget(ws)
    clerk = services.auth.login("4001", "pw-4001")
    ws.activate(clerk)
    return Clerk(ws, clerk, courier_id)


@pytest.fixture
def desk(qtbot, services: AppServices, data_paths: DataPaths,
         translations: Translations) -> Desk:
    courier_id = open_station(services, translations)
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.cues = Cues(beep=lambda: None)
    clerk = services.auth.login("4001", "pw-4001")
    ctl.window.set_operator(clerk)
    ctl.window.resize(1366, 768)
    ctl.window.show()
    ctl.window.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is ctl.window)
    assert ctl.window.current_key() == "warehouse"  # the warehouse clerk opens on F2
    ws = ctl.window.workspaces["warehouse"]
    assert isinstance(ws, WarehouseWorkspace)
    assert ws.objectName() == "warehouse_workspace"
    return Desk(ctl, ws, clerk, courier_id)


type_text = send_text


def stock(services: AppServices, desk: Clerk, number: str, reason: Reason,
          details: ProblemDetails, phone: str = "") -> None:
    services.warehouse.scan_in(desk.clerk, ScanInDraft(
        waybill=number, reason=reason, details=details, recipient="王芳", phone=phone))


def pickup() -> ProblemDetails:
    return ProblemDetails(pickup_at=datetime(2026, 11, 23, 16, 0),
                          pickup_place=PickupPlace.BRANCH)


def choose(qtbot, combo, data: object) -> None:
    """Arrow down the focused combo to the item carrying ``data``."""
    assert combo.hasFocus()
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == data


def table_text(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_scan_in_names_missing_details_then_saves_and_a_rescan_says_where(
        qtbot, desk: Desk, services: AppServices, monkeypatch: pytest.MonkeyPatch,
        tmp_path) -> None:
    from pypdf import PdfReader

    ws, ui = desk.ws, desk.ws.ui
    assert ui.warehouse_tabs.currentWidget() is ui.scan_in_tab
    assert not ui.in_form.isEnabled()
    desk.scan(no(1))
    assert desk.result == "Scan in"
    assert ui.in_form.isEnabled()
    assert ui.reason_combo.hasFocus()
    press(qtbot, Qt.Key.Key_1, ALT)  # 地址不详
    assert ui.details_stack.currentWidget() is ui.unclear_page
    assert ui.unclear_reached_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # not reached: the call's time and outcome are asked for
    assert ui.unclear_reached_combo.currentText() == "Not reached"
    assert ui.unclear_call_at_edit.isVisibleTo(ui.unclear_page)
    assert not ui.unclear_address_edit.isVisibleTo(ui.unclear_page)
    type_text(ui.recipient_edit, "李娜")
    type_text(ui.phone_edit, "13812345678")
    ui.unclear_reached_combo.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    message = ui.in_message_label.text()
    assert message.startswith("Still missing: Call time, Why the call failed.")
    assert ui.unclear_call_at_edit.hasFocus()  # the first missing field
    assert services.warehouse.lookup(desk.clerk, no(1)).open_stay is None  # nothing stored
    assert ui.recipient_edit.text() == "李娜"  # nothing typed is lost
    press(qtbot, Qt.Key.Key_N)  # N: the call was just now
    press(qtbot, Qt.Key.Key_Tab)
    assert ui.unclear_outcome_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Down)  # 无人接
    press(qtbot, Qt.Key.Key_Return)
    stay = services.warehouse.lookup(desk.clerk, no(1)).open_stay
    assert stay is not None
    assert (stay.reason, stay.details.reached, stay.details.call_at,
            stay.details.call_outcome) == (Reason.ADDRESS_UNCLEAR, False,
                                           datetime(2026, 11, 23, 9, 0), CallOutcome.NO_ANSWER)
    assert (stay.recipient, stay.phone, stay.in_by) == ("李娜", "13812345678", "4001")
    assert stay.pickup_code.startswith("A-")
    assert ui.pickup_code_label.text() == stay.pickup_code
    assert ui.in_message_label.text() == f"Saved {no(1)}."
    assert ui.in_waybill_edit.hasFocus()
    # Ctrl+P: the pickup label
    monkeypatch.setattr(ws.scan_in_panel, "ask_print", lambda printer: False)
    press(qtbot, Qt.Key.Key_P, CTRL)
    (tmp_path / "label.pdf").write_bytes(ws.scan_in_panel.last_print)
    label = PdfReader(tmp_path / "label.pdf").pages[0].extract_text()
    assert stay.pickup_code in label
    assert no(1) in label
    # scanned again: where it is and since when; nothing doubled
    desk.scan(no(1))
    assert desk.result == "Already in stock"
    assert (f"{stay.pickup_code} at {stay.location}, since 2026-11-23 09:00, scanned in by "
            "赵敏（4001）") in desk.detail
    assert stay.pickup_code in ui.in_message_label.text()
    assert not ui.in_form.isEnabled()
    assert len(services.warehouse.in_stock(desk.clerk)) == 1
    # found again by the last 4 digits of the phone, with its timeline
    press(qtbot, Qt.Key.Key_3, CTRL)
    type_text(ui.search_edit, "5678")
    press(qtbot, Qt.Key.Key_Return)
    assert table_text(ui.search_table)[0][:3] == [no(1), "李* 138******78", "Address unclear"]
    assert table_text(ui.timeline_table)[0][2] == (
        f"Scanned in: Address unclear, {stay.pickup_code} · Whether the customer was reached: "
        "Not reached; Call time: 11-23 09:00; Why the call failed: No answer")


def test_search_by_phone_tail_shows_the_masked_parcel_and_its_timeline(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    stock(services, desk, no(1), Reason.SELF_PICKUP, pickup(), phone="13812345678")
    stock(services, desk, no(2), Reason.SELF_PICKUP, pickup(), phone="13900001111")
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert ui.warehouse_tabs.currentWidget() is ui.search_tab
    assert ui.search_edit.hasFocus()
    type_text(ui.search_edit, "5678")
    press(qtbot, Qt.Key.Key_Return)
    rows = table_text(ui.search_table)
    assert len(rows) == 1
    assert rows[0][:3] == [no(1), "王* 138******78", "Self-pickup"]
    assert rows[0][5] == "in stock"
    timeline = table_text(ui.timeline_table)
    assert timeline[0][:2] == ["2026-11-23 09:00", "赵敏（4001）"]
    assert timeline[0][2].startswith("Scanned in: Self-pickup, A-")
    assert "Pickup place: Branch office" in timeline[0][2]
    # a note and a message to the origin company land in the timeline
    type_text(ui.action_text_edit, "客户说下午来取")
    qtbot.mouseClick(ui.note_button, Qt.MouseButton.LeftButton)
    type_text(ui.msg_company_edit, "顺达")
    type_text(ui.action_text_edit, "客户三天未取，请示处理")
    qtbot.mouseClick(ui.message_button, Qt.MouseButton.LeftButton)
    assert [row[2] for row in table_text(ui.timeline_table)][1:] == [
        "Note: 客户说下午来取", "Message to 顺达: 客户三天未取，请示处理"]
    kinds = [e.kind for e in services.warehouse.timeline(desk.clerk, no(1))]
    assert kinds == ["in", "note", "message_out"]


def test_scan_out_for_delivery_by_scanner_and_a_second_scan_says_who_took_it(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    stock(services, desk, no(2), Reason.NOBODY_HOME, ProblemDetails(
        nobody_home=NobodyHome.TOMORROW,
        attempt_at=datetime(2026, 11, 22, 17, 5)))
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert ui.warehouse_tabs.currentWidget() is ui.scan_out_tab
    press(qtbot, Qt.Key.Key_1, ALT)  # 出仓派送
    choose(qtbot, ui.out_courier_combo, desk.courier_id)
    desk.scan(no(2))
    assert desk.result == "Out for delivery"
    assert "张伟" in desk.detail
    assert services.warehouse.lookup(desk.clerk, no(2)).open_stay is None
    last = services.warehouse.lookup(desk.clerk, no(2)).last_stay
    assert last is not None
    assert (last.disposition, last.out_by, last.out_details["courier"]) == (
        Disposition.DELIVERY, "4001", "张伟")
    assert table_text(ui.out_table)[0][1] == no(2)
    # the timeline shows it left
    desk.ws.show_tab(ui.warehouse_tabs.indexOf(ui.search_tab))
    ui.search_edit.setText(no(2))
    assert desk.ws.search_panel.search()
    assert table_text(ui.timeline_table)[1][2] == "Scanned out: Out for delivery · 张伟"
    assert not ui.actions_box.isEnabled()  # nothing more to do on a parcel that left
    # the same parcel scanned out again (from another PC, or by mistake)
    desk.ws.show_tab(ui.warehouse_tabs.indexOf(ui.scan_out_tab))
    desk.scan(no(2))
    assert desk.result == "Already out"
    assert desk.detail == (f"{no(2)} has already left: Out for delivery, scanned out by "
                           "赵敏（4001） at 2026-11-23 09:00:00.")


def test_a_return_needs_the_delivery_scan_first_then_it_leaves_labelled(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    stock(services, desk, no(3), Reason.RETURN, ProblemDetails(
        requested_by=Requester.SENDER_COMPANY, detail="发件公司要求退回"))
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_3, ALT)  # 退回业务员
    choose(qtbot, ui.out_courier_combo, desk.courier_id)
    desk.scan(no(3))
    assert desk.result == "Delivery scan first"
    assert "do the delivery scan of its area first" in desk.detail
    assert ui.no_scan_frame.isVisible()
    assert ui.area_courier_combo.currentData() == desk.courier_id
    assert services.warehouse.lookup(desk.clerk, no(3)).open_stay is not None
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert ui.out_result_label.text() == "退回张伟"
    assert not ui.no_scan_frame.isVisible()
    last = services.warehouse.lookup(desk.clerk, no(3)).last_stay
    assert last is not None
    assert (last.disposition, last.out_details["label"]) == (Disposition.RETURN_COURIER,
                                                             "退回张伟")
    kinds = [e.kind for e in services.warehouse.timeline(desk.clerk, no(3))]
    assert kinds == ["in", "delivery_scan", "out"]


def test_collection_is_checked_by_the_phone_tail(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    stock(services, desk, no(4), Reason.SELF_PICKUP, pickup(), phone="13912349876")
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_2, ALT)  # 客户自提
    assert ui.out_check_edit.hasFocus()
    type_text(ui.out_check_edit, "1111")
    desk.scan(no(4))
    assert desk.result == "Do not hand over"
    assert services.warehouse.lookup(desk.clerk, no(4)).open_stay is not None
    assert ui.out_check_edit.hasFocus()
    type_text(ui.out_check_edit, "9876")  # replaces the selected wrong tail
    desk.scan(no(4))
    assert desk.result == "Collected by the customer"
    last = services.warehouse.lookup(desk.clerk, no(4)).last_stay
    assert last is not None
    assert (last.disposition, last.out_details["checked_by"]) == (Disposition.COLLECTED,
                                                                  "phone_tail")
    assert ui.out_check_edit.text() == ""  # ready for the next customer


def test_the_board_shows_an_overdue_self_pickup(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    stock(services, desk, no(5), Reason.SELF_PICKUP, pickup())
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert ui.warehouse_tabs.currentWidget() is ui.board_tab
    assert ui.overdue_table.rowCount() == 0
    assert ui.problems_table.rowCount() == 1
    services.clock.current = datetime(2026, 11, 27, 8, 0)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert ui.board_title_label.text() == "2026-11-27: 1 overdue, 0 due today, 1 in stock"
    row = table_text(ui.overdue_table)[0]
    # WH-8 (issue 16): in on the 23rd (day 1) falls due on the 25th, no longer the 26th
    assert row[:3] == [no(5), "11-25",
                       "Self-pickup not collected: message the origin company, return"]
    assert table_text(ui.problems_table)[0][1] == "4"  # days in stock


def test_a_headless_parcel_is_matched_from_the_scan_in_tab(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    record = services.warehouse.add_headless(desk.clerk, "蓝色纸箱，约3公斤")
    assert record.id is not None
    desk.ws.show_tab(ui.warehouse_tabs.indexOf(desk.ws.headless_page))
    desk.ws.headless_page.match_requested.emit(record.id, record.description)
    assert ui.warehouse_tabs.currentWidget() is ui.scan_in_tab
    assert f"headless #{record.id}" in ui.in_mode_label.text()
    desk.scan(no(6))
    press(qtbot, Qt.Key.Key_9, ALT)  # 错分件: nothing more to record
    press(qtbot, Qt.Key.Key_Return)
    assert ui.in_message_label.text() == f"Saved {no(6)}."
    assert ui.in_mode_label.text() == ""
    assert services.warehouse.headless(desk.clerk) == []
    stay = services.warehouse.lookup(desk.clerk, no(6)).open_stay
    assert stay is not None
    assert (stay.reason, stay.headless_id, stay.location) == (Reason.MISSORTED, record.id, "R")


def test_changing_the_reason_reuses_the_scan_in_form(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    stock(services, desk, no(7), Reason.ADDRESS_UNCLEAR, ProblemDetails(
        reached=False, call_at=datetime(2026, 11, 23, 8, 40),
        call_outcome=CallOutcome.SWITCHED_OFF), phone="13812345678")
    press(qtbot, Qt.Key.Key_3, CTRL)
    type_text(ui.search_edit, no(7))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(ui.update_details_button, Qt.MouseButton.LeftButton)
    assert ui.warehouse_tabs.currentWidget() is ui.scan_in_tab
    assert ui.unclear_reached_combo.currentText() == "Not reached"
    assert ui.unclear_outcome_combo.currentText() == "Switched off"
    ui.unclear_reached_combo.setCurrentIndex(1)  # reached after all: where, and when
    ui.unclear_address_edit.setFocus()
    type_text(ui.unclear_address_edit, "搬地方")
    press(qtbot, Qt.Key.Key_Return)
    assert ui.in_message_label.text() == (
        "Write the full address (at least 6 characters), not just 「搬地方」.")
    assert ui.unclear_address_edit.hasFocus()
    ui.unclear_address_edit.setText("文三路100号3单元502室")
    press(qtbot, Qt.Key.Key_Return)
    assert ui.in_message_label.text() == (
        "Still missing: Time the customer wants it. A problem parcel without its details is "
        "neither returned nor messaged.")
    assert ui.unclear_wanted_edit.hasFocus()
    type_text(ui.unclear_wanted_edit, "明天14点后")
    press(qtbot, Qt.Key.Key_Return)
    assert ui.warehouse_tabs.currentWidget() is ui.search_tab
    assert ui.search_message_label.text() == f"New details of {no(7)} recorded."
    stay = services.warehouse.lookup(desk.clerk, no(7)).open_stay
    assert stay is not None
    assert (stay.details.reached, stay.details.address, stay.details.call_at) == (
        True, "文三路100号3单元502室", None)
    assert table_text(ui.timeline_table)[1][2].startswith("Reason recorded again: Address "
                                                          "unclear")


def test_pickup_label_goes_to_the_label_printer_without_a_dialog(
        qtbot, desk: Desk, services: AppServices, tmp_path) -> None:
    """Issue 17 §2: with a raw label printer set, Ctrl+P sends TSPL and logs who printed."""
    from tests.raw_print_helpers import read_tspl

    printer = tmp_path / "lp0"
    desk.ctl.prefs.raw_printers = {"label": {"language": "tspl", "size": "40x30",
                                             "target": f"file:{printer}"}}
    desk.ws.scan_in_panel.ask_print = lambda _printer: pytest.fail("no dialog")  # type: ignore[method-assign]
    stock(services, desk, no(8), Reason.SELF_PICKUP, pickup())
    desk.ws.scan_in_panel._last_in = no(8)  # as a scan-in through the form leaves it
    stay = services.warehouse.lookup(desk.clerk, no(8)).open_stay
    assert stay is not None
    with qtbot.wait_signal(desk.ctl.raw_printing.printed, timeout=10_000) as blocker:
        desk.ws.scan_in_panel.print_label()
    assert blocker.args[0].ok
    assert "sent to the label printer" in desk.ws.ui.in_message_label.text()
    drawn = read_tspl(printer.read_bytes())
    assert drawn.size_mm == (40.0, 30.0)
    assert drawn.barcodes == [no(8)]
    (entry,) = desk.ctl.raw_printing.log.entries()
    assert (entry.document, entry.key, entry.who) == ("label", no(8), "4001 赵敏")
    desk.ctl.raw_printing.stop()


def test_scan_out_weight_follows_the_scale(lone: Clerk) -> None:
    """Issue 17 §1: EMS forwarding and the air return fee weigh on the scale."""
    from PySide6.QtCore import QObject, Signal

    from counter_app.hardware.scale_frames import ScaleReading

    class Scale(QObject):
        weighed = Signal(object)

    scale = Scale()
    lone.ws.attach_scale(scale)  # type: ignore[arg-type]
    edit = lone.ws.ui.out_weight_edit
    scale.weighed.emit(ScaleReading(grams=2300, stable=False))
    assert edit.text() == ""
    scale.weighed.emit(ScaleReading(grams=2300, stable=True))
    assert edit.text() == "2.3"
    assert lone.ws.scan_out_panel.weight_follower.weighed_grams() == 2300


def test_a_scan_in_does_not_reload_the_board_until_it_is_shown(
        qtbot, desk: Desk, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    ws, ui = desk.ws, desk.ws.ui
    loads: list[int] = []
    board = services.warehouse.board
    monkeypatch.setattr(services.warehouse, "board",
                        lambda actor: loads.append(1) or board(actor))
    desk.scan(no(1))
    press(qtbot, Qt.Key.Key_1, ALT)  # 地址不详, reached: only who and the phone
    type_text(ui.recipient_edit, "李娜")
    type_text(ui.phone_edit, "13812345678")
    ui.unclear_reached_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    ui.unclear_call_at_edit.setFocus()
    press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert ui.in_message_label.text() == f"Saved {no(1)}."
    assert loads == []  # the board is on another tab: not reloaded by the scan-in
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert ui.warehouse_tabs.currentWidget() is ui.board_tab
    assert loads == [1]
    assert ui.problems_table.rowCount() == 1  # shown, it has the new parcel
    assert ws.ui.problems_table.item(0, 0).text() == no(1)


def test_the_scan_out_list_of_a_long_session_stays_bounded(lone: Clerk) -> None:
    """Issue 21 §2: 3,000 scan-outs in one session made every scan refill an ever longer
    table; the list keeps the newest SESSION_LINES, newest first."""
    from counter_app.domain.warehouse import Disposition, NobodyHome, ProblemDetails, Reason
    from counter_app.services.ports import StayRecord
    from counter_app.services.warehouse import ScanOutResult
    from counter_app.ui.workspaces.warehouse_scan_out import SESSION_LINES, OutLine

    def line(n: int) -> OutLine:
        stay = StayRecord(
            waybill_no=no(n), reason=Reason.NOBODY_HOME,
            details=ProblemDetails(nobody_home=NobodyHome.TOMORROW,
                                   attempt_at=datetime(2026, 11, 23, 8, 0)),
            location="A1", in_at=datetime(2026, 11, 23, 8, 0), in_by="4001",
            out_at=datetime(2026, 11, 23, 9, 0), out_by="4001",
            disposition=Disposition.DELIVERY, id=n)
        return OutLine(datetime(2026, 11, 23, 9, 0), ScanOutResult(stay))

    for n in range(1, SESSION_LINES + 51):
        lone.ws.scan_out_panel.remember_out(line(n))
    table = lone.ws.ui.out_table
    assert table.rowCount() == SESSION_LINES
    assert table.item(0, 1).text() == no(SESSION_LINES + 50)  # the newest on top
    assert table.item(SESSION_LINES - 1, 1).text() == no(51)
