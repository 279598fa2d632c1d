"""Benchmark the electronic scale over a socat pty pair (issue 17 §4).

Run: .venv/bin/python bench/bench_scale.py [--frames 10000] [--unpaced] [--noise K]
[--latency 200]

1. Frames lost or misread: --frames continuous-ASCII frames (``ST,GS,+  1.234kg`` and
   ``US,…`` alternating in runs, every weight different) are written into the pty paced at
   9600 baud 8N1 (960 bytes/s, the line a real scale has; a pty itself has no baud rate);
   every frame must come back as a reading with its grams and stable flag.
2. Reading → weight field: the counter's real IntakeWorkspace (on a temporary SQLite
   station) follows a real SerialScale on the pty; each round writes one stable frame of a
   new weight and times until the weight field shows it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import serial

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers

from PySide6.QtWidgets import QApplication

from counter_app.hardware.scale import ScaleHub, SerialScale, scale_settings_from
from counter_app.hardware.scale_frames import ScaleReading

FRAME_BYTES = 18  # "ST,GS,+  1.234kg\r\n"
BYTE_S = 10 / 9600  # start + 8 data + stop bits at 9600 baud


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def frame(i: int) -> bytes:
    """Frame i: weight i grams (0.000–9.999 kg, then again with a sign), stable in runs."""
    flag = "ST" if (i // 7) % 2 == 0 else "US"
    grams = i % 10_000
    return f"{flag},GS,+{grams / 1000:7.3f}kg\r\n".encode()


class Pair:
    """A socat null modem in a temporary folder."""

    def __init__(self, folder: Path) -> None:
        self.device, self.scale = folder / "dev", folder / "scale"
        self.proc = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.device}", f"pty,raw,echo=0,link={self.scale}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 5
        while not (self.device.exists() and self.scale.exists()):
            if time.monotonic() > deadline:
                raise RuntimeError("socat did not start")
            time.sleep(0.01)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)


def wait(app: QApplication, condition: object, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.0005)
    return True


NOISE = (b"\x00\xff\xfe\r\n", b"kg\r\n", b"ST,GS,\r\n", b"\x02\x03\r\n")
"""Line noise between frames: junk bytes, a frame's tail, a frame's head, STX/ETX alone."""


def frames_lost(app: QApplication, folder: Path, n: int, paced: bool, noise: int) -> None:
    pair = Pair(folder)
    settings = scale_settings_from({"port": str(pair.scale), "protocol": "ascii"})
    scale = SerialScale(settings)
    got: list[ScaleReading] = []
    scale.weighed.connect(got.append)
    scale.start()
    try:
        if not wait(app, lambda: scale.state == "connected", 5):
            raise RuntimeError("scale did not connect")
        frames = [frame(i) + (NOISE[i % len(NOISE)] if noise and i % noise == 0 else b"")
                  for i in range(n)]
        start = time.perf_counter()
        with serial.Serial(str(pair.device), 9600, write_timeout=30) as device:
            for i, data in enumerate(frames):
                if paced:
                    due = start + i * FRAME_BYTES * BYTE_S
                    while (now := time.perf_counter()) < due:
                        time.sleep(min(due - now, 0.01))
                        app.processEvents()
                device.write(data)
            device.flush()
            wait(app, lambda: len(got) >= n, 30)
        took = time.perf_counter() - start
    finally:
        scale.stop()
        pair.close()
    lost = n - len(got)
    misread = sum(1 for i, r in enumerate(got)
                  if (r.grams, r.stable) != (i % 10_000, (i // 7) % 2 == 0))
    pace = "paced at 9600 baud" if paced else "unpaced"
    if noise:
        pace += f", a junk line after every {noise}th frame"
    size = sum(len(f) for f in frames)
    print(f"1. {n} frames ({size:,} bytes, {pace}) in "
          f"{took:.1f} s: received {len(got)}, lost {lost}, misread {misread}, "
          f"frames not understood {scale.misread}")


def latency(app: QApplication, folder: Path, rounds: int) -> None:
    from counter_app.main import open_database, wire
    from counter_app.ui.workspaces.intake import IntakeWorkspace
    from tests.helpers import FakeClock, fast_hasher, set_up_station

    engine = open_database(f"sqlite:///{folder / 'station.sqlite3'}", backup_dir=folder)
    services = wire(engine, clock=FakeClock(), hasher=fast_hasher(), backup_dir=folder)
    set_up_station(services)
    pair = Pair(folder / "lat")
    hub = ScaleHub()
    workspace = IntakeWorkspace(services)
    workspace.attach_scale(hub)
    follower = workspace.weight_follower
    hub.apply({"port": str(pair.scale), "protocol": "ascii"})
    ms: list[float] = []
    try:
        if not wait(app, lambda: hub.state == "connected", 5):
            raise RuntimeError("scale did not connect")
        with serial.Serial(str(pair.device), 9600) as device:
            for i in range(rounds):
                grams = 500 + i
                data = f"ST,GS,+{grams / 1000:7.3f}kg\r\n".encode()
                t0 = time.perf_counter()
                device.write(data)
                if not wait(app, lambda g=grams: follower.filled_grams == g, 5):
                    raise RuntimeError(f"weight {grams} never reached the field")
                ms.append((follower.last_filled_at - t0) * 1000)
                assert workspace.ui.weight_edit.text() == f"{grams / 1000:g}"
    finally:
        hub.stop()
        pair.close()
        engine.dispose()
    print(f"2. scale reading → counter weight field (n={rounds}, one 18-byte frame each): "
          f"median {statistics.median(ms):.2f} ms, p99 {pct(ms, 99):.2f} ms, "
          f"max {max(ms):.2f} ms (+ 18.8 ms the frame itself takes on a real 9600-baud line)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=int, default=10_000)
    parser.add_argument("--unpaced", action="store_true", help="write as fast as the pty takes")
    parser.add_argument("--latency", type=int, default=200, help="rounds of the latency test")
    parser.add_argument("--noise", type=int, default=0, metavar="K",
                        help="write a junk line after every K-th frame (0: none)")
    args = parser.parse_args()
    if shutil.which("socat") is None:
        print("needs socat", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "lat").mkdir()
        frames_lost(app, folder, args.frames, paced=not args.unpaced, noise=args.noise)
        latency(app, folder, args.latency)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
