"""The scan pipeline behind every scanner: validate, guard duplicates, journal (SC-1..3)."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.domain.clock import Clock
from counter_app.domain.scanning import (
    DuplicateGuard,
    RawScan,
    ScanCounts,
    ScanEvent,
    ScanOutcome,
    could_be_code,
)
from counter_app.domain.text import visible
from counter_app.domain.waybills import (
    RejectReason,
    WaybillCheck,
    WaybillRejected,
)
from counter_app.services.numbers import judge
from counter_app.services.ports import UnitOfWorkFactory
from counter_app.services.scan_ports import JournalEntry


@dataclass(frozen=True)
class ScanResult:
    """The verdict on one raw read.

    Attributes:
        outcome: accepted, rejected or duplicate.
        raw: the read itself.
        check: the waybill recogniser's verdict (why it was rejected, which carrier).
        event: for an accepted read, what the workspace receives; None otherwise.
    """

    outcome: ScanOutcome
    raw: RawScan
    check: WaybillCheck
    event: ScanEvent | None = None


class ScanService:
    """Judges raw reads. Every read is journalled before anything is acknowledged (SC-3)."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, *,
                 duplicate_window_s: float = 2.0) -> None:
        """Wire the service; the duplicate window is a per-PC preference."""
        self._uow_factory = uow_factory
        self._clock = clock
        self.guard = DuplicateGuard(duplicate_window_s)

    def process(self, raw: RawScan) -> ScanResult:
        """Validate ``raw`` against the station's carriers, guard duplicates and journal it.

        SC-2: a read that is not a valid waybill number of the station's own carrier(s) is
        rejected and never becomes a ScanEvent. Duplicates within the window are journalled
        as such and not delivered (issue 3 §5).
        """
        with self._uow_factory() as uow:
            check = judge(uow, raw.text)
            if isinstance(check, WaybillRejected) and not could_be_code(raw.text):
                # Not a barcode (typed words, a password at machine speed): journalled as
                # "not a code" with its length only, and shown without its text (issue 21 §1).
                length = len(raw.text)
                raw = RawScan(raw.source, b"", "", raw.received_at, raw.key_gaps_ms)
                check = WaybillRejected(RejectReason.NOT_A_CODE, "", expected_lengths=(length,))
            if isinstance(check, WaybillRejected):
                outcome = ScanOutcome.REJECTED
            elif self.guard.is_duplicate(check.number, raw.received_at):
                outcome = ScanOutcome.DUPLICATE
            else:
                outcome = ScanOutcome.ACCEPTED
            journal_id = uow.scan_journal.record(JournalEntry(
                # a frame with control characters (a NUL from a serial scanner) is rejected
                # by the recogniser and journalled escaped, on both databases (issue 13 §6)
                at=self._clock.now(), source=visible(raw.source)[:80], raw=raw.raw,
                text=visible(raw.text)[:200], outcome=outcome,
                number=visible(check.number)[:40] or None,
                reason=_journal_reason(check),
            ))
            uow.commit()
        if outcome is not ScanOutcome.ACCEPTED:
            return ScanResult(outcome, raw, check)
        assert not isinstance(check, WaybillRejected)
        self.guard.remember(check.number, raw.received_at)
        return ScanResult(outcome, raw, check, ScanEvent(
            source=raw.source, number=check.number, carriers=check.carriers,
            received_at=raw.received_at, journal_id=journal_id))

    def counts(self) -> list[ScanCounts]:
        """Per-scanner totals of good reads, rejects and duplicates, by source name."""
        with self._uow_factory() as uow:
            return uow.scan_journal.counts()


def _journal_reason(check: WaybillCheck) -> str | None:
    """The journal's reason column; "not_a_code:<length>" keeps the length, not the text."""
    if not isinstance(check, WaybillRejected):
        return None
    if check.reason is RejectReason.NOT_A_CODE and check.expected_lengths:
        return f"{check.reason.value}:{check.expected_lengths[0]}"
    return check.reason.value
