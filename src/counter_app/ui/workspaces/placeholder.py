"""Workspaces whose workflows arrive with later issues: a titled page with its 'due now' list."""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from counter_app.ui.forms.ui_placeholder_workspace import Ui_PlaceholderWorkspace
from counter_app.ui.workspaces.base import Workspace

translate = QCoreApplication.translate


class PlaceholderWorkspace(Workspace):
    """Shows the workspace's title and purpose until its workflow is built."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        """``key`` is counter, warehouse, receipts or misroute."""
        super().__init__(parent)
        self.ui = Ui_PlaceholderWorkspace()
        self.ui.setupUi(self)
        self.key = key
        self.setObjectName(f"{key}_workspace")
        self._retranslate()

    @override
    def title(self) -> str:
        return {
            "counter": translate("Workspaces", "Counter"),
            "warehouse": translate("Workspaces", "Warehouse"),
            "receipts": translate("Workspaces", "Receipts"),
            "misroute": translate("Workspaces", "Misroutes"),
        }[self.key]

    def purpose(self) -> str:
        """One sentence saying what this desk is for."""
        return {
            "counter": translate(
                "Workspaces",
                "Accept parcels to send: item check, destination, payment, waybill, fee.",
            ),
            "warehouse": translate(
                "Workspaces", "Retained and problem parcels: scan in with a reason, keep, scan out."
            ),
            "receipts": translate(
                "Workspaces", "Key in the signed delivery receipts of the day, batch by courier."
            ),
            "misroute": translate(
                "Workspaces",
                "Register parcels with wrong big characters (大字) and print the monthly report.",
            ),
        }[self.key]

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.title_label.setText(self.title())
        self.ui.hint_label.setText(
            self.purpose()
            + "\n"
            + translate("Workspaces", "This desk's screens are not built yet.")
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
