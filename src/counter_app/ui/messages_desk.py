"""Words of the parcel view (issue 16 §1) and the customer-service desk (issue 19)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.service_desk import (
    CallerKind,
    Channel,
    ClaimKind,
    EnquiryCase,
    EnquiryKind,
    OfferKind,
    Ruling,
    Urgency,
)
from counter_app.domain.warehouse_stay import EventKind, WarehouseEvent
from counter_app.services.parcels import ParcelLine
from counter_app.ui.messages_warehouse import disposition_text, reason_text

translate = QCoreApplication.translate


def desk_field_labels() -> dict[str, str]:
    """Names of the desk's form fields for the error messages (only names no other desk
    uses: these are merged into ``messages.field_label``)."""
    return {
        "open_days": translate("ServiceDesk", "Open days"),
        "warn_minutes": translate("ServiceDesk", "Warn this many minutes before"),
        "caller_name": translate("ServiceDesk", "Caller"),
        "caller_phone": translate("ServiceDesk", "Caller's phone"),
        "caller_point": translate("ServiceDesk", "Network point"),
        "question": translate("ServiceDesk", "Question"),
        "reply": translate("ServiceDesk", "Reply"),
        "notebook": translate("ServiceDesk", "Notebook line"),
        "checked": translate("ServiceDesk", "Checklist step"),
        "content": translate("ServiceDesk", "Complaint"),
        "customer_evidence": translate("ServiceDesk", "Customer's evidence"),
        "staff_evidence": translate("ServiceDesk", "Staff evidence"),
        "staff_member": translate("ServiceDesk", "Staff member"),
        "solution": translate("ServiceDesk", "Solution"),
        "fine": translate("ServiceDesk", "Fine"),
        "claimant_name": translate("ServiceDesk", "Claimant"),
        "sent_on": translate("ServiceDesk", "Sent on"),
        "claimed_on": translate("ServiceDesk", "Claim date"),
        "amount": translate("ServiceDesk", "Amount"),
        "offer": translate("ServiceDesk", "Offer"),
        "agreed_on": translate("ServiceDesk", "Agreement"),
        "from_point": translate("ServiceDesk", "From point"),
        "deadline": translate("ServiceDesk", "Deadline"),
        "action": translate("ServiceDesk", "Step"),
        "outcome": translate("ServiceDesk", "Outcome"),
        "pickup_address": translate("ServiceDesk", "Pickup address"),
        "customer_minutes": translate("ServiceDesk", "Customer's clock"),
        "network_minutes": translate("ServiceDesk", "Network point's clock"),
        "closes": translate("ServiceDesk", "Closing time"),
        "morning_deadline": translate("ServiceDesk", "Next-morning deadline"),
        "branches": translate("ServiceDesk", "Branches"),
        "pickup_closes": translate("ServiceDesk", "Orders taken until"),
        "morning_until": translate("ServiceDesk", "Morning senders until"),
        "courier": translate("ServiceDesk", "Courier"),
        "driver": translate("ServiceDesk", "Driver"),
        "place": translate("ServiceDesk", "Where the goods are"),
        "goods": translate("ServiceDesk", "Goods"),
    }


def desk_field_problem(err: FieldInvalid, label: str) -> str | None:
    """A sentence for the desk's own field problems; None for the shared ones."""
    match err.problem:
        case "after_opens":
            return translate("ServiceDesk", "The desk must close after it opens.")
        case "in_hours":
            return translate(
                "ServiceDesk", "The morning deadline must fall within the desk's hours.")
        case "order" if err.field == "pickup_closes":
            return translate(
                "ServiceDesk", "Orders must be taken until after pickups start.")
        case "order" if err.field == "morning_until":
            return translate(
                "ServiceDesk", "The morning must end before the desk stops taking orders.")
        case "line":
            return translate(
                "ServiceDesk", "{field}, line {line}: write name, address, phone, separated by "
                "commas.").format(field=label, line=err.detail)
        case "date_time":
            return translate(
                "ServiceDesk", "{field}: a date and time like 2026-11-23 17:30.").format(
                field=label)
    return None


def enquiry_kind_name(kind: EnquiryKind) -> str:
    """Translated kind of enquiry (CS-1)."""
    return {
        EnquiryKind.DELIVERY_CHASE: translate("ServiceDesk", "Chase a delivery (派送件催单)"),
        EnquiryKind.OUTGOING_CHASE: translate("ServiceDesk", "Chase a sent parcel (发出件催单)"),
        EnquiryKind.NETWORK_QUERY: translate("ServiceDesk", "Query from another point"),
        EnquiryKind.COMPLAINT: translate("ServiceDesk", "Complaint"),
        EnquiryKind.OTHER: translate("ServiceDesk", "Other"),
    }[kind]


def channel_name(channel: Channel) -> str:
    """Translated channel."""
    return {
        Channel.PHONE: translate("ServiceDesk", "Phone"),
        Channel.MESSAGE: translate("ServiceDesk", "Message (内网/QQ)"),
        Channel.WALK_IN: translate("ServiceDesk", "At the desk"),
    }[channel]


def caller_kind_name(kind: CallerKind) -> str:
    """Translated kind of caller (it sets the clock, CS-2)."""
    return {
        CallerKind.CUSTOMER: translate("ServiceDesk", "Customer (30 min)"),
        CallerKind.NETWORK_POINT: translate("ServiceDesk", "Network point (2 h)"),
    }[kind]


def case_name(case: EnquiryCase) -> str:
    """Translated case of 000 第二类 (CS-5)."""
    return {
        EnquiryCase.NO_RECORD: translate("ServiceDesk", "No record at all"),
        EnquiryCase.STUCK_AT_HUB: translate("ServiceDesk", "Stuck at a hub for days"),
        EnquiryCase.NOT_DELIVERED: translate("ServiceDesk", "Arrived, not delivered"),
        EnquiryCase.SIGNED_NOT_RECEIVED: translate("ServiceDesk", "Signed but not received"),
    }[case]


def step_name(step: str) -> str:
    """Translated checklist step (CS-5)."""
    return {
        "confirm_number": translate("ServiceDesk", "Confirm the waybill number with the caller"),
        "find_counter_record": translate("ServiceDesk", "Find our counter record (底单)"),
        "call_collecting_courier": translate("ServiceDesk", "Call the courier who collected it"),
        "search_warehouse": translate("ServiceDesk",
                                      "Look for it in the warehouse (missed scan or send)"),
        "check_upload": translate("ServiceDesk", "Check that the day's data was uploaded"),
        "check_contents": translate("ServiceDesk", "Check the contents: prohibited goods?"),
        "ask_next_stop": translate("ServiceDesk", "Ask the next stop and the hub's desk"),
        "check_headless_list": translate("ServiceDesk", "Look at our headless list"),
        "explain_to_customer": translate("ServiceDesk", "Explain to the customer"),
        "read_messages": translate("ServiceDesk", "Read the delivering point's messages"),
        "call_delivering_point": translate("ServiceDesk", "Call the delivering point"),
        "agree_delivery": translate("ServiceDesk", "Agree a delivery time"),
        "check_signer": translate("ServiceDesk", "Check who signed"),
        "check_proxy_places": translate("ServiceDesk",
                                        "Ask 门卫 / 收发室 / 物业 / neighbours"),
        "call_delivering_courier": translate("ServiceDesk",
                                             "Call the courier: signed in advance?"),
    }.get(step, step)


def claim_kind_name(kind: ClaimKind) -> str:
    """Translated kind of claim (CS-7)."""
    return {
        ClaimKind.LOSS: translate("ServiceDesk", "Loss (30 days)"),
        ClaimKind.DELAY: translate("ServiceDesk", "Delay (15 days)"),
        ClaimKind.DAMAGE: translate("ServiceDesk", "Damage (15 days)"),
    }[kind]


def offer_name(offer: OfferKind) -> str:
    """Translated offer on a claim."""
    return {
        OfferKind.RESEND: translate("ServiceDesk", "Free re-send of equal freight"),
        OfferKind.AMOUNT: translate("ServiceDesk", "An amount"),
    }[offer]


def ruling_name(ruling: Ruling) -> str:
    """Translated ruling on a complaint (CS-6)."""
    return {
        Ruling.UPHELD: translate("ServiceDesk", "Upheld (against the station)"),
        Ruling.NOT_UPHELD: translate("ServiceDesk", "Not upheld"),
    }[ruling]


def urgency_name(urgency: Urgency) -> str:
    """Translated urgency of an open enquiry."""
    return {
        Urgency.OVERDUE: translate("ServiceDesk", "Overdue"),
        Urgency.NEARLY_DUE: translate("ServiceDesk", "Nearly due"),
        Urgency.IN_TIME: translate("ServiceDesk", "In time"),
    }[urgency]


def desk_name(source: str) -> str:
    """Which desk a parcel-view line comes from."""
    return {
        "acceptance": translate("ParcelView", "Counter"),
        "listed": translate("ParcelView", "Delivery list"),
        "stay_in": translate("ParcelView", "Warehouse"),
        "stay_out": translate("ParcelView", "Warehouse"),
        "wh_event": translate("ParcelView", "Warehouse"),
        "headless": translate("ParcelView", "Warehouse"),
        "receipt": translate("ParcelView", "Receipts"),
        "misroute": translate("ParcelView", "Misroutes"),
        "enquiry": translate("ParcelView", "Service desk"),
        "answer": translate("ParcelView", "Service desk"),
        "note": translate("ParcelView", "Notebook"),
    }.get(source, source)


def _money(value: str) -> str:
    return translate("ParcelView", "{amount} 元").format(amount=value)


def line_text(line: ParcelLine) -> str:
    """What a parcel-view line says, in words."""
    d: dict[str, Any] = line.data
    match line.source:
        case "acceptance":
            return translate(
                "ParcelView", "Accepted: {contents}, {weight} kg, {total}; from {sender} "
                "{sender_phone}, {sender_address} (ID {doc}); to {recipient} {recipient_phone}, "
                "{recipient_address}").format(
                contents=d.get("contents", ""), weight=d.get("weight", ""),
                total=_money(d.get("total", "")), sender=d.get("sender_name", ""),
                sender_phone=d.get("sender_phone", ""),
                sender_address=d.get("sender_address", ""), doc=d.get("doc_number", ""),
                recipient=d.get("recipient_name", ""),
                recipient_phone=d.get("recipient_phone", ""),
                recipient_address=d.get("recipient_address", ""))
        case "listed":
            text = translate("ParcelView", "On {courier}'s delivery list: {recipient}, "
                             "{pieces} piece(s)").format(
                courier=d.get("courier", ""), recipient=d.get("recipient", ""),
                pieces=d.get("pieces", 1))
            if d.get("cod_amount"):
                text += " · " + translate("ParcelView", "COD {amount}").format(
                    amount=_money(d["cod_amount"]))
            return text
        case "stay_in":
            return translate("ParcelView", "Scanned in: {reason}, {location} {code} · {who}"
                             ).format(reason=reason_text(line.kind), location=d.get("location", ""),
                                      code=d.get("pickup_code", ""),
                                      who=" ".join(x for x in (d.get("recipient", ""),
                                                               d.get("phone", "")) if x))
        case "stay_out":
            return translate("ParcelView", "Left the warehouse: {how}").format(
                how=disposition_text(line.kind))
        case "wh_event":
            from counter_app.ui.workspaces.warehouse_texts import event_text

            return event_text(WarehouseEvent(waybill_no="", at=line.at, by=line.by,
                                             kind=EventKind(line.kind), data=d))
        case "receipt":
            text = translate("ParcelView", "Signed by {signer}, {pieces} piece(s); batch of "
                             "{courier} for {day}").format(
                signer=d.get("signer", ""), pieces=d.get("pieces", 1),
                courier=d.get("courier", ""), day=d.get("delivery_date", ""))
            if d.get("cod_amount"):
                text += " · " + translate("ParcelView", "COD {amount}").format(
                    amount=_money(d["cod_amount"]))
            if d.get("late"):
                text += " · " + translate("ParcelView", "entered late")
            return text
        case "misroute":
            return translate("ParcelView", "Misroute register: from {site} ({province}), 大字 "
                             "{wrong} → {right}").format(
                site=d.get("origin_site", ""), province=d.get("origin_province", ""),
                wrong=d.get("wrong_dazi", "") or "—", right=d.get("correct_dazi", "") or "?")
        case "headless" if d.get("photo"):
            return translate(
                "ParcelView", "Headless parcel #{n} matched: {description} · photo {file}"
            ).format(n=d.get("headless_id", ""), description=d.get("description", ""),
                     file=d["photo"])
        case "headless":
            return translate("ParcelView", "Headless parcel #{n} matched: {description}").format(
                n=d.get("headless_id", ""), description=d.get("description", ""))
        case "enquiry":
            who = d.get("caller_point") or d.get("caller_name", "")
            return translate("ParcelView", "Enquiry #{n} ({kind}) from {who}: {question} — reply "
                             "due {due}").format(
                n=d.get("enquiry_id", ""), kind=_kind(line.kind), who=who,
                question=d.get("question", ""), due=str(d.get("due_at", "")).replace("T", " "))
        case "answer":
            text = translate("ParcelView", "Enquiry #{n} answered: {answer}").format(
                n=d.get("enquiry_id", ""), answer=d.get("answer", ""))
            if d.get("late"):
                text += " · " + translate("ParcelView", "late")
            return text
        case "note":
            return translate("ParcelView", "Note: {text}").format(text=d.get("text", ""))
    return f"{line.source} {line.kind}"


def _kind(value: str) -> str:
    try:
        return enquiry_kind_name(EnquiryKind(value))
    except ValueError:
        return value
