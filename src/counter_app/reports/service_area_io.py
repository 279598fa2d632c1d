"""The service-area table (服务范围表, CI-6) as a CSV or XLSX file the station edits.

Both files hold one table: a header row with the columns 省 市 区 状态 备注
(``counter_app.domain.service_area.SERVICE_AREA_COLUMNS``), then one row per rule; the full
format is in ``docs/service-area.md``.

* **CSV**: written as UTF-8 with a byte-order mark (Excel opens the Chinese correctly) and
  CRLF line ends; read as UTF-8 (with or without the mark) or, failing that, as GB18030,
  which is what Excel on a Chinese Windows saves "CSV" as. Blank rows and rows whose first
  cell starts with ``#`` are skipped.
* **XLSX**: the first sheet, header in its first non-blank row, every cell written as text;
  numbers typed in Excel are read as such (7, not 7.0). The table's name is the workbook's
  title.

Reading checks the table (``service_area_from_rows``): a problem raises
``ServiceAreaInvalid`` naming the file row (CSV line or sheet row) and the column.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from typing import Final

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from counter_app.domain.service_area import (
    SERVICE_AREA_COLUMNS,
    ServiceArea,
    ServiceAreaInvalid,
    service_area_from_rows,
    service_area_rows,
)
from counter_app.reports.xlsx_table import write_table

__all__ = [
    "service_area_from_csv",
    "service_area_from_xlsx",
    "service_area_to_csv",
    "service_area_to_xlsx",
]

_SHEET_TITLE: Final = "服务范围"
_WIDTHS: Final = (18, 16, 16, 10, 30)


def _rows(area: ServiceArea) -> list[list[str]]:
    return [[row[column] for column in SERVICE_AREA_COLUMNS] for row in service_area_rows(area)]


def _skipped(values: Sequence[str]) -> bool:
    return not any(values) or values[0].startswith("#")


def _read(lines: Iterable[tuple[int, Sequence[str]]], name: str) -> ServiceArea:
    """Header = the first row not skipped; then the rows, with their file positions."""
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    numbers: list[int] = []
    for number, values in lines:
        if _skipped(values):
            continue
        if header is None:
            header = [value.lstrip("\ufeff") for value in values]
            continue
        rows.append({column: values[i] if i < len(values) else ""
                     for i, column in enumerate(header) if column})
        numbers.append(number)
    return service_area_from_rows(
        rows, columns=[c for c in header or () if c], lines=numbers, name=name
    )


# --- CSV ---------------------------------------------------------------------------------


def service_area_to_csv(area: ServiceArea) -> bytes:
    """Write the table as CSV (UTF-8 with BOM, CRLF line ends).

    Args:
        area: the table.

    Returns:
        The file content.
    """
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(SERVICE_AREA_COLUMNS)
    writer.writerows(_rows(area))
    return buf.getvalue().encode("utf-8-sig")


def service_area_from_csv(data: bytes, *, name: str = "") -> ServiceArea:
    """Read a table from a CSV file.

    Args:
        data: the file content (UTF-8, with or without BOM, or GB18030).
        name: the name to give the table (a CSV file has none; e.g. the file's name).

    Returns:
        The table.

    Raises:
        ServiceAreaInvalid: the file does not hold a valid table.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    return _read(((reader.line_num, [cell.strip() for cell in cells]) for cells in reader), name)


# --- XLSX --------------------------------------------------------------------------------


def service_area_to_xlsx(area: ServiceArea) -> bytes:
    """Write the table as a workbook of one sheet, every cell text.

    Args:
        area: the table.

    Returns:
        The .xlsx file content.
    """
    wb = Workbook()
    ws = wb.active
    if ws is None:  # pragma: no cover - a new workbook always has a sheet
        ws = wb.create_sheet()
    ws.title = _SHEET_TITLE
    write_table(ws, 1, SERVICE_AREA_COLUMNS, _rows(area), _WIDTHS)
    wb.properties.title = area.name
    wb.properties.creator = "counter-app"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def service_area_from_xlsx(data: bytes, *, name: str | None = None) -> ServiceArea:
    """Read a table from the first sheet of a workbook.

    Args:
        data: the .xlsx file content.
        name: the name to give the table; ``None`` = the workbook's title.

    Returns:
        The table.

    Raises:
        ServiceAreaInvalid: the workbook does not hold a valid table (``unreadable`` when it
            is not an XLSX file at all).
    """
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ServiceAreaInvalid(0, "", "unreadable", type(exc).__name__) from None
    try:
        title = name if name is not None else str(wb.properties.title or "")
        ws = wb.worksheets[0]
        cells = [
            (number, [_cell_text(value) for value in values])
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1)
        ]
    finally:
        wb.close()
    return _read(cells, title)


def _cell_text(value: object) -> str:
    """A cell as text: empty for none, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())
