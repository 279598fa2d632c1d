"""The station's rate card (价目表) and the counter's fee (CI-8): zones, weights, surcharges.

The counter may not invent prices (「价钱合理符合规定」): the fee comes from the rate card,
which is data the station keeps (imported and exported as CSV or XLSX by
``counter_app.reports.rate_card_io``; the format is in ``docs/rate-card.md``). All money and
weights are :class:`~decimal.Decimal`.

How :func:`quote` prices a parcel:

1. **Zone** by destination: the card's ``same_city`` zone when the destination is the origin
   city, its ``same_province`` zone when it is elsewhere in the origin province, otherwise the
   zone the province table names (同城 / 省内 / 邻省 / 跨区 / 偏远 on the sample card).
2. **Chargeable weight** = max(actual, L×W×H (cm) ÷ ``volumetric_divisor``), rounded *up* to a
   multiple of ``weight_unit`` (0.5 kg: 1.01 → 1.5; 1 kg: 1.01 → 2).
3. **Freight** = ``first_price`` up to ``first_weight``, plus ``step_price`` for every started
   ``step_weight`` above it.
4. **保价** by the band the declared value falls in: ``fixed_fee`` + value × ``rate_permille``
   ‰, at least ``insurance_minimum``, at most ``insurance_maximum``.
5. **到付 fee** (``collect_fee``, on the freight) and **代收货款 fee** (``cod_fee``, on the amount
   collected): ``rate_percent`` % of the base, at least ``minimum``.
6. **Packaging** sold at the counter (CI-9), per item.
7. Each line is in fen (0.01 元, half up); the **total** is rounded per ``fee_rounding`` (whole
   元 half up by default), and the difference is a line of its own.

Request errors are ``FieldInvalid`` on the fields ``destination``, ``weight``,
``dimensions``, ``declared_value``, ``cod_amount`` and ``packaging``. A card that does not
hold together raises :class:`RateCardInvalid`, which names the section, row and column; the
card as tables and JSON (reading with those checks, writing, the sample card) is
:mod:`counter_app.domain.rate_card_tables`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.station import PROVINCES

__all__ = [
    "SAME_CITY",
    "SAME_PROVINCE",
    "FeeRounding",
    "FeeRule",
    "InsuranceBand",
    "LineKind",
    "PackagingItem",
    "Quote",
    "QuoteLine",
    "QuoteRequest",
    "RateCard",
    "RateCardInvalid",
    "Zone",
    "chargeable_weight",
    "freight",
    "insurance_fee",
    "province_name",
    "quote",
    "round_fee",
]

CENT: Final = Decimal("0.01")
_PERMILLE: Final = Decimal(1000)
_PERCENT: Final = Decimal(100)
ZERO: Final = Decimal("0.00")

SAME_CITY: Final = "same_city"
"""Zone code for a destination in the origin city (同城); it lists no provinces."""
SAME_PROVINCE: Final = "same_province"
"""Zone code for a destination elsewhere in the origin province (省内); it lists no provinces."""
RELATIVE_ZONES: Final = frozenset({SAME_CITY, SAME_PROVINCE})


class FeeRounding(StrEnum):
    """How the total fee is rounded (half up); values are stored in the card."""

    YUAN = "yuan"
    """To whole 元 (the default; SF rounds freight so)."""
    JIAO = "jiao"
    """To 0.1 元 (角)."""
    NONE = "none"
    """Not rounded beyond the fen (0.01 元)."""

    @property
    def quantum(self) -> Decimal:
        """The amount the total is rounded to a multiple of."""
        return {"yuan": Decimal(1), "jiao": Decimal("0.1"), "none": CENT}[self.value]


class LineKind(StrEnum):
    """What a line of the breakdown is for."""

    FREIGHT = "freight"
    INSURANCE = "insurance"
    COLLECT_FEE = "collect_fee"
    COD_FEE = "cod_fee"
    PACKAGING = "packaging"
    ROUNDING = "rounding"


@dataclass(frozen=True)
class Zone:
    """A price zone: first weight and its price, then a price per started step.

    Attributes:
        code: the zone's stable code (``same_city``, ``same_province`` or the card's own,
            e.g. ``neighbour``, ``far``, ``remote``).
        name: the name the clerk sees (同城, 省内, 邻省 …).
        first_weight: 首重, kg.
        first_price: the price up to the first weight, 元.
        step_weight: 续重 unit, kg.
        step_price: the price of each started step above the first weight, 元.
    """

    code: str
    name: str
    first_weight: Decimal
    first_price: Decimal
    step_weight: Decimal
    step_price: Decimal


@dataclass(frozen=True)
class InsuranceBand:
    """One band of the 保价 table.

    Attributes:
        up_to: the highest declared value (元) in the band, inclusive; ``None`` = no limit
            (only the last band).
        fixed_fee: a fee for any value in the band, 元.
        rate_permille: ‰ of the declared value, added to ``fixed_fee``.
    """

    up_to: Decimal | None
    fixed_fee: Decimal
    rate_permille: Decimal


@dataclass(frozen=True)
class FeeRule:
    """A fee as a percentage of a base amount with a minimum (到付 fee, 代收货款 fee).

    A flat fee is ``rate_percent=0`` and ``minimum`` = the fee.
    """

    rate_percent: Decimal = ZERO
    minimum: Decimal = ZERO

    def fee(self, base: Decimal) -> Decimal:
        """The fee on ``base`` 元, in fen (half up)."""
        return max(self.minimum, base * self.rate_percent / _PERCENT).quantize(
            CENT, rounding=ROUND_HALF_UP
        )


@dataclass(frozen=True)
class PackagingItem:
    """Packaging sold at the counter (CI-9): envelopes, bags, cartons …

    Attributes:
        code: a stable code (``carton_m``).
        name: what the clerk and the receipt show.
        price: the unit price, 元.
    """

    code: str
    name: str
    price: Decimal


@dataclass(frozen=True)
class RateCard:
    """The station's rate card (CI-8).

    Attributes:
        name: what the card is called; the sample card says 「示例价目表 — 仅供演示」.
        origin_province: the station's province (official name, ``station.PROVINCES``).
        origin_city: the station's city (``杭州市`` or ``杭州``).
        zones: the zones.
        province_zones: (province, zone code) pairs: which zone a province is in.
        weight_unit: the chargeable weight is rounded up to a multiple of this, kg.
        max_weight: the heaviest parcel the counter accepts, kg.
        volumetric_divisor: L×W×H (cm) ÷ this = volumetric weight (kg); ``None`` = the
            card does not price by volume.
        dimensions_required: every quote needs the dimensions (only with a divisor).
        max_side_cm: the longest side the counter accepts, cm.
        fee_rounding: how the total is rounded.
        insurance_bands: the 保价 bands, ascending; empty = no 保价.
        insurance_minimum: the least 保价 fee, 元.
        insurance_maximum: the most 保价 fee (cap), 元; ``None`` = no cap.
        max_declared_value: the highest declared value accepted, 元; ``None`` = no limit.
        collect_fee: the 到付 service fee, on the freight.
        cod_fee: the 代收货款 fee, on the amount collected.
        max_cod_amount: the highest 代收货款 amount, 元; ``None`` = no limit.
        packaging: packaging sold at the counter.
        note: free text shown with the card.
    """

    name: str
    origin_province: str
    origin_city: str
    zones: tuple[Zone, ...]
    province_zones: tuple[tuple[str, str], ...]
    weight_unit: Decimal = Decimal("0.5")
    max_weight: Decimal = Decimal(100)
    volumetric_divisor: int | None = None
    dimensions_required: bool = False
    max_side_cm: Decimal = Decimal(150)
    fee_rounding: FeeRounding = FeeRounding.YUAN
    insurance_bands: tuple[InsuranceBand, ...] = ()
    insurance_minimum: Decimal = ZERO
    insurance_maximum: Decimal | None = None
    max_declared_value: Decimal | None = None
    collect_fee: FeeRule = FeeRule()
    cod_fee: FeeRule = FeeRule()
    max_cod_amount: Decimal | None = None
    packaging: tuple[PackagingItem, ...] = ()
    note: str = ""

    def zone(self, code: str) -> Zone | None:
        """The zone with this code, if the card has one."""
        return next((zone for zone in self.zones if zone.code == code), None)

    def zone_of_province(self, province: str) -> Zone | None:
        """The zone the province table puts ``province`` (official name) in, if any."""
        code = dict(self.province_zones).get(province)
        return None if code is None else self.zone(code)

    def packaging_item(self, code: str) -> PackagingItem | None:
        """The packaging item with this code, if the card sells it."""
        return next((item for item in self.packaging if item.code == code), None)


@dataclass(frozen=True)
class QuoteRequest:
    """What the clerk entered about a parcel to price.

    Attributes:
        destination_province: the recipient's province (official or short name).
        weight: the actual weight, kg.
        destination_city: the recipient's city; decides 同城 within the origin province.
        dimensions: length, width, height in cm, when measured.
        declared_value: the value to insure (保价), 元; ``None`` or 0 = not insured.
        collect: freight collect (到付).
        cod_amount: the 代收货款 amount to collect from the recipient, 元.
        packaging: (packaging code, quantity) pairs sold with the parcel.
    """

    destination_province: str
    weight: Decimal
    destination_city: str = ""
    dimensions: tuple[Decimal, Decimal, Decimal] | None = None
    declared_value: Decimal | None = None
    collect: bool = False
    cod_amount: Decimal | None = None
    packaging: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class QuoteLine:
    """One line of the fee breakdown.

    Attributes:
        kind: what the line is for.
        amount: 元, in fen (the rounding line may be negative).
        item: the zone code (freight) or packaging code (packaging); empty otherwise.
        quantity: the number of packaging items; 1 otherwise.
    """

    kind: LineKind
    amount: Decimal
    item: str = ""
    quantity: int = 1


@dataclass(frozen=True)
class Quote:
    """The fee of a parcel with its breakdown (the clerk tells it to the customer, CI-1).

    Attributes:
        zone: the zone the destination is in.
        actual_weight: the weight entered, kg.
        volumetric_weight: L×W×H ÷ divisor, kg (unrounded), when the card and the request
            allow it.
        chargeable_weight: the weight the freight is priced on, kg.
        steps: the number of started steps above the first weight.
        lines: freight, then insurance, 到付 fee, 代收货款 fee, packaging and rounding lines;
            lines of 0 元 other than the freight are left out.
        total: the sum of the lines, rounded per the card.
    """

    zone: Zone
    actual_weight: Decimal
    volumetric_weight: Decimal | None
    chargeable_weight: Decimal
    steps: int
    lines: tuple[QuoteLine, ...]
    total: Decimal

    def amount(self, kind: LineKind) -> Decimal:
        """The sum of the lines of one kind (0.00 when there are none)."""
        return sum((line.amount for line in self.lines if line.kind is kind), ZERO)

    @property
    def freight(self) -> Decimal:
        """The freight line's amount."""
        return self.amount(LineKind.FREIGHT)

    @property
    def subtotal(self) -> Decimal:
        """The total before rounding."""
        return self.total - self.amount(LineKind.ROUNDING)


@dataclass(eq=False)
class RateCardInvalid(DomainError):
    """A rate card (as read from a file, or built in code) does not hold together.

    Attributes:
        section: ``settings``, ``zones``, ``provinces``, ``insurance`` or ``packaging``; or
            the unknown section's name.
        row: the row in the file (the reader's numbering: CSV line, XLSX row); 0 when the
            problem is with the section or the card as a whole.
        column: the column (the setting's key in ``settings``); empty when not about one.
        problem: ``missing_section``, ``unknown_section``, ``missing_column``, ``required``,
            ``number`` (not a number), ``integer``, ``range``, ``choice`` (detail = the
            choices), ``unknown_setting``, ``unknown_province``, ``unknown_zone``,
            ``duplicate``, ``relative_zone`` (a province put in same_city / same_province),
            ``band_order`` or ``no_zones``.
        detail: the offending value, or data for the message.
    """

    section: str
    row: int
    column: str
    problem: str
    detail: str = ""

    def __str__(self) -> str:
        where = f"{self.section}:{self.row}" if self.row else self.section
        col = f" [{self.column}]" if self.column else ""
        return f"{where}{col}: {self.problem} {self.detail}".strip()


# --- provinces ---------------------------------------------------------------------------

_SUFFIX_RE: Final = re.compile(r"(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")
_SHORT_NAMES: Final[Mapping[str, str]] = {_SUFFIX_RE.sub("", name): name for name in PROVINCES}


def province_name(text: str) -> str | None:
    """The official name of a province written in full or short (``"浙江"`` → ``"浙江省"``,
    ``"广西"`` → ``"广西壮族自治区"``); ``None`` when it names no province."""
    value = "".join(text.split())
    if value in PROVINCES:
        return value
    return _SHORT_NAMES.get(value)


def _city_key(text: str) -> str:
    value = "".join(text.split())
    return value[:-1] if value.endswith("市") and len(value) > 2 else value


# --- pricing -----------------------------------------------------------------------------


def plain_number(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 100, 0.5, 12.5."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _ceil_multiple(value: Decimal, unit: Decimal) -> Decimal:
    return (value / unit).to_integral_value(rounding=ROUND_CEILING) * unit


def round_fee(amount: Decimal, rounding: FeeRounding) -> Decimal:
    """Round a fee half up per the setting, kept with 2 decimals (21.5 → 22.00 for YUAN)."""
    return amount.quantize(rounding.quantum, rounding=ROUND_HALF_UP).quantize(CENT)


def chargeable_weight(
    card: RateCard, weight: Decimal, dimensions: tuple[Decimal, Decimal, Decimal] | None = None
) -> tuple[Decimal, Decimal | None]:
    """The weight the freight is priced on, and the volumetric weight if any.

    Does not validate; :func:`quote` does.

    Returns:
        (chargeable weight rounded up to a multiple of ``card.weight_unit``, the unrounded
        volumetric weight or ``None``).
    """
    volumetric = None
    if card.volumetric_divisor is not None and dimensions is not None:
        length, width, height = dimensions
        volumetric = length * width * height / Decimal(card.volumetric_divisor)
    raw = weight if volumetric is None else max(weight, volumetric)
    return _ceil_multiple(raw, card.weight_unit), volumetric


def freight(zone: Zone, chargeable: Decimal) -> tuple[Decimal, int]:
    """The freight of ``chargeable`` kg in ``zone``, and the number of started steps.

    ``first_price`` up to ``first_weight``; then ``step_price`` for every started
    ``step_weight`` above it.
    """
    over = chargeable - zone.first_weight
    steps = 0 if over <= 0 else int((over / zone.step_weight).to_integral_value(ROUND_CEILING))
    amount = zone.first_price + steps * zone.step_price
    return amount.quantize(CENT, rounding=ROUND_HALF_UP), steps


def insurance_fee(card: RateCard, declared_value: Decimal) -> Decimal:
    """The 保价 fee for ``declared_value`` 元 (validated by :func:`quote`).

    The first band whose ``up_to`` is at least the value applies: ``fixed_fee`` + value ×
    ``rate_permille`` ‰, then at least ``insurance_minimum`` and at most
    ``insurance_maximum``; in fen, half up.

    Raises:
        FieldInvalid: ``("declared_value", "range", …)`` when no band takes the value.
    """
    for band in card.insurance_bands:
        if band.up_to is None or declared_value <= band.up_to:
            fee = band.fixed_fee + declared_value * band.rate_permille / _PERMILLE
            fee = max(fee, card.insurance_minimum)
            if card.insurance_maximum is not None:
                fee = min(fee, card.insurance_maximum)
            return fee.quantize(CENT, rounding=ROUND_HALF_UP)
    raise FieldInvalid("declared_value", "range", f"0-{plain_number(_max_insurable(card) or ZERO)}")


def _max_insurable(card: RateCard) -> Decimal | None:
    limits = [card.max_declared_value] if card.max_declared_value is not None else []
    if card.insurance_bands and card.insurance_bands[-1].up_to is not None:
        limits.append(card.insurance_bands[-1].up_to)
    return min(limits) if limits else None


def quote(card: RateCard, request: QuoteRequest) -> Quote:
    """Price a parcel on the card, with the breakdown (CI-8).

    Args:
        card: the rate card (as checked by :func:`check_rate_card`).
        request: what the clerk entered.

    Returns:
        The quote.

    Raises:
        FieldInvalid: the first field that is wrong, in the order of the form:
            ``destination`` (``required``; ``unknown`` — not a province, detail = the text;
            ``not_on_card`` — detail = the province), ``weight`` (``range``, detail
            ``"0-100 kg"``), ``dimensions`` (``required`` when the card needs them;
            ``range``, detail ``"0-150 cm"``), ``declared_value`` (``range``;
            ``not_offered`` when the card has no 保价), ``cod_amount`` (``range``) and
            ``packaging`` (``unknown`` — detail = the code; ``range`` — quantity below 1).
    """
    zone = _zone_for(card, request.destination_province, request.destination_city)
    weight = _check_weight(card, request.weight)
    dimensions = _check_dimensions(card, request.dimensions)
    lines: list[QuoteLine] = []

    chargeable, volumetric = chargeable_weight(card, weight, dimensions)
    freight_amount, steps = freight(zone, chargeable)
    lines.append(QuoteLine(LineKind.FREIGHT, freight_amount, zone.code))

    value = request.declared_value
    if value is not None and value != 0:
        _check_amount("declared_value", value, _max_insurable(card))
        if not card.insurance_bands:
            raise FieldInvalid("declared_value", "not_offered")
        lines.append(QuoteLine(LineKind.INSURANCE, insurance_fee(card, value)))

    if request.collect:
        lines.append(QuoteLine(LineKind.COLLECT_FEE, card.collect_fee.fee(freight_amount)))

    cod = request.cod_amount
    if cod is not None and cod != 0:
        _check_amount("cod_amount", cod, card.max_cod_amount)
        lines.append(QuoteLine(LineKind.COD_FEE, card.cod_fee.fee(cod)))

    for code, quantity in request.packaging:
        item = card.packaging_item(code.strip().lower())
        if item is None:
            raise FieldInvalid("packaging", "unknown", code)
        if quantity < 1:
            raise FieldInvalid("packaging", "range", "1-")
        amount = (item.price * quantity).quantize(CENT, rounding=ROUND_HALF_UP)
        lines.append(QuoteLine(LineKind.PACKAGING, amount, item.code, quantity))

    lines = [line for line in lines if line.kind is LineKind.FREIGHT or line.amount != 0]
    subtotal = sum((line.amount for line in lines), ZERO)
    total = round_fee(subtotal, card.fee_rounding)
    if total != subtotal:
        lines.append(QuoteLine(LineKind.ROUNDING, total - subtotal))
    return Quote(zone, weight, volumetric, chargeable, steps, tuple(lines), total)


def _zone_for(card: RateCard, province_text: str, city: str) -> Zone:
    if not province_text.strip():
        raise FieldInvalid("destination", "required")
    province = province_name(province_text)
    if province is None:
        raise FieldInvalid("destination", "unknown", province_text.strip())
    if province == card.origin_province:
        same_city = city.strip() and _city_key(city) == _city_key(card.origin_city)
        for code in ((SAME_CITY, SAME_PROVINCE) if same_city else (SAME_PROVINCE,)):
            if (zone := card.zone(code)) is not None:
                return zone
    zone = card.zone_of_province(province)
    if zone is None:
        raise FieldInvalid("destination", "not_on_card", province)
    return zone


def _check_weight(card: RateCard, weight: Decimal) -> Decimal:
    if not weight.is_finite() or weight <= 0 or weight > card.max_weight:
        raise FieldInvalid("weight", "range", f"0-{plain_number(card.max_weight)} kg")
    return weight


def _check_dimensions(
    card: RateCard, dimensions: tuple[Decimal, Decimal, Decimal] | None
) -> tuple[Decimal, Decimal, Decimal] | None:
    if dimensions is None:
        if card.volumetric_divisor is not None and card.dimensions_required:
            raise FieldInvalid("dimensions", "required")
        return None
    if any(not side.is_finite() or side <= 0 or side > card.max_side_cm for side in dimensions):
        raise FieldInvalid("dimensions", "range", f"0-{plain_number(card.max_side_cm)} cm")
    return dimensions


def _check_amount(name: str, amount: Decimal, limit: Decimal | None) -> None:
    if not amount.is_finite() or amount < 0 or (limit is not None and amount > limit):
        raise FieldInvalid(name, "range", f"0-{plain_number(limit)}" if limit is not None else "0-")


