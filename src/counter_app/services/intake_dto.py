"""The counter's printed documents (slip, shift summary, account statement), ready to render."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.services.dto import StationHeader


@dataclass(frozen=True)
class SlipLine:
    """One line of a slip's fee breakdown: what it is for and its amount, printed text."""

    label: str
    amount: str


@dataclass(frozen=True)
class CounterSlip:
    """The counter slip / label of an accepted parcel (CI-7, issue 4 §9).

    Every value is the printed text. Names and phone numbers are already masked as GB/T 41833
    requires; the sender's identity document is never part of a slip (条例 art. 22).
    """

    header: StationHeader
    waybill_no: str
    carrier: str
    accepted_at: str
    clerk: str
    sender: str
    sender_phone: str
    sender_address: str
    recipient: str
    recipient_phone: str
    recipient_address: str
    destination: str
    """Province city district, printed big for sorting."""
    contents: str
    quantity: str
    weight: str
    """The chargeable weight, e.g. ``2.5 kg``."""
    service: str
    """陆运 or 航空."""
    air_banned: bool
    """Print 航空禁运 (CI-3)."""
    fragile: bool
    """Print 易碎 (CI-2, when the station accepts fragile items with a mark)."""
    payment: str
    """现付（现金）, 现付（扫码）, 到付 or 协议结算."""
    lines: tuple[SlipLine, ...]
    total: str
    """The fee, e.g. ``¥ 12.00``."""
    counter_mark: bool
    """A prepaid counter waybill carries its price and 门市 in the bottom right (CI-7)."""
    declared_value: str = ""
    cod_amount: str = ""
    collect_amount: str = ""
    """到付: what the courier collects from the recipient."""
    account: str = ""
    """协议结算: the account's name."""
    mark: str = ""
    """Printed big on a slip that is not the first print: 补打 (reprint), 更正 (corrected) or
    作废 (voided); empty on the first print (issue 16)."""


@dataclass(frozen=True)
class ClerkTotals:
    """One clerk's (or the whole shift's) figures on the shift summary; amounts are text."""

    clerk: str
    accepted: int
    cash_count: int
    cash_total: str
    qr_count: int
    qr_total: str
    collect_count: int
    collect_total: str
    account_count: int
    account_total: str
    refusals: int
    overrides: int
    voided: int = 0
    """Parcels accepted in the period and voided since (not in the counts and sums above)."""


@dataclass(frozen=True)
class RefusalLine:
    """A refusal on the shift summary (CI-2): time, clerk, contents, why, masked phone."""

    at: str
    clerk: str
    contents: str
    reason: str
    sender_phone: str


@dataclass(frozen=True)
class OverrideLine:
    """A price override on the shift summary (CI-8): who allowed it and why."""

    at: str
    waybill_no: str
    clerk: str
    quoted: str
    charged: str
    reason: str
    approved_by: str


@dataclass(frozen=True)
class VoidLine:
    """A voided counter parcel on the shift summary (issue 16): who, why, who allowed it."""

    at: str
    waybill_no: str
    clerk: str
    amount: str
    reason: str
    approved_by: str


@dataclass(frozen=True)
class CorrectionLine:
    """A corrected counter parcel on the shift summary (issue 16): what the fee was and is,
    what changed, who corrected it, why, and who allowed a money change."""

    at: str
    waybill_no: str
    clerk: str
    before: str
    after: str
    changed: str
    reason: str
    approved_by: str


@dataclass(frozen=True)
class ShiftSummary:
    """The counter's shift summary (issue 4 §10), per clerk and for the shift."""

    header: StationHeader
    day: str
    shift: str
    period: str
    printed_at: str
    clerks: tuple[ClerkTotals, ...]
    total: ClerkTotals
    refusals: tuple[RefusalLine, ...]
    overrides: tuple[OverrideLine, ...]
    voids: tuple[VoidLine, ...] = ()
    corrections: tuple[CorrectionLine, ...] = ()


@dataclass(frozen=True)
class StatementLine:
    """One parcel on an account customer's monthly statement (CI-7), printed text."""

    seq: int
    accepted_on: str
    waybill_no: str
    destination: str
    contents: str
    weight_kg: str
    amount: str
    clerk: str


@dataclass(frozen=True)
class AccountStatement:
    """The monthly statement of an account customer (协议结算)."""

    header: StationHeader
    account_code: str
    account_name: str
    month: str
    """``2026-11``."""
    lines: tuple[StatementLine, ...]
    total: str


STATEMENT_COLUMNS = ("序号", "收寄日期", "运单号", "目的地", "物品", "计费重量(kg)", "金额(元)",
                     "收寄员")
