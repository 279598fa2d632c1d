"""The stay model of the warehouse (issue 14 §2): one stay of a parcel from scan-in to
scan-out, the kinds of its timeline events, and what each disposition records when the parcel
leaves (WH-4, WH-7, WH-10..WH-13), as typed values. How they are stored as JSON is
``warehouse_codec``'s business, and only its. Plain Python: no Qt, no database."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import ClassVar

from counter_app.domain.warehouse import Disposition, Payment, ProblemDetails, Reason


class EventKind(enum.StrEnum):
    """What a timeline line says happened (who and when are on the event). Values are
    stored: never rename them."""

    IN = "in"  # scanned in with a reason (its data is the scan-in)
    MOVED = "moved"  # moved to another location, new pickup code
    DETAILS = "details"  # reason and details recorded again
    NOTIFIED = "notified"  # the customer was told to collect (WH-8 notified period)
    MESSAGE_OUT = "message_out"  # 留言 to another company (WH-8)
    MESSAGE_IN = "message_in"  # its reply, maybe asking for a return (WH-8)
    DELIVERY_SCAN = "delivery_scan"  # the area's delivery scan (WH-7)
    PLANNED = "planned"  # put on a driver's pickup list (WH-13)
    OUT = "out"  # scanned out with a disposition (WH-4)
    ALREADY_IN = "already_in"  # scanned again while in stock
    STOCKTAKE_MISSING = "stocktake_missing"  # missing at a stocktake, written off
    STOCKTAKE_FOUND = "stocktake_found"  # found elsewhere at a stocktake, moved
    NOTE = "note"  # a work-log note
    # telling the customer (issue 20): a notice's status changes, the reply, the consent
    NOTICE_QUEUED = "notice_queued"
    NOTICE_SENT = "notice_sent"
    NOTICE_DELIVERED = "notice_delivered"
    NOTICE_FAILED = "notice_failed"
    NOTICE_HELD = "notice_held"
    NOTICE_MANUAL = "notice_manual"
    NOTICE_REPLY = "notice_reply"
    CONSENT = "consent"


MESSAGE_KINDS = frozenset({EventKind.MESSAGE_OUT, EventKind.MESSAGE_IN})
REASON_KINDS = frozenset({EventKind.IN, EventKind.DETAILS})
"""The events that record the stay's reason (the scan-in, and a reason recorded again)."""


class CheckedBy(enum.StrEnum):
    """How a customer proved a parcel was theirs (WH-4 自提). Values are stored."""

    CODE = "code"  # the pickup code
    PHONE_TAIL = "phone_tail"  # the last 4 digits of the phone


@dataclass(frozen=True)
class ByCourier:
    """A courier (or driver) named on a scan-out: the id and the name as it was then."""

    courier_id: int | None
    courier: str

    @property
    def party(self) -> str:
        """Who or where the parcel went, as the handover sheet and the lists print it."""
        return self.courier


@dataclass(frozen=True)
class DeliveryOut(ByCourier):
    """Out for delivery with a courier (WH-4); puts it on the courier's delivery list."""

    disposition: ClassVar[Disposition] = Disposition.DELIVERY


@dataclass(frozen=True)
class DriverOut(ByCourier):
    """Handed to a driver against the pickup list (WH-13)."""

    disposition: ClassVar[Disposition] = Disposition.DRIVER


@dataclass(frozen=True)
class CollectedOut:
    """Collected by the customer with the pickup code or the phone's last 4 digits."""

    checked_by: CheckedBy = CheckedBy.CODE
    disposition: ClassVar[Disposition] = Disposition.COLLECTED

    @property
    def party(self) -> str:
        """Nobody to name."""
        return ""


@dataclass(frozen=True)
class AirFee:
    """The fee of returning an air parcel (WH-11): where to, its weight and the fee."""

    province: str
    weight: Decimal
    fee: Decimal
    city: str = ""


@dataclass(frozen=True)
class CourierReturnOut(ByCourier):
    """退回XX人 (WH-10): back to a courier, with its label text and any air fee."""

    label: str = ""
    air: AirFee | None = None
    disposition: ClassVar[Disposition] = Disposition.RETURN_COURIER

    @property
    def party(self) -> str:
        """The label (「退回张三」)."""
        return self.label or self.courier


@dataclass(frozen=True)
class CompanyReturnOut:
    """上网退XX公司 (WH-10): back to a company, with its label text and any air fee."""

    company: str
    label: str = ""
    air: AirFee | None = None
    disposition: ClassVar[Disposition] = Disposition.RETURN_COMPANY

    @property
    def party(self) -> str:
        """The label (「上网退顺达公司」)."""
        return self.label or self.company


@dataclass(frozen=True)
class EmsOut:
    """转发EMS (WH-12, WH-17): the EMS waybill, where to, the fee against the freight paid,
    and the courier who collects a shortfall (none when nothing is short)."""

    weight: Decimal | None
    ems_fee: Decimal
    paid: Decimal
    payment: Payment | None
    shortfall: Decimal
    destination: str = ""
    ems_no: str = ""
    courier_id: int | None = None
    courier: str = ""
    disposition: ClassVar[Disposition] = Disposition.EMS

    @property
    def party(self) -> str:
        """The courier who collects the shortfall, if any."""
        return self.courier


@dataclass(frozen=True)
class LostOut:
    """盘点报失: written off by a stocktake a supervisor approved."""

    stocktake_id: int | None
    approved_by: str
    disposition: ClassVar[Disposition] = Disposition.LOST

    @property
    def party(self) -> str:
        """Nobody to name."""
        return ""


OutDetails = (DeliveryOut | DriverOut | CollectedOut | CourierReturnOut | CompanyReturnOut
              | EmsOut | LostOut)
"""What a scan-out records, one class per disposition."""


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
    out: OutDetails | None = None
    """What the scan-out recorded (its class matches ``disposition``)."""
    id: int | None = None

    @property
    def out_details(self) -> dict[str, str | int | bool | None]:
        """The scan-out as its stored JSON object (for screens that print it key by key)."""
        from counter_app.domain.warehouse_codec import encode_out

        return encode_out(self.out) if self.out is not None else {}


@dataclass(frozen=True)
class WarehouseEvent:
    """One line of a parcel's timeline (who, when, what). ``data`` is the line's stored JSON
    object; the rules read it through ``warehouse_codec`` (typed), screens may show it."""

    waybill_no: str
    at: datetime
    by: str
    kind: EventKind
    data: dict[str, object] = field(default_factory=dict)
    """What the event adds, as stored (JSON values, made and read by ``warehouse_codec``)."""
    stay_id: int | None = None
    id: int | None = None
