"""The receipt desk's settings: the entry deadline, the keeping period and its purge (RE-8),
the places that collect for others (代收, RE-2)."""

from __future__ import annotations

import json
from datetime import time, timedelta

from counter_app.domain.clock import Clock
from counter_app.domain.errors import FieldInvalid
from counter_app.domain.receipts import DEFAULT_DEADLINE, DEFAULT_KEEP_DAYS
from counter_app.domain.signer import (
    DEFAULT_PROXY_PLACES,
    Signer,
    SignerKind,
    normalise_signer,
    parse_signer,
)
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.domain.text import check_text
from counter_app.services import audit
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory

SETTING_DEADLINE = "receipts.deadline"
SETTING_KEEP_DAYS = "receipts.keep_days"
SETTING_PROXY_PLACES = "receipts.proxy_places"
"""JSON list of the places that collect for others (代收, RE-2); absent: the seed's list."""
MAX_PLACE_LENGTH = 10


class ReceiptSettings:
    """The receipt service's state and its settings."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        """Wire the service."""
        self._uow_factory = uow_factory
        self._clock = clock

    def proxy_places(self) -> tuple[str, ...]:
        """The places that collect for others, stored as 代收 (station setting)."""
        with self._uow_factory() as uow:
            return self._proxy_places(uow)

    def set_proxy_places(self, actor: StaffMember, places: list[str]) -> tuple[str, ...]:
        """Replace the 代收 places (supervisor), audited; each must parse as a name would.

        Raises:
            FieldInvalid: ``proxy_places`` ``too_long`` (detail: the limit), or ``place``
                when one is not what a receipt could show (digits, 本人, commas; detail: it).
        """
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        cleaned: list[str] = []
        for raw in places:
            place = normalise_signer(check_text("proxy_places", raw))
            if not place:
                continue
            if len(place) > MAX_PLACE_LENGTH:
                raise FieldInvalid("proxy_places", "too_long", str(MAX_PLACE_LENGTH))
            # a place must look like what a receipt shows: letters or ideographs, no digits,
            # no 「本人」, no comma form — what parse_signer would accept as a full name
            if parse_signer(place, ()) != Signer(place, SignerKind.FULL):
                raise FieldInvalid("proxy_places", "place", place)
            if place not in cleaned:
                cleaned.append(place)
        with self._uow_factory() as uow:
            before = self._proxy_places(uow)
            uow.settings.set(SETTING_PROXY_PLACES, json.dumps(cleaned, ensure_ascii=False))
            audit.record(
                uow,
                self._clock,
                actor,
                entity="setting",
                entity_id=SETTING_PROXY_PLACES,
                action="update",
                before={"places": list(before)},
                after={"places": cleaned},
            )
            uow.commit()
        return tuple(cleaned)

    def settings(self) -> tuple[time, int]:
        """(entry deadline the next day, days receipts are kept)."""
        with self._uow_factory() as uow:
            return self._settings(uow)

    def set_settings(self, actor: StaffMember, deadline_at: time, keep_days: int) -> None:
        """Change the entry deadline (RE-1) and the keeping period (RE-8); supervisor, audited."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        if not 30 <= keep_days <= 3650:
            raise FieldInvalid("keep_days", "range", "30-3650")
        before = self.settings()
        with self._uow_factory() as uow:
            uow.settings.set(SETTING_DEADLINE, deadline_at.strftime("%H:%M"))
            uow.settings.set(SETTING_KEEP_DAYS, str(keep_days))
            audit.record(
                uow,
                self._clock,
                actor,
                entity="setting",
                entity_id="receipts",
                action="update",
                before={"deadline": before[0].strftime("%H:%M"), "keep_days": before[1]},
                after={"deadline": deadline_at.strftime("%H:%M"), "keep_days": keep_days},
            )
            uow.commit()

    def purge_expired(self, actor: StaffMember) -> int:
        """Delete receipts past their keeping period — only by a supervisor, logged (RE-8)."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        _deadline, keep_days = self.settings()
        cutoff = self._clock.now().date() - timedelta(days=keep_days)
        with self._uow_factory() as uow:
            count = uow.receipts.purge_before(cutoff)
            audit.record(
                uow,
                self._clock,
                actor,
                entity="receipt",
                entity_id="purge",
                action="purge",
                after={"arrived_before": cutoff.isoformat(), "deleted": count},
            )
            uow.commit()
        return count

    @staticmethod
    def _proxy_places(uow: UnitOfWork) -> tuple[str, ...]:
        stored = uow.settings.get(SETTING_PROXY_PLACES)
        if stored is None:
            return DEFAULT_PROXY_PLACES
        places = json.loads(stored)
        return tuple(str(p) for p in places) if isinstance(places, list) else DEFAULT_PROXY_PLACES

    @staticmethod
    def _settings(uow: UnitOfWork) -> tuple[time, int]:
        stored = uow.settings.get_many(SETTING_DEADLINE, SETTING_KEEP_DAYS)  # one round trip
        deadline_text = stored.get(SETTING_DEADLINE)
        keep = stored.get(SETTING_KEEP_DAYS)
        return (
            time.fromisoformat(deadline_text) if deadline_text else DEFAULT_DEADLINE,
            int(keep) if keep else DEFAULT_KEEP_DAYS,
        )
