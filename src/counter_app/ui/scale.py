"""The scale as the UI sees it, and the weight field that follows it (issue 17 §1).

The UI never imports pyserial: ``main.py`` makes a ``counter_app.hardware.scale.ScaleHub`` and
hands it over as a ``ScalePort``. A ``WeightFollower`` binds one weight field (the counter's,
the warehouse's EMS / return-fee field) to the scale's readings.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QLineEdit

from counter_app.hardware.scale_frames import ScaleReading, format_kg


class ScalePort(Protocol):
    """What the UI needs of ``counter_app.hardware.scale.ScaleHub`` (made by main.py)."""

    weighed: SignalInstance
    frame_seen: SignalInstance
    state_changed: SignalInstance

    @property
    def state(self) -> str:
        """``""`` (no scale), ``"connected"``, ``"disconnected"``, ``"error: …"``."""
        ...

    def apply(self, entry: dict[str, Any] | None) -> str:
        """(Re)start the scale; returns a problem or ``""``."""
        ...

    def check(self, entry: dict[str, Any]) -> None:
        """Raise ValueError when ``entry`` cannot be used."""
        ...

    def zero(self) -> bool:
        """Zero; False when not possible."""
        ...

    def tare(self) -> bool:
        """Tare; False when not possible."""
        ...

    def stop(self) -> None:
        """Stop reading."""
        ...


class WeightFollower(QObject):
    """Fills a weight field (kg) from the scale's stable readings until the clerk types.

    Rules (issue 17 §1):
    - only a stable, positive, in-range load reading fills the field; unstable readings only
      show in the field's placeholder while it is empty;
    - a weight typed by the clerk stays: the field stops following until it is emptied or
      ``reset()`` (the next parcel);
    - after ``reset()`` the same parcel still lying on the scale does not refill the field:
      the scale must first show something else (unloaded, unsettled or another weight).

    Signals:
        filled(int): the field was filled from the scale with this many grams.

    Attributes:
        typed: the clerk typed the weight in the field.
        filled_grams: the grams last put in the field from the scale.
        last_filled_at: ``time.perf_counter()`` when the field was last filled (benchmarks).
    """

    filled = Signal(int)

    def __init__(self, edit: QLineEdit, parent: QObject | None = None) -> None:
        """Follow readings into ``edit``."""
        super().__init__(parent)
        self._edit = edit
        self._placeholder = edit.placeholderText()
        self.typed = False
        self.filled_grams: int | None = None
        self.last_filled_at = 0.0
        self._hold: int | None = None
        edit.textEdited.connect(self._edited)

    def attach(self, scale: ScalePort) -> None:
        """Follow ``scale``'s readings."""
        scale.weighed.connect(self.follow)

    def _edited(self, text: str) -> None:
        self.typed = bool(text.strip())
        if not self.typed:
            self.filled_grams = None

    def follow(self, reading: ScaleReading) -> None:
        """Take one reading (GUI thread)."""
        if self._hold is not None:
            if reading.usable and reading.grams == self._hold:
                return
            self._hold = None
        edit = self._edit
        if not reading.usable:
            if not reading.overload and not reading.tare and not edit.text():
                if not edit.placeholderText().startswith("⚖"):
                    self._placeholder = edit.placeholderText()  # as translated now
                edit.setPlaceholderText(f"⚖ {format_kg(reading.grams)} …")
            return
        if self.typed or not edit.isEnabled():
            return
        text = format_kg(reading.grams)
        if edit.text() != text:
            edit.setText(text)
        self.filled_grams = reading.grams
        self.last_filled_at = time.perf_counter()
        edit.setPlaceholderText(self._placeholder)
        self.filled.emit(reading.grams)

    def reset(self) -> None:
        """The next parcel: follow again, but not the weight that is still on the scale."""
        self._hold = self.filled_grams
        self.typed = False
        self.filled_grams = None
        self._edit.setPlaceholderText(self._placeholder)

    def weighed_grams(self) -> int | None:
        """The scale's grams when the field still shows exactly what the scale put there."""
        if self.typed or self.filled_grams is None:
            return None
        return self.filled_grams if self._edit.text() == format_kg(self.filled_grams) else None
