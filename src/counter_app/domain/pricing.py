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
hold together raises :class:`RateCardInvalid`, which names the section, row and column.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Final, TypeVar

from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.station import PROVINCES

__all__ = [
    "RATE_CARD_SECTIONS",
    "SAME_CITY",
    "SAME_PROVINCE",
    "SETTING_KEYS",
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
    "Table",
    "Zone",
    "chargeable_weight",
    "check_rate_card",
    "freight",
    "insurance_fee",
    "parse_rate_card_json",
    "province_name",
    "quote",
    "rate_card_from_tables",
    "rate_card_to_json",
    "rate_card_to_tables",
    "round_fee",
    "sample_rate_card",
]

_T = TypeVar("_T")

_DATA_PACKAGE: Final = "counter_app.domain"
_SAMPLE_FILE: Final = "sample_rate_card.json"

CENT: Final = Decimal("0.01")
_PERMILLE: Final = Decimal(1000)
_PERCENT: Final = Decimal(100)
ZERO: Final = Decimal("0.00")

SAME_CITY: Final = "same_city"
"""Zone code for a destination in the origin city (同城); it lists no provinces."""
SAME_PROVINCE: Final = "same_province"
"""Zone code for a destination elsewhere in the origin province (省内); it lists no provinces."""
_RELATIVE_ZONES: Final = frozenset({SAME_CITY, SAME_PROVINCE})


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


def _plain(value: Decimal) -> str:
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
    raise FieldInvalid("declared_value", "range", f"0-{_plain(_max_insurable(card) or ZERO)}")


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
        raise FieldInvalid("weight", "range", f"0-{_plain(card.max_weight)} kg")
    return weight


def _check_dimensions(
    card: RateCard, dimensions: tuple[Decimal, Decimal, Decimal] | None
) -> tuple[Decimal, Decimal, Decimal] | None:
    if dimensions is None:
        if card.volumetric_divisor is not None and card.dimensions_required:
            raise FieldInvalid("dimensions", "required")
        return None
    if any(not side.is_finite() or side <= 0 or side > card.max_side_cm for side in dimensions):
        raise FieldInvalid("dimensions", "range", f"0-{_plain(card.max_side_cm)} cm")
    return dimensions


def _check_amount(name: str, amount: Decimal, limit: Decimal | None) -> None:
    if not amount.is_finite() or amount < 0 or (limit is not None and amount > limit):
        raise FieldInvalid(name, "range", f"0-{_plain(limit)}" if limit is not None else "0-")


# --- the card as tables ------------------------------------------------------------------

RATE_CARD_SECTIONS: Final[Mapping[str, tuple[str, ...]]] = {
    "settings": ("key", "value"),
    "zones": ("code", "name", "first_weight_kg", "first_price", "step_weight_kg", "step_price"),
    "provinces": ("province", "zone"),
    "insurance": ("up_to", "fixed_fee", "rate_permille"),
    "packaging": ("code", "name", "price"),
}
"""The sections of a rate-card file and their columns, in file order (docs/rate-card.md)."""

_REQUIRED_SECTIONS: Final = ("settings", "zones", "provinces")

SETTING_KEYS: Final = (
    "name",
    "note",
    "origin_province",
    "origin_city",
    "weight_unit_kg",
    "max_weight_kg",
    "volumetric_divisor",
    "dimensions_required",
    "max_side_cm",
    "fee_rounding",
    "insurance_min_fee",
    "insurance_max_fee",
    "max_declared_value",
    "collect_fee_rate_percent",
    "collect_fee_min",
    "cod_fee_rate_percent",
    "cod_fee_min",
    "max_cod_amount",
)
"""The keys of the ``settings`` section, in file order."""

_YES: Final = frozenset({"yes", "y", "true", "1", "是"})
_NO: Final = frozenset({"no", "n", "false", "0", "否", ""})
_CODE_RE: Final = re.compile(r"[a-z0-9_]{1,32}")


_FULL_WIDTH_DIGITS: Final[Mapping[int, int]] = {0xFF10 + i: 0x30 + i for i in range(10)} | {
    0xFF0E: 0x2E
}


@dataclass(frozen=True)
class Table:
    """One section of a rate-card file as read: rows of text cells by column name.

    Attributes:
        columns: the header row (extra columns, e.g. 备注, are allowed and ignored).
        rows: the data rows; a missing cell reads as ``""``. Readers leave out blank rows.
        lines: where each row is in the file (CSV line, XLSX row), for error messages;
            empty = number the rows 1, 2, 3 ….
    """

    columns: tuple[str, ...]
    rows: tuple[Mapping[str, str], ...]
    lines: tuple[int, ...] = ()

    def line(self, index: int) -> int:
        """The file position of row ``index`` (0-based)."""
        return self.lines[index] if index < len(self.lines) else index + 1


class _BadCell(Exception):
    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(problem, detail)
        self.problem = problem
        self.detail = detail


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _number(text: str, *, positive: bool = False) -> Decimal | None:
    """Parse a cell as a non-negative number (``None`` when empty) or raise _BadCell."""
    value_text = _clean(text).translate(_FULL_WIDTH_DIGITS)
    if not value_text:
        return None
    try:
        value = Decimal(value_text)
    except InvalidOperation:
        raise _BadCell("number", value_text) from None
    if not value.is_finite():
        raise _BadCell("number", value_text)
    if value < 0 or (positive and value == 0):
        raise _BadCell("range", value_text)
    return value


def _required(value: Decimal | None) -> Decimal:
    if value is None:
        raise _BadCell("required")
    return value


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(CENT, rounding=ROUND_HALF_UP)


def _code(text: str) -> str:
    value = _clean(text).lower()
    if not value:
        raise _BadCell("required")
    if not _CODE_RE.fullmatch(value):
        raise _BadCell("format", value)
    return value


def _text(text: str) -> str:
    value = _clean(text)
    if not value:
        raise _BadCell("required")
    return value


def _rows(section: str, table: Table, read: Callable[[Callable[[str], str]], _T]) -> list[_T]:
    """Apply ``read`` to every row; ``read`` gets a cell getter that tracks the column."""
    out = []
    for index, row in enumerate(table.rows):
        column = ""

        def cell(name: str, row: Mapping[str, str] = row) -> str:
            nonlocal column
            column = name
            return row.get(name) or ""

        try:
            out.append(read(cell))
        except _BadCell as bad:
            raise RateCardInvalid(section, table.line(index), column, bad.problem,
                                  bad.detail) from None
    return out


def _read_zone(cell: Callable[[str], str]) -> Zone:
    return Zone(
        code=_code(cell("code")),
        name=_text(cell("name")),
        first_weight=_required(_number(cell("first_weight_kg"), positive=True)),
        first_price=_required(_money(_number(cell("first_price")))),
        step_weight=_required(_number(cell("step_weight_kg"), positive=True)),
        step_price=_required(_money(_number(cell("step_price")))),
    )


def _read_province(cell: Callable[[str], str]) -> tuple[str, str]:
    text = _text(cell("province"))
    province = province_name(text)
    if province is None:
        raise _BadCell("unknown_province", text)
    return province, _code(cell("zone"))


def _read_band(cell: Callable[[str], str]) -> InsuranceBand:
    return InsuranceBand(
        up_to=_money(_number(cell("up_to"), positive=True)),
        fixed_fee=_money(_number(cell("fixed_fee"))) or ZERO,
        rate_permille=_number(cell("rate_permille")) or Decimal(0),
    )


def _read_packaging(cell: Callable[[str], str]) -> PackagingItem:
    return PackagingItem(
        code=_code(cell("code")),
        name=_text(cell("name")),
        price=_required(_money(_number(cell("price")))),
    )


def _read_settings(table: Table) -> RateCard:
    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    for index, row in enumerate(table.rows):
        key = _clean(row.get("key")).lower()
        if not key:
            continue
        if key not in SETTING_KEYS:
            raise RateCardInvalid("settings", table.line(index), "key", "unknown_setting", key)
        if key in values:
            raise RateCardInvalid("settings", table.line(index), "key", "duplicate", key)
        values[key] = _clean(row.get("value"))
        lines[key] = table.line(index)

    def fail(key: str, bad: _BadCell) -> RateCardInvalid:
        return RateCardInvalid("settings", lines.get(key, 0), key, bad.problem, bad.detail)

    def number(key: str, default: Decimal, *, positive: bool = False) -> Decimal:
        try:
            value = _number(values.get(key, ""), positive=positive)
        except _BadCell as bad:
            raise fail(key, bad) from None
        return default if value is None else value

    def optional_money(key: str) -> Decimal | None:
        try:
            return _money(_number(values.get(key, "")))
        except _BadCell as bad:
            raise fail(key, bad) from None

    def money(key: str) -> Decimal:
        return optional_money(key) or ZERO

    def required(key: str) -> str:
        if not values.get(key):
            raise fail(key, _BadCell("required"))
        return values[key]

    name = required("name")
    origin_text = required("origin_province")
    origin = province_name(origin_text)
    if origin is None:
        raise RateCardInvalid("settings", lines["origin_province"], "origin_province",
                              "unknown_province", origin_text)
    city = required("origin_city")
    required("weight_unit_kg")
    unit = number("weight_unit_kg", ZERO, positive=True)
    divisor = number("volumetric_divisor", ZERO, positive=True) or None
    if divisor is not None and divisor != divisor.to_integral_value():
        raise RateCardInvalid("settings", lines["volumetric_divisor"], "volumetric_divisor",
                              "integer", values["volumetric_divisor"])
    required_text = values.get("dimensions_required", "").lower()
    if required_text not in _YES | _NO:
        raise RateCardInvalid("settings", lines["dimensions_required"], "dimensions_required",
                              "choice", "yes,no")
    rounding_text = values.get("fee_rounding", "").lower() or FeeRounding.YUAN.value
    if rounding_text not in {r.value for r in FeeRounding}:
        raise RateCardInvalid("settings", lines["fee_rounding"], "fee_rounding", "choice",
                              ",".join(r.value for r in FeeRounding))
    return RateCard(
        name=name,
        note=values.get("note", ""),
        origin_province=origin,
        origin_city=city,
        zones=(),
        province_zones=(),
        weight_unit=unit,
        max_weight=number("max_weight_kg", Decimal(100), positive=True),
        volumetric_divisor=None if divisor is None else int(divisor),
        dimensions_required=required_text in _YES,
        max_side_cm=number("max_side_cm", Decimal(150), positive=True),
        fee_rounding=FeeRounding(rounding_text),
        insurance_minimum=money("insurance_min_fee"),
        insurance_maximum=optional_money("insurance_max_fee"),
        max_declared_value=optional_money("max_declared_value"),
        collect_fee=FeeRule(number("collect_fee_rate_percent", ZERO), money("collect_fee_min")),
        cod_fee=FeeRule(number("cod_fee_rate_percent", ZERO), money("cod_fee_min")),
        max_cod_amount=optional_money("max_cod_amount"),
    )


def rate_card_from_tables(tables: Mapping[str, Table]) -> RateCard:
    """Build a rate card from the sections of a file, and check it (:func:`check_rate_card`).

    Args:
        tables: section name → table, as read from a CSV, XLSX or JSON file.

    Returns:
        The card.

    Raises:
        RateCardInvalid: the first problem found, with its section, file row and column.
    """
    for section in tables:
        if section not in RATE_CARD_SECTIONS:
            raise RateCardInvalid(section, 0, "", "unknown_section", section)
    for section in _REQUIRED_SECTIONS:
        if section not in tables:
            raise RateCardInvalid(section, 0, "", "missing_section")
    for section, table in tables.items():
        for column in RATE_CARD_SECTIONS[section]:
            if column not in table.columns:
                raise RateCardInvalid(section, 0, column, "missing_column")

    def read(section: str, reader: Callable[[Callable[[str], str]], _T]) -> tuple[_T, ...]:
        table = tables.get(section)
        return () if table is None else tuple(_rows(section, table, reader))

    card = replace(
        _read_settings(tables["settings"]),
        zones=read("zones", _read_zone),
        province_zones=read("provinces", _read_province),
        insurance_bands=read("insurance", _read_band),
        packaging=read("packaging", _read_packaging),
    )
    _check(card, lambda section, index: tables[section].line(index) if section in tables else 0)
    return card


def check_rate_card(card: RateCard) -> RateCard:
    """Check that a card holds together, and return it.

    Checked: there are zones; zone, province and packaging codes do not repeat; every
    province row names a known province and an existing zone other than ``same_city`` /
    ``same_province``; the origin province is known; weights, divisor and side are positive;
    the insurance bands ascend and only the last is open; the insurance cap is not below its
    minimum. Rows are numbered 1, 2, 3 … within their section.

    Raises:
        RateCardInvalid: the first problem found.
    """
    _check(card, lambda section, index: index + 1)
    return card


def _check(card: RateCard, line: Callable[[str, int], int]) -> None:
    def fail(section: str, index: int, column: str, problem: str, detail: str = ""
             ) -> RateCardInvalid:
        return RateCardInvalid(section, line(section, index) if index >= 0 else 0, column,
                               problem, detail)

    if card.origin_province not in PROVINCES:
        raise fail("settings", -1, "origin_province", "unknown_province", card.origin_province)
    for key, value in (("weight_unit_kg", card.weight_unit), ("max_weight_kg", card.max_weight),
                       ("max_side_cm", card.max_side_cm)):
        if not value.is_finite() or value <= 0:
            raise fail("settings", -1, key, "range", _plain(value))
    if card.volumetric_divisor is not None and card.volumetric_divisor <= 0:
        raise fail("settings", -1, "volumetric_divisor", "range", str(card.volumetric_divisor))
    if card.insurance_maximum is not None and card.insurance_maximum < card.insurance_minimum:
        raise fail("settings", -1, "insurance_max_fee", "range", _plain(card.insurance_maximum))
    if not card.zones:
        raise fail("zones", -1, "", "no_zones")
    codes: set[str] = set()
    for index, zone in enumerate(card.zones):
        if zone.code in codes:
            raise fail("zones", index, "code", "duplicate", zone.code)
        codes.add(zone.code)
        if zone.first_weight <= 0 or zone.step_weight <= 0:
            column = "first_weight_kg" if zone.first_weight <= 0 else "step_weight_kg"
            raise fail("zones", index, column, "range")
    provinces: set[str] = set()
    for index, (province, code) in enumerate(card.province_zones):
        if province not in PROVINCES:
            raise fail("provinces", index, "province", "unknown_province", province)
        if province in provinces:
            raise fail("provinces", index, "province", "duplicate", province)
        provinces.add(province)
        if code in _RELATIVE_ZONES:
            raise fail("provinces", index, "zone", "relative_zone", code)
        if code not in codes:
            raise fail("provinces", index, "zone", "unknown_zone", code)
    previous: Decimal | None = None
    for index, band in enumerate(card.insurance_bands):
        last = index == len(card.insurance_bands) - 1
        if band.up_to is None and not last:
            raise fail("insurance", index, "up_to", "band_order")
        if band.up_to is not None and previous is not None and band.up_to <= previous:
            raise fail("insurance", index, "up_to", "band_order", _plain(band.up_to))
        previous = band.up_to
    items: set[str] = set()
    for index, item in enumerate(card.packaging):
        if item.code in items:
            raise fail("packaging", index, "code", "duplicate", item.code)
        items.add(item.code)


def _optional(value: Decimal | None, money: bool = False) -> str:
    if value is None:
        return ""
    return f"{value.quantize(CENT):.2f}" if money else _plain(value)


def _amount(value: Decimal) -> str:
    return f"{value.quantize(CENT):.2f}"


def rate_card_to_tables(card: RateCard) -> dict[str, Table]:
    """The card as the sections of a file (the inverse of :func:`rate_card_from_tables`).

    Weights, divisor and rates are written plainly (``0.5``, ``8000``, ``5``), amounts with
    2 decimals (``12.00``), empty settings as ``""``; every section has its header even when
    it has no rows.
    """
    settings = {
        "name": card.name,
        "note": card.note,
        "origin_province": card.origin_province,
        "origin_city": card.origin_city,
        "weight_unit_kg": _plain(card.weight_unit),
        "max_weight_kg": _plain(card.max_weight),
        "volumetric_divisor": "" if card.volumetric_divisor is None
        else str(card.volumetric_divisor),
        "dimensions_required": "yes" if card.dimensions_required else "no",
        "max_side_cm": _plain(card.max_side_cm),
        "fee_rounding": card.fee_rounding.value,
        "insurance_min_fee": _amount(card.insurance_minimum),
        "insurance_max_fee": _optional(card.insurance_maximum, money=True),
        "max_declared_value": _optional(card.max_declared_value, money=True),
        "collect_fee_rate_percent": _plain(card.collect_fee.rate_percent),
        "collect_fee_min": _amount(card.collect_fee.minimum),
        "cod_fee_rate_percent": _plain(card.cod_fee.rate_percent),
        "cod_fee_min": _amount(card.cod_fee.minimum),
        "max_cod_amount": _optional(card.max_cod_amount, money=True),
    }
    rows: dict[str, list[dict[str, str]]] = {
        "settings": [{"key": key, "value": settings[key]} for key in SETTING_KEYS],
        "zones": [
            {"code": z.code, "name": z.name, "first_weight_kg": _plain(z.first_weight),
             "first_price": _amount(z.first_price), "step_weight_kg": _plain(z.step_weight),
             "step_price": _amount(z.step_price)}
            for z in card.zones
        ],
        "provinces": [{"province": p, "zone": code} for p, code in card.province_zones],
        "insurance": [
            {"up_to": _optional(b.up_to, money=True), "fixed_fee": _amount(b.fixed_fee),
             "rate_permille": _plain(b.rate_permille)}
            for b in card.insurance_bands
        ],
        "packaging": [
            {"code": p.code, "name": p.name, "price": _amount(p.price)} for p in card.packaging
        ],
    }
    return {
        section: Table(columns, tuple(rows[section]))
        for section, columns in RATE_CARD_SECTIONS.items()
    }


# --- JSON and the sample card ------------------------------------------------------------


def parse_rate_card_json(text: str) -> RateCard:
    """Read a card from JSON: an object with one list of row objects per section.

    The rows have the same columns as the CSV/XLSX sections, values as strings (numbers are
    accepted too); an ``about`` list of strings is ignored. See ``docs/rate-card.md``.

    Raises:
        ValueError: if the text is not a JSON object of lists of objects.
        RateCardInvalid: if the card does not hold together.
    """
    try:
        data: object = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"rate card is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError("a rate card must be a JSON object")
    tables: dict[str, Table] = {}
    for section, items in data.items():
        if section == "about":
            continue
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ValueError(f"section {section!r} must be a list of objects")
        columns = RATE_CARD_SECTIONS.get(section, ())
        rows = tuple(
            {str(k): "" if v is None else str(v) for k, v in item.items()} for item in items
        )
        extra = tuple(dict.fromkeys(k for row in rows for k in row if k not in columns))
        tables[section] = Table(tuple(columns) + extra, rows)
    return rate_card_from_tables(tables)


def rate_card_to_json(card: RateCard) -> str:
    """The card as JSON in the :func:`parse_rate_card_json` layout (UTF-8 text, indented)."""
    tables = rate_card_to_tables(card)
    data = {section: [dict(row) for row in table.rows] for section, table in tables.items()}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@cache
def sample_rate_card() -> RateCard:
    """The demonstration card bundled with the application (「示例价目表 — 仅供演示」).

    Its prices are invented for the demo; a station imports its own card before it takes
    money.
    """
    text = resources.files(_DATA_PACKAGE).joinpath(_SAMPLE_FILE).read_text(encoding="utf-8")
    return parse_rate_card_json(text)
