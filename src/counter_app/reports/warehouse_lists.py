"""The electronic EMS register (WH-12) for finance: XLSX and CSV with the printed rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from counter_app.atomic import write_atomic
from counter_app.reports.xlsx_table import StreamSheet
from counter_app.services.warehouse_records import (
    AIR_FEE_COLUMNS,
    EMS_COLUMNS,
    AirFeeRegister,
    EmsLine,
    EmsRegister,
)

EMS_TITLE = "转发EMS登记表"
"""Excel's "Text" number format: a waybill number stays text, not 7.73E+13."""
WAYBILL_COL = EMS_COLUMNS.index("运单号")

# Column widths of the XLSX, in Excel character units, one per EMS_COLUMNS entry.
_XLSX_WIDTHS = (6, 12, 18, 16, 22, 9, 10, 10, 9, 9, 11, 10)


def ems_row(line: EmsLine) -> list[str]:
    """The printed cells of one EMS line, in EMS_COLUMNS order.

    This is the single definition of what a line shows; the PDF, the XLSX and the CSV all
    print these strings, so the form handed to finance and the file agree exactly.

    Args:
        line: one parcel forwarded via EMS.

    Returns:
        Twelve strings, one per column of EMS_COLUMNS (EMS单号: WH-17, issue 16).
    """
    return [str(line.seq), line.out_on, line.waybill_no, line.ems_no, line.destination,
            line.weight_kg,
            line.ems_fee, line.paid_freight, line.payment, line.shortfall, line.courier,
            line.by]


def ems_rows(register: EmsRegister) -> list[list[str]]:
    """Every line of the register as printed strings, in the given order (no header/total)."""
    return [ems_row(line) for line in register.lines]


def ems_total_row(register: EmsRegister) -> list[str]:
    """The totals row under the table, aligned to EMS_COLUMNS: the count under 运单号, the
    EMS fees under EMS费用 and the amounts to collect under 需补收."""
    row = [""] * len(EMS_COLUMNS)
    row[0] = "合计"
    row[WAYBILL_COL] = f"{len(register.lines)} 票"
    row[EMS_COLUMNS.index("EMS费用")] = register.total_fee
    row[EMS_COLUMNS.index("需补收")] = register.total_shortfall
    return row


def period_text(register: EmsRegister) -> str:
    """「期间：2026-11-01 至 2026-11-30」."""
    return f"期间：{register.start} 至 {register.end}"


def render_ems_xlsx(register: EmsRegister) -> bytes:
    """Render the EMS register as an XLSX workbook (one sheet).

    Rows 1-3: the title, the station header (name, code, contact person, phone, QQ) and the
    period; then the header row EMS_COLUMNS, one row per line (``ems_rows``, all cells text,
    the waybill number in Excel's text format), the totals row (``ems_total_row``) and the
    lines for the clerk's and finance's signatures.

    Args:
        register: the register of the period.

    Returns:
        The XLSX file content.
    """
    station = register.header
    ncols = len(EMS_COLUMNS)
    sheet = StreamSheet("EMS登记", _XLSX_WIDTHS, header_row=5)
    title = sheet.add([(f"{station.name}　{EMS_TITLE}", "title")])
    sheet.merge_across(title, ncols)
    cells: list[tuple[str, str] | None] = []
    for label, value in [("网点编号", station.code), ("联系人", station.contact_person),
                         ("电话", station.phone), ("QQ", station.qq)]:
        cells += [(label, "bold"), (value, "plain")]
    sheet.add(cells)
    sheet.add([("期间", "bold"), (register.start, "plain"), ("至", "plain"),
               (register.end, "plain")])
    sheet.skip()
    sheet.table(EMS_COLUMNS, map(ems_row, register.lines))
    sheet.add([(value, "total") for value in ems_total_row(register)])
    sheet.skip()
    sheet.add([("经办人：", "plain"), None, None, None, ("财务：", "plain")])
    sheet.add([("日期：", "plain"), None, None, None, ("日期：", "plain")])
    return sheet.save(station.name or "counter-app",
                      f"{EMS_TITLE} {register.start}~{register.end}")


def render_ems_csv(register: EmsRegister) -> bytes:
    """Render the EMS register as CSV: the header EMS_COLUMNS, the lines, the totals row.

    UTF-8 with a byte-order mark so Excel opens the Chinese correctly; CRLF line ends. Every
    line after the header but the last is one register line (``ems_rows``); the last is
    ``ems_total_row`` (its first cell is 「合计」). Note that Excel shows a long number in a
    CSV as 7.73E+13 unless the column is imported as text; the XLSX does not have that problem.

    Args:
        register: the register of the period.

    Returns:
        The CSV file content as bytes.
    """
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(EMS_COLUMNS)
    writer.writerows(ems_rows(register))
    writer.writerow(ems_total_row(register))
    return buf.getvalue().encode("utf-8-sig")


def write_ems_xlsx(register: EmsRegister, path: Path) -> None:
    """Write ``render_ems_xlsx(register)`` to ``path`` (replaced if it exists)."""
    write_atomic(path, render_ems_xlsx(register))


def write_ems_csv(register: EmsRegister, path: Path) -> None:
    """Write ``render_ems_csv(register)`` to ``path`` (replaced if it exists)."""
    write_atomic(path, render_ems_csv(register))


# --- WH-11: the air-return fees charged, for finance (issue 16 §5) ----------------------------


def air_fee_rows(register: AirFeeRegister) -> list[list[str]]:
    """The printed cells of every line, in AIR_FEE_COLUMNS order, then the totals row."""
    rows = [[str(x.seq), x.out_on, x.waybill_no, x.label, x.province, x.weight_kg, x.fee, x.by]
            for x in register.lines]
    return [*rows, ["合计", "", f"{len(register.lines)} 票", "", "", "", register.total_fee,
                    ""]]


def render_air_fee_csv(register: AirFeeRegister) -> bytes:
    """The register as CSV (UTF-8 with BOM, CRLF), header AIR_FEE_COLUMNS, totals last."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(AIR_FEE_COLUMNS)
    writer.writerows(air_fee_rows(register))
    return buf.getvalue().encode("utf-8-sig")
