"""Night desk: keystrokes per receipt, and entry latency with millions of receipts stored.

Run: .venv/bin/python bench/bench_receipts.py [--stored 3000000] [--entries 500]
1. Keystrokes: the real ReceiptsWorkspace (offscreen) is driven by key events for a plain, a
   到付 and a multi-piece receipt; the waybill arrives by a scanner (no keystrokes), and every key
   event the clerk would send is counted (a Chinese name counts its committed characters; the
   pinyin keys depend on the clerk's input method and are not counted).
2. Latency: an SQLite file (WAL, synchronous=FULL) is filled with --stored receipts in
   30,000-receipt batches, then --entries receipts are looked up and entered one by one
   through ReceiptService (lookup + validation + INSERT + audit + COMMIT), timed.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers

from counter_app.domain.staff import CourierKind, Role
from counter_app.main import open_database, wire
from counter_app.services.receipts import ReceiptDraft
from counter_app.services.station import FirstSupervisor
from tests.helpers import PROFILE, FakeClock, fast_hasher


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


_KEEP: list[object] = []  # Qt objects must outlive the function (and the QApplication)


def keystrokes() -> None:
    """Count the clerk's key events for three kinds of receipt."""
    from PySide6.QtCore import QDate, QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from counter_app.domain.scanning import RawScan
    from counter_app.hardware.hub import ScannerHub
    from counter_app.ui.app import AppController
    from counter_app.ui.i18n import Translations
    from counter_app.ui.scanning import Cues
    from counter_app.ui.settings import Preferences

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _KEEP.append(app)
    tmp = Path(tempfile.mkdtemp(prefix="bench-keys-"))
    clock = FakeClock(datetime(2026, 11, 22, 20, 0))
    engine = open_database(f"sqlite:///{tmp / 'c.sqlite3'}", backup_dir=tmp)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp)
    boss = services.station.set_up(PROFILE, FirstSupervisor("1001", "王丽", "secret-1001"))
    night = services.staff.add(boss, "3001", "周芳", Role.RECEIPTS, "pw-3001")
    services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    services.receipts.import_delivery_csv(night, "\n".join([
        "2026-11-22,张伟,77316523120001,李娜,,1",
        "2026-11-22,张伟,77316523120002,王芳,25.00,1",
        "2026-11-22,张伟,77316523120003,陈刚,,3",
    ]))
    ctl = AppController(services, Preferences(tmp / "s.ini"), Translations(), ScannerHub())
    _KEEP.append(ctl)
    ctl.window.cues = Cues(beep=lambda: None)
    ctl.window.set_operator(night)
    ctl.window.show()
    ws = ctl.window.workspaces["receipts"]
    ui = ws.ui  # type: ignore[attr-defined]
    ui.delivery_date_edit.setDate(QDate(2026, 11, 22))
    from counter_app.ui import tasks

    tasks.set_synchronous(True)  # keys are counted here, not time: each save answers at once
    ws.open_batch()  # type: ignore[attr-defined]
    counted = 0

    def key(widget, k, text=""):  # type: ignore[no-untyped-def]
        nonlocal counted
        counted += 1
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier,
                                                     text))

    def chars(widget, text):  # type: ignore[no-untyped-def]
        for ch in text:
            key(widget, Qt.Key(ord(ch)) if ch.isascii() else Qt.Key.Key_unknown, ch)

    results = []
    for label, number, signer, amount in (("plain", "77316523120001", "李娜", ""),
                                          ("到付 (COD)", "77316523120002", "王芳", "25"),
                                          ("3 pieces", "77316523120003", "陈刚", "")):
        counted = 0
        before = ws.batch.count  # type: ignore[attr-defined]
        ctl.gateway.process(RawScan("wedge", number.encode(), number, time.monotonic()))
        chars(ctl.window.focusWidget(), signer)
        key(ctl.window.focusWidget(), Qt.Key.Key_Return, "\r")
        if amount:
            chars(ctl.window.focusWidget(), amount)
            key(ctl.window.focusWidget(), Qt.Key.Key_Return, "\r")
        if label == "3 pieces":
            key(ctl.window.focusWidget(), Qt.Key.Key_Return, "\r")  # accepts the list's 3
        assert ws.batch.count == before + 1, label  # type: ignore[attr-defined]
        results.append((label, counted, len(signer)))
    app.processEvents()
    for label, n, name_chars in results:
        print(f"keystrokes, {label}: scan + {n} key events "
              f"({name_chars} name characters + {n - name_chars} others)")
    engine.dispose()


def latency(stored: int, entries: int) -> None:
    """Fill the database, then time service-level entries."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-receipts-"))
    db = tmp / "counter.sqlite3"
    clock = FakeClock(datetime(2026, 11, 22, 20, 0))
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp)
    boss = services.station.set_up(PROFILE, FirstSupervisor("1001", "王丽", "secret-1001"))
    night = services.staff.add(boss, "3001", "周芳", Role.RECEIPTS, "pw-3001")
    courier = services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    engine.dispose()
    start = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    per_batch = 30_000
    day0 = date(2026, 5, 1)
    with con:
        for b in range(stored // per_batch):
            day = day0 + timedelta(days=b % 200)
            cur = con.execute(
                "INSERT INTO receipt_batch (courier_id, delivery_date, opened_at, opened_by) "
                "VALUES (?, ?, ?, '3001')", (courier.id, day.isoformat(), f"{day} 20:00:00"))
            batch_id = cur.lastrowid
            con.executemany(
                "INSERT INTO receipt (batch_id, waybill_no, signer, signer_kind, pieces, "
                "cod_flagged, entered_at, entered_by, late, arrived_on) "
                "VALUES (?, ?, '李娜', 'full', 1, 0, ?, '3001', 0, ?)",
                ((batch_id, f"7731{b:04d}{i:06d}", f"{day} 20:30:00", day.isoformat())
                 for i in range(per_batch)))
    count = con.execute("SELECT count(*) FROM receipt").fetchone()[0]
    con.close()
    fill_s = time.perf_counter() - start
    size_mb = db.stat().st_size / 1e6
    print(f"stored: {count:,} receipts in {fill_s:.1f} s, database {size_mb:.0f} MB")
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp)
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp)
    batch = services.receipts.open_batch(night, courier.id, date(2026, 11, 22)).batch.id
    lookups, saves = [], []
    for i in range(entries):
        number = f"7739{i:010d}"
        t0 = time.perf_counter()
        services.receipts.lookup(number)
        t1 = time.perf_counter()
        services.receipts.enter(night, batch, ReceiptDraft(number, "李娜"))
        t2 = time.perf_counter()
        lookups.append((t1 - t0) * 1000)
        saves.append((t2 - t1) * 1000)
    print(f"entry latency over {entries} receipts with {count:,} stored: lookup median "
          f"{statistics.median(lookups):.2f} ms p99 {pct(lookups, 99):.2f} ms; save median "
          f"{statistics.median(saves):.2f} ms p99 {pct(saves, 99):.2f} ms")
    engine.dispose()


def main() -> int:
    """Run both parts."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=3_000_000)
    parser.add_argument("--entries", type=int, default=500)
    args = parser.parse_args()
    keystrokes()
    latency(args.stored, args.entries)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
