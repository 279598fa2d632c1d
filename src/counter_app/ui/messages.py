"""Turn DomainErrors into clear, translated sentences that say what to do (desk-ux §3)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import (
    AccountInactive,
    AccountLocked,
    DomainError,
    DuplicateJobNumber,
    FieldInvalid,
    InvalidWaybill,
    LoginFailed,
    NotFound,
    PermissionDenied,
    StationAlreadySetUp,
)
from counter_app.domain.waybills import WaybillRejected
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
from counter_app.ui.messages_misroute import misroute_field_labels
from counter_app.ui.messages_notify import (
    describe_notify,
    notify_field_labels,
    notify_field_problem,
)
from counter_app.ui.messages_receipts import (
    describe_receipts,
    describe_signer,
    receipt_field_labels,
)
from counter_app.ui.messages_warehouse import (
    describe_warehouse,
    disposition_name,
    location_kind_name,
    reason_name,
    warehouse_field_labels,
)
from counter_app.ui.messages_waybills import carrier_names, describe_waybill

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
        "reason": translate("Messages", "Reason"),
        "role": translate("Messages", "Role"),
        "since": translate("Messages", "Date"),
        "own_carriers": translate("Messages", "Own carrier(s)"),
        "early_shift": translate("Messages", "Early shift"),
        "late_shift": translate("Messages", "Late shift"),
        "recipient": translate("Messages", "Recipient"),
        "recipient_phone": translate("Messages", "Recipient phone"),
        "active": translate("Messages", "In use"),
        "note": translate("Messages", "Note"),
        "courier": translate("Messages", "Courier"),
        "driver": translate("Messages", "Driver"),
        "company": translate("Messages", "Company"),
        "message": translate("Messages", "Message"),
        "origin_city": translate("Messages", "Origin city"),
        "reply_check_noon": translate("Messages", "Noon reply check"),
        "reply_check_afternoon": translate("Messages", "Afternoon reply check"),
        "payment": translate("Messages", "Payment"),
        "search": translate("Messages", "Search"),
        "description": translate("Messages", "Description"),
        "photo": translate("Messages", "Photo"),
        "period": translate("Messages", "Period"),
        "shift": translate("Messages", "Shift"),
        "waybill": translate("Messages", "Waybill number"),
        "waybill_no": translate("Messages", "Waybill number"),
        # how long records are kept (RE-8, issue 21 §3)
        "journal_days": translate("Messages", "Days to keep the scan journal"),
        "audit_days": translate("Messages", "Days to keep the audit log"),
        "counter_days": translate("Messages", "Days to keep counter records"),
    }
    labels.update(warehouse_field_labels())
    labels.update(receipt_field_labels())
    labels.update(misroute_field_labels())
    labels.update(intake_field_labels())
    labels.update(notify_field_labels())
    labels.update(desk_field_labels())  # issue 19
    return labels.get(field, field)


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
    if (warehouse := describe_warehouse(err)) is not None:
        return warehouse
    if (receipt := describe_receipts(err)) is not None:
        return receipt
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
