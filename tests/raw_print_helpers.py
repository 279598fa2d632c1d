"""Read TSPL, ZPL and ESC/POS back for tests: draw a label as the printer would, decode it.

Only the commands the app emits are understood. Barcodes are drawn from the command's content
with python-barcode's own Code 128 encoder, so ``zbarimg`` decoding the drawn label proves the
command carries the right data at a printable module width, next to the text bitmap.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import barcode
from PIL import Image, ImageDraw

DOTS_PER_MM = 203 / 25.4


@dataclass
class Drawn:
    """A label read back: the canvas and what built it."""

    image: Image.Image
    size_mm: tuple[float, float] = (0.0, 0.0)
    bitmaps: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(x, y, width in dots, height) of every bitmap."""
    barcodes: list[str] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)


def _draw_code128(draw: ImageDraw.ImageDraw, x: int, y: int, data: str, height: int,
                  narrow: int) -> None:
    modules = barcode.get_barcode_class("code128")(data).build()[0]
    for i, bit in enumerate(modules):
        if bit == "1":
            draw.rectangle((x + i * narrow, y, x + (i + 1) * narrow - 1, y + height - 1), fill=0)


def _paint(image: Image.Image, x: int, y: int, width_bytes: int, rows: bytes,
           one_is_black: bool) -> None:
    height = len(rows) // width_bytes
    for r in range(height):
        for b in range(width_bytes):
            byte = rows[r * width_bytes + b]
            for bit in range(8):
                on = bool(byte & (0x80 >> bit))
                if on == one_is_black:
                    px, py = x + b * 8 + bit, y + r
                    if px < image.width and py < image.height:
                        image.putpixel((px, py), 0)


def read_tspl(data: bytes) -> Drawn:
    """Draw one TSPL label (the first SIZE … PRINT)."""
    pos = 0
    drawn = Drawn(Image.new("1", (1, 1), 1))
    draw = ImageDraw.Draw(drawn.image)
    while pos < len(data):
        end = data.index(b"\r\n", pos)
        line = data[pos:end]
        if line.startswith(b"BITMAP "):
            head = line[len(b"BITMAP "):]
            parts = head.split(b",", 5)
            x, y, wb, h, _mode = (int(p) for p in parts[:5])
            start = pos + len(b"BITMAP ") + len(b",".join(parts[:5])) + 1
            rows = data[start:start + wb * h]
            assert data[start + wb * h:start + wb * h + 2] == b"\r\n", "BITMAP length is wrong"
            _paint(drawn.image, x, y, wb, rows, one_is_black=False)
            drawn.bitmaps.append((x, y, wb * 8, h))
            drawn.commands.append("BITMAP")
            pos = start + wb * h + 2
            continue
        text = line.decode("ascii")
        drawn.commands.append(text.split(" ")[0])
        if m := re.fullmatch(r"SIZE ([\d.]+) mm,([\d.]+) mm", text):
            drawn.size_mm = (float(m[1]), float(m[2]))
            size = (round(drawn.size_mm[0] * DOTS_PER_MM), round(drawn.size_mm[1] * DOTS_PER_MM))
            drawn.image = Image.new("1", size, 1)
            draw = ImageDraw.Draw(drawn.image)
        elif m := re.fullmatch(r'BARCODE (\d+),(\d+),"128",(\d+),0,0,(\d+),(\d+),"(.*)"', text):
            x, y, h, narrow = int(m[1]), int(m[2]), int(m[3]), int(m[4])
            drawn.barcodes.append(m[6])
            _draw_code128(draw, x, y, m[6], h, narrow)
        elif text.startswith("PRINT"):
            break
        pos = end + 2
    return drawn


def read_zpl(data: bytes) -> Drawn:
    """Draw one ZPL label (^XA … ^XZ)."""
    text = data.decode("ascii")
    width = int(re.search(r"\^PW(\d+)", text)[1])  # type: ignore[index]
    length = int(re.search(r"\^LL(\d+)", text)[1])  # type: ignore[index]
    drawn = Drawn(Image.new("1", (width, length), 1), (width / DOTS_PER_MM, length / DOTS_PER_MM))
    draw = ImageDraw.Draw(drawn.image)
    for m in re.finditer(r"\^FO(\d+),(\d+)\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)\^FS", text):
        x, y, total, wb = int(m[1]), int(m[2]), int(m[3]), int(m[5])
        rows = bytes.fromhex(m[6])
        assert len(rows) == total
        _paint(drawn.image, x, y, wb, rows, one_is_black=True)
        drawn.bitmaps.append((x, y, wb * 8, total // wb))
    for m in re.finditer(r"\^FO(\d+),(\d+)\^BY(\d+)\^BCN,(\d+),N,N,N,A\^FD(.*?)\^FS", text):
        drawn.barcodes.append(m[5])
        _draw_code128(draw, int(m[1]), int(m[2]), m[5], int(m[4]), int(m[3]))
    return drawn


def zbar_decode(image: Image.Image, tmp: Path) -> list[str]:
    """What ``zbarimg`` reads on the image (with a white quiet zone around it)."""
    zbar = shutil.which("zbarimg")
    assert zbar is not None, "zbarimg (zbar-tools) is needed"
    padded = Image.new("L", (image.width + 80, image.height + 80), 255)
    padded.paste(image.convert("L"), (40, 40))
    path = tmp / "label.png"
    padded.save(path)
    done = subprocess.run([zbar, "-q", "--raw", str(path)], capture_output=True, text=True,
                          check=False)
    return done.stdout.split()


def ink_in(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """Black pixels inside ``box`` (x, y, width, height)."""
    x, y, w, h = box
    crop = image.crop((x, y, x + w, y + h)).convert("L")
    return sum(crop.histogram()[:128])
