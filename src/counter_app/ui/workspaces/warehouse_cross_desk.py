"""The warehouse's X-6 warning (issue 16): a parcel scanned in that the night desk already
entered as signed. Kept apart from the warehouse workspace, which calls it from one line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from counter_app.domain.warehouse import ProblemDetails
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


class OriginCityField:
    """WH-16 (issue 16): where the parcel was sent from, on the scan-in form below the
    province; a parcel from the station's own city (同城件) has no message dues."""

    def __init__(self, form: QFormLayout, parent: QWidget, after: QWidget) -> None:
        """Add the row to ``form`` below the row of ``after``."""
        self.edit = QLineEdit(parent)
        self.edit.setObjectName("origin_city_edit")
        self.edit.setMaxLength(20)
        self.edit.setPlaceholderText(translate(
            "WarehouseCrossDesk", "e.g. 温州; the station's city: no message due"))
        position: tuple[int, object] = form.getWidgetPosition(after)  # type: ignore[assignment]
        label = QLabel(translate("WarehouseCrossDesk", "Sent &from (city)"), parent)
        label.setBuddy(self.edit)
        form.insertRow(position[0] + 1, label, self.edit)

    def into(self, details: ProblemDetails) -> ProblemDetails:
        """The details with the typed origin city."""
        return replace(details, origin_city=self.edit.text())
