"""What every workspace offers the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counter_app.domain.staff import StaffMember


class Workspace(QWidget):
    """A workspace: one job's screen. Subclasses set ``ui`` from a Designer form."""

    def title(self) -> str:
        """Translated tab title, without the F-key."""
        raise NotImplementedError

    def activate(self, operator: StaffMember) -> None:
        """Called when the workspace becomes visible or the operator changes."""
