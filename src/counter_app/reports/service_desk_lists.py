"""The service desk's lists for the supervisor (CS-9, CS-6): the week's exceptions and the
month's complaints as XLSX, in Chinese (they go to the 客服主管), from the same rows the
screen shows."""

from __future__ import annotations

import io

from openpyxl import Workbook

from counter_app.domain.service_desk import Enquiry, Ruling
from counter_app.reports.xlsx_table import put_text, write_table
from counter_app.services.service_desk import MonthComplaints, WeekSummary

KIND_ZH = {"delivery_chase": "派送件催单", "outgoing_chase": "发出件催单",
           "network_query": "对方公司查询", "complaint": "投诉", "other": "其他"}
WEEK_COLUMNS = ("异常", "运单号", "类别", "来电", "受理时间", "回复期限", "回复时间", "问题")
COMPLAINT_COLUMNS = ("受理时间", "运单号", "来电人", "投诉内容", "客户取证", "责任人取证",
                     "裁定", "责任人", "解决方案", "罚款（元）")


def _at(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else ""


def _row(what: str, e: Enquiry) -> list[str]:
    return [what, e.waybill_no, KIND_ZH.get(e.kind.value, e.kind.value),
            e.caller_point or e.caller_name, _at(e.received_at), _at(e.due_at),
            _at(e.answered_at) if e.answered_at else "未回复", e.question]


def week_rows(week: WeekSummary) -> list[list[str]]:
    """One row per exception: answered late, overdue and unanswered, complaints."""
    return ([_row("超时回复", e) for e in week.answered_late]
            + [_row("超时未回复", e) for e in week.overdue_open]
            + [_row("投诉", e) for e in week.complaints])


def render_week_xlsx(week: WeekSummary, station: str) -> bytes:
    """The week's exception summary (001 「每周…汇总上报客服主管」)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "周汇总"
    period = f"{week.start.isoformat()} – {week.end.isoformat()}"
    put_text(ws, 1, 1, f"{station} 客服周异常汇总 {period}")
    put_text(ws, 2, 1, f"查询 {week.received} 条，超时回复 {len(week.answered_late)} 条，"
                       f"未回复 {len(week.still_open)} 条（已超时 {len(week.overdue_open)} 条），"
                       f"投诉 {len(week.complaints)} 条")
    write_table(ws, 4, WEEK_COLUMNS, week_rows(week), (12, 18, 14, 14, 17, 17, 17, 40))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def complaint_rows(month: MonthComplaints) -> list[list[str]]:
    """One row per complaint of the month, with its ruling."""
    ruling = {Ruling.UPHELD: "属实", Ruling.NOT_UPHELD: "不属实"}
    return [[_at(c.received_at), c.waybill_no, c.caller_name, c.content, c.customer_evidence,
             c.staff_evidence, ruling[c.ruling] if c.ruling else "未裁定", c.staff_member,
             c.solution, "" if c.fine is None else str(c.fine)] for c in month.complaints]


def render_complaints_xlsx(month: MonthComplaints, station: str) -> bytes:
    """The month's complaints report for the supervisor (CS-6)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "投诉"
    put_text(ws, 1, 1, f"{station} {month.month} 投诉记录")
    put_text(ws, 2, 1, f"投诉 {len(month.complaints)} 条，属实 {month.upheld} 条，"
                       f"未裁定 {month.unruled} 条，罚款合计 {month.fines} 元")
    write_table(ws, 4, COMPLAINT_COLUMNS, complaint_rows(month),
                (17, 18, 10, 30, 20, 20, 8, 10, 24, 10))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
