"""SQLAlchemy implementation of the notification port (issue 20): notices and the consent
register (X-7)."""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app.domain.errors import NoticeExists
from counter_app.domain.notify import (
    COUNTS_FOR_CAP,
    Consent,
    ConsentChannel,
    ConsentDecision,
    NoticeKind,
    NoticeStatus,
)
from counter_app.persistence.sql_helpers import savepoint
from counter_app.persistence.tables import ConsentRow, NoticeRow
from counter_app.services.notify_ports import NoticeRecord


class SqlNotifyRepository:
    """Notices and consent entries."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    # --- notices -------------------------------------------------------------------------

    def add_notice(self, notice: NoticeRecord) -> NoticeRecord:
        """Insert; the unique key (stay, kind, day) decides between two PCs: the loser gets
        ``NoticeExists`` naming what became of the first one."""
        row = NoticeRow(
            stay_id=notice.stay_id, waybill_no=notice.waybill_no, kind=notice.kind.value,
            day=notice.day, phone=notice.phone, text=notice.text,
            params=json.dumps(notice.params, ensure_ascii=False, sort_keys=True),
            status=notice.status.value, reason=notice.reason, provider_ref=notice.provider_ref,
            attempts=notice.attempts, next_try_at=notice.next_try_at,
            created_at=notice.created_at, created_by=notice.created_by,
            updated_at=notice.updated_at or notice.created_at)
        try:
            with savepoint(self._s):
                self._s.add(row)
                self._s.flush()
        except IntegrityError:
            first = self._s.scalar(select(NoticeRow).where(
                NoticeRow.stay_id == notice.stay_id, NoticeRow.kind == notice.kind.value,
                NoticeRow.day == notice.day))
            if first is None:  # not our key: let the unit of work say what collided
                raise
            raise NoticeExists(notice.kind.value, notice.day.isoformat(), first.status,
                               first.created_by) from None
        return _notice(row)

    def notice(self, notice_id: int) -> NoticeRecord | None:
        """One notice."""
        row = self._s.get(NoticeRow, notice_id, populate_existing=True)
        return None if row is None else _notice(row)

    def notices_of_stays(self, stay_ids: Collection[int]) -> list[NoticeRecord]:
        """The notices of these stays, oldest first."""
        if not stay_ids:
            return []
        rows = self._s.scalars(select(NoticeRow).where(NoticeRow.stay_id.in_(list(stay_ids)))
                               .order_by(NoticeRow.created_at, NoticeRow.id))
        return [_notice(r) for r in rows]

    def notices_on(self, day: date) -> list[NoticeRecord]:
        """Every notice of a day, oldest first."""
        rows = self._s.scalars(select(NoticeRow).where(NoticeRow.day == day)
                               .order_by(NoticeRow.created_at, NoticeRow.id))
        return [_notice(r) for r in rows]

    def due(self, now: datetime, limit: int) -> list[NoticeRecord]:
        """Queued notices whose next try has come, oldest first."""
        rows = self._s.scalars(
            select(NoticeRow).where(NoticeRow.status == NoticeStatus.QUEUED.value,
                                    NoticeRow.next_try_at <= now)
            .order_by(NoticeRow.next_try_at, NoticeRow.id).limit(limit))
        return [_notice(r) for r in rows]

    def claim(self, notice_id: int, attempts: int, now: datetime, lease_until: datetime) -> bool:
        """One conditional UPDATE: the PC whose update hits the row sends; the other sees 0."""
        result = self._s.execute(
            update(NoticeRow)
            .where(NoticeRow.id == notice_id, NoticeRow.status == NoticeStatus.QUEUED.value,
                   NoticeRow.attempts == attempts, NoticeRow.next_try_at <= now)
            .values(attempts=NoticeRow.attempts + 1, next_try_at=lease_until, updated_at=now)
            .execution_options(synchronize_session=False))
        return bool(getattr(result, "rowcount", 0))

    def set_status(self, notice_id: int, status: NoticeStatus, at: datetime, *,
                   reason: str = "", provider_ref: str | None = None,
                   next_try_at: datetime | None = None) -> None:
        """Record where a notice is now."""
        values: dict[str, object] = {"status": status.value, "reason": reason[:200],
                                     "updated_at": at, "next_try_at": next_try_at}
        if provider_ref is not None:
            values["provider_ref"] = provider_ref[:64]
        self._s.execute(update(NoticeRow).where(NoticeRow.id == notice_id).values(**values)
                        .execution_options(synchronize_session=False))

    def count_for_phone(self, phone: str, day: date) -> int:
        """Notices to this phone that day counting against the provider's cap."""
        return int(self._s.scalar(
            select(func.count()).select_from(NoticeRow).where(
                NoticeRow.phone == phone, NoticeRow.day == day,
                NoticeRow.status.in_([s.value for s in COUNTS_FOR_CAP]))) or 0)

    def awaiting_receipt(self, since: datetime, limit: int) -> list[NoticeRecord]:
        """Sent notices created since ``since`` without a delivery receipt yet, the longest
        unasked first (``touch`` moves one to the back)."""
        rows = self._s.scalars(
            select(NoticeRow).where(NoticeRow.status == NoticeStatus.SENT.value,
                                    NoticeRow.created_at >= since, NoticeRow.provider_ref != "")
            .order_by(NoticeRow.updated_at, NoticeRow.id).limit(limit))
        return [_notice(r) for r in rows]

    def touch(self, notice_id: int, at: datetime) -> None:
        """A receipt was asked for and is not there yet: ask the others first next time."""
        self._s.execute(update(NoticeRow).where(NoticeRow.id == notice_id)
                        .values(updated_at=at).execution_options(synchronize_session=False))

    # --- consent register (X-7) ----------------------------------------------------------

    def add_consent(self, consent: Consent) -> Consent:
        """Append one entry."""
        row = ConsentRow(
            phone=consent.phone, decision=consent.decision.value,
            channel=consent.channel.value, recorded_at=consent.recorded_at,
            recorded_by=consent.recorded_by, valid_until=consent.valid_until,
            waybill_no=consent.waybill_no, note=consent.note)
        self._s.add(row)
        self._s.flush()
        return _consent(row)

    def consent_for(self, phone: str) -> Consent | None:
        """The newest entry for a phone."""
        row = self._s.scalar(select(ConsentRow).where(ConsentRow.phone == phone)
                             .order_by(ConsentRow.recorded_at.desc(), ConsentRow.id.desc())
                             .limit(1))
        return None if row is None else _consent(row)

    def consents_for(self, phones: Collection[str]) -> dict[str, Consent]:
        """The newest entry for each of these phones, in one query."""
        wanted = sorted({p for p in phones if p})
        if not wanted:
            return {}
        out: dict[str, Consent] = {}
        rows = self._s.scalars(select(ConsentRow).where(ConsentRow.phone.in_(wanted))
                               .order_by(ConsentRow.recorded_at, ConsentRow.id))
        for row in rows:  # oldest first: the newest overwrites
            out[row.phone] = _consent(row)
        return out

    def consents(self) -> list[Consent]:
        """The whole register, oldest first."""
        rows = self._s.scalars(select(ConsentRow).order_by(ConsentRow.recorded_at,
                                                           ConsentRow.id))
        return [_consent(r) for r in rows]


def _notice(row: NoticeRow) -> NoticeRecord:
    return NoticeRecord(
        stay_id=row.stay_id, waybill_no=row.waybill_no, kind=NoticeKind(row.kind), day=row.day,
        phone=row.phone, text=row.text, status=NoticeStatus(row.status),
        created_at=row.created_at, created_by=row.created_by,
        params=json.loads(row.params or "{}"), reason=row.reason,
        provider_ref=row.provider_ref, attempts=row.attempts, next_try_at=row.next_try_at,
        updated_at=row.updated_at, id=row.id)


def _consent(row: ConsentRow) -> Consent:
    return Consent(
        phone=row.phone, decision=ConsentDecision(row.decision),
        channel=ConsentChannel(row.channel), recorded_at=row.recorded_at,
        recorded_by=row.recorded_by, valid_until=row.valid_until, waybill_no=row.waybill_no,
        note=row.note, id=row.id)
