"""Start to the login window, and memory after login, with every page open and after printing
(issue 18 §4).

    .venv/bin/python bench/bench_startup.py [--runs 3] [--table]

A data folder with a set-up station is made once and the desk's modules compiled to bytecode
(as an installed desk has them); then each run starts the real desk
(``python -m counter_app --data-dir …``, offscreen) under ``/usr/bin/time -v`` through a small
driver that only watches: it notes when the login window opens (wall time since the process
was spawned, measured by this script), logs in through the dialog, opens every workspace and
every page, prints an account statement of 6,370 parcels to a PDF printer through the desk's
print path (rasterised pages, as on paper), and reads the resident memory (VmRSS) after each
step. ``/usr/bin/time -v`` gives the peak. ``--table`` prints machine-readable ROW lines for
bench/run_all.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DRIVER = r'''
import os, sys, time
sys.path.insert(0, os.environ["BENCH_ROOT"])
sys.path.insert(0, os.path.join(os.environ["BENCH_ROOT"], "bench"))

def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

def say(*parts):
    print("BENCH", *parts, flush=True)

from counter_app.ui.dialogs import login as login_module  # the desk imports it anyway

original_open = login_module.LoginDialog.open
state = {"done": False}

def watched_open(self):
    original_open(self)
    if state["done"]:
        return
    state["done"] = True
    say("login_shown", repr(time.time()), f"{rss():.0f}", repr(time.process_time()))
    from PySide6.QtCore import QTimer
    QTimer.singleShot(300, lambda: log_in(self))

def log_in(dialog):
    dialog.ui.job_number_edit.setText("1001")
    dialog.ui.password_edit.setText("secret-1001")
    dialog.try_login()
    from PySide6.QtCore import QTimer
    QTimer.singleShot(500, after_login)

def after_login():
    say("after_login", f"{rss():.0f}")
    from PySide6.QtWidgets import QApplication
    from counter_app.ui.main_window import MainWindow, WORKSPACE_KEYS
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    for key, _f, _p in WORKSPACE_KEYS:
        if window.show_workspace(key):
            QApplication.processEvents()
            tabs = window.page_tabs(key)
            for index in range(tabs.count() if tabs is not None else 0):
                window.show_page(index)
                QApplication.processEvents()
    say("every_page", f"{rss():.0f}")
    from PySide6.QtPrintSupport import QPrinter
    from bench_reports import statement
    from counter_app.reports.intake_pdf import render_statement_pdf
    from counter_app.ui import printing
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(os.path.join(os.environ["BENCH_TMP"], "printed.pdf"))
    printer.setResolution(150)
    pdf = render_statement_pdf(statement(6370))
    printing.fit_printer_to(printer, pdf)
    pages = printing.print_pdf(pdf, printer)
    say("after_printing", f"{rss():.0f}", str(pages))
    QApplication.quit()

login_module.LoginDialog.open = watched_open
from counter_app.main import main
raise SystemExit(main(["--data-dir", os.environ["BENCH_DATA"], "--lang", "zh_CN"]))
'''


def make_station(folder: Path) -> None:
    """A data folder whose database has a set-up station (the supervisor 1001)."""
    code = "\n".join([
        f"import sys; sys.path.insert(0, {str(ROOT)!r})",
        "from pathlib import Path",
        "from counter_app.main import open_database, wire",
        "from counter_app.persistence.passwords import Argon2PasswordHasher",
        "from counter_app.services.station import FirstSupervisor",
        "from tests.helpers import PROFILE",
        f"d = Path({str(folder)!r})",
        "e = open_database(f'sqlite:///{d / \"counter.sqlite3\"}', backup_dir=d / 'backups')",
        "app = wire(e, hasher=Argon2PasswordHasher(), backup_dir=d / 'backups')",
        "app.station.set_up(PROFILE, FirstSupervisor('1001', '王丽', 'secret-1001'))",
        "e.dispose()",
    ])
    subprocess.run([sys.executable, "-c", code], check=True)


def run_once(folder: Path, tmp: Path) -> dict[str, float]:
    """One start of the desk; the figures of its BENCH lines and /usr/bin/time."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_ROOT=str(ROOT),
               BENCH_DATA=str(folder), BENCH_TMP=str(tmp))
    # as installed: the modules' bytecode is cached (a shell with PYTHONDONTWRITEBYTECODE would
    # have every start compile ~140 modules again, about a second here)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    driver = tmp / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    time_v = ["/usr/bin/time", "-v"] if Path("/usr/bin/time").exists() else []
    spawned = time.time()
    out = subprocess.run([*time_v, sys.executable, str(driver)], env=env, capture_output=True,
                         text=True, timeout=300, check=False)
    figures: dict[str, float] = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if not parts or parts[0] != "BENCH":
            continue
        if parts[1] == "login_shown":
            figures["login_s"] = float(parts[2]) - spawned
            figures["login_mb"] = float(parts[3])
            figures["login_cpu"] = float(parts[4])  # CPU seconds: steadier on a busy machine
        else:
            figures[parts[1]] = float(parts[2])
    for line in out.stderr.splitlines():
        if "Maximum resident set size" in line:
            figures["peak_mb"] = int(line.split(":")[1]) / 1024
    if "after_printing" not in figures:
        print(out.stdout[-3000:], out.stderr[-3000:], file=sys.stderr)
        raise SystemExit("the desk did not get through the run")
    return figures


def main() -> int:
    """Make the station, run the desk ``--runs`` times, print the medians."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--table", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    folder = tmp / "data"
    folder.mkdir()
    make_station(folder)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "counter_app")],
                   check=False, env={k: v for k, v in os.environ.items()
                                     if k != "PYTHONDONTWRITEBYTECODE"})
    runs = [run_once(folder, tmp) for _ in range(args.runs)]

    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    start = (f"{min(r['login_s'] for r in runs):.2f}–{max(r['login_s'] for r in runs):.2f} s "
             f"(CPU {med('login_cpu'):.2f} s)")
    memory = (f"{med('after_login'):.0f} / {med('every_page'):.0f} / "
              f"{med('after_printing'):.0f} MB (peak {med('peak_mb'):.0f} MB)")
    size = f"{args.runs} runs, existing database, offscreen; printing: 156-page statement"
    if args.table:
        print(f"ROW\tstart to the login window\t{size}\t{start}\t≤ 1.5 s")
        print(f"ROW\tmemory after login / every page open / after printing\t{size}\t{memory}"
              "\t≤ 200 MB")
    else:
        print(f"start to the login window: {start} (login window at {med('login_mb'):.0f} MB)")
        print(f"memory after login / with every page open / after printing: {memory}")
        print(f"({size})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
