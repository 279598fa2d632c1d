"""Scan-in rate as stored and committed, next to bare ``sqlite3`` writing the same rows
(issue 18 §2: the ratio is the figure to watch, goal ≥ 0.5).

    .venv/bin/python bench/bench_scan_in_rate.py [--parcels 500] [--stock 600]

Two SQLite files made by the same migrations (same tables, indexes and search-index
triggers) on the same disk, with the station's PRAGMAs (``engine.SQLITE_PRAGMAS``: WAL,
synchronous=FULL, foreign keys, busy timeout). The two writers take turns, one scan-in each,
so a busy disk or CPU slows both alike. On the first, ``WarehouseService.scan_in`` as the desk
calls it (validate,
place, stay, ``in`` event, audit row, commit), after the scanner read was journalled in its own
committed transaction (SC-3), as the desk does it. On the second, bare ``sqlite3`` writes
the same rows: the journal row and its commit, then the stay, its event and its audit row and
their commit. Both start with ``--stock`` parcels on the shelves.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers

from counter_app.domain.scanning import RawScan
from counter_app.domain.staff import Role
from counter_app.domain.warehouse import (
    Location,
    LocationKind,
    NobodyHome,
    ProblemDetails,
    Reason,
)
from counter_app.main import open_database, wire
from counter_app.persistence.engine import SQLITE_PRAGMAS
from counter_app.services.warehouse import ScanInDraft
from tests.helpers import FakeClock, add_clerk, fast_hasher, set_up_station

DETAILS = ProblemDetails(nobody_home=NobodyHome.TOMORROW,
                         attempt_at=datetime(2026, 11, 23, 8, 30))


def station(db: Path, clock: FakeClock) -> None:
    """A migrated station with a roomy next-round area."""
    engine = open_database(f"sqlite:///{db}", backup_dir=db.parent)
    app = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=db.parent,
               photo_dir=db.parent)
    boss = set_up_station(app)
    add_clerk(app, boss, Role.WAREHOUSE, "4001")
    app.warehouse.locations()
    app.warehouse.save_location(boss, Location("N", LocationKind.NEXT_ROUND, 10_000, 6))
    engine.dispose()


Timed = tuple[Callable[[int], None], Callable[[], None]]
"""One scan-in by number, and the closing."""


def app_writer(db: Path, clock: FakeClock, commits: list[float]) -> Timed:
    """Scan-ins through the services (journal + scan-in, two commits each); the time of each
    ``sqlite3`` commit is noted in ``commits``."""
    engine = open_database(f"sqlite:///{db}", backup_dir=db.parent)
    app = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=db.parent,
               photo_dir=db.parent)
    clerk = app.auth.login("4001", "pw-4001")
    do_commit = engine.dialect.do_commit

    def timed_commit(dbapi_connection: Any) -> None:
        t = time.perf_counter()
        do_commit(dbapi_connection)
        commits.append(time.perf_counter() - t)

    engine.dialect.do_commit = timed_commit  # type: ignore[method-assign]

    def one(n: int) -> None:
        number = f"7739{n:010d}"
        clock.advance(seconds=1)
        app.scans.process(RawScan("serial:/dev/ttyUSB0", number.encode(), number, float(n)))
        app.warehouse.scan_in(clerk, ScanInDraft(number, Reason.NOBODY_HOME, DETAILS, "王芳",
                                                 f"138{n:08d}"))

    return one, engine.dispose


def bare_writer(db: Path, commits: list[float]) -> Timed:
    """The same rows by bare sqlite3 with the app's PRAGMAs, one transaction per commit."""
    con = sqlite3.connect(db, isolation_level=None)
    for pragma in SQLITE_PRAGMAS:  # the very settings of the app's connections
        con.execute(f"PRAGMA {pragma}")
    actor_id = con.execute("SELECT id FROM staff WHERE job_number = '4001'").fetchone()[0]
    at0 = datetime(2026, 11, 23, 9, 0)

    def commit() -> None:
        t = time.perf_counter()
        con.execute("COMMIT")
        commits.append(time.perf_counter() - t)

    def one(n: int) -> None:
        number = f"7739{n:010d}"
        at = str(at0 + timedelta(seconds=n))
        con.execute("BEGIN")
        con.execute("INSERT INTO scan_journal (at, source, raw, text, outcome, number, reason) "
                    "VALUES (?, ?, ?, ?, 'accepted', ?, NULL)",
                    (at, "serial:/dev/ttyUSB0", number.encode(), number, number))
        commit()
        details = json.dumps(DETAILS.as_dict(), sort_keys=True)
        code = f"N-{n % 6 + 1}-{(n + 1) % 10_000:04d}"
        con.execute("BEGIN")
        stay_id = con.execute(
            "INSERT INTO wh_stay (waybill_no, reason, details, location, layer, pickup_code, "
            "recipient, phone, phone_tail, bulky, destination_province, in_at, in_by, "
            "out_details) VALUES (?, 'nobody_home', ?, 'N', ?, ?, '王芳', ?, ?, 0, '', ?, "
            "'4001', '{}') RETURNING id",
            (number, details, n % 6 + 1, code, f"138{n:08d}", f"{n:04d}"[-4:], at),
        ).fetchone()[0]
        data = json.dumps({"reason": "nobody_home", "details": DETAILS.as_dict(),
                           "location": "N", "pickup_code": code}, ensure_ascii=False)
        con.execute("INSERT INTO wh_event (stay_id, waybill_no, at, by, kind, data) "
                    "VALUES (?, ?, ?, '4001', 'in', ?)", (stay_id, number, at, data))
        con.execute("INSERT INTO audit_log (at, actor_id, actor, entity, entity_id, action, "
                    "before, after) VALUES (?, ?, '4001', 'wh_stay', ?, 'scan_in', NULL, ?)",
                    (at, actor_id, str(stay_id),
                     json.dumps({"waybill_no": number, "reason": "nobody_home",
                                 "location": "N", "pickup_code": code})))
        commit()

    return one, con.close


def main() -> int:
    """Print both rates and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=500)
    parser.add_argument("--stock", type=int, default=600)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-rate-"))
    (tmp / "app").mkdir()
    (tmp / "bare").mkdir()
    clock = FakeClock(datetime(2026, 11, 23, 9, 0))
    station(tmp / "app" / "counter.sqlite3", clock)
    station(tmp / "bare" / "counter.sqlite3", FakeClock(datetime(2026, 11, 23, 9, 0)))
    app_commits: list[float] = []
    bare_commits: list[float] = []
    app_one, app_close = app_writer(tmp / "app" / "counter.sqlite3", clock, app_commits)
    bare_one, bare_close = bare_writer(tmp / "bare" / "counter.sqlite3", bare_commits)
    for n in range(args.stock):
        app_one(n)
        bare_one(n)
    # one scan-in each in turn: both see the same disk and the same busy machine
    app_s = bare_s = app_cpu = bare_cpu = 0.0
    del app_commits[:], bare_commits[:]
    for n in range(args.stock, args.stock + args.parcels):
        t, c = time.perf_counter(), time.process_time()
        app_one(n)
        app_s += time.perf_counter() - t
        app_cpu += time.process_time() - c
        t, c = time.perf_counter(), time.process_time()
        bare_one(n)
        bare_s += time.perf_counter() - t
        bare_cpu += time.process_time() - c
    app_close()
    bare_close()
    ours, bare = args.parcels / app_s, args.parcels / bare_s

    def per_commit(times: list[float]) -> str:
        return f"commit median {statistics.median(times) * 1000:.2f} ms"

    print(f"SQLite file, {', '.join(SQLITE_PRAGMAS)}, {args.stock} parcels already in stock, "
          f"{args.parcels} timed scan-ins (journal commit + stay, event, audit commit), the "
          "two writers taking turns")
    print(f"  through the services : {ours:7.0f} scan-ins/s ({1000 / ours:.2f} ms each, CPU "
          f"{app_cpu / args.parcels * 1000:.2f} ms, {per_commit(app_commits)})")
    print(f"  bare sqlite3        : {bare:7.0f} scan-ins/s ({1000 / bare:.2f} ms each, CPU "
          f"{bare_cpu / args.parcels * 1000:.2f} ms, {per_commit(bare_commits)})")
    print(f"  ratio               : {ours / bare:.2f} (goal ≥ 0.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
