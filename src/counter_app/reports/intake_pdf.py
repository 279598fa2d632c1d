"""The counter intake's printed forms (前台收寄, issue 4): the 100 × 150 mm counter slip of an
accepted parcel (CI-7), the shift summary (§10) and an account customer's monthly statement."""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from counter_app.reports.form_layout import (
    DATE_LINE,
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
from counter_app.reports.intake_lists import (
    STATEMENT_TITLE,
    statement_rows,
    statement_total_row,
)
from counter_app.reports.misroute_pdf import code128_runs
from counter_app.reports.paging import fit_size
from counter_app.services.intake_dto import (
    STATEMENT_COLUMNS,
    AccountStatement,
    ClerkTotals,
    CounterSlip,
    ShiftSummary,
)

BOLD_STROKE = 0.045
"""The CJK font has no bold face: bold text is filled and stroked with this × size."""


# --- CI-7: the counter slip --------------------------------------------------------------------

SLIP_SIZE = (100 * mm, 150 * mm)
"""The common thermal label stock (100 × 150 mm), one slip per page."""
SLIP_MARGIN = 3 * mm
"""The slip's frame is this far inside the paper edge."""
SLIP_PAD = 2 * mm
MODULE_STEP = 0.254 * mm
"""Code128 module widths are whole multiples of 1/100 inch: whole dots at 200/300/600 dpi."""
MAX_MODULE_STEPS = 2
QUIET_MODULES = 10
BARCODE_HEIGHT = 14 * mm


def _from_top(distance_mm: float) -> float:
    """The y coordinate (points from the bottom) of a line ``distance_mm`` below the top edge."""
    return float(SLIP_SIZE[1] - distance_mm * mm)


# The slip's bands, top to bottom, in mm from the top edge of the paper.
_HEADER_MM = (3, 13)
_DEST_MM = (13, 27)
_BARCODE_MM = (27, 50)
_MARKS_MM = (50, 58)
_RECIPIENT_MM = (58, 85)
_SENDER_MM = (85, 105)
_DETAILS_MM = (105, 135)
_FOOTER_MM = (135, 147)

BARCODE_BOTTOM = _from_top(_BARCODE_MM[0] + 2) - BARCODE_HEIGHT
"""The y coordinate of the bottom of the bars (points from the bottom of the page)."""
AIR_BANNED_MARK = "航空禁运"
FRAGILE_MARK = "易碎"
COUNTER_MARK = "门市"
RECIPIENT_BADGE = "收"
SENDER_BADGE = "寄"
TOTAL_LABEL = "合计"
SLIP_LABELS = ("电话", "物品", "件数", "计费重量", "付款方式", "保价金额", "代收货款",
               "到付金额", "协议客户", TOTAL_LABEL, "收寄时间", "收寄员", RECIPIENT_BADGE,
               SENDER_BADGE, AIR_BANNED_MARK, FRAGILE_MARK, COUNTER_MARK)
"""Every fixed word the slip prints; everything else on it is a value of the CounterSlip."""

_TOKENS = re.compile(r"[!-~]+|\s|.")
"""Line-break units: a run of ASCII (a house number, a phone) stays whole; any other
character (CJK) may break anywhere."""


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``; no character but spaces is lost."""
    lines: list[str] = []
    line = ""

    def fits(candidate: str) -> bool:
        return bool(stringWidth(candidate, font, size) <= width)

    for token in _TOKENS.findall(text):
        if fits(line + token):
            line += token
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = ""
        if token.isspace():
            continue
        if fits(token):
            line = token
            continue
        for char in token:  # an ASCII run longer than a line
            if line and not fits(line + char):
                lines.append(line)
                line = ""
            line += char
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def _fit_block(text: str, font: str, size: float, width: float, height: float,
               leading: float = 1.18, min_size: float = 4.0) -> tuple[float, list[str]]:
    """The largest size up to ``size`` at which ``text`` wrapped to ``width`` fits in
    ``height``, and its lines. Nothing is ever cut: the text shrinks instead."""
    while True:
        lines = _wrap(text, font, size, width)
        if len(lines) * size * leading <= height or size <= min_size:
            return size, lines
        size = max(min_size, round(size - 0.5, 1))


def _text(canv: Canvas, text: str, font: str, size: float, x: float, y: float, *,
          align: str = "left", bold: bool = False, white: bool = False) -> None:
    """One line at baseline ``y``; ``x`` is its left, centre or right edge by ``align``."""
    width = stringWidth(text, font, size)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    colour = colors.white if white else colors.black
    canv.saveState()
    canv.setFillColor(colour)
    canv.setStrokeColor(colour)
    obj = canv.beginText(x, y)
    obj.setFont(font, size)
    if bold:
        canv.setLineWidth(size * BOLD_STROKE)
        obj.setTextRenderMode(2)
    obj.textOut(text)
    canv.drawText(obj)
    canv.restoreState()


def _fitted(canv: Canvas, text: str, font: str, size: float, x: float, y: float, width: float,
            *, align: str = "left", bold: bool = False) -> float:
    """Like ``_text``, shrunk to fit ``width``; returns the size used."""
    size = fit_size(text, font, size, width)
    _text(canv, text, font, size, x, y, align=align, bold=bold)
    return size


def _lines(canv: Canvas, lines: list[str], font: str, size: float, x: float, top: float,
           leading: float = 1.18, *, bold: bool = False) -> None:
    """Lines of ``size`` from ``top`` down."""
    y = top - size * 0.9
    for line in lines:
        _text(canv, line, font, size, x, y, bold=bold)
        y -= size * leading


def module_width(modules: int, max_width: float) -> float:
    """The Code128 module width for a code of ``modules`` (with quiet zones) in ``max_width``.

    The widest whole multiple of MODULE_STEP up to MAX_MODULE_STEPS that fits, so each bar is
    a whole number of printer dots; a code too long for that gets a narrower module.
    """
    for steps in range(MAX_MODULE_STEPS, 0, -1):
        if modules * steps * MODULE_STEP <= max_width:
            return float(steps * MODULE_STEP)
    return max_width / modules


def _draw_code128(canv: Canvas, text: str, x_centre: float, y: float, max_width: float,
                  height: float) -> None:
    """Code128 bars of ``text`` (python-barcode), centred at ``x_centre``, bottom at ``y``."""
    runs, total = code128_runs(text, QUIET_MODULES)
    module = module_width(total, max_width)
    draw_bars(canv, runs, module, x_centre - total * module / 2, y, height)


def _mark_box(canv: Canvas, text: str, font: str, size: float, x: float, bottom: float,
              height: float, *, border: float) -> float:
    """A boxed bold word with its left edge at ``x``; returns the box's width."""
    width = float(stringWidth(text, font, size) + 4 * mm)
    canv.saveState()
    canv.setLineWidth(border)
    canv.rect(x, bottom, width, height, stroke=1, fill=0)
    canv.restoreState()
    _text(canv, text, font, size, x + width / 2, bottom + (height - size * 0.72) / 2,
          align="centre", bold=True)
    return width


class _Slip:
    """Draws one slip; x runs from ``left`` to ``right`` inside the frame."""

    def __init__(self, canv: Canvas, slip: CounterSlip, font: str) -> None:
        self.canv = canv
        self.slip = slip
        self.font = font
        self.left = SLIP_MARGIN + SLIP_PAD
        self.right = SLIP_SIZE[0] - SLIP_MARGIN - SLIP_PAD
        self.width = self.right - self.left

    def draw(self) -> None:
        canv = self.canv
        canv.setLineWidth(1.0)
        canv.rect(SLIP_MARGIN, SLIP_MARGIN, SLIP_SIZE[0] - 2 * SLIP_MARGIN,
                  SLIP_SIZE[1] - 2 * SLIP_MARGIN)
        canv.setLineWidth(0.7)
        for top in (_DEST_MM[0], _BARCODE_MM[0], _MARKS_MM[1], _RECIPIENT_MM[1],
                    _SENDER_MM[1], _DETAILS_MM[1]):
            canv.line(SLIP_MARGIN, _from_top(top), SLIP_SIZE[0] - SLIP_MARGIN, _from_top(top))
        self._header()
        self._destination()
        self._barcode()
        self._marks()
        self._party(_RECIPIENT_MM, RECIPIENT_BADGE, self.slip.recipient,
                    self.slip.recipient_phone, self.slip.recipient_address, 12, 11)
        self._party(_SENDER_MM, SENDER_BADGE, self.slip.sender, self.slip.sender_phone,
                    self.slip.sender_address, 9.5, 9)
        self._details()
        self._footer()

    def _header(self) -> None:
        slip, font = self.slip, self.font
        top = _from_top(_HEADER_MM[0])
        _fitted(self.canv, slip.carrier, font, 15, self.left, top - 7 * mm, self.width * 0.42,
                bold=True)
        station_w = self.width * 0.56
        _fitted(self.canv, slip.header.name, font, 8.5, self.right, top - 4 * mm, station_w,
                align="right")
        if slip.header.phone:
            _fitted(self.canv, f"电话 {slip.header.phone}", font, 7.5, self.right,
                    top - 7.6 * mm, station_w, align="right")

    def _destination(self) -> None:
        """The destination, big: one line down to 16 pt, else two or more lines."""
        top, bottom = _from_top(_DEST_MM[0]), _from_top(_DEST_MM[1])
        text = self.slip.destination
        size = fit_size(text, self.font, 26, self.width)
        if size >= 16:
            y = (top + bottom) / 2 - size * 0.36
            _text(self.canv, text, self.font, size, SLIP_SIZE[0] / 2, y, align="centre",
                  bold=True)
            return
        size, lines = _fit_block(text, self.font, 18, self.width, top - bottom - 2 * mm,
                                 leading=1.12)
        _lines(self.canv, lines, self.font, size, self.left, top - 1 * mm, leading=1.12,
               bold=True)

    def _barcode(self) -> None:
        _draw_code128(self.canv, self.slip.waybill_no, SLIP_SIZE[0] / 2, BARCODE_BOTTOM,
                      self.width, BARCODE_HEIGHT)
        _fitted(self.canv, self.slip.waybill_no, self.font, 12, SLIP_SIZE[0] / 2,
                BARCODE_BOTTOM - 4.6 * mm, self.width, align="centre")

    def _marks(self) -> None:
        """The service, and 航空禁运 / 易碎 in heavy boxes."""
        slip, font = self.slip, self.font
        bottom = _from_top(_MARKS_MM[1]) + 1.2 * mm
        height = (_MARKS_MM[1] - _MARKS_MM[0] - 2.4) * mm
        x = self.left
        x += _mark_box(self.canv, slip.service, font, 12, x, bottom, height, border=0.8)
        x += 3 * mm
        if slip.air_banned:
            x += _mark_box(self.canv, AIR_BANNED_MARK, font, 13, x, bottom, height,
                           border=2.2)
            x += 3 * mm
        if slip.fragile:
            _mark_box(self.canv, FRAGILE_MARK, font, 13, x, bottom, height, border=2.2)

    def _party(self, band: tuple[int, int], badge: str, name: str, phone: str, address: str,
               name_size: float, address_size: float) -> None:
        """The recipient or sender: a black badge, name and phone, the address wrapped."""
        canv, font = self.canv, self.font
        top, bottom = _from_top(band[0]), _from_top(band[1])
        badge_w = 7 * mm
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.rect(self.left, top - 1.5 * mm - badge_w, badge_w, badge_w, stroke=0, fill=1)
        canv.restoreState()
        _text(canv, badge, font, 15, self.left + badge_w / 2, top - 1.5 * mm - badge_w + 1.6 * mm,
              align="centre", bold=True, white=True)
        x = self.left + badge_w + 2.5 * mm
        width = self.right - x
        line1 = f"{name}　{phone}"
        size = _fitted(canv, line1, font, name_size, x, top - 1.5 * mm - name_size * 0.9,
                       width, bold=True)
        addr_top = top - 1.5 * mm - size * 1.2 - 1 * mm
        addr_size, lines = _fit_block(address, font, address_size, width,
                                      addr_top - bottom - 1.2 * mm)
        _lines(canv, lines, font, addr_size, x, addr_top)

    def _details(self) -> None:
        """Left: contents, quantity, weight, payment and the optional amounts; right: the
        fee lines and the total."""
        slip, canv, font = self.slip, self.canv, self.font
        top, bottom = _from_top(_DETAILS_MM[0]), _from_top(_DETAILS_MM[1])
        mid = self.left + self.width * 0.56  # the fee amounts need less room than the values
        canv.setLineWidth(0.5)
        canv.line(mid, top, mid, bottom)
        rows = [("物品", slip.contents), ("件数", slip.quantity), ("计费重量", slip.weight),
                ("付款方式", slip.payment)]
        rows += [(label, value) for label, value in (
            ("保价金额", slip.declared_value), ("代收货款", slip.cod_amount),
            ("到付金额", slip.collect_amount), ("协议客户", slip.account)) if value]
        avail = top - bottom - 2 * mm
        pitch = min(4.4 * mm, avail / len(rows))
        size = min(8.5, pitch / 1.25)
        label_w = stringWidth("计费重量", font, size) + 1.5 * mm
        col_w = mid - self.left - 1.5 * mm
        y = top - 1 * mm - pitch + (pitch - size) / 2 + size * 0.12
        for label, value in rows:
            _text(canv, label, font, size, self.left, y)
            _fitted(canv, value, font, size, self.left + label_w, y, col_w - label_w)
            y -= pitch
        fees = [(line.label, line.amount) for line in slip.lines]
        pitch = min(4.4 * mm, (top - bottom - 4.5 * mm) / (len(fees) + 1))
        size = min(8.5, pitch / 1.25)
        x0, x1 = mid + 1.5 * mm, self.right
        y = top - 1 * mm - pitch + (pitch - size) / 2 + size * 0.12
        for label, amount in fees:
            amount_w = stringWidth(amount, font, size)
            _fitted(canv, label, font, size, x0, y, x1 - x0 - amount_w - 1.5 * mm)
            _text(canv, amount, font, size, x1, y, align="right")
            y -= pitch
        rule_y = y + pitch - 0.3 * size - 0.8 * mm
        canv.setLineWidth(0.5)
        canv.line(x0, rule_y, x1, rule_y)
        total_size = min(size + 1.5, 10.5)
        y = rule_y - 1 * mm - 0.75 * total_size
        _text(canv, TOTAL_LABEL, font, total_size, x0, y, bold=True)
        label_w = stringWidth(TOTAL_LABEL, font, total_size) + 2 * mm
        _fitted(canv, slip.total, font, total_size, x1, y, x1 - x0 - label_w, align="right",
                bold=True)

    def _footer(self) -> None:
        """Accepted-at and clerk; a prepaid counter waybill's price and 门市 bottom right."""
        slip, canv, font = self.slip, self.canv, self.font
        top, bottom = _from_top(_FOOTER_MM[0]), _from_top(_FOOTER_MM[1])
        box_w = 46 * mm
        text_w = self.width - (box_w + 2 * mm if slip.counter_mark else 0)
        _fitted(canv, f"收寄时间 {slip.accepted_at}", font, 8, self.left, top - 4.2 * mm,
                text_w)
        _fitted(canv, f"收寄员 {slip.clerk}" + (f"  【{slip.mark}】" if slip.mark else ""),
                font, 8, self.left, top - 8.6 * mm, text_w)  # 补打 / 更正 / 作废 (issue 16)
        if not slip.counter_mark:
            return
        box_h = top - bottom - 2 * mm
        x, y = self.right - box_w, bottom + 0.6 * mm
        word_w = 17 * mm
        canv.saveState()
        canv.setLineWidth(1.6)
        canv.rect(x, y, box_w, box_h, stroke=1, fill=0)
        canv.setFillColor(colors.black)
        canv.rect(x + box_w - word_w, y, word_w, box_h, stroke=0, fill=1)
        canv.restoreState()
        price_w = box_w - word_w - 2 * mm
        size = fit_size(slip.total, font, 14, price_w)
        _text(canv, slip.total, font, size, x + price_w / 2 + 1 * mm, y + box_h / 2 - size * 0.36,
              align="centre", bold=True)
        _text(canv, COUNTER_MARK, font, 14, x + box_w - word_w / 2, y + box_h / 2 - 14 * 0.36,
              align="centre", bold=True, white=True)


def render_counter_slip_pdf(slip: CounterSlip, font_path: Path | None = None, *,
                            reprint: bool = False) -> bytes:
    """Render the counter slip of an accepted parcel (面单, CI-7), one 100 × 150 mm page.

    Top to bottom: the carrier and the station; the destination in large type; the waybill
    number as a Code128 barcode (python-barcode) with the number under it; the service and,
    when they apply, the heavy boxed marks 航空禁运 (CI-3) and 易碎 (CI-2); the recipient and
    the sender (names and phones as masked in ``slip``, the address wrapped and shrunk to its
    band, never cut); contents, quantity, chargeable weight, payment and the non-empty
    declared value / 代收货款 / 到付 amount / account beside the fee lines and the total;
    accepted-at and clerk (and 【补打】/【更正】/【作废】 on a later print); a prepaid counter
    waybill's price and 「门市」 in the bottom-right
    corner. Only values of ``slip`` are printed (there is no identity document on a slip, 条例
    art. 22). Byte-for-byte reproducible.

    Args:
        slip: the slip, every value already the printed text.
        reprint: mark the copy 「补打」 (a reprint) in the top-right corner.
        font_path: a TrueType-outline CJK font, embedded as a subset; default the bundled
            resources/fonts/wqy-microhei.ttc.

    Returns:
        The PDF file content.
    """
    font = form_font(font_path)
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=SLIP_SIZE, invariant=1, initialFontName=font)
    canv.setTitle(f"面单 {slip.waybill_no}")
    canv.setAuthor(slip.header.name)
    canv.setCreator("counter-app")
    _Slip(canv, slip, font).draw()
    if reprint:
        stamp_reprint(canv, SLIP_SIZE[0], SLIP_SIZE[1], font)
    canv.showPage()
    canv.save()
    return buf.getvalue()


# --- A4 forms ----------------------------------------------------------------------------------

PAGE = A4
FRAME_WIDTH = frame_width(PAGE)
_SIGN_LABEL_WIDTH = 34 * mm
"""The intake forms' signature labels are longer than the warehouse's."""


def _widths(fixed_mm: tuple[float, ...], rest: int) -> list[float]:
    """Column widths (points): ``fixed_mm`` with a 0 at ``rest``, which takes the remainder."""
    return column_widths(fixed_mm, rest, FRAME_WIDTH)


# --- §10: the shift summary --------------------------------------------------------------------

SHIFT_TITLE = "前台收寄交班汇总"
CLERK_COLUMNS = ("收寄员", "收寄件数", "现金(件/元)", "扫码(件/元)", "到付(件/元)",
                 "协议结算(件/元)", "拒收", "改价")
REFUSAL_TITLE = "拒收登记"
REFUSAL_COLUMNS = ("时间", "收寄员", "物品", "原因", "寄件人电话")
OVERRIDE_TITLE = "改价记录"
OVERRIDE_COLUMNS = ("时间", "运单号", "收寄员", "报价", "实收", "原因", "批准人")
CHANGE_TITLE = "作废及更正"
CHANGE_COLUMNS = ("时间", "运单号", "经办", "原运费", "现运费", "更正内容", "原因", "批准人")
SHIFT_SIGN_LABELS = ("交班人签字：", "接班人签字：")
SHIFT_NOTE = "以上收寄件数及各项款项已当面点交清楚，双方签字为凭。"
_CLERK_COL_MM = (24, 18, 0, 30, 30, 30, 14, 14)
_REFUSAL_COL_MM = (32, 22, 40, 0, 32)
_OVERRIDE_COL_MM = (30, 34, 18, 20, 20, 0, 22)
_CHANGE_COL_MM = (14, 34, 16, 16, 16, 26, 0, 16)


def clerk_row(totals: ClerkTotals, name: str | None = None) -> list[str]:
    """The printed cells of one clerk's (or, with ``name="合计"``, the shift's) figures, in
    CLERK_COLUMNS order; the four payment cells read 「件数 / 金额」."""
    return [name if name is not None else totals.clerk, str(totals.accepted),
            f"{totals.cash_count} / {totals.cash_total}",
            f"{totals.qr_count} / {totals.qr_total}",
            f"{totals.collect_count} / {totals.collect_total}",
            f"{totals.account_count} / {totals.account_total}",
            str(totals.refusals), str(totals.overrides)]


def _clerk_table(summary: ShiftSummary, font: str) -> Table:
    return totalled_table(CLERK_COLUMNS, [clerk_row(totals) for totals in summary.clerks],
                          clerk_row(summary.total, TOTAL_LABEL), _widths(_CLERK_COL_MM, 2), font,
                          [("ALIGN", (1, 1), (-1, -1), "RIGHT")])


def _section_table(title: str, columns: tuple[str, ...], rows: list[list[str]],
                   col_mm: tuple[float, ...], rest: int, font: str) -> Table:
    """A section: its title row and column header (both repeated when the table continues on
    the next page), then one row per entry, or 「（无）」."""
    return section_table(f"{title}　共 {len(rows)} 条", columns, rows, _widths(col_mm, rest),
                         font)


def _changes(summary: ShiftSummary, font: str) -> list[Flowable]:
    """作废及更正 (issue 16), printed only when the shift has any: a void leaves the counts
    and sums above, its fee shows as 原运费 and 现运费 reads 作废."""
    rows = [[x.at, x.waybill_no, x.clerk, x.amount, "作废", "", x.reason, x.approved_by]
            for x in summary.voids]
    rows += [[x.at, x.waybill_no, x.clerk, x.before, x.after, x.changed, x.reason,
              x.approved_by] for x in summary.corrections]
    if not rows:
        return []
    return [Spacer(1, 5 * mm),
            _section_table(CHANGE_TITLE, CHANGE_COLUMNS, rows, _CHANGE_COL_MM, 6, font)]


def render_shift_summary_pdf(summary: ShiftSummary, font_path: Path | None = None) -> bytes:
    """Render the counter's shift summary (前台收寄交班汇总, issue 4 §10), A4 portrait.

    The station header and title; day, shift, period and printed-at; a table per clerk of
    CLERK_COLUMNS (the payment cells 「件数 / 金额」) and the 合计 row of ``summary.total``;
    the sections 拒收登记 (时间 / 收寄员 / 物品 / 原因 / 寄件人电话) and 改价记录 (时间 / 运单号
    / 收寄员 / 报价 / 实收 / 原因 / 批准人), each 「（无）」 when empty and repeating its title
    and column header on a new page; the lines for the outgoing (交班人) and incoming
    (接班人) clerk's signature. 「第 x 页 共 y 页」 on every page. Byte-for-byte reproducible.

    Args:
        summary: the shift's figures, every value already the printed text.
        font_path: a TrueType-outline CJK font, embedded as a subset; default the bundled
            resources/fonts/wqy-microhei.ttc.

    Returns:
        The PDF file content.
    """
    font = form_font(font_path)
    station = summary.header
    info_w = [14 * mm, 26 * mm, 14 * mm, 18 * mm, 14 * mm, 0.0, 18 * mm, 34 * mm]
    info_w[5] = FRAME_WIDTH - sum(info_w)
    refusals = [[x.at, x.clerk, x.contents, x.reason, x.sender_phone] for x in summary.refusals]
    overrides = [[x.at, x.waybill_no, x.clerk, x.quoted, x.charged, x.reason, x.approved_by]
                 for x in summary.overrides]
    note = ParagraphStyle("note", fontName=font, fontSize=9.5, leading=13, alignment=TA_LEFT)
    story: list[Flowable] = [
        *station_block(station, SHIFT_TITLE, font, FRAME_WIDTH),
        info_table([("日期", summary.day), ("班次", summary.shift), ("时段", summary.period),
                    ("打印时间", summary.printed_at)], info_w, font),
        Spacer(1, 4 * mm),
        _clerk_table(summary, font),
        Spacer(1, 5 * mm),
        _section_table(REFUSAL_TITLE, REFUSAL_COLUMNS, refusals, _REFUSAL_COL_MM, 3, font),
        Spacer(1, 5 * mm),
        _section_table(OVERRIDE_TITLE, OVERRIDE_COLUMNS, overrides, _OVERRIDE_COL_MM, 5, font),
        *_changes(summary, font),
        KeepTogether([
            Spacer(1, 5 * mm),
            Paragraph(escape(SHIFT_NOTE), note),
            signature_table([(SHIFT_SIGN_LABELS[0], "交班时间：", TIME_LINE),
                             (SHIFT_SIGN_LABELS[1], "接班时间：", TIME_LINE)], font,
                            FRAME_WIDTH, label_width=_SIGN_LABEL_WIDTH),
        ]),
    ]
    running = (f"{SHIFT_TITLE}（续）　{station.name}　{summary.day}　{summary.shift}"
               f"　{summary.period}")
    return build_pdf(story, PAGE, font, running, f"{SHIFT_TITLE} {summary.day} {summary.shift}",
                     station)


# --- CI-7: an account customer's monthly statement -----------------------------------------------

_STATEMENT_COL_MM = (12, 22, 34, 0, 28, 22, 20, 18)
"""Widths of STATEMENT_COLUMNS; 目的地 (0) takes the rest of the frame width."""
STATEMENT_NUMERIC = tuple(STATEMENT_COLUMNS.index(c) for c in ("计费重量(kg)", "金额(元)"))
STATEMENT_SIGN_LABELS = ("客户确认（签章）：", "网点经办人：")


def statement_column_widths() -> list[float]:
    """The widths (points) of the statement table's columns, left aligned at MARGIN."""
    return _widths(_STATEMENT_COL_MM, STATEMENT_COLUMNS.index("目的地"))


def _statement_table(statement: AccountStatement, font: str) -> Table:
    align = [("ALIGN", (0, 1), (0, -1), "CENTER"),
             *(("ALIGN", (c, 1), (c, -1), "RIGHT") for c in STATEMENT_NUMERIC)]
    return totalled_table(STATEMENT_COLUMNS, statement_rows(statement),
                          statement_total_row(statement), statement_column_widths(), font, align)


def render_statement_pdf(statement: AccountStatement, font_path: Path | None = None) -> bytes:
    """Render an account customer's monthly statement (协议客户月结对账单), A4 portrait.

    The station header and title; account code and name, month, count and total; the table of
    STATEMENT_COLUMNS (cells exactly ``statement_rows``, shared with the XLSX and CSV), its
    header repeated on every page, and the 合计 row ``statement_total_row``; lines for the
    customer's and the station's signature. 「第 x 页 共 y 页」 on every page. Byte-for-byte
    reproducible.

    Args:
        statement: the month's statement.
        font_path: a TrueType-outline CJK font, embedded as a subset; default the bundled
            resources/fonts/wqy-microhei.ttc.

    Returns:
        The PDF file content.
    """
    font = form_font(font_path)
    station = statement.header
    info_w = [18 * mm, 26 * mm, 18 * mm, 0.0, 12 * mm, 20 * mm, 12 * mm, 34 * mm]
    info_w[3] = FRAME_WIDTH - sum(info_w)
    story: list[Flowable] = [
        *station_block(station, STATEMENT_TITLE, font, FRAME_WIDTH),
        info_table([("客户编号", statement.account_code), ("客户名称", statement.account_name),
                    ("月份", statement.month),
                    ("合计", f"{len(statement.lines)} 票　{statement.total}")], info_w, font),
        Spacer(1, 4 * mm),
        _statement_table(statement, font),
        KeepTogether([
            Spacer(1, 6 * mm),
            signature_table([(STATEMENT_SIGN_LABELS[0], "日期：", DATE_LINE),
                             (STATEMENT_SIGN_LABELS[1], "日期：", DATE_LINE)], font,
                            FRAME_WIDTH * 0.8, label_width=_SIGN_LABEL_WIDTH),
        ]),
    ]
    running = (f"{STATEMENT_TITLE}（续）　{station.name}　{statement.account_code}　"
               f"{statement.account_name}　{statement.month}")
    return build_pdf(story, PAGE, font, running,
                     f"{STATEMENT_TITLE} {statement.account_code} {statement.month}", station)
