"""The night desk's printed receipt forms: batch cover (RE-6) and courier's COD list (RE-7)."""

from __future__ import annotations

import io
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5

from counter_app.reports.receipts_pdf import (
    COD_COLUMNS,
    EMPTY_TEXT,
    FLAG_MARK,
    FLAG_TEXT,
    render_batch_close_pdf,
    render_batch_cover_pdf,
    render_cod_list_pdf,
)
from counter_app.services.dto import StationHeader
from counter_app.services.receipt_dto import BatchCover, CodLine, CodList
from tests.pdf_helpers import FONT, STATION, flat, need
from tests.pdf_helpers import layout_pages_text as pages_text

COURIER = "张伟"
DAY = "2026-11-22"
SIGNERS = ("王芳", "本人", "门卫", "李强", "欧阳娜娜", "前台", "快递柜", "家人代收")


def cod_line(seq: int, *, flagged: bool = False) -> CodLine:
    """A 到付 receipt; a flagged one was collected 5.00 short of the expected amount."""
    expected = Decimal(12 + (seq * 37) % 180) + Decimal("0.50") * (seq % 2)
    amount = expected - 5 if flagged else expected
    return CodLine(seq=seq, waybill_no=f"7731{6523125896 + seq * 7919:010d}",
                   signer=SIGNERS[seq % len(SIGNERS)], pieces=1 + seq % 3,
                   amount=f"{amount:.2f}", expected=f"{expected:.2f}", flagged=flagged)


def cod_list(lines: tuple[CodLine, ...]) -> CodList:
    """张伟's COD list of the day, its total summed from the lines."""
    total = sum((Decimal(line.amount) for line in lines), Decimal("0"))
    return CodList(station=STATION, courier=COURIER, delivery_date=DAY, lines=lines,
                   total=f"{total:.2f}")


# The day's batch: 45 receipts, 6 of them 到付 with line 4 flagged.
COD = cod_list(tuple(cod_line(i, flagged=i == 4) for i in range(1, 7)))
# A long list for the pages: 60 lines, 3 of them flagged.
LONG_FLAGGED = frozenset({4, 27, 58})
LONG_COD = cod_list(tuple(cod_line(i, flagged=i in LONG_FLAGGED) for i in range(1, 61)))
EMPTY_COD = cod_list(())
COVER = BatchCover(station=STATION, courier=COURIER, courier_kind="业务员", delivery_date=DAY,
                   count=45, pieces=52, cod_count=COD.count, cod_total=COD.total, late_count=2,
                   entered_by="陈晓梅", closed_at="2026-11-22 21:35")


ROW = re.compile(r"^\s*(\d+)\s+(\d{10,})\s+(\S+)\s+(\d+)\s+(\d+\.\d\d)\s+(\d+\.\d\d)(.*)$")
TOTAL = re.compile(r"合计：(\d+)\s*票\s+(\d+)\s+(\d+\.\d\d)\s*元")


def printed_rows(pdf: bytes) -> list[tuple[str, ...]]:
    """(序号, 运单号, 签收人, 件数, 应收, 实收, 备注 without spaces) of every row, in order."""
    rows = []
    for text in pages_text(pdf):
        for line in text.splitlines():
            m = ROW.match(line)
            if m:
                rows.append((*m.groups()[:6], flat(m.group(7))))
    return rows


def expected_rows(cod: CodList) -> list[tuple[str, ...]]:
    """What ``printed_rows`` must read back for ``cod``."""
    return [(str(x.seq), x.waybill_no, x.signer, str(x.pieces), x.expected, x.amount,
             flat(FLAG_TEXT) if x.flagged else "") for x in cod.lines]


@pytest.fixture(scope="module")
def cover_pdf() -> bytes:
    """The day's batch cover, printed."""
    return render_batch_cover_pdf(COVER, FONT)


@pytest.fixture(scope="module")
def cod_pdf() -> bytes:
    """The day's 6-line COD list, printed."""
    return render_cod_list_pdf(COD, FONT)


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    """The 60-line COD list, printed."""
    return render_cod_list_pdf(LONG_COD, FONT)


# --- RE-6: the batch cover -------------------------------------------------------------------


def test_cover_shows_courier_date_count_and_totals(cover_pdf: bytes) -> None:
    pages = pages_text(cover_pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    for value in (STATION.name, STATION.code, STATION.contact_person, STATION.phone, STATION.qq,
                  "回单批次封面", "业务员张伟", f"派送日期{DAY}", "回单数量45张", "件数52件",
                  "到付6票合计", "逾期录入2张", "录入员陈晓梅", "封批时间2026-11-2221:35"):
        assert value in text, value
    assert f"合计{COD.total}元" in text
    assert "页共" not in text, "the one-page cover carries no page number"


def test_cover_stays_one_page_with_long_values_and_names_the_driver() -> None:
    long = BatchCover(station=StationHeader(name="申通快递" * 12, code="3" * 30,
                                            contact_person="欧阳" * 10, phone="0" * 40,
                                            qq="9" * 30),
                      courier="欧阳娜娜" * 8, courier_kind="driver", delivery_date=DAY,
                      count=123456789, pieces=987654321, cod_count=99999,
                      cod_total="99999999.99", late_count=12345, entered_by="司马" * 12,
                      closed_at="2026-11-22 23:59")
    pages = pages_text(render_batch_cover_pdf(long, FONT))
    assert len(pages) == 1
    text = flat(pages[0])
    assert "驾驶员" + "欧阳娜娜" * 8 in text  # a stored kind prints as its word; never cut
    assert "123456789张" in text
    assert "99999999.99元" in text


# --- RE-7: the COD list ----------------------------------------------------------------------


def test_cod_list_prints_every_line_in_order(cod_pdf: bytes, long_pdf: bytes) -> None:
    assert printed_rows(cod_pdf) == expected_rows(COD)
    assert printed_rows(long_pdf) == expected_rows(LONG_COD)
    text = flat(pages_text(cod_pdf)[0])
    for value in (STATION.name, STATION.code, STATION.phone, "到付单清单", f"派件员{COURIER}",
                  f"派送日期{DAY}", "到付6票", *COD_COLUMNS):
        assert value in text, value


def test_row_check_catches_a_swapped_line(cod_pdf: bytes) -> None:
    """The comparison above is strict: another order reads back differently."""
    swapped = cod_list((COD.lines[1], COD.lines[0], *COD.lines[2:]))
    assert printed_rows(render_cod_list_pdf(swapped, FONT)) != expected_rows(COD)


def test_flag_marks_exactly_the_flagged_lines(long_pdf: bytes) -> None:
    rows = printed_rows(long_pdf)
    marked = {int(r[0]) for r in rows if FLAG_MARK in r[6]}
    assert marked == LONG_FLAGGED
    assert all(r[6] == flat(FLAG_TEXT) for r in rows if int(r[0]) in LONG_FLAGGED)
    assert [r[0] for r in printed_rows(render_cod_list_pdf(COD, FONT)) if r[6]] == ["4"]


@pytest.mark.parametrize("cod", [COD, LONG_COD], ids=["6-lines", "60-lines"])
def test_total_line_is_the_sum_of_the_lines(cod: CodList) -> None:
    text = "\n".join(pages_text(render_cod_list_pdf(cod, FONT)))
    totals = TOTAL.findall(text)
    assert len(totals) == 1, totals
    count, pieces, amount = totals[0]
    assert int(count) == len(cod.lines)
    assert int(pieces) == sum(line.pieces for line in cod.lines)
    assert Decimal(amount) == sum(Decimal(line.amount) for line in cod.lines)
    assert amount == cod.total


def test_every_page_says_page_x_of_y_and_repeats_the_header(long_pdf: bytes) -> None:
    pages = pages_text(long_pdf)
    total = len(pages)
    assert total >= 2
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
        assert re.search(r"序号\s+运单号\s+签收人\s+件数\s+应收\s+实收\s+备注", text)
        if number > 1:  # a loose page still says whose list it is
            assert f"派件员：{COURIER}" in text
            assert DAY in text
    assert f"共 {total + 1} 页" not in "".join(pages)


def test_total_and_signatures_close_the_last_page(long_pdf: bytes) -> None:
    pages = [flat(p) for p in pages_text(long_pdf)]
    for text in pages[:-1]:
        assert "派件员签字" not in text
        assert "合计：" not in text
    last = pages[-1]
    assert "派件员签字：" in last
    assert "录入员签字：" in last
    assert last.index("合计：") < last.index("派件员签字")
    assert LONG_COD.lines[-1].waybill_no in last


def test_empty_cod_list_says_none_with_total_zero() -> None:
    pages = pages_text(render_cod_list_pdf(EMPTY_COD, FONT))
    assert len(pages) == 1
    text = flat(pages[0])
    assert EMPTY_TEXT in text
    assert "合计：0票00.00元" in text
    assert "第1页共1页" in text
    assert "派件员签字" in text
    assert FLAG_MARK not in text


# --- printing a batch close ------------------------------------------------------------------


def test_close_batch_prints_the_cover_then_the_cod_pages(cover_pdf: bytes,
                                                         long_pdf: bytes) -> None:
    cover_pages = pages_text(cover_pdf)
    cod_pages = pages_text(long_pdf)
    pages = pages_text(render_batch_close_pdf(COVER, LONG_COD, FONT))
    assert len(pages) == len(cover_pages) + len(cod_pages)
    assert pages == cover_pages + cod_pages  # the COD list numbers its own pages


def test_close_batch_without_cod_list_is_just_the_cover(cover_pdf: bytes) -> None:
    pdf = render_batch_close_pdf(COVER, None, FONT)
    assert pages_text(pdf) == pages_text(cover_pdf)
    assert pdf == cover_pdf


def test_close_batch_with_empty_cod_list_adds_its_page(cover_pdf: bytes) -> None:
    pages = pages_text(render_batch_close_pdf(COVER, EMPTY_COD, FONT))
    assert len(pages) == 2
    assert EMPTY_TEXT in flat(pages[1])


def test_output_is_reproducible(cover_pdf: bytes, long_pdf: bytes) -> None:
    assert render_batch_cover_pdf(COVER, FONT) == cover_pdf
    assert render_cod_list_pdf(LONG_COD, FONT) == long_pdf
    close = render_batch_close_pdf(COVER, LONG_COD, FONT)
    assert render_batch_close_pdf(COVER, LONG_COD, FONT) == close


def test_every_page_is_a5_portrait() -> None:
    reader = PdfReader(io.BytesIO(render_batch_close_pdf(COVER, LONG_COD, FONT)))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            round(A5[0]), round(A5[1]))


# --- poppler: embedded font, text and pixels -------------------------------------------------


@pytest.fixture
def close_file(tmp_path: Path) -> Path:
    """The close-batch PDF (cover and the long COD list) on disk, for poppler."""
    path = tmp_path / "close.pdf"
    path.write_bytes(render_batch_close_pdf(COVER, LONG_COD, FONT))
    return path


def test_pdffonts_lists_only_embedded_fonts(close_file: Path) -> None:
    pdffonts = need("pdffonts", "poppler-utils")
    out = subprocess.run([pdffonts, str(close_file)], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    fonts = [line.split() for line in out[2:] if line.strip()]
    assert fonts, out
    for cols in fonts:
        # name type [type] encoding emb sub uni object-id gen
        assert cols[-5] == "yes", f"font not embedded: {cols}"
    assert any("WenQuanYi" in cols[0] for cols in fonts)


def test_pdftotext_reads_the_same_waybills(close_file: Path) -> None:
    pdftotext = need("pdftotext", "poppler-utils")
    text = subprocess.run([pdftotext, "-layout", str(close_file), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert COURIER in text
    assert re.findall(r"77316\d{9}", text) == [line.waybill_no for line in LONG_COD.lines]


def test_pages_render_with_ink(close_file: Path, tmp_path: Path) -> None:
    pdftoppm = need("pdftoppm", "poppler-utils")
    subprocess.run([pdftoppm, "-r", "50", "-gray", str(close_file), str(tmp_path / "p")],
                   check=True, capture_output=True)
    images = sorted(tmp_path.glob("p-*.pgm"))
    assert len(images) == 1 + len(pages_text(render_cod_list_pdf(LONG_COD, FONT)))
    for image in images:
        magic, _width, _height, _maxval, pixels = image.read_bytes().split(maxsplit=4)
        assert magic == b"P5"
        assert min(pixels) < 64, f"{image.name} is blank"
