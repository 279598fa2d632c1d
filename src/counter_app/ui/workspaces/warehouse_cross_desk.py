"""The warehouse's X-6 warning (issue 16): a parcel scanned in that the night desk already
entered as signed. Kept apart from the warehouse workspace, which calls it from one line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from counter_app.services.warehouse import Lookup

translate = QCoreApplication.translate


def signed_warning(found: Lookup, label: Callable[[str], str]) -> str:
    """X-6: the sentence to show before the scan-in form is filled, or "" when the parcel
    has no signed receipt. The scan-in still goes ahead (the parcel is physically here); its
    event carries the receipt on the timeline.

    Args:
        found: what the scan found.
        label: a job number as the desk names people (「周芳（3001）」).
    """
    receipt = found.receipt
    if receipt is None:
        return ""
    return translate(
        "WarehouseCrossDesk",
        "{number} was entered as signed by 「{signer}」 ({who}, {when}): a signed parcel should "
        "not be here. Check the parcel and the receipt; saving scans it in and notes the "
        "receipt on its timeline (X-6).").format(
            number=found.waybill_no, signer=receipt.signer, who=label(receipt.entered_by),
            when=receipt.entered_at.strftime("%Y-%m-%d %H:%M"))
