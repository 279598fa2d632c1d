"""Benchmark backups taken while clerks work, restore checks, and the upgrade (issue 12).

Run: .venv/bin/python bench/bench_backup.py [--mb 300] [--rate 50]
Builds a demo station in a temporary folder and grows it with --mb megabytes of scan-journal
rows, then:
  * takes a verified backup (online backup API → fsync → integrity check → rename) while a
    second thread acknowledges scans at --rate per second through the real ScanService, and
    prints the backup's time and the scans' commit latency during it (median / p99 / max);
  * inspects the backup as a restore would before replacing anything;
  * downgrades to 0005 and times the one-transaction upgrade with its pre-upgrade copy.
Prints the data size with every figure.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

from counter_app.domain.scanning import RawScan
from counter_app.main import main as cli
from counter_app.main import open_database, wire
from counter_app.paths import migrations_dir
from counter_app.persistence.backup import inspect_backup, take_backup
from counter_app.persistence.engine import make_engine
from counter_app.persistence.migrate import alembic_config, known_revisions, upgrade_to_head


def grow(db: Path, megabytes: int) -> int:
    """Add scan-journal rows until the file holds about ``megabytes``; returns rows added."""
    rows = 0
    with sqlite3.connect(db) as conn:
        while db.stat().st_size < megabytes * 1024 * 1024:
            batch = [(f"2026-11-{1 + i % 28:02d} 09:00:00", "serial:COM3",
                      b"7731652312%04d\r\n" % (i % 10000), f"7731652{rows + i:08d}", "accepted",
                      f"7731652{rows + i:08d}", None) for i in range(20000)]
            conn.executemany(
                "INSERT INTO scan_journal (at, source, raw, text, outcome, number, reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
            conn.commit()
            rows += len(batch)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return rows


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=300)
    parser.add_argument("--rate", type=int, default=50, help="scans per second during backup")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    try:
        data = work / "data"
        cli(["--data-dir", str(data), "demo"])
        db = data / "counter.sqlite3"
        rows = grow(db, args.mb)
        size_mb = db.stat().st_size / 2**20
        print(f"database: {size_mb:.0f} MB ({rows:,} journal rows added to the demo station)")
        revisions = known_revisions(migrations_dir())

        engine = open_database(f"sqlite:///{db}", backup_dir=data / "backups")
        services = wire(engine, backup_dir=data / "backups")
        latencies: list[float] = []
        stop = threading.Event()

        def clerk() -> None:
            i = 0
            while not stop.is_set():
                text = f"7731999{i:08d}"
                started = time.perf_counter()
                services.scans.process(RawScan("bench", text.encode(), text, time.monotonic()))
                latencies.append((time.perf_counter() - started) * 1000)
                i += 1
                time.sleep(1 / args.rate)

        worker = threading.Thread(target=clerk)
        worker.start()
        time.sleep(0.5)
        latencies.clear()
        started = time.perf_counter()
        path = take_backup(db, data / "backups", revisions)
        backup_s = time.perf_counter() - started
        stop.set()
        worker.join()
        engine.dispose()
        print(f"backup while clerks scan: {backup_s:.2f} s for {size_mb:.0f} MB "
              f"({size_mb / backup_s:.0f} MB/s incl. fsync and integrity_check)")
        print(f"  scans acknowledged during it: {len(latencies)}, commit latency "
              f"median {statistics.median(latencies):.1f} ms, p99 {pct(latencies, 0.99):.1f} ms,"
              f" max {max(latencies):.1f} ms")

        started = time.perf_counter()
        info = inspect_backup(path, revisions)
        print(f"restore check (header, integrity_check, tables, revision, counts): "
              f"{time.perf_counter() - started:.2f} s; {info.counts['scans']:,} scans")

        from alembic import command

        engine = make_engine(f"sqlite:///{db}")
        with engine.begin() as conn:
            cfg = alembic_config(migrations_dir())
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        started = time.perf_counter()
        result = upgrade_to_head(engine, migrations_dir(), data / "backups")
        upgrade_s = time.perf_counter() - started
        engine.dispose()
        print(f"upgrade 0005 -> {result.after} in one transaction, with its pre-upgrade copy: "
              f"{upgrade_s:.2f} s ({size_mb:.0f} MB)")
        started = time.perf_counter()
        engine = make_engine(f"sqlite:///{db}")
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        upgrade_to_head(engine, migrations_dir(), data / "backups")
        engine.dispose()
        print(f"the same upgrade retried (pre-upgrade copy reused): "
              f"{time.perf_counter() - started:.2f} s incl. the downgrade; copies kept: "
              f"{len(list((data / 'backups').glob('*pre-upgrade*')))}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
