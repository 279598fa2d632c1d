"""The night desk's printed receipt forms: batch cover (RE-6) and courier's COD list (RE-7)."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counter_app.reports.form_layout import (
    BOTTOM_MARGIN,
    CELL_PAD,
    FONT_SIZE,
    LABEL_SHADE,
    MARGIN,
    TOP_MARGIN,
    station_block,
)
from counter_app.reports.misroute_pdf import register_font
from counter_app.reports.paging import fit_size
from counter_app.services.dto import StationHeader
from counter_app.services.receipt_dto import BatchCover, CodLine, CodList, ReceiptSheet

# A5 portrait for both forms: the cover is laid on top of the stack of receipts (RE-6) and the
# COD list on top of the torn-out 到付 receipts (RE-7); one paper size keeps the close-batch
# print a single job.
PAGE_SIZE = A5
ROW_HEIGHT = 6.5 * mm
"""Every COD row has this height; values shrink to stay on one line (never cut)."""
SHADE = colors.HexColor("#E6E6E6")

COVER_TITLE = "回单批次封面"
COD_TITLE = "到付单清单"
COD_COLUMNS = ("序号", "运单号", "签收人", "件数", "应收", "实收", "备注")
_COD_COL_MM = (9, 31, 17, 8, 15, 15)
"""Widths of COD_COLUMNS but the last; 备注 takes the rest of the frame width."""
FLAG_MARK = "★"
FLAG_TEXT = f"{FLAG_MARK} 金额不符（已确认）"
FLAG_LEGEND = f"{FLAG_MARK} 金额不符：实收与应收不一致，录入时已由录入员确认。"
EMPTY_TEXT = "无到付件"
KIND_LABELS = {"courier": "业务员", "driver": "驾驶员"}
"""Stored ``CourierKind`` values, should a caller pass one instead of the printed word."""


def _station_block(station: StationHeader, title: str, font: str, width: float,
                   title_size: float) -> list[Flowable]:
    """The station header and the form title, a little smaller than on the A4 forms."""
    return station_block(station, title, font, width, name_size=13, line_size=8,
                         title_size=title_size)


@dataclass(frozen=True)
class _Form:
    """Which form a page belongs to: pages are numbered within their form."""

    key: str
    font: str
    running: str
    """Printed at the top of the form's pages after the first."""
    numbered: bool


class _FormCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Holds the pages back until the end to print 「第 x 页 共 y 页」 per form.

    The page templates' ``onPage`` sets ``form`` at the start of each page.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.form: _Form | None = None
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["form"] for state in self._pages)
        seen: Counter[_Form | None] = Counter()
        for state in self._pages:
            self.__dict__.update(state)
            seen[self.form] += 1
            if self.form is not None:
                self._decorate(self.form, seen[self.form], totals[self.form])
            super().showPage()
        super().save()

    def _decorate(self, form: _Form, number: int, total: int) -> None:
        width, height = PAGE_SIZE
        self.saveState()
        self.setFillColor(colors.black)
        font = form.font
        if number > 1 and form.running:
            size = fit_size(form.running, font, 8, width - 2 * MARGIN)
            self.setFont(font, size)
            self.drawString(MARGIN, height - 9 * mm, form.running)
        if form.numbered:
            self.setFont(font, 8)
            self.drawCentredString(width / 2, 7 * mm, f"第 {number} 页 共 {total} 页")
        self.restoreState()


def _template(form: _Form) -> PageTemplate:
    frame = Frame(MARGIN, BOTTOM_MARGIN, PAGE_SIZE[0] - 2 * MARGIN,
                  PAGE_SIZE[1] - TOP_MARGIN - BOTTOM_MARGIN, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id=form.key)

    def on_page(canv: _FormCanvas, doc: BaseDocTemplate) -> None:
        canv.form = form

    return PageTemplate(id=form.key, frames=[frame], onPage=on_page, pagesize=PAGE_SIZE)


def _frame_size() -> tuple[float, float]:
    """Usable width and height of a page's frame (less 1 pt of rounding slack)."""
    width = PAGE_SIZE[0] - 2 * MARGIN
    height = PAGE_SIZE[1] - TOP_MARGIN - BOTTOM_MARGIN - 1
    return width, height


def _height(flowables: list[Flowable], width: float, avail: float) -> float:
    """The height the flowables take in a frame, with the space before and after each."""
    return float(sum(f.wrap(width, avail)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                     for f in flowables))


# --- RE-6: the batch cover -------------------------------------------------------------------


def _cover_form(font: str) -> _Form:
    return _Form("cover", font, "", numbered=False)


def _kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind) or "业务员"


def _cover_story(cover: BatchCover, font: str) -> list[Flowable]:
    """RE-6: name of the courier or driver, number of receipts and the date, written big on
    the first receipt; here also pieces, 到付, late entries (RE-1), who entered, when closed.

    Every value is shrunk to one line and every row has a fixed height, so the cover is always
    exactly one page.
    """
    width, _ = _frame_size()
    label_w = 30 * mm
    value_w = width - label_w
    rows: list[tuple[str, str, float, float]] = [  # label, value, font size, row height (mm)
        (_kind_label(cover.courier_kind), cover.courier, 44, 26),
        ("派送日期", cover.delivery_date, 28, 17),
        ("回单数量", f"{cover.count} 张", 44, 26),
        ("件数", f"{cover.pieces} 件", 20, 13),
        ("到付", f"{cover.cod_count} 票　合计 {cover.cod_total} 元", 20, 13),
        ("逾期录入", f"{cover.late_count} 张", 20, 13),
        *([("清单应有", f"{cover.expected} 件　未录 {cover.missing} 件", 20, 13)]
          if cover.expected is not None else []),
        ("录入员", cover.entered_by, 15, 11),
        ("封批时间", cover.closed_at, 15, 11),
    ]
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (0, -1), 12),
        ("LEADING", (0, 0), (0, -1), 14),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * CELL_PAD),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_SHADE),
    ]
    data = []
    for r, (label, value, size, _) in enumerate(rows):
        fitted = fit_size(value, font, size, value_w - 4 * CELL_PAD)
        cmds += [("FONTSIZE", (1, r), (1, r), fitted), ("LEADING", (1, r), (1, r), fitted * 1.2)]
        data.append([label, value])
    table = Table(data, colWidths=[label_w, value_w], rowHeights=[h * mm for *_, h in rows],
                  style=TableStyle(cmds))
    note = ParagraphStyle("note", fontName=font, fontSize=9, leading=12, alignment=TA_CENTER,
                          textColor=colors.HexColor("#444444"))
    return [
        *_station_block(cover.station, COVER_TITLE, font, width, 20),
        table,
        Spacer(1, 6 * mm),
        Paragraph("请将本页放在该批回单的最上面（到付单另附清单）", note),
    ]


# --- RE-7: the courier's COD list ------------------------------------------------------------


def _cod_form(cod: CodList, font: str) -> _Form:
    running = (f"{COD_TITLE}（续）　派件员：{cod.courier}　派送日期：{cod.delivery_date}"
               f"　{cod.station.name}")
    return _Form("cod", font, running, numbered=True)


@dataclass
class _Row:
    """One row of the COD table and its own style commands (column ranges only)."""

    cells: list[Any]
    cmds: list[tuple[Any, ...]] = field(default_factory=list)
    keep_with_previous: bool = False


def _line_row(line: CodLine, font: str, col_w: list[float]) -> _Row:
    """A 到付 receipt; a flagged one is shaded and says so in 备注 (RE-3, RE-7)."""
    values = [str(line.seq), line.waybill_no, line.signer, str(line.pieces), line.expected,
              line.amount, FLAG_TEXT if line.flagged else ""]
    row = _Row(values)
    for c, value in enumerate(values):
        size = fit_size(value, font, FONT_SIZE, col_w[c] - 2 * CELL_PAD)
        if size != FONT_SIZE:
            row.cmds.append(("FONTSIZE", c, c, size))
    if line.flagged:
        row.cmds += [("BACKGROUND", 0, -1, SHADE), ("BOX", 5, 5, 1.2, colors.black)]
    return row


def _cod_rows(cod: CodList, font: str, col_w: list[float]) -> list[_Row]:
    """The lines in the given order, or 「无到付件」, then the total (count, pieces, amount)."""
    rows = [_line_row(line, font, col_w) for line in cod.lines]
    if not rows:
        rows.append(_Row([EMPTY_TEXT] + [""] * 6, [("SPAN", 0, -1), ("ALIGN", 0, -1, "CENTER")]))
    pieces = sum(line.pieces for line in cod.lines)
    rows.append(_Row([f"合计：{cod.count} 票", "", "", str(pieces), "", cod.total, "元"],
                     [("SPAN", 0, 2), ("ALIGN", 0, 2, "LEFT"), ("BACKGROUND", 0, -1, LABEL_SHADE),
                      ("LINEABOVE", 0, -1, 1.2, colors.black)], keep_with_previous=True))
    return rows


def _cod_table(rows: list[_Row], font: str, col_w: list[float]) -> Table:
    """One page's table: the column header, then ``rows``."""
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (3, 1), (5, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
    ]
    for r, row in enumerate(rows, start=1):
        for name, c0, c1, *args in row.cmds:
            cmds.append((name, (c0, r), (c1, r), *args))
    data = [list(COD_COLUMNS), *(row.cells for row in rows)]
    return Table(data, colWidths=col_w, rowHeights=ROW_HEIGHT, style=TableStyle(cmds),
                 repeatRows=1, hAlign="LEFT")


def _signatures(font: str, width: float, flagged: bool) -> list[Flowable]:
    """The legend of the flag, and lines for the courier's and the clerk's signature (RE-7)."""
    story: list[Flowable] = [Spacer(1, 3 * mm)]
    if flagged:
        legend = ParagraphStyle("legend", fontName=font, fontSize=8, leading=10)
        story.append(Paragraph(escape(FLAG_LEGEND), legend))
    label_w = 22 * mm
    line_w = width / 2 - label_w
    table = Table([["派件员签字：", "", "录入员签字：", ""]],
                  colWidths=[label_w, line_w - 3 * mm, label_w + 3 * mm, line_w],
                  rowHeights=[14 * mm], style=TableStyle([
                      ("FONTNAME", (0, 0), (-1, -1), font),
                      ("FONTSIZE", (0, 0), (-1, -1), 10),
                      ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                      ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                      ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                      ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
                  ]), hAlign="LEFT")
    story.append(table)
    return story


def _cod_head(cod: CodList, font: str, width: float) -> list[Flowable]:
    """Station header, title, and the courier / date / count line of the first page (RE-7)."""
    widths = [18 * mm, 0.0, 20 * mm, 26 * mm, 16 * mm, 16 * mm]
    widths[1] = width - sum(widths)
    values = ["派件员", cod.courier, "派送日期", cod.delivery_date, "到付", f"{cod.count} 票"]
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
    ]
    for c in (0, 2, 4):
        cmds.append(("BACKGROUND", (c, 0), (c, 0), LABEL_SHADE))
    for c in (1, 3, 5):
        size = fit_size(values[c], font, 14, widths[c] - 2 * CELL_PAD)
        cmds += [("FONTSIZE", (c, 0), (c, 0), size), ("LEADING", (c, 0), (c, 0), size * 1.2)]
    info = Table([values], colWidths=widths, rowHeights=[9 * mm], style=TableStyle(cmds),
                 hAlign="LEFT")
    return [*_station_block(cod.station, COD_TITLE, font, width, 16), info, Spacer(1, 3 * mm)]


def _cod_story(cod: CodList, font: str) -> list[Flowable]:
    """The COD list cut into one table per page, the column header on each; the total and
    the signatures stay on the page of the last line (RE-7).

    Each row has the fixed ROW_HEIGHT, so the cut is plain arithmetic.
    """
    width, avail = _frame_size()
    col_w = [c * mm for c in _COD_COL_MM]
    col_w.append(width - sum(col_w))
    head = _cod_head(cod, font, width)
    tail = _signatures(font, width, any(line.flagged for line in cod.lines))
    tail_h = _height(tail, width, avail)
    rows = _cod_rows(cod, font, col_w)

    blocks: list[list[_Row]] = []
    for row in rows:
        if row.keep_with_previous and blocks:
            blocks[-1].append(row)
        else:
            blocks.append([row])
    pages: list[list[_Row]] = [[]]
    room = avail - _height(head, width, avail) - ROW_HEIGHT
    for n, block in enumerate(blocks, start=1):
        need = len(block) * ROW_HEIGHT + (tail_h if n == len(blocks) else 0)
        if need > room and pages[-1]:
            pages.append([])
            room = avail - ROW_HEIGHT
        pages[-1].extend(block)
        room -= len(block) * ROW_HEIGHT
    story: list[Flowable] = list(head)
    for n, page in enumerate(pages):
        if n:
            story.append(PageBreak())
        story.append(_cod_table(page, font, col_w))
    return story + tail


# --- rendering -------------------------------------------------------------------------------


def _render(font: str, parts: list[tuple[_Form, list[Flowable]]], title: str,
            station: StationHeader) -> bytes:
    """Build the forms one after another, each starting on a new page, into one PDF."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, invariant=1, initialFontName=font, title=title,
        author=station.name, creator="counter-app", subject=title,
        pageTemplates=[_template(form) for form, _ in parts],
    )
    story: list[Flowable] = []
    for n, (form, flowables) in enumerate(parts):
        if n:
            story += [NextPageTemplate(form.key), PageBreak()]
        story += flowables
    doc.build(story, canvasmaker=_FormCanvas)
    return buf.getvalue()


def render_batch_cover_pdf(cover: BatchCover, font_path: Path) -> bytes:
    """Render the cover of a closed receipt batch (RE-6) as one A5-portrait page.

    The station header, then big: the courier's or driver's name, the delivery date and the
    number of receipts; then pieces, the 到付 count and total, late entries (RE-1), who
    entered the batch and when it was closed. Byte-for-byte reproducible.

    Args:
        cover: the closed batch.
        font_path: a TrueType-outline CJK font (resources/fonts/wqy-microhei.ttc); it is
            embedded as a subset.

    Returns:
        The PDF file content.
    """
    font = register_font(font_path)
    return _render(font, [(_cover_form(font), _cover_story(cover, font))],
                   f"{COVER_TITLE} {cover.courier} {cover.delivery_date}", cover.station)


def render_cod_list_pdf(cod: CodList, font_path: Path) -> bytes:
    """Render a courier's COD (到付) list for one delivery day (RE-7), A5 portrait.

    The station header, courier, date and count; the table of COD_COLUMNS in the given
    order, flagged lines shaded and marked 「★ 金额不符（已确认）」; the total count, pieces
    and amount; 「第 x 页 共 y 页」 on every page and the lines for the courier's and the
    clerk's signature. An empty list prints 「无到付件」 and its total. Byte-for-byte
    reproducible.

    Args:
        cod: the courier's 到付 receipts of the day, with their total.
        font_path: a TrueType-outline CJK font; it is embedded as a subset.

    Returns:
        The PDF file content.
    """
    font = register_font(font_path)
    return _render(font, [(_cod_form(cod, font), _cod_story(cod, font))],
                   f"{COD_TITLE} {cod.courier} {cod.delivery_date}", cod.station)


def render_batch_close_pdf(cover: BatchCover, cod: CodList | None, font_path: Path) -> bytes:
    """Render what closing a batch prints: the cover (RE-6), then the COD list (RE-7) if any.

    The COD list starts on a new page and numbers its pages on its own (「第 1 页 共 y 页」),
    since the two forms go on different stacks; the cover page carries no page number.

    Args:
        cover: the closed batch.
        cod: the courier's COD list of the day, or None when there is none to print.
        font_path: a TrueType-outline CJK font; it is embedded as a subset.

    Returns:
        The PDF file content.
    """
    font = register_font(font_path)
    parts = [(_cover_form(font), _cover_story(cover, font))]
    if cod is not None:
        parts.append((_cod_form(cod, font), _cod_story(cod, font)))
    return _render(font, parts, f"{COVER_TITLE} {cover.courier} {cover.delivery_date}",
                   cover.station)


RECORD_TITLE = "签收回单录入记录"


def render_receipt_sheet_pdf(sheet: ReceiptSheet, font_path: Path) -> bytes:
    """Render one receipt's record (RE-8: findable and printable while it is kept), A5."""
    font = register_font(font_path)
    width = _frame_size()[0]
    label_w = 28 * mm
    cell = ParagraphStyle("sheet", fontName=font, fontSize=11, leading=14)
    rows = [[Paragraph(escape(label), cell), Paragraph(escape(value), cell)]
            for label, value in sheet.fields]
    table = Table(rows, colWidths=[label_w, width - label_w])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]))
    story = [*_station_block(sheet.station, RECORD_TITLE, font, width, 16), table]
    return _render(font, [(_cover_form(font), story)], RECORD_TITLE, sheet.station)
