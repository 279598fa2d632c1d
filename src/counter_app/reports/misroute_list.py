"""The electronic 错写大字上报清单 (MR-4): XLSX and CSV with exactly the printed form's rows."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from counter_app.reports.xlsx_table import put_text, write_table
from counter_app.services.misroute_dto import MISROUTE_COLUMNS, MisrouteReport, MisrouteReportRow

TITLE = "错写大字上报表"
"""Excel's "Text" number format: a 14-digit waybill number stays text, not 7.73E+13."""

# Column widths of the XLSX, in Excel character units, one per MISROUTE_COLUMNS entry.
_XLSX_WIDTHS = (6, 18, 14, 16, 14, 14, 12, 12, 12, 12)


def row_values(row: MisrouteReportRow) -> list[str]:
    """The printed cells of one row, in MISROUTE_COLUMNS order.

    This is the single definition of what a row shows; the PDF, the XLSX and the CSV all
    print these strings (MR-4: the form and the electronic list agree exactly).

    Args:
        row: one row of the report.

    Returns:
        Ten strings, one per column of MISROUTE_COLUMNS.
    """
    return [str(row.seq), row.waybill_no, row.origin_province, row.origin_site, row.wrong_dazi,
            row.correct_dazi, row.found_on, row.found_by, row.action, row.verified_by]


def table_rows(report: MisrouteReport) -> list[list[str]]:
    """Every row of the report as printed strings, in printed order (MR-3 grouping order).

    Args:
        report: the monthly report.

    Returns:
        One list of ten strings per row; no header, no subtotal lines.
    """
    return [row_values(r) for r in report.rows()]


def total_text(report: MisrouteReport) -> str:
    """The grand-total line printed under the table, e.g. 「总计：63 票」.

    Args:
        report: the monthly report.

    Returns:
        The text of the total line.
    """
    return f"总计：{report.total} 票"


def render_misroute_xlsx(report: MisrouteReport) -> bytes:
    """Render the electronic list as an XLSX workbook (MR-4).

    Layout of the single sheet: the title, the station header (MR-5: name, code, contact
    person, phone, QQ), the month and due date, a blank row, the header row MISROUTE_COLUMNS,
    one row per report row in printed order, then the total line. Every cell is a string with
    the Text number format, so Excel never turns a waybill number into a number.

    Args:
        report: the monthly report.

    Returns:
        The .xlsx file content.
    """
    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new Workbook always has one sheet
    ws.title = report.month or "错写大字"
    ncols = len(MISROUTE_COLUMNS)
    station = report.station

    def put(row: int, col: int, value: str) -> None:
        put_text(ws, row, col, value)

    put(1, 1, TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1).font = Font(size=16, bold=True)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    header_pairs = [
        [("网点名称", station.name), ("网点编号", station.code), ("联系人", station.contact_person),
         ("电话", station.phone), ("QQ", station.qq)],
        [("月份", report.month), ("上报截止日期", report.due.isoformat()),
         ("制表人", report.prepared_by), ("合计", f"{report.total} 票")],
    ]
    for offset, pairs in enumerate(header_pairs):
        for i, (label, value) in enumerate(pairs):
            put(2 + offset, 1 + 2 * i, label)
            ws.cell(row=2 + offset, column=1 + 2 * i).font = Font(bold=True)
            put(2 + offset, 2 + 2 * i, value)

    header_row = 5
    total_row = write_table(ws, header_row, MISROUTE_COLUMNS, table_rows(report), _XLSX_WIDTHS)
    put(total_row, 1, total_text(report))
    ws.cell(row=total_row, column=1).font = Font(bold=True)
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = f"{header_row}:{header_row}"

    wb.properties.creator = station.name or "counter-app"
    wb.properties.title = f"{TITLE} {report.month}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render_misroute_csv(report: MisrouteReport) -> bytes:
    """Render the electronic list as CSV (MR-4): header MISROUTE_COLUMNS, then exactly the rows.

    UTF-8 with a byte-order mark so Excel opens the Chinese correctly; CRLF line ends. There
    are no subtotal or total lines: every line after the header is one report row. Note that
    Excel shows a 14-digit number in a CSV as 7.73E+13 unless the column is imported as text;
    the XLSX list does not have that problem.

    Args:
        report: the monthly report.

    Returns:
        The CSV file content as bytes.
    """
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(MISROUTE_COLUMNS)
    writer.writerows(table_rows(report))
    return buf.getvalue().encode("utf-8-sig")
