"""What a scanner delivers before any interpretation (SC-1)."""

from __future__ import annotations

from dataclasses import dataclass


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
