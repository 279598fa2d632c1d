"""The house style of the station's printed forms: margins, shades, the station header, cells
shrunk to fit, labelled info rows, tables with a 合计 row, signature lines and numbered pages.

Shared by the warehouse (warehouse_pdf), counter intake (intake_pdf) and night desk
(receipts_pdf) forms, so every form of the station looks the same.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from counter_app.reports.grid import GridTable, Style
from counter_app.reports.misroute_pdf import register_font
from counter_app.reports.paging import fit_size, numbered_canvas
from counter_app.services.dto import StationHeader

MARGIN = 10 * mm
TOP_MARGIN = 14 * mm
BOTTOM_MARGIN = 14 * mm
CELL_PAD = 3.0
FONT_SIZE = 9.0
MIN_FONT_SIZE = 6.5
"""Below this a cell wraps instead of shrinking further: a value is never cut."""
HEAD_SHADE = colors.HexColor("#DDDDDD")
LABEL_SHADE = colors.HexColor("#EEEEEE")
SECTION_SHADE = colors.HexColor("#C8C8C8")
EMPTY_TEXT = "（无）"
DATE_LINE = "____年____月____日"
TIME_LINE = f"{DATE_LINE}　____时____分"
"""Written in by hand next to a signature."""

Cmds = list[tuple[Any, ...]]
"""reportlab TableStyle commands."""


def form_font(font_path: Path | None) -> str:
    """Register ``font_path`` (default: the bundled report font); returns the font name."""
    if font_path is None:
        from counter_app.paths import report_font

        font_path = report_font()
    return register_font(font_path)


def frame_width(page_size: tuple[float, float]) -> float:
    """The width between the left and right MARGIN of a page."""
    return float(page_size[0] - 2 * MARGIN)


def column_widths(fixed_mm: tuple[float, ...], rest: int, width: float) -> list[float]:
    """Column widths (points): ``fixed_mm`` with a 0 at ``rest``, which takes what is left
    of ``width``."""
    widths = [w * mm for w in fixed_mm]
    widths[rest] = width - sum(widths)
    return widths


def centred_line(text: str, font: str, size: float, width: float, *,
                 space: float = 0) -> Paragraph:
    """One centred line, shrunk to fit ``width``."""
    size = fit_size(text, font, size, width - 1)
    style = ParagraphStyle("centred", fontName=font, fontSize=size, leading=size * 1.25,
                           alignment=TA_CENTER, spaceAfter=space)
    return Paragraph(escape(text), style)


def station_line(station: StationHeader) -> str:
    """The station's code, contact person, phone and QQ on one line."""
    return (f"网点编号 {station.code}　联系人 {station.contact_person}　"
            f"电话 {station.phone}　QQ {station.qq}")


def station_block(station: StationHeader, title: str, font: str, width: float, *,
                  name_size: float = 15, line_size: float = 8.5,
                  title_size: float = 18) -> list[Flowable]:
    """The station header (name, code, contact person, phone, QQ) and the form title."""
    return [
        centred_line(station.name, font, name_size, width, space=1),
        centred_line(station_line(station), font, line_size, width, space=2),
        HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=1,
                   spaceAfter=3 * mm),
        centred_line(title, font, title_size, width, space=3 * mm),
    ]


def _grid_cmds(font: str) -> Cmds:
    """Font and size, vertically centred, padded left and right, grid and frame."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
    ]


def info_table(pairs: list[tuple[str, str]], widths: list[float], font: str) -> Table:
    """One row of label / value pairs: labels shaded, values shrunk to fit."""
    cells: list[Any] = []
    cmds = _grid_cmds(font)
    for label, value in pairs:
        c = len(cells)
        cmds += [("BACKGROUND", (c, 0), (c, 0), LABEL_SHADE), ("ALIGN", (c, 0), (c, 0), "CENTER")]
        size = fit_size(value, font, 10, widths[c + 1] - 2 * CELL_PAD)
        cmds.append(("FONTSIZE", (c + 1, 0), (c + 1, 0), size))
        cells += [label, value]
    return Table([cells], colWidths=widths, rowHeights=[8 * mm], style=TableStyle(cmds),
                 hAlign="LEFT")


def _grid_style(font: str) -> Style:
    return Style(font, FONT_SIZE, MIN_FONT_SIZE, CELL_PAD, head_shade=HEAD_SHADE,
                 total_shade=LABEL_SHADE, heading_shade=SECTION_SHADE)


def _column_align(align: Cmds, ncols: int) -> list[str]:
    """Per-column ``L``/``C``/``R`` from the body's ALIGN commands ``("ALIGN", (c0, 1),
    (c1, -1), "RIGHT")``."""
    letters = ["L"] * ncols
    for _op, (c0, _r0), (c1, _r1), how in align:
        last = ncols - 1 if c1 < 0 else c1
        for c in range(c0, last + 1):
            letters[c] = {"CENTER": "C", "CENTRE": "C", "RIGHT": "R"}.get(how, "L")
    return letters


def section_table(heading: str, columns: tuple[str, ...], rows: list[list[str]],
                  col_w: list[float], font: str, *, centre_first: bool = False) -> GridTable:
    """A section: its ``heading`` row and column header (both repeated when the table
    continues on the next page), then one row per entry, or 「（无）」; ``centre_first``
    centres the first column of the entries. Drawn straight on the canvas (``GridTable``):
    a handover sheet's 2,400 rows in a tenth of reportlab ``Table``'s time."""
    align = ["C" if centre_first else "L"] + ["L"] * (len(col_w) - 1)
    return GridTable(columns, rows, col_w, _grid_style(font), align=align, heading=heading,
                     empty=EMPTY_TEXT, section=True)


def totalled_table(columns: tuple[str, ...], rows: list[list[str]], total: list[str],
                   col_w: list[float], font: str, align: Cmds) -> GridTable:
    """The column header (repeated on every page), one row per entry, or 「（无）」, and the
    shaded ``total`` row under a line, kept on the page of the last entry; ``align`` are the
    ALIGN commands of the body (``("ALIGN", (c0, 1), (c1, -1), "RIGHT")``)."""
    return GridTable(columns, rows, col_w, _grid_style(font),
                     align=_column_align(align, len(col_w)), total=total, empty=EMPTY_TEXT)


def signature_table(rows: list[tuple[str, str, str]], font: str, width: float, *,
                    label_width: float = 30 * mm) -> Table:
    """Lines to sign on and to write the date (and time) on, one row per
    ``(label, date label, blank date line)``; the labels take ``label_width``."""
    date_label_w = 22 * mm
    date_w = 62 * mm
    sign_w = width - label_width - date_label_w - date_w
    data = [[label, "", date_label, blank] for label, date_label, blank in rows]
    return Table(data, colWidths=[label_width, sign_w - 6 * mm, date_label_w + 6 * mm, date_w],
                 rowHeights=[11 * mm] * len(rows), hAlign="LEFT", style=TableStyle([
                     ("FONTNAME", (0, 0), (-1, -1), font),
                     ("FONTSIZE", (0, 0), (-1, -1), 11),
                     ("FONTSIZE", (3, 0), (3, -1), 9),
                     ("TEXTCOLOR", (3, 0), (3, -1), colors.HexColor("#555555")),
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                     ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                     ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                 ]))


def build_pdf(story: list[Flowable], page_size: tuple[float, float], font: str, running: str,
              title: str, station: StationHeader) -> bytes:
    """Lay out ``story`` on numbered pages (``running`` atop every page after the first);
    byte-for-byte reproducible (invariant=1)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=page_size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, invariant=1, initialFontName=font, title=title,
        author=station.name, creator="counter-app", subject=title,
    )
    doc.build(story, canvasmaker=numbered_canvas(font, page_size, running, MARGIN))
    return buf.getvalue()


def draw_bars(canv: Canvas, runs: list[tuple[int, int]], module: float, left: float, y: float,
              height: float) -> None:
    """Barcode ``runs`` (``(start, width)`` in modules, as ``code128_runs``) in black, one
    filled path ``module`` wide per unit from ``left``, bottom at ``y``."""
    canv.saveState()
    canv.setFillColor(colors.black)
    bars = " ".join(f"{x} 0 {w} 1 re" for x, w in runs)
    canv.addLiteral(f"{module:.5f} 0 0 {height:.5f} {left:.5f} {y:.5f} cm {bars} f")
    canv.restoreState()


REPRINT_MARK = "补打"


def stamp_reprint(canv: Canvas, page_width: float, page_height: float, font: str,
                  size: float = 11) -> None:
    """A boxed 「补打」 in the top-right corner of the page: this copy is a reprint."""
    canv.saveState()
    width = canv.stringWidth(REPRINT_MARK, font, size) + 2 * mm
    height = size + 1.5 * mm
    x = page_width - width - 1.5 * mm
    y = page_height - height - 1.5 * mm
    canv.setFillColor(colors.white)
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(1)
    canv.rect(x, y, width, height, stroke=1, fill=1)
    canv.setFillColor(colors.black)
    canv.setFont(font, size)
    canv.drawString(x + 1 * mm, y + 0.25 * size + 0.5 * mm, REPRINT_MARK)
    canv.restoreState()
