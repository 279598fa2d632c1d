"""The receipt desk's printed documents (COD list, batch cover, receipt sheet), ready to render."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.services.dto import StationHeader


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
    expected: int | None = None
    """Parcels of the courier's delivery list that day (None: no list was imported)."""
    missing: int = 0
    """Of those, how many have no receipt entered."""


@dataclass(frozen=True)
class ReceiptSheet:
    """One entered receipt as printed on request during its keeping period (RE-8)."""

    station: StationHeader
    fields: tuple[tuple[str, str], ...]
    """(label, value) rows, already in Chinese."""
