"""The station's service-area table (服务范围表, CI-6) and what it says about a destination.

Before the counter accepts a parcel it checks the destination against the table: served
(派送), out of area (超区) or forwarded via EMS (转EMS, WH-12). The table is data the station
keeps current: rows of province / city / district and a status, imported and exported as CSV
or XLSX by ``counter_app.reports.service_area_io`` (format: ``docs/service-area.md``).

The address itself is resolved to province / city / district by an adapter
(``counter_app.addresses.cpca_resolver``, with the cpca library; the port is
``services.ports.AddressResolver``); this module is plain Python.

How :func:`decide` reads the table:

* The most specific matching row wins: district > city > province. A destination no row
  covers is 超区 (CI-6).
* Names match written in full or short: 浙江 = 浙江省, 杭州 = 杭州市, 西湖 = 西湖区 (and a
  county that became a district, 临安市 = 临安区).
* For the four municipalities the city is the municipality itself (北京市); a row may leave
  the city empty or write 市辖区.
* When the table tells districts of a city apart, the address has no district, and the table
  has no row for the city as a whole, the decision is not complete: ``missing="district"``
  (likewise ``"city"`` for a province). A district the address resolver does not know (one
  created after its data) still matches a row naming it in full at the start of the street
  part: 「钱塘区下沙街道」 matches the row 杭州市 / 钱塘区.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import KW_ONLY, dataclass
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import DomainError
from counter_app.domain.json_data import JsonValue
from counter_app.domain.pricing import province_name
from counter_app.domain.station import PROVINCES

__all__ = [
    "MUNICIPALITIES",
    "SAMPLE_SERVICE_AREA_NAME",
    "SERVICE_AREA_COLUMNS",
    "STATUS_LABELS",
    "AreaDecision",
    "AreaRule",
    "AreaStatus",
    "ResolvedAddress",
    "ServiceArea",
    "ServiceAreaInvalid",
    "decide",
    "sample_service_area",
    "service_area_from_json",
    "service_area_from_rows",
    "service_area_rows",
    "service_area_to_json",
]


class AreaStatus(StrEnum):
    """What the table says about a destination; the values are stored."""

    SERVED = "served"
    """派送: the network delivers there."""
    OUT_OF_AREA = "out_of_area"
    """超区: not served (CI-6)."""
    EMS = "ems"
    """转EMS: accepted and forwarded via EMS (WH-12)."""


STATUS_LABELS: Final[Mapping[AreaStatus, str]] = {
    AreaStatus.SERVED: "派送",
    AreaStatus.OUT_OF_AREA: "超区",
    AreaStatus.EMS: "转EMS",
}
"""The status as written in the file's 状态 column."""

_STATUS_WORDS: Final[Mapping[str, AreaStatus]] = {
    "派送": AreaStatus.SERVED,
    "served": AreaStatus.SERVED,
    "超区": AreaStatus.OUT_OF_AREA,
    "out_of_area": AreaStatus.OUT_OF_AREA,
    "转ems": AreaStatus.EMS,
    "ems": AreaStatus.EMS,
}

SERVICE_AREA_COLUMNS: Final = ("省", "市", "区", "状态", "备注")
"""The columns of a service-area file, in file order; 备注 may be left out."""
_REQUIRED_COLUMNS: Final = ("省", "市", "区", "状态")
_COLUMN_ALIASES: Final[Mapping[str, str]] = {
    "province": "省",
    "city": "市",
    "district": "区",
    "status": "状态",
    "note": "备注",
}

MUNICIPALITIES: Final = frozenset({"北京市", "天津市", "上海市", "重庆市"})
"""The municipalities: their city is the municipality itself."""
_MUNICIPAL_CITY_WORDS: Final = frozenset({"", "市辖区", "县"})
_DIVISION_SUFFIXES: Final = "区县市旗"

SAMPLE_SERVICE_AREA_NAME: Final = "示例服务范围表 — 仅供演示"


# --- the table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedAddress:
    """An address resolved to its divisions.

    Attributes:
        province: the official province name (as in ``station.PROVINCES``).
        city: the city (地级), ``""`` if unknown; the municipality itself for 北京市 etc.
        district: the district or county (区县), ``""`` if unknown.
        adcode: the division code of the most specific division found, ``""`` if unknown.
        rest: the street part, after the divisions.
    """

    province: str
    city: str = ""
    district: str = ""
    adcode: str = ""
    rest: str = ""


@dataclass(frozen=True)
class AreaRule:
    """One row of the table: a province, or a city in it, or a district in that.

    Attributes:
        province: the official province name.
        city: the city, ``""`` for the whole province.
        district: the district, ``""`` for the whole city.
        status: what the table says (keyword only).
        note: free text (备注), e.g. 「隔日派送」.
    """

    province: str
    city: str = ""
    district: str = ""
    _: KW_ONLY
    status: AreaStatus
    note: str = ""


@dataclass(frozen=True)
class ServiceArea:
    """The station's service-area table (服务范围表).

    Attributes:
        rules: the rows, in file order.
        name: what the table is called (the sample says 「示例服务范围表 — 仅供演示」).
    """

    rules: tuple[AreaRule, ...]
    name: str = ""


@dataclass(frozen=True)
class AreaDecision:
    """What the table says about one address.

    Attributes:
        status: the status of ``rule``; ``OUT_OF_AREA`` when no row covers the address.
        rule: the row that decided, ``None`` when none did.
        missing: ``"district"`` or ``"city"`` when the address stops above the level the
            table tells apart and no row covers it as a whole; ``status`` and ``rule`` are
            then only those of the broader row, and the parcel is not accepted until the
            address is completed.
    """

    status: AreaStatus
    rule: AreaRule | None
    missing: str = ""

    @property
    def complete(self) -> bool:
        """The table decided (nothing is missing from the address)."""
        return not self.missing


# --- names -------------------------------------------------------------------------------


def _squash(text: str | None) -> str:
    return "".join((text or "").split())


def _province(text: str) -> str:
    return province_name(text) or _squash(text)


def _city(province: str, text: str) -> str:
    """The city as stored: the municipality itself for 北京市 etc."""
    value = _squash(text)
    if province in MUNICIPALITIES and (
        value in _MUNICIPAL_CITY_WORDS or province_name(value) == province
    ):
        return province
    return value


def _city_key(text: str) -> str:
    value = _squash(text)
    return value[:-1] if value.endswith("市") and len(value) > 2 else value


def _district_key(text: str) -> str:
    value = _squash(text)
    return value[:-1] if len(value) > 2 and value[-1] in _DIVISION_SUFFIXES else value


def _full_district(text: str) -> str:
    """The district name if written in full (ends in 区/县/市/旗), else ``""``."""
    value = _squash(text)
    return value if len(value) >= 2 and value[-1] in _DIVISION_SUFFIXES else ""


# --- deciding ----------------------------------------------------------------------------


def decide(area: ServiceArea, address: ResolvedAddress) -> AreaDecision:
    """What the service-area table says about a resolved address (CI-6).

    Args:
        area: the station's table.
        address: the destination, resolved.

    Returns:
        The decision: the most specific matching row (district > city > province), or
        ``OUT_OF_AREA`` with no row; ``missing`` as described on :class:`AreaDecision`.
    """
    province = _province(address.province)
    city = province if province in MUNICIPALITIES else _squash(address.city)
    city_key = _city_key(city)
    district_key = _district_key(address.district)

    province_rule: AreaRule | None = None
    city_rule: AreaRule | None = None
    district_rules: list[AreaRule] = []
    below_province = False
    for rule in area.rules:
        if _province(rule.province) != province:
            continue
        rule_city = _city(province, rule.city)
        if not rule_city:
            if not rule.district and province_rule is None:
                province_rule = rule
            continue
        below_province = True
        if not city_key or _city_key(rule_city) != city_key:
            continue
        if not rule.district:
            city_rule = city_rule or rule
        else:
            district_rules.append(rule)

    if city_key and district_key:
        for rule in district_rules:
            if _district_key(rule.district) == district_key:
                return AreaDecision(rule.status, rule)
    elif city_key and district_rules:
        rest = _squash(address.rest)
        for rule in district_rules:
            full = _full_district(rule.district)
            if full and rest.startswith(full):
                return AreaDecision(rule.status, rule)
        if city_rule is None:
            return _broader(province_rule, "district")
    if city_rule is not None:
        return AreaDecision(city_rule.status, city_rule)
    if not city_key and below_province and province_rule is None:
        return _broader(None, "city")
    return _broader(province_rule, "")


def _broader(rule: AreaRule | None, missing: str) -> AreaDecision:
    status = AreaStatus.OUT_OF_AREA if rule is None else rule.status
    return AreaDecision(status, rule, missing)


# --- reading and writing -----------------------------------------------------------------


@dataclass(eq=False)
class ServiceAreaInvalid(DomainError):
    """A service-area table (as read from a file or the settings) does not hold together.

    Attributes:
        row: the row in the file (header = row 1, so the first data row is 2); 0 when the
            problem is with the file as a whole.
        column: the column (省, 市, 区, 状态); empty when not about one.
        problem: ``missing_column``, ``required``, ``unknown_province``, ``choice`` (detail =
            the choices), ``duplicate`` (detail = the place), or ``unreadable`` (not a CSV,
            XLSX or JSON table at all).
        detail: the offending value, or data for the message.
    """

    row: int
    column: str
    problem: str
    detail: str = ""

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "table"
        col = f" [{self.column}]" if self.column else ""
        return f"{where}{col}: {self.problem} {self.detail}".strip()


def _column(name: str) -> str:
    value = _squash(name)
    return _COLUMN_ALIASES.get(value.lower(), value)


def service_area_from_rows(
    rows: Sequence[Mapping[str, str]],
    *,
    columns: Sequence[str] | None = None,
    lines: Sequence[int] = (),
    name: str = "",
) -> ServiceArea:
    """Build a table from the rows of a file (columns 省 市 区 状态 备注).

    Cells are text; whitespace is ignored; blank rows are skipped. Provinces may be short
    (浙江); status cells read 派送/served, 超区/out_of_area or 转EMS/EMS (any case). English
    column names (province, city, district, status, note) are accepted too.

    Args:
        rows: the data rows in file order, by column name.
        columns: the header row, when known (checked even if there are no rows); otherwise
            the columns of the rows are checked.
        lines: where each row is in the file, for errors; empty = header row 1, rows 2, 3 ….
        name: the table's name.

    Returns:
        The table.

    Raises:
        ServiceAreaInvalid: the first problem found, with its file row and column.
    """
    present = {_column(c) for c in columns} if columns is not None else {
        _column(key) for row in rows for key in row
    }
    if columns is not None or rows:
        for column in _REQUIRED_COLUMNS:
            if column not in present:
                raise ServiceAreaInvalid(0, column, "missing_column")

    rules: list[AreaRule] = []
    seen: set[tuple[str, str, str]] = set()
    for index, raw in enumerate(rows):
        line = lines[index] if index < len(lines) else index + 2
        row = {_column(key): " ".join((value or "").split()) for key, value in raw.items()}
        if not any(row.values()):
            continue
        rules.append(_read_rule(row, line, seen))
    return ServiceArea(tuple(rules), name)


def _read_rule(row: Mapping[str, str], line: int, seen: set[tuple[str, str, str]]) -> AreaRule:
    province_text = row.get("省", "")
    if not province_text:
        raise ServiceAreaInvalid(line, "省", "required")
    province = province_name(province_text)
    if province is None:
        raise ServiceAreaInvalid(line, "省", "unknown_province", province_text)
    city_text = _squash(row.get("市", ""))
    district = _squash(row.get("区", ""))
    city = _city(province, city_text) if city_text or district else ""
    if district and not city:
        raise ServiceAreaInvalid(line, "市", "required")
    status_text = row.get("状态", "")
    if not status_text:
        raise ServiceAreaInvalid(line, "状态", "required")
    status = _STATUS_WORDS.get(_squash(status_text).lower())
    if status is None:
        raise ServiceAreaInvalid(line, "状态", "choice", ",".join(STATUS_LABELS.values()))
    key = (province, _city_key(_city(province, city)), _district_key(district))
    if key in seen:
        column = "区" if district else "市" if city else "省"
        raise ServiceAreaInvalid(line, column, "duplicate",
                                 " ".join(part for part in (province, city, district) if part))
    seen.add(key)
    return AreaRule(province, city, district, status=status, note=row.get("备注", ""))


def service_area_rows(area: ServiceArea) -> list[dict[str, str]]:
    """The table as rows of text cells by column (``SERVICE_AREA_COLUMNS``), status in Chinese.

    Args:
        area: the table.

    Returns:
        One dict per rule, in order.
    """
    return [
        {
            "省": rule.province,
            "市": rule.city,
            "区": rule.district,
            "状态": STATUS_LABELS[rule.status],
            "备注": rule.note,
        }
        for rule in area.rules
    ]


def service_area_to_json(area: ServiceArea) -> str:
    """The table as JSON text, for the settings table.

    Args:
        area: the table.

    Returns:
        ``{"name": …, "rules": [{"province", "city", "district", "status", "note"}, …]}``.
    """
    return json.dumps(
        {
            "name": area.name,
            "rules": [
                {
                    "province": rule.province,
                    "city": rule.city,
                    "district": rule.district,
                    "status": rule.status.value,
                    "note": rule.note,
                }
                for rule in area.rules
            ],
        },
        ensure_ascii=False,
    )


def service_area_from_json(text: str) -> ServiceArea:
    """Read a table written by :func:`service_area_to_json` (and check it).

    Args:
        text: the JSON text.

    Returns:
        The table.

    Raises:
        ServiceAreaInvalid: the rows do not hold together (row = the rule's position, from
            1), or ``unreadable`` when the text is not such a JSON object.
    """
    try:
        data: JsonValue = json.loads(text)
    except ValueError as exc:
        raise ServiceAreaInvalid(0, "", "unreadable", type(exc).__name__) from None
    table = data if isinstance(data, dict) else {}
    rules = table.get("rules")
    if not isinstance(rules, list):
        raise ServiceAreaInvalid(0, "", "unreadable", "rules")
    rows: list[dict[str, str]] = []
    for rule in rules:
        if not isinstance(rule, dict):
            raise ServiceAreaInvalid(len(rows) + 1, "", "unreadable", "rule")
        rows.append({key: str(rule.get(key) or "") for key in _COLUMN_ALIASES})
    return service_area_from_rows(
        rows,
        columns=tuple(_COLUMN_ALIASES),
        lines=range(1, len(rows) + 1),
        name=str(table.get("name") or ""),
    )


# --- the sample table --------------------------------------------------------------------

_NOT_SERVED: Final = ("台湾省", "香港特别行政区", "澳门特别行政区")


def sample_service_area() -> ServiceArea:
    """A small demo table for a station in 浙江省杭州市, named 「示例服务范围表 — 仅供演示」.

    Every mainland province is served except 西藏自治区 (转EMS); 台湾省, 香港 and 澳门 are
    超区. Inside 浙江省: 杭州市 is served as a whole, 淳安县 goes by EMS, 建德市 is served a
    day later, and 舟山市嵊泗县 (islands) is 超区.
    """
    rules: list[AreaRule] = []
    for province in PROVINCES:
        if province in _NOT_SERVED:
            rules.append(AreaRule(province, status=AreaStatus.OUT_OF_AREA,
                                  note="本网点不收寄港澳台件"))
        elif province == "西藏自治区":
            rules.append(AreaRule(province, status=AreaStatus.EMS, note="网络未通, 转EMS"))
        else:
            rules.append(AreaRule(province, status=AreaStatus.SERVED))
        if province == "浙江省":
            rules += [
                AreaRule(province, "杭州市", status=AreaStatus.SERVED, note="本市"),
                AreaRule(province, "杭州市", "淳安县", status=AreaStatus.EMS,
                         note="山区, 转EMS"),
                AreaRule(province, "杭州市", "建德市", status=AreaStatus.SERVED,
                         note="隔日派送"),
                AreaRule(province, "舟山市", "嵊泗县", status=AreaStatus.OUT_OF_AREA,
                         note="海岛, 客户自取"),
            ]
    return ServiceArea(tuple(rules), SAMPLE_SERVICE_AREA_NAME)
