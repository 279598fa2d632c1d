"""Benchmark the serial scanner over a socat pty pair: throughput, latency, loss (SC-1)."""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import serial

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from counter_app.domain.scanning import RawScan
from counter_app.hardware.framing import FramingConfig
from counter_app.hardware.serial_scanner import SerialScanner, SerialSettings

BAUD = 115200


def _code(i: int) -> str:
    return f"77{i:010d}"


def _wait(done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the Qt event loop until ``done()`` or the timeout; return ``done()``."""
    if done():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(round(timeout_s * 1000))
    loop.exec()
    poll.stop()
    deadline.stop()
    return done()


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    """Run the benchmark and print the figures.

    Returns:
        The process exit status: 0, or 1 when codes were lost.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--codes", type=int, default=10_000, help="codes in the burst")
    parser.add_argument("--latency-codes", type=int, default=1000, help="codes paced one by one")
    parser.add_argument("--pace-ms", type=float, default=2.0, help="gap between paced codes")
    args = parser.parse_args()
    if shutil.which("socat") is None:
        print("socat is not installed", file=sys.stderr)
        return 2

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv)  # keep it alive
    with tempfile.TemporaryDirectory(prefix="bench_serial_") as folder:
        device_end, scanner_end = Path(folder) / "ttyDEV", Path(folder) / "ttySCAN"
        socat = subprocess.Popen(
            [
                "socat",
                f"pty,raw,echo=0,link={device_end}",
                f"pty,raw,echo=0,link={scanner_end}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        scanner: SerialScanner | None = None
        try:
            if not _wait(lambda: device_end.exists() and scanner_end.exists(), 5):
                print("socat did not create its ptys", file=sys.stderr)
                return 2
            received: list[tuple[str, float]] = []

            def on_scan(scan: RawScan) -> None:
                # Timestamp in the Qt thread slot: this is what the UI would see.
                received.append((scan.text, time.monotonic()))

            states: list[str] = []
            settings = SerialSettings(
                port=str(scanner_end), baudrate=BAUD, framing=FramingConfig(terminator="CR")
            )
            scanner = SerialScanner(settings)
            scanner.raw_scanned.connect(on_scan)
            scanner.state_changed.connect(states.append)
            scanner.start()
            if not _wait(lambda: states == ["connected"], 5):
                print(f"scanner did not connect: {states}", file=sys.stderr)
                return 2

            device = serial.Serial(str(device_end), BAUD, timeout=1, write_timeout=30)
            try:
                # 1. Throughput: N codes back to back in one write, from a writer thread.
                burst = [_code(i) for i in range(args.codes)]
                payload = b"".join(code.encode() + b"\r" for code in burst)
                started = time.monotonic()
                writer = threading.Thread(target=device.write, args=(payload,))
                writer.start()
                _wait(lambda: len(received) >= len(burst), 60)
                elapsed = time.monotonic() - started
                writer.join()
                burst_got = [text for text, _ in received]
                burst_lost = len(burst) - len(set(burst) & set(burst_got))
                burst_bad = sum(
                    1 for got, want in zip(burst_got, burst, strict=False) if got != want
                )
                received.clear()

                # 2. Latency: one code at a time, last byte written -> Qt slot.
                written_at: dict[str, float] = {}
                paced = [f"88{i:010d}" for i in range(args.latency_codes)]

                def write_paced() -> None:
                    for code in paced:
                        frame = code.encode() + b"\r"
                        # One write() carries the whole frame, so its start is when the last
                        # byte goes out (give or take a syscall): an upper bound on latency.
                        written_at[code] = time.monotonic()
                        device.write(frame)
                        time.sleep(args.pace_ms / 1000)  # a bench, not a test: pacing is the point

                writer = threading.Thread(target=write_paced)
                writer.start()
                _wait(lambda: len(received) >= len(paced), 60)
                writer.join()
                _wait(lambda: False, 0.2)  # collect any stragglers
            finally:
                device.close()
            latencies_ms = [
                (got_at - written_at[text]) * 1000
                for text, got_at in received
                if text in written_at
            ]
            paced_lost = len(paced) - len(latencies_ms)
        finally:
            if scanner is not None:
                scanner.stop()
            socat.terminate()
            socat.wait(timeout=5)

    code_bytes = len(_code(0)) + 1
    print("serial scanner bench (socat pty pair, raw, 115200 8N1, CR framing)")
    print(
        f"burst:   {len(burst)} codes x {code_bytes} B = {len(payload)} B "
        f"({len(payload) / 1024:.1f} KiB) delivered in {elapsed * 1000:.0f} ms "
        f"= {len(burst) / elapsed:,.0f} codes/s, {len(payload) / elapsed / 1024:,.0f} KiB/s; "
        f"lost {burst_lost}, out of order/merged {burst_bad}"
    )
    print(
        "         (a real 115200-baud line carries ~11.5 KiB/s, so it would need "
        f"{len(payload) / 11520:.1f} s; a pty ignores the baud rate)"
    )
    if latencies_ms:
        print(
            f"latency: {len(paced)} codes x {code_bytes} B paced every {args.pace_ms:g} ms, "
            "last byte written -> Qt-thread slot: "
            f"median {statistics.median(latencies_ms):.3f} ms, "
            f"p99 {_percentile(latencies_ms, 0.99):.3f} ms, max {max(latencies_ms):.3f} ms; "
            f"lost {paced_lost}"
        )
    total_lost = burst_lost + paced_lost
    print(f"loss:    {total_lost} of {len(burst) + len(paced)} codes")
    return 1 if total_lost or burst_bad else 0


if __name__ == "__main__":
    sys.exit(main())
