"""Counter slips and pickup labels for thermal label printers, in TSPL and ZPL (issue 17 §2).

No print dialog, no driver: the label's size is a printer command (``SIZE`` / ``^PW``+``^LL``),
so nothing is scaled to a driver's default form. Cheap printers often have no Chinese font,
so every text is drawn with the bundled WenQuanYi Micro Hei (Pillow) into one monochrome
bitmap; barcodes stay printer commands (sharp, scannable, small). Pure Python, no Qt.

TSPL (TSC, 佳博 Gprinter, Xprinter, iDPRT): ``BITMAP x,y,width_bytes,height,0,data`` where a
0 bit prints (the inverse of ESC/POS). ZPL (Zebra): ``^GFA`` hex where a 1 bit prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

from counter_app.services.intake_dto import CounterSlip
from counter_app.services.warehouse_records import PickupLabel

DPI = 203
"""Dots per inch of the common desktop label printers (8 dots per mm)."""

SLIP_SIZES: dict[str, tuple[float, float]] = {"76x130": (76.0, 130.0), "100x150": (100.0, 150.0)}
LABEL_SIZES: dict[str, tuple[float, float]] = {"40x30": (40.0, 30.0), "60x40": (60.0, 40.0)}


def dots(mm: float, dpi: int = DPI) -> int:
    """Millimetres as printer dots."""
    return round(mm * dpi / 25.4)


@dataclass(frozen=True)
class TextBlock:
    """Text drawn into the label's bitmap.

    Attributes:
        x, y: top-left corner in dots.
        text: the text; wrapped to ``width`` dots, at most ``max_lines`` lines.
        size: the font's pixel height in dots.
        width: the wrap width in dots.
        max_lines: lines kept after wrapping (the last is cut with "…").
        inverse: white on black (a mark like 航空禁运).
    """

    x: int
    y: int
    text: str
    size: int
    width: int
    max_lines: int = 1
    inverse: bool = False


@dataclass(frozen=True)
class Barcode:
    """A Code 128 barcode drawn by the printer.

    Attributes:
        x, y: top-left corner in dots; height: bar height in dots; narrow: module width in
        dots; data: the encoded text (ASCII).
    """

    x: int
    y: int
    data: str
    height: int
    narrow: int = 2


@dataclass(frozen=True)
class LabelLayout:
    """One label: its size and what is on it (positions in dots)."""

    width_mm: float
    height_mm: float
    texts: tuple[TextBlock, ...] = ()
    barcodes: tuple[Barcode, ...] = ()
    lines: tuple[tuple[int, int, int, int], ...] = field(default=())
    """Horizontal or vertical rules as (x, y, width, height) boxes in dots."""
    gap_mm: float = 2.0
    copies: int = 1

    @property
    def width(self) -> int:
        """Width in dots."""
        return dots(self.width_mm)

    @property
    def height(self) -> int:
        """Height in dots."""
        return dots(self.height_mm)


@dataclass(frozen=True)
class Bitmap:
    """A monochrome picture: ``rows`` of ``width_bytes`` bytes, most significant bit left,
    1 = black; placed at (x, y) dots."""

    x: int
    y: int
    width_bytes: int
    height: int
    rows: bytes


# --- Code 128 module count (to fit a barcode in its width) -------------------------------


def code128_modules(data: str) -> int:
    """How many modules wide a Code 128 symbol for ``data`` is (as python-barcode encodes)."""
    import barcode

    return len(barcode.get_barcode_class("code128")(data).build()[0])


def _fit_narrow(data: str, room: int, most: int = 3) -> int:
    modules = code128_modules(data)
    return max(1, min(most, room // modules))


# --- layouts -----------------------------------------------------------------------------


def _line_count(font_file: Path | None, block: TextBlock) -> int:
    if font_file is None:
        return block.max_lines
    return len(_wrap(block.text, font_file, block.size, block.width, block.max_lines))


def slip_layout(slip: CounterSlip, size: str = "76x130",
                font_file: Path | None = None) -> LabelLayout:
    """The counter slip (CI-7) as a label of ``size`` (``76x130`` or ``100x150``).

    With ``font_file`` a block takes only the lines its text needs; without, its maximum.
    """
    width_mm, height_mm = SLIP_SIZES[size]
    w = dots(width_mm)
    margin = dots(2.5)
    inner = w - 2 * margin
    scale = width_mm / 76.0
    small, normal, big = round(22 * scale), round(26 * scale), round(44 * scale)
    texts: list[TextBlock] = []
    lines: list[tuple[int, int, int, int]] = []
    y = margin

    def text(value: str, size_: int, lines_: int = 1, *, x: int = margin,
             width: int = inner, inverse: bool = False) -> None:
        nonlocal y
        if not value:
            return
        block = TextBlock(x, y, value, size_, width, lines_, inverse)
        texts.append(block)
        y += round(size_ * 1.2) * _line_count(font_file, block) + dots(0.5)

    def rule() -> None:
        nonlocal y
        lines.append((margin, y, inner, 2))
        y += dots(1)

    header = slip.header.name + (f"  {slip.carrier}" if slip.carrier else "")
    text(header, normal)
    rule()
    text(slip.destination, big, 2)
    rule()
    narrow = _fit_narrow(slip.waybill_no, inner)
    bar_h = dots(12 * scale)
    barcode = Barcode(margin, y, slip.waybill_no, bar_h, narrow)
    y += bar_h + dots(1)
    text(slip.waybill_no, normal)
    rule()
    text(f"收 {slip.recipient} {slip.recipient_phone}", normal)
    text(slip.recipient_address, small, 2)
    rule()
    text(f"寄 {slip.sender} {slip.sender_phone}", small)
    text(slip.sender_address, small, 1)
    rule()
    text(f"{slip.contents} ×{slip.quantity}  {slip.weight}  {slip.service}", small, 2)
    marks = [m for m, on in (("航空禁运", slip.air_banned), ("易碎", slip.fragile)) if on]
    if marks:
        text(" ".join(marks), normal, inverse=True, width=inner // 2)
    for label, value in (("保价", slip.declared_value), ("代收", slip.cod_amount),
                         ("到付应收", slip.collect_amount), ("协议客户", slip.account)):
        if value:
            text(f"{label} {value}", small)
    text(f"{slip.payment}  {slip.total}" + ("  门市" if slip.counter_mark else ""), normal)
    text("  ".join(f"{line.label} {line.amount}" for line in slip.lines), small, 2)
    rule()
    text(f"{slip.accepted_at}  收件员 {slip.clerk}", small)
    return LabelLayout(width_mm, height_mm, tuple(texts), (barcode,), tuple(lines))


def pickup_label_layout(label: PickupLabel, size: str = "40x30") -> LabelLayout:
    """The shelf label of a parcel in stock: pickup code big, waybill barcode, who and where."""
    width_mm, height_mm = LABEL_SIZES[size]
    w, h = dots(width_mm), dots(height_mm)
    margin = dots(1.5)
    inner = w - 2 * margin
    code_size = round(h * 0.27)
    small = max(16, round(h * 0.085))
    texts = [TextBlock(margin, margin, label.pickup_code, code_size, inner)]
    y = margin + round(code_size * 1.1)
    narrow = _fit_narrow(label.waybill_no, inner, most=2)
    bar_h = round(h * 0.26)
    barcode = Barcode(margin, y, label.waybill_no, bar_h, narrow)
    y += bar_h + dots(0.5)
    texts.append(TextBlock(margin, y, label.waybill_no, small, inner))
    y += round(small * 1.15)
    texts.append(TextBlock(margin, y, f"{label.recipient}  {label.location}", small, inner))
    y += round(small * 1.15)
    texts.append(TextBlock(margin, y, f"{label.in_on} {label.reason}", small, inner))
    return LabelLayout(width_mm, height_mm, tuple(texts), (barcode,))


# --- bitmap --------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=0)


@lru_cache(maxsize=4096)
def _advance(path: str, size: int, ch: str) -> float:
    return float(_font(path, size).getlength(ch))


@lru_cache(maxsize=512)
def _wrap_cached(path: str, size: int, text: str, width: int, max_lines: int) -> tuple[str, ...]:
    """Break ``text`` into lines of at most ``width`` dots (CJK breaks anywhere); summing
    per-character advances keeps this linear (the font has no kerning)."""
    out: list[str] = []
    line, used = "", 0.0
    for ch in text:
        step = _advance(path, size, ch)
        if line and used + step > width:
            out.append(line)
            if len(out) == max_lines:
                break
            line, used = ("", 0.0) if ch == " " else (ch, step)
        else:
            line, used = line + ch, used + step
    else:
        out.append(line)
        return tuple(out[:max_lines])
    ellipsis = _advance(path, size, "…")
    last = out[-1]
    while last and sum(_advance(path, size, c) for c in last) + ellipsis > width:
        last = last[:-1]
    out[-1] = last + "…"
    return tuple(out)


def _wrap(text: str, font_file: Path, size: int, width: int, max_lines: int) -> list[str]:
    return list(_wrap_cached(str(font_file), size, text, width, max_lines))


def draw_layout(layout: LabelLayout, font_file: Path) -> Image.Image:
    """The texts and rules of ``layout`` as a 1-bit image of the label (barcodes left out)."""
    image = Image.new("1", (layout.width, layout.height), 1)
    draw = ImageDraw.Draw(image)
    for x, y, w, h in layout.lines:
        draw.rectangle((x, y, x + w - 1, y + h - 1), fill=0)
    for block in layout.texts:
        font = _font(str(font_file), block.size)
        rows = _wrap(block.text, font_file, block.size, block.width, block.max_lines)
        step = round(block.size * 1.2)
        if block.inverse:
            longest = max(font.getlength(r) for r in rows)
            draw.rectangle((block.x, block.y, block.x + int(longest) + 8,
                            block.y + step * len(rows)), fill=0)
        for n, row in enumerate(rows):
            draw.text((block.x + (4 if block.inverse else 0), block.y + n * step), row,
                      font=font, fill=1 if block.inverse else 0)
    return image


def bitmap_of(image: Image.Image) -> Bitmap | None:
    """The inked part of a 1-bit image (whole bytes wide), 1 = black; None when blank."""
    ink = ImageOps.invert(image.convert("L"))
    box = ink.getbbox()
    if box is None:
        return None
    left = box[0] // 8 * 8
    right = -(-box[2] // 8) * 8
    right = min(right, -(-image.width // 8) * 8)
    crop = ink.crop((left, box[1], right, box[3])).point(lambda v: 255 if v > 127 else 0)
    rows = crop.convert("1").tobytes()  # packed MSB first; ink was made 255 → bit 1
    return Bitmap(left, box[1], (right - left) // 8, box[3] - box[1], rows)


# --- TSPL ----------------------------------------------------------------------------------

_INVERT = bytes(255 - b for b in range(256))


def render_tspl(layout: LabelLayout, font_file: Path) -> bytes:
    """TSPL commands for one label: size, gap, the text bitmap, the barcodes, print."""
    out = bytearray()
    out += (f"SIZE {layout.width_mm:g} mm,{layout.height_mm:g} mm\r\n"
            f"GAP {layout.gap_mm:g} mm,0 mm\r\nDIRECTION 1\r\nREFERENCE 0,0\r\n"
            "DENSITY 8\r\nSPEED 4\r\nCLS\r\n").encode("ascii")
    bitmap = bitmap_of(draw_layout(layout, font_file))
    if bitmap is not None:
        inverted = bitmap.rows.translate(_INVERT)  # TSPL: 0 bit = black
        out += f"BITMAP {bitmap.x},{bitmap.y},{bitmap.width_bytes},{bitmap.height},0,".encode()
        out += inverted + b"\r\n"
    for code in layout.barcodes:
        out += (f'BARCODE {code.x},{code.y},"128",{code.height},0,0,{code.narrow},'
                f'{code.narrow},"{_tspl_quote(code.data)}"\r\n').encode("ascii")
    out += f"PRINT 1,{layout.copies}\r\n".encode("ascii")
    return bytes(out)


def _tspl_quote(data: str) -> str:
    # TSPL has no escape for a double quote inside a string: \["] is its spelling.
    return data.replace('"', '\\["]')


# --- ZPL -----------------------------------------------------------------------------------


def render_zpl(layout: LabelLayout, font_file: Path) -> bytes:
    """ZPL II for one label: width and length, the text as ^GFA, the barcodes as ^BC."""
    parts = [f"^XA^CI28^PW{layout.width}^LL{layout.height}^LH0,0"]
    bitmap = bitmap_of(draw_layout(layout, font_file))
    if bitmap is not None:
        total = bitmap.width_bytes * bitmap.height
        parts.append(f"^FO{bitmap.x},{bitmap.y}^GFA,{total},{total},{bitmap.width_bytes},"
                     f"{bitmap.rows.hex().upper()}^FS")
    for code in layout.barcodes:
        parts.append(f"^FO{code.x},{code.y}^BY{code.narrow}^BCN,{code.height},N,N,N,A"
                     f"^FD{_zpl_escape(code.data)}^FS")
    parts.append(f"^PQ{layout.copies}^XZ")
    return "\n".join(parts).encode("ascii") + b"\n"


def _zpl_escape(data: str) -> str:
    return data.replace("^", "").replace("~", "")


def render(language: str, layouts: Iterable[LabelLayout], font_file: Path) -> bytes:
    """Several labels in ``language`` (``"tspl"`` or ``"zpl"``) as one job.

    Raises:
        ValueError: an unknown language.
    """
    renderer = {"tspl": render_tspl, "zpl": render_zpl}.get(language)
    if renderer is None:
        raise ValueError(f"unknown label language {language!r}")
    return b"".join(renderer(layout, font_file) for layout in layouts)
