"""The counter's intake (前台收寄, issue 4): contents check, real-name sender, destination,
price, payment, the slip, the shift summary, account statements and consumables.

The order of the form is the order of CI-1: contents → destination → payment → waybill →
fee. :meth:`IntakeService.accept` checks every field in that order and stores nothing unless
everything holds; a parcel the counter must refuse is written to the refusal log instead
(CI-2). The sender's document number is stored in full, as the law asks, but leaves the
service masked unless the user may see it (X-2), and never reaches a slip (条例 art. 22).

``IntakeService`` is one object for the desk, its use cases in one module each: acceptance
here, settings in ``intake_settings``, corrections and voids in ``intake_corrections``, the
books in ``intake_books``, the reads they share in ``intake_base``; the form's drafts in
``intake_drafts``, parsing and printed names in ``intake_fields``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from counter_app.domain.errors import (
    AlreadyAccepted,
    FieldInvalid,
    InvalidWaybill,
    NotFound,
    ParcelRefused,
    PermissionDenied,
)
from counter_app.domain.identity import DocumentKind, check_document, is_legacy_id, mask_document
from counter_app.domain.intake import (
    WAYBILL_FORM,
    Account,
    Consumable,
    ContentsVerdict,
    PayMode,
    RefusalReason,
    Transport,
    change_due,
    judge_contents,
)
from counter_app.domain.pricing import Quote, QuoteRequest, quote
from counter_app.domain.receipts import parse_amount
from counter_app.domain.service_area import AreaStatus
from counter_app.domain.staff import Permission, Role, StaffMember, allowed, check_phone, require
from counter_app.domain.text import check_fields
from counter_app.domain.waybills import RejectReason, WaybillRejected
from counter_app.services import audit
from counter_app.services.intake_books import IntakeBooks
from counter_app.services.intake_corrections import IntakeCorrections
from counter_app.services.intake_drafts import (
    AcceptDraft,
    Accepted,
    Destination,
    Priced,
    SenderView,
)
from counter_app.services.intake_dto import CounterSlip
from counter_app.services.intake_fields import (
    REFUSAL_REPEAT,
    clean_text,
    document_kind,
    parse_decimal,
    parse_dimensions,
    parse_entry_fee,
    parse_liquid,
    parse_optional_amount,
    parse_quantity,
    quote_record,
    weight_source_of,
    with_entry_fee,
)
from counter_app.services.intake_ports import (
    AcceptanceRecord,
    ConsumableMove,
    RefusalRecord,
    SenderRecord,
)
from counter_app.services.intake_settings import IntakeSettings
from counter_app.services.numbers import judge
from counter_app.services.ports import UnitOfWork
from counter_app.services.station import read_shift_times


class IntakeService(IntakeSettings, IntakeCorrections, IntakeBooks):
    """Use cases of the 收寄 desk."""

    def check_contents(self, contents: str, liquid_ml: str = "") -> ContentsVerdict:
        """The verdict on the declared contents as the clerk types (CI-2, CI-3)."""
        with self._uow() as uow:
            policy = self._policy(uow)
            catalogue = self._fresh_catalogue(uow)
        return judge_contents(contents, catalogue, policy, parse_liquid(liquid_ml))

    def prepare_addresses(self) -> None:
        """Load the address resolver now if it loads lazily (cpca and pandas take most of a
        second): called on a worker thread when a clerk starts typing an address, so the
        first check does not wait and a desk that never takes parcels never loads it."""
        warm_up = getattr(self._resolver, "warm_up", None)
        if callable(warm_up):
            warm_up()

    def recall_sender(self, actor: StaffMember, phone: str) -> SenderView | None:
        """A returning sender by phone (CI-11), the document masked unless allowed (X-2)."""
        require(actor.role, Permission.USE_COUNTER)
        number = check_phone(phone, field="sender_phone")
        with self._uow() as uow:
            sender = uow.intake.sender_by_phone(number)
        if sender is None:
            return None
        return SenderView(phone=sender.phone, name=sender.name, address=sender.address,
                          doc_kind=document_kind(sender.doc_kind),
                          doc_shown=self._shown(actor, sender.doc_number))

    def price(self, draft: AcceptDraft) -> Priced:
        """The fee of the draft with its breakdown (CI-8), before anything is stored.

        Raises:
            FieldInvalid: the first price field that is wrong.
        """
        destination = self._served(self.resolve_destination(draft.recipient_address))
        with self._uow() as uow:
            card = self._card(uow)
        return Priced(destination, quote(card, self._request(draft, destination)))

    def accept(self, actor: StaffMember, draft: AcceptDraft,
               approver: StaffMember | None = None) -> Accepted:
        """Accept a parcel: every check of CI-1 in order, then one transaction.

        Args:
            actor: the clerk at the counter (who inspects the parcel, CI-5).
            draft: the form.
            approver: the supervisor who allowed a price override (may be ``actor``).

        Raises:
            ParcelRefused: the contents or the destination must be refused; the refusal is
                recorded (CI-2) and nothing else is stored.
            FieldInvalid: the first field that is wrong, in the order of the form.
            InvalidWaybill: not a waybill of this station's carriers (CI-4).
            AlreadyAccepted: the waybill was accepted before.
            PermissionDenied: a price override without a supervisor.
        """
        require(actor.role, Permission.USE_COUNTER)
        check_fields(draft)  # issue 13 §6: lengths and characters, once, before anything
        now = self._clock.now()
        # (1) can it be sent at all (CI-2, CI-3)
        contents = clean_text(draft.contents, "contents")
        verdict = self.check_contents(contents, draft.liquid_ml)
        if verdict.blocked:
            self._refuse_blocked(actor, verdict, contents, draft.sender_phone, now)
        if verdict.air_banned and draft.transport is Transport.AIR:
            raise FieldInvalid("transport", "air_banned",
                               ",".join(r.kind.value for r in verdict.air))
        quantity = parse_quantity(draft.quantity)
        # real name (CI-11)
        sender_name = clean_text(draft.sender_name, "sender_name", required=True)
        sender_phone = check_phone(draft.sender_phone, field="sender_phone")
        sender_address = clean_text(draft.sender_address, "sender_address")
        # (2) can the destination be served (CI-6)
        recipient_name = clean_text(draft.recipient_name, "recipient_name", required=True)
        recipient_phone = check_phone(draft.recipient_phone, field="recipient_phone")
        destination = self._served(self.resolve_destination(draft.recipient_address))
        if destination.decision.status is AreaStatus.OUT_OF_AREA:
            self._record_refusal(actor, RefusalReason.OUT_OF_AREA, contents, sender_phone,
                                 destination.text, now)
            raise ParcelRefused(RefusalReason.OUT_OF_AREA.value, destination.text)
        # (3) prepaid or collect (CI-7)
        if draft.pay_mode is None:
            raise FieldInvalid("pay_mode", "required")
        if not draft.inspected:
            raise FieldInvalid("inspected", "required")
        try:
            with self._uow() as uow:
                account = self._account_for(uow, draft)
                doc_kind, doc_number = self._document(uow, draft, sender_phone, account, now)
                # (4) the waybill (CI-4: another carrier's number is refused here)
                check = judge(uow, draft.waybill)
                if isinstance(check, WaybillRejected):
                    raise InvalidWaybill(check)
                number = check.number
                first = uow.intake.acceptance(number)
                if first is not None:
                    raise AlreadyAccepted(number, first.accepted_at, first.clerk_name, first.by)
                # (5) the fee (CI-8)
                card = self._card(uow)
                priced = quote(card, self._request(draft, destination))
                total, reason, approved_by = self._fee(actor, draft, priced, approver)
                quote_json = {**quote_record(priced, card), **weight_source_of(draft)}
                entry = parse_entry_fee(draft.entry_fee)  # WH-18: its own line, on top of the fee
                if entry:
                    quote_json = with_entry_fee(quote_json, entry)
                    total += entry
                change = received = None
                if draft.pay_mode is PayMode.CASH:
                    received = parse_amount(draft.received, "received") if draft.received.strip() \
                        else total
                    change = change_due(total, received)
                shift = read_shift_times(uow).shift_at(now.time()) or ""
                record = AcceptanceRecord(
                    waybill_no=number, carrier=check.carriers[0] if check.carriers else "",
                    accepted_at=now,
                    by=actor.job_number, clerk_name=actor.name, shift=shift,
                    sender_name=sender_name, sender_phone=sender_phone,
                    sender_address=sender_address, doc_kind=doc_kind.value, doc_number=doc_number,
                    recipient_name=recipient_name, recipient_phone=recipient_phone,
                    recipient_address=draft.recipient_address.strip(),
                    province=destination.address.province, city=destination.address.city,
                    district=destination.address.district,
                    area_status=destination.decision.status.value, contents=contents,
                    quantity=quantity, transport=draft.transport.value,
                    air_banned=verdict.air_banned, fragile=verdict.fragile_mark,
                    weight=priced.actual_weight,
                    dimensions=parse_dimensions(draft), chargeable=priced.chargeable_weight,
                    declared_value=parse_optional_amount(draft.declared_value, "declared_value"),
                    cod_amount=parse_optional_amount(draft.cod_amount, "cod_amount"),
                    pay_mode=draft.pay_mode.value, account_id=account.id if account else None,
                    quote=quote_json, quoted_total=priced.total + entry, total=total,
                    override_reason=reason, override_by=approved_by, received=received,
                    change=change, inspected_by=actor.job_number, inspected_at=now,
                    note=clean_text(draft.note, "note"),
                )
                stored = uow.intake.add_acceptance(record)
                if not account or doc_kind is not DocumentKind.CREDIT_CODE:
                    uow.intake.save_sender(SenderRecord(
                        phone=sender_phone, name=sender_name, address=sender_address,
                        doc_kind=doc_kind.value, doc_number=doc_number, updated_at=now))
                low = self._use_consumables(uow, actor, draft, number, now)
                audit.record(uow, self._clock, actor, entity="ci_acceptance", entity_id=stored.id,
                             action="accept", after={
                                 "waybill_no": number, "total": str(total),
                                 "pay_mode": draft.pay_mode.value,
                                 **({"override_reason": reason, "approved_by": approved_by,
                                     "quoted": str(priced.total)} if reason else {})})
                slip = self._slip(uow, stored, account)
                uow.commit()
        except InvalidWaybill as err:
            # CI-4 / issue 16: a 同行件 refused by its number goes to the refusal log too
            if isinstance(err.check, WaybillRejected) and \
                    err.check.reason is RejectReason.OTHER_CARRIER:
                self._record_refusal(actor, RefusalReason.COMPETITOR, contents, sender_phone,
                                     " ".join((*err.check.carriers, err.check.number)), now)
            raise
        return Accepted(stored, slip, change, low)

    def refuse(self, actor: StaffMember, reason: RefusalReason, contents: str,
               sender_phone: str = "", detail: str = "") -> RefusalRecord:
        """Record a refusal the clerk decided on (同行件, no identity document, …) (CI-2)."""
        require(actor.role, Permission.USE_COUNTER)
        if reason is RefusalReason.OTHER and not detail.strip():
            raise FieldInvalid("refusal_detail", "required")
        return self._record_refusal(actor, reason, contents.strip()[:200], sender_phone,
                                    detail.strip()[:200], self._clock.now())

    def slip(self, waybill_no: str) -> CounterSlip:
        """The slip of an accepted parcel, to print again."""
        with self._uow() as uow:
            record = uow.intake.acceptance(waybill_no.strip())
            if record is None:
                raise NotFound("ci_acceptance", waybill_no)
            account = next((a for a in uow.intake.accounts() if a.id == record.account_id), None)
            return self._slip(uow, record, account)

    def slip_reprinted(self, actor: StaffMember, waybill_no: str) -> None:
        """Log that a slip was printed again (「补打」, issue 15)."""
        require(actor.role, Permission.USE_COUNTER)
        with self._uow() as uow:
            audit.record(uow, self._clock, actor, entity="ci_acceptance",
                         entity_id=waybill_no.strip(), action="reprint_slip")
            uow.commit()

    def reprint(self, waybill_no: str) -> CounterSlip:
        """The slip printed again, marked 补打, or 更正 after a correction, 作废 when voided."""
        with self._uow() as uow:
            record = uow.intake.acceptance(waybill_no.strip())
            if record is None:
                raise NotFound("ci_acceptance", waybill_no)
            account = next((a for a in uow.intake.accounts() if a.id == record.account_id), None)
            if self._void_of(uow, record.waybill_no) is not None:
                mark = "作废"
            else:
                last = uow.audit.last_change(("ci_acceptance",), str(record.id))
                mark = "更正" if last is not None and last.action == "correct" else "补打"
            return replace(self._slip(uow, record, account), mark=mark)

    def _shown(self, actor: StaffMember, number: str) -> str:
        if allowed(actor.role, Permission.SEE_UNMASKED_IDS):
            return number
        return mask_document(number)

    def _request(self, draft: AcceptDraft, destination: Destination) -> QuoteRequest:
        return QuoteRequest(
            destination_province=destination.address.province,
            destination_city=destination.address.city,
            weight=parse_decimal(draft.weight, "weight", required=True),
            dimensions=parse_dimensions(draft),
            declared_value=parse_optional_amount(draft.declared_value, "declared_value"),
            collect=draft.pay_mode is PayMode.COLLECT,
            cod_amount=parse_optional_amount(draft.cod_amount, "cod_amount"),
            packaging=draft.packaging,
        )

    def _fee(self, actor: StaffMember, draft: AcceptDraft, priced: Quote,
             approver: StaffMember | None) -> tuple[Decimal, str, str]:
        """The fee charged: the card's, or an override with a reason and a supervisor."""
        if not draft.override_total.strip():
            return priced.total, "", ""
        total = parse_amount(draft.override_total, "override_total")
        if total == priced.total:
            return priced.total, "", ""
        reason = clean_text(draft.override_reason, "override_reason", required=True)
        who = approver or actor
        if who.role is not Role.SUPERVISOR:
            raise PermissionDenied(action="override_price", role=who.role.value)
        return total, reason, who.job_number

    def _document(self, uow: UnitOfWork, draft: AcceptDraft, phone: str,
                  account: Account | None, now: datetime) -> tuple[DocumentKind, str]:
        """The sender's identity document (CI-11): typed, recalled by phone, or the account's
        统一社会信用代码 (an account customer under a safety agreement, 条例 art. 22)."""
        if draft.doc_number.strip():
            if draft.doc_kind is None:
                raise FieldInvalid("doc_kind", "required")
            # first-generation (15-digit) cards are void since 2013: not for 实名收寄
            return draft.doc_kind, check_document(draft.doc_kind, draft.doc_number,
                                                  today=now.date(), allow_legacy=False)
        if account is not None and account.credit_code:
            return DocumentKind.CREDIT_CODE, account.credit_code
        sender = uow.intake.sender_by_phone(phone)
        if sender is not None and sender.doc_number:
            kind = document_kind(sender.doc_kind)
            if kind is not None and (draft.doc_kind is None or draft.doc_kind is kind):
                if kind is DocumentKind.RESIDENT_ID and is_legacy_id(sender.doc_number):
                    raise FieldInvalid("id_number", "first_generation")  # X-8, recalled too
                return kind, sender.doc_number
        if draft.doc_kind is None:
            raise FieldInvalid("doc_kind", "required")
        raise FieldInvalid("id_number", "required")

    def _refuse_blocked(self, actor: StaffMember, verdict: ContentsVerdict, contents: str,
                        phone: str, now: datetime) -> None:
        if verdict.prohibited:
            match = verdict.prohibited[0]
            detail = f"{match.number} {match.category.name_zh}"
            self._record_refusal(actor, RefusalReason.PROHIBITED, contents, phone,
                                 "、".join(match.keywords), now, match.number,
                                 match.category.name_zh)
            raise ParcelRefused(RefusalReason.PROHIBITED.value, detail)
        self._record_refusal(actor, RefusalReason.FRAGILE, contents, phone,
                             "、".join(verdict.fragile), now)
        raise ParcelRefused(RefusalReason.FRAGILE.value, "、".join(verdict.fragile))

    def _record_refusal(self, actor: StaffMember, reason: RefusalReason, contents: str,
                        phone: str, detail: str, now: datetime, category: int | None = None,
                        category_name: str = "") -> RefusalRecord:
        phone = phone.strip().replace(" ", "")[:20]
        record = RefusalRecord(at=now, by=actor.job_number, clerk_name=actor.name,
                               reason=reason.value, contents=contents, category=category,
                               category_name=category_name, sender_phone=phone,
                               detail=detail[:200])
        with self._uow() as uow:
            for earlier in uow.intake.refusals_between(now - REFUSAL_REPEAT, now + REFUSAL_REPEAT):
                if (earlier.by, earlier.reason, earlier.contents, earlier.sender_phone) == (
                        record.by, record.reason, record.contents, record.sender_phone):
                    return earlier
            stored = uow.intake.add_refusal(record)
            audit.record(uow, self._clock, actor, entity="ci_refusal", entity_id=stored.id,
                         action="refuse", after={"reason": reason.value, "category": category})
            uow.commit()
        return stored

    def _use_consumables(self, uow: UnitOfWork, actor: StaffMember, draft: AcceptDraft,
                         number: str, now: datetime) -> tuple[Consumable, ...]:
        """One 面单 per parcel, and the packaging sold with it, leave the stock (CI-10)."""
        items = self._consumables(uow)
        by_packaging = {c.packaging_code: c for c in items if c.packaging_code}
        uses = [(WAYBILL_FORM, 1, "use")]
        uses += [(by_packaging[code].code, qty, "sale") for code, qty in draft.packaging
                 if code in by_packaging]
        after = {}
        for code, qty, kind in uses:
            if not any(c.code == code for c in items):
                continue
            after[code] = uow.intake.move_consumable(ConsumableMove(
                code=code, at=now, by=actor.job_number, delta=-qty, kind=kind,
                waybill_no=number), floor=True)
        return tuple(c for c in after.values() if c.low)
