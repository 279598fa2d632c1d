"""What the counter's side pages share (issue 4): number formats, table helpers and the page
base class with its file and printer helpers."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QTableWidget,
)

from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import Role
from counter_app.ui.printing import (
    DocKind,
    PrintResult,
    describe_result,
    print_document,
)
from counter_app.ui.tasks import Cancelled, save_in_background
from counter_app.ui.widgets.pages import Page
from counter_app.ui.workspaces.base import ScanFeedback

translate = QCoreApplication.translate
LOW_COLOUR = QColor("#b00020")
EMS_COLOUR = QColor("#9a6700")



# --- shared helpers ------------------------------------------------------------------------


def kg(value: Decimal) -> str:
    """A weight without trailing zeros: 1.000 → 1, 0.50 → 0.5."""
    return f"{value.normalize():f}"


def yuan(value: Decimal) -> str:
    """An amount with two decimals: 12 → 12.00."""
    return f"{value:.2f}"


def yes_no(flag: bool) -> str:
    """A translated yes / no cell."""
    return translate("IntakePages", "yes") if flag else translate("IntakePages", "no")


def align_right(table: QTableWidget, columns: tuple[int, ...]) -> None:
    """Right-align the cells of number columns."""
    for r in range(table.rowCount()):
        for c in columns:
            if (item := table.item(r, c)) is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def fit_columns(table: QTableWidget) -> None:
    """Size the columns to their (now bold) contents again; the last one takes the rest."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setStretchLastSection(True)


def spread_columns(table: QTableWidget) -> None:
    """Share the width among all columns (a table of figures: no column takes the rest)."""
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)


def select_key(table: QTableWidget, key: object) -> bool:
    """Select the row whose first cell carries ``key``; whether one did."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
            table.selectRow(row)
            return True
    return False


def emphasise_row(table: QTableWidget, row: int, colour: QColor | None = None) -> None:
    """Bold (and optionally colour) every cell of a row."""
    for c in range(table.columnCount()):
        item = table.item(row, c)
        if item is None:
            continue
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        if colour is not None:
            item.setForeground(colour)


class _IntakePage(Page):
    """What the intake pages share besides ``Page``: files, printing, scans answered."""

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        return self.show_feedback(ScanFeedback(
            ScanOutcome.DUPLICATE, translate("IntakePages", "Not taken here"),
            translate("IntakePages", "{number}: scan waybills on the intake form.").format(
                number=event.number)))

    def editable(self) -> bool:
        """Whether the operator is a supervisor (who may change settings and accounts)."""
        return self._operator is not None and self._operator.role is Role.SUPERVISOR

    def ask_save(self, title: str, suggested: str, filter_: str) -> str:
        """Where to save (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filter_)
        return path

    def ask_open(self, title: str, filter_: str) -> str:
        """Which file to read (replaced in tests)."""
        path, _ = QFileDialog.getOpenFileName(self, title, "", filter_)
        return path

    def save_file(self, title: str, suggested: str, filter_: str,
                  write: Callable[[Path], object]) -> Path | None:
        """Ask where, write on the worker thread (cancellable), and say how it went; None when
        no file was chosen."""
        path = self.ask_save(title, suggested, filter_)
        if not path:
            return None

        def failed(err: BaseException) -> None:
            if isinstance(err, Cancelled):
                self.error(translate("IntakePages", "Cancelled; {path} was not saved.").format(
                    path=path))
            elif isinstance(err, OSError):
                self.error(translate("IntakePages", "Could not save {path}: {error}. An "
                                     "earlier file of that name is unchanged.").format(
                    path=path, error=err.strerror or str(err)))
            else:
                raise err

        save_in_background(Path(path), write,
                           lambda p: self.ok(translate("IntakePages", "Saved {path}.").format(
                               path=p)), failed, parent=self)
        return Path(path)

    def read_file(self, title: str, filter_: str) -> tuple[Path, bytes] | None:
        """Ask for a file and read it; None when cancelled or unreadable (said)."""
        path = self.ask_open(title, filter_)
        if not path:
            return None
        try:
            return Path(path), Path(path).read_bytes()
        except OSError as err:
            self.error(translate("IntakePages", "Could not read {path}: {error}").format(
                path=path, error=err.strerror or str(err)))
            return None

    def send_to_printer(self, title: str, pdf: bytes | Callable[[], bytes]) -> None:
        """Render (when ``pdf`` is a function) and print on the worker thread, on this PC's A4
        printer; the outcome is said here and on the result bar."""

        def done(result: PrintResult) -> None:
            if result.ok:
                self.ok(translate("IntakePages", "Printed {n} page(s).").format(n=result.pages))
            else:
                self.error(describe_result(result))

        print_document(self, DocKind.A4, title, pdf, ask=self.ask_print, done=done)


# --- 1. 交班汇总 (issue 4 §10) ---------------------------------------------------------------


