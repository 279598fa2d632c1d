"""The warehouse's shapes handed to the screens and to the report renderers (issue 14 §3):
what the forms hold, what a use case answers, the printed sheets' rows. No rule reads them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from counter_app.domain.receipts import ExpectedParcel
from counter_app.domain.warehouse import (
    Disposition,
    Due,
    ListCheck,
    Location,
    LocationKind,
    Payment,
    ProblemDetails,
    Reason,
)
from counter_app.domain.warehouse_stay import StayRecord, WarehouseEvent
from counter_app.services.warehouse_ports import StocktakeRecord

if TYPE_CHECKING:  # dto re-exports the printed sheets of this module
    from counter_app.services.dto import StationHeader
    from counter_app.services.receipt_ports import ReceiptRecord

# --- what the forms hold and what the use cases answer -------------------------------------

@dataclass(frozen=True)
class ScanInDraft:
    """What the scan-in form holds when the clerk presses Enter."""

    waybill: str
    reason: Reason | None
    details: ProblemDetails = field(default_factory=ProblemDetails)
    recipient: str = ""
    phone: str = ""
    bulky: bool = False
    location: str = ""
    """Empty: the proposed location."""
    destination_province: str = ""
    note: str = ""


@dataclass(frozen=True)
class ScanOutDraft:
    """How a parcel leaves (WH-4) and what that disposition needs."""

    disposition: Disposition
    courier_id: int | None = None
    """Delivery: the courier; 退回XX人: the courier; EMS: who collects a shortfall."""
    check: str = ""
    """Collected: the pickup code or the phone's last 4 digits."""
    company: str = ""
    """上网退XX公司: the company."""
    air: bool = False
    """A return of an air parcel costs a fee (WH-11)."""
    province: str = ""
    """Return: the province it goes back to (for the fee)."""
    city: str = ""
    """Return: the city (「菏泽市」), for a tariff row naming a city (WH-11, issue 16)."""
    weight: str = ""
    ems_fee: str = ""
    paid_freight: str = ""
    payment: Payment | None = None
    ems_no: str = ""
    """EMS: the new EMS waybill number (WH-17, checked as an EMS / S10 number)."""
    ems_destination: str = ""
    """EMS: where it is forwarded to (WH-17); empty: the province typed at scan-in."""


@dataclass(frozen=True)
class TariffReading:
    """WH-11 (issue 16): the shipped reading of 「江浙沪皖鲁西南」 and what the station did."""

    reading: str
    own_rows: bool
    """The station saved its own tariff rows (the shipped reading no longer applies as is)."""
    confirmed_by: str
    confirmed_at: str
    whole_weight: bool
    version: int = 0
    """The basis setting's stored version: the page saves against it (issue 13 §2)."""

    @property
    def confirmed(self) -> bool:
        """The station confirmed the reading or saved its own rows."""
        return self.own_rows or bool(self.confirmed_by)


@dataclass(frozen=True)
class Lookup:
    """What a scan finds: in stock (where, since when), or its last stay, or nothing."""

    waybill_no: str
    open_stay: StayRecord | None
    last_stay: StayRecord | None
    expected: ExpectedParcel | None
    receipt: ReceiptRecord | None = None
    """X-6: the parcel was already entered as signed at the night desk — warn before scan-in."""

    @property
    def signed(self) -> bool:
        """Whether a signed receipt was entered for it (X-6: a signed parcel is not in stock)."""
        return self.receipt is not None


@dataclass(frozen=True)
class Proposal:
    """The location proposed for a new parcel, with its fill."""

    kind: LocationKind
    location: Location | None
    occupancy: int


@dataclass(frozen=True)
class LocationView:
    """A location with how many parcels it holds."""

    location: Location
    occupancy: int


@dataclass(frozen=True)
class BoardLine:
    """A deadline on the board (WH-8)."""

    stay: StayRecord
    due: Due


@dataclass(frozen=True)
class DeadlineBoard:
    """What falls due today and what is overdue, most overdue first."""

    today: date
    due_today: tuple[BoardLine, ...]
    overdue: tuple[BoardLine, ...]


@dataclass(frozen=True)
class OpenProblem:
    """A parcel in stock with a problem record or messages but no scan-out (WH-4)."""

    stay: StayRecord
    days: int
    messages: int
    last_event: WarehouseEvent | None
    counts_against_station: bool


@dataclass(frozen=True)
class BoardEntry:
    """One parcel's place on the deadline board and the problem list (issue 21 §5): its
    lines due today or overdue, and its problem line; none of either once it is out."""

    waybill_no: str
    today: date
    lines: tuple[BoardLine, ...]
    problem: OpenProblem | None


@dataclass(frozen=True)
class StocktakeResult:
    """A stocktake's comparison; ``elsewhere`` maps an unexpected parcel to its recorded
    location, ``not_in_stock`` lists unexpected parcels the store has no open record of."""

    stocktake: StocktakeRecord
    check: ListCheck
    elsewhere: dict[str, str]
    not_in_stock: tuple[str, ...]


@dataclass(frozen=True)
class ScanOutResult:
    """A parcel scanned out, with the label text for returns and any fee."""

    stay: StayRecord
    label: str = ""
    fee: Decimal | None = None
    shortfall: Decimal | None = None


# --- printed sheets (WH-1, WH-11, WH-12, issue 5 §2): every value is the printed text -------

@dataclass(frozen=True)
class HandoverLine:
    """A parcel on the handover sheet; every value is the printed text."""

    waybill_no: str
    reason: str
    location: str
    since: str
    by: str
    note: str = ""


@dataclass(frozen=True)
class HandoverSheet:
    """The WH-1 shift handover sheet: stock at start and end, in and out, due, open problems."""

    header: StationHeader
    shift: str
    period: str
    printed_at: str
    outgoing_clerk: str
    stock_start: int
    stock_end: int
    came_in: tuple[HandoverLine, ...]
    went_out: tuple[HandoverLine, ...]
    due_today: tuple[HandoverLine, ...]
    overdue: tuple[HandoverLine, ...]
    open_problems: tuple[HandoverLine, ...]
    headless_open: int


@dataclass(frozen=True)
class PickupLabel:
    """The small shelf label of a parcel in stock (issue 5 §2): the code and its barcode."""

    pickup_code: str
    waybill_no: str
    location: str
    reason: str
    in_on: str
    recipient: str


@dataclass(frozen=True)
class EmsLine:
    """One parcel forwarded via EMS (WH-12), printed text."""

    seq: int
    out_on: str
    waybill_no: str
    destination: str
    weight_kg: str
    ems_fee: str
    paid_freight: str
    payment: str
    shortfall: str
    courier: str
    by: str
    ems_no: str = ""
    """WH-17: the EMS waybill number it was forwarded under."""


@dataclass(frozen=True)
class EmsRegister:
    """The EMS register of a period, handed to finance (WH-12)."""

    header: StationHeader
    start: str
    end: str
    lines: tuple[EmsLine, ...]
    total_fee: str
    total_shortfall: str


@dataclass(frozen=True)
class AirFeeLine:
    """One air parcel returned with a fee (WH-11), printed text (issue 16 §5)."""

    seq: int
    out_on: str
    waybill_no: str
    label: str
    province: str
    weight_kg: str
    fee: str
    by: str


@dataclass(frozen=True)
class AirFeeRegister:
    """The air-return fees charged in a period, for finance (WH-11, issue 16 §5)."""

    header: StationHeader
    start: str
    end: str
    lines: tuple[AirFeeLine, ...]
    total_fee: str


AIR_FEE_COLUMNS = ("序号", "出仓日期", "运单号", "退回", "省份", "重量(kg)", "退回费用", "经办人")

EMS_COLUMNS = ("序号", "出仓日期", "运单号", "EMS单号", "目的地", "重量(kg)", "EMS费用",
               "已付运费", "付款方式", "需补收", "补收业务员", "经办人")
