"""Longest GUI-thread stall while the desk prints and exports (issue 15, goal: none over 100 ms).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui_stalls.py [--statement 600]
[--cod 120] [--misroute 2000] [--dpi 203,600]

A 10 ms timer runs on the GUI thread while each job goes through the desk's real pipeline
(ui.printing.print_document / ui.tasks.run_in_background, printers writing PDF files): a
counter slip, a batch close (A5 cover + COD list), an account's monthly statement (A4, N lines),
the misroute month exported as PDF + XLSX + CSV. For each: the data size, the wall time, the
longest gap between two timer ticks (the stall a clerk would feel), and the print job's size.
The "before" column renders and prints on the GUI thread with the old 300 dpi RGB pipeline,
for comparison. The sample data are the tests' (tests/integration) and bench_misroute_report's.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget


def old_print(pdf: bytes, printer: QPrinter) -> int:
    """The pipeline before issue 15: 300 dpi RGB bitmaps of whole pages, scaled to the page."""
    from PySide6.QtCore import Qt

    from counter_app.reports.pdf_pages import render_pages

    pages = render_pages(pdf, dpi=300)
    painter = QPainter(printer)
    for index, page in enumerate(pages):
        if index:
            printer.newPage()
        image = QImage(page.rgb, page.width, page.height, page.stride,
                       QImage.Format.Format_RGB888).copy()
        target = painter.viewport()
        size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(target.x(), target.y(), image.scaled(size))
    painter.end()
    return len(pages)


class Stalls:
    """Longest gap between ticks of a 10 ms GUI-thread timer while a job runs."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.worst = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def measure(self, start: Callable[[Callable[[], None]], None]) -> tuple[float, int]:
        """Run ``start(done)``; return (seconds, longest stall ms)."""
        finished = []
        self.clock.start()
        self.last, self.worst = 0, 0
        self.timer.start()
        t0 = time.perf_counter()
        start(lambda: finished.append(time.perf_counter()))
        while not finished:
            self.app.processEvents()
            time.sleep(0.001)
        self._tick()
        self.timer.stop()
        return finished[0] - t0, self.worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--statement", type=int, default=600, help="statement lines")
    parser.add_argument("--cod", type=int, default=120, help="COD list lines")
    parser.add_argument("--misroute", type=int, default=2000, help="misroute rows")
    parser.add_argument("--dpi", default="203,600", help="slip/label printer dpi, A4/A5 dpi")
    args = parser.parse_args(argv)
    slip_dpi, sheet_dpi = (int(v) for v in args.dpi.split(","))

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from bench.bench_misroute_report import build_report

    from counter_app.paths import fonts_dir
    from counter_app.reports.intake_pdf import render_counter_slip_pdf, render_statement_pdf
    from counter_app.reports.misroute_list import render_misroute_csv, render_misroute_xlsx
    from counter_app.reports.misroute_pdf import render_misroute_pdf
    from counter_app.reports.receipts_pdf import render_batch_close_pdf
    from counter_app.ui import printing, tasks
    from counter_app.ui.printing import DocKind, PrintSetup
    from tests.integration.test_intake_pdf import SLIP, STATEMENT, statement_line
    from tests.integration.test_receipts_pdf import COVER, cod_line, cod_list

    font = fonts_dir() / "wqy-microhei.ttc"
    statement = dataclasses.replace(STATEMENT, lines=tuple(
        statement_line(i) for i in range(1, args.statement + 1)))
    cod = cod_list(tuple(cod_line(i, flagged=i % 25 == 4) for i in range(1, args.cod + 1)))
    report = build_report(args.misroute, 20, 150, 7)
    out = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    parent = QWidget()
    tasks.settle_heap()
    stalls = Stalls(app)
    jobs: dict[str, int] = {}

    def printer_at(dpi: int, name: str) -> Callable[[PrintSetup], QPrinter]:
        def make(_setup: PrintSetup) -> QPrinter:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setResolution(dpi)
            printer.setOutputFileName(str(out / name))
            return printer
        return make

    cases: list[tuple[str, str, DocKind, int, Callable[[], bytes]]] = [
        ("slip print", "1 slip, 100×150 mm", DocKind.SLIP, slip_dpi,
         lambda: render_counter_slip_pdf(SLIP, font)),
        ("batch close", f"A5 cover + COD list of {args.cod} lines", DocKind.A5, sheet_dpi,
         lambda: render_batch_close_pdf(COVER, cod, font)),
        ("statement print", f"{args.statement} lines, A4", DocKind.A4, sheet_dpi,
         lambda: render_statement_pdf(statement, font)),
    ]
    print(f"GUI-thread stalls (10 ms timer), printers as PDF files; slip {slip_dpi} dpi, "
          f"sheets {sheet_dpi} dpi")
    print(f"{'job':<16} {'data':<34} {'after: s':>9} {'stall ms':>9} {'job KB':>8}   "
          f"{'before: s':>9} {'stall ms':>9} {'job KB':>8}")
    for name, size, kind, dpi, render in cases:
        printing.SETUPS.set(kind, PrintSetup("", direct=True))
        printing.make_printer = printer_at(dpi, f"{kind}-after.pdf")  # type: ignore[assignment]

        def start(done: Callable[[], None], render=render, kind=kind, name=name) -> None:
            printing.print_document(parent, kind, name, render, ask=lambda _p: True,
                                    done=lambda _r: done())

        seconds, stall = stalls.measure(start)
        after_kb = (out / f"{kind}-after.pdf").stat().st_size // 1024

        def old(done: Callable[[], None], render=render, kind=kind, dpi=dpi) -> None:
            printer = printer_at(dpi, f"{kind}-before.pdf")(PrintSetup())
            old_print(render(), printer)
            done()

        old_seconds, old_stall = stalls.measure(old)
        before_kb = (out / f"{kind}-before.pdf").stat().st_size // 1024
        jobs[name] = after_kb
        print(f"{name:<16} {size:<34} {seconds:>9.2f} {stall:>9} {after_kb:>8}   "
              f"{old_seconds:>9.2f} {old_stall:>9} {before_kb:>8}")

    from counter_app.reports.intake_lists import render_statement_xlsx

    def statement_export(done: Callable[[], None]) -> None:
        def write(path: Path) -> None:
            path.write_bytes(render_statement_pdf(statement, font))

        def write_xlsx(path: Path) -> None:
            path.write_bytes(render_statement_xlsx(statement))

        tasks.save_in_background(out / "statement.pdf", write, lambda _p: tasks.save_in_background(
            out / "statement.xlsx", write_xlsx, lambda _q: done(), print, parent=parent),
            print, parent=parent)

    seconds, stall = stalls.measure(statement_export)

    def statement_export_old(done: Callable[[], None]) -> None:
        (out / "statement-old.pdf").write_bytes(render_statement_pdf(statement, font))
        (out / "statement-old.xlsx").write_bytes(render_statement_xlsx(statement))
        done()

    old_seconds, old_stall = stalls.measure(statement_export_old)
    print(f"{'statement export':<16} {f'{args.statement} lines, PDF + XLSX':<34} "
          f"{seconds:>9.2f} {stall:>9} {'':>8}   {old_seconds:>9.2f} {old_stall:>9}")

    def export(done: Callable[[], None]) -> None:
        def write(control: tasks.TaskControl) -> None:
            for suffix, data in ((".pdf", lambda: render_misroute_pdf(report, font)),
                                 (".xlsx", lambda: render_misroute_xlsx(report)),
                                 (".csv", lambda: render_misroute_csv(report))):
                control.check()
                (out / f"misroute{suffix}").write_bytes(data())

        tasks.run_in_background(write, lambda _r: done(), parent=parent, cancellable=True)

    seconds, stall = stalls.measure(export)

    def export_old(done: Callable[[], None]) -> None:
        for suffix, data in ((".pdf", render_misroute_pdf(report, font)),
                             (".xlsx", render_misroute_xlsx(report)),
                             (".csv", render_misroute_csv(report))):
            (out / f"misroute-old{suffix}").write_bytes(data)
        done()

    old_seconds, old_stall = stalls.measure(export_old)
    print(f"{'misroute export':<16} {f'{args.misroute} rows, PDF + XLSX + CSV':<34} "
          f"{seconds:>9.2f} {stall:>9} {'':>8}   {old_seconds:>9.2f} {old_stall:>9}")
    tasks.wait_idle()
    print(f"files in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
