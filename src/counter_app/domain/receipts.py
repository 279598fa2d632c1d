"""Signed-receipt entry (回单录入): receipts, batches, deadlines, COD checks (RE-1, RE-3..RE-8)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from counter_app.domain.errors import FieldInvalid

DEFAULT_DEADLINE = time(10, 0)
DEFAULT_KEEP_DAYS = 180
MAX_PIECES = 999
CENT = Decimal("0.01")
HALF_WIDTH_NUMBERS = {0xFF10 + i: 0x30 + i for i in range(10)} | {0xFF0E: 0x2E}
"""str.translate table: full-width digits and point (typed with a Chinese IME) to ASCII."""


def deadline(delivery_date: date, at: time = DEFAULT_DEADLINE) -> datetime:
    """RE-1: a receipt of a parcel delivered on ``delivery_date`` is due by ``at`` the next day."""
    return datetime.combine(delivery_date + timedelta(days=1), at)


def is_late(delivery_date: date, entered_at: datetime, at: time = DEFAULT_DEADLINE) -> bool:
    """Whether an entry made at ``entered_at`` misses the RE-1 deadline."""
    return entered_at > deadline(delivery_date, at)


def keep_until(arrived_on: date, keep_days: int = DEFAULT_KEEP_DAYS) -> date:
    """RE-8: the last day a receipt must stay findable and printable."""
    return arrived_on + timedelta(days=keep_days)


def parse_amount(text: str, field: str = "cod_amount") -> Decimal:
    """Parse a money amount in 元 (``12``, ``12.5``, ``１２.５０``) to 2 decimals, or raise."""
    value = text.strip().translate(HALF_WIDTH_NUMBERS)
    if not value:
        raise FieldInvalid(field, "required")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise FieldInvalid(field, "amount") from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1000000"):
        raise FieldInvalid(field, "amount")
    if amount != amount.quantize(CENT):
        raise FieldInvalid(field, "amount")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def money(amount: Decimal | None) -> str:
    """Print an amount as ``12.00`` (empty for None)."""
    return "" if amount is None else f"{amount.quantize(CENT):.2f}"


@dataclass(frozen=True)
class ExpectedParcel:
    """What the day's delivery list says about a parcel (recipient, 到付 amount, pieces)."""

    waybill_no: str
    courier_id: int
    delivery_date: date
    recipient: str = ""
    cod_amount: Decimal | None = None
    pieces: int = 1
    arrived_on: date | None = None
