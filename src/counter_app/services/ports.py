"""Ports: the unit of work and the cross-cutting ports (password hashing, address resolution);
each feature's repository protocol and records live in ``services/<feature>_ports.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from types import TracebackType
from typing import Any, Protocol, Self

from counter_app.domain.service_area import ResolvedAddress
from counter_app.domain.staff import Courier
from counter_app.domain.warehouse import Disposition, Location, ProblemDetails, Reason
from counter_app.services.audit_ports import AuditEntry, AuditLog
from counter_app.services.desk_ports import ParcelQuery, ServiceDeskRepository
from counter_app.services.intake_ports import IntakeRepository
from counter_app.services.misroute_ports import MisrouteRepository
from counter_app.services.notify_ports import NotifyRepository
from counter_app.services.people_ports import CourierRepository, StaffRepository
from counter_app.services.receipt_ports import ReceiptRecord, ReceiptRepository
from counter_app.services.scan_ports import ScanJournal
from counter_app.services.station_ports import (
    SettingsRepository,
    StationRepository,
    VersionRepository,
)


@dataclass(frozen=True)
class StayRecord:
    """One stay of a parcel in the warehouse, from scan-in to scan-out (WH-2, WH-4). A parcel
    that comes back later gets a new stay; at most one stay per waybill is open."""

    waybill_no: str
    reason: Reason
    details: ProblemDetails
    location: str
    in_at: datetime
    in_by: str
    layer: int = 1
    pickup_code: str = ""
    recipient: str = ""
    phone: str = ""
    bulky: bool = False
    destination_province: str = ""
    misroute_id: int | None = None
    headless_id: int | None = None
    planned_driver_id: int | None = None
    out_at: datetime | None = None
    out_by: str | None = None
    disposition: Disposition | None = None
    out_details: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True)
class ScanInContext:
    """What a scan-in decides with, read in one SELECT (issue 13 §7): the station's own
    carriers (read at decision time, issue 13 §3), the receipt already entered for the
    number (X-6) and, on PostgreSQL, the id the new stay will get (its pickup code is made
    from it before the one write). Locations and their fill are kept by the repository."""

    own_carriers: tuple[str, ...]
    receipt: ReceiptRecord | None = None
    next_id: int | None = None


@dataclass(frozen=True)
class ScanOutContext:
    """What a scan-out decides with, read in one SELECT (issue 13 §7): the station's own
    carriers, the waybill's open stay and the courier named by the draft."""

    own_carriers: tuple[str, ...]
    stay: StayRecord | None = None
    courier: Courier | None = None


@dataclass(frozen=True)
class WarehouseEvent:
    """One line of a parcel's timeline (who, when, what). Kinds: ``in``, ``moved``,
    ``details``, ``notified``, ``message_out``, ``message_in``, ``delivery_scan``, ``planned``,
    ``out``, ``already_in``, ``stocktake_missing``, ``stocktake_found``, ``note``."""

    waybill_no: str
    at: datetime
    by: str
    kind: str
    data: dict[str, Any] = field(default_factory=dict)
    stay_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class HeadlessRecord:
    """A parcel without a readable waybill (WH-3), kept apart until its number is found."""

    description: str
    at: datetime
    by: str
    location: str = ""
    photo: str = ""
    matched_waybill: str | None = None
    matched_at: datetime | None = None
    matched_by: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class StocktakeRecord:
    """A stocktake (盘点) of one location or of the whole store (location ``""``)."""

    location: str
    started_at: datetime
    started_by: str
    closed_at: datetime | None = None
    closed_by: str | None = None
    approved_by: str | None = None
    id: int | None = None


class WarehouseRepository(Protocol):
    """Locations, stays, timeline events, headless parcels and stocktakes."""

    def locations(self) -> list[Location]:
        """Every location, ordered by code."""
        ...

    def save_location(self, location: Location) -> None:
        """Insert or replace a location (by code)."""
        ...

    def occupancy(self) -> dict[str, int]:
        """Open stays per location code."""
        ...

    def layer_counts(self, location: str) -> dict[int, int]:
        """Open stays per layer of one location."""
        ...

    def scan_in_context(self, number: str) -> ScanInContext:
        """Everything a scan-in of ``number`` reads, in one statement; the locations and
        their fill are kept for ``locations()`` / ``occupancy()`` / ``layer_counts()``."""
        ...

    def register_stay(
        self, stay: StayRecord,
        rows: Callable[[StayRecord], tuple[dict[str, Any], AuditEntry]],
    ) -> StayRecord:
        """Insert a stay with its pickup code, its ``in`` event and its audit entry —
        ``rows(stay)`` gives the event's data and the entry once the id and code are known —
        in as few statements as the database allows. Raises ``AlreadyInStock`` (naming the
        open stay) or ``ActorRevoked``; nothing is written then."""
        ...

    def scan_out_context(self, number: str, courier_id: int | None) -> ScanOutContext:
        """Everything a scan-out reads, in one statement."""
        ...

    def close_and_log(self, stay: StayRecord, events: list[WarehouseEvent],
                      entry: AuditEntry, delivery: tuple[int, date] | None) -> bool:
        """Close an open stay (conditional UPDATE), add its events and the audit entry and,
        for a delivery, put it on the courier's delivery list, in as few statements as the
        database allows. False (nothing written) when another PC closed it first; raises
        ``ActorRevoked``."""
        ...

    def add_stay(self, stay: StayRecord) -> StayRecord:
        """Insert a stay and return it with its id. Raises ``AlreadyInStock`` if the waybill
        already has an open stay (the database enforces one open stay per waybill)."""
        ...

    def place(self, stay_id: int, location: str, layer: int, pickup_code: str) -> None:
        """Set where an open stay is kept."""
        ...

    def update_details(self, stay_id: int, reason: Reason, details: ProblemDetails) -> None:
        """Replace the reason and details of a stay."""
        ...

    def set_planned_driver(self, stay_id: int, driver_id: int | None) -> None:
        """Put a stay on (or take it off) a driver's pickup list."""
        ...

    def close_stay(
        self,
        stay_id: int,
        at: datetime,
        by: str,
        disposition: Disposition,
        out_details: dict[str, Any],
    ) -> bool:
        """Scan a stay out if it is still open; False when another clerk closed it first
        (a conditional UPDATE: exactly one of two concurrent scan-outs wins, issue 5 §12)."""
        ...

    def get_stay(self, stay_id: int) -> StayRecord | None:
        """One stay."""
        ...

    def open_stay(self, waybill_no: str) -> StayRecord | None:
        """The open stay of a waybill, if it is in stock."""
        ...

    def last_stay(self, waybill_no: str) -> StayRecord | None:
        """The newest stay of a waybill (open or closed)."""
        ...

    def open_stays(self, location: str | None = None) -> list[StayRecord]:
        """Stays in stock (at one location), oldest first."""
        ...

    def planned_for(self, driver_id: int) -> list[StayRecord]:
        """Open stays on a driver's pickup list."""
        ...

    def search_number(
        self, fragment: str, limit: int = 50, since: datetime | None = None
    ) -> list[StayRecord]:
        """Stays (scanned in at or after ``since``) whose waybill contains ``fragment``, newest
        first."""
        ...

    def search_phone_tail(self, tail: str, limit: int = 50) -> list[StayRecord]:
        """Stays whose phone ends with the 4 digits ``tail``, newest first (indexed column)."""
        ...

    def search_name(
        self, name: str, limit: int = 50, since: datetime | None = None
    ) -> list[StayRecord]:
        """Stays (scanned in at or after ``since``) whose recipient name contains ``name``,
        newest first."""
        ...

    def waybills_stayed(self, start: datetime, end: datetime) -> set[str]:
        """Waybills with a stay scanned in at ``start <= in_at < end`` or still in stock."""
        ...

    def stays_in_between(self, start: datetime, end: datetime) -> list[StayRecord]:
        """Stays scanned in at ``start`` <= in_at < ``end``."""
        ...

    def stays_out_between(
        self, start: datetime, end: datetime, disposition: Disposition | None = None
    ) -> list[StayRecord]:
        """Stays scanned out at ``start`` <= out_at < ``end`` (of one disposition)."""
        ...

    def stock_at(self, moment: datetime) -> int:
        """How many parcels were in stock at ``moment``."""
        ...

    def add_event(self, event: WarehouseEvent) -> None:
        """Append a timeline event."""
        ...

    def events(self, waybill_no: str) -> list[WarehouseEvent]:
        """A waybill's timeline, oldest first (every stay)."""
        ...

    def events_of_stays(self, stay_ids: list[int]) -> list[WarehouseEvent]:
        """Events of the given stays, oldest first (for the deadline board, in one query)."""
        ...

    def has_event(self, waybill_no: str, kinds: tuple[str, ...]) -> bool:
        """Whether the waybill has any event of these kinds (e.g. a delivery scan, WH-7)."""
        ...

    def add_headless(self, record: HeadlessRecord) -> HeadlessRecord:
        """Store a headless parcel and return it with its id."""
        ...

    def headless(self, *, open_only: bool = True) -> list[HeadlessRecord]:
        """Headless parcels, oldest first."""
        ...

    def get_headless(self, headless_id: int) -> HeadlessRecord | None:
        """One headless parcel."""
        ...

    def match_headless(self, headless_id: int, waybill_no: str, at: datetime, by: str) -> bool:
        """Mark a headless parcel as found; False if it was already matched."""
        ...

    def add_stocktake(self, record: StocktakeRecord) -> StocktakeRecord:
        """Start a stocktake."""
        ...

    def get_stocktake(self, stocktake_id: int) -> StocktakeRecord | None:
        """One stocktake."""
        ...

    def add_stocktake_scan(self, stocktake_id: int, waybill_no: str, at: datetime, by: str) -> bool:
        """Record a counted parcel; False when it was already counted in this stocktake."""
        ...

    def stocktake_scans(self, stocktake_id: int) -> list[str]:
        """The counted waybills."""
        ...

    def clear_stocktake_scans(self, stocktake_id: int) -> None:
        """Start the count again (recount)."""
        ...

    def close_stocktake(self, stocktake_id: int, at: datetime, by: str, approved_by: str) -> None:
        """Close a stocktake after its adjustments were posted."""
        ...




class UnitOfWork(Protocol):
    """One transaction. Leaving the ``with`` block without ``commit()`` rolls back."""

    station: StationRepository
    staff: StaffRepository
    couriers: CourierRepository
    audit: AuditLog
    settings: SettingsRepository
    scan_journal: ScanJournal
    misroutes: MisrouteRepository
    receipts: ReceiptRepository
    warehouse: WarehouseRepository
    intake: IntakeRepository
    versions: VersionRepository
    notify: NotifyRepository
    parcels: ParcelQuery  # issue 16 §1
    desk: ServiceDeskRepository  # issue 19

    def __enter__(self) -> Self:
        """Begin."""
        ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back whatever was not committed, and release the connection."""
        ...

    def commit(self) -> None:
        """Commit the transaction."""
        ...

    def single_write(self) -> None:
        """Declare, before anything is read, that this use case writes with one statement
        whose every write hangs on its own checks (the lean write path): where a round trip
        costs (PostgreSQL) it then runs without BEGIN and COMMIT, a statement being its own
        transaction — two round trips fewer (issue 13 §7). Elsewhere nothing changes."""
        ...


class UnitOfWorkFactory(Protocol):
    """Makes a fresh unit of work per use case."""

    def __call__(self) -> UnitOfWork:
        """Return a new unit of work."""
        ...


class PasswordHasher(Protocol):
    """A memory-hard password KDF (the adapter uses Argon2id)."""

    def hash(self, password: str) -> str:
        """Return an encoded hash with its parameters and salt."""
        ...

    def verify(self, encoded: str, password: str) -> bool:
        """Tell whether ``password`` matches ``encoded``."""
        ...

    def needs_rehash(self, encoded: str) -> bool:
        """Tell whether the hash was made with weaker parameters than today's."""
        ...


class AddressResolver(Protocol):
    """Resolves a written address to province / city / district (CI-6; the adapter uses a
    maintained address library)."""

    def resolve(self, text: str) -> ResolvedAddress | None:
        """The address's divisions, or ``None`` when not even a province is found."""
        ...
