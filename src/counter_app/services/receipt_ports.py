"""Ports of the signed-receipt desk (回单): batches, receipts, set-asides, delivery lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from counter_app.domain.receipts import ExpectedParcel
from counter_app.services.audit_ports import AuditEntry


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
