"""Rasterise PDF pages (pdfium via pypdfium2) for the in-app preview and for printing."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium


@dataclass(frozen=True)
class PageImage:
    """One page as packed 24-bit RGB rows (``stride`` bytes each)."""

    width: int
    height: int
    stride: int
    rgb: bytes


def page_count(pdf: bytes) -> int:
    """Number of pages."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def render_pages(pdf: bytes, dpi: float = 96.0, pages: range | None = None) -> list[PageImage]:
    """Render pages at ``dpi`` on a white background."""
    doc = pdfium.PdfDocument(pdf)
    try:
        result = []
        for index in pages if pages is not None else range(len(doc)):
            page = doc[index]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)  # RGB byte order
            image = bitmap.to_pil().convert("RGB")
            result.append(PageImage(image.width, image.height, image.width * 3,
                                    image.tobytes()))
            bitmap.close()
            page.close()
        return result
    finally:
        doc.close()
