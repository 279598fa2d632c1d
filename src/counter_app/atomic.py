"""Write files whole or not at all (issue 12 §4): temporary name, fsync, rename into place.

Every file the app writes (PDF, XLSX, CSV exports, backups, settings) goes through here, so a
kill, a power cut or a full disk during the write leaves the previous file of that name as it
was. Standard library only: every layer may use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".partial"


def temp_name(target: Path) -> Path:
    """The temporary name next to ``target`` (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{os.getpid()}{TEMP_SUFFIX}")


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces ``target``, on any error it vanishes."""
    target = Path(target)
    tmp = temp_name(target)
    try:
        with open(tmp, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` whole, or leave ``target`` untouched and raise OSError."""
    with atomic_output(target) as handle:
        handle.write(data)


def replace_atomic(tmp: Path, target: Path) -> None:
    """Move a finished temporary file into place durably."""
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    fsync_dir(target.parent)


def os_error_kind(err: OSError) -> str:
    """``disk_full``, ``read_only`` or ``other`` for an OSError (for a sentence, not a trace)."""
    if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read_only"
    return "other"
