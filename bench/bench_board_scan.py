"""Longest GUI-thread stall while warehouse scans change a big stock (issue 21 §5, issue 15
§1; goal: none over 50 ms with 3,000 parcels in stock).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_board_scan.py [--history 200000]
    [--in-stock 3000] [--scans 40]

The warehouse workspace is built on a station with ``--history`` closed stays (bulk-inserted
by bench_warehouse.fill) and ``--in-stock`` parcels in stock; its deadline board and problem
list are loaded (3,000 rows). Then, driven from the event loop one scan every 250 ms, half
scan-ins (the service's write on the GUI thread as the scan-in form does, then the board's
update) and half scan-outs (the scan-out tab's own ``scan_out``). A QTimer ticks every 10 ms on
the GUI thread all along; the longest gap between two ticks is the longest the window was
frozen. For comparison the same board reloaded in full on the GUI thread (the tasks run
inline) after a scan, as every scan-in did before issue 15.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_warehouse import fill, pct

from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.warehouse import Location, LocationKind, NobodyHome, ProblemDetails, Reason
from counter_app.main import open_database, wire
from counter_app.services.station import FirstSupervisor
from counter_app.services.warehouse import ScanInDraft
from tests.helpers import PROFILE, FakeClock, fast_hasher


def main() -> int:
    """Fill, load the board, scan, print the stalls."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--history", type=int, default=200_000)
    parser.add_argument("--in-stock", type=int, default=3_000)
    parser.add_argument("--scans", type=int, default=40)
    parser.add_argument("--verbose", action="store_true", help="print every gap over 50 ms")
    args = parser.parse_args()
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from counter_app.ui import tasks
    from counter_app.ui.workspaces.warehouse import WarehouseWorkspace

    tmp = Path(tempfile.mkdtemp(prefix="bench-board-"))
    db = tmp / "counter.sqlite3"
    clock = FakeClock(datetime(2026, 11, 23, 9, 0))
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp)
    boss = services.station.set_up(PROFILE, FirstSupervisor("1001", "王丽", "secret-1001"))
    clerk = services.staff.add(boss, "4001", "李明", Role.WAREHOUSE, "pw-4001")
    courier = services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    services.warehouse.locations()
    services.warehouse.save_location(boss, Location("N", LocationKind.NEXT_ROUND, 6000, 6))
    engine.dispose()
    fill_s = fill(db, args.history, courier.id, clock.now())
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp)
    wh = services.warehouse
    rng = random.Random(11)

    def store(n: int) -> None:
        details = ProblemDetails(nobody_home=NobodyHome.TOMORROW,
                                 attempt_at=clock.now() - timedelta(minutes=30))
        wh.scan_in(clerk, ScanInDraft(f"7739{n:010d}", Reason.NOBODY_HOME, details, "王芳",
                                      f"138{rng.randrange(10**8):08d}"))

    t = time.perf_counter()
    for n in range(args.in_stock):
        clock.current = datetime(2026, 11, 15, 9, 0) + timedelta(
            minutes=n * 8 * 24 * 60 // args.in_stock)
        store(n)
    clock.current = datetime(2026, 11, 23, 9, 0)
    stock_s = time.perf_counter() - t
    tasks.settle_heap()  # as main() does once the desk is built

    ws = WarehouseWorkspace(services)
    ws.resize(1366, 700)
    ws.show()
    ws.activate(clerk)
    board_tab = ws.ui.warehouse_tabs.indexOf(ws.ui.board_tab)

    def settle() -> None:
        while tasks.Task._running or any(r.busy for r in (
                ws.board_panel.problem_rows, ws.board_panel.overdue_rows, ws.board_panel.due_rows)):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)

    # the first load of the board (3,000 rows), read on the worker, shown in slices
    gaps: list[float] = []
    clock_t = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)
    last = [0]

    marks: list[tuple[float, str]] = []  # (ms, what started) for --verbose

    def tick() -> None:
        now = clock_t.elapsed()
        gaps.append(now - last[0])
        if args.verbose and now - last[0] > 50:
            recent = [f"{what}@{at:.0f}" for at, what in marks if now - 400 < at <= now]
            print(f"  gap {now - last[0]} ms ending at {now} ms; recent: {recent}")
        last[0] = now

    ticker.timeout.connect(tick)

    def watch(run: object) -> tuple[float, float]:
        gaps.clear()
        clock_t.start()
        last[0] = 0
        ticker.start()
        start = time.perf_counter()
        run()  # type: ignore[operator]
        settle()
        wall = time.perf_counter() - start
        ticker.stop()
        return max(gaps, default=0.0), wall

    first_gap, first_s = watch(lambda: ws.show_tab(board_tab))
    rows = len(ws.board_panel.problem_rows)
    ws.show_tab(ws.ui.warehouse_tabs.indexOf(ws.ui.scan_in_tab))
    ws.ui.disposition_combo.setCurrentIndex(0)  # 出仓派送
    ws.ui.out_courier_combo.setCurrentIndex(ws.ui.out_courier_combo.findData(courier.id))

    # the scans, one every 250 ms from the event loop
    per_scan: list[float] = []
    saves: list[str] = []
    refused: list[str] = []  # scan-ins whose form did not open
    polls: list[object] = []  # kept alive while they wait
    pauses: list[float] = []  # the garbage collector's pauses during the scans
    started = [0.0]

    def collector(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append((time.perf_counter() - started[0]) * 1000)

    import gc

    gc.callbacks.append(collector)
    said = ws.scan_in_panel.in_message

    def in_message(text: str, style: str) -> None:
        saves.append(text)
        said(text, style)

    ws.scan_in_panel.in_message = in_message  # type: ignore[method-assign]
    writes: list[float] = []  # of which the scan-in's database write
    board_part: list[float] = []  # and the board's update on the GUI thread
    n = args.in_stock
    outs = iter(range(args.in_stock))

    def one_scan(i: int) -> None:
        nonlocal n
        t0 = time.perf_counter()
        marks.append((clock_t.elapsed(), "in" if i % 2 == 0 else "out"))
        if i % 2 == 0:
            n += 1
            ws.show_tab(ws.ui.warehouse_tabs.indexOf(ws.ui.scan_in_tab))
            # the look-up, on the worker thread
            opened = ws.scan_in_panel.open_parcel(f"7739{n:010d}")
            spent = (time.perf_counter() - t0) * 1000
            marks.append((clock_t.elapsed(), "end"))
            # the form opens when the look-up answers; the event loop runs meanwhile
            poll = QTimer()
            poll.setInterval(2)
            tries = [0]

            def fill() -> None:
                tries[0] += 1
                if not ws.ui.in_form.isEnabled() and tries[0] < 500:
                    return
                poll.stop()
                t1 = time.perf_counter()
                if not ws.ui.in_form.isEnabled():
                    refused.append(opened.headline)
                ws.scan_in_panel.pick_reason(
                    ws.ui.reason_combo.findData(Reason.NOBODY_HOME.value) - 1)
                ws.scan_in_panel.load_details(Reason.NOBODY_HOME, ProblemDetails(
                    nobody_home=NobodyHome.TOMORROW,
                    attempt_at=clock.now() - timedelta(minutes=30)))
                ws.ui.recipient_edit.setText("王芳")
                ws.ui.phone_edit.setText(f"138{rng.randrange(10**8):08d}")
                writes.append(spent + (time.perf_counter() - t1) * 1000)
                t2 = time.perf_counter()
                # Enter: the write and the board's rows on the worker thread
                ws.scan_in_panel.save_in()
                board_part.append((time.perf_counter() - t2) * 1000)
                per_scan.append(spent + (time.perf_counter() - t1) * 1000)

            poll.timeout.connect(fill)
            polls.append(poll)
            poll.start()
            return
        ws.show_tab(ws.ui.warehouse_tabs.indexOf(ws.ui.scan_out_tab))
        ws.scan_out_panel.scan_out(f"7739{next(outs):010d}")
        per_scan.append((time.perf_counter() - t0) * 1000)
        marks.append((clock_t.elapsed(), "end"))

    def scans() -> None:
        loop = QEventLoop()
        for i in range(args.scans):
            QTimer.singleShot(250 * i, lambda i=i: one_scan(i))
        QTimer.singleShot(250 * args.scans + 200, loop.quit)
        loop.exec()

    scan_gap, _ = watch(scans)
    gc.callbacks.remove(collector)
    # what a scan did before: the whole board on the GUI thread
    board = ws.board_panel
    applied = board.problem_rows.applied + board.overdue_rows.applied + board.due_rows.applied
    ws.show_tab(board_tab)  # a full load, diffed: nothing to change if the rows were right
    settle()
    lists_match = applied == (board.problem_rows.applied + board.overdue_rows.applied
                              + board.due_rows.applied)
    full: list[float] = []
    with tasks.synchronous():
        for _ in range(3):
            n += 1
            store(n)
            t0 = time.perf_counter()
            ws.board_panel.refresh()
            settle()
            full.append((time.perf_counter() - t0) * 1000)
    full_reload_rows = len(ws.board_panel.problem_rows)

    print(f"data: {args.history:,} closed stays, {args.in_stock:,} in stock "
          f"(filled in {fill_s:.0f} s + {stock_s:.0f} s), database "
          f"{db.stat().st_size / 1e6:.0f} MB")
    print(f"first load of the board ({rows:,} problem rows): {first_s * 1000:.0f} ms wall, "
          f"longest GUI stall {first_gap:.0f} ms")
    print(f"{args.scans} scans (half in, half out) with the board loaded: longest GUI stall "
          f"{scan_gap:.0f} ms; GUI time per scan median {statistics.median(per_scan):.1f} ms, "
          f"p99 {pct(per_scan, 99):.1f} ms, max {max(per_scan):.1f} ms")
    print(f"  of a scan-in: the scan and the form's filling median "
          f"{statistics.median(writes):.1f} ms, max {max(writes):.1f} ms (the look-up on the "
          f"worker not counted); Enter (save and board on the worker) median "
          f"{statistics.median(board_part):.2f} ms, max {max(board_part):.2f} ms")
    saved = sum(1 for m in saves if m.startswith("Saved"))
    outs = len(ws.scan_out_panel.session)
    print(f"  {saved} of {args.scans // 2} scan-ins saved, {outs} scan-outs; "
          f"other messages: {sorted({m for m in saves if not m.startswith('Saved')})}; "
          f"forms not opened: {refused}")
    print(f"  garbage collections during the scans: {len(pauses)}, longest "
          f"{max(pauses, default=0):.0f} ms")
    print(f"  the lists after the scans equal a full load: {lists_match}")
    print(f"for comparison, the whole board ({full_reload_rows:,} rows) reloaded on the GUI "
          f"thread after a scan-in: median {statistics.median(full):.0f} ms, max "
          f"{max(full):.0f} ms")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
