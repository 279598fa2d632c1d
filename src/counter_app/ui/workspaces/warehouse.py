"""仓库 workspace (F2): scan-in with a reason, scan-out, search with the timeline, the deadline
board (issue 5, WH-1..WH-13); the headless, stocktake, driver, reports, settings, entry-fee and
notices tabs are pages of their own.

The four first tabs are one Designer form; each has its panel (``warehouse_scan_in``,
``warehouse_scan_out``, ``warehouse_search``, ``warehouse_board``, issue 14 §1) holding its
state and behaviour. This workspace only composes them: it hands a scan to the visible tab and
connects what one panel says to the others (a scan-in or scan-out changes the board; a board
line opens the search; 修改原因 goes from the search to the scan-in form and back).

Keyboard first. Ctrl+1…9 switch the tabs (the main window's keys for every workspace); a scan
goes to the visible tab.
"""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import Permission, StaffMember, allowed
from counter_app.services.app import AppServices
from counter_app.ui.forms.ui_warehouse_workspace import Ui_WarehouseWorkspace
from counter_app.ui.raw_printing import RawPrinting
from counter_app.ui.scale import ScalePort
from counter_app.ui.workspaces.base import ScanFeedback, Workspace
from counter_app.ui.workspaces.entry_fee_page import EntryFeePage
from counter_app.ui.workspaces.notify_pages import NoticesPage
from counter_app.ui.workspaces.warehouse_board import BoardPanel
from counter_app.ui.workspaces.warehouse_context import WarehouseContext
from counter_app.ui.workspaces.warehouse_driver import DriverPage
from counter_app.ui.workspaces.warehouse_headless import HeadlessPage
from counter_app.ui.workspaces.warehouse_reports import ReportsPage
from counter_app.ui.workspaces.warehouse_scan_in import ScanInPanel
from counter_app.ui.workspaces.warehouse_scan_out import ScanOutPanel
from counter_app.ui.workspaces.warehouse_search import SearchPanel
from counter_app.ui.workspaces.warehouse_settings import WarehouseSettingsPage
from counter_app.ui.workspaces.warehouse_stocktake import StocktakePage

translate = QCoreApplication.translate


class WarehouseWorkspace(Workspace):
    """F2: scan-in, scan-out, search, deadlines, then the headless, stocktake, driver, reports,
    settings, entry-fee and notices tabs."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build the form, add the pages, give each of the four first tabs its panel and
        connect them."""
        super().__init__(parent)
        self.ui = Ui_WarehouseWorkspace()
        self.ui.setupUi(self)
        self.setObjectName("warehouse_workspace")
        self.context = WarehouseContext(services)
        ui = self.ui
        self.headless_page = HeadlessPage(services)
        self.stocktake_page = StocktakePage(services)
        self.driver_page = DriverPage(services)
        self.reports_page = ReportsPage(services)
        self.settings_page = WarehouseSettingsPage(services)
        self.entry_fee_page = EntryFeePage(services)  # WH-18 (issue 16 §7)
        # issue 20: notices, reminders and consent in their own tab; asked at scan-in
        self.notices_page = NoticesPage(services)
        self.pages: tuple[Workspace, ...] = (
            self.headless_page, self.stocktake_page, self.driver_page, self.reports_page,
            self.settings_page, self.entry_fee_page, self.notices_page)
        for page in self.pages:
            ui.warehouse_tabs.addTab(page, page.title())
        self.scan_in_panel = ScanInPanel(self.context, ui, self)
        self.scan_out_panel = ScanOutPanel(self.context, ui, self)
        self.search_panel = SearchPanel(self.context, ui, self)
        self.board_panel = BoardPanel(self.context, ui, self)
        self._connect()
        ui.warehouse_tabs.currentChanged.connect(self._tab_changed)
        self.scan_in_panel.close_form()

    def _connect(self) -> None:
        """What one tab says to the others."""
        scan_in, scan_out = self.scan_in_panel, self.scan_out_panel
        search, board = self.search_panel, self.board_panel
        for panel, tab in ((scan_in, self.ui.scan_in_tab), (scan_out, self.ui.scan_out_tab),
                           (search, self.ui.search_tab), (board, self.ui.board_tab)):
            panel.tab_wanted.connect(lambda t=tab: self._show(t))
        for answering in (scan_in.answered, scan_out.answered):
            answering.connect(self.scan_answered.emit)
        for changing in (scan_in.stock_changed, scan_out.stock_changed, search.stock_changed):
            changing.connect(board.changed)
        self.headless_page.match_requested.connect(scan_in.start_match)
        search.edit_requested.connect(scan_in.start_edit)  # 修改原因 on the scan-in form
        scan_in.details_recorded.connect(self._recorded)
        scan_in.edit_left.connect(lambda: self._show(self.ui.search_tab))
        board.open_requested.connect(search.find)

    def _recorded(self, number: str) -> None:
        """修改原因 saved: back to the search, which says so, and the board's rows."""
        self._show(self.ui.search_tab)
        self.search_panel.recorded(number)
        self.board_panel.changed(number)

    # --- Workspace ---------------------------------------------------------------------------
    @override
    def title(self) -> str:
        return translate("Workspaces", "Warehouse")

    @override
    def activate(self, operator: StaffMember) -> None:
        # The main window may pass through this tab while it disables it for a role that
        # may not use the warehouse: then nothing is loaded.
        context = self.context
        if not allowed(operator.role, Permission.USE_WAREHOUSE):
            context.operator = None
            return
        context.operator = operator
        context.people.refresh()
        context.load_couriers()
        self.scan_out_panel.activate()
        self.search_panel.activate()
        self._tab_changed(self.ui.warehouse_tabs.currentIndex())

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback | None:
        """A scan goes to the visible tab."""
        ui = self.ui
        current = ui.warehouse_tabs.currentWidget()
        if current is ui.scan_in_tab:
            return self.scan_in_panel.open_parcel(event.number)
        if current is ui.scan_out_tab:
            return self.scan_out_panel.scan_out(event.number)
        if current in (ui.search_tab, ui.board_tab):
            self._show(ui.search_tab)
            found = self.search_panel.find(event.number)
            if found is None:  # the answer comes on the search tab
                return ScanFeedback(ScanOutcome.ACCEPTED,
                                    translate("WarehouseWorkspace", "Searching"), event.number)
            return ScanFeedback(
                ScanOutcome.ACCEPTED if found else ScanOutcome.REJECTED,
                translate("WarehouseWorkspace", "Found") if found
                else translate("WarehouseWorkspace", "Not found"),
                ui.search_message_label.text() or event.number,
            )
        for page in self.pages:
            if current is page:
                result: ScanFeedback | None = page.handle_scan(event)
                return result
        return None

    def show_tab(self, index: int) -> None:
        """Ctrl+1…9: switch to a tab."""
        if 0 <= index < self.ui.warehouse_tabs.count():
            self.ui.warehouse_tabs.setCurrentIndex(index)

    def _show(self, tab: QWidget) -> None:
        self.show_tab(self.ui.warehouse_tabs.indexOf(tab))

    def _tab_changed(self, index: int) -> None:
        ui = self.ui
        current = ui.warehouse_tabs.widget(index)
        operator = self.context.operator
        if operator is None or current is None:
            return
        if current is ui.scan_in_tab:
            self.scan_in_panel.focus()
        elif current is ui.scan_out_tab:
            self.scan_out_panel.focus()
        elif current is ui.search_tab:
            self.search_panel.focus()
        elif current is ui.board_tab:
            self.board_panel.refresh()
        else:
            for page in self.pages:
                if current is page:
                    page.activate(operator)

    def attach_raw_printing(self, raw: RawPrinting) -> None:
        """Print pickup labels on this PC's label printer when it has one (issue 17 §2)."""
        self.scan_in_panel.attach_raw_printing(raw)

    def attach_scale(self, scale: ScalePort) -> None:
        """Let the scan-out weight (EMS, air return fee) follow this PC's scale (issue 17)."""
        self.scan_out_panel.attach_scale(scale)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            ui = self.ui
            ui.retranslateUi(self)
            for page in self.pages:
                ui.warehouse_tabs.setTabText(ui.warehouse_tabs.indexOf(page), page.title())
            self.scan_in_panel.retranslate()
            self.scan_out_panel.retranslate()
            self.search_panel.retranslate()
            self.board_panel.changed()
        super().changeEvent(event)
