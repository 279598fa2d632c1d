"""Issue 21 §5: one parcel's lines on the deadline board and in the problem list, read alone
after a scan, are exactly its lines in the whole board and problem list (WH-8, WH-4); none once
it has left. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

from counter_app.domain.staff import Courier, StaffMember
from counter_app.domain.warehouse import Disposition, Reason
from counter_app.services.app import AppServices
from counter_app.services.warehouse import ScanOutDraft
from tests.helpers import FakeClock
from tests.integration.test_warehouse_service import COMPLETE, app, clock, desk, draft, no

__all__ = ["app", "clock", "desk"]  # fixtures, imported to be found

Desk = tuple[StaffMember, StaffMember, Courier, Courier]


def test_one_parcels_entry_matches_the_whole_board_and_goes_when_it_leaves(
        app: AppServices, desk: Desk, clock: FakeClock) -> None:
    _, clerk, zhang, _ = desk
    reasons = [r for r in COMPLETE if r not in (Reason.MISSORTED,)][:8]
    for n, reason in enumerate(reasons, 1):
        app.warehouse.scan_in(clerk, draft(n, reason))
    app.warehouse.log_message(clerk, no(1), outgoing=True, company="温州瓯海", text="请核实地址")
    clock.current = datetime(2026, 11, 30, 9, 0)  # days later: several lines fall due
    board = app.warehouse.board(clerk)
    problems = {p.stay.waybill_no: p for p in app.warehouse.open_problems(clerk)}
    assert board.overdue or board.due_today  # the comparison below compares something
    for n in range(1, len(reasons) + 1):
        entry = app.warehouse.board_entry(clerk, no(n))
        assert entry.today == board.today
        whole = [(b.due.kind, b.due.due_on) for b in board.overdue + board.due_today
                 if b.stay.waybill_no == no(n)]
        assert sorted((b.due.kind, b.due.due_on) for b in entry.lines) == sorted(whole)
        assert entry.problem == problems[no(n)]
    assert app.warehouse.board_entry(clerk, no(1)).problem is not None
    assert app.warehouse.board_entry(clerk, no(1)).problem.messages == 1
    app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.DELIVERY,
                                                      courier_id=zhang.id))
    gone = app.warehouse.board_entry(clerk, no(1))
    assert (gone.lines, gone.problem) == ((), None)
    assert app.warehouse.board_entry(clerk, no(99)).problem is None  # never in stock
