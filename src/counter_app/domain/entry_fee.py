"""进仓费 (WH-18, 002 第十一节): the warehouse-entry fee quoted to the customer as one figure,
「进仓费 = 手续费 + 仓库收取费用 + 门票」. The seed leaves every number blank: they are station
settings (``EntryFeeRules``); until a supervisor sets them the calculator says so.

Readings taken where the seed is terse (docs/cross-desk.md):

- one piece up to A kg: the start price; above A and up to B kg: ``per_kg`` × the whole
  weight in started kilograms (「KG以上…KG以下按…元/KG」 prices the weight, not the excess);
  above B kg: negotiated (「来电面议」), no figure.
- several pieces, none above A kg: the start price covers the first N pieces, each further
  piece costs ``per_piece`` (「N件起步 + (M件 × P) = 元」).
- several pieces with one above A kg: the seed has no rule — negotiated.
- a piece above 1 m³: its own start price plus ``per_m3`` for each started cubic metre of its
  volume (「单件体积超过1个立方按起步…元+每个立方…元」), instead of its weight price.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from decimal import Decimal

from counter_app.domain.errors import FieldInvalid

CENT = Decimal("0.01")
ONE_M3 = Decimal("1")


@dataclass(frozen=True)
class EntryFeeRules:
    """The station's 进仓费 numbers (WH-18); 0 everywhere means "not set yet"."""

    start_kg: Decimal = Decimal("0")
    """A: one piece up to this weight pays the start price."""
    start_price: Decimal = Decimal("0")
    max_kg: Decimal = Decimal("0")
    """B: from A to B kg, ``per_kg``; above B, negotiated."""
    per_kg: Decimal = Decimal("0")
    group_pieces: int = 0
    """N: the start price covers this many pieces of a several-piece consignment."""
    per_piece: Decimal = Decimal("0")
    bulky_start: Decimal = Decimal("0")
    """A piece above 1 m³: this start price ..."""
    per_m3: Decimal = Decimal("0")
    """... plus this for each started cubic metre."""

    @property
    def configured(self) -> bool:
        """Whether the station set its numbers (the seed has none)."""
        return self.start_kg > 0 and self.start_price > 0

    def check(self) -> EntryFeeRules:
        """Every amount 0..100000, weights in order (A < B), N at least 1 when set."""
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int | Decimal) or value < 0 or value > 100000:
                raise FieldInvalid(f.name, "range", "0–100000")
        if self.max_kg and self.max_kg <= self.start_kg:
            raise FieldInvalid("max_kg", "order", str(self.start_kg))
        return self


@dataclass(frozen=True)
class Piece:
    """One piece of the consignment: its weight (kg) and volume (m³, 0 when not measured)."""

    weight_kg: Decimal
    volume_m3: Decimal = Decimal("0")


@dataclass(frozen=True)
class EntryFee:
    """The one figure 「进仓费」 and its breakdown; ``negotiated`` when the seed says 面议."""

    handling: Decimal
    warehouse_charge: Decimal
    ticket: Decimal
    lines: tuple[str, ...]
    negotiated: bool = False

    @property
    def total(self) -> Decimal:
        """进仓费 = 手续费 + 仓库收取费用 + 门票."""
        return (self.handling + self.warehouse_charge + self.ticket).quantize(CENT)


def entry_fee(rules: EntryFeeRules, pieces: list[Piece], warehouse_charge: Decimal,
              ticket: Decimal) -> EntryFee:
    """WH-18: the 进仓费 of a consignment (see the module's readings).

    Raises:
        FieldInvalid: rules not set, no piece, a weight or volume out of range, a negative
            charge or ticket.
    """
    if not rules.configured:
        raise FieldInvalid("entry_fee_rules", "not_set")
    if not pieces:
        raise FieldInvalid("pieces", "required")
    for name, amount in (("warehouse_charge", warehouse_charge), ("ticket", ticket)):
        if not amount.is_finite() or amount < 0 or amount > 100000:
            raise FieldInvalid(name, "range", "0–100000")
    for p in pieces:
        if not p.weight_kg.is_finite() or p.weight_kg <= 0 or p.weight_kg > 10000:
            raise FieldInvalid("weight", "range", "0.01–10000 kg")
        if not p.volume_m3.is_finite() or p.volume_m3 < 0 or p.volume_m3 > 1000:
            raise FieldInvalid("volume", "range", "0–1000 m³")
    lines: list[str] = []
    handling = Decimal("0")
    negotiated = False
    bulky = [p for p in pieces if p.volume_m3 > ONE_M3]
    normal = [p for p in pieces if p.volume_m3 <= ONE_M3]
    for p in bulky:  # 单件体积超过1个立方
        m3 = math.ceil(p.volume_m3)
        fee = rules.bulky_start + rules.per_m3 * m3
        lines.append(f"单件{p.volume_m3}m³：起步{_m(rules.bulky_start)}元+{m3}立方×"
                     f"{_m(rules.per_m3)}元={_m(fee)}元")
        handling += fee
    if len(normal) == 1:
        w = normal[0].weight_kg
        if w <= rules.start_kg:
            lines.append(f"1件{w}kg：起步价{_m(rules.start_price)}元")
            handling += rules.start_price
        elif rules.max_kg and w <= rules.max_kg:
            kg = math.ceil(w)
            fee = rules.per_kg * kg
            lines.append(f"1件{w}kg：{kg}kg×{_m(rules.per_kg)}元={_m(fee)}元")
            handling += fee
        else:
            negotiated = True
            lines.append(f"1件{w}kg：超过{rules.max_kg or rules.start_kg}kg，手续费来电面议")
    elif normal:
        if any(p.weight_kg > rules.start_kg for p in normal):
            negotiated = True
            lines.append(f"{len(normal)}件中有超过{rules.start_kg}kg的：手续费来电面议")
        else:
            covered = max(1, rules.group_pieces)
            extra = max(0, len(normal) - covered)
            fee = rules.start_price + rules.per_piece * extra
            lines.append(f"{len(normal)}件：{covered}件起步{_m(rules.start_price)}元+"
                         f"({extra}件×{_m(rules.per_piece)}元)={_m(fee)}元")
            handling += fee
    lines.append(f"仓库收取费用{_m(warehouse_charge)}元")
    lines.append(f"门票{_m(ticket)}元")
    return EntryFee(handling.quantize(CENT), warehouse_charge.quantize(CENT),
                    ticket.quantize(CENT), tuple(lines), negotiated)


def _m(amount: Decimal) -> str:
    return f"{amount.quantize(CENT)}"


def rules_from_dict(data: dict[str, object]) -> EntryFeeRules:
    """Inverse of ``rules_as_dict`` (unknown keys ignored)."""
    values: dict[str, object] = {}
    for f in fields(EntryFeeRules):
        if f.name in data:
            raw = str(data[f.name])
            values[f.name] = int(raw) if f.name == "group_pieces" else Decimal(raw)
    return EntryFeeRules(**values)  # type: ignore[arg-type]


def rules_as_dict(rules: EntryFeeRules) -> dict[str, str]:
    """The numbers as text, for the station setting and the audit log."""
    return {f.name: str(getattr(rules, f.name)) for f in fields(rules)}
