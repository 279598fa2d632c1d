"""The morning after a delivery day (RE-1, RE-6, WH-5) and the delivery lists it is checked
against."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.receipts import ExpectedParcel, parse_amount
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.domain.waybills import WaybillRejected, check_waybill
from counter_app.services import audit
from counter_app.services.numbers import station_carriers
from counter_app.services.ports import UnitOfWork
from counter_app.services.receipt_ports import ReceiptRecord
from counter_app.services.receipt_settings import ReceiptSettings


@dataclass(frozen=True)
class MorningReport:
    """RE-1 / RE-6: what the office checks the morning after a delivery day."""

    delivery_date: date
    couriers_without_batch: tuple[tuple[str, int], ...]
    """(courier, parcels on the delivery list) with no receipt batch at all."""
    missing_receipts: tuple[tuple[str, str], ...]
    """(courier, waybill) on the delivery list without a receipt."""
    late: tuple[ReceiptRecord, ...]
    open_batches: tuple[str, ...]
    unaccounted: tuple[tuple[str, str], ...] = ()
    """WH-5 (issue 16 §8): (courier, waybill) that arrived that day (on the imported list) and
    have neither a receipt (delivered / signed) nor a warehouse stay (a reason) since."""


class ReceiptLists(ReceiptSettings):
    """The morning report and the delivery lists."""

    def morning_report(self, delivery_date: date) -> MorningReport:
        """Couriers with deliveries but no batch, receipts missing from the lists, late ones."""
        with self._uow_factory() as uow:
            # a handful of queries whatever the day's size (issue 18: one per parcel
            # before, and every receipt of the day loaded whole)
            expected = uow.receipts.expected_keys_on(delivery_date)
            batches = uow.receipts.batches_on(delivery_date)
            names = {c.id: c.name for c in uow.couriers.all(include_inactive=True)}
            received = uow.receipts.received_of(delivery_date)
            has_batch = {b.courier_id for b in batches}
            per_courier: dict[int, int] = {}
            for courier_id, _waybill in expected:
                per_courier[courier_id] = per_courier.get(courier_id, 0) + 1
            without = tuple(
                (names.get(c, str(c)), n) for c, n in per_courier.items() if c not in has_batch
            )
            missing = tuple(
                (names.get(courier_id, ""), waybill)
                for courier_id, waybill in expected
                if courier_id in has_batch and waybill not in received
            )
            late = tuple(uow.receipts.late_on(delivery_date))
            open_batches = tuple(
                names.get(b.courier_id, "") for b in batches if b.closed_at is None
            )
            unaccounted = self._unaccounted(uow, expected, received, delivery_date)
        return MorningReport(delivery_date, without, missing, late, open_batches,
                             tuple((names.get(courier_id, ""), waybill)
                                   for courier_id, waybill in unaccounted))

    def _unaccounted(self, uow: UnitOfWork, expected: list[tuple[int, str]], received: set[str],
                     day: date) -> list[tuple[int, str]]:
        """WH-5 (issue 16 §8): the list's parcels (what arrived that day) without a receipt
        (``received``: in any batch) and without a warehouse stay (a reason) opened that day
        or later, or still open; (courier id, waybill) in list order."""
        if not expected:
            return []
        start = datetime.combine(day, time())
        stayed = uow.warehouse.waybills_stayed(start, self._clock.now() + timedelta(days=1))
        return [(courier_id, waybill) for courier_id, waybill in expected
                if waybill not in received and waybill not in stayed]

    def expected_on(self, delivery_date: date) -> list[ExpectedParcel]:
        """The delivery lists of a day."""
        with self._uow_factory() as uow:
            return uow.receipts.expected_on(delivery_date)

    def import_delivery_csv(self, actor: StaffMember, text: str) -> int:
        """Load delivery lists: 日期,派件员,运单号,收件人,到付金额,件数 (header optional)."""
        require(actor.role, Permission.USE_RECEIPTS)
        with self._uow_factory() as uow:
            by_name = {c.name: c.id for c in uow.couriers.all()}
            own = station_carriers(uow)
            parcels: list[ExpectedParcel] = []
            for line_no, row in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), 1):
                if not row or (line_no == 1 and row[0].strip() in ("日期", "date")):
                    continue
                cells = [c.strip() for c in row] + [""] * 6
                try:
                    day = date.fromisoformat(cells[0])
                except ValueError:
                    raise FieldInvalid("line", "date", str(line_no)) from None
                if cells[1] not in by_name:
                    raise FieldInvalid("line", "courier", f"{line_no}: {cells[1]}")
                check = check_waybill(cells[2], own)
                if isinstance(check, WaybillRejected):
                    raise FieldInvalid("line", "waybill", f"{line_no}: {cells[2]}")
                parcels.append(
                    ExpectedParcel(
                        waybill_no=check.number,
                        courier_id=by_name[cells[1]],
                        delivery_date=day,
                        recipient=cells[3],
                        cod_amount=parse_amount(cells[4]) if cells[4] else None,
                        pieces=int(cells[5]) if cells[5].isdigit() and int(cells[5]) > 0 else 1,
                        arrived_on=day,
                    )
                )
            count = uow.receipts.add_expected(parcels)
            audit.record(
                uow,
                self._clock,
                actor,
                entity="delivery_list",
                entity_id="import",
                action="import",
                after={"lines": count},
            )
            uow.commit()
            return count
