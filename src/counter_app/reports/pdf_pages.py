"""Rasterise PDF pages (pdfium via pypdfium2) for the in-app preview and for printing."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium


@dataclass(frozen=True)
class PageImage:
    """One page as packed rows (``stride`` bytes each): 24-bit RGB, or 8-bit grey when
    ``grey``."""

    width: int
    height: int
    stride: int
    rgb: bytes
    grey: bool = False


def page_count(pdf: bytes) -> int:
    """Number of pages."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's size in millimetres (width, height), as the document sets it."""
    doc = pdfium.PdfDocument(pdf)
    try:
        sizes = []
        for index in range(len(doc)):
            width, height = doc.get_page_size(index)
            sizes.append((width / 72 * 25.4, height / 72 * 25.4))
        return sizes
    finally:
        doc.close()


def render_page(pdf: bytes, index: int, dpi: float, *, grey: bool = False) -> PageImage:
    """Render one page at ``dpi`` on a white background (grey: 8 bits a pixel, a third of the
    bytes, for the black-and-white printers of a counter)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[index]
        bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True, grayscale=grey)
        image = bitmap.to_pil().convert("L" if grey else "RGB")
        bitmap.close()
        page.close()
        bpp = 1 if grey else 3
        return PageImage(image.width, image.height, image.width * bpp, image.tobytes(), grey)
    finally:
        doc.close()


def render_pages(pdf: bytes, dpi: float = 96.0, pages: range | None = None) -> list[PageImage]:
    """Render pages at ``dpi`` on a white background."""
    indexes = pages if pages is not None else range(page_count(pdf))
    return [render_page(pdf, index, dpi) for index in indexes]
