"""Benchmark the whole scan path: scanner -> gateway (validate, journal, commit) -> workspace.

Run: .venv/bin/python bench/bench_scan_pipeline.py [--scans 100] [--rounds 10]
Two sources, each delivering bursts of back-to-back scans into a real SQLite file (WAL,
synchronous=FULL) through ScanGateway, timed from the last byte/key to the slot that a
workspace connects (code_scanned):
  * serial: a socat pty pair at 115200 8N1, the test side writing "<code>\\r\\n" back to back;
  * wedge: synthesised key events with timestamps, 1 ms per key, into a focused line edit.
Prints the data size, median / p99 / max latency and the count of lost or merged scans.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import serial

from PySide6.QtCore import QEvent, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from counter_app.domain.scanning import ScanEvent
from counter_app.hardware.hub import ScannerHub
from counter_app.main import open_database, wire
from counter_app.services.demo import fill_demo
from counter_app.ui.scanning import ScanGateway


def code(i: int) -> str:
    """A valid 申通 (STO) number, distinct per i: 7731 + 10 digits."""
    return f"7731{i:010d}"


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def pump(app: QApplication, until, timeout_s: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    """Process events until ``until()`` or the timeout."""
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def report(name: str, lat_ms: list[float], expected: int, got: list[str],
           sent: list[str]) -> None:
    """Print one source's figures."""
    lost = len(set(sent) - set(got))
    extra = len(got) - len(set(got))
    print(f"{name}: last byte/key -> workspace slot: median {statistics.median(lat_ms):.2f} ms, "
          f"p99 {pct(lat_ms, 99):.2f} ms, max {max(lat_ms):.2f} ms (n={len(lat_ms)}); "
          f"lost {lost} of {expected}, merged/doubled {extra}, out of order "
          f"{int(got != [s for s in sent if s in set(got)])}")


def main() -> int:
    """Run both benches."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="bench-scan-"))
    engine = open_database(f"sqlite:///{tmp / 'counter.sqlite3'}", backup_dir=tmp)
    services = wire(engine, backup_dir=tmp)
    fill_demo(services)
    services.scans.guard.window_s = 0  # every code is distinct anyway
    gateway = ScanGateway(services.scans)
    hub = ScannerHub()
    hub.raw_scanned.connect(gateway.process)
    arrivals: list[tuple[float, ScanEvent]] = []
    gateway.code_scanned.connect(lambda e: arrivals.append((time.perf_counter(), e)))
    cost: list[float] = []
    original = gateway.process

    def timed(raw):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = original(raw)
        cost.append((time.perf_counter() - start) * 1000)
        return result

    gateway.process = timed  # type: ignore[method-assign]
    total = args.scans * args.rounds
    print(f"data: {args.rounds} rounds x {args.scans} back-to-back scans of 14-digit STO "
          f"numbers = {total} scans per source, SQLite WAL synchronous=FULL at {tmp}")

    # --- serial through socat
    if shutil.which("socat"):
        dev, scan_end = tmp / "ttyDEV", tmp / "ttySCAN"
        proc = subprocess.Popen(["socat", f"pty,raw,echo=0,link={dev}",
                                 f"pty,raw,echo=0,link={scan_end}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            pump(app, lambda: dev.exists() and scan_end.exists())
            hub.apply([{"port": str(scan_end), "baudrate": 115200, "terminator": "CRLF"}],
                      wedge_enabled=False, wedge_max_gap_ms=40, wedge_min_length=6)
            pump(app, lambda: hub.states.get(f"serial:{scan_end}") == "connected")
            port = serial.Serial(str(dev), 115200, timeout=1)
            lat: list[float] = []
            sent: list[str] = []
            got_serial: list[str] = []
            for r in range(args.rounds):
                arrivals.clear()
                batch = [code(r * args.scans + i) for i in range(args.scans)]
                sent += batch
                written: list[float] = []
                for c in batch:
                    port.write(f"{c}\r\n".encode())
                    written.append(time.perf_counter())
                port.flush()
                pump(app, lambda: len(arrivals) >= args.scans, 30)
                got_serial += [e.number for _, e in arrivals]
                got = {e.number: t for t, e in arrivals}
                lat += [(got[c] - w) * 1000 for c, w in zip(batch, written, strict=True)
                        if c in got]
            report("serial 115200 (pty), bursts", lat, total, got_serial, sent)
            # Paced: one scan every 50 ms, the fastest a clerk scans parcels by hand.
            arrivals.clear()
            paced = [code(20_000_000 + i) for i in range(args.scans)]
            written_at: dict[str, float] = {}
            for c in paced:
                port.write(f"{c}\r\n".encode())
                port.flush()
                written_at[c] = time.perf_counter()
                pump(app, lambda c=c: any(e.number == c for _, e in arrivals[-3:]), 5)
                end = time.perf_counter() + 0.05
                pump(app, lambda end=end: time.perf_counter() >= end, 1)
            lat = [(t - written_at[e.number]) * 1000 for t, e in arrivals]
            report("serial 115200 (pty), one scan per 50 ms", lat, args.scans,
                   [e.number for _, e in arrivals], paced)
            port.close()
            hub.stop()
        finally:
            proc.terminate()
            proc.wait(5)
    else:
        print("serial: skipped (no socat)")

    # --- keyboard wedge
    edit = QLineEdit()
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    pump(app, lambda: QGuiApplication.focusObject() is edit, 5)
    hub.apply([], wedge_enabled=True, wedge_max_gap_ms=40, wedge_min_length=6)
    lat = []
    sent = []
    got_all: list[str] = []
    stamp = 1_000_000
    for r in range(args.rounds):
        arrivals.clear()
        last_key: dict[str, float] = {}
        batch = [code(10_000_000 + r * args.scans + i) for i in range(args.scans)]
        sent += batch
        for c in batch:
            for ch in [*c, "\r"]:
                key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch))
                if ch == "\r":
                    last_key[c] = time.perf_counter()  # the terminator is the last key
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    ev = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
                    ev.setTimestamp(stamp)
                    QApplication.sendEvent(edit, ev)
                stamp += 1
        pump(app, lambda: len(arrivals) >= args.scans, 30)
        got_all += [e.number for _, e in arrivals]
        lat += [(t - last_key[e.number]) * 1000 for t, e in arrivals if e.number in last_key]
    report("keyboard wedge (1 ms/key)", lat, total, got_all, sent)
    print(f"characters leaked into the focused field: {len(edit.text())}")
    print(f"gateway cost per scan (validate + journal INSERT + COMMIT, FULL sync): median "
          f"{statistics.median(cost):.2f} ms, p99 {pct(cost, 99):.2f} ms (n={len(cost)})")
    hub.stop()
    engine.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
