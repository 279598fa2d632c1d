"""The rate card (CI-8) as a CSV or XLSX file the station edits in a spreadsheet.

Both files hold the sections of ``counter_app.domain.rate_card_tables.RATE_CARD_SECTIONS``
(settings, zones, provinces, insurance, packaging); the full format is in ``docs/rate-card.md``.

* **CSV**: one file; each section starts with a row ``[section]``, then its header row, then
  its rows. Blank rows and rows whose first cell starts with ``#`` are skipped. Written as
  UTF-8 with a byte-order mark (Excel opens the Chinese correctly); read as UTF-8 (with or
  without the mark) or, failing that, as GB18030, which is what Excel on a Chinese Windows
  saves "CSV" as.
* **XLSX**: one sheet per section, named like the section, the header in row 1.

Reading checks the card (``rate_card_from_tables``): a problem raises ``RateCardInvalid``
naming the section, the file row (CSV line or sheet row) and the column.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Final

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from counter_app.domain.pricing import RateCard, RateCardInvalid
from counter_app.domain.rate_card_tables import Table, rate_card_from_tables, rate_card_to_tables

__all__ = [
    "rate_card_from_csv",
    "rate_card_from_xlsx",
    "rate_card_to_csv",
    "rate_card_to_xlsx",
]

_SECTION_RE: Final = re.compile(r"\[\s*([A-Za-z_]+)\s*\]")
_NUMBER_RE: Final = re.compile(r"(0|[1-9][0-9]*)(\.[0-9]+)?")
_TEXT_COLUMNS: Final = frozenset({"code", "name", "province", "zone", "key"})
"""Columns written as text in the XLSX even when they look like numbers."""
_TEXT_FORMAT: Final = "@"
_HEADER_NOTE: Final = "# counter-app rate card (价目表); format: docs/rate-card.md"


# --- CSV ---------------------------------------------------------------------------------


def rate_card_to_csv(card: RateCard) -> bytes:
    """Write the card as one CSV file of sections (UTF-8 with BOM, CRLF line ends).

    Args:
        card: the rate card.

    Returns:
        The file content.
    """
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([_HEADER_NOTE])
    for section, table in rate_card_to_tables(card).items():
        writer.writerow([])
        writer.writerow([f"[{section}]"])
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([row.get(column, "") for column in table.columns])
    return buf.getvalue().encode("utf-8-sig")


def rate_card_from_csv(data: bytes) -> RateCard:
    """Read a card from a CSV file of sections.

    Args:
        data: the file content (UTF-8, with or without BOM, or GB18030).

    Returns:
        The card.

    Raises:
        RateCardInvalid: the file does not hold a valid card. Besides the problems of
            ``rate_card_from_tables``: ``no_section`` (a row before the first ``[section]``;
            section ``""``) and ``duplicate`` (a section appears twice; row = its line).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    sections: dict[str, tuple[list[str], list[dict[str, str]], list[int]]] = {}
    current: str | None = None
    for cells in reader:
        line = reader.line_num
        values = [cell.strip() for cell in cells]
        if not any(values) or values[0].startswith("#"):
            continue
        marker = _SECTION_RE.fullmatch(values[0])
        if marker and not any(values[1:]):
            current = marker.group(1).lower()
            if current in sections:
                raise RateCardInvalid(current, line, "", "duplicate", current)
            sections[current] = ([], [], [])
            continue
        if current is None:
            raise RateCardInvalid("", line, "", "no_section", values[0])
        columns, rows, lines = sections[current]
        if not columns:
            columns.extend(value.lower() for value in values)
            continue
        rows.append(_row(columns, values))
        lines.append(line)
    return rate_card_from_tables(
        {name: Table(tuple(c), tuple(r), tuple(n)) for name, (c, r, n) in sections.items()}
    )


def _row(columns: Sequence[str], values: Sequence[str]) -> dict[str, str]:
    return {column: values[i] if i < len(values) else "" for i, column in enumerate(columns)
            if column}


# --- XLSX --------------------------------------------------------------------------------


def rate_card_to_xlsx(card: RateCard) -> bytes:
    """Write the card as a workbook with one sheet per section.

    Numbers are written as numbers (amounts with the ``0.00`` format), so the station can
    edit them as numbers; codes, names and provinces are text.

    Args:
        card: the rate card.

    Returns:
        The .xlsx file content.
    """
    wb = Workbook()
    first = wb.active
    if first is not None:
        wb.remove(first)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDDDDD")
    for section, table in rate_card_to_tables(card).items():
        ws = wb.create_sheet(section)
        for col, name in enumerate(table.columns, start=1):
            cell = ws.cell(row=1, column=col, value=name)
            cell.font = bold
            cell.fill = fill
            ws.column_dimensions[get_column_letter(col)].width = 28 if col == 2 else 18
        for r, row in enumerate(table.rows, start=2):
            for col, name in enumerate(table.columns, start=1):
                _put(ws.cell(row=r, column=col), name, row.get(name, ""))
        ws.freeze_panes = "A2"
    wb.properties.title = card.name
    wb.properties.creator = "counter-app"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _put(cell: Any, column: str, text: str) -> None:
    if column not in _TEXT_COLUMNS and _NUMBER_RE.fullmatch(text):
        cell.value = Decimal(text)
        if "." in text and len(text.split(".")[1]) == 2:
            cell.number_format = "0.00"
        return
    cell.value = text
    cell.number_format = _TEXT_FORMAT


def rate_card_from_xlsx(data: bytes) -> RateCard:
    """Read a card from a workbook with one sheet per section (header in the first row).

    Blank rows are skipped; numbers typed in Excel are read as such. Sheets named otherwise
    than a section fail with ``unknown_section``.

    Args:
        data: the .xlsx file content.

    Returns:
        The card.

    Raises:
        RateCardInvalid: the workbook does not hold a valid card (``unreadable`` when it is
            not an XLSX file at all).
    """
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise RateCardInvalid("", 0, "", "unreadable", type(exc).__name__) from None
    try:
        tables = {
            str(ws.title).strip().lower(): _sheet_table(ws.iter_rows(values_only=True))
            for ws in wb.worksheets
        }
    finally:
        wb.close()
    return rate_card_from_tables(tables)


def _sheet_table(rows: Iterable[Sequence[object]]) -> Table:
    columns: list[str] = []
    data: list[dict[str, str]] = []
    lines: list[int] = []
    for number, cells in enumerate(rows, start=1):
        values = [_cell_text(value) for value in cells]
        if not any(values):
            continue
        if not columns:
            columns = [value.lower() for value in values]
            continue
        data.append(_row(columns, values))
        lines.append(number)
    return Table(tuple(c for c in columns if c), tuple(data), tuple(lines))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()

