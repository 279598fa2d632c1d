"""Frozen data handed to the UI and to report renderers (no Qt, no SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class StationHeader:
    """The station block printed on forms (MR-5)."""

    name: str
    code: str
    contact_person: str
    phone: str
    qq: str


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
ACTION_LABELS = {"written": "补写大字", "crossed_out": "划掉重写", "rewritten": "重新写清楚"}


@dataclass(frozen=True)
class CodLine:
    """One 到付 receipt on a courier's COD list (RE-7). Amounts are printed strings (元, 2 dp)."""

    seq: int
    waybill_no: str
    signer: str
    pieces: int
    amount: str
    expected: str
    flagged: bool
    """The amount collected differs from the expected one (confirmed by the clerk, RE-3)."""


@dataclass(frozen=True)
class CodList:
    """A courier's COD (到付) list for one delivery day, with totals (RE-7)."""

    station: StationHeader
    courier: str
    delivery_date: str
    lines: tuple[CodLine, ...]
    total: str

    @property
    def count(self) -> int:
        """Number of 到付 receipts."""
        return len(self.lines)


@dataclass(frozen=True)
class BatchCover:
    """The cover of a closed receipt batch (RE-6): courier, count and date, as the paper's
    first receipt carries them."""

    station: StationHeader
    courier: str
    courier_kind: str
    delivery_date: str
    count: int
    pieces: int
    cod_count: int
    cod_total: str
    late_count: int
    entered_by: str
    closed_at: str


@dataclass(frozen=True)
class ReceiptSheet:
    """One entered receipt as printed on request during its keeping period (RE-8)."""

    station: StationHeader
    fields: tuple[tuple[str, str], ...]
    """(label, value) rows, already in Chinese."""
