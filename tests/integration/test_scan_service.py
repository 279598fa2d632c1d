"""The scan pipeline on a real database: validation, duplicate guard, journal (SC-2, SC-3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from counter_app.domain.scanning import RawScan, ScanOutcome
from counter_app.domain.waybills import RejectReason, WaybillRejected
from counter_app.services.app import AppServices
from tests.helpers import FakeClock, set_up_station, wired

STO = "77316523125896"
SF = "SF1311458896823"


@pytest.fixture
def app(db_url: str, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, FakeClock(), tmp_path) as services:
        set_up_station(services)  # own carrier: 申通 STO
        yield services


def raw(text: str, at: float = 100.0, source: str = "serial:/dev/ttyUSB0") -> RawScan:
    return RawScan(source=source, raw=text.encode(), text=text, received_at=at)


def journal_rows(db_url: str) -> list[tuple[str, str, str | None, str | None]]:
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT source, outcome, number, reason FROM scan_journal ORDER BY id")).all()
    engine.dispose()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_valid_own_number_is_journalled_before_it_is_delivered(
        app: AppServices, db_url: str) -> None:
    result = app.scans.process(raw(" 7731652312589６\r"))  # full-width 6, stray CR
    assert result.outcome is ScanOutcome.ACCEPTED
    assert result.event is not None
    assert result.event.number == STO
    assert result.event.carriers == ("STO",)
    assert journal_rows(db_url) == [("serial:/dev/ttyUSB0", "accepted", result.event.number,
                                     None)]


def test_other_carriers_number_is_rejected_as_tonghang_and_never_delivered(
        app: AppServices, db_url: str) -> None:
    result = app.scans.process(raw(SF))
    assert result.outcome is ScanOutcome.REJECTED
    assert result.event is None
    assert isinstance(result.check, WaybillRejected)
    assert result.check.reason is RejectReason.OTHER_CARRIER
    assert journal_rows(db_url) == [("serial:/dev/ttyUSB0", "rejected", SF, "other_carrier")]


def test_misread_is_rejected_and_journalled_with_its_raw_bytes(
        app: AppServices, db_url: str) -> None:
    result = app.scans.process(RawScan("wedge", b"7731652\xff", "7731652\xff", 1.0))
    assert result.outcome is ScanOutcome.REJECTED
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT raw FROM scan_journal")).scalar_one()
    engine.dispose()
    assert bytes(stored) == b"7731652\xff"


def test_same_code_within_the_window_is_a_duplicate_and_after_it_is_accepted_again(
        app: AppServices) -> None:
    assert app.scans.process(raw(STO, at=10.0)).outcome is ScanOutcome.ACCEPTED
    again = app.scans.process(raw(STO, at=11.9))
    assert again.outcome is ScanOutcome.DUPLICATE
    assert again.event is None
    assert app.scans.process(raw(STO, at=12.1)).outcome is ScanOutcome.ACCEPTED


def test_a_rejected_read_does_not_arm_the_duplicate_guard(app: AppServices) -> None:
    assert app.scans.process(raw(STO[:-1], at=10.0)).outcome is ScanOutcome.REJECTED
    assert app.scans.process(raw(STO, at=10.5)).outcome is ScanOutcome.ACCEPTED


def test_counts_per_scanner(app: AppServices) -> None:
    app.scans.process(raw(STO, at=1.0))
    app.scans.process(raw(STO, at=1.5))
    app.scans.process(raw("ABC", at=2.0))
    app.scans.process(raw(STO, at=9.0, source="wedge"))
    counts = {c.source: (c.accepted, c.rejected, c.duplicate) for c in app.scans.counts()}
    assert counts == {"serial:/dev/ttyUSB0": (1, 1, 1), "wedge": (1, 0, 0)}
