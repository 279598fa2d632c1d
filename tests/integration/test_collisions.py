"""Issue 13 §5: whatever a repository did not turn into a specific error, the unit of work
turns into a DomainError — no IntegrityError or DataError reaches a clerk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from counter_app.domain.errors import Collision, FieldInvalid
from counter_app.main import open_database
from counter_app.persistence.unit_of_work import UnitOfWorkFactory


@pytest.fixture
def engine(db_url: str, tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(db_url, backup_dir=tmp_path / "backups")
    yield engine
    engine.dispose()


def test_a_unique_key_hit_becomes_a_collision_naming_the_table(engine: Engine) -> None:
    insert = sa.text("INSERT INTO station_setting (key, value) VALUES ('k', 'v')")
    with engine.begin() as conn:
        conn.execute(insert)
    with pytest.raises(Collision) as err, UnitOfWorkFactory(engine)() as uow:
        uow.settings._s.execute(insert)  # type: ignore[attr-defined]
    assert err.value.entity == "station_setting"
    assert isinstance(err.value.__cause__, sa.exc.IntegrityError)


def test_a_value_the_server_refuses_becomes_a_field_error(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite stores what it is given; the service edge refuses it first")
    with pytest.raises(FieldInvalid) as err, UnitOfWorkFactory(engine)() as uow:
        uow.settings._s.execute(  # type: ignore[attr-defined]
            sa.text("INSERT INTO station_setting (key, value) VALUES (:k, 'v')"), {"k": "k" * 81})
    assert err.value.problem == "unstorable"
    with pytest.raises(FieldInvalid), UnitOfWorkFactory(engine)() as uow:
        uow.settings.set("nul", "a\x00b")
