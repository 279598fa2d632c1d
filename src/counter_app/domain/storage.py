"""Keeping the station's data whole: backups, restores, upgrades and storage faults (issue 12).

Plain values and errors carrying data; ``ui/messages_storage.py`` turns them into sentences.
None of them ever carries a row's values (X-2): only file names, sizes, counts and revisions.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from counter_app.domain.errors import DomainError


class BackupProblem(enum.Enum):
    """Why a file is not a backup that can be restored (checked before anything is replaced)."""

    NOT_FOUND = "not_found"
    EMPTY = "empty"  # 0 bytes: a backup written to a full disk, or cut short
    NOT_SQLITE = "not_sqlite"  # no SQLite header: another kind of file
    CORRUPT = "corrupt"  # integrity_check failed, or the file is cut short
    NOT_OURS = "not_ours"  # a SQLite file of another program (no counter-app tables)
    TOO_NEW = "too_new"  # made by a newer version of this program
    NO_STATION = "no_station"  # a counter-app database that was never set up (empty station)


class StorageProblem(enum.Enum):
    """What went wrong with the place the data lives, in terms a clerk can act on."""

    READ_ONLY = "read_only"  # the data folder or the database file cannot be written
    DISK_FULL = "disk_full"
    LOCKED = "locked"  # another program or PC holds the SQLite write lock
    UNREACHABLE = "unreachable"  # the PostgreSQL server is down or the network is cut
    OTHER = "other"


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, shown before a restore replaces the live database.

    Attributes:
        path: the file.
        size: bytes on disk.
        revision: its schema revision (alembic).
        station_name: the station it belongs to; ``station_code`` its network code.
        taken_at: when it was written (its newest audit entry, else the file's time).
        counts: rows per kind: ``parcels`` (counter acceptances + warehouse stays),
            ``receipts``, ``staff``, ``scans``.
        needs_upgrade: an older schema, upgraded after the restore.
    """

    path: str
    size: int
    revision: str
    station_name: str
    station_code: str
    taken_at: datetime | None
    counts: dict[str, int] = field(default_factory=dict)
    needs_upgrade: bool = False

    @property
    def name(self) -> str:
        """The file name without its folder."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class BackupFile:
    """One file in a backups folder (the settings page lists them).

    Attributes:
        path: the file; ``size`` its bytes; ``taken_at`` its modification time.
        kind: ``daily``, ``manual``, ``pre-upgrade`` or ``before-restore``.
    """

    path: str
    size: int
    taken_at: datetime
    kind: str

    @property
    def name(self) -> str:
        """The file name without its folder."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


BACKUP_KINDS = ("daily", "manual", "pre-upgrade", "before-restore")


def backups_to_prune(
    files: list[BackupFile], *, keep_days: int, keep_count: int, today: date
) -> list[BackupFile]:
    """Which automatic backups rotation removes (issue 12 §1, issue 21 §3).

    Daily and pre-upgrade copies older than ``keep_days`` go, but the newest ``keep_count`` of
    them always stay, so a station that was closed for a month still has its last backups.
    Manual copies and the copies kept before a restore are the supervisor's: never pruned.
    """
    automatic = sorted(
        (f for f in files if f.kind in ("daily", "pre-upgrade")),
        key=lambda f: f.taken_at,
        reverse=True,
    )
    keep = automatic[: max(keep_count, 1)]
    return [
        f
        for f in automatic
        if f not in keep and (today - f.taken_at.date()).days > max(keep_days, 1)
    ]


@dataclass(eq=False)
class BackupRefused(DomainError):
    """A file cannot be restored; nothing was replaced.

    Attributes:
        problem: why; ``file_name`` the file's name (never its contents);
        detail: a revision for TOO_NEW, else empty.
    """

    problem: BackupProblem
    file_name: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.file_name}: {self.problem.value} {self.detail}".strip()


@dataclass(eq=False)
class NoRoomForCopy(DomainError):
    """The folder has less free space than the copy needs; nothing was written."""

    folder: str
    needed: int
    free: int

    def __str__(self) -> str:
        return f"{self.folder}: needs {self.needed} bytes, {self.free} free"


@dataclass(eq=False)
class BackupFailed(DomainError):
    """Writing a backup failed part-way; the partial file was removed, older backups are kept."""

    problem: StorageProblem
    folder: str

    def __str__(self) -> str:
        return f"backup into {self.folder} failed: {self.problem.value}"


@dataclass(eq=False)
class BackupsUnsupported(DomainError):
    """The database is on a PostgreSQL server: back it up with ``pg_dump`` there."""

    backend: str


@dataclass(eq=False)
class DatabaseTooNew(DomainError):
    """The database was written by a newer version of this program; it is left untouched."""

    revision: str


@dataclass(eq=False)
class UpgradeFailed(DomainError):
    """A schema upgrade did not complete; the database is as it was before (one transaction).

    Attributes:
        backup: the copy taken before the upgrade, to restore if needed ("" when none).
        problem: what stopped it.
    """

    backup: str
    problem: StorageProblem

    def __str__(self) -> str:
        return f"upgrade failed ({self.problem.value}); backup: {self.backup or 'none'}"


@dataclass(eq=False)
class StorageUnavailable(DomainError):
    """The database cannot be read or written right now; nothing of this action was stored.

    Attributes:
        problem: read-only, disk full, locked, unreachable ...
        where: ``"sqlite"`` or ``"postgresql"``.
    """

    problem: StorageProblem
    where: str = ""

    def __str__(self) -> str:
        return f"storage unavailable: {self.problem.value} ({self.where})"


@dataclass(eq=False)
class ExportFailed(DomainError):
    """A file could not be written; the previous file of that name is untouched."""

    file_name: str
    problem: StorageProblem

    def __str__(self) -> str:
        return f"{self.file_name}: {self.problem.value}"


@dataclass(eq=False)
class AlreadyRunning(DomainError):
    """The desk is already open on this PC with this data folder (a second copy would wait
    on the first one's database lock); the second start stops before touching anything."""

    folder: str
