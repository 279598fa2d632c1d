"""Migrations agree with the models; start-up migration backs up first; backup and restore."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from counter_app.main import main, open_database
from counter_app.paths import migrations_dir
from counter_app.persistence.engine import make_engine
from counter_app.persistence.migrate import current_revision, head_revision, upgrade_to_head
from counter_app.persistence.search_index import include_object
from counter_app.persistence.tables import Base


def test_migrated_database_matches_the_models(db_url: str, tmp_path: Path) -> None:
    engine = open_database(db_url, backup_dir=tmp_path)
    with engine.connect() as conn:
        # the search index (migration 0008) is raw SQL the models do not declare
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_migrations_run_down_and_up_on_a_populated_database(tmp_path: Path) -> None:
    """A populated database survives a full downgrade/upgrade; tables outside ours are kept."""
    from alembic import command

    from counter_app.persistence.migrate import alembic_config

    db = tmp_path / "counter.sqlite3"
    assert main(["--data-dir", str(tmp_path), "demo"]) == 0
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE local_note (id INTEGER PRIMARY KEY, text TEXT)"))
        conn.execute(sa.text("INSERT INTO local_note VALUES (1, '交接班: 3 件待退回')"))
    assert not upgrade_to_head(engine, migrations_dir(), tmp_path / "backups").changed  # at head
    cfg = alembic_config(migrations_dir())
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert current_revision(engine) is None
    upgrade_to_head(engine, migrations_dir(), tmp_path / "backups")
    assert current_revision(engine) == head_revision(migrations_dir())
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT text FROM local_note")).scalar_one() == (
            "交接班: 3 件待退回"
        )
        assert conn.execute(sa.text("SELECT count(*) FROM staff")).scalar_one() == 0
    engine.dispose()


def test_start_up_migration_backs_up_a_database_behind_head_once(tmp_path: Path) -> None:
    """One pre-upgrade copy per target revision, taken before the upgrade (issue 12 §3)."""
    from alembic import command

    from counter_app.persistence.migrate import alembic_config

    db = tmp_path / "counter.sqlite3"
    assert main(["--data-dir", str(tmp_path), "demo"]) == 0
    engine = make_engine(f"sqlite:///{db}")
    cfg = alembic_config(migrations_dir())
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        conn.execute(sa.text("INSERT INTO station_setting VALUES ('k', 'before')"))
    result = upgrade_to_head(engine, migrations_dir(), tmp_path / "backups")
    assert (result.before, result.after) == ("0005", head_revision(migrations_dir()))
    backups = list((tmp_path / "backups").glob("*pre-upgrade-0005-to-*"))
    assert backups == [result.backup]
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT value FROM station_setting WHERE key='k'").fetchone() == (
            "before",
        )
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
    conn.close()
    engine.dispose()


def test_a_database_of_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    from counter_app.domain.storage import DatabaseTooNew

    db = tmp_path / "counter.sqlite3"
    engine = open_database(f"sqlite:///{db}", backup_dir=tmp_path / "backups")
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    before = db.read_bytes()
    engine = make_engine(f"sqlite:///{db}")
    with pytest.raises(DatabaseTooNew) as caught:
        upgrade_to_head(engine, migrations_dir(), tmp_path / "backups")
    assert caught.value.revision == "0099"
    assert not list((tmp_path / "backups").glob("*"))
    engine.dispose()
    assert db.read_bytes() == before


def test_sqlite_connections_use_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'c.sqlite3'}", backup_dir=tmp_path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        with pytest.raises(sa.exc.IntegrityError):
            conn.execute(
                sa.text(
                    "INSERT INTO courier_area (courier_id, area, since) "
                    "VALUES (999, 'x', '2026-01-01')"
                )
            )
    engine.dispose()


class TestAdminCommands:
    def test_backup_then_restore_brings_back_the_old_data_and_keeps_a_safety_copy(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        data = tmp_path / "data"
        assert main(["--data-dir", str(data), "demo"]) == 0
        assert main(["--data-dir", str(data), "db", "backup"]) == 0
        backup = Path(capsys.readouterr().out.strip().splitlines()[-1])
        assert backup.is_file()
        with sqlite3.connect(data / "counter.sqlite3") as conn:
            conn.execute("INSERT INTO station_setting (key, value) VALUES ('after', 'backup')")
        conn.close()
        assert main(["--data-dir", str(data), "db", "restore", "--yes", str(backup)]) == 0
        out = capsys.readouterr().out
        with sqlite3.connect(data / "counter.sqlite3") as conn:
            keys = [r[0] for r in conn.execute("SELECT key FROM station_setting")]
            staff = conn.execute("SELECT count(*) FROM staff").fetchone()[0]
        conn.close()
        assert "after" not in keys
        assert staff == 6
        safety = next((data / "backups").glob("*before-restore*"))
        assert str(safety) in out
        with sqlite3.connect(safety) as conn:
            assert conn.execute("SELECT value FROM station_setting WHERE key='after'").fetchone()
        conn.close()

    def test_restore_of_a_missing_file_fails_clearly_and_changes_nothing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        data = tmp_path / "data"
        main(["--data-dir", str(data), "demo"])
        assert main(["--data-dir", str(data), "db", "restore", str(tmp_path / "nope")]) == 2
        assert "nope does not exist" in capsys.readouterr().err
        assert not list((data / "backups").glob("*before-restore*"))

    def test_demo_twice_is_harmless(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        data = tmp_path / "data"
        assert main(["--data-dir", str(data), "demo"]) == 0
        assert main(["--data-dir", str(data), "demo"]) == 0
        assert "already set up" in capsys.readouterr().out

    def test_db_upgrade_runs_without_a_display_in_a_fresh_process(self, tmp_path: Path) -> None:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "counter_app",
                "--data-dir",
                str(tmp_path / "d"),
                "db",
                "upgrade",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "up to date" in result.stdout
        assert (tmp_path / "d" / "counter.sqlite3").is_file()
        assert (tmp_path / "d" / "logs" / "counter-app.log").is_file()


def test_0007_merges_duplicate_batches_that_two_pcs_opened_before_the_unique_index(
        db_url: str, tmp_path: Path) -> None:
    """Issue 13: a database at 0006 may hold two batches of one courier and day (the race the
    index now prevents). The upgrade keeps the oldest, moves the other's receipts and
    set-asides into it, keeps it open if either was open, and logs the merge."""
    from alembic import command

    from counter_app.persistence.migrate import alembic_config

    engine = make_engine(db_url)
    cfg = alembic_config(migrations_dir())
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        run = conn.execute
        run(sa.text("INSERT INTO courier (id, name, phone, kind, active) "
                    "VALUES (1, '张伟', '13905711001', 'courier', true)"))
        for batch_id, closed in ((1, None), (2, "2026-11-22 21:00:00"), (3, None)):
            run(sa.text("INSERT INTO receipt_batch (id, courier_id, delivery_date, opened_at, "
                        "opened_by, closed_at, closed_by) VALUES (:id, 1, :day, "
                        "'2026-11-22 20:00:00', '3001', :closed, :by)"),
                {"id": batch_id, "day": "2026-11-22" if batch_id < 3 else "2026-11-23",
                 "closed": closed, "by": "3002" if closed else None})
        for n, batch_id in ((1, 1), (2, 2), (3, 2), (4, 3)):
            run(sa.text("INSERT INTO receipt (batch_id, waybill_no, signer, signer_kind, pieces, "
                        "cod_flagged, entered_at, entered_by, late, arrived_on) VALUES (:b, :w, "
                        "'李娜', 'full', 1, false, '2026-11-22 20:30:00', '3001', false, "
                        "'2026-11-21')"), {"b": batch_id, "w": f"7731652312{n:04d}"})
        run(sa.text("INSERT INTO receipt_set_aside (batch_id, partial_barcode, printed_digits, "
                    "note, at, by) VALUES (2, '77316', '', '', '2026-11-22 20:40:00', '3002')"))
    upgrade_to_head(engine, migrations_dir(), tmp_path / "backups")
    with engine.connect() as conn:
        batches = conn.execute(sa.text(
            "SELECT id, delivery_date, closed_at FROM receipt_batch ORDER BY id")).all()
        assert [(b[0], b[2]) for b in batches] == [(1, None), (3, None)]  # 2 merged into 1
        per_batch = dict(conn.execute(sa.text(
            "SELECT batch_id, count(*) FROM receipt GROUP BY batch_id")).all())
        assert per_batch == {1: 3, 3: 1}
        assert conn.execute(sa.text(
            "SELECT batch_id FROM receipt_set_aside")).scalar_one() == 1
        merged = conn.execute(sa.text(
            "SELECT actor, entity_id, action, after FROM audit_log")).one()
        assert merged[:3] == ("system", "1", "merge (0007)")
        assert '"merged_batches": [2]' in merged[3]
        with pytest.raises(sa.exc.IntegrityError):
            conn.execute(sa.text("INSERT INTO receipt_batch (courier_id, delivery_date, "
                                 "opened_at, opened_by) VALUES (1, '2026-11-22', "
                                 "'2026-11-22 22:00:00', '3003')"))
    engine.dispose()


def test_start_at_head_reads_the_scripts_without_alembic(tmp_path: Path) -> None:
    """Issue 18 §4: the usual start (database at head) neither imports Alembic nor changes
    anything; the head read from the scripts' text is Alembic's head; a new database still
    goes through Alembic."""
    from alembic.script import ScriptDirectory

    from counter_app.persistence.migrate import _chain_from_text, _head_from_text, alembic_config

    assert _head_from_text(migrations_dir()) == head_revision(migrations_dir())
    script = ScriptDirectory.from_config(alembic_config(migrations_dir()))
    # the revisions a backup may carry, read from the text as Alembic walks them
    assert _chain_from_text(migrations_dir()) == tuple(
        rev.revision for rev in reversed(list(script.walk_revisions())))
    db = tmp_path / "station.sqlite3"
    open_database(f"sqlite:///{db}", backup_dir=tmp_path).dispose()
    code = ("import sys; from pathlib import Path; "
            "from counter_app.main import open_database; "
            f"e = open_database('sqlite:///{db}', backup_dir=Path({str(tmp_path)!r})); "
            "from counter_app.persistence.migrate import known_revisions; "
            "from counter_app.paths import migrations_dir; known_revisions(migrations_dir()); "
            "print('alembic' in sys.modules)")
    before = db.read_bytes()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
    assert db.read_bytes() == before
    fresh = tmp_path / "new.sqlite3"  # no schema yet: Alembic builds it
    out = subprocess.run([sys.executable, "-c", code.replace(str(db), str(fresh))],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
    engine = make_engine(f"sqlite:///{fresh}")
    assert current_revision(engine) == head_revision(migrations_dir())
    engine.dispose()
