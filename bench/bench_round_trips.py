"""Round trips and acknowledged latency of a scan-in, a scan-out and a receipt (issue 13 §7).

Run: COUNTER_APP_TEST_PG_URL=postgresql+psycopg://user:pw@127.0.0.1:5432/db \\
     .venv/bin/python bench/bench_round_trips.py [--delay-ms 10] [--ops 50]

A loopback TCP proxy between the app and PostgreSQL holds every chunk --delay-ms in each
direction (20 ms round trip by default: a server across town). The proxy counts the chunks the
client sends; a request the client has to wait for is one round trip. Each operation goes
through the real service (WarehouseService.scan_in / scan_out, ReceiptService.enter) on a
warm connection pool, in a schema of its own that is dropped afterwards. Prints, per
operation, the round trips (median and max) and the acknowledged latency (p50, p95, max).
Goal: at most 4 round trips and p95 ≤ 100 ms at 20 ms RTT.
"""

from __future__ import annotations

import argparse
import heapq
import os
import socket
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers

from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.warehouse import Disposition, ProblemDetails, Reason
from counter_app.main import open_database, wire
from counter_app.persistence.engine import make_engine
from counter_app.services.receipts import ReceiptDraft
from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
from tests.helpers import FakeClock, add_clerk, fast_hasher, set_up_station


class DelayProxy:
    """A TCP proxy on 127.0.0.1 adding a fixed delay to every chunk in both directions."""

    def __init__(self, target: tuple[str, int], delay_s: float) -> None:
        """Listen on a free port; forward to ``target``."""
        self.target, self.delay = target, delay_s
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.client_chunks = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            client, _ = self.listener.accept()
            server = socket.create_connection(self.target)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._pipe(client, server, count=True)
            self._pipe(server, client, count=False)

    def _pipe(self, source: socket.socket, sink: socket.socket, *, count: bool) -> None:
        """Read from source; deliver each chunk to sink ``delay`` later, in order."""
        line: list[tuple[float, int, bytes]] = []
        ready = threading.Condition()
        seq = iter(range(1 << 62))

        def read() -> None:
            while data := source.recv(65536):
                if count:
                    with self._lock:
                        self.client_chunks += 1
                with ready:
                    heapq.heappush(line, (time.monotonic() + self.delay, next(seq), data))
                    ready.notify()
            with ready:
                heapq.heappush(line, (time.monotonic() + self.delay, next(seq), b""))
                ready.notify()

        def write() -> None:
            while True:
                with ready:
                    while not line:
                        ready.wait()
                    due, _n, data = line[0]
                    wait = due - time.monotonic()
                    if wait > 0:
                        ready.wait(wait)
                        continue
                    heapq.heappop(line)
                if not data:
                    sink.close()
                    return
                sink.sendall(data)

        threading.Thread(target=read, daemon=True).start()
        threading.Thread(target=write, daemon=True).start()


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def no(n: int) -> str:
    """A valid STO waybill number."""
    return f"7731652312{n:04d}"


def measure(proxy: DelayProxy, name: str, ops: int, action: Callable[[int], object]) -> None:
    """Time ``action(i)`` ``ops`` times; print round trips and latency."""
    trips: list[int] = []
    millis: list[float] = []
    for i in range(ops):
        before = proxy.client_chunks
        started = time.perf_counter()
        action(i)
        millis.append((time.perf_counter() - started) * 1000)
        trips.append(proxy.client_chunks - before)
    print(f"{name:<10} round trips median {statistics.median(trips):>4.1f} max {max(trips):>3}"
          f" | ms p50 {pct(millis, 50):6.1f} p95 {pct(millis, 95):6.1f}"
          f" max {max(millis):6.1f}")


def main() -> int:
    """Run the three operations through the proxy."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay-ms", type=float, default=10.0)
    parser.add_argument("--ops", type=int, default=50)
    args = parser.parse_args()
    base = os.environ.get("COUNTER_APP_TEST_PG_URL")
    if not base:
        print("set COUNTER_APP_TEST_PG_URL to a PostgreSQL database", file=sys.stderr)
        return 2
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base)
    proxy = DelayProxy((url.host or "127.0.0.1", url.port or 5432), args.delay_ms / 1000)
    sep = "&" if "?" in base else "?"
    direct = f"{base}{sep}options=-csearch_path%3D{schema}"
    slow = direct.replace(f"@{url.host}:{url.port or 5432}/", f"@127.0.0.1:{proxy.port}/")
    if slow == direct:
        slow = direct.replace(f"@{url.host}/", f"@127.0.0.1:{proxy.port}/")
    tmp = Path(f"/tmp/{schema}")
    try:
        clock = FakeClock(datetime(2026, 11, 22, 20, 0))
        setup = open_database(direct, backup_dir=tmp)
        app = wire(setup, clock=clock, hasher=fast_hasher(), photo_dir=tmp)
        boss = set_up_station(app)
        clerk = add_clerk(app, boss, Role.WAREHOUSE, "4001")
        night = add_clerk(app, boss, Role.RECEIPTS, "3001")
        zhang = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
        ops = args.ops
        app.receipts.import_delivery_csv(night, "\n".join(
            ["日期,派件员,运单号,收件人,到付金额,件数"]
            + [f"2026-11-22,张伟,{no(5000 + i)},李娜,,1" for i in range(ops + 5)]))
        batch = app.receipts.open_batch(night, zhang.id, date(2026, 11, 22)).batch.id
        setup.dispose()

        engine = make_engine(slow)
        pc = wire(engine, clock=clock, hasher=fast_hasher(), photo_dir=tmp)
        # warm the pool and the caches (the first statement of a kind is prepared)
        pc.warehouse.scan_in(clerk, ScanInDraft(no(9000), Reason.MISSORTED, ProblemDetails()))
        pc.warehouse.scan_out(clerk, no(9000), ScanOutDraft(Disposition.DELIVERY,
                                                            courier_id=zhang.id))
        pc.receipts.enter(night, batch, ReceiptDraft(no(5000 + ops + 1), "李娜"))
        print(f"PostgreSQL through a proxy adding {args.delay_ms:g} ms each way "
              f"({2 * args.delay_ms:g} ms RTT), {ops} operations each")
        measure(proxy, "scan-in", ops, lambda i: pc.warehouse.scan_in(
            clerk, ScanInDraft(no(i), Reason.MISSORTED, ProblemDetails())))
        measure(proxy, "scan-out", ops, lambda i: pc.warehouse.scan_out(
            clerk, no(i), ScanOutDraft(Disposition.DELIVERY, courier_id=zhang.id)))
        measure(proxy, "receipt", ops, lambda i: pc.receipts.enter(
            night, batch, ReceiptDraft(no(5000 + i), "李娜")))
        engine.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
