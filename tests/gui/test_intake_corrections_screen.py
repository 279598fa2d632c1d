"""Issue 16 §4 at the counter: correct or void an accepted parcel with Ctrl+E, a supervisor
for money changes, the slip printed 「更正」, the shift summary listing it; real key events."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from PySide6.QtCore import Qt

from counter_app.services.app import AppServices
from counter_app.services.intake_ports import AcceptanceRecord
from counter_app.ui.workspaces.intake_corrections import CorrectionAnswer, CorrectionDialog
from tests.gui import test_intake_workspace as _base
from tests.gui.keys import press, send_text
from tests.gui.test_intake_workspace import CTRL, Desk, accept, fill_parcel, no

desk = _base.desk  # a counter clerk's window at 09:00 on 2026-11-23
BOSS = ("1001", "secret-1001")


def _pdf_text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _accepted(qtbot, desk: Desk, number: str) -> None:
    fill_parcel(qtbot, desk)
    desk.scan(number)
    send_text(desk.ws.ui.received_edit, "20")
    accept(qtbot, desk)
    assert "Accepted" in desk.message


class Typist:
    """Answers the correction dialog by key events into the real dialog: ``steps`` are
    (field name, text) typed in order; Enter in the reason field finishes."""

    def __init__(self, qtbot, *runs: list[tuple[str, str]] | None) -> None:
        self.qtbot = qtbot
        self.runs = list(runs)
        self.errors: list[str] = []
        self.previous: list[CorrectionAnswer | None] = []

    def __call__(self, record: AcceptanceRecord, previous: CorrectionAnswer | None,
                 error: str) -> CorrectionAnswer | None:
        self.errors.append(error)
        self.previous.append(previous)
        steps = self.runs.pop(0)
        if steps is None:
            return None
        dialog = CorrectionDialog(None, record, previous, error)
        self.qtbot.add_widget(dialog)
        for name, text in steps:
            if name == "void":
                self.qtbot.keyClick(dialog.void_radio, Qt.Key.Key_Space)
                continue
            edit = getattr(dialog, name)
            edit.selectAll()
            send_text(edit, text)
        self.qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
        return dialog.answer


def test_issue16_correct_weight_needs_a_supervisor_and_prints_the_slip_corrected(
        qtbot, desk: Desk, services: AppServices) -> None:
    """§4: 1.2 kg → 3.5 kg changes the fee, so a supervisor approves (a wrong password asks
    again); the slip is printed 【更正】; the shift summary lists the correction."""
    ws = desk.ws
    _accepted(qtbot, desk, no(1))
    before = services.intake.recent()[0].total
    typist = Typist(qtbot, [("weight_edit", "3.5"), ("reason_edit", "称错了")])
    ws.ask_correction = typist  # type: ignore[method-assign]
    logins = iter([("1001", "wrong"), BOSS])
    asked: list[str] = []
    ws.ask_credentials = (  # type: ignore[method-assign]
        lambda error, intro: asked.append(error) or next(logins))
    ws.ui.contents_edit.setFocus()
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert len(asked) == 2
    assert asked[1]  # the failed login is said
    record = services.intake.recent()[0]
    assert record.weight == 3500 / 1000
    assert record.total != before
    assert "Corrected" in desk.message
    assert "【更正】" in _pdf_text(desk.printed[-1])
    page = ws.summary_page
    page.activate(desk.clerk)
    page.ui.shift_combo.setCurrentIndex(page.ui.shift_combo.findData("day"))
    assert page.changes_table.rowCount() == 1
    assert page.changes_table.item(0, 5).text() == "称错了"
    pdf = page.summary_pdf()
    assert pdf is not None
    text = _pdf_text(pdf)
    assert "作废及更正" in text
    assert "重量" in text


def test_issue16_a_refused_correction_comes_back_with_what_was_typed(
        qtbot, desk: Desk, services: AppServices) -> None:
    """§4: a wrong weight is refused and the dialog comes back with the error and what was
    typed; a correction that keeps the fee (1.2 → 1.5 kg) needs no supervisor."""
    ws = desk.ws
    _accepted(qtbot, desk, no(2))
    total = services.intake.recent()[0].total
    typist = Typist(qtbot, [("weight_edit", "1,5kg"), ("reason_edit", "称错了")],
                    [("weight_edit", "1.5")])
    ws.ask_correction = typist  # type: ignore[method-assign]
    asked: list[str] = []
    ws.ask_credentials = (  # type: ignore[method-assign]
        lambda error, intro: asked.append(error))
    ws.correct_or_void()
    assert typist.errors[0] == ""
    assert typist.errors[1]  # refused: said in the dialog
    previous = typist.previous[1]
    assert previous is not None
    assert previous.changes is not None
    assert previous.changes.weight == "1,5kg"
    assert previous.reason == "称错了"
    assert asked == []  # the fee did not change: no supervisor
    record = services.intake.recent()[0]
    assert str(record.weight) == "1.500"
    assert record.total == total


def test_issue16_void_always_needs_a_supervisor_and_leaves_the_takings(
        qtbot, desk: Desk, services: AppServices) -> None:
    """§4: a void needs a supervisor (cancelled: asked again with the reason kept); voided,
    the shift summary leaves it out of the counts, lists it; Ctrl+P prints it 【作废】."""
    ws = desk.ws
    _accepted(qtbot, desk, no(3))
    typist = Typist(qtbot, [("void", ""), ("reason_edit", "客户不寄了")], [], None)
    ws.ask_correction = typist  # type: ignore[method-assign]
    logins = iter([None, BOSS])
    ws.ask_credentials = lambda error, intro: next(logins)  # type: ignore[method-assign]
    ws.correct_or_void()
    assert "supervisor" in typist.errors[1]
    assert typist.previous[1] == CorrectionAnswer("客户不寄了")
    assert "Voided" in desk.message
    summary = services.intake.shift_summary(date(2026, 11, 23), "day")
    assert summary.total.accepted == 0
    assert summary.total.voided == 1
    assert [v.waybill_no for v in summary.voids] == [no(3)]
    ws.ui.contents_edit.setFocus()
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert "【作废】" in _pdf_text(desk.printed[-1])


def test_wh18_the_calculators_entry_fee_is_charged_and_printed_on_the_slip(
        qtbot, desk: Desk, services: AppServices) -> None:
    """Issue 16 §7: 「Charge with the parcel」 fills the counter's 进仓费; the total includes
    it and the slip prints it as its own line."""
    from decimal import Decimal

    from counter_app.domain.entry_fee import EntryFeeRules

    services.station.set_entry_fee_rules(desk.boss, EntryFeeRules(
        start_kg=Decimal("30"), start_price=Decimal("20"), max_kg=Decimal("100"),
        per_kg=Decimal("1"), group_pieces=3, per_piece=Decimal("5")))
    ws = desk.ws
    fill_parcel(qtbot, desk)
    desk.scan(no(4))
    page = ws.entry_fee_page
    ws.ui.intake_tabs.setCurrentWidget(page)
    page.activate(desk.clerk)
    send_text(page.pieces_edit, "12")
    send_text(page.ticket_edit, "10")
    qtbot.keyClick(page.ticket_edit, Qt.Key.Key_Return)
    assert page.total_label.text() == "进仓费 ¥ 30.00"
    page.charge_button.setFocus()
    qtbot.keyClick(page.charge_button, Qt.Key.Key_Space)
    assert ws.ui.intake_tabs.currentWidget() is ws.ui.accept_tab
    assert ws.entry_fee_edit.text() == "30.00"
    ws.reprice()
    assert "进仓费" in [ws.ui.fee_table.item(r, 0).text()
                        for r in range(ws.ui.fee_table.rowCount())]
    accept(qtbot, desk)
    assert "Accepted" in desk.message, desk.message
    record = services.intake.recent()[0]
    assert record.quote["entry_fee"] == "30.00"
    assert "进仓费" in _pdf_text(desk.printed[-1])
