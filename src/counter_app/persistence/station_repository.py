"""SQL of the station-wide records: the station profile, shared settings, version counters."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counter_app.domain.station import StationProfile
from counter_app.persistence.lean import Primed
from counter_app.persistence.sql_helpers import insert_ignoring
from counter_app.persistence.tables import (
    ClaimRow,
    ComplaintRow,
    CourierRow,
    EnquiryRow,
    MisrouteRow,
    ProblemRow,
    StaffRow,
    StationRow,
    StationSettingRow,
    WarehouseLocationRow,
)

STATION_COLUMNS = ("name", "code", "province", "city", "contact_person", "phone", "qq",
                    "own_carriers", "version")


def own_carriers(stored: str | None) -> tuple[str, ...]:
    """The station's own carriers as stored (comma-separated)."""
    return tuple(c for c in (stored or "").split(",") if c)


def station_from(c: dict[str, Any]) -> StationProfile:
    """The profile from its ``STATION_COLUMNS`` read as JSON (a context read, issue 13 §7)."""
    return StationProfile(
        name=c["name"], code=c["code"], province=c["province"], city=c["city"],
        contact_person=c["contact_person"], phone=c["phone"], qq=c["qq"],
        own_carriers=own_carriers(c["own_carriers"]), version=int(c["version"]))


class SqlStationRepository:
    """The single station row (id 1)."""

    def __init__(self, session: Session, primed: Primed | None = None) -> None:
        """Use ``session``; ``primed`` holds what a context read fetched ahead."""
        self._s = session
        self._primed = primed or Primed()

    def get(self) -> StationProfile | None:
        """Return the profile or None."""
        found, profile = self._primed.take(("station",))
        if found:
            return profile  # type: ignore[no-any-return]
        row = self._s.get(StationRow, 1)
        if row is None:
            return None
        return StationProfile(
            name=row.name,
            code=row.code,
            province=row.province,
            city=row.city,
            contact_person=row.contact_person,
            phone=row.phone,
            qq=row.qq,
            own_carriers=own_carriers(row.own_carriers),
            version=row.version,
        )

    def save(self, profile: StationProfile) -> None:
        """Insert or update row 1."""
        row = self._s.get(StationRow, 1) or StationRow(id=1)
        row.name, row.code = profile.name, profile.code
        row.province, row.city = profile.province, profile.city
        row.contact_person, row.phone, row.qq = profile.contact_person, profile.phone, profile.qq
        row.own_carriers = ",".join(profile.own_carriers)
        self._s.add(row)
        self._s.flush()


class SqlSettingsRepository:
    """Station-wide key/value settings."""

    def __init__(self, session: Session, primed: Primed | None = None) -> None:
        """Use ``session``; ``primed`` holds what a context read fetched ahead."""
        self._s = session
        self._primed = primed or Primed()

    def get(self, key: str) -> str | None:
        """Return a value."""
        found, value = self._primed.take(("setting", key))
        if found:
            return value  # type: ignore[no-any-return]
        row = self._s.get(StationSettingRow, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        """Insert or update a value."""
        row = self._s.get(StationSettingRow, key)
        if row is None:
            self._s.add(StationSettingRow(key=key, value=value))
        else:
            row.value = value
        self._s.flush()

    def get_many(self, *keys: str) -> dict[str, str]:
        """Several values in one SELECT (absent keys are left out)."""
        taken = [self._primed.take(("setting", key)) for key in keys]
        if all(found for found, _v in taken):
            return {key: value for key, (_f, value) in zip(keys, taken, strict=True)
                    if value is not None}
        rows = self._s.execute(select(StationSettingRow.key, StationSettingRow.value)
                               .where(StationSettingRow.key.in_(keys)))
        return {key: value for key, value in rows}

    def get_versioned(self, key: str) -> tuple[str, int] | None:
        """Value and version in one SELECT."""
        found = self._s.execute(select(StationSettingRow.value, StationSettingRow.version)
                                .where(StationSettingRow.key == key)).first()
        return (found[0], found[1]) if found else None


_VERSIONED: dict[str, tuple[type[Any], str, type]] = {
    "setting": (StationSettingRow, "key", str),
    "station": (StationRow, "id", int),
    "staff": (StaffRow, "id", int),
    "courier": (CourierRow, "id", int),
    "wh_location": (WarehouseLocationRow, "code", str),
    "misroute": (MisrouteRow, "id", int),
    "enquiry": (EnquiryRow, "id", int),  # issue 19
    "complaint": (ComplaintRow, "id", int),
    "claim": (ClaimRow, "id", int),
    "problem": (ProblemRow, "id", int),
}


class SqlVersionRepository:
    """The version columns of migration 0007 (issue 13 §2)."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def _where(self, entity: str, key: str) -> tuple[Any, Any]:
        row, column, kind = _VERSIONED[entity]
        return row, getattr(row, column) == kind(key)

    def current(self, entity: str, key: str) -> int:
        """The stored version, 0 if absent."""
        row, match = self._where(entity, key)
        return int(self._s.scalar(select(row.version).where(match)) or 0)

    def claim(self, entity: str, key: str, expected: int | None) -> bool:
        """UPDATE … SET version = version + 1 WHERE key [AND version = expected]."""
        row, match = self._where(entity, key)
        guard = [match] if expected is None else [match, row.version == expected]
        result = self._s.execute(update(row).where(*guard).values(version=row.version + 1)
                                 .execution_options(synchronize_session=False))
        if int(getattr(result, "rowcount", 0) or 0) == 1:
            for loaded in list(self._s.identity_map.values()):
                if isinstance(loaded, row):
                    self._s.expire(loaded, ["version"])
            return True
        if expected not in (None, 0) or self.current(entity, key) != 0:
            return False
        if entity != "setting":
            return True  # the save inserts the row; a rival insert is a Collision
        # a setting saved for the first time: the claim creates its row, so of two first
        # saves one inserts it and the other finds it taken (or, unversioned, bumps it)
        created = self._s.execute(
            insert_ignoring(self._s, StationSettingRow, ["key"])
            .values(key=key, value="", version=1).returning(StationSettingRow.key)
        ).scalar()
        if created is not None:
            return True
        return expected is None and self.claim(entity, key, None)
