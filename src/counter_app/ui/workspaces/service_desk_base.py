"""What every page of the 客服 workspace (F6, issue 19) does the same way: say a result under
its form, submit a form (run the use case, say what came of it, empty the fields only once it
is stored), paint a list's late and nearly-late rows, save a list to a file off the GUI thread.
The pages are mixins of ``ServiceDeskWorkspace`` sharing its form (``ui``) and services."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from counter_app.domain.errors import DomainError
from counter_app.domain.service_desk import Urgency
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.services.service_desk import ServiceDeskService
from counter_app.ui.forms.ui_service_desk_workspace import Ui_ServiceDeskWorkspace
from counter_app.ui.messages import describe
from counter_app.ui.people import People
from counter_app.ui.tasks import save_in_background

translate = QCoreApplication.translate
T = TypeVar("T")

URGENCY_COLOURS = {Urgency.OVERDUE: "#ffcdd2", Urgency.NEARLY_DUE: "#fff3c4"}


def days_text(days_left: int) -> str:
    """"in 3 day(s)" / "overdue 2 day(s)": a claim's time left (CS-7)."""
    return (translate("ServiceDesk", "overdue {n} day(s)").format(n=-days_left) if days_left < 0
            else translate("ServiceDesk", "{n} day(s)").format(n=days_left))


class DeskPage:
    """The shared state and helpers of the desk's pages."""

    ui: Ui_ServiceDeskWorkspace
    _services: AppServices
    _desk: ServiceDeskService
    _operator: StaffMember | None
    _people: People
    """Job numbers shown as 王丽（1001） (issue 15 §6)."""

    @property
    def _widget(self) -> QWidget:
        """The workspace itself, as the parent of dialogs and background tasks."""
        assert isinstance(self, QWidget)
        return self

    def _say(self, label: QLabel, text: str, *, error: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")

    def _submit(self, label: QLabel, action: Callable[[StaffMember], T],
                said: Callable[[T], str], clear: Sequence[QLineEdit | QPlainTextEdit] = (),
                *, explain: Callable[[DomainError], str] = describe,
                failed: Callable[[DomainError], None] | None = None) -> T | None:
        """Run ``action`` for the operator; say what came of it on ``label`` and empty
        ``clear`` only once it is stored. A refusal is said in red and keeps what was typed
        (``failed`` is given it: a stale edit reloads the list). None when nothing was done."""
        if self._operator is None:
            return None
        try:
            done = action(self._operator)
        except DomainError as err:
            self._say(label, explain(err), error=True)
            if failed is not None:
                failed(err)
            return None
        self._say(label, said(done))
        for edit in clear:
            edit.clear()
        return done

    def _paint(self, table: QTableWidget, row: int, state: Urgency) -> None:
        """Colour a late (red) or nearly late (amber) row."""
        if (colour := URGENCY_COLOURS.get(state)) is None:
            return
        for column in range(table.columnCount()):
            if (cell := table.item(row, column)) is not None:
                cell.setBackground(QColor(colour))

    def _station_name(self) -> str:
        station = self._services.station.profile()
        return station.name if station else ""

    def _export(self, default_name: str, make: Callable[[], bytes], label: QLabel,
                kind: str = "Excel (*.xlsx)") -> None:
        """Ask where to save; write what ``make`` returns there off the GUI thread."""
        path, _filter = QFileDialog.getSaveFileName(
            self._widget, translate("ServiceDesk", "Save the list"),
            str(Path.home() / default_name), kind)
        if not path:
            return
        save_in_background(
            Path(path), lambda target: target.write_bytes(make()),
            lambda saved: self._say(label, translate("ServiceDesk", "Saved {file}.").format(
                file=saved.name)),
            lambda err: self._say(label, translate(
                "ServiceDesk", "The list was not saved: {why}").format(
                why=describe(err) if isinstance(err, DomainError) else type(err).__name__),
                error=True),
            parent=self._widget)
