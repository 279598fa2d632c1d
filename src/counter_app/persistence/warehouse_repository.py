"""The warehouse's SQL (issue 14 §3, as the counter's ``intake_repository``): locations,
stays, timeline events, headless parcels and stocktakes."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, ClassVar

from sqlalchemy import (
    String,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from counter_app.domain.errors import (
    AlreadyInStock,
)
from counter_app.domain.staff import Courier, CourierKind
from counter_app.domain.warehouse import (
    Disposition,
    Location,
    LocationKind,
    ProblemDetails,
    Reason,
    phone_tail,
    pickup_code,
)
from counter_app.domain.warehouse_codec import (
    EventJson,
    delivery_scan_data,
    encode_out,
    out_event_data,
    scanned_in_data,
)
from counter_app.domain.warehouse_stay import (
    DeliveryOut,
    EventKind,
    OutDetails,
    StayRecord,
    WarehouseEvent,
)
from counter_app.persistence.lean import (
    Primed,
    actor_ok,
    as_date,
    as_datetime,
    audit_insert,
    audit_values,
    is_pg,
    json_array,
    json_rows,
    loads,
    revoked,
)
from counter_app.persistence.receipt_rows import RECEIPT_FIELDS as _RECEIPT_FIELDS
from counter_app.persistence.receipt_rows import expect_delivery_statement
from counter_app.persistence.search_index import matching_ids
from counter_app.persistence.sql_helpers import conditional_update as _conditional_update
from counter_app.persistence.sql_helpers import insert_ignoring, savepoint
from counter_app.persistence.station_repository import own_carriers as _carriers
from counter_app.persistence.tables import (
    AuditRow,
    CourierAreaRow,
    CourierRow,
    DeliveryListRow,
    HeadlessRow,
    ReceiptRow,
    StationRow,
    StayRow,
    StocktakeRow,
    StocktakeScanRow,
    WarehouseEventRow,
    WarehouseLocationRow,
)
from counter_app.persistence.warehouse_rows import (
    STAY_COLUMNS,
    headless_of,
    json_text,
    stay_from,
    stay_of,
    stocktake_of,
)
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.receipt_ports import ReceiptRecord
from counter_app.services.warehouse_ports import (
    HeadlessRecord,
    ScanInContext,
    ScanOutContext,
    StocktakeRecord,
)

_EVENT_INSERT: Any = insert(WarehouseEventRow.__table__)  # type: ignore[arg-type]
"""A Core INSERT run with a list of rows (no ORM bulk path per scan)."""


@cache
def _sqlite_stay_insert() -> Any:
    """SQLite's stay INSERT, built once: the id (max + 1) and the pickup code made from it
    inside the statement, under the write lock; ON CONFLICT on the one-open-stay index."""
    next_id = select(func.coalesce(func.max(StayRow.id), 0) + 1).scalar_subquery()
    code = (bindparam("code_prefix", type_=String) + func.substr(
        literal("0000") + func.cast(next_id % 10_000, String), -4))
    table: Any = StayRow.__table__
    columns = {c.name: bindparam(c.name, type_=c.type) for c in table.c
               if c.name not in ("id", "pickup_code")}
    return (sqlite_insert(table).values(**columns, id=next_id, pickup_code=code)
            .on_conflict_do_nothing(index_elements=["waybill_no"],
                                    index_where=StayRow.out_at.is_(None))
            .returning(table.c.id, table.c.pickup_code))


def _compact(stay: StayRecord, event: WarehouseEvent) -> str:
    """An event's stored data: empty for an ``out`` that says what the stay says."""
    assert stay.out is not None
    if event.kind == EventKind.OUT and event.data == out_event_data(stay.out):
        return ""
    return json_text(event.data)


def _implied(stay: StayRecord, event: WarehouseEvent) -> bool:
    """Whether ``event`` is the delivery scan a compact ``out`` for delivery brings back."""
    return (event.kind == EventKind.DELIVERY_SCAN and isinstance(stay.out, DeliveryOut)
            and event.data == delivery_scan_data(stay.out))


def _stay_values(stay: StayRecord) -> dict[str, Any]:
    """The column values of a new stay."""
    return dict(
        waybill_no=stay.waybill_no, reason=stay.reason.value,
        details=json_text(stay.details.as_dict()), location=stay.location, layer=stay.layer,
        pickup_code=stay.pickup_code, recipient=stay.recipient, phone=stay.phone,
        phone_tail=phone_tail(stay.phone), bulky=stay.bulky,
        destination_province=stay.destination_province, misroute_id=stay.misroute_id,
        headless_id=stay.headless_id, planned_driver_id=stay.planned_driver_id,
        in_at=stay.in_at, in_by=stay.in_by, out_at=stay.out_at, out_by=stay.out_by,
        disposition=stay.disposition.value if stay.disposition else None,
        out_details=json_text(encode_out(stay.out) if stay.out is not None else {}),
    )


def _event(row: Any) -> WarehouseEvent:
    return WarehouseEvent(id=row.id, stay_id=row.stay_id, waybill_no=row.waybill_no, at=row.at,
                          by=row.by, kind=EventKind(row.kind), data=json.loads(row.data or "{}"))


def _events(row: WarehouseEventRow, stay: StayRow) -> list[WarehouseEvent]:
    """A stored event as the timeline shows it (issue 21 §4: stored once): an ``in`` stored
    without data takes the stay's reason, details and place; an ``out`` its disposition and
    out_details, and one for delivery brings back the ``delivery_scan`` it implies."""
    if row.data or row.kind not in (EventKind.IN, EventKind.OUT):
        return [_event(row)]
    if row.kind == EventKind.IN:
        return [replace(_event(row), data=_scanned_in(stay_of(stay)))]
    record = stay_of(stay)
    if record.out is None:
        return [_event(row)]
    out = replace(_event(row), data=dict(out_event_data(record.out)))
    if not isinstance(record.out, DeliveryOut):
        return [out]
    return [out, replace(out, kind=EventKind.DELIVERY_SCAN,
                         data=dict(delivery_scan_data(record.out)))]


def _scanned_in(stay: StayRecord) -> EventJson:
    """What an ``in`` event says when it says only what the stay says."""
    return scanned_in_data(stay.reason, stay.details, stay.location, stay.pickup_code)


def _in_data(stay: StayRecord, data: EventJson) -> str:
    """An ``in`` event's stored data: empty when it is what the stay holds (no note, no
    signed receipt, no headless or misroute link)."""
    return "" if data == _scanned_in(stay) else json_text(data)


_NEWEST_FIRST = (StayRow.in_at.desc(), StayRow.id.desc())
_OLDEST_FIRST = (StayRow.in_at, StayRow.id)
_STAY = StayRow.__table__
"""Long lists of stays are read as plain rows: no ORM object per stay (issue 18 §3)."""
_IN_CHUNK = 500  # ids per IN (...) list, well under every driver's parameter limit


class SqlWarehouseRepository:
    """Locations, stays, timeline events, headless parcels and stocktakes.

    Within one unit of work the locations and the open-stay counts are read once (a scan-in
    needs both twice); any write to them forgets what was read (issue 13 §7)."""

    def __init__(self, session: Session, primed: Primed | None = None) -> None:
        """Use ``session``; ``primed`` holds what a context read fetched ahead."""
        self._s = session
        self._primed = primed or Primed()
        self._locations: list[Location] | None = None
        self._counts: dict[str, dict[int, int]] | None = None

    # --- locations ---------------------------------------------------------------------------

    def locations(self) -> list[Location]:
        """Every location by code."""
        if self._locations is None:
            rows = self._s.scalars(select(WarehouseLocationRow)
                                   .order_by(WarehouseLocationRow.code))
            self._locations = [
                Location(code=r.code, kind=LocationKind(r.kind), capacity=r.capacity,
                         layers=r.layers, active=r.active, version=r.version) for r in rows]
        return list(self._locations)

    def save_location(self, location: Location) -> None:
        """Insert or replace by code."""
        self._locations = None
        row = self._s.get(WarehouseLocationRow, location.code)
        row = row or WarehouseLocationRow(code=location.code)
        row.kind, row.capacity = location.kind.value, location.capacity
        row.layers, row.active = location.layers, location.active
        self._s.add(row)
        self._s.flush()

    def occupancy(self) -> dict[str, int]:
        """Open stays per location."""
        return {location: sum(layers.values()) for location, layers in self._open().items()}

    def layer_counts(self, location: str) -> dict[int, int]:
        """Open stays per layer of a location."""
        return dict(self._open().get(location, {}))

    def _open(self) -> dict[str, dict[int, int]]:
        """Open stays per location and layer, one query per unit of work until a write."""
        if self._counts is None:
            counts: dict[str, dict[int, int]] = {}
            for location, layer, n in self._s.execute(
                    select(StayRow.location, StayRow.layer, func.count())
                    .where(StayRow.out_at.is_(None)).group_by(StayRow.location, StayRow.layer)):
                counts.setdefault(location, {})[int(layer)] = int(n)
            self._counts = counts
        return self._counts

    # --- stays -------------------------------------------------------------------------------

    def _savepoint(self) -> AbstractContextManager[None]:
        return savepoint(self._s)

    def add_stay(self, stay: StayRecord) -> StayRecord:
        """Insert; ``AlreadyInStock`` (naming the open stay) if the waybill is in stock. One
        INSERT … ON CONFLICT DO NOTHING on the one-open-stay index: no savepoint round trips,
        and a lost race leaves the transaction usable (issue 13 §7)."""
        self._counts = None
        values = _stay_values(stay)
        statement = insert(StayRow).values(**values)
        if stay.out_at is None:
            statement = (insert_ignoring(self._s, StayRow, ["waybill_no"],
                                         where=StayRow.out_at.is_(None)).values(**values))
        new_id = self._s.execute(statement.returning(StayRow.id)).scalar()
        if new_id is None:
            first = self.open_stay(stay.waybill_no)
            assert first is not None
            raise AlreadyInStock(
                waybill_no=first.waybill_no, location=first.location,
                pickup_code=first.pickup_code, since=first.in_at,
                by=first.in_by,
            )
        return replace(stay, id=new_id)

    # --- the lean write path (issue 13 §7, issue 18 §2) --------------------------------------

    def _prime(self, locations: Any, counts: Any) -> None:
        """Keep the locations and open-stay counts read with a context."""
        self._locations = [
            Location(code=str(code), kind=LocationKind(kind), capacity=int(capacity),
                     layers=int(layers), active=bool(active), version=int(version))
            for code, kind, capacity, layers, active, version in (loads(locations) or [])]
        self._locations.sort(key=lambda x: x.code)
        grouped: dict[str, dict[int, int]] = {}
        for location, layer, n in loads(counts) or []:
            grouped.setdefault(str(location), {})[int(layer)] = int(n)
        self._counts = grouped

    def _context_columns(self) -> list[Any]:
        s = self._s
        open_counts = (select(StayRow.location, StayRow.layer, func.count().label("n"))
                       .where(StayRow.out_at.is_(None))
                       .group_by(StayRow.location, StayRow.layer).subquery())
        return [
            select(StationRow.own_carriers).where(StationRow.id == 1).scalar_subquery(),
            json_rows(s, select(json_array(
                s, WarehouseLocationRow.code, WarehouseLocationRow.kind,
                WarehouseLocationRow.capacity, WarehouseLocationRow.layers,
                WarehouseLocationRow.active, WarehouseLocationRow.version))),
            json_rows(s, select(json_array(s, open_counts.c.location, open_counts.c.layer,
                                           open_counts.c.n))),
        ]

    _SCAN_IN_CONTEXT: ClassVar[dict[str, Any]] = {}
    """The context SELECT, built once per dialect (building it cost more than running it)."""

    def scan_in_context(self, number: str) -> ScanInContext:
        """One SELECT: own carriers, locations, open stays per location and layer, the
        receipt entered for ``number`` and (PostgreSQL) the next stay id."""
        dialect = self._s.get_bind().dialect.name
        statement = self._SCAN_IN_CONTEXT.get(dialect)
        if statement is None:
            receipt = select(*(getattr(ReceiptRow, f) for f in ("id", *_RECEIPT_FIELDS))) \
                .where(ReceiptRow.waybill_no == bindparam("number")).subquery()
            columns = [*self._context_columns(),
                       select(json_array(self._s, *receipt.c)).scalar_subquery()]
            if is_pg(self._s):
                columns.append(func.nextval(func.pg_get_serial_sequence("wh_stay", "id")))
            statement = self._SCAN_IN_CONTEXT[dialect] = select(*columns)
        found = self._s.execute(statement, {"number": number}).one()
        own, locations, counts, receipt_row = found[:4]
        self._prime(locations, counts)
        record = None
        if (values := loads(receipt_row)) is not None:
            fields = dict(zip(("id", *_RECEIPT_FIELDS), values, strict=True))
            fields["entered_at"] = as_datetime(fields["entered_at"])
            fields["arrived_on"] = as_date(fields["arrived_on"])
            for key in ("cod_amount", "cod_expected"):
                if fields[key] is not None:
                    fields[key] = Decimal(str(fields[key]))
            fields["cod_flagged"] = bool(fields["cod_flagged"])
            fields["late"] = bool(fields["late"])
            record = ReceiptRecord(**fields)
        return ScanInContext(own_carriers=_carriers(own), receipt=record,
                             next_id=int(found[4]) if len(found) > 4 else None)

    def register_stay(
        self, stay: StayRecord,
        rows: Callable[[StayRecord], tuple[EventJson, AuditEntry]],
    ) -> StayRecord:
        """PostgreSQL: one WITH statement (stay ON CONFLICT DO NOTHING, event and audit
        selected from it). SQLite: the stay (its id and pickup code made inside the INSERT),
        then the event and the audit row."""
        self._counts = None
        values = _stay_values(stay)
        if is_pg(self._s):
            stay_id = stay.id
            if stay_id is None:  # not through scan_in_context (the misroute link): one read
                stay_id = int(self._s.execute(select(func.nextval(
                    func.pg_get_serial_sequence("wh_stay", "id")))).scalar_one())
            placed = replace(stay, id=stay_id,
                             pickup_code=pickup_code(stay.location, stay.layer, stay_id))
            data, entry = rows(placed)
            values |= {"id": stay_id, "pickup_code": placed.pickup_code}
            # every write hangs on the actor's check: the statement may run on its own
            # (no transaction around it, ``UnitOfWork.single_write``), so nothing is written
            # for a revoked actor rather than rolled back
            allowed = actor_ok(entry)
            new = pg_insert(StayRow).from_select(list(values), select(*(
                literal(v, StayRow.__table__.c[k].type) for k, v in values.items()))
                .where(allowed)).on_conflict_do_nothing(
                index_elements=["waybill_no"], index_where=StayRow.out_at.is_(None),
            ).returning(StayRow.id, StayRow.waybill_no).cte("new_stay")
            event = insert(WarehouseEventRow).from_select(
                ["stay_id", "waybill_no", "at", "by", "kind", "data"],
                select(new.c.id, new.c.waybill_no, literal(stay.in_at, StayRow.in_at.type),
                       literal(stay.in_by), literal(EventKind.IN.value),
                       literal(_in_data(placed, data))),
            ).returning(WarehouseEventRow.id).cte("new_event")
            audited = audit_insert(entry, entity_id=func.cast(new.c.id, String), source=new) \
                .cte("new_audit")
            got = self._s.execute(select(
                select(new.c.id).scalar_subquery(),
                select(func.count()).select_from(event).scalar_subquery(),
                select(func.count()).select_from(audited).scalar_subquery(), allowed)).one()
            if not got[3]:
                raise revoked(self._s, entry)
            if got[0] is None:
                raise self._in_stock(stay.waybill_no)
            if not got[2] and entry.actor_role is not None:
                raise revoked(self._s, entry)
            return placed
        made = self._s.execute(_sqlite_stay_insert(), values | {
            "code_prefix": f"{stay.location}-{stay.layer}-"}).first()
        if made is None:
            raise self._in_stock(stay.waybill_no)
        placed = replace(stay, id=int(made[0]),
                         pickup_code=pickup_code(stay.location, stay.layer, int(made[0])))
        if made[1] != placed.pickup_code:  # never expected: the SQL and the rule disagree
            self.place(int(made[0]), stay.location, stay.layer, placed.pickup_code)
        data, entry = rows(placed)
        self._s.execute(_EVENT_INSERT, [dict(
            stay_id=placed.id, waybill_no=stay.waybill_no, at=stay.in_at, by=stay.in_by,
            kind=EventKind.IN.value, data=_in_data(placed, data))])
        if entry.actor_role is None:
            self._s.execute(insert(AuditRow).values(**audit_values(entry)))
        elif self._s.execute(audit_insert(entry)).scalar() is None:
            raise revoked(self._s, entry)
        return placed

    def scan_out_context(self, number: str, courier_id: int | None) -> ScanOutContext:
        """One SELECT: own carriers, the open stay of ``number``, the courier with its area."""
        s = self._s
        stay = select(json_array(s, *(StayRow.__table__.c[c] for c in STAY_COLUMNS))) \
            .where(StayRow.waybill_no == number, StayRow.out_at.is_(None)).scalar_subquery()
        columns: list[Any] = [
            select(StationRow.own_carriers).where(StationRow.id == 1).scalar_subquery(), stay]
        if courier_id is not None:
            area = (select(CourierAreaRow.area).where(CourierAreaRow.courier_id == CourierRow.id,
                                                      CourierAreaRow.until.is_(None))
                    .limit(1).scalar_subquery())
            columns.append(select(json_array(
                s, CourierRow.id, CourierRow.name, CourierRow.phone, CourierRow.kind,
                CourierRow.active, CourierRow.version, area))
                .where(CourierRow.id == courier_id).scalar_subquery())
        found = s.execute(select(*columns)).one()
        record = None
        if (values := loads(found[1])) is not None:
            record = stay_from(dict(zip(STAY_COLUMNS, values, strict=True)))
        courier = None
        if len(found) > 2 and (c := loads(found[2])) is not None:
            courier = Courier(id=int(c[0]), name=c[1], phone=c[2], kind=CourierKind(c[3]),
                              area=c[6] or "", active=bool(c[4]), version=int(c[5]))
        return ScanOutContext(own_carriers=_carriers(found[0]), stay=record, courier=courier)

    def close_and_log(self, stay: StayRecord, events: list[WarehouseEvent],
                      entry: AuditEntry, delivery: tuple[int, date] | None) -> bool:
        """PostgreSQL: one WITH statement whose every write hangs on the conditional UPDATE,
        so a lost race writes nothing. SQLite: the same statements one after the other."""
        assert stay.id is not None
        assert stay.out_at is not None
        assert stay.disposition is not None
        self._counts = None
        close = (update(StayRow).where(StayRow.id == stay.id, StayRow.out_at.is_(None))
                 .values(out_at=stay.out_at, out_by=stay.out_by,
                         disposition=stay.disposition.value,
                         out_details=json_text(stay.out_details)))
        rows = [{"stay_id": stay.id, "waybill_no": e.waybill_no, "at": e.at, "by": e.by,
                 "kind": str(e.kind), "data": _compact(stay, e)} for e in events
                if not _implied(stay, e)]
        if is_pg(self._s):
            allowed = actor_ok(entry)  # see register_stay: nothing written for a revoked actor
            closed = close.where(allowed).returning(StayRow.id).cte("closed")
            parts: list[Any] = [closed]
            for n, row in enumerate(rows):
                parts.append(insert(WarehouseEventRow).from_select(
                    list(row), select(*(literal(v, WarehouseEventRow.__table__.c[k].type)
                                        for k, v in row.items())).select_from(closed))
                    .returning(WarehouseEventRow.id).cte(f"event_{n}"))
            audited = audit_insert(entry, source=closed).cte("audited")
            parts.append(audited)
            if delivery is not None:
                parts.append(expect_delivery_statement(
                    self._s, stay.waybill_no, delivery[0], delivery[1], stay.recipient,
                    stay.in_at.date(), guard=exists(select(closed.c.id)))
                    .returning(DeliveryListRow.id).cte("listed"))
            got = self._s.execute(select(*(select(func.count()).select_from(part)
                                           .scalar_subquery() for part in parts), allowed)).one()
            self._expire(stay.id)
            if not got[-1]:
                raise revoked(self._s, entry)
            if not got[0]:
                return False
            if not got[len(rows) + 1] and entry.actor_role is not None:
                raise revoked(self._s, entry)
            return True
        result = self._s.execute(close.execution_options(synchronize_session=False))
        self._expire(stay.id)
        if int(getattr(result, "rowcount", 0) or 0) != 1:
            return False
        if rows:
            self._s.execute(insert(WarehouseEventRow).values(rows))
        if entry.actor_role is None:
            self._s.execute(insert(AuditRow).values(**audit_values(entry)))
        elif self._s.execute(audit_insert(entry)).scalar() is None:
            raise revoked(self._s, entry)
        if delivery is not None:
            self._s.execute(expect_delivery_statement(
                self._s, stay.waybill_no, delivery[0], delivery[1], stay.recipient,
                stay.in_at.date()))
        return True

    def _expire(self, stay_id: int) -> None:
        loaded = self._s.identity_map.get(identity_key(StayRow, stay_id))
        if loaded is not None:
            self._s.expire(loaded)  # reread what the database now holds, won or lost

    def _in_stock(self, waybill_no: str) -> AlreadyInStock:
        first = self.open_stay(waybill_no)
        assert first is not None
        return AlreadyInStock(
            waybill_no=first.waybill_no, location=first.location,
            pickup_code=first.pickup_code, since=first.in_at,
            by=first.in_by,
        )

    def _row(self, stay_id: int) -> StayRow:
        row = self._s.get(StayRow, stay_id)
        if row is None:
            raise LookupError(f"no stay {stay_id}")
        return row

    def _keep_in_event(self, stay_id: int) -> None:
        """Before a stay's place or reason changes, its ``in`` event stored without data
        (it said what the stay said) is given the values of the scan-in explicitly."""
        current = self.get_stay(stay_id)
        if current is None:
            return
        self._s.execute(update(WarehouseEventRow).where(
            WarehouseEventRow.stay_id == stay_id, WarehouseEventRow.kind == EventKind.IN.value,
            WarehouseEventRow.data == "").values(data=json_text(_scanned_in(current)))
            .execution_options(synchronize_session=False))

    def place(self, stay_id: int, location: str, layer: int, pickup_code: str) -> None:
        """Set the location, layer and pickup code."""
        self._counts = None
        self._keep_in_event(stay_id)
        _conditional_update(self._s, StayRow, stay_id, update(StayRow)
                            .where(StayRow.id == stay_id)
                            .values(location=location, layer=layer, pickup_code=pickup_code))

    def update_details(self, stay_id: int, reason: Reason, details: ProblemDetails) -> None:
        """Replace reason and details."""
        self._keep_in_event(stay_id)
        row = self._row(stay_id)
        row.reason, row.details = reason.value, json_text(details.as_dict())
        self._s.flush()

    def set_planned_driver(self, stay_id: int, driver_id: int | None) -> None:
        """Put on / take off a driver's pickup list."""
        self._row(stay_id).planned_driver_id = driver_id
        self._s.flush()

    def close_stay(self, stay_id: int, at: datetime, by: str, disposition: Disposition,
                   out: OutDetails) -> bool:
        """One conditional UPDATE: of two concurrent scan-outs exactly one changes the row."""
        self._counts = None
        result = self._s.execute(
            update(StayRow)
            .where(StayRow.id == stay_id, StayRow.out_at.is_(None))
            .values(out_at=at, out_by=by, disposition=disposition.value,
                    out_details=json_text(encode_out(out)))
            .execution_options(synchronize_session=False)
        )
        loaded = self._s.identity_map.get(identity_key(StayRow, stay_id))
        if loaded is not None:
            self._s.expire(loaded)  # reread what the database now holds, won or lost
        return int(getattr(result, "rowcount", 0) or 0) == 1

    def get_stay(self, stay_id: int) -> StayRecord | None:
        """One stay."""
        row = self._s.get(StayRow, stay_id)
        return stay_of(row) if row else None

    def open_stay(self, waybill_no: str) -> StayRecord | None:
        """The open stay of a waybill."""
        found, record = self._primed.take(("open_stay", waybill_no))
        if found:
            return record  # type: ignore[no-any-return]
        row = self._s.scalar(select(StayRow).where(StayRow.waybill_no == waybill_no,
                                                   StayRow.out_at.is_(None)))
        return stay_of(row) if row else None

    def last_stay(self, waybill_no: str) -> StayRecord | None:
        """The newest stay of a waybill."""
        row = self._s.scalar(select(StayRow).where(StayRow.waybill_no == waybill_no)
                             .order_by(*_NEWEST_FIRST).limit(1))
        return stay_of(row) if row else None

    def open_stays(self, location: str | None = None) -> list[StayRecord]:
        """Stays in stock, oldest first."""
        query = select(_STAY).where(StayRow.out_at.is_(None)).order_by(*_OLDEST_FIRST)
        if location is not None:
            query = query.where(StayRow.location == location)
        return [stay_of(r) for r in self._s.execute(query)]

    def planned_for(self, driver_id: int) -> list[StayRecord]:
        """Open stays on a driver's pickup list, oldest first."""
        rows = self._s.scalars(select(StayRow).where(StayRow.out_at.is_(None),
                                                     StayRow.planned_driver_id == driver_id)
                               .order_by(*_OLDEST_FIRST))
        return [stay_of(r) for r in rows]

    def search_number(self, fragment: str, limit: int | None = 50,
                      since: datetime | None = None, *,
                      in_stock: bool = False) -> list[StayRecord]:
        """Stays whose waybill contains ``fragment``, newest first.

        Three characters or more are answered by the n-gram index (issue 18 §1), over every
        stay; shorter ones scan the stays since ``since``.
        """
        return self._contains("waybill_no", fragment, limit, since, in_stock)

    def search_phone_tail(self, tail: str, limit: int = 50) -> list[StayRecord]:
        """Stays whose phone ends with ``tail`` (indexed), newest first."""
        rows = self._s.execute(select(_STAY).where(StayRow.phone_tail == tail)
                               .order_by(*_NEWEST_FIRST).limit(limit))
        return [stay_of(r) for r in rows]

    def search_name(self, name: str, limit: int | None = 50,
                    since: datetime | None = None, *,
                    in_stock: bool = False) -> list[StayRecord]:
        """Stays whose recipient contains ``name``, newest first.

        Two characters or more are answered by the index (bigrams for two), over every stay;
        one character scans the stays since ``since``.
        """
        return self._contains("recipient", name, limit, since, in_stock)

    def _contains(self, column: str, part: str, limit: int | None, since: datetime | None,
                  in_stock: bool) -> list[StayRecord]:
        """Stays whose ``column`` contains ``part``, newest first: by the n-gram index when it
        answers, else over the stays since ``since``; ``in_stock``: on the shelves only."""
        indexed = matching_ids(self._s, column, part)
        query = select(_STAY).where(
            getattr(StayRow, column).contains(part, autoescape=True))
        if in_stock:  # the parcels on the shelves only (any age)
            query = query.where(StayRow.out_at.is_(None))
        if indexed is not None:
            query = query.where(indexed)
        elif since is not None:
            query = query.where(StayRow.in_at >= since)
        rows = self._s.execute(query.order_by(*_NEWEST_FIRST).limit(limit))
        return [stay_of(r) for r in rows]

    def waybills_stayed(self, start: datetime, end: datetime) -> set[str]:
        """Waybills with a stay scanned in at start <= in_at < end or still in stock: one
        column, by the in_at and open-stay indexes (the morning check, issue 18)."""
        s = StayRow
        in_window = select(s.waybill_no).where(s.in_at >= start, s.in_at < end)
        still_in = select(s.waybill_no).where(s.out_at.is_(None))
        return set(self._s.scalars(in_window.union(still_in)))

    def stays_in_between(self, start: datetime, end: datetime) -> list[StayRecord]:
        """Scanned in at start <= in_at < end, oldest first."""
        rows = self._s.execute(select(_STAY).where(StayRow.in_at >= start, StayRow.in_at < end)
                               .order_by(*_OLDEST_FIRST))
        return [stay_of(r) for r in rows]

    def stays_out_between(self, start: datetime, end: datetime,
                          disposition: Disposition | None = None) -> list[StayRecord]:
        """Scanned out at start <= out_at < end, in scan-out order."""
        query = (select(_STAY).where(StayRow.out_at >= start, StayRow.out_at < end)
                 .order_by(StayRow.out_at, StayRow.id))
        if disposition is not None:
            query = query.where(StayRow.disposition == disposition.value)
        return [stay_of(r) for r in self._s.execute(query)]

    def stock_at(self, moment: datetime) -> int:
        """Parcels in stock at ``moment``: those still in plus those that left after it,
        counted by the ``out_at`` index (the OR of both scanned every stay ever stored)."""
        still_in = self._s.scalar(select(func.count()).select_from(StayRow).where(
            StayRow.out_at.is_(None), StayRow.in_at <= moment))
        left_after = self._s.scalar(select(func.count()).select_from(StayRow).where(
            StayRow.out_at > moment, StayRow.in_at <= moment))
        return int(still_in or 0) + int(left_after or 0)

    # --- events ------------------------------------------------------------------------------

    def add_event(self, event: WarehouseEvent) -> None:
        """Append; flushed with the next statement, so a scan-out's two events go in one
        batch (issue 13 §7)."""
        self._s.add(WarehouseEventRow(stay_id=event.stay_id, waybill_no=event.waybill_no,
                                      at=event.at, by=event.by, kind=str(event.kind),
                                      data=json_text(event.data)))

    def _with_stay(self) -> Any:
        return (select(WarehouseEventRow, StayRow)
                .join(StayRow, StayRow.id == WarehouseEventRow.stay_id))

    def events(self, waybill_no: str) -> list[WarehouseEvent]:
        """A waybill's timeline, oldest first: the events of its stays (the stays' waybill
        index; events carry no index of their own on the number, issue 21 §4)."""
        rows = self._s.execute(self._with_stay().where(StayRow.waybill_no == waybill_no)
                               .order_by(WarehouseEventRow.at, WarehouseEventRow.id))
        found = [e for row, stay in rows for e in _events(row, stay)]
        found += [_event(r) for r in self._s.scalars(select(WarehouseEventRow).where(
            WarehouseEventRow.stay_id.is_(None), WarehouseEventRow.waybill_no == waybill_no))]
        return sorted(found, key=lambda e: (e.at, e.id or 0))

    def events_of_stays(self, stay_ids: list[int]) -> list[WarehouseEvent]:
        """Events of the stays, oldest first (one query per 500 ids)."""
        ids = sorted(set(stay_ids))
        out: list[WarehouseEvent] = []
        for i in range(0, len(ids), _IN_CHUNK):
            rows = self._s.execute(self._with_stay().where(
                WarehouseEventRow.stay_id.in_(ids[i:i + _IN_CHUNK]))
                .order_by(WarehouseEventRow.at, WarehouseEventRow.id))
            out += [e for row, stay in rows for e in _events(row, stay)]
        return sorted(out, key=lambda e: (e.at, e.id or 0))

    def has_event(self, waybill_no: str, kinds: tuple[EventKind, ...]) -> bool:
        """Whether the waybill has an event of one of ``kinds`` (a scan-out for delivery is
        its delivery scan too)."""
        if not kinds:
            return False
        stored = [str(k) for k in kinds]
        stays = select(StayRow.id).where(StayRow.waybill_no == waybill_no)
        found: Any = exists().where(WarehouseEventRow.stay_id.in_(stays),
                                    WarehouseEventRow.kind.in_(stored)) | exists().where(
            WarehouseEventRow.stay_id.is_(None), WarehouseEventRow.waybill_no == waybill_no,
            WarehouseEventRow.kind.in_(stored))
        if EventKind.DELIVERY_SCAN in kinds:
            found = found | exists().where(
                StayRow.waybill_no == waybill_no,
                StayRow.disposition == Disposition.DELIVERY.value)
        return bool(self._s.scalar(select(found)))

    # --- headless parcels --------------------------------------------------------------------

    def add_headless(self, record: HeadlessRecord) -> HeadlessRecord:
        """Insert."""
        row = HeadlessRow(description=record.description, at=record.at, by=record.by,
                          location=record.location, photo=record.photo,
                          matched_waybill=record.matched_waybill, matched_at=record.matched_at,
                          matched_by=record.matched_by)
        self._s.add(row)
        self._s.flush()
        return headless_of(row)

    def headless(self, *, open_only: bool = True) -> list[HeadlessRecord]:
        """Headless parcels, oldest first."""
        query = select(HeadlessRow).order_by(HeadlessRow.at, HeadlessRow.id)
        if open_only:
            query = query.where(HeadlessRow.matched_waybill.is_(None))
        return [headless_of(r) for r in self._s.scalars(query)]

    def get_headless(self, headless_id: int) -> HeadlessRecord | None:
        """One headless parcel."""
        row = self._s.get(HeadlessRow, headless_id)
        return headless_of(row) if row else None

    def match_headless(self, headless_id: int, waybill_no: str, at: datetime, by: str) -> bool:
        """Conditional UPDATE: False when it was matched already."""
        return _conditional_update(
            self._s, HeadlessRow, headless_id,
            update(HeadlessRow)
            .where(HeadlessRow.id == headless_id, HeadlessRow.matched_waybill.is_(None))
            .values(matched_waybill=waybill_no, matched_at=at, matched_by=by))

    # --- stocktakes --------------------------------------------------------------------------

    def add_stocktake(self, record: StocktakeRecord) -> StocktakeRecord:
        """Start."""
        row = StocktakeRow(location=record.location, started_at=record.started_at,
                           started_by=record.started_by, closed_at=record.closed_at,
                           closed_by=record.closed_by, approved_by=record.approved_by)
        self._s.add(row)
        self._s.flush()
        return stocktake_of(row)

    def get_stocktake(self, stocktake_id: int) -> StocktakeRecord | None:
        """One stocktake."""
        row = self._s.get(StocktakeRow, stocktake_id)
        return stocktake_of(row) if row else None

    def add_stocktake_scan(self, stocktake_id: int, waybill_no: str, at: datetime,
                           by: str) -> bool:
        """Record a count; False when already counted in this stocktake."""
        added = self._s.execute(
            insert_ignoring(self._s, StocktakeScanRow, ["stocktake_id", "waybill_no"])
            .values(stocktake_id=stocktake_id, waybill_no=waybill_no, at=at, by=by)
            .returning(StocktakeScanRow.id)
        ).scalar()
        return added is not None

    def stocktake_scans(self, stocktake_id: int) -> list[str]:
        """Counted waybills in scan order."""
        return list(self._s.scalars(select(StocktakeScanRow.waybill_no)
                                    .where(StocktakeScanRow.stocktake_id == stocktake_id)
                                    .order_by(StocktakeScanRow.id)))

    def clear_stocktake_scans(self, stocktake_id: int) -> None:
        """Recount: forget every count."""
        self._s.execute(delete(StocktakeScanRow)
                        .where(StocktakeScanRow.stocktake_id == stocktake_id)
                        .execution_options(synchronize_session=False))
        self._s.flush()

    def close_stocktake(self, stocktake_id: int, at: datetime, by: str,
                        approved_by: str) -> None:
        """Close after the adjustments."""
        row = self._s.get(StocktakeRow, stocktake_id)
        if row is None:
            raise LookupError(f"no stocktake {stocktake_id}")
        row.closed_at, row.closed_by, row.approved_by = at, by, approved_by
        self._s.flush()
