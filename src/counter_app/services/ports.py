"""Ports: what the services need from storage and security, as Protocols (adapters implement)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from types import TracebackType
from typing import Any, Protocol, Self

from counter_app.domain.intake import Account, Consumable
from counter_app.domain.misroute import MisrouteEntry
from counter_app.domain.receipts import ExpectedParcel
from counter_app.domain.scanning import ScanCounts, ScanOutcome
from counter_app.domain.service_area import ResolvedAddress
from counter_app.domain.staff import Courier, CourierKind, Role, StaffMember
from counter_app.domain.station import StationProfile
from counter_app.domain.warehouse import Disposition, Location, ProblemDetails, Reason
from counter_app.services.desk_ports import ParcelQuery, ServiceDeskRepository
from counter_app.services.notify_ports import NotifyRepository


@dataclass
class StaffAccount:
    """A staff member with the login state the auth service needs."""

    member: StaffMember
    password_hash: str
    failed_attempts: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One append-only audit record (WH-2): who, when, what, before → after."""

    at: datetime
    actor_id: int | None
    actor: str
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    id: int | None = field(default=None, compare=False)
    actor_role: str | None = field(default=None, compare=False)
    """The role the caller believes the actor holds: the entry is written only if the staff
    row is still active with this role, else ``ActorRevoked`` (issue 13 §4)."""


@dataclass(frozen=True)
class AreaAssignment:
    """A courier's area from ``since`` until ``until`` (None = current)."""

    area: str
    since: date
    until: date | None


@dataclass(frozen=True)
class JournalEntry:
    """One raw scanner read as journalled (issue 3 §6): accepted or not."""

    at: datetime
    source: str
    raw: bytes
    text: str
    outcome: ScanOutcome
    number: str | None = None
    reason: str | None = None


class ScanJournal(Protocol):
    """Every raw read, with its outcome."""

    def record(self, entry: JournalEntry) -> int:
        """Append a read and return its id."""
        ...

    def counts(self) -> list[ScanCounts]:
        """Totals per source, ordered by source."""
        ...

    def recent(self, limit: int = 100) -> list[JournalEntry]:
        """The newest reads first."""
        ...


@dataclass(frozen=True)
class BatchRecord:
    """A receipt batch (RE-6)."""

    id: int
    courier_id: int
    delivery_date: date
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None = None
    closed_by: str | None = None


@dataclass(frozen=True)
class ReceiptRecord:
    """A stored signed receipt."""

    batch_id: int
    waybill_no: str
    signer: str
    signer_kind: str
    pieces: int
    cod_amount: Decimal | None
    cod_expected: Decimal | None
    cod_flagged: bool
    entered_at: datetime
    entered_by: str
    late: bool
    arrived_on: date
    id: int | None = None


@dataclass(frozen=True)
class SetAsideRecord:
    """A receipt set aside because its number cannot be read (RE-5)."""

    batch_id: int
    partial_barcode: str
    printed_digits: str
    note: str
    at: datetime
    by: str
    id: int | None = None


class ReceiptRepository(Protocol):
    """Batches, receipts, set-asides and the delivery lists they are checked against."""

    def add_batch(
        self, courier_id: int, delivery_date: date, at: datetime, by: str
    ) -> tuple[BatchRecord, bool]:
        """Open the courier's batch of the day, or return the one that exists (the database's
        unique key decides between two PCs, RE-6); the flag says whether this call created it."""
        ...

    def batch(self, batch_id: int) -> BatchRecord | None:
        """One batch."""
        ...

    def batch_for(self, courier_id: int, delivery_date: date) -> BatchRecord | None:
        """The batch of a courier and day, if any."""
        ...

    def batches_on(self, delivery_date: date) -> list[BatchRecord]:
        """Every batch of a delivery day."""
        ...

    def close_batch(self, batch_id: int, at: datetime, by: str) -> bool:
        """Close a batch if it is open (one conditional UPDATE); False if it was closed
        already, by this or another PC."""
        ...

    def expect_delivery(self, waybill_no: str, courier_id: int, day: date, recipient: str,
                        arrived_on: date) -> None:
        """Put a parcel on a courier's delivery list of ``day`` (what the waybill's latest line
        knows — recipient, 到付 amount, pieces, arrival — is kept; ``recipient`` wins when
        given, ``arrived_on`` is the fallback)."""
        ...

    def add(self, receipt: ReceiptRecord,
            entry: AuditEntry | None = None) -> ReceiptRecord | None:
        """Store a receipt, returning it with its id; None if the waybill's receipt was
        entered meanwhile (by another PC). With ``entry``, its audit row is written with it
        (one statement where the database allows; ``ActorRevoked`` if the actor left)."""
        ...

    def prefetch_entry(self, batch_id: int, number: str, setting_keys: tuple[str, ...]) -> None:
        """Read ahead, in one SELECT, what a receipt entry reads: the batch, the station, the
        waybill's latest delivery-list line, its open stay and the settings ``setting_keys``
        (issue 13 §7); each is served once to the first read that asks for it."""
        ...

    def update(self, receipt: ReceiptRecord) -> None:
        """Write back a corrected receipt (by id)."""
        ...

    def by_waybill(self, waybill_no: str) -> ReceiptRecord | None:
        """The receipt of a waybill."""
        ...

    def in_batch(self, batch_id: int) -> list[ReceiptRecord]:
        """A batch's receipts, oldest first."""
        ...

    def add_set_aside(self, record: SetAsideRecord) -> SetAsideRecord:
        """Store a set-aside receipt."""
        ...

    def set_asides(self, batch_id: int) -> list[SetAsideRecord]:
        """A batch's set-aside receipts."""
        ...

    def add_expected(self, parcels: list[ExpectedParcel]) -> int:
        """Store delivery-list lines (replacing the same waybill on the same day)."""
        ...

    def expected(self, waybill_no: str) -> ExpectedParcel | None:
        """The latest delivery-list line of a waybill."""
        ...

    def expected_on(self, delivery_date: date) -> list[ExpectedParcel]:
        """Every delivery-list line of a day."""
        ...

    def expected_keys_on(self, delivery_date: date) -> list[tuple[int, str]]:
        """(courier id, waybill) of every delivery-list line of a day, in list order."""
        ...

    def late_on(self, delivery_date: date) -> list[ReceiptRecord]:
        """The receipts entered late in the batches of a day."""
        ...

    def received_of(self, delivery_date: date) -> set[str]:
        """The waybills on a day's delivery lists that have a receipt in any batch."""
        ...

    def purge_before(self, arrived_before: date) -> int:
        """Delete receipts of parcels that arrived before the date (RE-8); returns the count."""
        ...


class MisrouteRepository(Protocol):
    """The misroute register and its closed months."""

    def add(self, entry: MisrouteEntry) -> MisrouteEntry:
        """Insert and return with its id."""
        ...

    def update(self, entry: MisrouteEntry) -> None:
        """Write back every field of ``entry`` (by id)."""
        ...

    def get(self, entry_id: int) -> MisrouteEntry | None:
        """One entry."""
        ...

    def by_waybill(self, waybill_no: str) -> MisrouteEntry | None:
        """The entry of a waybill, if registered."""
        ...

    def in_months(self, *months: str) -> list[MisrouteEntry]:
        """Entries found in the given ``YYYY-MM`` months (any order)."""
        ...

    def sites(self, prefix: str, limit: int = 20) -> list[tuple[str, str]]:
        """Known (origin site, province) pairs starting with ``prefix``, most used first."""
        ...

    def closed_months(self) -> dict[str, tuple[datetime, str]]:
        """month → (closed at, closed by)."""
        ...

    def close_month(self, month: str, at: datetime, by: str) -> bool:
        """Lock a month; False if it was locked already (by another PC, say)."""
        ...

    def hold_month(self, *months: str) -> None:
        """Serialise this transaction with every other one touching these months' rows or
        closing them, until commit (MR-5 vs. a row edit, issue 13 §1)."""
        ...

    def reopen_month(self, month: str) -> None:
        """Unlock a month."""
        ...


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
        self, fragment: str, limit: int | None = 50, since: datetime | None = None, *,
        in_stock: bool = False,
    ) -> list[StayRecord]:
        """Stays (scanned in at or after ``since``; ``in_stock``: not scanned out) whose
        waybill contains ``fragment``, newest first (``limit`` None: all)."""
        ...

    def search_phone_tail(self, tail: str, limit: int = 50) -> list[StayRecord]:
        """Stays whose phone ends with the 4 digits ``tail``, newest first (indexed column)."""
        ...

    def search_name(
        self, name: str, limit: int | None = 50, since: datetime | None = None, *,
        in_stock: bool = False,
    ) -> list[StayRecord]:
        """Stays (scanned in at or after ``since``; ``in_stock``: not scanned out) whose
        recipient name contains ``name``, newest first (``limit`` None: all)."""
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


class StationRepository(Protocol):
    """The one station profile row."""

    def get(self) -> StationProfile | None:
        """Return the profile, or None before the first-run set-up."""
        ...

    def save(self, profile: StationProfile) -> None:
        """Insert or replace the profile."""
        ...



# --- counter intake (issue 4) -------------------------------------------------------------


@dataclass(frozen=True)
class SenderRecord:
    """A sender the counter has registered (实名收寄, CI-11), recalled by phone number.

    ``doc_number`` is the normalised number in full: the law asks the station to register it;
    services hand it only to supervisors and never to a slip.
    """

    phone: str
    name: str
    address: str
    doc_kind: str
    doc_number: str
    updated_at: datetime
    id: int | None = None


@dataclass(frozen=True)
class AcceptanceRecord:
    """One parcel accepted at the counter, with its inspection (CI-5) and its price (CI-8)."""

    waybill_no: str
    carrier: str
    accepted_at: datetime
    by: str
    clerk_name: str
    shift: str
    sender_name: str
    sender_phone: str
    sender_address: str
    doc_kind: str
    doc_number: str
    recipient_name: str
    recipient_phone: str
    recipient_address: str
    province: str
    city: str
    district: str
    area_status: str
    contents: str
    quantity: int
    transport: str
    air_banned: bool
    fragile: bool
    weight: Decimal
    dimensions: tuple[Decimal, Decimal, Decimal] | None
    chargeable: Decimal
    declared_value: Decimal | None
    cod_amount: Decimal | None
    pay_mode: str
    account_id: int | None
    quote: dict[str, Any]
    quoted_total: Decimal
    total: Decimal
    override_reason: str = ""
    override_by: str = ""
    received: Decimal | None = None
    change: Decimal | None = None
    inspected_by: str = ""
    inspected_at: datetime | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class RefusalRecord:
    """A parcel the counter refused (CI-2): what, why, the sender's phone, who, when."""

    at: datetime
    by: str
    clerk_name: str
    reason: str
    contents: str
    category: int | None = None
    category_name: str = ""
    sender_phone: str = ""
    detail: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ConsumableMove:
    """One movement of a counter consumable (CI-10): counted in, sold, used, corrected."""

    code: str
    at: datetime
    by: str
    delta: int
    kind: str
    note: str = ""
    waybill_no: str = ""


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """What a monthly statement prints of one acceptance (CI-7), read without the rest of
    the row (issue 18 §3)."""

    accepted_at: datetime
    waybill_no: str
    province: str
    city: str
    district: str
    contents: str
    chargeable: Decimal
    total: Decimal
    clerk_name: str


class IntakeRepository(Protocol):
    """Senders, acceptances, refusals, account customers and consumables."""

    def sender_by_phone(self, phone: str) -> SenderRecord | None:
        """The sender registered with this phone number, if any."""
        ...

    def save_sender(self, sender: SenderRecord) -> SenderRecord:
        """Insert, or replace the one with the same phone number."""
        ...

    def add_acceptance(self, record: AcceptanceRecord) -> AcceptanceRecord:
        """Insert; ``AlreadyAccepted`` when the waybill was accepted before (any PC)."""
        ...

    def acceptance(self, waybill_no: str) -> AcceptanceRecord | None:
        """The acceptance of this waybill, if any."""
        ...

    def update_acceptance(self, record: AcceptanceRecord) -> AcceptanceRecord:
        """Store a corrected acceptance (matched by ``id``): destination, weight, payment,
        price and cash fields; ``NotFound`` when it is gone."""
        ...

    def acceptances_between(self, start: datetime, end: datetime,
                            account_id: int | None = None) -> list[AcceptanceRecord]:
        """Acceptances with ``start <= accepted_at < end`` (of one account), oldest first."""
        ...

    def statement_entries(self, account_id: int, start: datetime,
                          end: datetime) -> list[StatementEntry]:
        """An account's parcels paid on account with ``start <= accepted_at < end``, oldest
        first: only the printed columns."""
        ...

    def add_refusal(self, record: RefusalRecord) -> RefusalRecord:
        """Append a refusal."""
        ...

    def refusals_between(self, start: datetime, end: datetime) -> list[RefusalRecord]:
        """Refusals with ``start <= at < end``, oldest first."""
        ...

    def accounts(self) -> list[Account]:
        """Every account customer, by code."""
        ...

    def save_account(self, account: Account) -> Account:
        """Insert (no id) or update (by id); ``FieldInvalid(code, duplicate)`` on a used code."""
        ...

    def consumables(self) -> list[Consumable]:
        """Every consumable, by code."""
        ...

    def save_consumable(self, item: Consumable) -> None:
        """Insert or replace by code (name, unit, low mark, packaging code; stock as given)."""
        ...

    def move_consumable(self, move: ConsumableMove, *, floor: bool = False) -> Consumable:
        """Add ``move.delta`` to the stock in one statement and log the move; with ``floor``
        the stock does not go below 0. ``NotFound`` for an unknown code."""
        ...

    def consumable_moves(self, code: str, limit: int = 100) -> list[ConsumableMove]:
        """The newest moves of one consumable first."""
        ...


class StaffRepository(Protocol):
    """Staff accounts; never deleted, only deactivated."""

    def count(self) -> int:
        """Return the number of accounts (active or not)."""
        ...

    def get(self, staff_id: int) -> StaffAccount | None:
        """Return one account by id."""
        ...

    def by_job_number(self, job_number: str) -> StaffAccount | None:
        """Return one account by job number (工号)."""
        ...

    def all(self) -> list[StaffMember]:
        """Return all staff, ordered by job number."""
        ...

    def add(self, job_number: str, name: str, role: Role, password_hash: str) -> StaffMember:
        """Create an account and return it with its id."""
        ...

    def update(self, account: StaffAccount) -> None:
        """Write back an account's fields (name, role, active, hash, login state)."""
        ...


class CourierRepository(Protocol):
    """Couriers and drivers with their area history."""

    def all(self, *, include_inactive: bool = False) -> list[Courier]:
        """Return couriers ordered by name."""
        ...

    def get(self, courier_id: int) -> Courier | None:
        """Return one courier."""
        ...

    def add(self, name: str, phone: str, kind: CourierKind) -> int:
        """Create a courier (no area yet) and return its id."""
        ...

    def update(self, courier: Courier) -> None:
        """Write back name, phone, kind and active (not the area)."""
        ...

    def assign_area(self, courier_id: int, area: str, since: date) -> None:
        """Close the open assignment the day before ``since`` and open a new one."""
        ...

    def area_history(self, courier_id: int) -> list[AreaAssignment]:
        """Return the courier's assignments, oldest first."""
        ...


class AuditLog(Protocol):
    """Append-only log."""

    def record(self, entry: AuditEntry) -> None:
        """Append one entry."""
        ...

    def all(self, *, entity: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """Return the newest entries first."""
        ...

    def last_change(self, entities: tuple[str, ...], entity_id: str) -> AuditEntry | None:
        """The newest entry about one record (who saved the version a loser collided with)."""
        ...

    def about(self, entity: str, entity_ids: Collection[str]) -> list[AuditEntry]:
        """Every entry of ``entity`` about these records, oldest first (one query)."""
        ...


class SettingsRepository(Protocol):
    """Station-wide business settings shared by all PCs (key → text)."""

    def get(self, key: str) -> str | None:
        """Return a value or None."""
        ...

    def set(self, key: str, value: str) -> None:
        """Insert or replace a value."""
        ...

    def get_versioned(self, key: str) -> tuple[str, int] | None:
        """A value with its version, read together (one statement), or None."""
        ...

    def get_many(self, *keys: str) -> dict[str, str]:
        """Several values in one statement; absent keys are left out."""
        ...


class VersionRepository(Protocol):
    """Version counters of the records edited as a whole (issue 13 §2).

    ``entity`` is ``"setting"`` (key: the setting's key), ``"station"``, ``"staff"``,
    ``"courier"``, ``"wh_location"`` (key: its code) or ``"misroute"``.
    """

    def current(self, entity: str, key: str) -> int:
        """The stored version; 0 when the record does not exist (yet)."""
        ...

    def claim(self, entity: str, key: str, expected: int | None) -> bool:
        """Bump the version in one conditional UPDATE — the save's first write, so of two
        savers the second waits for the first and then fails — if it is still ``expected``
        (None: whatever it is). False when another save came first. An absent record with
        ``expected`` 0 (or None) is claimable: the save creates it."""
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
