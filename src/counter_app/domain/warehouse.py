"""Warehouse office rules: problem reasons and their details, storage, deadlines, scan-out
dispositions (WH-1..WH-16); the return tariff is in ``warehouse_tariff``, the stay model in
``warehouse_stay``. Plain Python: no Qt, no database."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from counter_app.domain.errors import (
    DetailsMissing,
    FieldInvalid,
    ReasonNotAccepted,
)
from counter_app.domain.staff import check_phone
from counter_app.domain.text import check_text
from counter_app.domain.warehouse_tariff import CENT


class Reason(enum.StrEnum):
    """Why a parcel is kept (WH-5, WH-6). Values are stored: never rename them. Each reason's
    Chinese name is ``REASON_LABELS`` below (one source: the forms print it and the Chinese
    desk shows it, ``tests/gui/test_printed_names_one_source.py``)."""

    ADDRESS_UNCLEAR = "address_unclear"
    MOVED = "moved"
    ADDRESS_CHANGE = "address_change"
    NOBODY_HOME = "nobody_home"
    COD_REFUSED = "cod_refused"
    OUT_OF_AREA = "out_of_area"
    OPENED = "opened"
    SELF_PICKUP = "self_pickup"
    MISSORTED = "missorted"
    RETURN = "return"
    REFUSED = "refused"
    DAMAGED = "damaged"  # WH-15
    MISROUTE = "misroute"  # destination unknown (MR issue §3)


class CallOutcome(enum.StrEnum):
    """Why a call did not reach the customer (WH-6 地址不详 / 地址搬迁)."""

    NO_ANSWER = "no_answer"  # 无人接
    LINE_FAULT = "line_fault"  # 电话故障
    UNREACHABLE = "unreachable"  # 不通
    BUSY = "busy"  # 通话中
    SUSPENDED = "suspended"  # 停机
    SWITCHED_OFF = "switched_off"  # 关机
    EMPTY_NUMBER = "empty_number"  # 空号


class NobodyHome(enum.StrEnum):
    """The 送无人 categories (WH-6)."""

    TOMORROW = "tomorrow"  # 送无人联系明天送
    PHONE_UNREACHABLE = "phone_unreachable"  # 送无人电话不通
    NO_ANSWER = "no_answer"  # 电话无人接
    SUSPENDED = "suspended"  # 电话停机
    SWITCHED_OFF = "switched_off"  # 电话关机


class CodRefusal(enum.StrEnum):
    """Which 到付拒收 (WH-6)."""

    TOO_EXPENSIVE = "too_expensive"  # 到付嫌贵拒收
    NEVER_COD = "never_cod"  # 不收到付件
    NO_INVOICE = "no_invoice"  # 没有发票拒收: not a valid reason, the delay counts against us


class OutOfAreaAnswer(enum.StrEnum):
    """The customer's answer for a 超区件 (WH-6)."""

    WILL_COLLECT = "will_collect"
    WONT_COLLECT = "wont_collect"
    NOT_TODAY = "not_today"
    ON_DATE = "on_date"


class PickupPlace(enum.StrEnum):
    """Where a 自取件 is collected (WH-6)."""

    BRANCH = "branch"  # 分点
    HEAD_OFFICE = "head_office"  # 总公司


class Requester(enum.StrEnum):
    """Who asked for a 退回件 (WH-6)."""

    SENDER_COMPANY = "sender_company"
    RECIPIENT = "recipient"


class RefusalKind(enum.StrEnum):
    """Why the recipient refused (WH-6 拒收件)."""

    NOT_ORDERED = "not_ordered"  # 没有订购
    WRONG_GOODS = "wrong_goods"  # 货不对板
    LATE = "late"  # 时间太久不要了
    OTHER = "other"  # 其他 (detail required)
    UPSTAIRS = "upstairs"  # 快递员不送上楼: NOT a problem reason
    RUDE = "rude"  # 快递员态度不好: NOT a problem reason


NOT_ACCEPTED_REFUSALS = frozenset({RefusalKind.UPSTAIRS, RefusalKind.RUDE})
DETAIL_CHOICES: dict[str, type[enum.StrEnum]] = {
    "call_outcome": CallOutcome,
    "nobody_home": NobodyHome,
    "cod_refusal": CodRefusal,
    "answer": OutOfAreaAnswer,
    "pickup_place": PickupPlace,
    "requested_by": Requester,
    "refusal": RefusalKind,
}
"""The details picked from a list, by field name, with their enum."""
MAX_TEXT = 200


@dataclass(frozen=True)
class ProblemDetails:
    """Every detail a reason may need (WH-6); each reason uses its own subset.

    ``reached`` is None until the clerk says whether the call reached the customer.
    """

    reached: bool | None = None
    call_at: datetime | None = None
    call_outcome: CallOutcome | None = None
    address: str = ""
    wanted_time: str = ""
    new_name: str = ""
    new_phone: str = ""
    nobody_home: NobodyHome | None = None
    attempt_at: datetime | None = None
    cod_refusal: CodRefusal | None = None
    answer: OutOfAreaAnswer | None = None
    answer_date: date | None = None
    pickup_at: datetime | None = None
    pickup_place: PickupPlace | None = None
    requested_by: Requester | None = None
    refusal: RefusalKind | None = None
    detail: str = ""
    origin_city: str = ""
    """Where the parcel was sent from, for any reason (WH-16: a same-city parcel needs no
    message); empty when unknown."""

    def as_dict(self) -> dict[str, str | bool]:
        """The non-empty fields as JSON-ready values (stored with the parcel)."""
        out: dict[str, str | bool] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                out[name] = value
            elif isinstance(value, datetime):
                out[name] = value.isoformat(timespec="minutes")
            elif isinstance(value, date):
                out[name] = value.isoformat()
            else:
                out[name] = str(value)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ProblemDetails:
        """Inverse of :meth:`as_dict` (unknown keys ignored)."""
        kinds = DETAIL_CHOICES
        values: dict[str, object] = {}
        for key, raw in data.items():
            if key not in cls.__dataclass_fields__:
                continue
            if key == "reached":
                values[key] = bool(raw)
            elif key in ("call_at", "attempt_at", "pickup_at"):
                values[key] = datetime.fromisoformat(str(raw))
            elif key == "answer_date":
                values[key] = date.fromisoformat(str(raw))
            elif key in kinds:
                values[key] = kinds[key](str(raw))
            else:
                values[key] = str(raw)
        return cls(**values)  # type: ignore[arg-type]


def _text(value: str, name: str) -> str:
    text = " ".join(check_text(name, value, MAX_TEXT).split())
    if len(text) > MAX_TEXT:
        raise FieldInvalid(name, "too_long", str(MAX_TEXT))
    return text


def _not_future(value: datetime | None, name: str, now: datetime) -> datetime | None:
    if value is None:
        return None
    value = value.replace(second=0, microsecond=0)
    if value > now + timedelta(minutes=1):
        raise FieldInvalid(name, "future")
    return value


def check_details(reason: Reason, details: ProblemDetails, now: datetime) -> ProblemDetails:
    """Return ``details`` trimmed to what ``reason`` records, or raise.

    Raises ``DetailsMissing`` naming every missing field (WH-6: 「没有注明原因的快件…不予以留
    言」), ``ReasonNotAccepted`` for refusals that are not problem reasons, and ``FieldInvalid``
    for a malformed value (a call time in the future, a bad phone number, too long a text).
    """
    d = replace(
        details,
        address=" ".join(details.address.split()),
        wanted_time=" ".join(details.wanted_time.split()),
        new_name=" ".join(details.new_name.split()),
        detail=" ".join(details.detail.split()),
    )
    missing: list[str] = []

    def need(name: str) -> None:
        if getattr(d, name) in (None, ""):
            missing.append(name)

    kept: set[str] = {"origin_city"}  # any reason (WH-16 same-city)

    def keep(*names: str) -> None:
        kept.update(names)

    match reason:
        case Reason.ADDRESS_UNCLEAR | Reason.MOVED:
            keep("reached", "address", "wanted_time", "call_at", "call_outcome", "detail")
            need("reached")
            if d.reached:
                need("address")
                if reason is Reason.ADDRESS_UNCLEAR:
                    need("wanted_time")
            elif d.reached is False:
                need("call_at")
                need("call_outcome")
        case Reason.ADDRESS_CHANGE:
            keep("address", "new_name", "new_phone", "detail")
            need("address")
        case Reason.NOBODY_HOME:
            keep("nobody_home", "attempt_at", "detail")
            need("nobody_home")
            need("attempt_at")
        case Reason.COD_REFUSED:
            keep("cod_refusal", "detail")
            need("cod_refusal")
        case Reason.OUT_OF_AREA:
            keep("answer", "answer_date", "detail")
            need("answer")
            if d.answer is OutOfAreaAnswer.ON_DATE:
                need("answer_date")
        case Reason.OPENED | Reason.DAMAGED:
            keep("detail")
            need("detail")
        case Reason.SELF_PICKUP:
            keep("pickup_at", "pickup_place", "detail")
            need("pickup_at")
            need("pickup_place")
        case Reason.RETURN:
            keep("requested_by", "detail")
            need("requested_by")
            need("detail")
        case Reason.REFUSED:
            keep("refusal", "detail")
            need("refusal")
            if d.refusal in NOT_ACCEPTED_REFUSALS:
                raise ReasonNotAccepted(reason, d.refusal)
            if d.refusal is RefusalKind.OTHER:
                need("detail")
        case Reason.MISSORTED | Reason.MISROUTE:
            keep("detail")
    # only the fields this reason keeps are checked (a stale field of another reason is dropped)
    d = replace(
        d,
        address=_text(d.address, "address") if "address" in kept else "",
        wanted_time=_text(d.wanted_time, "wanted_time") if "wanted_time" in kept else "",
        new_name=_text(d.new_name, "new_name") if "new_name" in kept else "",
        detail=_text(d.detail, "detail") if "detail" in kept else "",
        origin_city=_text(d.origin_city, "origin_city")[:40],
        call_at=_not_future(d.call_at, "call_at", now) if "call_at" in kept else None,
        attempt_at=_not_future(d.attempt_at, "attempt_at", now) if "attempt_at" in kept else None,
        pickup_at=d.pickup_at.replace(second=0, microsecond=0)
        if d.pickup_at and "pickup_at" in kept
        else None,
    )
    # a short address like 「搬地方」 is not an address (WH-6: 「不要简单写"搬地方"」)
    if "address" in kept and d.address and "address" not in missing and len(d.address) < 6:
        raise FieldInvalid("address", "too_short", "6")
    if "new_phone" in kept and d.new_phone:
        d = replace(d, new_phone=check_phone(d.new_phone, field="new_phone"))
    if missing:
        raise DetailsMissing(reason, tuple(missing))
    blank = ProblemDetails()
    return replace(
        blank, **{name: getattr(d, name) for name in kept if getattr(d, name) not in (None, "")}
    )


def counts_against_station(reason: Reason, details: ProblemDetails) -> bool:
    """WH-6: a 没有发票拒收 is no valid reason — the delay still counts against the station."""
    return reason is Reason.COD_REFUSED and details.cod_refusal is CodRefusal.NO_INVOICE


# --- storage (WH-9) --------------------------------------------------------------------------


class LocationKind(enum.StrEnum):
    """Areas of the store (WH-9). Values are stored."""

    SHELF = "shelf"  # small parcels
    BULKY = "bulky"  # 大货
    RETURNS = "returns"  # returns and mis-sent parcels
    NEXT_ROUND = "next_round"  # next-round / cannot-redeliver, kept apart to be found fast


@dataclass(frozen=True)
class Location:
    """A shelf, bay or area with its capacity in parcels and its number of layers."""

    code: str
    kind: LocationKind
    capacity: int
    layers: int = 1
    active: bool = True
    version: int = field(default=0, compare=False)
    """The stored version this copy was read at (optimistic concurrency, issue 13 §2)."""


def check_location(location: Location) -> Location:
    """Validate a location's fields."""
    code = location.code.strip().upper()
    if not code:
        raise FieldInvalid("location_code", "required")
    if len(code) > 8 or not code.replace("-", "").isalnum() or "-" in code:
        raise FieldInvalid("location_code", "format")
    if not 1 <= location.capacity <= 10_000:
        raise FieldInvalid("capacity", "range", "1–10000")
    if not 1 <= location.layers <= 20:
        raise FieldInvalid("layers", "range", "1–20")
    return replace(location, code=code)


NEXT_ROUND_REASONS = frozenset({Reason.NOBODY_HOME, Reason.ADDRESS_CHANGE})
RETURNS_REASONS = frozenset({Reason.RETURN, Reason.MISSORTED, Reason.MISROUTE})


def area_for(reason: Reason, details: ProblemDetails, *, bulky: bool) -> LocationKind:
    """Where a parcel belongs (WH-9): bulky goods apart, returns and mis-sent parcels together,
    next-round parcels (送无人, 改地址, an unclear address now cleared) apart."""
    if bulky:
        return LocationKind.BULKY
    if reason in RETURNS_REASONS:
        return LocationKind.RETURNS
    if reason in NEXT_ROUND_REASONS or (
        reason in (Reason.ADDRESS_UNCLEAR, Reason.MOVED) and details.reached
    ):
        return LocationKind.NEXT_ROUND
    return LocationKind.SHELF


def propose_location(
    locations: Iterable[Location], occupancy: Mapping[str, int], kind: LocationKind
) -> Location | None:
    """The emptiest active location of ``kind`` with room; else the emptiest shelf with room;
    None when the store is full."""
    open_ = [
        loc for loc in locations if loc.active and occupancy.get(loc.code, 0) < loc.capacity
    ]

    def emptiest(candidates: list[Location]) -> Location | None:
        if not candidates:
            return None
        return min(
            candidates, key=lambda loc: (occupancy.get(loc.code, 0) / loc.capacity, loc.code)
        )

    return emptiest([loc for loc in open_ if loc.kind is kind]) or emptiest(
        [loc for loc in open_ if loc.kind is LocationKind.SHELF]
    )


def choose_layer(location: Location, per_layer: Mapping[int, int]) -> int:
    """The least-filled layer (lowest number on a tie)."""
    return min(range(1, location.layers + 1), key=lambda layer: (per_layer.get(layer, 0), layer))


def pickup_code(location: str, layer: int, stay_id: int) -> str:
    """The pickup code 「货架-层-序号」 (e.g. ``A-2-0315``); the sequence is the stay's id modulo
    10,000, so PCs never race for a number and a code repeats only 10,000 parcels later."""
    return f"{location}-{layer}-{stay_id % 10_000:04d}"


# --- deadlines (WH-8) ------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineRules:
    """WH-8 periods in days (station settings)."""

    self_pickup_days: int = 3
    """Self-pickup falls due on this day, the arrival day being day 1 (「在第三天」)."""
    notified_days: int = 3
    origin_silence_days: int = 5

    reply_check_noon: str = "12:00"
    """WH-16 (第七节 §5): replies to messages are read at noon ... (HH:MM)."""
    reply_check_afternoon: str = "16:00"
    """... and in the afternoon (HH:MM); the board reminds the desk from these times."""

    def check(self) -> DeadlineRules:
        """Validate the periods and the reply-check times (noon before afternoon)."""
        for name in ("self_pickup_days", "notified_days", "origin_silence_days"):
            if not 1 <= getattr(self, name) <= 60:
                raise FieldInvalid(name, "range", "1–60")
        noon, afternoon = self.reply_check_times()
        if not noon < afternoon:
            raise FieldInvalid("reply_check_afternoon", "before_noon", self.reply_check_noon)
        return self

    def reply_check_times(self) -> tuple[time, time]:
        """The two WH-16 reply-check times, or FieldInvalid naming the bad one."""
        out = []
        for name in ("reply_check_noon", "reply_check_afternoon"):
            text = str(getattr(self, name)).strip()
            try:
                out.append(time.fromisoformat(text) if len(text) == 5 else None)
            except ValueError:
                out.append(None)
            if out[-1] is None:
                raise FieldInvalid(name, "format", "HH:MM")
        return out[0], out[1]  # type: ignore[return-value]


def reply_checks_due(times: tuple[time, ...], now: datetime,
                     checked: tuple[datetime, ...]) -> tuple[time, ...]:
    """WH-16: the reply-check times of today that have come and were not followed by a check.

    Args:
        times: the station's reply-check times (noon, afternoon).
        now: the desk's clock.
        checked: when the desk said it read the replies today.
    """
    out = []
    for at in sorted(times):
        start = datetime.combine(now.date(), at)
        if start <= now and not any(c >= start for c in checked):
            out.append(at)
    return tuple(out)


class DueKind(enum.StrEnum):
    """What falls due (WH-8)."""

    SELF_PICKUP_RETURN = "self_pickup_return"  # message the origin company and return
    NOTIFIED_MESSAGE = "notified_message"  # notified, not collected: message the origin
    ORIGIN_SILENT_RETURN = "origin_silent_return"  # origin silent: return directly
    RETURN_TODAY = "return_today"  # a return requested by message leaves the same day
    CUSTOMER_DATE = "customer_date"  # 超区件: the customer said they would come on this day
    RETURN_NEXT_DAY = "return_next_day"  # WH-10: a 退回件 leaves the next day at the latest
    DAMAGED_MESSAGE = "damaged_message"  # WH-15: damaged contents: message the origin company
    MISSORTED_MESSAGE = "missorted_message"  # WH-16: 错分件: message the sending company today
    SELF_PICKUP_MESSAGE = "self_pickup_message"  # WH-16: changed to self-pickup: message today


MESSAGE_DUES = frozenset({DueKind.NOTIFIED_MESSAGE, DueKind.DAMAGED_MESSAGE,
                          DueKind.MISSORTED_MESSAGE, DueKind.SELF_PICKUP_MESSAGE})
"""Dues that are only a message (留言); a same-city parcel needs none (WH-16 「同城件无需留言」).
The returns keep their deadlines: a same-city parcel still goes back."""


@dataclass(frozen=True)
class ParcelFacts:
    """What the deadline rules look at for a parcel in stock."""

    reason: Reason
    in_at: datetime
    details: ProblemDetails = field(default_factory=ProblemDetails)
    notified_at: datetime | None = None
    last_message_out_at: datetime | None = None
    last_message_in_at: datetime | None = None
    return_requested_at: datetime | None = None
    changed_to_self_pickup_at: datetime | None = None
    """WH-16: when a parcel scanned in for another reason was changed to self-pickup."""
    same_city: bool = False
    """WH-16: a same-city parcel (同城件): no message falls due."""


@dataclass(frozen=True)
class Due:
    """One deadline of a parcel."""

    kind: DueKind
    due_on: date


def dues(facts: ParcelFacts, rules: DeadlineRules) -> list[Due]:
    """Every deadline of a parcel in stock.

    Self-pickup (WH-8, 002 第四节 §11 「自提件没有当天自提的,在第三天必须留言退回」): the
    arrival day is day 1, so with 3 days a parcel in on the 23rd falls due on the 25th
    (issue 16). The other
    periods are durations counted from the day after the event (「通知客户自取3天未取」,
    「五天未回复」): notified on the 23rd with 3 days falls due on the 26th.
    """
    out: list[Due] = []
    if facts.return_requested_at is not None:
        out.append(Due(DueKind.RETURN_TODAY, facts.return_requested_at.date()))
    if facts.reason is Reason.SELF_PICKUP:
        out.append(
            Due(
                DueKind.SELF_PICKUP_RETURN,
                # 「在第三天」: the arrival day counts as day 1
                facts.in_at.date() + timedelta(days=rules.self_pickup_days - 1),
            )
        )
    if facts.notified_at is not None and not (
        facts.last_message_out_at and facts.last_message_out_at >= facts.notified_at
    ):
        out.append(
            Due(
                DueKind.NOTIFIED_MESSAGE,
                facts.notified_at.date() + timedelta(days=rules.notified_days),
            )
        )
    if facts.last_message_out_at is not None and not (
        facts.last_message_in_at and facts.last_message_in_at >= facts.last_message_out_at
    ):
        out.append(
            Due(
                DueKind.ORIGIN_SILENT_RETURN,
                facts.last_message_out_at.date() + timedelta(days=rules.origin_silence_days),
            )
        )
    if facts.reason is Reason.RETURN:
        out.append(Due(DueKind.RETURN_NEXT_DAY, facts.in_at.date() + timedelta(days=1)))
    if facts.reason is Reason.DAMAGED and not (
        facts.last_message_out_at and facts.last_message_out_at >= facts.in_at
    ):
        out.append(Due(DueKind.DAMAGED_MESSAGE, facts.in_at.date()))
    if (
        facts.reason is Reason.OUT_OF_AREA
        and facts.details.answer is OutOfAreaAnswer.ON_DATE
        and facts.details.answer_date is not None
    ):
        out.append(Due(DueKind.CUSTOMER_DATE, facts.details.answer_date))
    # WH-16 (第七节 §12): a 错分件 is messaged to the sending company the day it arrives
    if facts.reason is Reason.MISSORTED and not _messaged_since(facts, facts.in_at):
        out.append(Due(DueKind.MISSORTED_MESSAGE, facts.in_at.date()))
    # WH-16 (§6): changed to self-pickup after a delivery attempt: message the same day
    changed = facts.changed_to_self_pickup_at
    if (facts.reason is Reason.SELF_PICKUP and changed is not None
            and not _messaged_since(facts, changed)):
        out.append(Due(DueKind.SELF_PICKUP_MESSAGE, changed.date()))
    if facts.same_city:  # 「同城件无需留言」
        out = [d for d in out if d.kind not in MESSAGE_DUES]
    return out


def same_city(origin_city: str, station_city: str) -> bool:
    """WH-16: the parcel was sent from the station's own city (「杭州」 is 「杭州市」)."""
    def bare(city: str) -> str:
        return "".join(city.split()).removesuffix("市")

    return bool(bare(origin_city)) and bare(origin_city) == bare(station_city)


def _messaged_since(facts: ParcelFacts, since: datetime) -> bool:
    return facts.last_message_out_at is not None and facts.last_message_out_at >= since


# --- scan-out (WH-4, WH-7, WH-10, WH-12, WH-13) ----------------------------------------------


class Disposition(enum.StrEnum):
    """How a parcel left (WH-4). Values are stored."""

    DELIVERY = "delivery"  # out for delivery with a courier
    COLLECTED = "collected"  # collected by the customer
    RETURN_COURIER = "return_courier"  # 退回XX人
    RETURN_COMPANY = "return_company"  # 上网退XX公司
    EMS = "ems"  # 转发EMS
    DRIVER = "driver"  # handed to a driver against a pickup list
    LOST = "lost"  # written off by an approved stocktake adjustment


RETURNS = frozenset({Disposition.RETURN_COURIER, Disposition.RETURN_COMPANY})


def return_label(disposition: Disposition, name: str) -> str:
    """The WH-10 label text: 「退回张三」 or 「上网退顺达公司」."""
    name = name.strip()
    if disposition is Disposition.RETURN_COURIER:
        return f"退回{name}"
    if disposition is Disposition.RETURN_COMPANY:
        return f"上网退{name.removesuffix('公司')}公司"
    raise ValueError(disposition)


def pickup_matches(given: str, code: str, phone: str) -> bool:
    """A customer collects with the pickup code or the last 4 digits of the phone."""
    text = given.strip().upper().replace(" ", "")
    if not text:
        return False
    if text == code.upper() or text == code.upper().replace("-", ""):
        return True
    digits = "".join(ch for ch in phone if ch.isdigit())
    return len(text) == 4 and text.isdigit() and len(digits) >= 4 and digits[-4:] == text


class Payment(enum.StrEnum):
    """How the freight was paid (WH-12)."""

    PREPAID = "prepaid"  # 寄付
    COLLECT = "collect"  # 到付
    ACCOUNT = "account"  # 月结 account customer


def ems_shortfall(payment: Payment, paid_freight: Decimal, ems_fee: Decimal) -> Decimal:
    """WH-12: what the courier collects because the paid freight does not cover the EMS fee.
    Account customers are billed (their weight and fee are noted), so nothing is collected."""
    if payment is Payment.ACCOUNT:
        return Decimal("0.00")
    return max(Decimal("0"), ems_fee - paid_freight).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ListCheck:
    """A scan list compared with what was expected (stocktake, driver pickup)."""

    matched: tuple[str, ...]
    missing: tuple[str, ...]
    unexpected: tuple[str, ...]

    @property
    def clean(self) -> bool:
        """Nothing missing, nothing unexpected."""
        return not self.missing and not self.unexpected


def compare_lists(expected: Iterable[str], scanned: Iterable[str]) -> ListCheck:
    """Matched, expected-but-missing and found-but-unexpected numbers, each sorted."""
    want, got = set(expected), set(scanned)
    return ListCheck(
        matched=tuple(sorted(want & got)),
        missing=tuple(sorted(want - got)),
        unexpected=tuple(sorted(got - want)),
    )


# --- search ----------------------------------------------------------------------------------


class SearchKind(enum.StrEnum):
    """How a search text is read."""

    WAYBILL = "waybill"  # full or partial number (5+ characters)
    PHONE_TAIL = "phone_tail"  # exactly 4 digits
    NAME = "name"  # anything with a letter or a Chinese character


def search_kind(text: str) -> SearchKind | None:
    """4 digits → phone tail; 5+ letters/digits → waybill (partial); else a name. None if
    nothing usable was typed."""
    value = text.strip()
    if not value:
        return None
    if value.isdigit() and len(value) == 4:
        return SearchKind.PHONE_TAIL
    if value.isascii() and value.isalnum() and any(c.isdigit() for c in value):
        return SearchKind.WAYBILL if len(value) >= 5 else None
    return SearchKind.NAME


def phone_tail(phone: str) -> str:
    """The last 4 digits of a phone number ('' when there are fewer)."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[-4:] if len(digits) >= 4 else ""


def check_headless_description(text: str) -> str:
    """WH-3: a headless parcel needs a description someone can recognise it by."""
    value = " ".join(text.split())
    if not value:
        raise FieldInvalid("description", "required")
    if len(value) < 4:
        raise FieldInvalid("description", "too_short", "4")
    return _text(value, "description")


# --- printed names (issue 14 §4: next to the enums, keyed by them) ---------------------------

REASON_LABELS: dict[Reason, str] = {
    Reason.ADDRESS_UNCLEAR: "地址不详",
    Reason.MOVED: "地址搬迁",
    Reason.ADDRESS_CHANGE: "改地址",
    Reason.NOBODY_HOME: "送无人",
    Reason.COD_REFUSED: "到付拒收",
    Reason.OUT_OF_AREA: "超区件",
    Reason.OPENED: "拆包验货",
    Reason.SELF_PICKUP: "自取件",
    Reason.MISSORTED: "错分件",
    Reason.RETURN: "退回件",
    Reason.REFUSED: "拒收件",
    Reason.DAMAGED: "破损拒收",
    Reason.MISROUTE: "错写大字待查",
}
"""A reason's Chinese name as the station's forms print it (labels, the handover sheet)."""
DISPOSITION_LABELS: dict[Disposition, str] = {
    Disposition.DELIVERY: "出仓派送",
    Disposition.COLLECTED: "客户自提",
    Disposition.RETURN_COURIER: "退回业务员",
    Disposition.RETURN_COMPANY: "上网退公司",
    Disposition.EMS: "转发EMS",
    Disposition.DRIVER: "司机提货",
    Disposition.LOST: "盘点报失",
}
"""How a parcel left, as the handover sheet prints it."""
DUE_LABELS: dict[DueKind, str] = {
    DueKind.SELF_PICKUP_RETURN: "自取件逾期：给始发公司留言并退回",
    DueKind.NOTIFIED_MESSAGE: "已通知未取：给始发公司留言",
    DueKind.ORIGIN_SILENT_RETURN: "始发公司未回复：直接退回",
    DueKind.RETURN_TODAY: "留言要求退回：当天退出",
    DueKind.CUSTOMER_DATE: "客户约定今天来取",
    DueKind.RETURN_NEXT_DAY: "退回件：最迟次日退出",
    DueKind.DAMAGED_MESSAGE: "破损拒收：当天给始发公司留言",
    DueKind.MISSORTED_MESSAGE: "错分件：当天给发件公司留言（注明本网点）",
    DueKind.SELF_PICKUP_MESSAGE: "改自提：当天给始发公司留言并做E3扫描",
}
"""What falls due, as the handover sheet prints it (WH-8)."""
PAYMENT_LABELS: dict[Payment, str] = {
    Payment.PREPAID: "寄付",
    Payment.COLLECT: "到付",
    Payment.ACCOUNT: "月结",
}
"""How the freight was paid, as the EMS register prints it (WH-12)."""
