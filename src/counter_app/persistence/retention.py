"""Counting and purging personal data past its period, in one transaction (issue 12 §7).

Implements ``services.retention.RetentionStore``. Deleted: receipts (RE-8), delivery lists,
unused sender registrations. Masked in place (the rows stay for statements and history):
counter acceptances (names, phones, document number; addresses emptied) and warehouse stays
(recipient's name and phone). A masked value always holds ``*``, so a row is purged once.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, and_, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from counter_app.domain.identity import mask_document, mask_name
from counter_app.domain.staff import mask_phone
from counter_app.persistence.tables import (
    AcceptanceRow,
    AuditRow,
    DeliveryListRow,
    NoticeReplyRow,
    NoticeRow,
    ReceiptRow,
    ScanJournalRow,
    SenderRow,
    StayRow,
)
from counter_app.services.retention import PARTS, Cutoffs

_BATCH = 500


def _clear(column: Any) -> Any:
    """A personal column still in clear: not empty and not yet masked."""
    return and_(column != "", ~column.contains("*"))


def _due_acceptances(cutoffs: Cutoffs) -> Any:
    return and_(
        AcceptanceRow.accepted_at < cutoffs.counter_before,
        or_(
            _clear(AcceptanceRow.sender_phone),
            _clear(AcceptanceRow.recipient_phone),
            _clear(AcceptanceRow.doc_number),
            AcceptanceRow.sender_address != "",
            AcceptanceRow.recipient_address != "",
        ),
    )


def _due_stays(cutoffs: Cutoffs) -> Any:
    return and_(
        StayRow.out_at.is_not(None),
        StayRow.out_at < cutoffs.warehouse_before,
        or_(_clear(StayRow.phone), _clear(StayRow.recipient)),
    )


class SqlRetentionStore:
    """Counts and purges over one engine; every purge is one transaction with its audit row."""

    def __init__(self, engine: Engine) -> None:
        """Use ``engine``."""
        self._engine = engine

    def sizes(self) -> dict[str, int]:
        """Bytes per table, its indexes included (SQLite dbstat; PostgreSQL relation sizes)."""
        with self._engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                rows = conn.execute(text(
                    "SELECT coalesce(m.tbl_name, d.name), sum(d.pgsize) FROM dbstat AS d "
                    "LEFT JOIN sqlite_master AS m ON m.name = d.name "
                    "GROUP BY coalesce(m.tbl_name, d.name)"))
            else:
                rows = conn.execute(text(
                    "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class AS c "
                    "WHERE c.relkind = 'r' AND c.relnamespace = "
                    "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"))
            return {str(name): int(size or 0) for name, size in rows}

    def count_due(self, cutoffs: Cutoffs) -> dict[str, int]:
        """Rows due per part."""
        with Session(self._engine) as s:
            queries = {
                "receipts": select(func.count()).select_from(ReceiptRow).where(
                    ReceiptRow.arrived_on < cutoffs.receipts_before),
                "delivery_lists": select(func.count()).select_from(DeliveryListRow).where(
                    DeliveryListRow.delivery_date < cutoffs.receipts_before),
                "senders": select(func.count()).select_from(SenderRow).where(
                    SenderRow.updated_at < cutoffs.counter_before),
                "acceptances": select(func.count()).select_from(AcceptanceRow).where(
                    _due_acceptances(cutoffs)),
                "stays": select(func.count()).select_from(StayRow).where(_due_stays(cutoffs)),
                "scans": select(func.count()).select_from(ScanJournalRow).where(
                    older(s, ScanJournalRow, cutoffs.journal_before)),
                "audit": select(func.count()).select_from(AuditRow).where(
                    older(s, AuditRow, cutoffs.audit_before)),
            }
            return {part: int(s.execute(queries[part]).scalar_one()) for part in PARTS}

    def purge(self, cutoffs: Cutoffs, audit_after: dict[str, object], actor_id: int,
              actor: str, at: datetime) -> dict[str, int]:
        """Delete or mask every due row, then append the audit entry; one transaction."""
        counts: dict[str, int] = {}
        with Session(self._engine) as s, s.begin():
            counts["receipts"] = _rowcount(s.execute(
                delete(ReceiptRow).where(ReceiptRow.arrived_on < cutoffs.receipts_before)))
            counts["delivery_lists"] = _rowcount(s.execute(
                delete(DeliveryListRow).where(
                    DeliveryListRow.delivery_date < cutoffs.receipts_before)))
            counts["senders"] = _rowcount(s.execute(
                delete(SenderRow).where(SenderRow.updated_at < cutoffs.counter_before)))
            counts["acceptances"] = self._mask_acceptances(s, cutoffs)
            counts["stays"] = self._mask_stays(s, cutoffs)
            counts["scans"] = _rowcount(s.execute(
                delete(ScanJournalRow).where(older(s, ScanJournalRow, cutoffs.journal_before))))
            counts["audit"] = _prune_audit(s, cutoffs.audit_before)
            s.add(AuditRow(
                at=at, actor_id=actor_id, actor=actor, entity="personal_data",
                entity_id="purge", action="purge", before=None,
                after=json.dumps({**audit_after, "counts": counts}, ensure_ascii=False)))
        return counts

    @staticmethod
    def _mask_acceptances(s: Session, cutoffs: Cutoffs) -> int:
        done = 0
        while True:
            rows = s.execute(
                select(AcceptanceRow.id, AcceptanceRow.sender_name, AcceptanceRow.sender_phone,
                       AcceptanceRow.doc_number, AcceptanceRow.recipient_name,
                       AcceptanceRow.recipient_phone)
                .where(_due_acceptances(cutoffs)).limit(_BATCH)).all()
            if not rows:
                return done
            for row in rows:
                s.execute(update(AcceptanceRow).where(AcceptanceRow.id == row.id).values(
                    sender_name=mask_name(row.sender_name),
                    sender_phone=mask_phone(row.sender_phone) if row.sender_phone else "",
                    doc_number=mask_document(row.doc_number) if row.doc_number else "",
                    recipient_name=mask_name(row.recipient_name),
                    recipient_phone=mask_phone(row.recipient_phone)
                    if row.recipient_phone else "",
                    sender_address="",
                    recipient_address="",
                ))
            done += len(rows)

    @staticmethod
    def _mask_stays(s: Session, cutoffs: Cutoffs) -> int:
        done = 0
        while True:
            rows = s.execute(select(StayRow.id, StayRow.recipient, StayRow.phone)
                             .where(_due_stays(cutoffs)).limit(_BATCH)).all()
            if not rows:
                return done
            for row in rows:
                s.execute(update(StayRow).where(StayRow.id == row.id).values(
                    recipient=mask_name(row.recipient) if row.recipient else "",
                    phone=mask_phone(row.phone) if row.phone else "",
                ))
                if row.phone:  # the stay's notices (issue 20) hold the same phone
                    s.execute(update(NoticeRow).where(NoticeRow.stay_id == row.id).values(
                        phone=mask_phone(row.phone)))
                    s.execute(update(NoticeReplyRow).where(  # and the replies matched to it
                        NoticeReplyRow.stay_id == row.id).values(phone=mask_phone(row.phone)))
            done += len(rows)


def _prune_audit(s: Session, before: datetime) -> int:
    """Delete audit entries older than ``before`` inside the purge's transaction.

    The log refuses DELETE by a trigger (WH-2, migration 0001). The trigger is lifted and put
    back inside this one transaction: no other connection ever sees the log without it
    (SQLite holds the write lock; PostgreSQL's ALTER TABLE holds an exclusive lock).
    """
    due = older(s, AuditRow, before)
    if not s.execute(select(func.count()).select_from(AuditRow).where(due)).scalar_one():
        return 0
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("DROP TRIGGER audit_log_no_delete"))
        count = _rowcount(s.execute(delete(AuditRow).where(due)))
        s.execute(text(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"))
        return count
    s.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
    count = _rowcount(s.execute(delete(AuditRow).where(due)))
    s.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"))
    return count


def older(s: Session, row: Any, before: datetime) -> Any:
    """``row.at < before`` answered through the primary key, for the append-only logs that
    keep no index on ``at`` (issue 21 §4: an index per row only for a nightly purge).

    Rows are appended in time order, so the first id written at or after ``before`` is found
    by a binary search of point reads on the key; the rows below it are the old ones. ``at``
    is still tested, so a row stamped late by a PC whose clock ran ahead is kept, exactly as
    before; one stamped early above the boundary waits for a later purge.
    """
    low = s.execute(select(func.min(row.id))).scalar()
    high = s.execute(select(func.max(row.id))).scalar()
    if low is None or high is None:
        return row.id < 0
    high += 1  # the boundary: every id >= high is at or after ``before``
    while low < high:
        middle = (low + high) // 2
        found = s.execute(select(row.id, row.at).where(row.id >= middle)
                          .order_by(row.id).limit(1)).first()
        if found is None or found[1] >= before:
            high = middle
        else:
            low = found[0] + 1
    return and_(row.id < high, row.at < before)


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
