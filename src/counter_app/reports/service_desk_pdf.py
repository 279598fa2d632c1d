"""The service desk's reports for the 客服主管 as PDF, in the house style of the station's forms
(station header, tables drawn by the streaming grid ``GridTable`` with their heading and column
header repeated on every page, numbered pages): the week's exceptions (CS-9, 001
「每周…汇总上报客服主管」) and the month's complaints (CS-6). The rows are the XLSX's rows
(``service_desk_lists``), so the file and the paper agree."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from counter_app.reports.form_layout import (
    build_pdf,
    centred_line,
    column_widths,
    form_font,
    frame_width,
    section_table,
    station_block,
    totalled_table,
)
from counter_app.reports.service_desk_lists import (
    COMPLAINT_COLUMNS,
    WEEK_COLUMNS,
    complaint_rows,
    enquiry_row,
    week_summary_text,
)
from counter_app.services.service_desk import WeekSummary
from counter_app.services.service_desk_cases import MonthComplaints

PAGE = landscape(A4)
WEEK_TITLE = "客服周异常汇总"
COMPLAINTS_TITLE = "投诉记录"
PROBLEM_COLUMNS = ("序号", "运单号", "来自网点", "留言内容", "受理时间", "对方期限", "已办")
CLAIM_COLUMNS = ("序号", "运单号", "类别", "索赔人", "索赔日期", "期限", "状态")
CLAIM_KIND_ZH = {"loss": "遗失", "delay": "延误", "damage": "破损"}


def _numbered(rows: list[list[str]]) -> list[list[str]]:
    return [[str(n), *row] for n, row in enumerate(rows, 1)]


def render_week_pdf(week: WeekSummary, font_path: Path | None = None) -> bytes:
    """The week's exceptions, A4 landscape: enquiries answered late, overdue and unanswered,
    complaint calls; the complaints recorded (with their rulings); the problem parcels still
    open; the claims overdue or near their deadline. Each a section, or 「（无）」.

    Args:
        week: the summary (its ``header`` is the station block).
        font_path: a CJK TrueType font (default: the bundled report font).

    Returns:
        The PDF file content.
    """
    font = form_font(font_path)
    width = frame_width(PAGE)
    period = f"{week.start.isoformat()} 至 {week.end.isoformat()}"
    story: list[Flowable] = [
        *station_block(week.header, f"{WEEK_TITLE}（{period}）", font, width),
        centred_line(week_summary_text(week), font, 10, width, space=3 * mm),
    ]
    enquiry_cols = ("序号", *WEEK_COLUMNS[1:])
    enquiry_w = column_widths((10, 34, 24, 26, 28, 28, 28, 0), 7, width)
    for heading, items in (("超时回复", week.answered_late), ("超时未回复", week.overdue_open),
                           ("投诉类查询", week.complaints)):
        rows = [enquiry_row("", e)[1:] for e in items]
        story += [section_table(heading, enquiry_cols, _numbered(rows), enquiry_w, font),
                  Spacer(1, 4 * mm)]
    complaint_cols = ("序号", *COMPLAINT_COLUMNS)
    complaint_w = column_widths((10, 26, 32, 16, 0, 28, 28, 14, 16, 30, 16), 4, width)
    story += [section_table("投诉记录", complaint_cols,
                            _numbered(complaint_rows(week.complaint_records)), complaint_w,
                            font),
              Spacer(1, 4 * mm)]
    problem_rows = [[p.waybill_no, p.from_point, p.message,
                     p.received_at.strftime("%Y-%m-%d %H:%M"),
                     p.deadline.strftime("%Y-%m-%d %H:%M"), f"{len(p.actions)} 次"]
                    for p in week.open_problems]
    story += [section_table("未结发出疑难件", PROBLEM_COLUMNS, _numbered(problem_rows),
                            column_widths((10, 34, 30, 0, 30, 30, 16), 3, width), font),
              Spacer(1, 4 * mm)]
    claim_rows = [[c.claim.waybill_no, CLAIM_KIND_ZH.get(c.claim.kind.value, c.claim.kind.value),
                   c.claim.claimant_name, c.claim.claimed_on.isoformat(),
                   (("应于 " if c.claim.agreed_on is None else "转财务 ") + c.due.isoformat()),
                   "已逾期" if c.urgency.value == "overdue" else "临近期限"]
                  for c in week.claims_due]
    story.append(section_table("临近期限的理赔", CLAIM_COLUMNS, _numbered(claim_rows),
                               column_widths((10, 34, 20, 0, 28, 40, 24), 3, width), font))
    running = f"{WEEK_TITLE}（续）　{week.header.name}　{period}"
    return build_pdf(story, PAGE, font, running, f"{WEEK_TITLE} {period}", week.header)


def render_complaints_pdf(month: MonthComplaints, font_path: Path | None = None) -> bytes:
    """The month's complaints report for the supervisor (CS-6), A4 landscape: one row per
    complaint with both sides' evidence, the ruling, the staff member, the solution and the
    fine, and a 合计 row with the count upheld and the fines total.

    Args:
        month: the month's complaints (its ``header`` is the station block).
        font_path: a CJK TrueType font (default: the bundled report font).

    Returns:
        The PDF file content.
    """
    font = form_font(font_path)
    width = frame_width(PAGE)
    title = f"{month.month} {COMPLAINTS_TITLE}"
    total = ["合计", f"{len(month.complaints)} 件", "", f"属实 {month.upheld} 件",
             f"未裁定 {month.unruled} 件", "", "", "", "", "", f"{month.fines}"]
    table = totalled_table(("序号", *COMPLAINT_COLUMNS), _numbered(complaint_rows(
        month.complaints)), total,
        column_widths((10, 26, 32, 16, 0, 28, 28, 14, 16, 30, 16), 4, width), font,
        [("ALIGN", (10, 1), (10, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")])
    story: list[Flowable] = [*station_block(month.header, title, font, width), table]
    running = f"{title}（续）　{month.header.name}"
    return build_pdf(story, PAGE, font, running, title, month.header)

