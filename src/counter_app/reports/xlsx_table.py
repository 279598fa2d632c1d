"""The one way the station's XLSX lists are laid out: every cell text (Excel never turns a
waybill number into 7.73E+13), a grey bordered header row, bordered rows, fixed widths, the
header frozen, filtered and repeated on every printed page."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from copy import copy

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
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


# --- write-only (streamed) sheets (issue 18 §3) -----------------------------------------------

STYLES = ("plain", "bold", "title", "head", "cell", "total")
"""The looks a streamed sheet's cells can have: plain text, a bold label, the sheet's title,
the table's header, a bordered table cell and the shaded, bold total."""


class StreamSheet:
    """One sheet of a write-only workbook, written top to bottom (openpyxl write-only mode):
    no cell objects are kept, and each cell's style is copied from one styled template
    instead of being looked up again, so 50,000 cells take a fraction of a second.

    The column widths and the frozen header row are fixed when it is made (write-only mode
    writes them before the first row).
    """

    def __init__(self, title: str, widths: Sequence[float], header_row: int) -> None:
        self.workbook = Workbook(write_only=True)
        ws = self.workbook.create_sheet(title)
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = f"A{header_row + 1}"
        ws.page_setup.orientation = "landscape"
        self.ws = ws
        self.row_count = 0
        fill = PatternFill("solid", fgColor="DDDDDD")
        total_fill = PatternFill("solid", fgColor="EEEEEE")
        looks: dict[str, dict[str, object]] = {
            "plain": {},
            "bold": {"font": Font(bold=True)},
            "title": {"font": Font(bold=True, size=14),
                      "alignment": Alignment(horizontal="center")},
            "head": {"font": Font(bold=True), "fill": fill, "border": BORDER,
                     "alignment": Alignment(horizontal="center")},
            "cell": {"border": BORDER},
            "total": {"font": Font(bold=True), "fill": total_fill, "border": BORDER},
        }
        self._styles = {}
        for name, attrs in looks.items():
            template = WriteOnlyCell(ws, "")
            template.number_format = TEXT_FORMAT
            for attr, value in attrs.items():
                setattr(template, attr, value)
            self._styles[name] = template._style

    def _cell(self, value: str, style: str) -> Cell:
        """A text cell (never a formula, even when it starts with "="), its style copied
        from the template: Cell's own constructor would check and bind the value again."""
        cell = Cell.__new__(Cell)
        cell.parent = self.ws
        cell.row = cell.column = 1  # set by append
        cell._value = value
        cell.data_type = "s"
        cell._hyperlink = cell._comment = None
        cell._style = copy(self._styles[style])
        return cell

    def add(self, cells: Sequence[tuple[str, str] | None]) -> int:
        """Append a row of ``(text, style)`` cells (None: an empty cell); returns its number."""
        self.ws.append([None if c is None else self._cell(*c) for c in cells])
        self.row_count += 1
        return self.row_count

    def skip(self, rows: int = 1) -> None:
        """Leave ``rows`` empty rows."""
        for _ in range(rows):
            self.ws.append([])
        self.row_count += rows

    def merge_across(self, row: int, columns: int) -> None:
        """Merge ``row`` from column A over ``columns`` columns."""
        self.ws.merged_cells.add(f"A{row}:{get_column_letter(columns)}{row}")

    def table(self, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
        """The grey header row (repeated on every printed page, filtered) and the bordered
        rows of text; returns the number of rows written."""
        header = self.add([(name, "head") for name in columns])
        count = 0
        for values in rows:
            self.add([(value, "cell") for value in values])
            count += 1
        self.ws.print_title_rows = f"{header}:{header}"
        if count:
            last = get_column_letter(len(columns))
            self.ws.auto_filter.ref = f"A{header}:{last}{header + count}"
        return count

    def save(self, creator: str, title: str) -> bytes:
        """The workbook's bytes."""
        self.workbook.properties.creator = creator
        self.workbook.properties.title = title
        buf = io.BytesIO()
        self.workbook.save(buf)
        return buf.getvalue()
