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
def postgres_schema() -> Iterator[str]:
    """The URL of a fresh PostgreSQL schema, dropped afterwards; skips the test when
    ``COUNTER_APP_TEST_PG_URL`` names no server (fails with ``COUNTER_APP_REQUIRE_PG=1``)."""
    import os
    import uuid

    import pytest
    import sqlalchemy as sa

    pg_url = os.environ.get("COUNTER_APP_TEST_PG_URL", "")
    if not pg_url:
        if os.environ.get("COUNTER_APP_REQUIRE_PG") == "1":
            pytest.fail("COUNTER_APP_REQUIRE_PG=1 but COUNTER_APP_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set COUNTER_APP_TEST_PG_URL; .ci/run does)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in pg_url else "?"
    try:
        yield f"{pg_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


_TEMPLATE: list[Path] = []


def migrated_sqlite_file(target: Path) -> None:
    """Put an empty database at head at ``target`` by copying one migrated once per test run.

    Issue 14 §5: migrating costs 0.07–0.15 s a test, a copy 0.005 s. The copy is still
    opened through ``open_database`` (which finds it at head), so the start-up path is the
    same; the migrations themselves are tested in ``test_migrations.py`` on empty files.
    """
    if not _TEMPLATE:
        import atexit
        import shutil
        import tempfile

        from counter_app.main import open_database

        folder = Path(tempfile.mkdtemp(prefix="counter-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        template = folder / "template.sqlite3"
        engine = open_database(f"sqlite:///{template}", backup_dir=folder / "backups")
        engine.dispose()  # the last connection checkpoints the WAL into the file
        for leftover in ("-wal", "-shm"):
            assert not Path(f"{template}{leftover}").exists(), "template not checkpointed"
        _TEMPLATE.append(template)
    import shutil

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_TEMPLATE[0], target)


def _sqlite_path(url: str) -> Path | None:
    prefix = "sqlite:///"
    return Path(url[len(prefix):]) if url.startswith(prefix) and "?" not in url else None


@contextmanager
def wired(url: str, clock: FakeClock, tmp: Path) -> Iterator[AppServices]:
    """Open the database at ``url`` at head, wire the real services, dispose the engine after.

    A new SQLite file starts as a copy of the run's migrated template (issue 14 §5).
    """
    from counter_app.main import open_database, wire

    path = _sqlite_path(url)
    if path is not None and not path.exists():
        migrated_sqlite_file(path)
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
