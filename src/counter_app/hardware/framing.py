"""Split a serial scanner's byte stream into barcode frames (pure Python, no Qt) (SC-1)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Terminator = Literal["CR", "LF", "CRLF", "ANY"]

_PATTERNS: dict[Terminator, re.Pattern[bytes]] = {
    "CR": re.compile(rb"\r"),
    "LF": re.compile(rb"\n"),
    "CRLF": re.compile(rb"\r\n"),
    # Alternation order matters: "\r\n" must win over a lone "\r" inside one chunk.
    "ANY": re.compile(rb"\r\n|\r|\n"),
}

TERMINATOR_BYTES: dict[Terminator, bytes] = {
    "CR": b"\r",
    "LF": b"\n",
    "CRLF": b"\r\n",
    "ANY": b"\r\n",
}
"""The bytes a scanner configured for each terminator sends (``ANY`` accepts all three)."""


@dataclass(frozen=True)
class FramingConfig:
    """How a serial scanner marks the end of one barcode (SC-1).

    Attributes:
        terminator: ``"CR"``, ``"LF"`` or ``"CRLF"`` to end a frame on exactly that sequence;
            ``"ANY"`` to end it on CR, LF or CRLF (a CRLF counts once, even when the CR and
            the LF arrive in different reads); ``None`` for gap-only framing, where a frame
            ends when the line has been silent for ``gap_ms``.
        gap_ms: silence in milliseconds after which a pending partial frame is complete.
            Required when ``terminator`` is ``None``; with a terminator it is optional and
            delivers a frame whose terminator never came (validation then judges it, SC-2).
        prefix: bytes the scanner puts before each code; stripped when present.
        suffix: bytes the scanner puts after each code (before the terminator); stripped
            when present.
        max_length: longest frame accepted, in bytes, before prefix/suffix stripping. A
            longer run without a terminator is garbage (wrong baud rate, a noisy line): it is
            dropped up to the next terminator or gap, and never held in memory.
    """

    terminator: Terminator | None = "ANY"
    gap_ms: float | None = None
    prefix: bytes = b""
    suffix: bytes = b""
    max_length: int = 512

    def __post_init__(self) -> None:
        """Reject configurations that could never produce a frame.

        Raises:
            ValueError: for an unknown terminator, gap-only framing without ``gap_ms``, a
                non-positive ``gap_ms`` or ``max_length``.
        """
        if self.terminator is not None and self.terminator not in _PATTERNS:
            raise ValueError(f"unknown terminator {self.terminator!r}")
        if self.terminator is None and self.gap_ms is None:
            raise ValueError("gap-only framing (terminator=None) needs gap_ms")
        if self.gap_ms is not None and not self.gap_ms > 0:
            raise ValueError(f"gap_ms must be positive, got {self.gap_ms!r}")
        if self.max_length < 1:
            raise ValueError(f"max_length must be at least 1, got {self.max_length!r}")


class FrameSplitter:
    """Incremental frame splitter: feed it reads as they come, get complete frames back.

    Empty frames (e.g. the LF of a CRLF read on its own, or blank lines) are never returned.
    Memory is bounded by ``config.max_length`` whatever the input.

    Attributes:
        config: the framing configuration.
        dropped: how many overlong frames were discarded so far.
    """

    def __init__(self, config: FramingConfig) -> None:
        """Create an empty splitter.

        Args:
            config: how frames are delimited.
        """
        self.config = config
        self.dropped = 0
        self._pattern = _PATTERNS[config.terminator] if config.terminator is not None else None
        self._gap_s = config.gap_ms / 1000.0 if config.gap_ms is not None else None
        self._buf = bytearray()
        self._discarding = False
        self._skip_lf = False
        self._cr_held = False
        self._last_data_at: float | None = None

    @property
    def last_data_at(self) -> float | None:
        """The ``now`` of the last ``feed`` that carried bytes, or ``None`` before any."""
        return self._last_data_at

    @property
    def pending(self) -> int:
        """Bytes held for a frame not yet complete."""
        return len(self._buf)

    def feed(self, data: bytes, now: float) -> list[bytes]:
        """Add one read's bytes and return the frames it completed, in order.

        If gap framing is on and the line was silent for at least ``gap_ms`` before this
        read, the pending partial frame is completed first.

        Args:
            data: the bytes of one read (may be empty).
            now: a monotonic timestamp in seconds for when the bytes arrived.

        Returns:
            The completed frames, terminator, prefix and suffix removed.
        """
        out = self.flush_if_silent(now)
        if not data:
            return out
        self._last_data_at = now
        pattern = self._pattern
        if pattern is None:
            self._append(data)
            return out
        pos = 0
        if self._skip_lf:
            # The CR of a CRLF ended the previous read: its LF is not a second frame.
            self._skip_lf = False
            if data[:1] == b"\n":
                pos = 1
        elif self._cr_held:
            # CRLF framing, and the previous read ended in CR: is it half of a split CRLF?
            self._cr_held = False
            if data[:1] == b"\n":
                self._end_frame(out)
                pos = 1
            else:
                self._append(b"\r")
        terminator = self.config.terminator
        size = len(data)
        while True:
            match = pattern.search(data, pos)
            if match is None:
                if terminator == "CRLF" and data[-1:] == b"\r" and pos < size:
                    # Hold the CR back until the next read says whether an LF follows.
                    self._append(data[pos:-1])
                    self._cr_held = True
                else:
                    self._append(data[pos:])
                break
            self._append(data[pos : match.start()])
            self._end_frame(out)
            pos = match.end()
            if terminator == "ANY" and pos == size and data[-1:] == b"\r":
                self._skip_lf = True
        return out

    def flush_if_silent(self, now: float) -> list[bytes]:
        """Complete the pending partial frame if the line has been silent for ``gap_ms``.

        Call this whenever a read times out empty. Without ``gap_ms`` it does nothing.

        Args:
            now: a monotonic timestamp in seconds.

        Returns:
            The completed frame as a one-element list, or an empty list.
        """
        if self._gap_s is None or self._last_data_at is None:
            return []
        if not (self._buf or self._discarding) or now - self._last_data_at < self._gap_s:
            return []
        out: list[bytes] = []
        self._end_frame(out)
        self._skip_lf = False
        self._cr_held = False
        return out

    def _append(self, piece: bytes) -> None:
        if self._discarding or not piece:
            return
        if len(self._buf) + len(piece) > self.config.max_length:
            # Overlong: drop what we hold and ignore the rest up to the next frame end.
            self._buf.clear()
            self._discarding = True
            self.dropped += 1
            return
        self._buf += piece

    def _end_frame(self, out: list[bytes]) -> None:
        if self._discarding:
            self._discarding = False
            self._buf.clear()
            return
        if not self._buf:
            return
        frame = bytes(self._buf)
        self._buf.clear()
        prefix, suffix = self.config.prefix, self.config.suffix
        if prefix and frame.startswith(prefix):
            frame = frame[len(prefix) :]
        if suffix and frame.endswith(suffix):
            frame = frame[: -len(suffix)]
        if frame:
            out.append(frame)


FRAMING_CHOICES: tuple[str, ...] = ("ANY", "CR", "LF", "CRLF", "GAP")
"""What a settings page offers: a terminator, or ``GAP`` for silence-only framing."""
