"""The 40 × 30 mm pickup label on the Qt print path (issue 15 §2): the pickup code large, the
shelf, the waybill's tail, the barcode when it fits; the Chinese font embedded; nothing past
the label's edges. Read back with poppler (pdftotext -bbox, pdffonts, pdftoppm) and zbarimg."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from counter_app.reports.label_stock import known_stock
from counter_app.reports.warehouse_pdf import render_pickup_labels_pdf
from counter_app.services.warehouse_records import PickupLabel
from tests.pdf_helpers import FONT, need

MM = 72 / 25.4
LABELS = [
    PickupLabel(pickup_code="A-2-0315", waybill_no="773165231258960", location="A货架 第2层",
                reason="无人在家", in_on="11-23", recipient="李*"),
    PickupLabel(pickup_code="B-1-0042", waybill_no="468012345678", location="B货架 第1层",
                reason="地址不详", in_on="11-24", recipient="王**"),
]
LONG = PickupLabel(pickup_code="BULKY-12-004711", waybill_no="7731652312589601234",
                   location="大件区 靠墙第三排最里面的货架", reason="电话停机",
                   in_on="11-23", recipient="欧阳**")


def _words(pdf: Path) -> tuple[list[tuple[float, float]], list[list[tuple[str, float, float,
                                                                          float, float]]]]:
    """Each page's size (pt) and words with their boxes (pt, from the top) by pdftotext."""
    html = subprocess.run([need("pdftotext", "poppler-utils"), "-bbox", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    sizes: list[tuple[float, float]] = []
    pages: list[list[tuple[str, float, float, float, float]]] = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html,
                            re.S):
        sizes.append((float(page[1]), float(page[2])))
        pages.append([(m[5], float(m[1]), float(m[2]), float(m[3]), float(m[4]))
                      for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" '
                                           r'xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                                           page[3])])
    return sizes, pages


def _render(pdf: Path, tmp_path: Path, dpi: int) -> list[Path]:
    prefix = tmp_path / "page"
    subprocess.run([need("pdftoppm", "poppler-utils"), "-r", str(dpi), "-gray", str(pdf),
                    str(prefix)], check=True)
    return sorted(tmp_path.glob("page-*.pgm"))


def _pgm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert header is not None
    return int(header[1]), int(header[2]), data[header.end():]


@pytest.fixture
def small_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "labels.pdf"
    path.write_bytes(render_pickup_labels_pdf(LABELS, FONT, size="40x30"))
    return path


def test_small_label_pages_are_40_by_30_mm_with_the_code_largest(small_pdf: Path) -> None:
    sizes, pages = _words(small_pdf)
    assert [(round(w / MM), round(h / MM)) for w, h in sizes] == [(40, 30)] * 2
    for label, words, (width, height) in zip(LABELS, pages, sizes, strict=True):
        text = " ".join(w[0] for w in words)
        assert label.pickup_code in text
        assert all(part in text for part in label.location.split())
        assert label.waybill_no[-6:] in text  # the waybill's tail
        assert label.waybill_no not in text  # … not the whole number: no room
        code = next(w for w in words if w[0] == label.pickup_code)
        tallest = max(words, key=lambda w: w[4] - w[2])
        assert tallest is code  # the code is the large text
        assert code[4] - code[2] >= 6 * MM  # ~6 mm tall: read from a step away
        for word, x0, y0, x1, y1 in words:  # nothing past the label's edges
            assert min(x0, y0) >= 0.5 * MM, word
            assert max(x1 - width, y1 - height) <= -0.5 * MM, word


def test_small_label_embeds_its_chinese_font(small_pdf: Path) -> None:
    fonts = subprocess.run([need("pdffonts", "poppler-utils"), str(small_pdf)],
                           capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", row), row  # emb, sub


def test_small_label_render_has_white_edges_and_a_readable_barcode(
        small_pdf: Path, tmp_path: Path) -> None:
    zbarimg = need("zbarimg")
    images = _render(small_pdf, tmp_path, 300)
    assert len(images) == 2
    for label, image in zip(LABELS, images, strict=True):
        width, height, pixels = _pgm(image)
        assert max(abs(width - 40 / 25.4 * 300), abs(height - 30 / 25.4 * 300)) <= 1
        edge = round(0.5 / 25.4 * 300)  # half a millimetre all round: nothing reaches it
        dark_inside = 0
        for y in range(height):
            row = pixels[y * width:(y + 1) * width]
            if y < edge or y >= height - edge:
                assert min(row) > 128, f"ink at the top or bottom edge, row {y}"
            else:
                assert min(row[:edge] + row[-edge:]) > 128, f"ink at a side edge, row {y}"
                dark_inside += sum(1 for v in row if v < 100)
        assert dark_inside > 2000  # the code, the bars and the lines are there
        decoded = subprocess.run([zbarimg, "--raw", "-q", "-Sdisable", "-Scode128.enable",
                                  str(image)], capture_output=True, text=True, check=False)
        assert decoded.stdout.split() == [label.pickup_code]


def test_a_code_too_long_for_the_bars_is_printed_without_them_and_shrunk_not_cut(
        tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(render_pickup_labels_pdf([LONG], FONT, size="40x30"))
    sizes, (words,) = _words(path)
    width, height = sizes[0]
    text = "".join(w[0] for w in words)
    for value in (LONG.pickup_code, "大件区", LONG.waybill_no[-6:]):
        assert value in text
    for word, x0, y0, x1, y1 in words:
        assert min(x0, y0) >= 0, word
        assert max(x1 - width, y1 - height) <= 0, word
    (image,) = _render(path, tmp_path, 300)
    decoded = subprocess.run([need("zbarimg"), "--raw", "-q", str(image)],
                             capture_output=True, text=True, check=False)
    assert decoded.stdout.strip() == ""  # no bars too narrow to scan


def test_the_stock_named_is_drawn_and_60x40_when_none_is_named() -> None:
    small = render_pickup_labels_pdf(LABELS[:1], FONT, size=known_stock("40x30"))
    assert b"/MediaBox [ 0 0 113.3858 85.03937 ]" in small
    assert known_stock("nonsense") == "60x40"  # a setting from another version: the default
    assert b"/MediaBox [ 0 0 170.0787 113.3858 ]" in render_pickup_labels_pdf(
        LABELS[:1], FONT)
    with pytest.raises(ValueError, match="stock"):
        render_pickup_labels_pdf(LABELS, FONT, size="50x30")


def test_a_reprint_is_marked_where_it_covers_nothing(tmp_path: Path) -> None:
    path = tmp_path / "again.pdf"
    path.write_bytes(render_pickup_labels_pdf(LABELS[:1], FONT, size="40x30", reprint=True))
    _sizes, (words,) = _words(path)
    boxes = {w[0]: w[1:] for w in words}
    mark = boxes["补打"]
    for word, (x0, y0, x1, y1) in boxes.items():
        if word != "补打":  # no word's box overlaps the mark's
            assert x1 <= mark[0] or x0 >= mark[2] or y1 <= mark[1] or y0 >= mark[3], word
