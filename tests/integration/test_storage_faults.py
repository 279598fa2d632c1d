"""Storage faults while the desk works, and personal data kept out of logs (issue 12 §5–§7)."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from counter_app.domain.errors import PermissionDenied, StaleEdit
from counter_app.domain.identity import DocumentKind
from counter_app.domain.intake import PayMode
from counter_app.domain.scanning import RawScan
from counter_app.domain.staff import CourierKind, Role, StaffMember
from counter_app.domain.storage import StorageProblem, StorageUnavailable
from counter_app.domain.warehouse import Disposition, NobodyHome, ProblemDetails, Reason
from counter_app.services.app import AppServices
from counter_app.services.intake_drafts import AcceptDraft
from counter_app.services.receipts import ReceiptDraft
from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired

ID_NUMBER = "11010519491231002X"
SENDER_PHONE = "13612345670"
RECIPIENT_PHONE = "13900001234"
SENDER_ADDRESS = "杭州市西湖区天目山路1号"
RECIPIENT_ADDRESS = "江苏省南京市鼓楼区中山北路30号"
PERSONAL = (ID_NUMBER, SENDER_PHONE, RECIPIENT_PHONE, SENDER_ADDRESS, RECIPIENT_ADDRESS,
            "天目山路", "中山北路", "张三丰")


def draft(n: int = 1) -> AcceptDraft:
    return AcceptDraft(
        waybill=f"7731652312{n:04d}", contents="衣服 两件", sender_name="张三丰",
        sender_phone=SENDER_PHONE, sender_address=SENDER_ADDRESS,
        doc_kind=DocumentKind.RESIDENT_ID, doc_number=ID_NUMBER, recipient_name="李娜",
        recipient_phone=RECIPIENT_PHONE, recipient_address=RECIPIENT_ADDRESS, weight="1.2",
        pay_mode=PayMode.CASH, inspected=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 23, 9, 0))


@pytest.fixture
def app(db_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, clock, tmp_path) as services:
        yield services


@pytest.fixture
def clerk(app: AppServices) -> StaffMember:
    boss = set_up_station(app)
    return add_clerk(app, boss, Role.COUNTER, job="3001")


# --- 5. no personal data in logs or error dialogs ---------------------------------------------


def test_a_database_error_during_an_acceptance_shows_and_logs_no_personal_data(
        app: AppServices, clerk: StaffMember, db_url: str, tmp_path: Path,
        qapp: object, caplog: pytest.LogCaptureFixture) -> None:
    """The database refuses the acceptance; PostgreSQL echoes the whole row in its DETAIL."""
    from counter_app.domain.errors import DomainError
    from counter_app.main import RedactingFormatter
    from counter_app.ui.errors import ExceptionHook
    from counter_app.ui.messages import describe

    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(sa.text(
                "CREATE TRIGGER boom BEFORE INSERT ON ci_acceptance "
                "BEGIN SELECT RAISE(ABORT, 'simulated fault'); END"))
        else:
            conn.execute(sa.text(
                "ALTER TABLE ci_acceptance ADD CONSTRAINT boom CHECK (id < 0) NOT VALID"))
    engine.dispose()
    log_file = tmp_path / "counter-app.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    shown: list[tuple[str, str]] = []
    try:
        # the clerk is told next to the form (issue 13 §5 turns the refusal into a DomainError)
        with pytest.raises(DomainError) as caught:
            app.intake.accept(clerk, draft())
        told = describe(caught.value)
        raw = caught.value.__cause__  # the driver's error, kept for whoever reads the log
        assert isinstance(raw, sa.exc.DBAPIError)
        assert "hidden due to hide_parameters" in str(raw)
        # were it to escape, the exception hook logs and shows it
        hook = ExceptionHook(show=lambda summary, details: shown.append((summary, details)))
        hook(type(raw), raw, raw.__traceback__)
        # and a log line with the whole chain goes through the same redacting formatter
        logging.getLogger("counter_app.test").error("refused", exc_info=caught.value)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected exception" in logged
    assert "ci_acceptance" in logged  # the log still says which statement failed
    (summary, details), = shown
    assert "nothing of it was saved" in summary
    for value in PERSONAL:
        for text in (told, logged, summary, details):
            assert value not in text, f"{value!r} leaked"
    assert "136******70" not in summary  # not even masked in the dialog's line


def test_redaction_masks_what_other_errors_might_carry() -> None:
    from counter_app.domain.redaction import redact

    text = ('ValueError: sender 张三丰 13812345678 11010519491231002X lives at '
            '杭州市西湖区天目山路1号; waybill 773165231200001\n'
            'DETAIL:  Failing row contains (1, 773165231200001, 张三丰, 13812345678).\n'
            '[parameters: (\'张三丰\', \'13812345678\')]')
    out = redact(text)
    for value in ("13812345678", "11010519491231002X", "天目山路", "Failing row"):
        assert value not in out
    assert "773165231200001" in out  # waybill numbers are what a log is read for
    assert "138******78" in out
    assert "1101**********002X" in out


# --- 6. errors a clerk can act on, while working ----------------------------------------------


def test_a_locked_database_is_said_after_a_bounded_wait_and_nothing_is_stored(
        tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    import counter_app.persistence.engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    db = tmp_path / "counter.sqlite3"
    with wired(f"sqlite:///{db}", clock, tmp_path) as app:
        boss = set_up_station(app)
        other_pc = sqlite3.connect(db, timeout=0.1, isolation_level=None)
        other_pc.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            with pytest.raises(StorageUnavailable) as caught:
                app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
        finally:
            other_pc.execute("ROLLBACK")
            other_pc.close()
        assert caught.value.problem is StorageProblem.LOCKED
        assert app.couriers.all() == []  # nothing of the action was stored


def test_a_full_disk_while_working_is_said_and_the_database_stays_usable(
        tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "small"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not root'})")
    try:
        with wired(f"sqlite:///{folder / 'counter.sqlite3'}", clock, tmp_path) as app:
            boss = set_up_station(app)
            wh = add_clerk(app, boss, Role.WAREHOUSE, job="4001")
            problem = None
            n = 0
            for n in range(1, 5000):
                try:
                    app.warehouse.scan_in(wh, ScanInDraft(
                        waybill=f"7731652{n:08d}", reason=Reason.NOBODY_HOME,
                        details=ProblemDetails(nobody_home=NobodyHome.SWITCHED_OFF,
                                               attempt_at=datetime(2026, 11, 23, 8, 41)),
                        recipient="李娜", phone="13800001234"))
                except StorageUnavailable as err:
                    problem = err.problem
                    break
                except Exception:  # a full location is a rule, not a storage fault
                    continue
            assert problem is StorageProblem.DISK_FULL, f"after {n} scan-ins"
            # what was stored before the disk filled is still readable
            assert app.station.profile() is not None
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_scan_that_cannot_be_journalled_is_not_acknowledged(
        tmp_path: Path, clock: FakeClock, qapp: object) -> None:
    """The server goes away: the gateway says "not saved" and delivers nothing (SC-3)."""
    from counter_app.main import wire
    from counter_app.persistence.engine import make_engine
    from counter_app.ui.scanning import ScanGateway
    from tests.helpers import fast_hasher

    engine = make_engine("postgresql+psycopg://nobody:pw@127.0.0.1:9/station")
    services = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp_path)
    gateway = ScanGateway(services.scans)
    delivered: list[object] = []
    not_stored: list[tuple[object, object]] = []
    gateway.code_scanned.connect(delivered.append)
    gateway.scan_not_stored.connect(lambda raw, err: not_stored.append((raw, err)))
    assert gateway.process(RawScan("wedge", b"773165231200001", "773165231200001",
                                   datetime(2026, 11, 23, 9, 0))) is None
    assert delivered == []
    (raw, err), = not_stored
    assert raw.text == "773165231200001"
    assert isinstance(err, StorageUnavailable)
    assert err.problem is StorageProblem.UNREACHABLE
    with pytest.raises(StorageUnavailable):
        services.check_database()
    engine.dispose()


def test_a_postgresql_restart_between_two_actions_is_not_noticed(
        db_url: str, clock: FakeClock, tmp_path: Path) -> None:
    """The server drops the desk's pooled connection (as a restart does); the next action
    opens a fresh one (pool_pre_ping) and is stored."""
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    from counter_app.main import open_database, wire
    from tests.helpers import fast_hasher

    engine = open_database(db_url, backup_dir=tmp_path)
    app = wire(engine, clock=clock, hasher=fast_hasher(), backup_dir=tmp_path)
    boss = set_up_station(app)
    with engine.connect() as conn:  # the pooled connection the next action would use
        pid = conn.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
    admin = sa.create_engine(db_url)
    with admin.begin() as conn:
        assert conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    admin.dispose()
    courier = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    assert [c.id for c in app.couriers.all()] == [courier.id]
    engine.dispose()


def test_storage_sentences_exist_in_chinese(qapp: object) -> None:
    from counter_app.ui.i18n import Translations
    from counter_app.ui.messages_storage import describe_storage

    translations = Translations()
    try:
        translations.apply("zh_CN")
        texts = {p: describe_storage(StorageUnavailable(p)) for p in StorageProblem}
    finally:
        translations.apply("en")
    assert "另一台电脑" in texts[StorageProblem.LOCKED]
    assert "磁盘" in texts[StorageProblem.DISK_FULL]
    assert "服务器" in texts[StorageProblem.UNREACHABLE]
    assert "只读" in texts[StorageProblem.READ_ONLY] or "写入" in texts[StorageProblem.READ_ONLY]


# --- 7. retention ------------------------------------------------------------------------------


def test_retention_masks_and_deletes_only_what_is_past_its_period(
        app: AppServices, clock: FakeClock, db_url: str) -> None:
    boss = set_up_station(app)
    clerk = add_clerk(app, boss, Role.COUNTER, job="3001")
    night = add_clerk(app, boss, Role.RECEIPTS, job="5001")
    wh = add_clerk(app, boss, Role.WAREHOUSE, job="4001")
    zhang = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    # an acceptance, a receipt and a warehouse stay that left, all in November 2026
    app.intake.accept(clerk, draft(1))
    batch = app.receipts.open_batch(night, zhang.id, date(2026, 11, 22)).batch.id
    app.receipts.enter(night, batch, ReceiptDraft("773165231200009", "李娜"))
    app.warehouse.scan_in(wh, ScanInDraft(
        waybill="773165231200010", reason=Reason.NOBODY_HOME,
        details=ProblemDetails(nobody_home=NobodyHome.SWITCHED_OFF,
                               attempt_at=datetime(2026, 11, 23, 8, 41)),
        recipient="王芳", phone="13700001111"))
    app.warehouse.scan_out(wh, "773165231200010",
                           ScanOutDraft(Disposition.DELIVERY, courier_id=zhang.id))
    app.scans.process(RawScan("wedge", b"773165231200011", "773165231200011", 1.0))
    with pytest.raises(PermissionDenied):
        app.retention.preview(clerk)
    assert app.retention.preview(boss).total == 0
    clock.current = datetime(2028, 1, 10, 9, 0)  # more than 365 days later
    preview = app.retention.preview(boss)
    assert (preview.counts["receipts"], preview.counts["acceptances"],
            preview.counts["senders"], preview.counts["stays"],
            preview.counts["scans"]) == (1, 1, 1, 1, 1)
    done = app.retention.purge(boss)
    assert done.counts == preview.counts
    assert app.retention.preview(boss).total == 0  # purged once, not again
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        row = conn.execute(sa.text(
            "SELECT sender_name, sender_phone, doc_number, sender_address, recipient_phone, "
            "district FROM ci_acceptance")).one()
        stay = conn.execute(sa.text("SELECT recipient, phone FROM wh_stay")).one()
        assert conn.execute(sa.text("SELECT count(*) FROM scan_journal")).scalar_one() == 0
        purge_audit = [r[0] for r in conn.execute(sa.text(
            "SELECT after FROM audit_log WHERE entity='personal_data'"))]
        everything = " ".join(str(v) for r in conn.execute(sa.text(
            "SELECT before, after FROM audit_log")) for v in r)
    engine.dispose()
    assert tuple(row) == ("张**", "136******70", "1101**********002X", "", "139******34",
                          "鼓楼区")
    assert tuple(stay) == ("王*", "137******11")
    assert len(purge_audit) == 1
    assert '"acceptances": 1' in purge_audit[0]
    for value in (ID_NUMBER, SENDER_PHONE, "李娜", "张三丰", "王芳", "13700001111"):
        assert value not in everything, f"{value!r} in the audit log"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))


def test_the_database_is_measured_by_part(app: AppServices, clerk: StaffMember) -> None:
    boss = app.auth.login("1001", "secret-1001")
    for n in range(200):
        text = f"7731652{n:08d}"
        app.scans.process(RawScan("wedge", text.encode(), text, float(n * 10)))
    sizes = app.retention.sizes(boss)
    assert set(sizes) <= {"scan_journal", "audit_log", "warehouse", "counter", "receipts",
                          "other"}
    assert sizes["scan_journal"] > 0
    assert sizes["counter"] > 0
    with pytest.raises(PermissionDenied):
        app.retention.sizes(clerk)


def test_a_supervisor_prunes_the_old_audit_log_and_it_stays_append_only(
        app: AppServices, clock: FakeClock, db_url: str) -> None:
    """Issue 21 §3: kept long, prunable by a supervisor; the prune leaves its own entry."""
    boss = set_up_station(app)
    app.retention.set_periods(boss, counter=365, warehouse=180, journal=400, audit_days=365)
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        before = conn.execute(sa.text("SELECT count(*) FROM audit_log")).scalar_one()
    assert before >= 2
    clock.current = datetime(2028, 12, 1, 9, 0)
    assert app.retention.preview(boss).counts["audit"] == before
    done = app.retention.purge(boss)
    assert done.counts["audit"] == before
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT entity, after FROM audit_log")).all()
    assert [r[0] for r in rows] == ["personal_data"]
    assert f'"audit": {before}' in rows[0][1]
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM audit_log"))
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_log SET actor = 'x'"))
    engine.dispose()


def test_retention_periods_saved_over_a_newer_save_are_refused_naming_who(
    db_url: str, tmp_path: Path
) -> None:
    """Issue 13 §2 for the retention periods (issue 21 §3): the page carries the version it
    loaded; a save over another supervisor's newer one is StaleEdit and changes nothing."""
    with wired(db_url, FakeClock(), tmp_path) as app:
        boss = set_up_station(app)
        other = add_clerk(app, boss, Role.SUPERVISOR, "1002")
        loaded = app.retention.periods()
        app.retention.set_periods(other, counter=400, warehouse=200, journal=500,
                                  audit_days=2000, version=loaded.version)
        with pytest.raises(StaleEdit) as err:
            app.retention.set_periods(boss, counter=365, warehouse=180, journal=410,
                                      audit_days=1825, version=loaded.version)
        assert err.value.by == "李明"
        assert app.retention.periods().journal == 500
        fresh = app.retention.periods()
        app.retention.set_periods(boss, counter=365, warehouse=180, journal=410,
                                  audit_days=1825, version=fresh.version)
        assert app.retention.periods().journal == 410
