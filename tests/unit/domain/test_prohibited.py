"""Prohibited items (CI-2), air restrictions (CI-3) and fragile items in the declared contents."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.prohibited import (
    LIQUID_LIMIT_ML,
    AirRestrictionKind,
    Catalogue,
    KeywordRule,
    ProhibitedCategory,
    air_restrictions,
    default_catalogue,
    extend_catalogue,
    fragile_terms,
    is_fragile,
    load_catalogue,
    match_contents,
    normalise_contents,
    parse_catalogue,
)

Kind = AirRestrictionKind


def numbers(text: str, catalogue: Catalogue | None = None) -> list[int]:
    return [m.number for m in match_contents(text, catalogue or default_catalogue())]


def kinds(text: str, liquid_ml: Decimal | int | None = None) -> list[AirRestrictionKind]:
    return [r.kind for r in air_restrictions(text, liquid_ml)]


# --- the catalogue data ------------------------------------------------------------------


def test_the_catalogue_has_the_19_published_categories() -> None:
    catalogue = default_catalogue()
    assert [c.number for c in catalogue.categories] == list(range(1, 20))
    assert catalogue.category(2).name_zh == "管制器具"
    assert catalogue.category(19).name_zh == "其他物品"
    assert catalogue.category(12).name_zh.startswith("毒品及吸毒工具")
    for category in catalogue.categories:
        assert category.keywords, category.number
        assert category.examples, category.number
        assert category.name_en, category.number


def test_the_air_rules_cover_every_kind_of_ci3() -> None:
    assert [rule.kind for rule in default_catalogue().air_rules] == list(AirRestrictionKind)


def test_no_exception_hides_a_keyword_on_its_own() -> None:
    """An exception equal to a keyword would switch the keyword off: a data mistake."""
    catalogue = default_catalogue()
    rules = [c.rule for c in catalogue.categories] + [r.rule for r in catalogue.air_rules]
    for rule in [*rules, catalogue.fragile]:
        assert not set(rule.keywords) & set(rule.exceptions)
        for exception in rule.exceptions:
            assert any(k in exception for k in rule.keywords), exception


def test_category_lookup_by_unknown_number() -> None:
    with pytest.raises(KeyError):
        default_catalogue().category(99)


# --- prohibited matches ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("仿真手枪一把", [1]),
        ("子弹 20 发", [1]),
        ("户外匕首", [2]),
        ("防狼喷雾", [2]),
        ("烟花爆竹", [3]),
        ("丁烷气罐", [4]),
        ("一次性打火机 10 个", [4]),
        ("汽油 5 升", [5]),
        ("医用酒精 500ml", [5]),
        ("火柴", [6]),
        ("双氧水", [7]),
        ("老鼠药", [8]),
        ("水银温度计", [8]),
        ("医疗废物", [9]),
        ("放射性样品", [10]),
        ("浓硫酸", [11]),
        ("汽车蓄电池", [11]),
        ("罂粟壳", [12]),
        ("淫秽光碟", [13]),
        ("窃听器", [14]),
        ("假币", [15]),
        ("高仿名牌包", [16]),
        ("象牙手镯", [17]),
        ("疫区肉制品", [18]),
        ("危险化学品", [19]),
    ],
)
def test_each_category_is_found(text: str, expected: list[int]) -> None:
    assert numbers(text) == expected


def test_a_match_names_the_category_and_the_keywords() -> None:
    (match,) = match_contents("油漆和汽油", default_catalogue())
    assert match.number == 5
    assert match.category.name_zh == "易燃液体"
    assert match.keywords == ("汽油", "油漆")  # data order, each once


def test_several_categories_in_one_declaration() -> None:
    assert numbers("衣服、鞭炮、假币") == [3, 15]


def test_input_is_normalised() -> None:
    assert normalise_contents("Ｋ 粉\u200b\u3000ＡＢＣ") == "k粉abc"
    assert numbers("ｋ 粉") == [12]
    assert numbers("酒 精") == [5]
    assert numbers("硫\u3000酸") == [11]


@pytest.mark.parametrize(
    "text",
    [
        "衣服 两件",
        "",
        "   ",
        "手枪钻（电动工具）",  # a pistol-grip drill, not a pistol
        "充气枪",  # tyre inflator, contains 气枪
        "吹气枪",  # dust blower
        "子弹笔记本",  # a bullet journal
        "子弹头形状的 U 盘",
        "硫酸镁 泻盐",  # Epsom salt, contains 硫酸
        "硫酸软骨素胶囊",
        "盐酸二甲双胍片",  # metformin hydrochloride, contains 盐酸
        "镭射贴纸",  # holographic stickers, contains 镭
        "钴蓝色颜料",  # cobalt blue, contains 钴
        "象牙白衬衫",  # ivory-white shirt, contains 象牙
        "虎皮鹦鹉饲料",  # budgie food, contains 虎皮
        "无酒精湿巾",  # alcohol-free wipes, contains 酒精
        "无汞电池",  # mercury-free, contains 汞
        "无农药蔬菜",  # pesticide-free, contains 农药
        "硫磺皂",  # sulphur soap, contains 硫磺
        "火柴人玩偶",  # stick-figure doll, contains 火柴
        "攀岩镁粉",  # climbing chalk, contains 镁粉
        "汽油滤清器",  # a fuel filter, contains 汽油
        "冰壶运动护具",  # curling gear, contains 冰壶
    ],
)
def test_harmless_words_do_not_match(text: str) -> None:
    assert numbers(text) == []


def test_an_exception_only_hides_the_occurrence_inside_it() -> None:
    assert numbers("硫酸镁和一瓶浓硫酸") == [11]
    assert numbers("象牙白盒子装象牙") == [17]


def test_keyword_rule_find_on_its_own() -> None:
    rule = KeywordRule(("硫酸",), ("硫酸镁",))
    assert rule.find("硫 酸") == ("硫酸",)
    assert rule.find("硫酸镁") == ()


# --- extending the catalogue -------------------------------------------------------------


def test_station_keywords_join_an_existing_category() -> None:
    extra = ProhibitedCategory(5, "", "", (), ("白电油",), ())
    catalogue = load_catalogue([extra])
    assert numbers("白电油", catalogue) == [5]
    assert catalogue.category(5).name_zh == "易燃液体"  # the published name stays
    assert "汽油" in catalogue.category(5).keywords
    assert numbers("白电油") == []  # the bundled catalogue is unchanged


def test_station_adds_a_category_of_its_own() -> None:
    cash = ProhibitedCategory(20, "特殊物品", "Special items", ("现金",), ("现金", "人民币"))
    catalogue = extend_catalogue(default_catalogue(), [cash])
    assert [c.number for c in catalogue.categories][-2:] == [19, 20]
    assert numbers("现金 5000 元", catalogue) == [20]


def test_extra_entries_need_a_positive_number() -> None:
    with pytest.raises(ValueError, match="positive"):
        load_catalogue([ProhibitedCategory(0, "x", "x", (), ("x",))])


def test_a_station_file_with_categories_only_parses() -> None:
    text = json.dumps({"categories": [
        {"number": 21, "name_zh": "国家机关公文", "name_en": "Official documents",
         "keywords": ["公文"]},
    ]}, ensure_ascii=False)
    parsed = parse_catalogue(text)
    assert parsed.air_rules == ()
    assert parsed.fragile.keywords == ()
    assert numbers("机关公文", load_catalogue(parsed.categories)) == [21]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not JSON"),
        ("[]", "JSON object"),
        ("{}", "'categories'"),
        ('{"categories": [{"number": 1, "name_zh": "a", "name_en": "a", "keywords": []}]}',
         "no keywords"),
        ('{"categories": [{"number": "1", "name_zh": "a", "name_en": "a", "keywords": ["x"]}]}',
         "positive integer"),
        ('{"categories": [{"number": 1, "name_zh": "a", "name_en": "a", "keywords": ["x"]},'
         ' {"number": 1, "name_zh": "b", "name_en": "b", "keywords": ["y"]}]}', "repeat"),
        ('{"categories": [], "air_restrictions": [{"kind": "rocks", "name_zh": "a",'
         ' "name_en": "a", "keywords": ["x"]}]}', "air restriction"),
        ('{"categories": [{"number": 1, "name_zh": "", "name_en": "a", "keywords": ["x"]}]}',
         "name_zh"),
    ],
)
def test_bad_catalogue_data_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_catalogue(text)


# --- air restrictions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("充电宝", [Kind.BATTERY]),
        ("旧手机一部", [Kind.BATTERY]),
        ("笔记本电脑一台", [Kind.BATTERY]),
        ("已拆下的电池，单独包装", [Kind.BATTERY]),  # removed batteries still count
        ("玩具车（不含电池），另附电池两节", [Kind.BATTERY]),
        ("吸铁石", [Kind.MAGNET]),
        ("蓝牙音箱", [Kind.BATTERY, Kind.MAGNET]),
        ("发胶喷雾", [Kind.PRESSURISED, Kind.FLAMMABLE]),
        ("指甲油", [Kind.FLAMMABLE]),
        ("蜂蜜两瓶", [Kind.LIQUID]),
        ("蛋白粉", [Kind.POWDER]),
        ("菜刀", [Kind.BLADE]),
        ("剪刀、美工刀", [Kind.BLADE]),
        ("白酒", [Kind.FLAMMABLE, Kind.LIQUID]),
    ],
)
def test_air_restrictions_found(text: str, expected: list[AirRestrictionKind]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "衣服",
        "手机壳",  # a phone case has no battery
        "电脑包",
        "笔记本电脑包",  # contains 笔记本电脑, a laptop, but is only its bag
        "玩具车（不含电池）",
        "乒乓球拍",  # the balls are flammable, the bat is not
        "香水百合种球",  # a lily variety
        "喇叭裤",  # bell-bottom trousers
        "粉色连衣裙",  # pink: no single-character 粉 keyword
        "刀片服务器",  # a blade server
        "红酒杯",  # a wine glass, empty
        "牛奶糖",  # milk candy is solid
    ],
)
def test_air_harmless(text: str) -> None:
    assert kinds(text) == []


def test_restriction_lists_the_keywords_found() -> None:
    (battery,) = air_restrictions("手机和充电宝")
    assert battery.kind is Kind.BATTERY
    assert battery.keywords == ("充电宝", "手机")


def test_liquid_over_20_ml() -> None:
    assert LIQUID_LIMIT_ML == 20
    assert kinds("牛奶", 20) == []
    assert kinds("牛奶", Decimal("20.5")) == [Kind.LIQUID]
    assert kinds("牛奶", 0) == []
    assert kinds("牛奶") == [Kind.LIQUID]  # unknown volume: assume too much


def test_a_volume_over_the_limit_counts_without_a_keyword() -> None:
    (liquid,) = air_restrictions("礼盒", 250)
    assert liquid.kind is Kind.LIQUID
    assert liquid.keywords == ()
    assert liquid.liquid_ml == Decimal(250)


def test_flammable_perfume_counts_whatever_its_volume() -> None:
    assert kinds("香水小样", 5) == [Kind.FLAMMABLE]


def test_negative_volume_is_refused() -> None:
    with pytest.raises(FieldInvalid) as caught:
        air_restrictions("牛奶", -1)
    assert (caught.value.field, caught.value.problem) == ("liquid_ml", "range")


# --- fragile -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["玻璃杯", "陶瓷碗", "瓷器", "水晶摆件", "鸡蛋 30 枚", "易碎品",
                                  "液晶屏显示器"])
def test_fragile(text: str) -> None:
    assert is_fragile(text)


@pytest.mark.parametrize("text", ["衣服", "玻璃胶", "玻璃水 2 桶", "水晶泥玩具", "搪瓷杯", ""])
def test_not_fragile(text: str) -> None:
    assert not is_fragile(text)


def test_fragile_terms_in_data_order() -> None:
    assert fragile_terms("花瓶（陶瓷）") == ("陶瓷", "花瓶")
