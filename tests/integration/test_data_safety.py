"""Nothing lost, nothing corrupted (issue 12): backups, restores, upgrades, exports, full disks.

Kill tests use real processes and SIGKILL; full-disk tests a small tmpfs mounted by the test
(skipped with the reason where the machine does not allow mounting).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from counter_app.atomic import write_atomic
from counter_app.domain.storage import (
    BackupFailed,
    BackupProblem,
    BackupRefused,
    NoRoomForCopy,
    StorageProblem,
    UpgradeFailed,
)
from counter_app.main import main
from counter_app.paths import migrations_dir
from counter_app.persistence.backup import (
    inspect_backup,
    list_backups,
    take_backup,
)
from counter_app.persistence.engine import make_engine
from counter_app.persistence.migrate import current_revision, known_revisions, upgrade_to_head

HERE = Path(__file__).parent
REVISIONS = known_revisions(migrations_dir())


@contextlib.contextmanager
def tmpfs(folder: Path, size: str, *, read_only: bool = False) -> Iterator[Path]:
    """A small file system mounted at ``folder`` for the test (root only)."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not root'})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture(scope="module")
def demo_station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo station's data folder made once through the real command (migrations, demo
    data: ~2 s), for the tests of this module to copy (issue 14 §5)."""
    data = tmp_path_factory.mktemp("demo-station") / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


@pytest.fixture
def station(demo_station: Path, tmp_path: Path) -> Path:
    """A demo station's data folder (SQLite) of this test's own: a copy of ``demo_station``,
    taken while nothing has it open."""
    data = tmp_path / "data"
    shutil.copytree(demo_station, data)
    return data


def staff_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        n = int(conn.execute("SELECT count(*) FROM staff").fetchone()[0])
    conn.close()
    return n


def grow(db: Path, megabytes: int) -> None:
    """Add a table of filler so that copying takes a while."""
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS local_filler (b BLOB)")
        conn.executemany("INSERT INTO local_filler VALUES (?)",
                         [(os.urandom(64 * 1024),) for _ in range(megabytes * 16)])
    conn.close()


# --- 1. backups that are always whole --------------------------------------------------------


class TestBackup:
    def test_a_backup_is_verified_self_contained_and_listed(self, station: Path) -> None:
        db = station / "counter.sqlite3"
        path = take_backup(db, station / "backups", REVISIONS)
        info = inspect_backup(path, REVISIONS)
        assert info.station_name
        assert info.counts["staff"] == 6
        assert info.revision == REVISIONS[-1]
        # one file, no -wal/-shm or temporary file next to it
        assert sorted(p.name for p in (station / "backups").iterdir()) == [path.name]
        assert [f.name for f in list_backups(station / "backups")] == [path.name]
        assert list_backups(station / "backups")[0].kind == "manual"

    def test_a_killed_backup_never_leaves_a_file_that_restore_accepts(
            self, station: Path, tmp_path: Path) -> None:
        """SIGKILL `db backup` part-way through a 48 MB database, 12 times at spread points."""
        db = station / "counter.sqlite3"
        grow(db, 48)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        killed = 0
        for i in range(12):
            proc = subprocess.Popen(
                [sys.executable, "-m", "counter_app", "--data-dir", str(station), "db",
                 "backup"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            time.sleep(0.35 + 0.08 * i)  # spread the kill over start-up, copy and check
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.communicate()
        assert killed >= 6, "the backup finished too quickly to be killed part-way"
        for path in (station / "backups").iterdir():
            if path.name.startswith("."):  # a temporary file of a killed run
                assert ".partial" in path.name
                # if someone picks it anyway: refused, unless the kill came after the copy was
                # whole (verified, not yet renamed), and then it holds the whole station
                try:
                    held = inspect_backup(path, REVISIONS)
                except BackupRefused:
                    continue
                assert held.counts["staff"] == 6
                continue
            assert inspect_backup(path, REVISIONS).counts["staff"] == 6
        for item in list_backups(station / "backups"):
            assert ".partial" not in item.name
        # the next backup clears what the killed ones left behind
        take_backup(station / "counter.sqlite3", station / "backups", REVISIONS)
        assert not list((station / "backups").glob(".*"))

    def test_no_room_is_said_before_anything_is_written(self, station: Path,
                                                        tmp_path: Path) -> None:
        with tmpfs(tmp_path / "small", "2m") as small:
            with pytest.raises(NoRoomForCopy) as caught:
                take_backup(station / "counter.sqlite3", small, REVISIONS)
            assert caught.value.free < caught.value.needed
            assert list(small.iterdir()) == []

    def test_a_disk_that_fills_during_the_copy_leaves_no_file_and_older_ones_whole(
            self, station: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        db = station / "counter.sqlite3"
        grow(db, 4)
        with tmpfs(tmp_path / "small", "3m") as small:
            old = small / "counter-20261101-090000-000000-manual.sqlite3"
            old.write_bytes(b"x" * 1000)  # stands for an older good backup: must survive
            import counter_app.persistence.backup as backup_module

            monkeypatch.setattr(backup_module, "check_room", lambda folder, needed: None)
            with pytest.raises(BackupFailed) as caught:
                take_backup(db, small, REVISIONS)
            assert caught.value.problem is StorageProblem.DISK_FULL
            assert sorted(p.name for p in small.iterdir()) == [old.name]
            assert old.read_bytes() == b"x" * 1000

    def test_one_pre_upgrade_copy_however_often_a_failing_upgrade_is_retried(
            self, station: Path,
            caplog: pytest.LogCaptureFixture) -> None:
        """A start that cannot upgrade names its backup and does not take another."""
        from alembic import command

        from counter_app.persistence.migrate import alembic_config

        db = station / "counter.sqlite3"
        engine = make_engine(f"sqlite:///{db}")
        cfg = alembic_config(migrations_dir())
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
            # a table in the way of 0006: the upgrade fails at its first CREATE
            conn.execute(sa.text("CREATE TABLE ci_sender (x INTEGER)"))
        names = []
        for _ in range(3):
            with pytest.raises(UpgradeFailed) as caught:
                upgrade_to_head(engine, migrations_dir(), station / "backups")
            names.append(Path(caught.value.backup).name)
            assert current_revision(engine) == "0005"  # rolled back as a whole
        assert names == [f"counter-pre-upgrade-0005-to-{REVISIONS[-1]}.sqlite3"] * 3
        assert len(list((station / "backups").glob("*pre-upgrade*"))) == 1
        assert staff_count(db) == 6
        engine.dispose()

    def test_the_cli_names_the_backup_when_an_upgrade_cannot_proceed(
            self, station: Path, capsys: pytest.CaptureFixture[str],
            caplog: pytest.LogCaptureFixture) -> None:
        from alembic import command

        from counter_app.persistence.migrate import alembic_config

        engine = make_engine(f"sqlite:///{station / 'counter.sqlite3'}")
        with engine.begin() as conn:
            cfg = alembic_config(migrations_dir())
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
            conn.execute(sa.text("CREATE TABLE ci_sender (x INTEGER)"))
        engine.dispose()
        assert main(["--data-dir", str(station), "db", "upgrade"]) == 2
        err = capsys.readouterr().err
        assert "did not complete" in err
        assert f"counter-pre-upgrade-0005-to-{REVISIONS[-1]}.sqlite3" in err


# --- 2. restore that refuses what would hurt ---------------------------------------------------


class TestRestore:
    @pytest.fixture
    def good(self, station: Path) -> Path:
        return take_backup(station / "counter.sqlite3", station / "backups", REVISIONS)

    def _refused(self, station: Path, path: Path, problem: BackupProblem,
                 capsys: pytest.CaptureFixture[str]) -> str:
        db = station / "counter.sqlite3"
        before = staff_count(db)
        assert main(["--data-dir", str(station), "db", "restore", "--yes", str(path)]) == 2
        assert staff_count(db) == before
        assert not list((station / "backups").glob("*before-restore*"))
        with pytest.raises(BackupRefused) as caught:
            inspect_backup(path, REVISIONS)
        assert caught.value.problem is problem
        return capsys.readouterr().err

    def test_an_empty_file_is_refused(self, station: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
        empty = tmp_path / "empty.sqlite3"
        empty.write_bytes(b"")
        assert "is empty" in self._refused(station, empty, BackupProblem.EMPTY, capsys)

    def test_a_cut_short_backup_is_refused(self, station: Path, good: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
        cut = tmp_path / "cut.sqlite3"
        data = good.read_bytes()
        cut.write_bytes(data[: len(data) // 2])
        assert "damaged" in self._refused(station, cut, BackupProblem.CORRUPT, capsys)

    def test_another_programs_database_is_refused(self, station: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
        other = tmp_path / "other.sqlite3"
        with sqlite3.connect(other) as conn:
            conn.execute("CREATE TABLE songs (title TEXT)")
        conn.close()
        assert "another program" in self._refused(station, other, BackupProblem.NOT_OURS,
                                                  capsys)

    def test_a_file_that_is_not_a_database_is_refused(
            self, station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        text = tmp_path / "notes.sqlite3"
        text.write_text("交接班记录\n" * 100, encoding="utf-8")
        self._refused(station, text, BackupProblem.NOT_SQLITE, capsys)

    def test_a_backup_of_a_newer_program_is_refused_before_anything_is_replaced(
            self, station: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
        with sqlite3.connect(good) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.close()
        err = self._refused(station, good, BackupProblem.TOO_NEW, capsys)
        assert "newer version" in err
        assert main(["--data-dir", str(station), "db", "upgrade"]) == 0  # still starts

    def test_an_unset_station_is_refused(self, station: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
        bare = tmp_path / "bare"
        assert main(["--data-dir", str(bare), "db", "upgrade"]) == 0
        self._refused(station, bare / "counter.sqlite3", BackupProblem.NO_STATION, capsys)

    @pytest.mark.parametrize("name", ["backup?mode=rw.sqlite3", "备份#1 (copy).sqlite3",
                                      "50%.sqlite3"])
    def test_names_with_uri_characters_are_checked_like_any_other(
            self, station: Path, good: Path, tmp_path: Path, name: str,
            capsys: pytest.CaptureFixture[str]) -> None:
        """A corrupt file with ? or # in its name was restored unchecked before."""
        bad = tmp_path / name
        data = bytearray(good.read_bytes())
        data[len(data) // 2: len(data) // 2 + 8192] = b"\xff" * 8192  # damage a page
        bad.write_bytes(bytes(data))
        with pytest.raises(BackupRefused) as caught:
            inspect_backup(bad, REVISIONS)
        assert caught.value.problem is BackupProblem.CORRUPT
        whole = tmp_path / ("ok-" + name)
        whole.write_bytes(good.read_bytes())
        assert inspect_backup(whole, REVISIONS).counts["staff"] == 6

    def test_the_cli_shows_what_the_backup_holds_and_asks_first(
            self, station: Path, good: Path, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> None:
        db = station / "counter.sqlite3"
        with sqlite3.connect(db) as conn:
            conn.execute("INSERT INTO station_setting (key, value) VALUES ('after', 'backup')")
        conn.close()
        monkeypatch.setattr("builtins.input", lambda _prompt: "n")
        assert main(["--data-dir", str(station), "db", "restore", str(good)]) == 1
        out = capsys.readouterr().out
        assert "6 staff" in out
        assert "nothing was changed" in out
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT 1 FROM station_setting WHERE key='after'").fetchone()
        conn.close()
        monkeypatch.setattr("builtins.input", lambda _prompt: "y")
        assert main(["--data-dir", str(station), "db", "restore", str(good)]) == 0
        with sqlite3.connect(db) as conn:
            assert not conn.execute("SELECT 1 FROM station_setting WHERE key='after'").fetchone()
            audit = conn.execute("SELECT after FROM audit_log WHERE entity='database' "
                                 "ORDER BY id DESC").fetchone()
        conn.close()
        assert json.loads(audit[0])["file"] == good.name
        kept = next((station / "backups").glob("*before-restore*"))
        with sqlite3.connect(kept) as conn:
            assert conn.execute("SELECT 1 FROM station_setting WHERE key='after'").fetchone()
        conn.close()


# --- 3. upgrades that survive a power cut -----------------------------------------------------


def _kill_run(template: Path, work: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, str(HERE / "upgrade_kill_driver.py"), str(template),
                           str(work)], capture_output=True, text=True, env=env, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_an_upgrade_killed_after_any_statement_starts_cleanly_next_time(tmp_path: Path) -> None:
    """The first start of a new station (empty file → head), killed after each statement."""
    template = tmp_path / "empty.sqlite3"
    template.write_bytes(b"")
    result = _kill_run(template, tmp_path / "work")
    assert result["statements"] == result["killed"]
    assert int(result["killed"]) >= 40  # 0001 → head writes more than 40 statements
    assert result["failures"] == []


def test_an_upgrade_of_a_station_with_data_killed_anywhere_keeps_every_row(
        station: Path, tmp_path: Path) -> None:
    from alembic import command

    from counter_app.persistence.migrate import alembic_config

    db = station / "counter.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        cfg = alembic_config(migrations_dir())
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
        conn.execute(sa.text("CREATE TABLE local_note (id INTEGER PRIMARY KEY, text TEXT)"))
        conn.execute(sa.text("INSERT INTO local_note VALUES (1, '交接班: 3 件待退回')"))
    engine.dispose()
    with sqlite3.connect(db) as raw:  # the template is copied as one file: no WAL beside it
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
    raw.close()
    result = _kill_run(db, tmp_path / "work")
    assert int(result["killed"]) >= 10
    assert result["failures"] == []
    assert int(result["max_backups"]) <= 1  # one pre-upgrade copy per target, not per start


def test_postgresql_upgrade_takes_a_pg_dump_first(db_url: str, tmp_path: Path) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("pg_dump is for PostgreSQL")
    import shutil

    from alembic import command

    from counter_app.persistence.migrate import alembic_config

    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on the PATH")
    engine = make_engine(db_url)
    upgrade_to_head(engine, migrations_dir(), tmp_path / "b")
    with engine.begin() as conn:
        cfg = alembic_config(migrations_dir())
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    result = upgrade_to_head(engine, migrations_dir(), tmp_path / "b")
    engine.dispose()
    assert result.backup is not None
    assert result.backup.suffix == ".dump"
    assert result.backup.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert not result.advice


# --- 4. atomic exports ------------------------------------------------------------------------


class TestAtomicExports:
    def test_a_failed_write_leaves_the_previous_file_and_no_temporary(
            self, tmp_path: Path) -> None:
        target = tmp_path / "错写大字上报表_2026-10.pdf"
        target.write_bytes(b"last month's good report")
        from counter_app.atomic import atomic_output

        def killed_half_way() -> None:
            with atomic_output(target) as handle:
                handle.write(b"half a rep")
                raise RuntimeError("killed")

        with pytest.raises(RuntimeError, match="killed"):
            killed_half_way()
        assert target.read_bytes() == b"last month's good report"
        assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]

    def test_a_full_disk_leaves_the_previous_export_untouched(self, tmp_path: Path) -> None:
        with tmpfs(tmp_path / "small", "1m") as small:
            target = small / "statement.xlsx"
            write_atomic(target, b"good" * 1000)
            with pytest.raises(OSError, match="No space left"):
                write_atomic(target, os.urandom(2 * 1024 * 1024))
            assert target.read_bytes() == b"good" * 1000
            assert sorted(p.name for p in small.iterdir()) == ["statement.xlsx"]

    def test_the_report_command_says_so_when_the_disk_is_full(
            self, station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        with tmpfs(tmp_path / "small", "256k") as small:
            target = small / "m.pdf"
            target.write_bytes(b"%PDF old")
            with contextlib.suppress(OSError), open(small / "filler", "wb") as filler:
                while True:  # fill the disk to the last block
                    filler.write(b"\0" * 4096)
                    filler.flush()
            code = main(["--data-dir", str(station), "report", "misroute", "--month",
                         "2026-11", "--pdf", str(target)])
            assert code == 2
            assert "is unchanged" in capsys.readouterr().err
            assert target.read_bytes() == b"%PDF old"

    def test_a_killed_export_process_leaves_the_previous_file(self, tmp_path: Path) -> None:
        """SIGKILL a writer in the middle of a 64 MB write, 5 times."""
        target = tmp_path / "handover.pdf"
        target.write_bytes(b"previous handover")
        script = (
            "import sys\nfrom pathlib import Path\nfrom counter_app.atomic import atomic_output\n"
            "with atomic_output(Path(sys.argv[1])) as h:\n"
            "    for _ in range(4096):\n        h.write(b'x' * 16384)\n"
            "        h.flush()\n"
        )
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        for _ in range(5):
            proc = subprocess.Popen([sys.executable, "-c", script, str(target)], env=env)
            deadline = time.monotonic() + 20
            while not any(p.name.endswith(".partial") for p in tmp_path.iterdir()):
                assert time.monotonic() < deadline
                assert proc.poll() is None
                time.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            assert target.read_bytes() == b"previous handover"


# --- 6. errors a clerk can act on (start-up) --------------------------------------------------


class TestStartUpErrors:
    def test_a_read_only_data_folder_is_a_sentence_not_a_traceback(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str],
            caplog: pytest.LogCaptureFixture) -> None:
        with tmpfs(tmp_path / "ro", "1m", read_only=True) as ro:
            assert main(["--data-dir", str(ro / "station"), "db", "upgrade"]) == 1
        err = capsys.readouterr().err
        assert "cannot be written" in err
        assert "Traceback" not in err

    def test_a_full_disk_during_the_first_start_is_a_sentence(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str],
            caplog: pytest.LogCaptureFixture) -> None:
        with tmpfs(tmp_path / "tiny", "100k") as tiny:
            assert main(["--data-dir", str(tiny), "db", "upgrade"]) == 2
        err = capsys.readouterr().err
        assert "disk is full" in err
        assert "Traceback" not in err

    def test_an_unreachable_server_is_a_sentence(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str],
            caplog: pytest.LogCaptureFixture) -> None:
        url = "postgresql+psycopg://nobody:pw@127.0.0.1:9/station"  # port 9: nothing listens
        assert main(["--data-dir", str(tmp_path / "d"), "--database", url, "db",
                     "upgrade"]) == 2
        err = capsys.readouterr().err
        assert "server cannot be reached" in err
        assert "pw" not in err

    def test_a_newer_database_at_start_is_refused_with_the_version(
            self, station: Path, capsys: pytest.CaptureFixture[str],
            caplog: pytest.LogCaptureFixture) -> None:
        with sqlite3.connect(station / "counter.sqlite3") as conn:
            conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.close()
        assert main(["--data-dir", str(station), "report", "misroute", "--month", "2026-11",
                     "--csv", str(station / "m.csv")]) == 1
        assert "newer version of this program (schema 0099)" in capsys.readouterr().err
