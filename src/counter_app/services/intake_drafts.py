"""What the 收寄 form hands the intake service and gets back (issue 4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from counter_app.domain.identity import DocumentKind
from counter_app.domain.intake import Consumable, PayMode, Transport
from counter_app.domain.pricing import Quote
from counter_app.domain.service_area import AreaDecision, ResolvedAddress
from counter_app.services.intake_dto import CounterSlip
from counter_app.services.intake_ports import AcceptanceRecord


def place(province: str, city: str, district: str) -> str:
    """``江苏省 南京市 鼓楼区``; a municipality's city is not repeated (``北京市 朝阳区``)."""
    return " ".join(x for x in (province, "" if city == province else city, district) if x)

@dataclass(frozen=True)
class Destination:
    """Where the recipient's address resolves to and what the service area says (CI-6)."""

    address: ResolvedAddress
    decision: AreaDecision

    @property
    def text(self) -> str:
        """Province city district, for the slip and the screen."""
        a = self.address
        return place(a.province, a.city, a.district)

@dataclass(frozen=True)
class SenderView:
    """A registered sender as the counter may see it: the document masked unless allowed."""

    phone: str
    name: str
    address: str
    doc_kind: DocumentKind | None
    doc_shown: str
    """The masked number, or the full one for a user with ``SEE_UNMASKED_IDS``."""

@dataclass(frozen=True)
class AcceptDraft:
    """What the 收寄 form holds when the clerk accepts (texts as typed)."""

    waybill: str
    contents: str
    sender_name: str
    sender_phone: str
    recipient_name: str
    recipient_phone: str
    recipient_address: str
    weight: str
    pay_mode: PayMode | None
    inspected: bool
    doc_kind: DocumentKind | None = None
    doc_number: str = ""
    """Empty: the number registered with the sender's phone (recalled), if any."""
    sender_address: str = ""
    quantity: str = "1"
    liquid_ml: str = ""
    transport: Transport = Transport.LAND
    length: str = ""
    width: str = ""
    height: str = ""
    declared_value: str = ""
    cod_amount: str = ""
    packaging: tuple[tuple[str, int], ...] = ()
    account_code: str = ""
    received: str = ""
    override_total: str = ""
    override_reason: str = ""
    note: str = ""
    entry_fee: str = ""
    """进仓费 charged with this parcel (WH-18, issue 16 §7): the calculator's figure; empty:
    none. Added to the fee as its own slip line 「进仓费」."""
    weighed_grams: int | None = None
    """The scale's stable reading when the weight field still shows it; ``None`` when the
    clerk typed the weight (issue 17: kept in the record's ``quote`` JSON as
    ``weight_source``, no new column)."""

@dataclass(frozen=True)
class CorrectionDraft:
    """What a correction changes of an accepted parcel (issue 16); empty / None: unchanged."""

    recipient_address: str = ""
    weight: str = ""
    pay_mode: PayMode | None = None
    account_code: str = ""
    received: str = ""

@dataclass(frozen=True)
class Priced:
    """The fee of a draft: the card's quote, and the destination it was priced for."""

    destination: Destination
    quote: Quote

@dataclass(frozen=True)
class Accepted:
    """An accepted parcel: what was stored, its slip, the change, and low consumables."""

    record: AcceptanceRecord
    slip: CounterSlip
    change: Decimal | None
    low_stock: tuple[Consumable, ...] = field(default_factory=tuple)
