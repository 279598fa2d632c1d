"""Keeping customers' personal data out of logs and error dialogs (issue 12 §5, X-2).

Defence in depth behind ``hide_parameters``: whatever text is about to be logged or shown as an
unexpected error passes through ``redact``. It drops the lines in which database servers echo
a failing row (PostgreSQL ``DETAIL: Failing row contains (...)``, ``Key (...)=(...)``) and the
statement parameters, and masks what looks like an ID number, a mobile phone or a street
address. Waybill numbers (12–15 digits) are left alone: they are what a log is read for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from counter_app.domain.identity import mask_document, mask_name
from counter_app.domain.staff import mask_phone

_ROW_ECHO = re.compile(
    r"^\s*(DETAIL|CONTEXT|HINT|LINE \d+):.*$|^.*Failing row contains.*$|"
    r"\[parameters: .*?\]$|^.*\bKey \(.*?\)=\(.*?\).*$",
    re.MULTILINE,
)
_ID_18 = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_ADDRESS = re.compile(
    r"[\u4e00-\u9fff0-9A-Za-z]{0,12}(?:省|市|区|县|镇|乡|村)[\u4e00-\u9fff0-9A-Za-z\-]*?"
    r"(?:路|街|道|巷|弄|里|号|室|栋|幢|单元|小区)[\u4e00-\u9fff0-9A-Za-z\-]*"
)
ROW_ECHO_PLACEHOLDER = "[row values removed]"


def redact(text: str) -> str:
    """``text`` without echoed rows, parameters, ID numbers, mobile phones or addresses."""
    text = _ROW_ECHO.sub(ROW_ECHO_PLACEHOLDER, text)
    text = _ID_18.sub(lambda m: mask_document(m.group(0)), text)
    text = _MOBILE.sub(lambda m: mask_phone(m.group(0)), text)
    return _ADDRESS.sub("[address]", text)


# --- personal fields of stored records: one list of keys for the audit log's snapshots
# and for the parcel view's lines, so a new personal field is masked everywhere at once.
NAME_KEYS = frozenset({"sender_name", "recipient_name", "recipient", "signer", "caller",
                       "caller_name", "contact_name", "picked_up_by"})
PHONE_KEYS = frozenset({"phone", "sender_phone", "recipient_phone", "contact_phone",
                        "caller_phone"})
DOCUMENT_KEYS = frozenset({"doc_number", "id_number", "document"})


def mask_fields(data: Mapping[str, object], *, contacts: bool = False,
                ids: bool = False) -> dict[str, object]:
    """``data`` with customers' names, phones and addresses masked unless ``contacts``, and
    document numbers unless ``ids``; nested objects too."""

    def one(key: str, value: object) -> object:
        if isinstance(value, dict):
            return {k: one(k, v) for k, v in value.items()}
        if not isinstance(value, str) or not value:
            return value
        if key in DOCUMENT_KEYS:
            return value if ids else mask_document(value)
        if contacts:
            return value
        if key in NAME_KEYS:
            return mask_name(value)
        if key in PHONE_KEYS:
            return mask_phone(value)
        if "address" in key:
            return value[:3] + "***"
        return value

    return {key: one(key, value) for key, value in data.items()}
