"""Sentences for backups, restores, upgrades and storage faults (issue 12 §6).

Each says what happened and what to do, in the UI language; none carries a row's values.
The command line uses the same sentences (in English: no translator is installed there).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import DomainError
from counter_app.domain.storage import (
    AlreadyRunning,
    BackupFailed,
    BackupInfo,
    BackupProblem,
    BackupRefused,
    BackupsUnsupported,
    DatabaseTooNew,
    ExportFailed,
    NoRoomForCopy,
    StorageProblem,
    StorageUnavailable,
    UpgradeFailed,
)

translate = QCoreApplication.translate


def size_text(n: int) -> str:
    """``1.2 GB``, ``274 MB``, ``12 KB``."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            value = n / scale
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{n} B"


def problem_text(problem: StorageProblem, folder: str = "") -> str:
    """What a storage fault means and what to do about it."""
    if problem is StorageProblem.READ_ONLY:
        return translate(
            "StorageMessages",
            "The data folder {folder} cannot be written (read-only or no permission). "
            "Ask whoever looks after this PC to give the station's user write access, "
            "or start the program with another data folder."
        ).format(folder=folder or "")
    if problem is StorageProblem.DISK_FULL:
        return translate(
            "StorageMessages",
            "The disk is full. Free some space (empty the recycle bin, move old backups to "
            "another drive) and try again."
        )
    if problem is StorageProblem.LOCKED:
        return translate(
            "StorageMessages",
            "Another PC or program is writing to the database right now. Wait a moment and "
            "try again; if it lasts, close the program on the other PC."
        )
    if problem is StorageProblem.UNREACHABLE:
        return translate(
            "StorageMessages",
            "The database server cannot be reached. Check the network cable and that the "
            "server PC is on; the program keeps trying. Nothing that was not confirmed has "
            "been saved."
        )
    return translate(
        "StorageMessages",
        "The database could not be used. The details are in the log; ask the supervisor."
    )


def backup_problem_text(err: BackupRefused) -> str:
    """Why a file cannot be restored."""
    texts = {
        BackupProblem.NOT_FOUND: translate(
            "StorageMessages",
            "{file} does not exist."),
        BackupProblem.EMPTY: translate(
            "StorageMessages",
            "{file} is empty (0 bytes): the backup was cut short or written to a full disk. "
            "Choose another backup."
        ),
        BackupProblem.NOT_SQLITE: translate(
            "StorageMessages",
            "{file} is not a database backup of this program."),
        BackupProblem.CORRUPT: translate(
            "StorageMessages",
            "{file} is damaged (cut short or corrupted). Choose another backup."
        ),
        BackupProblem.NOT_OURS: translate(
            "StorageMessages",
            "{file} is a database of another program, not of this station desk."
        ),
        BackupProblem.TOO_NEW: translate(
            "StorageMessages",
            "{file} comes from a newer version of this program. Update the program first."
        ),
        BackupProblem.NO_STATION: translate(
            "StorageMessages",
            "{file} holds no station (it was made before the station was set up)."
        ),
    }
    return texts[err.problem].format(file=err.file_name)


def describe_storage(err: DomainError, *, folder: str = "") -> str:
    """One sentence for any of the storage errors (others: their class name)."""
    if isinstance(err, BackupRefused):
        return translate(
            "StorageMessages",
            "Nothing was restored: {why}").format(why=backup_problem_text(err))
    if isinstance(err, NoRoomForCopy):
        return translate(
            "StorageMessages",
            "There is not enough free space in {folder} for the copy: it needs {needed}, "
            "{free} is free. Nothing was written; older backups are unchanged."
        ).format(folder=err.folder, needed=size_text(err.needed), free=size_text(err.free))
    if isinstance(err, BackupFailed):
        return translate(
            "StorageMessages",
            "The backup into {folder} failed and was removed; older backups are unchanged. "
            "{why}"
        ).format(folder=err.folder, why=problem_text(err.problem, err.folder))
    if isinstance(err, BackupsUnsupported):
        return translate(
            "StorageMessages",
            "This PC uses the station's database server: back it up on the server with "
            "pg_dump (ask whoever looks after the server)."
        )
    if isinstance(err, DatabaseTooNew):
        return translate(
            "StorageMessages",
            "This database was written by a newer version of this program (schema {rev}). "
            "Install that version; the database was not changed."
        ).format(rev=err.revision)
    if isinstance(err, UpgradeFailed):
        if err.backup:
            return translate(
                "StorageMessages",
                "The database upgrade did not complete; the database is as it was before. "
                "{why} If it keeps failing, restore the copy taken before the upgrade: {backup}"
            ).format(why=problem_text(err.problem, folder), backup=err.backup)
        return translate(
            "StorageMessages",
            "The database upgrade did not complete; the database is as it was before. {why}"
        ).format(why=problem_text(err.problem, folder))
    if isinstance(err, StorageUnavailable):
        return problem_text(err.problem, folder)
    if isinstance(err, AlreadyRunning):
        return translate(
            "StorageMessages",
            "The station desk is already open on this PC with the data folder {folder}. "
            "Switch to the open window (it may be minimised).",
        ).format(folder=err.folder)
    if isinstance(err, ExportFailed):
        return translate(
            "StorageMessages",
            "{file} was not written; an earlier file of that name is unchanged. "
                         "{why}").format(file=err.file_name, why=problem_text(err.problem))
    return type(err).__name__


def describe_backup_info(info: BackupInfo) -> str:
    """What a backup holds, shown before it replaces the station's database."""
    taken = info.taken_at.strftime("%Y-%m-%d %H:%M") if info.taken_at else "?"
    text = translate(
        "StorageMessages",
        "{file}: station {station} ({code}), last change {taken}, {size}; "
        "{parcels} parcels, {receipts} receipts, {staff} staff, {scans} scans."
    ).format(
        file=info.name,
        station=info.station_name or "-",
        code=info.station_code or "-",
        taken=taken,
        size=size_text(info.size),
        parcels=info.counts.get("parcels", 0),
        receipts=info.counts.get("receipts", 0),
        staff=info.counts.get("staff", 0),
        scans=info.counts.get("scans", 0),
    )
    if info.needs_upgrade:
        text += " " + translate(
            "StorageMessages",
            "It is from an older version and is upgraded after restoring.")
    return text
