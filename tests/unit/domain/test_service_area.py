"""The service-area table (服务范围表, CI-6): precedence, names, missing levels, rows, JSON."""

from __future__ import annotations

import pytest

from counter_app.domain.errors import DomainError
from counter_app.domain.service_area import (
    SAMPLE_SERVICE_AREA_NAME,
    AreaDecision,
    AreaRule,
    AreaStatus,
    ResolvedAddress,
    ServiceArea,
    ServiceAreaInvalid,
    decide,
    sample_service_area,
    service_area_from_json,
    service_area_from_rows,
    service_area_rows,
    service_area_to_json,
)
from counter_app.domain.station import PROVINCES

SERVED, OUT, EMS = AreaStatus.SERVED, AreaStatus.OUT_OF_AREA, AreaStatus.EMS

ZJ = AreaRule("浙江省", status=SERVED)
HZ = AreaRule("浙江省", "杭州市", status=EMS, note="city")
XIHU = AreaRule("浙江省", "杭州市", "西湖区", status=OUT, note="district")


def addr(province: str, city: str = "", district: str = "", rest: str = "") -> ResolvedAddress:
    return ResolvedAddress(province, city, district, "", rest)


def area(*rules: AreaRule) -> ServiceArea:
    return ServiceArea(rules)


# --- decide: precedence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "rule"),
    [
        (addr("浙江省", "杭州市", "西湖区"), XIHU),  # district beats city and province
        (addr("浙江省", "杭州市", "上城区"), HZ),  # no district row: the city's
        (addr("浙江省", "杭州市"), HZ),
        (addr("浙江省", "宁波市", "海曙区"), ZJ),  # no city row: the province's
        (addr("浙江省"), ZJ),
    ],
)
def test_the_most_specific_row_wins(address: ResolvedAddress, rule: AreaRule) -> None:
    table = area(XIHU, ZJ, HZ)  # file order does not matter
    assert decide(table, address) == AreaDecision(rule.status, rule)


def test_no_row_is_out_of_area() -> None:
    assert decide(area(ZJ, HZ), addr("江苏省", "南京市", "鼓楼区")) == AreaDecision(OUT, None)
    assert decide(area(), addr("浙江省")) == AreaDecision(OUT, None)


def test_a_district_row_of_another_city_does_not_apply() -> None:
    # 鼓楼区 exists in 南京市 and in 福州市, 徐州市 …: the city must match too
    table = area(AreaRule("江苏省", status=SERVED),
                 AreaRule("江苏省", "徐州市", "鼓楼区", status=OUT))
    assert decide(table, addr("江苏省", "南京市", "鼓楼区")).status is SERVED
    assert decide(table, addr("江苏省", "徐州市", "鼓楼区")).status is OUT


# --- decide: names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        addr("浙江省", "杭州市", "西湖区"),
        addr("浙江", "杭州", "西湖"),
        addr(" 浙 江 ", "杭州市 ", "西湖区"),
    ],
)
def test_short_and_full_names_match(address: ResolvedAddress) -> None:
    short_rules = area(AreaRule("浙江", status=SERVED),
                       AreaRule("浙江", "杭州", "西湖", status=OUT))
    full_rules = area(ZJ, XIHU)
    assert decide(short_rules, address).status is OUT
    assert decide(full_rules, address).status is OUT


def test_autonomous_regions_by_short_name() -> None:
    table = area(AreaRule("广西", status=EMS), AreaRule("内蒙古自治区", status=OUT))
    assert decide(table, addr("广西壮族自治区", "南宁市")).status is EMS
    assert decide(table, addr("内蒙古", "呼和浩特市")).status is OUT


def test_a_county_that_became_a_district_matches_its_new_name() -> None:
    # the resolver's data may still say 临安市; the station writes 临安区
    table = area(ZJ, AreaRule("浙江省", "杭州市", "临安区", status=EMS))
    assert decide(table, addr("浙江省", "杭州市", "临安市")).status is EMS
    assert decide(table, addr("浙江省", "杭州市", "临安区")).status is EMS


def test_a_district_the_resolver_does_not_know_matches_by_its_full_name_in_the_street() -> None:
    qiantang = AreaRule("浙江省", "杭州市", "钱塘区", status=EMS)
    table = area(ZJ, HZ, qiantang)
    assert decide(table, addr("浙江省", "杭州市", "", "钱塘区下沙街道")) == AreaDecision(
        EMS, qiantang)
    # only the full name counts: 钱塘江路 is a street, not the district
    assert decide(table, addr("浙江省", "杭州市", "", "钱塘江路1号")).rule == HZ


@pytest.mark.parametrize("city", ["北京市", "北京", "", "市辖区"])
def test_municipalities_are_their_own_city(city: str) -> None:
    chaoyang = AreaRule("北京市", "", "朝阳区", status=EMS)
    table = area(AreaRule("北京", status=SERVED), chaoyang)
    assert decide(table, addr("北京市", city, "朝阳区")) == AreaDecision(EMS, chaoyang)
    assert decide(table, addr("北京市", city, "海淀区")).status is SERVED


# --- decide: missing levels --------------------------------------------------------------


def test_missing_district_when_only_some_districts_are_listed() -> None:
    table = area(ZJ, XIHU)  # 杭州市 told apart by district, no row for the city as a whole
    decision = decide(table, addr("浙江省", "杭州市", "", "文三路90号"))
    assert decision == AreaDecision(SERVED, ZJ, "district")
    assert not decision.complete


def test_missing_district_without_any_broader_row() -> None:
    assert decide(area(XIHU), addr("浙江省", "杭州市")) == AreaDecision(OUT, None, "district")


def test_a_city_row_covers_an_address_without_district() -> None:
    decision = decide(area(ZJ, HZ, XIHU), addr("浙江省", "杭州市"))
    assert decision == AreaDecision(EMS, HZ)
    assert decision.complete


def test_missing_city_when_the_province_is_told_apart_by_city() -> None:
    table = area(HZ)
    assert decide(table, addr("浙江省")) == AreaDecision(OUT, None, "city")
    # a province row covers it
    assert decide(area(ZJ, HZ), addr("浙江省")) == AreaDecision(SERVED, ZJ)


def test_a_district_row_alone_also_tells_the_province_apart() -> None:
    assert decide(area(XIHU), addr("浙江省")).missing == "city"


def test_other_provinces_rows_do_not_make_anything_missing() -> None:
    table = area(ZJ, AreaRule("江苏省", "南京市", "鼓楼区", status=OUT))
    assert decide(table, addr("浙江省")) == AreaDecision(SERVED, ZJ)
    assert decide(table, addr("浙江省", "杭州市")) == AreaDecision(SERVED, ZJ)


# --- the sample table --------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> ServiceArea:
    return sample_service_area()


def test_sample_is_labelled_as_a_demo(sample: ServiceArea) -> None:
    assert sample.name == SAMPLE_SERVICE_AREA_NAME == "示例服务范围表 — 仅供演示"


def test_sample_provinces(sample: ServiceArea) -> None:
    status = {p: decide(sample, addr(p, "某市")).status for p in PROVINCES if p != "浙江省"}
    assert status.pop("西藏自治区") is EMS
    for province in ("台湾省", "香港特别行政区", "澳门特别行政区"):
        assert status.pop(province) is OUT
    assert set(status.values()) == {SERVED}
    assert len(status) == 29  # 31 mainland provinces: less 西藏, and 浙江 (tested below)


@pytest.mark.parametrize(
    ("address", "status", "missing"),
    [
        (addr("浙江省", "杭州市", "西湖区"), SERVED, ""),
        (addr("浙江省", "杭州市"), SERVED, ""),  # the city row
        (addr("浙江省", "杭州市", "淳安县"), EMS, ""),
        (addr("浙江省", "杭州市", "建德市"), SERVED, ""),
        (addr("浙江省", "宁波市", "海曙区"), SERVED, ""),
        (addr("浙江省", "舟山市", "嵊泗县"), OUT, ""),
        (addr("浙江省", "舟山市", "定海区"), SERVED, ""),
        (addr("浙江省", "舟山市"), SERVED, "district"),  # could be 嵊泗县
        (addr("浙江省"), SERVED, ""),
    ],
)
def test_sample_inside_zhejiang(sample: ServiceArea, address: ResolvedAddress,
                                status: AreaStatus, missing: str) -> None:
    decision = decide(sample, address)
    assert (decision.status, decision.missing) == (status, missing)


def test_sample_reads_back_from_its_rows(sample: ServiceArea) -> None:
    rows = service_area_rows(sample)
    assert rows[0] == {"省": "北京市", "市": "", "区": "", "状态": "派送", "备注": ""}
    assert {"省": "浙江省", "市": "杭州市", "区": "淳安县", "状态": "转EMS",
            "备注": "山区, 转EMS"} in rows
    assert service_area_from_rows(rows, name=sample.name) == sample


# --- rows --------------------------------------------------------------------------------


def test_rows_accept_short_names_status_words_and_english_columns() -> None:
    rows = [
        {"province": "浙江", "city": "", "district": "", "status": "served", "note": ""},
        {"province": "浙江", "city": "杭州", "district": "淳安县", "status": "EMS", "note": "山区"},
        {"province": "西藏", "city": "", "district": "", "status": "转ems", "note": ""},
        {"province": "香港", "city": "", "district": "", "status": " OUT_OF_AREA ", "note": ""},
        {"province": "台湾", "city": "", "district": "", "status": "超区", "note": ""},
        {"province": "上海", "city": "", "district": "", "status": "派送", "note": ""},
    ]
    table = service_area_from_rows(rows)
    assert table.rules == (
        AreaRule("浙江省", status=SERVED),
        AreaRule("浙江省", "杭州", "淳安县", status=EMS, note="山区"),
        AreaRule("西藏自治区", status=EMS),
        AreaRule("香港特别行政区", status=OUT),
        AreaRule("台湾省", status=OUT),
        AreaRule("上海市", status=SERVED),
    )


def test_rows_skip_blank_rows_but_count_them() -> None:
    rows = [
        {"省": "", "市": "", "区": "", "状态": ""},
        {"省": "浙江省", "市": "", "区": "", "状态": "派送"},
        {"省": " ", "市": "", "区": "", "状态": ""},
        {"省": "火星", "市": "", "区": "", "状态": "派送"},
    ]
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_rows(rows)
    assert (caught.value.row, caught.value.column, caught.value.problem) == (
        5, "省", "unknown_province")  # header = row 1, so the 4th data row is row 5
    assert caught.value.detail == "火星"


def test_a_municipality_district_needs_no_city() -> None:
    table = service_area_from_rows([{"省": "北京", "市": "", "区": "朝阳区", "状态": "超区"}])
    assert table.rules == (AreaRule("北京市", "北京市", "朝阳区", status=OUT),)


GOOD = {"省": "浙江省", "市": "杭州市", "区": "西湖区", "状态": "派送", "备注": ""}


@pytest.mark.parametrize(
    ("second", "column", "problem", "detail"),
    [
        ({"省": ""}, "省", "required", ""),
        ({"省": "浙江市"}, "省", "unknown_province", "浙江市"),
        ({"状态": ""}, "状态", "required", ""),
        ({"状态": "可以"}, "状态", "choice", "派送,超区,转EMS"),
        ({"市": "", "区": "西湖区"}, "市", "required", ""),
        ({}, "区", "duplicate", "浙江省 杭州市 西湖区"),
        ({"省": "浙江", "市": "杭州", "区": "西湖"}, "区", "duplicate", "浙江省 杭州 西湖"),
    ],
)
def test_a_bad_row_names_its_row_column_and_problem(
    second: dict[str, str], column: str, problem: str, detail: str
) -> None:
    rows = [GOOD, GOOD | second]
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_rows(rows)
    error = caught.value
    assert (error.row, error.column, error.problem, error.detail) == (3, column, problem, detail)
    assert isinstance(error, DomainError)


def test_a_city_row_beside_its_district_rows_is_no_duplicate() -> None:
    rows = [GOOD, GOOD | {"区": ""}, GOOD | {"区": "上城区"}]
    assert len(service_area_from_rows(rows).rules) == 3


def test_duplicate_province_rows() -> None:
    rows = [{"省": "西藏", "市": "", "区": "", "状态": "转EMS"},
            {"省": "西藏自治区", "市": "", "区": "", "状态": "超区"}]
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_rows(rows, lines=(7, 9))
    assert (caught.value.row, caught.value.column, caught.value.problem) == (9, "省", "duplicate")


def test_municipality_rows_with_and_without_city_are_the_same_place() -> None:
    rows = [{"省": "北京", "市": "", "区": "", "状态": "派送"},
            {"省": "北京市", "市": "市辖区", "区": "", "状态": "超区"}]
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_rows(rows)
    assert (caught.value.row, caught.value.problem) == (3, "duplicate")


@pytest.mark.parametrize("missing", ["省", "市", "区", "状态"])
def test_missing_column(missing: str) -> None:
    columns = [c for c in ("省", "市", "区", "状态", "备注") if c != missing]
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_rows([], columns=columns)
    assert (caught.value.row, caught.value.column, caught.value.problem) == (
        0, missing, "missing_column")
    with pytest.raises(ServiceAreaInvalid):
        service_area_from_rows([dict.fromkeys(columns, "浙江省")])


def test_the_note_column_may_be_left_out() -> None:
    table = service_area_from_rows([], columns=["省", "市", "区", "状态"])
    assert table == ServiceArea(())


def test_error_text_names_row_and_column() -> None:
    assert str(ServiceAreaInvalid(4, "状态", "choice", "派送,超区,转EMS")) == (
        "row 4 [状态]: choice 派送,超区,转EMS")
    assert str(ServiceAreaInvalid(0, "", "unreadable")) == "table: unreadable"


# --- JSON --------------------------------------------------------------------------------


def test_json_round_trip(sample: ServiceArea) -> None:
    text = service_area_to_json(sample)
    assert "示例服务范围表" in text  # not \\u escapes: readable in the settings table
    assert service_area_from_json(text) == sample


def test_json_is_checked_like_a_file() -> None:
    text = ('{"name": "x", "rules": [{"province": "浙江省", "status": "served"},'
            ' {"province": "浙江省", "city": "杭州市", "status": "maybe"}]}')
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_json(text)
    assert (caught.value.row, caught.value.column, caught.value.problem) == (2, "状态", "choice")


@pytest.mark.parametrize("text", ["", "not json", "[]", '{"rules": 3}', '{"rules": [1]}'])
def test_unreadable_json(text: str) -> None:
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_json(text)
    assert caught.value.problem == "unreadable"
