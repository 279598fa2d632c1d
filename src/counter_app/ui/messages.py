"""Turn DomainErrors into clear, translated sentences that say what to do (desk-ux §3)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from counter_app.domain.errors import (
    AccountInactive,
    AccountLocked,
    AlreadyInStock,
    AlreadyOut,
    CodAmountZero,
    CodSignerRequired,
    DetailsMissing,
    DomainError,
    DuplicateJobNumber,
    FieldInvalid,
    InvalidWaybill,
    LoginFailed,
    NoDeliveryScan,
    NotFound,
    NotInStock,
    NotOnList,
    OnOtherCouriersList,
    ParcelInStock,
    PermissionDenied,
    PickupCheckFailed,
    PiecesMismatch,
    ReasonNotAccepted,
    StationAlreadySetUp,
    StoreFull,
)
from counter_app.domain.signer import SignerProblem, SignerRejected
from counter_app.domain.warehouse import Disposition, LocationKind, Reason
from counter_app.domain.waybills import RejectReason, WaybillRejected, default_carriers
from counter_app.ui import formats
from counter_app.ui.formats import minute as minute  # the desks' lists import it from here
from counter_app.ui.messages_concurrency import describe_concurrency
from counter_app.ui.messages_desk import desk_field_labels, desk_field_problem
from counter_app.ui.messages_intake import (
    air_kind_name,
    area_status_name,
    describe_intake,
    document_name,
    fee_line_name,
    intake_field_labels,
    intake_field_problem,
    pay_mode_name,
    refusal_reason_name,
)
from counter_app.ui.messages_notify import (
    describe_notify,
    notify_field_labels,
    notify_field_problem,
)

translate = QCoreApplication.translate

__all__ = [
    "air_kind_name",
    "area_status_name",
    "carrier_names",
    "describe",
    "describe_signer",
    "describe_waybill",
    "disposition_name",
    "document_name",
    "fee_line_name",
    "field_label",
    "location_kind_name",
    "minute",
    "pay_mode_name",
    "reason_name",
    "refusal_reason_name",
]


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
        # warehouse (issue 5): the details each problem reason records (WH-6) ...
        "reached": translate("Messages", "Whether the customer was reached"),
        "call_at": translate("Messages", "Call time"),
        "call_outcome": translate("Messages", "Why the call failed"),
        "address": translate("Messages", "Full address"),
        "wanted_time": translate("Messages", "Time the customer wants it"),
        "new_name": translate("Messages", "New recipient name"),
        "new_phone": translate("Messages", "New recipient phone"),
        "nobody_home": translate("Messages", "送无人 category"),
        "attempt_at": translate("Messages", "Time of the failed delivery"),
        "cod_refusal": translate("Messages", "Kind of COD refusal"),
        "answer": translate("Messages", "Customer's answer"),
        "answer_date": translate("Messages", "Date the customer comes"),
        "pickup_at": translate("Messages", "Pickup time"),
        "pickup_place": translate("Messages", "Pickup place"),
        "requested_by": translate("Messages", "Who asked for the return"),
        "refusal": translate("Messages", "Kind of refusal"),
        "detail": translate("Messages", "Detailed reason"),
        # ... and the rest of its forms
        "recipient": translate("Messages", "Recipient"),
        "recipient_phone": translate("Messages", "Recipient phone"),
        "destination_province": translate("Messages", "Destination province"),
        "location": translate("Messages", "Location"),
        "location_code": translate("Messages", "Location code"),
        "capacity": translate("Messages", "Capacity"),
        "layers": translate("Messages", "Layers"),
        "active": translate("Messages", "In use"),
        "note": translate("Messages", "Note"),
        "courier": translate("Messages", "Courier"),
        "driver": translate("Messages", "Driver"),
        "check": translate("Messages", "Pickup code or phone tail"),
        "company": translate("Messages", "Company"),
        "message": translate("Messages", "Message"),
        "weight": translate("Messages", "Weight"),
        "ems_fee": translate("Messages", "EMS fee"),
        "paid_freight": translate("Messages", "Paid freight"),
        "ems_no": translate("Messages", "EMS waybill number"),
        "ems_destination": translate("Messages", "EMS destination"),
        "origin_city": translate("Messages", "Origin city"),
        "reply_check_noon": translate("Messages", "Noon reply check"),
        "reply_check_afternoon": translate("Messages", "Afternoon reply check"),
        "payment": translate("Messages", "Payment"),
        "search": translate("Messages", "Search"),
        "description": translate("Messages", "Description"),
        "photo": translate("Messages", "Photo"),
        "headless": translate("Messages", "Headless parcel"),
        "stocktake": translate("Messages", "Stocktake"),
        "tariff": translate("Messages", "Return tariff"),
        "period": translate("Messages", "Period"),
        "shift": translate("Messages", "Shift"),
        "self_pickup_days": translate("Messages", "Self-pickup days"),
        "notified_days": translate("Messages", "Days after notifying"),
        "origin_silence_days": translate("Messages", "Days without a reply"),
        "signer": translate("Messages", "Signer"),
        "origin_site": translate("Messages", "Origin site"),
        "origin_province": translate("Messages", "Origin province"),
        "wrong_dazi": translate("Messages", "Wrong 大字"),
        "correct_dazi": translate("Messages", "Correct 大字"),
        "waybill": translate("Messages", "Waybill number"),
        "waybill_no": translate("Messages", "Waybill number"),
        "partial_barcode": translate("Messages", "Partial barcode"),
        "printed_digits": translate("Messages", "Printed digits"),
        "proxy_places": translate("Messages", "代收 places"),
        "delivery_date": translate("Messages", "Delivery date"),
        "keep_reason": translate("Messages", "Reason to keep it in this batch"),
        "line": translate("Messages", "Delivery list line"),
        "due_day": translate("Messages", "Report due day"),
        "remind_days": translate("Messages", "Days of reminder before it"),
        "needs_problem_flow": translate("Messages", "Correct destination unknown"),
        # how long records are kept (RE-8, issue 21 §3)
        "journal_days": translate("Messages", "Days to keep the scan journal"),
        "audit_days": translate("Messages", "Days to keep the audit log"),
        "counter_days": translate("Messages", "Days to keep counter records"),
        "warehouse_days": translate("Messages", "Days to keep warehouse records"),
        "keep_days": translate("Messages", "Days to keep receipts"),
        # 进仓费 (WH-18, issue 16 §7)
        "entry_fee": translate("Messages", "进仓费"),
        "entry_fee_rules": translate("Messages", "进仓费 rules"),
        "max_kg": translate("Messages", "Per-kg tier's upper weight"),
        "volume": translate("Messages", "Volume"),
    }
    labels.update(intake_field_labels())
    labels.update(notify_field_labels())
    labels.update(desk_field_labels())  # issue 19
    return labels.get(field, field)


def reason_name(reason: Reason) -> str:
    """Translated problem reason (WH-5, WH-6)."""
    return {
        Reason.ADDRESS_UNCLEAR: translate("Messages", "Address unclear"),
        Reason.MOVED: translate("Messages", "Moved"),
        Reason.ADDRESS_CHANGE: translate("Messages", "Address change"),
        Reason.NOBODY_HOME: translate("Messages", "Nobody home"),
        Reason.COD_REFUSED: translate("Messages", "COD refused"),
        Reason.OUT_OF_AREA: translate("Messages", "Out of area"),
        Reason.OPENED: translate("Messages", "Opened for inspection"),
        Reason.SELF_PICKUP: translate("Messages", "Self-pickup"),
        Reason.MISSORTED: translate("Messages", "Mis-sorted"),
        Reason.RETURN: translate("Messages", "Return"),
        Reason.REFUSED: translate("Messages", "Refused"),
        Reason.DAMAGED: translate("Messages", "Damaged, refused"),
        Reason.MISROUTE: translate("Messages", "Wrong 大字, to be cleared"),
    }[reason]


def disposition_name(disposition: Disposition) -> str:
    """Translated way a parcel left the warehouse (WH-4)."""
    return {
        Disposition.DELIVERY: translate("Messages", "Out for delivery"),
        Disposition.COLLECTED: translate("Messages", "Collected by the customer"),
        Disposition.RETURN_COURIER: translate("Messages", "Back to the courier"),
        Disposition.RETURN_COMPANY: translate("Messages", "Back to the company"),
        Disposition.EMS: translate("Messages", "Forwarded via EMS"),
        Disposition.DRIVER: translate("Messages", "Taken by a driver"),
        Disposition.LOST: translate("Messages", "Written off at stocktake"),
    }[disposition]


def location_kind_name(kind: LocationKind) -> str:
    """Translated storage area (WH-9)."""
    return {
        LocationKind.SHELF: translate("Messages", "shelf"),
        LocationKind.BULKY: translate("Messages", "bulky goods area"),
        LocationKind.RETURNS: translate("Messages", "returns area"),
        LocationKind.NEXT_ROUND: translate("Messages", "next-round area"),
    }[kind]


def _enum_name(kind: type[Disposition] | type[LocationKind], value: str) -> str:
    try:
        if kind is Disposition:
            return disposition_name(Disposition(value))
        return location_kind_name(LocationKind(value))
    except ValueError:
        return value


def _tariff_row(detail: str) -> tuple[str, str]:
    row, _sep, names = detail.partition(": ")
    return row, names


def _field_problem(err: FieldInvalid) -> str:
    if (race := describe_concurrency(err)) is not None:
        return race
    name = field_label(err.field)
    if (intake := intake_field_problem(err, name)) is not None:
        return intake
    if (notify := notify_field_problem(err, name)) is not None:
        return notify
    if (desk := desk_field_problem(err, name)) is not None:
        return desk
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
        case "ems_number":  # WH-17 (issue 16)
            return translate(
                "Messages", "{field}: not an EMS number — 13 digits, or two letters, nine "
                "digits and two letters (e.g. EE471108151FR) with a right check digit."
            ).format(field=name)
        case "not_set":
            return translate("Messages", "Set the 进仓费 numbers first (supervisor).")
        case "before_noon":
            return translate(
                "Messages", "{field} must come after the noon reply check ({time})."
            ).format(field=name, time=err.detail)
        case "format" if err.field.startswith("reply_check"):
            return translate("Messages", "{field}: a time as HH:MM.").format(field=name)
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
        case "characters":
            return translate(
                "Messages", "{field} holds characters that cannot be stored ({chars}): retype "
                "it, or scan again."
            ).format(field=name, chars=err.detail)
        case "too_short" if err.field not in ("search", "address"):
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
        case "future":
            return translate(
                "Messages", "{field} is in the future: enter when it really happened."
            ).format(field=name)
        case "unknown" if err.field == "location":
            return translate(
                "Messages", "There is no location {code} in use: type another code or take the "
                "suggested one."
            ).format(code=err.detail)
        case "unknown" if err.field in ("destination_province", "province"):
            return translate("Messages", "{field}: choose a province from the list.").format(
                field=name)
        case "unknown":
            return translate("Messages", "{field}: unknown value {value}.").format(
                field=name, value=err.detail)
        case "full":
            return translate(
                "Messages", "Location {code} is full: choose another location."
            ).format(code=err.detail)
        case "below_fill":
            return translate(
                "Messages", "The location holds {n} parcel(s) now: its capacity cannot be lower."
            ).format(n=err.detail)
        case "not_empty":
            return translate(
                "Messages", "The location still holds {n} parcel(s): move them before taking it "
                "out of use."
            ).format(n=err.detail)
        case "matched":
            return translate(
                "Messages", "This headless parcel was already matched to {number}."
            ).format(number=err.detail)
        case "closed":
            return translate(
                "Messages", "This stocktake is already posted: start a new one."
            )
        case "province":
            row, names = _tariff_row(err.detail)
            return translate(
                "Messages", "Return tariff, row {row}: {names} is not a province on the list."
            ).format(row=row, names=names)
        case "twice":
            row, names = _tariff_row(err.detail)
            return translate(
                "Messages", "Return tariff, row {row}: {names} already appears in another row."
            ).format(row=row, names=names)
        case "default" if err.detail == "0":
            return translate(
                "Messages", "The return tariff needs one row without provinces: it applies to "
                "every other province."
            )
        case "default":
            return translate(
                "Messages", "Return tariff, row {row}: only one row may be without provinces."
            ).format(row=err.detail)
        case "number":
            return translate(
                "Messages", "Return tariff, row {row}: free kg and 元/kg must be numbers, 0 or "
                "more (元/kg at most 1000)."
            ).format(row=err.detail)
        case "missing":
            return translate("Messages", "{field}: the file cannot be found.").format(
                field=name)
        case "place":
            return translate(
                "Messages", "「{place}」 cannot be a 代收 place: write it as a receipt shows it, "
                "in letters or Chinese characters, without digits or commas."
            ).format(place=err.detail)
        case "date" if err.field == "line":
            return translate(
                "Messages", "Delivery list, line {line}: the date must be written as "
                "2026-11-23."
            ).format(line=err.detail)
        case "courier" if err.field == "line":
            line, _sep, name = err.detail.partition(": ")
            return translate(
                "Messages", "Delivery list, line {line}: 「{name}」 is not a courier of this "
                "station (设置 → couriers)."
            ).format(line=line, name=name)
        case "waybill" if err.field == "line":
            line, _sep, number = err.detail.partition(": ")
            return translate(
                "Messages", "Delivery list, line {line}: 「{number}」 is not a waybill number of "
                "this station's carriers."
            ).format(line=line, number=number)
        case "too_short" if err.field == "search":
            return translate(
                "Messages", "Type at least 5 characters of the waybill, the last 4 digits of "
                "the phone, or a name."
            )
        case "too_short" if err.field == "address":
            return translate(
                "Messages", "Write the full address (at least {n} characters), not just "
                "「搬地方」."
            ).format(n=err.detail)
    return translate("Messages", "{field} is not valid.").format(field=name)


def describe(err: DomainError) -> str:
    """Return the message to show for ``err``."""
    match err:
        case InvalidWaybill(check=WaybillRejected() as check):
            return describe_waybill(check)
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
            ).format(time=formats.clock(err.until))
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
        case DetailsMissing():
            return translate(
                "Messages", "Still missing: {fields}. A problem parcel without its details is "
                "neither returned nor messaged."
            ).format(fields=translate("Messages", ", ").join(field_label(f) for f in err.missing))
        case ReasonNotAccepted():
            return translate(
                "Messages", "A courier who would not carry it upstairs or was rude does not make "
                "a problem parcel: no message is left."
            )
        case AlreadyInStock():
            return translate(
                "Messages", "{number} is already in stock: {code} at {location}, since {since}, "
                "scanned in by {by}."
            ).format(number=err.waybill_no, code=err.pickup_code or "—", location=err.location,
                     since=formats.when(err.since), by=err.by)
        case AlreadyOut():
            return translate(
                "Messages", "{number} has already left: {how}, scanned out by {by} at {at}."
            ).format(number=err.waybill_no,
                     how=disposition_name(err.disposition) if err.disposition else "—",
                     by=err.by, at=formats.seconds(err.at))
        case NotInStock():
            return translate(
                "Messages", "{number} is not in the warehouse: it was never scanned in here."
            ).format(number=err.waybill_no)
        case NoDeliveryScan():
            return translate(
                "Messages", "{number} has no delivery scan: do the delivery scan of its area "
                "first, then return it."
            ).format(number=err.waybill_no)
        case PickupCheckFailed():
            return translate(
                "Messages", "Neither the pickup code nor the phone's last 4 digits match "
                "{number}: do not hand it over."
            ).format(number=err.waybill_no)
        case StoreFull():
            return translate(
                "Messages", "No room left in the {area}: type a location with room, or add one "
                "in the warehouse settings."
            ).format(area=_enum_name(LocationKind, err.kind))
        case NotOnList():
            return translate(
                "Messages", "{number} is not on this driver's pickup list: keep it here."
            ).format(number=err.waybill_no)
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
            ).format(number=err.waybill_no, reason=reason_name(err.reason),
                     code=err.pickup_code or "—", location=err.location,
                     since=formats.when(err.since), by=err.by)
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
    if (intake := describe_intake(err)) is not None:
        return intake
    if (notify := describe_notify(err)) is not None:
        return notify
    if (race := describe_concurrency(err)) is not None:
        return race
    if type(err).__module__ == "counter_app.domain.storage":
        from counter_app.ui.messages_storage import describe_storage

        return describe_storage(err)
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
        case RejectReason.NOT_A_CODE:
            return translate(
                "Messages",
                "That was not a barcode ({n} characters typed very fast); it was not kept.",
            ).format(n=check.expected_lengths[0] if check.expected_lengths else 0)
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


