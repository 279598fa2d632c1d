"""The counter intake's names and messages (issue 4); ``ui.messages`` delegates here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from counter_app.domain.errors import (
    AcceptanceVoided,
    AlreadyAccepted,
    DomainError,
    FieldInvalid,
    ParcelRefused,
)
from counter_app.domain.identity import DocumentKind
from counter_app.domain.intake import PayMode, RefusalReason
from counter_app.domain.pricing import RateCardInvalid
from counter_app.domain.prohibited import AirRestrictionKind, default_catalogue
from counter_app.domain.service_area import AreaStatus, ServiceAreaInvalid
from counter_app.ui import formats

translate = QCoreApplication.translate


def intake_field_labels() -> dict[str, str]:
    """The translated names of the intake form's fields."""
    return {
        "contents": translate("IntakeMessages", "Contents"),
        "quantity": translate("IntakeMessages", "Pieces"),
        "liquid_ml": translate("IntakeMessages", "Liquid (ml)"),
        "sender_name": translate("IntakeMessages", "Sender name"),
        "sender_phone": translate("IntakeMessages", "Sender phone"),
        "sender_address": translate("IntakeMessages", "Sender address"),
        "doc_kind": translate("IntakeMessages", "Document type"),
        "id_number": translate("IntakeMessages", "Document number"),
        "recipient_name": translate("IntakeMessages", "Recipient name"),
        "recipient_address": translate("IntakeMessages", "Recipient address"),
        "recipient_district": translate("IntakeMessages", "District"),
        "recipient_city": translate("IntakeMessages", "City"),
        "destination": translate("IntakeMessages", "Destination"),
        "transport": translate("IntakeMessages", "Service"),
        "dimensions": translate("IntakeMessages", "Size (cm)"),
        "declared_value": translate("IntakeMessages", "Declared value"),
        "packaging": translate("IntakeMessages", "Packaging"),
        "pay_mode": translate("IntakeMessages", "Payment"),
        "account_code": translate("IntakeMessages", "Account"),
        "account_name": translate("IntakeMessages", "Account name"),
        "account_phone": translate("IntakeMessages", "Account phone"),
        "contact": translate("IntakeMessages", "Contact person"),
        "received": translate("IntakeMessages", "Received"),
        "inspected": translate("IntakeMessages", "Inspection"),
        "override_total": translate("IntakeMessages", "Other price"),
        "override_reason": translate("IntakeMessages", "Reason for the other price"),
        "refusal_detail": translate("IntakeMessages", "Refusal detail"),
        "consumable_quantity": translate("IntakeMessages", "Quantity"),
        "low_mark": translate("IntakeMessages", "Low-stock mark"),
        "category": translate("IntakeMessages", "Category number"),
        "category_name": translate("IntakeMessages", "Category name"),
        "keywords": translate("IntakeMessages", "Keywords"),
        "correction": translate("IntakeMessages", "Correction"),
    }


def intake_field_problem(err: FieldInvalid, label: str) -> str | None:
    """A message for the intake's own field problems; None for the shared ones."""
    match (err.field, err.problem):
        case ("transport", "air_banned"):
            kinds = "、".join(air_kind_name(AirRestrictionKind(k)) for k in err.detail.split(",")
                             if k in AirRestrictionKind.__members__.values())
            return translate(
                "IntakeMessages", "This parcel may not go by air ({kinds}): choose the land "
                "service; the slip will say 航空禁运.").format(kinds=kinds)
        case ("received", "short"):
            return translate("IntakeMessages", "Received is less than the fee of ¥ {n}.").format(
                n=err.detail)
        case ("recipient_address", "unresolved"):
            return translate(
                "IntakeMessages", "The address names no province or city we know: write it as "
                "province, city, district, street (e.g. 江苏省南京市鼓楼区中山北路30号).")
        case ("recipient_district", "unknown"):
            return translate(
                "IntakeMessages", "Unknown district for {place}: the service area lists "
                "districts there, so add the district to the address.").format(place=err.detail)
        case ("recipient_city", "unknown"):
            return translate(
                "IntakeMessages", "Unknown city for {place}: add the city to the address."
            ).format(place=err.detail)
        case ("dimensions", "incomplete"):
            return translate("IntakeMessages",
                             "Size: enter all three sides in cm, or none of them.")
        case ("dimensions", "required"):
            return translate(
                "IntakeMessages", "Size is needed: the rate card prices by volume, so measure "
                "length, width and height in cm.")
        case (_, "number"):
            return translate("IntakeMessages", "{field}: enter a number greater than 0."
                             ).format(field=label)
        case (_, "integer"):
            return translate("IntakeMessages", "{field}: enter a whole number.").format(
                field=label)
        case ("account_code", "inactive"):
            return translate("IntakeMessages", "Account {code} is closed: choose another or "
                             "take the parcel as prepaid.").format(code=err.detail)
        case ("account_code", "unknown"):
            return translate("IntakeMessages", "There is no account {code}.").format(
                code=err.detail)
        case ("account_code", "duplicate"):
            return translate("IntakeMessages", "Account code {code} is already used.").format(
                code=err.detail)
        case ("account_code", "format"):
            return translate("IntakeMessages",
                             "Account code: up to 16 letters or digits, no spaces.")
        case ("destination", "not_on_card"):
            return translate(
                "IntakeMessages", "The rate card has no zone for {province}: a supervisor adds "
                "it to the card before the counter takes the parcel.").format(
                    province=err.detail)
        case ("declared_value", "not_offered"):
            return translate("IntakeMessages", "The rate card offers no insurance (保价).")
        case ("category", "range"):
            return translate("IntakeMessages", "Category number: a whole number, 1 or more "
                             "(above 19 for a new category).")
        case ("category", "duplicate"):
            return translate("IntakeMessages", "Category {n} appears in two rows: put its "
                             "keywords in one row.").format(n=err.detail)
        case ("consumable_quantity", "stock"):
            return translate("IntakeMessages", "Only {n} in stock: take out at most {n}."
                             ).format(n=err.detail)
        case ("id_number", problem):
            return _id_problem(problem, err.detail)
        case ("doc_kind", "required"):
            return translate("IntakeMessages", "Choose the sender's document type.")
        case ("correction", "unchanged"):
            return translate("IntakeMessages", "The correction changes nothing: change the "
                             "destination, the weight or the payment, or cancel.")
        case ("inspected", "required"):
            return translate(
                "IntakeMessages", "Inspect the contents and tick 'inspected' (验视) before "
                "accepting.")
    return None


def _id_problem(problem: str, detail: str) -> str:
    match problem:
        case "required":
            return translate(
                "IntakeMessages", "Document number is required: the law asks for the sender's "
                "identity document (实名收寄). Without one the parcel is refused.")
        case "check_digit":
            return translate(
                "IntakeMessages", "Document number: the check character is wrong (it should "
                "be {char}); read the number again from the card.").format(char=detail)
        case "birth_date":
            return translate("IntakeMessages",
                             "Document number: the birth date {date} inside it does not exist."
                             ).format(date=detail)
        case "region":
            return translate("IntakeMessages",
                             "Document number: it cannot start with {digits}.").format(
                                 digits=detail)
        case "length":
            return translate("IntakeMessages",
                             "Document number: {n} characters are expected.").format(n=detail)
        case "first_generation":
            return translate("IntakeMessages",
                             "Please show a second-generation resident ID card: first-generation "
                             "(15-digit) cards are no longer valid.")
        case "characters":
            return translate("IntakeMessages",
                             "Document number: these characters do not belong: {chars}."
                             ).format(chars=detail)
    return translate("IntakeMessages",
                     "Document number: not the shape this document type has.")


def describe_intake(err: DomainError) -> str | None:
    """Messages for the intake's own errors; None for the others."""
    match err:
        case ParcelRefused(reason="prohibited", detail=detail):
            number, _sep, name = detail.partition(" ")
            return translate(
                "IntakeMessages", "Refused and recorded: prohibited item, category {n} {name}. "
                "Tell the customer it cannot be sent.").format(n=number,
                                                               name=_category(number, name))
        case ParcelRefused(reason="fragile", detail=detail):
            return translate(
                "IntakeMessages", "Refused and recorded: fragile items ({words}) are not "
                "accepted at this station.").format(words=detail)
        case ParcelRefused(reason="out_of_area", detail=detail):
            return translate(
                "IntakeMessages", "Refused and recorded: {place} is outside our service area "
                "(超区).").format(place=detail)
        case ParcelRefused(reason=reason):
            return translate("IntakeMessages", "Refused and recorded: {reason}.").format(
                reason=refusal_reason_name(RefusalReason(reason)))
        case AcceptanceVoided():
            return translate(
                "IntakeMessages", "{number} was voided by {by} at {at}: it is neither corrected "
                "nor accepted again. Use a new waybill."
            ).format(number=err.waybill_no, by=err.by, at=formats.when(err.at))
        case AlreadyAccepted():
            by = f"{err.by}（{err.job_number}）" if err.job_number else err.by
            return translate(
                "IntakeMessages", "{number} was already accepted at {at} by {by}: scan a new "
                "waybill form.").format(number=err.waybill_no, at=formats.when(err.at), by=by)
        case RateCardInvalid():
            return translate(
                "IntakeMessages", "The rate card file is not usable: section {section}, row "
                "{row}, column {column}: {problem} {detail}. The current card is kept."
            ).format(section=err.section, row=err.row or "—", column=err.column or "—",
                     problem=_file_problem(err.problem), detail=err.detail)
        case ServiceAreaInvalid():
            return translate(
                "IntakeMessages", "The service-area file is not usable: row {row}, column "
                "{column}: {problem} {detail}. The current table is kept."
            ).format(row=err.row or "—", column=err.column or "—",
                     problem=_file_problem(err.problem), detail=err.detail)
    return None


def _file_problem(problem: str) -> str:
    names = {
        "missing_section": translate("IntakeMessages", "section missing"),
        "unknown_section": translate("IntakeMessages", "unknown section"),
        "missing_column": translate("IntakeMessages", "column missing"),
        "required": translate("IntakeMessages", "value required"),
        "number": translate("IntakeMessages", "not a number"),
        "integer": translate("IntakeMessages", "not a whole number"),
        "range": translate("IntakeMessages", "out of range"),
        "choice": translate("IntakeMessages", "not one of"),
        "unknown_setting": translate("IntakeMessages", "unknown setting"),
        "unknown_province": translate("IntakeMessages", "unknown province"),
        "unknown_zone": translate("IntakeMessages", "unknown zone"),
        "duplicate": translate("IntakeMessages", "appears twice"),
        "relative_zone": translate("IntakeMessages", "province put in 同城/省内"),
        "band_order": translate("IntakeMessages", "insurance bands out of order"),
        "no_zones": translate("IntakeMessages", "no zones"),
        "unreadable": translate("IntakeMessages", "the file cannot be read (not CSV/XLSX of "
                                "this layout)"),
        "no_section": translate("IntakeMessages", "no section heading"),
    }
    return names.get(problem, problem)


def _category(number: str, name_zh: str) -> str:
    if QLocale().language() == QLocale.Language.Chinese or not number.isdigit():
        return name_zh
    try:
        return default_catalogue().category(int(number)).name_en
    except KeyError:
        return name_zh


def document_name(kind: DocumentKind) -> str:
    """A document type in the UI language."""
    if QLocale().language() == QLocale.Language.Chinese:
        return kind.name_zh
    return {
        DocumentKind.RESIDENT_ID: translate("IntakeMessages", "Resident ID card"),
        DocumentKind.TEMPORARY_RESIDENT_ID: translate("IntakeMessages",
                                                      "Temporary resident ID card"),
        DocumentKind.MILITARY_ID: translate("IntakeMessages", "PLA military ID"),
        DocumentKind.ARMED_POLICE_ID: translate("IntakeMessages", "Armed police ID"),
        DocumentKind.HMT_RESIDENCE_PERMIT: translate(
            "IntakeMessages", "HK/Macao/Taiwan residence permit"),
        DocumentKind.HK_MACAO_PERMIT: translate("IntakeMessages",
                                                "HK/Macao travel permit to the mainland"),
        DocumentKind.TAIWAN_PERMIT: translate("IntakeMessages",
                                              "Taiwan travel permit to the mainland"),
        DocumentKind.PASSPORT: translate("IntakeMessages", "Passport"),
        DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID: translate(
            "IntakeMessages", "Foreign permanent resident ID"),
        DocumentKind.CREDIT_CODE: translate("IntakeMessages",
                                            "Unified social credit code (organisation)"),
    }[kind]


def pay_mode_name(mode: PayMode) -> str:
    """现付（现金） … in the UI language."""
    return {
        PayMode.CASH: translate("IntakeMessages", "Prepaid, cash"),
        PayMode.QR: translate("IntakeMessages", "Prepaid, QR code"),
        PayMode.COLLECT: translate("IntakeMessages", "Freight collect (到付)"),
        PayMode.ACCOUNT: translate("IntakeMessages", "Account, monthly (协议结算)"),
    }[mode]


def air_kind_name(kind: AirRestrictionKind) -> str:
    """Why a parcel may not fly, in the UI language."""
    return {
        AirRestrictionKind.BATTERY: translate("IntakeMessages", "battery"),
        AirRestrictionKind.MAGNET: translate("IntakeMessages", "magnet"),
        AirRestrictionKind.PRESSURISED: translate("IntakeMessages", "pressurised/aerosol"),
        AirRestrictionKind.FLAMMABLE: translate("IntakeMessages", "flammable"),
        AirRestrictionKind.LIQUID: translate("IntakeMessages", "liquid over 20 ml"),
        AirRestrictionKind.POWDER: translate("IntakeMessages", "powder"),
        AirRestrictionKind.BLADE: translate("IntakeMessages", "knife/blade"),
    }[kind]


def area_status_name(status: AreaStatus) -> str:
    """What the service area says, in the UI language."""
    return {
        AreaStatus.SERVED: translate("IntakeMessages", "served"),
        AreaStatus.OUT_OF_AREA: translate("IntakeMessages", "out of area (超区): refuse"),
        AreaStatus.EMS: translate("IntakeMessages", "forward via EMS"),
    }[status]


def refusal_reason_name(reason: RefusalReason) -> str:
    """A refusal reason in the UI language."""
    return {
        RefusalReason.PROHIBITED: translate("IntakeMessages", "prohibited item"),
        RefusalReason.FRAGILE: translate("IntakeMessages", "fragile item"),
        RefusalReason.COMPETITOR: translate("IntakeMessages", "another carrier's parcel (同行件)"),
        RefusalReason.OUT_OF_AREA: translate("IntakeMessages", "out of area (超区)"),
        RefusalReason.NO_IDENTITY: translate("IntakeMessages", "no identity document shown"),
        RefusalReason.AIR_ONLY: translate("IntakeMessages", "air-restricted, customer insists "
                                          "on air"),
        RefusalReason.OTHER: translate("IntakeMessages", "other"),
    }[reason]


def fee_line_name(kind: str) -> str:
    """A line of the fee breakdown in the UI language."""
    return {
        "freight": translate("IntakeMessages", "Freight"),
        "insurance": translate("IntakeMessages", "Insurance (保价)"),
        "collect_fee": translate("IntakeMessages", "Collect fee (到付)"),
        "cod_fee": translate("IntakeMessages", "COD fee (代收)"),
        "packaging": translate("IntakeMessages", "Packaging"),
        "rounding": translate("IntakeMessages", "Rounding"),
    }.get(kind, kind)
