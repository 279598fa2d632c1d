"""Turn DomainErrors into clear, translated sentences that say what to do (desk-ux §3)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from counter_app.domain.errors import (
    AccountInactive,
    AccountLocked,
    DomainError,
    DuplicateJobNumber,
    FieldInvalid,
    LoginFailed,
    NotFound,
    PermissionDenied,
    StationAlreadySetUp,
)
from counter_app.domain.signer import SignerProblem, SignerRejected
from counter_app.domain.waybills import RejectReason, WaybillRejected, default_carriers

translate = QCoreApplication.translate


def field_label(field: str) -> str:
    """Return the translated name of a form field."""
    labels = {
        "station_name": translate("Messages", "Station name"),
        "station_code": translate("Messages", "Station code"),
        "province": translate("Messages", "Province"),
        "city": translate("Messages", "City"),
        "contact_person": translate("Messages", "Contact person"),
        "station_phone": translate("Messages", "Phone"),
        "phone": translate("Messages", "Phone"),
        "qq": translate("Messages", "QQ"),
        "job_number": translate("Messages", "Job number"),
        "name": translate("Messages", "Name"),
        "password": translate("Messages", "Password"),
        "password_repeat": translate("Messages", "Repeat password"),
        "area": translate("Messages", "Area served"),
        "cod_amount": translate("Messages", "Amount collected"),
        "pieces": translate("Messages", "Pieces"),
        "reason": translate("Messages", "Reason"),
        "role": translate("Messages", "Role"),
        "since": translate("Messages", "Date"),
        "own_carriers": translate("Messages", "Own carrier(s)"),
        "early_shift": translate("Messages", "Early shift"),
        "late_shift": translate("Messages", "Late shift"),
    }
    return labels.get(field, field)


def _field_problem(err: FieldInvalid) -> str:
    name = field_label(err.field)
    match err.problem:
        case "required" if err.field == "own_carriers":
            return translate("Messages", "Tick at least one carrier this station works for.")
        case "required":
            return translate("Messages", "{field} is required.").format(field=name)
        case "format" if err.field == "job_number":
            return translate("Messages", "Job number: 2 to 16 letters or digits, no spaces.")
        case "format" if err.field == "station_code":
            return translate("Messages", "Station code: 3 to 12 letters or digits.")
        case "phone":
            return translate(
                "Messages",
                "{field}: enter an 11-digit mobile number (1xxxxxxxxxx) or a landline "
                "with its area code (0571-88886666).",
            ).format(field=name)
        case "digits":
            return translate(
                "Messages", "{field}: digits only, 5 to 12 of them, not starting with 0."
            ).format(field=name)
        case "no_digits":
            return translate("Messages", "{field} must not contain digits.").format(field=name)
        case "too_long":
            return translate("Messages", "{field} is too long: at most {n} characters.").format(
                field=name, n=err.detail
            )
        case "too_short":
            return translate("Messages", "{field} is too short: at least {n} characters.").format(
                field=name, n=err.detail
            )
        case "mismatch":
            return translate("Messages", "The two passwords differ. Type the same password twice.")
        case "own_account":
            return translate(
                "Messages",
                "You cannot remove your own supervisor role or deactivate yourself; "
                "ask another supervisor.",
            )
        case "order":
            return translate("Messages", "{field}: the end must be after the start.").format(
                field=name
            )
        case "overlap":
            return translate(
                "Messages", "The late shift must start when the early shift has ended."
            )
        case "before_current":
            return translate(
                "Messages", "The new area must start on or after the current area's start date."
            )
        case "unknown" if err.field == "own_carriers":
            return translate("Messages", "Unknown carrier code(s): {codes}.").format(
                codes=err.detail
            )
        case "amount":
            return translate("Messages", "{field}: a sum in 元 like 25 or 25.50.").format(
                field=name)
        case "range":
            return translate("Messages", "{field} must be within {range}.").format(
                field=name, range=err.detail)
        case "time":
            return translate("Messages", "{field}: enter a time as HH:MM.").format(field=name)
    return translate("Messages", "{field} is not valid.").format(field=name)


def describe(err: DomainError) -> str:
    """Return the message to show for ``err``."""
    match err:
        case FieldInvalid():
            return _field_problem(err)
        case LoginFailed(attempts_left=left) if left > 0:
            return translate(
                "Messages",
                "Job number or password is wrong. {n} attempts left before the account is locked.",
            ).format(n=left)
        case LoginFailed():
            return translate("Messages", "Job number or password is wrong.")
        case AccountLocked():
            return translate(
                "Messages",
                "Too many wrong passwords: this account is locked until {time}. A "
                "supervisor can unlock it by setting a new password.",
            ).format(time=err.until)
        case AccountInactive():
            return translate("Messages", "This account has been deactivated. Ask a supervisor.")
        case PermissionDenied():
            return translate("Messages", "Your role may not do this. Ask a supervisor.")
        case DuplicateJobNumber():
            return translate("Messages", "Job number {job} is already in use.").format(
                job=err.job_number
            )
        case NotFound():
            return translate("Messages", "The record no longer exists; refresh the list.")
        case StationAlreadySetUp():
            return translate("Messages", "This station has already been set up.")
    return translate("Messages", "The action could not be completed.")


def carrier_names(codes: tuple[str, ...]) -> str:
    """Carrier codes as names in the UI language (申通、中通 / STO Express, ZTO Express)."""
    by_code = {c.code: c for c in default_carriers()}
    chinese = QLocale().language() == QLocale.Language.Chinese
    names = [
        (by_code[c].name_zh if chinese else by_code[c].name_en) if c in by_code else c
        for c in codes
    ]
    return translate("Messages", ", ").join(names)


def describe_waybill(check: WaybillRejected) -> str:
    """Say what is wrong with a scanned or keyed number and what to do (SC-2, CI-4)."""
    match check.reason:
        case RejectReason.EMPTY:
            return translate("Messages", "No number was read. Scan again.")
        case RejectReason.BAD_CHARACTERS:
            return translate(
                "Messages",
                "The number contains characters a waybill number never has: "
                "{chars}. Scan again or check the number.",
            ).format(chars=" ".join(check.bad_characters))
        case RejectReason.BAD_LENGTH:
            return translate(
                "Messages",
                "{carrier} numbers have {lengths} characters; this one has {n}. "
                "Part of the code was not read: scan again.",
            ).format(
                carrier=carrier_names(check.carriers),
                lengths="/".join(str(n) for n in check.expected_lengths),
                n=len(check.number),
            )
        case RejectReason.BAD_CHECK_DIGIT:
            return translate(
                "Messages",
                "Check digit wrong (should be {digit}): the code was misread. Scan again.",
            ).format(digit=check.expected_check_digit or "?")
        case RejectReason.OTHER_CARRIER:
            return translate(
                "Messages",
                "{carrier} parcel (同行件): this station does not accept other carriers' parcels.",
            ).format(carrier=carrier_names(check.carriers))
        case RejectReason.INCOMPLETE:
            return translate(
                "Messages",
                "Neither the barcode nor the printed digits give a whole number: "
                "set the receipt aside.",
            )
    return translate("Messages", "{number} is not a waybill number of any known carrier.").format(
        number=check.number
    )


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
    return translate("Messages", "Not a valid signer.")
