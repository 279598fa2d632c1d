"""Where things live: the per-user data folder (or --data-dir) and the bundled resources."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "counter-app"


def resource_dir() -> Path:
    """Return the folder holding ``db/`` and ``resources/`` (source checkout or frozen build)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class DataPaths:
    """Every file the app writes, under one root so --data-dir moves all of it."""

    root: Path

    @classmethod
    def default(cls) -> DataPaths:
        """The per-user data folder (platformdirs: ~/.local/share/counter-app on Linux)."""
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    @property
    def database(self) -> Path:
        """The embedded SQLite database."""
        return self.root / "counter.sqlite3"

    @property
    def settings_file(self) -> Path:
        """Per-machine preferences (QSettings, INI format)."""
        return self.root / "settings.ini"

    @property
    def log_dir(self) -> Path:
        """Rotating log files."""
        return self.root / "logs"

    @property
    def backup_dir(self) -> Path:
        """Database backups (automatic before migrations and restores, and manual)."""
        return self.root / "backups"

    def ensure(self) -> DataPaths:
        """Create the folders and return self."""
        for folder in (self.root, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def migrations_dir() -> Path:
    """The Alembic script directory."""
    return resource_dir() / "db"


def i18n_dir() -> Path:
    """Compiled translations (.qm) and their sources (.ts)."""
    return resource_dir() / "resources" / "i18n"


FONT_FILE = "wqy-microhei.ttc"
"""The bundled CJK font (resources/fonts) of every printed form and label."""


def fonts_dir() -> Path:
    """Fonts shipped with the app."""
    return resource_dir() / "resources" / "fonts"


def report_font() -> Path:
    """The font file of every printed form and label (``FONT_FILE`` in ``fonts_dir()``)."""
    return fonts_dir() / FONT_FILE
