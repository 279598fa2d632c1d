"""Finding parcels (issue 5 §6, issue 18 §1): by phone tail, waybill number or name; a
parcel's timeline; the stock of a location."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from counter_app.domain.errors import FieldInvalid, NotFound
from counter_app.domain.identity import mask_name
from counter_app.domain.receipts import HALF_WIDTH_NUMBERS
from counter_app.domain.staff import Permission, StaffMember, allowed, mask_phone, require
from counter_app.domain.warehouse import SearchKind, search_kind
from counter_app.domain.warehouse_stay import StayRecord, WarehouseEvent
from counter_app.domain.waybills import WaybillCheck
from counter_app.services.numbers import judge
from counter_app.services.warehouse_stock import UseCases

SEARCH_DAYS = 180


class Search(UseCases):
    """Reads of the store for the search tab and the parcel's panel."""

    def search(self, actor: StaffMember, text: str) -> list[StayRecord]:
        """By the last 4 digits of a phone (indexed, any age); by a whole waybill number (its
        stays, any age); by part of a number (5+ characters) or a name of 2+ characters through
        the n-gram index (any age, issue 18 §1); a one-character name among the parcels in
        stock and those scanned in during the last ``SEARCH_DAYS`` days."""
        require(actor.role, Permission.USE_WAREHOUSE)
        # X-2 / issue 14 §4: masked here, by permission, so no screen can show more
        return [seen_by(actor, stay) for stay in self._found(text)]

    def _found(self, text: str) -> list[StayRecord]:
        value = text.strip().translate(HALF_WIDTH_NUMBERS)
        kind = search_kind(value)
        if kind is None:
            raise FieldInvalid("search", "too_short")
        since = self._clock.now() - timedelta(days=SEARCH_DAYS)
        with self._uow() as uow:
            if kind is SearchKind.PHONE_TAIL:
                return uow.warehouse.search_phone_tail(value)
            if kind is SearchKind.WAYBILL:
                value = value.upper()
                if isinstance(judge(uow, value), WaybillCheck):
                    whole = uow.warehouse.last_stay(value)
                    if whole is not None:
                        return [whole]
                recent = uow.warehouse.search_number(value, since=since)
                # and every match in stock, by the same index, not by reading the stock
                older = uow.warehouse.search_number(value, limit=None, in_stock=True)
            else:
                recent = uow.warehouse.search_name(value, since=since)
                older = uow.warehouse.search_name(value, limit=None, in_stock=True)
        ids = {s.id for s in recent}
        return recent + [s for s in older if s.id not in ids]

    def timeline(self, actor: StaffMember, waybill: str) -> list[WarehouseEvent]:
        """Every event of a waybill, oldest first (who, when, what)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            return uow.warehouse.events(waybill.strip().upper())

    def stay(self, actor: StaffMember, stay_id: int) -> StayRecord:
        """One stay."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            stay = uow.warehouse.get_stay(stay_id)
        if stay is None:
            raise NotFound("wh_stay", str(stay_id))
        return stay

    def in_stock(self, actor: StaffMember, location: str | None = None) -> list[StayRecord]:
        """Parcels in stock (at one location), oldest first."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            return uow.warehouse.open_stays(location)


def seen_by(actor: StaffMember, stay: StayRecord) -> StayRecord:
    """``stay`` as ``actor`` may see it: the recipient's name and phone in clear only with
    ``SEE_CONTACTS`` (supervisors, the service desk), masked for the other desks (X-2)."""
    if allowed(actor.role, Permission.SEE_CONTACTS):
        return stay
    return replace(stay, recipient=mask_name(stay.recipient),
                   phone=mask_phone(stay.phone) if stay.phone else "")
