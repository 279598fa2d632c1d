"""The printed 错写大字上报表 (MR-3..MR-5): an A4-landscape PDF with an embedded Chinese font."""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import barcode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from counter_app.reports.misroute_list import TITLE, row_values, total_text
from counter_app.reports.paging import numbered_canvas
from counter_app.services.misroute_dto import MISROUTE_COLUMNS, MisrouteReport

PAGE_SIZE = landscape(A4)
MARGIN = 10 * mm
TOP_MARGIN = 14 * mm
BOTTOM_MARGIN = 14 * mm
FONT_SIZE = 9.0
MIN_FONT_SIZE = 6.0
"""Below this a cell wraps instead of shrinking further (a value is never cut, MR-4)."""
CELL_PAD = 3.0

# Code128 geometry. 0.254 mm = 1/100 inch: exactly 2 dots at 200 dpi, 3 dots at 300 dpi and
# 6 dots at 600 dpi, ~2 dots on a 203-dpi thermal head (platform-probe §4: never a fraction).
MODULE_WIDTH = 0.254 * mm
QUIET_MODULES = 10
BAR_HEIGHT = 7 * mm

# Column widths (mm) of MISROUTE_COLUMNS, then the barcode column; they sum to the frame width.
_COL_MM = (11, 32, 27, 32, 24, 24, 22, 22, 22, 22)
EMPTY_TEXT = "本月无错写大字快件"
BLANK = "_" * 16
"""A line to sign or write the date on."""

_fonts_lock = threading.Lock()
_fonts: dict[Path, str] = {}


def register_font(font_path: Path) -> str:
    """Register the TrueType CJK font with reportlab once per process and path.

    The font is embedded (subset) in every PDF, so the form shows the same text on any
    computer; a CID font such as STSong-Light is not embedded (platform-probe §3).

    Args:
        font_path: a TrueType-outline font; a .ttc uses its first face (subfontIndex=0).

    Returns:
        The reportlab font name to use.
    """
    key = font_path.resolve()
    with _fonts_lock:
        name = _fonts.get(key)
        if name is None:
            name = f"CounterCJK{len(_fonts)}"
            pdfmetrics.registerFont(TTFont(name, str(key), subfontIndex=0))
            _fonts[key] = name
        return name


def code128_modules(text: str) -> str:
    """The Code128 module string of ``text`` ('1' = bar, '0' = space), by python-barcode.

    Args:
        text: the waybill number.

    Returns:
        The modules without quiet zones.
    """
    return "".join(barcode.get_barcode_class("code128")(text).build())


def code128_runs(text: str, quiet: int = QUIET_MODULES) -> tuple[list[tuple[int, int]], int]:
    """The bars of ``text``'s Code128 and the width of the whole code, in modules.

    Args:
        text: the waybill number.
        quiet: the quiet zone each side, in modules.

    Returns:
        ``(start, width)`` of each bar, counted from the left edge of the quiet zone, and the
        number of modules with both quiet zones.
    """
    modules = code128_modules(text)
    runs: list[tuple[int, int]] = []
    start = -1
    for i, m in enumerate(modules + "0"):
        if m == "1" and start < 0:
            start = i
        elif m != "1" and start >= 0:
            runs.append((quiet + start, i - start))
            start = -1
    return runs, len(modules) + 2 * quiet


class _Barcode(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Vector Code128 bars drawn as rectangles (platform-probe §4, route C), with quiet zones."""

    def __init__(self, text: str) -> None:
        super().__init__()
        runs, total = code128_runs(text)
        self.runs: list[tuple[int, int]] = runs
        """(start, width) of each bar, in modules from the left edge of the quiet zone."""
        self.width = total * MODULE_WIDTH
        self.height = BAR_HEIGHT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the bars in black: one filled path in module units (fast for 2,000 rows)."""
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.black)
        bars = " ".join(f"{x} 0 {w} 1 re" for x, w in self.runs)
        canv.addLiteral(f"{MODULE_WIDTH:.5f} 0 0 {self.height:.5f} 0 0 cm {bars} f")
        canv.restoreState()


def _running(report: MisrouteReport) -> str:
    """The line at the top of pages 2…: what the loose page belongs to."""
    return (f"{TITLE}　{report.station.name}（{report.station.code}）　月份：{report.month}"
            f"　上报截止日期：{report.due.isoformat()}")


def _fit(text: str, width: float, font: str, style: ParagraphStyle) -> tuple[Any, float]:
    """A cell value and its font size: shrunk to fit on one line, or wrapped if too long."""
    avail = width - 2 * CELL_PAD
    natural = pdfmetrics.stringWidth(text, font, FONT_SIZE)
    if natural <= avail:
        return text, FONT_SIZE
    size = FONT_SIZE * avail / natural
    if size >= MIN_FONT_SIZE:
        return text, int(size * 10) / 10  # round down so it surely fits
    return Paragraph(_escape(text), style), MIN_FONT_SIZE


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _header_block(report: MisrouteReport, font: str, width: float) -> list[Flowable]:
    """Title and the station block of MR-5 (name, code, contact person, phone, QQ, month)."""
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=TA_CENTER)
    station = report.station
    label_w = 24 * mm
    value_w = [45 * mm, 28 * mm, 26 * mm, 33 * mm]
    value_w.append(width - 5 * label_w - sum(value_w))
    widths = [w for v in value_w for w in (label_w, v)]
    wrap = ParagraphStyle("cell", fontName=font, fontSize=MIN_FONT_SIZE, leading=8,
                          wordWrap="CJK")
    rows = [
        [("网点名称", station.name), ("网点编号", station.code),
         ("联系人", station.contact_person), ("电话", station.phone), ("QQ", station.qq)],
        [("月份", report.month), ("上报截止日期", report.due.isoformat()),
         ("合计", f"{report.total} 票"), ("", ""), ("", "")],
    ]
    data: list[list[Any]] = []
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("GRID", (0, 0), (-1, 0), 0.5, colors.grey),
        ("GRID", (0, 1), (5, 1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEEEEE")),
        ("BACKGROUND", (4, 0), (4, -1), colors.HexColor("#EEEEEE")),
        ("BACKGROUND", (6, 0), (6, 0), colors.HexColor("#EEEEEE")),
        ("BACKGROUND", (8, 0), (8, 0), colors.HexColor("#EEEEEE")),
    ]
    for r, pairs in enumerate(rows):
        cells: list[Any] = []
        for label, value in pairs:
            cells.append(label)
            c = len(cells)
            cell, size = _fit(value, widths[c], font, wrap)
            cells.append(cell)
            if size != FONT_SIZE:
                cmds.append(("FONTSIZE", (c, r), (c, r), size))
        data.append(cells)
    table = Table(data, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")
    return [Paragraph(TITLE, title), Spacer(1, 3 * mm), table, Spacer(1, 4 * mm)]


@dataclass
class _Row:
    """One table row and its own style commands; ``ROW`` stands for its row index."""

    cells: list[Any]
    cmds: list[tuple[Any, ...]] = field(default_factory=list)
    keep_with_previous: bool = False
    """Never start a page with this row (MR-3 subtotals stay under their rows)."""
    grid: bool = True


ROW = -999
"""Placeholder for the row index in ``_Row.cmds``; replaced when the page table is built."""


def _table_rows(report: MisrouteReport, font: str, col_w: list[float]) -> list[_Row]:
    """The rows grouped by province and site with subtotals (MR-3), the total, the signature."""
    ncols = len(col_w)
    wrap = ParagraphStyle("cell", fontName=font, fontSize=MIN_FONT_SIZE, leading=7.5,
                          wordWrap="CJK")
    rows: list[_Row] = []

    def band(text: str, shade: str, under: int, *, keep: bool = True) -> _Row:
        """A full-width line (subtotal, total) starting under column ``under``."""
        row = _Row([text] + [""] * (ncols - 1), [
            ("SPAN", (0, ROW), (-1, ROW)),
            ("BACKGROUND", (0, ROW), (-1, ROW), colors.HexColor(shade)),
            ("ALIGN", (0, ROW), (-1, ROW), "LEFT"),
            ("LEFTPADDING", (0, ROW), (-1, ROW), sum(col_w[:under]) + CELL_PAD),
        ], keep_with_previous=keep)
        rows.append(row)
        return row

    if not report.provinces:
        band(EMPTY_TEXT, "#FFFFFF", 0, keep=False).cmds.append(
            ("ALIGN", (0, ROW), (-1, ROW), "CENTER"))
    for province in report.provinces:  # MR-3: province, then site, in the given order
        for site in province.sites:
            for values in (row_values(r) for r in site.rows):
                row = _Row([])
                for c, value in enumerate(values):  # MR-4: the same strings as the XLSX/CSV
                    cell, size = _fit(value, col_w[c], font, wrap)
                    row.cells.append(cell)
                    if size != FONT_SIZE:
                        row.cmds.append(("FONTSIZE", (c, ROW), (c, ROW), size))
                row.cells.append(_Barcode(values[1]))
                rows.append(row)
            band(f"小计（{site.site}）：{site.count} 票", "#F2F2F2", 3)
        band(f"{province.province} 合计：{province.count} 票", "#E0E0E0", 2)
    band(total_text(report), "#CCCCCC", 1)
    # The signature and date lines: the last row, without grid, on the same page as the total.
    sign = ParagraphStyle("sign", fontName=font, fontSize=11, leading=16, alignment=TA_LEFT)
    preparer = _escape(report.prepared_by.strip())
    gap = "&nbsp;" * 3
    name = f"<u>{gap}{preparer}{gap}</u>" if preparer else BLANK
    text = f"制表人：{name}{gap * 6}日期：{BLANK}"
    rows.append(_Row([Paragraph(text, sign)] + [""] * (ncols - 1), [
        ("SPAN", (0, ROW), (-1, ROW)), ("TOPPADDING", (0, ROW), (-1, ROW), 8 * mm),
        ("LEFTPADDING", (0, ROW), (-1, ROW), 0)], keep_with_previous=True, grid=False))
    return rows


def _base_style(font: str) -> list[tuple[Any, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
    ]


def _table(header: list[str], rows: list[_Row], font: str, col_w: list[float]) -> Table:
    """One table of ``rows`` under the column header, the header repeated if it splits."""
    cmds = _base_style(font)
    last_grid = len(rows) - (0 if rows[-1].grid else 1)
    cmds.append(("GRID", (0, 0), (-1, last_grid), 0.5, colors.grey))
    for r, row in enumerate(rows, start=1):
        for cmd in row.cmds:
            name, (c0, _), (c1, _), *args = cmd
            cmds.append((name, (c0, r), (c1, r), *args))
    data = [header, *(row.cells for row in rows)]
    return Table(data, colWidths=col_w, repeatRows=1, style=TableStyle(cmds), hAlign="LEFT")


def _paginated_table(report: MisrouteReport, font: str, width: float, first_avail: float,
                     avail: float) -> list[Flowable]:
    """The main table cut into one Table per page, header row on each (MR-3 grouping kept).

    reportlab re-examines every style command of the remaining rows at each split, which is
    quadratic for a long month; cutting by measured row heights keeps 2,000 rows fast.
    """
    col_w = [c * mm for c in _COL_MM]
    col_w.append(width - sum(col_w))
    header = [*MISROUTE_COLUMNS, "运单条码"]
    rows = _table_rows(report, font, col_w)
    measure = _table(header, rows, font, col_w)
    measure.wrap(width, avail)
    heights: list[float] = list(measure._rowHeights)
    header_h, row_h = heights[0], heights[1:]

    blocks: list[list[int]] = []
    for i, row in enumerate(rows):
        if row.keep_with_previous and blocks:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    pages: list[list[int]] = [[]]
    room = first_avail - header_h
    for block in blocks:
        need = sum(row_h[i] for i in block)
        if need > room and pages[-1]:
            pages.append([])
            room = avail - header_h
        pages[-1].extend(block)
        room -= need
    story: list[Flowable] = []
    for n, page in enumerate(pages):
        if n:
            story.append(PageBreak())
        story.append(_table(header, [rows[i] for i in page], font, col_w))
    return story


def render_misroute_pdf(report: MisrouteReport, font_path: Path) -> bytes:
    """Render the monthly 错写大字上报表 as a PDF (MR-3, MR-4, MR-5).

    A4 landscape: the title and station header (MR-5: name, code, contact person, phone,
    QQ), the month and due date, then the table of MISROUTE_COLUMNS plus a Code128 barcode of
    each waybill, grouped by origin province and site with subtotals (MR-3) and a grand
    total, 「第 x 页 共 y 页」 on every page and the preparer's signature and date lines.
    The cell texts are exactly ``row_values`` (shared with the XLSX/CSV list, MR-4). The
    output is byte-for-byte reproducible for the same report and font.

    Args:
        report: the monthly report.
        font_path: a TrueType-outline CJK font (resources/fonts/wqy-microhei.ttc); it is
            embedded as a subset.

    Returns:
        The PDF file content.
    """
    font = register_font(font_path)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, invariant=1, initialFontName=font,
        title=f"{TITLE} {report.month}", author=report.station.name, creator="counter-app",
        subject=f"{report.station.name} {report.month}",
    )
    width = doc.width
    # The frame's usable height (6 pt padding top and bottom), less 1 pt of rounding slack.
    avail = doc.height - 12 - 1
    head = _header_block(report, font, width)
    first_avail = avail - sum(f.wrap(width, avail)[1] for f in head)
    story = [*head, *_paginated_table(report, font, width, first_avail, avail)]
    doc.build(story, canvasmaker=numbered_canvas(font, PAGE_SIZE, _running(report), MARGIN))
    return buf.getvalue()
