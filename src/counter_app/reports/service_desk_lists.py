"""The service desk's lists, in Chinese: for the 客服主管 the week's exceptions (CS-9) and the
month's complaints (CS-6) as XLSX, from the same rows the screen shows; for the couriers the
day's pickups (CS-8) as PDF, one page each."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from counter_app.domain.service_desk import Complaint, DriverNotice, Enquiry, PickupOrder, Ruling
from counter_app.reports.misroute_pdf import register_font
from counter_app.reports.xlsx_table import put_text, write_table
from counter_app.services.service_desk import WeekSummary
from counter_app.services.service_desk_cases import MonthComplaints

KIND_ZH = {"delivery_chase": "派送件催单", "outgoing_chase": "发出件催单",
           "network_query": "对方公司查询", "complaint": "投诉", "other": "其他"}
WEEK_COLUMNS = ("异常", "运单号", "类别", "来电", "受理时间", "回复期限", "回复时间", "问题")
COMPLAINT_COLUMNS = ("受理时间", "运单号", "来电人", "投诉内容", "客户取证", "责任人取证",
                     "裁定", "责任人", "解决方案", "罚款（元）")


def _at(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else ""


def enquiry_row(what: str, e: Enquiry) -> list[str]:
    """One enquiry as printed, after the exception it stands for (WEEK_COLUMNS)."""
    return [what, e.waybill_no, KIND_ZH.get(e.kind.value, e.kind.value),
            e.caller_point or e.caller_name, _at(e.received_at), _at(e.due_at),
            _at(e.answered_at) if e.answered_at else "未回复", e.question]


def week_rows(week: WeekSummary) -> list[list[str]]:
    """One row per exception (WEEK_COLUMNS): answered late, overdue and unanswered, complaint
    calls, complaints recorded, problem parcels open, claims due."""
    ruling = {Ruling.UPHELD: "属实", Ruling.NOT_UPHELD: "不属实"}
    return ([enquiry_row("超时回复", e) for e in week.answered_late]
            + [enquiry_row("超时未回复", e) for e in week.overdue_open]
            + [enquiry_row("投诉", e) for e in week.complaints]
            + [["投诉记录", c.waybill_no, ruling[c.ruling] if c.ruling else "未裁定",
                c.caller_name, _at(c.received_at), "", _at(c.ruled_at) if c.ruled_at else "",
                c.content] for c in week.complaint_records]
            + [["未结疑难件", p.waybill_no, "发出疑难件", p.from_point, _at(p.received_at),
                _at(p.deadline), "", p.message] for p in week.open_problems]
            + [["理赔临近期限" if line.urgency.value != "overdue" else "理赔已逾期",
                line.claim.waybill_no, "理赔", line.claim.claimant_name,
                line.claim.claimed_on.isoformat(), line.due.isoformat(), "",
                line.claim.description] for line in week.claims_due])


def week_summary_text(week: WeekSummary) -> str:
    """The week's counts in one line (under the title of the XLSX and the PDF)."""
    return (f"查询 {week.received} 条，超时回复 {len(week.answered_late)} 条，"
            f"未回复 {len(week.still_open)} 条（已超时 {len(week.overdue_open)} 条），"
            f"投诉 {len(week.complaints) + len(week.complaint_records)} 条，"
            f"未结疑难件 {len(week.open_problems)} 件，临近期限的理赔 {len(week.claims_due)} 件")


def render_week_xlsx(week: WeekSummary, station: str) -> bytes:
    """The week's exception summary (001 「每周…汇总上报客服主管」)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "周汇总"
    period = f"{week.start.isoformat()} – {week.end.isoformat()}"
    put_text(ws, 1, 1, f"{station} 客服周异常汇总 {period}")
    put_text(ws, 2, 1, week_summary_text(week))
    write_table(ws, 4, WEEK_COLUMNS, week_rows(week), (12, 18, 14, 14, 17, 17, 17, 40))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def complaint_rows(complaints: Sequence[Complaint]) -> list[list[str]]:
    """One row per complaint (COMPLAINT_COLUMNS), with its ruling."""
    ruling = {Ruling.UPHELD: "属实", Ruling.NOT_UPHELD: "不属实"}
    return [[_at(c.received_at), c.waybill_no, c.caller_name, c.content, c.customer_evidence,
             c.staff_evidence, ruling[c.ruling] if c.ruling else "未裁定", c.staff_member,
             c.solution, "" if c.fine is None else str(c.fine)] for c in complaints]


def render_complaints_xlsx(month: MonthComplaints, station: str) -> bytes:
    """The month's complaints report for the supervisor (CS-6)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "投诉"
    put_text(ws, 1, 1, f"{station} {month.month} 投诉记录")
    put_text(ws, 2, 1, f"投诉 {len(month.complaints)} 条，属实 {month.upheld} 条，"
                       f"未裁定 {month.unruled} 条，罚款合计 {month.fines} 元")
    write_table(ws, 4, COMPLAINT_COLUMNS, complaint_rows(month.complaints),
                (17, 18, 10, 30, 20, 20, 8, 10, 24, 10))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def render_pickups_pdf(orders: Sequence[PickupOrder], day: date, station: str,
                       font_path: Path, drivers: Sequence[DriverNotice] = ()) -> bytes:
    """The day's pickup list, one page per courier (CS-8: 「通知业务员去取件」), then one page
    per driver with the goods couriers reported (「通知驾驶员取货」), A4 PDF."""
    font = register_font(font_path)
    title = ParagraphStyle("title", fontName=font, fontSize=15, leading=20)
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="取件清单")
    story: list[Flowable] = []

    def page(heading: str, header: tuple[str, ...], rows: list[tuple[str, ...]],
             widths_mm: tuple[int, ...]) -> None:
        """One person's page: the heading, then a table whose header repeats."""
        if story:
            story.append(PageBreak())
        story.extend([Paragraph(escape(heading), title), Spacer(1, 4 * mm)])
        table = Table([[Paragraph(h, body) for h in header]]
                      + [[Paragraph(escape(v), body) for v in row] for row in rows],
                      colWidths=[w * mm for w in widths_mm], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)

    by_courier: dict[str, list[PickupOrder]] = {}
    for order in orders:
        by_courier.setdefault(order.courier_name or "无业务员（分点）", []).append(order)
    for courier, items in by_courier.items():
        page(f"{station} 取件清单 {day.isoformat()} · {courier} · {len(items)} 单",
             ("时间", "联系人", "电话", "地址", "备注"),
             [(o.not_before.strftime("%H:%M"), o.caller_name, o.caller_phone, o.address,
               o.note) for o in items], (16, 22, 28, 80, 34))
    by_driver: dict[str, list[DriverNotice]] = {}
    for notice in drivers:
        by_driver.setdefault(notice.driver_name, []).append(notice)
    for driver, notices in by_driver.items():
        page(f"{station} 司机取货 {day.isoformat()} · {driver} · {len(notices)} 处",
             ("通知时间", "报货业务员", "地点", "货物"),
             [(n.taken_at.strftime("%H:%M"), n.courier_name, n.place, n.goods)
              for n in notices], (20, 26, 90, 44))
    if not story:
        story.append(Paragraph(escape(f"{station} 取件清单 {day.isoformat()}：无"), title))
    doc.build(story)
    return out.getvalue()
