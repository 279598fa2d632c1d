"""Counter intake: live-check latency and acceptance latency with a year of parcels stored.

Run: .venv/bin/python bench/bench_intake.py [--stored 300000] [--ops 300]

1. Live checks (what runs while the clerk types): the contents check against the catalogue
   (19 categories + air rules + fragile), address resolution with cpca plus the service-area
   decision, and the full price of a draft — each --ops times on varied inputs.
2. Acceptance: an SQLite file (WAL) is filled with --stored acceptances spread over a year
   (about 800 a day), then --ops parcels are accepted one by one through IntakeService.accept
   (contents + real name + destination + waybill + fee + INSERT + sender + consumables +
   audit + COMMIT), timed; then the shift summary of a full day and an account's monthly
   statement are timed.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers

from counter_app.domain.identity import DocumentKind
from counter_app.domain.intake import Account, PayMode
from counter_app.main import open_database, wire
from counter_app.services.intake_drafts import AcceptDraft
from counter_app.services.station import FirstSupervisor
from tests.helpers import PROFILE, FakeClock, fast_hasher

ADDRESSES = ["江苏省南京市鼓楼区中山北路30号", "广东省深圳市南山区科技园科苑路8号",
             "北京市朝阳区建国路88号", "浙江省杭州市西湖区文三路90号",
             "四川省成都市武侯区人民南路4段",
             "新疆乌鲁木齐市天山区解放北路1号", "上海市浦东新区世纪大道100号",
             "湖北省武汉市洪山区珞喻路1037号"]
CONTENTS = ["衣服 两件", "茶叶", "手机壳", "书籍资料", "充电宝", "玻璃杯", "鞭炮", "零食 牛肉干",
            "香水 50ml", "文件"]


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def report(name: str, ms: list[float]) -> None:
    """Print median, p99 and max of a list of milliseconds."""
    print(f"  {name:<34} median {statistics.median(ms):7.2f} ms   p99 {pct(ms, 99):7.2f} ms"
          f"   max {max(ms):7.2f} ms   (n={len(ms)})")


def draft(n: int, mode: PayMode = PayMode.CASH, account: str = "") -> AcceptDraft:
    """A plain parcel with waybill ``7731…n``."""
    return AcceptDraft(
        waybill=f"773{n:011d}", contents="衣服 两件", sender_name="张三丰",
        sender_phone=f"138{n % 100000000:08d}", doc_kind=DocumentKind.RESIDENT_ID,
        doc_number="11010519491231002X", recipient_name="李娜",
        recipient_phone="13900001234", recipient_address=ADDRESSES[n % len(ADDRESSES)],
        weight=f"{1 + n % 7}.{n % 10}", pay_mode=mode, account_code=account, inspected=True)


def fill(path: Path, stored: int, start: datetime) -> None:
    """Insert ``stored`` acceptances over the year before ``start`` with plain SQL."""
    con = sqlite3.connect(path)
    step = timedelta(days=365) / max(stored, 1)
    rows = []
    for i in range(stored):
        at = start - timedelta(days=365) + step * i
        rows.append((f"77{i:012d}", "STO", at.isoformat(sep=" "), "3001", "李明",
                     "early", "张三丰", f"138{i % 100000000:08d}", "", "resident_id",
                     "11010519491231002X", "李娜", "13900001234", ADDRESSES[i % 8], "江苏省",
                     "南京市", "鼓楼区", "served", "衣服", 1, "land", 0, 0, "1.000", None, None,
                     None, "2.000", None, None, ("cash", "qr", "collect", "account")[i % 4],
                     1 if i % 4 == 3 else None, "{}", "17.00", "17.00", "", "", None, None,
                     "3001", at.isoformat(sep=" "), ""))
        if len(rows) == 20000:
            _insert(con, rows)
            rows.clear()
    _insert(con, rows)
    con.close()


def _insert(con: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    con.executemany(
        "INSERT INTO ci_acceptance (waybill_no, carrier, accepted_at, by, clerk_name, shift, "
        "sender_name, sender_phone, sender_address, doc_kind, doc_number, recipient_name, "
        "recipient_phone, recipient_address, province, city, district, area_status, contents, "
        "quantity, transport, air_banned, fragile, weight, length_cm, width_cm, height_cm, "
        "chargeable, declared_value, cod_amount, pay_mode, account_id, quote, quoted_total, "
        "total, override_reason, override_by, received, change, inspected_by, inspected_at, "
        "note) VALUES (" + ",".join("?" * 42) + ")", rows)
    con.commit()


def main() -> None:
    """Run both parts and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=300_000)
    parser.add_argument("--ops", type=int, default=300)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-intake-"))
    start = datetime(2026, 11, 23, 8, 0)
    clock = FakeClock(start)
    db = tmp / "counter.sqlite3"
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp / "backups")
    app = wire(engine, clock=clock, hasher=fast_hasher(), photo_dir=tmp / "photos")
    boss = app.station.set_up(PROFILE, FirstSupervisor("1001", "王丽", "secret-1001"))
    account = app.intake.save_account(boss, Account("A01", "西湖茶叶有限公司"))
    rng = random.Random(7)

    print(f"live checks ({args.ops} each):")
    t = time.perf_counter()
    app.intake.resolve_destination(ADDRESSES[0])
    print(f"  first address (loads cpca + pandas)  {(time.perf_counter() - t) * 1000:7.0f} ms")
    timings: dict[str, list[float]] = {"contents check": [], "address + service area": [],
                                       "price of a draft": []}
    for i in range(args.ops):
        text = rng.choice(CONTENTS) + str(i)
        t = time.perf_counter()
        app.intake.check_contents(text)
        timings["contents check"].append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        app.intake.resolve_destination(ADDRESSES[i % 8].replace("号", f"{i}号"))
        timings["address + service area"].append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        app.intake.price(draft(i))
        timings["price of a draft"].append((time.perf_counter() - t) * 1000)
    for name, ms in timings.items():
        report(name, ms)

    t = time.perf_counter()
    engine.dispose()
    fill(db, args.stored, start)
    size = db.stat().st_size / 1e6
    print(f"\nstored {args.stored:,} acceptances over 365 days ({size:.0f} MB SQLite) in "
          f"{time.perf_counter() - t:.1f} s")
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp / "backups")
    app = wire(engine, clock=clock, hasher=fast_hasher(), photo_dir=tmp / "photos")
    accept_ms = []
    for i in range(args.ops):
        clock.advance(seconds=30)
        mode = (PayMode.CASH, PayMode.QR, PayMode.COLLECT, PayMode.ACCOUNT)[i % 4]
        d = draft(90_000_000 + i, mode, "A01" if mode is PayMode.ACCOUNT else "")
        t = time.perf_counter()
        app.intake.accept(boss, d)
        accept_ms.append((time.perf_counter() - t) * 1000)
    report("accept (one parcel, committed)", accept_ms)
    day = start.date() - timedelta(days=1)
    t = time.perf_counter()
    summary = app.intake.shift_summary(day, "day")
    print(f"  shift summary of a full day          {(time.perf_counter() - t) * 1000:7.1f} ms"
          f"   ({summary.total.accepted} parcels)")
    t = time.perf_counter()
    statement = app.intake.statement(account.id or 0, date(2026, 10, 1))
    print(f"  monthly statement of one account     {(time.perf_counter() - t) * 1000:7.1f} ms"
          f"   ({len(statement.lines)} parcels)")
    engine.dispose()


if __name__ == "__main__":
    main()
