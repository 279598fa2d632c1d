"""Render time of the long list forms from in-memory data (issue 18 §3): an account's monthly
statement (PDF + XLSX), a busy shift's handover sheet and an EMS register.

    .venv/bin/python bench/bench_reports.py [--statement 6370] [--shift 840] [--stock 751]
        [--ems 2000] [--repeat 3]

Only the rendering is timed (the rows are made up in memory); the queries are timed by
bench/run_all.py against a built station. Prints the best of --repeat runs and the page count.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from counter_app.reports.intake_lists import render_statement_xlsx
from counter_app.reports.intake_pdf import render_statement_pdf
from counter_app.reports.pdf_pages import page_count
from counter_app.reports.warehouse_lists import render_ems_xlsx
from counter_app.reports.warehouse_pdf import render_ems_register_pdf, render_handover_pdf
from counter_app.services.dto import (
    EmsLine,
    EmsRegister,
    HandoverLine,
    HandoverSheet,
    StationHeader,
)
from counter_app.services.intake_dto import AccountStatement, StatementLine

HEADER = StationHeader("杭州西湖文三路快递驿站", "330106001", "王丽", "0571-88886666", "12345678")
PLACES = ["江苏省南京市鼓楼区", "广东省深圳市南山区", "北京市朝阳区", "浙江省杭州市钱塘区",
          "新疆维吾尔自治区乌鲁木齐市天山区", "上海市浦东新区"]


def statement(n: int) -> AccountStatement:
    """An account's month of ``n`` parcels."""
    lines = tuple(StatementLine(i, f"2026-10-{1 + i % 31:02d}", f"7731{i:010d}",
                                PLACES[i % len(PLACES)], ("茶叶", "书籍资料", "衣服 两件")[i % 3],
                                f"{1 + i % 7}.{i % 10}", f"{12 + i % 30}.00", "李明")
                  for i in range(1, n + 1))
    return AccountStatement(HEADER, "A01", "西湖茶叶有限公司", "2026-10", lines, "123456.00")


def handover(shift: int, stock: int) -> HandoverSheet:
    """A busy shift: ``shift`` in and out, ``stock`` at the end."""
    def line(i: int, reason: str) -> HandoverLine:
        return HandoverLine(f"7731{i:010d}", reason, f"A-{i % 9 + 1}-{i % 40:02d}",
                            f"11-23 {8 + i % 12:02d}:{i % 60:02d}", "张伟", "")
    came = tuple(line(i, "无人在家") for i in range(shift))
    went = tuple(line(i, "派送") for i in range(shift))
    due = tuple(line(i, "到期") for i in range(stock // 3))
    over = tuple(line(i, "逾期") for i in range(stock // 10))
    return HandoverSheet(HEADER, "白班", "2026-11-23 08:00 至 20:00", "2026-11-23 20:01", "王丽",
                         stock, stock, came, went, due, over, (), 3)


def ems(n: int) -> EmsRegister:
    """A period's EMS register of ``n`` parcels."""
    lines = tuple(EmsLine(i, "2026-11-02", f"1{i:012d}", PLACES[i % len(PLACES)], "1.2",
                          "18.00", "12.00", "现金", "6.00", "张伟", "王丽")
                  for i in range(1, n + 1))
    return EmsRegister(HEADER, "2026-11-01", "2026-11-30", lines, "36000.00", "12000.00")


def best(fn: Callable[[], bytes], repeat: int) -> tuple[float, float, bytes]:
    """The fastest of ``repeat`` runs: wall ms, CPU ms (what a shared machine's load does not
    inflate) and the output."""
    walls, cpus, out = [], [], b""
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        walls.append((time.perf_counter() - t) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return min(walls), min(cpus), out


def main() -> None:
    """Render each form and print the times."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--statement", type=int, default=6370)
    parser.add_argument("--shift", type=int, default=840)
    parser.add_argument("--stock", type=int, default=751)
    parser.add_argument("--ems", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    st, sheet, reg = statement(args.statement), handover(args.shift, args.stock), ems(args.ems)
    for name, fn, pdf in [
        (f"statement PDF ({args.statement:,} parcels)", lambda: render_statement_pdf(st), True),
        (f"statement XLSX ({args.statement:,} parcels)", lambda: render_statement_xlsx(st),
         False),
        (f"handover PDF ({args.shift} in, {args.shift} out, {args.stock} stock)",
         lambda: render_handover_pdf(sheet), True),
        (f"EMS register PDF ({args.ems:,} parcels)", lambda: render_ems_register_pdf(reg), True),
        (f"EMS register XLSX ({args.ems:,} parcels)", lambda: render_ems_xlsx(reg),
         False),
    ]:
        wall, cpu, out = best(fn, args.repeat)
        pages = f"{page_count(out)} pages" if pdf else f"{len(out) / 1e6:.1f} MB"
        print(f"  {name:<52} {wall:8.0f} ms wall {cpu:6.0f} ms CPU   ({pages})")


if __name__ == "__main__":
    main()
