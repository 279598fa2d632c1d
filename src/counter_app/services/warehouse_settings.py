"""The warehouse's station settings (supervisor): the WH-8 periods, the WH-11 return tariff
and its basis, the locations (WH-9), and the couriers to pick from."""

from __future__ import annotations

import json

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.staff import Courier, CourierKind, Permission, StaffMember, require
from counter_app.domain.station import PROVINCES
from counter_app.domain.warehouse import DeadlineRules, Location, check_location
from counter_app.domain.warehouse_tariff import (
    TARIFF_READING,
    ReturnTariff,
    tariff_from_rows,
    tariff_rows,
)
from counter_app.services import audit
from counter_app.services.concurrency import Versioned, claim, setting_versioned
from counter_app.services.warehouse_records import LocationView, TariffReading
from counter_app.services.warehouse_stock import (
    DEADLINE_KEY,
    TARIFF_BASIS_KEY,
    TARIFF_KEY,
    TariffBasis,
    UseCases,
    deadline_rules,
    ensure_locations,
    return_tariff,
    tariff_basis,
)


class WarehouseSettings(UseCases):
    """Settings a supervisor edits; every change is audited, a save over a newer version is
    ``StaleEdit`` (issue 13 §2)."""

    def deadline_rules(self) -> DeadlineRules:
        """WH-8 periods (defaults 3 / 3 / 5 days)."""
        with self._uow() as uow:
            return deadline_rules(uow)

    def deadline_rules_versioned(self) -> Versioned[DeadlineRules]:
        """WH-8 periods with the version an editor saves against (issue 13 §2)."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, DEADLINE_KEY)
        return Versioned(DeadlineRules(**json.loads(raw)) if raw else DeadlineRules(), version)

    def set_deadline_rules(self, actor: StaffMember, rules: DeadlineRules,
                           version: int | None = None) -> None:
        """Change the WH-8 periods (supervisor), audited; with ``version``, a save over a
        newer one is ``StaleEdit``."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        rules.check()
        with self._uow() as uow:
            claim(uow, "setting", DEADLINE_KEY, version, what="deadline_rules",
                  audit_entities=("setting",))
            before = deadline_rules(uow)
            uow.settings.set(DEADLINE_KEY, json.dumps(audit.snapshot(rules)))
            audit.record(uow, self._clock, actor, entity="setting", entity_id=DEADLINE_KEY,
                         action="update", before=audit.snapshot(before),
                         after=audit.snapshot(rules))
            uow.commit()

    def return_tariff(self) -> ReturnTariff:
        """The WH-11 return tariff (the seed's table until a supervisor edits it)."""
        with self._uow() as uow:
            return return_tariff(uow)

    def return_tariff_versioned(self) -> Versioned[ReturnTariff]:
        """The WH-11 return tariff with its version (issue 13 §2)."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, TARIFF_KEY)
            tariff = return_tariff(uow, raw or "")
        return Versioned(tariff, version)

    def tariff_reading(self) -> TariffReading:
        """WH-11 (issue 16): which reading of 「江浙沪皖鲁西南」 the shipped tariff took, whether
        the station confirmed it (or saved its own rows), and the 「5公斤以上」 basis."""
        with self._uow() as uow:
            basis = tariff_basis(uow)
            own = uow.settings.get(TARIFF_KEY) is not None
            _raw, version = setting_versioned(uow, TARIFF_BASIS_KEY)
        return TariffReading(TARIFF_READING, own, basis.confirmed_by, basis.confirmed_at,
                             basis.whole_weight, version)

    def set_tariff_basis(self, actor: StaffMember, *, whole_weight: bool,
                         version: int | None = None) -> None:
        """WH-11 (issue 16): charge the excess or the whole weight above the free weight; saving
        it also confirms the tariff's reading (supervisor, audited). With ``version``
        (``tariff_reading().version`` as the page loaded it), a save over another
        supervisor's newer one is ``StaleEdit`` naming them (issue 13 §2)."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        with self._uow() as uow:
            claim(uow, "setting", TARIFF_BASIS_KEY, version, what="tariff_basis",
                  audit_entities=("setting",))
            saved = uow.settings.get(TARIFF_BASIS_KEY)
            before = audit.snapshot(tariff_basis(uow)) if saved else {}
            after = TariffBasis(whole_weight, actor.job_number,
                                self._clock.now().strftime("%Y-%m-%d %H:%M"))
            uow.settings.set(TARIFF_BASIS_KEY, json.dumps(audit.snapshot(after)))
            audit.record(uow, self._clock, actor, entity="setting",
                         entity_id=TARIFF_BASIS_KEY, action="update", before=before,
                         after=audit.snapshot(after))
            uow.commit()

    def set_return_tariff(self, actor: StaffMember, rows: list[list[str]],
                          version: int | None = None) -> ReturnTariff:
        """Replace the return tariff from edited rows (see ``warehouse_tariff.tariff_rows``);
        with ``version``, a save over a newer tariff is ``StaleEdit``."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        tariff = tariff_from_rows(rows, PROVINCES)
        with self._uow() as uow:
            claim(uow, "setting", TARIFF_KEY, version, what="return_tariff",
                  audit_entities=("setting",))
            before = tariff_rows(return_tariff(uow))
            uow.settings.set(TARIFF_KEY, json.dumps(tariff_rows(tariff), ensure_ascii=False))
            audit.record(uow, self._clock, actor, entity="setting", entity_id=TARIFF_KEY,
                         action="update", before={"rows": before},
                         after={"rows": tariff_rows(tariff)})
            uow.commit()
        return tariff

    def locations(self) -> list[LocationView]:
        """Every location with its fill, ordered by code."""
        with self._uow() as uow:
            ensure_locations(uow)
            occupancy = uow.warehouse.occupancy()
            views = [LocationView(loc, occupancy.get(loc.code, 0))
                     for loc in uow.warehouse.locations()]
            uow.commit()
        return views

    def save_location(self, actor: StaffMember, location: Location,
                      version: int | None = None) -> Location:
        """Add or change a location (supervisor); a location cannot shrink below its fill.
        With ``version`` (0 for a new one), a save over a newer record is ``StaleEdit``."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        location = check_location(location)
        with self._uow() as uow:
            claim(uow, "wh_location", location.code, version)
            ensure_locations(uow)
            before = next((x for x in uow.warehouse.locations() if x.code == location.code), None)
            held = uow.warehouse.occupancy().get(location.code, 0)
            if location.capacity < held:
                raise FieldInvalid("capacity", "below_fill", str(held))
            if not location.active and held:
                raise FieldInvalid("active", "not_empty", str(held))
            uow.warehouse.save_location(location)
            audit.record(uow, self._clock, actor, entity="wh_location", entity_id=location.code,
                         action="update" if before else "create",
                         before=audit.snapshot(before) if before else None,
                         after=audit.snapshot(location))
            uow.commit()
        return location

    def couriers(self, kind: CourierKind | None = None) -> list[Courier]:
        """Active couriers (or drivers) to pick from."""
        with self._uow() as uow:
            return [c for c in uow.couriers.all() if kind is None or c.kind is kind]
