"""One table of text limits and one character check for everything typed or scanned (issue 13
§6): over-long text and control characters are refused with a field message at the service
edge, the same on SQLite (which would store them silently) and PostgreSQL (which would raise a
DataError). ``tests/integration/test_text_limits.py`` holds each limit against its column."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from counter_app.domain.errors import FieldInvalid

LIMITS: dict[str, int] = {
    # counter intake (ci_acceptance, ci_sender, ci_account)
    "contents": 200,
    "sender_name": 60,
    "sender_address": 200,
    "recipient_name": 60,
    "recipient_address": 200,
    "doc_number": 40,
    "account_code": 16,
    "account_name": 100,
    "account_contact": 40,
    "override_reason": 200,
    "note": 200,
    # receipts (receipt, receipt_set_aside)
    "signer": 40,
    "partial_barcode": 40,
    "printed_digits": 40,
    "reason": 200,
    # misroute register (misroute_entry)
    "origin_province": 20,
    "origin_site": 60,
    "wrong_dazi": 40,
    "correct_dazi": 40,
    # warehouse (wh_stay, wh_headless, wh_location)
    "recipient": 40,
    "destination_province": 20,
    "location": 16,
    "location_code": 16,
    "description": 200,
    # station, staff, couriers
    "station_name": 100,
    "station_code": 12,
    "province": 20,
    "city": 40,
    "contact_person": 40,
    "qq": 12,
    "name": 40,
    "area": 100,
    # customer-service desk (cs_enquiry, cs_note; issue 19)
    "caller_name": 40,
    "caller_point": 60,
    "question": 500,
    "reply": 500,
    "notebook": 500,
    "content": 500,
    "customer_evidence": 500,
    "staff_evidence": 500,
    "solution": 500,
    "staff_member": 40,
    "claimant_name": 40,
    "from_point": 60,
    "message": 500,
    "action": 200,
    "outcome": 500,
    "pickup_address": 200,
    # numbers as typed or scanned, before the recogniser (waybill columns are 40)
    "waybill": 40,
    "waybill_no": 40,
}
MULTILINE = frozenset({"note", "description", "reason", "question", "reply", "notebook",
                       "content", "customer_evidence", "staff_evidence", "solution",
                       "message", "action", "outcome"})
"""Fields where a line break (and a tab) is text, not a control character."""


def bad_characters(value: str, *, multiline: bool = False) -> tuple[str, ...]:
    """The control characters (C0, DEL, C1) and lone surrogates in ``value``, in order."""
    allowed = "\n\t\r" if multiline else ""
    return tuple(
        ch for ch in value
        if (ord(ch) < 0x20 and ch not in allowed) or 0x7F <= ord(ch) <= 0x9F
        or 0xD800 <= ord(ch) <= 0xDFFF
    )


def visible(value: str) -> str:
    """``value`` with every control character and lone surrogate written as an escape
    (``\\x00``, ``\\udc80``), so a rejected read can be journalled as it came."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if bad_characters(ch) else ch
        for ch in value
    )


def check_text(field: str, value: str, limit: int | None = None) -> str:
    """Return ``value`` if it is storable as ``field``, else raise ``FieldInvalid``.

    Raises:
        FieldInvalid: ``characters`` (detail: the escaped characters) or ``too_long``
            (detail: the limit).
    """
    if bad := bad_characters(value, multiline=field in MULTILINE):
        raise FieldInvalid(field, "characters", visible("".join(dict.fromkeys(bad))))
    limit = LIMITS.get(field) if limit is None else limit
    if limit is not None and len(value.strip()) > limit:
        raise FieldInvalid(field, "too_long", str(limit))
    return value


def check_fields(record: object, rename: Mapping[str, str] | None = None) -> None:
    """Check every text attribute of a draft or record (a dataclass) against the table, the
    field named by the attribute (or by ``rename``). Called once, at the service edge."""
    if not dataclasses.is_dataclass(record):
        raise TypeError(f"not a dataclass: {record!r}")
    names = rename or {}
    for item in dataclasses.fields(record):
        value = getattr(record, item.name)
        if isinstance(value, str):
            check_text(names.get(item.name, item.name), value)
