"""Messages of telling the customer (issue 20); ``ui.messages`` delegates here."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import (
    DailyCapReached,
    DomainError,
    FieldInvalid,
    NoRecipientPhone,
    NoticeExists,
)
from counter_app.domain.notify import ConsentChannel, ConsentDecision, NoticeKind, NoticeStatus

translate = QCoreApplication.translate


def notify_field_labels() -> dict[str, str]:
    """The translated names of the notification forms' fields."""
    return {
        "template": translate("NotifyMessages", "Template"),
        "address": translate("NotifyMessages", "Station address"),
        "hours": translate("NotifyMessages", "Opening hours"),
        "signature": translate("NotifyMessages", "SMS signature"),
        "sign_name": translate("NotifyMessages", "SMS signature"),
        "daily_cap": translate("NotifyMessages", "Daily cap per phone"),
        "send_reminders_at": translate("NotifyMessages", "Reminders from"),
        "template_code": translate("NotifyMessages", "Template code"),
        "key_id": translate("NotifyMessages", "AccessKey ID"),
        "secret": translate("NotifyMessages", "AccessKey secret"),
        "test_phone": translate("NotifyMessages", "Test phone"),
        "recipient_phone": translate("NotifyMessages", "Recipient phone"),
        "valid_until": translate("NotifyMessages", "Valid until"),
        "message": translate("NotifyMessages", "Reply"),
        "provider": translate("NotifyMessages", "SMS provider"),
        "app_id": translate("NotifyMessages", "SDK AppID"),
        "reply_queue": translate("NotifyMessages", "Reply queue"),
        "report_queue": translate("NotifyMessages", "Receipt queue"),
    }


def kind_name(kind: NoticeKind) -> str:
    """A notice kind."""
    return {
        NoticeKind.ARRIVED: translate("NotifyMessages", "Arrived (pickup code)"),
        NoticeKind.REMINDER: translate("NotifyMessages", "Reminder"),
        NoticeKind.LAST_DAY: translate("NotifyMessages", "Last day before return"),
        NoticeKind.PROBLEM: translate("NotifyMessages", "Problem: please answer"),
        NoticeKind.PICKUP_ORDER: translate("NotifyMessages", "Pickup order confirmed"),
    }[kind]


def status_name(status: NoticeStatus) -> str:
    """A notice status."""
    return {
        NoticeStatus.QUEUED: translate("NotifyMessages", "queued"),
        NoticeStatus.SENT: translate("NotifyMessages", "sent"),
        NoticeStatus.DELIVERED: translate("NotifyMessages", "delivered"),
        NoticeStatus.FAILED: translate("NotifyMessages", "failed"),
        NoticeStatus.HELD: translate("NotifyMessages", "held"),
        NoticeStatus.MANUAL: translate("NotifyMessages", "to copy by hand"),
    }[status]


def decision_name(decision: ConsentDecision) -> str:
    """A consent answer (X-7)."""
    return {
        ConsentDecision.STATION_PICKUP: translate("NotifyMessages", "Agrees to station pickup"),
        ConsentDecision.DOOR_DELIVERY: translate("NotifyMessages", "Wants door delivery"),
        ConsentDecision.REFUSED: translate("NotifyMessages", "Refused"),
    }[decision]


def channel_name(channel: ConsentChannel) -> str:
    """How a consent answer came."""
    return {
        ConsentChannel.COUNTER: translate("NotifyMessages", "In person"),
        ConsentChannel.PHONE: translate("NotifyMessages", "Telephone"),
        ConsentChannel.SMS: translate("NotifyMessages", "SMS reply"),
        ConsentChannel.WECHAT: translate("NotifyMessages", "WeChat"),
        ConsentChannel.WRITTEN: translate("NotifyMessages", "In writing"),
    }[channel]


def notify_field_problem(err: FieldInvalid, label: str) -> str | None:
    """Messages for the notification forms' own problems; None for the shared ones."""
    match (err.field, err.problem):
        case ("template", "unknown_placeholder"):
            return translate(
                "NotifyMessages", "Template: {{{name}}} is not a field a notice can fill. Use "
                "{{station}}, {{address}}, {{hours}}, {{code}}, {{waybill}}, {{due}} or "
                "{{phone}}.").format(name=err.detail)
        case ("template", "unbalanced"):
            return translate("NotifyMessages",
                             "Template: a brace {{ or }} is missing around a field.")
        case ("provider", "not_configured"):
            return translate(
                "NotifyMessages", "No SMS provider is set up on this PC: choose the provider, "
                "save its settings and this PC's AccessKey first.")
        case ("provider", "refused"):
            return translate("NotifyMessages",
                             "The SMS provider refused the message: {code}.").format(
                code=err.detail)
        case ("valid_until", "past"):
            return translate("NotifyMessages", "Valid until: the day is already past.")
        case ("valid_until", "range"):
            return translate("NotifyMessages",
                             "Valid until: at most three years from today.")
        case ("send_reminders_at", "format"):
            return translate("NotifyMessages", "Reminders from: a time such as 09:00.")
    return None


def describe_notify(err: DomainError) -> str | None:
    """Messages for the notification errors; None for the others."""
    match err:
        case NoticeExists():
            return translate(
                "NotifyMessages", "This parcel already has a notice of this kind today "
                "({status}, by {by}): at most one a day.").format(
                status=status_name(NoticeStatus(err.status))
                if err.status in NoticeStatus.__members__.values() else err.status,
                by=err.by)
        case DailyCapReached():
            return translate(
                "NotifyMessages", "This recipient already had {n} messages today, the "
                "provider's daily limit: call, or send it tomorrow.").format(n=err.cap)
        case NoRecipientPhone():
            return translate(
                "NotifyMessages", "{number} has no recipient phone: record it on the parcel "
                "first.").format(number=err.waybill_no)
    return None


def notice_event_text(kind: str, data: Mapping[str, object]) -> str | None:
    """A timeline line of issue 20 (``notice_*``, ``consent``); None for other events."""
    if kind.startswith("notice_") and kind != "notice_reply":
        status = kind.removeprefix("notice_")
        if status not in NoticeStatus.__members__.values():
            return None
        notice = str(data.get("kind", ""))
        what = kind_name(NoticeKind(notice)) if notice in NoticeKind.__members__.values() \
            else notice
        text = translate("NotifyMessages", "SMS {notice}: {status}").format(
            notice=what, status=status_name(NoticeStatus(status)))
        if data.get("reason"):
            text += f" ({data['reason']})"
        if data.get("by_hand"):
            text += " · " + translate("NotifyMessages", "by hand")
        return text
    if kind == "notice_reply":
        text = translate("NotifyMessages", "Customer replied: {text}").format(
            text=data.get("text", ""))
        if asks := intent_name(str(data.get("intent", ""))):
            text += f" ({asks})"
        return text
    if kind == "consent":
        decision, channel = str(data.get("decision", "")), str(data.get("channel", ""))
        return translate("NotifyMessages",
                         "Consent recorded: {decision} ({channel}), valid until {until}").format(
            decision=decision_name(ConsentDecision(decision))
            if decision in ConsentDecision.__members__.values() else decision,
            channel=channel_name(ConsentChannel(channel))
            if channel in ConsentChannel.__members__.values() else channel,
            until=data.get("valid_until", ""))
    return None


def intent_name(intent: str) -> str:
    """What a customer's reply seems to ask (``domain.notify.ReplyIntent``); '' for nothing."""
    return {
        "return": translate("NotifyMessages", "asks to return it"),
        "door": translate("NotifyMessages", "asks for door delivery"),
        "stop": translate("NotifyMessages", "asks for no more messages"),
    }.get(intent, "")


def entry_state_name(state: str) -> str:
    """A consent register entry's state (``services.notify_register.EntryState``)."""
    return {
        "valid": translate("NotifyMessages", "valid"),
        "expired": translate("NotifyMessages", "expired"),
        "superseded": translate("NotifyMessages", "superseded"),
    }.get(state, state)
