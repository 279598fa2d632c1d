"""SQLAlchemy unit of work: one short session per use case, rolled back unless committed."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from counter_app.domain.errors import ActorRevoked
from counter_app.domain.storage import StorageUnavailable
from counter_app.persistence.audit_repository import SqlAuditLog
from counter_app.persistence.collisions import translate_db_error
from counter_app.persistence.desk_repository import SqlServiceDeskRepository
from counter_app.persistence.engine import classify_db_error, is_storage_fault
from counter_app.persistence.intake_repository import SqlIntakeRepository
from counter_app.persistence.lean import Primed
from counter_app.persistence.misroute_repository import SqlMisrouteRepository
from counter_app.persistence.notify_repository import SqlNotifyRepository
from counter_app.persistence.parcel_query import SqlParcelQuery
from counter_app.persistence.people_repository import SqlCourierRepository, SqlStaffRepository
from counter_app.persistence.receipt_repository import SqlReceiptRepository
from counter_app.persistence.repositories import SqlWarehouseRepository
from counter_app.persistence.scan_repository import SqlScanJournal
from counter_app.persistence.station_repository import (
    SqlSettingsRepository,
    SqlStationRepository,
    SqlVersionRepository,
)
from counter_app.services.audit_ports import AuditLog
from counter_app.services.desk_ports import ParcelQuery, ServiceDeskRepository
from counter_app.services.intake_ports import IntakeRepository
from counter_app.services.misroute_ports import MisrouteRepository
from counter_app.services.notify_ports import NotifyRepository
from counter_app.services.people_ports import CourierRepository, StaffRepository
from counter_app.services.ports import WarehouseRepository
from counter_app.services.receipt_ports import ReceiptRepository
from counter_app.services.scan_ports import ScanJournal
from counter_app.services.station_ports import (
    SettingsRepository,
    StationRepository,
    VersionRepository,
)


class SqlAlchemyUnitOfWork:
    """Implements services.ports.UnitOfWork."""

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
    parcels: ParcelQuery
    desk: ServiceDeskRepository

    def __init__(self, session_factory: sessionmaker[Session],
                 on_revoked: Callable[[ActorRevoked], None] | None = None) -> None:
        """Keep the factory; the session opens on ``__enter__``. ``on_revoked`` hears of an
        actor found deactivated or demoted (issue 13 §4)."""
        self._session_factory = session_factory
        self._on_revoked = on_revoked
        self._session: Session | None = None

    def __enter__(self) -> Self:
        """Open a session and the repositories over it."""
        session = self._session = self._session_factory()
        primed = Primed()  # what a context read fetched ahead, shared (issue 13 §7)
        self.station = SqlStationRepository(session, primed)
        self.staff = SqlStaffRepository(session)
        self.couriers = SqlCourierRepository(session)
        self.audit = SqlAuditLog(session)
        self.settings = SqlSettingsRepository(session, primed)
        self.scan_journal = SqlScanJournal(session)
        self.misroutes = SqlMisrouteRepository(session)
        self.receipts = SqlReceiptRepository(session, primed)
        self.warehouse = SqlWarehouseRepository(session, primed)
        self.intake = SqlIntakeRepository(session)
        self.versions = SqlVersionRepository(session)
        self.notify = SqlNotifyRepository(session)
        self.parcels = SqlParcelQuery(session)
        self.desk = SqlServiceDeskRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back what was not committed and close.

        A fault of the storage itself (disk full, read-only, locked, server unreachable) leaves
        as ``StorageUnavailable``: a sentence for the clerk, without the statement's values
        (issue 12 §5, §6). Any other database refusal that a repository did not turn into a
        specific error becomes a DomainError here, so no IntegrityError or DataError ever
        reaches a clerk (issue 13 §5). Nothing of the action was stored.
        """
        assert self._session is not None
        session, self._session = self._session, None
        try:
            session.rollback()
            session.close()
        except SQLAlchemyError:
            session.invalidate()
        if isinstance(exc, ActorRevoked) and self._on_revoked is not None:
            self._on_revoked(exc)
        if exc is not None and is_storage_fault(exc):
            where = session.get_bind().engine.url.get_backend_name()
            raise StorageUnavailable(classify_db_error(exc), where) from None
        if isinstance(exc, DBAPIError) and (translated := translate_db_error(exc)) is not None:
            raise translated from exc

    def commit(self) -> None:
        """Commit."""
        assert self._session is not None
        self._session.commit()

    def single_write(self) -> None:
        """PostgreSQL: this session's connection runs in autocommit (no BEGIN, no COMMIT:
        the one write statement is its own transaction, its reads see committed data as in
        READ COMMITTED). SQLite keeps its transaction: it costs no round trip there."""
        assert self._session is not None
        if self._session.get_bind().dialect.name == "postgresql":
            self._session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})


class UnitOfWorkFactory:
    """Callable that makes units of work over one engine."""

    def __init__(self, engine: Engine,
                 on_revoked: Callable[[ActorRevoked], None] | None = None) -> None:
        """Bind a session factory to ``engine``."""
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._on_revoked = on_revoked

    def __call__(self) -> SqlAlchemyUnitOfWork:
        """Return a new unit of work."""
        return SqlAlchemyUnitOfWork(self._sessions, self._on_revoked)
