"""Corrections and voids of accepted parcels (issue 16)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from counter_app.domain.errors import (
    AcceptanceVoided,
    FieldInvalid,
    NotFound,
    ParcelRefused,
    PermissionDenied,
)
from counter_app.domain.intake import Account, PayMode, RefusalReason, change_due
from counter_app.domain.pricing import QuoteRequest, quote
from counter_app.domain.receipts import money, parse_amount
from counter_app.domain.service_area import AreaStatus
from counter_app.domain.staff import Permission, Role, StaffMember, require
from counter_app.domain.text import check_fields
from counter_app.services import audit
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.intake_base import IntakeBase
from counter_app.services.intake_drafts import Accepted, CorrectionDraft
from counter_app.services.intake_fields import (
    ACCOUNT_PROBE,
    VOID_ENTITY,
    clean_text,
    correction_fields,
    parse_decimal,
    parse_entry_fee,
    person_name,
    quote_record,
    with_entry_fee,
)
from counter_app.services.intake_ports import AcceptanceRecord
from counter_app.services.ports import UnitOfWork


class IntakeCorrections(IntakeBase):
    """Correcting and voiding an acceptance, by a supervisor's approval where the rules ask."""

    def correct(self, actor: StaffMember, waybill_no: str, changes: CorrectionDraft,
                reason: str, approver: StaffMember | None = None) -> Accepted:
        """Correct an accepted parcel's destination, weight or payment, and re-price it.

        The card's price is taken again; an earlier price override is dropped (the audit entry
        keeps it). A change of the fee or of the payment mode needs a supervisor.

        Args:
            actor: the counter clerk.
            waybill_no: the accepted parcel.
            changes: what changes; empty fields keep the stored value.
            reason: why (required, audited).
            approver: the supervisor allowing a money change (may be ``actor``).

        Returns:
            The corrected record and its slip, marked 更正.

        Raises:
            FieldInvalid: no reason, nothing changed, or a changed field is wrong.
            ParcelRefused: the new destination is out of the service area (not logged).
            PermissionDenied: a money change without a supervisor.
            AcceptanceVoided: the parcel was voided.
            NotFound: no such acceptance.
        """
        require(actor.role, Permission.USE_COUNTER)
        check_fields(changes)
        why = clean_text(reason, "reason", required=True)
        destination = None
        if changes.recipient_address.strip():
            destination = self._served(self.resolve_destination(changes.recipient_address))
            if destination.decision.status is AreaStatus.OUT_OF_AREA:
                raise ParcelRefused(RefusalReason.OUT_OF_AREA.value, destination.text)
        with self._uow() as uow:
            before = self._live(uow, waybill_no)
            pay_mode = changes.pay_mode or PayMode(before.pay_mode)
            account = self._corrected_account(uow, before, pay_mode, changes.account_code)
            weight = (parse_decimal(changes.weight, "weight", required=True)
                      if changes.weight.strip() else before.weight)
            address = destination.address if destination else None
            request = QuoteRequest(
                destination_province=address.province if address else before.province,
                destination_city=address.city if address else before.city,
                weight=weight, dimensions=before.dimensions,
                declared_value=before.declared_value, collect=pay_mode is PayMode.COLLECT,
                cod_amount=before.cod_amount,
                packaging=tuple((str(line["item"]), int(line.get("quantity", 1)))
                                for line in before.quote.get("lines", [])
                                if line.get("kind") == "packaging"),
            )
            card = self._card(uow)
            priced = quote(card, request)
            entry = parse_entry_fee(str(before.quote.get("entry_fee", "")))  # WH-18: kept
            new_total = priced.total + entry
            received = change = None
            if pay_mode is PayMode.CASH:
                kept = (before.received if before.pay_mode == PayMode.CASH.value
                        and before.received is not None and before.received >= new_total
                        else new_total)  # the money handed over did not change
                received = (parse_amount(changes.received, "received")
                            if changes.received.strip() else kept)
                change = change_due(new_total, received)
            quote_json = {**quote_record(priced, card),
                          # issue 17: a corrected weight was typed; otherwise it stays as weighed
                          **({"weight_source": "typed"} if changes.weight.strip() else
                             {k: v for k, v in before.quote.items()
                              if k in ("weight_source", "scale_grams")})}
            if entry:
                quote_json = with_entry_fee(quote_json, entry)
            after = replace(
                before, weight=priced.actual_weight, chargeable=priced.chargeable_weight,
                pay_mode=pay_mode.value, account_id=account.id if account else None,
                quote=quote_json, quoted_total=new_total,
                total=new_total, override_reason="", override_by="",
                received=received, change=change)
            if address is not None and destination is not None:
                after = replace(
                    after, recipient_address=changes.recipient_address.strip(),
                    province=address.province, city=address.city, district=address.district,
                    area_status=destination.decision.status.value)
            if after == before:
                raise FieldInvalid("correction", "unchanged")
            approved_by = ""
            if after.total != before.total or after.pay_mode != before.pay_mode:
                approved_by = self._supervisor(actor, approver, "correct_money")
            stored = uow.intake.update_acceptance(after)
            audit.record(uow, self._clock, actor, entity="ci_acceptance", entity_id=stored.id,
                         action="correct", before=correction_fields(before),
                         after=correction_fields(stored) | {
                             "reason": why, **({"approved_by": approved_by}
                                               if approved_by else {})})
            slip = replace(self._slip(uow, stored, account), mark="更正")
            uow.commit()
        return Accepted(stored, slip, change, ())

    def void(self, actor: StaffMember, waybill_no: str, reason: str,
             approver: StaffMember | None = None) -> AcceptanceRecord:
        """Void (作废) an accepted parcel: it leaves the shift's counts and sums, its number
        is not accepted again, the void is audited with the reason and the supervisor.

        Voiding always changes the takings (the fee is given back or not charged), so it
        always needs a supervisor (``approver``, or ``actor`` when a supervisor voids).

        Raises:
            FieldInvalid: no reason.
            PermissionDenied: no supervisor.
            AcceptanceVoided: already voided.
            NotFound: no such acceptance.
        """
        require(actor.role, Permission.USE_COUNTER)
        why = clean_text(reason, "reason", required=True)
        approved_by = self._supervisor(actor, approver, "void_acceptance")
        with self._uow() as uow:
            record = self._live(uow, waybill_no)
            audit.record(uow, self._clock, actor, entity=VOID_ENTITY,
                         entity_id=record.waybill_no, action="void",
                         after={"reason": why, "approved_by": approved_by,
                                "total": money(record.total), "pay_mode": record.pay_mode,
                                "clerk": record.clerk_name})
            uow.commit()
        return record

    def _live(self, uow: UnitOfWork, waybill_no: str) -> AcceptanceRecord:
        """The acceptance of this waybill, refused when it is unknown or voided."""
        record = uow.intake.acceptance(waybill_no.strip())
        if record is None:
            raise NotFound("ci_acceptance", waybill_no)
        voided = self._void_of(uow, record.waybill_no)
        if voided is not None:
            raise AcceptanceVoided(record.waybill_no, voided.at,
                                   person_name(uow, voided.actor))
        return record

    @staticmethod
    def _void_of(uow: UnitOfWork, waybill_no: str) -> AuditEntry | None:
        return uow.audit.last_change((VOID_ENTITY,), waybill_no)

    @staticmethod
    def _supervisor(actor: StaffMember, approver: StaffMember | None, action: str) -> str:
        who = approver or actor
        if who.role is not Role.SUPERVISOR:
            raise PermissionDenied(action=action, role=who.role.value)
        return who.job_number

    def _corrected_account(self, uow: UnitOfWork, before: AcceptanceRecord, pay_mode: PayMode,
                           code: str) -> Account | None:
        if pay_mode is not PayMode.ACCOUNT:
            return None
        if not code.strip() and before.account_id is not None:
            return next((a for a in uow.intake.accounts() if a.id == before.account_id), None)
        return self._account_for(uow, replace(ACCOUNT_PROBE, account_code=code))

    def recent(self, limit: int = 20) -> list[AcceptanceRecord]:
        """Today's acceptances, newest first (the desk's list)."""
        now = self._clock.now()
        start = datetime.combine(now.date(), time())
        with self._uow() as uow:
            rows = uow.intake.acceptances_between(start, start + timedelta(days=1))
        return list(reversed(rows))[:limit]
