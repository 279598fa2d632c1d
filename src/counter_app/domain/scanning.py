"""What a scanner delivers before any interpretation (SC-1)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

# A waybill-like read: 8-40 characters without spaces, with a run of at least 6 digits (every
# carrier's number has one; a misread keeps it beside a garbled byte). Words, passwords and
# phrases do not: they are not stored as text.
_CODE_LIKE = re.compile(r"\S{8,40}")
_DIGIT_RUN = re.compile(r"[0-9]{6,}")


def could_be_code(text: str) -> bool:
    """Whether a rejected read may be journalled with its text (issue 21 §1, X-2).

    A misread barcode is worth keeping for the supervisor; words, passwords or a phrase typed
    at speed are not: they are journalled as "not a code" with their length only.
    """
    value = text.strip()
    return bool(_CODE_LIKE.fullmatch(value) and _DIGIT_RUN.search(value))


@dataclass(frozen=True)
class RawScan:
    """One barcode read as it came off a device, before normalisation or validation.

    Attributes:
        source: which device, e.g. ``"serial:/dev/ttyUSB0"`` or ``"wedge"``.
        raw: the bytes of the frame as read (prefix/suffix already stripped by the framing
            configuration, terminator removed). For a keyboard wedge, the typed text as UTF-8.
        text: ``raw`` decoded for display and validation (latin-1 for serial, never fails).
        received_at: ``time.monotonic()`` when the last byte or key of the scan arrived.
        key_gaps_ms: for a keyboard wedge, the gaps between keys in ms (empty for serial).
    """

    source: str
    raw: bytes
    text: str
    received_at: float
    key_gaps_ms: tuple[float, ...] = ()


class ScanOutcome(enum.StrEnum):
    """What became of a raw read. Stored in the scan journal: never rename the values."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class ScanEvent:
    """One accepted barcode, as delivered to the active workspace (issue 3 §1).

    Attributes:
        source: the device it came from (``RawScan.source``).
        number: the normalised waybill number.
        carriers: the station's own carriers whose format fits (usually one).
        received_at: ``time.monotonic()`` of the scan's last byte or key.
        journal_id: the scan-journal row that recorded it (stored before delivery, SC-3).
    """

    source: str
    number: str
    carriers: tuple[str, ...]
    received_at: float
    journal_id: int


@dataclass(frozen=True)
class ScanCounts:
    """Good reads, rejects and duplicates of one scanner (for the settings page)."""

    source: str
    accepted: int = 0
    rejected: int = 0
    duplicate: int = 0


class DuplicateGuard:
    """Refuses the same number again within ``window_s`` seconds (issue 3 §5).

    Times are monotonic seconds (``RawScan.received_at``). Only accepted reads arm the guard,
    so a misread followed by a good read of the same parcel is not called a duplicate.
    """

    def __init__(self, window_s: float = 2.0) -> None:
        """``window_s`` <= 0 turns the guard off."""
        self.window_s = window_s
        self._last: dict[str, float] = {}

    def is_duplicate(self, number: str, at: float) -> bool:
        """Tell whether ``number`` was accepted less than ``window_s`` before ``at``."""
        last = self._last.get(number)
        return last is not None and 0 <= at - last < self.window_s

    def remember(self, number: str, at: float) -> None:
        """Arm the guard for ``number``; forget entries that can no longer match."""
        self._last[number] = at
        if len(self._last) > 256:
            horizon = at - max(self.window_s, 0.0)
            self._last = {n: t for n, t in self._last.items() if t >= horizon}
