"""Shared test helpers: a settable clock, quick password hashing, a wired application."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from counter_app.domain.staff import Role, StaffMember
from counter_app.domain.station import StationProfile
from counter_app.services.app import AppServices
from counter_app.services.station import FirstSupervisor


@dataclass
class FakeClock:
    """A clock the test moves by hand."""

    current: datetime = field(default_factory=lambda: datetime(2026, 11, 23, 9, 0, 0))

    def now(self) -> datetime:
        """Return the set time."""
        return self.current

    def advance(self, **kwargs: float) -> None:
        """Move forward by a timedelta's keyword arguments."""
        self.current += timedelta(**kwargs)


def fast_hasher():  # type: ignore[no-untyped-def]
    """Argon2id with a small memory cost so tests stay quick (production: 64 MiB)."""
    from counter_app.persistence.passwords import Argon2PasswordHasher

    return Argon2PasswordHasher(time_cost=1, memory_cost_kib=1024, parallelism=1)


PROFILE = StationProfile(
    name="五亭龙营业部",
    code="ZJ571",
    province="浙江省",
    city="杭州市",
    contact_person="王丽",
    phone="13812345678",
    qq="123456789",
    own_carriers=("STO",),
)
SUPERVISOR = FirstSupervisor(job_number="1001", name="王丽", password="secret-1001")


@contextmanager
def wired(url: str, clock: FakeClock, tmp: Path) -> Iterator[AppServices]:
    """Migrate the database at ``url``, wire the real services, dispose the engine after."""
    from counter_app.main import open_database, wire

    engine = open_database(url, backup_dir=tmp / "backups")
    try:
        yield wire(engine, clock=clock, hasher=fast_hasher(), photo_dir=tmp / "photos",
                   backup_dir=tmp / "backups")
    finally:
        engine.dispose()


def set_up_station(app: AppServices) -> StaffMember:
    """Run the first-run set-up and return the supervisor."""
    return app.station.set_up(PROFILE, SUPERVISOR)


def add_clerk(
    app: AppServices, boss: StaffMember, role: Role = Role.COUNTER, job: str = "2001"
) -> StaffMember:
    """Create a clerk with password ``pw-<job>``."""
    return app.staff.add(boss, job, "李明", role, f"pw-{job}")
