"""GUI-thread time of a warehouse scan-in with a large history (issue 15): the service call
plus what the workspace refreshes after it, before (the whole board and problem list reloaded
after every save) and after (reloaded only when the board tab is on screen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_scan_in_gui.py [--history 2000000]
    [--in-stock 600] [--ops 200]

The history is bulk-inserted by bench_warehouse.fill (closed stays with their events); the
clerk works on the scan-in tab, as at the desk.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_warehouse import fill, pct

from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.warehouse import (
    Location,
    LocationKind,
    NobodyHome,
    ProblemDetails,
    Reason,
)
from counter_app.main import open_database, wire
from counter_app.services.station import FirstSupervisor
from counter_app.services.warehouse import ScanInDraft
from tests.helpers import PROFILE, FakeClock, fast_hasher


def main() -> int:
    """Fill, then time ``--ops`` scan-ins each way."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--history", type=int, default=2_000_000)
    parser.add_argument("--in-stock", type=int, default=600)
    parser.add_argument("--ops", type=int, default=200)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from counter_app.ui.workspaces.warehouse import WarehouseWorkspace

    tmp = Path(tempfile.mkdtemp(prefix="bench-scan-in-"))
    db = tmp / "counter.sqlite3"
    clock = FakeClock(datetime(2026, 11, 23, 9, 0))
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp)
    boss = services.station.set_up(PROFILE, FirstSupervisor("1001", "王丽", "secret-1001"))
    clerk = services.staff.add(boss, "4001", "李明", Role.WAREHOUSE, "pw-4001")
    courier = services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    services.warehouse.locations()
    services.warehouse.save_location(boss, Location("N", LocationKind.NEXT_ROUND, 3000, 6))
    engine.dispose()
    fill_s = fill(db, args.history, courier.id, clock.now())
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp)
    wh = services.warehouse
    details = ProblemDetails(nobody_home=NobodyHome.TOMORROW,
                             attempt_at=datetime(2026, 11, 23, 8, 30))
    rng = random.Random(11)

    def store(n: int) -> None:
        wh.scan_in(clerk, ScanInDraft(f"7739{n:010d}", Reason.NOBODY_HOME, details, "王芳",
                                      f"138{rng.randrange(10**8):08d}"))

    for n in range(args.in_stock):
        store(n)
    ws = WarehouseWorkspace(services)
    ws.resize(1366, 700)
    ws.show()
    ws.activate(clerk)
    assert ws.ui.warehouse_tabs.currentWidget() is ws.ui.scan_in_tab
    app.processEvents()
    timings: dict[str, list[float]] = {"before": [], "after": []}
    n = args.in_stock
    for _ in range(args.ops):
        for way in ("before", "after"):
            n += 1
            t = time.perf_counter()
            store(n)
            if way == "before":
                ws.board_panel.refresh()  # what every save did before issue 15
            else:
                ws.board_panel.changed()
            app.processEvents()
            timings[way].append((time.perf_counter() - t) * 1000)
    print(f"history: {args.history:,} closed stays (+ {args.in_stock + 2 * args.ops:,} in "
          f"stock), filled in {fill_s:.0f} s, database {db.stat().st_size / 1e6:.0f} MB")
    for way, values in timings.items():
        print(f"scan-in on the GUI thread, {way}: median {statistics.median(values):.1f} ms, "
              f"p99 {pct(values, 99):.1f} ms, max {max(values):.1f} ms ({len(values)} scan-ins)")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
