"""The counter's intake (前台收寄, issue 4): contents check, real-name sender, destination,
price, payment, the slip, the shift summary, account statements and consumables.

The order of the form is the order of CI-1: contents → destination → payment → waybill →
fee. :meth:`IntakeService.accept` checks every field in that order and stores nothing unless
everything holds; a parcel the counter must refuse is written to the refusal log instead
(CI-2). The sender's document number is stored in full, as the law asks, but leaves the
service masked unless the user may see it (X-2), and never reaches a slip (条例 art. 22).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Final

from counter_app.domain.clock import Clock
from counter_app.domain.errors import (
    AcceptanceVoided,
    AlreadyAccepted,
    FieldInvalid,
    InvalidWaybill,
    NotFound,
    ParcelRefused,
    PermissionDenied,
)
from counter_app.domain.identity import (
    DocumentKind,
    check_document,
    is_legacy_id,
    mask_document,
    mask_name,
)
from counter_app.domain.intake import (
    DEFAULT_CONSUMABLES,
    WAYBILL_FORM,
    Account,
    Consumable,
    ContentsVerdict,
    FragilePolicy,
    PayMode,
    RefusalReason,
    Transport,
    change_due,
    judge_contents,
)
from counter_app.domain.pricing import (
    Quote,
    QuoteRequest,
    RateCard,
    parse_rate_card_json,
    quote,
    rate_card_to_json,
    sample_rate_card,
)
from counter_app.domain.prohibited import (
    Catalogue,
    ProhibitedCategory,
    default_catalogue,
    extend_catalogue,
    parse_catalogue,
)
from counter_app.domain.receipts import HALF_WIDTH_NUMBERS, money, parse_amount
from counter_app.domain.service_area import (
    AreaDecision,
    AreaStatus,
    ResolvedAddress,
    ServiceArea,
    decide,
    sample_service_area,
    service_area_from_json,
    service_area_to_json,
)
from counter_app.domain.staff import (
    Permission,
    Role,
    StaffMember,
    allowed,
    check_phone,
    mask_phone,
    require,
)
from counter_app.domain.text import LIMITS, check_fields, check_text
from counter_app.domain.waybills import RejectReason, WaybillRejected, default_carriers
from counter_app.services import audit
from counter_app.services.concurrency import Versioned, claim, setting_versioned, staff_name
from counter_app.services.dto import (
    AccountStatement,
    ClerkTotals,
    CorrectionLine,
    CounterSlip,
    OverrideLine,
    RefusalLine,
    ShiftSummary,
    SlipLine,
    StatementLine,
    VoidLine,
)
from counter_app.services.numbers import judge
from counter_app.services.ports import (
    AcceptanceRecord,
    AddressResolver,
    AuditEntry,
    ConsumableMove,
    RefusalRecord,
    SenderRecord,
    UnitOfWork,
    UnitOfWorkFactory,
)
from counter_app.services.station import read_shift_times, station_header

RATE_CARD_KEY: Final = "intake.rate_card"
VOID_ENTITY: Final = "ci_acceptance_void"
"""Audit entity of a void (作废): its entity_id is the waybill number. There is no status
column (issue 16: no migration), so the append-only log is where a void is recorded."""
SERVICE_AREA_KEY: Final = "intake.service_area"
FRAGILE_KEY: Final = "intake.fragile_policy"
CATALOGUE_KEY: Final = "intake.catalogue_additions"
MAX_QUANTITY: Final = 999
MAX_TEXT: Final = LIMITS  # one table of text limits for every desk (issue 13 §6)
MIN_ADDRESS: Final = 6
"""A recipient address shorter than this cannot carry a district and a street."""
REFUSAL_REPEAT: Final = timedelta(minutes=10)
"""The same refusal (clerk, contents, phone, reason) within this time is logged once."""
SHIFT_NAMES: Final = {"early": "早班", "late": "晚班", "day": "全天", "": "班外"}
PAY_NAMES: Final = {"cash": "现付（现金）", "qr": "现付（扫码）", "collect": "到付",
                    "account": "协议结算"}
LINE_NAMES: Final = {"entry_fee": "进仓费", "freight": "运费", "insurance": "保价费",
                     "collect_fee": "到付手续费", "cod_fee": "代收货款手续费", "packaging": "包装",
                     "rounding": "取整"}
REFUSAL_NAMES: Final = {"prohibited": "禁寄物品", "fragile": "易碎品", "competitor": "同行件",
                        "out_of_area": "超区", "no_identity": "未出示身份证件",
                        "air_only": "航空禁运且坚持走航空", "other": "其他"}


@dataclass(frozen=True)
class Destination:
    """Where the recipient's address resolves to and what the service area says (CI-6)."""

    address: ResolvedAddress
    decision: AreaDecision

    @property
    def text(self) -> str:
        """Province city district, for the slip and the screen."""
        a = self.address
        return place(a.province, a.city, a.district)


@dataclass(frozen=True)
class SenderView:
    """A registered sender as the counter may see it: the document masked unless allowed."""

    phone: str
    name: str
    address: str
    doc_kind: DocumentKind | None
    doc_shown: str
    """The masked number, or the full one for a user with ``SEE_UNMASKED_IDS``."""


@dataclass(frozen=True)
class AcceptDraft:
    """What the 收寄 form holds when the clerk accepts (texts as typed)."""

    waybill: str
    contents: str
    sender_name: str
    sender_phone: str
    recipient_name: str
    recipient_phone: str
    recipient_address: str
    weight: str
    pay_mode: PayMode | None
    inspected: bool
    doc_kind: DocumentKind | None = None
    doc_number: str = ""
    """Empty: the number registered with the sender's phone (recalled), if any."""
    sender_address: str = ""
    quantity: str = "1"
    liquid_ml: str = ""
    transport: Transport = Transport.LAND
    length: str = ""
    width: str = ""
    height: str = ""
    declared_value: str = ""
    cod_amount: str = ""
    packaging: tuple[tuple[str, int], ...] = ()
    account_code: str = ""
    received: str = ""
    override_total: str = ""
    override_reason: str = ""
    note: str = ""
    entry_fee: str = ""
    """进仓费 charged with this parcel (WH-18, issue 16 §7): the calculator's figure; empty:
    none. Added to the fee as its own slip line 「进仓费」."""
    weighed_grams: int | None = None
    """The scale's stable reading when the weight field still shows it; ``None`` when the
    clerk typed the weight (issue 17: kept in the record's ``quote`` JSON as
    ``weight_source``, no new column)."""


@dataclass(frozen=True)
class CorrectionDraft:
    """What a correction changes of an accepted parcel (issue 16); empty / None: unchanged."""

    recipient_address: str = ""
    weight: str = ""
    pay_mode: PayMode | None = None
    account_code: str = ""
    received: str = ""


@dataclass(frozen=True)
class Priced:
    """The fee of a draft: the card's quote, and the destination it was priced for."""

    destination: Destination
    quote: Quote


@dataclass(frozen=True)
class Accepted:
    """An accepted parcel: what was stored, its slip, the change, and low consumables."""

    record: AcceptanceRecord
    slip: CounterSlip
    change: Decimal | None
    low_stock: tuple[Consumable, ...] = field(default_factory=tuple)


_SETTING_AUDIT = ("settings", "setting")


class IntakeService:
    """Use cases of the 收寄 desk."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, resolver: AddressResolver) -> None:
        """Wire the service."""
        self._uow = uow
        self._clock = clock
        self._resolver = resolver
        self._catalogue: Versioned[Catalogue] | None = None

    # --- settings: rate card, service area, catalogue, fragile rule -------------------------

    def rate_card(self) -> RateCard:
        """The station's rate card (the labelled sample until one is imported)."""
        with self._uow() as uow:
            return self._card(uow)

    def rate_card_versioned(self) -> Versioned[RateCard]:
        """The rate card with the version an editor saves against (issue 13 §2)."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, RATE_CARD_KEY)
        return Versioned(parse_rate_card_json(raw) if raw else sample_rate_card(), version)

    def save_rate_card(self, actor: StaffMember, card: RateCard,
                       version: int | None = None) -> None:
        """Replace the rate card (supervisor), audited with its name; with ``version``, only
        if nobody saved it since that version was loaded (``StaleEdit``)."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        with self._uow() as uow:
            claim(uow, "setting", RATE_CARD_KEY, version, what="rate_card",
                  audit_entities=_SETTING_AUDIT)
            before = self._card(uow).name
            uow.settings.set(RATE_CARD_KEY, rate_card_to_json(card))
            audit.record(uow, self._clock, actor, entity="settings", entity_id=RATE_CARD_KEY,
                         action="update", before={"name": before}, after={"name": card.name})
            uow.commit()

    def service_area(self) -> ServiceArea:
        """The station's service-area table (the labelled sample until one is imported)."""
        with self._uow() as uow:
            return self._area(uow)

    def service_area_versioned(self) -> Versioned[ServiceArea]:
        """The service-area table with its version (issue 13 §2)."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, SERVICE_AREA_KEY)
        return Versioned(service_area_from_json(raw) if raw else sample_service_area(), version)

    def save_service_area(self, actor: StaffMember, area: ServiceArea,
                          version: int | None = None) -> None:
        """Replace the service-area table (supervisor), audited; ``version`` as for the
        rate card."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        with self._uow() as uow:
            claim(uow, "setting", SERVICE_AREA_KEY, version, what="service_area",
                  audit_entities=_SETTING_AUDIT)
            uow.settings.set(SERVICE_AREA_KEY, service_area_to_json(area))
            audit.record(uow, self._clock, actor, entity="settings", entity_id=SERVICE_AREA_KEY,
                         action="update", after={"name": area.name, "rules": len(area.rules)})
            uow.commit()

    def fragile_policy(self) -> FragilePolicy:
        """The station's fragile-item rule (refuse, the seed's rule, until changed)."""
        with self._uow() as uow:
            return self._policy(uow)

    def set_fragile_policy(self, actor: StaffMember, policy: FragilePolicy,
                           version: int | None = None) -> None:
        """Change the fragile-item rule (supervisor), audited."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        with self._uow() as uow:
            claim(uow, "setting", FRAGILE_KEY, version, what="fragile",
                  audit_entities=_SETTING_AUDIT)
            before = self._policy(uow)
            uow.settings.set(FRAGILE_KEY, policy.value)
            audit.record(uow, self._clock, actor, entity="settings", entity_id=FRAGILE_KEY,
                         action="update", before={"policy": before.value},
                         after={"policy": policy.value})
            uow.commit()

    def catalogue_additions(self) -> list[ProhibitedCategory]:
        """The station's own keywords and categories added to the published catalogue."""
        with self._uow() as uow:
            return list(self._additions(uow))

    def catalogue_additions_versioned(self) -> Versioned[list[ProhibitedCategory]]:
        """The station's additions with their version (issue 13 §2)."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, CATALOGUE_KEY)
        return Versioned(list(parse_catalogue(raw).categories) if raw else [], version)

    def save_catalogue_additions(self, actor: StaffMember,
                                 additions: list[ProhibitedCategory],
                                 version: int | None = None) -> None:
        """Replace the station's additions (supervisor), audited; checked by merging them."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        published = {c.number: c for c in default_catalogue().categories}
        clean: list[ProhibitedCategory] = []
        for entry in additions:
            if entry.number <= 0:
                raise FieldInvalid("category", "range", "1-")
            if any(c.number == entry.number for c in clean):
                raise FieldInvalid("category", "duplicate", str(entry.number))
            keywords = tuple(k.strip() for k in entry.keywords if k.strip())
            if not keywords:
                raise FieldInvalid("keywords", "required")
            base = published.get(entry.number)
            name_zh = entry.name_zh.strip() or (base.name_zh if base else "")
            if not name_zh:
                raise FieldInvalid("category_name", "required")
            name_en = entry.name_en.strip() or (base.name_en if base else name_zh)
            clean.append(replace(entry, name_zh=name_zh, name_en=name_en, keywords=keywords))
        text = json.dumps({"categories": [
            {"number": c.number, "name_zh": c.name_zh, "name_en": c.name_en,
             "examples": list(c.examples), "keywords": list(c.keywords),
             "exceptions": list(c.exceptions)} for c in clean]},
            ensure_ascii=False, indent=1)
        extend_catalogue(default_catalogue(), parse_catalogue(text).categories)  # reads back
        with self._uow() as uow:
            claim(uow, "setting", CATALOGUE_KEY, version, what="catalogue",
                  audit_entities=_SETTING_AUDIT)
            uow.settings.set(CATALOGUE_KEY, text)
            audit.record(uow, self._clock, actor, entity="settings", entity_id=CATALOGUE_KEY,
                         action="update", after={"entries": len(additions)})
            uow.commit()
        self._catalogue = None

    def catalogue(self) -> Catalogue:
        """The published catalogue with the station's additions, as they are now."""
        with self._uow() as uow:
            return self._fresh_catalogue(uow)

    def _fresh_catalogue(self, uow: UnitOfWork) -> Catalogue:
        """The kept catalogue while the additions' version is unchanged; else rebuilt. One
        indexed read per check, so a keyword a supervisor adds on another PC decides this
        counter's very next acceptance (issue 13 §3)."""
        kept = self._catalogue
        if kept is not None and uow.versions.current("setting", CATALOGUE_KEY) == kept.version:
            return kept.value
        raw, version = setting_versioned(uow, CATALOGUE_KEY)
        additions = parse_catalogue(raw).categories if raw else ()
        self._catalogue = Versioned(extend_catalogue(default_catalogue(), additions), version)
        return self._catalogue.value

    def refresh(self) -> None:
        """Forget what is kept in memory (another PC may have changed the additions)."""
        self._catalogue = None

    # --- the live checks of the form ---------------------------------------------------------

    def check_contents(self, contents: str, liquid_ml: str = "") -> ContentsVerdict:
        """The verdict on the declared contents as the clerk types (CI-2, CI-3)."""
        with self._uow() as uow:
            policy = self._policy(uow)
            catalogue = self._fresh_catalogue(uow)
        return judge_contents(contents, catalogue, policy, _liquid(liquid_ml))

    def prepare_addresses(self) -> None:
        """Load the address resolver now if it loads lazily (cpca and pandas take most of a
        second): called on a worker thread when a clerk starts typing an address, so the
        first check does not wait and a desk that never takes parcels never loads it."""
        warm_up = getattr(self._resolver, "warm_up", None)
        if callable(warm_up):
            warm_up()

    def resolve_destination(self, address: str) -> Destination:
        """Resolve the recipient's address and check it against the service area (CI-6).

        Raises:
            FieldInvalid: ``recipient_address`` ``required`` / ``too_short`` / ``unresolved``.
        """
        text = address.strip()
        if not text:
            raise FieldInvalid("recipient_address", "required")
        if len(text) < MIN_ADDRESS:
            raise FieldInvalid("recipient_address", "too_short", str(MIN_ADDRESS))
        resolved = self._resolver.resolve(text)
        if resolved is None:
            raise FieldInvalid("recipient_address", "unresolved", text)
        with self._uow() as uow:
            area = self._area(uow)
        return Destination(resolved, decide(area, resolved))

    def recall_sender(self, actor: StaffMember, phone: str) -> SenderView | None:
        """A returning sender by phone (CI-11), the document masked unless allowed (X-2)."""
        require(actor.role, Permission.USE_COUNTER)
        number = check_phone(phone, field="sender_phone")
        with self._uow() as uow:
            sender = uow.intake.sender_by_phone(number)
        if sender is None:
            return None
        return SenderView(phone=sender.phone, name=sender.name, address=sender.address,
                          doc_kind=_kind(sender.doc_kind),
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

    # --- acceptance --------------------------------------------------------------------------

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
        contents = _text(draft.contents, "contents")
        verdict = self.check_contents(contents, draft.liquid_ml)
        if verdict.blocked:
            self._refuse_blocked(actor, verdict, contents, draft.sender_phone, now)
        if verdict.air_banned and draft.transport is Transport.AIR:
            raise FieldInvalid("transport", "air_banned",
                               ",".join(r.kind.value for r in verdict.air))
        quantity = _quantity(draft.quantity)
        # real name (CI-11)
        sender_name = _text(draft.sender_name, "sender_name", required=True)
        sender_phone = check_phone(draft.sender_phone, field="sender_phone")
        sender_address = _text(draft.sender_address, "sender_address")
        # (2) can the destination be served (CI-6)
        recipient_name = _text(draft.recipient_name, "recipient_name", required=True)
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
                quote_json = {**_quote_json(priced, card), **_weight_source(draft)}
                entry = _entry_fee(draft.entry_fee)  # WH-18: its own line, on top of the fee
                if entry:
                    quote_json = _with_entry_fee(quote_json, entry)
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
                    dimensions=_dimensions(draft), chargeable=priced.chargeable_weight,
                    declared_value=_optional_amount(draft.declared_value, "declared_value"),
                    cod_amount=_optional_amount(draft.cod_amount, "cod_amount"),
                    pay_mode=draft.pay_mode.value, account_id=account.id if account else None,
                    quote=quote_json, quoted_total=priced.total + entry, total=total,
                    override_reason=reason, override_by=approved_by, received=received,
                    change=change, inspected_by=actor.job_number, inspected_at=now,
                    note=_text(draft.note, "note"),
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

    # --- corrections (issue 16) --------------------------------------------------------------

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
        why = _text(reason, "reason", required=True)
        destination = None
        if changes.recipient_address.strip():
            destination = self._served(self.resolve_destination(changes.recipient_address))
            if destination.decision.status is AreaStatus.OUT_OF_AREA:
                raise ParcelRefused(RefusalReason.OUT_OF_AREA.value, destination.text)
        with self._uow() as uow:
            before = self._live(uow, waybill_no)
            pay_mode = changes.pay_mode or PayMode(before.pay_mode)
            account = self._corrected_account(uow, before, pay_mode, changes.account_code)
            weight = (_decimal(changes.weight, "weight", required=True)
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
            entry = _entry_fee(str(before.quote.get("entry_fee", "")))  # WH-18: kept
            new_total = priced.total + entry
            received = change = None
            if pay_mode is PayMode.CASH:
                kept = (before.received if before.pay_mode == PayMode.CASH.value
                        and before.received is not None and before.received >= new_total
                        else new_total)  # the money handed over did not change
                received = (parse_amount(changes.received, "received")
                            if changes.received.strip() else kept)
                change = change_due(new_total, received)
            quote_json = {**_quote_json(priced, card),
                          # issue 17: a corrected weight was typed; otherwise it stays as weighed
                          **({"weight_source": "typed"} if changes.weight.strip() else
                             {k: v for k, v in before.quote.items()
                              if k in ("weight_source", "scale_grams")})}
            if entry:
                quote_json = _with_entry_fee(quote_json, entry)
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
                         action="correct", before=_correction_fields(before),
                         after=_correction_fields(stored) | {
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
        why = _text(reason, "reason", required=True)
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
                                   _person(uow, voided.actor))
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
        return self._account_for(uow, replace(_ACCOUNT_PROBE, account_code=code))

    def recent(self, limit: int = 20) -> list[AcceptanceRecord]:
        """Today's acceptances, newest first (the desk's list)."""
        now = self._clock.now()
        start = datetime.combine(now.date(), time())
        with self._uow() as uow:
            rows = uow.intake.acceptances_between(start, start + timedelta(days=1))
        return list(reversed(rows))[:limit]

    # --- the day's books ---------------------------------------------------------------------

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
            clerks=tuple(replace(_totals(c, [r for r in rows if r.clerk_name == c],
                                         [r for r in refusals if r.clerk_name == c]),
                                 voided=sum(1 for r in voided if r.clerk_name == c))
                         for c in clerks),
            total=replace(_totals("合计", rows, refusals), voided=len(voided)),
            refusals=tuple(RefusalLine(
                at=r.at.strftime("%H:%M"), clerk=r.clerk_name, contents=r.contents,
                reason=_refusal_text(r), sender_phone=mask_phone(r.sender_phone)
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
            corrections=tuple(_correction_line(e, numbers[e.entity_id]) for e in corrected),
        )

    # --- accounts (协议结算) -----------------------------------------------------------------

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
        name = _text(account.name, "account_name", required=True, limit=100)
        credit = (check_document(DocumentKind.CREDIT_CODE, account.credit_code)
                  if account.credit_code.strip() else "")
        phone = check_phone(account.phone, field="account_phone", required=False)
        clean = replace(account, code=code, name=name, credit_code=credit, phone=phone,
                        contact=_text(account.contact, "contact", limit=40),
                        note=_text(account.note, "note"))
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
            contents=r.contents, weight_kg=_kg(r.chargeable), amount=money(r.total),
            clerk=r.clerk_name) for i, r in enumerate(rows, 1))
        return AccountStatement(header=header, account_code=account.code,
                                account_name=account.name, month=f"{start:%Y-%m}",
                                lines=lines, total=money(sum((r.total for r in rows),
                                                             Decimal(0))))

    # --- consumables (CI-10) -----------------------------------------------------------------

    def consumables(self) -> list[Consumable]:
        """The counter's consumables with their stock (the defaults are created on first use)."""
        with self._uow() as uow:
            items = self._consumables(uow)
            uow.commit()
        return items

    def count_in(self, actor: StaffMember, code: str, quantity: str, note: str = "") -> Consumable:
        """Add delivered stock of a consumable (CI-10)."""
        require(actor.role, Permission.USE_COUNTER)
        qty = _count(quantity, "consumable_quantity", allow_zero=False)
        return self._move(actor, code, qty, "in", note)

    def take_out(self, actor: StaffMember, code: str, quantity: str, note: str = "") -> Consumable:
        """Take stock out for use (tape, wrapping) or as spoilt (CI-10)."""
        require(actor.role, Permission.USE_COUNTER)
        qty = _count(quantity, "consumable_quantity", allow_zero=False)
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
        qty = _count(counted, "consumable_quantity", allow_zero=True)
        with self._uow() as uow:
            item = next((c for c in self._consumables(uow) if c.code == code), None)
            uow.commit()
        if item is None:
            raise NotFound("ci_consumable", code)
        return self._move(actor, code, qty - item.stock, "count", f"{item.stock}→{qty}")

    def set_low_mark(self, actor: StaffMember, code: str, low_mark: str) -> Consumable:
        """Change the low-stock mark of a consumable (supervisor)."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        mark = _count(low_mark, "low_mark", allow_zero=True)
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

    # --- internals ---------------------------------------------------------------------------

    def _card(self, uow: UnitOfWork) -> RateCard:
        raw = uow.settings.get(RATE_CARD_KEY)
        return parse_rate_card_json(raw) if raw else sample_rate_card()

    def _area(self, uow: UnitOfWork) -> ServiceArea:
        raw = uow.settings.get(SERVICE_AREA_KEY)
        return service_area_from_json(raw) if raw else sample_service_area()

    def _policy(self, uow: UnitOfWork) -> FragilePolicy:
        raw = uow.settings.get(FRAGILE_KEY)
        return FragilePolicy(raw) if raw else FragilePolicy.REFUSE

    def _additions(self, uow: UnitOfWork) -> tuple[ProhibitedCategory, ...]:
        raw = uow.settings.get(CATALOGUE_KEY)
        return parse_catalogue(raw).categories if raw else ()

    def _shown(self, actor: StaffMember, number: str) -> str:
        if allowed(actor.role, Permission.SEE_UNMASKED_IDS):
            return number
        return mask_document(number)

    def _served(self, destination: Destination) -> Destination:
        if destination.decision.missing:
            field_name = ("recipient_district" if destination.decision.missing == "district"
                          else "recipient_city")
            raise FieldInvalid(field_name, "unknown", destination.text)
        return destination

    def _request(self, draft: AcceptDraft, destination: Destination) -> QuoteRequest:
        return QuoteRequest(
            destination_province=destination.address.province,
            destination_city=destination.address.city,
            weight=_decimal(draft.weight, "weight", required=True),
            dimensions=_dimensions(draft),
            declared_value=_optional_amount(draft.declared_value, "declared_value"),
            collect=draft.pay_mode is PayMode.COLLECT,
            cod_amount=_optional_amount(draft.cod_amount, "cod_amount"),
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
        reason = _text(draft.override_reason, "override_reason", required=True)
        who = approver or actor
        if who.role is not Role.SUPERVISOR:
            raise PermissionDenied(action="override_price", role=who.role.value)
        return total, reason, who.job_number

    def _account_for(self, uow: UnitOfWork, draft: AcceptDraft) -> Account | None:
        if draft.pay_mode is not PayMode.ACCOUNT:
            return None
        code = draft.account_code.strip().upper()
        if not code:
            raise FieldInvalid("account_code", "required")
        account = next((a for a in uow.intake.accounts() if a.code == code), None)
        if account is None:
            raise FieldInvalid("account_code", "unknown", code)
        if not account.active:
            raise FieldInvalid("account_code", "inactive", code)
        return account

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
            kind = _kind(sender.doc_kind)
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

    def _consumables(self, uow: UnitOfWork) -> list[Consumable]:
        items = uow.intake.consumables()
        if not items:
            for item in DEFAULT_CONSUMABLES:
                uow.intake.save_consumable(item)
            items = uow.intake.consumables()
        return items

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

    def _slip(self, uow: UnitOfWork, r: AcceptanceRecord, account: Account | None) -> CounterSlip:
        prepaid = r.pay_mode in (PayMode.CASH.value, PayMode.QR.value)
        lines = tuple(SlipLine(LINE_NAMES.get(line["kind"], line["kind"])
                               + (f" ×{line['quantity']}" if line.get("quantity", 1) != 1
                                  else ""), line["amount"])
                      for line in r.quote.get("lines", []))
        if r.override_reason:
            lines += (SlipLine("改价", money(r.total - r.quoted_total)),)
        freight_due = money(r.total) if r.pay_mode == PayMode.COLLECT.value else ""
        return CounterSlip(
            header=station_header(uow), waybill_no=r.waybill_no,
            carrier=_carrier_name(r.carrier), accepted_at=r.accepted_at.strftime(
                "%Y-%m-%d %H:%M"), clerk=r.clerk_name, sender=mask_name(r.sender_name),
            sender_phone=mask_phone(r.sender_phone), sender_address=r.sender_address,
            recipient=mask_name(r.recipient_name), recipient_phone=mask_phone(r.recipient_phone),
            recipient_address=r.recipient_address,
            destination=place(r.province, r.city, r.district),
            contents=r.contents, quantity=str(r.quantity), weight=f"{_kg(r.chargeable)} kg",
            service="航空" if r.transport == Transport.AIR.value else "陆运",
            air_banned=r.air_banned, fragile=r.fragile, payment=PAY_NAMES[r.pay_mode],
            lines=lines, total=f"¥ {money(r.total)}", counter_mark=prepaid,
            declared_value=money(r.declared_value), cod_amount=money(r.cod_amount),
            collect_amount=freight_due, account=account.name if account else "",
        )


# --- helpers -----------------------------------------------------------------------------------


def _text(value: str, name: str, *, required: bool = False, limit: int | None = None) -> str:
    text = " ".join(check_text(name, value, limit).split())
    if required and not text:
        raise FieldInvalid(name, "required")
    most = limit or MAX_TEXT.get(name, 200)
    if len(text) > most:
        raise FieldInvalid(name, "too_long", str(most))
    return text


def _decimal(text: str, name: str, *, required: bool = False) -> Decimal:
    value = text.strip().translate(HALF_WIDTH_NUMBERS)
    if not value:
        if required:
            raise FieldInvalid(name, "required")
        return Decimal(0)
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise FieldInvalid(name, "number") from None
    if not number.is_finite() or number <= 0:
        raise FieldInvalid(name, "number")
    return number


def _liquid(text: str) -> Decimal | None:
    value = text.strip().translate(HALF_WIDTH_NUMBERS)
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise FieldInvalid("liquid_ml", "number") from None
    if not number.is_finite() or number < 0:
        raise FieldInvalid("liquid_ml", "number")
    return number


def _dimensions(draft: AcceptDraft) -> tuple[Decimal, Decimal, Decimal] | None:
    texts = (draft.length, draft.width, draft.height)
    if not any(t.strip() for t in texts):
        return None
    if not all(t.strip() for t in texts):
        raise FieldInvalid("dimensions", "incomplete")
    length, width, height = (_decimal(t, "dimensions") for t in texts)
    return (length, width, height)


def _optional_amount(text: str, name: str) -> Decimal | None:
    if not text.strip():
        return None
    amount = parse_amount(text, name)
    return amount or None


def _quantity(text: str) -> int:
    return _count(text or "1", "quantity", allow_zero=False, most=MAX_QUANTITY)


def _count(text: str, name: str, *, allow_zero: bool, most: int = 100000) -> int:
    value = text.strip().translate(HALF_WIDTH_NUMBERS)
    if not value:
        raise FieldInvalid(name, "required")
    if not value.isdigit():
        raise FieldInvalid(name, "integer")
    number = int(value)
    if number > most or (number == 0 and not allow_zero):
        raise FieldInvalid(name, "range", f"{0 if allow_zero else 1}-{most}")
    return number


def _kind(value: str) -> DocumentKind | None:
    try:
        return DocumentKind(value)
    except ValueError:
        return None


def place(province: str, city: str, district: str) -> str:
    """``江苏省 南京市 鼓楼区``; a municipality's city is not repeated (``北京市 朝阳区``)."""
    return " ".join(x for x in (province, "" if city == province else city, district) if x)


def _kg(value: Decimal) -> str:
    """A weight without trailing zeros: ``2.000`` → ``2``, ``1.500`` → ``1.5``."""
    return f"{value.normalize():f}"


def _carrier_name(code: str) -> str:
    return next((c.name_zh for c in default_carriers() if c.code == code), code)


def _entry_fee(text: str) -> Decimal:
    """WH-18: the 进仓费 typed with a parcel (0 when none)."""
    if not text.strip():
        return Decimal("0.00")
    fee = parse_amount(text, "entry_fee")
    if fee < 0 or fee > 100000:
        raise FieldInvalid("entry_fee", "range", "0–100000")
    return fee


def _with_entry_fee(quoted: dict[str, Any], fee: Decimal) -> dict[str, Any]:
    """The quote JSON with the 进仓费 as its own line (printed on the slip) and in the total."""
    return {**quoted, "entry_fee": money(fee),
            "lines": [*quoted.get("lines", []), {"kind": "entry_fee", "amount": money(fee),
                                                 "item": "", "quantity": 1}],
            "total": money(Decimal(str(quoted.get("total", "0"))) + fee)}


def _quote_json(priced: Quote, card: RateCard) -> dict[str, Any]:
    return {
        "card": card.name, "zone": priced.zone.code, "zone_name": priced.zone.name,
        "actual": str(priced.actual_weight),
        "volumetric": None if priced.volumetric_weight is None else str(
            priced.volumetric_weight.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)),
        "chargeable": str(priced.chargeable_weight),
        "lines": [{"kind": line.kind.value, "amount": money(line.amount), "item": line.item,
                   "quantity": line.quantity} for line in priced.lines],
        "total": money(priced.total),
    }


def _weight_source(draft: AcceptDraft) -> dict[str, Any]:
    """Where the weight came from: ``scale`` (with its grams) or ``typed`` (issue 17 §1)."""
    if draft.weighed_grams is None:
        return {"weight_source": "typed"}
    return {"weight_source": "scale", "scale_grams": draft.weighed_grams}


def _totals(clerk: str, rows: list[AcceptanceRecord],
            refusals: list[RefusalRecord]) -> ClerkTotals:
    def of(mode: PayMode) -> tuple[int, str]:
        picked = [r.total for r in rows if r.pay_mode == mode.value]
        return len(picked), money(sum(picked, Decimal(0)))

    cash, qr, collect, account = (of(m) for m in (PayMode.CASH, PayMode.QR, PayMode.COLLECT,
                                                  PayMode.ACCOUNT))
    return ClerkTotals(clerk=clerk, accepted=len(rows), cash_count=cash[0], cash_total=cash[1],
                       qr_count=qr[0], qr_total=qr[1], collect_count=collect[0],
                       collect_total=collect[1], account_count=account[0],
                       account_total=account[1], refusals=len(refusals),
                       overrides=sum(1 for r in rows if r.override_reason))


_ACCOUNT_PROBE: Final = AcceptDraft(
    waybill="", contents="", sender_name="", sender_phone="", recipient_name="",
    recipient_phone="", recipient_address="", weight="", pay_mode=PayMode.ACCOUNT,
    inspected=True)
"""An empty draft in account mode: what ``_account_for`` reads (pay mode, account code)."""


def _grams(kg: Decimal) -> str:
    """A weight as stored (to the gram), so a before and an after compare as text."""
    return str(kg.quantize(Decimal("0.001")))


def _correction_fields(r: AcceptanceRecord) -> dict[str, Any]:
    """What a correction may change, for its audit entry (the address is masked there)."""
    return {"recipient_address": r.recipient_address, "province": r.province, "city": r.city,
            "district": r.district, "weight": _grams(r.weight), "chargeable": _grams(r.chargeable),
            "pay_mode": r.pay_mode, "account_id": r.account_id, "total": money(r.total),
            "override_reason": r.override_reason, "override_by": r.override_by}


_CHANGED = (("recipient_address", "目的地"), ("weight", "重量"), ("pay_mode", "付款方式"),
            ("account_id", "协议客户"), ("total", "运费"))


def _correction_line(entry: AuditEntry, waybill_no: str) -> CorrectionLine:
    """A correction's audit entry as a line of the shift summary (issue 16)."""
    before, after = entry.before or {}, entry.after or {}
    return CorrectionLine(
        at=entry.at.strftime("%H:%M"), waybill_no=waybill_no, clerk=entry.actor,
        before=str(before.get("total", "")), after=str(after.get("total", "")),
        changed="、".join(name for key, name in _CHANGED if before.get(key) != after.get(key)),
        reason=str(after.get("reason", "")), approved_by=str(after.get("approved_by", "")))


def _refusal_text(r: RefusalRecord) -> str:
    name = REFUSAL_NAMES.get(r.reason, r.reason)
    if r.category is not None:
        return f"{name}：第{r.category}类 {r.category_name}"
    return f"{name}：{r.detail}" if r.detail else name


def _person(uow: UnitOfWork, job_number: str) -> str:
    """王丽（1001） for a message (issue 15 §6: a name where a person is meant)."""
    name = staff_name(uow, job_number)
    return f"{name}（{job_number}）" if name and name != job_number else job_number
