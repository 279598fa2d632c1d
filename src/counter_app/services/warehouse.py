"""The warehouse office (WH-1..WH-17, issue 5), split by use case (issue 14 §2):

- ``warehouse_scan_in``: lookup, proposal, scan-in, misroute link, details, moves;
- ``warehouse_scan_out``: scan-out with one typed details class per disposition;
- ``warehouse_board``: notes, messages, delivery scan; the deadline board and problem list;
- ``warehouse_search``: search, timeline, stock;
- ``warehouse_stocktake``, ``warehouse_driver``, ``warehouse_headless``, ``warehouse_reports``;
- ``warehouse_settings``: the WH-8 periods, the WH-11 tariff, the locations;
- ``warehouse_stock``: the steps they share (find, place with a pickup code, log, close).

``WarehouseService`` composes them for the screens: each group is an attribute, and every
use case is also reachable by its old name (``services.warehouse.scan_in(...)``)."""

from __future__ import annotations

from pathlib import Path

from counter_app.domain.clock import Clock
from counter_app.services.ports import UnitOfWorkFactory
from counter_app.services.warehouse_board import Board
from counter_app.services.warehouse_driver import Driver
from counter_app.services.warehouse_headless import Headless
from counter_app.services.warehouse_records import (
    BoardEntry,
    BoardLine,
    DeadlineBoard,
    LocationView,
    Lookup,
    OpenProblem,
    Proposal,
    ScanInDraft,
    ScanOutDraft,
    ScanOutResult,
    StocktakeResult,
    TariffReading,
)
from counter_app.services.warehouse_reports import Reports
from counter_app.services.warehouse_scan_in import ScanIn
from counter_app.services.warehouse_scan_out import ScanOut
from counter_app.services.warehouse_search import Search
from counter_app.services.warehouse_settings import WarehouseSettings
from counter_app.services.warehouse_stocktake import Stocktake

__all__ = [
    "BoardEntry",
    "BoardLine",
    "DeadlineBoard",
    "LocationView",
    "Lookup",
    "OpenProblem",
    "Proposal",
    "ScanInDraft",
    "ScanOutDraft",
    "ScanOutResult",
    "StocktakeResult",
    "TariffReading",
    "WarehouseService",
]
"""The use cases' records are re-exported for the screens (``services.warehouse_records``)."""


class WarehouseService:
    """The warehouse's use cases, grouped; every change is audited in its own transaction."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        photo_dir: Path | None = None,
    ) -> None:
        """``photo_dir`` keeps copies of headless-parcel photos (WH-3)."""
        self.settings = WarehouseSettings(uow_factory, clock)
        self.scan_ins = ScanIn(uow_factory, clock)
        self.scan_outs = ScanOut(uow_factory, clock)
        self.boards = Board(uow_factory, clock)
        self.searches = Search(uow_factory, clock)
        self.stocktakes = Stocktake(uow_factory, clock)
        self.drivers = Driver(uow_factory, clock)
        self.headless_list = Headless(uow_factory, clock, self.scan_ins, photo_dir)
        self.reports = Reports(uow_factory, clock)
        # the use cases by the names the screens call (one line each, typed by mypy)
        s = self.settings
        self.deadline_rules = s.deadline_rules
        self.deadline_rules_versioned = s.deadline_rules_versioned
        self.set_deadline_rules = s.set_deadline_rules
        self.return_tariff = s.return_tariff
        self.return_tariff_versioned = s.return_tariff_versioned
        self.tariff_reading = s.tariff_reading
        self.set_tariff_basis = s.set_tariff_basis
        self.set_return_tariff = s.set_return_tariff
        self.locations = s.locations
        self.save_location = s.save_location
        self.couriers = s.couriers
        i = self.scan_ins
        self.lookup = i.lookup
        self.propose = i.propose
        self.scan_in = i.scan_in
        self.from_misroute = i.from_misroute
        self.linked_to_misroute = i.linked_to_misroute
        self.update_details = i.update_details
        self.relocate = i.relocate
        b = self.boards
        self.notify_customer = b.notify_customer
        self.log_message = b.log_message
        self.delivery_scan = b.delivery_scan
        self.add_note = b.add_note
        self.board = b.board
        self.reply_checks_due = b.reply_checks_due
        self.replies_checked = b.replies_checked
        self.open_problems = b.open_problems
        self.board_entry = b.board_entry
        f = self.searches
        self.search = f.search
        self.timeline = f.timeline
        self.stay = f.stay
        self.in_stock = f.in_stock
        self.scan_out = self.scan_outs.scan_out
        d = self.drivers
        self.plan_pickup = d.plan_pickup
        self.pickup_list = d.pickup_list
        self.check_pickup = d.check_pickup
        self.hand_to_driver = d.hand_to_driver
        h = self.headless_list
        self.add_headless = h.add_headless
        self.headless = h.headless
        self.match_headless = h.match_headless
        t = self.stocktakes
        self.start_stocktake = t.start_stocktake
        self.count = t.count
        self.stocktake_result = t.stocktake_result
        self.recount = t.recount
        self.post_stocktake = t.post_stocktake
        r = self.reports
        self.handover = r.handover
        self.labels = r.labels
        self.label_reprinted = r.label_reprinted
        self.air_fee_register = r.air_fee_register
        self.ems_register = r.ems_register
