"""The station-wide parcel view (issue 16 §1): type or scan a waybill, see everything this
station knows about it as one timeline. A panel (beside an enquiry on the service desk) and a
dialog (Ctrl+F on every desk)."""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import DomainError
from counter_app.domain.scanning import ScanEvent
from counter_app.domain.staff import StaffMember
from counter_app.services.parcels import ParcelService, ParcelView
from counter_app.ui.messages import describe
from counter_app.ui.messages_desk import desk_name, line_text
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.tables import fill_table

translate = QCoreApplication.translate


def summary_text(view: ParcelView) -> str:
    """One line above the timeline: where the parcel is now, as far as this station knows."""
    if not view.known:
        return translate("ParcelView", "{number}: no desk of this station has a record of it."
                         ).format(number=view.waybill_no)
    parts = [view.waybill_no]
    if view.accepted_here:
        parts.append(translate("ParcelView", "accepted at our counter"))
    if view.in_stock:
        parts.append(translate("ParcelView", "in the warehouse now: {location}").format(
            location=view.location))
    if view.signed:
        parts.append(translate("ParcelView", "signed for"))
    if view.open_enquiries:
        parts.append(translate("ParcelView", "{n} enquiry(ies) open").format(
            n=view.open_enquiries))
    return " · ".join(parts)


class ParcelPanel(QWidget):
    """Waybill field, summary and timeline (When · Desk · Who · What).

    Signals:
        shown(ParcelView): a view was loaded and shown.
    """

    shown = Signal(object)

    def __init__(self, parcels: ParcelService, parent: QWidget | None = None) -> None:
        """Build the panel; ``activate`` names the operator before the first lookup."""
        super().__init__(parent)
        self._parcels = parcels
        self._operator: StaffMember | None = None
        self.view: ParcelView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.number_label = QLabel(self)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("parcel_number_edit")
        self.number_edit.setMaxLength(40)
        disable_input_method(self.number_edit)
        self.number_label.setBuddy(self.number_edit)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("parcel_show_button")
        row.addWidget(self.number_label)
        row.addWidget(self.number_edit, 1)
        row.addWidget(self.show_button)
        layout.addLayout(row)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("parcel_summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(self)
        self.table.setObjectName("parcel_timeline_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.number_edit.returnPressed.connect(self.look_up)
        self.show_button.clicked.connect(self.look_up)
        self._retranslate()

    def activate(self, operator: StaffMember) -> None:
        """Who looks (the service masks by this operator's role)."""
        self._operator = operator

    def show_number(self, number: str) -> None:
        """Look up ``number`` as if typed (a scan, or the enquiry beside it)."""
        self.number_edit.setText(number)
        self.look_up()

    def look_up(self) -> None:
        """Load the typed number's view off the GUI thread; errors show in the summary line,
        and the typed number stays."""
        if self._operator is None:
            return
        operator, text = self._operator, self.number_edit.text()
        self.summary_label.setStyleSheet("")
        run_in_background(lambda: self._parcels.view(operator, text), self._show,
                          self._failed, parent=self)

    def _show(self, view: ParcelView) -> None:
        self.view = view
        self.summary_label.setText(summary_text(view))
        rows = [[line.at.strftime("%Y-%m-%d") if line.date_only
                 else line.at.strftime("%Y-%m-%d %H:%M"),
                 desk_name(line.source),
                 line.by_name if line.by_name == line.by or not line.by
                 else f"{line.by_name} ({line.by})",
                 line_text(line)] for line in view.lines]
        fill_table(self.table, self._headers(), rows, list(range(len(rows))))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # else it overrides the Stretch mode below
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # the 'what' takes the rest of the width and wraps, so nothing hides past the edge
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.shown.emit(view)

    def _failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            raise err
        self.summary_label.setText(describe(err))
        self.summary_label.setStyleSheet("color: #c62828;")

    def _headers(self) -> list[str]:
        return [translate("ParcelView", "When"), translate("ParcelView", "Desk"),
                translate("ParcelView", "Who"), translate("ParcelView", "What")]

    def _retranslate(self) -> None:
        self.number_label.setText(translate("ParcelView", "Parcel &view:"))
        self.number_edit.setPlaceholderText(translate("ParcelView", "Scan or type a waybill"))
        self.show_button.setText(translate("ParcelView", "Show"))
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(self._headers())
        if self.view is not None:
            self._show(self.view)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class ParcelDialog(QDialog):
    """The parcel view as a window over any desk (Ctrl+F). A keyboard-wedge scan types into
    the waybill field with its Enter; a serial scanner's read arrives through ``handle_scan``."""

    def __init__(self, parcels: ParcelService, parent: QWidget | None = None) -> None:
        """Build the dialog around one panel."""
        super().__init__(parent)
        self.setObjectName("parcel_dialog")
        self.panel = ParcelPanel(parcels, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter in the waybill field looks up; it must not close the dialog
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self._retranslate()

    def open_for(self, operator: StaffMember, number: str = "") -> None:
        """Show the dialog for ``operator``, the field selected for the next scan."""
        self.panel.activate(operator)
        if number:
            self.panel.show_number(number)
        self.show()
        self.raise_()
        self.activateWindow()
        self.panel.number_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.number_edit.selectAll()

    def handle_scan(self, event: ScanEvent) -> None:
        """A serial scanner's read while the dialog is open."""
        self.panel.show_number(event.number)

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("ParcelView", "Parcel view — everything this station "
                                      "knows about one waybill"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
