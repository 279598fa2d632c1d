"""Backups and restores as use cases (issue 12 §1, §2): the CLI and the settings page share them.

The file work is done by an adapter (``persistence.backup`` behind ``BackupStore``); this
service decides who may do what, when the daily copy is due, what rotation removes, and writes
the audit entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from counter_app.domain.clock import Clock
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.domain.storage import (
    BackupFile,
    BackupInfo,
    BackupsUnsupported,
    backups_to_prune,
)
from counter_app.services import audit
from counter_app.services.ports import UnitOfWorkFactory


class BackupStore(Protocol):
    """What the service needs of the SQLite file adapter (made in main.py)."""

    supported: bool
    backend: str

    def take(self, kind: str, now: datetime | None = None) -> Path:
        """Write a verified copy of the live database (named by ``now``); return its path."""
        ...

    def inspect(self, path: Path) -> BackupInfo:
        """Say what a backup holds, or raise BackupRefused."""
        ...

    def restore(self, path: Path, now: datetime | None = None) -> tuple[Path, BackupInfo]:
        """Check, keep a copy of the live database, replace it; return the copy and what was
        restored (the file is checked once, here: a 300 MB integrity check takes seconds)."""
        ...

    def listing(self) -> list[BackupFile]:
        """The backups folder, newest first."""
        ...

    def remove(self, path: Path) -> None:
        """Delete one backup."""
        ...

    def copy_to(self, path: Path, folder: Path) -> Path:
        """Copy a backup into a second place whole; return the copy."""
        ...


@dataclass(frozen=True)
class BackupPolicy:
    """Per-PC backup preferences (settings page → 本机).

    Attributes:
        daily: take one automatic copy a day.
        keep_days: automatic copies older than this go (the newest ``keep_count`` stay).
        second_place: a folder on a USB stick or a network share to copy each backup to.
    """

    daily: bool = True
    keep_days: int = 14
    keep_count: int = 7
    second_place: str = ""


@dataclass(frozen=True)
class BackupRun:
    """What a backup did: the copy, the second copy (or why not), what rotation removed."""

    path: Path
    second_copy: Path | None
    second_copy_error: Exception | None
    removed: tuple[str, ...]


@dataclass(frozen=True)
class RestoreResult:
    """A restore: what was restored, and where the replaced database was kept."""

    info: BackupInfo
    kept_as: Path


class BackupService:
    """Manual and daily backups with rotation, inspection and restore."""

    def __init__(
        self,
        store: BackupStore,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        *,
        after_restore: Callable[[], object] | None = None,
    ) -> None:
        """``after_restore`` brings the restored database to head (migrations)."""
        self._store = store
        self._uow_factory = uow_factory
        self._clock = clock
        self._after_restore = after_restore

    @property
    def supported(self) -> bool:
        """SQLite files are backed up here; PostgreSQL with ``pg_dump`` on the server."""
        return self._store.supported

    def _require_supported(self) -> None:
        if not self._store.supported:
            raise BackupsUnsupported(self._store.backend)

    def backup_now(self, policy: BackupPolicy | None = None, *, kind: str = "manual") -> BackupRun:
        """Write a verified copy, copy it to the second place, rotate the automatic ones."""
        self._require_supported()
        policy = policy or BackupPolicy()
        path = self._store.take(kind, self._clock.now())
        second: Path | None = None
        second_error: Exception | None = None
        if policy.second_place:
            try:
                second = self._store.copy_to(path, Path(policy.second_place))
            except Exception as err:  # a missing USB stick must not undo the backup itself
                second_error = err
        removed = tuple(self.rotate(policy))
        return BackupRun(path, second, second_error, removed)

    def last_backup(self, kind: str | None = None) -> BackupFile | None:
        """The newest backup (of ``kind``), if any."""
        for item in self._store.listing() if self._store.supported else []:
            if kind is None or item.kind == kind:
                return item
        return None

    def daily_due(self, policy: BackupPolicy) -> bool:
        """Whether today's automatic copy is still to be taken."""
        if not (policy.daily and self._store.supported):
            return False
        last = self.last_backup("daily")
        return last is None or last.taken_at.date() < self._clock.now().date()

    def daily_if_due(self, policy: BackupPolicy) -> BackupRun | None:
        """Take today's automatic copy when it is due (called at start and every hour)."""
        if not self.daily_due(policy):
            return None
        return self.backup_now(policy, kind="daily")

    def rotate(self, policy: BackupPolicy) -> list[str]:
        """Remove automatic copies past the keeping period; return their names."""
        doomed = backups_to_prune(
            self._store.listing(),
            keep_days=policy.keep_days,
            keep_count=policy.keep_count,
            today=self._clock.now().date(),
        )
        for item in doomed:
            self._store.remove(Path(item.path))
        return [item.name for item in doomed]

    def listing(self) -> list[BackupFile]:
        """The backups folder, newest first (empty for PostgreSQL)."""
        return self._store.listing() if self._store.supported else []

    def inspect(self, path: Path) -> BackupInfo:
        """What a file holds (station, date, counts); raises BackupRefused for a bad file."""
        self._require_supported()
        return self._store.inspect(path)

    def restore(self, actor: StaffMember | None, path: Path) -> RestoreResult:
        """Replace the live database with ``path`` after every check (supervisors only).

        ``actor`` None is the command line, run by whoever administers the PC.
        """
        if actor is not None:
            require(actor.role, Permission.MANAGE_DATA)
        self._require_supported()
        kept, info = self._store.restore(path, self._clock.now())
        if self._after_restore is not None:
            self._after_restore()
        # The audit entry goes into the restored database: it is the one that lives on. Its
        # staff ids may differ from the replaced one's, so the actor is named, not linked.
        with self._uow_factory() as uow:
            audit.record(
                uow,
                self._clock,
                None,
                entity="database",
                entity_id="restore",
                action="restore",
                after={
                    "file": info.name,
                    "revision": info.revision,
                    "taken_at": info.taken_at.isoformat() if info.taken_at else None,
                    "kept_as": kept.name,
                    "by": actor.job_number if actor is not None else "command line",
                },
            )
            uow.commit()
        return RestoreResult(info, kept)
