"""Statements per use case on the write path (issue 13 §7, issue 18 §2), so they cannot creep
back up: a count is not a timing. On PostgreSQL a statement is a round trip: a scan-in, a
scan-out and a receipt entry are one read and one write statement (data-modifying WITH, every
write hanging on the actor's check), run without BEGIN/COMMIT (``UnitOfWork.single_write``),
so two round trips; a journalled read is BEGIN, the carriers, the insert, COMMIT (SC-3: its
own committed transaction, before the workspace is told). SQLite has no data-modifying WITH:
the same rows are written by a few statements in one transaction, in the process."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from counter_app.domain.errors import ActorRevoked, AlreadyInStock, AlreadyOut
from counter_app.domain.scanning import RawScan
from counter_app.domain.staff import CourierKind, Role, StaffMember
from counter_app.domain.warehouse import (
    Disposition,
    NobodyHome,
    ProblemDetails,
    Reason,
)
from counter_app.services.app import AppServices
from counter_app.services.receipts import ReceiptDraft
from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
from tests.helpers import FakeClock, add_clerk, fast_hasher, set_up_station

# statements a use case may send (BEGIN and COMMIT not counted: two more round trips on PG)
LIMITS = {
    "postgresql": {"scan_in": 2, "scan_out": 2, "receipt": 2, "journal": 2},
    "sqlite": {"scan_in": 4, "scan_out": 5, "receipt": 3, "journal": 2},
}
DETAILS = ProblemDetails(nobody_home=NobodyHome.TOMORROW,
                         attempt_at=datetime(2026, 11, 23, 8, 30))


def no(n: int) -> str:
    return f"7731652312{n:04d}"


class Counter:
    """Statements sent through one engine, and pings of pooled connections."""

    def __init__(self, engine: Engine) -> None:
        self.statements: list[str] = []
        self.pings = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        dialect = engine.dialect
        ping = dialect.do_ping

        def counted(dbapi_connection: object) -> bool:
            self.pings += 1
            return ping(dbapi_connection)

        dialect.do_ping = counted  # type: ignore[method-assign]

    def _statement(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        self.statements.append(" ".join(statement.split())[:120])

    def during(self, action: object) -> int:
        self.statements.clear()
        self.pings = 0
        assert callable(action)
        action()
        return len(self.statements) + self.pings


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[tuple[AppServices, Counter, str]]:
    from counter_app.main import open_database, wire

    clock = FakeClock(datetime(2026, 11, 23, 9, 0))
    engine = open_database(db_url, backup_dir=tmp_path / "backups")
    try:
        app = wire(engine, clock=clock, hasher=fast_hasher(), photo_dir=tmp_path / "photos",
                   backup_dir=tmp_path / "backups")
        yield app, Counter(engine), engine.dialect.name
    finally:
        engine.dispose()


def _staff(app: AppServices) -> tuple[StaffMember, StaffMember, StaffMember, int]:
    boss = set_up_station(app)
    clerk = add_clerk(app, boss, Role.WAREHOUSE, "4001")
    night = add_clerk(app, boss, Role.RECEIPTS, "3001")
    courier = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    return boss, clerk, night, courier.id


def test_scan_in_scan_out_and_receipt_stay_within_their_statements(
        desk: tuple[AppServices, Counter, str]) -> None:
    app, counter, dialect = desk
    limits = LIMITS[dialect]
    _boss, clerk, night, courier_id = _staff(app)
    app.receipts.import_delivery_csv(night, "日期,派件员,运单号,收件人,到付金额,件数\n"
                                     + "\n".join(f"2026-11-23,张伟,{no(500 + i)},李娜,,1"
                                                 for i in range(3)))
    batch = app.receipts.open_batch(night, courier_id, date(2026, 11, 23)).batch.id
    # warm: the default locations are created by the first scan-in
    app.warehouse.scan_in(clerk, ScanInDraft(no(900), Reason.MISSORTED, ProblemDetails()))
    for n in (1, 2):
        sent = counter.during(lambda n=n: app.warehouse.scan_in(clerk, ScanInDraft(
            no(n), Reason.NOBODY_HOME, DETAILS, "王芳", "13800001234")))
        assert sent <= limits["scan_in"], counter.statements
        sent = counter.during(lambda n=n: app.scans.process(RawScan(
            "serial:/dev/ttyUSB0", no(n).encode(), no(n), float(n))))
        assert sent <= limits["journal"], counter.statements
        sent = counter.during(lambda n=n: app.warehouse.scan_out(
            clerk, no(n), ScanOutDraft(Disposition.DELIVERY, courier_id=courier_id)))
        assert sent <= limits["scan_out"], counter.statements
        sent = counter.during(lambda n=n: app.receipts.enter(
            night, batch, ReceiptDraft(no(500 + n), "李娜")))
        assert sent <= limits["receipt"], counter.statements
    # what was written is whole: stay, events, audit, delivery list, receipt
    timeline = app.warehouse.timeline(clerk, no(1))
    assert [e.kind for e in timeline] == ["in", "out", "delivery_scan"]
    assert timeline[0].data["pickup_code"].startswith("N-")
    assert app.receipts.lookup(no(501)).existing is not None
    assert app.receipts.lookup(no(501)).expected is not None


def test_the_losers_still_learn_who_won_and_nothing_half_written(
        desk: tuple[AppServices, Counter, str]) -> None:
    """The one write statement decides; a refused scan-in or scan-out writes nothing."""
    app, _counter, _dialect = desk
    _boss, clerk, _night, courier_id = _staff(app)
    first = app.warehouse.scan_in(clerk, ScanInDraft(no(7), Reason.MISSORTED, ProblemDetails()))
    with pytest.raises(AlreadyInStock) as held:
        app.warehouse.scan_in(clerk, ScanInDraft(no(7), Reason.MISSORTED, ProblemDetails()))
    assert held.value.pickup_code == first.pickup_code
    app.warehouse.scan_out(clerk, no(7), ScanOutDraft(Disposition.DELIVERY,
                                                      courier_id=courier_id))
    with pytest.raises(AlreadyOut):
        app.warehouse.scan_out(clerk, no(7), ScanOutDraft(Disposition.DELIVERY,
                                                          courier_id=courier_id))
    assert [e.kind for e in app.warehouse.timeline(clerk, no(7))] == [
        "in", "out", "delivery_scan"]


def test_a_revoked_actor_writes_no_stay_no_event_and_no_audit_row(
        desk: tuple[AppServices, Counter, str]) -> None:
    """Issue 13 §4 folded into the write: the clerk deactivated on another PC."""
    app, _counter, _dialect = desk
    boss, clerk, _night, _courier_id = _staff(app)
    app.staff.update(boss, clerk.id, active=False)
    with pytest.raises(ActorRevoked):
        app.warehouse.scan_in(clerk, ScanInDraft(no(8), Reason.MISSORTED, ProblemDetails()))
    assert app.warehouse.in_stock(boss) == []
    assert app.warehouse.timeline(boss, no(8)) == []


def test_events_stored_once_read_back_whole_after_a_move(
        desk: tuple[AppServices, Counter, str]) -> None:
    """Issue 21 §4: the ``in`` and ``out`` events store no data the stay holds, yet the
    timeline says where the parcel was first put even after it moved, and a scan-out for
    delivery still reads as its delivery scan (WH-7)."""
    app, _counter, _dialect = desk
    boss, clerk, _night, courier_id = _staff(app)
    first = app.warehouse.scan_in(clerk, ScanInDraft(no(9), Reason.NOBODY_HOME, DETAILS))
    moved = app.warehouse.relocate(clerk, no(9), "C")
    assert moved.location == "C" != first.location
    app.warehouse.scan_out(clerk, no(9), ScanOutDraft(Disposition.DELIVERY,
                                                      courier_id=courier_id))
    timeline = app.warehouse.timeline(clerk, no(9))
    assert [e.kind for e in timeline] == ["in", "moved", "out", "delivery_scan"]
    assert timeline[0].data == {"reason": "nobody_home", "details": DETAILS.as_dict(),
                                "location": first.location, "pickup_code": first.pickup_code}
    assert timeline[2].data == {"disposition": "delivery", "courier_id": courier_id,
                                "courier": "张伟"}
    assert timeline[3].data == {"courier": "张伟", "courier_id": courier_id}
    audit = app.audit.entries(boss, entity="wh_stay")
    assert {e.action for e in audit} >= {"scan_in", "scan_out"}
    scan_in = next(e for e in audit if e.action == "scan_in")
    assert scan_in.actor == "4001"  # who (WH-2), what and where
    assert scan_in.after == {"waybill_no": no(9), "reason": "nobody_home",
                             "location": first.location, "pickup_code": first.pickup_code}
