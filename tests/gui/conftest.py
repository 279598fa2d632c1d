"""GUI fixtures: a migrated SQLite station in tmp_path and the real controller over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from tests.helpers import FakeClock, wired


@pytest.fixture
def services(tmp_path: Path) -> Iterator[AppServices]:
    """Real services on an empty, migrated SQLite file."""
    with wired(f"sqlite:///{tmp_path / 'counter.sqlite3'}", FakeClock(), tmp_path) as app:
        yield app


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    """A data folder for settings.ini."""
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def translations(qapp):  # type: ignore[no-untyped-def]
    """Translations reset to the source language (English) after the test."""
    from counter_app.ui.i18n import Translations

    t = Translations()
    yield t
    t.apply("en")


@pytest.fixture(autouse=True)
def _tasks_inline() -> Iterator[None]:
    """Background tasks run inline, so a test sees their result at once (house style J);
    tests of the worker thread itself use ``tasks.synchronous(False)``."""
    from counter_app.ui import tasks

    with tasks.synchronous(True):
        yield


@pytest.fixture(autouse=True)
def printed_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Every printer is a PDF file under tmp_path at 150 dpi (the edge: no real printer in a
    test); the list holds the files in the order the printers were made. Print setups start
    from their defaults (slips and labels at once, A5 and A4 ask)."""
    from PySide6.QtPrintSupport import QPrinter

    from counter_app.ui import printing

    files: list[Path] = []

    def make_printer(setup: printing.PrintSetup) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setResolution(150)
        path = tmp_path / f"printed-{len(files) + 1}.pdf"
        printer.setOutputFileName(str(path))
        files.append(path)
        return printer

    monkeypatch.setattr(printing, "make_printer", make_printer)
    printing.SETUPS.reset()
    yield files
    printing.SETUPS.reset()
