"""Benchmark the monthly 错写大字上报表: a month of 2,000 rows to PDF, XLSX and CSV.

Run: .venv/bin/python bench/bench_misroute_report.py [--rows 2000] [--provinces 20] [--sites 150]
[--seed 7] [--out DIR]
Builds a random but realistic report (14-digit 申通 numbers, ~20 provinces, ~150 origin
sites, sorted as MR-3 asks), renders it once to each format with the bundled font
(resources/fonts/wqy-microhei.ttc) and prints the data size, seconds, output sizes and the
PDF page count. With --out the three files are written there for a look.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from counter_app.domain.misroute import ACTION_LABELS
from counter_app.paths import fonts_dir
from counter_app.reports.misroute_list import render_misroute_csv, render_misroute_xlsx
from counter_app.reports.misroute_pdf import register_font, render_misroute_pdf
from counter_app.services.dto import StationHeader
from counter_app.services.misroute_dto import (
    MISSING_DAZI,
    MisrouteReport,
    MisrouteReportProvince,
    MisrouteReportRow,
    MisrouteReportSite,
)

PROVINCES = ("北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省",
             "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
             "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市",
             "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "新疆维吾尔自治区")
PLACES = ("城东", "城西", "开发区", "高新", "江北", "新区", "经济技术开发区", "北站", "南湖",
          "东城", "西湖", "白云", "萧山", "瓯海", "宝安", "江宁", "吴中", "双流", "龙湾", "鹿城")
PEOPLE = ("王芳", "李强", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "欧阳娜娜", "周杰", "吴刚")
DAZI = ("杭州", "温州", "台州", "宁波", "广州", "深圳", "南京", "苏州", "成都", "乌鲁木齐",
        "温州鹿城", "温州瓯海", "福州", "厦门", "合肥")


def build_report(rows: int, provinces: int, sites: int, seed: int) -> MisrouteReport:
    """A random month of ``rows`` rows, grouped and ordered as MR-3 asks."""
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(len(PROVINCES)), min(provinces, len(PROVINCES))))
    site_names: dict[str, set[str]] = {PROVINCES[i]: set() for i in chosen}
    names = list(site_names)
    while sum(len(v) for v in site_names.values()) < sites:
        province = rng.choice(names)
        city = province.removesuffix("省").removesuffix("市")[:2]
        site_names[province].add(city + rng.choice(PLACES))
    per_site: dict[tuple[str, str], list[int]] = {}
    all_sites = [(p, s) for p in names for s in sorted(site_names[p])]
    numbers = rng.sample(range(10**10), rows)
    for i in range(rows):
        per_site.setdefault(rng.choice(all_sites), []).append(numbers[i])
    report_provinces: list[MisrouteReportProvince] = []
    seq = 0
    for province in names:
        report_sites = []
        for site in sorted(site_names[province]):
            site_rows = []
            for number in sorted(per_site.get((province, site), [])):
                seq += 1
                action_key = rng.choice(tuple(ACTION_LABELS))
                wrong = MISSING_DAZI if action_key == "written" else rng.choice(DAZI)
                site_rows.append(MisrouteReportRow(
                    seq=seq, waybill_no=f"7731{number:010d}", origin_province=province,
                    origin_site=site, wrong_dazi=wrong, correct_dazi="温州龙湾",
                    found_on=f"2025-05-{rng.randint(1, 31):02d}",
                    found_by=rng.choice(PEOPLE), action=ACTION_LABELS[action_key],
                    verified_by=rng.choice(PEOPLE)))
            if site_rows:
                report_sites.append(MisrouteReportSite(site, tuple(site_rows)))
        if report_sites:
            report_provinces.append(MisrouteReportProvince(province, tuple(report_sites)))
    station = StationHeader("申通快递温州龙湾五亭龙部", "325021", "陈晓梅", "0577-86881234",
                            "1234567890")
    return MisrouteReport(station, "2025-05", date(2025, 6, 15), tuple(report_provinces),
                          "陈晓梅")


def main() -> None:
    """Build the report, time each renderer, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--provinces", type=int, default=20)
    parser.add_argument("--sites", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    font = fonts_dir() / "wqy-microhei.ttc"
    report = build_report(args.rows, args.provinces, args.sites, args.seed)
    n_sites = sum(len(p.sites) for p in report.provinces)
    print(f"data: {report.total} rows, {len(report.provinces)} provinces, {n_sites} sites "
          f"(seed {args.seed})")

    t0 = time.perf_counter()
    register_font(font)
    t_font = time.perf_counter() - t0
    t0 = time.perf_counter()
    pdf = render_misroute_pdf(report, font)
    t_pdf = time.perf_counter() - t0
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    t0 = time.perf_counter()
    xlsx = render_misroute_xlsx(report)
    t_xlsx = time.perf_counter() - t0
    t0 = time.perf_counter()
    csv_bytes = render_misroute_csv(report)
    t_csv = time.perf_counter() - t0

    print(f"font register : {t_font:7.3f} s (once per process)")
    print(f"PDF           : {t_pdf:7.3f} s  {len(pdf):>10,} bytes  {pages} pages")
    print(f"XLSX          : {t_xlsx:7.3f} s  {len(xlsx):>10,} bytes")
    print(f"CSV           : {t_csv:7.3f} s  {len(csv_bytes):>10,} bytes")
    print(f"PDF + XLSX    : {t_pdf + t_xlsx:7.3f} s")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, data in (("misroute.pdf", pdf), ("misroute.xlsx", xlsx),
                           ("misroute.csv", csv_bytes)):
            (args.out / name).write_bytes(data)
        print(f"written to {args.out}")


if __name__ == "__main__":
    main()
