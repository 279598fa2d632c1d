"""A readable audit log (issue 15 item 6): in the UI language, people by name and job number,
filtered by person, kind, dates and waybill."""

from __future__ import annotations

import re

import pytest

from PySide6.QtWidgets import QTableWidget

from counter_app.services.app import AppServices
from counter_app.ui.app import AppController
from tests.gui.test_keyboard import demo_desk

__all__ = ["demo_desk"]  # the fixture, imported to be found


def rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


@pytest.mark.parametrize("demo_desk", ["en"], indirect=True)
def test_the_audit_log_reads_as_words_and_filters(demo_desk: AppController,
                                                  services: AppServices) -> None:
    window = demo_desk.window
    window.show_workspace("settings")
    settings = window.workspaces["settings"]
    ui = settings.ui  # type: ignore[attr-defined]
    ui.settings_tabs.setCurrentWidget(ui.audit_tab)
    settings._load_audit()  # type: ignore[attr-defined]
    everything = rows(ui.audit_table)
    assert len(everything) > 10
    flat = " ".join(" ".join(r) for r in everything)
    assert "ci_acceptance" not in flat  # the internals are named in words
    assert "pay_mode=" not in flat
    # issue 15 §6: codes named in words — how a parcel left, why a parcel was refused
    assert "disposition: delivery" not in flat
    assert "disposition: Out for delivery" in flat
    assert "reason: prohibited item" in flat  # not the bare code "prohibited"
    assert "reason: prohibited;" not in flat
    assert "王丽（1001）" in flat
    kind = ui.audit_kind_combo.findText("Counter acceptance")
    assert kind > 0
    ui.audit_kind_combo.setCurrentIndex(kind)
    accepted = rows(ui.audit_table)
    assert accepted
    assert {r[2] for r in accepted} == {"Counter acceptance"}
    assert any("payment: " in r[6] for r in accepted)
    waybill = re.search(r"waybill: (\d{12,})", accepted[0][6])
    assert waybill is not None
    ui.audit_search_edit.setText(waybill[1])
    found = rows(ui.audit_table)
    assert found
    assert len(found) < len(accepted)
    assert all(waybill[1] in r[5] + r[6] + r[3] for r in found)
    ui.audit_search_edit.clear()
    ui.audit_kind_combo.setCurrentIndex(0)
    person = ui.audit_person_combo.findText("王丽（1001）")
    ui.audit_person_combo.setCurrentIndex(person)
    assert {r[1] for r in rows(ui.audit_table)} == {"王丽（1001）"}
    ui.audit_to_edit.setDate(ui.audit_from_edit.date().addDays(-1))
    assert ui.audit_table.rowCount() == 0  # no day in the range
