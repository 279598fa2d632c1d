"""Port of the scanner journal (issue 3 §6, SC-3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from counter_app.domain.scanning import ScanCounts, ScanOutcome


@dataclass(frozen=True)
class JournalEntry:
    """One raw scanner read as journalled (issue 3 §6): accepted or not."""

    at: datetime
    source: str
    raw: bytes
    text: str
    outcome: ScanOutcome
    number: str | None = None
    reason: str | None = None


class ScanJournal(Protocol):
    """Every raw read, with its outcome."""

    def record(self, entry: JournalEntry) -> int:
        """Append a read and return its id."""
        ...

    def counts(self) -> list[ScanCounts]:
        """Totals per source, ordered by source."""
        ...

    def recent(self, limit: int = 100) -> list[JournalEntry]:
        """The newest reads first."""
        ...
