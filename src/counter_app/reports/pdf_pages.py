"""PDF pages through pdfium (pypdfium2): rasterised for the in-app preview, and read as
vector drawings (text runs, paths, images) for printing at the printer's own resolution."""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw


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


# --- vector pages (issue 15 §2: print from vector pages at the printer's resolution) ----------
Matrix = tuple[float, float, float, float, float, float]
"""A PDF matrix (a, b, c, d, e, f): x' = a·x + c·y + e, y' = b·x + d·y + f."""

Rgba = tuple[int, int, int, int]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def compose(inner: Matrix, outer: Matrix) -> Matrix:
    """``inner`` then ``outer`` (PDF order: p · inner · outer)."""
    a, b, c, d, e, f = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


@dataclass(frozen=True)
class TextRun:
    """Text drawn at the origin of ``matrix`` (text space, y up) in ``font`` of ``size``."""

    text: str
    font: str
    size: float
    matrix: Matrix
    fill: Rgba


@dataclass(frozen=True)
class Shape:
    """A path: ops ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x3, y3), ("Z",) in the
    path's space, mapped by ``matrix``; filled (even-odd or non-zero) and/or stroked."""

    ops: tuple[tuple[Any, ...], ...]
    matrix: Matrix
    fill: Rgba | None
    even_odd: bool
    stroke: Rgba | None
    width: float


@dataclass(frozen=True)
class Picture:
    """An image filling the unit square of ``matrix`` (its first row at the top)."""

    width: int
    height: int
    rgb: bytes
    matrix: Matrix


@dataclass(frozen=True)
class VectorPage:
    """What a page draws, in PDF points (origin bottom-left, y up)."""

    width: float
    height: float
    items: tuple[TextRun | Shape | Picture, ...]


def _matrix(obj: Any) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _color(getter: Callable[..., Any], obj: Any) -> Rgba | None:
    r, g, b, a = (ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint())
    if not getter(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return None
    return (r.value, g.value, b.value, a.value)


def _text(obj: Any, text_page: Any) -> str:
    size = raw.FPDFTextObj_GetText(obj, text_page, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFTextObj_GetText(obj, text_page, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)),
                            size)
    return buffer.raw[:size - 2].decode("utf-16-le", errors="replace")


def _font_name(obj: Any) -> str:
    font = raw.FPDFTextObj_GetFont(obj)
    if not font:
        return ""
    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
    if size <= 1:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFFont_GetBaseFontName(font, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)), size)
    name = buffer.value.decode("latin-1", errors="replace")
    return name.split("+", 1)[1] if "+" in name[:7] else name  # subset tag ABCDEF+


def _path_ops(obj: Any) -> tuple[tuple[Any, ...], ...]:
    ops: list[tuple[Any, ...]] = []
    bezier: list[float] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for index in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, index)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            ops.append(("M", x.value, y.value))
        elif kind == raw.FPDF_SEGMENT_LINETO:
            ops.append(("L", x.value, y.value))
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            bezier += [x.value, y.value]
            if len(bezier) == 6:
                ops.append(("C", *bezier))
                bezier = []
        if raw.FPDFPathSegment_GetClose(segment):
            ops.append(("Z",))
    return tuple(ops)


def _shape(obj: Any, matrix: Matrix) -> Shape | None:
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke)):
        return None
    if not fill_mode.value and not stroke.value:
        return None  # a clipping path or an invisible one
    width = ctypes.c_float()
    raw.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(width))
    return Shape(_path_ops(obj), matrix,
                 _color(raw.FPDFPageObj_GetFillColor, obj) if fill_mode.value else None,
                 fill_mode.value == raw.FPDF_FILLMODE_ALTERNATE,
                 _color(raw.FPDFPageObj_GetStrokeColor, obj) if stroke.value else None,
                 width.value)


def _picture(obj: Any, matrix: Matrix) -> Picture | None:
    bitmap = raw.FPDFImageObj_GetBitmap(obj)
    if not bitmap:
        return None
    wrapped = pdfium.PdfBitmap.from_raw(bitmap)  # owns and frees the bitmap
    try:
        image = wrapped.to_pil().convert("RGB")
    finally:
        wrapped.close()
    return Picture(image.width, image.height, image.tobytes(), matrix)


def vector_page(pdf: bytes, index: int) -> VectorPage:
    """The page's text runs, paths and images, with their matrices: enough to paint it again
    on any device (a printer at its own resolution) as text and lines, not as a bitmap. Covers
    what the station's reportlab documents draw (text, ruled lines and boxes, barcodes as
    bars, images); clipping and dashes are not kept."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return _vector_page(doc, index)
    finally:
        doc.close()


def vector_pages(pdf: bytes) -> Iterator[VectorPage]:
    """Every page as :func:`vector_page` reads it, from one opening of the document (a long
    job parses its fonts once, not once a page), one page at a time."""
    doc = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(doc)):
            yield _vector_page(doc, index)
    finally:
        doc.close()


def _vector_page(doc: Any, index: int) -> VectorPage:
    """One page of an open document (see :func:`vector_page`)."""
    page = doc[index]
    width, height = page.get_size()
    text_page = raw.FPDFText_LoadPage(page.raw)
    items: list[TextRun | Shape | Picture] = []

    def walk(objects: Iterable[Any], outer: Matrix) -> None:
        for obj in objects:
            matrix = compose(_matrix(obj), outer)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                if raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE:
                    continue
                size = ctypes.c_float()
                raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(size))
                text = _text(obj, text_page)
                if text.strip():
                    items.append(TextRun(text, _font_name(obj), size.value, matrix,
                                         _color(raw.FPDFPageObj_GetFillColor, obj)
                                         or (0, 0, 0, 255)))
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                shape = _shape(obj, matrix)
                if shape is not None:
                    items.append(shape)
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                picture = _picture(obj, matrix)
                if picture is not None:
                    items.append(picture)
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                walk((raw.FPDFFormObj_GetObject(obj, i)
                      for i in range(raw.FPDFFormObj_CountObjects(obj))), matrix)

    try:
        walk((raw.FPDFPage_GetObject(page.raw, i)
              for i in range(raw.FPDFPage_CountObjects(page.raw))), IDENTITY)
    finally:
        raw.FPDFText_ClosePage(text_page)
        page.close()
    return VectorPage(width, height, tuple(items))
