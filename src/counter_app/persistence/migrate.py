"""Schema upgrades that survive a power cut (issue 12 §3).

On SQLite the whole upgrade, DDL included, runs in one ``BEGIN IMMEDIATE`` transaction (pysqlite
would otherwise run each DDL statement on its own, so a kill between two statements left a
half-built schema that never started again). PostgreSQL's DDL is transactional already. Before
an upgrade an SQLite database with data is copied once per target revision (a retried start
reuses that copy); on PostgreSQL ``pg_dump`` is run when it is on the PATH. A database from a
newer version of the program is refused before anything is touched.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, pool, text
from sqlalchemy.exc import DBAPIError

from counter_app.atomic import replace_atomic, temp_name
from counter_app.domain.storage import DatabaseTooNew, StorageProblem, UpgradeFailed
from counter_app.persistence.backup import pre_upgrade_backup
from counter_app.persistence.engine import classify_db_error, sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UpgradeResult:
    """What an upgrade did.

    Attributes:
        before: the revision found (None for an empty database); ``after`` the head.
        backup: the copy taken first (SQLite file, or pg_dump output), if any.
        advice: for PostgreSQL without ``pg_dump`` on the PATH: take one before upgrading.
    """

    before: str | None
    after: str | None
    backup: Path | None = None
    advice: str = ""

    @property
    def changed(self) -> bool:
        """Whether the schema was upgraded."""
        return self.before != self.after


def alembic_config(script_location: Path) -> Config:
    """Return an Alembic config pointing at the bundled ``db/`` directory."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    return cfg


def current_revision(engine: Engine) -> str | None:
    """Return the database's revision, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(script_location: Path) -> str | None:
    """Return the newest revision in the scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def known_revisions(script_location: Path) -> list[str]:
    """Every revision this program knows, oldest first (the last is head)."""
    return list(_known_revisions(Path(script_location)))


@functools.cache
def _known_revisions(script_location: Path) -> tuple[str, ...]:
    # the scripts ship with the program: read once (start-up needs them three times); from
    # their text when they make one straight line (Alembic is then not imported at start,
    # issue 18 §4)
    if (chain := _chain_from_text(script_location)) is not None:
        return chain
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location))
    return tuple(rev.revision for rev in reversed(list(script.walk_revisions())))


_REVISION = re.compile(r"^revision\s*(?::[^=\n]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION = re.compile(
    r"^down_revision\s*(?::[^=\n]*)?=\s*(?:None|['\"]([^'\"]+)['\"])\s*$", re.M)


@functools.cache
def _head_from_text(script_location: Path) -> str | None:
    """The head revision read from the scripts' text without importing Alembic (a third of a
    second at every start, issue 18 §4); None unless every script names its revision and one
    down revision and they make exactly one head (then Alembic decides)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in sorted((script_location / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            downs.add(down[0])
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def _chain_from_text(script_location: Path) -> tuple[str, ...] | None:
    """Every revision oldest first, read from the scripts' text; None unless each script names
    its revision and one down revision and they make one line from a single root."""
    down_of: dict[str, str | None] = {}
    for path in sorted((script_location / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(down) != 1 or revision[0] in down_of:
            return None
        down_of[revision[0]] = down[0] or None
    next_of: dict[str | None, str] = {}
    for name, below in down_of.items():
        if below in next_of:  # a branch: Alembic decides
            return None
        next_of[below] = name
    chain: list[str] = []
    at = next_of.get(None)
    while at is not None:
        chain.append(at)
        at = next_of.get(at)
    return tuple(chain) if len(chain) == len(down_of) else None


def _stored_revision(engine: Engine) -> str | None:
    """The one revision in ``alembic_version``, or None (no table, none or several rows, or
    the database cannot be read: the full path then says why)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def check_not_newer(engine: Engine, script_location: Path) -> str | None:
    """Return the database's revision; raise DatabaseTooNew for one this program does not know."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions(script_location):
        raise DatabaseTooNew(current)
    return current


def _transactional_ddl_engine(engine: Engine) -> Engine:
    """An SQLite engine whose transactions really hold DDL (SQLAlchemy's pysqlite recipe)."""
    migration_engine = create_engine(engine.url, poolclass=pool.NullPool)

    @event.listens_for(migration_engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # pysqlite must not BEGIN/COMMIT by itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(migration_engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return migration_engine


def pg_dump_backup(engine: Engine, backup_dir: Path, tag: str) -> Path | None:
    """Run ``pg_dump`` (custom format) into ``backup_dir`` if it is on the PATH; else None."""
    exe = shutil.which("pg_dump")
    if exe is None:
        return None
    url = engine.url
    target = backup_dir / f"{url.database}-pre-upgrade-{tag}-{datetime.now():%Y%m%d-%H%M%S}.dump"
    tmp = temp_name(target)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)  # never on the command line (ps shows it)
    args = [exe, "--format=custom", f"--file={tmp}", "--no-password"]
    if url.host:
        args.append(f"--host={url.host}")
    if url.port:
        args.append(f"--port={url.port}")
    if url.username:
        args.append(f"--username={url.username}")
    options = str(url.query.get("options", ""))
    if "search_path=" in options:
        args.append(f"--schema={options.split('search_path=', 1)[1].split()[0]}")
    args.append(str(url.database))
    backup_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not tmp.exists() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        log.error("pg_dump failed (exit %s); the upgrade was not started", done.returncode)
        raise UpgradeFailed("", StorageProblem.OTHER)
    replace_atomic(tmp, target)
    return target


PG_ADVICE = "pg_dump"


def upgrade_to_head(engine: Engine, script_location: Path, backup_dir: Path) -> UpgradeResult:
    """Bring the schema to head in one transaction; copy the data first (see module doc).

    Raises:
        DatabaseTooNew: the database comes from a newer program; nothing was touched.
        NoRoomForCopy: not enough disk for the pre-upgrade copy; nothing was touched.
        UpgradeFailed: the upgrade stopped; the database is as before; ``backup`` names the copy.
    """
    head = _head_from_text(Path(script_location))
    if head is not None and _stored_revision(engine) == head:
        return UpgradeResult(head, head)  # the usual start: Alembic is not even imported
    current = check_not_newer(engine, script_location)
    revisions = known_revisions(script_location)
    head = revisions[-1] if revisions else None
    if current == head:
        return UpgradeResult(current, head)
    backup: Path | None = None
    advice = ""
    db_file = sqlite_file(engine)
    if current is not None and db_file is not None and db_file.exists():
        backup = pre_upgrade_backup(db_file, backup_dir, revisions, current, str(head))
    elif current is not None and db_file is None:
        backup = pg_dump_backup(engine, backup_dir, f"{current}-to-{head}")
        if backup is None:
            advice = PG_ADVICE
            log.warning("pg_dump is not on the PATH: take a dump before upgrading %s", current)
    from alembic import command

    migration_engine = _transactional_ddl_engine(engine) if db_file is not None else engine
    cfg = alembic_config(script_location)
    try:
        with migration_engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except DBAPIError as err:
        problem = classify_db_error(err)
        log.error("the upgrade %s -> %s stopped (%s); nothing was changed", current, head,
                  problem.value)
        raise UpgradeFailed(str(backup or ""), problem) from None
    except OSError as err:
        log.error("the upgrade %s -> %s stopped (%s)", current, head, err.strerror)
        raise UpgradeFailed(str(backup or ""), StorageProblem.OTHER) from None
    finally:
        if migration_engine is not engine:
            migration_engine.dispose()
    engine.dispose()  # pooled connections may hold the old schema
    log.info("database migrated %s -> %s", current, head)
    return UpgradeResult(current, head, backup, advice)
