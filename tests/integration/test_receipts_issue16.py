"""Issue 16 §8 (WH-5): what arrived today — the imported list is the station's knowledge of
arrivals; the check lists the parcels with neither a receipt nor a warehouse reason."""

from __future__ import annotations

from datetime import datetime

from counter_app.domain.staff import Role
from counter_app.domain.warehouse import NobodyHome, ProblemDetails, Reason
from counter_app.services.app import AppServices
from counter_app.services.receipts import ReceiptDraft
from counter_app.services.warehouse import ScanInDraft
from tests.helpers import add_clerk
from tests.integration import test_receipt_service as _base
from tests.integration.test_receipt_service import DAY, no

app, clock, desk = _base.app, _base.clock, _base.desk  # the night desk of the 22nd


def test_wh5_arrived_parcels_without_a_receipt_or_a_reason_are_listed(
        app: AppServices, desk) -> None:
    boss, night, zhang, _ = desk
    keeper = add_clerk(app, boss, Role.WAREHOUSE, job="4001")
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"))               # signed
    app.warehouse.scan_in(keeper, ScanInDraft(                                  # a reason
        waybill=no(2), reason=Reason.NOBODY_HOME, details=ProblemDetails(
            nobody_home=NobodyHome.SWITCHED_OFF, attempt_at=datetime(2026, 11, 22, 15)),
        recipient="王芳"))
    report = app.receipts.morning_report(DAY)
    assert report.unaccounted == (("张伟", no(3)), ("张伟", no(4)), ("钱军", no(5)))
    # a receipt entered later takes it off the list
    app.receipts.enter(night, batch, ReceiptDraft(no(3), "陈刚", pieces=3))
    assert [w for _c, w in app.receipts.morning_report(DAY).unaccounted] == [no(4), no(5)]


def test_wh5_an_arrival_list_in_the_same_format_is_known_the_same_way(
        app: AppServices, desk) -> None:
    """An arrival list of another day, imported like a delivery list, is that day's check."""
    _boss, night, _zhang, _ = desk
    app.receipts.import_delivery_csv(night, f"2026-11-23,钱军,{no(8)},孙丽,,1")
    report = app.receipts.morning_report(DAY.replace(day=23))
    assert report.unaccounted == (("钱军", no(8)),)
