"""Workspaces are built when first shown (issue 18 §4): the login window comes sooner and a
clerk's desk holds only what they opened; the F-keys, the F6 count (CS-2) and the night desk's
F6 rule work as before."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.domain.staff import Role
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.services.demo import DEMO_PASSWORD, fill_demo
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.main_window import WORKSPACE_ORDER
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.service_desk import ServiceDeskWorkspace


@pytest.fixture
def desk(qtbot, services: AppServices, data_paths: DataPaths,
         translations: Translations) -> AppController:
    fill_demo(services)  # with two open enquiries, due 09:30
    boss = services.auth.login("1001", DEMO_PASSWORD)
    services.staff.add(boss, "5001", "何敏", Role.SERVICE, DEMO_PASSWORD)
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.resize(1366, 728)
    return ctl


def built(ctl: AppController) -> list[str]:
    return [key for key in WORKSPACE_ORDER if ctl.window.is_built(key)]


def test_nothing_is_built_before_login_and_only_the_landing_desk_after(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    assert built(desk) == []
    tabs = window.ui.workspace_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "F1 Counter", "F2 Warehouse", "F3 Receipts", "F4 Misroutes", "F5 Settings",
        "F6 Service desk"]
    window.set_operator(services.auth.login("2001", DEMO_PASSWORD))  # a warehouse clerk
    window.show()
    qtbot.wait_exposed(window)
    assert window.current_key() == "warehouse"
    assert built(desk) == ["warehouse"]
    assert tabs.currentWidget() is window.workspaces["warehouse"]
    assert tabs.tabText(1).startswith("F2 ")  # the built workspace keeps its title


def test_an_f_key_builds_its_workspace_on_the_first_press_and_keeps_it(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    window.show()
    qtbot.wait_exposed(window)
    window.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is window)
    assert built(desk) == ["counter"]
    qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F4)
    assert window.current_key() == "misroute"
    assert built(desk) == ["counter", "misroute"]
    misroute = window.ui.workspace_tabs.currentWidget()
    qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F1)
    qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F4)
    assert window.ui.workspace_tabs.currentWidget() is misroute  # built once
    # the night desk's F6 草签: built on F3, its claimed key holds as before
    qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F3)
    receipts = window.workspaces["receipts"]
    receipts.ui.signer_edit.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(receipts.ui.signer_edit, Qt.Key.Key_F6)  # type: ignore[attr-defined]
    assert window.current_key() == "receipts"
    assert not window.is_built("service")
    qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F1)
    qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F6)
    assert window.current_key() == "service"
    assert window.is_built("service")


def test_the_f6_count_shows_without_building_the_service_desk_cs_2(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    tabs = window.ui.workspace_tabs
    services.clock.advance(minutes=25)  # type: ignore[attr-defined]
    window.set_operator(services.auth.login("2001", DEMO_PASSWORD))  # a warehouse clerk
    # 09:25: a customer enquiry (due 09:30) is nearly due
    qtbot.wait_until(lambda: tabs.tabText(5) == "F6 Service desk (1)")
    assert not window.is_built("service")
    # the desk, once built, starts from that count and keeps it
    window.set_operator(services.auth.login("5001", DEMO_PASSWORD))  # 客服 opens on F6
    assert window.current_key() == "service"
    service = window.workspaces["service"]
    assert isinstance(service, ServiceDeskWorkspace)
    assert tabs.tabText(5) == "F6 Service desk (1)"
    qtbot.wait_until(lambda: service.board is not None)
    assert tabs.tabText(5) == "F6 Service desk (1)"


def test_logout_drops_the_built_workspaces_for_fresh_ones_built_on_demand(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    window.show()
    qtbot.wait_exposed(window)
    assert window.show_workspace("warehouse")
    old = window.workspaces["warehouse"]
    window.clean_desk(desk.job_workspaces())
    assert built(desk) == []
    assert window.current_key() == "counter"
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    assert window.show_workspace("warehouse")
    assert window.workspaces["warehouse"] is not old
    assert window.ui.workspace_tabs.count() == len(WORKSPACE_ORDER)
