"""Printing a PDF (bytes from counter_app.reports) through the system print dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from counter_app.reports.pdf_pages import PageImage, render_pages


def image_of(page: PageImage) -> QImage:
    """A QImage (deep copy) of a rendered page."""
    return QImage(page.rgb, page.width, page.height, page.stride,
                  QImage.Format.Format_RGB888).copy()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page, scaled to the printable area; returns the pages printed."""
    pages = render_pages(pdf, dpi=min(300, printer.resolution()))
    painter = QPainter(printer)
    try:
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            image = image_of(page)
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(size))
    finally:
        painter.end()
    return len(pages)


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    """Show the system print dialog."""
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


def stack_pages(pdf: bytes, dpi: int = 80) -> tuple[QPixmap | None, int]:
    """Every page of a PDF one under the other on a grey sheet (the in-app preview), and the
    number of pages."""
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
    return QPixmap.fromImage(sheet), len(pages)
