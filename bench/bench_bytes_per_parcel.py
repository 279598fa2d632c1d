"""Disk per parcel scanned in and out (issue 21 §4: stay, events, journal, audit ≤ 1,000 bytes).

    .venv/bin/python bench/bench_bytes_per_parcel.py [--parcels 2000]

On an SQLite file, each parcel goes through the real pipeline as the warehouse desk runs it:
the scanner read journalled (``ScanService.process``), the scan-in with a reason, a recipient
and a phone, then a second read journalled and the scan-out for delivery. ``dbstat`` then
gives the bytes of every table and index (pages in use, and the payload inside them), per
parcel, after subtracting what the empty station held. The delivery-list line a scan-out for
delivery writes (the night desk's, RE-6) and the search index of migration 0008 are shown
apart: they are not the warehouse's own bytes, and the search index is queried and stays.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path

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
from counter_app.main import open_database, wire
from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
from tests.helpers import FakeClock, add_clerk, fast_hasher, set_up_station

# what counts as the parcel's own bytes (issue 21 §4), and what is shown apart
OWN = ("wh_stay", "wh_event", "scan_journal", "audit_log")
APART = ("delivery_list", "wh_stay_search")


def sizes(db: Path) -> dict[str, tuple[int, int]]:
    """(bytes of pages in use, payload bytes) per table or index."""
    con = sqlite3.connect(db)
    try:
        return {name: (int(pages or 0), int(payload or 0)) for name, pages, payload in
                con.execute("SELECT name, sum(pgsize - unused), sum(payload) FROM dbstat "
                            "GROUP BY name")}
    finally:
        con.close()


def owners(db: Path) -> dict[str, str]:
    """Index (and FTS5 shadow table) name -> the table it belongs to."""
    con = sqlite3.connect(db)
    try:
        found = {name: table for name, table in
                 con.execute("SELECT name, tbl_name FROM sqlite_master")}
    finally:
        con.close()
    for name in list(found):
        if name.startswith("wh_stay_search"):
            found[name] = "wh_stay_search"
    return found


def main() -> int:
    """Scan N parcels in and out; print bytes per parcel per table and index."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=2000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-bytes-"))
    db = tmp / "counter.sqlite3"
    clock = FakeClock(datetime(2026, 11, 23, 9, 0))
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    app = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp, photo_dir=tmp)
    boss = set_up_station(app)
    clerk = add_clerk(app, boss, Role.WAREHOUSE, "4001")
    courier = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    app.warehouse.locations()
    app.warehouse.save_location(boss, Location("N", LocationKind.NEXT_ROUND, 10_000, 6))
    engine.dispose()
    before = sizes(db)
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    app = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp, photo_dir=tmp)
    details = ProblemDetails(nobody_home=NobodyHome.TOMORROW,
                             attempt_at=datetime(2026, 11, 23, 8, 30))
    for n in range(args.parcels):
        number = f"7739{n:010d}"
        clock.advance(seconds=20)
        app.scans.process(RawScan("serial:/dev/ttyUSB0", number.encode(), number,
                                  float(n), ()))
        app.warehouse.scan_in(clerk, ScanInDraft(number, Reason.NOBODY_HOME, details, "王芳",
                                                 f"138{n:08d}"))
    for n in range(args.parcels):
        number = f"7739{n:010d}"
        clock.advance(seconds=20)
        app.scans.process(RawScan("serial:/dev/ttyUSB0", number.encode(), number,
                                  float(n) + 1e6, ()))
        app.warehouse.scan_out(clerk, number, ScanOutDraft(Disposition.DELIVERY,
                                                            courier_id=courier.id))
    engine.dispose()
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    after = sizes(db)
    table_of = owners(db)
    per: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for name, (pages, payload) in sorted(after.items()):
        old_pages, old_payload = before.get(name, (0, 0))
        grown = (pages - old_pages) / args.parcels
        if abs(grown) < 0.05:
            continue
        per[table_of.get(name, name)].append(
            (name, grown, (payload - old_payload) / args.parcels))
    print(f"SQLite file, {args.parcels:,} parcels each journalled, scanned in (reason 无人在家 "
          f"with recipient and phone) and scanned out for delivery; bytes per parcel "
          f"(pages in use / payload), the empty station subtracted")
    own_total = 0.0
    for table in (*OWN, *APART):
        for name, grown, payload in per.get(table, []):
            kind = "table" if name == table else "index"
            print(f"  {table:<15} {kind:<5} {name:<34} {grown:8.1f} {payload:8.1f}")
            if table in OWN:
                own_total += grown
    print(f"stay + events + journal + audit, tables and their indexes: {own_total:,.0f} bytes "
          f"per parcel (goal ≤ 1,000)")
    apart = sum(g for t in APART for _n, g, _p in per.get(t, []))
    print(f"apart: delivery-list line and search index: {apart:,.0f} bytes per parcel")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
