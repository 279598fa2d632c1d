"""The n-gram search index returns exactly what a full scan returns (issue 18 §1).

Hypothesis makes stays with random waybill numbers and names (Chinese, Latin, digits, the LIKE
metacharacters % _ \\ and quotes) and random fragments; the indexed search (FTS5 trigram on
SQLite, pg_trgm on PostgreSQL, bigrams for two-character names) must give the same stays as
``LIKE '%fragment%'`` over the table, on both databases. Renames (the retention purge masks
names) and deletes keep the index in step because triggers and expression indexes do it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter_app.domain.warehouse import NobodyHome, ProblemDetails, Reason
from counter_app.domain.warehouse_stay import StayRecord
from counter_app.main import open_database
from counter_app.persistence.unit_of_work import UnitOfWorkFactory

T0 = datetime(2026, 11, 23, 9, 0)
NAME_CHARS = "张王李赵刘陈杨黄吴周伟娜芳敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英%_\\\"' aAbBxX"
NUMBER_CHARS = "0123456789ABJDSFYT"


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, sa.Engine]]:
    """One migrated database per kind for the whole module (hypothesis runs many examples)."""
    import os
    import uuid

    made: dict[str, sa.Engine] = {}
    tmp = tmp_path_factory.mktemp("search")
    made["sqlite"] = open_database(f"sqlite:///{tmp / 'c.sqlite3'}", backup_dir=tmp)
    pg_url = os.environ.get("COUNTER_APP_TEST_PG_URL", "")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    if pg_url:
        admin = sa.create_engine(pg_url)
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        sep = "&" if "?" in pg_url else "?"
        made["postgres"] = open_database(f"{pg_url}{sep}options=-csearch_path%3D{schema}",
                                         backup_dir=tmp)
    yield made
    for engine in made.values():
        engine.dispose()
    if pg_url:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, engines: dict[str, sa.Engine]) -> sa.Engine:
    if request.param not in engines:
        import os

        if os.environ.get("COUNTER_APP_REQUIRE_PG") == "1":
            pytest.fail("COUNTER_APP_REQUIRE_PG=1 but COUNTER_APP_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set COUNTER_APP_TEST_PG_URL; .ci/run does)")
    return engines[request.param]


def stay(waybill: str, recipient: str, n: int) -> StayRecord:
    return StayRecord(
        waybill_no=waybill, reason=Reason.NOBODY_HOME,
        details=ProblemDetails(nobody_home=NobodyHome.TOMORROW, attempt_at=T0),
        location="A1", in_at=T0 + timedelta(minutes=n), in_by="2001", recipient=recipient,
        out_at=T0 + timedelta(minutes=n, seconds=1), out_by="2001")


def full_scan(engine: sa.Engine, column: str, fragment: str) -> set[int]:
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    with engine.connect() as conn:
        rows = conn.execute(sa.text(
            f"SELECT id FROM wh_stay WHERE {column} LIKE :p ESCAPE '\\'"),
            {"p": f"%{escaped}%"})
        return {int(r[0]) for r in rows}


def indexed(engine: sa.Engine, column: str, fragment: str) -> set[int]:
    with UnitOfWorkFactory(engine)() as uow:
        search = (uow.warehouse.search_number if column == "waybill_no"
                  else uow.warehouse.search_name)
        return {s.id for s in search(fragment, limit=10_000) if s.id is not None}


def reset(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM wh_stay"))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(st.text(NUMBER_CHARS, min_size=10, max_size=16),
                            st.text(NAME_CHARS, min_size=0, max_size=6)),
                  min_size=1, max_size=25, unique_by=lambda r: r[0]),
    picks=st.lists(st.tuples(st.integers(0, 24), st.integers(0, 15), st.integers(2, 6)),
                   min_size=1, max_size=6),
    rename=st.text(NAME_CHARS, min_size=0, max_size=5),
)
def test_the_index_finds_exactly_what_a_scan_finds(
        engine: sa.Engine, rows: list[tuple[str, str]],
        picks: list[tuple[int, int, int]], rename: str) -> None:
    reset(engine)
    with UnitOfWorkFactory(engine)() as uow:
        for n, (waybill, recipient) in enumerate(rows):
            uow.warehouse.add_stay(stay(waybill, recipient, n))
        uow.commit()
    with engine.begin() as conn:  # a name changed afterwards (the retention purge does this)
        conn.execute(sa.text("UPDATE wh_stay SET recipient = :r WHERE id = "
                             "(SELECT min(id) FROM wh_stay)"), {"r": rename})
        conn.execute(sa.text("DELETE FROM wh_stay WHERE id = (SELECT max(id) FROM wh_stay) "
                             "AND (SELECT count(*) FROM wh_stay) > 1"))
    with engine.connect() as conn:
        current = [(str(w), str(r)) for w, r in conn.execute(
            sa.text("SELECT waybill_no, recipient FROM wh_stay"))]
    for row, start, length in picks:
        waybill, recipient = current[row % len(current)]
        for column, value in (("waybill_no", waybill), ("recipient", recipient)):
            fragment = value[start % max(len(value), 1):][:length]
            if len(fragment) < 2:
                continue
            assert indexed(engine, column, fragment) == full_scan(engine, column, fragment), (
                column, fragment)


def test_two_character_names_use_the_bigrams(engine: sa.Engine) -> None:
    reset(engine)
    with UnitOfWorkFactory(engine)() as uow:
        for n, name in enumerate(["张伟", "张伟明", "李张伟", "张 伟", "伟张"]):
            uow.warehouse.add_stay(stay(f"77316523{n:06d}", name, n))
        uow.commit()
    with UnitOfWorkFactory(engine)() as uow:
        found = [s.recipient for s in uow.warehouse.search_name("张伟")]
    assert sorted(found) == sorted(["张伟", "张伟明", "李张伟"])


def test_the_migration_fills_the_index_for_parcels_already_stored(tmp_path: Path) -> None:
    from alembic import command

    from counter_app.paths import migrations_dir
    from counter_app.persistence.migrate import alembic_config, upgrade_to_head

    engine = open_database(f"sqlite:///{tmp_path / 'c.sqlite3'}", backup_dir=tmp_path)
    cfg = alembic_config(migrations_dir())
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    with UnitOfWorkFactory(engine)() as uow:
        uow.warehouse.add_stay(replace(stay("773165231200001", "王芳", 1), out_at=None))
        uow.commit()
    upgrade_to_head(engine, migrations_dir(), tmp_path / "b")
    assert indexed(engine, "recipient", "王芳") == full_scan(engine, "recipient", "王芳") != set()
    assert indexed(engine, "waybill_no", "5231200") != set()
    engine.dispose()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(st.text(NUMBER_CHARS, min_size=10, max_size=16),
                            st.text(NAME_CHARS, min_size=0, max_size=6), st.booleans()),
                  min_size=1, max_size=25, unique_by=lambda r: r[0]),
    picks=st.lists(st.tuples(st.integers(0, 24), st.integers(0, 15), st.integers(2, 6)),
                   min_size=1, max_size=6),
)
def test_the_in_stock_search_finds_exactly_the_open_stays_a_scan_finds(
        engine: sa.Engine, rows: list[tuple[str, str, bool]],
        picks: list[tuple[int, int, int]]) -> None:
    """The warehouse search adds every match still in stock (any age, no limit): asked of the
    index with ``in_stock``, never by reading the whole stock (issue 18 §1)."""
    reset(engine)
    with UnitOfWorkFactory(engine)() as uow:
        for n, (waybill, recipient, still_in) in enumerate(rows):
            made = stay(waybill, recipient, n)
            uow.warehouse.add_stay(replace(made, out_at=None, out_by=None) if still_in else made)
        uow.commit()
    for row, start, length in picks:
        waybill, recipient, _ = rows[row % len(rows)]
        for column, value in (("waybill_no", waybill), ("recipient", recipient)):
            fragment = value[start % max(len(value), 1):][:length]
            if len(fragment) < 2:
                continue
            with UnitOfWorkFactory(engine)() as uow:
                search = (uow.warehouse.search_number if column == "waybill_no"
                          else uow.warehouse.search_name)
                found = search(fragment, limit=None, in_stock=True)
            with engine.connect() as conn:
                open_ids = {int(r[0]) for r in conn.execute(
                    sa.text("SELECT id FROM wh_stay WHERE out_at IS NULL"))}
            assert all(s.out_at is None for s in found)
            assert [s.in_at for s in found] == sorted((s.in_at for s in found), reverse=True)
            assert {s.id for s in found} == full_scan(engine, column, fragment) & open_ids, (
                column, fragment)
