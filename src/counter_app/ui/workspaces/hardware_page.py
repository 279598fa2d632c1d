"""设置 → 秤与打印机: this PC's electronic scale (with a live test area) and raw label /
receipt printers, plus the print log (issue 17). Everything here is per PC (QSettings)."""

from __future__ import annotations

from typing import Any

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from counter_app.domain.staff import StaffMember
from counter_app.hardware.print_log import PrintLogEntry
from counter_app.hardware.scale_frames import PROTOCOL_CHOICES, ScaleReading, format_kg
from counter_app.ui.forms.ui_hardware_page import Ui_HardwarePage
from counter_app.ui.look import ERROR_STYLE, OK_STYLE
from counter_app.ui.raw_printing import DOCUMENTS, LANGUAGES, SIZES, RawPrinting, check_entry
from counter_app.ui.scale import ScalePort
from counter_app.ui.settings import Preferences
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.tables import fill_table

translate = QCoreApplication.translate

BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


def protocol_name(key: str) -> str:
    """Translated name of a scale protocol."""
    return {
        "ascii": translate("HardwarePage", "Continuous ASCII (ST,GS,+ 1.240kg)"),
        "xk3190": translate("HardwarePage", "Yaohua XK3190 (ww000.000kg)"),
        "sics": translate("HardwarePage", "Mettler-Toledo SICS (polled)"),
        "toledo": translate("HardwarePage", "Mettler-Toledo continuous"),
        "number": translate("HardwarePage", "A number with a unit"),
        "custom": translate("HardwarePage", "Custom pattern"),
    }[key]


def language_name(language: str) -> str:
    """Translated name of a printer language ("" = the system dialog)."""
    return {
        "": translate("HardwarePage", "System dialog"),
        "tspl": translate("HardwarePage", "TSPL (TSC, Gprinter, Xprinter)"),
        "zpl": translate("HardwarePage", "ZPL (Zebra)"),
        "escpos": translate("HardwarePage", "ESC/POS receipt printer"),
    }[language]


def size_name(size: str) -> str:
    """A label size as shown: ``76x130`` → ``76 × 130 mm``."""
    return size.removesuffix("mm").replace("x", " × ") + " mm"


def state_text(state: str) -> str:
    """The scale's state as a sentence part."""
    if state == "connected":
        return translate("HardwarePage", "Scale connected")
    if state == "disconnected":
        return translate("HardwarePage", "Scale unplugged — waiting for it")
    if state.startswith("error"):
        return translate("HardwarePage", "Scale cannot be opened: {error}").format(
            error=state.partition(":")[2].strip())
    return translate("HardwarePage", "No scale configured")


class HardwarePage(QWidget):
    """The scale's settings and live test area; the raw printers and the print log."""

    def __init__(
        self,
        prefs: Preferences,
        scale: ScalePort | None,
        raw: RawPrinting | None,
        ports: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form; ``ports()`` lists the machine's serial ports (objects with
        ``device`` and ``description``)."""
        super().__init__(parent)
        self.ui = Ui_HardwarePage()
        self.ui.setupUi(self)
        self.setObjectName("hardware_page")
        self._prefs = prefs
        self._scale = scale
        self._raw = raw
        self._ports = ports
        self._operator: StaffMember | None = None
        ui = self.ui
        for edit in (ui.scale_pattern_edit, ui.scale_request_edit, ui.slip_target_edit,
                     ui.label_target_edit, ui.receipt_target_edit):
            disable_input_method(edit)
        ui.save_scale_button.clicked.connect(self.save_scale)
        ui.zero_button.clicked.connect(self.zero)
        ui.tare_button.clicked.connect(self.tare)
        ui.scale_refresh_ports_button.clicked.connect(self.refresh_ports)
        ui.clear_scale_log_button.clicked.connect(ui.scale_test_log.clear)
        ui.scale_protocol_combo.currentIndexChanged.connect(lambda _i: self._protocol_changed())
        ui.save_printers_button.clicked.connect(self.save_printers)
        ui.refresh_print_log_button.clicked.connect(self.load_print_log)
        for document in DOCUMENTS:
            self._row(document)[3].clicked.connect(
                lambda _checked=False, d=document: self.test_print(d))
        if scale is not None:
            scale.weighed.connect(self.show_reading)
            scale.frame_seen.connect(self.show_frame)
            scale.state_changed.connect(self.show_state)
        if raw is not None:
            raw.printed.connect(self._printed)
        self._fill_combos()
        self.load()

    def _row(self, document: str) -> tuple[QComboBox, QComboBox, QLineEdit, QPushButton]:
        ui = self.ui
        return {
            "slip": (ui.slip_language_combo, ui.slip_size_combo, ui.slip_target_edit,
                     ui.slip_test_button),
            "label": (ui.label_language_combo, ui.label_size_combo, ui.label_target_edit,
                      ui.label_test_button),
            "receipt": (ui.receipt_language_combo, ui.receipt_size_combo,
                        ui.receipt_target_edit, ui.receipt_test_button),
        }[document]

    def _fill_combos(self) -> None:
        ui = self.ui
        choices: list[tuple[QComboBox, list[tuple[str, object]]]] = [
            (ui.scale_protocol_combo, [(protocol_name(k), k) for k in PROTOCOL_CHOICES]),
            (ui.scale_baud_combo, [(str(b), b) for b in BAUD_RATES]),
            (ui.scale_data_bits_combo, [(f"{b}", b) for b in (8, 7)]),
            (ui.scale_parity_combo, [(translate("HardwarePage", "No parity"), "N"),
                                     (translate("HardwarePage", "Even"), "E"),
                                     (translate("HardwarePage", "Odd"), "O")]),
            (ui.scale_stop_bits_combo, [("1", 1.0), ("2", 2.0)]),
        ]
        for document in DOCUMENTS:
            language, size, _target, _button = self._row(document)
            choices.append((language, [(language_name(x), x)
                                       for x in ("", *LANGUAGES[document])]))
            choices.append((size, [(size_name(x), x) for x in SIZES[document]]))
        for combo, items in choices:
            current = combo.currentData()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))

    def _set(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def load(self) -> None:
        """Show this PC's stored scale and printer settings."""
        ui = self.ui
        entry = self._prefs.scale
        ui.scale_port_combo.setEditText(str(entry.get("port", "")))
        self._set(ui.scale_protocol_combo, entry.get("protocol", "ascii"))
        self._set(ui.scale_baud_combo, int(str(entry.get("baudrate", 9600))))
        self._set(ui.scale_data_bits_combo, int(str(entry.get("bytesize", 8))))
        self._set(ui.scale_parity_combo, entry.get("parity", "N"))
        self._set(ui.scale_stop_bits_combo, float(str(entry.get("stopbits", 1))))
        ui.scale_pattern_edit.setText(str(entry.get("pattern", "")))
        ui.scale_request_edit.setText(str(entry.get("request", "")))
        ui.scale_poll_spin.setValue(int(str(entry.get("poll_ms", 200))))
        ui.scale_settle_spin.setValue(int(str(entry.get("settle_count", 3))))
        self._protocol_changed()
        printers = self._prefs.raw_printers
        for document in DOCUMENTS:
            language, size, target, _button = self._row(document)
            stored = printers.get(document, {})
            self._set(language, stored.get("language", ""))
            self._set(size, stored.get("size", SIZES[document][0]))
            target.setText(stored.get("target", ""))
        self.show_state(self._scale.state if self._scale is not None else "")

    def activate(self, operator: StaffMember) -> None:
        """Who is at the PC (for test prints in the print log)."""
        self._operator = operator
        self.load_print_log()

    def _protocol_changed(self) -> None:
        ui = self.ui
        custom = ui.scale_protocol_combo.currentData() == "custom"
        ui.scale_pattern_edit.setEnabled(custom)

    # --- scale ---------------------------------------------------------------------------
    def scale_entry(self) -> dict[str, object]:
        """The scale form as a preference dict."""
        ui = self.ui
        return {
            "port": ui.scale_port_combo.currentText().strip(),
            "protocol": str(ui.scale_protocol_combo.currentData()),
            "baudrate": int(ui.scale_baud_combo.currentData()),
            "bytesize": int(ui.scale_data_bits_combo.currentData()),
            "parity": str(ui.scale_parity_combo.currentData()),
            "stopbits": float(ui.scale_stop_bits_combo.currentData()),
            "pattern": ui.scale_pattern_edit.text(),
            "request": ui.scale_request_edit.text(),
            "poll_ms": ui.scale_poll_spin.value(),
            "settle_count": ui.scale_settle_spin.value(),
        }

    def _say(self, label: Any, text: str, ok: bool) -> None:
        label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        label.setText(text)

    def save_scale(self) -> None:
        """Check, store and apply the scale settings (an empty port: no scale)."""
        entry = self.scale_entry()
        label = self.ui.scale_message_label
        if entry["port"] and self._scale is not None:
            try:
                self._scale.check(entry)
            except (ValueError, TypeError) as exc:
                self._say(label, scale_problem(exc), False)
                return
        self._prefs.scale = entry if entry["port"] else {}
        self._prefs.sync()
        if self._scale is not None:
            self._scale.apply(entry if entry["port"] else None)
        self._say(label, translate("HardwarePage", "Scale settings saved and applied."), True)

    def zero(self) -> None:
        """Zero the scale, when its protocol has the command."""
        ok = self._scale is not None and self._scale.zero()
        self._say(self.ui.scale_message_label, translate("HardwarePage", "Zero sent.") if ok
                  else translate("HardwarePage", "This scale cannot be zeroed from the PC; "
                                 "use its own ZERO key."), ok)

    def tare(self) -> None:
        """Tare the scale, when its protocol has the command."""
        ok = self._scale is not None and self._scale.tare()
        self._say(self.ui.scale_message_label, translate("HardwarePage", "Tare sent.") if ok
                  else translate("HardwarePage", "This scale cannot be tared from the PC; "
                                 "use its own TARE key."), ok)

    def refresh_ports(self) -> None:
        """List the machine's serial ports (typing another path is allowed)."""
        combo = self.ui.scale_port_combo
        typed = combo.currentText()
        combo.clear()
        for port in self._ports() if self._ports is not None else []:
            combo.addItem(port.device, port.device)
            combo.setItemData(combo.count() - 1, port.description, Qt.ItemDataRole.ToolTipRole)
        combo.setEditText(typed)

    def show_reading(self, reading: ScaleReading) -> None:
        """Live test area: the weight in big, and whether it is stable."""
        ui = self.ui
        if reading.overload:
            ui.scale_weight_label.setText(translate("HardwarePage", "Over range"))
            return
        mark = (translate("HardwarePage", "stable") if reading.stable
                else translate("HardwarePage", "moving"))
        net = translate("HardwarePage", "net") if reading.net else ""
        ui.scale_weight_label.setText(
            "  ".join(part for part in (f"{format_kg(reading.grams)} kg", net, mark) if part))
        ui.scale_weight_label.setStyleSheet(
            "font-size: 28pt; font-weight: bold; color: %s;"
            % ("#1b5e20" if reading.usable else "#7a5200"))

    def show_frame(self, frame: bytes, parsed: bool) -> None:
        """Live test area: each frame's bytes and whether it was understood."""
        if not self.isVisible():
            return
        verdict = "✓" if parsed else translate("HardwarePage", "✗ not understood")
        self.ui.scale_test_log.appendPlainText(f"{frame!r}  {verdict}")

    def show_state(self, state: str) -> None:
        """The scale's connection state."""
        ok = state in ("connected", "")
        self._say(self.ui.scale_state_label, state_text(state), ok)

    # --- printers --------------------------------------------------------------------------
    def printer_entries(self) -> dict[str, dict[str, str]]:
        """The printers' form as the preference dict (documents on the system dialog left out)."""
        out: dict[str, dict[str, str]] = {}
        for document in DOCUMENTS:
            language, size, target, _button = self._row(document)
            if language.currentData():
                out[document] = {"language": str(language.currentData()),
                                 "size": str(size.currentData()),
                                 "target": target.text().strip()}
        return out

    def save_printers(self) -> None:
        """Check and store the raw printers."""
        entries = self.printer_entries()
        label = self.ui.printers_message_label
        for document, entry in entries.items():
            try:
                check_entry(document, entry)
            except ValueError:
                self._say(label, translate(
                    "HardwarePage", "Say how the printer is connected, e.g. "
                    "tcp:192.168.1.50:9100, queue:Xprinter or file:/dev/usb/lp0."), False)
                self._row(document)[2].setFocus()
                return
        self._prefs.raw_printers = entries
        self._prefs.sync()
        self._say(label, translate("HardwarePage", "Printers saved."), True)

    def test_print(self, document: str) -> None:
        """Print a sample of ``document`` with the row's settings (saved or not)."""
        label = self.ui.printers_message_label
        language, size, target, _button = self._row(document)
        try:
            choice = check_entry(document, {"language": str(language.currentData() or ""),
                                            "size": str(size.currentData()),
                                            "target": target.text()})
        except ValueError:
            choice = None
            self._say(label, translate(
                "HardwarePage", "Say how the printer is connected, e.g. "
                "tcp:192.168.1.50:9100, queue:Xprinter or file:/dev/usb/lp0."), False)
            return
        if choice is None or self._raw is None:
            self._say(label, translate("HardwarePage", "Choose the printer's language first."),
                      False)
            return
        self._raw.test_print(document, choice, self._operator)
        self._say(label, translate("HardwarePage", "Test page sent…"), True)

    def _printed(self, entry: PrintLogEntry, _latency: float) -> None:
        if entry.key == "TEST":
            if entry.ok:
                self._say(self.ui.printers_message_label,
                          translate("HardwarePage", "The printer took the test page."), True)
            else:
                self._say(self.ui.printers_message_label, translate(
                    "HardwarePage", "The printer did not take the test page: {error}").format(
                    error=entry.error), False)
        if self.isVisible():
            self.load_print_log()

    def load_print_log(self) -> None:
        """The newest 200 print jobs."""
        entries = list(reversed(self._raw.log.entries()))[:200] if self._raw else []
        document = {"slip": translate("HardwarePage", "Slip"),
                    "label": translate("HardwarePage", "Pickup label"),
                    "receipt": translate("HardwarePage", "Receipt")}
        fill_table(
            self.ui.print_log_table,
            [translate("HardwarePage", "Time"), translate("HardwarePage", "Who"),
             translate("HardwarePage", "Document"), translate("HardwarePage", "Waybill"),
             translate("HardwarePage", "Reprint"), translate("HardwarePage", "Printer"),
             translate("HardwarePage", "Result")],
            [[e.at.replace("T", " "), e.who, document.get(e.document, e.document), e.key,
              str(e.reprint) if e.reprint else "", e.printer,
              translate("HardwarePage", "printed") if e.ok else e.error] for e in entries],
            list(range(len(entries))),
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self.show_state(self._scale.state if self._scale is not None else "")
            self.load_print_log()
        super().changeEvent(event)


def scale_problem(exc: Exception) -> str:
    """Message for scale settings that cannot be used."""
    text = str(exc)
    if "pattern" in text:
        return translate("HardwarePage", "The custom pattern needs a (?P<value>…) group and "
                         "must be a valid regular expression.")
    return translate("HardwarePage", "These scale settings cannot be used: {error}").format(
        error=text)
