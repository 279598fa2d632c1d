"""The printed 错写大字上报表 agrees with its electronic list, embeds its font, scans (MR-3..5)."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counter_app.domain.misroute import ACTION_LABELS
from counter_app.reports.misroute_list import (
    render_misroute_csv,
    render_misroute_xlsx,
    table_rows,
)
from counter_app.reports.misroute_pdf import render_misroute_pdf
from counter_app.services.misroute_dto import (
    MISROUTE_COLUMNS,
    MISSING_DAZI,
    MisrouteReport,
    MisrouteReportProvince,
    MisrouteReportRow,
    MisrouteReportSite,
)
from tests.pdf_helpers import FONT, STATION, need
from tests.pdf_helpers import layout_pages_text as pdf_pages_text

# (province, site, rows, (wrong 大字, correct 大字)) in MR-3 order (GB/T 2260, then site).
GROUPS: tuple[tuple[str, str, int, tuple[str, str]], ...] = (
    ("上海市", "上海青浦", 4, ("杭州", "温州龙湾")),
    ("江苏省", "南京江宁", 5, ("温州鹿城", "温州龙湾")),
    ("江苏省", "苏州吴中", 6, ("台州", "温州龙湾")),
    ("浙江省", "宁波鄞州", 5, ("温岭", "温州龙湾")),
    ("浙江省", "杭州萧山", 7, ("湖州", "温州龙湾")),
    ("浙江省", "温州瓯海", 12, ("温州瓯海", "温州龙湾")),
    ("广东省", "广州白云", 10, ("广州", "温州龙湾")),
    ("广东省", "深圳宝安", 6, ("福州", "温州龙湾")),
    ("四川省", "成都双流", 5, ("成都", "温州龙湾")),
    ("新疆维吾尔自治区", "乌鲁木齐经济技术开发区", 4, ("乌鲁木齐", "温州龙湾五亭龙部")),
)
FINDERS = ("王芳", "李强", "张伟", "刘洋", "欧阳娜娜")


def sample_report(*, prepared_by: str = "陈晓梅") -> MisrouteReport:
    """A realistic month: 64 rows over 6 provinces and 10 sites, one with missing 大字."""
    provinces: list[MisrouteReportProvince] = []
    seq = 0
    by_province: dict[str, list[MisrouteReportSite]] = {}
    for province, site, count, (wrong, correct) in GROUPS:
        rows = []
        for i in range(count):
            seq += 1
            missing = site == "广州白云" and i == 2
            action = ACTION_LABELS["written" if missing else
                                   ("rewritten" if i % 5 == 4 else "crossed_out")]
            rows.append(MisrouteReportRow(
                seq=seq, waybill_no=f"7731{6523125896 + seq * 7919:010d}",
                origin_province=province, origin_site=site,
                wrong_dazi=MISSING_DAZI if missing else wrong, correct_dazi=correct,
                found_on=f"2025-05-{1 + (seq * 3) % 28:02d}", found_by=FINDERS[seq % 5],
                action=action, verified_by=FINDERS[(seq + 2) % 5]))
        by_province.setdefault(province, []).append(MisrouteReportSite(site, tuple(rows)))
    for province, sites in by_province.items():
        provinces.append(MisrouteReportProvince(province, tuple(sites)))
    return MisrouteReport(station=STATION, month="2025-05", due=date(2025, 6, 15),
                          provinces=tuple(provinces), prepared_by=prepared_by)


def empty_report() -> MisrouteReport:
    """A month without misroutes."""
    return MisrouteReport(station=STATION, month="2025-06", due=date(2025, 7, 15),
                          provinces=(), prepared_by="")


@pytest.fixture(scope="module")
def report() -> MisrouteReport:
    """The sample month."""
    return sample_report()


@pytest.fixture(scope="module")
def pdf_bytes(report: MisrouteReport) -> bytes:
    """The sample month, printed."""
    return render_misroute_pdf(report, FONT)


@pytest.fixture
def pdf_file(pdf_bytes: bytes, tmp_path: Path) -> Path:
    """The sample PDF on disk, for poppler."""
    path = tmp_path / "misroute.pdf"
    path.write_bytes(pdf_bytes)
    return path


ROW_LINE = re.compile(r"^\s*(\d+)\s+(\d{10,})\s+\S")


def pdf_table_rows(pdf: bytes) -> list[list[str]]:
    """The data rows read back from the PDF text, in page and line order.

    A data row is a line starting with the 序号 and the waybill number; the cells hold no
    spaces, so the line splits into the ten MISROUTE_COLUMNS values.
    """
    rows = []
    for text in pdf_pages_text(pdf):
        for line in text.splitlines():
            if ROW_LINE.match(line):
                rows.append(line.split())
    return rows


def xlsx_table_rows(data: bytes) -> tuple[list[list[str]], list[list[object]]]:
    """(data rows, all sheet values) of the XLSX: rows between the header and the 总计 line."""
    ws = load_workbook(io.BytesIO(data)).active
    assert ws is not None
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(values) if tuple(r) == MISROUTE_COLUMNS) + 1
    rows: list[list[str]] = []
    for r in values[start:]:
        if isinstance(r[0], str) and r[0].startswith("总计"):
            break
        assert all(isinstance(v, str) for v in r), r
        rows.append([str(v) for v in r])
    return rows, values


def csv_table_rows(data: bytes) -> list[list[str]]:
    """Data rows of the CSV (after the header)."""
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM, so Excel reads the Chinese"
    reader = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(reader[0]) == MISROUTE_COLUMNS
    return reader[1:]


# --- MR-4: the printed form and the electronic list agree ------------------------------------


def test_pdf_xlsx_csv_show_the_same_rows_in_the_same_order(report: MisrouteReport,
                                                           pdf_bytes: bytes) -> None:
    expected = table_rows(report)
    assert len(expected) == report.total == 64
    assert [r[0] for r in expected] == [str(i) for i in range(1, 65)]
    from_pdf = pdf_table_rows(pdf_bytes)
    from_xlsx, _ = xlsx_table_rows(render_misroute_xlsx(report))
    from_csv = csv_table_rows(render_misroute_csv(report))
    assert from_pdf == expected
    assert from_xlsx == from_pdf
    assert from_csv == from_pdf
    assert any(MISSING_DAZI in r for r in from_pdf)


def test_agreement_check_catches_a_dropped_or_swapped_row(report: MisrouteReport) -> None:
    """The comparison above is strict: another order or a missing row reads back differently."""
    first = report.provinces[0]
    site = first.sites[0]
    swapped_site = MisrouteReportSite(site.site, (site.rows[1], site.rows[0], *site.rows[2:]))
    swapped = MisrouteReport(
        report.station, report.month, report.due,
        (MisrouteReportProvince(first.province, (swapped_site, *first.sites[1:])),
         *report.provinces[1:]), report.prepared_by)
    dropped_site = MisrouteReportSite(site.site, site.rows[1:])
    dropped = MisrouteReport(
        report.station, report.month, report.due,
        (MisrouteReportProvince(first.province, (dropped_site, *first.sites[1:])),
         *report.provinces[1:]), report.prepared_by)
    expected = table_rows(report)
    assert pdf_table_rows(render_misroute_pdf(swapped, FONT)) != expected
    assert pdf_table_rows(render_misroute_pdf(dropped, FONT)) != expected
    assert csv_table_rows(render_misroute_csv(dropped)) != expected
    assert xlsx_table_rows(render_misroute_xlsx(swapped))[0] != expected


def test_pdf_has_header_groups_subtotals_and_signature(report: MisrouteReport,
                                                       pdf_bytes: bytes) -> None:
    text = "\n".join(pdf_pages_text(pdf_bytes))
    flat = re.sub(r"\s+", "", text)
    for value in ("错写大字上报表", STATION.name, STATION.code, STATION.contact_person,
                  STATION.phone, STATION.qq, "2025-05", "2025-06-15", *MISROUTE_COLUMNS):
        assert value in flat, value
    # MR-3: subtotals after each site and each province, in printed order, then the total.
    expected_bands = []
    for p in report.provinces:
        expected_bands += [f"小计（{s.site}）：{s.count}票" for s in p.sites]
        expected_bands.append(f"{p.province}合计：{p.count}票")
    expected_bands.append(f"总计：{report.total}票")
    bands = [b for b in re.findall(r"小计（[^）]+）：\d+票|[^\s\d：]+合计：\d+票|总计：\d+票",
                                   flat) if not b.startswith("合计")]
    assert bands == expected_bands
    assert "制表人：陈晓梅" in flat
    assert "日期：________" in flat


def test_pdf_is_reproducible(report: MisrouteReport, pdf_bytes: bytes) -> None:
    assert render_misroute_pdf(report, FONT) == pdf_bytes


# --- pages -----------------------------------------------------------------------------------


def test_every_page_says_page_x_of_y(pdf_bytes: bytes) -> None:
    pages = pdf_pages_text(pdf_bytes)
    total = len(PdfReader(io.BytesIO(pdf_bytes)).pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
    assert f"共 {total + 1} 页" not in "".join(pages)


def test_table_header_repeats_on_every_page(pdf_bytes: bytes) -> None:
    for text in pdf_pages_text(pdf_bytes):
        assert re.search(r"序号\s+运单号\s+始发省份\s+始发地", text)


# --- the font is embedded --------------------------------------------------------------------


def test_pdffonts_lists_only_embedded_fonts(pdf_file: Path) -> None:
    pdffonts = need("pdffonts", "poppler-utils")
    out = subprocess.run([pdffonts, str(pdf_file)], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    fonts = [line.split() for line in out[2:] if line.strip()]
    assert fonts, out
    for cols in fonts:
        # name type [type] encoding emb sub uni object-id gen
        assert cols[-5] == "yes", f"font not embedded: {cols}"
    assert any("WenQuanYi" in cols[0] for cols in fonts)


def _render_gray(pdftoppm: str, pdf: Path, out: Path, env: dict[str, str] | None = None,
                 dpi: int = 200, page: int = 1) -> tuple[int, int, bytes]:
    """Render one page to an 8-bit PGM and return (width, height, pixels)."""
    subprocess.run([pdftoppm, "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(out)], check=True, env=env,
                   capture_output=True)
    data = (out.parent / (out.name + ".pgm")).read_bytes()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    pixels = fields[4]
    assert len(pixels) == width * height
    return width, height, pixels


def test_chinese_renders_without_any_cjk_font_installed(pdf_file: Path, tmp_path: Path) -> None:
    """MR-5 / platform-probe §3: with fontconfig seeing only DejaVu, the page looks the same."""
    pdftoppm = need("pdftoppm", "poppler-utils")
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("fonts-dejavu-core is not installed")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{dejavu}</dir>\n  <cachedir>{tmp_path / 'fc-cache'}</cachedir>\n"
        "</fontconfig>\n", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    fc_list = shutil.which("fc-list")
    if fc_list:  # the config really hides every CJK font
        listed = subprocess.run([fc_list, ":lang=zh"], env=env, capture_output=True, text=True,
                                check=True).stdout
        assert listed.strip() == ""
    w, h, bare = _render_gray(pdftoppm, pdf_file, tmp_path / "bare", env=env, dpi=72)
    _, _, normal = _render_gray(pdftoppm, pdf_file, tmp_path / "normal", dpi=72)
    assert bare == normal
    # The title 「错写大字上报表」 is centred in the top band: it must have ink.
    band = [bare[y * w + x] for y in range(int(h * 0.03), int(h * 0.12))
            for x in range(int(w * 0.35), int(w * 0.65))]
    assert sum(1 for v in band if v < 128) > 200


# --- barcodes --------------------------------------------------------------------------------


def test_barcodes_on_a_page_decode_to_its_waybill_numbers(pdf_file: Path,
                                                          pdf_bytes: bytes,
                                                          tmp_path: Path) -> None:
    pdftoppm = need("pdftoppm", "poppler-utils")
    zbarimg = need("zbarimg", "zbar-tools")
    for page in (1, 2):
        _render_gray(pdftoppm, pdf_file, tmp_path / f"p{page}", page=page)
        image = tmp_path / f"p{page}.pgm"
        result = subprocess.run(
            [zbarimg, "--raw", "-q", "-Sdisable", "-Scode128.enable", str(image)],
            capture_output=True, text=True, check=False)
        decoded = sorted(result.stdout.split())
        text = pdf_pages_text(pdf_bytes)[page - 1]
        on_page = sorted(m.group(2) for line in text.splitlines()
                         if (m := ROW_LINE.match(line)))
        assert on_page, f"no rows on page {page}"
        assert decoded == on_page


# --- XLSX / CSV ------------------------------------------------------------------------------


def test_xlsx_keeps_waybill_numbers_as_text(report: MisrouteReport) -> None:
    ws = load_workbook(io.BytesIO(render_misroute_xlsx(report))).active
    assert ws is not None
    header = next(r for r in ws.iter_rows() if tuple(c.value for c in r) == MISROUTE_COLUMNS)
    first = header[0].row + 1
    for row in ws.iter_rows(min_row=first, max_row=first + report.total - 1):
        waybill = row[1]
        assert waybill.data_type == "s"
        assert waybill.number_format == "@"
        assert isinstance(waybill.value, str)
        assert re.fullmatch(r"\d{14}", waybill.value)
    rows, values = xlsx_table_rows(render_misroute_xlsx(report))
    assert len(rows) == report.total
    flat = [v for r in values for v in r if v is not None]
    for value in (STATION.name, STATION.code, STATION.contact_person, STATION.phone,
                  STATION.qq, "2025-05", "2025-06-15", f"总计：{report.total} 票"):
        assert value in flat


def test_csv_is_header_plus_exactly_the_rows(report: MisrouteReport) -> None:
    data = render_misroute_csv(report)
    assert csv_table_rows(data) == table_rows(report)
    assert data.count(b"\r\n") == report.total + 1


# --- an empty month --------------------------------------------------------------------------


def test_empty_month_prints_a_valid_form_with_total_zero(tmp_path: Path) -> None:
    report = empty_report()
    pdf = render_misroute_pdf(report, FONT)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    flat = re.sub(r"\s+", "", reader.pages[0].extract_text())
    assert "本月无错写大字快件" in flat
    assert "总计：0票" in flat
    assert "第1页共1页" in flat
    assert "制表人：________" in flat
    assert pdf_table_rows(pdf) == []
    assert csv_table_rows(render_misroute_csv(report)) == []
    rows, values = xlsx_table_rows(render_misroute_xlsx(report))
    assert rows == []
    assert "总计：0 票" in [v for r in values for v in r]
