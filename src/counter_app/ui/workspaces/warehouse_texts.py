"""The warehouse's codes in words (issue 5, issue 14 §1): the detail choices, the way the
freight was paid, what to do when a deadline falls due (WH-8), a timeline event and how a parcel
left. Shared by the warehouse's tabs and by the desks that show a parcel's timeline."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import AlreadyInStock, AlreadyOut, DomainError
from counter_app.domain.json_data import mapping_of, text_of
from counter_app.domain.warehouse import (
    DETAIL_CHOICES,
    CallOutcome,
    CodRefusal,
    Disposition,
    DueKind,
    NobodyHome,
    OutOfAreaAnswer,
    Payment,
    PickupPlace,
    ProblemDetails,
    Reason,
    RefusalKind,
    Requester,
)
from counter_app.domain.warehouse_stay import WarehouseEvent
from counter_app.ui.messages import describe, disposition_name, field_label, reason_name
from counter_app.ui.messages_notify import notice_event_text

translate = QCoreApplication.translate

CHOICE_KINDS: dict[str, Any] = dict(DETAIL_CHOICES)


def choice_names(field: str) -> list[tuple[str, str]]:
    """(value, translated name) of every choice a detail combo offers."""
    match field:
        case "reached":
            return [
                ("yes", translate("WarehouseWorkspace", "Reached")),
                ("no", translate("WarehouseWorkspace", "Not reached")),
            ]
        case "call_outcome":
            return [
                (CallOutcome.NO_ANSWER, translate("WarehouseWorkspace", "No answer")),
                (CallOutcome.LINE_FAULT, translate("WarehouseWorkspace", "Line fault")),
                (CallOutcome.UNREACHABLE, translate("WarehouseWorkspace", "Cannot get through")),
                (CallOutcome.BUSY, translate("WarehouseWorkspace", "Busy")),
                (CallOutcome.SUSPENDED, translate("WarehouseWorkspace", "Number suspended")),
                (CallOutcome.SWITCHED_OFF, translate("WarehouseWorkspace", "Switched off")),
                (CallOutcome.EMPTY_NUMBER, translate("WarehouseWorkspace", "Number not in use")),
            ]
        case "nobody_home":
            return [
                (NobodyHome.TOMORROW,
                 translate("WarehouseWorkspace", "Nobody home, called: deliver tomorrow")),
                (NobodyHome.PHONE_UNREACHABLE,
                 translate("WarehouseWorkspace", "Nobody home, phone unreachable")),
                (NobodyHome.NO_ANSWER, translate("WarehouseWorkspace", "Phone not answered")),
                (NobodyHome.SUSPENDED, translate("WarehouseWorkspace", "Phone suspended")),
                (NobodyHome.SWITCHED_OFF, translate("WarehouseWorkspace", "Phone switched off")),
            ]
        case "cod_refusal":
            return [
                (CodRefusal.TOO_EXPENSIVE,
                 translate("WarehouseWorkspace", "COD too expensive, refused")),
                (CodRefusal.NEVER_COD, translate("WarehouseWorkspace", "Never accepts COD")),
                (CodRefusal.NO_INVOICE,
                 translate("WarehouseWorkspace", "No invoice, refused (counts against us)")),
            ]
        case "answer":
            return [
                (OutOfAreaAnswer.WILL_COLLECT, translate("WarehouseWorkspace", "Will collect")),
                (OutOfAreaAnswer.WONT_COLLECT,
                 translate("WarehouseWorkspace", "Will not collect")),
                (OutOfAreaAnswer.NOT_TODAY, translate("WarehouseWorkspace", "Not today")),
                (OutOfAreaAnswer.ON_DATE, translate("WarehouseWorkspace", "Comes on a date")),
            ]
        case "pickup_place":
            return [
                (PickupPlace.BRANCH, translate("WarehouseWorkspace", "Branch office")),
                (PickupPlace.HEAD_OFFICE, translate("WarehouseWorkspace", "Head office")),
            ]
        case "requested_by":
            return [
                (Requester.SENDER_COMPANY,
                 translate("WarehouseWorkspace", "The sending company")),
                (Requester.RECIPIENT, translate("WarehouseWorkspace", "The recipient")),
            ]
        case "refusal":
            return [
                (RefusalKind.NOT_ORDERED, translate("WarehouseWorkspace", "Never ordered it")),
                (RefusalKind.WRONG_GOODS,
                 translate("WarehouseWorkspace", "Goods not as ordered")),
                (RefusalKind.LATE, translate("WarehouseWorkspace", "Took too long, not wanted")),
                (RefusalKind.OTHER, translate("WarehouseWorkspace", "Other (write why)")),
                (RefusalKind.UPSTAIRS,
                 translate("WarehouseWorkspace", "Courier would not carry it upstairs")),
                (RefusalKind.RUDE, translate("WarehouseWorkspace", "Courier was rude")),
            ]
    return []


def choice_name(field: str, value: object) -> str:
    """The translated name of one stored choice."""
    key = "yes" if value is True else "no" if value is False else str(value)
    return dict(choice_names(field)).get(key, key)


def payment_name(payment: Payment) -> str:
    """Translated way the freight was paid (WH-12)."""
    return {
        Payment.PREPAID: translate("WarehouseWorkspace", "Prepaid"),
        Payment.COLLECT: translate("WarehouseWorkspace", "Freight collect"),
        Payment.ACCOUNT: translate("WarehouseWorkspace", "Account customer"),
    }[payment]


def due_text(kind: DueKind) -> str:
    """What to do when a deadline falls due (WH-8)."""
    return {
        DueKind.SELF_PICKUP_RETURN: translate(
            "WarehouseWorkspace", "Self-pickup not collected: message the origin company, return"
        ),
        DueKind.NOTIFIED_MESSAGE: translate(
            "WarehouseWorkspace", "Notified, not collected: message the origin company"
        ),
        DueKind.ORIGIN_SILENT_RETURN: translate(
            "WarehouseWorkspace", "Origin company silent: return it directly"
        ),
        DueKind.RETURN_TODAY: translate(
            "WarehouseWorkspace", "Return requested by message: it leaves today"
        ),
        DueKind.CUSTOMER_DATE: translate(
            "WarehouseWorkspace", "The customer said they come today"
        ),
        DueKind.RETURN_NEXT_DAY: translate(
            "WarehouseWorkspace", "Return: it leaves the next day at the latest (WH-10)"
        ),
        DueKind.DAMAGED_MESSAGE: translate(
            "WarehouseWorkspace", "Damaged contents: message the origin company today (WH-15)"
        ),
        DueKind.MISSORTED_MESSAGE: translate(
            "WarehouseWorkspace", "Mis-sorted: message the sending company today (WH-16)"
        ),
        DueKind.SELF_PICKUP_MESSAGE: translate(
            "WarehouseWorkspace", "Changed to self-pickup: message the origin company today "
            "(WH-16)"
        ),
    }[kind]


def details_text(details: ProblemDetails) -> str:
    """The recorded details in words (for the timeline and the lists)."""
    parts = []
    for name, value in details.as_dict().items():
        shown: str
        if name in CHOICE_KINDS or name == "reached":
            shown = choice_name(name, value)
        elif name in ("call_at", "attempt_at", "pickup_at"):
            shown = str(value).replace("T", " ")[5:]
        else:
            shown = str(value)
        parts.append(translate("WarehouseWorkspace", "{field}: {value}").format(
            field=field_label(name), value=shown))
    return translate("WarehouseWorkspace", "; ").join(parts)


def event_text(event: WarehouseEvent, who: Callable[[str], str] = str) -> str:
    """One timeline line in words: what happened."""
    d = event.data
    match event.kind:
        case "in":
            text = translate("WarehouseWorkspace", "Scanned in: {reason}, {code}").format(
                reason=reason_name(Reason(text_of(d, "reason"))), code=d.get("pickup_code", ""))
            details = ProblemDetails.from_dict(mapping_of(d, "details"))
            if details.as_dict():
                text += " · " + details_text(details)
            if d.get("note"):
                text += " · " + text_of(d, "note")
            if d.get("headless_id"):
                text += " · " + translate("WarehouseWorkspace", "was headless #{n}").format(
                    n=d["headless_id"])
            return text
        case "details":
            return translate("WarehouseWorkspace", "Reason recorded again: {reason}; {details}"
                             ).format(reason=reason_name(Reason(text_of(d, "reason"))),
                                      details=details_text(
                                          ProblemDetails.from_dict(mapping_of(d, "details"))))
        case "moved":
            return translate("WarehouseWorkspace", "Moved from {old} to {new} ({code})").format(
                old=d.get("from", ""), new=d.get("location", ""), code=d.get("pickup_code", ""))
        case "notified":
            text = translate("WarehouseWorkspace", "Customer told to collect it")
            return f"{text}: {d['note']}" if d.get("note") else text
        case "message_out":
            return translate("WarehouseWorkspace", "Message to {company}: {text}").format(
                company=d.get("company", ""), text=d.get("text", ""))
        case "message_in":
            text = translate("WarehouseWorkspace", "Reply from {company}: {text}").format(
                company=d.get("company", ""), text=d.get("text", ""))
            if d.get("return_requested"):
                text += " · " + translate("WarehouseWorkspace", "return requested")
            return text
        case "delivery_scan":
            return translate("WarehouseWorkspace", "Delivery scan for {courier}").format(
                courier=d.get("courier", ""))
        case "planned":
            return translate("WarehouseWorkspace", "On {driver}'s pickup list").format(
                driver=d.get("driver", ""))
        case "out":
            return translate("WarehouseWorkspace", "Scanned out: {how}").format(
                how=out_text(Disposition(text_of(d, "disposition")), d))
        case "note":
            return translate("WarehouseWorkspace", "Note: {text}").format(text=d.get("text", ""))
        case "already_in":
            return translate("WarehouseWorkspace", "Scanned again while in stock")
        case "stocktake_missing":
            return translate(
                "WarehouseWorkspace", "Missing at the stocktake, written off (approved by {who})"
            ).format(who=who(text_of(d, "approved_by")))
        case "stocktake_found":
            return translate(
                "WarehouseWorkspace", "Found at the stocktake in {location}, now {code}"
            ).format(location=d.get("location", ""), code=d.get("pickup_code", ""))
    if (notice := notice_event_text(event.kind, d)) is not None:  # issue 20
        return notice
    return event.kind


def out_text(disposition: Disposition, d: Mapping[str, object]) -> str:
    """How a parcel left, with whom, and any money involved."""
    parts = [disposition_name(disposition)]
    extra = d.get("label") or d.get("courier") or d.get("company")
    if extra:
        parts.append(str(extra))
    if d.get("fee"):
        parts.append(translate("WarehouseWorkspace", "return fee {fee} 元").format(fee=d["fee"]))
    if d.get("shortfall") and Decimal(text_of(d, "shortfall")) > 0:
        parts.append(translate("WarehouseWorkspace", "{courier} collects {amount} 元").format(
            courier=d.get("courier", ""), amount=d["shortfall"]))
    return " · ".join(parts)


def describe_named(err: DomainError, who: Callable[[str], str]) -> str:
    """The error in words, the clerk it names by name and job number (``who``)."""
    if isinstance(err, AlreadyOut | AlreadyInStock):
        err = dataclasses.replace(err, by=who(err.by))
    return describe(err)
