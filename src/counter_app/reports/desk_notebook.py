"""The 客服工作笔记 section of the shift handover sheet (CS-9, X-3
「最重要的一点一定要记工作筆記」): the desk's notebook lines written during the shift, so
the next shift reads them with the warehouse's handover."""

from __future__ import annotations

from collections.abc import Sequence

from counter_app.reports.form_layout import column_widths, section_table
from counter_app.reports.grid import GridTable
from counter_app.services.desk_ports import DeskNote

NOTEBOOK_TITLE = "客服工作笔记"
NOTEBOOK_COLUMNS = ("序号", "时间", "记录人", "运单号", "内容")


def notebook_section(notes: Sequence[DeskNote], font: str, width: float) -> GridTable:
    """The section: one row per notebook line of the shift, oldest first, or 「（无）」."""
    rows = [[str(n), note.at.strftime("%H:%M"), note.by, note.waybill_no, note.text]
            for n, note in enumerate(notes, 1)]
    return section_table(NOTEBOOK_TITLE, NOTEBOOK_COLUMNS, rows,
                         column_widths((9, 16, 20, 33, 0), 4, width), font, centre_first=True)
