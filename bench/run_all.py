"""Every figure of issue 18's table against one built station, printed as one table.

    .venv/bin/python bench/run_all.py [--station /tmp/counter-bench/station.sqlite3]
        [--database postgresql+psycopg://…] [--build] [build_station.py's sizes…] [--ops 200]

Without ``--station`` / ``--database`` holding a station (or with ``--build``), the station is
built first by ``bench/build_station.py`` with the same size arguments (modest defaults; the big
station of the issue: ``--stays 2000000 --receipts 3000000 --acceptances 300000``). Then,
through the same service calls the desk makes:

- warehouse search: 6-digit partial waybill, 2-character name, phone tail (p50 / p95 / max);
- the handover sheet of the busy shift: query, then PDF;
- the account's monthly statement: query, PDF, XLSX;
- the morning check of the delivery day;
- scan-in as stored and committed, next to bare ``sqlite3`` writing the same rows (a stay, its
  event, its audit row, one transaction each) on the same disk with the same PRAGMAs;
- start to the login window and memory (``bench/bench_startup.py``, its own processes).

Each line gives the data size it was measured at. Times are wall-clock on this machine; a
busy machine inflates them, so the CPU time of the report renderings is printed beside.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers
sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_station as bs

from counter_app.domain.warehouse import NobodyHome, ProblemDetails, Reason
from counter_app.main import open_database, wire
from counter_app.persistence.engine import SQLITE_PRAGMAS
from counter_app.persistence.tables import AcceptanceRow, DeliveryListRow, StayRow
from counter_app.reports.intake_lists import render_statement_xlsx
from counter_app.reports.intake_pdf import render_statement_pdf
from counter_app.reports.warehouse_pdf import render_handover_pdf
from counter_app.services.warehouse import ScanInDraft
from tests.helpers import FakeClock, fast_hasher

ROWS: list[tuple[str, str, str, str]] = []
"""(figure, data size, now, goal) in print order."""


def add(figure: str, size: str, now: str, goal: str = "") -> None:
    """One line of the table (printed as it comes, too)."""
    ROWS.append((figure, size, now, goal))
    print(f"  {figure}: {now}   [{size}]", flush=True)


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def spread(values: list[float]) -> str:
    """p50, p95 and max of milliseconds."""
    return (f"p50 {statistics.median(values):.1f} ms, p95 {pct(values, 95):.1f} ms, "
            f"max {max(values):.1f} ms")


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall ms, CPU ms and the result of ``fn()``."""
    t, c = time.perf_counter(), time.process_time()
    result = fn()
    return (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000, result


def searches(app: Any, clerk: Any, ops: int, size: str) -> None:
    """The three warehouse searches, ``ops`` times each."""
    rng = random.Random(5)
    partial, names, tails = [], [], []
    for _ in range(ops):
        partial.append(timed(lambda: app.warehouse.search(
            clerk, f"{rng.randrange(10**6):06d}"))[0])
        two = rng.choice(bs.SURNAMES) + rng.choice(bs.GIVEN)
        names.append(timed(lambda: app.warehouse.search(clerk, two))[0])  # noqa: B023
        tails.append(timed(lambda: app.warehouse.search(
            clerk, f"{rng.randrange(10**4):04d}"))[0])
    add("partial waybill search, 6 digits", size, spread(partial), "p95 ≤ 20 ms")
    add("name search, 2 characters", size, spread(names), "p95 ≤ 20 ms")
    add("phone-tail search (indexed)", size, spread(tails), "keep")


def reports(app: Any, boss: Any, account_id: int) -> None:
    """Handover sheet, statement and morning check."""
    wall, _cpu, sheet = timed(lambda: app.warehouse.handover(boss, bs.SHIFT[0].date(), "late"))
    pdf_wall, pdf_cpu, pdf = timed(lambda: render_handover_pdf(sheet))
    size = (f"{len(sheet.came_in)} in, {len(sheet.went_out)} out, {sheet.stock_end} in stock; "
            f"{len(pdf) // 1024} KB PDF")
    add("handover sheet of the busy shift", size,
        f"{wall:.0f} ms + {pdf_wall:.0f} ms PDF (CPU {pdf_cpu:.0f} ms)", "≤ 300 ms together")
    wall, _cpu, statement = timed(lambda: app.intake.statement(account_id, bs.STATEMENT_MONTH))
    pdf_wall, pdf_cpu, _ = timed(lambda: render_statement_pdf(statement))
    x_wall, x_cpu, _ = timed(lambda: render_statement_xlsx(statement))
    add("an account's monthly statement", f"{len(statement.lines):,} parcels",
        f"{wall:.0f} ms + {pdf_wall:.0f} ms PDF (CPU {pdf_cpu:.0f}) + {x_wall:.0f} ms XLSX "
        f"(CPU {x_cpu:.0f})", "≤ 1 s each")
    wall, _cpu, report = timed(lambda: app.receipts.morning_report(bs.MORNING_DAY))
    expected = len(app.receipts.expected_on(bs.MORNING_DAY))
    add("morning check", f"{expected:,} expected receipts, {len(report.missing_receipts)} missing",
        f"{wall:.0f} ms", "≤ 200 ms")


def scan_rates(app: Any, clerk: Any, url: str, ops: int, base: int) -> None:
    """Scan-in as stored and committed, and bare sqlite3 writing the same rows (numbers from
    ``base`` on, so a station can be measured again)."""
    details = ProblemDetails(nobody_home=NobodyHome.TOMORROW,
                             attempt_at=datetime(2026, 11, 23, 21, 40))
    rng = random.Random(3)
    ms: list[float] = []
    t = time.perf_counter()
    for n in range(ops):
        draft = ScanInDraft(f"775{base + n:011d}", Reason.NOBODY_HOME, details, bs.name(rng),
                            f"138{rng.randrange(10**8):08d}")
        ms.append(timed(lambda: app.warehouse.scan_in(clerk, draft))[0])  # noqa: B023
    app_rate = ops / (time.perf_counter() - t)
    add("scan-in, as stored and committed (service)", f"{ops} scans",
        f"{app_rate:.0f}/s ({spread(ms)})")
    if not url.startswith("sqlite:///"):
        return
    con = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    for pragma in SQLITE_PRAGMAS:  # the very settings of the app's connections
        con.execute(f"PRAGMA {pragma}")
    now = datetime(2026, 11, 23, 21, 50).isoformat(sep=" ")
    t = time.perf_counter()
    for n in range(ops):
        waybill = f"776{base + n:011d}"
        phone = f"138{rng.randrange(10**8):08d}"
        con.execute("BEGIN IMMEDIATE")
        stay_id = con.execute(
            "INSERT INTO wh_stay (waybill_no, reason, details, location, layer, pickup_code, "
            "recipient, phone, phone_tail, bulky, destination_province, in_at, in_by, "
            "out_details) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
            (waybill, "nobody_home", json.dumps({"nobody_home": "tomorrow"}), "A", 1,
             f"A-1-{n:04d}", bs.name(rng), phone, phone[-4:], 0, "", now, bs.CLERK,
             "{}")).fetchone()[0]
        con.execute("INSERT INTO wh_event (stay_id, waybill_no, at, by, kind, data) "
                    "VALUES (?,?,?,?,?,?)", (stay_id, waybill, now, bs.CLERK, "in", "{}"))
        con.execute("INSERT INTO audit_log (at, actor_id, actor, entity, entity_id, action, "
                    "before, after) VALUES (?,?,?,?,?,?,?,?)",
                    (now, None, bs.CLERK, "wh_stay", str(stay_id), "scan_in", None,
                     json.dumps({"waybill_no": waybill})))
        con.execute("COMMIT")
    bare = ops / (time.perf_counter() - t)
    con.close()
    add("  the same rows by bare sqlite3 (WAL, synchronous=FULL)", f"{ops} scans",
        f"{bare:.0f}/s; ratio {app_rate / bare:.2f}", "ratio ≥ 0.5")


def startup() -> None:
    """Start-up and memory from bench_startup.py (its own processes)."""
    script = Path(__file__).with_name("bench_startup.py")
    if not script.exists():
        return
    out = subprocess.run([sys.executable, str(script), "--table"], capture_output=True,
                         text=True, check=False, timeout=600)
    for line in out.stdout.splitlines():
        if line.startswith("ROW\t"):
            _, figure, size, now, goal = line.split("\t")
            add(figure, size, now, goal)
    if out.returncode:
        print(out.stderr[-2000:], file=sys.stderr)


def main() -> int:
    """Build if needed, run every figure, print the table."""
    p = bs.parser()
    p.add_argument("--station", default="", help="an existing SQLite station (else --out)")
    p.add_argument("--build", action="store_true", help="build the station first")
    p.add_argument("--ops", type=int, default=200)
    args = p.parse_args()
    if args.station:
        args.out = args.station
    url = args.database or f"sqlite:///{args.out}"
    if args.build or not (args.database or Path(args.out).exists()):
        print("building the station:")
        url = bs.build(args)
    tmp = Path(args.out).parent
    engine = open_database(url, backup_dir=tmp / "backups")
    app = wire(engine, clock=FakeClock(bs.NOW), hasher=fast_hasher(), backup_dir=tmp)
    boss = app.auth.login("1001", "secret-1001")
    clerk = app.auth.login(bs.CLERK, "pw-4001")
    with engine.connect() as conn:
        stays = conn.scalar(select(func.count()).select_from(StayRow)) or 0
        recent = conn.scalar(select(func.count()).select_from(StayRow).where(
            StayRow.in_at >= bs.NOW - timedelta(days=180))) or 0
        accepted = conn.scalar(select(func.count()).select_from(AcceptanceRow)) or 0
        lines = conn.scalar(select(func.count()).select_from(DeliveryListRow)) or 0
    account = next(a for a in app.intake.accounts() if a.code == "A01")
    print(f"station {url}: {stays:,} stays ({recent:,} within 180 days), {accepted:,} "
          f"acceptances, {lines:,} delivery-list lines")
    size = f"{stays:,} stays"
    searches(app, clerk, args.ops, size)
    reports(app, boss, account.id or 0)
    scan_rates(app, clerk, url, args.ops, stays)
    engine.dispose()
    startup()
    width = max(len(r[0]) for r in ROWS)
    print(f"\n{'figure':<{width}} | now | goal | data size")
    print("-" * (width + 40))
    for figure, size, now, goal in ROWS:
        print(f"{figure:<{width}} | {now} | {goal} | {size}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
