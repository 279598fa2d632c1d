"""Issue 14 §3: domain errors carry values (datetimes, dates, decimals, enums), never text
formatted on the way; the UI formats them in one place (``ui/formats.py``)."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date, datetime
from decimal import Decimal

import pytest

from counter_app.domain import errors
from counter_app.ui import formats

TIMELIKE = ("at", "since", "until", "found_on", "delivery_date", "entered_at", "closed_at")
AMOUNTS = ("expected", "amount")


def _error_classes() -> list[type[errors.DomainError]]:
    return [c for c in vars(errors).values()
            if isinstance(c, type) and issubclass(c, errors.DomainError)
            and dataclasses.is_dataclass(c)]


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda c: c.__name__)
def test_no_error_carries_a_time_or_an_amount_as_text(cls: type[errors.DomainError]) -> None:
    hints = typing.get_type_hints(cls, vars(errors) | {"Disposition": object})
    for field in dataclasses.fields(cls):
        if field.name in TIMELIKE or field.name in AMOUNTS:
            assert hints[field.name] is not str, (
                f"{cls.__name__}.{field.name} is text: carry the value, format in the UI")


def test_one_place_writes_times_days_and_money() -> None:
    moment = datetime(2026, 11, 23, 9, 5, 7)
    assert formats.when(moment) == "2026-11-23 09:05"
    assert formats.seconds(moment) == "2026-11-23 09:05:07"
    assert formats.clock(moment) == "09:05"
    assert formats.minute(moment) == "11-23 09:05"
    assert formats.day(date(2026, 11, 3)) == "2026-11-03"
    assert formats.money(Decimal("25")) == "25.00"
    assert formats.money(Decimal("0.5")) == "0.50"
    assert (formats.when(None), formats.day(None), formats.money(None)) == ("—", "—", "—")
