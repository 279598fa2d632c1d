"""The X-7 consent register as evidence (issue 20): CSV with BOM and XLSX from the same rows,
in Chinese, text cells, nothing a spreadsheet would run, written whole."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from counter_app.reports.consent_register import (
    COLUMNS,
    render_register_csv,
    write_register_csv,
    write_register_xlsx,
)

ROWS = [["13800001234", "station_pickup", "phone", "2026-11-23 10:00:00", "4001", "2027-11-23",
         "77316523120001", "=HYPERLINK(\"x\")"],
        ["13900005678", "refused", "written", "2026-11-24 09:00:00", "1001", "2027-11-24", "",
         "不要放驿站"]]


def test_csv_is_chinese_with_bom_and_inert_cells() -> None:
    data = render_register_csv(ROWS)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(COLUMNS)
    assert rows[1][:3] == ["13800001234", "同意驿站自取", "电话"]
    assert rows[1][7] == "'=HYPERLINK(\"x\")"  # a formula stays text
    assert rows[2][1:3] == ["拒绝代收", "书面"]


def test_xlsx_keeps_numbers_as_text_and_files_are_whole(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    write_register_xlsx(ROWS, target, "五亭龙营业部")
    sheet = load_workbook(target).active
    assert sheet is not None
    assert str(sheet["A1"].value).startswith("五亭龙营业部 收件人同意代收登记")
    assert sheet["A4"].value == "13800001234"
    assert sheet["A4"].data_type == "s"
    assert sheet["B5"].value == "拒绝代收"
    write_register_csv(ROWS, tmp_path / "register.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.csv", "register.xlsx"]
