"""Printing a PDF (bytes from counter_app.reports) through the system print dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
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
