"""The cpca address resolver on real-looking addresses (CI-6), with the real library."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor

import pytest

from counter_app.addresses.cpca_resolver import CpcaAddressResolver
from counter_app.domain.service_area import (
    AreaRule,
    AreaStatus,
    ResolvedAddress,
    ServiceArea,
    decide,
    sample_service_area,
)


@pytest.fixture(scope="module")
def resolver() -> CpcaAddressResolver:
    found = CpcaAddressResolver()
    found.warm_up()
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浙江省杭州市西湖区文三路90号",
         ResolvedAddress("浙江省", "杭州市", "西湖区", "330106", "文三路90号")),
        ("浙江杭州西湖区文三路90号",  # short province and city
         ResolvedAddress("浙江省", "杭州市", "西湖区", "330106", "文三路90号")),
        ("  广东省 深圳市 南山区 科技园  ",
         ResolvedAddress("广东省", "深圳市", "南山区", "440305", "科技园")),
        ("北京朝阳区建国路88号",  # municipality: the city is 北京市, not 市辖区
         ResolvedAddress("北京市", "北京市", "朝阳区", "110105", "建国路88号")),
        ("上海市浦东新区世纪大道100号",
         ResolvedAddress("上海市", "上海市", "浦东新区", "310115", "世纪大道100号")),
        ("重庆市巫山县",  # cpca's city is 县 here
         ResolvedAddress("重庆市", "重庆市", "巫山县", "500237", "")),
        ("海淀区中关村大街1号",  # no province written: inferred
         ResolvedAddress("北京市", "北京市", "海淀区", "110108", "中关村大街1号")),
        ("广西南宁市青秀区民族大道",  # autonomous region by its short name
         ResolvedAddress("广西壮族自治区", "南宁市", "青秀区", "450103", "民族大道")),
        ("西藏拉萨市城关区北京中路",
         ResolvedAddress("西藏自治区", "拉萨市", "城关区", "540102", "北京中路")),
        ("江苏苏州工业园区星湖街",  # 工业园区 is no division: no district
         ResolvedAddress("江苏省", "苏州市", "", "320500", "工业园区星湖街")),
        ("湖北省仙桃市干河街道",  # a county-level city the province governs directly
         ResolvedAddress("湖北省", "仙桃市", "", "429004", "干河街道")),
        ("杭州市临安区锦城街道",  # cpca still knows it as 临安市 (before 2017)
         ResolvedAddress("浙江省", "杭州市", "临安区", "330185", "锦城街道")),
        ("浙江省杭州市钱塘区下沙街道",  # created 2021, after cpca's data: the supplement
         ResolvedAddress("浙江省", "杭州市", "钱塘区", "330114", "下沙街道")),
        ("杭州市临平区南苑街道人民大道1号",  # created 2021 too (issue 18 §5)
         ResolvedAddress("浙江省", "杭州市", "临平区", "330113", "南苑街道人民大道1号")),
        ("临平区南苑街道",  # no province or city written: inferred from the supplement's adcode
         ResolvedAddress("浙江省", "杭州市", "临平区", "330113", "南苑街道")),
        ("杭州市余杭区临平街道1号",  # the street 临平街道 of 余杭区 is no district
         ResolvedAddress("浙江省", "杭州市", "余杭区", "330110", "临平街道1号")),
        ("香港九龙弥敦道",
         ResolvedAddress("香港特别行政区", "", "", "810000", "九龙弥敦道")),
    ],
)
def test_resolves(resolver: CpcaAddressResolver, text: str, expected: ResolvedAddress) -> None:
    assert resolver.resolve(text) == expected


@pytest.mark.parametrize("text", ["今天天气不错", "", "   ", "12345 abc"])
def test_no_province_is_none(resolver: CpcaAddressResolver, text: str) -> None:
    assert resolver.resolve(text) is None


@pytest.mark.parametrize(
    ("text", "status", "missing"),
    [
        ("浙江杭州淳安县千岛湖镇新安大街", AreaStatus.EMS, ""),
        ("杭州市西湖区文三路90号", AreaStatus.SERVED, ""),
        ("浙江省舟山市嵊泗县菜园镇", AreaStatus.OUT_OF_AREA, ""),
        ("浙江省舟山市某某路1号", AreaStatus.SERVED, "district"),
        ("西藏拉萨市城关区北京中路", AreaStatus.EMS, ""),
        ("香港九龙弥敦道", AreaStatus.OUT_OF_AREA, ""),
        ("北京市朝阳区建国路88号", AreaStatus.SERVED, ""),
    ],
)
def test_resolved_addresses_against_the_sample_table(
    resolver: CpcaAddressResolver, text: str, status: AreaStatus, missing: str
) -> None:
    address = resolver.resolve(text)
    assert address is not None
    decision = decide(sample_service_area(), address)
    assert (decision.status, decision.missing) == (status, missing)


def test_a_district_newer_than_the_data_still_matches_a_row_naming_it(
    resolver: CpcaAddressResolver,
) -> None:
    qiantang = AreaRule("浙江省", "杭州市", "钱塘区", status=AreaStatus.EMS)
    table = ServiceArea((AreaRule("浙江省", "杭州市", status=AreaStatus.SERVED), qiantang))
    address = resolver.resolve("浙江省杭州市钱塘区下沙街道6号")
    assert address is not None
    assert decide(table, address).rule == qiantang


def test_one_resolver_serves_many_threads() -> None:
    shared = CpcaAddressResolver()
    texts = ["浙江省杭州市西湖区文三路90号", "北京朝阳区建国路88号", "今天天气不错"] * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(shared.resolve, texts))
    assert [r.district if r else None for r in results[:3]] == ["西湖区", "朝阳区", None]
    assert results[3:] == results[:3] * 7


def test_loads_without_pkg_resources_or_warnings() -> None:
    """cpca reads its table through pkg_resources; the resolver serves it a stand-in."""
    script = textwrap.dedent("""
        import sys
        from counter_app.addresses.cpca_resolver import CpcaAddressResolver
        assert "cpca" not in sys.modules  # imported lazily
        resolver = CpcaAddressResolver()
        resolver.warm_up()
        assert "cpca" in sys.modules
        assert "pkg_resources" not in sys.modules
        print(resolver.resolve("浙江杭州西湖区").adcode)
    """)
    done = subprocess.run([sys.executable, "-W", "error", "-c", script],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "330106"
