"""Test harness: offscreen Qt, English source language, markers by folder, fail on log warnings."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("COUNTER_APP_TRANS_SCALE", None)

TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Apply markers by folder, and ``gui`` to any test that uses a QApplication."""
    for item in items:
        path = Path(str(item.fspath))
        if TESTS / "integration" in path.parents:
            item.add_marker("integration")
        fixtures = getattr(item, "fixturenames", ())
        if "qapp" in fixtures or "qtbot" in fixtures or TESTS / "gui" in path.parents:
            item.add_marker("gui")


class _FailOnWarningHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_log_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A WARNING or worse on any logger fails the test unless the test uses ``caplog``."""
    handler = _FailOnWarningHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if "caplog" not in request.fixturenames and handler.records:
        lines = "; ".join(f"{r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"unexpected log records at WARNING or above: {lines}")
