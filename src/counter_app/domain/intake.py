"""Counter intake (前台收寄, CI-1..CI-11): the contents verdict, payment, consumables, accounts.

The counter asks in the order of CI-1: can it be sent (contents: :func:`judge_contents`),
can the destination be served (``domain.service_area``), prepaid or collect
(:class:`PayMode`), the waybill, the fee (``domain.pricing``). This module holds the plain
rules that are neither the catalogue nor the rate card.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.prohibited import (
    AirRestriction,
    Catalogue,
    Match,
    air_restrictions,
    fragile_terms,
    match_contents,
)

CENT: Final = Decimal("0.01")
MAX_RECEIVED: Final = Decimal(100000)
"""The most cash a clerk may enter as received (a typo guard, not a business limit)."""


class PayMode(StrEnum):
    """How the freight is paid (CI-7); values are stored."""

    CASH = "cash"
    """现付, cash at the counter: amount received and change."""
    QR = "qr"
    """现付, by QR code at the counter."""
    COLLECT = "collect"
    """到付: the courier collects the freight from the recipient."""
    ACCOUNT = "account"
    """协议结算: an account customer, billed monthly."""

    @property
    def prepaid(self) -> bool:
        """Paid at the counter: the waybill carries its price and 门市 (CI-7)."""
        return self in (PayMode.CASH, PayMode.QR)


class Transport(StrEnum):
    """The service the parcel goes by; values are stored."""

    LAND = "land"
    """陆运 (standard)."""
    AIR = "air"
    """航空."""


class FragilePolicy(StrEnum):
    """The station's rule for fragile items (CI-2: 「易碎品…坚决拒绝」 is this station's rule)."""

    REFUSE = "refuse"
    MARK = "mark"
    """Accept with the 易碎 mark and packing advice."""


class RefusalReason(StrEnum):
    """Why the counter refused a parcel; values are stored in the refusal log (CI-2)."""

    PROHIBITED = "prohibited"
    """A 禁止寄递物品 category (the category number is recorded)."""
    FRAGILE = "fragile"
    """易碎品, when the station refuses them."""
    COMPETITOR = "competitor"
    """Another carrier's waybill (同行件, CI-4)."""
    OUT_OF_AREA = "out_of_area"
    """超区 (CI-6)."""
    NO_IDENTITY = "no_identity"
    """The sender would not show an identity document (实名收寄, CI-11)."""
    AIR_ONLY = "air_only"
    """An air-restricted item whose sender insisted on air (CI-3)."""
    OTHER = "other"


@dataclass(frozen=True)
class ContentsVerdict:
    """What the declared contents say about a parcel (CI-2, CI-3), as the clerk types.

    Attributes:
        prohibited: the prohibited categories named; any one blocks acceptance.
        air: why the parcel may not go by air; it may still go by land.
        fragile: the 易碎品 words found.
        fragile_policy: the station's rule for fragile items.
    """

    prohibited: tuple[Match, ...] = ()
    air: tuple[AirRestriction, ...] = ()
    fragile: tuple[str, ...] = ()
    fragile_policy: FragilePolicy = FragilePolicy.REFUSE

    @property
    def refused_fragile(self) -> bool:
        """Fragile, and this station refuses fragile items."""
        return bool(self.fragile) and self.fragile_policy is FragilePolicy.REFUSE

    @property
    def blocked(self) -> bool:
        """The parcel may not be accepted at all."""
        return bool(self.prohibited) or self.refused_fragile

    @property
    def air_banned(self) -> bool:
        """The parcel may not go by air: steer to land, print 航空禁运 (CI-3)."""
        return bool(self.air)

    @property
    def fragile_mark(self) -> bool:
        """Accepted with the 易碎 mark."""
        return bool(self.fragile) and self.fragile_policy is FragilePolicy.MARK


def judge_contents(
    text: str,
    catalogue: Catalogue,
    policy: FragilePolicy,
    liquid_ml: Decimal | None = None,
) -> ContentsVerdict:
    """Check the declared contents against the catalogue (CI-2, CI-3).

    Args:
        text: the declared contents as typed.
        catalogue: the bundled catalogue with the station's additions.
        policy: the station's fragile-item rule.
        liquid_ml: the liquid volume the clerk entered, if any (20 ml is the air limit).
    """
    return ContentsVerdict(
        prohibited=tuple(match_contents(text, catalogue)),
        air=tuple(air_restrictions(text, liquid_ml, catalogue)),
        fragile=fragile_terms(text, catalogue),
        fragile_policy=policy,
    )


def change_due(total: Decimal, received: Decimal) -> Decimal:
    """The change to hand back for a cash payment (CI-7).

    Raises:
        FieldInvalid: ``("received", "short", total)`` when less than the fee was received;
            ``("received", "range", …)`` for an absurd amount.
    """
    if received < 0 or received > MAX_RECEIVED:
        raise FieldInvalid("received", "range", f"0-{MAX_RECEIVED}")
    if received < total:
        raise FieldInvalid("received", "short", f"{total.quantize(CENT)}")
    return (received - total).quantize(CENT)


HEAVY_KG: Final = Decimal(20)
"""From this chargeable weight a parcel gets packing advice and a carton is offered (CI-9)."""
LARGE_SIDE_CM: Final = Decimal(60)
"""A side this long or longer counts as a large item (CI-9)."""


def needs_packing_advice(chargeable: Decimal,
                         dimensions: tuple[Decimal, Decimal, Decimal] | None) -> bool:
    """A large or heavy item: the clerk advises on packing and offers a carton (CI-9)."""
    return chargeable >= HEAVY_KG or (dimensions is not None
                                       and max(dimensions) >= LARGE_SIDE_CM)


# --- consumables (CI-10) -----------------------------------------------------------------


@dataclass(frozen=True)
class Consumable:
    """A counter consumable (面单, envelopes, bags, cartons, tape) and its stock (CI-10).

    Attributes:
        code: a stable code.
        name: what the clerk sees.
        unit: 张 / 个 / 卷 …
        stock: how many are at the counter.
        low_mark: at or below this, the supervisor is told (「材料缺少时,要及时向主管反应」).
        packaging_code: the rate card's packaging item this consumable is sold as, if any;
            selling one at the counter takes one from stock.
    """

    code: str
    name: str
    unit: str
    stock: int
    low_mark: int
    packaging_code: str = ""

    @property
    def low(self) -> bool:
        """At or below the low-stock mark."""
        return self.stock <= self.low_mark


DEFAULT_CONSUMABLES: Final = (
    Consumable("waybill", "面单", "张", 0, 200),
    Consumable("envelope", "文件封", "个", 0, 50, "envelope"),
    Consumable("bag_m", "快递袋（中）", "个", 0, 50, "bag_m"),
    Consumable("carton_s", "纸箱 小号", "个", 0, 20, "carton_s"),
    Consumable("carton_m", "纸箱 中号", "个", 0, 20, "carton_m"),
    Consumable("carton_l", "纸箱 大号", "个", 0, 10, "carton_l"),
    Consumable("tape", "胶带", "卷", 0, 5),
)
"""Created on first use with no stock; the station counts its stock in."""
WAYBILL_FORM: Final = "waybill"
"""One paper 面单 is used per accepted parcel."""


# --- accounts (协议结算) -----------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    """An account customer billed monthly (协议结算, CI-7).

    Attributes:
        code: the station's account code (shown and typed at the counter).
        name: the customer (a company or a person).
        contact: the contact person.
        phone: the contact phone.
        credit_code: the organisation's 统一社会信用代码, when it is one (checked).
        active: a closed account is kept for its statements but cannot be chosen.
        note: free text.
    """

    code: str
    name: str
    contact: str = ""
    phone: str = ""
    credit_code: str = ""
    active: bool = True
    note: str = ""
    id: int | None = None
