"""Engine construction: SQLite (WAL, synchronous=FULL, foreign keys, busy timeout) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """Create an engine for ``url``; SQLite connections get the station's pragmas."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the GUI read while a write commits; FULL makes an acknowledged scan survive a
    # power cut (SC-3); foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def sqlite_file(engine: Engine) -> Path | None:
    """Return the database file of a SQLite engine, or None for other databases."""
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        return None
    if engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)


def describe(engine: Engine) -> str:
    """Return a short, password-free description for the status bar."""
    if (path := sqlite_file(engine)) is not None:
        return f"SQLite {path.name}"
    url = engine.url
    return f"PostgreSQL {url.host}:{url.port or 5432}/{url.database}"
