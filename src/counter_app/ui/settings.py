"""Typed per-machine preferences in QSettings (INI under the data folder).

Preferences (language, database URL) are kept apart from remembered state (geometry, last
workspace). Business settings shared by all PCs live in the database, not here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("zh_CN", "en")


class Preferences:
    """Declares each key once with its type and default."""

    def __init__(self, path: Path) -> None:
        """Open (or create) the INI file at ``path``."""
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def _str(self, key: str, default: str) -> str:
        value = self._q.value(key, default)
        return str(value) if value is not None else default

    # --- preferences
    @property
    def language(self) -> str:
        """UI language: zh_CN (default) or en."""
        value = self._str("ui/language", "zh_CN")
        return value if value in LANGUAGES else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def database_url(self) -> str:
        """This PC's database URL; empty means the SQLite file in the data folder."""
        return self._str("database/url", "")

    @database_url.setter
    def database_url(self, value: str) -> None:
        self._q.setValue("database/url", value.strip())

    # --- remembered state
    @property
    def window_geometry(self) -> QByteArray | None:
        """The main window's geometry at last close."""
        value = self._q.value("state/window_geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._q.setValue("state/window_geometry", value)

    @property
    def last_job_number(self) -> str:
        """The job number last used to log in on this PC (pre-filled)."""
        return self._str("state/last_job_number", "")

    @last_job_number.setter
    def last_job_number(self, value: str) -> None:
        self._q.setValue("state/last_job_number", value)

    def sync(self) -> None:
        """Write to disk now."""
        self._q.sync()
