"""Backups that are always whole, restores that refuse what would hurt (issue 12 §1, §2).

A backup is written with SQLite's online backup API (consistent while clerks work, WAL-safe)
to a temporary name in the backups folder, fsynced, verified (integrity, a counter-app
database at a revision this program knows), and only then renamed into place. A restore checks
the file *before* anything is replaced, keeps the replaced database as a copy, and writes the
backup into the live file through the backup API, which SQLite does in one transaction.
Paths never go into a SQLite URI unescaped (``Path.as_uri`` quotes ``?`` and ``#``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from counter_app.atomic import atomic_output, fsync_dir, replace_atomic, temp_name
from counter_app.domain.storage import (
    BackupFailed,
    BackupFile,
    BackupInfo,
    BackupProblem,
    BackupRefused,
    BackupsUnsupported,
    NoRoomForCopy,
    StorageProblem,
)
from counter_app.persistence.engine import classify_sqlite_text, sqlite_file

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every counter-app database has had since revision 0001.
CORE_TABLES = frozenset({"alembic_version", "station", "staff", "station_setting", "audit_log"})
# Room to leave on a disk beyond the copy itself (the live database must still grow).
SPARE_BYTES = 16 * 1024 * 1024
_NAME = re.compile(r"-(daily|manual|pre-upgrade|before-restore)(?:-[^.]*)?\.sqlite3$")
_STAMP = re.compile(r"-(\d{8}-\d{6})-\d{6}-")


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path``, with ``?``, ``#`` and ``%`` escaped."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def classify_sqlite_error(err: BaseException) -> StorageProblem:
    """Map an sqlite3 or OS error to what a clerk can act on."""
    if isinstance(err, OSError):
        from counter_app.atomic import os_error_kind

        return {"disk_full": StorageProblem.DISK_FULL, "read_only": StorageProblem.READ_ONLY}.get(
            os_error_kind(err), StorageProblem.OTHER
        )
    return classify_sqlite_text(str(err))


# --- looking inside a file -------------------------------------------------------------------


def inspect_backup(
    path: Path, revisions: Sequence[str], *, require_station: bool = True
) -> BackupInfo:
    """Say what ``path`` holds, or raise BackupRefused; never writes to it.

    Args:
        path: the candidate file.
        revisions: every schema revision this program knows, oldest first (the last is head).
        require_station: refuse a database whose station was never set up (restores do).
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise BackupRefused(BackupProblem.NOT_FOUND, name)
    size = path.stat().st_size
    if size == 0:
        raise BackupRefused(BackupProblem.EMPTY, name)
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise BackupRefused(BackupProblem.NOT_SQLITE, name)
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error:
        raise BackupRefused(BackupProblem.CORRUPT, name) from None
    try:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
        except sqlite3.DatabaseError:
            raise BackupRefused(BackupProblem.CORRUPT, name) from None
        if result is None or result[0] != "ok":
            raise BackupRefused(BackupProblem.CORRUPT, name)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables >= CORE_TABLES:
            raise BackupRefused(BackupProblem.NOT_OURS, name)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise BackupRefused(BackupProblem.NOT_OURS, name)
        revision = str(row[0])
        if revision not in revisions:
            raise BackupRefused(BackupProblem.TOO_NEW, name, revision)
        station = conn.execute("SELECT name, code FROM station WHERE id = 1").fetchone()
        if station is None and require_station:
            raise BackupRefused(BackupProblem.NO_STATION, name)
        counts = {
            "staff": _count(conn, tables, "staff"),
            "parcels": _count(conn, tables, "ci_acceptance") + _count(conn, tables, "wh_stay"),
            "receipts": _count(conn, tables, "receipt"),
            "scans": _count(conn, tables, "scan_journal"),
        }
        # the newest entry is the last appended (no index on ``at``, migration 0011)
        found = conn.execute("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        newest = found[0] if found else None
    finally:
        conn.close()
    taken_at = _parse_time(newest) or datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(
        path=str(path),
        size=size,
        revision=revision,
        station_name=station[0] if station else "",
        station_code=station[1] if station else "",
        taken_at=taken_at,
        counts=counts,
        needs_upgrade=revision != revisions[-1],
    )


def _count(conn: sqlite3.Connection, tables: set[str], table: str) -> int:
    if table not in tables:
        return 0
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def _parse_time(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


# --- writing a backup ------------------------------------------------------------------------


def database_bytes(db_file: Path) -> int:
    """The size of the database with its write-ahead log (what a copy can need at most)."""
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(f"{db_file}{suffix}").stat().st_size
    return total


def check_room(folder: Path, needed: int) -> None:
    """Raise NoRoomForCopy unless ``folder``'s disk has ``needed`` bytes plus a margin free."""
    free = shutil.disk_usage(folder).free
    if free < needed + SPARE_BYTES:
        raise NoRoomForCopy(str(folder), needed + SPARE_BYTES, free)


def backup_name(db_file: Path, kind: str, *, now: datetime, tag: str = "") -> str:
    """``counter-20261203-141500-daily.sqlite3``; ``tag`` names a pre-upgrade's revisions."""
    if kind == "pre-upgrade":
        return f"{db_file.stem}-pre-upgrade-{tag}.sqlite3"
    return f"{db_file.stem}-{now:%Y%m%d-%H%M%S-%f}-{kind}.sqlite3"


def write_backup(
    db_file: Path,
    target: Path,
    revisions: Sequence[str],
) -> BackupInfo:
    """Copy ``db_file`` to ``target`` whole: temp name, fsync, verify, rename.

    Raises NoRoomForCopy before writing when the disk is too full, BackupFailed when the write
    fails part-way (the partial file is removed; older backups are untouched).
    """
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BackupFailed(classify_sqlite_error(err), str(folder)) from None
    remove_stale_partials(folder)
    check_room(folder, database_bytes(db_file))
    tmp = temp_name(target)
    try:
        src = sqlite3.connect(f"{Path(db_file).resolve().as_uri()}?mode=rw", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                # pages=1024 per step lets clerks' writes go on between steps (taken while
                # they work); WAL means readers never wait for us anyway.
                src.backup(dst, pages=1024)
                # The copy inherits WAL mode from page 1; a backup must be one self-contained
                # file (no -wal/-shm beside it, readable from a read-only stick).
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        replace_check = inspect_backup(tmp, revisions, require_station=False)
        replace_atomic(tmp, target)
    except BackupRefused as refused:
        _remove(tmp)
        log.error("a backup failed its own check (%s); nothing was kept", refused.problem.value)
        raise BackupFailed(StorageProblem.OTHER, str(folder)) from None
    except (sqlite3.Error, OSError) as err:
        _remove(tmp)
        raise BackupFailed(classify_sqlite_error(err), str(folder)) from None
    except BaseException:
        _remove(tmp)
        raise
    return BackupInfo(**{**replace_check.__dict__, "path": str(target)})


def remove_stale_partials(folder: Path) -> list[str]:
    """Delete temporary files left by a backup that was killed (its process is gone)."""
    removed = []
    for path in folder.glob(".*.partial*"):  # the file, and its -journal / -wal / -shm
        try:
            pid = int(path.name.rsplit(".", 2)[-2])
        except ValueError:
            continue
        if pid == os.getpid() or _alive(pid):
            continue
        _remove(path)
        removed.append(path.name)
    if removed:
        log.info("removed %d unfinished backup file(s) of killed runs", len(removed))
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def take_backup(
    db_file: Path,
    backup_dir: Path,
    revisions: Sequence[str],
    *,
    kind: str = "manual",
    now: datetime | None = None,
) -> Path:
    """Write a verified copy into ``backup_dir`` and return its path."""
    target = backup_dir / backup_name(db_file, kind, now=now or datetime.now())
    write_backup(db_file, target, revisions)
    log.info("backup written: %s (%s)", target.name, kind)
    return target


def pre_upgrade_backup(
    db_file: Path, backup_dir: Path, revisions: Sequence[str], current: str, head: str
) -> Path:
    """One copy per upgrade (current → head): a retried start reuses the whole copy it made."""
    target = backup_dir / backup_name(
        db_file, "pre-upgrade", now=datetime.now(), tag=f"{current}-to-{head}"
    )
    if target.exists():
        try:
            info = inspect_backup(target, revisions, require_station=False)
        except BackupRefused:
            info = None
        if info is not None and info.revision == current:
            log.info("pre-upgrade backup %s already taken; kept", target.name)
            return target
    write_backup(db_file, target, revisions)
    log.info("backup before the upgrade %s -> %s: %s", current, head, target.name)
    return target


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """The backups in ``backup_dir``, newest first (partial files are not backups)."""
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.glob("*.sqlite3"):
        match = _NAME.search(path.name)
        if path.name.startswith(".") or match is None:
            continue
        stat = path.stat()
        stamp = _STAMP.search(path.name)
        taken_at = (datetime.strptime(stamp.group(1), "%Y%m%d-%H%M%S") if stamp
                    else datetime.fromtimestamp(stat.st_mtime))
        found.append(
            BackupFile(path=str(path), size=stat.st_size, taken_at=taken_at,
                       kind=match.group(1))
        )
    return sorted(found, key=lambda f: f.taken_at, reverse=True)


def copy_file(source: Path, folder: Path) -> Path:
    """Copy a backup into a second place (USB stick, network share) whole, or not at all."""
    target = Path(folder) / Path(source).name
    try:
        if not Path(folder).is_dir():
            raise FileNotFoundError(str(folder))
        check_room(Path(folder), Path(source).stat().st_size)
        with open(source, "rb") as src, atomic_output(target) as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
    except (NoRoomForCopy, BackupFailed):
        raise
    except OSError as err:
        raise BackupFailed(classify_sqlite_error(err), str(folder)) from None
    return target


def remove_backup(path: Path) -> None:
    """Delete one backup file (rotation)."""
    Path(path).unlink(missing_ok=True)
    fsync_dir(Path(path).parent)


# --- restoring -------------------------------------------------------------------------------


def restore_into(db_file: Path, backup_file: Path, revisions: Sequence[str]) -> None:
    """Write ``backup_file`` over the live database in one SQLite transaction.

    The caller has checked the file (``inspect_backup``) just before, kept a copy of the live
    database and closed its own connections. A kill part-way leaves the live database as it
    was.
    """
    src = sqlite3.connect(readonly_uri(backup_file), uri=True)
    try:
        dst = sqlite3.connect(db_file)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except (sqlite3.Error, OSError) as err:
        raise BackupFailed(classify_sqlite_error(err), str(Path(db_file).parent)) from None
    finally:
        src.close()
    with contextlib.suppress(OSError):
        os.utime(db_file)


class SqliteBackupStore:
    """Implements ``services.backups.BackupStore`` over the live engine's SQLite file."""

    def __init__(self, engine: Engine, backup_dir: Path, revisions: Sequence[str]) -> None:
        """``revisions``: every schema revision this program knows, oldest first."""
        self._engine = engine
        self._backup_dir = Path(backup_dir)
        self._revisions = list(revisions)
        self._file = sqlite_file(engine)
        self.supported = self._file is not None
        self.backend = engine.url.get_backend_name()

    def _db(self) -> Path:
        if self._file is None:
            raise BackupsUnsupported(self.backend)
        return self._file

    def take(self, kind: str, now: datetime | None = None) -> Path:
        """Write a verified copy into the backups folder, named by ``now``."""
        return take_backup(self._db(), self._backup_dir, self._revisions, kind=kind, now=now)

    def inspect(self, path: Path) -> BackupInfo:
        """Say what ``path`` holds, or raise BackupRefused."""
        return inspect_backup(Path(path), self._revisions)

    def restore(self, path: Path, now: datetime | None = None) -> tuple[Path, BackupInfo]:
        """Check ``path`` (once, right before), keep the live database as a copy, then
        replace it; returns the copy and what was restored."""
        db_file = self._db()
        info = inspect_backup(Path(path), self._revisions)
        kept = take_backup(db_file, self._backup_dir, self._revisions, kind="before-restore",
                           now=now)
        self._engine.dispose()
        restore_into(db_file, Path(path), self._revisions)
        self._engine.dispose()
        return kept, info

    def listing(self) -> list[BackupFile]:
        """The backups folder, newest first."""
        return list_backups(self._backup_dir)

    def remove(self, path: Path) -> None:
        """Delete one backup."""
        remove_backup(Path(path))

    def copy_to(self, path: Path, folder: Path) -> Path:
        """Copy a backup into a second place."""
        return copy_file(Path(path), Path(folder))
