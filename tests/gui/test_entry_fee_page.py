"""WH-18 进仓费 on the counter's side pages (issue 16 §7): a supervisor sets the numbers, the
clerk quotes one figure with its breakdown; real key events."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt

from counter_app.domain.staff import Role, StaffMember
from counter_app.services.app import AppServices
from counter_app.ui.workspaces.entry_fee_page import EntryFeePage
from tests.gui.keys import send_text
from tests.helpers import set_up_station


def _page(qtbot, services: AppServices, translations) -> tuple[EntryFeePage, StaffMember]:
    translations.apply("en")
    boss = set_up_station(services)
    page = EntryFeePage(services)
    qtbot.add_widget(page)
    return page, boss


def _type_rules(page: EntryFeePage, *values: tuple[str, str]) -> None:
    for name, value in values:
        page.rule_edits[name].clear()
        send_text(page.rule_edits[name], value)


def test_wh18_the_calculator_quotes_one_figure_after_the_numbers_are_set(
        qtbot, services: AppServices, translations) -> None:
    page, boss = _page(qtbot, services, translations)
    clerk = services.staff.add(boss, "3001", "李明", Role.COUNTER, "pw-3001")
    page.activate(clerk)
    assert not page.settings_group.isEnabled()
    assert "not set" in page.breakdown_label.text()
    page.activate(boss)
    _type_rules(page, ("start_kg", "30"), ("start_price", "20"), ("max_kg", "100"),
                ("per_kg", "1"), ("group_pieces", "3"), ("per_piece", "5"),
                ("bulky_start", "50"), ("per_m3", "30"))
    page.save_button.click()
    assert page.message_label.text() == "进仓费 numbers saved."
    page.activate(clerk)
    send_text(page.pieces_edit, "12")
    qtbot.keyClick(page.pieces_edit, Qt.Key.Key_Return)
    send_text(page.pieces_edit, "80 1.6")
    send_text(page.charge_edit, "35")
    send_text(page.ticket_edit, "10")
    qtbot.keyClick(page.ticket_edit, Qt.Key.Key_Return)
    assert page.total_label.text() == "进仓费 ¥ 175.00"  # 20 + 110 + 35 + 10
    assert "门票10.00元" in page.breakdown_label.text()
    page.pieces_edit.setPlainText("abc")
    page.calculate()
    assert page.total_label.text() == ""
    assert page.breakdown_label.text()


def test_two_supervisors_pages_the_second_save_names_the_first_and_keeps_the_typing(
        qtbot, services: AppServices, translations) -> None:
    """Issue 13 §2 for the 进仓费 rules: the page saves against the version it loaded."""
    page, boss = _page(qtbot, services, translations)
    other = services.staff.add(boss, "1002", "赵敏", Role.SUPERVISOR, "pw-1002")
    page.activate(boss)  # loads version N
    loaded = services.station.entry_fee_rules_versioned()
    services.station.set_entry_fee_rules(  # the other PC saves first
        other, replace(loaded.value, start_kg=Decimal("20"), start_price=Decimal("15")),
        version=loaded.version)
    _type_rules(page, ("start_kg", "30"), ("start_price", "20"))
    page.save_button.click()
    assert "赵敏" in page.message_label.text()
    assert page.rule_edits["start_price"].text() == "20"  # what was typed stays
    assert services.station.entry_fee_rules().start_price == Decimal("15")  # theirs kept
    page.activate(boss)  # reload: now the save goes through
    _type_rules(page, ("start_price", "20"))
    page.save_button.click()
    assert page.message_label.text() == "进仓费 numbers saved."
    assert services.station.entry_fee_rules().start_price == Decimal("20")
