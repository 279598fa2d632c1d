"""The service-area table (CI-6) as CSV and XLSX files: round trips, hand-edited files, errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from counter_app.domain.service_area import (
    AreaRule,
    AreaStatus,
    ServiceArea,
    ServiceAreaInvalid,
    sample_service_area,
)
from counter_app.reports.service_area_io import (
    service_area_from_csv,
    service_area_from_xlsx,
    service_area_to_csv,
    service_area_to_xlsx,
)


@pytest.fixture
def sample() -> ServiceArea:
    return sample_service_area()


def csv_problem(text: str, encoding: str = "utf-8") -> ServiceAreaInvalid:
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_csv(text.encode(encoding))
    return caught.value


# --- CSV ---------------------------------------------------------------------------------


def test_csv_round_trip_of_the_sample(sample: ServiceArea, tmp_path: Path) -> None:
    path = tmp_path / "服务范围表.csv"
    path.write_bytes(service_area_to_csv(sample))
    assert service_area_from_csv(path.read_bytes(), name=sample.name) == sample
    assert service_area_from_csv(path.read_bytes()).name == ""  # a CSV file carries no name


def test_csv_layout(sample: ServiceArea) -> None:
    data = service_area_to_csv(sample)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese as UTF-8
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "省,市,区,状态,备注"  # the header is row 1
    assert lines[1] == "北京市,,,派送,"
    assert "西藏自治区,,,转EMS,网络未通, 转EMS" not in lines  # the comma is quoted
    assert '西藏自治区,,,转EMS,"网络未通, 转EMS"' in lines
    assert "浙江省,舟山市,嵊泗县,超区,\"海岛, 客户自取\"" in lines
    assert lines[-1] == ""  # CRLF after the last row too


def test_csv_with_and_without_bom_reads_the_same(sample: ServiceArea) -> None:
    with_bom = service_area_to_csv(sample)
    without = with_bom.removeprefix(b"\xef\xbb\xbf")
    assert without[:3] != with_bom[:3]
    assert service_area_from_csv(without) == service_area_from_csv(with_bom)
    # the mark is not taken for part of the first column's name
    assert service_area_from_csv(with_bom).rules[0] == AreaRule("北京市", status=AreaStatus.SERVED)


def test_csv_saved_by_excel_as_gb18030(sample: ServiceArea) -> None:
    text = service_area_to_csv(sample).decode("utf-8-sig")
    assert service_area_from_csv(text.encode("gb18030")) == service_area_from_csv(
        text.encode("utf-8"))


HAND_WRITTEN = """\
# 本网点服务范围 — hand-written: no BOM, LF, short names, English status words

省,市,区,状态
浙江,,,served
浙江,杭州,淳安县,ems

西藏,,,EMS
香港,,,out_of_area
"""


def test_hand_written_csv() -> None:
    table = service_area_from_csv(HAND_WRITTEN.encode(), name="本网点")
    assert table == ServiceArea(
        (
            AreaRule("浙江省", status=AreaStatus.SERVED),
            AreaRule("浙江省", "杭州", "淳安县", status=AreaStatus.EMS),
            AreaRule("西藏自治区", status=AreaStatus.EMS),
            AreaRule("香港特别行政区", status=AreaStatus.OUT_OF_AREA),
        ),
        "本网点",
    )


def test_a_bad_csv_row_names_its_line_and_column() -> None:
    error = csv_problem(HAND_WRITTEN.replace("香港,,,out_of_area", "香港,,,maybe"))
    assert (error.row, error.column, error.problem) == (8, "状态", "choice")  # comment, blanks
    error = csv_problem("省,市,区,状态\n浙江,,,派送\n\n火星,,,派送\n")
    assert (error.row, error.column, error.problem, error.detail) == (
        4, "省", "unknown_province", "火星")


def test_a_quoted_line_break_keeps_the_line_numbers_right() -> None:
    error = csv_problem('省,市,区,状态,备注\n浙江,,,派送,"两行\n备注"\n浙江,,,超区,\n')
    assert (error.row, error.column, error.problem) == (4, "省", "duplicate")


def test_csv_missing_column() -> None:
    error = csv_problem("省,市,状态\n浙江,,派送\n")
    assert (error.row, error.column, error.problem) == (0, "区", "missing_column")


def test_empty_csv() -> None:
    assert csv_problem("").problem == "missing_column"
    assert csv_problem("\ufeff").problem == "missing_column"


# --- XLSX --------------------------------------------------------------------------------


def test_xlsx_round_trip_of_the_sample(sample: ServiceArea, tmp_path: Path) -> None:
    path = tmp_path / "服务范围表.xlsx"
    path.write_bytes(service_area_to_xlsx(sample))
    assert service_area_from_xlsx(path.read_bytes()) == sample  # the name is the title
    assert service_area_from_xlsx(path.read_bytes(), name="另一个").name == "另一个"


def test_xlsx_layout(sample: ServiceArea) -> None:
    wb = load_workbook(io.BytesIO(service_area_to_xlsx(sample)))
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ["省", "市", "区", "状态", "备注"]
    assert [c.value for c in ws[2]] == ["北京市", None, None, "派送", None]
    assert ws.freeze_panes == "A2"
    filled = [c for row in ws.iter_rows(min_row=2) for c in row if c.value is not None]
    assert len(filled) > 80
    assert {(c.data_type, c.number_format) for c in filled} == {("s", "@")}  # text cells
    assert wb.properties.title == "示例服务范围表 — 仅供演示"


def workbook(*rows: tuple[object, ...]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_typed_in_excel_with_number_cells_and_blank_rows() -> None:
    data = workbook(
        ("省", "市", "区", "状态", "备注"),
        ("浙江", None, None, "派送", 7),  # a note typed as a number: 7, not 7.0
        (None, None, None, None, None),
        ("浙江", "杭州", "淳安县", "转EMS", 2.5),
    )
    table = service_area_from_xlsx(data)
    assert table.rules == (
        AreaRule("浙江省", status=AreaStatus.SERVED, note="7"),
        AreaRule("浙江省", "杭州", "淳安县", status=AreaStatus.EMS, note="2.5"),
    )
    assert table.name == ""


def test_a_bad_xlsx_row_names_its_sheet_row_and_column() -> None:
    data = workbook(
        ("省", "市", "区", "状态"),
        ("浙江", None, None, "派送"),
        (None, None, None, None),
        ("浙江", None, "西湖区", "派送"),
    )
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_xlsx(data)
    assert (caught.value.row, caught.value.column, caught.value.problem) == (4, "市", "required")


def test_xlsx_with_a_number_for_a_province() -> None:
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_xlsx(workbook(("省", "市", "区", "状态"), (330000, None, None, "派送")))
    assert (caught.value.row, caught.value.problem, caught.value.detail) == (
        2, "unknown_province", "330000")


def test_xlsx_missing_column() -> None:
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_xlsx(workbook(("省", "市", "区", "备注"), ("浙江", None, None, "x")))
    assert (caught.value.column, caught.value.problem) == ("状态", "missing_column")


def test_not_an_xlsx_file(sample: ServiceArea) -> None:
    with pytest.raises(ServiceAreaInvalid) as caught:
        service_area_from_xlsx(service_area_to_csv(sample))
    assert (caught.value.row, caught.value.problem) == (0, "unreadable")
