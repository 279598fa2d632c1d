"""The desk fits a 1366×768 counter screen with a Windows taskbar (issue 15 item 3): with every
workspace and every page built, in Chinese and in English, the main window's minimum size hint
fits 1366×728, so the scan result bar and the status bar are always on screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTabWidget

from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.services.demo import DEMO_PASSWORD, fill_demo
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.look import BASE_POINT_SIZE, DeskStyle, apply_desk_look
from counter_app.ui.settings import Preferences

USABLE = (1366, 728)


@pytest.fixture
def desk_look(qapp: QApplication) -> Iterator[None]:
    """The application's real style and 11 pt font, as make_application sets them."""
    style_name = qapp.style().name()
    font = QFont(qapp.font())
    apply_desk_look(qapp)
    yield
    qapp.setStyle(style_name)
    qapp.setFont(font)


def build_everything(
    qtbot, services: AppServices, data_paths: DataPaths, translations: Translations, lang: str
) -> AppController:
    translations.apply(lang)
    fill_demo(services)
    ctl = AppController(services, Preferences(data_paths.settings_file), translations, ScannerHub())
    qtbot.add_widget(ctl.window)
    window = ctl.window
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    window.show()
    for key in window.workspaces:
        assert window.show_workspace(key)
        for tabs in window.workspaces[key].findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
    assert all(window.is_built(key) for key in window.workspaces)  # built when first shown
    # The counter form at its tallest: every message line shown (banner, known sender, area).
    window.show_workspace("counter")
    counter = window.workspaces["counter"]
    ui = counter.ui  # type: ignore[attr-defined]
    for edit, text in (
        (ui.contents_edit, "充电宝 一个，衣服"),
        (ui.sender_phone_edit, "13812345678"),
        (ui.recipient_address_edit, "江苏省南京市鼓楼区中山北路30号"),
        (ui.weight_edit, "2.4"),
        (ui.received_edit, "50"),
    ):
        edit.setText(text)
    ui.transport_combo.setCurrentIndex(1)
    counter.check_contents()  # type: ignore[attr-defined]
    counter.recall_sender()  # type: ignore[attr-defined]
    counter.resolve_destination()  # type: ignore[attr-defined]
    counter.reprice()  # type: ignore[attr-defined]
    QApplication.processEvents()
    return ctl


@pytest.mark.usefixtures("desk_look")
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_main_window_minimum_size_fits_1366_by_728_with_every_page_built(
    qtbot, services: AppServices, data_paths: DataPaths, translations: Translations, lang: str
) -> None:
    assert isinstance(QApplication.style(), DeskStyle)
    assert QApplication.font().pointSize() == BASE_POINT_SIZE
    window = build_everything(qtbot, services, data_paths, translations, lang).window
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= USABLE[0], f"{lang}: {hint.width()} px wide"
    assert hint.height() <= USABLE[1], f"{lang}: {hint.height()} px high"
    window.resize(*USABLE)
    QApplication.processEvents()
    # At that size the result bar and the status bar are whole and on screen.
    feedback = window.ui.scan_feedback_frame
    assert feedback.isVisible()
    assert feedback.height() >= feedback.minimumSizeHint().height()
    status = window.ui.status_bar
    assert status.isVisible()
    assert status.geometry().bottom() < window.height()
    assert window.operator_label.isVisible()
    # The counter's wrapped hints get the height their words need (English ones wrap).
    counter = window.workspaces["counter"].ui  # type: ignore[attr-defined]
    for label in (counter.sender_hint_label, counter.destination_label):
        assert label.text()
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()
