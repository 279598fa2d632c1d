"""Prohibited items (CI-2), air restrictions (CI-3) and fragile items, searched in the contents.

The clerk types the declared contents (内件品名) and the counter checks them as they type:

* :func:`match_contents` finds the categories of the 禁止寄递物品指导目录 (19 categories,
  国家邮政局 / 公安部 / 国家安全部 2016) whose keywords occur: such a parcel is refused.
* :func:`air_restrictions` finds what may not go by air (batteries — also removed ones —,
  magnets, aerosols and pressurised items, flammables, liquids over 20 ml, powders, knives and
  blades): such a parcel goes by a land service, marked 航空禁运.
* :func:`is_fragile` says whether the contents are 易碎品 (refused or marked, per a setting).

The keywords are data (``prohibited.json``), which the station can extend with
:func:`load_catalogue`. Matching is on plain substrings of the normalised text (see
:func:`normalise_contents`); a keyword that occurs only inside one of its rule's *exceptions* —
a longer, harmless word, such as 硫酸镁 (Epsom salt) for 硫酸 or 镭射贴纸 (holographic stickers)
for 镭 — does not count. A keyword search is an aid to the clerk's inspection (验视), not a
replacement for it: it cannot see what the sender did not declare.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Final

from counter_app.domain.errors import FieldInvalid

__all__ = [
    "LIQUID_LIMIT_ML",
    "AirRestriction",
    "AirRestrictionKind",
    "AirRule",
    "Catalogue",
    "KeywordRule",
    "Match",
    "ProhibitedCategory",
    "air_restrictions",
    "default_catalogue",
    "extend_catalogue",
    "fragile_terms",
    "is_fragile",
    "load_catalogue",
    "match_contents",
    "normalise_contents",
    "parse_catalogue",
]

_DATA_PACKAGE: Final = "counter_app.domain"
_DATA_FILE: Final = "prohibited.json"

LIQUID_LIMIT_ML: Final = Decimal(20)
"""More liquid than this may not go by air (China Post 常见航空禁运品; research notes §1.6)."""

# Full-width ASCII variants and the ideographic space → half-width, as in domain.waybills.
_HALF_WIDTH: Final[Mapping[int, int]] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {
    0x3000: 0x20
}


def normalise_contents(text: str) -> str:
    """Put declared contents into the form keywords are searched in.

    Full-width characters become half-width, invisible format characters (zero-width spaces)
    and all white space are dropped, and letters are lower-cased: ``"Ｋ 粉"`` → ``"k粉"``,
    ``"酒 精"`` → ``"酒精"``. Punctuation stays, so a list ``"牛奶、饼干"`` keeps its items
    apart.
    """
    half = text.translate(_HALF_WIDTH)
    kept = (ch for ch in half if not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Zs"))
    return "".join(kept).lower()


@dataclass(frozen=True)
class KeywordRule:
    """Keywords to look for, and harmless longer words that contain them.

    Attributes:
        keywords: what to find, as written in the data (matched after
            :func:`normalise_contents`).
        exceptions: longer words; a keyword occurrence lying wholly inside an occurrence of one
            of them is ignored (``"硫酸镁"`` hides the ``"硫酸"`` in it).
    """

    keywords: tuple[str, ...]
    exceptions: tuple[str, ...] = ()

    def find(self, text: str) -> tuple[str, ...]:
        """The keywords that occur in ``text`` outside every exception, in data order."""
        return _find(normalise_contents(text), self)


@dataclass(frozen=True)
class ProhibitedCategory:
    """One category of the 禁止寄递物品指导目录 (or one the station added).

    Attributes:
        number: the category number as published (1..19); a station's own categories take
            other numbers.
        name_zh: the category's name as published.
        name_en: an English name.
        examples: the published example items (abridged), for the clerk to read.
        keywords: what the declared contents are searched for.
        exceptions: harmless longer words that contain a keyword (see :class:`KeywordRule`).
    """

    number: int
    name_zh: str
    name_en: str
    examples: tuple[str, ...]
    keywords: tuple[str, ...]
    exceptions: tuple[str, ...] = ()

    @property
    def rule(self) -> KeywordRule:
        """The category's keywords and exceptions."""
        return KeywordRule(self.keywords, self.exceptions)


@dataclass(frozen=True)
class Match:
    """The declared contents name an item of a prohibited category: refuse (CI-2).

    Attributes:
        category: the category (its number is recorded with the refusal).
        keywords: the category's keywords found, in data order.
    """

    category: ProhibitedCategory
    keywords: tuple[str, ...]

    @property
    def number(self) -> int:
        """The category number."""
        return self.category.number


class AirRestrictionKind(StrEnum):
    """Why a parcel may not go by air (CI-3); values are stored."""

    BATTERY = "battery"
    """Batteries and devices with them, also batteries removed and packed separately."""
    MAGNET = "magnet"
    """Magnets and magnetic items (speakers, set-top boxes, transformers)."""
    PRESSURISED = "pressurised"
    """Compressed gas, aerosols, spray cans, lighters, extinguishers, airbags."""
    FLAMMABLE = "flammable"
    """Flammables: hair gel, alcohol and liquor, perfume, nail polish, ink, glue …"""
    LIQUID = "liquid"
    """Liquids over :data:`LIQUID_LIMIT_ML` (or of unknown volume)."""
    POWDER = "powder"
    """Powders (milk powder, protein powder, desiccant …)."""
    BLADE = "blade"
    """Knives, scissors, razor and saw blades (管制刀具 are prohibited outright, category 2)."""


@dataclass(frozen=True)
class AirRule:
    """Keywords of one kind of air restriction.

    Attributes:
        kind: the kind.
        name_zh: a Chinese name for lists and the clerk's prompt.
        name_en: an English name.
        keywords: what the declared contents are searched for.
        exceptions: harmless longer words that contain a keyword (``"手机壳"`` for ``"手机"``).
    """

    kind: AirRestrictionKind
    name_zh: str
    name_en: str
    keywords: tuple[str, ...]
    exceptions: tuple[str, ...] = ()

    @property
    def rule(self) -> KeywordRule:
        """The kind's keywords and exceptions."""
        return KeywordRule(self.keywords, self.exceptions)


@dataclass(frozen=True)
class AirRestriction:
    """The parcel may not go by air for this reason: steer it to land, mark it 航空禁运.

    Attributes:
        kind: the reason.
        keywords: the keywords found; empty when only the liquid volume says so.
        liquid_ml: for ``LIQUID``, the volume the clerk entered, if any.
    """

    kind: AirRestrictionKind
    keywords: tuple[str, ...]
    liquid_ml: Decimal | None = None


@dataclass(frozen=True)
class Catalogue:
    """Everything the contents are checked against.

    Attributes:
        categories: the prohibited categories, by number.
        air_rules: the air restrictions, one rule per kind.
        fragile: the 易碎品 keywords.
    """

    categories: tuple[ProhibitedCategory, ...]
    air_rules: tuple[AirRule, ...] = ()
    fragile: KeywordRule = KeywordRule(())

    def category(self, number: int) -> ProhibitedCategory:
        """The category with this number.

        Raises:
            KeyError: if there is none.
        """
        for category in self.categories:
            if category.number == number:
                return category
        raise KeyError(number)


# --- matching ----------------------------------------------------------------------------


def match_contents(text: str, catalogue: Catalogue | None = None) -> list[Match]:
    """The prohibited categories the declared contents name (CI-2).

    Args:
        text: the declared contents as typed.
        catalogue: the catalogue; the bundled one when ``None``.

    Returns:
        One match per category with a keyword in the text, by category number; empty when
        nothing matches (which does not make the parcel acceptable — the clerk inspects it).
    """
    folded = normalise_contents(text)
    matches = []
    for category in (catalogue or default_catalogue()).categories:
        if found := _find(folded, category.rule):
            matches.append(Match(category, found))
    return matches


def air_restrictions(
    text: str, liquid_ml: Decimal | int | None = None, catalogue: Catalogue | None = None
) -> list[AirRestriction]:
    """Why the declared contents may not go by air (CI-3); empty when nothing says so.

    A liquid keyword counts unless the clerk entered a volume of at most
    :data:`LIQUID_LIMIT_ML` (an unknown volume is treated as too much); a volume above the limit
    counts even when no liquid keyword is found. Flammables such as perfume count whatever the
    volume.

    Args:
        text: the declared contents as typed.
        liquid_ml: the total liquid volume in ml, when the clerk entered one.
        catalogue: the catalogue; the bundled one when ``None``.

    Returns:
        One restriction per kind, in the catalogue's order of kinds.

    Raises:
        FieldInvalid: ``("liquid_ml", "range", "0-")`` for a negative volume.
    """
    volume = None if liquid_ml is None else Decimal(liquid_ml)
    if volume is not None and (not volume.is_finite() or volume < 0):
        raise FieldInvalid("liquid_ml", "range", "0-")
    folded = normalise_contents(text)
    found: list[AirRestriction] = []
    for rule in (catalogue or default_catalogue()).air_rules:
        keywords = _find(folded, rule.rule)
        if rule.kind is AirRestrictionKind.LIQUID:
            too_much = volume is not None and volume > LIQUID_LIMIT_ML
            if too_much or (keywords and volume is None):
                found.append(AirRestriction(rule.kind, keywords, volume))
        elif keywords:
            found.append(AirRestriction(rule.kind, keywords))
    return found


def fragile_terms(text: str, catalogue: Catalogue | None = None) -> tuple[str, ...]:
    """The 易碎品 keywords in the declared contents, in data order."""
    return _find(normalise_contents(text), (catalogue or default_catalogue()).fragile)


def is_fragile(text: str, catalogue: Catalogue | None = None) -> bool:
    """Whether the declared contents name a fragile item (易碎品, CI-2)."""
    return bool(fragile_terms(text, catalogue))


@cache
def _fold(word: str) -> str:
    return normalise_contents(word)


def _find(folded: str, rule: KeywordRule) -> tuple[str, ...]:
    if not folded:
        return ()
    covered = [
        (start, start + len(word))
        for word in map(_fold, rule.exceptions)
        if word
        for start in _occurrences(folded, word)
    ]
    hits = []
    for keyword in rule.keywords:
        word = _fold(keyword)
        if not word:
            continue
        for start in _occurrences(folded, word):
            end = start + len(word)
            if not any(low <= start and end <= high for low, high in covered):
                hits.append(keyword)
                break
    return tuple(dict.fromkeys(hits))


def _occurrences(text: str, word: str) -> Iterable[int]:
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)


# --- data --------------------------------------------------------------------------------


@cache
def default_catalogue() -> Catalogue:
    """The catalogue bundled with the application (``prohibited.json``), parsed once."""
    text = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    return parse_catalogue(text)


def load_catalogue(extra: Iterable[ProhibitedCategory] = ()) -> Catalogue:
    """The bundled catalogue extended with the station's own entries (see
    :func:`extend_catalogue`)."""
    return extend_catalogue(default_catalogue(), extra)


def extend_catalogue(catalogue: Catalogue, extra: Iterable[ProhibitedCategory]) -> Catalogue:
    """Add a station's entries to a catalogue.

    An entry with the number of an existing category adds its examples, keywords and
    exceptions to that category (the published name stays); an entry with a new number is a
    new category (as JD adds 特殊物品: cash, official documents …). Categories stay in number
    order.

    Args:
        catalogue: the catalogue to extend.
        extra: the station's entries.

    Returns:
        A new catalogue; ``catalogue`` is unchanged.
    """
    by_number = {category.number: category for category in catalogue.categories}
    for entry in extra:
        if entry.number <= 0:
            raise ValueError(f"category numbers are positive, got {entry.number}")
        base = by_number.get(entry.number)
        if base is None:
            by_number[entry.number] = entry
            continue
        by_number[entry.number] = replace(
            base,
            examples=_merged(base.examples, entry.examples),
            keywords=_merged(base.keywords, entry.keywords),
            exceptions=_merged(base.exceptions, entry.exceptions),
        )
    return replace(catalogue, categories=tuple(by_number[n] for n in sorted(by_number)))


def _merged(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(first + second))


def parse_catalogue(text: str) -> Catalogue:
    """Parse and verify catalogue data in the ``prohibited.json`` layout.

    ``categories`` is required; ``air_restrictions`` and ``fragile`` may be left out (a
    station's extra file usually has categories only).

    Raises:
        ValueError: if the JSON is malformed, a field is missing or of the wrong type, a
            category number repeats, or an air-restriction kind is unknown or repeats.
    """
    try:
        data: object = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"catalogue data is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError("catalogue data must be a JSON object")
    categories = tuple(_parse_category(item) for item in _list(data, "categories"))
    numbers = [category.number for category in categories]
    if len(set(numbers)) != len(numbers):
        raise ValueError(f"category numbers repeat: {numbers}")
    air = tuple(_parse_air_rule(item) for item in data.get("air_restrictions", []) or [])
    kinds = [rule.kind for rule in air]
    if len(set(kinds)) != len(kinds):
        raise ValueError(f"air-restriction kinds repeat: {kinds}")
    fragile_data = data.get("fragile", {}) or {}
    if not isinstance(fragile_data, dict):
        raise ValueError("'fragile' must be a JSON object")
    fragile = KeywordRule(
        _strings(fragile_data, "keywords", required=False),
        _strings(fragile_data, "exceptions", required=False),
    )
    return Catalogue(tuple(sorted(categories, key=lambda c: c.number)), air, fragile)


def _parse_category(item: object) -> ProhibitedCategory:
    if not isinstance(item, dict):
        raise ValueError(f"a category must be a JSON object, got {item!r}")
    number = item.get("number")
    if not isinstance(number, int) or isinstance(number, bool) or number <= 0:
        raise ValueError(f"a category number must be a positive integer, got {number!r}")
    keywords = _strings(item, "keywords")
    if not keywords:
        raise ValueError(f"category {number} has no keywords")
    return ProhibitedCategory(
        number=number,
        name_zh=_str(item, "name_zh"),
        name_en=_str(item, "name_en"),
        examples=_strings(item, "examples", required=False),
        keywords=keywords,
        exceptions=_strings(item, "exceptions", required=False),
    )


def _parse_air_rule(item: object) -> AirRule:
    if not isinstance(item, dict):
        raise ValueError(f"an air restriction must be a JSON object, got {item!r}")
    try:
        kind = AirRestrictionKind(_str(item, "kind"))
    except ValueError as exc:
        raise ValueError(f"air restriction: {exc}") from exc
    return AirRule(
        kind=kind,
        name_zh=_str(item, "name_zh"),
        name_en=_str(item, "name_en"),
        keywords=_strings(item, "keywords"),
        exceptions=_strings(item, "exceptions", required=False),
    )


def _list(item: dict[str, object], key: str) -> list[object]:
    value = item.get(key)
    if not isinstance(value, list):
        raise ValueError(f"{key!r} must be a list")
    return list(value)


def _str(item: dict[str, object], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{key!r}: expected a non-empty string, got {value!r}")
    return value.strip()


def _strings(item: dict[str, object], key: str, *, required: bool = True) -> tuple[str, ...]:
    if key not in item and not required:
        return ()
    values = _list(item, key)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise ValueError(f"{key!r} must be a list of non-empty strings, got {values!r}")
    return tuple(dict.fromkeys(str(v).strip() for v in values))
