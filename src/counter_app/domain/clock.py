"""Injectable time, so rules about times and deadlines are testable."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    """Something that tells the local wall-clock time."""

    def now(self) -> datetime:
        """Return the current local time (naive, the station's local time)."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """Return the current local time, to the second."""
        return datetime.now().replace(microsecond=0)
