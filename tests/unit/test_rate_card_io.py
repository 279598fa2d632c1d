"""The rate card as CSV and XLSX files (CI-8): round trips, hand-edited files, errors."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from counter_app.domain.pricing import FeeRounding, QuoteRequest, RateCard, RateCardInvalid, quote
from counter_app.domain.rate_card_tables import sample_rate_card
from counter_app.reports.rate_card_io import (
    rate_card_from_csv,
    rate_card_from_xlsx,
    rate_card_to_csv,
    rate_card_to_xlsx,
)


@pytest.fixture
def card() -> RateCard:
    return sample_rate_card()


def csv_problem(text: str, encoding: str = "utf-8") -> RateCardInvalid:
    with pytest.raises(RateCardInvalid) as caught:
        rate_card_from_csv(text.encode(encoding))
    return caught.value


# --- CSV ---------------------------------------------------------------------------------


def test_csv_round_trip_of_the_sample_card(card: RateCard, tmp_path: Path) -> None:
    path = tmp_path / "价目表.csv"
    path.write_bytes(rate_card_to_csv(card))
    read = rate_card_from_csv(path.read_bytes())
    assert read == card
    request = QuoteRequest("上海", Decimal("2.2"), declared_value=Decimal(800), collect=True)
    assert quote(read, request) == quote(card, request)


def test_csv_layout(card: RateCard) -> None:
    data = rate_card_to_csv(card)
    assert data.startswith("\ufeff".encode())  # BOM: Excel reads the Chinese as UTF-8
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0].startswith("#")
    assert [line for line in lines if line.startswith("[")] == [
        "[settings]", "[zones]", "[provinces]", "[insurance]", "[packaging]"
    ]
    assert lines[lines.index("[zones]") + 1] == (
        "code,name,first_weight_kg,first_price,step_weight_kg,step_price"
    )
    assert "name,示例价目表 — 仅供演示" in lines
    assert "same_city,同城,1,8.00,1,2.00" in lines
    assert ",0.00,5" in text  # the open insurance band: no upper limit, 5 ‰


def test_csv_saved_by_excel_as_gb18030(card: RateCard) -> None:
    text = rate_card_to_csv(card).decode("utf-8-sig")
    assert rate_card_from_csv(text.encode("gb18030")) == card


HAND_WRITTEN = """\
# 本网点价目表 — hand-written, no BOM, LF line ends, short province names
[settings]
key,value
name,本网点价目表
origin_province,浙江
origin_city,杭州
weight_unit_kg,0.5

[zones]
code,name,first_weight_kg,first_price,step_weight_kg,step_price,备注
far,全国,1,12,0.5,3,
remote,偏远,1,20,1,10,新疆 西藏

[provinces]
province,zone
北京,far
新疆,remote
"""


def test_a_minimal_hand_written_file(card: RateCard) -> None:
    read = rate_card_from_csv(HAND_WRITTEN.encode())
    assert read.name == "本网点价目表"
    assert read.origin_province == "浙江省"
    assert read.province_zones == (("北京市", "far"), ("新疆维吾尔自治区", "remote"))
    assert read.fee_rounding is FeeRounding.YUAN
    assert read.volumetric_divisor is None
    assert read.insurance_bands == ()
    assert quote(read, QuoteRequest("北京", Decimal("1.6"))).total == Decimal("18.00")


def test_csv_error_names_the_line() -> None:
    text = HAND_WRITTEN.replace("新疆,remote", "新疆,moon")
    err = csv_problem(text)
    assert (err.section, err.row, err.column, err.problem, err.detail) == (
        "provinces", 17, "zone", "unknown_zone", "moon"
    )
    assert text.splitlines()[err.row - 1] == "新疆,moon"


def test_csv_bad_number_names_line_and_column() -> None:
    text = HAND_WRITTEN.replace("far,全国,1,12,0.5,3,", "far,全国,1,十二,0.5,3,")
    err = csv_problem(text)
    assert (err.section, err.row, err.column, err.problem, err.detail) == (
        "zones", 11, "first_price", "number", "十二"
    )
    assert text.splitlines()[err.row - 1].startswith("far,全国,1,十二")


def test_csv_rows_before_any_section() -> None:
    err = csv_problem("key,value\nname,x\n")
    assert (err.section, err.row, err.problem) == ("", 1, "no_section")


def test_csv_section_twice() -> None:
    err = csv_problem(HAND_WRITTEN + "[zones]\ncode,name\n")
    assert (err.section, err.problem) == ("zones", "duplicate")


def test_csv_unknown_and_missing_sections() -> None:
    assert csv_problem(HAND_WRITTEN + "[surcharge]\na,b\n").problem == "unknown_section"
    without_zones = HAND_WRITTEN.split("[zones]")[0] + "[provinces]\nprovince,zone\n"
    err = csv_problem(without_zones)
    assert (err.section, err.problem) == ("zones", "missing_section")


def test_csv_header_names_are_case_insensitive() -> None:
    text = HAND_WRITTEN.replace("province,zone", "Province,ZONE")
    assert len(rate_card_from_csv(text.encode()).province_zones) == 2


# --- XLSX --------------------------------------------------------------------------------


def test_xlsx_round_trip_of_the_sample_card(card: RateCard, tmp_path: Path) -> None:
    path = tmp_path / "价目表.xlsx"
    path.write_bytes(rate_card_to_xlsx(card))
    assert rate_card_from_xlsx(path.read_bytes()) == card


def test_xlsx_layout(card: RateCard) -> None:
    wb = load_workbook(io.BytesIO(rate_card_to_xlsx(card)))
    assert wb.sheetnames == ["settings", "zones", "provinces", "insurance", "packaging"]
    zones = wb["zones"]
    assert [c.value for c in zones[1]] == [
        "code", "name", "first_weight_kg", "first_price", "step_weight_kg", "step_price"
    ]
    row = [c.value for c in zones[2]]
    assert row[:2] == ["same_city", "同城"]
    assert row[3] == 8  # a number the station can edit as a number
    assert zones.cell(row=2, column=4).number_format == "0.00"
    settings = {r[0].value: r[1].value for r in wb["settings"].iter_rows(min_row=2)}
    assert settings["name"] == "示例价目表 — 仅供演示"
    assert settings["volumetric_divisor"] == 8000
    assert settings["fee_rounding"] == "yuan"


def test_xlsx_edited_in_excel(card: RateCard) -> None:
    """Excel stores typed numbers as floats, booleans as booleans and may leave blank rows."""
    wb = load_workbook(io.BytesIO(rate_card_to_xlsx(card)))
    zones = wb["zones"]
    zones.cell(row=5, column=4).value = 16.5  # far: first price 15 → 16.5
    zones.insert_rows(3)  # a blank row in the middle
    settings = wb["settings"]
    for row in settings.iter_rows(min_row=2):
        if row[0].value == "dimensions_required":
            row[1].value = True
        if row[0].value == "weight_unit_kg":
            row[1].value = 0.5
    buf = io.BytesIO()
    wb.save(buf)
    read = rate_card_from_xlsx(buf.getvalue())
    far = read.zone("far")
    assert far is not None
    assert far.first_price == Decimal("16.50")
    assert read.dimensions_required is True
    assert read.weight_unit == Decimal("0.5")
    assert replace(read, zones=card.zones, dimensions_required=False,
                   weight_unit=card.weight_unit) == card


def test_xlsx_error_names_the_sheet_row() -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "settings"
    for row in (["key", "value"], ["name", "x"], ["origin_province", "浙江"],
                ["origin_city", "杭州"], ["weight_unit_kg", 1]):
        ws.append(row)
    zones = wb.create_sheet("zones")
    zones.append(["code", "name", "first_weight_kg", "first_price", "step_weight_kg",
                  "step_price"])
    zones.append(["far", "全国", 1, 12, 1, 5])
    provinces = wb.create_sheet("provinces")
    provinces.append(["province", "zone"])
    provinces.append(["北京", "far"])
    provinces.append([])
    provinces.append(["火星", "far"])
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(RateCardInvalid) as caught:
        rate_card_from_xlsx(buf.getvalue())
    err = caught.value
    assert (err.section, err.row, err.column, err.problem, err.detail) == (
        "provinces", 4, "province", "unknown_province", "火星"
    )


def test_xlsx_that_is_not_a_workbook() -> None:
    with pytest.raises(RateCardInvalid) as caught:
        rate_card_from_xlsx(b"this is not a zip file")
    assert caught.value.problem == "unreadable"


def test_csv_and_xlsx_agree(card: RateCard) -> None:
    changed = replace(card, fee_rounding=FeeRounding.JIAO, volumetric_divisor=None,
                      insurance_maximum=None, max_cod_amount=None, note="")
    assert rate_card_from_csv(rate_card_to_csv(changed)) == changed
    assert rate_card_from_xlsx(rate_card_to_xlsx(changed)) == changed
