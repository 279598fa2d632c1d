"""Per-PC preferences live in settings.ini under the data folder and steer the database choice."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from counter_app.main import database_url
from counter_app.paths import DataPaths
from counter_app.ui.settings import Preferences

URL = "postgresql+psycopg://desk:p%40ss;w=rd@192.0.2.10:5432/station"


def test_database_url_saved_in_settings_is_used_at_next_start(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path).ensure()
    prefs = Preferences(paths.settings_file)
    assert database_url(argparse.Namespace(database=None), paths) == (
        f"sqlite:///{paths.database}")
    prefs.database_url = URL
    prefs.sync()
    assert paths.settings_file.is_file()
    assert database_url(argparse.Namespace(database=None), paths) == URL


def test_command_line_and_environment_win_over_the_settings_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = DataPaths(tmp_path).ensure()
    prefs = Preferences(paths.settings_file)
    prefs.database_url = URL
    prefs.sync()
    monkeypatch.setenv("COUNTER_APP_DATABASE", "sqlite:////env.db")
    assert database_url(argparse.Namespace(database=None), paths) == "sqlite:////env.db"
    assert database_url(argparse.Namespace(database="sqlite:////arg.db"), paths) == (
        "sqlite:////arg.db")


def test_scanner_preferences_round_trip_and_survive_a_damaged_value(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path).ensure()
    prefs = Preferences(paths.settings_file)
    assert (prefs.wedge_enabled, prefs.duplicate_window_s, prefs.serial_scanners) == (
        True, 2.0, [])
    prefs.serial_scanners = [{"port": "/dev/ttyUSB0", "baudrate": 9600}]
    prefs.duplicate_window_s = 3.5
    prefs.sync()
    again = Preferences(paths.settings_file)
    assert again.serial_scanners == [{"port": "/dev/ttyUSB0", "baudrate": 9600}]
    assert again.duplicate_window_s == 3.5
    text = paths.settings_file.read_text(encoding="utf-8")
    paths.settings_file.write_text(text.replace("3.5", "lots"), encoding="utf-8")
    assert Preferences(paths.settings_file).duplicate_window_s == 2.0
