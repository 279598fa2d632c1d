"""SQL of the scanner journal (SC-3)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.scanning import ScanCounts, ScanOutcome
from counter_app.persistence.tables import ScanJournalRow
from counter_app.services.scan_ports import JournalEntry


class SqlScanJournal:
    """The scan journal."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def record(self, entry: JournalEntry) -> int:
        """Append a read. What would be stored twice is stored once (issue 21 §4): ``raw``
        is left empty when it is ``text`` in UTF-8, ``text`` of a read taken as a number when
        it is that number (a rejected read keeps its text as read)."""
        taken = entry.outcome is not ScanOutcome.REJECTED and entry.number is not None
        text = "" if taken and entry.text == entry.number else entry.text
        raw = b"" if entry.raw == entry.text.encode("utf-8") else entry.raw
        row = ScanJournalRow(at=entry.at, source=entry.source, raw=raw, text=text,
                             outcome=entry.outcome.value, number=entry.number,
                             reason=entry.reason)
        self._s.add(row)
        self._s.flush()
        return row.id

    def counts(self) -> list[ScanCounts]:
        """Totals per source."""
        rows = self._s.execute(
            select(ScanJournalRow.source, ScanJournalRow.outcome, func.count())
            .group_by(ScanJournalRow.source, ScanJournalRow.outcome)
            .order_by(ScanJournalRow.source)
        )
        totals: dict[str, dict[str, int]] = {}
        for source, outcome, count in rows:
            totals.setdefault(source, {})[outcome] = int(count)
        return [ScanCounts(source=src, accepted=t.get(ScanOutcome.ACCEPTED.value, 0),
                           rejected=t.get(ScanOutcome.REJECTED.value, 0),
                           duplicate=t.get(ScanOutcome.DUPLICATE.value, 0))
                for src, t in totals.items()]

    def recent(self, limit: int = 100) -> list[JournalEntry]:
        """Newest reads first."""
        rows = self._s.scalars(select(ScanJournalRow).order_by(ScanJournalRow.id.desc())
                               .limit(limit))
        return [_journal(r) for r in rows]


def _journal(r: ScanJournalRow) -> JournalEntry:
    """A journal row as it was read (see ``SqlScanJournal.record``)."""
    text = r.text or (r.number or "")
    return JournalEntry(at=r.at, source=r.source, raw=r.raw or text.encode("utf-8"),
                        text=text, outcome=ScanOutcome(r.outcome), number=r.number,
                        reason=r.reason)
