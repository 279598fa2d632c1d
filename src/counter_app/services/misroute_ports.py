"""Port of the misroute register (错写大字, MR-)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from counter_app.domain.misroute import MisrouteEntry


class MisrouteRepository(Protocol):
    """The misroute register and its closed months."""

    def add(self, entry: MisrouteEntry) -> MisrouteEntry:
        """Insert and return with its id."""
        ...

    def update(self, entry: MisrouteEntry) -> None:
        """Write back every field of ``entry`` (by id)."""
        ...

    def get(self, entry_id: int) -> MisrouteEntry | None:
        """One entry."""
        ...

    def by_waybill(self, waybill_no: str) -> MisrouteEntry | None:
        """The entry of a waybill, if registered."""
        ...

    def in_months(self, *months: str) -> list[MisrouteEntry]:
        """Entries found in the given ``YYYY-MM`` months (any order)."""
        ...

    def sites(self, prefix: str, limit: int = 20) -> list[tuple[str, str]]:
        """Known (origin site, province) pairs starting with ``prefix``, most used first."""
        ...

    def closed_months(self) -> dict[str, tuple[datetime, str]]:
        """month → (closed at, closed by)."""
        ...

    def close_month(self, month: str, at: datetime, by: str) -> bool:
        """Lock a month; False if it was locked already (by another PC, say)."""
        ...

    def hold_month(self, *months: str) -> None:
        """Serialise this transaction with every other one touching these months' rows or
        closing them, until commit (MR-5 vs. a row edit, issue 13 §1)."""
        ...

    def reopen_month(self, month: str) -> None:
        """Unlock a month."""
        ...
