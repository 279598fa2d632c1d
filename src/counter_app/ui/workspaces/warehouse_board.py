"""仓库 · 期限 (F2 deadline board, issue 5 §6, WH-4, WH-8, issue 21 §5): what falls due today,
what is overdue, and every parcel still here. After a scan only that parcel's rows change; a
full load is diffed against what is shown; the parcels kept without consent are flagged (X-7).
Enter on a line opens the parcel on the search tab."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableWidget, QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.staff import StaffMember
from counter_app.domain.warehouse_stay import StayRecord
from counter_app.services.warehouse import BoardEntry, BoardLine, OpenProblem
from counter_app.ui.forms.ui_warehouse_workspace import Ui_WarehouseWorkspace
from counter_app.ui.messages import minute, reason_name
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.keys import bind_key
from counter_app.ui.widgets.tables import KeyedRows, Row, selected_key
from counter_app.ui.workspaces.notify_pages import flag_unconsented
from counter_app.ui.workspaces.warehouse_context import Panel, WarehouseContext
from counter_app.ui.workspaces.warehouse_reminders import ReplyCheckBar
from counter_app.ui.workspaces.warehouse_texts import due_text, event_text

translate = QCoreApplication.translate


@dataclass(frozen=True)
class _BoardRows:
    """The board's three lists as rows, built on the worker thread."""

    today: date
    overdue: list[Row]
    due_today: list[Row]
    problems: list[Row]
    stays: list[StayRecord]  # in stock, for the X-7 consent flags (issue 20)


def board_row(line: BoardLine, *, overdue: bool) -> Row:
    """A deadline line (WH-8): most overdue first on the overdue list, by arrival on today's."""
    stay, due = line.stay, line.due
    key = (stay.waybill_no, due.kind.value)
    sort = ((due.due_on, stay.in_at) if overdue else (stay.in_at,)) + key
    return Row(key, sort, [stay.waybill_no, due.due_on.strftime("%m-%d"), due_text(due.kind),
                           reason_name(stay.reason), stay.pickup_code, minute(stay.in_at)],
               stay.waybill_no)


def problem_row(p: OpenProblem, who: Callable[[str], str] = str) -> Row:
    """A parcel in stock (WH-4), oldest first; ``who`` names a job number."""
    against = translate("WarehouseWorkspace", "counts against us")
    return Row(p.stay.waybill_no, (p.stay.in_at, p.stay.waybill_no), [
        p.stay.waybill_no, str(p.days), reason_name(p.stay.reason), p.stay.pickup_code,
        str(p.messages), against if p.counts_against_station else "",
        f"{minute(p.last_event.at)} {event_text(p.last_event, who)}" if p.last_event else ""],
        p.stay.waybill_no)


class BoardPanel(Panel):
    """The deadline board's tab: the overdue and today's lists, the open problems, the reply
    reminders (WH-16).

    Signals:
        open_requested(str): a line's parcel, to be shown on the search tab.
    """

    open_requested = Signal(str)

    def __init__(self, context: WarehouseContext, ui: Ui_WarehouseWorkspace,
                 host: QWidget) -> None:
        """Key the lists' rows; Ctrl+R reloads; Enter on a line opens its parcel."""
        super().__init__(context, ui, host)
        # The board's lists change row by row after a scan (issue 21 §5).
        self.overdue_rows = KeyedRows(ui.overdue_table)
        self.due_rows = KeyedRows(ui.due_today_table)
        self.problem_rows = KeyedRows(ui.problems_table, wrap_last=True)
        self._today: date | None = None  # the day the lists were loaded for
        self._flag_stays: list[StayRecord] | None = None  # to flag once the lists settle
        ui.refresh_board_button.clicked.connect(self.refresh)
        self.reply_bar = ReplyCheckBar(context.services, ui.board_tab)  # WH-16 (issue 16)
        ui.board_layout.insertWidget(1, self.reply_bar)
        for table in (ui.overdue_table, ui.due_today_table, ui.problems_table):
            table.itemActivated.connect(lambda _item, t=table: self._open_from(t))
        bind_key(ui.board_tab, "Ctrl+R", self.refresh)

    def changed(self, waybill_no: str | None = None) -> None:
        """Stock changed. One parcel: once the board has been loaded its rows are fetched on
        the worker thread and only they are inserted, updated or removed (issue 21 §5, a
        scan-in reloaded 3,000 rows). Otherwise the board reloads if it is on screen (off the
        GUI thread), or when its tab is next shown."""
        operator = self._ctx.operator
        if operator is None:
            return
        if waybill_no is not None and self._today is not None:
            run_in_background(lambda: self._wh.board_entry(operator, waybill_no),
                              self._apply_entry, self._failed, parent=self._host, quiet=True)
        elif self.is_current(self.ui.board_tab):
            self.refresh()
        else:
            self._today = None  # stale: reloaded when shown

    def _apply_entry(self, entry: BoardEntry) -> None:
        if entry.today != self._today:
            self._today = None  # a new day: everything may fall due
            if self.is_current(self.ui.board_tab):
                self.refresh()
            return
        number = entry.waybill_no
        for rows in (self.overdue_rows, self.due_rows):
            rows.remove_where(lambda key: isinstance(key, tuple) and key[0] == number)
        for line in entry.lines:
            overdue = line.due.due_on < entry.today
            (self.overdue_rows if overdue else self.due_rows).put(
                board_row(line, overdue=overdue))
        if entry.problem is None:
            self.problem_rows.remove(number)
        else:
            self.problem_rows.put(problem_row(entry.problem, self._ctx.people.label))
        self._show_title()

    def refresh(self) -> None:
        """What falls due today, what is overdue, and every parcel still here: read and laid
        out on the worker thread, then only the rows that differ change (issue 21 §5)."""
        operator = self._ctx.operator
        if operator is None:
            return
        self.reply_bar.refresh(operator)  # WH-16 reminders (issue 16)
        self._set_headers()
        if self._today is None:  # first load (or stale): say so where the lists are
            self.ui.board_title_label.setText(
                translate("WarehouseWorkspace", "Loading the board…"))
        run_in_background(lambda: self._rows(operator), self._show,
                          self._failed, parent=self._host, quiet=True)

    def _rows(self, operator: StaffMember) -> _BoardRows:
        """Worker thread: the board and the problem list as rows."""
        board = self._wh.board(operator)
        problems = self._wh.open_problems(operator)
        label = self._ctx.people.label
        return _BoardRows(board.today,
                          [board_row(b, overdue=True) for b in board.overdue],
                          [board_row(b, overdue=False) for b in board.due_today],
                          [problem_row(p, label) for p in problems],
                          [p.stay for p in problems])

    def _show(self, rows: _BoardRows) -> None:
        self._today = rows.today
        self.overdue_rows.replace(rows.overdue)
        self.due_rows.replace(rows.due_today)
        self.problem_rows.replace(rows.problems)
        self._show_title()
        self._flag_stays = rows.stays
        self._flag_when_settled()

    def _flag_when_settled(self) -> None:
        """X-7 (issue 20): once the lists are shown, the parcels kept without consent turn
        amber (each full load starts from unflagged rows)."""
        lists = (self.overdue_rows, self.due_rows, self.problem_rows)
        busy = next((rows for rows in lists if rows.busy), None)
        if busy is not None:
            busy.settled.connect(self._flag_when_settled, Qt.ConnectionType.SingleShotConnection)
            return
        stays, self._flag_stays = self._flag_stays, None
        operator = self._ctx.operator
        if stays is None or operator is None:
            return
        ui = self.ui
        tables = [ui.overdue_table, ui.due_today_table, ui.problems_table]
        for table in tables:
            for row in range(table.rowCount()):
                for col in range(table.columnCount()):
                    if (item := table.item(row, col)) is not None and item.toolTip():
                        item.setBackground(QBrush())
                        item.setToolTip("")
        flag_unconsented(self._ctx.services, operator, stays, tables, ui.board_title_label)

    def _failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            raise err
        self._today = None
        self.ui.board_title_label.setText(self._ctx.describe(err))

    def _show_title(self) -> None:
        if self._today is None:
            return
        self.ui.board_title_label.setText(translate(
            "WarehouseWorkspace", "{day}: {overdue} overdue, {due} due today, {stock} in stock"
        ).format(day=self._today.isoformat(), overdue=len(self.overdue_rows),
                 due=len(self.due_rows), stock=len(self.problem_rows)))

    def _set_headers(self) -> None:
        headers = [translate("WarehouseWorkspace", "Waybill"),
                   translate("WarehouseWorkspace", "Due on"),
                   translate("WarehouseWorkspace", "What to do"),
                   translate("WarehouseWorkspace", "Reason"),
                   translate("WarehouseWorkspace", "Code"),
                   translate("WarehouseWorkspace", "In since")]
        self.overdue_rows.set_headers(headers)
        self.due_rows.set_headers(headers)
        self.problem_rows.set_headers([
            translate("WarehouseWorkspace", "Waybill"),
            translate("WarehouseWorkspace", "Days here"),
            translate("WarehouseWorkspace", "Reason"),
            translate("WarehouseWorkspace", "Code"),
            translate("WarehouseWorkspace", "Messages"),
            translate("WarehouseWorkspace", "Station at fault"),
            translate("WarehouseWorkspace", "Last event"),
        ])

    def _open_from(self, table: QTableWidget) -> None:
        """Enter or double-click on a board line: the parcel on the search tab."""
        key = selected_key(table)
        if key is not None:
            self.open_requested.emit(str(key))
