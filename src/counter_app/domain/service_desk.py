"""The customer-service desk (客服, issue 19): enquiries and their reply clocks (CS-1, CS-2,
CS-5), the checklists of 000 第二类, and the claim deadlines (CS-7, X-5). Plain functions of
dates and times; the settings are data."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from counter_app.domain.errors import DomainError, FieldInvalid


class EnquiryKind(enum.StrEnum):
    """What the caller wants (CS-1). Stored values."""

    DELIVERY_CHASE = "delivery_chase"  # 派送件催单
    OUTGOING_CHASE = "outgoing_chase"  # 发出件催单
    NETWORK_QUERY = "network_query"  # 对方公司查询
    COMPLAINT = "complaint"  # 投诉
    OTHER = "other"  # 其他


class Channel(enum.StrEnum):
    """How the enquiry came in. Stored values."""

    PHONE = "phone"
    MESSAGE = "message"  # 内网留言 / QQ / OA
    WALK_IN = "walk_in"


class CallerKind(enum.StrEnum):
    """Who is asking: the clock depends on it (CS-2). Stored values."""

    CUSTOMER = "customer"
    NETWORK_POINT = "network_point"  # 查件方: another network point, 片区, 总部


class EnquiryCase(enum.StrEnum):
    """The cases of 000 第二类 (CS-5), each with its checklist. Stored values."""

    NO_RECORD = "no_record"  # 1、发出的件没有一点记录
    STUCK_AT_HUB = "stuck_at_hub"  # 2、第一个分拨中心之后多日无记录
    NOT_DELIVERED = "not_delivered"  # 3、到达派送公司未及时送达
    SIGNED_NOT_RECEIVED = "signed_not_received"  # 4、显示签收但没收到


CHECKLISTS: dict[EnquiryCase, tuple[str, ...]] = {
    # CS-5, 000 第二类 1: confirm the number, our 底单, the collecting courier, the warehouse
    EnquiryCase.NO_RECORD: ("confirm_number", "find_counter_record", "call_collecting_courier",
                            "search_warehouse", "check_upload"),
    # 2: contents (违禁品?), next stop and the hub's service desk, our headless list; >3 days
    EnquiryCase.STUCK_AT_HUB: ("confirm_number", "check_contents", "ask_next_stop",
                               "check_headless_list", "explain_to_customer"),
    # 3: the delivering point's message, call them, agree a delivery
    EnquiryCase.NOT_DELIVERED: ("read_messages", "call_delivering_point",
                                "agree_delivery", "explain_to_customer"),
    # 4: who signed, 代收 places (门卫/收发室/物业/邻居), signed in advance
    EnquiryCase.SIGNED_NOT_RECEIVED: ("check_signer", "check_proxy_places",
                                      "call_delivering_courier", "explain_to_customer"),
}

WEEKDAYS = 7


@dataclass(frozen=True)
class ReplyClock:
    """The reply clocks of CS-2, station settings.

    ``customer_minutes`` (「半小时内给予回复」) and ``network_minutes`` (「2小时内将信息反馈」)
    run inside the desk's hours ``opens``–``closes`` on ``open_days`` (0 = Monday). An enquiry
    whose clock would end after closing time, or that comes in while the desk is closed, is
    answered by ``morning_deadline`` on the next day the desk is open (「次日09:00前」).
    ``warn_minutes``: an open enquiry this close to its deadline is "nearly due".
    """

    customer_minutes: int = 30
    network_minutes: int = 120
    opens: time = time(8, 0)
    closes: time = time(18, 0)
    morning_deadline: time = time(9, 0)
    open_days: frozenset[int] = field(default_factory=lambda: frozenset(range(WEEKDAYS)))
    warn_minutes: int = 10

    def __post_init__(self) -> None:
        """Refuse settings that cannot be a working day."""
        if not 1 <= self.customer_minutes <= 24 * 60:
            raise FieldInvalid("customer_minutes", "range", "1–1440")
        if not 1 <= self.network_minutes <= 24 * 60:
            raise FieldInvalid("network_minutes", "range", "1–1440")
        if not self.opens < self.closes:
            raise FieldInvalid("closes", "after_opens")
        if not self.opens <= self.morning_deadline <= self.closes:
            raise FieldInvalid("morning_deadline", "in_hours")
        if not self.open_days or not self.open_days <= set(range(WEEKDAYS)):
            raise FieldInvalid("open_days", "required")
        if not 0 <= self.warn_minutes <= 240:
            raise FieldInvalid("warn_minutes", "range", "0–240")

    def minutes_for(self, caller: CallerKind) -> int:
        """The clock of one kind of caller."""
        return self.network_minutes if caller is CallerKind.NETWORK_POINT else self.customer_minutes

    def to_json(self) -> str:
        """The stored form (station setting)."""
        return json.dumps({
            "customer_minutes": self.customer_minutes, "network_minutes": self.network_minutes,
            "opens": self.opens.strftime("%H:%M"), "closes": self.closes.strftime("%H:%M"),
            "morning_deadline": self.morning_deadline.strftime("%H:%M"),
            "open_days": sorted(self.open_days), "warn_minutes": self.warn_minutes,
        })

    @classmethod
    def from_json(cls, text: str) -> ReplyClock:
        """Read the stored form; a missing key keeps its default."""
        raw = json.loads(text)
        default = cls()

        def hm(key: str, fallback: time) -> time:
            return time.fromisoformat(raw[key]) if key in raw else fallback

        return cls(
            customer_minutes=int(raw.get("customer_minutes", default.customer_minutes)),
            network_minutes=int(raw.get("network_minutes", default.network_minutes)),
            opens=hm("opens", default.opens), closes=hm("closes", default.closes),
            morning_deadline=hm("morning_deadline", default.morning_deadline),
            open_days=frozenset(int(d) for d in raw.get("open_days", default.open_days)),
            warn_minutes=int(raw.get("warn_minutes", default.warn_minutes)),
        )


def _next_open_day(clock: ReplyClock, day: date) -> date:
    for step in range(1, WEEKDAYS + 1):
        candidate = day + timedelta(days=step)
        if candidate.weekday() in clock.open_days:
            return candidate
    raise AssertionError("open_days is never empty")  # pragma: no cover


def reply_due(clock: ReplyClock, received: datetime, caller: CallerKind) -> datetime:
    """When an enquiry must be answered (CS-2).

    Inside the desk's hours: ``received`` plus the caller's clock, if that is no later than
    closing time. Otherwise — the clock would run past closing (17:45 + 30 min), or the
    enquiry came after hours, or on a day the desk is closed — by ``morning_deadline`` of the
    next open day; an enquiry that comes before opening on an open day is due by that
    morning's deadline (or its clock from opening, whichever is later).
    """
    day = received.date()
    minutes = timedelta(minutes=clock.minutes_for(caller))
    if day.weekday() in clock.open_days:
        opens = datetime.combine(day, clock.opens)
        closes = datetime.combine(day, clock.closes)
        if received < opens:
            return max(datetime.combine(day, clock.morning_deadline), opens + minutes)
        if received + minutes <= closes:
            return received + minutes
    return datetime.combine(_next_open_day(clock, day), clock.morning_deadline)


class Urgency(enum.StrEnum):
    """Where an open enquiry stands against its clock."""

    OVERDUE = "overdue"
    NEARLY_DUE = "nearly_due"
    IN_TIME = "in_time"


def urgency(clock: ReplyClock, due: datetime, now: datetime) -> Urgency:
    """Overdue once ``now`` is past ``due``; nearly due within ``warn_minutes`` of it."""
    if now > due:
        return Urgency.OVERDUE
    if due - now <= timedelta(minutes=clock.warn_minutes):
        return Urgency.NEARLY_DUE
    return Urgency.IN_TIME


X4_FIELDS = ("sender_phone", "recipient_phone", "sender_address", "recipient_address")


@dataclass(frozen=True, kw_only=True)
class EnquiryCall:
    """What a caller gives when an enquiry is logged (CS-1, X-4): the kind, the channel, who
    is asking, the question, both phones and both addresses (now or later), the case of 000
    第二类. The form's draft and the stored enquiry both carry it."""

    kind: EnquiryKind
    channel: Channel
    caller_kind: CallerKind
    caller_name: str
    caller_phone: str
    question: str
    caller_point: str = ""
    sender_phone: str = ""
    recipient_phone: str = ""
    sender_address: str = ""
    recipient_address: str = ""
    case: EnquiryCase | None = None


@dataclass(frozen=True, kw_only=True)
class Enquiry(EnquiryCall):
    """One logged enquiry (CS-1) and its answer. ``due_at`` is fixed when it is logged, from
    the clock then in force, so changing the settings does not move promises made."""

    id: int | None
    waybill_no: str
    received_at: datetime
    received_by: str
    due_at: datetime
    checked: tuple[str, ...] = ()
    answer: str = ""
    answered_at: datetime | None = None
    answered_by: str = ""
    version: int = field(default=0, compare=False)

    @property
    def open(self) -> bool:
        """Not answered yet."""
        return self.answered_at is None

    def late(self) -> bool:
        """Answered after its deadline (counted in the weekly summary, CS-9)."""
        return self.answered_at is not None and self.answered_at > self.due_at

    def missing(self) -> tuple[str, ...]:
        """The X-4 facts not yet recorded: both phones and both addresses."""
        return tuple(name for name in X4_FIELDS if not getattr(self, name))


# --- claims (CS-7, X-5) -------------------------------------------------------------------


class ClaimKind(enum.StrEnum):
    """What is claimed for. Stored values."""

    LOSS = "loss"
    DELAY = "delay"
    DAMAGE = "damage"


CLAIM_WINDOW_DAYS = 15  # 「客户须从寄件日起15天以内，以书面形式提出索赔要求」
FINANCE_DAYS = 3  # 「须在同客户达成协议3天内 … 转交财务部」


def claim_window_ends(sent_on: date) -> date:
    """The last day a written claim is accepted: 15 days from sending (the sending day is
    day 0, so a parcel sent on 1 March may be claimed up to and including 16 March)."""
    return sent_on + timedelta(days=CLAIM_WINDOW_DAYS)


def claim_in_time(sent_on: date, claimed_on: date) -> bool:
    """Whether a claim written on ``claimed_on`` is inside the 15-day window (CS-7)."""
    return sent_on <= claimed_on <= claim_window_ends(sent_on)


def settlement_due(kind: ClaimKind, claimed_on: date) -> date:
    """The day by which the claim must be settled or agreed: 30 calendar days for a loss,
    15 for a delay or damage, counted from the day the claim was made (002 第五节)."""
    return claimed_on + timedelta(days=30 if kind is ClaimKind.LOSS else 15)


def finance_due(agreed_on: date) -> date:
    """The day by which the letters reach finance: 3 days after agreement (CS-7)."""
    return agreed_on + timedelta(days=FINANCE_DAYS)


class OfferKind(enum.StrEnum):
    """What the station offers on a claim (CS-7). Stored values."""

    RESEND = "resend"  # 免费补寄同等运费的快件 (damage, usually)
    AMOUNT = "amount"  # 赔款


@dataclass(eq=False)
class ClaimTooLate(DomainError):
    """A written claim after the 15-day window from sending (CS-7): 「视为自动放弃索赔权利」."""

    sent_on: date
    last_day: date


@dataclass(frozen=True)
class Claim:
    """A claim (理赔, CS-7) from the written claim to the hand-over of its letters to finance."""

    id: int | None
    waybill_no: str
    kind: ClaimKind
    sent_on: date
    claimed_on: date
    claimant_name: str
    claimant_phone: str
    description: str
    received_by: str
    settle_by: date
    offer: OfferKind | None = None
    amount: Decimal | None = None
    agreed_on: date | None = None
    finance_by: date | None = None
    handed_on: date | None = None
    version: int = field(default=0, compare=False)

    @property
    def open(self) -> bool:
        """Not yet agreed with the customer."""
        return self.agreed_on is None


CLAIM_WARN_DAYS = 3
"""A claim this many days from its settlement deadline is nearly due (amber on the lists)."""


def claim_urgency(claim: Claim, today: date) -> Urgency:
    """Where a claim stands against its deadlines (CS-7): overdue once the settlement day (not
    yet agreed) or the finance hand-over day (agreed, not handed) has passed; nearly due within
    ``CLAIM_WARN_DAYS`` of the settlement day, or on the hand-over day itself."""
    if claim.handed_on is not None:
        return Urgency.IN_TIME
    if claim.agreed_on is None:
        left = (claim.settle_by - today).days
        return (Urgency.OVERDUE if left < 0 else
                Urgency.NEARLY_DUE if left <= CLAIM_WARN_DAYS else Urgency.IN_TIME)
    assert claim.finance_by is not None
    left = (claim.finance_by - today).days
    return Urgency.OVERDUE if left < 0 else Urgency.NEARLY_DUE if left == 0 else Urgency.IN_TIME


class Ruling(enum.StrEnum):
    """The ruling on a complaint (CS-6). Stored values."""

    UPHELD = "upheld"  # 属实: against the station
    NOT_UPHELD = "not_upheld"


FINE_MAX = Decimal(1000)
"""Fines on upheld complaints are 50–200 元 per case in 002 第五节; 1000 bounds a typing error."""


@dataclass(frozen=True)
class Complaint:
    """A complaint (投诉, CS-6, 003 「投诉记录包括…」): time, content, evidence from both
    sides, the ruling, the solution, the staff member responsible and any fine."""

    id: int | None
    waybill_no: str
    received_at: datetime
    received_by: str
    caller_name: str
    caller_phone: str
    content: str
    customer_evidence: str = ""
    staff_evidence: str = ""
    staff_member: str = ""
    ruling: Ruling | None = None
    solution: str = ""
    fine: Decimal | None = None
    ruled_at: datetime | None = None
    ruled_by: str = ""
    version: int = field(default=0, compare=False)


def check_fine(ruling: Ruling, fine: Decimal | None) -> Decimal | None:
    """An upheld complaint records its fine (0 if none was imposed); a rejected one has none."""
    if ruling is Ruling.NOT_UPHELD:
        return None
    if fine is None:
        raise FieldInvalid("fine", "required")
    if not Decimal(0) <= fine <= FINE_MAX:
        raise FieldInvalid("fine", "range", f"0–{FINE_MAX}")
    return fine


# --- outgoing problem parcels (CS-4, 000 第一类) ---------------------------------------------

PROBLEM_DAYS = 3
"""The other side's deadline when its message names none: 001 「留件3天」, after which the
parcel is returned."""


@dataclass(frozen=True)
class ProblemAction:
    """One thing done about an outgoing problem parcel (who, when, what)."""

    at: datetime
    by: str
    text: str


@dataclass(frozen=True)
class OutgoingProblem:
    """Another point's message on a parcel we sent (CS-4): matched to our counter record, the
    actions taken, the other side's deadline (「逾期未处理好的，会退回」)."""

    id: int | None
    waybill_no: str
    from_point: str
    message: str
    received_at: datetime
    received_by: str
    deadline: datetime
    actions: tuple[ProblemAction, ...] = ()
    closed_at: datetime | None = None
    closed_by: str = ""
    outcome: str = ""
    version: int = field(default=0, compare=False)

    @property
    def open(self) -> bool:
        """Not yet settled."""
        return self.closed_at is None


# --- pickup orders (CS-8, 业务部) -------------------------------------------------------------


@dataclass(frozen=True)
class PickupRules:
    """When couriers collect (002 第六节 业务部): 「一般取件时间为下午3:00之后」; orders after the
    desk's hours (CS-8: 19:00) are agreed for the next day; before ``morning_until`` a sender is
    given the area courier's phone to arrange a morning pickup. Station settings."""

    earliest: time = time(15, 0)
    desk_closes: time = time(19, 0)
    morning_until: time = time(12, 0)

    def __post_init__(self) -> None:
        """Refuse times that cannot be a working day: pickups start before the desk closes,
        and the morning ends before it closes too."""
        if not self.earliest < self.desk_closes:
            raise FieldInvalid("pickup_closes", "order")
        if not self.morning_until < self.desk_closes:
            raise FieldInvalid("morning_until", "order")

    def to_json(self) -> str:
        """The stored form (station setting ``service_desk.pickup_rules``)."""
        return json.dumps({"earliest": self.earliest.strftime("%H:%M"),
                           "desk_closes": self.desk_closes.strftime("%H:%M"),
                           "morning_until": self.morning_until.strftime("%H:%M")})

    @classmethod
    def from_json(cls, text: str) -> PickupRules:
        """Read the stored form; a missing key keeps its default."""
        raw = json.loads(text)
        default = cls()
        return cls(**{key: time.fromisoformat(raw[key]) if key in raw else getattr(default, key)
                      for key in ("earliest", "desk_closes", "morning_until")})


def run_day(rules: PickupRules, now: datetime) -> date:
    """The day a job taken ``now`` is for: today, or tomorrow once the desk has closed (CS-8:
    orders after the desk's hours are agreed for the next day)."""
    return now.date() + timedelta(days=1) if now.time() >= rules.desk_closes else now.date()


def pickup_slot(rules: PickupRules, now: datetime) -> datetime:
    """The earliest pickup an order taken ``now`` gets: today from 15:00 (or now, if later),
    or tomorrow from 15:00 once the desk has closed."""
    if now.time() >= rules.desk_closes:
        return datetime.combine(now.date() + timedelta(days=1), rules.earliest)
    return max(now.replace(second=0, microsecond=0), datetime.combine(now.date(), rules.earliest))


def area_score(area: str, district: str, rest: str) -> int:
    """How well a courier's area (「西湖区文三路片区」) fits an address: 2 when the district and a
    street word of the area are both in it, 1 for the district alone, else 0."""
    if not district or district not in area:
        return 0
    street = area.replace(district, "").removesuffix("片区").strip()
    return 2 if street and street in rest else 1


@dataclass(frozen=True)
class Branch:
    """A 分点 (branch) a sender can be sent to when the courier cannot be reached (CS-8)."""

    name: str
    address: str
    phone: str
    district: str = ""


@dataclass(frozen=True)
class PickupOrder:
    """A customer's call for a pickup (CS-8): the address, the area courier it went to (None:
    no courier serves that area), and the earliest pickup."""

    id: int | None
    taken_at: datetime
    taken_by: str
    caller_name: str
    caller_phone: str
    address: str
    courier_id: int | None
    courier_name: str
    not_before: datetime
    note: str = ""


def parse_branches(text: str) -> list[Branch]:
    """The 分点 list as typed, one a line: ``name | address | phone | district`` (the district
    may be left out). A line without name, address and phone names its number."""
    branches = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.replace("｜", "|").split("|")]
        if len(parts) < 3 or not all(parts[:3]) or len(parts) > 4:
            raise FieldInvalid("branches", "line", str(number))
        branches.append(Branch(parts[0], parts[1], parts[2], parts[3] if len(parts) == 4
                               else ""))
    return branches


def branches_text(branches: list[Branch]) -> str:
    """The list as the editor shows it (``parse_branches`` reads it back)."""
    return "\n".join(" | ".join(x for x in (b.name, b.address, b.phone, b.district) if x)
                     if b.district else f"{b.name} | {b.address} | {b.phone}"
                     for b in branches)


@dataclass(frozen=True)
class DriverNotice:
    """Goods a courier reports waiting at a customer, passed to the line-haul driver (CS-8;
    002 第六节 「业务员通知公司某客户处有货要取，要尽快通知驾驶员取货」): who reported it, where
    the goods are and what they are, the driver told and the day of the driver's run."""

    id: int | None
    taken_at: datetime
    taken_by: str
    courier_name: str
    driver_id: int | None
    driver_name: str
    place: str
    goods: str
    run_day: date
