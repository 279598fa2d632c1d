"""The one way the station's XLSX lists are laid out: every cell text (Excel never turns a
waybill number into 7.73E+13), a grey bordered header row, bordered rows, fixed widths, the
header frozen, filtered and repeated on every printed page."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

TEXT_FORMAT = "@"
_THIN = Side(style="thin", color="808080")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def put_text(ws: Worksheet, row: int, col: int, value: str) -> None:
    """Write ``value`` as a text cell."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.number_format = TEXT_FORMAT
    cell.data_type = "s"


def write_table(
    ws: Worksheet,
    header_row: int,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
) -> int:
    """Write the header row and the rows from ``header_row`` on; returns the first free row."""
    fill = PatternFill("solid", fgColor="DDDDDD")
    for col, name in enumerate(columns, start=1):
        put_text(ws, header_row, col, name)
        cell = ws.cell(row=header_row, column=col)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center")
    for r, values in enumerate(rows, start=header_row + 1):
        for col, value in enumerate(values, start=1):
            put_text(ws, r, col, value)
            ws.cell(row=r, column=col).border = BORDER
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if rows:
        last = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A{header_row}:{last}{header_row + len(rows)}"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = f"{header_row}:{header_row}"
    return header_row + 1 + len(rows)
