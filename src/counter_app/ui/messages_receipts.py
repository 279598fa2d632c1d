"""Sentences of the receipt desk (回单, issue 6); ``ui.messages`` delegates here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import (
    CodAmountZero,
    CodSignerRequired,
    DomainError,
    OnOtherCouriersList,
    ParcelInStock,
    PiecesMismatch,
)
from counter_app.domain.signer import SignerProblem, SignerRejected
from counter_app.ui import formats
from counter_app.ui.messages_warehouse import reason_text

translate = QCoreApplication.translate


def receipt_field_labels() -> dict[str, str]:
    """The translated names of the receipt forms' fields."""
    return {
        "cod_amount": translate("Messages", "Amount collected"),
        "pieces": translate("Messages", "Pieces"),
        "signer": translate("Messages", "Signer"),
        "partial_barcode": translate("Messages", "Partial barcode"),
        "printed_digits": translate("Messages", "Printed digits"),
        "proxy_places": translate("Messages", "代收 places"),
        "delivery_date": translate("Messages", "Delivery date"),
        "keep_reason": translate("Messages", "Reason to keep it in this batch"),
        "line": translate("Messages", "Delivery list line"),
        "keep_days": translate("Messages", "Days to keep receipts"),
    }


def describe_receipts(err: DomainError) -> str | None:
    """The sentence for a receipt error, or None when ``err`` is not one."""
    match err:
        case CodSignerRequired():
            return translate(
                "Messages", "到付 receipt: 「{signer}」 is no name. Enter the name of who paid, "
                "or ask a supervisor to approve the exception (RE-3)."
            ).format(signer=err.signer)
        case ParcelInStock():
            return translate(
                "Messages", "{number} is in the warehouse as 「{reason}」 ({code} at {location}, "
                "since {since}, scanned in by {by}): close the problem (scan it out) first, or "
                "ask a supervisor to override (X-6)."
            ).format(number=err.waybill_no, reason=reason_text(err.reason),
                     code=err.pickup_code or "—", location=err.location, since=err.since,
                     by=err.by)
        case OnOtherCouriersList():
            return translate(
                "Messages", "{number} is on {courier}'s delivery list of {day}: enter it in "
                "{courier}'s batch, or keep it here with a reason (X-6)."
            ).format(number=err.waybill_no, courier=err.courier,
                     day=formats.day(err.delivery_date))
        case PiecesMismatch():
            return translate(
                "Messages", "The delivery list says {listed} piece(s), you typed {entered}: "
                "check the receipt's 「共收几件」 and confirm, or correct the count (X-6)."
            ).format(listed=err.listed, entered=err.entered)
        case CodAmountZero():
            return translate(
                "Messages", "到付 receipt: 0 is no amount. Type the amount collected, or ask a "
                "supervisor to approve the exception (RE-3)."
            )
    return None


def describe_signer(rejected: SignerRejected, recipient: str = "") -> str:
    """Say what is wrong with a typed signer and what to enter instead (RE-2)."""
    match rejected.problem:
        case SignerProblem.EMPTY:
            return translate("Messages", "Enter the signer: the name, or F6 草签 / F7 已收 / "
                             "F8 邮件签收章.")
        case SignerProblem.SELF if recipient:
            return translate("Messages", "「本人」 is not a signer: enter the recipient's "
                             "name ({name}, press F10 to use it).").format(name=recipient)
        case SignerProblem.SELF:
            return translate("Messages", "「本人」 is not a signer: enter the recipient's name.")
        case SignerProblem.DIGITS:
            return translate("Messages", "A signer is never digits (「不能用数字来签收」).")
        case SignerProblem.MALFORMED_COMMAS:
            return translate("Messages", "Commas only like this: surname only → 张,, (one comma "
                             "per unreadable character, or type 张2); given name only → ,伟.")
        case SignerProblem.BAD_CHARACTERS:
            return translate("Messages", "These characters cannot be in a name: {chars}").format(
                chars=rejected.detail)
        case SignerProblem.TOO_LONG:
            return translate("Messages", "Too long for a name (at most {n} characters).").format(
                n=rejected.detail)
        case SignerProblem.TOO_SHORT:
            return translate("Messages", "One character alone is ambiguous: for a surname type "
                             "张, or 张2; for a given name type ,伟.")
        case SignerProblem.REFUSAL:
            return translate("Messages", "「拒收」 is a refusal, not a signature: do not enter "
                             "it as signed. Scan the parcel into the warehouse as refused "
                             "(破损拒收 if the contents are damaged) and message the origin "
                             "company (WH-15).")
        case SignerProblem.NAME_WITH_COUNT:
            return translate("Messages", "A signer never carries a number: enter {name} as the "
                             "signer and {n} in the pieces field.").format(
                                 name=rejected.suggestion, n=rejected.detail)
    return translate("Messages", "Not a valid signer.")
