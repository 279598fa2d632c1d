"""Telling the customer (issue 20): templates and preview, sending through the station's SMS
provider in the background with retry (or copy text / QR code without one), reminders timed to
the WH-8 deadlines that the clerk can hold, and the consent register (X-7).

Every status change of a notice is an event on the parcel's timeline (``wh_event``):
``notice_queued``, ``notice_sent``, ``notice_delivered``, ``notice_failed``, ``notice_held``,
``notice_manual``, ``notice_reply``; a consent answer is a ``consent`` event. Phones never go
into logs, exceptions or audit entries unmasked.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from time import monotonic as time_monotonic

from counter_app.domain.clock import Clock
from counter_app.domain.errors import (
    DailyCapReached,
    FieldInvalid,
    NoRecipientPhone,
    NotFound,
    NoticeExists,
    NotInStock,
)
from counter_app.domain.json_data import JsonObject
from counter_app.domain.notify import (
    DEFAULT_CONSENT_DAYS,
    DEFAULT_TEMPLATES,
    Consent,
    ConsentChannel,
    ConsentDecision,
    NoticeKind,
    NoticeStatus,
    PlannedNotice,
    SmsLength,
    check_template,
    check_valid_until,
    collected_by_customer,
    has_consent,
    mask_phone_for_log,
    planned_reminders,
    render,
    sms_length,
    template_params,
)
from counter_app.domain.staff import (
    Permission,
    StaffMember,
    allowed,
    check_phone,
    mask_phone,
    require,
)
from counter_app.domain.text import check_text
from counter_app.domain.warehouse import DeadlineRules
from counter_app.domain.warehouse_stay import EventKind, StayRecord, WarehouseEvent
from counter_app.services import audit
from counter_app.services.concurrency import Versioned, claim, setting_versioned
from counter_app.services.notify_ports import (
    Credentials,
    CredentialStore,
    InboundKind,
    InboxReader,
    NoticeRecord,
    ProviderFactory,
    ProviderSettings,
    SendOutcome,
    SendResult,
    SmsProvider,
)
from counter_app.services.notify_register import EntryState, RegisterLine, register_lines
from counter_app.services.notify_replies import InboxSummary, ReplyView, read_inbox, reply_views
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

TEMPLATES_KEY = "notify.templates"
PROVIDER_KEY = "notify.provider"
_DEADLINE_KEY = "warehouse.deadlines"
AUTO = "auto"
"""``by`` of what the background sender and the automatic reminders write."""
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15))
"""Waits after the 1st, 2nd and 3rd failed attempt; the 4th failure is final."""
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
LEASE = timedelta(minutes=10)
"""A claimed notice is retried after this if its sender died mid-send."""
RECEIPT_WINDOW = timedelta(days=2)
PASS_BUDGET = 15.0
"""Seconds one pass of the background sender may take on the shared worker thread."""
UNREACHABLE = frozenset({"timeout", "unreachable"})
MAX_REPLY = 500


@dataclass(frozen=True)
class TemplateSettings:
    """The station's wording per kind, with what the templates fill in besides the parcel."""

    templates: dict[NoticeKind, str] = field(default_factory=lambda: dict(DEFAULT_TEMPLATES))
    address: str = ""
    hours: str = ""
    signature: str = ""
    """The SMS signature (【签名】) the provider adds; counted in the length."""

    def as_json(self) -> str:
        """Stored form."""
        return json.dumps({"templates": {k.value: v for k, v in self.templates.items()},
                           "address": self.address, "hours": self.hours,
                           "signature": self.signature}, ensure_ascii=False, sort_keys=True)

    @staticmethod
    def from_json(raw: str | None) -> TemplateSettings:
        """Read the stored form (defaults for what is missing)."""
        if not raw:
            return TemplateSettings()
        data = json.loads(raw)
        templates = dict(DEFAULT_TEMPLATES)
        for key, value in data.get("templates", {}).items():
            if key in NoticeKind.__members__.values():
                templates[NoticeKind(key)] = value
        return TemplateSettings(templates, data.get("address", ""), data.get("hours", ""),
                                data.get("signature", ""))


@dataclass(frozen=True)
class Preview:
    """A template filled with a real parcel, and its SMS length."""

    text: str
    length: SmsLength
    waybill_no: str
    masked_phone: str


@dataclass(frozen=True)
class Sample:
    """The values a template is filled with for one real parcel."""

    values: dict[str, str]
    waybill_no: str
    masked_phone: str


@dataclass(frozen=True)
class PlanLine:
    """A reminder the rules want sent today for a parcel, and what became of it."""

    stay: StayRecord
    planned: PlannedNotice
    notice: NoticeRecord | None
    masked_phone: str
    text: str = ""
    """What will be sent (the station's template filled with this parcel)."""


@dataclass(frozen=True)
class SendSummary:
    """What one run of the background sender did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    delivered: int = 0
    queued_reminders: int = 0


@dataclass(frozen=True)
class ConsentView:
    """A consent entry as a screen shows it (phone masked unless the role may see it)."""

    consent: Consent
    phone: str


def _parcel_values(stay: StayRecord, due: date) -> dict[str, str]:
    """What a template fills in from the parcel: its code, number and the day it falls due."""
    return {"code": stay.pickup_code, "waybill": stay.waybill_no,
            "due": f"{due.month}月{due.day}日"}


def _settings(raw: str | None) -> ProviderSettings:
    if not raw:
        return ProviderSettings()
    data = json.loads(raw)
    return ProviderSettings(**{k: v for k, v in data.items()
                               if k in ProviderSettings.__dataclass_fields__})


class NotifyService:
    """Use cases of telling the customer."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock,
                 credentials: CredentialStore, provider_factory: ProviderFactory) -> None:
        """``credentials`` is this PC's key store; ``provider_factory`` builds the provider."""
        self._uow = uow_factory
        self._clock = clock
        self._credentials = credentials
        self._factory = provider_factory

    # --- settings (supervisor) ---------------------------------------------------------------

    def template_settings(self) -> Versioned[TemplateSettings]:
        """The wording with the version a settings page saves against."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, TEMPLATES_KEY)
        return Versioned(TemplateSettings.from_json(raw), version)

    def set_template_settings(self, actor: StaffMember, settings: TemplateSettings,
                              version: int | None = None) -> TemplateSettings:
        """Save the wording (supervisor), audited; a save over a newer one is ``StaleEdit``."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        checked = TemplateSettings(
            {kind: check_template(text) for kind, text in settings.templates.items()},
            check_text("address", settings.address, 100).strip(),
            check_text("hours", settings.hours, 40).strip(),
            check_text("signature", settings.signature, 20).strip())
        with self._uow() as uow:
            claim(uow, "setting", TEMPLATES_KEY, version, what="notify_templates",
                  audit_entities=("setting",))
            before = uow.settings.get(TEMPLATES_KEY)
            uow.settings.set(TEMPLATES_KEY, checked.as_json())
            audit.record(uow, self._clock, actor, entity="setting", entity_id=TEMPLATES_KEY,
                         action="update", before=json.loads(before) if before else None,
                         after=json.loads(checked.as_json()))
            uow.commit()
        return checked

    def provider_settings(self) -> Versioned[ProviderSettings]:
        """The provider settings (no secret) with their version."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, PROVIDER_KEY)
        return Versioned(_settings(raw), version)

    def set_provider_settings(self, actor: StaffMember, settings: ProviderSettings,
                              version: int | None = None) -> None:
        """Save the provider settings (supervisor), audited."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        if settings.provider not in ("", "aliyun", "tencent"):
            raise FieldInvalid("provider", "unknown", settings.provider)
        if settings.provider and not settings.sign_name.strip():
            raise FieldInvalid("sign_name", "required")
        if settings.provider == "tencent" and not settings.app_id.strip():
            raise FieldInvalid("app_id", "required")
        if not 1 <= settings.daily_cap <= 100:
            raise FieldInvalid("daily_cap", "range", "1–100")
        try:
            time.fromisoformat(settings.send_reminders_at)
        except ValueError:
            raise FieldInvalid("send_reminders_at", "format") from None
        for name in ("sign_name", "endpoint", "queue_endpoint", "reply_queue", "report_queue",
                     "app_id"):
            check_text(name, getattr(settings, name), 200)
        for code in settings.templates.values():
            check_text("template_code", code, 40)
        data = json.dumps(audit.snapshot(settings), ensure_ascii=False, sort_keys=True)
        with self._uow() as uow:
            claim(uow, "setting", PROVIDER_KEY, version, what="notify_provider",
                  audit_entities=("setting",))
            before = uow.settings.get(PROVIDER_KEY)
            uow.settings.set(PROVIDER_KEY, data)
            audit.record(uow, self._clock, actor, entity="setting", entity_id=PROVIDER_KEY,
                         action="update", before=json.loads(before) if before else None,
                         after=json.loads(data))
            uow.commit()

    def credentials_where(self) -> str:
        """Where this PC keeps the provider's key."""
        return self._credentials.where()

    def credential_key_id(self) -> str:
        """The stored key id (the secret is never shown again)."""
        return self._credentials.load().key_id

    def save_credentials(self, actor: StaffMember, credentials: Credentials) -> None:
        """Store this PC's provider key (supervisor); audited without the secret."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        key_id = check_text("key_id", credentials.key_id, 64).strip()
        secret = check_text("secret", credentials.secret, 128).strip()
        if not key_id:
            raise FieldInvalid("key_id", "required")
        if not secret:  # keep the stored secret when only the id changed
            secret = self._credentials.load().secret
            if not secret:
                raise FieldInvalid("secret", "required")
        self._credentials.save(Credentials(key_id, secret))
        with self._uow() as uow:
            audit.record(uow, self._clock, actor, entity="setting", entity_id="notify.key",
                         action="update",
                         after={"key_id": key_id, "where": self.credentials_where()})
            uow.commit()

    def test_send(self, actor: StaffMember, phone: str, kind: NoticeKind) -> str:
        """Send one notice of ``kind`` with sample values to ``phone`` now (supervisor): the
        provider's answer code (``OK``) or raises what went wrong as a FieldInvalid."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        number = check_phone(phone, field="test_phone")
        provider = self._provider()
        if provider is None:
            raise FieldInvalid("provider", "not_configured")
        with self._uow() as uow:
            values = self._values(uow, None)
        values |= {"code": "A-1-0001", "waybill": "YT0000000000000", "due": "12-31"}
        template = self.template_settings().value.templates[kind]
        result = provider.send(number, kind, template_params(template, values))
        log.info("test SMS to %s: %s %s", mask_phone_for_log(number), result.outcome.value,
                 result.code)
        if result.outcome is not SendOutcome.ACCEPTED:
            raise FieldInvalid("provider", "refused", f"{result.code} {result.message}".strip())
        return result.code or "OK"

    # --- preview ---------------------------------------------------------------------------

    def preview(self, actor: StaffMember, kind: NoticeKind, template: str | None = None,
                waybill: str = "", signature: str | None = None) -> Preview:
        """``template`` (or the saved one) filled with a real parcel: ``waybill``'s stay, or
        the newest parcel in stock with a phone; its length by the SMS rules."""
        sample = self.sample(actor, waybill)
        settings = self.template_settings().value
        text = render(template if template is not None else settings.templates[kind],
                      sample.values)
        sig = settings.signature if signature is None else signature
        return Preview(text, sms_length(text, sig), sample.waybill_no, sample.masked_phone)

    def sample(self, actor: StaffMember, waybill: str = "") -> Sample:
        """What a template is filled with for a real parcel (``waybill``'s stay, or the newest
        parcel in stock with a phone): the editor renders and counts as the supervisor types."""
        require(actor.role, Permission.USE_WAREHOUSE)
        number = waybill.strip()
        with self._uow() as uow:
            stay = (uow.warehouse.open_stay(number) or uow.warehouse.last_stay(number)
                    ) if number else next(
                (s for s in reversed(uow.warehouse.open_stays()) if s.phone), None)
            values = self._values(uow, stay)
        return Sample(values, stay.waybill_no if stay else "",
                      mask_phone(stay.phone) if stay and stay.phone else "")

    # --- sending ---------------------------------------------------------------------------

    def send(self, actor: StaffMember, waybill: str, kind: NoticeKind) -> NoticeRecord:
        """Queue a notice for the parcel in stock (the background sender sends it), or, with no
        provider, keep it for the clerk to copy or show as a QR code. At most one of a kind per
        parcel and day (``NoticeExists``, decided by the database) and at most the provider's
        daily cap per phone (``DailyCapReached``)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        provider_ready = self._station_sends()
        with self._uow() as uow:
            stay = uow.warehouse.open_stay(waybill.strip())
            if stay is None or stay.id is None:
                raise NotInStock(waybill.strip())
            notice = self._new_notice(uow, stay, kind, now, actor.job_number,
                                      NoticeStatus.QUEUED if provider_ready
                                      else NoticeStatus.MANUAL)
            uow.commit()
        return notice

    def _new_notice(self, uow: UnitOfWork, stay: StayRecord, kind: NoticeKind, now: datetime,
                    by: str, status: NoticeStatus, due: date | None = None) -> NoticeRecord:
        assert stay.id is not None
        if not stay.phone:
            raise NoRecipientPhone(stay.waybill_no)
        provider = _settings(uow.settings.get(PROVIDER_KEY))
        if status is NoticeStatus.QUEUED and (
                uow.notify.count_for_phone(stay.phone, now.date()) >= provider.daily_cap):
            raise DailyCapReached(provider.daily_cap)
        settings = TemplateSettings.from_json(uow.settings.get(TEMPLATES_KEY))
        values = self._values(uow, stay, settings)
        if due is not None:  # a reminder names the deadline it was planned for (WH-8)
            values |= _parcel_values(stay, due)
        template = settings.templates[kind]
        notice = uow.notify.add_notice(NoticeRecord(
            stay_id=stay.id, waybill_no=stay.waybill_no, kind=kind, day=now.date(),
            phone=stay.phone, text=render(template, values), status=status, created_at=now,
            created_by=by, params=template_params(template, values),
            next_try_at=now if status is NoticeStatus.QUEUED else None))
        self._event(uow, notice, by, EventKind(f"notice_{status.value}"), now)
        return notice

    def after_scan_in(self, actor: StaffMember, stay: StayRecord) -> NoticeRecord | None:
        """With the station's "arrival notice at scan-in" on: queue the arrival notice of a
        parcel kept for collection that has a phone; None when nothing was queued (off, not
        a 自取 parcel, no phone, already sent today, or the phone's daily cap reached)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        if not (stay.phone and collected_by_customer(stay.reason, stay.details)):
            return None
        if not self.provider_settings().value.arrival_at_scan_in:
            return None
        try:
            return self.send(actor, stay.waybill_no, NoticeKind.ARRIVED)
        except (NoticeExists, DailyCapReached) as err:
            log.info("arrival notice for stay %s not queued: %s", stay.id, type(err).__name__)
            return None

    def hold(self, actor: StaffMember, stay_id: int, kind: NoticeKind,
             reason: str = "") -> NoticeRecord:
        """Hold today's planned reminder of a parcel: it is not sent today (the held row takes
        the day's place, so the automatic reminder cannot send it either)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        note = check_text("note", reason, 200).strip()
        with self._uow() as uow:
            stay = uow.warehouse.get_stay(stay_id)
            if stay is None or stay.id is None or stay.out_at is not None:
                raise NotFound("wh_stay", str(stay_id))
            notice = self._new_notice(uow, stay, kind, now, actor.job_number,
                                      NoticeStatus.HELD)
            if note:
                uow.notify.set_status(notice.id or 0, NoticeStatus.HELD, now, reason=note)
            uow.commit()
        return replace(notice, reason=note)

    def release(self, actor: StaffMember, notice_id: int) -> None:
        """Send a held reminder after all (queued now, or kept for copying without provider)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        status = NoticeStatus.QUEUED if self._station_sends() else NoticeStatus.MANUAL
        with self._uow() as uow:
            notice = uow.notify.notice(notice_id)
            if notice is None or notice.status is not NoticeStatus.HELD:
                raise NotFound("notice", str(notice_id))
            cap = _settings(uow.settings.get(PROVIDER_KEY)).daily_cap
            if status is NoticeStatus.QUEUED and (
                    uow.notify.count_for_phone(notice.phone, now.date()) >= cap):
                raise DailyCapReached(cap)
            uow.notify.set_status(notice_id, status, now,
                                  next_try_at=now if status is NoticeStatus.QUEUED else None)
            self._event(uow, notice, actor.job_number, EventKind(f"notice_{status.value}"), now)
            uow.commit()

    def mark_sent_by_hand(self, actor: StaffMember, notice_id: int) -> None:
        """The clerk sent the copied text (or the customer scanned the QR code)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        with self._uow() as uow:
            notice = uow.notify.notice(notice_id)
            if notice is None or notice.status is not NoticeStatus.MANUAL:
                raise NotFound("notice", str(notice_id))
            uow.notify.set_status(notice_id, NoticeStatus.SENT, now, reason="by_hand")
            self._event(uow, notice, actor.job_number, EventKind.NOTICE_SENT, now,
                        {"by_hand": True})
            uow.commit()

    def record_reply(self, actor: StaffMember, waybill: str, text: str) -> None:
        """A reply of the customer (by SMS to the clerk's phone, WeChat …) on the timeline."""
        require(actor.role, Permission.USE_WAREHOUSE)
        body = " ".join(check_text("message", text, MAX_REPLY).split())
        if not body:
            raise FieldInvalid("message", "required")
        now = self._clock.now()
        with self._uow() as uow:
            stay = uow.warehouse.open_stay(waybill.strip()) or uow.warehouse.last_stay(
                waybill.strip())
            if stay is None:
                raise NotInStock(waybill.strip())
            uow.warehouse.add_event(WarehouseEvent(
                waybill_no=stay.waybill_no, at=now, by=actor.job_number,
                kind=EventKind.NOTICE_REPLY, data={"text": body}, stay_id=stay.id))
            uow.commit()

    def notices(self, actor: StaffMember, stay_ids: Iterable[int]) -> list[NoticeRecord]:
        """The notices of these stays (for the parcel's panel)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            return uow.notify.notices_of_stays(list(stay_ids))

    # --- the background sender -----------------------------------------------------------

    def run_once(self, limit: int = 20, budget: float = PASS_BUDGET) -> SendSummary:
        """One pass of the background sender (``ui`` runs it on the worker thread every
        minute): queue today's reminders once their hour has come, send what is due with
        retry, and fetch delivery receipts. Never raises for a provider fault. The pass shares
        the desk's one worker thread, so it stops after ``budget`` seconds or at the first
        sign that the provider is out of reach (the rest waits for the next minute)."""
        now = self._clock.now()
        started = time_monotonic()
        queued = self.queue_reminders(now)
        provider = self._provider()
        if provider is None:
            return SendSummary(queued_reminders=queued)
        sent = retried = failed = 0
        with self._uow() as uow:
            due = uow.notify.due(now, limit)
        for notice in due:
            outcome = self._send_one(provider, notice, now)
            sent += outcome == "sent"
            retried += outcome in ("retry", "unreachable")
            failed += outcome == "failed"
            if outcome == "unreachable" or time_monotonic() - started > budget:
                return SendSummary(sent, retried, failed, 0, queued)
        delivered = self._fetch_receipts(provider, now, limit)
        return SendSummary(sent, retried, failed, delivered, queued)

    def _send_one(self, provider: SmsProvider, notice: NoticeRecord, now: datetime) -> str:
        assert notice.id is not None
        with self._uow() as uow:
            if not uow.notify.claim(notice.id, notice.attempts, now, now + LEASE):
                return "lost"  # another PC took it
            uow.commit()
        attempt = notice.attempts + 1
        try:
            result = provider.send(notice.phone, notice.kind, notice.params)
        except Exception as exc:  # an adapter bug must not stop the sender: retry, say what
            log.warning("SMS adapter error for notice %s: %s", notice.id, type(exc).__name__)
            result = SendResult(SendOutcome.RETRY, type(exc).__name__)
        with self._uow() as uow:
            if result.outcome is SendOutcome.ACCEPTED:
                uow.notify.set_status(notice.id, NoticeStatus.SENT, now,
                                      provider_ref=result.provider_ref)
                self._event(uow, notice, AUTO, EventKind.NOTICE_SENT, now, {"attempt": attempt})
                if notice.kind is NoticeKind.ARRIVED:  # starts the WH-8 notified period
                    uow.warehouse.add_event(WarehouseEvent(
                        waybill_no=notice.waybill_no, at=now, by=AUTO, kind=EventKind.NOTIFIED,
                        data={"note": "SMS"}, stay_id=notice.stay_id))
                outcome = "sent"
            elif result.outcome is SendOutcome.RETRY and attempt < MAX_ATTEMPTS:
                uow.notify.set_status(notice.id, NoticeStatus.QUEUED, now, reason=result.code,
                                      next_try_at=now + RETRY_DELAYS[attempt - 1])
                outcome = "unreachable" if result.code in UNREACHABLE else "retry"
            else:
                uow.notify.set_status(notice.id, NoticeStatus.FAILED, now,
                                      reason=(result.code or result.outcome.value))
                self._event(uow, notice, AUTO, EventKind.NOTICE_FAILED, now,
                            {"reason": result.code or result.outcome.value,
                             "attempts": attempt})
                outcome = "failed"
            uow.commit()
        log.info("notice %s (%s) attempt %d: %s %s", notice.id,
                 mask_phone_for_log(notice.phone), attempt, result.outcome.value, result.code)
        return outcome

    def _fetch_receipts(self, provider: SmsProvider, now: datetime, limit: int) -> int:
        with self._uow() as uow:
            waiting = uow.notify.awaiting_receipt(now - RECEIPT_WINDOW, limit)
        delivered = 0
        for notice in waiting:
            assert notice.id is not None
            try:
                report = provider.report(notice.phone, notice.provider_ref, notice.day)
            except Exception as exc:  # a receipt is asked again next minute
                log.warning("SMS receipt for notice %s: %s", notice.id, type(exc).__name__)
                continue
            if report.delivered is None and not report.reply:
                with self._uow() as uow:
                    uow.notify.touch(notice.id, now)
                    uow.commit()
                continue
            with self._uow() as uow:
                if report.delivered is True:
                    uow.notify.set_status(notice.id, NoticeStatus.DELIVERED, now)
                    self._event(uow, notice, AUTO, EventKind.NOTICE_DELIVERED, now)
                    delivered += 1
                elif report.delivered is False:
                    uow.notify.set_status(notice.id, NoticeStatus.FAILED, now,
                                          reason=report.code)
                    self._event(uow, notice, AUTO, EventKind.NOTICE_FAILED, now,
                                {"reason": report.code})
                if report.reply:
                    uow.warehouse.add_event(WarehouseEvent(
                        waybill_no=notice.waybill_no, at=now, by=AUTO, kind=EventKind.NOTICE_REPLY,
                        data={"text": report.reply[:MAX_REPLY]}, stay_id=notice.stay_id))
                uow.commit()
        return delivered

    # --- replies and receipts from the provider's queue (``notify_replies``) ----------------

    def _inbox(self) -> InboxReader | None:
        provider = self._provider()
        if not isinstance(provider, InboxReader) or not any(
                provider.reads(k) for k in (InboundKind.REPLY, InboundKind.REPORT)):
            return None
        return provider

    def reads_replies(self) -> bool:
        """Whether this PC reads the provider's queues: the station configured a queue and
        this PC holds the key (the other PCs only show what it stored)."""
        return self._inbox() is not None

    def read_replies(self, wait_seconds: int = 20) -> InboxSummary:
        """One pass over the reply and receipt queues (long-polling ``wait_seconds`` for a
        reply): the UI's reply reader calls it in a loop on its own thread."""
        inbox = self._inbox()
        if inbox is None:
            return InboxSummary(idle=True)
        return read_inbox(self._uow, self._clock, inbox, wait_seconds)

    def replies(self, actor: StaffMember, days: int = 7) -> list[ReplyView]:
        """The customers' replies of the last days, newest first (phones masked by role)."""
        return reply_views(self._uow, self._clock, actor, days)

    # --- reminders timed to WH-8 -------------------------------------------------------------

    def plan(self, actor: StaffMember, today: date | None = None) -> list[PlanLine]:
        """Today's reminders: what the rules want sent, each with its notice if one exists
        (held, queued, sent …), so the clerk sees what will go out and can hold it."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            return self._plan(uow, today or self._clock.now().date())

    def _plan(self, uow: UnitOfWork, today: date) -> list[PlanLine]:
        raw = uow.settings.get(_DEADLINE_KEY)
        rules = DeadlineRules(**json.loads(raw)) if raw else DeadlineRules()
        stays = [s for s in uow.warehouse.open_stays() if s.phone and s.id is not None]
        notified: dict[int, datetime] = {}
        for ev in uow.warehouse.events_of_stays([s.id for s in stays if s.id is not None]):
            if ev.kind == "notified" and ev.stay_id is not None:
                notified[ev.stay_id] = max(ev.at, notified.get(ev.stay_id, ev.at))
        existing = {(n.stay_id, n.kind): n for n in uow.notify.notices_on(today)}
        settings = TemplateSettings.from_json(uow.settings.get(TEMPLATES_KEY))
        base = self._values(uow, None, settings)
        out: list[PlanLine] = []
        for stay in stays:
            assert stay.id is not None
            for planned in planned_reminders(stay.reason, stay.details, stay.in_at,
                                             notified.get(stay.id), rules):
                if planned.send_on == today:
                    values = base | _parcel_values(stay, planned.due_on)
                    out.append(PlanLine(stay, planned, existing.get((stay.id, planned.kind)),
                                        mask_phone(stay.phone),
                                        render(settings.templates[planned.kind], values)))
        return out

    def queue_reminders(self, now: datetime) -> int:
        """Queue today's planned reminders not held or sent yet, once the station's reminder
        hour has come (so the morning clerk can hold some first). Two PCs doing this at once
        queue each reminder once: the unique key decides."""
        with self._uow() as uow:
            settings = _settings(uow.settings.get(PROVIDER_KEY))
            if now.time() < time.fromisoformat(settings.send_reminders_at):
                return 0
            lines = [line for line in self._plan(uow, now.date()) if line.notice is None]
        status = NoticeStatus.QUEUED if self._station_sends() else NoticeStatus.MANUAL
        queued = 0
        for line in lines:
            try:
                with self._uow() as uow:
                    self._new_notice(uow, line.stay, line.planned.kind, now, AUTO, status,
                                     line.planned.due_on)
                    uow.commit()
                queued += 1
            except (NoticeExists, DailyCapReached, NoRecipientPhone) as err:
                log.info("reminder for stay %s not queued: %s", line.stay.id,
                         type(err).__name__)
        return queued

    # --- consent register (X-7) --------------------------------------------------------------

    def consent_for(self, actor: StaffMember, phone: str) -> Consent | None:
        """The newest consent entry of a phone (None: never asked)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        number = check_phone(phone, field="recipient_phone")
        with self._uow() as uow:
            return uow.notify.consent_for(number)

    def needs_consent_question(self, actor: StaffMember, stay_or_phone: str,
                               collected: bool) -> bool:
        """At scan-in: a 自取 parcel whose recipient has no valid answer on record (X-7)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        if not collected or not stay_or_phone.strip():
            return False
        try:
            number = check_phone(stay_or_phone, field="recipient_phone")
        except FieldInvalid:
            return False
        with self._uow() as uow:
            entry = uow.notify.consent_for(number)
        return entry is None or not entry.valid_on(self._clock.now().date())

    def record_consent(self, actor: StaffMember, phone: str, decision: ConsentDecision,
                       channel: ConsentChannel, valid_until: date | None = None,
                       waybill: str = "", note: str = "") -> Consent:
        """Append the recipient's answer to the register (who, when, channel, valid until),
        audited with the phone masked, and on the parcel's timeline when a waybill is given."""
        require(actor.role, Permission.USE_WAREHOUSE)
        number = check_phone(phone, field="recipient_phone")
        now = self._clock.now()
        until = check_valid_until(
            valid_until or now.date() + timedelta(days=DEFAULT_CONSENT_DAYS), now.date())
        text = check_text("note", note, 200).strip()
        with self._uow() as uow:
            stay = uow.warehouse.open_stay(waybill.strip()) if waybill.strip() else None
            entry = uow.notify.add_consent(Consent(
                phone=number, decision=decision, channel=channel, recorded_at=now,
                recorded_by=actor.job_number, valid_until=until,
                waybill_no=stay.waybill_no if stay else "", note=text))
            data: dict[str, object] = {"decision": decision.value, "channel": channel.value,
                                       "valid_until": until.isoformat()}
            if stay is not None:
                uow.warehouse.add_event(WarehouseEvent(
                    waybill_no=stay.waybill_no, at=now, by=actor.job_number, kind=EventKind.CONSENT,
                    data=data, stay_id=stay.id))
            audit.record(uow, self._clock, actor, entity="consent", entity_id=entry.id,
                         action="create", after={"phone": mask_phone(number), **data})
            uow.commit()
        return entry

    def unconsented(self, actor: StaffMember, stays: Iterable[StayRecord]) -> set[int]:
        """Ids of the parcels waiting for collection whose recipient has not agreed (X-7):
        the board flags them."""
        require(actor.role, Permission.USE_WAREHOUSE)
        waiting = [s for s in stays if s.id is not None and s.out_at is None
                   and collected_by_customer(s.reason, s.details)]
        if not waiting:
            return set()
        today = self._clock.now().date()
        with self._uow() as uow:
            entries = uow.notify.consents_for([s.phone for s in waiting])
        return {s.id for s in waiting
                if s.id is not None and not has_consent(entries.get(s.phone), today)}

    def unconsented_in_stock(self, actor: StaffMember) -> list[StayRecord]:
        """The parcels in stock waiting for collection without consent (X-7)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            stays = uow.warehouse.open_stays()
        flagged = self.unconsented(actor, stays)
        return [s for s in stays if s.id in flagged]

    def register(self, actor: StaffMember) -> list[ConsentView]:
        """The whole register, oldest first; phones in full only for a role that may see
        personal data unmasked (the evidence export is a supervisor's)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        full = allowed(actor.role, Permission.SEE_UNMASKED_IDS)
        with self._uow() as uow:
            entries = uow.notify.consents()
        return [ConsentView(e, e.phone if full else mask_phone(e.phone)) for e in entries]

    def register_lines(self, actor: StaffMember, tail: str = "",
                       decision: ConsentDecision | None = None,
                       state: EntryState | None = None) -> list[RegisterLine]:
        """The register on screen, newest first, searched and filtered (``notify_register``)."""
        return register_lines(self._uow, self._clock, actor, tail, decision, state)

    def register_rows(self, actor: StaffMember) -> tuple[list[str], list[list[str]]]:
        """The register as an evidence table (header, rows): CSV/XLSX export."""
        views = self.register(actor)
        header = ["phone", "decision", "channel", "recorded_at", "recorded_by",
                  "valid_until", "waybill_no", "note"]
        rows = [[v.phone, v.consent.decision.value, v.consent.channel.value,
                 v.consent.recorded_at.isoformat(sep=" "), v.consent.recorded_by,
                 v.consent.valid_until.isoformat(), v.consent.waybill_no, v.consent.note]
                for v in views]
        return header, rows

    # --- helpers -----------------------------------------------------------------------------

    def _station_sends(self) -> bool:
        """Whether the station has a provider: then notices are queued for whichever PC
        holds the key (the others only queue); without one they wait to be copied by hand."""
        return bool(self.provider_settings().value.provider)

    def _provider(self) -> SmsProvider | None:
        settings = self.provider_settings().value
        if not settings.provider:
            return None
        credentials = self._credentials.load()
        if not credentials.key_id or not credentials.secret:
            return None
        return self._factory(settings, credentials)

    def _values(self, uow: UnitOfWork, stay: StayRecord | None,
                settings: TemplateSettings | None = None) -> dict[str, str]:
        settings = settings or TemplateSettings.from_json(uow.settings.get(TEMPLATES_KEY))
        profile = uow.station.get()
        values = {"station": profile.name if profile else "", "phone": profile.phone
                  if profile else "", "address": settings.address, "hours": settings.hours}
        if stay is not None:
            raw = uow.settings.get(_DEADLINE_KEY)
            rules = DeadlineRules(**json.loads(raw)) if raw else DeadlineRules()
            values |= _parcel_values(
                stay, stay.in_at.date() + timedelta(days=rules.self_pickup_days - 1))
        return values

    @staticmethod
    def _event(uow: UnitOfWork, notice: NoticeRecord, by: str, kind: EventKind, at: datetime,
               extra: JsonObject | None = None) -> None:
        uow.warehouse.add_event(WarehouseEvent(
            waybill_no=notice.waybill_no, at=at, by=by, kind=kind,
            data={"notice_id": notice.id, "kind": notice.kind.value, **(extra or {})},
            stay_id=notice.stay_id))
