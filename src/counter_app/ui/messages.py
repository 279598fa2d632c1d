"""Turn DomainErrors into clear, translated sentences that say what to do (desk-ux §3)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
        "role": translate("Messages", "Role"),
        "since": translate("Messages", "Date"),
        "early_shift": translate("Messages", "Early shift"),
        "late_shift": translate("Messages", "Late shift"),
    }
    return labels.get(field, field)


def _field_problem(err: FieldInvalid) -> str:
    name = field_label(err.field)
    match err.problem:
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
