"""Messages for the losers of races between PCs (issue 13); ``ui.messages`` delegates here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import (
    ActorRevoked,
    Collision,
    DomainError,
    FieldInvalid,
    HeadlessAlreadyMatched,
    StaleEdit,
)
from counter_app.ui import formats

translate = QCoreApplication.translate


def entity_name(entity: str) -> str:
    """The translated name of a record or table that collided."""
    names = {
        "rate_card": translate("ConcurrencyMessages", "rate card"),
        "service_area": translate("ConcurrencyMessages", "service area"),
        "catalogue": translate("ConcurrencyMessages", "prohibited keywords"),
        "fragile": translate("ConcurrencyMessages", "fragile-item rule"),
        "return_tariff": translate("ConcurrencyMessages", "return tariff"),
        "deadline_rules": translate("ConcurrencyMessages", "deadline rules"),
        "due_settings": translate("ConcurrencyMessages", "report due date"),
        "retention": translate("ConcurrencyMessages", "retention periods"),
        "entry_fee_rules": translate("ConcurrencyMessages", "进仓费 rules"),
        "tariff_basis": translate("ConcurrencyMessages", "return tariff basis"),
        "station": translate("ConcurrencyMessages", "station profile"),
        "staff": translate("ConcurrencyMessages", "staff record"),
        "courier": translate("ConcurrencyMessages", "courier record"),
        "wh_location": translate("ConcurrencyMessages", "location"),
        "misroute": translate("ConcurrencyMessages", "misroute row"),
        "misroute_entry": translate("ConcurrencyMessages", "misroute row"),
        "receipt": translate("ConcurrencyMessages", "receipt"),
        "receipt_batch": translate("ConcurrencyMessages", "receipt batch"),
        "delivery_list": translate("ConcurrencyMessages", "delivery list"),
        "ci_account": translate("ConcurrencyMessages", "account customer"),
        "ci_acceptance": translate("ConcurrencyMessages", "acceptance"),
        "wh_stay": translate("ConcurrencyMessages", "parcel in stock"),
        "reply_clock": translate("ConcurrencyMessages", "reply clocks and open days"),
        "pickup_rules": translate("ConcurrencyMessages", "pickup times"),
        "branches": translate("ConcurrencyMessages", "branch list"),
        "enquiry": translate("ConcurrencyMessages", "enquiry"),
        "complaint": translate("ConcurrencyMessages", "complaint"),
        "claim": translate("ConcurrencyMessages", "claim"),
        "problem": translate("ConcurrencyMessages", "problem parcel"),
    }
    return names.get(entity, entity or translate("ConcurrencyMessages", "record"))


def describe_concurrency(err: DomainError) -> str | None:
    """The message for a race's loser; None for other errors."""
    match err:
        case StaleEdit(by=by, at=at) if by:
            return translate(
                "ConcurrencyMessages",
                "Changed by {who} at {at} ({what}); please reload.",
            ).format(who=by, at=formats.clock(at), what=entity_name(err.entity))
        case StaleEdit():
            return translate(
                "ConcurrencyMessages",
                "Changed on another PC meanwhile ({what}); please reload.",
            ).format(what=entity_name(err.entity))
        case ActorRevoked(reason="inactive"):
            return translate(
                "ConcurrencyMessages",
                "Your account ({job}) was deactivated on another PC: you have been logged out.",
            ).format(job=err.job_number)
        case ActorRevoked():
            return translate(
                "ConcurrencyMessages",
                "Your role ({job}) was changed on another PC: log in again to go on.",
            ).format(job=err.job_number)
        case Collision(detail="retry"):
            return translate(
                "ConcurrencyMessages",
                "Another PC was changing the same {what} at the same moment: nothing was "
                "saved; try again.",
            ).format(what=entity_name(err.entity))
        case Collision():
            return translate(
                "ConcurrencyMessages",
                "Another PC saved the same {what} first: nothing was saved; reload and check.",
            ).format(what=entity_name(err.entity))
        case HeadlessAlreadyMatched():
            return translate(
                "ConcurrencyMessages",
                "This headless parcel was already matched to {number} by {who} at {at}; "
                "nothing was scanned in.",
            ).format(number=err.waybill_no, who=err.by, at=formats.minute(err.at) or "—")
        case FieldInvalid(problem="unstorable"):
            return translate(
                "ConcurrencyMessages",
                "A value could not be stored: it is too long or holds characters that are "
                "not allowed. Check what was typed or scanned.",
            )
    return None
