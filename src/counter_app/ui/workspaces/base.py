"""What every workspace offers the main window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import StaffMember


class Workspace(QWidget):
    """A workspace: one job's screen. Subclasses set ``ui`` from a Designer form.

    Signals:
        scan_answered(ScanFeedback): the verdict of a scan whose ``handle_scan`` returned
            :data:`PENDING` (its work ran on the worker thread, issue 15 §1).
    """

    scan_answered = Signal(object)

    claimed_keys: ClassVar[frozenset[str]] = frozenset()
    """Desk keys this workspace uses itself while it is visible (the night desk's F6 草签):
    the window's shortcut of the same key is off meanwhile, so one key never means two
    things (Qt would do neither)."""

    def title(self) -> str:
        """Translated tab title, without the F-key."""
        raise NotImplementedError

    def activate(self, operator: StaffMember) -> None:
        """Called when the workspace becomes visible or the operator changes."""

    def handle_scan(self, event: ScanEvent) -> ScanFeedback | None:
        """Receive an accepted barcode (issue 3 §1); return what to show, None for the
        gateway's plain "accepted", or :data:`PENDING` when the verdict follows through
        ``scan_answered``. Called only for the visible workspace."""
        return None


@dataclass(frozen=True)
class ScanFeedback:
    """What the big result area shows after a scan (desk-ux §2)."""

    outcome: ScanOutcome
    headline: str
    detail: str = ""


PENDING = ScanFeedback(ScanOutcome.ACCEPTED, "…")
"""``handle_scan``'s answer while the scan's work runs on the worker thread: nothing is shown
or sounded until ``scan_answered`` brings the verdict."""
