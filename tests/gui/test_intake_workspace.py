"""F1 收寄 in a real window, driven by keys and scans (issue 4): a prepaid, a collect and an
account parcel, a refusal, an air-restricted parcel steered to land, bad input that keeps
what was typed, and a price override approved by a supervisor."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.domain.intake import Account, PayMode, RefusalReason, Transport
from counter_app.domain.scanning import RawScan
from counter_app.domain.staff import Role, StaffMember
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.ui import printing
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.printing import DocKind, PrintSetup
from counter_app.ui.scanning import Cues
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.intake import IntakeWorkspace
from tests.gui.keys import press, send_text
from tests.helpers import set_up_station

CTRL = Qt.KeyboardModifier.ControlModifier
ID_NUMBER = "11010519491231002X"
CREDIT_CODE = "91330106MA27XY812F"


def no(n: int) -> str:
    return f"7731652312{n:04d}"


class Desk:
    """The logged-in counter clerk's window and a scanner reading into it."""

    def __init__(self, ctl: AppController, ws: IntakeWorkspace, clerk: StaffMember,
                 boss: StaffMember) -> None:
        self.ctl, self.ws, self.clerk, self.boss = ctl, ws, clerk, boss
        self.printed: list[bytes] = []
        self._t = 10.0
        ws.ask_print = self._ask_print  # type: ignore[method-assign]
        # This PC asks before each slip, so the test sees every slip's PDF in the dialog hook.
        printing.SETUPS.set(DocKind.SLIP, PrintSetup(direct=False))

    def _ask_print(self, _printer: object) -> bool:
        self.printed.append(self.ws.last_print)
        return False

    def scan(self, number: str) -> None:
        """A wedge read through the real gateway (validation, duplicate guard, journal)."""
        self._t += 10.0
        self.ctl.gateway.process(RawScan("wedge", number.encode(), number, self._t))

    @property
    def message(self) -> str:
        return self.ws.ui.message_label.text()


@pytest.fixture
def desk(qtbot, services: AppServices, data_paths: DataPaths,
         translations: Translations) -> Desk:
    translations.apply("en")
    boss = set_up_station(services)
    services.staff.add(boss, "3001", "李明", Role.COUNTER, "pw-3001")
    services.clock.current = datetime(2026, 11, 23, 9, 0)  # type: ignore[attr-defined]
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.cues = Cues(beep=lambda: None)
    clerk = services.auth.login("3001", "pw-3001")
    ctl.window.set_operator(clerk)
    ctl.window.resize(1366, 768)
    ctl.window.show()
    ctl.window.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is ctl.window)
    assert ctl.window.current_key() == "counter"  # a counter clerk opens on F1
    ws = ctl.window.workspaces["counter"]
    assert isinstance(ws, IntakeWorkspace)
    qtbot.wait_until(lambda: ws.ui.contents_edit.hasFocus())
    return Desk(ctl, ws, clerk, boss)


def type_text(text: str) -> None:
    """Key events with their text into the focused widget, as a keyboard (or a committed IME
    candidate) sends them."""
    widget = QApplication.focusWidget()
    assert widget is not None
    send_text(widget, text)


def enter_fields(qtbot, values: list[str]) -> None:
    """Type each value and press Enter: the form moves to the next field by itself."""
    for value in values:
        type_text(value)
        press(qtbot, Qt.Key.Key_Return)


def fill_parcel(qtbot, desk: Desk, contents: str = "衣服 两件", weight: str = "1.2",
                id_number: str = ID_NUMBER) -> None:
    """The clerk's path through the form with the keyboard, in the order of CI-1."""
    ui = desk.ws.ui
    assert ui.contents_edit.hasFocus()
    enter_fields(qtbot, [contents])          # contents → pieces
    press(qtbot, Qt.Key.Key_Return)          # pieces (1) → liquid
    press(qtbot, Qt.Key.Key_Return)          # liquid (empty) → sender phone
    assert ui.sender_phone_edit.hasFocus()
    enter_fields(qtbot, ["13812345678", "张三丰"])
    assert ui.doc_kind_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    enter_fields(qtbot, [id_number, "杭州市西湖区天目山路1号", "李娜", "13900001234",
                         "江苏省南京市鼓楼区中山北路30号"])
    assert ui.pay_mode_combo.hasFocus()
    ui.weight_edit.setFocus()
    enter_fields(qtbot, [weight])


def accept(qtbot, desk: Desk) -> None:
    desk.ws.ui.inspected_check.setChecked(True)
    press(qtbot, Qt.Key.Key_Return, CTRL)


def test_prepaid_cash_parcel_by_keyboard_and_scan(qtbot, desk: Desk,
                                                  services: AppServices) -> None:
    ui = desk.ws.ui
    fill_parcel(qtbot, desk)
    assert "New sender" in ui.sender_hint_label.text()
    qtbot.wait_until(lambda: "17.00" in ui.total_label.text())  # the live fee (CI-8)
    assert ui.fee_table.rowCount() >= 1
    desk.scan(no(1))
    assert ui.waybill_edit.text() == no(1)
    assert ui.received_edit.hasFocus()
    type_text("50")
    assert "33.00" in ui.change_label.text()
    accept(qtbot, desk)
    assert "Accepted" in desk.message
    assert "change ¥ 33.00" in desk.message
    record = services.intake.slip(no(1))
    assert record.counter_mark
    assert record.total == "¥ 17.00"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(desk.printed[0])).pages)
    assert "门市" in text
    assert no(1) in text
    assert ID_NUMBER not in text
    assert ui.contents_edit.text() == ""
    assert ui.contents_edit.hasFocus()
    assert ui.recent_table.rowCount() == 1
    clerk = ui.recent_table.item(0, ui.recent_table.columnCount() - 1).text()
    assert re.fullmatch(r"\S+（\d+）", clerk)  # issue 15 §6: the name, the job number after


def test_collect_parcel(qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    fill_parcel(qtbot, desk)
    ui.pay_mode_combo.setFocus()
    ui.pay_mode_combo.setCurrentIndex(ui.pay_mode_combo.findData(PayMode.COLLECT.value))
    assert not ui.received_edit.isEnabled()
    desk.scan(no(2))
    accept(qtbot, desk)
    assert "Accepted" in desk.message, desk.message
    slip = services.intake.slip(no(2))
    assert not slip.counter_mark
    assert slip.collect_amount
    assert any("到付" in line.label for line in slip.lines)


def test_account_parcel_needs_no_personal_document(qtbot, desk: Desk,
                                                   services: AppServices) -> None:
    account = services.intake.save_account(desk.boss, Account("A01", "西湖茶叶有限公司",
                                                              credit_code=CREDIT_CODE))
    ui = desk.ws.ui
    desk.ws.activate(desk.clerk)  # the account list is read when the desk opens
    fill_parcel(qtbot, desk, id_number="")
    ui.pay_mode_combo.setCurrentIndex(ui.pay_mode_combo.findData(PayMode.ACCOUNT.value))
    assert ui.account_combo.isEnabled()
    ui.account_combo.setCurrentIndex(ui.account_combo.findData("A01"))
    desk.scan(no(3))
    accept(qtbot, desk)
    assert "Accepted" in desk.message, desk.message
    statement = services.intake.statement(account.id or 0, date(2026, 11, 1))
    assert [line.waybill_no for line in statement.lines] == [no(3)]


def test_prohibited_contents_are_refused_recorded_and_the_form_kept(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    fill_parcel(qtbot, desk, contents="过年放的鞭炮")
    assert ui.verdict_label.isVisible()
    assert "PROHIBITED" in ui.verdict_label.text()
    desk.scan(no(4))
    accept(qtbot, desk)
    assert "Refused and recorded" in desk.message
    assert ui.contents_edit.text() == "过年放的鞭炮"
    assert ui.sender_name_edit.text() == "张三丰"
    summary = services.intake.shift_summary(date(2026, 11, 23), "day")
    assert summary.total.accepted == 0
    assert summary.refusals[0].contents == "过年放的鞭炮"


def test_refusal_recorded_by_the_clerk(qtbot, desk: Desk, services: AppServices) -> None:
    desk.ws.ask_refusal = lambda: (RefusalReason.COMPETITOR, "中通单号")  # type: ignore[method-assign]
    type_text("文件")
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert "Refusal recorded" in desk.message
    lines = services.intake.shift_summary(date(2026, 11, 23), "day").refusals
    assert [(line.contents, line.reason) for line in lines] == [("文件", "同行件：中通单号")]


def test_air_restricted_parcel_is_steered_to_land_and_marked(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    ui.transport_combo.setCurrentIndex(ui.transport_combo.findData(Transport.AIR.value))
    fill_parcel(qtbot, desk, contents="充电宝 一个")
    assert ui.transport_combo.currentData() == Transport.LAND.value  # CI-3: steered
    assert "Changed to land" in ui.transport_hint_label.text()
    assert "No air" in ui.verdict_label.text()
    desk.scan(no(5))
    accept(qtbot, desk)
    assert "Accepted" in desk.message, desk.message
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(desk.printed[0])).pages)
    assert "航空禁运" in text
    assert "陆运" in text


def test_bad_id_check_digit_names_the_character_and_keeps_the_form(
        qtbot, desk: Desk, services: AppServices) -> None:
    ui = desk.ws.ui
    fill_parcel(qtbot, desk, id_number="110105194912310021")
    desk.scan(no(6))
    accept(qtbot, desk)
    assert "check character" in desk.message
    assert "X" in desk.message
    assert ui.doc_number_edit.hasFocus()
    assert ui.doc_number_edit.styleSheet()
    assert ui.doc_number_edit.text() == "110105194912310021"
    assert ui.recipient_address_edit.text() == "江苏省南京市鼓楼区中山北路30号"
    assert services.intake.recent() == []


def test_price_override_needs_a_supervisor_login(qtbot, desk: Desk,
                                                 services: AppServices) -> None:
    ui = desk.ws.ui
    fill_parcel(qtbot, desk)
    desk.scan(no(7))
    ui.override_edit.setText("15")
    ui.override_reason_edit.setText("老客户优惠")
    asked: list[str] = []

    def credentials(error: str, intro: str) -> tuple[str, str] | None:
        asked.append(error)
        return None if len(asked) > 1 else ("1001", "wrong")

    desk.ws.ask_credentials = credentials  # type: ignore[method-assign]
    accept(qtbot, desk)
    assert len(asked) == 2
    assert "wrong" in asked[1]
    assert "supervisor must approve" in desk.message
    assert services.intake.recent() == []
    desk.ws.ask_credentials = lambda _e, _i: ("1001", "secret-1001")  # type: ignore[method-assign]
    accept(qtbot, desk)
    assert "Accepted" in desk.message, desk.message
    record = services.intake.recent()[0]
    assert record.total == Decimal("15.00")
    assert record.override_by == "1001"


def test_heavy_parcel_gets_packing_advice(qtbot, desk: Desk) -> None:
    ui = desk.ws.ui
    fill_parcel(qtbot, desk, weight="25")
    qtbot.wait_until(lambda: "carton" in ui.total_label.text())  # CI-9
    ui.weight_edit.setText("2")
    ui.length_edit.setText("30")
    ui.width_edit.setText("20")
    ui.height_edit.setText("10")
    qtbot.wait_until(lambda: "carton" not in ui.total_label.text())
    ui.length_edit.setText("70")
    qtbot.wait_until(lambda: "carton" in ui.total_label.text())


def test_address_library_loads_on_the_first_keystroke_of_an_address_only(
        qtbot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 18 §4: not at start-up; once, on the worker, when an address is first typed
    calls: list[int] = []
    monkeypatch.setattr(desk.ctl.services.intake, "prepare_addresses", lambda: calls.append(1))
    type_text("衣服")  # another field: nothing loads
    assert calls == []
    desk.ws.ui.recipient_address_edit.setFocus()
    qtbot.wait_until(lambda: desk.ws.ui.recipient_address_edit.hasFocus())
    type_text("浙江杭州钱塘区")
    qtbot.wait_until(lambda: calls == [1])
    type_text("文三路")
    assert calls == [1]
