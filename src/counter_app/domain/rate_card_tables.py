"""The rate card as tables (CSV / XLSX sections, see ``docs/rate-card.md``) and as JSON: reading
with every check (:class:`~counter_app.domain.pricing.RateCardInvalid` names the section, row
and column), writing, and the sample card bundled with the application."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Final, TypeVar

from counter_app.domain.pricing import (
    CENT,
    RELATIVE_ZONES,
    ZERO,
    FeeRounding,
    FeeRule,
    InsuranceBand,
    PackagingItem,
    RateCard,
    RateCardInvalid,
    Zone,
    plain_number,
    province_name,
)
from counter_app.domain.station import PROVINCES

_T = TypeVar("_T")

_DATA_PACKAGE: Final = "counter_app.domain"
_SAMPLE_FILE: Final = "sample_rate_card.json"

RATE_CARD_SECTIONS: Final[Mapping[str, tuple[str, ...]]] = {
    "settings": ("key", "value"),
    "zones": ("code", "name", "first_weight_kg", "first_price", "step_weight_kg", "step_price"),
    "provinces": ("province", "zone"),
    "insurance": ("up_to", "fixed_fee", "rate_permille"),
    "packaging": ("code", "name", "price"),
}
"""The sections of a rate-card file and their columns, in file order (docs/rate-card.md)."""

_REQUIRED_SECTIONS: Final = ("settings", "zones", "provinces")

SETTING_KEYS: Final = (
    "name",
    "note",
    "origin_province",
    "origin_city",
    "weight_unit_kg",
    "max_weight_kg",
    "volumetric_divisor",
    "dimensions_required",
    "max_side_cm",
    "fee_rounding",
    "insurance_min_fee",
    "insurance_max_fee",
    "max_declared_value",
    "collect_fee_rate_percent",
    "collect_fee_min",
    "cod_fee_rate_percent",
    "cod_fee_min",
    "max_cod_amount",
)
"""The keys of the ``settings`` section, in file order."""

_YES: Final = frozenset({"yes", "y", "true", "1", "是"})
_NO: Final = frozenset({"no", "n", "false", "0", "否", ""})
_CODE_RE: Final = re.compile(r"[a-z0-9_]{1,32}")


_FULL_WIDTH_DIGITS: Final[Mapping[int, int]] = {0xFF10 + i: 0x30 + i for i in range(10)} | {
    0xFF0E: 0x2E
}


@dataclass(frozen=True)
class Table:
    """One section of a rate-card file as read: rows of text cells by column name.

    Attributes:
        columns: the header row (extra columns, e.g. 备注, are allowed and ignored).
        rows: the data rows; a missing cell reads as ``""``. Readers leave out blank rows.
        lines: where each row is in the file (CSV line, XLSX row), for error messages;
            empty = number the rows 1, 2, 3 ….
    """

    columns: tuple[str, ...]
    rows: tuple[Mapping[str, str], ...]
    lines: tuple[int, ...] = ()

    def line(self, index: int) -> int:
        """The file position of row ``index`` (0-based)."""
        return self.lines[index] if index < len(self.lines) else index + 1


class _BadCell(Exception):
    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(problem, detail)
        self.problem = problem
        self.detail = detail


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _number(text: str, *, positive: bool = False) -> Decimal | None:
    """Parse a cell as a non-negative number (``None`` when empty) or raise _BadCell."""
    value_text = _clean(text).translate(_FULL_WIDTH_DIGITS)
    if not value_text:
        return None
    try:
        value = Decimal(value_text)
    except InvalidOperation:
        raise _BadCell("number", value_text) from None
    if not value.is_finite():
        raise _BadCell("number", value_text)
    if value < 0 or (positive and value == 0):
        raise _BadCell("range", value_text)
    return value


def _required(value: Decimal | None) -> Decimal:
    if value is None:
        raise _BadCell("required")
    return value


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(CENT, rounding=ROUND_HALF_UP)


def _code(text: str) -> str:
    value = _clean(text).lower()
    if not value:
        raise _BadCell("required")
    if not _CODE_RE.fullmatch(value):
        raise _BadCell("format", value)
    return value


def _text(text: str) -> str:
    value = _clean(text)
    if not value:
        raise _BadCell("required")
    return value


def _rows(section: str, table: Table, read: Callable[[Callable[[str], str]], _T]) -> list[_T]:
    """Apply ``read`` to every row; ``read`` gets a cell getter that tracks the column."""
    out = []
    for index, row in enumerate(table.rows):
        column = ""

        def cell(name: str, row: Mapping[str, str] = row) -> str:
            nonlocal column
            column = name
            return row.get(name) or ""

        try:
            out.append(read(cell))
        except _BadCell as bad:
            raise RateCardInvalid(section, table.line(index), column, bad.problem,
                                  bad.detail) from None
    return out


def _read_zone(cell: Callable[[str], str]) -> Zone:
    return Zone(
        code=_code(cell("code")),
        name=_text(cell("name")),
        first_weight=_required(_number(cell("first_weight_kg"), positive=True)),
        first_price=_required(_money(_number(cell("first_price")))),
        step_weight=_required(_number(cell("step_weight_kg"), positive=True)),
        step_price=_required(_money(_number(cell("step_price")))),
    )


def _read_province(cell: Callable[[str], str]) -> tuple[str, str]:
    text = _text(cell("province"))
    province = province_name(text)
    if province is None:
        raise _BadCell("unknown_province", text)
    return province, _code(cell("zone"))


def _read_band(cell: Callable[[str], str]) -> InsuranceBand:
    return InsuranceBand(
        up_to=_money(_number(cell("up_to"), positive=True)),
        fixed_fee=_money(_number(cell("fixed_fee"))) or ZERO,
        rate_permille=_number(cell("rate_permille")) or Decimal(0),
    )


def _read_packaging(cell: Callable[[str], str]) -> PackagingItem:
    return PackagingItem(
        code=_code(cell("code")),
        name=_text(cell("name")),
        price=_required(_money(_number(cell("price")))),
    )


def _read_settings(table: Table) -> RateCard:
    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    for index, row in enumerate(table.rows):
        key = _clean(row.get("key")).lower()
        if not key:
            continue
        if key not in SETTING_KEYS:
            raise RateCardInvalid("settings", table.line(index), "key", "unknown_setting", key)
        if key in values:
            raise RateCardInvalid("settings", table.line(index), "key", "duplicate", key)
        values[key] = _clean(row.get("value"))
        lines[key] = table.line(index)

    def fail(key: str, bad: _BadCell) -> RateCardInvalid:
        return RateCardInvalid("settings", lines.get(key, 0), key, bad.problem, bad.detail)

    def number(key: str, default: Decimal, *, positive: bool = False) -> Decimal:
        try:
            value = _number(values.get(key, ""), positive=positive)
        except _BadCell as bad:
            raise fail(key, bad) from None
        return default if value is None else value

    def optional_money(key: str) -> Decimal | None:
        try:
            return _money(_number(values.get(key, "")))
        except _BadCell as bad:
            raise fail(key, bad) from None

    def money(key: str) -> Decimal:
        return optional_money(key) or ZERO

    def required(key: str) -> str:
        if not values.get(key):
            raise fail(key, _BadCell("required"))
        return values[key]

    name = required("name")
    origin_text = required("origin_province")
    origin = province_name(origin_text)
    if origin is None:
        raise RateCardInvalid("settings", lines["origin_province"], "origin_province",
                              "unknown_province", origin_text)
    city = required("origin_city")
    required("weight_unit_kg")
    unit = number("weight_unit_kg", ZERO, positive=True)
    divisor = number("volumetric_divisor", ZERO, positive=True) or None
    if divisor is not None and divisor != divisor.to_integral_value():
        raise RateCardInvalid("settings", lines["volumetric_divisor"], "volumetric_divisor",
                              "integer", values["volumetric_divisor"])
    required_text = values.get("dimensions_required", "").lower()
    if required_text not in _YES | _NO:
        raise RateCardInvalid("settings", lines["dimensions_required"], "dimensions_required",
                              "choice", "yes,no")
    rounding_text = values.get("fee_rounding", "").lower() or FeeRounding.YUAN.value
    if rounding_text not in {r.value for r in FeeRounding}:
        raise RateCardInvalid("settings", lines["fee_rounding"], "fee_rounding", "choice",
                              ",".join(r.value for r in FeeRounding))
    return RateCard(
        name=name,
        note=values.get("note", ""),
        origin_province=origin,
        origin_city=city,
        zones=(),
        province_zones=(),
        weight_unit=unit,
        max_weight=number("max_weight_kg", Decimal(100), positive=True),
        volumetric_divisor=None if divisor is None else int(divisor),
        dimensions_required=required_text in _YES,
        max_side_cm=number("max_side_cm", Decimal(150), positive=True),
        fee_rounding=FeeRounding(rounding_text),
        insurance_minimum=money("insurance_min_fee"),
        insurance_maximum=optional_money("insurance_max_fee"),
        max_declared_value=optional_money("max_declared_value"),
        collect_fee=FeeRule(number("collect_fee_rate_percent", ZERO), money("collect_fee_min")),
        cod_fee=FeeRule(number("cod_fee_rate_percent", ZERO), money("cod_fee_min")),
        max_cod_amount=optional_money("max_cod_amount"),
    )


def rate_card_from_tables(tables: Mapping[str, Table]) -> RateCard:
    """Build a rate card from the sections of a file, and check it (:func:`check_rate_card`).

    Args:
        tables: section name → table, as read from a CSV, XLSX or JSON file.

    Returns:
        The card.

    Raises:
        RateCardInvalid: the first problem found, with its section, file row and column.
    """
    for section in tables:
        if section not in RATE_CARD_SECTIONS:
            raise RateCardInvalid(section, 0, "", "unknown_section", section)
    for section in _REQUIRED_SECTIONS:
        if section not in tables:
            raise RateCardInvalid(section, 0, "", "missing_section")
    for section, table in tables.items():
        for column in RATE_CARD_SECTIONS[section]:
            if column not in table.columns:
                raise RateCardInvalid(section, 0, column, "missing_column")

    def read(section: str, reader: Callable[[Callable[[str], str]], _T]) -> tuple[_T, ...]:
        table = tables.get(section)
        return () if table is None else tuple(_rows(section, table, reader))

    card = replace(
        _read_settings(tables["settings"]),
        zones=read("zones", _read_zone),
        province_zones=read("provinces", _read_province),
        insurance_bands=read("insurance", _read_band),
        packaging=read("packaging", _read_packaging),
    )
    _check(card, lambda section, index: tables[section].line(index) if section in tables else 0)
    return card


def check_rate_card(card: RateCard) -> RateCard:
    """Check that a card holds together, and return it.

    Checked: there are zones; zone, province and packaging codes do not repeat; every
    province row names a known province and an existing zone other than ``same_city`` /
    ``same_province``; the origin province is known; weights, divisor and side are positive;
    the insurance bands ascend and only the last is open; the insurance cap is not below its
    minimum. Rows are numbered 1, 2, 3 … within their section.

    Raises:
        RateCardInvalid: the first problem found.
    """
    _check(card, lambda section, index: index + 1)
    return card


def _check(card: RateCard, line: Callable[[str, int], int]) -> None:
    def fail(section: str, index: int, column: str, problem: str, detail: str = ""
             ) -> RateCardInvalid:
        return RateCardInvalid(section, line(section, index) if index >= 0 else 0, column,
                               problem, detail)

    if card.origin_province not in PROVINCES:
        raise fail("settings", -1, "origin_province", "unknown_province", card.origin_province)
    for key, value in (("weight_unit_kg", card.weight_unit), ("max_weight_kg", card.max_weight),
                       ("max_side_cm", card.max_side_cm)):
        if not value.is_finite() or value <= 0:
            raise fail("settings", -1, key, "range", plain_number(value))
    if card.volumetric_divisor is not None and card.volumetric_divisor <= 0:
        raise fail("settings", -1, "volumetric_divisor", "range", str(card.volumetric_divisor))
    if card.insurance_maximum is not None and card.insurance_maximum < card.insurance_minimum:
        raise fail("settings", -1, "insurance_max_fee", "range",
                   plain_number(card.insurance_maximum))
    if not card.zones:
        raise fail("zones", -1, "", "no_zones")
    codes: set[str] = set()
    for index, zone in enumerate(card.zones):
        if zone.code in codes:
            raise fail("zones", index, "code", "duplicate", zone.code)
        codes.add(zone.code)
        if zone.first_weight <= 0 or zone.step_weight <= 0:
            column = "first_weight_kg" if zone.first_weight <= 0 else "step_weight_kg"
            raise fail("zones", index, column, "range")
    provinces: set[str] = set()
    for index, (province, code) in enumerate(card.province_zones):
        if province not in PROVINCES:
            raise fail("provinces", index, "province", "unknown_province", province)
        if province in provinces:
            raise fail("provinces", index, "province", "duplicate", province)
        provinces.add(province)
        if code in RELATIVE_ZONES:
            raise fail("provinces", index, "zone", "relative_zone", code)
        if code not in codes:
            raise fail("provinces", index, "zone", "unknown_zone", code)
    previous: Decimal | None = None
    for index, band in enumerate(card.insurance_bands):
        last = index == len(card.insurance_bands) - 1
        if band.up_to is None and not last:
            raise fail("insurance", index, "up_to", "band_order")
        if band.up_to is not None and previous is not None and band.up_to <= previous:
            raise fail("insurance", index, "up_to", "band_order", plain_number(band.up_to))
        previous = band.up_to
    items: set[str] = set()
    for index, item in enumerate(card.packaging):
        if item.code in items:
            raise fail("packaging", index, "code", "duplicate", item.code)
        items.add(item.code)


def _optional(value: Decimal | None, money: bool = False) -> str:
    if value is None:
        return ""
    return f"{value.quantize(CENT):.2f}" if money else plain_number(value)


def _amount(value: Decimal) -> str:
    return f"{value.quantize(CENT):.2f}"


def rate_card_to_tables(card: RateCard) -> dict[str, Table]:
    """The card as the sections of a file (the inverse of :func:`rate_card_from_tables`).

    Weights, divisor and rates are written plainly (``0.5``, ``8000``, ``5``), amounts with
    2 decimals (``12.00``), empty settings as ``""``; every section has its header even when
    it has no rows.
    """
    settings = {
        "name": card.name,
        "note": card.note,
        "origin_province": card.origin_province,
        "origin_city": card.origin_city,
        "weight_unit_kg": plain_number(card.weight_unit),
        "max_weight_kg": plain_number(card.max_weight),
        "volumetric_divisor": "" if card.volumetric_divisor is None
        else str(card.volumetric_divisor),
        "dimensions_required": "yes" if card.dimensions_required else "no",
        "max_side_cm": plain_number(card.max_side_cm),
        "fee_rounding": card.fee_rounding.value,
        "insurance_min_fee": _amount(card.insurance_minimum),
        "insurance_max_fee": _optional(card.insurance_maximum, money=True),
        "max_declared_value": _optional(card.max_declared_value, money=True),
        "collect_fee_rate_percent": plain_number(card.collect_fee.rate_percent),
        "collect_fee_min": _amount(card.collect_fee.minimum),
        "cod_fee_rate_percent": plain_number(card.cod_fee.rate_percent),
        "cod_fee_min": _amount(card.cod_fee.minimum),
        "max_cod_amount": _optional(card.max_cod_amount, money=True),
    }
    rows: dict[str, list[dict[str, str]]] = {
        "settings": [{"key": key, "value": settings[key]} for key in SETTING_KEYS],
        "zones": [
            {"code": z.code, "name": z.name, "first_weight_kg": plain_number(z.first_weight),
             "first_price": _amount(z.first_price), "step_weight_kg": plain_number(z.step_weight),
             "step_price": _amount(z.step_price)}
            for z in card.zones
        ],
        "provinces": [{"province": p, "zone": code} for p, code in card.province_zones],
        "insurance": [
            {"up_to": _optional(b.up_to, money=True), "fixed_fee": _amount(b.fixed_fee),
             "rate_permille": plain_number(b.rate_permille)}
            for b in card.insurance_bands
        ],
        "packaging": [
            {"code": p.code, "name": p.name, "price": _amount(p.price)} for p in card.packaging
        ],
    }
    return {
        section: Table(columns, tuple(rows[section]))
        for section, columns in RATE_CARD_SECTIONS.items()
    }


# --- JSON and the sample card ------------------------------------------------------------


def parse_rate_card_json(text: str) -> RateCard:
    """Read a card from JSON: an object with one list of row objects per section.

    The rows have the same columns as the CSV/XLSX sections, values as strings (numbers are
    accepted too); an ``about`` list of strings is ignored. See ``docs/rate-card.md``.

    Raises:
        ValueError: if the text is not a JSON object of lists of objects.
        RateCardInvalid: if the card does not hold together.
    """
    try:
        data: object = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"rate card is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError("a rate card must be a JSON object")
    tables: dict[str, Table] = {}
    for section, items in data.items():
        if section == "about":
            continue
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ValueError(f"section {section!r} must be a list of objects")
        columns = RATE_CARD_SECTIONS.get(section, ())
        rows = tuple(
            {str(k): "" if v is None else str(v) for k, v in item.items()} for item in items
        )
        extra = tuple(dict.fromkeys(k for row in rows for k in row if k not in columns))
        tables[section] = Table(tuple(columns) + extra, rows)
    return rate_card_from_tables(tables)


def rate_card_to_json(card: RateCard) -> str:
    """The card as JSON in the :func:`parse_rate_card_json` layout (UTF-8 text, indented)."""
    tables = rate_card_to_tables(card)
    data = {section: [dict(row) for row in table.rows] for section, table in tables.items()}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@cache
def sample_rate_card() -> RateCard:
    """The demonstration card bundled with the application (「示例价目表 — 仅供演示」).

    Its prices are invented for the demo; a station imports its own card before it takes
    money.
    """
    text = resources.files(_DATA_PACKAGE).joinpath(_SAMPLE_FILE).read_text(encoding="utf-8")
    return parse_rate_card_json(text)
