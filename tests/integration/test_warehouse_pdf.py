"""The warehouse office's printed forms: handover sheet (WH-1), pickup labels, EMS register
(WH-12) and its XLSX / CSV for finance."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from counter_app.reports.pdf_pages import render_pages
from counter_app.reports.warehouse_lists import (
    ems_rows,
    ems_total_row,
    render_ems_csv,
    render_ems_xlsx,
    write_ems_csv,
    write_ems_xlsx,
)
from counter_app.reports.warehouse_pdf import (
    EMPTY_TEXT,
    LABEL_SIZE,
    MARGIN,
    SUMMARY_LABELS,
    ems_column_widths,
    render_ems_register_pdf,
    render_handover_pdf,
    render_pickup_labels_pdf,
)
from counter_app.services.warehouse_records import (
    EMS_COLUMNS,
    EmsLine,
    EmsRegister,
    HandoverLine,
    HandoverSheet,
    PickupLabel,
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

CLERKS = ("陈晓梅", "王芳", "李强")
REASONS = ("地址不详", "送无人", "自取件", "超区件", "到付拒收", "改地址")
OUTS = ("出仓派送", "客户自提", "上网退公司", "转发EMS")


def line(prefix: str, i: int, reason: str, note: str = "") -> HandoverLine:
    """Parcel ``i`` of a section; every section has its own waybill prefix."""
    return HandoverLine(waybill_no=f"{prefix}{1234567 + i * 7919:010d}", reason=reason,
                        location=f"A-{1 + i % 4}-{i:04d}",
                        since=f"2026-11-23 {8 + i % 6:02d}:{(i * 7) % 60:02d}",
                        by=CLERKS[i % 3], note=note)


CAME_IN = tuple(line("7731", i, REASONS[i % 6], "电话无人接，明天再送" if i % 5 == 0 else "")
                for i in range(1, 41))
WENT_OUT = tuple(line("4680", i, OUTS[i % 4]) for i in range(1, 6))
DUE = tuple(line("2210", i, "自取件", "自取件逾期：给始发公司留言并退回") for i in range(1, 3))
OVERDUE = (line("5512", 1, "退回件", "始发公司未回复：直接退回"),)
SHEET = HandoverSheet(header=STATION, shift="早班", period="2026-11-23 07:30–14:30",
                      printed_at="2026-11-23 14:25", outgoing_clerk="陈晓梅", stock_start=118,
                      stock_end=153, came_in=CAME_IN, went_out=WENT_OUT, due_today=DUE,
                      overdue=OVERDUE, open_problems=(), headless_open=1)

LABELS = [
    PickupLabel(pickup_code="A-2-0315", waybill_no="773165231258960", location="A货架 第2层",
                reason="自取件", in_on="2026-11-23", recipient="张*伟 138****5678"),
    PickupLabel(pickup_code="B-1-0042", waybill_no="468012345678", location="B货架 第1层",
                reason="送无人", in_on="2026-11-22", recipient="欧阳**"),
]

DESTINATIONS = ("西藏拉萨市城关区", "新疆喀什地区", "青海玉树州", "内蒙古阿拉善盟", "云南怒江州")
PAYMENTS = ("寄付", "到付", "月结")


def ems_line(seq: int) -> EmsLine:
    """A forwarded parcel; every third one's paid freight covers the EMS fee."""
    fee = 30 + seq % 7 * 5
    paid = fee if seq % 3 == 0 else fee - 10
    short = fee - paid
    return EmsLine(seq=seq, out_on=f"2026-11-{1 + seq % 28:02d}",
                   waybill_no=f"7731{555 + seq * 7919:010d}", ems_no=f"1{seq:012d}",
                   destination=DESTINATIONS[seq % len(DESTINATIONS)],
                   weight_kg=f"{1 + seq % 4}.{seq % 10}0", ems_fee=f"{fee}.00",
                   paid_freight=f"{paid}.00", payment=PAYMENTS[seq % 3],
                   shortfall=f"{short}.00", courier=CLERKS[seq % 3] if short else "",
                   by="陈晓梅")


def ems_register(lines: tuple[EmsLine, ...]) -> EmsRegister:
    fee = sum(int(x.ems_fee.split(".")[0]) for x in lines)
    short = sum(int(x.shortfall.split(".")[0]) for x in lines)
    return EmsRegister(header=STATION, start="2026-11-01", end="2026-11-30", lines=lines,
                       total_fee=f"{fee}.00", total_shortfall=f"{short}.00")


EMS = ems_register(tuple(ems_line(i) for i in range(1, 41)))
EMPTY_EMS = ems_register(())


def pages_text(pdf: bytes) -> list[str]:
    """Text of each page, by pdfium (one line per table row)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def page_sizes(pdf: bytes) -> list[tuple[int, int]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [(round(p.get_width()), round(p.get_height())) for p in doc]
    finally:
        doc.close()


@pytest.fixture(scope="module")
def handover_pdf() -> bytes:
    return render_handover_pdf(SHEET, FONT)


@pytest.fixture(scope="module")
def ems_pdf() -> bytes:
    return render_ems_register_pdf(EMS, FONT)


# --- WH-1: the handover sheet ----------------------------------------------------------------


def test_handover_shows_header_summary_and_every_section(handover_pdf: bytes) -> None:
    text = flat("".join(pages_text(handover_pdf)))
    for value in (STATION.name, STATION.code, STATION.contact_person, STATION.phone,
                  STATION.qq, "交接班表", "班次早班", "时段2026-11-2307:30–14:30",
                  "交班人陈晓梅", "打印时间2026-11-2314:25"):
        assert value in text, value
    # the summary box: labels row over counts row, twice
    assert flat("班初库存 本班入库 本班出库 班末库存 118件 40件 5件 153件") in text
    assert flat("今日到期 已逾期 未结问题件 无头件 2件 1件 0件 1件") in text
    assert all(label in text for label in SUMMARY_LABELS)
    for title, count in (("本班入库", 40), ("本班出库", 5), ("今日到期", 2), ("已逾期", 1),
                         ("未结问题件", 0)):
        assert f"{title}共{count}件" in text, title
    assert "序号运单号去向库位出库时间经手人备注" in text  # 本班出库 names the disposition


def test_handover_lists_every_parcel_once_in_order(handover_pdf: bytes) -> None:
    text = "".join(pages_text(handover_pdf))
    expected = [x.waybill_no for x in (*CAME_IN, *WENT_OUT, *DUE, *OVERDUE)]
    assert re.findall(r"\b(?:7731|4680|2210|5512)\d{10}\b", text) == expected
    rows = re.findall(r"^(\d+) (\d{14}) (\S+) (\S+) (\S+ \S+) (\S+) ?(.*?)\s*$", text,
                      flags=re.MULTILINE)
    assert [tuple(r) for r in rows[:40]] == [
        (str(n), x.waybill_no, x.reason, x.location, x.since, x.by, x.note)
        for n, x in enumerate(CAME_IN, start=1)]


def test_handover_is_two_numbered_pages_with_repeated_header(handover_pdf: bytes) -> None:
    pages = pages_text(handover_pdf)
    assert len(pages) == 2
    assert "第 1 页 共 2 页" in pages[0]
    assert "第 2 页 共 2 页" in pages[1]
    # 本班入库 runs onto page 2: its title and column header come again before its rows
    second = pages[1]
    continued = [x.waybill_no for x in CAME_IN if x.waybill_no in second]
    assert continued, "本班入库 should continue on page 2"
    assert continued[0] not in pages[0]
    first_row = second.index(continued[0])
    assert "本班入库　共 40 件" in second[:first_row]
    assert "序号 运单号 原因 库位 入库时间 经手人 备注" in second[:first_row]
    assert f"交接班表（续）　{STATION.name}　早班" in second  # a loose page says what it is


def test_handover_empty_section_says_none(handover_pdf: bytes) -> None:
    text = flat("".join(pages_text(handover_pdf)))
    assert flat(f"未结问题件　共 0 件 序号运单号原因库位入库时间经手人备注 {EMPTY_TEXT}") in text
    empty = HandoverSheet(header=STATION, shift="晚班", period="2026-11-23 15:00–21:30",
                          printed_at="2026-11-23 21:30", outgoing_clerk="王芳", stock_start=0,
                          stock_end=0, came_in=(), went_out=(), due_today=(), overdue=(),
                          open_problems=(), headless_open=0)
    pages = pages_text(render_handover_pdf(empty, FONT))
    assert len(pages) == 1
    assert pages[0].count(EMPTY_TEXT) == 5
    assert "第 1 页 共 1 页" in pages[0]


def test_handover_ends_with_both_signatures(handover_pdf: bytes) -> None:
    pages = [flat(p) for p in pages_text(handover_pdf)]
    assert "交班人签字" not in pages[0]
    last = pages[-1]
    for label in ("交班人签字：", "接班人签字：", "交班时间：", "接班时间："):
        assert label in last, label
    assert last.index("未结问题件") < last.index("交班人签字") < last.index("接班人签字")
    assert last.count("年____月____日") == 2


def test_handover_is_a4_portrait_reproducible_and_inked(handover_pdf: bytes) -> None:
    assert set(page_sizes(handover_pdf)) == {(round(A4[0]), round(A4[1]))}
    assert render_handover_pdf(SHEET, FONT) == handover_pdf
    assert render_handover_pdf(SHEET) == handover_pdf  # the bundled font is the default
    assert_inked(handover_pdf)


def test_handover_long_note_wraps_and_is_kept_whole() -> None:
    note = "客户电话停机，已给始发公司留言，等待回复后再处理，请接班人上午十点前再联系一次"
    sheet = HandoverSheet(header=STATION, shift="早班", period="2026-11-23 07:30–14:30",
                          printed_at="2026-11-23 14:25", outgoing_clerk="陈晓梅", stock_start=1,
                          stock_end=1, came_in=(), went_out=(), due_today=(), overdue=(),
                          open_problems=(line("7731", 1, "地址不详", note),), headless_open=0)
    assert note in flat("".join(pages_text(render_handover_pdf(sheet, FONT))))


# --- pickup labels ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def labels_pdf() -> bytes:
    return render_pickup_labels_pdf(LABELS, FONT)


def test_one_small_label_per_page_with_every_value(labels_pdf: bytes) -> None:
    assert page_sizes(labels_pdf) == [(round(LABEL_SIZE[0]), round(LABEL_SIZE[1]))] * 2
    assert (round(LABEL_SIZE[0] / mm), round(LABEL_SIZE[1] / mm)) == (60, 40)
    for label, text in zip(LABELS, pages_text(labels_pdf), strict=True):
        assert text.splitlines()[0] == label.pickup_code  # the code comes first, big
        page = flat(text)
        for value in (label.waybill_no, label.location, label.reason, label.in_on,
                      label.recipient):
            assert flat(value) in page, value
    assert render_pickup_labels_pdf(LABELS, FONT) == labels_pdf
    assert_inked(labels_pdf, dpi=150)


def test_label_barcode_decodes_to_the_pickup_code(labels_pdf: bytes, tmp_path: Path) -> None:
    zbarimg = need("zbarimg")
    for n, (label, image) in enumerate(zip(LABELS, render_pages(labels_pdf, dpi=300),
                                           strict=True)):
        png = tmp_path / f"label{n}.ppm"
        png.write_bytes(b"P6 %d %d 255\n" % (image.width, image.height) + image.rgb)
        result = subprocess.run([zbarimg, "--raw", "-q", "-Sdisable", "-Scode128.enable",
                                 str(png)], capture_output=True, text=True, check=False)
        assert result.stdout.split() == [label.pickup_code]


def test_label_with_long_values_stays_one_page() -> None:
    long = PickupLabel(pickup_code="BULKY-12-004711", waybill_no="7731652312589601234",
                       location="大件区 第12排 靠门", reason="地址搬迁",
                       in_on="2026-11-23 09:41", recipient="欧阳娜娜娜娜 139****0000 龙湾区五亭")
    pdf = render_pickup_labels_pdf([long], FONT)
    text = flat(pages_text(pdf)[0])
    assert len(page_sizes(pdf)) == 1
    for value in (long.pickup_code, long.waybill_no, long.location, long.recipient):
        assert flat(value) in text


def test_no_labels_is_an_error() -> None:
    with pytest.raises(ValueError, match="no pickup labels"):
        render_pickup_labels_pdf([], FONT)


# --- WH-12: the EMS register -----------------------------------------------------------------


def pdf_ems_rows(pdf: bytes) -> list[list[str]]:
    """The register lines and the totals row read back from the PDF, in order."""
    return numbered_rows(pdf, ems_column_widths(), MARGIN)


def test_ems_pdf_rows_are_the_register_lines_and_total(ems_pdf: bytes) -> None:
    expected = squeeze([*ems_rows(EMS), ems_total_row(EMS)])
    assert pdf_ems_rows(ems_pdf) == expected
    assert ems_total_row(EMS)[:3] == ["合计", "", "40 票"]
    assert any(not r[10] for r in ems_rows(EMS)), "some lines have nobody to collect"


def test_ems_header_pages_and_signatures(ems_pdf: bytes) -> None:
    pages = pages_text(ems_pdf)
    assert len(pages) >= 2
    assert set(page_sizes(ems_pdf)) == {(round(landscape(A4)[0]), round(landscape(A4)[1]))}
    first = flat(pages[0])
    for value in (STATION.name, STATION.code, STATION.phone, "转发EMS登记表",
                  "期间2026-11-01至2026-11-30", "合计40票", f"EMS费用合计{EMS.total_fee}",
                  f"需补收合计{EMS.total_shortfall}"):
        assert value in first, value
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in text
        assert " ".join(EMS_COLUMNS) in text  # the column header on every page
    last = flat(pages[-1])
    assert "经办人签字：" in last
    assert "财务签字：" in last
    assert last.index("合计") < last.index("经办人签字")
    assert all("经办人签字" not in flat(p) for p in pages[:-1])
    assert render_ems_register_pdf(EMS, FONT) == ems_pdf
    assert_inked(ems_pdf)


def test_empty_ems_register_says_none() -> None:
    pdf = render_ems_register_pdf(EMPTY_EMS, FONT)
    text = flat(pages_text(pdf)[0])
    assert EMPTY_TEXT in text
    assert "合计0票0.000.00" in text
    assert pdf_ems_rows(pdf) == [squeeze([ems_total_row(EMPTY_EMS)])[0]]


def xlsx_table(data: bytes) -> list[list[str]]:
    """The rows under the EMS_COLUMNS header row up to and including the 合计 row."""
    return xlsx_rows(data, EMS_COLUMNS)


def test_ems_xlsx_has_the_same_rows_waybills_as_text(ems_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "ems.xlsx"
    write_ems_xlsx(EMS, path)
    rows = xlsx_table(path.read_bytes())
    assert rows == [*ems_rows(EMS), ems_total_row(EMS)]
    assert squeeze(rows) == pdf_ems_rows(ems_pdf)
    ws = load_workbook(path).active
    assert ws is not None
    waybills = [c for c in ws["C"] if c.value in {x.waybill_no for x in EMS.lines}]
    assert len(waybills) == len(EMS.lines)
    for cell in waybills:
        assert cell.data_type == "s"
        assert cell.number_format == "@"
    flat_values = {str(c.value) for row in ws.iter_rows() for c in row if c.value}
    for value in (STATION.name + "　转发EMS登记表", STATION.code, STATION.phone, "经办人：",
                  "财务："):
        assert value in flat_values, value
    assert xlsx_table(render_ems_xlsx(EMPTY_EMS)) == [ems_total_row(EMPTY_EMS)]


def test_ems_csv_is_header_rows_and_total_with_bom(ems_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "ems.csv"
    write_ems_csv(EMS, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data == render_ems_csv(EMS)
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(EMS_COLUMNS)
    assert rows[1:] == [*ems_rows(EMS), ems_total_row(EMS)]
    assert squeeze(rows[1:]) == pdf_ems_rows(ems_pdf)
