"""The counter intake's printed forms: the 100 × 150 mm counter slip (CI-7), the shift summary
(§10) and an account customer's monthly statement with its XLSX / CSV."""

from __future__ import annotations

import csv
import ctypes
import dataclasses
import io
import re
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from counter_app.reports.intake_lists import (
    render_statement_csv,
    render_statement_xlsx,
    statement_rows,
    statement_total_row,
    write_statement_csv,
    write_statement_xlsx,
)
from counter_app.reports.intake_pdf import (
    AIR_BANNED_MARK,
    BARCODE_BOTTOM,
    BARCODE_HEIGHT,
    CLERK_COLUMNS,
    COUNTER_MARK,
    EMPTY_TEXT,
    FRAGILE_MARK,
    MARGIN,
    OVERRIDE_COLUMNS,
    REFUSAL_COLUMNS,
    SLIP_LABELS,
    SLIP_MARGIN,
    SLIP_SIZE,
    clerk_row,
    render_counter_slip_pdf,
    render_shift_summary_pdf,
    render_statement_pdf,
    statement_column_widths,
)
from counter_app.reports.misroute_pdf import code128_modules
from counter_app.reports.pdf_pages import render_pages
from counter_app.services.intake_dto import (
    STATEMENT_COLUMNS,
    AccountStatement,
    ClerkTotals,
    CounterSlip,
    OverrideLine,
    RefusalLine,
    ShiftSummary,
    SlipLine,
    StatementLine,
)
from tests.pdf_helpers import (
    FONT,
    STATION,
    assert_inked,
    flat,
    need,
    numbered_rows,
    squeeze,
    xlsx_rows,
)

# The people behind the slip. Only the masked forms are given to the renderer: the full ones
# appear nowhere in the slip, so finding them on the page would mean a leak from elsewhere.
FULL_SENDER, FULL_SENDER_PHONE = "张伟", "13812345678"
FULL_RECIPIENT, FULL_RECIPIENT_PHONE = "欧阳娜娜", "13900000000"
ID_NUMBER = "330303199001011234"

SLIP = CounterSlip(
    header=STATION, waybill_no="773165231258960", carrier="申通快递",
    accepted_at="2026-11-23 10:15", clerk="王芳",
    sender="张*", sender_phone="138****5678",
    sender_address="浙江省温州市龙湾区永中街道五亭龙路88号",
    recipient="欧阳**", recipient_phone="139****0000",
    recipient_address="北京市朝阳区建国路93号万达广场3号楼1201室",
    destination="北京 北京市 朝阳区", contents="茶叶", quantity="2", weight="2.5 kg",
    service="陆运", air_banned=True, fragile=True, payment="现付（现金）",
    lines=(SlipLine("首重", "¥ 10.00"), SlipLine("续重 1.5 kg", "¥ 6.00"),
           SlipLine("保价费", "¥ 2.00")),
    total="¥ 18.00", counter_mark=True, declared_value="¥ 500.00",
)
PLAIN_SLIP = dataclasses.replace(
    SLIP, waybill_no="468012345678", service="航空", air_banned=False, fragile=False,
    payment="到付", counter_mark=False, declared_value="", collect_amount="¥ 18.00")
LONG_ADDRESS = ("新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市亚欧路18号国际贸易中心B座1203室"
                "（工作日九点到五点在，周末请放门卫室并电话联系）")
LONG_SLIP = dataclasses.replace(
    SLIP, waybill_no="JT0012345678901234567", carrier="极兔速递国际物流有限公司",
    destination="新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市卡拉苏镇",
    recipient_address=LONG_ADDRESS + LONG_ADDRESS,
    sender_address="浙江省温州市龙湾区永中街道五亭龙路88号" * 4,
    contents="茶叶、干果、衣物和一些书籍资料", payment="协议结算",
    lines=tuple(SlipLine(f"费用项目{i}", f"¥ {i}0.00") for i in range(1, 9)),
    total="¥ 1,234.00", cod_amount="¥ 300.00", collect_amount="¥ 55.00",
    account="温州龙湾某某电子商务有限公司")

CLERKS = ("王芳", "李强", "陈晓梅")


def clerk_totals(name: str, n: int) -> ClerkTotals:
    return ClerkTotals(clerk=name, accepted=10 * n, cash_count=4 * n, cash_total=f"{48 * n}.00",
                       qr_count=3 * n, qr_total=f"{39 * n}.50", collect_count=2 * n,
                       collect_total=f"{24 * n}.00", account_count=n,
                       account_total=f"{15 * n}.00", refusals=n - 1, overrides=n % 2)


REFUSALS = (
    RefusalLine(at="2026-11-23 09:12", clerk="李强", contents="打火机", reason="易燃物品（禁寄）",
                sender_phone="137****1111"),
    RefusalLine(at="2026-11-23 11:40", clerk="陈晓梅", contents="锂电池散装",
                reason="航空禁运且陆运不收", sender_phone="135****2222"),
)
OVERRIDES = (
    OverrideLine(at="2026-11-23 10:05", waybill_no="773165231250001", clerk="王芳",
                 quoted="¥ 23.00", charged="¥ 20.00", reason="老客户优惠", approved_by="陈晓梅"),
)
SUMMARY = ShiftSummary(
    header=STATION, day="2026-11-23", shift="早班", period="07:30–14:30",
    printed_at="2026-11-23 14:25",
    clerks=tuple(clerk_totals(name, n) for n, name in enumerate(CLERKS, start=1)),
    total=clerk_totals("合计", 6), refusals=REFUSALS, overrides=(),
)


def override(i: int) -> OverrideLine:
    return OverrideLine(at=f"2026-11-23 {8 + i % 6:02d}:{i % 60:02d}",
                        waybill_no=f"7731{i:011d}", clerk=CLERKS[i % 3], quoted=f"¥ {20 + i}.00",
                        charged=f"¥ {18 + i}.00", reason=f"第{i}件：整批优惠", approved_by="陈晓梅")


BUSY = dataclasses.replace(SUMMARY, refusals=(),
                           overrides=tuple(override(i) for i in range(1, 71)))


def statement_line(seq: int) -> StatementLine:
    return StatementLine(seq=seq, accepted_on=f"2026-11-{1 + seq % 28:02d}",
                         waybill_no=f"7731{900000 + seq * 7919:011d}",
                         destination=("浙江 杭州市 西湖区", "新疆 喀什地区 喀什市")[seq % 2],
                         contents=("服装", "茶叶", "文件")[seq % 3],
                         weight_kg=f"{1 + seq % 5}.{seq % 10}", amount=f"{10 + seq}.00",
                         clerk=CLERKS[seq % 3])


STATEMENT_LINES = tuple(statement_line(i) for i in range(1, 46))
STATEMENT = AccountStatement(
    header=STATION, account_code="XY-0012", account_name="温州龙湾某某电子商务有限公司",
    month="2026-11", lines=STATEMENT_LINES,
    total=f"{sum(10 + i for i in range(1, 46))}.00")
EMPTY_STATEMENT = dataclasses.replace(STATEMENT, lines=(), total="0.00")


# --- helpers ---------------------------------------------------------------------------------


def pages_text(pdf: bytes) -> list[str]:
    """Text of each page, by pypdf."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def text_runs(pdf: bytes) -> list[tuple[str, float, float]]:
    """Every text run on page 1 and the page position (points) of its start, by pypdf."""
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            runs.append((text, x, y))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def char_boxes(pdf: bytes) -> list[tuple[str, float, float, float, float]]:
    """Every visible character on page 1: (char, left, right, bottom, top), by pdfium."""
    doc = pdfium.PdfDocument(pdf)
    try:
        textpage = doc[0].get_textpage()
        boxes = []
        for i in range(textpage.count_chars()):
            char = chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
            left, right = ctypes.c_double(), ctypes.c_double()
            bottom, top = ctypes.c_double(), ctypes.c_double()
            if char.strip() and pdfium_c.FPDFText_GetCharBox(textpage, i, left, right, bottom,
                                                             top):
                boxes.append((char, left.value, right.value, bottom.value, top.value))
        return boxes
    finally:
        doc.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [(p.get_width(), p.get_height()) for p in doc]
    finally:
        doc.close()


def barcode_modules(pdf: bytes, dpi: int = 300) -> str:
    """The bars across the middle of the slip's barcode, read back as a module string
    ('1' bar, '0' space) from the first bar to the last."""
    image = render_pages(pdf, dpi=dpi)[0]
    scale = dpi / 72
    row = round((SLIP_SIZE[1] - BARCODE_BOTTOM - BARCODE_HEIGHT / 2) * scale)
    x0 = round((SLIP_MARGIN + 1 * mm) * scale)
    x1 = round((SLIP_SIZE[0] - SLIP_MARGIN - 1 * mm) * scale)
    line = image.rgb[row * image.stride:(row + 1) * image.stride][1::3][x0:x1]
    dark = "".join("1" if v < 128 else "0" for v in line).strip("0")
    runs = [m.group() for m in re.finditer(r"1+|0+", dark)]
    assert runs, "no bars"
    lengths = [len(r) for r in runs]
    module: float = max(set(lengths), key=lengths.count)  # most runs are one module wide
    module = len(dark) / sum(max(1, round(n / module)) for n in lengths)  # refined
    return "".join(r[0] * max(1, round(len(r) / module)) for r in runs)


@pytest.fixture(scope="module")
def slip_pdf() -> bytes:
    return render_counter_slip_pdf(SLIP, FONT)


@pytest.fixture(scope="module")
def plain_pdf() -> bytes:
    return render_counter_slip_pdf(PLAIN_SLIP, FONT)


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_counter_slip_pdf(LONG_SLIP, FONT)


# --- CI-7: the counter slip ------------------------------------------------------------------


def test_slip_is_one_100_by_150_mm_page_reproducible_and_inked(slip_pdf: bytes) -> None:
    assert len(page_sizes(slip_pdf)) == 1
    width, height = page_sizes(slip_pdf)[0]
    assert (round(width / mm, 1), round(height / mm, 1)) == (100.0, 150.0)
    assert render_counter_slip_pdf(SLIP, FONT) == slip_pdf
    assert render_counter_slip_pdf(SLIP) == slip_pdf  # the bundled font is the default
    assert render_counter_slip_pdf(PLAIN_SLIP, FONT) != slip_pdf
    assert_inked(slip_pdf, dpi=100)


def test_slip_shows_every_value(slip_pdf: bytes, plain_pdf: bytes) -> None:
    for slip, pdf in ((SLIP, slip_pdf), (PLAIN_SLIP, plain_pdf)):
        text = flat(pages_text(pdf)[0])
        for value in (slip.carrier, slip.header.name, slip.waybill_no, slip.destination,
                      slip.recipient, slip.recipient_phone, slip.recipient_address,
                      slip.sender, slip.sender_phone, slip.sender_address, slip.contents,
                      slip.quantity, slip.weight, slip.service, slip.payment, slip.total,
                      slip.accepted_at, slip.clerk,
                      *(f"{x.label}{x.amount}" for x in slip.lines), f"合计{slip.total}"):
            assert flat(value) in text, value
    assert flat(f"保价金额{SLIP.declared_value}") in flat(pages_text(slip_pdf)[0])
    assert flat(f"到付金额{PLAIN_SLIP.collect_amount}") in flat(pages_text(plain_pdf)[0])
    # an empty optional amount leaves no empty label behind
    assert "保价金额" not in pages_text(plain_pdf)[0]
    assert "到付金额" not in pages_text(slip_pdf)[0]
    assert "代收货款" not in pages_text(slip_pdf)[0]


def test_slip_order_top_to_bottom(slip_pdf: bytes) -> None:
    """Carrier, destination, number, recipient, sender, details, clerk: top to bottom."""
    runs = text_runs(slip_pdf)

    def y_of(text: str) -> float:
        return next(y for t, _, y in runs if t.startswith(text))

    order = [SLIP.carrier, SLIP.destination, SLIP.waybill_no, SLIP.recipient, SLIP.sender,
             "物品", "收寄员"]
    heights = [y_of(t) for t in order]
    assert heights == sorted(heights, reverse=True)
    assert any(t == SLIP.destination for t, _, _ in runs), "the destination is one line"
    # the destination is the biggest text on the slip
    boxes = char_boxes(slip_pdf)
    tallest = max(boxes, key=lambda b: b[4] - b[3])
    assert tallest[0] in SLIP.destination


def test_slip_prints_nothing_but_the_slip(slip_pdf: bytes, long_pdf: bytes) -> None:
    """Taking every value and fixed label off the page leaves nothing (条例 art. 22: no
    identity document; GB/T 41833: only the masked contact)."""
    for slip, pdf in ((SLIP, slip_pdf), (LONG_SLIP, long_pdf)):
        rest = flat(pages_text(pdf)[0])
        values = [v for v in dataclasses.astuple(slip) if isinstance(v, str)]
        values += [slip.header.name, slip.header.phone, *SLIP_LABELS]
        values += [x for line in slip.lines for x in (line.label, line.amount)]
        for value in sorted({flat(v) for v in values if v}, key=len, reverse=True):
            rest = rest.replace(value, "")
        assert rest == ""
    text = pages_text(slip_pdf)[0]
    for secret in (FULL_SENDER, FULL_SENDER_PHONE, FULL_RECIPIENT, FULL_RECIPIENT_PHONE,
                   ID_NUMBER, "身份证"):
        assert secret not in flat(text)
    assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text), "an unmasked mobile number"
    assert "张*" in text
    assert "138****5678" in text
    assert "139****0000" in text


def test_slip_barcode_is_the_waybill_code128(slip_pdf: bytes, long_pdf: bytes) -> None:
    for slip, pdf in ((SLIP, slip_pdf), (LONG_SLIP, long_pdf)):
        assert barcode_modules(pdf) == code128_modules(slip.waybill_no)
        below = [t for t, _, y in text_runs(pdf) if t == slip.waybill_no]
        assert below, "the number is printed as text"
    assert barcode_modules(slip_pdf) != code128_modules(PLAIN_SLIP.waybill_no)


def test_slip_barcode_decodes(slip_pdf: bytes, long_pdf: bytes, tmp_path: Path) -> None:
    zbarimg = need("zbarimg")
    for n, (slip, pdf) in enumerate(((SLIP, slip_pdf), (LONG_SLIP, long_pdf))):
        image = render_pages(pdf, dpi=300)[0]
        ppm = tmp_path / f"slip{n}.ppm"
        ppm.write_bytes(b"P6 %d %d 255\n" % (image.width, image.height) + image.rgb)
        result = subprocess.run([zbarimg, "--raw", "-q", "-Sdisable", "-Scode128.enable",
                                 str(ppm)], capture_output=True, text=True, check=False)
        assert result.stdout.split() == [slip.waybill_no]


def test_air_banned_mark_iff_air_banned(slip_pdf: bytes, plain_pdf: bytes) -> None:
    assert AIR_BANNED_MARK in pages_text(slip_pdf)[0]
    assert AIR_BANNED_MARK not in pages_text(plain_pdf)[0]
    assert "航空" in pages_text(plain_pdf)[0]  # the service itself is still printed
    banned_land = dataclasses.replace(PLAIN_SLIP, service="陆运", air_banned=True)
    assert AIR_BANNED_MARK in pages_text(render_counter_slip_pdf(banned_land, FONT))[0]


def test_fragile_mark_iff_fragile(slip_pdf: bytes, plain_pdf: bytes) -> None:
    assert FRAGILE_MARK in pages_text(slip_pdf)[0]
    assert FRAGILE_MARK not in pages_text(plain_pdf)[0]
    only_fragile = dataclasses.replace(PLAIN_SLIP, fragile=True)
    text = pages_text(render_counter_slip_pdf(only_fragile, FONT))[0]
    assert FRAGILE_MARK in text
    assert AIR_BANNED_MARK not in text


def test_counter_mark_with_price_bottom_right(slip_pdf: bytes, plain_pdf: bytes) -> None:
    width, height = SLIP_SIZE
    runs = text_runs(slip_pdf)
    marks = [(x, y) for t, x, y in runs if t == COUNTER_MARK]
    assert len(marks) == 1
    mark_x, mark_y = marks[0]
    assert mark_x > width / 2
    assert mark_y < height / 8  # the bottom-right corner, not just the quadrant
    prices = [(x, y) for t, x, y in runs if t == SLIP.total and x > width / 2 and y < height / 8]
    assert len(prices) == 1, "the price stands next to 门市"
    price_x, price_y = prices[0]
    assert abs(price_y - mark_y) < 3
    assert price_x < mark_x
    # the mark is the rightmost text of the bottom strip
    assert mark_x == max(x for _, x, y in runs if y < height / 8)
    assert COUNTER_MARK not in pages_text(plain_pdf)[0]
    assert not [t for t, x, y in text_runs(plain_pdf) if y < height / 8 and x > width / 2]


def test_long_values_wrap_or_shrink_never_cut(long_pdf: bytes) -> None:
    text = pages_text(long_pdf)[0]
    assert len(page_sizes(long_pdf)) == 1
    for value in (LONG_SLIP.recipient_address, LONG_SLIP.sender_address, LONG_SLIP.destination,
                  LONG_SLIP.carrier, LONG_SLIP.contents, LONG_SLIP.account, LONG_SLIP.total):
        assert flat(value) in flat(text), value
    runs = [r for r in text_runs(long_pdf) if r[2] < BARCODE_BOTTOM]  # not the destination
    left = next(x for t, x, _ in runs if LONG_SLIP.recipient_address.startswith(t))
    lines = [t for t, x, _ in runs if x == left and flat(t) in flat(LONG_SLIP.recipient_address)]
    assert len(lines) >= 3, "the long address wraps over several lines"
    assert "".join(flat(t) for t in lines) == flat(LONG_SLIP.recipient_address)


@pytest.mark.parametrize("slip", [SLIP, PLAIN_SLIP, LONG_SLIP], ids=["counter", "plain", "long"])
def test_slip_text_stays_inside_the_frame_and_never_overlaps(slip: CounterSlip) -> None:
    boxes = char_boxes(render_counter_slip_pdf(slip, FONT))
    assert len(boxes) > 100
    width, height = SLIP_SIZE
    for char, left, right, bottom, top in boxes:
        assert SLIP_MARGIN < left < right < width - SLIP_MARGIN, char
        assert SLIP_MARGIN < bottom < top < height - SLIP_MARGIN, char
        assert not BARCODE_BOTTOM < (bottom + top) / 2 < BARCODE_BOTTOM + BARCODE_HEIGHT, char
    tol = 0.3
    for i, (a, al, ar, ab, at) in enumerate(boxes):
        for b, bl, br, bb, bt in boxes[i + 1:]:
            overlap = (min(ar, br) - max(al, bl) > tol) and (min(at, bt) - max(ab, bb) > tol)
            assert not overlap, f"{a} overlaps {b}"


# --- §10: the shift summary ------------------------------------------------------------------


@pytest.fixture(scope="module")
def summary_pdf() -> bytes:
    return render_shift_summary_pdf(SUMMARY, FONT)


def test_summary_header_and_every_clerk(summary_pdf: bytes) -> None:
    pages = pages_text(summary_pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    for value in ("前台收寄交班汇总", STATION.name, STATION.code, STATION.phone,
                  "日期2026-11-23", "班次早班", "时段07:30–14:30", "打印时间2026-11-2314:25"):
        assert value in text, value
    assert flat("".join(CLERK_COLUMNS)) in text
    for totals in SUMMARY.clerks:
        assert flat("".join(clerk_row(totals))) in text, totals.clerk
    assert flat("".join(clerk_row(SUMMARY.total, "合计"))) in text
    assert clerk_row(SUMMARY.clerks[1])[2:4] == ["8 / 96.00", "6 / 78.50"]
    # the totals come after every clerk
    assert max(text.index(c) for c in CLERKS) < text.index("合计60")
    assert page_sizes(summary_pdf) == [(pytest.approx(A4[0], abs=0.5),
                                        pytest.approx(A4[1], abs=0.5))]
    assert render_shift_summary_pdf(SUMMARY, FONT) == summary_pdf
    assert_inked(summary_pdf)


def test_summary_lists_refusals_and_says_none_for_no_overrides(summary_pdf: bytes) -> None:
    text = flat(pages_text(summary_pdf)[0])
    assert flat(f"拒收登记　共 2 条{''.join(REFUSAL_COLUMNS)}") in text
    for r in REFUSALS:
        assert flat(f"{r.at}{r.clerk}{r.contents}{r.reason}{r.sender_phone}") in text
    assert flat(f"改价记录　共 0 条{''.join(OVERRIDE_COLUMNS)}{EMPTY_TEXT}") in text
    assert text.count(EMPTY_TEXT) == 1
    with_override = dataclasses.replace(SUMMARY, refusals=(), overrides=OVERRIDES)
    text = flat(pages_text(render_shift_summary_pdf(with_override, FONT))[0])
    assert flat(f"拒收登记　共 0 条{''.join(REFUSAL_COLUMNS)}{EMPTY_TEXT}") in text
    o = OVERRIDES[0]
    assert flat(f"{o.at}{o.waybill_no}{o.clerk}{o.quoted}{o.charged}{o.reason}"
                f"{o.approved_by}") in text


def test_summary_of_an_empty_shift() -> None:
    empty = dataclasses.replace(SUMMARY, clerks=(), total=ClerkTotals(
        "合计", 0, 0, "0.00", 0, "0.00", 0, "0.00", 0, "0.00", 0, 0), refusals=())
    text = flat(pages_text(render_shift_summary_pdf(empty, FONT))[0])
    assert text.count(EMPTY_TEXT) == 3  # no clerk, no refusal, no override
    assert flat("合计 0 0 / 0.00 0 / 0.00 0 / 0.00 0 / 0.00 0 0") in text


def test_summary_ends_with_both_signatures(summary_pdf: bytes) -> None:
    text = flat(pages_text(summary_pdf)[-1])
    assert text.index("改价记录") < text.index("交班人签字：") < text.index("接班人签字：")
    assert "交班时间：" in text
    assert "接班时间：" in text


def test_busy_summary_is_numbered_and_repeats_headers() -> None:
    pdf = render_shift_summary_pdf(BUSY, FONT)
    pages = pages_text(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in page
    text = flat("".join(pages))
    for o in BUSY.overrides:
        assert o.waybill_no in text, o.waybill_no
    assert re.findall(r"7731\d{11}", text) == [o.waybill_no for o in BUSY.overrides]
    second = flat(pages[1])
    assert "前台收寄交班汇总（续）" in second  # a loose page says what it belongs to
    first_row = min(second.index(o.waybill_no) for o in BUSY.overrides if o.waybill_no in second)
    assert flat(f"改价记录　共 70 条{''.join(OVERRIDE_COLUMNS)}") in second[:first_row]
    assert "交班人签字" in flat(pages[-1])
    assert all("交班人签字" not in flat(p) for p in pages[:-1])


# --- the monthly statement -------------------------------------------------------------------


@pytest.fixture(scope="module")
def statement_pdf() -> bytes:
    return render_statement_pdf(STATEMENT, FONT)


def pdf_statement_rows(pdf: bytes) -> list[list[str]]:
    """The statement lines and the totals row read back from the PDF, in order."""
    return numbered_rows(pdf, statement_column_widths(), MARGIN)


def test_statement_pdf_rows_are_the_statement(statement_pdf: bytes) -> None:
    assert pdf_statement_rows(statement_pdf) == squeeze(
        [*statement_rows(STATEMENT), statement_total_row(STATEMENT)])
    assert statement_total_row(STATEMENT) == ["合计", "", "45 票", "", "", "", "1485.00", ""]


def test_statement_pdf_header_and_pages(statement_pdf: bytes) -> None:
    pages = pages_text(statement_pdf)
    assert len(pages) >= 2
    first = flat(pages[0])
    for value in ("协议客户月结对账单", STATION.name, "客户编号XY-0012",
                  "客户名称温州龙湾某某电子商务有限公司", "月份2026-11", "合计45票1485.00"):
        assert value in first, value
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in page
        assert flat("".join(STATEMENT_COLUMNS)) in flat(page)
    assert render_statement_pdf(STATEMENT, FONT) == statement_pdf
    assert_inked(statement_pdf)
    empty = flat(pages_text(render_statement_pdf(EMPTY_STATEMENT, FONT))[0])
    assert flat(f"{''.join(STATEMENT_COLUMNS)}{EMPTY_TEXT}合计0票0.00") in empty


def xlsx_table(data: bytes) -> list[list[str]]:
    """The rows under the STATEMENT_COLUMNS header row up to and including the 合计 row."""
    return xlsx_rows(data, STATEMENT_COLUMNS)


def test_statement_xlsx_agrees_waybills_as_text(statement_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "statement.xlsx"
    write_statement_xlsx(STATEMENT, path)
    rows = xlsx_table(path.read_bytes())
    assert rows == [*statement_rows(STATEMENT), statement_total_row(STATEMENT)]
    assert squeeze(rows) == pdf_statement_rows(statement_pdf)
    ws = load_workbook(path).active
    assert ws is not None
    waybills = [c for c in ws["C"] if c.value in {x.waybill_no for x in STATEMENT.lines}]
    assert len(waybills) == len(STATEMENT.lines)
    for cell in waybills:
        assert isinstance(cell.value, str)
        assert cell.data_type == "s"
        assert cell.number_format == "@"
    values = {str(c.value) for row in ws.iter_rows() for c in row if c.value}
    for value in (f"{STATION.name}　协议客户月结对账单", STATEMENT.account_code,
                  STATEMENT.account_name, STATEMENT.month):
        assert value in values, value
    assert xlsx_table(render_statement_xlsx(EMPTY_STATEMENT)) == [
        statement_total_row(EMPTY_STATEMENT)]


def test_statement_csv_has_bom_and_the_rows(statement_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "statement.csv"
    write_statement_csv(STATEMENT, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data == render_statement_csv(STATEMENT)
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(STATEMENT_COLUMNS)
    assert rows[1:] == [*statement_rows(STATEMENT), statement_total_row(STATEMENT)]
    assert squeeze(rows[1:]) == pdf_statement_rows(statement_pdf)


@pytest.mark.parametrize("mark", ["补打", "更正", "作废"])
def test_a_later_print_of_a_slip_carries_its_mark(mark: str) -> None:
    """Issue 16 §4: a reprinted slip says 补打, a corrected one 更正, a voided one 作废."""
    marked = render_counter_slip_pdf(dataclasses.replace(SLIP, mark=mark), FONT)
    assert f"【{mark}】" in pages_text(marked)[0]
    assert "【" not in pages_text(render_counter_slip_pdf(SLIP, FONT))[0]
