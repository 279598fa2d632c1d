"""Plain rules of the counter intake (CI-2, CI-3, CI-7, CI-9, CI-10)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.intake import (
    Consumable,
    FragilePolicy,
    PayMode,
    change_due,
    judge_contents,
    needs_packing_advice,
)
from counter_app.domain.prohibited import default_catalogue


def test_change_is_what_exceeds_the_fee() -> None:
    assert change_due(Decimal("17"), Decimal("50")) == Decimal("33.00")
    assert change_due(Decimal("17"), Decimal("17")) == Decimal("0.00")
    with pytest.raises(FieldInvalid) as err:
        change_due(Decimal("17"), Decimal("16.99"))
    assert (err.value.problem, err.value.detail) == ("short", "17.00")


def test_only_cash_and_qr_are_prepaid() -> None:
    assert [m for m in PayMode if m.prepaid] == [PayMode.CASH, PayMode.QR]


def test_fragile_items_block_only_when_the_station_refuses_them() -> None:
    refused = judge_contents("玻璃花瓶", default_catalogue(), FragilePolicy.REFUSE)
    marked = judge_contents("玻璃花瓶", default_catalogue(), FragilePolicy.MARK)
    assert refused.blocked
    assert not refused.fragile_mark
    assert not marked.blocked
    assert marked.fragile_mark


def test_prohibited_blocks_and_air_restricted_only_bans_air() -> None:
    fireworks = judge_contents("烟花", default_catalogue(), FragilePolicy.MARK)
    battery = judge_contents("充电宝", default_catalogue(), FragilePolicy.MARK)
    small_liquid = judge_contents("眼药水", default_catalogue(), FragilePolicy.MARK,
                                  Decimal(10))
    assert fireworks.blocked
    assert not battery.blocked
    assert battery.air_banned
    assert not small_liquid.air_banned


@pytest.mark.parametrize(("kg", "dims", "advice"), [
    ("19.9", None, False), ("20", None, True),
    ("2", (Decimal(59), Decimal(10), Decimal(10)), False),
    ("2", (Decimal(60), Decimal(10), Decimal(10)), True),
])
def test_large_or_heavy_items_get_packing_advice(
        kg: str, dims: tuple[Decimal, Decimal, Decimal] | None, advice: bool) -> None:
    assert needs_packing_advice(Decimal(kg), dims) is advice


def test_a_consumable_is_low_at_its_mark() -> None:
    assert Consumable("tape", "胶带", "卷", 5, 5).low
    assert not Consumable("tape", "胶带", "卷", 6, 5).low
