"""Shared helpers of the printed-form tests: the sample station and font, reading text and
table cells back from a PDF or XLSX, checking the pages have ink, skipping without a tool."""

from __future__ import annotations

import ctypes
import io
import re
import shutil

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counter_app.paths import fonts_dir
from counter_app.reports.pdf_pages import render_pages
from counter_app.services.dto import StationHeader

FONT = fonts_dir() / "wqy-microhei.ttc"
STATION = StationHeader(name="申通快递温州龙湾五亭龙部", code="325021", contact_person="陈晓梅",
                        phone="0577-86881234", qq="1234567890")


def need(tool: str, package: str = "zbar-tools") -> str:
    """The path of a command-line tool, or skip the test (``package`` provides it)."""
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed ({package})")
    return path


def flat(text: str) -> str:
    """The text without any whitespace."""
    return re.sub(r"\s+", "", text)


def squeeze(rows: list[list[str]]) -> list[list[str]]:
    """Each cell of ``rows`` without whitespace."""
    return [[flat(v) for v in row] for row in rows]


def layout_pages_text(pdf: bytes) -> list[str]:
    """Text of each page, by pypdf, with layout kept so a table row stays on one line."""
    return [page.extract_text(extraction_mode="layout")
            for page in PdfReader(io.BytesIO(pdf)).pages]


def table_cells(pdf: bytes, col_w: list[float], left: float) -> list[list[list[str]]]:
    """Per page, the table rows read back by character position: each character goes to the
    column its origin lies in (columns start at ``left``), characters whose baselines are
    within 3 pt make one row. Whitespace is dropped, so an empty cell reads back as ""; a line
    with no character in any column is left out."""
    edges = [left]
    for w in col_w:
        edges.append(edges[-1] + w)
    doc = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in doc:
            textpage = page.get_textpage()
            chars: list[tuple[float, float, str]] = []
            for i in range(textpage.count_chars()):
                char = chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
                ox, oy = ctypes.c_double(), ctypes.c_double()
                if char.strip() and pdfium_c.FPDFText_GetCharOrigin(textpage, i, ox, oy):
                    chars.append((-oy.value, ox.value, char))
            lines: list[list[tuple[float, float, str]]] = []
            for char_at in sorted(chars):  # top of the page first
                if lines and char_at[0] - lines[-1][0][0] < 3:
                    lines[-1].append(char_at)
                else:
                    lines.append([char_at])
            rows = []
            for line in lines:
                cells = [""] * len(col_w)
                inside = False
                for _, x, char in sorted(line, key=lambda c: c[1]):
                    for c in range(len(col_w)):
                        if edges[c] <= x < edges[c + 1]:
                            cells[c] += char
                            inside = True
                if inside:
                    rows.append(cells)
            pages.append(rows)
    finally:
        doc.close()
    return pages


def numbered_rows(pdf: bytes, col_w: list[float], left: float) -> list[list[str]]:
    """The table lines (the first cell a number) and the 合计 row read back, in order."""
    rows = []
    for page in table_cells(pdf, col_w, left):
        rows += [r for r in page if r[0].isdigit() or r[0] == "合计"]
    return rows


def assert_inked(pdf: bytes, dpi: float = 50) -> None:
    """Every page has dark pixels (text, lines) and is mostly white paper."""
    for n, image in enumerate(render_pages(pdf, dpi=dpi), start=1):
        grey = image.rgb[1::3]  # the green channel is enough on black and white forms
        dark = sum(1 for v in grey if v < 100)
        assert dark > 200, f"page {n} is blank"
        assert dark < len(grey) / 2, f"page {n} is mostly black"


def xlsx_rows(data: bytes, columns: tuple[str, ...]) -> list[list[str]]:
    """The rows of an XLSX under the ``columns`` header row up to and including the 合计
    row."""
    ws = load_workbook(io.BytesIO(data)).active
    assert ws is not None
    values = [["" if c.value is None else str(c.value) for c in row]
              for row in ws.iter_rows(max_col=len(columns))]
    start = values.index(list(columns)) + 1
    end = next(i for i in range(start, len(values)) if values[i][0] == "合计")
    return values[start:end + 1]
