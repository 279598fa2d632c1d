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

from tests.serial_fixtures import null_modem, null_modem_factory  # noqa: E402, F401


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


# --- databases -------------------------------------------------------------------------------
# The same persistence and service tests run on an SQLite file and on PostgreSQL (issue 2).
# PostgreSQL runs when COUNTER_APP_TEST_PG_URL names a server (.ci/run sets it); each test gets
# its own schema, dropped afterwards (tests/helpers.postgres_schema). With
# COUNTER_APP_REQUIRE_PG=1 a missing server fails.


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: an SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'counter.sqlite3'}"
        return
    from tests.helpers import postgres_schema

    with postgres_schema() as url:
        yield url
