"""Issue 15 §2: the Qt print path paints pages as vectors at the printer's resolution — text
stays text (pdftotext reads the waybill number from what the printer received), bars and rules
stay paths, no page bitmap, so the job is small; each document prints on paper of its own size;
and it looks like the document."""

from __future__ import annotations

import subprocess
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

from counter_app.ui import printing
from counter_app.ui.printing import DocKind, PrintSetup
from tests.gui.test_intake_workspace import Desk, desk, no
from tests.gui.test_printing import accept_one, size_mm

__all__ = ["desk", "images_in", "ink_difference", "text_of"]  # desk: the fixture, to be found


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def images_in(path: Path) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(path)], check=True,
                             capture_output=True, text=True).stdout
    return len(listing.splitlines()) - 2  # two header lines


def grey(pdf: Path, dpi: int) -> Image.Image:
    png = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-gray", "-png",
                          str(pdf)], check=True, capture_output=True).stdout
    return Image.open(BytesIO(png)).convert("L")


def ink_difference(a: Path, b: Path, dpi: int = 100) -> float:
    """Mean difference of the first pages as rendered by poppler, 0 (same) … 1."""
    one, two = grey(a, dpi), grey(b, dpi)
    assert abs(one.width - two.width) <= 1
    assert abs(one.height - two.height) <= 1
    box = (0, 0, min(one.width, two.width), min(one.height, two.height))  # points → pixels
    one, two = one.crop(box), two.crop(box)
    return float(ImageStat.Stat(ImageChops.difference(one, two)).mean[0]) / 255


def test_a_slip_goes_to_the_printer_as_text_and_paths_on_its_own_paper(
        qtbot, desk: Desk, printed_files: list[Path], tmp_path: Path) -> None:
    printing.SETUPS.set(DocKind.SLIP, PrintSetup(direct=True))
    accept_one(qtbot, desk, 1)
    (printed,) = printed_files
    assert no(1) in text_of(printed)  # text, not a picture of text
    assert images_in(printed) == 0  # no page bitmap
    assert size_mm(printed) == (100, 150)
    assert printed.stat().st_size < 80_000  # the 300 dpi bitmap job was 6–11 MB
    source = tmp_path / "slip.pdf"
    source.write_bytes(desk.ws.last_print)
    assert ink_difference(source, printed) < 0.02  # it looks like the document
