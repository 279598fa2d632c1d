"""Sentences of a rejected waybill number (SC-2, CI-4) and carrier names; ``ui.messages``
delegates here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from counter_app.domain.waybills import RejectReason, WaybillRejected, default_carriers

translate = QCoreApplication.translate


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
