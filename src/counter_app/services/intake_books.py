"""The counter's books: shift summary, accounts (协议结算) and statements, consumables (CI-10)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from counter_app.domain.errors import FieldInvalid, NotFound
from counter_app.domain.identity import DocumentKind, check_document
from counter_app.domain.intake import Account, Consumable
from counter_app.domain.receipts import money
from counter_app.domain.staff import Permission, StaffMember, check_phone, mask_phone, require
from counter_app.services import audit
from counter_app.services.intake_base import IntakeBase
from counter_app.services.intake_drafts import place
from counter_app.services.intake_dto import (
    AccountStatement,
    OverrideLine,
    RefusalLine,
    ShiftSummary,
    StatementLine,
    VoidLine,
)
from counter_app.services.intake_fields import (
    SHIFT_NAMES,
    VOID_ENTITY,
    clean_text,
    clerk_totals,
    correction_line,
    kg_text,
    parse_count,
    refusal_text,
)
from counter_app.services.intake_ports import ConsumableMove
from counter_app.services.station import read_shift_times, station_header


class IntakeBooks(IntakeBase):
    """The day's books, accounts and consumables."""

    def shift_summary(self, day: date, shift: str) -> ShiftSummary:
        """Parcels, money and refusals per clerk of one shift (``early``, ``late``) or of the
        whole day (``day``) (issue 4 §10)."""
        with self._uow() as uow:
            times = read_shift_times(uow)
            if shift == "early":
                start, end = times.early_start, times.early_end
            elif shift == "late":
                start, end = times.late_start, times.late_end
            elif shift == "day":
                start, end = time(), time.max
            else:
                raise FieldInvalid("shift", "unknown", shift)
            begin = datetime.combine(day, start)
            finish = (datetime.combine(day + timedelta(days=1), time()) if shift == "day"
                      else datetime.combine(day, end))
            all_rows = uow.intake.acceptances_between(begin, finish)
            refusals = uow.intake.refusals_between(begin, finish)
            voids = {e.entity_id: e for e in uow.audit.about(
                VOID_ENTITY, [r.waybill_no for r in all_rows])}
            numbers = {str(r.id): r.waybill_no for r in all_rows}
            corrected = [e for e in uow.audit.about("ci_acceptance", list(numbers))
                         if e.action == "correct"]
            header = station_header(uow)
        # issue 16: a voided parcel leaves the counts and sums and is listed as voided
        rows = [r for r in all_rows if r.waybill_no not in voids]
        voided = [r for r in all_rows if r.waybill_no in voids]
        clerks = sorted({r.clerk_name for r in all_rows} | {r.clerk_name for r in refusals})
        return ShiftSummary(
            header=header, day=day.isoformat(), shift=SHIFT_NAMES[shift],
            period=f"{begin:%H:%M}–{'24:00' if shift == 'day' else f'{finish:%H:%M}'}",
            printed_at=self._clock.now().strftime("%Y-%m-%d %H:%M"),
            clerks=tuple(replace(clerk_totals(c, [r for r in rows if r.clerk_name == c],
                                         [r for r in refusals if r.clerk_name == c]),
                                 voided=sum(1 for r in voided if r.clerk_name == c))
                         for c in clerks),
            total=replace(clerk_totals("合计", rows, refusals), voided=len(voided)),
            refusals=tuple(RefusalLine(
                at=r.at.strftime("%H:%M"), clerk=r.clerk_name, contents=r.contents,
                reason=refusal_text(r), sender_phone=mask_phone(r.sender_phone)
                if r.sender_phone else "") for r in refusals),
            overrides=tuple(OverrideLine(
                at=r.accepted_at.strftime("%H:%M"), waybill_no=r.waybill_no,
                clerk=r.clerk_name, quoted=money(r.quoted_total), charged=money(r.total),
                reason=r.override_reason, approved_by=r.override_by)
                for r in rows if r.override_reason),
            voids=tuple(VoidLine(
                at=voids[r.waybill_no].at.strftime("%H:%M"), waybill_no=r.waybill_no,
                clerk=r.clerk_name, amount=money(r.total),
                reason=str((voids[r.waybill_no].after or {}).get("reason", "")),
                approved_by=str((voids[r.waybill_no].after or {}).get("approved_by", "")))
                for r in voided),
            corrections=tuple(correction_line(e, numbers[e.entity_id]) for e in corrected),
        )

    def accounts(self, *, active_only: bool = False) -> list[Account]:
        """The account customers, by code."""
        with self._uow() as uow:
            rows = uow.intake.accounts()
        return [a for a in rows if a.active or not active_only]

    def save_account(self, actor: StaffMember, account: Account) -> Account:
        """Add or change an account customer (supervisor); the credit code is checked."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        code = account.code.strip().upper()
        if not code:
            raise FieldInvalid("account_code", "required")
        if len(code) > 16 or not code.isalnum():
            raise FieldInvalid("account_code", "format")
        name = clean_text(account.name, "account_name", required=True, limit=100)
        credit = (check_document(DocumentKind.CREDIT_CODE, account.credit_code)
                  if account.credit_code.strip() else "")
        phone = check_phone(account.phone, field="account_phone", required=False)
        clean = replace(account, code=code, name=name, credit_code=credit, phone=phone,
                        contact=clean_text(account.contact, "contact", limit=40),
                        note=clean_text(account.note, "note"))
        with self._uow() as uow:
            saved = uow.intake.save_account(clean)
            audit.record(uow, self._clock, actor, entity="ci_account", entity_id=saved.id,
                         action="save", after={"code": saved.code, "name": saved.name,
                                               "active": saved.active})
            uow.commit()
        return saved

    def statement(self, account_id: int, month: date) -> AccountStatement:
        """An account's parcels of one calendar month, for the monthly statement (CI-7)."""
        start = datetime.combine(month.replace(day=1), time())
        end = datetime.combine((month.replace(day=28) + timedelta(days=4)).replace(day=1),
                               time())
        with self._uow() as uow:
            account = next((a for a in uow.intake.accounts() if a.id == account_id), None)
            if account is None:
                raise NotFound("ci_account", str(account_id))
            rows = uow.intake.statement_entries(account_id, start, end)
            header = station_header(uow)
        lines = tuple(StatementLine(
            seq=i, accepted_on=r.accepted_at.strftime("%Y-%m-%d"), waybill_no=r.waybill_no,
            destination=place(r.province, r.city, r.district),
            contents=r.contents, weight_kg=kg_text(r.chargeable), amount=money(r.total),
            clerk=r.clerk_name) for i, r in enumerate(rows, 1))
        return AccountStatement(header=header, account_code=account.code,
                                account_name=account.name, month=f"{start:%Y-%m}",
                                lines=lines, total=money(sum((r.total for r in rows),
                                                             Decimal(0))))

    def consumables(self) -> list[Consumable]:
        """The counter's consumables with their stock (the defaults are created on first use)."""
        with self._uow() as uow:
            items = self._consumables(uow)
            uow.commit()
        return items

    def count_in(self, actor: StaffMember, code: str, quantity: str, note: str = "") -> Consumable:
        """Add delivered stock of a consumable (CI-10)."""
        require(actor.role, Permission.USE_COUNTER)
        qty = parse_count(quantity, "consumable_quantity", allow_zero=False)
        return self._move(actor, code, qty, "in", note)

    def take_out(self, actor: StaffMember, code: str, quantity: str, note: str = "") -> Consumable:
        """Take stock out for use (tape, wrapping) or as spoilt (CI-10)."""
        require(actor.role, Permission.USE_COUNTER)
        qty = parse_count(quantity, "consumable_quantity", allow_zero=False)
        with self._uow() as uow:
            item = next((c for c in self._consumables(uow) if c.code == code), None)
        if item is None:
            raise NotFound("ci_consumable", code)
        if qty > item.stock:
            raise FieldInvalid("consumable_quantity", "stock", str(item.stock))
        return self._move(actor, code, -qty, "out", note)

    def recount(self, actor: StaffMember, code: str, counted: str) -> Consumable:
        """Set the stock to what was counted (the difference is logged as a correction)."""
        require(actor.role, Permission.USE_COUNTER)
        qty = parse_count(counted, "consumable_quantity", allow_zero=True)
        with self._uow() as uow:
            item = next((c for c in self._consumables(uow) if c.code == code), None)
            uow.commit()
        if item is None:
            raise NotFound("ci_consumable", code)
        return self._move(actor, code, qty - item.stock, "count", f"{item.stock}→{qty}")

    def set_low_mark(self, actor: StaffMember, code: str, low_mark: str) -> Consumable:
        """Change the low-stock mark of a consumable (supervisor)."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        mark = parse_count(low_mark, "low_mark", allow_zero=True)
        with self._uow() as uow:
            item = next((c for c in self._consumables(uow) if c.code == code), None)
            if item is None:
                raise NotFound("ci_consumable", code)
            uow.intake.save_consumable(replace(item, low_mark=mark))
            audit.record(uow, self._clock, actor, entity="ci_consumable", entity_id=code,
                         action="low_mark", before={"low_mark": item.low_mark},
                         after={"low_mark": mark})
            uow.commit()
        return replace(item, low_mark=mark)

    def low_stock(self) -> list[Consumable]:
        """Consumables at or below their mark: the supervisor is told (CI-10)."""
        return [c for c in self.consumables() if c.low]

    def _move(self, actor: StaffMember, code: str, delta: int, kind: str,
              note: str) -> Consumable:
        with self._uow() as uow:
            self._consumables(uow)
            item = uow.intake.move_consumable(ConsumableMove(
                code=code, at=self._clock.now(), by=actor.job_number, delta=delta, kind=kind,
                note=note.strip()[:100]))
            audit.record(uow, self._clock, actor, entity="ci_consumable", entity_id=code,
                         action=kind, after={"delta": delta, "stock": item.stock})
            uow.commit()
        return item
