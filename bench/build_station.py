"""Build a realistic station database for the benchmarks (issue 18 §5).

    .venv/bin/python bench/build_station.py [--out /tmp/counter-bench/station.sqlite3]
        [--database postgresql+psycopg://…] [--stays 200000] [--receipts 60000]
        [--acceptances 100000] [--months 24] [--statement 6370] [--shift 840] [--stock 751]
        [--expected 6000]

The schema is made by the app's own migrations and the station, staff, couriers and an account
customer through the services; the history is then bulk-inserted (SQLAlchemy Core, one
executemany per 20,000 rows, the search index kept by its own triggers / indexes):

- ``--stays`` warehouse stays over ``--months`` (each closed one with its ``in`` and ``out``
  event), of which the last day's late shift has ``--shift`` scan-ins and ``--shift``
  scan-outs and ``--stock`` parcels are in stock at the end;
- ``--acceptances`` counter acceptances over ``--months``, ``--statement`` of them on account
  A01 in the last full month (the monthly statement);
- ``--receipts`` signed receipts with their delivery-list lines and batches over ``--months``,
  and ``--expected`` delivery-list lines on the last delivery day (the morning check).

The big station of issue 18: ``--stays 2000000 --receipts 3000000 --acceptances 300000``.
``bench/run_all.py`` times every figure against the result.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers

from counter_app.domain.intake import Account
from counter_app.domain.staff import CourierKind, Role
from counter_app.main import open_database, wire
from counter_app.persistence.tables import (
    AcceptanceRow,
    DeliveryListRow,
    ReceiptBatchRow,
    ReceiptRow,
    StayRow,
    WarehouseEventRow,
)
from counter_app.services.station import FirstSupervisor
from tests.helpers import PROFILE, FakeClock, fast_hasher

NOW = datetime(2026, 11, 23, 21, 45)
"""The station's clock when the benchmarks run: just after the late shift of 2026-11-23."""
SHIFT = (datetime(2026, 11, 23, 15, 0), datetime(2026, 11, 23, 21, 30))
"""The busy late shift (WH-1 default times)."""
MORNING_DAY = date(2026, 11, 22)
"""The delivery day the morning check looks at."""
STATEMENT_MONTH = date(2026, 10, 1)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
PLACES = [("江苏省", "南京市", "鼓楼区"), ("广东省", "深圳市", "南山区"),
          ("北京市", "北京市", "朝阳区"), ("浙江省", "杭州市", "西湖区"),
          ("四川省", "成都市", "武侯区"), ("上海市", "上海市", "浦东新区")]
CHUNK = 20_000
CLERK = "4001"
COURIERS = 12


def chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """``rows`` in lists of CHUNK."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def bulk(engine: Engine, table: Any, rows: Iterator[dict[str, Any]]) -> int:
    """Insert ``rows`` into ``table`` (one transaction, executemany per chunk)."""
    count = 0
    with engine.begin() as conn:
        for batch in chunks(rows):
            conn.execute(insert(table), batch)
            count += len(batch)
    return count


def name(rng: random.Random) -> str:
    """A Chinese name of two or three characters."""
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))


def stays(args: argparse.Namespace, courier_id: int) -> tuple[list[dict[str, Any]],
                                                              list[dict[str, Any]]]:
    """The stays and their events: history, the busy shift and the stock."""
    rng = random.Random(7)
    start = NOW - timedelta(days=30.4 * args.months)
    history = max(0, args.stays - args.shift - args.stock)
    span = (SHIFT[0] - timedelta(days=1) - start).total_seconds()
    out_details = json.dumps({"courier": "张伟", "courier_id": courier_id}, ensure_ascii=False)
    details = json.dumps({"nobody_home": "tomorrow"})
    rows: list[dict[str, Any]] = []

    def stay(in_at: datetime, out_at: datetime | None) -> None:
        n = len(rows) + 1
        phone = f"139{rng.randrange(10**8):08d}"
        rows.append({
            "id": n, "waybill_no": f"7731{n:010d}", "reason": "nobody_home",
            "details": details, "location": "A", "layer": 1,
            "pickup_code": f"A-1-{n % 10000:04d}", "recipient": name(rng), "phone": phone,
            "phone_tail": phone[-4:], "bulky": False, "destination_province": "",
            "in_at": in_at, "in_by": CLERK, "out_at": out_at,
            "out_by": CLERK if out_at else None, "disposition": "delivery" if out_at else None,
            "out_details": out_details if out_at else "{}"})

    for i in range(history):
        in_at = start + timedelta(seconds=span * i / max(history, 1))
        stay(in_at, in_at + timedelta(hours=rng.uniform(2, 40)))
    window = (SHIFT[1] - SHIFT[0]).total_seconds()
    came_out = args.shift // 2  # half the shift's scan-ins also went out during the shift
    for i in range(args.shift):  # the shift's scan-ins
        in_at = SHIFT[0] + timedelta(seconds=window * i / args.shift)
        out_at = SHIFT[0] + timedelta(seconds=window * (i + 0.5) / args.shift)
        stay(in_at, out_at if i < came_out else None)
    for i in range(args.shift - came_out):  # the rest of the shift's scan-outs: older stays
        in_at = SHIFT[0] - timedelta(days=1, seconds=600 * i)
        stay(in_at, SHIFT[0] + timedelta(seconds=window * (i + 0.3) / args.shift))
    for i in range(max(0, args.stock - (args.shift - came_out))):  # older stock, up to 7 days
        stay(SHIFT[0] - timedelta(minutes=5 + 13 * i % (7 * 24 * 60)), None)
    events: list[dict[str, Any]] = []
    for s in rows:
        events.append({"stay_id": s["id"], "waybill_no": s["waybill_no"], "at": s["in_at"],
                       "by": CLERK, "kind": "in", "data": "{}"})
        if s["out_at"]:
            events.append({"stay_id": s["id"], "waybill_no": s["waybill_no"],
                           "at": s["out_at"], "by": CLERK, "kind": "out", "data": out_details})
    return rows, events


def acceptances(args: argparse.Namespace, account_id: int) -> Iterator[dict[str, Any]]:
    """Counter acceptances over the months; ``--statement`` on the account in one month."""
    start = NOW - timedelta(days=30.4 * args.months)
    span = (NOW - start).total_seconds()
    month_start = datetime.combine(STATEMENT_MONTH, datetime.min.time())
    other = max(0, args.acceptances - args.statement)
    quote = json.dumps({"lines": []})

    def row(n: int, at: datetime, on_account: bool) -> dict[str, Any]:
        province, city, district = PLACES[n % len(PLACES)]
        return {
            "waybill_no": f"77{n:012d}", "carrier": "STO", "accepted_at": at, "by": "3001",
            "clerk_name": "李明", "shift": "early", "sender_name": "张三丰",
            "sender_phone": f"138{n % 10**8:08d}", "sender_address": "",
            "doc_kind": "resident_id", "doc_number": "11010519491231002X",
            "recipient_name": "李娜", "recipient_phone": "13900001234",
            "recipient_address": f"{province}{city}{district}中山路{n % 300}号",
            "province": province, "city": city, "district": district, "area_status": "served",
            "contents": ("衣服", "茶叶", "书籍资料")[n % 3], "quantity": 1, "transport": "land",
            "air_banned": False, "fragile": False, "weight": Decimal("1.000"),
            "length_cm": None, "width_cm": None, "height_cm": None,
            "chargeable": Decimal(f"{1 + n % 7}.{n % 10}"), "declared_value": None,
            "cod_amount": None,
            "pay_mode": "account" if on_account else ("cash", "qr", "collect")[n % 3],
            "account_id": account_id if on_account else None, "quote": quote,
            "quoted_total": Decimal(f"{12 + n % 30}.00"), "total": Decimal(f"{12 + n % 30}.00"),
            "override_reason": "", "override_by": "", "received": None, "change": None,
            "inspected_by": "3001", "inspected_at": at, "note": ""}

    for i in range(other):
        yield row(i, start + timedelta(seconds=span * i / max(other, 1)), False)
    for j in range(args.statement):  # spread over the month's 31 days
        yield row(other + j, month_start + timedelta(seconds=31 * 86400 * j / args.statement),
                  True)


def receipts(args: argparse.Namespace, courier_ids: list[int]) -> tuple[
        list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Batches, delivery-list lines and receipts over the months, and the morning's day."""
    days = max(1, int(30.4 * args.months))
    first = MORNING_DAY - timedelta(days=days)
    per_day = max(1, args.receipts // days)
    batches: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    entered: list[dict[str, Any]] = []
    n = 0
    for d in range(days + 1):
        day = first + timedelta(days=d)
        morning = day == MORNING_DAY
        count = args.expected if morning else per_day
        ids: dict[int, int] = {}
        for c in courier_ids[:-1] if morning else courier_ids:  # the morning: one without
            batches.append({"id": len(batches) + 1, "courier_id": c, "delivery_date": day,
                            "opened_at": datetime.combine(day, datetime.min.time())
                            + timedelta(hours=19), "opened_by": CLERK,
                            "closed_at": None if morning else datetime.combine(
                                day, datetime.min.time()) + timedelta(hours=22),
                            "closed_by": None if morning else CLERK})
            ids[c] = len(batches)
        for i in range(count):
            n += 1
            courier = courier_ids[i % len(courier_ids)]
            waybill = f"8831{n:010d}"
            lines.append({"delivery_date": day, "courier_id": courier, "waybill_no": waybill,
                          "recipient": "李娜", "cod_amount": None, "pieces": 1,
                          "arrived_on": day})
            if courier in ids and (not morning or i % 20):  # the morning: 5 % not yet in
                at = datetime.combine(day, datetime.min.time()) + timedelta(hours=20)
                entered.append({"batch_id": ids[courier], "waybill_no": waybill,
                                "signer": "本人", "signer_kind": "self", "pieces": 1,
                                "cod_amount": None, "cod_expected": None, "cod_flagged": False,
                                "entered_at": at, "entered_by": CLERK, "late": False,
                                "arrived_on": day})
    return batches, lines, entered


def build(args: argparse.Namespace) -> str:
    """Make the database; returns its URL."""
    if args.database:
        url = args.database
    else:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{out}"
    backups = Path(args.out).parent / "backups"
    clock = FakeClock(NOW - timedelta(days=30.4 * args.months + 1))
    engine = open_database(url, backup_dir=backups)
    app = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=backups)
    boss = app.station.set_up(PROFILE, FirstSupervisor("1001", "王丽", "secret-1001"))
    app.staff.add(boss, CLERK, "李明", Role.WAREHOUSE, "pw-4001")
    app.staff.add(boss, "3001", "赵敏", Role.COUNTER, "pw-3001")
    courier_ids = [app.couriers.add(boss, f"{SURNAMES[i]}师傅", f"1390571{i:04d}",
                                    CourierKind.COURIER, f"片区{i}").id or 0
                   for i in range(COURIERS)]
    account = app.intake.save_account(boss, Account("A01", "西湖茶叶有限公司"))
    figures: list[tuple[str, int, float]] = []

    def timed(label: str, table: Any, rows: Any) -> None:
        t = time.perf_counter()
        count = bulk(engine, table, iter(rows))
        figures.append((label, count, time.perf_counter() - t))

    stay_rows, event_rows = stays(args, courier_ids[0])
    timed("warehouse stays", StayRow.__table__, stay_rows)
    timed("warehouse events", WarehouseEventRow.__table__, event_rows)
    del stay_rows, event_rows
    timed("counter acceptances", AcceptanceRow.__table__, acceptances(args, account.id or 0))
    batch_rows, line_rows, receipt_rows = receipts(args, courier_ids)
    timed("receipt batches", ReceiptBatchRow.__table__, batch_rows)
    timed("delivery-list lines", DeliveryListRow.__table__, line_rows)
    timed("receipts", ReceiptRow.__table__, receipt_rows)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:  # ids were given explicitly: move the sequences on
            for table in ("wh_stay", "receipt_batch"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
            conn.execute(text("ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    engine.dispose()
    for label, count, seconds in figures:
        print(f"  {label:<22} {count:>10,} rows in {seconds:6.1f} s "
              f"({count / max(seconds, 1e-9):,.0f}/s)")
    return str(url)


def parser() -> argparse.ArgumentParser:
    """The command line (shared with run_all.py)."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default="/tmp/counter-bench/station.sqlite3",
                   help="the SQLite file to make (replaced)")
    p.add_argument("--database", default="", help="a PostgreSQL URL instead (empty schema)")
    p.add_argument("--stays", type=int, default=200_000)
    p.add_argument("--receipts", type=int, default=60_000)
    p.add_argument("--acceptances", type=int, default=100_000)
    p.add_argument("--months", type=int, default=24)
    p.add_argument("--statement", type=int, default=6370)
    p.add_argument("--shift", type=int, default=840)
    p.add_argument("--stock", type=int, default=751)
    p.add_argument("--expected", type=int, default=6000)
    return p


def main() -> int:
    """Build and print what was made."""
    args = parser().parse_args()
    t = time.perf_counter()
    url = build(args)
    size = ""
    if not args.database:
        size = f", {Path(args.out).stat().st_size / 1e6:.0f} MB"
    print(f"station built in {time.perf_counter() - t:.1f} s: {url}{size}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
