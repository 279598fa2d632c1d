"""How the desk writes values in its sentences: one place (issue 14 §3).

Domain errors and records carry values — datetimes, dates, decimals — and every sentence that
shows one formats it here, so a time reads the same wherever it appears ('2026-11-23 09:05'
everywhere, never '2026-11-23T09:05' on one desk and '11/23/26' on another). The station
writes dates the ISO way in both languages (the forms it prints do too), and money with two
decimals and the 元 sign left to the sentence.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

__all__ = ["clock", "day", "minute", "money", "seconds", "when"]


def when(moment: datetime | None) -> str:
    """A time to the minute with its date: 「2026-11-23 09:05」; 「—」 when unknown."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "—"


def seconds(moment: datetime | None) -> str:
    """A time to the second, where two scans a moment apart must be told apart."""
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else "—"


def clock(moment: datetime | None) -> str:
    """The time of day only: 「09:05」 (a lock that ends today)."""
    return moment.strftime("%H:%M") if moment else "—"


def day(value: date | None) -> str:
    """A calendar day: 「2026-11-23」; 「—」 when unknown."""
    return value.isoformat() if value else "—"


def minute(moment: datetime | None) -> str:
    """A time to the minute within the year, as the station writes it on lists: 「11-23 09:05」."""
    return moment.strftime("%m-%d %H:%M") if moment else ""


def money(amount: Decimal | None) -> str:
    """An amount in 元 with two decimals: 「12.50」; 「—」 when unknown."""
    return f"{amount:.2f}" if amount is not None else "—"
