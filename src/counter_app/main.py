"""Composition root: parse arguments, find the data folder, migrate, wire services, start."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine

from counter_app import __version__
from counter_app.addresses.cpca_resolver import CpcaAddressResolver
from counter_app.atomic import write_atomic
from counter_app.domain.clock import Clock, SystemClock
from counter_app.domain.errors import DomainError
from counter_app.notify import make_provider
from counter_app.notify.credentials import FileCredentialStore
from counter_app.paths import DataPaths, migrations_dir
from counter_app.persistence.backup import SqliteBackupStore
from counter_app.persistence.engine import describe, make_engine, sqlite_file, sqlite_url
from counter_app.persistence.migrate import known_revisions, upgrade_to_head
from counter_app.persistence.passwords import Argon2PasswordHasher
from counter_app.persistence.retention import SqlRetentionStore
from counter_app.persistence.unit_of_work import UnitOfWorkFactory
from counter_app.services.app import AppServices
from counter_app.services.audit import AuditService
from counter_app.services.auth import AuthService
from counter_app.services.backups import BackupService
from counter_app.services.intake import IntakeService
from counter_app.services.misroute import MisrouteService
from counter_app.services.notify import NotifyService
from counter_app.services.parcels import ParcelService
from counter_app.services.people import CourierService, StaffService
from counter_app.services.ports import AddressResolver, PasswordHasher
from counter_app.services.receipts import ReceiptService
from counter_app.services.retention import RetentionService
from counter_app.services.scanning import ScanService
from counter_app.services.service_desk import ServiceDeskService
from counter_app.services.session import Revocations
from counter_app.services.station import StationService
from counter_app.services.warehouse import WarehouseService

log = logging.getLogger("counter_app")


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser (GUI by default, admin sub-commands without a display)."""
    parser = argparse.ArgumentParser(prog="counter-app", description="网点前台 station desk")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder for database, settings, logs, backups (default: the per-user data folder)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL, e.g. "
        "postgresql+psycopg://user:pw@host/db (default: SQLite in the data folder)",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="UI language for this run")
    parser.add_argument("--demo", action="store_true", help="fill a demo station if empty")
    parser.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="close the window after this many seconds (smoke tests)",
    )
    sub = parser.add_subparsers(dest="command")
    db = sub.add_parser("db", help="database administration (no display needed)")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply migrations (a backup is made first)")
    db_sub.add_parser("backup", help="copy the database into the backups folder (verified)")
    inspect = db_sub.add_parser("inspect", help="say what a backup file holds")
    inspect.add_argument("file", type=Path)
    restore = db_sub.add_parser("restore", help="replace the database with a backup file")
    restore.add_argument("file", type=Path)
    restore.add_argument(
        "--yes", action="store_true", help="do not ask before replacing (scripts)"
    )
    sub.add_parser("demo", help="fill a demo station (no display needed)")
    report = sub.add_parser("report", help="make reports without the GUI")
    report_sub = report.add_subparsers(dest="report_command", required=True)
    misroute = report_sub.add_parser("misroute", help="the monthly 错写大字上报表 (MR-4)")
    misroute.add_argument("--month", required=True, help="YYYY-MM")
    misroute.add_argument("--pdf", type=Path, help="write the printed form here")
    misroute.add_argument("--xlsx", type=Path, help="write the electronic list (Excel) here")
    misroute.add_argument("--csv", type=Path, help="write the electronic list (CSV) here")
    misroute.add_argument("--prepared-by", default="", help="name printed as preparer")
    return parser


class RedactingFormatter(logging.Formatter):
    """Formats a record, then removes personal data from it, tracebacks included (X-2)."""

    def format(self, record: logging.LogRecord) -> str:
        """The usual line, redacted."""
        from counter_app.domain.redaction import redact

        return redact(super().format(record))


def setup_logging(paths: DataPaths, *, console: bool = True) -> None:
    """Log to a rotating file in the data folder (and to stderr for warnings)."""
    root = logging.getLogger()
    if any(getattr(h, "_counter_app", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "counter-app.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._counter_app = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if console:
        err = logging.StreamHandler()
        err.setLevel(logging.WARNING)
        err.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
        err._counter_app = True  # type: ignore[attr-defined]
        root.addHandler(err)


def database_url(args: argparse.Namespace, paths: DataPaths) -> str:
    """--database, then $COUNTER_APP_DATABASE, then settings.ini [database] url, then SQLite."""
    if args.database:
        return str(args.database)
    if env := os.environ.get("COUNTER_APP_DATABASE"):
        return env
    if paths.settings_file.exists():
        import configparser

        ini = configparser.ConfigParser(interpolation=None)
        ini.read(paths.settings_file, encoding="utf-8")
        if url := ini.get("database", "url", fallback="").strip().strip('"'):
            return url
    return sqlite_url(paths.database)


def open_database(url: str, *, backup_dir: Path) -> Engine:
    """Create the engine and bring the schema to head (backing up an SQLite file first).

    Raises DatabaseTooNew, NoRoomForCopy, UpgradeFailed or StorageUnavailable (issue 12 §6);
    the engine is disposed when it raises.
    """
    engine = make_engine(url)
    try:
        upgrade_to_head(engine, migrations_dir(), backup_dir)
    except DomainError:
        engine.dispose()
        raise
    except Exception as err:
        engine.dispose()
        storage = storage_error(err)
        if storage is None:
            raise
        raise storage from None
    return engine


def storage_error(err: BaseException) -> DomainError | None:
    """A driver or OS error at start-up as the StorageUnavailable a person can act on."""
    from counter_app.domain.storage import StorageProblem, StorageUnavailable
    from counter_app.persistence.backup import classify_sqlite_error
    from counter_app.persistence.engine import classify_db_error, is_storage_fault

    if isinstance(err, OSError):
        return StorageUnavailable(classify_sqlite_error(err), "files")
    if is_storage_fault(err):
        backend = "postgresql" if "psycopg" in type(getattr(err, "orig", err)).__module__ else ""
        return StorageUnavailable(classify_db_error(err), backend or "sqlite")
    if type(err).__module__.startswith("sqlalchemy"):
        return StorageUnavailable(StorageProblem.OTHER, "")
    return None


def wire(
    engine: Engine,
    *,
    clock: Clock | None = None,
    hasher: PasswordHasher | None = None,
    backup_dir: Path | None = None,
    photo_dir: Path | None = None,
    resolver: AddressResolver | None = None,
    secrets_dir: Path | None = None,
) -> AppServices:
    """Build every service over one engine. The only place where adapters meet services."""
    clock = clock or SystemClock()
    hasher = hasher or Argon2PasswordHasher()
    revocations = Revocations()
    resolver = resolver or CpcaAddressResolver()  # one, shared by the counter and 客服 (CS-8)
    uow = UnitOfWorkFactory(engine, revocations.notify)
    if backup_dir is None:  # next to the database file, never the working directory
        db_file = sqlite_file(engine)
        backup_dir = db_file.parent / "backups" if db_file else Path("backups")
    store = SqliteBackupStore(engine, backup_dir, known_revisions(migrations_dir()))
    if secrets_dir is None:  # this PC's SMS key (issue 20): beside the data, never in the db
        secrets_dir = (photo_dir.parent if photo_dir else backup_dir.parent) / "secrets"
    return AppServices(
        clock=clock,
        auth=AuthService(uow, hasher, clock),
        station=StationService(uow, hasher, clock),
        staff=StaffService(uow, hasher, clock),
        couriers=CourierService(uow, clock),
        audit=AuditService(uow),
        scans=ScanService(uow, clock),
        misroutes=MisrouteService(uow, clock),
        receipts=ReceiptService(uow, clock),
        warehouse=WarehouseService(uow, clock, photo_dir),
        intake=IntakeService(uow, clock, resolver),
        notify=NotifyService(uow, clock, FileCredentialStore(secrets_dir), make_provider),
        parcels=ParcelService(uow),
        service_desk=ServiceDeskService(uow, clock, resolver),
        database_description=describe(engine),
        backups=BackupService(
            store,
            uow,
            clock,
            after_restore=lambda: upgrade_to_head(engine, migrations_dir(), backup_dir),
        ),
        retention=RetentionService(SqlRetentionStore(engine), uow, clock),
        check_database=lambda: _ping(engine),
        revocations=revocations,
    )


def _ping(engine: Engine) -> None:
    """One cheap round trip; raises StorageUnavailable when the database cannot be reached."""
    from sqlalchemy import text

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as err:
        storage = storage_error(err)
        if storage is None:
            raise
        raise storage from None


def run_db_command(args: argparse.Namespace, paths: DataPaths, url: str) -> int:
    """``counter-app db upgrade|backup|inspect|restore``; every failure is one sentence."""
    from counter_app.ui.messages_storage import describe_storage

    try:
        return _db_command(args, paths, url)
    except DomainError as err:
        print(describe_storage(err), file=sys.stderr)
        return 2


def _db_command(args: argparse.Namespace, paths: DataPaths, url: str) -> int:
    from counter_app.services.backups import BackupPolicy
    from counter_app.ui.messages_storage import describe_backup_info

    if args.db_command == "upgrade":
        engine = make_engine(url)
        try:
            result = upgrade_to_head(engine, migrations_dir(), paths.backup_dir)
        except DomainError:
            raise
        except Exception as err:
            raise (storage_error(err) or err) from None
        finally:
            engine.dispose()
        print(f"database is up to date ({describe(engine)})")
        if result.backup:
            print(f"backup before upgrading: {result.backup}")
        if result.advice:
            print("pg_dump is not on the PATH: take a dump of the server database before "
                  "upgrading it next time (pg_dump --format=custom).", file=sys.stderr)
        return 0
    engine = make_engine(url)
    try:
        services = wire(engine, backup_dir=paths.backup_dir)
        backups = services.backups
        if args.db_command == "backup":
            run = backups.backup_now(BackupPolicy(daily=False))
            print(run.path)
            return 0
        info = backups.inspect(args.file)
        print(describe_backup_info(info))
        if args.db_command == "inspect":
            return 0
        if not args.yes:
            answer = input("Replace the station's database with this backup? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "是"):
                print("nothing was changed")
                return 1
        restored = backups.restore(None, args.file)
        print(f"restored {info.name}; the replaced database was kept as {restored.kept_as}")
        return 0
    finally:
        engine.dispose()


def run_report_command(args: argparse.Namespace, services: AppServices) -> int:
    """``counter-app report misroute --month YYYY-MM --pdf F --xlsx F --csv F``."""
    from counter_app.domain.misroute import parse_month
    from counter_app.paths import report_font
    from counter_app.reports.misroute_list import render_misroute_csv, render_misroute_xlsx
    from counter_app.reports.misroute_pdf import render_misroute_pdf

    try:
        parse_month(args.month)
    except ValueError:
        print(f"--month must look like 2026-11, not {args.month!r}", file=sys.stderr)
        return 2
    if not (args.pdf or args.xlsx or args.csv):
        print("name at least one of --pdf, --xlsx, --csv", file=sys.stderr)
        return 2
    result = services.misroutes.report(args.month, prepared_by=args.prepared_by)
    renderers: tuple[tuple[Path | None, Callable[[], bytes]], ...] = (
        (args.pdf, lambda: render_misroute_pdf(result.report, report_font())),
        (args.xlsx, lambda: render_misroute_xlsx(result.report)),
        (args.csv, lambda: render_misroute_csv(result.report)),
    )
    for path, render in renderers:
        if path is not None:
            try:
                write_atomic(path, render())
            except OSError as err:
                print(f"could not write {path} ({err.strerror}); any earlier file of that name "
                      "is unchanged", file=sys.stderr)
                return 2
            print(f"wrote {path}")
    print(f"{args.month}: {result.report.total} rows reported")
    for entry in result.excluded:
        missing = ", ".join(entry.missing_fields()) or "not verified"
        print(f"left out {entry.waybill_no}: {missing}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the application or an admin command."""
    args = build_parser().parse_args(argv)
    paths = DataPaths(args.data_dir.resolve()) if args.data_dir else DataPaths.default()
    gui = args.command is None
    try:
        paths.ensure()
        setup_logging(paths)
    except OSError as err:
        return start_failed(storage_error(err), args, paths, gui=gui)
    url = database_url(args, paths)
    if args.command == "db":
        return run_db_command(args, paths, url)
    if gui:
        from counter_app.domain.storage import AlreadyRunning
        from counter_app.ui.app import lock_data_folder

        folder_lock = lock_data_folder(paths.root)  # held until main returns
        if folder_lock is None:
            return start_failed(AlreadyRunning(str(paths.root)), args, paths, gui=True)
    resolver = CpcaAddressResolver()
    while True:
        try:
            engine = open_database(url, backup_dir=paths.backup_dir)
            break
        except DomainError as err:
            if not (gui and retry_start(err, args)):
                return start_failed(err, args, paths, gui=gui)
    services = wire(
        engine,
        backup_dir=paths.backup_dir,
        photo_dir=paths.root / "photos",
        resolver=resolver,
        secrets_dir=paths.root / "secrets",
    )
    if args.command == "report":
        return run_report_command(args, services)
    if args.command == "demo" or args.demo:
        from counter_app.services.demo import fill_demo

        created = fill_demo(services)
        if args.command == "demo":
            print("demo station created" if created else "station already set up; demo skipped")
            return 0
    from counter_app.hardware.hub import ScannerHub
    from counter_app.hardware.scale import ScaleHub
    from counter_app.ui.app import run_gui

    # The address library (cpca and pandas: most of a second and ~60 MB) is not loaded here
    # but when a clerk starts typing an address (issue 18 §4, IntakeService.prepare_addresses).
    return run_gui(services, paths, ScannerHub, lang=args.lang, quit_after=args.quit_after,
                   scale_factory=ScaleHub)


def retry_start(err: DomainError, args: argparse.Namespace) -> bool:
    """An unreachable server at start: ask whether to try again (the GUI only)."""
    from counter_app.domain.storage import StorageProblem, StorageUnavailable

    if not (isinstance(err, StorageUnavailable) and err.problem is StorageProblem.UNREACHABLE):
        return False
    from counter_app.ui.app import ask_start_retry

    return ask_start_retry(err, lang=args.lang)


def start_failed(
    err: DomainError | None, args: argparse.Namespace, paths: DataPaths, *, gui: bool
) -> int:
    """Say why the app cannot start, in a sentence (a dialog for the GUI), and return 1."""
    from counter_app.domain.storage import StorageProblem, StorageUnavailable
    from counter_app.ui.messages_storage import describe_storage

    err = err or StorageUnavailable(StorageProblem.OTHER, "files")
    log.error("cannot start: %s", err)
    if gui:
        from counter_app.ui.app import show_start_error

        show_start_error(err, str(paths.root), lang=args.lang)
    else:
        print(describe_storage(err, folder=str(paths.root)), file=sys.stderr)
    return 1
