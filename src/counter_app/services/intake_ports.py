"""Ports of the counter's intake (收寄, issue 4): senders, acceptances, refusals, consumables,
statements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from counter_app.domain.intake import Account, Consumable


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
