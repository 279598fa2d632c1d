"""In-memory repositories and unit of work: the fast service-test layer (issue 14 §5).

Where a rule is about logic, not SQL, its service is tested on these fakes (a few
milliseconds a test, no database); the real-database tests stay for what touches SQL. The
fakes implement only the repositories those services use (station, staff, audit, settings,
versions, misroutes); any other repository is absent, so a service that starts using one
fails loudly here instead of passing on a stub. ``tests/integration/test_repository_contract.py``
runs the same checks on these fakes and on a real SQLite file, so the fakes cannot drift from
the adapters they stand in for.

A unit of work copies the store on entry and puts it back on exit unless committed, as a
transaction would.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from types import TracebackType
from typing import Self

from counter_app.domain.errors import ActorRevoked, DuplicateMisroute
from counter_app.domain.misroute import MisrouteEntry, next_month
from counter_app.domain.staff import Role, StaffMember
from counter_app.domain.station import StationProfile
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.people_ports import StaffAccount


@dataclass
class Store:
    """Everything the fakes hold: one station's data."""

    station: StationProfile | None = None
    staff: dict[int, StaffAccount] = field(default_factory=dict)
    audit: list[AuditEntry] = field(default_factory=list)
    settings: dict[str, tuple[str, int]] = field(default_factory=dict)
    versions: dict[tuple[str, str], int] = field(default_factory=dict)
    misroutes: dict[int, MisrouteEntry] = field(default_factory=dict)
    closed_months: dict[str, tuple[datetime, str]] = field(default_factory=dict)
    next_id: int = 1

    def new_id(self) -> int:
        """Ids count up across tables, like sequences (never reused)."""
        self.next_id += 1
        return self.next_id - 1


class FakeStationRepository:
    """The station profile (one row)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self) -> StationProfile | None:
        return self._store.station

    def save(self, profile: StationProfile) -> None:
        self._store.station = profile


class FakeStaffRepository:
    """Staff accounts, never deleted."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def count(self) -> int:
        return len(self._store.staff)

    def get(self, staff_id: int) -> StaffAccount | None:
        return self._store.staff.get(staff_id)

    def by_job_number(self, job_number: str) -> StaffAccount | None:
        return next((a for a in self._store.staff.values()
                     if a.member.job_number == job_number), None)

    def all(self) -> list[StaffMember]:
        return sorted((a.member for a in self._store.staff.values()),
                      key=lambda m: m.job_number)

    def add(self, job_number: str, name: str, role: Role, password_hash: str) -> StaffMember:
        member = StaffMember(self._store.new_id(), job_number, name, role, version=1)
        self._store.staff[member.id] = StaffAccount(member, password_hash)
        self._store.versions[("staff", str(member.id))] = 1
        return member

    def update(self, account: StaffAccount) -> None:
        self._store.staff[account.member.id] = account


class FakeAuditLog:
    """The audit log; like the adapter, an entry with an actor is written only while that
    actor is active in that role (issue 13 §4)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, entry: AuditEntry) -> None:
        if entry.actor_id is not None and entry.actor_role is not None:
            account = self._store.staff.get(entry.actor_id)
            if account is None or not account.member.active:
                raise ActorRevoked(entry.actor, "inactive")
            if account.member.role.value != entry.actor_role:
                raise ActorRevoked(entry.actor, "role")
        self._store.audit.append(replace(entry, id=self._store.new_id()))

    def all(self, *, entity: str | None = None, limit: int = 500) -> list[AuditEntry]:
        found = [e for e in self._store.audit if entity is None or e.entity == entity]
        return found[::-1][:limit]

    def last_change(self, entities: tuple[str, ...], entity_id: str) -> AuditEntry | None:
        return next((e for e in reversed(self._store.audit)
                     if e.entity in entities and e.entity_id == entity_id), None)

    def about(self, entity: str, entity_ids: object) -> list[AuditEntry]:
        wanted = set(entity_ids)  # type: ignore[call-overload]
        return [e for e in self._store.audit if e.entity == entity and e.entity_id in wanted]


class FakeSettingsRepository:
    """Station-wide settings with their versions."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str) -> str | None:
        found = self._store.settings.get(key)
        return None if found is None else found[0]

    def set(self, key: str, value: str) -> None:
        version = self._store.versions.get(("setting", key), 0)
        self._store.settings[key] = (value, version)

    def get_versioned(self, key: str) -> tuple[str, int] | None:
        found = self._store.settings.get(key)
        return None if found is None else (found[0], self._store.versions.get(("setting", key), 0))

    def get_many(self, *keys: str) -> dict[str, str]:
        return {k: v[0] for k in keys if (v := self._store.settings.get(k)) is not None}


class FakeVersionRepository:
    """``UPDATE … SET version = version + 1 WHERE … [AND version = expected]`` in memory."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def current(self, entity: str, key: str) -> int:
        return self._store.versions.get((entity, key), 0)

    def claim(self, entity: str, key: str, expected: int | None) -> bool:
        now = self._store.versions.get((entity, key), 0)
        if expected is not None and now != expected:
            return False
        self._store.versions[(entity, key)] = now + 1
        if entity == "misroute" and (entry := self._store.misroutes.get(int(key))) is not None:
            self._store.misroutes[int(key)] = replace(entry, version=now + 1)
        return True


class FakeMisrouteRepository:
    """The misroute register; the waybill is unique, as the table's constraint makes it."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, entry: MisrouteEntry) -> MisrouteEntry:
        if (first := self.by_waybill(entry.waybill_no)) is not None:
            raise DuplicateMisroute(entry.waybill_no, first.found_on, first.found_by)
        stored = replace(entry, id=self._store.new_id(), version=1)
        self._store.misroutes[stored.id] = stored  # type: ignore[index]
        self._store.versions[("misroute", str(stored.id))] = 1
        return stored

    def update(self, entry: MisrouteEntry) -> None:
        assert entry.id is not None
        assert entry.id in self._store.misroutes
        version = self._store.versions.get(("misroute", str(entry.id)), 0)
        self._store.misroutes[entry.id] = replace(entry, version=version)

    def get(self, entry_id: int) -> MisrouteEntry | None:
        return self._store.misroutes.get(entry_id)

    def by_waybill(self, waybill_no: str) -> MisrouteEntry | None:
        return next((e for e in self._store.misroutes.values()
                     if e.waybill_no == waybill_no), None)

    def in_months(self, *months: str) -> list[MisrouteEntry]:
        result: list[MisrouteEntry] = []
        for month in months:
            start = date.fromisoformat(f"{month}-01")
            end = date.fromisoformat(f"{next_month(month)}-01")
            result += [e for _id, e in sorted(self._store.misroutes.items())
                       if e.found_on is not None and start <= e.found_on < end]
        return result

    def sites(self, prefix: str, limit: int = 20) -> list[tuple[str, str]]:
        counts: dict[tuple[str, str], int] = {}
        for e in self._store.misroutes.values():
            if e.origin_site and e.origin_site.startswith(prefix):
                key = (e.origin_site, e.origin_province)
                counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
        return [key for key, _n in ranked[:limit]]

    def closed_months(self) -> dict[str, tuple[datetime, str]]:
        return dict(self._store.closed_months)

    def close_month(self, month: str, at: datetime, by: str) -> bool:
        if month in self._store.closed_months:
            return False
        self._store.closed_months[month] = (at, by)
        return True

    def hold_month(self, *months: str) -> None:
        """One process, one writer: nothing to hold."""

    def reopen_month(self, month: str) -> None:
        self._store.closed_months.pop(month, None)


class FakeUnitOfWork:
    """One 'transaction' over a :class:`Store`: a copy taken on entry is put back on exit
    unless ``commit()`` was called."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._saved: Store | None = None
        self.station = FakeStationRepository(store)
        self.staff = FakeStaffRepository(store)
        self.audit = FakeAuditLog(store)
        self.settings = FakeSettingsRepository(store)
        self.versions = FakeVersionRepository(store)
        self.misroutes = FakeMisrouteRepository(store)

    def __enter__(self) -> Self:
        self._saved = copy.deepcopy(self._store)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._saved is not None:
            self._store.__dict__.update(self._saved.__dict__)
            self._saved = None

    def commit(self) -> None:
        self._saved = None


class FakeUnitOfWorkFactory:
    """Makes units of work over one shared store (the station's 'database')."""

    def __init__(self) -> None:
        self.store = Store()

    def __call__(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self.store)


class PlainHasher:
    """A password 'hash' for fast tests: the adapter (Argon2id) is tested on its own."""

    def hash(self, password: str) -> str:
        return f"plain${password}"

    def verify(self, encoded: str, password: str) -> bool:
        return encoded == f"plain${password}"

    def needs_rehash(self, encoded: str) -> bool:
        return False
