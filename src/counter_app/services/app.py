"""The bundle of services handed to the UI by the composition root (main.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from counter_app.domain.clock import Clock
from counter_app.services.audit import AuditService
from counter_app.services.auth import AuthService
from counter_app.services.backups import BackupService
from counter_app.services.intake import IntakeService
from counter_app.services.misroute import MisrouteService
from counter_app.services.notify import NotifyService
from counter_app.services.people import CourierService, StaffService
from counter_app.services.receipts import ReceiptService
from counter_app.services.retention import RetentionService
from counter_app.services.scanning import ScanService
from counter_app.services.session import Revocations
from counter_app.services.station import StationService
from counter_app.services.warehouse import WarehouseService


@dataclass(frozen=True)
class AppServices:
    """Everything a workspace may call. Built once in ``main.wire``."""

    clock: Clock
    auth: AuthService
    station: StationService
    staff: StaffService
    couriers: CourierService
    audit: AuditService
    scans: ScanService
    misroutes: MisrouteService
    receipts: ReceiptService
    warehouse: WarehouseService
    intake: IntakeService
    notify: NotifyService
    """Telling the customer and the consent register (issue 20)."""
    database_description: str
    backups: BackupService
    retention: RetentionService
    check_database: Callable[[], None]  # raises StorageUnavailable when it cannot be reached
    revocations: Revocations = field(default_factory=Revocations)
    """Told when a mutating call finds its actor deactivated or demoted (issue 13 §4)."""
