"""The purge of the append-only logs finds old rows through the primary key (issue 21 §4:
``at`` has no index); the rows it picks are exactly those a scan of ``at`` picks when rows are
appended in time order, never a row stamped after the cutoff, and what a skewed clock
hides waits only as long as the skew."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from counter_app.main import open_database
from counter_app.persistence.retention import older
from counter_app.persistence.tables import ScanJournalRow

T0 = datetime(2025, 1, 1, 8, 0)


@pytest.mark.parametrize("rows", [0, 1, 2, 7, 64])
def test_the_key_boundary_matches_a_scan_of_at(db_url: str, tmp_path: object,
                                               rows: int) -> None:
    from pathlib import Path

    engine = open_database(db_url, backup_dir=Path(str(tmp_path)) / "backups")
    try:
        with Session(engine) as s, s.begin():
            for n in range(rows):
                # a PC whose clock ran ahead stamps row 3 an hour late
                at = T0 + timedelta(minutes=n) + (timedelta(hours=1) if n == 3 else timedelta())
                s.execute(insert(ScanJournalRow).values(
                    at=at, source="wedge", raw=b"", text="", outcome="accepted",
                    number=f"N{n}", reason=None))
        with Session(engine) as s:
            for minutes in (-1, 0, 2, 3, 5, 30, 500):
                cutoff = T0 + timedelta(minutes=minutes)
                picked = set(s.scalars(select(ScanJournalRow.number)
                                       .where(older(s, ScanJournalRow, cutoff))))
                scanned = set(s.scalars(select(ScanJournalRow.number)
                                        .where(ScanJournalRow.at < cutoff)))
                assert picked <= scanned  # never a row stamped after the cutoff
                # what waits for a later purge lies within the clock's skew of the cutoff
                waiting = scanned - picked
                if rows <= 3:
                    assert not waiting
                stamps = dict(s.execute(select(ScanJournalRow.number, ScanJournalRow.at)).all())
                assert all(cutoff - stamps[n] <= timedelta(hours=1) for n in waiting)
            assert s.scalar(select(func.count()).select_from(ScanJournalRow)) == rows
    finally:
        engine.dispose()
