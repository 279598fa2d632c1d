"""The warehouse office's printed forms (issue 5): the shift handover sheet (WH-1), the small
pickup-code labels of parcels in stock, and the EMS register for finance (WH-12)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counter_app.reports.desk_notebook import notebook_section
from counter_app.reports.form_layout import (
    CELL_PAD,
    DATE_LINE,
    LABEL_SHADE,
    REPRINT_MARK,
    TIME_LINE,
    build_pdf,
    column_widths,
    draw_bars,
    form_font,
    frame_width,
    info_table,
    section_table,
    signature_table,
    stamp_reprint,
    station_block,
    totalled_table,
)
from counter_app.reports.form_layout import EMPTY_TEXT as EMPTY_TEXT
from counter_app.reports.form_layout import MARGIN as MARGIN
from counter_app.reports.label_stock import DEFAULT_PICKUP_LABEL, PICKUP_LABEL_SIZES
from counter_app.reports.misroute_pdf import code128_runs
from counter_app.reports.paging import fit_size
from counter_app.reports.warehouse_lists import (
    EMS_TITLE,
    ems_rows,
    ems_total_row,
    period_text,
)
from counter_app.services.desk_ports import DeskNote
from counter_app.services.warehouse_records import (
    EMS_COLUMNS,
    EmsRegister,
    HandoverLine,
    HandoverSheet,
    PickupLabel,
)

# --- WH-1: the shift handover sheet ----------------------------------------------------------

HANDOVER_TITLE = "交接班表"
HANDOVER_PAGE = A4
SUMMARY_LABELS = ("班初库存", "本班入库", "本班出库", "班末库存",
                  "今日到期", "已逾期", "未结问题件", "无头件")
HANDOVER_SECTIONS = ("本班入库", "本班出库", "今日到期", "已逾期", "未结问题件")
HANDOVER_SIGN_LABELS = ("交班人签字：", "接班人签字：")
HANDOVER_NOTE = "以上库存、进出、到期、逾期及问题件已当面点交清楚，双方签字为凭。"


@dataclass(frozen=True)
class _Section:
    """One list of the handover sheet and what its reason and time columns are called."""

    title: str
    lines: tuple[HandoverLine, ...]
    reason_label: str = "原因"
    since_label: str = "入库时间"

    def columns(self) -> tuple[str, ...]:
        return ("序号", "运单号", self.reason_label, "库位", self.since_label, "经手人", "备注")


_SECTION_COL_MM = (9, 33, 30, 20, 27, 17)
"""Widths of a section's columns but the last; 备注 takes the rest of the frame width."""


def _sections(sheet: HandoverSheet) -> list[_Section]:
    return [
        _Section("本班入库", sheet.came_in),
        _Section("本班出库", sheet.went_out, "去向", "出库时间"),
        _Section("今日到期", sheet.due_today),
        _Section("已逾期", sheet.overdue),
        _Section("未结问题件", sheet.open_problems),
    ]


def _summary_box(sheet: HandoverSheet, font: str, width: float) -> Table:
    """The counts at a glance: 2 rows of 4 labelled numbers."""
    values = [sheet.stock_start, len(sheet.came_in), len(sheet.went_out), sheet.stock_end,
              len(sheet.due_today), len(sheet.overdue), len(sheet.open_problems),
              sheet.headless_open]
    texts = [f"{v} 件" for v in values]
    data = [list(SUMMARY_LABELS[:4]), texts[:4], list(SUMMARY_LABELS[4:]), texts[4:]]
    col_w = width / 4
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_SHADE),
        ("BACKGROUND", (0, 2), (-1, 2), LABEL_SHADE),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BOX", (0, 0), (-1, -1), 1.4, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 1.0, colors.black),
    ]
    for r in (1, 3):
        for c in range(4):
            size = fit_size(data[r][c], font, 18, col_w - 2 * CELL_PAD)
            cmds.append(("FONTSIZE", (c, r), (c, r), size))
    if sheet.overdue:  # overdue parcels are the first thing the next shift must handle
        cmds.append(("BOX", (1, 2), (1, 3), 1.4, colors.black))
    return Table(data, colWidths=[col_w] * 4, rowHeights=[6 * mm, 11 * mm, 6 * mm, 11 * mm],
                 style=TableStyle(cmds), hAlign="LEFT")


def _section_table(section: _Section, font: str, width: float) -> Table:
    """The section's title row and column header (both repeated when the table continues on
    the next page), then one row per parcel, or 「（无）」."""
    col_w = [c * mm for c in _SECTION_COL_MM]
    col_w.append(width - sum(col_w))
    rows = [[str(n), x.waybill_no, x.reason, x.location, x.since, x.by, x.note]
            for n, x in enumerate(section.lines, start=1)]
    return section_table(f"{section.title}　共 {len(section.lines)} 件", section.columns(), rows,
                         col_w, font, centre_first=True)


def render_handover_pdf(sheet: HandoverSheet, font_path: Path | None = None,
                        notebook: Sequence[DeskNote] | None = None) -> bytes:
    """Render the shift handover sheet (交接班表, WH-1), A4 portrait.

    The station header and title; shift, period, outgoing clerk and printed-at; a summary box
    (班初库存 / 本班入库 / 本班出库 / 班末库存 / 今日到期 / 已逾期 / 未结问题件 / 无头件); then
    the sections 本班入库, 本班出库, 今日到期, 已逾期, 未结问题件, each a table of 序号 / 运单号
    / 原因 (本班出库: 去向, the disposition) / 库位 / 入库时间 (本班出库: 出库时间, from
    ``since``) / 经手人 / 备注, or 「（无）」. A table that continues on the next page repeats
    its title and column header; every page says 「第 x 页 共 y 页」. The sheet ends with the
    lines for the outgoing (交班人) and incoming (接班人) clerk's signature and the time.
    Byte-for-byte reproducible.

    Args:
        sheet: the sheet, every value already the printed text.
        font_path: a TrueType-outline CJK font, embedded as a subset; default the bundled
            resources/fonts/wqy-microhei.ttc.
        notebook: the 客服 desk's notebook lines of the shift (CS-9, X-3), printed as the
            section 客服工作笔记 after the others; None: no such section.

    Returns:
        The PDF file content.
    """
    font = form_font(font_path)
    width = frame_width(HANDOVER_PAGE)
    station = sheet.header
    info_w = [16 * mm, 20 * mm, 16 * mm, 0.0, 18 * mm, 24 * mm, 20 * mm, 34 * mm]
    info_w[3] = width - sum(info_w)
    story: list[Flowable] = [
        *station_block(station, HANDOVER_TITLE, font, width),
        info_table([("班次", sheet.shift), ("时段", sheet.period),
                    ("交班人", sheet.outgoing_clerk), ("打印时间", sheet.printed_at)],
                   info_w, font),
        Spacer(1, 4 * mm),
        _summary_box(sheet, font, width),
    ]
    for section in _sections(sheet):
        story += [Spacer(1, 5 * mm), _section_table(section, font, width)]
    if notebook is not None:  # the desk's notebook on the handover sheet (CS-9, X-3)
        story += [Spacer(1, 5 * mm), notebook_section(notebook, font, width)]
    note = ParagraphStyle("note", fontName=font, fontSize=9.5, leading=13, alignment=TA_LEFT)
    story.append(KeepTogether([
        Spacer(1, 5 * mm),
        Paragraph(escape(HANDOVER_NOTE), note),
        signature_table([(HANDOVER_SIGN_LABELS[0], "交班时间：", TIME_LINE),
                         (HANDOVER_SIGN_LABELS[1], "接班时间：", TIME_LINE)], font, width),
    ]))
    running = (f"{HANDOVER_TITLE}（续）　{station.name}　{sheet.shift}　{sheet.period}"
               f"　交班人：{sheet.outgoing_clerk}")
    return build_pdf(story, HANDOVER_PAGE, font, running,
                     f"{HANDOVER_TITLE} {sheet.shift} {sheet.period}", station)


# --- the pickup-code label -------------------------------------------------------------------

LABEL_SIZE = (60 * mm, 40 * mm)
"""A common thermal label stock (60 × 40 mm), one label per page."""
LABEL_MARGIN = 2.5 * mm
LABEL_MODULE = 0.254 * mm
"""Code128 module width: ~2 dots on a 203-dpi head, exactly 3 at 300 dpi (never a fraction)."""
LABEL_QUIET_MODULES = 10
LABEL_BAR_HEIGHT = 9 * mm


def _draw_code128(canv: Canvas, text: str, x_centre: float, y: float, max_width: float,
                  height: float) -> None:
    """Code128 bars of ``text``, centred at ``x_centre``, bottom at ``y``, with quiet zones.

    The module is LABEL_MODULE; a code too long for ``max_width`` gets a narrower module.
    """
    runs, total = code128_runs(text, LABEL_QUIET_MODULES)
    module = min(LABEL_MODULE, max_width / total)
    draw_bars(canv, runs, module, x_centre - total * module / 2, y, height)


def _draw_fitted(canv: Canvas, text: str, font: str, size: float, x: float, y: float,
                 width: float, *, centred: bool = False) -> None:
    size = fit_size(text, font, size, width)
    canv.setFont(font, size)
    if centred:
        canv.drawCentredString(x + width / 2, y, text)
    else:
        canv.drawString(x, y, text)


def _draw_label(canv: Canvas, label: PickupLabel, font: str) -> None:
    """One 60 × 40 mm label: the code big, its barcode, then waybill, location, reason, date,
    recipient."""
    width, height = LABEL_SIZE
    inner = width - 2 * LABEL_MARGIN
    x = LABEL_MARGIN
    canv.setFillColor(colors.black)
    _draw_fitted(canv, label.pickup_code, font, 24, x, height - LABEL_MARGIN - 7.5 * mm, inner,
                 centred=True)
    bar_y = height - LABEL_MARGIN - 9 * mm - LABEL_BAR_HEIGHT
    _draw_code128(canv, label.pickup_code, width / 2, bar_y, width, LABEL_BAR_HEIGHT)
    lines = [
        f"运单 {label.waybill_no}",
        f"库位 {label.location}　{label.reason}",
        f"入库 {label.in_on}　收件人 {label.recipient}",
    ]
    y = bar_y - 3.6 * mm
    for n, text in enumerate(lines):
        _draw_fitted(canv, text, font, 8.5 if n == 0 else 7.5, x, y, inner)
        y -= 3.7 * mm


SMALL_LABEL_SIZE = (40 * mm, 30 * mm)
"""The small class label (40 × 30 mm): what a shelf needs, no more."""
SMALL_LABEL_MARGIN = 1.5 * mm
SMALL_LABEL_BAR_HEIGHT = 6 * mm
WAYBILL_TAIL = 6
"""The waybill's last digits on the small label (what a clerk reads aloud to find it)."""


def _draw_small_label(canv: Canvas, label: PickupLabel, font: str, reprint: bool) -> None:
    """One 40 × 30 mm label: the pickup code large, the shelf, the waybill's tail, and the
    code's barcode when it fits at the full module (a narrower one would not scan); a reprint's
    「补打」 in the bottom-right corner, where it covers nothing."""
    width, height = SMALL_LABEL_SIZE
    inner = width - 2 * SMALL_LABEL_MARGIN
    x = SMALL_LABEL_MARGIN
    canv.setFillColor(colors.black)
    top = height - SMALL_LABEL_MARGIN
    _draw_fitted(canv, label.pickup_code, font, 22, x, top - 7 * mm, inner, centred=True)
    y = top - 8.2 * mm
    _runs, total = code128_runs(label.pickup_code, LABEL_QUIET_MODULES)
    if total * LABEL_MODULE <= width:  # the quiet zones may reach the label's edges
        y -= SMALL_LABEL_BAR_HEIGHT
        _draw_code128(canv, label.pickup_code, width / 2, y, width, SMALL_LABEL_BAR_HEIGHT)
    y -= 4.4 * mm
    _draw_fitted(canv, f"库位 {label.location}", font, 11, x, y, inner)
    y -= 4.2 * mm
    tail = label.waybill_no[-WAYBILL_TAIL:]
    last = inner
    if reprint:
        size = 7
        box_w = canv.stringWidth(REPRINT_MARK, font, size) + 2 * mm
        canv.saveState()
        canv.setLineWidth(1)
        canv.rect(width - SMALL_LABEL_MARGIN - box_w, SMALL_LABEL_MARGIN, box_w,
                  size + 1.5 * mm, stroke=1, fill=0)
        canv.setFont(font, size)
        canv.drawString(width - SMALL_LABEL_MARGIN - box_w + 1 * mm,
                        SMALL_LABEL_MARGIN + 0.25 * size + 0.5 * mm, REPRINT_MARK)
        canv.restoreState()
        last = inner - box_w - 1 * mm
    _draw_fitted(canv, f"运单尾号 {tail}　{label.in_on}", font, 7.5, x, max(y, x), last)


def render_pickup_labels_pdf(labels: list[PickupLabel], font_path: Path | None = None, *,
                             reprint: bool = False, size: str | None = None) -> bytes:
    """Render the pickup-code labels (issue 5 §2), one label per page.

    On 60 × 40 mm stock each label shows the pickup code in large type and as a Code128
    barcode, then the waybill number, the location and reason, the date in and the (already
    masked) recipient; on 40 × 30 mm stock (issue 15 §2) the code large, the shelf, the
    waybill's last digits and the date, and the barcode when it fits. A value too long for
    the label is shrunk, never cut. Byte-for-byte reproducible.

    Args:
        labels: the labels, printed in this order.
        reprint: mark each label 「补打」 (a reprint) in the top-right corner.
        font_path: a TrueType-outline CJK font, embedded as a subset; default the bundled
            resources/fonts/wqy-microhei.ttc.
        size: ``"60x40"`` (the default) or ``"40x30"``: the stock chosen on the printing PC
            (``ui.printing.PrintSetups.label_stock``, a print setting of the pickup label).

    Returns:
        The PDF file content.

    Raises:
        ValueError: when ``labels`` is empty (a PDF needs at least one page), or ``size`` is
            not a stock.
    """
    if not labels:
        raise ValueError("no pickup labels to print")
    stock = size or DEFAULT_PICKUP_LABEL
    if stock not in PICKUP_LABEL_SIZES:
        raise ValueError(f"no pickup label stock {stock!r}")
    small = stock == "40x30"
    page = SMALL_LABEL_SIZE if small else LABEL_SIZE
    font = form_font(font_path)
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=page, invariant=1, initialFontName=font)
    canv.setTitle("取件码标签")
    canv.setCreator("counter-app")
    for label in labels:
        if small:
            _draw_small_label(canv, label, font, reprint)
        else:
            _draw_label(canv, label, font)
            if reprint:
                stamp_reprint(canv, page[0], page[1], font, size=8)
        canv.showPage()
    canv.save()
    return buf.getvalue()


# --- WH-12: the EMS register -----------------------------------------------------------------

EMS_PAGE = landscape(A4)
_EMS_COL_MM = (10, 22, 34, 30, 0, 16, 18, 18, 16, 16, 22, 20)
"""Widths of EMS_COLUMNS; 目的地 (0) takes the rest of the frame width."""
EMS_NUMERIC = tuple(EMS_COLUMNS.index(c) for c in ("重量(kg)", "EMS费用", "已付运费", "需补收"))
EMS_SIGN_LABELS = ("经办人签字：", "财务签字：")


def ems_column_widths() -> list[float]:
    """The widths (points) of the EMS table's columns, left aligned at MARGIN."""
    return column_widths(_EMS_COL_MM, 4, frame_width(EMS_PAGE))


def _ems_table(register: EmsRegister, font: str) -> Table:
    align = [("ALIGN", (0, 1), (0, -1), "CENTER"),
             *(("ALIGN", (c, 1), (c, -1), "RIGHT") for c in EMS_NUMERIC)]
    return totalled_table(EMS_COLUMNS, ems_rows(register), ems_total_row(register),
                          ems_column_widths(), font, align)


def render_ems_register_pdf(register: EmsRegister, font_path: Path | None = None) -> bytes:
    """Render the EMS register of a period for finance (转发EMS登记表, WH-12), A4 landscape.

    The station header and title; the period, the count and the totals; the table of
    EMS_COLUMNS (cells exactly ``ems_rows``, shared with the XLSX and CSV), its header
    repeated on every page, and the totals row ``ems_total_row``; 「第 x 页 共 y 页」 on every
    page; the lines for the clerk's (经办人) and finance's (财务) signature and the date.
    Byte-for-byte reproducible.

    Args:
        register: the register of the period.
        font_path: a TrueType-outline CJK font, embedded as a subset; default the bundled
            resources/fonts/wqy-microhei.ttc.

    Returns:
        The PDF file content.
    """
    font = form_font(font_path)
    width = frame_width(EMS_PAGE)
    station = register.header
    info_w = [16 * mm, 0.0, 16 * mm, 24 * mm, 26 * mm, 30 * mm, 26 * mm, 30 * mm]
    info_w[1] = width - sum(info_w)
    story: list[Flowable] = [
        *station_block(station, EMS_TITLE, font, width),
        info_table([("期间", f"{register.start} 至 {register.end}"),
                    ("合计", f"{len(register.lines)} 票"),
                    ("EMS费用合计", register.total_fee),
                    ("需补收合计", register.total_shortfall)], info_w, font),
        Spacer(1, 4 * mm),
        _ems_table(register, font),
        KeepTogether([
            Spacer(1, 4 * mm),
            signature_table([(EMS_SIGN_LABELS[0], "日期：", DATE_LINE),
                             (EMS_SIGN_LABELS[1], "日期：", DATE_LINE)], font, width * 0.7),
        ]),
    ]
    running = f"{EMS_TITLE}（续）　{station.name}　{period_text(register)}"
    return build_pdf(story, EMS_PAGE, font, running,
                     f"{EMS_TITLE} {register.start}~{register.end}", station)
