"""The rate card and the counter fee (CI-8): zones, weight rounding, volume, 保价, fees."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.pricing import (
    FeeRounding,
    FeeRule,
    InsuranceBand,
    LineKind,
    PackagingItem,
    Quote,
    QuoteRequest,
    RateCard,
    RateCardInvalid,
    Zone,
    chargeable_weight,
    freight,
    province_name,
    quote,
    round_fee,
)
from counter_app.domain.rate_card_tables import (
    RATE_CARD_SECTIONS,
    SETTING_KEYS,
    Table,
    check_rate_card,
    parse_rate_card_json,
    rate_card_from_tables,
    rate_card_to_json,
    rate_card_to_tables,
    sample_rate_card,
)

D = Decimal


@pytest.fixture
def card() -> RateCard:
    return sample_rate_card()


def q(card: RateCard, province: str, weight: str, **kwargs: object) -> Quote:
    return quote(card, QuoteRequest(province, D(weight), **kwargs))  # type: ignore[arg-type]


def invalid(card: RateCard, request: QuoteRequest) -> FieldInvalid:
    with pytest.raises(FieldInvalid) as caught:
        quote(card, request)
    return caught.value


def card_problem(card: RateCard) -> RateCardInvalid:
    with pytest.raises(RateCardInvalid) as caught:
        check_rate_card(card)
    return caught.value


# --- the sample card ---------------------------------------------------------------------


def test_sample_card_is_labelled_as_a_demo(card: RateCard) -> None:
    assert card.name == "示例价目表 — 仅供演示"
    assert "虚构" in card.note
    assert check_rate_card(card) is card


def test_sample_card_zones_and_remote_provinces(card: RateCard) -> None:
    assert [z.code for z in card.zones] == [
        "same_city", "same_province", "neighbour", "far", "remote"
    ]
    remote = {p for p, code in card.province_zones if code == "remote"}
    assert remote == {"新疆维吾尔自治区", "西藏自治区", "青海省", "宁夏回族自治区",
                      "内蒙古自治区", "甘肃省"}
    assert card.fee_rounding is FeeRounding.YUAN


# --- zones: worked examples --------------------------------------------------------------


@pytest.mark.parametrize(
    ("province", "city", "weight", "zone", "chargeable", "total"),
    [
        ("浙江省", "杭州市", "2.3", "same_city", "3", "12.00"),  # 8 + 2 × 2
        ("浙江", "杭州", "1", "same_city", "1", "8.00"),  # short names
        ("浙江省", "宁波市", "1", "same_province", "1", "10.00"),
        ("浙江省", "", "2", "same_province", "2", "13.00"),  # no city: not 同城
        ("上海市", "", "3.2", "neighbour", "4", "27.00"),  # 12 + 3 × 5
        ("江苏", "南京", "0.4", "neighbour", "1", "12.00"),
        ("北京市", "", "0.4", "far", "1", "15.00"),
        ("广东省", "广州市", "5", "far", "5", "47.00"),  # 15 + 4 × 8
        ("新疆维吾尔自治区", "", "2", "remote", "2", "35.00"),  # 20 + 15
        ("西藏", "", "1.2", "remote", "2", "35.00"),
    ],
)
def test_worked_examples_per_zone(card: RateCard, province: str, city: str, weight: str,
                                  zone: str, chargeable: str, total: str) -> None:
    result = q(card, province, weight, destination_city=city)
    assert result.zone.code == zone
    assert result.chargeable_weight == D(chargeable)
    assert result.total == D(total)
    assert result.freight == D(total)
    assert [line.kind for line in result.lines] == [LineKind.FREIGHT]


@pytest.mark.parametrize("province", ["新疆", "西藏", "青海", "宁夏", "内蒙古", "甘肃"])
def test_every_remote_province_is_remote(card: RateCard, province: str) -> None:
    assert q(card, province, "1").zone.name == "偏远"


def test_freight_counts_started_steps() -> None:
    zone = Zone("z", "z", D(1), D("10.00"), D("0.5"), D("2.00"))
    assert freight(zone, D("0.5")) == (D("10.00"), 0)
    assert freight(zone, D(1)) == (D("10.00"), 0)
    assert freight(zone, D("1.5")) == (D("12.00"), 1)
    assert freight(zone, D("3")) == (D("18.00"), 4)
    assert freight(zone, D("3.2")) == (D("20.00"), 5)


@pytest.mark.parametrize(
    ("province", "problem", "detail"),
    [
        ("", "required", ""),
        ("  ", "required", ""),
        ("火星", "unknown", "火星"),
        ("香港", "not_on_card", "香港特别行政区"),
        ("台湾省", "not_on_card", "台湾省"),
    ],
)
def test_destination_errors(card: RateCard, province: str, problem: str, detail: str) -> None:
    err = invalid(card, QuoteRequest(province, D(1)))
    assert (err.field, err.problem, err.detail) == ("destination", problem, detail)


def test_without_relative_zones_the_origin_province_uses_its_table_zone(card: RateCard) -> None:
    no_city = replace(card, zones=tuple(z for z in card.zones if z.code != "same_city"))
    assert q(no_city, "浙江省", "1", destination_city="杭州市").zone.code == "same_province"
    bare = replace(
        card,
        zones=tuple(z for z in card.zones if z.code not in ("same_city", "same_province")),
        province_zones=(*card.province_zones, ("浙江省", "neighbour")),
    )
    assert q(bare, "浙江省", "1", destination_city="杭州市").zone.code == "neighbour"
    without = replace(bare, province_zones=card.province_zones)
    assert invalid(without, QuoteRequest("浙江省", D(1))).problem == "not_on_card"


@pytest.mark.parametrize(
    ("text", "official"),
    [("浙江", "浙江省"), ("浙江省", "浙江省"), ("广西", "广西壮族自治区"),
     ("内蒙古", "内蒙古自治区"), ("宁夏", "宁夏回族自治区"), ("新疆", "新疆维吾尔自治区"),
     ("北京", "北京市"), ("香港", "香港特别行政区"), (" 浙 江 省 ", "浙江省"), ("火星", None),
     ("江", None), ("", None)],
)
def test_province_name(text: str, official: str | None) -> None:
    assert province_name(text) == official


# --- chargeable weight: rounding edges ---------------------------------------------------


@pytest.mark.parametrize(
    ("weight", "half_kg", "whole_kg"),
    [("1.0", "1.0", "1"), ("1.01", "1.5", "2"), ("1.5", "1.5", "2"), ("1.51", "2.0", "2"),
     ("0.01", "0.5", "1"), ("0.5", "0.5", "1"), ("2", "2", "2"), ("99.99", "100", "100")],
)
def test_chargeable_weight_rounds_up(card: RateCard, weight: str, half_kg: str,
                                     whole_kg: str) -> None:
    half = replace(card, weight_unit=D("0.5"))
    whole = replace(card, weight_unit=D(1))
    assert chargeable_weight(half, D(weight)) == (D(half_kg), None)
    assert chargeable_weight(whole, D(weight)) == (D(whole_kg), None)


@pytest.mark.parametrize(
    ("weight", "half_kg_fee", "whole_kg_fee"),
    [("1.0", "10.00", "10.00"), ("1.01", "12.00", "14.00"), ("1.5", "12.00", "14.00"),
     ("1.51", "14.00", "14.00")],
)
def test_rounding_edges_in_the_fee(card: RateCard, weight: str, half_kg_fee: str,
                                   whole_kg_fee: str) -> None:
    """0.5 kg card: 续重 2 元 per 0.5 kg; 1 kg card: 4 元 per kg — the same price per kg."""
    half = replace(card, weight_unit=D("0.5"),
                   zones=(Zone("far", "跨区", D(1), D("10.00"), D("0.5"), D("2.00")),))
    whole = replace(card, weight_unit=D(1),
                    zones=(Zone("far", "跨区", D(1), D("10.00"), D(1), D("4.00")),))
    assert q(half, "北京", weight).total == D(half_kg_fee)
    assert q(whole, "北京", weight).total == D(whole_kg_fee)


@pytest.mark.parametrize("weight", ["0", "-1", "100.01", "1000"])
def test_weight_out_of_range(card: RateCard, weight: str) -> None:
    err = invalid(card, QuoteRequest("北京", D(weight)))
    assert (err.field, err.problem, err.detail) == ("weight", "range", "0-100 kg")


def test_weight_limit_is_a_card_setting(card: RateCard) -> None:
    assert q(card, "北京", "100").chargeable_weight == D(100)
    small = replace(card, max_weight=D(30))
    err = invalid(small, QuoteRequest("北京", D("30.5")))
    assert err.detail == "0-30 kg"


def test_weight_must_be_finite(card: RateCard) -> None:
    assert invalid(card, QuoteRequest("北京", D("NaN"))).field == "weight"


# --- volumetric weight -------------------------------------------------------------------

BOX = (D(40), D(30), D(20))  # 24,000 cm³: 3 kg at ÷8000


def test_volumetric_wins(card: RateCard) -> None:
    result = q(card, "北京", "1", dimensions=BOX)
    assert result.volumetric_weight == D(3)
    assert result.chargeable_weight == D(3)
    assert result.total == D("31.00")  # 15 + 2 × 8


def test_actual_wins(card: RateCard) -> None:
    result = q(card, "北京", "5", dimensions=BOX)
    assert result.volumetric_weight == D(3)
    assert result.chargeable_weight == D(5)


def test_fractional_volumetric_weight_is_rounded_up(card: RateCard) -> None:
    result = q(card, "北京", "0.5", dimensions=(D(31), D(21), D(11)))  # 7161 / 8000
    assert result.volumetric_weight == D("0.895125")
    assert result.chargeable_weight == D(1)
    larger = q(card, "北京", "0.5", dimensions=(D(41), D(30), D(20)))  # 3.075 kg
    assert larger.chargeable_weight == D(4)


@pytest.mark.parametrize(("divisor", "chargeable"), [(6000, "12"), (8000, "9"), (12000, "6")])
def test_divisor_is_a_card_setting(card: RateCard, divisor: int, chargeable: str) -> None:
    box = (D(60), D(40), D(30))  # 72,000 cm³
    assert q(replace(card, volumetric_divisor=divisor), "北京", "1",
             dimensions=box).chargeable_weight == D(chargeable)


def test_dimensions_missing_when_optional_prices_the_actual_weight(card: RateCard) -> None:
    assert card.dimensions_required is False
    result = q(card, "北京", "1.2")
    assert result.volumetric_weight is None
    assert result.chargeable_weight == D(2)


def test_dimensions_missing_when_the_card_needs_them(card: RateCard) -> None:
    strict = replace(card, dimensions_required=True)
    err = invalid(strict, QuoteRequest("北京", D(1)))
    assert (err.field, err.problem) == ("dimensions", "required")
    assert q(strict, "北京", "1", dimensions=BOX).chargeable_weight == D(3)


def test_a_card_without_divisor_ignores_dimensions(card: RateCard) -> None:
    by_weight = replace(card, volumetric_divisor=None, dimensions_required=True)
    assert q(by_weight, "北京", "1").chargeable_weight == D(1)
    assert q(by_weight, "北京", "1", dimensions=BOX).volumetric_weight is None


@pytest.mark.parametrize("box", [(D(0), D(30), D(20)), (D(151), D(30), D(20)),
                                 (D(40), D(-1), D(20)), (D(40), D(30), D("Infinity"))])
def test_dimensions_out_of_range(card: RateCard, box: tuple[Decimal, Decimal, Decimal]) -> None:
    err = invalid(card, QuoteRequest("北京", D(1), dimensions=box))
    assert (err.field, err.problem, err.detail) == ("dimensions", "range", "0-150 cm")


# --- 保价 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fee"),
    [("300", "1.00"), ("500", "1.00"), ("500.01", "2.00"), ("1000", "2.00"),
     ("1001", "5.01"),  # 5.005 half up
     ("1234", "6.17"), ("20000", "100.00"), ("25000", "100.00"),  # capped at 100
     ("30000", "100.00")],
)
def test_sample_insurance_bands(card: RateCard, value: str, fee: str) -> None:
    result = q(card, "北京", "1", declared_value=D(value))
    assert result.amount(LineKind.INSURANCE) == D(fee)


def test_insurance_minimum_and_cap(card: RateCard) -> None:
    rated = replace(card, insurance_bands=(InsuranceBand(None, D(0), D(3)),),
                    insurance_minimum=D("2.00"), insurance_maximum=D("50.00"),
                    max_declared_value=None)
    fee = [q(rated, "北京", "1", declared_value=D(v)).amount(LineKind.INSURANCE)
           for v in ("100", "666.67", "10000", "20000", "1000000")]
    assert fee == [D("2.00"), D("2.00"), D("30.00"), D("50.00"), D("50.00")]


def test_no_declared_value_no_insurance_line(card: RateCard) -> None:
    for value in (None, D(0)):
        result = q(card, "北京", "1", declared_value=value)
        assert LineKind.INSURANCE not in [line.kind for line in result.lines]


@pytest.mark.parametrize("value", ["-1", "30000.01"])
def test_declared_value_out_of_range(card: RateCard, value: str) -> None:
    err = invalid(card, QuoteRequest("北京", D(1), declared_value=D(value)))
    assert (err.field, err.problem, err.detail) == ("declared_value", "range", "0-30000")


def test_a_bounded_last_band_limits_the_value(card: RateCard) -> None:
    bounded = replace(card, insurance_bands=(InsuranceBand(D(1000), D(1), D(0)),),
                      max_declared_value=None)
    assert q(bounded, "北京", "1", declared_value=D(1000)).amount(LineKind.INSURANCE) == D(1)
    err = invalid(bounded, QuoteRequest("北京", D(1), declared_value=D(1500)))
    assert (err.problem, err.detail) == ("range", "0-1000")


def test_a_card_without_insurance(card: RateCard) -> None:
    bare = replace(card, insurance_bands=())
    err = invalid(bare, QuoteRequest("北京", D(1), declared_value=D(100)))
    assert (err.field, err.problem) == ("declared_value", "not_offered")


# --- 到付 and 代收货款 fees ---------------------------------------------------------------


def test_collect_fee_on_the_sample_card_is_flat(card: RateCard) -> None:
    result = q(card, "北京", "1", collect=True)
    assert result.amount(LineKind.COLLECT_FEE) == D("2.00")
    assert result.total == D("17.00")
    assert q(card, "北京", "1").amount(LineKind.COLLECT_FEE) == D(0)


def test_collect_fee_rate_with_minimum(card: RateCard) -> None:
    rated = replace(card, collect_fee=FeeRule(D(10), D("3.00")))
    assert q(rated, "江苏", "1", collect=True).amount(LineKind.COLLECT_FEE) == D("3.00")
    assert q(rated, "新疆", "3", collect=True).amount(LineKind.COLLECT_FEE) == D("5.00")


@pytest.mark.parametrize(("amount", "fee"),
                         [("100", "3.00"), ("300", "3.00"), ("300.01", "3.00"), ("1000", "10.00"),
                          ("1234.56", "12.35")])
def test_cod_fee_rate_and_minimum(card: RateCard, amount: str, fee: str) -> None:
    result = q(card, "北京", "1", cod_amount=D(amount))
    assert result.amount(LineKind.COD_FEE) == D(fee)


@pytest.mark.parametrize(("amount", "detail"), [("-1", "0-50000"), ("50000.01", "0-50000")])
def test_cod_amount_out_of_range(card: RateCard, amount: str, detail: str) -> None:
    err = invalid(card, QuoteRequest("北京", D(1), cod_amount=D(amount)))
    assert (err.field, err.problem, err.detail) == ("cod_amount", "range", detail)


def test_fee_rule_minimum() -> None:
    rule = FeeRule(D("0.5"), D("1.00"))
    assert rule.fee(D(100)) == D("1.00")
    assert rule.fee(D(1000)) == D("5.00")
    assert FeeRule().fee(D(1000)) == D("0.00")


# --- packaging ---------------------------------------------------------------------------


def test_packaging_lines(card: RateCard) -> None:
    result = q(card, "北京", "1", packaging=(("carton_m", 2), ("bubble_wrap", 1)))
    packaging = [line for line in result.lines if line.kind is LineKind.PACKAGING]
    assert [(p.item, p.quantity, p.amount) for p in packaging] == [
        ("carton_m", 2, D("10.00")), ("bubble_wrap", 1, D("2.00"))
    ]
    assert result.total == D("27.00")


def test_packaging_codes_are_matched_case_blind(card: RateCard) -> None:
    result = q(card, "北京", "1", packaging=((" Carton_M ", 1),))
    assert result.amount(LineKind.PACKAGING) == D("5.00")
    assert result.lines[-1].item == "carton_m"


@pytest.mark.parametrize(
    ("item", "problem"), [(("tape", 1), "unknown"), (("carton_m", 0), "range")]
)
def test_packaging_errors(card: RateCard, item: tuple[str, int], problem: str) -> None:
    err = invalid(card, QuoteRequest("北京", D(1), packaging=(item,)))
    assert (err.field, err.problem) == ("packaging", problem)


# --- fee rounding and the breakdown ------------------------------------------------------


@pytest.mark.parametrize(
    ("rounding", "total", "adjustment"),
    [(FeeRounding.YUAN, "21.00", "-0.17"), (FeeRounding.JIAO, "21.20", "0.03"),
     (FeeRounding.NONE, "21.17", None)],
)
def test_fee_rounding_setting(card: RateCard, rounding: FeeRounding, total: str,
                              adjustment: str | None) -> None:
    result = q(replace(card, fee_rounding=rounding), "北京", "1", declared_value=D(1234))
    assert result.subtotal == D("21.17")  # 15 + 6.17
    assert result.total == D(total)
    rounding_lines = [line.amount for line in result.lines if line.kind is LineKind.ROUNDING]
    assert rounding_lines == ([] if adjustment is None else [D(adjustment)])


def test_whole_yuan_rounds_half_up(card: RateCard) -> None:
    result = q(card, "北京", "1", declared_value=D(1300))  # 15 + 6.50
    assert result.total == D("22.00")
    assert result.amount(LineKind.ROUNDING) == D("0.50")


@pytest.mark.parametrize(
    ("amount", "rounding", "rounded"),
    [("2.5", FeeRounding.YUAN, "3.00"), ("2.49", FeeRounding.YUAN, "2.00"),
     ("2.45", FeeRounding.JIAO, "2.50"), ("2.44", FeeRounding.JIAO, "2.40"),
     ("2.445", FeeRounding.NONE, "2.45")],
)
def test_round_fee(amount: str, rounding: FeeRounding, rounded: str) -> None:
    assert round_fee(D(amount), rounding) == D(rounded)
    assert str(round_fee(D(amount), rounding)) == rounded


def test_full_breakdown(card: RateCard) -> None:
    result = q(card, "上海", "2.2", declared_value=D(800), collect=True, cod_amount=D(500),
               packaging=(("carton_s", 1),))
    assert [(line.kind, line.amount) for line in result.lines] == [
        (LineKind.FREIGHT, D("22.00")),  # 3 kg: 12 + 2 × 5
        (LineKind.INSURANCE, D("2.00")),
        (LineKind.COLLECT_FEE, D("2.00")),
        (LineKind.COD_FEE, D("5.00")),
        (LineKind.PACKAGING, D("3.00")),
    ]
    assert result.total == D("34.00") == sum(line.amount for line in result.lines)
    assert result.steps == 2
    assert result.lines[0].item == "neighbour"


def test_the_first_bad_field_is_reported_in_form_order(card: RateCard) -> None:
    err = invalid(card, QuoteRequest("火星", D(0), declared_value=D(-1)))
    assert err.field == "destination"
    err = invalid(card, QuoteRequest("北京", D(0), declared_value=D(-1)))
    assert err.field == "weight"


# --- checking a card ---------------------------------------------------------------------


def test_check_rate_card_problems(card: RateCard) -> None:
    far = card.zone("far")
    assert far is not None
    cases = [
        (replace(card, zones=()), ("zones", 0, "no_zones")),
        (replace(card, zones=(*card.zones, far)), ("zones", 6, "duplicate")),
        (replace(card, province_zones=(*card.province_zones, ("北京市", "far"))),
         ("provinces", len(card.province_zones) + 1, "duplicate")),
        (replace(card, province_zones=(("北京市", "moon"),)), ("provinces", 1, "unknown_zone")),
        (replace(card, province_zones=(("北京市", "same_city"),)),
         ("provinces", 1, "relative_zone")),
        (replace(card, province_zones=(("北京", "far"),)), ("provinces", 1, "unknown_province")),
        (replace(card, origin_province="火星"), ("settings", 0, "unknown_province")),
        (replace(card, weight_unit=D(0)), ("settings", 0, "range")),
        (replace(card, volumetric_divisor=0), ("settings", 0, "range")),
        (replace(card, insurance_maximum=D("0.50")), ("settings", 0, "range")),
        (replace(card, insurance_bands=(InsuranceBand(None, D(1), D(0)),
                                        InsuranceBand(D(500), D(1), D(0)))),
         ("insurance", 1, "band_order")),
        (replace(card, insurance_bands=(InsuranceBand(D(500), D(1), D(0)),
                                        InsuranceBand(D(500), D(2), D(0)))),
         ("insurance", 2, "band_order")),
        (replace(card, packaging=(*card.packaging, PackagingItem("envelope", "x", D(1)))),
         ("packaging", len(card.packaging) + 1, "duplicate")),
        (replace(card, zones=(Zone("far", "x", D(0), D(1), D(1), D(1)),)),
         ("zones", 1, "range")),
    ]
    for bad, (section, row, problem) in cases:
        err = card_problem(bad)
        assert (err.section, err.row, err.problem) == (section, row, problem), bad


# --- the card as tables and JSON ---------------------------------------------------------


def test_tables_round_trip(card: RateCard) -> None:
    tables = rate_card_to_tables(card)
    assert list(tables) == list(RATE_CARD_SECTIONS)
    assert [row["key"] for row in tables["settings"].rows] == list(SETTING_KEYS)
    assert rate_card_from_tables(tables) == card


def test_json_round_trip(card: RateCard) -> None:
    assert parse_rate_card_json(rate_card_to_json(card)) == card


def tables_with(card: RateCard, section: str, rows: list[dict[str, str]],
                lines: tuple[int, ...] = ()) -> dict[str, Table]:
    tables = rate_card_to_tables(card)
    tables[section] = Table(RATE_CARD_SECTIONS[section], tuple(rows), lines)
    return tables


def settings_with(card: RateCard, **changes: str) -> dict[str, Table]:
    rows = [dict(row) for row in rate_card_to_tables(card)["settings"].rows]
    for row in rows:
        if row["key"] in changes:
            row["value"] = changes[row["key"]]
    return tables_with(card, "settings", rows)


def from_tables_problem(tables: dict[str, Table]) -> RateCardInvalid:
    with pytest.raises(RateCardInvalid) as caught:
        rate_card_from_tables(tables)
    return caught.value


@pytest.mark.parametrize(
    ("changes", "column", "problem"),
    [
        ({"name": ""}, "name", "required"),
        ({"weight_unit_kg": ""}, "weight_unit_kg", "required"),
        ({"weight_unit_kg": "0"}, "weight_unit_kg", "range"),
        ({"weight_unit_kg": "half"}, "weight_unit_kg", "number"),
        ({"max_weight_kg": "-5"}, "max_weight_kg", "range"),
        ({"origin_province": "火星"}, "origin_province", "unknown_province"),
        ({"volumetric_divisor": "6000.5"}, "volumetric_divisor", "integer"),
        ({"dimensions_required": "maybe"}, "dimensions_required", "choice"),
        ({"fee_rounding": "fen"}, "fee_rounding", "choice"),
        ({"cod_fee_min": "3元"}, "cod_fee_min", "number"),
    ],
)
def test_bad_settings(card: RateCard, changes: dict[str, str], column: str,
                      problem: str) -> None:
    err = from_tables_problem(settings_with(card, **changes))
    assert (err.section, err.column, err.problem) == ("settings", column, problem)
    assert err.row == SETTING_KEYS.index(column) + 1


def test_blank_optional_settings_take_defaults(card: RateCard) -> None:
    tables = settings_with(card, volumetric_divisor="", fee_rounding="", max_weight_kg="",
                           insurance_max_fee="", dimensions_required="")
    read = rate_card_from_tables(tables)
    assert read.volumetric_divisor is None
    assert read.fee_rounding is FeeRounding.YUAN
    assert read.max_weight == D(100)
    assert read.insurance_maximum is None
    assert read.dimensions_required is False


def test_settings_accept_full_width_digits_and_short_province(card: RateCard) -> None:
    tables = settings_with(card, weight_unit_kg="０.５", origin_province="浙江")
    read = rate_card_from_tables(tables)
    assert read.weight_unit == D("0.5")
    assert read.origin_province == "浙江省"


def test_unknown_and_repeated_settings(card: RateCard) -> None:
    rows = [dict(r) for r in rate_card_to_tables(card)["settings"].rows]
    err = from_tables_problem(tables_with(card, "settings", [*rows, {"key": "colour",
                                                                     "value": "red"}]))
    assert (err.problem, err.detail, err.row) == ("unknown_setting", "colour", len(rows) + 1)
    err = from_tables_problem(tables_with(card, "settings", [*rows, dict(rows[0])]))
    assert (err.problem, err.detail) == ("duplicate", "name")


def test_row_errors_carry_the_file_line(card: RateCard) -> None:
    rows = [{"province": "北京市", "zone": "far"}, {"province": "火星", "zone": "far"}]
    err = from_tables_problem(tables_with(card, "provinces", rows, lines=(40, 41)))
    assert (err.section, err.row, err.column, err.problem, err.detail) == (
        "provinces", 41, "province", "unknown_province", "火星"
    )
    err = from_tables_problem(tables_with(card, "provinces", [{"province": "北京", "zone": "Moon"}],
                                          lines=(7,)))
    assert (err.row, err.column, err.problem) == (7, "zone", "unknown_zone")


@pytest.mark.parametrize(
    ("row", "column", "problem"),
    [
        ({"code": "far west", "name": "x", "first_weight_kg": "1", "first_price": "1",
          "step_weight_kg": "1", "step_price": "1"}, "code", "format"),
        ({"code": "far", "name": "", "first_weight_kg": "1", "first_price": "1",
          "step_weight_kg": "1", "step_price": "1"}, "name", "required"),
        ({"code": "far", "name": "x", "first_weight_kg": "0", "first_price": "1",
          "step_weight_kg": "1", "step_price": "1"}, "first_weight_kg", "range"),
        ({"code": "far", "name": "x", "first_weight_kg": "1", "first_price": "",
          "step_weight_kg": "1", "step_price": "1"}, "first_price", "required"),
        ({"code": "far", "name": "x", "first_weight_kg": "1", "first_price": "1",
          "step_weight_kg": "1", "step_price": "abc"}, "step_price", "number"),
    ],
)
def test_bad_zone_rows(card: RateCard, row: dict[str, str], column: str, problem: str) -> None:
    err = from_tables_problem(tables_with(card, "zones", [row]))
    assert (err.section, err.row, err.column, err.problem) == ("zones", 1, column, problem)


def test_zone_codes_are_lower_cased(card: RateCard) -> None:
    rows = [dict(r) for r in rate_card_to_tables(card)["zones"].rows]
    rows[3]["code"] = "FAR"
    assert rate_card_from_tables(tables_with(card, "zones", rows)) == card


def test_sections_and_columns(card: RateCard) -> None:
    tables = rate_card_to_tables(card)
    tables["surcharges"] = Table(("a",), ())
    err = from_tables_problem(tables)
    assert (err.section, err.problem) == ("surcharges", "unknown_section")
    tables = rate_card_to_tables(card)
    del tables["zones"]
    assert from_tables_problem(tables).problem == "missing_section"
    tables = rate_card_to_tables(card)
    tables["zones"] = Table(("code", "name"), ())
    err = from_tables_problem(tables)
    assert (err.section, err.column, err.problem) == ("zones", "first_weight_kg",
                                                       "missing_column")


def test_optional_sections_may_be_left_out(card: RateCard) -> None:
    tables = rate_card_to_tables(card)
    del tables["insurance"], tables["packaging"]
    read = rate_card_from_tables(tables)
    assert read.insurance_bands == ()
    assert read.packaging == ()


def test_extra_columns_are_ignored(card: RateCard) -> None:
    tables = rate_card_to_tables(card)
    packaging = tables["packaging"]
    tables["packaging"] = Table((*packaging.columns, "备注"),
                                tuple({**row, "备注": "note"} for row in packaging.rows))
    assert rate_card_from_tables(tables) == card


@pytest.mark.parametrize("text", ["not json", "[]", '{"zones": {}}', '{"zones": [1]}'])
def test_bad_json(text: str) -> None:
    with pytest.raises(ValueError, match=r"JSON|section"):
        parse_rate_card_json(text)


def test_rate_card_invalid_prints_its_place() -> None:
    assert str(RateCardInvalid("zones", 4, "code", "format", "a b")) == "zones:4 [code]: format a b"
    assert str(RateCardInvalid("zones", 0, "", "no_zones")) == "zones: no_zones"
