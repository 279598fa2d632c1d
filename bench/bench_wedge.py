"""Benchmark the keyboard-wedge detector: scan latency, losses at 1 ms a key, echo delay (SC-1)."""

# Run: .venv/bin/python bench/bench_wedge.py [--rounds 20] [--scans 100] [--gap-ms 1]
# Key events are synthesised QKeyEvents with explicit timestamps (QTest's are 0), sent to a
# focused QLineEdit on the offscreen platform, so the figures are the detector's own cost,
# not X server or USB timing (see tests/integration/test_wedge_xvfb.py for those).

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from counter_app.domain.scanning import RawScan
from counter_app.hardware.wedge import WedgeDetector

CODE_DIGITS = 12
HUMAN_GAP_MS = 150


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile of ``values`` (0-100)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


class Bench:
    """A focused line edit with the detector installed, and a timestamped key sender."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window = QWidget()
        self.edit = QLineEdit()
        QVBoxLayout(self.window).addWidget(self.edit)
        self.detector = WedgeDetector()
        self.detector.install()
        self.received: list[tuple[float, RawScan]] = []
        self.detector.raw_scanned.connect(self._on_scan)
        self.window.show()
        self.window.activateWindow()
        self.edit.setFocus()
        deadline = time.monotonic() + 5
        while QGuiApplication.focusObject() is not self.edit:
            if time.monotonic() > deadline:
                sys.exit("the line edit did not get focus")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        self.stamp_ms = 1_000_000

    def _on_scan(self, scan: RawScan) -> None:
        # The receiver slot: time of arrival first, before any other work.
        self.received.append((time.perf_counter(), scan))

    def key(self, key: Qt.Key, text: str, gap_ms: int) -> float:
        """Press and release ``key``; return perf_counter just before the press was sent."""
        self.stamp_ms += gap_ms
        press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        press.setTimestamp(self.stamp_ms)
        release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, text)
        release.setTimestamp(self.stamp_ms)
        sent = time.perf_counter()
        QApplication.sendEvent(self.edit, press)
        QApplication.sendEvent(self.edit, release)
        return sent

    def burst_round(self, scans: int, gap_ms: int, round_no: int) -> tuple[list[float], int, int]:
        """Send ``scans`` back-to-back bursts; return latencies (ms), losses, leaked chars."""
        self.received.clear()
        self.edit.clear()
        codes = [f"{round_no:04d}{i:0{CODE_DIGITS - 4}d}" for i in range(scans)]
        sent_at: list[float] = []
        for code in codes:
            for ch in code:
                self.key(Qt.Key(ord(ch)), ch, gap_ms)
            sent_at.append(self.key(Qt.Key.Key_Return, "\r", gap_ms))
        got = {scan.text: arrived for arrived, scan in self.received}
        latencies = [
            (got[code] - sent) * 1000
            for code, sent in zip(codes, sent_at, strict=True)
            if code in got
        ]
        lost = sum(1 for code in codes if code not in got) + abs(len(self.received) - len(got))
        self.stamp_ms += 500
        return latencies, lost, len(self.edit.text())

    def echo_delays(self, keys: int) -> list[float]:
        """Type ``keys`` characters at human speed; return ms until each reached the field."""
        self.edit.clear()
        self.stamp_ms += 1000
        delays = []
        for i in range(keys):
            ch = str(i % 10)
            sent = self.key(Qt.Key(ord(ch)), ch, HUMAN_GAP_MS)
            while len(self.edit.text()) <= i:
                self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
            delays.append((time.perf_counter() - sent) * 1000)
        return delays


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--scans", type=int, default=100, help="scans per back-to-back round")
    parser.add_argument("--gap-ms", type=int, default=1, help="timestamp gap between keys")
    parser.add_argument("--echo-keys", type=int, default=30)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    bench = Bench(app)
    settings = bench.detector.settings
    bench.burst_round(10, args.gap_ms, 9999)  # warm-up, not counted

    latencies: list[float] = []
    lost = leaked = 0
    started = time.perf_counter()
    for round_no in range(args.rounds):
        round_latencies, round_lost, round_leaked = bench.burst_round(
            args.scans, args.gap_ms, round_no
        )
        latencies += round_latencies
        lost += round_lost
        leaked += round_leaked
    elapsed = time.perf_counter() - started
    echo = bench.echo_delays(args.echo_keys)
    bench.detector.uninstall()

    total = args.rounds * args.scans
    keys = total * (CODE_DIGITS + 1)
    print(f"PySide6 offscreen, Python {sys.version.split()[0]}, settings {settings}")
    print(
        f"data: {args.rounds} rounds x {args.scans} back-to-back scans x "
        f"{CODE_DIGITS} digits + Return at {args.gap_ms} ms per key = {total} scans, "
        f"{keys} key presses ({2 * keys} key events)"
    )
    print(
        f"last key -> receiver slot: median {statistics.median(latencies) * 1000:.1f} us, "
        f"p99 {percentile(latencies, 99) * 1000:.1f} us, max {max(latencies) * 1000:.1f} us "
        f"(n={len(latencies)})"
    )
    print(f"lost or merged scans: {lost} of {total}; characters leaked into the field: {leaked}")
    rate = keys * 2 / elapsed
    print(f"detector throughput: {rate:,.0f} key events/s ({total / elapsed:,.0f} scans/s)")
    print(
        f"person typing, key -> field (echo delay, max_gap_ms={settings.max_gap_ms:g}): "
        f"median {statistics.median(echo):.1f} ms, p99 {percentile(echo, 99):.1f} ms "
        f"(n={len(echo)} keys at {HUMAN_GAP_MS} ms)"
    )


if __name__ == "__main__":
    main()
