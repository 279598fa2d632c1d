"""Printing as a station prints (issue 15 item 2): per PC and per document kind a printer and
whether to print at once or ask; the paper size taken from the document; pages rendered at the
printer's own resolution in grey at their real size (no scaling to whatever the driver
proposes); rendering and printing on the worker thread (``ui/tasks``); the outcome (printed,
cancelled, failed) reported to whoever listens — the main window's result bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from counter_app.ui.deferred import deferred
from counter_app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from counter_app.reports.pdf_pages import PageImage, page_sizes_mm, render_page, render_pages
else:  # imported on first use: not at start-up (issue 18 §4)
    page_sizes_mm = deferred("counter_app.reports.pdf_pages", "page_sizes_mm")
    render_page = deferred("counter_app.reports.pdf_pages", "render_page")
    render_pages = deferred("counter_app.reports.pdf_pages", "render_pages")

translate = QCoreApplication.translate

BAND_ROWS = 128  # rows of a page image drawn at a time
MAX_DPI = 600  # a 1200 dpi laser gains nothing visible on these forms and quadruples the job


class DocKind(StrEnum):
    """The documents a station prints, each with its own printer on a PC."""

    SLIP = "slip"  # counter slip, 100×150 mm (76×130 mm one-part waybills print the same way)
    LABEL = "label"  # pickup label, 40×30 mm class labels
    A5 = "a5"  # the batch cover and the courier's COD list
    A4 = "a4"  # forms, registers, statements, summaries


DIRECT_BY_DEFAULT = {DocKind.SLIP: True, DocKind.LABEL: True, DocKind.A5: False,
                     DocKind.A4: False}


@dataclass(frozen=True)
class PrintSetup:
    """One PC's choice for one document kind."""

    printer: str = ""  # "" = the PC's default printer
    direct: bool = False


class PrintSetups:
    """This PC's setups, read from and written to its preferences (settings.ini)."""

    def __init__(self) -> None:
        """Defaults until :meth:`load`: default printer; slips and labels print at once."""
        self._setups = {kind: PrintSetup("", DIRECT_BY_DEFAULT[kind]) for kind in DocKind}
        self._prefs: PrinterPrefs | None = None

    def load(self, prefs: PrinterPrefs) -> None:
        """Take this PC's setups from its preferences."""
        self._prefs = prefs
        for kind in DocKind:
            printer, direct = prefs.printer_for(kind.value)
            self._setups[kind] = PrintSetup(
                printer, DIRECT_BY_DEFAULT[kind] if direct is None else direct)

    def reset(self) -> None:
        """Back to the defaults, forgetting the preferences (tests)."""
        self._setups = {kind: PrintSetup("", DIRECT_BY_DEFAULT[kind]) for kind in DocKind}
        self._prefs = None

    def get(self, kind: DocKind) -> PrintSetup:
        """The setup of a kind."""
        return self._setups[kind]

    def set(self, kind: DocKind, setup: PrintSetup) -> None:
        """Change (and remember, once loaded) the setup of a kind."""
        self._setups[kind] = setup
        if self._prefs is not None:
            self._prefs.set_printer_for(kind.value, setup.printer, setup.direct)


class PrinterPrefs(Protocol):
    """What :class:`PrintSetups` needs of ``ui.settings.Preferences``."""

    def printer_for(self, kind: str) -> tuple[str, bool | None]:
        """Printer name and direct flag (None = default)."""

    def set_printer_for(self, kind: str, printer: str, direct: bool) -> None:
        """Remember them."""


SETUPS = PrintSetups()


@dataclass(frozen=True)
class PrintResult:
    """How a print ended."""

    kind: DocKind
    title: str
    pages: int = 0
    cancelled: bool = False
    error: str = ""
    reprint: bool = False

    @property
    def ok(self) -> bool:
        """True when the pages went to the printer."""
        return not self.cancelled and not self.error


class PrintEvents(QObject):
    """Every print's outcome, for the result bar.

    Signals:
        print_finished(PrintResult)
    """

    print_finished = Signal(object)


_events: PrintEvents | None = None


def events() -> PrintEvents:
    """The process's print events (created on first use, on the GUI thread)."""
    global _events
    if _events is None:
        _events = PrintEvents()
    return _events


class PrintFailed(Exception):
    """The printer could not be opened or refused a page."""


def describe_result(result: PrintResult) -> str:
    """One sentence for the result bar."""
    if result.cancelled:
        return translate("Printing", "{title}: printing cancelled; nothing was printed.").format(
            title=result.title)
    if result.error:
        return translate("Printing", "{title} was not printed: {error}").format(
            title=result.title, error=result.error)
    if result.reprint:
        return translate("Printing", "{title} reprinted (补打), {n} page(s).").format(
            title=result.title, n=result.pages)
    return translate("Printing", "{title} printed, {n} page(s).").format(
        title=result.title, n=result.pages)


def image_of(page: PageImage) -> QImage:
    """A QImage (deep copy) of a rendered page."""
    fmt = QImage.Format.Format_Grayscale8 if page.grey else QImage.Format.Format_RGB888
    return QImage(page.rgb, page.width, page.height, page.stride, fmt).copy()


def fit_printer_to(printer: QPrinter, pdf: bytes) -> None:
    """Paper size from the document's first page, no margins: the page prints at its size."""
    sizes = page_sizes_mm(pdf)
    if not sizes:
        return
    width, height = sizes[0]
    orientation = (QPageLayout.Orientation.Landscape if width > height
                   else QPageLayout.Orientation.Portrait)
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Millimeter,
                     "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0),
                                      QPageLayout.Unit.Millimeter))
    printer.setFullPage(True)


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page at the printer's resolution (at most 600 dpi), grey, at its own size
    from the top-left of the paper; returns the pages printed. Runs on any thread (QPainter
    on a QPrinter is allowed off the GUI thread)."""
    sizes = page_sizes_mm(pdf)
    dpi = min(MAX_DPI, printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(translate("Printing", "the printer {name} is not available.").format(
            name=printer.printerName() or translate("Printing", "(default)")))
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for index, (width_mm, height_mm) in enumerate(sizes):
            if index and not printer.newPage():
                raise PrintFailed(translate("Printing", "the printer refused page {n}.").format(
                    n=index + 1))
            image = image_of(render_page(pdf, index, dpi, grey=True))
            scale = printer.resolution() / 25.4
            target = QRectF(paper.x(), paper.y(), width_mm * scale, height_mm * scale)
            # In bands: each drawImage holds the GIL while the print engine compresses or
            # sends it, so a band, not a page, is the longest the GUI thread can wait.
            ratio = target.height() / image.height()
            for top in range(0, image.height(), BAND_ROWS):
                rows = min(BAND_ROWS, image.height() - top)
                band = image.copy(0, top, image.width(), rows)
                painter.drawImage(QRectF(target.x(), target.y() + top * ratio, target.width(),
                                         rows * ratio), band)
    finally:
        painter.end()
    return len(sizes)


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    """Show the system print dialog."""
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


def make_printer(setup: PrintSetup) -> QPrinter:
    """A printer for a setup (replaced in tests by one writing a PDF file)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if setup.printer:
        printer.setPrinterName(setup.printer)
    return printer


def print_document(
    parent: QWidget,
    kind: DocKind,
    title: str,
    pdf: bytes | Callable[[], bytes],
    *,
    ask: Callable[[QPrinter], bool],
    rendered: Callable[[bytes], None] | None = None,
    done: Callable[[PrintResult], None] | None = None,
    reprint: bool = False,
) -> None:
    """Render (when ``pdf`` is a function) and print on the worker thread; between the two, on
    the GUI thread, fit the paper to the document and, unless this PC prints the kind
    directly, ``ask`` (the print dialog). ``done`` and the print events get the outcome."""

    def finish(result: PrintResult) -> None:
        if done is not None:
            done(result)
        events().print_finished.emit(result)

    def failed(err: BaseException) -> None:
        finish(PrintResult(kind, title, error=str(err) or type(err).__name__, reprint=reprint))

    def have_pdf(data: bytes) -> None:
        if rendered is not None:
            rendered(data)
        setup = SETUPS.get(kind)
        printer = make_printer(setup)
        fit_printer_to(printer, data)
        if not setup.direct and not ask(printer):
            finish(PrintResult(kind, title, cancelled=True, reprint=reprint))
            return
        run_in_background(
            lambda: print_pdf(data, printer),
            lambda pages: finish(PrintResult(kind, title, pages=pages, reprint=reprint)),
            failed, parent=parent, label=translate("Printing", "Printing {title}…").format(
                title=title))

    if isinstance(pdf, bytes):
        have_pdf(pdf)
    else:
        run_in_background(pdf, have_pdf, failed, parent=parent,
                          label=translate("Printing", "Preparing {title}…").format(title=title))


def stack_pages(pdf: bytes, dpi: int = 80) -> tuple[QPixmap | None, int]:
    """Every page of a PDF one under the other on a grey sheet (the in-app preview), and the
    number of pages."""
    sheet, count = stack_page_images(pdf, dpi)
    return (QPixmap.fromImage(sheet) if sheet is not None else None), count


def stack_page_images(pdf: bytes, dpi: int = 80) -> tuple[QImage | None, int]:
    """The preview sheet as a QImage (can be built on the worker thread)."""
    pages = [image_of(p) for p in render_pages(pdf, dpi=dpi)]
    if not pages:
        return None, 0
    sheet = QImage(
        max(p.width() for p in pages),
        sum(p.height() + 12 for p in pages),
        QImage.Format.Format_RGB888,
    )
    sheet.fill(Qt.GlobalColor.darkGray)
    painter = QPainter(sheet)
    y = 0
    for page in pages:
        painter.drawImage(0, y, page)
        y += page.height() + 12
    painter.end()
    return sheet, len(pages)
