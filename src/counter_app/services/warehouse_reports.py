"""The warehouse's printed forms: the WH-1 handover sheet, shelf labels (issue 5 §2), the
air-return fee register (WH-11) and the EMS register (WH-12), read from typed scan-outs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.identity import mask_contact
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.domain.warehouse import (
    DISPOSITION_LABELS,
    DUE_LABELS,
    PAYMENT_LABELS,
    REASON_LABELS,
    RETURNS,
    Disposition,
)
from counter_app.domain.warehouse_stay import (
    CompanyReturnOut,
    CourierReturnOut,
    EmsOut,
    StayRecord,
)
from counter_app.services import audit
from counter_app.services.station import read_shift_times, station_header
from counter_app.services.warehouse_board import board_of
from counter_app.services.warehouse_records import (
    AirFeeLine,
    AirFeeRegister,
    EmsLine,
    EmsRegister,
    HandoverLine,
    HandoverSheet,
    PickupLabel,
)
from counter_app.services.warehouse_stock import UseCases, minute, open_stay


class Reports(UseCases):
    """Sheets printed from the store's records."""

    def handover(self, actor: StaffMember, day: date, shift: str) -> HandoverSheet:
        """The WH-1 handover sheet of a shift (``"early"`` or ``"late"``)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        with self._uow() as uow:
            shifts = read_shift_times(uow)
            if shift == "early":
                start, end = shifts.early_start, shifts.early_end
                label = "早班"
            elif shift == "late":
                start, end = shifts.late_start, shifts.late_end
                label = "晚班"
            else:
                raise FieldInvalid("shift", "unknown", shift)
            t0, t1 = datetime.combine(day, start), datetime.combine(day, end)
            until = min(t1, now) if now >= t0 else t1
            names = {m.job_number: m.name for m in uow.staff.all()}
            header = station_header(uow)
            came_in = uow.warehouse.stays_in_between(t0, until)
            went_out = uow.warehouse.stays_out_between(t0, until)
            stock_start = uow.warehouse.stock_at(t0)
            stock_end = uow.warehouse.stock_at(until)
            open_stays = uow.warehouse.open_stays()
            headless_open = len(uow.warehouse.headless(open_only=True))
            board = board_of(uow, open_stays, day)

        def who(job: str | None) -> str:
            return f"{names.get(job or '', '')}({job})" if job else ""

        def line(stay: StayRecord, note: str = "", *, out: bool = False) -> HandoverLine:
            # the 本班出库 section prints 去向 and 出库时间 in the reason and time columns
            at = stay.out_at if out and stay.out_at else stay.in_at
            what = (DISPOSITION_LABELS[stay.disposition] if out and stay.disposition
                    else REASON_LABELS[stay.reason])
            return HandoverLine(stay.waybill_no, what, stay.pickup_code or stay.location,
                                minute(at), who(stay.out_by if out else stay.in_by), note)

        def out_note(stay: StayRecord) -> str:
            party = stay.out.party if stay.out is not None else ""
            return f"{REASON_LABELS[stay.reason]} {party}".strip()

        return HandoverSheet(
            header=header,
            shift=f"{day.isoformat()} {label}",
            period=f"{start.strftime('%H:%M')}–{end.strftime('%H:%M')}",
            printed_at=now.strftime("%Y-%m-%d %H:%M"),
            outgoing_clerk=who(actor.job_number),
            stock_start=stock_start,
            stock_end=stock_end,
            came_in=tuple(line(s) for s in came_in),
            went_out=tuple(line(s, out_note(s), out=True) for s in went_out),
            due_today=tuple(line(b.stay, DUE_LABELS[b.due.kind]) for b in board.due_today),
            overdue=tuple(line(b.stay, f"{DUE_LABELS[b.due.kind]}（应于"
                                       f"{b.due.due_on.strftime('%m-%d')}）")
                          for b in board.overdue),
            open_problems=tuple(line(s) for s in open_stays),
            headless_open=headless_open,
        )

    def labels(self, actor: StaffMember, waybills: Iterable[str]) -> list[PickupLabel]:
        """Shelf labels of parcels in stock (issue 5 §2), recipient masked (GB/T 41833)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        out = []
        with self._uow() as uow:
            for number in waybills:
                stay = open_stay(uow, number)
                out.append(PickupLabel(
                    pickup_code=stay.pickup_code,
                    waybill_no=stay.waybill_no,
                    location=stay.location,
                    reason=REASON_LABELS[stay.reason],
                    in_on=stay.in_at.strftime("%Y-%m-%d"),
                    recipient=mask_contact(stay.recipient, stay.phone),
                ))
        return out

    def label_reprinted(self, actor: StaffMember, waybill_no: str) -> None:
        """Log that a pickup label was printed again (「补打」, issue 15)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            audit.record(uow, self._clock, actor, entity="wh_stay", entity_id=waybill_no.strip(),
                         action="reprint_label")
            uow.commit()

    def air_fee_register(self, actor: StaffMember, start: date, end: date) -> AirFeeRegister:
        """The air-return fees charged from ``start`` to ``end`` inclusive, for finance
        (WH-11, issue 16 §5): every return of an air parcel that cost a fee, oldest first."""
        require(actor.role, Permission.USE_WAREHOUSE)
        if end < start:
            raise FieldInvalid("period", "order")
        begin = datetime.combine(start, time())
        finish = datetime.combine(end + timedelta(days=1), time())
        with self._uow() as uow:
            returns = [(s, s.out) for d in RETURNS
                       for s in uow.warehouse.stays_out_between(begin, finish, d)
                       if isinstance(s.out, CourierReturnOut | CompanyReturnOut)]
            names = {m.job_number: m.name for m in uow.staff.all()}
            header = station_header(uow)
        charged = [(s, out, out.air) for s, out in returns
                   if out.air is not None and out.air.fee > 0]
        charged.sort(key=lambda x: (x[0].out_at or begin, x[0].waybill_no))
        total = sum((air.fee for _, _, air in charged), Decimal("0.00"))
        return AirFeeRegister(header, start.isoformat(), end.isoformat(), tuple(
            AirFeeLine(seq=n, out_on=s.out_at.strftime("%Y-%m-%d") if s.out_at else "",
                       waybill_no=s.waybill_no, label=out.label, province=air.province,
                       weight_kg=str(air.weight), fee=str(air.fee),
                       by=names.get(s.out_by or "", s.out_by or ""))
            for n, (s, out, air) in enumerate(charged, start=1)), f"{total:.2f}")

    def ems_register(self, actor: StaffMember, start: date, end: date) -> EmsRegister:
        """Parcels forwarded via EMS from ``start`` to ``end`` inclusive (WH-12)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        if end < start:
            raise FieldInvalid("period", "order")
        with self._uow() as uow:
            stays = uow.warehouse.stays_out_between(
                datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time()),
                Disposition.EMS)
            names = {m.job_number: m.name for m in uow.staff.all()}
            header = station_header(uow)
        lines: list[EmsLine] = []
        fee_total = short_total = Decimal("0.00")
        for s in stays:
            d = s.out
            if not isinstance(d, EmsOut):
                continue
            fee_total += d.ems_fee
            short_total += d.shortfall
            lines.append(EmsLine(
                seq=len(lines) + 1,
                out_on=s.out_at.strftime("%Y-%m-%d") if s.out_at else "",
                waybill_no=s.waybill_no,
                destination=d.destination,
                ems_no=d.ems_no,
                weight_kg="" if d.weight is None else str(d.weight),
                ems_fee=str(d.ems_fee),
                paid_freight=str(d.paid),
                payment=PAYMENT_LABELS[d.payment] if d.payment else "",
                shortfall=str(d.shortfall),
                courier=d.courier,
                by=names.get(s.out_by or "", s.out_by or ""),
            ))
        return EmsRegister(header, start.isoformat(), end.isoformat(), tuple(lines),
                           f"{fee_total:.2f}", f"{short_total:.2f}")
