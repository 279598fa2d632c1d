"""The side pages of the F2 仓库 workspace, one module each (issue 14 §1): headless parcels
(``warehouse_headless``), stocktake (``warehouse_stocktake``), driver pickup
(``warehouse_driver``), printed reports (``warehouse_reports``) and the warehouse settings
(``warehouse_settings``). This module only names them together for older imports."""

from __future__ import annotations

from counter_app.ui.workspaces.warehouse_driver import DriverPage
from counter_app.ui.workspaces.warehouse_headless import HeadlessPage
from counter_app.ui.workspaces.warehouse_reports import ReportsPage
from counter_app.ui.workspaces.warehouse_settings import WarehouseSettingsPage
from counter_app.ui.workspaces.warehouse_stocktake import StocktakePage

__all__ = ["DriverPage", "HeadlessPage", "ReportsPage", "StocktakePage",
           "WarehouseSettingsPage"]
