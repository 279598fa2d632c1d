"""WH-18 进仓费 (issue 16 §7): 进仓费 = 手续费 + 仓库收取费用 + 门票; the numbers are station
settings."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from counter_app.domain.entry_fee import (
    EntryFeeRules,
    Piece,
    entry_fee,
    rules_as_dict,
    rules_from_dict,
)
from counter_app.domain.errors import FieldInvalid

RULES = EntryFeeRules(start_kg=Decimal("30"), start_price=Decimal("20"), max_kg=Decimal("100"),
                      per_kg=Decimal("1"), group_pieces=3, per_piece=Decimal("5"),
                      bulky_start=Decimal("50"), per_m3=Decimal("30"))
ZERO = Decimal("0")


def fee(*pieces: tuple[str, str], charge: str = "0", ticket: str = "0"):  # type: ignore[no-untyped-def]
    return entry_fee(RULES, [Piece(Decimal(w), Decimal(v)) for w, v in pieces],
                     Decimal(charge), Decimal(ticket))


@pytest.mark.parametrize(("weight", "handling"), [
    ("0.5", "20.00"), ("30", "20.00"), ("30.01", "31.00"), ("55.5", "56.00"), ("100", "100.00")])
def test_wh18_one_piece_by_weight_tiers(weight: str, handling: str) -> None:
    assert str(fee((weight, "0")).handling) == handling


def test_wh18_one_piece_above_b_is_negotiated() -> None:
    result = fee(("100.5", "0"))
    assert result.negotiated
    assert result.handling == 0
    assert "面议" in result.lines[0]


@pytest.mark.parametrize(("n", "handling"), [(2, "20.00"), (3, "20.00"), (4, "25.00"),
                                              (10, "55.00")])
def test_wh18_several_pieces_start_price_plus_each_further_piece(n: int, handling: str) -> None:
    assert str(fee(*[("10", "0")] * n).handling) == handling


def test_wh18_several_pieces_with_one_above_a_is_negotiated() -> None:
    assert fee(("10", "0"), ("31", "0")).negotiated


def test_wh18_a_piece_above_1_m3_pays_start_plus_per_started_m3() -> None:
    assert fee(("80", "1.6")).handling == Decimal("110.00")   # 50 + 2 × 30
    assert fee(("80", "1")).handling == Decimal("80.00")       # 1 m³ is not above: by weight
    both = fee(("80", "2.2"), ("10", "0"))
    assert both.handling == Decimal("160.00")                  # 50 + 3 × 30, + 20


def test_wh18_one_figure_with_the_warehouse_charge_and_the_ticket() -> None:
    result = fee(("12", "0"), charge="35", ticket="10")
    assert (result.handling, result.warehouse_charge, result.ticket, result.total) == (
        Decimal("20.00"), Decimal("35.00"), Decimal("10.00"), Decimal("65.00"))
    assert result.lines[-2:] == ("仓库收取费用35.00元", "门票10.00元")


def test_wh18_unset_numbers_and_bad_input_are_refused() -> None:
    with pytest.raises(FieldInvalid) as err:
        entry_fee(EntryFeeRules(), [Piece(Decimal("1"))], ZERO, ZERO)
    assert err.value.problem == "not_set"
    for pieces, field in (([], "pieces"), ([Piece(Decimal("0"))], "weight"),
                          ([Piece(Decimal("1"), Decimal("-1"))], "volume")):
        with pytest.raises(FieldInvalid) as err:
            entry_fee(RULES, pieces, ZERO, ZERO)
        assert err.value.field == field
    with pytest.raises(FieldInvalid) as err:
        entry_fee(RULES, [Piece(Decimal("1"))], Decimal("-1"), ZERO)
    assert err.value.field == "warehouse_charge"


def test_wh18_rules_round_trip_and_are_checked() -> None:
    assert rules_from_dict(rules_as_dict(RULES)) == RULES
    with pytest.raises(FieldInvalid) as err:
        replace(RULES, max_kg=Decimal("20")).check()
    assert err.value.field == "max_kg"
    with pytest.raises(FieldInvalid):
        replace(RULES, per_kg=Decimal("-1")).check()
