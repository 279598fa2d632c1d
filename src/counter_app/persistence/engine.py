"""Engine construction: SQLite (WAL, synchronous=FULL, foreign keys, busy timeout) or PostgreSQL."""

from __future__ import annotations

import select
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from counter_app.domain.storage import StorageProblem

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """Create an engine for ``url``; SQLite connections get the station's pragmas."""
    # hide_parameters: a failing statement's values (ID numbers, phones, addresses) never
    # reach an exception text, a log or an error dialog (issue 12 §5, X-2).
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, hide_parameters=True, connect_args={"connect_timeout": 5})
    _check_on_checkout(engine)
    return engine


IDLE_PING_S = 60.0
"""A pooled PostgreSQL connection idle longer than this is pinged before use."""


def _check_on_checkout(engine: Engine) -> None:
    """Hand out only live connections without a round trip per use case (issue 13 §7).

    ``pool_pre_ping`` cost every unit of work one round trip. Instead: a connection whose
    socket has something to read while idle was closed by the server (a restart or a
    terminated backend sends its notice and closes) and is replaced at once; one idle for
    more than ``IDLE_PING_S`` (a silently dropped network path) is pinged first. Raising
    ``DisconnectionError`` makes the pool open a fresh connection.
    """
    from sqlalchemy.exc import DisconnectionError

    @event.listens_for(engine, "connect")
    def _connected(_dbapi: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi: Any, record: Any, _proxy: Any) -> None:
        if _closed_by_server(dbapi):
            raise DisconnectionError("the server closed this connection")
        idle = time.monotonic() - float(record.info.get("idle_since", 0.0))
        if idle > IDLE_PING_S:
            try:
                engine.dialect.do_ping(dbapi)
            except Exception as err:  # any failure: replace the connection
                raise DisconnectionError("ping failed") from err


def _closed_by_server(dbapi: Any) -> bool:
    """Whether an idle connection's socket is readable (the server said goodbye) or gone."""
    try:
        fileno = dbapi.fileno()
    except Exception:  # closed or broken: psycopg raises on fileno()
        return True
    try:
        readable, _w, _x = select.select([fileno], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


SQLITE_PRAGMAS: tuple[str, ...] = (
    "journal_mode=WAL",
    "synchronous=FULL",
    "foreign_keys=ON",
    f"busy_timeout={BUSY_TIMEOUT_MS}",
)
"""Every connection's settings (the benchmarks' bare ``sqlite3`` uses the same ones).

WAL lets the GUI read while a write commits. ``synchronous=FULL`` stays (SC-3: an
acknowledged scan survives a power cut): in WAL mode NORMAL syncs the log only at checkpoints,
so a commit acknowledged since the last one may roll back after a power loss or an OS crash
(SQLite's pragma documentation: "A transaction committed in WAL mode with synchronous=NORMAL
might roll back following a power loss or system crash"); FULL syncs the log at every commit.
Foreign keys are off by default in SQLite."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(f"PRAGMA {pragma}")
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


# PostgreSQL SQLSTATE classes and codes a clerk can act on.
_PG_STATES = {
    "53100": StorageProblem.DISK_FULL,  # disk_full
    "25006": StorageProblem.READ_ONLY,  # read_only_sql_transaction
    "55P03": StorageProblem.LOCKED,  # lock_not_available
    "57P01": StorageProblem.UNREACHABLE,  # admin_shutdown (server restarting)
    "57P02": StorageProblem.UNREACHABLE,  # crash_shutdown
    "57P03": StorageProblem.UNREACHABLE,  # cannot_connect_now (starting up)
}


def classify_db_error(err: BaseException) -> StorageProblem:
    """Map a driver error to what a clerk can act on (issue 12 §6). Reads no row values."""
    if isinstance(err, DBAPIError) and err.connection_invalidated:
        return StorageProblem.UNREACHABLE
    orig = getattr(err, "orig", err)
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state:
        if state in _PG_STATES:
            return _PG_STATES[state]
        if str(state).startswith("08"):  # connection exceptions
            return StorageProblem.UNREACHABLE
    module = type(orig).__module__
    text = str(orig).lower()
    if module.startswith("psycopg"):
        if "no space left" in text:
            return StorageProblem.DISK_FULL
        if any(w in text for w in ("connect", "connection", "server closed", "terminating")):
            return StorageProblem.UNREACHABLE
        return StorageProblem.OTHER
    return classify_sqlite_text(text)


def classify_sqlite_text(message: str) -> StorageProblem:
    """What an SQLite error message means for a clerk (disk full, read-only, locked)."""
    text = message.lower()
    if "full" in text:
        return StorageProblem.DISK_FULL
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageProblem.READ_ONLY
    if "locked" in text or "busy" in text:
        return StorageProblem.LOCKED
    return StorageProblem.OTHER


def is_storage_fault(err: BaseException) -> bool:
    """Whether ``err`` is about where the data lives (not a broken rule or a bug)."""
    from sqlalchemy.exc import DisconnectionError, OperationalError

    if isinstance(err, DisconnectionError):
        return True
    if isinstance(err, DBAPIError) and err.connection_invalidated:
        return True
    return isinstance(err, OperationalError) and (
        classify_db_error(err) is not StorageProblem.OTHER or "disk i/o" in str(err).lower()
    )
