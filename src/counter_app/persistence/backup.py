"""Online backup and restore of the SQLite database file (sqlite3 backup API, WAL-safe)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from counter_app.persistence.engine import sqlite_file


class BackupUnsupported(Exception):
    """Backups of server databases are made with the server's own tools (pg_dump)."""


def _require_file(engine: Engine) -> Path:
    path = sqlite_file(engine)
    if path is None:
        raise BackupUnsupported(engine.url.get_backend_name())
    return path


def backup_sqlite(engine: Engine, backup_dir: Path, *, reason: str = "manual") -> Path:
    """Copy the live database consistently into ``backup_dir`` and return the copy's path."""
    source = _require_file(engine)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{source.stem}-{stamp}-{reason}.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target


def restore_sqlite(engine: Engine, backup_file: Path, backup_dir: Path) -> Path:
    """Replace the database with ``backup_file``; the replaced one is kept as a safety copy.

    Returns the safety copy's path. The engine's pooled connections are disposed first.
    """
    target = _require_file(engine)
    if not backup_file.is_file():
        raise FileNotFoundError(backup_file)
    with sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True) as check:
        result = check.execute("PRAGMA integrity_check").fetchone()
    check.close()
    if result is None or result[0] != "ok":
        raise ValueError(f"{backup_file} is not a sound SQLite database: {result}")
    safety = backup_sqlite(engine, backup_dir, reason="before-restore")
    engine.dispose()
    with sqlite3.connect(backup_file) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return safety
