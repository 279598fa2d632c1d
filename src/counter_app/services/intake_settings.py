"""The intake's station-wide settings: rate card, service area, prohibited catalogue, fragile
rule (issue 4, issue 13 §2: versioned)."""

from __future__ import annotations

import json
from dataclasses import replace

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.intake import FragilePolicy
from counter_app.domain.pricing import RateCard
from counter_app.domain.prohibited import (
    Catalogue,
    ProhibitedCategory,
    default_catalogue,
    extend_catalogue,
    parse_catalogue,
)
from counter_app.domain.rate_card_tables import (
    parse_rate_card_json,
    rate_card_to_json,
    sample_rate_card,
)
from counter_app.domain.service_area import (
    ServiceArea,
    sample_service_area,
    service_area_from_json,
    service_area_to_json,
)
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.services import audit
from counter_app.services.concurrency import Versioned, claim, setting_versioned
from counter_app.services.intake_base import IntakeBase
from counter_app.services.intake_fields import (
    CATALOGUE_KEY,
    FRAGILE_KEY,
    RATE_CARD_KEY,
    SERVICE_AREA_KEY,
    SETTING_AUDIT,
)
from counter_app.services.ports import UnitOfWork


class IntakeSettings(IntakeBase):
    """Reading and saving the counter's settings."""

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
                  audit_entities=SETTING_AUDIT)
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
                  audit_entities=SETTING_AUDIT)
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
                  audit_entities=SETTING_AUDIT)
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
                  audit_entities=SETTING_AUDIT)
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
