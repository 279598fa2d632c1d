"""What the F2 仓库 tabs share (issue 14 §1): the services, who is at the desk, how people and
couriers are named, and the base of a tab's panel.

The workspace (``warehouse.WarehouseWorkspace``) builds one Designer form with the four tabs;
each tab's behaviour and state live in its panel (``warehouse_scan_in``, ``warehouse_scan_out``,
``warehouse_search``, ``warehouse_board``). A panel touches only its own tab's widgets and tells
the others what happened through its signals; the workspace connects them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.staff import Courier, CourierKind, StaffMember
from counter_app.services.app import AppServices
from counter_app.ui.forms.ui_warehouse_workspace import Ui_WarehouseWorkspace
from counter_app.ui.people import People
from counter_app.ui.workspaces.warehouse_texts import describe_named


class WarehouseContext:
    """The desk's shared state: the services, the operator (None until someone allowed to use
    the warehouse logs in) and the names of people and couriers."""

    def __init__(self, services: AppServices) -> None:
        """Name people by job number (王丽（1001）); couriers are read on activation."""
        self.services = services
        self.wh = services.warehouse
        self.people = People(services.staff.names)
        self.operator: StaffMember | None = None
        self.couriers: list[Courier] = []

    def load_couriers(self) -> None:
        """Read the active couriers (the scan-out's, the search's and the scan-in's names)."""
        self.couriers = [c for c in self.wh.couriers(CourierKind.COURIER) if c.active]

    @staticmethod
    def courier_text(courier: Courier) -> str:
        """A courier as the combos show it: 张伟（文三路）."""
        return f"{courier.name}（{courier.area}）" if courier.area else courier.name

    def courier_name(self, courier_id: int) -> str:
        """The shown name of an active courier, "" for any other."""
        return next((self.courier_text(c) for c in self.couriers if c.id == courier_id), "")

    def fill_couriers(self, combo: QComboBox) -> None:
        """「—」 and every active courier, keeping the chosen one."""
        current = combo.currentData()
        combo.clear()
        combo.addItem("—", None)
        for courier in self.couriers:
            combo.addItem(self.courier_text(courier), courier.id)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def describe(self, err: DomainError) -> str:
        """The error in words, the clerk it names by name and job number."""
        return describe_named(err, self.people.label)


class Panel(QObject):
    """One tab's behaviour over its widgets of the shared form.

    Signals:
        tab_wanted(): show this panel's tab now (before the panel goes on).
    """

    tab_wanted = Signal()

    def __init__(self, context: WarehouseContext, ui: Ui_WarehouseWorkspace,
                 host: QWidget) -> None:
        """``host`` is the workspace: it owns the panel and parents its dialogs and tasks."""
        super().__init__(host)
        self._ctx = context
        self._wh = context.wh
        self.ui = ui
        self._host = host

    def is_current(self, tab: QWidget) -> bool:
        """Whether ``tab`` is the warehouse's visible tab."""
        return self.ui.warehouse_tabs.currentWidget() is tab
