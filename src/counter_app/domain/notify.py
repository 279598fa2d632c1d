"""Telling the customer (issue 20): notice templates and the Chinese SMS length rules, the
reminder timing that follows the warehouse deadlines (WH-8), and the consent register (X-7).

Plain Python: no framework, no provider; the adapters in ``counter_app.notify`` send.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.text import check_text
from counter_app.domain.warehouse import (
    CallOutcome,
    DeadlineRules,
    OutOfAreaAnswer,
    ProblemDetails,
    Reason,
)


class NoticeKind(enum.StrEnum):
    """What a notice says (issue 20 §1). Values are stored: never rename them."""

    ARRIVED = "arrived"  # 到站 + 取件码
    REMINDER = "reminder"  # 催取
    LAST_DAY = "last_day"  # 明天退回前的最后一天
    PROBLEM = "problem"  # 问题件需要您回复
    PICKUP_ORDER = "pickup_order"  # 取件预约已确认


class NoticeStatus(enum.StrEnum):
    """Where a notice is (issue 20 §2). Values are stored."""

    QUEUED = "queued"  # waiting for the sender (or for a retry)
    SENT = "sent"  # the provider accepted it
    DELIVERED = "delivered"  # the provider's receipt says it reached the phone
    FAILED = "failed"  # given up, with a reason
    HELD = "held"  # a planned reminder the clerk held back
    MANUAL = "manual"  # no provider: the clerk copies the text or shows the QR code


OPEN_STATUSES = frozenset({NoticeStatus.QUEUED})
COUNTS_FOR_CAP = frozenset({NoticeStatus.QUEUED, NoticeStatus.SENT, NoticeStatus.DELIVERED})
"""Notices that count against the provider's per-phone daily cap."""

PLACEHOLDERS = ("station", "address", "hours", "code", "waybill", "due", "phone")
"""What a template may use, as ``{name}``; the station's name, address, opening hours and
phone, the parcel's pickup code, waybill number and the day it falls due (WH-8)."""

DEFAULT_TEMPLATES: dict[NoticeKind, str] = {
    NoticeKind.ARRIVED: "您的快递已到{station}，取件码{code}，地址{address}，营业时间{hours}。",
    NoticeKind.REMINDER: "您的快递在{station}尚未取走，取件码{code}，请于{due}前凭码领取。",
    NoticeKind.LAST_DAY: "您的快递{waybill}今天是最后取件日，明天将退回寄件方，取件码{code}。",
    NoticeKind.PROBLEM: "您的快递{waybill}有问题需要您回复，请致电{phone}联系{station}。",
    NoticeKind.PICKUP_ORDER: "您的取件预约已确认，请到{station}（{address}）取件，取件码{code}。",
}
"""The shipped wording; each station edits it (and registers it with its provider)."""

MAX_TEMPLATE = 300
SINGLE_PART = 70
"""Chinese SMS: one message holds 70 characters, signature included."""
CONCAT_PART = 67
"""A longer message is sent in parts of 67 characters (3 go to the concatenation header)."""
_FIELD = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class SmsLength:
    """How long a text is by the Chinese SMS rules: characters (signature included) and parts
    billed; ``room`` is how many characters still fit in the current number of parts."""

    chars: int
    parts: int
    room: int


def sms_length(text: str, signature: str = "") -> SmsLength:
    """Count as Chinese SMS providers bill: every character (Chinese, Latin, digit, space,
    punctuation) is one, the 【signature】 counts too; up to 70 is one part, above that each
    part holds 67 (Aliyun and Tencent Cloud both bill this way)."""
    chars = len(text) + (len(signature) + 2 if signature else 0)
    if chars <= SINGLE_PART:
        return SmsLength(chars, 1 if chars else 0, SINGLE_PART - chars)
    parts = math.ceil(chars / CONCAT_PART)
    return SmsLength(chars, parts, parts * CONCAT_PART - chars)


def check_template(text: str) -> str:
    """A template as the supervisor may save it: not empty, at most 300 characters, no
    control characters, and only the known ``{placeholders}``."""
    value = check_text("template", text, MAX_TEMPLATE).strip()
    if not value:
        raise FieldInvalid("template", "required")
    for name in _FIELD.findall(value):
        if name not in PLACEHOLDERS:
            raise FieldInvalid("template", "unknown_placeholder", name)
    if value.count("{") != value.count("}"):
        raise FieldInvalid("template", "unbalanced")
    return value


def render(template: str, values: dict[str, str]) -> str:
    """The template with its placeholders filled (a missing value leaves the field empty)."""
    return _FIELD.sub(lambda m: values.get(m.group(1), ""), template)


def template_params(template: str, values: dict[str, str]) -> dict[str, str]:
    """The values the template uses, by name: what a provider that keeps the approved wording
    itself (Aliyun's TemplateCode with ``${name}``) needs."""
    return {name: values.get(name, "") for name in dict.fromkeys(_FIELD.findall(template))}


# --- reminders timed to the deadlines (WH-8) --------------------------------------------------


@dataclass(frozen=True)
class PlannedNotice:
    """A notice the rules want sent on ``send_on``."""

    kind: NoticeKind
    send_on: date
    due_on: date


def planned_reminders(reason: Reason, details: ProblemDetails, in_at: datetime,
                      notified_at: datetime | None, rules: DeadlineRules) -> list[PlannedNotice]:
    """The reminders of a parcel in stock, timed to its WH-8 deadlines.

    A self-pickup parcel falls due on day ``self_pickup_days`` (the arrival day is day 1):
    the day before, a reminder; on the day itself, the last-day notice (tomorrow it goes back).
    A customer told to collect (notified) gets a reminder the day before the notified period
    ends. A problem parcel waiting for the customer's answer (``waits_for_customer_answer``) gets
    the problem notice once, the day after arrival. Reminders never fall before the day after
    arrival (the arrival notice covers that).
    """
    out: list[PlannedNotice] = []
    first = in_at.date() + timedelta(days=1)
    if reason is Reason.SELF_PICKUP or (
        reason is Reason.OUT_OF_AREA and details.answer is OutOfAreaAnswer.WILL_COLLECT
    ):
        due = in_at.date() + timedelta(days=rules.self_pickup_days - 1)
        if due - timedelta(days=1) >= first:
            out.append(PlannedNotice(NoticeKind.REMINDER, due - timedelta(days=1), due))
        out.append(PlannedNotice(NoticeKind.LAST_DAY, max(due, in_at.date()), due))
    elif notified_at is not None:
        due = notified_at.date() + timedelta(days=rules.notified_days)
        send = max(due - timedelta(days=1), first)
        out.append(PlannedNotice(NoticeKind.REMINDER, send, due))
    elif waits_for_customer_answer(reason, details):
        # the day after arrival, once: the station's call (WH-6) did not settle it, so the
        # customer is asked by SMS as well; held like any reminder, never repeated by the rules
        out.append(PlannedNotice(NoticeKind.PROBLEM, first,
                                 in_at.date() + timedelta(days=rules.notified_days)))
    return out


def waits_for_customer_answer(reason: Reason, details: ProblemDetails) -> bool:
    """A problem parcel that cannot move until the customer answers: the address is unclear or
    the customer moved and the call did not reach them (not a number out of service, 停机: no
    SMS reaches it either), or a 超区件 without an answer yet. Not 送无人 (the next round
    redelivers it), nor refusals, returns, damage or mis-sorts (nothing the customer is
    asked)."""
    if reason in (Reason.ADDRESS_UNCLEAR, Reason.MOVED):
        return details.reached is not True and details.call_outcome is not CallOutcome.SUSPENDED
    return reason is Reason.OUT_OF_AREA and details.answer is None


# --- consent register (X-7) -------------------------------------------------------------------


class ConsentDecision(enum.StrEnum):
    """What the recipient said (X-7). Values are stored."""

    STATION_PICKUP = "station_pickup"  # agreed to collect at the station / locker
    DOOR_DELIVERY = "door_delivery"  # wants it delivered to the door
    REFUSED = "refused"  # refused station pickup (and was not asked for more)


class ConsentChannel(enum.StrEnum):
    """How the answer came (X-7: by which channel). Values are stored."""

    COUNTER = "counter"  # in person at the counter
    PHONE = "phone"  # by telephone
    SMS = "sms"  # a reply to a notice
    WECHAT = "wechat"
    WRITTEN = "written"  # signed on paper


DEFAULT_CONSENT_DAYS = 365
MAX_CONSENT_DAYS = 3 * 365


@dataclass(frozen=True)
class Consent:
    """One entry of the consent register: per recipient phone, who recorded what, when, by
    which channel, valid until which day (inclusive). Entries are never changed; a later one
    supersedes."""

    phone: str
    decision: ConsentDecision
    channel: ConsentChannel
    recorded_at: datetime
    recorded_by: str
    valid_until: date
    waybill_no: str = ""
    note: str = ""
    id: int | None = None

    def valid_on(self, day: date) -> bool:
        """Whether the entry still speaks for the recipient on ``day``."""
        return self.recorded_at.date() <= day <= self.valid_until


def check_valid_until(valid_until: date, today: date) -> date:
    """Not in the past, at most three years ahead."""
    if valid_until < today:
        raise FieldInvalid("valid_until", "past")
    if valid_until > today + timedelta(days=MAX_CONSENT_DAYS):
        raise FieldInvalid("valid_until", "range", str(MAX_CONSENT_DAYS))
    return valid_until


def collected_by_customer(reason: Reason, details: ProblemDetails) -> bool:
    """Whether the parcel waits on a shelf for the recipient to collect it (自取 reasons):
    these need the recipient's consent (X-7)."""
    return reason is Reason.SELF_PICKUP or (
        reason is Reason.OUT_OF_AREA
        and details.answer in (OutOfAreaAnswer.WILL_COLLECT, OutOfAreaAnswer.ON_DATE))


def has_consent(entry: Consent | None, day: date) -> bool:
    """X-7: a parcel may wait for collection only with a valid 'station pickup' answer."""
    return (entry is not None and entry.decision is ConsentDecision.STATION_PICKUP
            and entry.valid_on(day))


def mask_phone_for_log(phone: str) -> str:
    """A phone as logs and errors may show it: the last 4 digits only (X-2)."""
    digits = "".join(c for c in phone if c.isdigit())
    return "*" * max(0, len(digits) - 4) + digits[-4:] if digits else ""


# --- replies (issue 20) ------------------------------------------------------------------------


class ReplyIntent(enum.StrEnum):
    """What a customer's reply seems to ask, highlighted to the clerk and never acted on
    automatically (the clerk reads it and decides). Values are stored."""

    RETURN = "return"  # 退回 / 不要 / 拒收: send it back
    DOOR = "door"  # 送货上门: deliver it to the door
    STOP = "stop"  # 退订 / TD: no more messages


_INTENT_WORDS: tuple[tuple[ReplyIntent, tuple[str, ...]], ...] = (
    (ReplyIntent.RETURN, ("退回", "退件", "退货", "不要", "拒收", "拒签", "退还")),
    (ReplyIntent.DOOR, ("送货上门", "送上门", "上门", "送到家", "派送到", "送到楼")),
    (ReplyIntent.STOP, ("退订",)),
)
_STOP_CODES = frozenset({"T", "TD", "N", "0000"})
"""Replies that are, by Chinese SMS custom, a request to stop messages."""
_NOT_DOOR = ("不要送货上门", "不用送货上门", "不要送上门", "不用送上门", "不要上门", "不用上门",
             "别送")
""""Don't bring it": the customer will collect — neither a return nor a door delivery."""
REPLY_WINDOW = timedelta(days=7)
"""A reply answers the notices sent to that phone in the 7 days before it."""


def reply_intent(text: str) -> ReplyIntent | None:
    """The first intent a reply's words show (return before door: 「送货上门不行就退回」 asks
    for the return), None for anything else (「好的」, 「明天取」, 「不用送上门」)."""
    words = "".join(text.split())
    if words.upper() in _STOP_CODES:
        return ReplyIntent.STOP
    for phrase in _NOT_DOOR:
        words = words.replace(phrase, "")
    for intent, keys in _INTENT_WORDS:
        if any(key in words for key in keys):
            return intent
    return None
