"""Warehouse latency with a large history (issue 5 checks): phone-tail search, partial-number
search, scan-in and scan-out through the real services on an SQLite file.

    .venv/bin/python bench/bench_warehouse.py [--history 1000000] [--in-stock 600] [--ops 500]

The history is bulk-inserted (closed stays with their ``in`` and ``out`` events, phones spread
over every 4-digit tail); then the timed operations go through ``services.warehouse`` exactly
as the workspace calls them, each in its own FULL-sync transaction.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers

from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.warehouse import (
    Disposition,
    Location,
    LocationKind,
    NobodyHome,
    ProblemDetails,
    Reason,
)
from counter_app.main import open_database, wire
from counter_app.services.station import FirstSupervisor
from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
from tests.helpers import PROFILE, FakeClock, fast_hasher

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def fill(db: Path, history: int, courier_id: int, now: datetime) -> float:
    """Bulk-insert ``history`` closed stays (and two events each), one every 30 s up to
    ``now`` (1,000,000 ≈ the last 347 days: a busy station's year); returns seconds."""
    start = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    t0 = now - timedelta(days=1) - timedelta(seconds=30 * history)
    rng = random.Random(7)
    surnames, given = SURNAMES, GIVEN
    details = json.dumps({"nobody_home": "tomorrow", "attempt_at": "2024-01-01T08:00"})
    out_details = json.dumps({"courier": "张伟", "courier_id": courier_id})
    chunk = 50_000
    with con:
        for base in range(0, history, chunk):
            stays = []
            for i in range(base, min(history, base + chunk)):
                at = t0 + timedelta(seconds=30 * i)
                phone = f"139{rng.randrange(10**8):08d}"
                stays.append((i + 1, f"7731{i:010d}", "nobody_home", details, "A", 1,
                              f"A-1-{(i + 1) % 10000:04d}",
                              rng.choice(surnames)
                              + "".join(rng.choices(given, k=rng.choice((1, 2)))),
                              phone, phone[-4:], 0, "",
                              at.isoformat(sep=" "), "4001",
                              (at + timedelta(hours=20)).isoformat(sep=" "), "4001",
                              "delivery", out_details))
            con.executemany(
                "INSERT INTO wh_stay (id, waybill_no, reason, details, location, layer, "
                "pickup_code, recipient, phone, phone_tail, bulky, destination_province, in_at, "
                "in_by, out_at, out_by, disposition, out_details) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", stays)
            con.executemany(
                "INSERT INTO wh_event (stay_id, waybill_no, at, by, kind, data) "
                "VALUES (?,?,?,?,?,?)",
                [ev for s in stays for ev in (
                    (s[0], s[1], s[12], "4001", "in", "{}"),
                    (s[0], s[1], s[14], "4001", "out", out_details))])
    con.close()
    return time.perf_counter() - start


def main() -> int:
    """Fill, then time each operation ``--ops`` times."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--history", type=int, default=1_000_000)
    parser.add_argument("--in-stock", type=int, default=600)
    parser.add_argument("--ops", type=int, default=500)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-warehouse-"))
    db = tmp / "counter.sqlite3"
    clock = FakeClock(datetime(2026, 11, 23, 9, 0))
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp)
    boss = services.station.set_up(PROFILE, FirstSupervisor("1001", "王丽", "secret-1001"))
    clerk = services.staff.add(boss, "4001", "李明", Role.WAREHOUSE, "pw-4001")
    courier = services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    services.warehouse.locations()  # the default locations, then a roomy next-round area
    services.warehouse.save_location(boss, Location("N", LocationKind.NEXT_ROUND, 3000, 6))
    engine.dispose()
    fill_s = fill(db, args.history, courier.id, clock.now())
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp)
    size_mb = db.stat().st_size / 1e6
    print(f"history: {args.history:,} closed stays + {2 * args.history:,} events over the last "
          f"{args.history * 30 / 86400:.0f} days, filled in {fill_s:.1f} s, database "
          f"{size_mb:.0f} MB")
    wh = services.warehouse
    details = ProblemDetails(nobody_home=NobodyHome.TOMORROW,
                             attempt_at=datetime(2026, 11, 23, 8, 30))
    rng = random.Random(11)

    def scan_in(n: int) -> float:
        t = time.perf_counter()
        wh.scan_in(clerk, ScanInDraft(f"7739{n:010d}", Reason.NOBODY_HOME, details, "王芳",
                                      f"138{rng.randrange(10**8):08d}"))
        return (time.perf_counter() - t) * 1000

    for n in range(args.in_stock):  # a realistic stock on the shelves
        scan_in(n)
    ins = [scan_in(args.in_stock + n) for n in range(args.ops)]
    tails, partial, lookups, outs, names2, names3 = [], [], [], [], [], []
    surnames, given = SURNAMES, GIVEN
    for i in range(args.ops):
        tail = f"{rng.randrange(10_000):04d}"
        t = time.perf_counter()
        found = wh.search(clerk, tail)
        tails.append((time.perf_counter() - t) * 1000)
        assert all(s.phone.endswith(tail) or tail in s.waybill_no for s in found)
        t = time.perf_counter()
        wh.search(clerk, f"{rng.randrange(10**6):06d}")
        partial.append((time.perf_counter() - t) * 1000)
        two = rng.choice(surnames) + rng.choice(given)
        t = time.perf_counter()
        wh.search(clerk, two)
        names2.append((time.perf_counter() - t) * 1000)
        three = two + rng.choice(given)
        t = time.perf_counter()
        wh.search(clerk, three)
        names3.append((time.perf_counter() - t) * 1000)
        number = f"7739{args.in_stock + i:010d}"
        t = time.perf_counter()
        wh.lookup(clerk, number)
        lookups.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        wh.scan_out(clerk, number, ScanOutDraft(Disposition.DELIVERY, courier_id=courier.id))
        outs.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    board = wh.board(clerk)
    board_ms = (time.perf_counter() - t) * 1000
    stock = len(wh.in_stock(clerk))
    for label, values in (("scan-in (validate, place, insert, event, audit, commit)", ins),
                          ("lookup on scan", lookups),
                          ("scan-out (conditional close, event, delivery list, commit)", outs),
                          ("phone-tail search (4 digits, up to 50 hits)", tails),
                          ("partial-number search (6 digits, n-gram index, any age)", partial),
                          ("name search, 2 characters (bigram index, any age)", names2),
                          ("name search, 3 characters (trigram index, any age)", names3)):
        print(f"{label}: median {statistics.median(values):.2f} ms, p95 {pct(values, 95):.2f} ms,"
              f" p99 {pct(values, 99):.2f} ms ({len(values)} ops)")
    print(f"deadline board over {stock} parcels in stock: {board_ms:.1f} ms "
          f"({len(board.due_today)} due, {len(board.overdue)} overdue)")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
