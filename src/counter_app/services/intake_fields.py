"""The intake's constants and field helpers: parsing what the clerk typed, the printed names,
the books' totals (issue 4)."""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Final

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.identity import DocumentKind
from counter_app.domain.intake import PayMode
from counter_app.domain.pricing import Quote, RateCard
from counter_app.domain.receipts import HALF_WIDTH_NUMBERS, money, parse_amount
from counter_app.domain.text import LIMITS, check_text
from counter_app.domain.waybills import default_carriers
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.concurrency import staff_name
from counter_app.services.intake_drafts import AcceptDraft
from counter_app.services.intake_dto import ClerkTotals, CorrectionLine
from counter_app.services.intake_ports import AcceptanceRecord, RefusalRecord
from counter_app.services.ports import UnitOfWork

RATE_CARD_KEY: Final = "intake.rate_card"

VOID_ENTITY: Final = "ci_acceptance_void"
"""Audit entity of a void (作废): its entity_id is the waybill number. There is no status
column (issue 16: no migration), so the append-only log is where a void is recorded."""

SERVICE_AREA_KEY: Final = "intake.service_area"

FRAGILE_KEY: Final = "intake.fragile_policy"

CATALOGUE_KEY: Final = "intake.catalogue_additions"

MAX_QUANTITY: Final = 999

MAX_TEXT: Final = LIMITS  # one table of text limits for every desk (issue 13 §6)

MIN_ADDRESS: Final = 6
"""A recipient address shorter than this cannot carry a district and a street."""

REFUSAL_REPEAT: Final = timedelta(minutes=10)
"""The same refusal (clerk, contents, phone, reason) within this time is logged once."""

SHIFT_NAMES: Final = {"early": "早班", "late": "晚班", "day": "全天", "": "班外"}

PAY_NAMES: Final = {"cash": "现付（现金）", "qr": "现付（扫码）", "collect": "到付",
                    "account": "协议结算"}

LINE_NAMES: Final = {"entry_fee": "进仓费", "freight": "运费", "insurance": "保价费",
                     "collect_fee": "到付手续费", "cod_fee": "代收货款手续费", "packaging": "包装",
                     "rounding": "取整"}

REFUSAL_NAMES: Final = {"prohibited": "禁寄物品", "fragile": "易碎品", "competitor": "同行件",
                        "out_of_area": "超区", "no_identity": "未出示身份证件",
                        "air_only": "航空禁运且坚持走航空", "other": "其他"}

SETTING_AUDIT = ("settings", "setting")

ACCOUNT_PROBE: Final = AcceptDraft(
    waybill="", contents="", sender_name="", sender_phone="", recipient_name="",
    recipient_phone="", recipient_address="", weight="", pay_mode=PayMode.ACCOUNT,
    inspected=True)
"""An empty draft in account mode: what ``_account_for`` reads (pay mode, account code)."""

CHANGED_FIELDS = (("recipient_address", "目的地"), ("weight", "重量"), ("pay_mode", "付款方式"),
            ("account_id", "协议客户"), ("total", "运费"))


def clean_text(value: str, name: str, *, required: bool = False, limit: int | None = None) -> str:
    text = " ".join(check_text(name, value, limit).split())
    if required and not text:
        raise FieldInvalid(name, "required")
    most = limit or MAX_TEXT.get(name, 200)
    if len(text) > most:
        raise FieldInvalid(name, "too_long", str(most))
    return text


def parse_decimal(text: str, name: str, *, required: bool = False) -> Decimal:
    value = text.strip().translate(HALF_WIDTH_NUMBERS)
    if not value:
        if required:
            raise FieldInvalid(name, "required")
        return Decimal(0)
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise FieldInvalid(name, "number") from None
    if not number.is_finite() or number <= 0:
        raise FieldInvalid(name, "number")
    return number


def parse_liquid(text: str) -> Decimal | None:
    value = text.strip().translate(HALF_WIDTH_NUMBERS)
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise FieldInvalid("liquid_ml", "number") from None
    if not number.is_finite() or number < 0:
        raise FieldInvalid("liquid_ml", "number")
    return number


def parse_dimensions(draft: AcceptDraft) -> tuple[Decimal, Decimal, Decimal] | None:
    texts = (draft.length, draft.width, draft.height)
    if not any(t.strip() for t in texts):
        return None
    if not all(t.strip() for t in texts):
        raise FieldInvalid("dimensions", "incomplete")
    length, width, height = (parse_decimal(t, "dimensions") for t in texts)
    return (length, width, height)


def parse_optional_amount(text: str, name: str) -> Decimal | None:
    if not text.strip():
        return None
    amount = parse_amount(text, name)
    return amount or None


def parse_quantity(text: str) -> int:
    return parse_count(text or "1", "quantity", allow_zero=False, most=MAX_QUANTITY)


def parse_count(text: str, name: str, *, allow_zero: bool, most: int = 100000) -> int:
    value = text.strip().translate(HALF_WIDTH_NUMBERS)
    if not value:
        raise FieldInvalid(name, "required")
    if not value.isdigit():
        raise FieldInvalid(name, "integer")
    number = int(value)
    if number > most or (number == 0 and not allow_zero):
        raise FieldInvalid(name, "range", f"{0 if allow_zero else 1}-{most}")
    return number


def document_kind(value: str) -> DocumentKind | None:
    try:
        return DocumentKind(value)
    except ValueError:
        return None


def kg_text(value: Decimal) -> str:
    """A weight without trailing zeros: ``2.000`` → ``2``, ``1.500`` → ``1.5``."""
    return f"{value.normalize():f}"


def carrier_label(code: str) -> str:
    return next((c.name_zh for c in default_carriers() if c.code == code), code)


def parse_entry_fee(text: str) -> Decimal:
    """WH-18: the 进仓费 typed with a parcel (0 when none)."""
    if not text.strip():
        return Decimal("0.00")
    fee = parse_amount(text, "entry_fee")
    if fee < 0 or fee > 100000:
        raise FieldInvalid("entry_fee", "range", "0–100000")
    return fee


def with_entry_fee(quoted: dict[str, Any], fee: Decimal) -> dict[str, Any]:
    """The quote JSON with the 进仓费 as its own line (printed on the slip) and in the total."""
    return {**quoted, "entry_fee": money(fee),
            "lines": [*quoted.get("lines", []), {"kind": "entry_fee", "amount": money(fee),
                                                 "item": "", "quantity": 1}],
            "total": money(Decimal(str(quoted.get("total", "0"))) + fee)}


def quote_record(priced: Quote, card: RateCard) -> dict[str, Any]:
    return {
        "card": card.name, "zone": priced.zone.code, "zone_name": priced.zone.name,
        "actual": str(priced.actual_weight),
        "volumetric": None if priced.volumetric_weight is None else str(
            priced.volumetric_weight.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)),
        "chargeable": str(priced.chargeable_weight),
        "lines": [{"kind": line.kind.value, "amount": money(line.amount), "item": line.item,
                   "quantity": line.quantity} for line in priced.lines],
        "total": money(priced.total),
    }


def weight_source_of(draft: AcceptDraft) -> dict[str, Any]:
    """Where the weight came from: ``scale`` (with its grams) or ``typed`` (issue 17 §1)."""
    if draft.weighed_grams is None:
        return {"weight_source": "typed"}
    return {"weight_source": "scale", "scale_grams": draft.weighed_grams}


def clerk_totals(clerk: str, rows: list[AcceptanceRecord],
            refusals: list[RefusalRecord]) -> ClerkTotals:
    def of(mode: PayMode) -> tuple[int, str]:
        picked = [r.total for r in rows if r.pay_mode == mode.value]
        return len(picked), money(sum(picked, Decimal(0)))

    cash, qr, collect, account = (of(m) for m in (PayMode.CASH, PayMode.QR, PayMode.COLLECT,
                                                  PayMode.ACCOUNT))
    return ClerkTotals(clerk=clerk, accepted=len(rows), cash_count=cash[0], cash_total=cash[1],
                       qr_count=qr[0], qr_total=qr[1], collect_count=collect[0],
                       collect_total=collect[1], account_count=account[0],
                       account_total=account[1], refusals=len(refusals),
                       overrides=sum(1 for r in rows if r.override_reason))


def grams_text(kg: Decimal) -> str:
    """A weight as stored (to the gram), so a before and an after compare as text."""
    return str(kg.quantize(Decimal("0.001")))


def correction_fields(r: AcceptanceRecord) -> dict[str, Any]:
    """What a correction may change, for its audit entry (the address is masked there)."""
    return {"recipient_address": r.recipient_address, "province": r.province, "city": r.city,
            "district": r.district, "weight": grams_text(r.weight),
            "chargeable": grams_text(r.chargeable),
            "pay_mode": r.pay_mode, "account_id": r.account_id, "total": money(r.total),
            "override_reason": r.override_reason, "override_by": r.override_by}


def correction_line(entry: AuditEntry, waybill_no: str) -> CorrectionLine:
    """A correction's audit entry as a line of the shift summary (issue 16)."""
    before, after = entry.before or {}, entry.after or {}
    return CorrectionLine(
        at=entry.at.strftime("%H:%M"), waybill_no=waybill_no, clerk=entry.actor,
        before=str(before.get("total", "")), after=str(after.get("total", "")),
        changed="、".join(name for key, name in CHANGED_FIELDS
                         if before.get(key) != after.get(key)),
        reason=str(after.get("reason", "")), approved_by=str(after.get("approved_by", "")))


def refusal_text(r: RefusalRecord) -> str:
    name = REFUSAL_NAMES.get(r.reason, r.reason)
    if r.category is not None:
        return f"{name}：第{r.category}类 {r.category_name}"
    return f"{name}：{r.detail}" if r.detail else name


def person_name(uow: UnitOfWork, job_number: str) -> str:
    """王丽（1001） for a message (issue 15 §6: a name where a person is meant)."""
    name = staff_name(uow, job_number)
    return f"{name}（{job_number}）" if name and name != job_number else job_number
