"""The WH-11 return tariff: which provinces (and cities) return free, the fee per started
kilogram above the free weight, its rows as edited, and the parcel weight check. Plain Python."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from counter_app.domain.errors import FieldInvalid

CENT = Decimal("0.01")



@dataclass(frozen=True)
class TariffRule:
    """Return fee for a group of provinces and cities (「山东省菏泽市」; issue 16: a city row
    overrides its province's row): free up to ``free_kg`` (None: always free), then ``per_kg``
    元 for each started kilogram above it (or of the whole weight: ``ReturnTariff``)."""

    name: str
    provinces: tuple[str, ...]
    free_kg: Decimal | None
    per_kg: Decimal


@dataclass(frozen=True)
class ReturnTariff:
    """Rules checked in order; ``default`` applies to every other province."""

    rules: tuple[TariffRule, ...]
    default: TariffRule
    whole_weight: bool = False
    """WH-11 「5公斤以上按2元/公斤收取」: False — only the kilograms above the free weight are
    charged (the excess); True — once above it, the whole weight is (a station setting)."""

    def rule_for(self, province: str, city: str = "") -> TariffRule:
        """The rule that applies to a parcel going back to ``province`` (and ``city``): a row
        naming the city wins over a row naming its province (issue 16)."""
        if city.strip():
            place = province + city.strip()
            for rule in self.rules:
                if place in rule.provinces:
                    return rule
        for rule in self.rules:
            if province in rule.provinces:
                return rule
        return self.default


TARIFF_READING = "江浙沪皖 + 鲁西南（山东省菏泽市、济宁市、枣庄市）"
"""Which reading of the seed's 「江浙沪皖鲁西南退回免费」 the shipped tariff took (issue 16):
江苏·浙江·上海·安徽 plus 鲁西南, the south-west of 山东 — not 江浙沪皖鲁 plus 西南 (四川,
重庆, 贵州, 云南). The settings page states it and asks the station to confirm or edit."""

SAMPLE_RETURN_TARIFF = ReturnTariff(
    rules=(
        TariffRule(
            "江浙沪皖鲁西南",
            ("江苏省", "浙江省", "上海市", "安徽省", "山东省菏泽市", "山东省济宁市",
             "山东省枣庄市"),
            None, Decimal("0")
        ),
        TariffRule("西藏", ("西藏自治区",), Decimal("0"), Decimal("8")),
        TariffRule(
            "网络班车",
            ("福建省", "江西省", "河南省", "湖北省", "湖南省", "广东省", "北京市", "天津市",
             "河北省"),
            Decimal("5"),
            Decimal("2"),
        ),
    ),
    default=TariffRule("其他地区", (), Decimal("0"), Decimal("5")),
)
"""WH-11 as written in the seed; the shuttle provinces are an example: each station edits
them to where its network shuttle (网络班车) runs."""


def check_weight(weight_kg: Decimal, name: str = "weight") -> Decimal:
    """A parcel weight in kg: more than 0, at most 1,000, 2 decimals at most."""
    if not weight_kg.is_finite() or weight_kg <= 0 or weight_kg > 1000:
        raise FieldInvalid(name, "range", "0.01–1000 kg")
    if weight_kg != weight_kg.quantize(CENT):
        raise FieldInvalid(name, "range", "0.01–1000 kg")
    return weight_kg


def return_fee(tariff: ReturnTariff, province: str, weight_kg: Decimal,
               city: str = "") -> Decimal:
    """WH-11: the fee for returning an air parcel of ``weight_kg`` to ``province`` (``city``):
    free within the free weight, then ``per_kg`` for every started kilogram above it (5.01 kg
    in a shuttle area → 1 kg charged → 2 元), or of the whole weight when the station reads
    「5公斤以上按2元/公斤」 so (``tariff.whole_weight``: 5.01 kg → 6 kg → 12 元)."""
    rule = tariff.rule_for(province, city)
    check_weight(weight_kg)
    if rule.free_kg is None:
        return Decimal("0.00")
    over = weight_kg - rule.free_kg
    if over <= 0:
        return Decimal("0.00")
    charged = weight_kg if tariff.whole_weight else over
    return (Decimal(math.ceil(charged)) * rule.per_kg).quantize(CENT)


_CITY_ENDINGS = ("市", "州", "盟", "地区")


def _place_known(place: str, provinces: set[str]) -> bool:
    """A province on the official list, or 「<province><city>」 whose city part has a city's
    ending (市, 州, 盟, 地区); the city itself is not checked against a national list."""
    if place in provinces:
        return True
    return any(place.startswith(p) and len(place) > len(p) + 1
               and place.endswith(_CITY_ENDINGS) for p in provinces)


def tariff_rows(tariff: ReturnTariff) -> list[tuple[str, str, str, str]]:
    """The tariff as text rows (name, provinces 、-separated, free kg or 「全免」, 元/kg); the
    default rule last with an empty province list."""
    def row(rule: TariffRule) -> tuple[str, str, str, str]:
        free = "全免" if rule.free_kg is None else f"{rule.free_kg.normalize():f}"
        return (rule.name, "、".join(rule.provinces), free, f"{rule.per_kg.normalize():f}")

    return [row(r) for r in tariff.rules] + [row(tariff.default)]


def tariff_from_rows(rows: Sequence[Sequence[str]], known: Iterable[str]) -> ReturnTariff:
    """Parse rows made by :func:`tariff_rows` (as edited); the row with no provinces is the
    default and must exist exactly once. Provinces must be on the official list."""
    provinces_known = set(known)
    rules: list[TariffRule] = []
    default: TariffRule | None = None
    seen: set[str] = set()
    for n, raw in enumerate(rows, start=1):
        name, provs, free, per = (c.strip() for c in [*raw, "", "", "", ""][:4])
        if not name and not provs and not free and not per:
            continue
        names = tuple(p for p in provs.replace(",", "、").replace("，", "、").split("、") if p)
        bad = [p for p in names if not _place_known(p, provinces_known)]
        if bad:
            raise FieldInvalid("tariff", "province", f"{n}: {'、'.join(bad)}")
        twice = [p for i, p in enumerate(names) if p in seen or p in names[:i]]
        if twice:
            raise FieldInvalid("tariff", "twice", f"{n}: {'、'.join(twice)}")
        seen.update(names)
        try:
            if not free:
                raise FieldInvalid("tariff", "number", str(n))  # never free by a cleared cell
            free_kg = None if free in ("全免", "free") else Decimal(free)
            per_kg = Decimal(per or "0")
        except ArithmeticError:
            raise FieldInvalid("tariff", "number", str(n)) from None
        if (free_kg is not None and (not free_kg.is_finite() or free_kg < 0)) or (
            not per_kg.is_finite() or per_kg < 0 or per_kg > 1000
        ):
            raise FieldInvalid("tariff", "number", str(n))
        rule = TariffRule(name or "—", names, free_kg, per_kg)
        if not names:
            if default is not None:
                raise FieldInvalid("tariff", "default", str(n))
            default = rule
        else:
            rules.append(rule)
    if default is None:
        raise FieldInvalid("tariff", "default", "0")
    return ReturnTariff(tuple(rules), default)
