"""The electronic monthly statement of an account customer (协议结算, CI-7): XLSX and CSV with
exactly the rows of the printed statement."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from counter_app.atomic import write_atomic
from counter_app.reports.xlsx_table import BORDER, put_text, write_table
from counter_app.services.dto import STATEMENT_COLUMNS, AccountStatement, StatementLine

STATEMENT_TITLE = "协议客户月结对账单"
WAYBILL_COL = STATEMENT_COLUMNS.index("运单号")
AMOUNT_COL = STATEMENT_COLUMNS.index("金额(元)")

# Column widths of the XLSX, in Excel character units, one per STATEMENT_COLUMNS entry.
_XLSX_WIDTHS = (6, 12, 18, 24, 14, 12, 10, 10)


def statement_row(line: StatementLine) -> list[str]:
    """The printed cells of one statement line, in STATEMENT_COLUMNS order.

    This is the single definition of what a line shows; the PDF, the XLSX and the CSV all
    print these strings, so the paper statement and the file agree exactly.

    Args:
        line: one parcel of the month.

    Returns:
        Eight strings, one per column of STATEMENT_COLUMNS.
    """
    return [str(line.seq), line.accepted_on, line.waybill_no, line.destination, line.contents,
            line.weight_kg, line.amount, line.clerk]


def statement_rows(statement: AccountStatement) -> list[list[str]]:
    """Every line of the statement as printed strings, in the given order (no header/total).

    Args:
        statement: the month's statement.

    Returns:
        One list of eight strings per line.
    """
    return [statement_row(line) for line in statement.lines]


def statement_total_row(statement: AccountStatement) -> list[str]:
    """The totals row under the table, aligned to STATEMENT_COLUMNS: 「合计」, the count under
    运单号 (「12 票」) and the total under 金额(元)."""
    row = [""] * len(STATEMENT_COLUMNS)
    row[0] = "合计"
    row[WAYBILL_COL] = f"{len(statement.lines)} 票"
    row[AMOUNT_COL] = statement.total
    return row


def render_statement_xlsx(statement: AccountStatement) -> bytes:
    """Render the statement as an XLSX workbook (one sheet).

    Rows 1-3: the title, the station header, the account and the month; then the header row
    STATEMENT_COLUMNS, one row per line (``statement_rows``, all cells text, the waybill number
    in Excel's text format) and the totals row (``statement_total_row``).

    Args:
        statement: the month's statement.

    Returns:
        The XLSX file content.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "月结对账"
    station = statement.header
    ncols = len(STATEMENT_COLUMNS)

    def put(row: int, col: int, value: str, *, bold: bool = False) -> None:
        put_text(ws, row, col, value)
        if bold:
            ws.cell(row=row, column=col).font = Font(bold=True)

    put(1, 1, f"{station.name}　{STATEMENT_TITLE}")
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    for i, (label, value) in enumerate([("网点编号", station.code),
                                        ("联系人", station.contact_person),
                                        ("电话", station.phone), ("QQ", station.qq)]):
        put(2, 1 + 2 * i, label, bold=True)
        put(2, 2 + 2 * i, value)
    for i, (label, value) in enumerate([("客户编号", statement.account_code),
                                        ("客户名称", statement.account_name),
                                        ("月份", statement.month)]):
        put(3, 1 + 2 * i, label, bold=True)
        put(3, 2 + 2 * i, value)

    header_row = 5
    total_row = write_table(ws, header_row, STATEMENT_COLUMNS, statement_rows(statement),
                            _XLSX_WIDTHS)
    fill = PatternFill("solid", fgColor="EEEEEE")
    for col, value in enumerate(statement_total_row(statement), start=1):
        put(total_row, col, value, bold=True)
        cell = ws.cell(row=total_row, column=col)
        cell.fill = fill
        cell.border = BORDER

    wb.properties.creator = station.name or "counter-app"
    wb.properties.title = f"{STATEMENT_TITLE} {statement.account_code} {statement.month}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render_statement_csv(statement: AccountStatement) -> bytes:
    """Render the statement as CSV: the header STATEMENT_COLUMNS, the lines, the totals row.

    UTF-8 with a byte-order mark so Excel opens the Chinese correctly; CRLF line ends. The last
    row is ``statement_total_row`` (its first cell is 「合计」).

    Args:
        statement: the month's statement.

    Returns:
        The CSV file content as bytes.
    """
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(STATEMENT_COLUMNS)
    writer.writerows(statement_rows(statement))
    writer.writerow(statement_total_row(statement))
    return buf.getvalue().encode("utf-8-sig")


def write_statement_xlsx(statement: AccountStatement, path: Path) -> None:
    """Write ``render_statement_xlsx(statement)`` to ``path`` (replaced if it exists)."""
    write_atomic(path, render_statement_xlsx(statement))


def write_statement_csv(statement: AccountStatement, path: Path) -> None:
    """Write ``render_statement_csv(statement)`` to ``path`` (replaced if it exists)."""
    write_atomic(path, render_statement_csv(statement))
