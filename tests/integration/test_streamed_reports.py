"""Long reports drawn straight on the canvas and written in openpyxl's write-only mode (issue 18
§3): every row exactly once and in order across many pages, the header on every page, the total
never alone, a long cell wrapped and not lost, the CJK font embedded, XLSX text never a
formula; renderers imported only when first called (§4)."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counter_app.reports.intake_lists import (
    render_statement_xlsx,
    statement_rows,
    statement_total_row,
)
from counter_app.reports.intake_pdf import (
    MARGIN,
    render_statement_pdf,
    statement_column_widths,
)
from counter_app.reports.warehouse_lists import render_ems_xlsx
from counter_app.services.dto import EmsLine, EmsRegister
from counter_app.services.intake_dto import STATEMENT_COLUMNS, AccountStatement, StatementLine
from tests.pdf_helpers import STATION, assert_inked, flat, need, squeeze, table_cells

LONG_PLACE = "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县孙扎齐牛录镇幸福路一百八十八号"


def statement(n: int) -> AccountStatement:
    """``n`` parcels; every 97th with a destination too long for its cell."""
    lines = tuple(StatementLine(
        i, f"2026-10-{1 + i % 31:02d}", f"7731{i:010d}",
        LONG_PLACE if i % 97 == 0 else "浙江省 杭州市 钱塘区", "茶叶", "1.5", f"{i}.00", "李明")
        for i in range(1, n + 1))
    total = f"{sum(range(1, n + 1))}.00"
    return AccountStatement(STATION, "A01", "西湖茶叶有限公司", "2026-10", lines, total)


@pytest.fixture(scope="module")
def big() -> tuple[AccountStatement, bytes]:
    st = statement(1200)
    return st, render_statement_pdf(st)


def test_every_line_once_in_order_over_many_pages(big: tuple[AccountStatement, bytes]) -> None:
    st, pdf = big
    pages = table_cells(pdf, statement_column_widths(), MARGIN)
    assert len(pages) > 20
    numbered = [r for page in pages for r in page if r[0].isdigit() or r[0] == "合计"]
    waybills = [r[2] for r in numbered if r[0].isdigit()]
    assert waybills == [line.waybill_no for line in st.lines]
    assert numbered[-1] == squeeze([statement_total_row(st)])[0]
    text = flat(PdfReader(io.BytesIO(pdf)).pages[-1].extract_text())
    assert "合计1200票" in text


def test_header_on_every_page_and_total_not_alone(big: tuple[AccountStatement, bytes]) -> None:
    _st, pdf = big
    pages = table_cells(pdf, statement_column_widths(), MARGIN)
    header = squeeze([list(STATEMENT_COLUMNS)])[0]
    for n, page in enumerate(pages, start=1):
        assert header in page, f"page {n} has no column header"
    last = pages[-1]
    total_at = next(i for i, r in enumerate(last) if r[0] == "合计")
    assert any(r[0].isdigit() for r in last[:total_at]), "the total row is alone on its page"


def test_a_long_cell_wraps_and_keeps_every_character(
        big: tuple[AccountStatement, bytes]) -> None:
    _st, pdf = big
    text = flat("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    assert text.count(flat(LONG_PLACE)) == 1200 // 97


def test_pages_have_ink_and_the_font_is_embedded(big: tuple[AccountStatement, bytes]) -> None:
    _st, pdf = big
    assert_inked(render_statement_pdf(statement(60)), dpi=40)
    pdffonts = need("pdffonts", "poppler-utils")
    out = subprocess.run([pdffonts, "-"], input=pdf, capture_output=True, check=True).stdout
    rows = [line.split() for line in out.decode().splitlines()[2:] if line.strip()]
    assert rows, out
    assert all(r[-5] == "yes" for r in rows), out  # the "emb" column


def test_empty_statement_still_prints_header_none_and_total() -> None:
    empty = AccountStatement(STATION, "A01", "西湖茶叶有限公司", "2026-10", (), "0.00")
    text = flat(PdfReader(io.BytesIO(render_statement_pdf(empty))).pages[0].extract_text())
    assert flat(f"{''.join(STATEMENT_COLUMNS)}（无）合计0票0.00") in text


def test_xlsx_rows_are_text_even_when_they_look_like_formulas() -> None:
    lines = (StatementLine(1, "2026-10-01", "=1+1", "=HYPERLINK(\"x\")", "茶叶", "1", "2.00",
                           "李明"),)
    st = AccountStatement(STATION, "A01", "=cmd", "2026-10", lines, "2.00")
    ws = load_workbook(io.BytesIO(render_statement_xlsx(st))).active
    assert ws is not None
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert {c.data_type for c in cells} == {"s"}
    assert "=1+1" in [c.value for c in cells]
    assert ws.freeze_panes == "A6"
    assert ws.auto_filter.ref == "A5:H6"
    assert [c.value for c in ws[6]] == statement_rows(st)[0]


def test_ems_xlsx_streams_many_rows() -> None:
    lines = tuple(EmsLine(i, "2026-11-02", f"1{i:012d}", "北京市 朝阳区", "1.2", "18.00",
                          "12.00", "现金", "6.00", "张伟", "王丽") for i in range(1, 3001))
    reg = EmsRegister(STATION, "2026-11-01", "2026-11-30", lines, "54000.00", "18000.00")
    ws = load_workbook(io.BytesIO(render_ems_xlsx(reg))).active
    assert ws is not None
    waybills = [c.value for c in ws["C"]][5:5 + 3000]
    assert waybills == [line.waybill_no for line in lines]
    assert ws.cell(row=5 + 3000 + 1, column=1).value == "合计"


def test_report_renderers_are_not_imported_with_the_desk() -> None:
    code = ("import sys; import counter_app.ui.app; "
            "print(sorted(m for m in ('reportlab', 'openpyxl', 'pypdfium2', 'barcode', "
            "'pandas', 'cpca') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "[]"


def test_deferred_renderer_imports_on_first_call() -> None:
    code = ("import sys; from counter_app.ui.deferred import deferred; "
            "f = deferred('counter_app.reports.paging', 'fit_size'); "
            "before = 'counter_app.reports.paging' in sys.modules; "
            "size = f('abc', 'Helvetica', 10, 1000); "
            "print(before, 'counter_app.reports.paging' in sys.modules, size, f.__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["False", "True", "10", "fit_size"]


def test_pyside_import_hook_keeps_no_source_lines() -> None:
    code = ("import linecache, counter_app.ui, json.tool, xml.dom.minidom; "
            "print(len([f for f in linecache.cache if f.endswith('.py')]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "0"
