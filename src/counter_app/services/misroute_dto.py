"""The misroute register's monthly form (错写大字上报表), ready to render (no Qt, no SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counter_app.services.dto import StationHeader


@dataclass(frozen=True)
class MisrouteReportRow:
    """One printed row; every value is already the text that is printed (MR-4: the PDF, XLSX
    and CSV show exactly these strings)."""

    seq: int
    waybill_no: str
    origin_province: str
    origin_site: str
    wrong_dazi: str
    correct_dazi: str
    found_on: str
    found_by: str
    action: str
    verified_by: str


@dataclass(frozen=True)
class MisrouteReportSite:
    """Rows of one origin site, with its subtotal."""

    site: str
    rows: tuple[MisrouteReportRow, ...]

    @property
    def count(self) -> int:
        """Subtotal."""
        return len(self.rows)


@dataclass(frozen=True)
class MisrouteReportProvince:
    """Sites of one origin province, with its subtotal."""

    province: str
    sites: tuple[MisrouteReportSite, ...]

    @property
    def count(self) -> int:
        """Subtotal."""
        return sum(s.count for s in self.sites)


@dataclass(frozen=True)
class MisrouteReport:
    """The monthly 错写大字上报表 (MR-3..MR-5), ready to render."""

    station: StationHeader
    month: str
    due: date
    provinces: tuple[MisrouteReportProvince, ...]
    prepared_by: str

    @property
    def total(self) -> int:
        """All rows."""
        return sum(p.count for p in self.provinces)

    def rows(self) -> list[MisrouteReportRow]:
        """Every row in printed order."""
        return [r for p in self.provinces for s in p.sites for r in s.rows]


# The form is for headquarters and is always in Chinese, whatever the UI language (MR-4).
MISROUTE_COLUMNS = ("序号", "运单号", "始发省份", "始发地", "错写大字", "正确大字", "发现日期",
                    "发现人", "处理方式", "核实人")
MISSING_DAZI = "（漏写）"
