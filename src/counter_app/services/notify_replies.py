"""Customers' replies and delivery receipts read from the SMS provider's queue (issue 20).

At least once: a message is deleted from the queue only after what it says is committed; a
message read twice (the queue hands it out again after its visibility timeout, or two PCs read
it) is stored once — the unique key on the provider's message id decides, and the receipt's
status change is a conditional UPDATE.

Matching (decided here, the issue is silent): a reply answers the notices sent to that phone in
the 7 days before it (``domain.notify.REPLY_WINDOW``). It is shown on the timeline of every
parcel of that phone still in stock that had such a notice — the customer's 「送货上门」 is
usually about all their parcels, and the clerk should not miss it on any — the parcel of the
most recent notice first (the main match, kept on the stored reply). When those parcels have all
left, it goes on the most recent notice's parcel; with no notice in the window it is stored
unmatched and listed on the 通知 tab's replies. Words that ask for a return, a door delivery or
no more messages are highlighted (``domain.notify.reply_intent``), never acted on.

Nothing here logs a phone or a customer's words (X-2): logs name message ids only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from time import monotonic

from counter_app.domain.clock import Clock
from counter_app.domain.notify import REPLY_WINDOW, reply_intent
from counter_app.domain.staff import Permission, StaffMember, allowed, mask_phone, require
from counter_app.domain.warehouse_stay import EventKind, WarehouseEvent
from counter_app.services.notify_ports import (
    InboundKind,
    InboundMessage,
    InboxReader,
    ReplyRecord,
)
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

AUTO = "auto"
MAX_REPLY = 500
BATCH = 20
"""At most this many messages of a queue per pass."""


@dataclass(frozen=True)
class InboxSummary:
    """What one pass over the queues did."""

    replies: int = 0
    duplicates: int = 0
    receipts: int = 0
    unreadable: int = 0
    error: str = ""
    """The provider's code when a queue could not be read ('' = fine)."""
    idle: bool = False
    """Nothing to read on this PC (no provider, no key here, or no queue configured)."""


@dataclass(frozen=True)
class ReplyView:
    """A reply as the 通知 tab lists it (phone masked unless the role may see it)."""

    reply: ReplyRecord
    phone: str


def clean_reply(text: str) -> str:
    """One line, no control characters, at most 500 characters."""
    printable = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(printable.split())[:MAX_REPLY]


class _Counts:
    def __init__(self) -> None:
        self.seen = {"replies": 0, "duplicates": 0, "receipts": 0, "unreadable": 0}

    def add(self, outcome: str) -> None:
        self.seen[outcome] += 1

    def summary(self, error: str = "") -> InboxSummary:
        seen = self.seen
        return InboxSummary(seen["replies"], seen["duplicates"], seen["receipts"],
                            seen["unreadable"], error)


def read_inbox(uow_factory: UnitOfWorkFactory, clock: Clock, inbox: InboxReader,
               wait_seconds: int, limit: int = BATCH, budget: float = 60.0) -> InboxSummary:
    """One pass: replies (the first read long-polls ``wait_seconds``), then receipts; each
    message stored, then deleted. Stops at the first queue error (the next pass tries again)."""
    counts = _Counts()
    started = monotonic()
    for which in (InboundKind.REPLY, InboundKind.REPORT):
        if not inbox.reads(which):
            continue
        wait = wait_seconds if which is InboundKind.REPLY else 0
        for _ in range(limit):
            read = inbox.receive(which, wait)
            wait = 0
            if read.error:
                log.info("SMS %s queue: %s", which.value, read.error)
                return counts.summary(read.error)
            if read.message is None:
                break
            outcome = store_message(uow_factory, clock, read.message)
            counts.add(outcome)
            if not inbox.delete(read.message):  # it comes back and is stored once
                log.info("SMS message %s not deleted yet", read.message.message_id)
            if monotonic() - started > budget:
                return counts.summary()
    return counts.summary()


def store_message(uow_factory: UnitOfWorkFactory, clock: Clock, message: InboundMessage) -> str:
    """Commit what the message says; the counter it adds to."""
    if message.kind is InboundKind.UNREADABLE:
        log.warning("SMS queue message %s is unreadable: deleted", message.message_id)
        return "unreadable"
    now = clock.now()
    with uow_factory() as uow:
        if message.kind is InboundKind.REPORT:
            changed = _receipt(uow, message, now)
        else:
            changed = _reply(uow, message, now)
        uow.commit()
    if message.kind is InboundKind.REPORT:
        return "receipts"
    return "replies" if changed else "duplicates"


def _receipt(uow: UnitOfWork, message: InboundMessage, now: datetime) -> bool:
    notice = uow.notify.report_delivery(message.provider_ref, bool(message.delivered),
                                        message.code, now)
    if notice is None:  # unknown reference, or already known: nothing to say
        return False
    uow.warehouse.add_event(WarehouseEvent(
        waybill_no=notice.waybill_no, at=now, by=AUTO,
        kind=EventKind.NOTICE_DELIVERED if message.delivered else EventKind.NOTICE_FAILED,
        data={"notice_id": notice.id, "kind": notice.kind.value,
              **({} if message.delivered else {"reason": message.code})},
        stay_id=notice.stay_id))
    return True


def _reply(uow: UnitOfWork, message: InboundMessage, now: datetime) -> bool:
    at = message.at or now
    text = clean_reply(message.text)
    notices = uow.notify.notices_to(message.phone, at - REPLY_WINDOW)
    stays: list[tuple[int, str]] = []
    for notice in notices:
        stay = uow.warehouse.get_stay(notice.stay_id)
        if stay is not None and stay.id is not None and stay.out_at is None and \
                all(stay.id != s for s, _ in stays):
            stays.append((stay.id, stay.waybill_no))
    if not stays and notices:
        stays.append((notices[0].stay_id, notices[0].waybill_no))
    main = next((n for n in notices if stays and n.stay_id == stays[0][0]), None)
    intent = reply_intent(text)
    stored = uow.notify.add_reply(ReplyRecord(
        message_id=message.message_id, phone=message.phone, text=text, received_at=at,
        stored_at=now, intent=intent.value if intent else "",
        stay_ids=tuple(s for s, _ in stays), waybills=tuple(w for _, w in stays),
        notice_id=main.id if main else None))
    if not stored:
        return False
    for index, (stay_id, waybill) in enumerate(stays):
        uow.warehouse.add_event(WarehouseEvent(
            waybill_no=waybill, at=at, by=AUTO, kind=EventKind.NOTICE_REPLY,
            data={"text": text, "via": "sms", "intent": intent.value if intent else "",
                  "message_id": message.message_id, "main": index == 0,
                  "parcels": len(stays)},
            stay_id=stay_id))
    return True


def reply_views(uow_factory: UnitOfWorkFactory, clock: Clock, actor: StaffMember,
                days: int = 7, limit: int = 200) -> list[ReplyView]:
    """The replies of the last ``days`` days, newest first; phones masked unless the role may
    see personal data unmasked."""
    require(actor.role, Permission.USE_WAREHOUSE)
    full = allowed(actor.role, Permission.SEE_UNMASKED_IDS)
    since = clock.now() - timedelta(days=days)
    with uow_factory() as uow:
        replies = uow.notify.replies_since(since, limit)
    return [ReplyView(r, r.phone if full else mask_phone(r.phone)) for r in replies]

