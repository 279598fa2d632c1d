"""Apply Alembic migrations from code at start-up, after a backup copy of the SQLite file."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from counter_app.persistence.backup import backup_sqlite
from counter_app.persistence.engine import sqlite_file

log = logging.getLogger(__name__)


def alembic_config(script_location: Path) -> Config:
    """Return an Alembic config pointing at the bundled ``db/`` directory."""
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    return cfg


def current_revision(engine: Engine) -> str | None:
    """Return the database's revision, or None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(script_location: Path) -> str | None:
    """Return the newest revision in the scripts."""
    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def upgrade_to_head(engine: Engine, script_location: Path, backup_dir: Path) -> Path | None:
    """Migrate to the newest schema; returns the backup made first (SQLite with data only)."""
    current = current_revision(engine)
    head = head_revision(script_location)
    if current == head:
        return None
    backup: Path | None = None
    db_file = sqlite_file(engine)
    if current is not None and db_file is not None and db_file.exists():
        backup = backup_sqlite(engine, backup_dir, reason=f"pre-migrate-{current}")
        log.info("backed up %s to %s before migrating %s -> %s", db_file, backup, current, head)
    cfg = alembic_config(script_location)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database migrated %s -> %s", current, head)
    return backup
