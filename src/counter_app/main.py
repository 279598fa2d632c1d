"""Composition root: parse arguments, find the data folder, migrate, wire services, start."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine

from counter_app import __version__
from counter_app.addresses.cpca_resolver import CpcaAddressResolver
from counter_app.domain.clock import Clock, SystemClock
from counter_app.paths import DataPaths, migrations_dir
from counter_app.persistence.backup import BackupUnsupported, backup_sqlite, restore_sqlite
from counter_app.persistence.engine import describe, make_engine, sqlite_url
from counter_app.persistence.migrate import upgrade_to_head
from counter_app.persistence.passwords import Argon2PasswordHasher
from counter_app.persistence.unit_of_work import UnitOfWorkFactory
from counter_app.services.app import AppServices
from counter_app.services.audit import AuditService
from counter_app.services.auth import AuthService
from counter_app.services.intake import IntakeService
from counter_app.services.misroute import MisrouteService
from counter_app.services.people import CourierService, StaffService
from counter_app.services.ports import AddressResolver, PasswordHasher
from counter_app.services.receipts import ReceiptService
from counter_app.services.scanning import ScanService
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
    db_sub.add_parser("backup", help="copy the database into the backups folder")
    restore = db_sub.add_parser("restore", help="replace the database with a backup file")
    restore.add_argument("file", type=Path)
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


def setup_logging(paths: DataPaths, *, console: bool = True) -> None:
    """Log to a rotating file in the data folder (and to stderr for warnings)."""
    root = logging.getLogger()
    if any(getattr(h, "_counter_app", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "counter-app.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._counter_app = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if console:
        err = logging.StreamHandler()
        err.setLevel(logging.WARNING)
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
    """Create the engine and bring the schema to head (backing up an SQLite file first)."""
    engine = make_engine(url)
    upgrade_to_head(engine, migrations_dir(), backup_dir)
    return engine


def wire(
    engine: Engine,
    *,
    clock: Clock | None = None,
    hasher: PasswordHasher | None = None,
    backup_dir: Path | None = None,
    photo_dir: Path | None = None,
    resolver: AddressResolver | None = None,
) -> AppServices:
    """Build every service over one engine. The only place where adapters meet services."""
    clock = clock or SystemClock()
    hasher = hasher or Argon2PasswordHasher()
    revocations = Revocations()
    uow = UnitOfWorkFactory(engine, revocations.notify)
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
        intake=IntakeService(uow, clock, resolver or CpcaAddressResolver()),
        database_description=describe(engine),
        backup_database=lambda: backup_sqlite(engine, backup_dir or Path("backups")),
        revocations=revocations,
    )


def run_db_command(args: argparse.Namespace, paths: DataPaths, url: str) -> int:
    """``counter-app db upgrade|backup|restore``."""
    if args.db_command == "upgrade":
        engine = make_engine(url)
        backup = upgrade_to_head(engine, migrations_dir(), paths.backup_dir)
        print(
            f"database is up to date ({describe(engine)})"
            + (f"; backup before migrating: {backup}" if backup else "")
        )
        return 0
    engine = make_engine(url)
    try:
        if args.db_command == "backup":
            print(backup_sqlite(engine, paths.backup_dir))
            return 0
        safety = restore_sqlite(engine, args.file, paths.backup_dir)
        upgrade_to_head(engine, migrations_dir(), paths.backup_dir)
        print(f"restored {args.file}; the replaced database was kept as {safety}")
        return 0
    except BackupUnsupported:
        print(
            "backup/restore of a PostgreSQL database: use pg_dump / pg_restore on the server",
            file=sys.stderr,
        )
        return 2
    except (FileNotFoundError, ValueError) as exc:
        print(f"cannot restore: {exc}", file=sys.stderr)
        return 2


def run_report_command(args: argparse.Namespace, services: AppServices) -> int:
    """``counter-app report misroute --month YYYY-MM --pdf F --xlsx F --csv F``."""
    from counter_app.domain.misroute import parse_month
    from counter_app.paths import fonts_dir
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
        (args.pdf, lambda: render_misroute_pdf(result.report, fonts_dir() / "wqy-microhei.ttc")),
        (args.xlsx, lambda: render_misroute_xlsx(result.report)),
        (args.csv, lambda: render_misroute_csv(result.report)),
    )
    for path, render in renderers:
        if path is not None:
            path.write_bytes(render())
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
    paths.ensure()
    setup_logging(paths)
    url = database_url(args, paths)
    if args.command == "db":
        return run_db_command(args, paths, url)
    resolver = CpcaAddressResolver()
    services = wire(
        open_database(url, backup_dir=paths.backup_dir),
        backup_dir=paths.backup_dir,
        photo_dir=paths.root / "photos",
        resolver=resolver,
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
    from counter_app.ui.app import run_gui

    # The address library takes about a second to load: load it while the clerk logs in.
    threading.Thread(target=resolver.warm_up, name="address-warm-up", daemon=True).start()

    return run_gui(services, paths, ScannerHub, lang=args.lang, quit_after=args.quit_after)
