"""Ports of the notification services (issue 20): the notice and consent storage, the SMS
provider, and the per-PC credential store. Adapters: ``persistence.notify_repository`` and
``counter_app.notify``."""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol, runtime_checkable

from counter_app.domain.notify import Consent, NoticeKind, NoticeStatus


@dataclass(frozen=True)
class NoticeRecord:
    """One notice to a recipient about one parcel stay; at most one of a kind per stay and day
    (the database's unique key decides, issue 20 §2)."""

    stay_id: int
    waybill_no: str
    kind: NoticeKind
    day: date
    phone: str
    text: str
    status: NoticeStatus
    created_at: datetime
    created_by: str
    params: dict[str, str] = field(default_factory=dict)
    reason: str = ""
    provider_ref: str = ""
    attempts: int = 0
    next_try_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None


class NotifyRepository(Protocol):
    """Notices and the consent register."""

    def add_notice(self, notice: NoticeRecord) -> NoticeRecord:
        """Insert; ``NoticeExists`` when the stay already has a notice of that kind that day."""
        ...

    def notice(self, notice_id: int) -> NoticeRecord | None:
        """One notice."""
        ...

    def notices_of_stays(self, stay_ids: Collection[int]) -> list[NoticeRecord]:
        """The notices of these stays, oldest first."""
        ...

    def notices_on(self, day: date) -> list[NoticeRecord]:
        """Every notice of a day (planned, held, sent …), oldest first."""
        ...

    def due(self, now: datetime, limit: int) -> list[NoticeRecord]:
        """Queued notices whose next try has come, oldest first."""
        ...

    def claim(self, notice_id: int, attempts: int, now: datetime, lease_until: datetime) -> bool:
        """Take a queued notice for one send attempt: one conditional UPDATE (attempts + 1,
        next try = the lease), so of two PCs exactly one sends it."""
        ...

    def set_status(self, notice_id: int, status: NoticeStatus, at: datetime, *,
                   reason: str = "", provider_ref: str | None = None,
                   next_try_at: datetime | None = None) -> None:
        """Record where a notice is now."""
        ...

    def count_for_phone(self, phone: str, day: date) -> int:
        """Notices to this phone that day that count against the provider's daily cap."""
        ...

    def awaiting_receipt(self, since: datetime, limit: int) -> list[NoticeRecord]:
        """Sent notices created since ``since`` without a delivery receipt, longest unasked
        first."""
        ...

    def touch(self, notice_id: int, at: datetime) -> None:
        """Mark a notice as just asked about (no receipt yet)."""
        ...

    def add_consent(self, consent: Consent) -> Consent:
        """Append one entry to the consent register."""
        ...

    def consent_for(self, phone: str) -> Consent | None:
        """The newest entry for a phone."""
        ...

    def consents_for(self, phones: Collection[str]) -> dict[str, Consent]:
        """The newest entry for each of these phones (one query)."""
        ...

    def consents(self) -> list[Consent]:
        """The whole register, oldest first (evidence export)."""
        ...

    def notices_to(self, phone: str, since: datetime) -> list[NoticeRecord]:
        """Notices that went to this phone since ``since`` (sent, delivered or sent by hand),
        newest first: what a reply from that phone answers."""
        ...

    def add_reply(self, reply: ReplyRecord) -> bool:
        """Store a customer's reply once: False when the provider's message id is already
        stored (the unique key decides, also between two PCs)."""
        ...

    def replies_since(self, since: datetime, limit: int) -> list[ReplyRecord]:
        """Replies received since ``since``, newest first."""
        ...

    def report_delivery(self, provider_ref: str, delivered: bool, code: str,
                        at: datetime) -> NoticeRecord | None:
        """A provider's delivery receipt for a sent notice: one conditional UPDATE of the
        notice still ``sent`` with that reference; the notice when it changed, else None (an
        unknown reference or a receipt read twice)."""
        ...


@dataclass(frozen=True)
class ReplyRecord:
    """A customer's reply read from the provider (issue 20): stored once per provider message
    id; ``stay_ids`` are the open parcels of that phone it was shown on (the first one, the
    parcel of the most recent notice, is the main match; empty: no notice in the window)."""

    message_id: str
    phone: str
    text: str
    received_at: datetime
    stored_at: datetime
    intent: str = ""
    """``domain.notify.ReplyIntent`` value ('' = nothing to highlight)."""
    stay_ids: tuple[int, ...] = ()
    waybills: tuple[str, ...] = ()
    notice_id: int | None = None
    id: int | None = None

    def __repr__(self) -> str:  # never a phone or a customer's words in a log
        return f"ReplyRecord(id={self.id}, message_id={self.message_id!r})"


class InboundKind(enum.StrEnum):
    """What a message read from the provider's queue is."""

    REPLY = "reply"  # the customer answered (Aliyun SmsUp)
    REPORT = "report"  # a delivery receipt (Aliyun SmsReport)
    UNREADABLE = "unreadable"  # a body that could not be read


@dataclass(frozen=True)
class InboundMessage:
    """One message from the provider's queue; ``handle`` is what deleting it needs."""

    kind: InboundKind
    message_id: str
    handle: str
    queue: str = ""
    phone: str = ""
    text: str = ""
    at: datetime | None = None
    provider_ref: str = ""
    delivered: bool | None = None
    code: str = ""

    def __repr__(self) -> str:  # never a phone or a customer's words in a log
        return f"InboundMessage({self.kind.value}, id={self.message_id!r})"


@dataclass(frozen=True)
class InboxRead:
    """What one receive call got: at most one message (None: the queue was empty, or
    ``error`` says why nothing could be read — the provider's code, never a phone)."""

    message: InboundMessage | None = None
    error: str = ""


@runtime_checkable
class InboxReader(Protocol):
    """A provider that delivers replies and receipts through a queue (Aliyun: MNS)."""

    def receive(self, which: InboundKind, wait_seconds: int) -> InboxRead:
        """One message of the queue of ``which`` (REPLY or REPORT), waiting up to
        ``wait_seconds`` for one (long polling)."""
        ...

    def delete(self, message: InboundMessage) -> bool:
        """Remove a stored message from the queue (True: gone)."""
        ...

    def reads(self, which: InboundKind) -> bool:
        """Whether the station configured the queue of ``which``."""
        ...


class SendOutcome(enum.StrEnum):
    """What a provider said about one send attempt."""

    ACCEPTED = "accepted"
    RETRY = "retry"  # a passing fault: timeout, connection, server error, throttling
    REJECTED = "rejected"  # permanent: bad number, template, signature, balance …


@dataclass(frozen=True)
class SendResult:
    """One send attempt: the outcome, the provider's code (never the phone) and its id."""

    outcome: SendOutcome
    code: str = ""
    message: str = ""
    provider_ref: str = ""


@dataclass(frozen=True)
class DeliveryReport:
    """A provider's delivery receipt for one message."""

    delivered: bool | None
    """True: on the phone; False: failed (``code`` says why); None: not known yet."""
    code: str = ""
    reply: str = ""


class SmsProvider(Protocol):
    """A Chinese SMS provider's HTTP API (one implemented: ``notify.aliyun``)."""

    def send(self, phone: str, kind: NoticeKind, params: dict[str, str]) -> SendResult:
        """Send the template registered for ``kind`` with these values."""
        ...

    def report(self, phone: str, provider_ref: str, sent_on: date) -> DeliveryReport:
        """The delivery receipt of a message sent earlier."""
        ...


@dataclass(frozen=True)
class ProviderSettings:
    """A station's provider settings (every PC sees them; the secret is not here)."""

    provider: str = ""
    """'' = none (copy text / QR code), 'aliyun' = Aliyun SMS (dysmsapi), 'tencent' = Tencent
    Cloud SMS (API 3.0)."""
    app_id: str = ""
    """Tencent: the SMS application's SmsSdkAppId (Aliyun needs none)."""
    sign_name: str = ""
    templates: dict[str, str] = field(default_factory=dict)
    """NoticeKind value → the provider's template code."""
    endpoint: str = ""
    """Empty: the provider's public endpoint."""
    daily_cap: int = 10
    """Per phone and day (Aliyun's default flow control: 10 a day per number)."""
    send_reminders_at: str = "09:00"
    """Planned reminders go out from this time on, so the morning clerk can hold them."""
    arrival_at_scan_in: bool = False
    """Queue the arrival notice (pickup code) when a parcel kept for collection is scanned
    in with a phone."""
    reply_queue: str = ""
    """Aliyun: the MNS queue of up-going messages (SmsUp), as the SMS console names it
    (通用设置 → 回执配置 → 上行消息接收, ``Alicom-Queue-<id>-SmsUp``); '' = replies not read."""
    report_queue: str = ""
    """Aliyun: the MNS queue of delivery receipts (SmsReport); '' = receipts are asked with
    QuerySendDetails only."""
    queue_endpoint: str = ""
    """Empty: Aliyun's public queue endpoint for SMS messages."""


@dataclass(frozen=True)
class Credentials:
    """A provider's access key (kept per PC, outside the database and settings.ini)."""

    key_id: str = ""
    secret: str = ""

    def __repr__(self) -> str:
        return f"Credentials(key_id={self.key_id!r}, secret=***)"


class CredentialStore(Protocol):
    """Where this PC keeps the provider's access key."""

    def load(self) -> Credentials:
        """The stored key (empty when none)."""
        ...

    def save(self, credentials: Credentials) -> None:
        """Store the key (readable by this OS user only)."""
        ...

    def where(self) -> str:
        """Where it is kept, for the settings page."""
        ...


class ProviderFactory(Protocol):
    """Makes the configured provider."""

    def __call__(self, settings: ProviderSettings, credentials: Credentials) -> SmsProvider:
        """A provider for these settings."""
        ...
