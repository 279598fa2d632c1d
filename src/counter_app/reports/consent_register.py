"""The consent register (X-7) as evidence: CSV (UTF-8 with BOM, CRLF) and XLSX from the same
rows, always in Chinese (it is shown to the postal administration), written whole or not at
all (``counter_app.atomic``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from counter_app.atomic import write_atomic
from counter_app.reports.xlsx_table import write_table

COLUMNS = ("收件人电话", "意愿", "渠道", "记录时间", "记录人", "有效期至", "运单号", "备注")
WIDTHS = (15, 14, 10, 20, 10, 12, 20, 30)
DECISIONS = {"station_pickup": "同意驿站自取", "door_delivery": "要求送货上门",
             "refused": "拒绝代收"}
CHANNELS = {"counter": "当面", "phone": "电话", "sms": "短信回复", "wechat": "微信",
            "written": "书面"}
TITLE = "收件人同意代收登记（快递市场管理办法）"


def register_rows(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """The service's rows (phone, decision, channel, recorded at, by, valid until, waybill,
    note) with the codes in Chinese and no cell that a spreadsheet would run as a formula."""
    out = []
    for phone, decision, channel, at, by, until, waybill, note in rows:
        out.append([phone, DECISIONS.get(decision, decision), CHANNELS.get(channel, channel),
                    at, by, until, waybill, _inert(note)])
    return out


def _inert(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def render_register_csv(rows: Sequence[Sequence[str]]) -> bytes:
    """The register as CSV."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(register_rows(rows))
    return buf.getvalue().encode("utf-8-sig")


def render_register_xlsx(rows: Sequence[Sequence[str]], station: str = "") -> bytes:
    """The register as one XLSX sheet with a title row."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "同意代收登记"
    ws.cell(row=1, column=1, value=f"{station} {TITLE}".strip())
    write_table(ws, 3, COLUMNS, register_rows(rows), WIDTHS)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_register_csv(rows: Sequence[Sequence[str]], path: Path) -> None:
    """Write the CSV whole (temporary file, fsync, rename)."""
    write_atomic(path, render_register_csv(rows))


def write_register_xlsx(rows: Sequence[Sequence[str]], path: Path, station: str = "") -> None:
    """Write the XLSX whole."""
    write_atomic(path, render_register_xlsx(rows, station))
