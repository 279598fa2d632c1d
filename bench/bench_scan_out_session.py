"""One long scan-out session through the warehouse workspace (issue 21 §2).

    .venv/bin/python bench/bench_scan_out_session.py [--parcels 5000]

Scans in ``--parcels`` parcels through the service, then scans every one out for delivery
through the real gateway and workspace (offscreen), one session, and prints the latency of the
first and the last 100 scan-outs (validate, journal, conditional close, event, list refresh).
Before the list was bounded, a 3,000-scan session took 116 ms a scan at the end (7 ms at the
start): every scan refilled and re-measured the whole table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers

from counter_app.domain.scanning import RawScan
from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.warehouse import (
    Disposition,
    Location,
    LocationKind,
    NobodyHome,
    ProblemDetails,
    Reason,
)
from counter_app.hardware.hub import ScannerHub
from counter_app.main import open_database, wire
from counter_app.paths import DataPaths
from counter_app.services.station import FirstSupervisor
from counter_app.services.warehouse import ScanInDraft
from counter_app.ui.app import AppController, make_application
from counter_app.ui.i18n import Translations
from counter_app.ui.scanning import Cues
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.warehouse import WarehouseWorkspace
from tests.helpers import PROFILE, FakeClock, fast_hasher


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def main() -> int:
    """Scan in, then scan out in one session; print the first and last 100 latencies."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--parcels", type=int, default=5000)
    args = parser.parse_args()
    app = make_application()
    tmp = Path(tempfile.mkdtemp(prefix="bench-session-"))
    paths = DataPaths(tmp).ensure()
    clock = FakeClock(datetime(2026, 11, 23, 9, 0))
    engine = open_database(f"sqlite:///{paths.database}", backup_dir=paths.backup_dir)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=paths.backup_dir)
    boss = services.station.set_up(PROFILE, FirstSupervisor("1001", "王丽", "secret-1001"))
    services.staff.add(boss, "4001", "赵敏", Role.WAREHOUSE, "pw-4001")
    courier = services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    services.warehouse.locations()
    services.warehouse.save_location(boss, Location("N", LocationKind.NEXT_ROUND,
                                                    args.parcels + 100, 6))
    clerk = services.auth.login("4001", "pw-4001")
    details = ProblemDetails(nobody_home=NobodyHome.TOMORROW,
                             attempt_at=datetime(2026, 11, 23, 8, 30))
    numbers = [f"7739{n:010d}" for n in range(args.parcels)]
    started = time.perf_counter()
    for number in numbers:
        services.warehouse.scan_in(clerk, ScanInDraft(number, Reason.NOBODY_HOME, details,
                                                      "王芳", "13800001234"))
    print(f"{args.parcels:,} parcels scanned in through the service in "
          f"{time.perf_counter() - started:.1f} s")
    translations = Translations()
    translations.apply("en")
    ctl = AppController(services, Preferences(paths.settings_file), translations, ScannerHub())
    ctl.window.cues = Cues(beep=lambda: None)
    ctl.window.set_operator(clerk)
    ctl.window.resize(1366, 768)
    ctl.window.show()
    ws = ctl.window.workspaces["warehouse"]
    assert isinstance(ws, WarehouseWorkspace)
    ws.show_tab(ws.ui.warehouse_tabs.indexOf(ws.ui.scan_out_tab))
    ws.ui.disposition_combo.setCurrentIndex(
        ws.ui.disposition_combo.findData(Disposition.DELIVERY))
    ws.ui.out_courier_combo.setCurrentIndex(ws.ui.out_courier_combo.findData(courier.id))
    app.processEvents()
    latencies: list[float] = []
    for n, number in enumerate(numbers):
        t = time.perf_counter()
        ctl.gateway.process(RawScan("wedge", number.encode(), number, 10.0 + 10 * n))
        app.processEvents()
        latencies.append((time.perf_counter() - t) * 1000)
    assert services.warehouse.in_stock(clerk) == [], "every parcel should have left"
    first, last = latencies[:100], latencies[-100:]
    print(f"scan-out through the workspace, one session of {args.parcels:,}:")
    print(f"  first 100: median {statistics.median(first):.1f} ms, p95 {pct(first, 95):.1f} ms")
    print(f"  last 100:  median {statistics.median(last):.1f} ms, p95 {pct(last, 95):.1f} ms")
    print(f"  rows in the session list at the end: {ws.ui.out_table.rowCount()}")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
