"""Printing as a station prints (issue 15 item 2): per PC and per document kind a printer and
whether to print at once or ask; the paper size taken from the document; pages painted as
vectors (text, paths, images read from the PDF by pdfium) at the printer's own resolution and
their real size (no page bitmaps, no scaling to whatever the driver proposes); rendering and
printing on the worker thread (``ui/tasks``); the outcome (printed, cancelled, failed)
reported to whoever listens — the main window's result bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from counter_app.memory import release_memory
from counter_app.reports.label_stock import known_stock
from counter_app.ui.deferred import deferred
from counter_app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from counter_app.reports.pdf_pages import (
        PageImage,
        VectorPage,
        page_count,
        page_sizes_mm,
        render_page,
        render_pages,
        vector_pages,
    )
else:  # imported on first use: not at start-up (issue 18 §4)
    page_count = deferred("counter_app.reports.pdf_pages", "page_count")
    page_sizes_mm = deferred("counter_app.reports.pdf_pages", "page_sizes_mm")
    render_page = deferred("counter_app.reports.pdf_pages", "render_page")
    render_pages = deferred("counter_app.reports.pdf_pages", "render_pages")
    vector_pages = deferred("counter_app.reports.pdf_pages", "vector_pages")

translate = QCoreApplication.translate



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
    paper: str = ""
    """The stock of a kind printed on more than one (the pickup label: ``60x40`` or
    ``40x30``, issue 15 §2); "" = the kind's default."""


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
                printer, DIRECT_BY_DEFAULT[kind] if direct is None else direct,
                prefs.paper_for(kind.value))

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
            self._prefs.set_paper_for(kind.value, setup.paper)

    def label_stock(self) -> str:
        """The pickup label's stock on this PC (issue 15 §2): ``"60x40"`` or ``"40x30"``."""
        return known_stock(self._setups[DocKind.LABEL].paper)


class PrinterPrefs(Protocol):
    """What :class:`PrintSetups` needs of ``ui.settings.Preferences``."""

    def printer_for(self, kind: str) -> tuple[str, bool | None]:
        """Printer name and direct flag (None = default)."""

    def set_printer_for(self, kind: str, printer: str, direct: bool) -> None:
        """Remember them."""

    def paper_for(self, kind: str) -> str:
        """The stock chosen for a kind ("" = the kind's default)."""

    def set_paper_for(self, kind: str, paper: str) -> None:
        """Remember it."""


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
    """Paint every page as vectors — text as text, lines and barcode bars as paths — at the
    printer's own resolution, at its own size from the top-left of the paper; returns the
    pages printed. No page bitmaps: a slip's job is a few kilobytes and the driver rasterises
    at the printer's real resolution (issue 15 §2). Runs on any thread (QPainter on a
    QPrinter is allowed off the GUI thread)."""
    count = 0
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(translate("Printing", "the printer {name} is not available.").format(
            name=printer.printerName() or translate("Printing", "(default)")))
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale = printer.resolution() / 72.0  # device pixels per PDF point
        for index, page in enumerate(vector_pages(pdf)):  # the document opened once
            if index and not printer.newPage():
                raise PrintFailed(translate("Printing", "the printer refused page {n}.").format(
                    n=index + 1))
            paint_vector_page(painter, page, paper.x(), paper.y(), scale)
            count = index + 1
    finally:
        painter.end()
        if count >= RELEASE_AFTER_PAGES:
            release_memory()
    return count


RELEASE_AFTER_PAGES = 20
"""A job this long gives its memory back when it ends (issue 18 §4)."""


_families: dict[str, str] = {}


def qt_family(pdf_font: str) -> str:
    """The installed font family of a PDF font name (WenQuanYiMicroHei-0 → WenQuanYi Micro
    Hei); the application's font when none matches (the documents embed the station's CJK
    font, which the desk also uses)."""
    found = _families.get(pdf_font)
    if found is None:
        wanted = pdf_font.split(",")[0].removesuffix("-0").replace(" ", "").replace("-", "")
        wanted = wanted.lower()
        found = QFont().family()
        for family in QFontDatabase.families():
            if family.replace(" ", "").replace("-", "").lower() == wanted:
                found = family
                break
        _families[pdf_font] = found
    return found


def _color(rgba: tuple[int, int, int, int]) -> QColor:
    return QColor(*rgba)


TEXT_PIXELS = 100
"""Text is laid out at 100 units an em and scaled to its size: sizes such as 7.5 pt keep
their exact width (a font's pixel size is a whole number)."""


def paint_vector_page(painter: QPainter, page: VectorPage, left: float, top: float,
                      scale: float) -> None:
    """Paint a page read by :func:`vector_pages` with its top-left at (left, top), ``scale``
    device units per PDF point."""
    from counter_app.reports.pdf_pages import Shape, TextRun  # loaded by vector_pages already

    base = QTransform(scale, 0, 0, -scale, left, top + page.height * scale)  # PDF y points up
    painter.save()
    try:
        for item in page.items:
            if isinstance(item, TextRun):
                font = QFont(qt_family(item.font))
                font.setPixelSize(TEXT_PIXELS)
                font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
                k = item.size / TEXT_PIXELS
                painter.setTransform(QTransform(k, 0, 0, -k, 0, 0) * QTransform(*item.matrix)
                                     * base)
                painter.setFont(font)
                painter.setPen(_color(item.fill))
                painter.drawText(QPointF(0, 0), item.text)
            elif isinstance(item, Shape):
                path = QPainterPath()
                path.setFillRule(Qt.FillRule.OddEvenFill if item.even_odd
                                 else Qt.FillRule.WindingFill)
                for op in item.ops:
                    if op[0] == "M":
                        path.moveTo(op[1], op[2])
                    elif op[0] == "L":
                        path.lineTo(op[1], op[2])
                    elif op[0] == "C":
                        path.cubicTo(op[1], op[2], op[3], op[4], op[5], op[6])
                    else:
                        path.closeSubpath()
                painter.setTransform(QTransform(*item.matrix) * base)
                if item.fill is not None:
                    painter.fillPath(path, _color(item.fill))
                if item.stroke is not None:
                    pen = QPen(_color(item.stroke), item.width or 0.0)
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
                    painter.strokePath(path, pen)
            else:
                image = QImage(item.rgb, item.width, item.height, item.width * 3,
                               QImage.Format.Format_RGB888).copy()
                painter.setTransform(QTransform(1, 0, 0, -1, 0, 1) * QTransform(*item.matrix)
                                     * base)
                painter.drawImage(QRectF(0, 0, 1, 1), image)
    finally:
        painter.restore()


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
