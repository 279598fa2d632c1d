"""Typed per-machine preferences in QSettings (INI under the data folder).

Preferences (language, database URL) are kept apart from remembered state (geometry, last
workspace). Business settings shared by all PCs live in the database, not here.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from counter_app.services.backups import BackupPolicy

LANGUAGES = ("zh_CN", "en")


class Preferences:
    """Declares each key once with its type and default."""

    def __init__(self, path: Path) -> None:
        """Open (or create) the INI file at ``path``."""
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def folder(self) -> Path:
        """The folder of the settings file (the data folder): the print log lives there."""
        return Path(self._q.fileName()).parent

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

    # --- scanners (devices belong to this PC)
    @property
    def serial_scanners(self) -> list[dict[str, object]]:
        """Configured serial scanners as plain dicts (see ui.scanning.serial_settings_from)."""
        raw = self._str("scanners/serial", "[]")
        try:
            value = json.loads(raw)
        except ValueError:
            return []
        return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

    @serial_scanners.setter
    def serial_scanners(self, value: list[dict[str, object]]) -> None:
        self._q.setValue("scanners/serial", json.dumps(value, ensure_ascii=False))

    @property
    def wedge_enabled(self) -> bool:
        """Whether typed keys are watched for keyboard-wedge scanner bursts."""
        return self._str("scanners/wedge_enabled", "true").lower() == "true"

    @wedge_enabled.setter
    def wedge_enabled(self, value: bool) -> None:
        self._q.setValue("scanners/wedge_enabled", "true" if value else "false")

    def printer_for(self, kind: str) -> tuple[str, bool | None]:
        """This PC's printer for a document kind ("" = the default printer) and whether to
        print without asking (None = the kind's default)."""
        direct = self._str(f"printing/{kind}_direct", "")
        return (self._str(f"printing/{kind}_printer", ""),
                None if direct == "" else direct.lower() == "true")

    def set_printer_for(self, kind: str, printer: str, direct: bool) -> None:
        """Remember this PC's printer and print mode for a document kind."""
        self._q.setValue(f"printing/{kind}_printer", printer)
        self._q.setValue(f"printing/{kind}_direct", "true" if direct else "false")

    def paper_for(self, kind: str) -> str:
        """The stock this PC prints a document kind on ("" = the kind's default; the pickup
        label: ``60x40`` or ``40x30``, issue 15 §2)."""
        return self._str(f"printing/{kind}_paper", "")

    def set_paper_for(self, kind: str, paper: str) -> None:
        """Remember the stock of a document kind."""
        self._q.setValue(f"printing/{kind}_paper", paper)

    def _float(self, key: str, default: float) -> float:
        try:
            return float(self._str(key, str(default)))
        except ValueError:
            return default

    @property
    def wedge_max_gap_ms(self) -> float:
        """Largest gap between keys of one scanner burst."""
        return self._float("scanners/wedge_max_gap_ms", 40.0)

    @wedge_max_gap_ms.setter
    def wedge_max_gap_ms(self, value: float) -> None:
        self._q.setValue("scanners/wedge_max_gap_ms", str(value))

    @property
    def wedge_min_length(self) -> int:
        """Shortest burst that counts as a scan."""
        return int(self._float("scanners/wedge_min_length", 6))

    @wedge_min_length.setter
    def wedge_min_length(self, value: int) -> None:
        self._q.setValue("scanners/wedge_min_length", str(int(value)))

    @property
    def duplicate_window_s(self) -> float:
        """The same code again within this many seconds is a duplicate (0 = off)."""
        return self._float("scanners/duplicate_window_s", 2.0)

    @duplicate_window_s.setter
    def duplicate_window_s(self, value: float) -> None:
        self._q.setValue("scanners/duplicate_window_s", str(value))

    # --- scale and raw printers (devices belong to this PC, issue 17)
    def _json_dict(self, key: str) -> dict[str, object]:
        try:
            value = json.loads(self._str(key, "{}"))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    @property
    def scale(self) -> dict[str, object]:
        """This PC's scale (see hardware.scale.scale_settings_from); empty: no scale."""
        return self._json_dict("hardware/scale")

    @scale.setter
    def scale(self, value: dict[str, object]) -> None:
        self._q.setValue("hardware/scale", json.dumps(value, ensure_ascii=False))

    @property
    def raw_printers(self) -> dict[str, dict[str, str]]:
        """Raw printers by document (``slip``, ``label``, ``receipt``): language, size, target.

        A document missing here prints through the system dialog (issue 17 §2).
        """
        value = self._json_dict("hardware/raw_printers")
        return {
            str(k): {str(a): str(b) for a, b in v.items()}
            for k, v in value.items()
            if isinstance(v, dict)
        }

    @raw_printers.setter
    def raw_printers(self, value: dict[str, dict[str, str]]) -> None:
        self._q.setValue("hardware/raw_printers", json.dumps(value, ensure_ascii=False))

    # --- backups (the SQLite file lives on this PC, issue 12 §1)
    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._str(key, str(default)))
        except ValueError:
            return default

    @property
    def backup_policy(self) -> BackupPolicy:
        """Daily automatic backup, how long copies are kept, and the second place."""
        return BackupPolicy(
            daily=self._str("backup/daily", "true").lower() == "true",
            keep_days=max(1, self._int("backup/keep_days", BackupPolicy.keep_days)),
            keep_count=max(1, self._int("backup/keep_count", BackupPolicy.keep_count)),
            second_place=self._str("backup/second_place", ""),
        )

    @backup_policy.setter
    def backup_policy(self, value: BackupPolicy) -> None:
        self._q.setValue("backup/daily", "true" if value.daily else "false")
        self._q.setValue("backup/keep_days", str(value.keep_days))
        self._q.setValue("backup/keep_count", str(value.keep_count))
        self._q.setValue("backup/second_place", value.second_place)

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

    def sync(self) -> bool:
        """Write to disk now (QSettings saves through a temporary file and a rename).

        Returns False when the file could not be written (read-only folder, full disk).
        """
        self._q.sync()
        return self._q.status() == QSettings.Status.NoError
