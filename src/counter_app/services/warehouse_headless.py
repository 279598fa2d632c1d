"""Headless parcels (WH-3): a parcel without a readable waybill is listed with a description
and a photo until its number is found; then it is scanned in and the record closed."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from counter_app.domain.clock import Clock
from counter_app.domain.errors import FieldInvalid, HeadlessAlreadyMatched, NotFound
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.domain.warehouse import check_headless_description
from counter_app.domain.warehouse_stay import StayRecord
from counter_app.services import audit
from counter_app.services.concurrency import staff_name
from counter_app.services.numbers import valid_number
from counter_app.services.ports import UnitOfWorkFactory
from counter_app.services.warehouse_ports import HeadlessRecord
from counter_app.services.warehouse_records import ScanInDraft
from counter_app.services.warehouse_scan_in import ScanIn
from counter_app.services.warehouse_stock import UseCases


class Headless(UseCases):
    """The headless list; a match shares the scan-in's transaction."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, scan_in: ScanIn,
                 photo_dir: Path | None = None) -> None:
        """``photo_dir`` keeps copies of headless-parcel photos (WH-3)."""
        super().__init__(uow_factory, clock)
        self._scan_in = scan_in
        self._photo_dir = photo_dir

    def add_headless(
        self, actor: StaffMember, description: str, location: str = "", photo: Path | None = None
    ) -> HeadlessRecord:
        """A parcel without a readable waybill goes on the headless list (WH-3)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        text = check_headless_description(description)
        if photo is not None and not photo.is_file():
            raise FieldInvalid("photo", "missing")
        stored = ""
        if photo is not None and self._photo_dir is not None:
            self._photo_dir.mkdir(parents=True, exist_ok=True)
            target = self._photo_dir / f"headless-{uuid.uuid4().hex[:12]}{photo.suffix.lower()}"
            shutil.copyfile(photo, target)
            stored = str(target)
        with self._uow() as uow:
            record = uow.warehouse.add_headless(HeadlessRecord(
                description=text, at=self._clock.now(), by=actor.job_number,
                location=location.strip().upper(), photo=stored))
            audit.record(uow, self._clock, actor, entity="wh_headless", entity_id=record.id,
                         action="create", after={"description": text, "photo": record.photo})
            uow.commit()
        return record

    def headless(self, actor: StaffMember, *, open_only: bool = True) -> list[HeadlessRecord]:
        """The headless list."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            return uow.warehouse.headless(open_only=open_only)

    def match_headless(
        self, actor: StaffMember, headless_id: int, draft: ScanInDraft
    ) -> StayRecord:
        """Its number was found: scan it in (with a reason, WH-5) and close the headless
        record, in one transaction (issue 13 §1). The conditional UPDATE is the first write:
        of two clerks matching the same parcel, the second waits for the first, then is told
        who matched it and with which number, and nothing of theirs is stored."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            number = valid_number(uow, draft.waybill)
            if not uow.warehouse.match_headless(headless_id, number, self._clock.now(),
                                                actor.job_number):
                record = uow.warehouse.get_headless(headless_id)
                if record is None:
                    raise NotFound("wh_headless", str(headless_id))
                raise HeadlessAlreadyMatched(
                    headless_id, record.matched_waybill or "",
                    staff_name(uow, record.matched_by or ""), record.matched_at)
            stay = self._scan_in.scan_in_within(uow, actor, draft, headless_id=headless_id)
            audit.record(uow, self._clock, actor, entity="wh_headless", entity_id=headless_id,
                         action="match", after={"waybill_no": stay.waybill_no})
            uow.commit()
        return stay
