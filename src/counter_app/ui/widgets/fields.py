"""Field helpers: code and number fields take input with the Chinese input method off."""

from __future__ import annotations

from typing import Any

from typing_extensions import override

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from counter_app.domain.station import StationProfile
from counter_app.domain.waybills import default_carriers


def disable_input_method(widget: QWidget) -> None:
    """Turn the input method off for a field that takes codes, numbers or phone numbers.

    An active pinyin IME swallows or splits keyboard-wedge input (peer-systems.md), and a clerk
    typing a job number never needs it.
    """
    widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    widget.setInputMethodHints(
        Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhNoPredictiveText
    )


def fill_carriers(widget: QListWidget, checked: tuple[str, ...]) -> None:
    """List every known carrier as a checkable item (data = code), ticking ``checked``."""
    chinese = QLocale().language() == QLocale.Language.Chinese
    widget.clear()
    for carrier in default_carriers():
        item = QListWidgetItem(
            f"{carrier.name_zh if chinese else carrier.name_en} ({carrier.code})"
        )
        item.setData(Qt.ItemDataRole.UserRole, carrier.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if carrier.code in checked else Qt.CheckState.Unchecked
        )
        widget.addItem(item)


def checked_carriers(widget: QListWidget) -> tuple[str, ...]:
    """Codes of the ticked carriers, in list order."""
    return tuple(
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def read_station_form(ui: Any) -> StationProfile:
    """The station profile typed into a form with the shared field names (wizard, settings)."""
    return StationProfile(
        name=ui.station_name_edit.text(),
        code=ui.station_code_edit.text(),
        province=ui.province_combo.currentText(),
        city=ui.city_edit.text(),
        contact_person=ui.contact_person_edit.text(),
        phone=ui.station_phone_edit.text(),
        qq=ui.qq_edit.text(),
        own_carriers=checked_carriers(ui.carriers_list),
    )


def fit_height(label: QLabel) -> None:
    """Give a word-wrapped message label the height its text needs at its width (a grid layout
    does not ask, and a long English hint was cut in half); again whenever its width changes."""
    width = label.width()
    need = label.heightForWidth(width) if width > 0 and label.text() else 0
    if label.minimumHeight() != max(need, 0):
        label.setMinimumHeight(max(need, 0))
    if label.findChild(_FitOnResize) is None:
        label.installEventFilter(_FitOnResize(label))


class _FitOnResize(QObject):
    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            fit_height(watched)
        return False
