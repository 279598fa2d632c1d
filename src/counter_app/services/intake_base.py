"""What every intake use case reads: the station's rate card, service area and rules, the
destination, the account, the slip (issue 4)."""

from __future__ import annotations

from counter_app.domain.clock import Clock
from counter_app.domain.errors import FieldInvalid
from counter_app.domain.identity import mask_name
from counter_app.domain.intake import (
    DEFAULT_CONSUMABLES,
    Account,
    Consumable,
    FragilePolicy,
    PayMode,
    Transport,
)
from counter_app.domain.pricing import RateCard
from counter_app.domain.prohibited import Catalogue, ProhibitedCategory, parse_catalogue
from counter_app.domain.rate_card_tables import parse_rate_card_json, sample_rate_card
from counter_app.domain.receipts import money
from counter_app.domain.service_area import (
    ServiceArea,
    decide,
    sample_service_area,
    service_area_from_json,
)
from counter_app.domain.staff import mask_phone
from counter_app.services.concurrency import Versioned
from counter_app.services.intake_drafts import AcceptDraft, Destination, place
from counter_app.services.intake_dto import CounterSlip, SlipLine
from counter_app.services.intake_fields import (
    CATALOGUE_KEY,
    FRAGILE_KEY,
    LINE_NAMES,
    MIN_ADDRESS,
    PAY_NAMES,
    RATE_CARD_KEY,
    SERVICE_AREA_KEY,
    carrier_label,
    kg_text,
)
from counter_app.services.intake_ports import AcceptanceRecord
from counter_app.services.ports import AddressResolver, UnitOfWork, UnitOfWorkFactory
from counter_app.services.station import station_header


class IntakeBase:
    """The intake service's state and the reads its use cases share."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, resolver: AddressResolver) -> None:
        """Wire the service."""
        self._uow = uow
        self._clock = clock
        self._resolver = resolver
        self._catalogue: Versioned[Catalogue] | None = None

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

    def _served(self, destination: Destination) -> Destination:
        if destination.decision.missing:
            field_name = ("recipient_district" if destination.decision.missing == "district"
                          else "recipient_city")
            raise FieldInvalid(field_name, "unknown", destination.text)
        return destination

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
            carrier=carrier_label(r.carrier), accepted_at=r.accepted_at.strftime(
                "%Y-%m-%d %H:%M"), clerk=r.clerk_name, sender=mask_name(r.sender_name),
            sender_phone=mask_phone(r.sender_phone), sender_address=r.sender_address,
            recipient=mask_name(r.recipient_name), recipient_phone=mask_phone(r.recipient_phone),
            recipient_address=r.recipient_address,
            destination=place(r.province, r.city, r.district),
            contents=r.contents, quantity=str(r.quantity), weight=f"{kg_text(r.chargeable)} kg",
            service="航空" if r.transport == Transport.AIR.value else "陆运",
            air_banned=r.air_banned, fragile=r.fragile, payment=PAY_NAMES[r.pay_mode],
            lines=lines, total=f"¥ {money(r.total)}", counter_mark=prepaid,
            declared_value=money(r.declared_value), cod_amount=money(r.cod_amount),
            collect_amount=freight_due, account=account.name if account else "",
        )

    def _consumables(self, uow: UnitOfWork) -> list[Consumable]:
        items = uow.intake.consumables()
        if not items:
            for item in DEFAULT_CONSUMABLES:
                uow.intake.save_consumable(item)
            items = uow.intake.consumables()
        return items
