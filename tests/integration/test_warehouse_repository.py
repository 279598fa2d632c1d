"""The warehouse repository on a real database: stays, one open stay per waybill, conditional
scan-out, searches, stock counts, timelines, headless parcels and stocktakes (issue 5)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from counter_app.domain.errors import AlreadyInStock
from counter_app.domain.staff import CourierKind
from counter_app.domain.warehouse import (
    CodRefusal,
    Disposition,
    Location,
    LocationKind,
    NobodyHome,
    Payment,
    ProblemDetails,
    Reason,
)
from counter_app.domain.warehouse_stay import (
    CheckedBy,
    CollectedOut,
    DeliveryOut,
    DriverOut,
    EmsOut,
    OutDetails,
    StayRecord,
    WarehouseEvent,
)
from counter_app.main import open_database
from counter_app.persistence.unit_of_work import UnitOfWorkFactory
from counter_app.services.warehouse_ports import HeadlessRecord, StocktakeRecord

T0 = datetime(2026, 11, 23, 9, 0)


def no(n: int) -> str:
    return f"7731652312{n:04d}"


def stay(n: int, *, at: datetime = T0, **fields: object) -> StayRecord:
    record = StayRecord(
        waybill_no=no(n),
        reason=Reason.NOBODY_HOME,
        details=ProblemDetails(nobody_home=NobodyHome.TOMORROW, attempt_at=T0 - timedelta(hours=1)),
        location="A1",
        in_at=at,
        in_by="2001",
        layer=1,
        pickup_code=f"A1-1-{n:04d}",
        recipient="李娜",
        phone="138-1234-5678",
    )
    return replace(record, **fields)  # type: ignore[arg-type]


@pytest.fixture
def engine(db_url: str, tmp_path: Path) -> Iterator[sa.Engine]:
    engine = open_database(db_url, backup_dir=tmp_path / "backups")
    yield engine
    engine.dispose()


@pytest.fixture
def uow(engine: sa.Engine) -> UnitOfWorkFactory:
    return UnitOfWorkFactory(engine)


def add(uow: UnitOfWorkFactory, *stays: StayRecord) -> list[StayRecord]:
    with uow() as u:
        added = [u.warehouse.add_stay(s) for s in stays]
        u.commit()
    return added


OUT: dict[Disposition, OutDetails] = {
    Disposition.COLLECTED: CollectedOut(CheckedBy.CODE),
    Disposition.DELIVERY: DeliveryOut(None, ""),
    Disposition.DRIVER: DriverOut(None, ""),
}


def close(uow: UnitOfWorkFactory, stay_id: int, at: datetime,
          disposition: Disposition = Disposition.COLLECTED) -> bool:
    with uow() as u:
        won = u.warehouse.close_stay(stay_id, at, "2002", disposition, OUT[disposition])
        u.commit()
    return won


# --- stays -----------------------------------------------------------------------------------


def test_a_stay_round_trips_with_its_details_and_out_details(uow: UnitOfWorkFactory) -> None:
    with uow() as u:
        driver = u.couriers.add("钱军", "13905711006", CourierKind.DRIVER)
        u.commit()
    details = ProblemDetails(cod_refusal=CodRefusal.NO_INVOICE, detail="收件人说没有发票")
    given = stay(1, reason=Reason.COD_REFUSED, details=details, bulky=True, layer=3,
                 destination_province="浙江省", planned_driver_id=driver)
    (added,) = add(uow, given)
    assert added.id is not None
    assert added == replace(given, id=added.id)
    with uow() as u:
        assert u.warehouse.get_stay(added.id) == added
        assert u.warehouse.open_stay(no(1)) == added
        assert u.warehouse.last_stay(no(1)) == added
        assert u.warehouse.get_stay(added.id + 1000) is None
        assert u.warehouse.open_stay(no(2)) is None
    out = EmsOut(Decimal("2.30"), Decimal("18.50"), Decimal("10.00"), Payment.PREPAID,
                 Decimal("8.50"), "浙江省", "EA123456785CN", driver, "张伟")
    with uow() as u:
        assert u.warehouse.close_stay(added.id, T0 + timedelta(hours=2), "2002", Disposition.EMS,
                                      out)
        u.commit()
    with uow() as u:
        closed = u.warehouse.get_stay(added.id)
        assert u.warehouse.open_stay(no(1)) is None
    assert closed == replace(added, out_at=T0 + timedelta(hours=2), out_by="2002",
                             disposition=Disposition.EMS, out=out)


def test_a_second_open_stay_is_refused_naming_the_first(uow: UnitOfWorkFactory) -> None:
    add(uow, stay(1, at=T0 + timedelta(minutes=7, seconds=41), location="B2",
                  pickup_code="B2-2-0001"))
    with uow() as u:
        u.warehouse.add_event(WarehouseEvent(no(1), T0 + timedelta(hours=1), "2003", "note"))
        with pytest.raises(AlreadyInStock) as refused:
            u.warehouse.add_stay(stay(1, at=T0 + timedelta(hours=1), in_by="2003"))
        # the SAVEPOINT kept the rest of the transaction alive
        u.warehouse.add_event(WarehouseEvent(no(1), T0 + timedelta(hours=1), "2003",
                                             "already_in"))
        u.commit()
    error = refused.value
    assert (error.waybill_no, error.location, error.pickup_code, error.since, error.by) == (
        no(1), "B2", "B2-2-0001", datetime(2026, 11, 23, 9, 7, 41), "2001")
    with uow() as u:
        assert len(u.warehouse.search_number(no(1))) == 1
        assert [e.kind for e in u.warehouse.events(no(1))] == ["note", "already_in"]


def test_a_refused_stay_as_the_first_write_leaves_the_transaction_usable(
    uow: UnitOfWorkFactory,
) -> None:
    add(uow, stay(1))
    with uow() as u:
        with pytest.raises(AlreadyInStock):
            u.warehouse.add_stay(stay(1))
        u.warehouse.add_stay(stay(2))
        u.commit()
    with uow() as u:
        assert [s.waybill_no for s in u.warehouse.open_stays()] == [no(1), no(2)]


def test_a_stay_not_committed_is_rolled_back(uow: UnitOfWorkFactory) -> None:
    """The SAVEPOINT must not commit on its own (pysqlite starts transactions late)."""
    with uow() as u:
        u.warehouse.open_stay(no(1))
        u.warehouse.add_stay(stay(1))
        u.warehouse.add_event(WarehouseEvent(no(1), T0, "2001", "in"))
    with uow() as u:
        assert u.warehouse.last_stay(no(1)) is None
        assert u.warehouse.events(no(1)) == []


def test_a_closed_stay_lets_the_parcel_come_back(uow: UnitOfWorkFactory) -> None:
    (first,) = add(uow, stay(1))
    assert first.id is not None
    assert close(uow, first.id, T0 + timedelta(hours=1), Disposition.DELIVERY)
    (again,) = add(uow, stay(1, at=T0 + timedelta(days=1), reason=Reason.MISSORTED,
                             details=ProblemDetails()))
    with uow() as u:
        assert u.warehouse.open_stay(no(1)) == again
        assert u.warehouse.last_stay(no(1)) == again
        assert u.warehouse.get_stay(first.id) is not None
        with pytest.raises(AlreadyInStock):
            u.warehouse.add_stay(stay(1, at=T0 + timedelta(days=2)))


def test_a_stay_is_closed_only_once(uow: UnitOfWorkFactory) -> None:
    (added,) = add(uow, stay(1))
    assert added.id is not None
    with uow() as u:
        assert u.warehouse.get_stay(added.id) == added  # loaded into the session first
        assert u.warehouse.close_stay(added.id, T0 + timedelta(hours=1), "2002",
                                      Disposition.COLLECTED, CollectedOut(CheckedBy.CODE))
        assert not u.warehouse.close_stay(added.id, T0 + timedelta(hours=2), "2003",
                                          Disposition.DELIVERY, DeliveryOut(None, ""))
        seen = u.warehouse.get_stay(added.id)
        assert seen is not None
        assert (seen.out_by, seen.disposition) == ("2002", Disposition.COLLECTED)
        u.commit()
    assert not close(uow, added.id, T0 + timedelta(hours=3))
    with uow() as u:
        stored = u.warehouse.get_stay(added.id)
    assert stored is not None
    assert (stored.out_at, stored.out_by, stored.disposition, stored.out) == (
        T0 + timedelta(hours=1), "2002", Disposition.COLLECTED, CollectedOut(CheckedBy.CODE))


def test_place_details_and_the_driver_list(uow: UnitOfWorkFactory) -> None:
    with uow() as u:
        driver = u.couriers.add("钱军", "13905711006", CourierKind.DRIVER)
        u.commit()
    one, two, three = add(uow, stay(1), stay(2, at=T0 + timedelta(minutes=1)),
                          stay(3, at=T0 + timedelta(minutes=2)))
    assert one.id
    assert two.id
    assert three.id
    new_details = ProblemDetails(reached=True, address="杭州市西湖区文三路 90 号 3 楼",
                                 wanted_time="明天上午")
    with uow() as u:
        u.warehouse.place(one.id, "N1", 2, "N1-2-0001")
        u.warehouse.update_details(one.id, Reason.ADDRESS_UNCLEAR, new_details)
        u.warehouse.set_planned_driver(two.id, driver)
        u.warehouse.set_planned_driver(three.id, driver)
        u.commit()
    assert close(uow, three.id, T0 + timedelta(hours=1), Disposition.DRIVER)
    with uow() as u:
        moved = u.warehouse.get_stay(one.id)
        assert moved == replace(one, location="N1", layer=2, pickup_code="N1-2-0001",
                                reason=Reason.ADDRESS_UNCLEAR, details=new_details)
        assert [s.id for s in u.warehouse.planned_for(driver)] == [two.id]
        assert [s.id for s in u.warehouse.open_stays("A1")] == [two.id]
        assert [s.id for s in u.warehouse.open_stays()] == [one.id, two.id]
        u.warehouse.set_planned_driver(two.id, None)
        assert u.warehouse.planned_for(driver) == []


# --- searches and counts ---------------------------------------------------------------------


def test_searches_find_newest_first_open_or_closed(uow: UnitOfWorkFactory) -> None:
    old, _new, other = add(
        uow,
        stay(1, recipient="王芳", phone="13912345678"),
        stay(2, at=T0 + timedelta(hours=1), recipient="王芳芳", phone="0571-8765 5678"),
        stay(3, at=T0 + timedelta(hours=2), recipient="陈刚", phone="139"),
    )
    assert old.id is not None
    assert close(uow, old.id, T0 + timedelta(hours=3))
    with uow() as u:
        w = u.warehouse
        assert [s.waybill_no for s in w.search_number("23120")] == [no(3), no(2), no(1)]
        assert [s.waybill_no for s in w.search_number("0002")] == [no(2)]
        assert [s.waybill_no for s in w.search_number("23120", limit=2)] == [no(3), no(2)]
        assert w.search_number("%") == []
        assert w.search_number("_") == []
        assert [s.waybill_no for s in w.search_phone_tail("5678")] == [no(2), no(1)]
        assert w.search_phone_tail("0139") == []
        assert [s.waybill_no for s in w.search_name("王芳")] == [no(2), no(1)]
        assert [s.waybill_no for s in w.search_name("芳芳")] == [no(2)]
        assert [s.waybill_no for s in w.search_name("陈")] == [other.waybill_no]
        assert w.search_name("%") == []


def test_same_in_at_is_ordered_by_id(uow: UnitOfWorkFactory) -> None:
    add(uow, stay(1), stay(2), stay(3))
    with uow() as u:
        assert [s.waybill_no for s in u.warehouse.search_phone_tail("5678")] == [
            no(3), no(2), no(1)]
        assert [s.waybill_no for s in u.warehouse.open_stays()] == [no(1), no(2), no(3)]


def test_stock_at_a_moment_and_the_ins_and_outs_of_a_period(uow: UnitOfWorkFactory) -> None:
    hour = timedelta(hours=1)
    a, b, c = add(uow, stay(1), stay(2, at=T0 + hour), stay(3, at=T0 + 2 * hour))
    assert a.id
    assert b.id
    assert c.id
    assert close(uow, a.id, T0 + 3 * hour, Disposition.DELIVERY)
    assert close(uow, b.id, T0 + 4 * hour, Disposition.COLLECTED)
    with uow() as u:
        w = u.warehouse
        assert w.stock_at(T0 - timedelta(seconds=1)) == 0
        assert w.stock_at(T0) == 1
        assert w.stock_at(T0 + 2 * hour) == 3
        assert w.stock_at(T0 + 3 * hour) == 2  # out at exactly this moment: gone
        assert w.stock_at(T0 + 5 * hour) == 1
        assert [s.id for s in w.stays_in_between(T0, T0 + 2 * hour)] == [a.id, b.id]
        assert [s.id for s in w.stays_out_between(T0, T0 + 5 * hour)] == [a.id, b.id]
        assert [s.id for s in w.stays_out_between(T0 + 3 * hour, T0 + 4 * hour)] == [a.id]
        assert [s.id for s in w.stays_out_between(T0, T0 + 5 * hour,
                                                   Disposition.DELIVERY)] == [a.id]
        assert w.stays_out_between(T0, T0 + 5 * hour, Disposition.EMS) == []


def test_locations_occupancy_and_layer_counts(uow: UnitOfWorkFactory) -> None:
    with uow() as u:
        u.warehouse.save_location(Location("B1", LocationKind.BULKY, 20))
        u.warehouse.save_location(Location("A1", LocationKind.SHELF, 100, layers=4))
        u.warehouse.save_location(Location("B1", LocationKind.BULKY, 30, active=False))
        u.commit()
    first, *_ = add(uow, stay(1), stay(2, layer=2), stay(3, layer=2),
                    stay(4, location="B1"))
    assert first.id is not None
    assert close(uow, first.id, T0 + timedelta(hours=1))
    with uow() as u:
        assert u.warehouse.locations() == [
            Location("A1", LocationKind.SHELF, 100, layers=4),
            Location("B1", LocationKind.BULKY, 30, active=False),
        ]
        assert u.warehouse.occupancy() == {"A1": 2, "B1": 1}
        assert u.warehouse.layer_counts("A1") == {2: 2}
        assert u.warehouse.layer_counts("B1") == {1: 1}
        assert u.warehouse.layer_counts("Z9") == {}


# --- events ----------------------------------------------------------------------------------


def test_events_are_a_timeline_oldest_first(uow: UnitOfWorkFactory) -> None:
    one, two = add(uow, stay(1), stay(2))
    assert one.id
    assert two.id
    minute = timedelta(minutes=1)
    with uow() as u:
        w = u.warehouse
        w.add_event(WarehouseEvent(no(1), T0 + 2 * minute, "2001", "notified",
                                   {"channel": "短信", "text": "请到仓库取件"}, stay_id=one.id))
        w.add_event(WarehouseEvent(no(1), T0, "2001", "in", stay_id=one.id))
        w.add_event(WarehouseEvent(no(2), T0 + minute, "2001", "in", stay_id=two.id))
        w.add_event(WarehouseEvent(no(1), T0 + 2 * minute, "2002", "message_out",
                                   {"company": "顺达"}, stay_id=one.id))
        w.add_event(WarehouseEvent(no(1), T0 - minute, "2001", "delivery_scan"))
        u.commit()
    with uow() as u:
        w = u.warehouse
        timeline = w.events(no(1))
        assert [(e.kind, e.by) for e in timeline] == [
            ("delivery_scan", "2001"), ("in", "2001"), ("notified", "2001"),
            ("message_out", "2002")]
        assert timeline[2].data == {"channel": "短信", "text": "请到仓库取件"}
        assert (timeline[2].stay_id, timeline[2].id is not None) == (one.id, True)
        assert timeline[0].stay_id is None
        assert [(e.waybill_no, e.kind) for e in w.events_of_stays([two.id, one.id])] == [
            (no(1), "in"), (no(2), "in"), (no(1), "notified"), (no(1), "message_out")]
        assert w.events_of_stays([]) == []
        assert w.events_of_stays([two.id]) == [
            WarehouseEvent(no(2), T0 + minute, "2001", "in", stay_id=two.id,
                           id=w.events(no(2))[0].id)]
        assert w.has_event(no(1), ("delivery_scan",))
        assert w.has_event(no(1), ("out", "notified"))
        assert not w.has_event(no(2), ("delivery_scan",))
        assert not w.has_event(no(1), ())


def test_events_of_many_stays_in_one_call(uow: UnitOfWorkFactory) -> None:
    stays = add(uow, *(stay(n) for n in range(1, 1201)))
    with uow() as u:
        for s in stays:
            u.warehouse.add_event(WarehouseEvent(s.waybill_no, T0, "2001", "in", stay_id=s.id))
        u.commit()
    with uow() as u:
        found = u.warehouse.events_of_stays([s.id for s in stays if s.id])
    assert [e.stay_id for e in found] == [s.id for s in stays]


# --- headless parcels and stocktakes ---------------------------------------------------------


def test_a_headless_parcel_is_matched_once(uow: UnitOfWorkFactory) -> None:
    with uow() as u:
        first = u.warehouse.add_headless(
            HeadlessRecord("蓝色纸箱 约 3 公斤 写有「王」", T0, "2001", location="R1",
                           photo="photos/h1.jpg"))
        second = u.warehouse.add_headless(
            HeadlessRecord("白色编织袋", T0 + timedelta(minutes=5), "2001"))
        u.commit()
    assert first.id
    assert second.id
    assert first == HeadlessRecord("蓝色纸箱 约 3 公斤 写有「王」", T0, "2001", location="R1",
                                   photo="photos/h1.jpg", id=first.id)
    later = T0 + timedelta(hours=1)
    with uow() as u:
        assert u.warehouse.get_headless(first.id) == first
        assert u.warehouse.match_headless(first.id, no(9), later, "2002")
        assert not u.warehouse.match_headless(first.id, no(8), later, "2003")
        u.commit()
    with uow() as u:
        assert not u.warehouse.match_headless(first.id, no(8), later, "2003")
        assert u.warehouse.get_headless(first.id) == replace(
            first, matched_waybill=no(9), matched_at=later, matched_by="2002")
        assert [h.id for h in u.warehouse.headless()] == [second.id]
        assert [h.id for h in u.warehouse.headless(open_only=False)] == [first.id, second.id]
        assert u.warehouse.get_headless(second.id + 100) is None


def test_stocktake_scans_count_once_and_can_start_again(uow: UnitOfWorkFactory) -> None:
    with uow() as u:
        take = u.warehouse.add_stocktake(StocktakeRecord("A1", T0, "2001"))
        other = u.warehouse.add_stocktake(StocktakeRecord("", T0, "2001"))
        u.commit()
    assert take.id
    assert other.id
    assert take == StocktakeRecord("A1", T0, "2001", id=take.id)
    with uow() as u:
        w = u.warehouse
        assert w.add_stocktake_scan(take.id, no(2), T0, "2001")
        assert w.add_stocktake_scan(take.id, no(1), T0, "2001")
        assert not w.add_stocktake_scan(take.id, no(2), T0, "2002")
        assert w.add_stocktake_scan(other.id, no(2), T0, "2001")
        u.commit()
    with uow() as u:
        w = u.warehouse
        assert not w.add_stocktake_scan(take.id, no(1), T0, "2001")
        assert w.stocktake_scans(take.id) == [no(2), no(1)]
        w.clear_stocktake_scans(take.id)
        assert w.stocktake_scans(take.id) == []
        assert w.stocktake_scans(other.id) == [no(2)]
        assert w.add_stocktake_scan(take.id, no(2), T0, "2001")
        w.close_stocktake(take.id, T0 + timedelta(hours=1), "2001", "1001")
        u.commit()
    with uow() as u:
        assert u.warehouse.stocktake_scans(take.id) == [no(2)]
        assert u.warehouse.get_stocktake(take.id) == replace(
            take, closed_at=T0 + timedelta(hours=1), closed_by="2001", approved_by="1001")
        assert u.warehouse.get_stocktake(take.id + 100) is None


# --- two PCs at once (issue 5 §12) -----------------------------------------------------------


def _postgres_only(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("two connections racing for a row lock: PostgreSQL (SQLite has one writer)")


def _lock_waiter_appears(monitor: sa.Engine, tag: str, timeout: float = 15.0) -> bool:
    """Wait until a connection of this test is blocked on a lock."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with monitor.connect() as conn:
            waiting = conn.execute(
                sa.text("SELECT count(*) FROM pg_stat_activity "
                        "WHERE application_name LIKE :tag AND wait_event_type = 'Lock'"),
                {"tag": f"{tag}%"},
            ).scalar_one()
        if waiting:
            return True
        time.sleep(0.02)
    return False


class _TwoClerks:
    """Two PCs: an engine each (tagged so pg_stat_activity tells them apart) and a monitor."""

    def __init__(self, db_url: str) -> None:
        self.tag = f"wh-race-{uuid.uuid4().hex[:8]}"
        self.engines = {
            name: sa.create_engine(db_url, connect_args={"application_name": f"{self.tag}-{name}"})
            for name in ("2001", "2002")
        }
        self.monitor = sa.create_engine(db_url)
        self.barrier = threading.Barrier(2, timeout=15)

    def uow(self, name: str) -> UnitOfWorkFactory:
        return UnitOfWorkFactory(self.engines[name])

    def commit_after_the_other_blocks(self) -> bool:
        return _lock_waiter_appears(self.monitor, self.tag)

    def dispose(self) -> None:
        for engine in (*self.engines.values(), self.monitor):
            engine.dispose()


def test_two_pcs_scanning_out_at_once_exactly_one_wins(db_url: str, uow: UnitOfWorkFactory) -> None:
    _postgres_only(db_url)
    (added,) = add(uow, stay(1))
    assert added.id is not None
    stay_id = added.id
    clerks = _TwoClerks(db_url)

    def scan_out(name: str) -> tuple[bool, bool]:
        with clerks.uow(name)() as u:
            seen = u.warehouse.open_stay(no(1))  # both see it in stock
            assert seen is not None
            assert seen.id == stay_id
            clerks.barrier.wait()
            won = u.warehouse.close_stay(stay_id, T0 + timedelta(hours=1), name,
                                         Disposition.DRIVER, DriverOut(None, name))
            # the winner holds the row lock until the loser's UPDATE is waiting on it
            blocked = clerks.commit_after_the_other_blocks() if won else False
            u.commit()
        return won, blocked

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = {name: pool.submit(scan_out, name) for name in ("2001", "2002")}
            results = {name: f.result(timeout=60) for name, f in futures.items()}
    finally:
        clerks.dispose()
    winners = [name for name, (won, _) in results.items() if won]
    assert len(winners) == 1
    assert results[winners[0]][1], "the other clerk's UPDATE never waited on the row lock"
    with uow() as u:
        stored = u.warehouse.get_stay(stay_id)
    assert stored is not None
    assert (stored.out_by, stored.out) == (winners[0], DriverOut(None, winners[0]))


def test_two_pcs_scanning_in_at_once_store_one_stay(db_url: str, uow: UnitOfWorkFactory) -> None:
    _postgres_only(db_url)
    clerks = _TwoClerks(db_url)

    def scan_in(name: str) -> tuple[StayRecord | AlreadyInStock, bool]:
        with clerks.uow(name)() as u:
            assert u.warehouse.open_stay(no(1)) is None
            clerks.barrier.wait()
            try:
                result: StayRecord | AlreadyInStock = u.warehouse.add_stay(
                    stay(1, in_by=name, location=f"A{name[-1]}"))
            except AlreadyInStock as error:
                result = error
            blocked = False
            if isinstance(result, StayRecord):
                blocked = clerks.commit_after_the_other_blocks()
            u.warehouse.add_event(WarehouseEvent(no(1), T0, name, "note"))  # still usable
            u.commit()
        return result, blocked

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(scan_in, name) for name in ("2001", "2002")]
            results = [f.result(timeout=60) for f in futures]
    finally:
        clerks.dispose()
    stored = [r for r, _ in results if isinstance(r, StayRecord)]
    refused = [r for r, _ in results if isinstance(r, AlreadyInStock)]
    assert (len(stored), len(refused)) == (1, 1)
    assert [b for r, b in results if isinstance(r, StayRecord)] == [True]
    assert (refused[0].by, refused[0].location) == (stored[0].in_by, stored[0].location)
    with uow() as u:
        assert u.warehouse.open_stay(no(1)) == stored[0]
        assert sorted(e.by for e in u.warehouse.events(no(1))) == ["2001", "2002"]
