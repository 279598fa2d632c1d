"""Ports: the unit of work and the cross-cutting ports (password hashing, address resolution);
each feature's repository protocol and records live in ``services/<feature>_ports.py``."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol, Self

from counter_app.domain.service_area import ResolvedAddress
from counter_app.services.audit_ports import AuditLog
from counter_app.services.desk_ports import ParcelQuery, ServiceDeskRepository
from counter_app.services.intake_ports import IntakeRepository
from counter_app.services.misroute_ports import MisrouteRepository
from counter_app.services.notify_ports import NotifyRepository
from counter_app.services.people_ports import CourierRepository, StaffRepository
from counter_app.services.receipt_ports import ReceiptRepository
from counter_app.services.scan_ports import ScanJournal
from counter_app.services.station_ports import (
    SettingsRepository,
    StationRepository,
    VersionRepository,
)
from counter_app.services.warehouse_ports import WarehouseRepository


class UnitOfWork(Protocol):
    """One transaction. Leaving the ``with`` block without ``commit()`` rolls back."""

    station: StationRepository
    staff: StaffRepository
    couriers: CourierRepository
    audit: AuditLog
    settings: SettingsRepository
    scan_journal: ScanJournal
    misroutes: MisrouteRepository
    receipts: ReceiptRepository
    warehouse: WarehouseRepository
    intake: IntakeRepository
    versions: VersionRepository
    notify: NotifyRepository
    parcels: ParcelQuery  # issue 16 §1
    desk: ServiceDeskRepository  # issue 19

    def __enter__(self) -> Self:
        """Begin."""
        ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back whatever was not committed, and release the connection."""
        ...

    def commit(self) -> None:
        """Commit the transaction."""
        ...

    def single_write(self) -> None:
        """Declare, before anything is read, that this use case writes with one statement
        whose every write hangs on its own checks (the lean write path): where a round trip
        costs (PostgreSQL) it then runs without BEGIN and COMMIT, a statement being its own
        transaction — two round trips fewer (issue 13 §7). Elsewhere nothing changes."""
        ...


class UnitOfWorkFactory(Protocol):
    """Makes a fresh unit of work per use case."""

    def __call__(self) -> UnitOfWork:
        """Return a new unit of work."""
        ...


class PasswordHasher(Protocol):
    """A memory-hard password KDF (the adapter uses Argon2id)."""

    def hash(self, password: str) -> str:
        """Return an encoded hash with its parameters and salt."""
        ...

    def verify(self, encoded: str, password: str) -> bool:
        """Tell whether ``password`` matches ``encoded``."""
        ...

    def needs_rehash(self, encoded: str) -> bool:
        """Tell whether the hash was made with weaker parameters than today's."""
        ...


class AddressResolver(Protocol):
    """Resolves a written address to province / city / district (CI-6; the adapter uses a
    maintained address library)."""

    def resolve(self, text: str) -> ResolvedAddress | None:
        """The address's divisions, or ``None`` when not even a province is found."""
        ...
