"""Keeping personal data no longer than needed (issue 12 §7; PIPL art. 19, RE-8, X-2).

A supervisor's page lists what is due, previews the counts and purges. What goes:

- signed receipts past their keeping period (RE-8, default 180 days) and the delivery lists
  (recipients' names) of those days;
- the counter's sender register (recall by phone) not used for the counter period, and in
  older acceptances the sender's document number, names, phones and addresses are masked (the
  parcel, its price and its destination district stay for statements);
- in warehouse stays that ended before the warehouse period, the recipient's name and phone.

The audit entry of a purge records the periods and the counts, never a name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol

from counter_app.domain.clock import Clock
from counter_app.domain.errors import FieldInvalid
from counter_app.domain.receipts import DEFAULT_KEEP_DAYS
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.services import audit
from counter_app.services.concurrency import claim, setting_versioned
from counter_app.services.ports import UnitOfWorkFactory

RETENTION_KEY = "retention.periods"
RECEIPT_KEEP_KEY = "receipts.keep_days"
# 寄递安全管理: 实名收寄 records are kept at least one year (docs/retention.md).
MIN_COUNTER_DAYS = 365
MIN_WAREHOUSE_DAYS = 30
MIN_JOURNAL_DAYS = 30
MIN_AUDIT_DAYS = 365
PARTS = ("receipts", "delivery_lists", "senders", "acceptances", "stays", "scans", "audit")


@dataclass(frozen=True)
class RetentionPeriods:
    """Days personal data is kept, per part (station settings).

    Attributes:
        receipts: signed receipts and delivery lists, from the parcel's arrival (RE-8).
        counter: sender documents, names, phones and addresses of accepted parcels.
        warehouse: recipients' names and phones of parcels that left the warehouse.
        journal: the scan journal (every raw read, issue 3 §6), which grows with every scan
            (issue 21 §3).
        audit: the audit log (WH-2): append-only, kept long (5 years by default), pruned
            only by a supervisor's purge, which leaves its own entry.
    """

    receipts: int = DEFAULT_KEEP_DAYS
    counter: int = 365
    warehouse: int = 180
    journal: int = 400
    audit: int = 1825
    version: int = field(default=0, compare=False)
    """The stored version the periods were read at (issue 13 §2): pass it back to save."""


@dataclass(frozen=True)
class Cutoffs:
    """Everything older than these goes (dates are exclusive bounds)."""

    receipts_before: date
    counter_before: datetime
    warehouse_before: datetime
    journal_before: datetime
    audit_before: datetime


@dataclass(frozen=True)
class RetentionPreview:
    """What a purge would do now: the periods, the cut-off dates and a count per part."""

    periods: RetentionPeriods
    cutoffs: Cutoffs
    counts: dict[str, int]

    @property
    def total(self) -> int:
        """Rows that a purge would delete or mask."""
        return sum(self.counts.values())


class RetentionStore(Protocol):
    """The adapter that counts and purges in one transaction (``persistence.retention``)."""

    def sizes(self) -> dict[str, int]:
        """Bytes on disk per table (indexes included)."""
        ...

    def count_due(self, cutoffs: Cutoffs) -> dict[str, int]:
        """Rows due per part (``PARTS``)."""
        ...

    def purge(self, cutoffs: Cutoffs, audit_after: dict[str, object], actor_id: int,
              actor: str, at: datetime) -> dict[str, int]:
        """Delete or mask every due row and append the audit entry, in one transaction."""
        ...


class RetentionService:
    """Periods (station settings), preview and purge; supervisors only."""

    def __init__(self, store: RetentionStore, uow_factory: UnitOfWorkFactory,
                 clock: Clock) -> None:
        """Wire the store."""
        self._store = store
        self._uow_factory = uow_factory
        self._clock = clock

    def periods(self) -> RetentionPeriods:
        """The station's periods (the receipts one is the night desk's RE-8 setting)."""
        with self._uow_factory() as uow:
            raw, version = setting_versioned(uow, RETENTION_KEY)
            receipts = uow.settings.get(RECEIPT_KEEP_KEY)
        data = json.loads(raw) if raw else {}
        return RetentionPeriods(
            receipts=int(receipts) if receipts else DEFAULT_KEEP_DAYS,
            counter=int(data.get("counter", RetentionPeriods.counter)),
            warehouse=int(data.get("warehouse", RetentionPeriods.warehouse)),
            journal=int(data.get("journal", RetentionPeriods.journal)),
            audit=int(data.get("audit", RetentionPeriods.audit)),
            version=version,
        )

    def set_periods(self, actor: StaffMember, *, counter: int, warehouse: int,
                    journal: int = RetentionPeriods.journal,
                    audit_days: int = RetentionPeriods.audit,
                    version: int | None = None) -> None:
        """Change the periods (receipts: the night desk's RE-8 setting). With ``version``
        (``periods().version`` as the page loaded it), a save over another supervisor's newer
        one is ``StaleEdit`` naming them (issue 13 §2)."""
        require(actor.role, Permission.MANAGE_DATA)
        if not MIN_AUDIT_DAYS <= audit_days <= 36500:
            raise FieldInvalid("audit_days", "range", f"{MIN_AUDIT_DAYS}-36500")
        if not MIN_JOURNAL_DAYS <= journal <= 3650:
            raise FieldInvalid("journal_days", "range", f"{MIN_JOURNAL_DAYS}-3650")
        if not MIN_COUNTER_DAYS <= counter <= 3650:
            raise FieldInvalid("counter_days", "range", f"{MIN_COUNTER_DAYS}-3650")
        if not MIN_WAREHOUSE_DAYS <= warehouse <= 3650:
            raise FieldInvalid("warehouse_days", "range", f"{MIN_WAREHOUSE_DAYS}-3650")
        before = self.periods()
        with self._uow_factory() as uow:
            claim(uow, "setting", RETENTION_KEY, version, what="retention",
                  audit_entities=("setting",))
            after = {"counter": counter, "warehouse": warehouse, "journal": journal,
                     "audit": audit_days}
            uow.settings.set(RETENTION_KEY, json.dumps(after))
            audit.record(uow, self._clock, actor, entity="setting", entity_id=RETENTION_KEY,
                         action="update",
                         before={"counter": before.counter, "warehouse": before.warehouse,
                                 "journal": before.journal, "audit": before.audit},
                         after=dict(after))
            uow.commit()

    def cutoffs(self, periods: RetentionPeriods) -> Cutoffs:
        """The cut-off of each part today."""
        now = self._clock.now()
        start_of_today = datetime.combine(now.date(), datetime.min.time())
        return Cutoffs(
            receipts_before=now.date() - timedelta(days=periods.receipts),
            counter_before=start_of_today - timedelta(days=periods.counter),
            warehouse_before=start_of_today - timedelta(days=periods.warehouse),
            journal_before=start_of_today - timedelta(days=periods.journal),
            audit_before=start_of_today - timedelta(days=periods.audit),
        )

    def preview(self, actor: StaffMember) -> RetentionPreview:
        """What is due for purge now, counted."""
        require(actor.role, Permission.MANAGE_DATA)
        periods = self.periods()
        cutoffs = self.cutoffs(periods)
        return RetentionPreview(periods, cutoffs, self._store.count_due(cutoffs))

    def sizes(self, actor: StaffMember) -> dict[str, int]:
        """Bytes per part of the database: journal, audit, warehouse, counter, receipts, other.

        Reads every page on SQLite (dbstat): seconds on a big station, so call it off the
        GUI thread.
        """
        require(actor.role, Permission.MANAGE_DATA)
        parts: dict[str, int] = {}
        for table, size in self._store.sizes().items():
            part = size_part(table)
            parts[part] = parts.get(part, 0) + size
        return parts

    def purge(self, actor: StaffMember) -> RetentionPreview:
        """Delete or mask what is due; one audit entry with the counts. Returns what was done."""
        require(actor.role, Permission.MANAGE_DATA)
        periods = self.periods()
        cutoffs = self.cutoffs(periods)
        after: dict[str, object] = {
            "receipts_before": cutoffs.receipts_before.isoformat(),
            "counter_before": cutoffs.counter_before.date().isoformat(),
            "warehouse_before": cutoffs.warehouse_before.date().isoformat(),
            "journal_before": cutoffs.journal_before.date().isoformat(),
            "audit_before": cutoffs.audit_before.date().isoformat(),
        }
        counts = self._store.purge(cutoffs, after, actor.id, actor.job_number,
                                   self._clock.now())
        return RetentionPreview(periods, cutoffs, counts)


SIZE_PARTS = ("scan_journal", "audit_log", "warehouse", "counter", "receipts", "other")


def size_part(table: str) -> str:
    """Which part of the database a table belongs to (for the sizes table)."""
    if table in ("scan_journal", "audit_log"):
        return table
    if table.startswith("wh_"):
        return "warehouse"
    if table.startswith("ci_"):
        return "counter"
    if table.startswith(("receipt", "delivery_list")):
        return "receipts"
    return "other"
