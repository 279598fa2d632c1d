"""Benchmark raw printing (issue 17 §4): from Ctrl+Enter to the bytes handed to the printer.

Run: .venv/bin/python bench/bench_raw_print.py [--n 50]

A loopback TCP server plays the printer's raw port 9100. On a temporary SQLite station:

1. Counter slip: the real IntakeWorkspace's Ctrl+Enter action (``accept_parcel``: the
   service's acceptance with its COMMIT, then the slip handed to RawPrinting) with a TSPL
   76×130 printer and an ESC/POS receipt printer set; timed from the call to the moment the
   printer's socket took the last byte (``PrintOutcome.handed_at``). Also timed: how long the
   GUI thread was busy in the call (the accept, then clearing the form and the day's list,
   while the print thread renders). The address library is loaded before timing (the app
   loads it while the clerk logs in).
2. Pickup label: RawPrinting.print_labels (what the warehouse's Ctrl+P calls after looking up
   the label) with a TSPL 40×30 printer, and the same in ZPL.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers

from PySide6.QtWidgets import QApplication

from counter_app.hardware.raw_printer import PrintOutcome
from counter_app.services.warehouse_records import PickupLabel


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def line(name: str, ms: list[float]) -> str:
    return (f"{name:<44} median {statistics.median(ms):7.1f} ms   p99 {pct(ms, 99):7.1f} ms"
            f"   max {max(ms):7.1f} ms")


class Printer:
    """A loopback raw port: counts jobs and bytes."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs = 0
        self.bytes = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                while chunk := conn.recv(65536):
                    self.bytes += len(chunk)
            self.jobs += 1


def wait(app: QApplication, condition: object, timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        app.processEvents()
        time.sleep(0.0005)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=50)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)

    from bench.bench_intake import draft

    from counter_app.hardware.print_log import PrintLog
    from counter_app.main import open_database, wire
    from counter_app.paths import fonts_dir
    from counter_app.ui.raw_printing import RawPrinting
    from counter_app.ui.settings import Preferences
    from counter_app.ui.workspaces.intake import IntakeWorkspace
    from tests.helpers import FakeClock, fast_hasher, set_up_station

    printer = Printer()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        engine = open_database(f"sqlite:///{folder / 'station.sqlite3'}", backup_dir=folder)
        services = wire(engine, clock=FakeClock(), hasher=fast_hasher(), backup_dir=folder)
        boss = set_up_station(services)
        prefs = Preferences(folder / "settings.ini")
        prefs.raw_printers = {
            "slip": {"language": "tspl", "size": "76x130",
                     "target": f"tcp:127.0.0.1:{printer.port}"},
            "receipt": {"language": "escpos", "size": "80mm",
                        "target": f"tcp:127.0.0.1:{printer.port}"},
            "label": {"language": "tspl", "size": "40x30",
                      "target": f"tcp:127.0.0.1:{printer.port}"},
        }
        raw = RawPrinting(prefs, PrintLog(folder / "print-log.jsonl"),
                          fonts_dir() / "wqy-microhei.ttc")
        outcomes: list[PrintOutcome] = []
        raw.jobs.finished.connect(outcomes.append)
        workspace = IntakeWorkspace(services)
        workspace.attach_raw_printing(raw)
        workspace.activate(boss)

        services.intake.resolve_destination(draft(0).recipient_address)  # load cpca first
        slip_ms: list[float] = []
        gui_ms: list[float] = []
        render_ms: list[float] = []
        for i in range(args.n):
            workspace.draft = lambda i=i: draft(10_000 + i)  # type: ignore[method-assign]
            before = len(outcomes)
            t0 = time.perf_counter()
            workspace.accept_parcel()
            gui_ms.append((time.perf_counter() - t0) * 1000)
            wait(app, lambda b=before: len(outcomes) >= b + 2)  # receipt, then slip
            slip = next(o for o in outcomes[before:] if o.job.document == "slip")  # type: ignore[attr-defined]
            assert slip.ok, slip.error
            slip_ms.append((slip.handed_at - t0) * 1000)
            render_ms.append(slip.render_ms)
        slip_bytes = next(o.size for o in outcomes if o.job.document == "slip")  # type: ignore[attr-defined]

        label_ms: dict[str, list[float]] = {"tspl": [], "zpl": []}
        sizes: dict[str, int] = {}
        for language in ("tspl", "zpl"):
            prefs.raw_printers = {**prefs.raw_printers, "label": {
                "language": language, "size": "40x30",
                "target": f"tcp:127.0.0.1:{printer.port}"}}
            for i in range(args.n):
                label = PickupLabel(f"A-2-{i:04d}", f"77316523{i:07d}", "A货架 第2层", "自取件",
                                    "2026-11-23", "张*伟 138****5678")
                before = len(outcomes)
                t0 = time.perf_counter()
                raw.print_labels([label], boss)
                wait(app, lambda b=before: len(outcomes) > b)
                assert outcomes[-1].ok
                label_ms[language].append((outcomes[-1].handed_at - t0) * 1000)
                sizes[language] = outcomes[-1].size
        raw.stop()
        engine.dispose()

    print(f"raw printing to a loopback port 9100, n={args.n} each "
          f"({printer.jobs} jobs, {printer.bytes:,} bytes received)")
    print(line(f"1. Ctrl+Enter → slip bytes at printer (TSPL 76×130, {slip_bytes:,} B)", slip_ms))
    print(line("   of which GUI thread busy (Enter → worker)", gui_ms))
    print(line("   slip rendering in the print thread", render_ms))
    print(line(f"2. Ctrl+P → label bytes (TSPL 40×30, {sizes['tspl']:,} B)", label_ms["tspl"]))
    print(line(f"   Ctrl+P → label bytes (ZPL 40×30, {sizes['zpl']:,} B)", label_ms["zpl"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
