"""Label and receipt printers without a dialog: TSPL, ZPL, ESC/POS bytes and their senders."""

from __future__ import annotations

import dataclasses
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from counter_app.hardware.print_log import PrintLog, PrintLogEntry
from counter_app.hardware.raw_printer import (
    PrinterTarget,
    PrintFailed,
    PrintOutcome,
    RawPrintQueue,
    parse_target,
    send_raw,
)
from counter_app.reports import escpos_receipt
from counter_app.reports.raw_labels import (
    dots,
    pickup_label_layout,
    render,
    render_tspl,
    render_zpl,
    slip_layout,
)
from tests.integration.test_intake_pdf import LONG_SLIP, PLAIN_SLIP, SLIP
from tests.integration.test_warehouse_pdf import LABELS
from tests.pdf_helpers import FONT
from tests.raw_print_helpers import ink_in, read_tspl, read_zpl, zbar_decode

needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="needs zbarimg")


class TestTspl:
    @pytest.mark.parametrize(("size", "mm"), [("76x130", (76, 130)), ("100x150", (100, 150))])
    def test_slip_states_its_size_and_carries_text_as_bitmap_inside_the_label(
        self, size: str, mm: tuple[int, int]
    ) -> None:
        data = render_tspl(slip_layout(SLIP, size, FONT), FONT)
        assert data.startswith(f"SIZE {mm[0]} mm,{mm[1]} mm\r\nGAP 2 mm,0 mm\r\n".encode())
        assert data.endswith(b"PRINT 1,1\r\n")
        drawn = read_tspl(data)
        assert drawn.commands.count("CLS") == 1
        assert drawn.commands.index("CLS") < drawn.commands.index("BITMAP")
        assert drawn.commands.index("BITMAP") < drawn.commands.index("BARCODE")
        (x, y, width, height), = drawn.bitmaps
        assert width % 8 == 0
        assert x + width <= dots(mm[0]) + 7
        assert y + height <= dots(mm[1])
        assert height > dots(mm[1]) // 3  # the slip's text really is in it
        # No Chinese as printer text: no TEXT command (printers often lack the font).
        assert "TEXT" not in drawn.commands
        assert b"\xe5" not in data.split(b"BITMAP")[0]

    @needs_zbar
    @pytest.mark.parametrize("slip", [SLIP, PLAIN_SLIP, LONG_SLIP], ids=["slip", "plain", "long"])
    def test_slip_barcode_decodes_with_zbar_next_to_the_bitmap(
        self, slip: object, tmp_path: Path
    ) -> None:
        data = render_tspl(slip_layout(slip, "76x130", FONT), FONT)  # type: ignore[arg-type]
        drawn = read_tspl(data)
        assert drawn.barcodes == [slip.waybill_no]  # type: ignore[attr-defined]
        assert zbar_decode(drawn.image, tmp_path) == [slip.waybill_no]  # type: ignore[attr-defined]

    @needs_zbar
    @pytest.mark.parametrize("label", LABELS, ids=lambda label: label.pickup_code)
    def test_pickup_label_40x30_fits_and_its_barcode_decodes(self, label: object,
                                                             tmp_path: Path) -> None:
        data = render_tspl(pickup_label_layout(label), FONT)  # type: ignore[arg-type]
        assert data.startswith(b"SIZE 40 mm,30 mm\r\n")
        drawn = read_tspl(data)
        assert drawn.image.size == (320, 240)
        (x, y, width, height), = drawn.bitmaps
        assert x + width <= 320
        assert y + height <= 240
        assert ink_in(drawn.image, (0, 0, 320, 60)) > 500  # the big pickup code
        assert zbar_decode(drawn.image, tmp_path) == [label.waybill_no]  # type: ignore[attr-defined]

    def test_quotes_in_barcode_data_use_tspl_spelling(self) -> None:
        label = dataclasses.replace(LABELS[0], waybill_no='AB"12')
        assert b'"AB\\["]12"' in render_tspl(pickup_label_layout(label), FONT)


class TestZpl:
    @needs_zbar
    def test_slip_in_zpl_sets_width_and_length_and_decodes(self, tmp_path: Path) -> None:
        data = render_zpl(slip_layout(SLIP, "100x150", FONT), FONT)
        assert data.startswith(b"^XA^CI28^PW799^LL1199")
        assert data.rstrip().endswith(b"^PQ1^XZ")
        drawn = read_zpl(data)
        (_x, _y, width, height), = drawn.bitmaps
        assert width <= 800
        assert height > 400
        assert zbar_decode(drawn.image, tmp_path) == [SLIP.waybill_no]

    @needs_zbar
    def test_pickup_label_in_zpl_decodes(self, tmp_path: Path) -> None:
        drawn = read_zpl(render_zpl(pickup_label_layout(LABELS[1]), FONT))
        assert drawn.image.size == (320, 240)
        assert zbar_decode(drawn.image, tmp_path) == [LABELS[1].waybill_no]

    def test_several_labels_make_one_job_and_unknown_language_is_refused(self) -> None:
        layouts = [pickup_label_layout(label) for label in LABELS]
        assert render("zpl", layouts, FONT).count(b"^XA") == 2
        assert render("tspl", layouts, FONT).count(b"PRINT 1,1") == 2
        with pytest.raises(ValueError, match="unknown label language"):
            render("epl", layouts, FONT)


class TestEscPos:
    def test_receipt_is_gb18030_text_in_chinese_mode_with_barcode_and_cut(self) -> None:
        data = escpos_receipt.render_receipt(SLIP)
        assert data.startswith(b"\x1b@\x1c&")
        assert data.endswith(b"\x1c.\x1dVB\x03")
        assert "寄件收据".encode("gb18030") in data
        assert SLIP.header.name.encode("gb18030") in data
        assert "¥ 18.00".encode("gb18030") in data
        assert b"\x1dkI\x11{B" + SLIP.waybill_no.encode() in data
        assert "寄件收据".encode() not in data  # not UTF-8
        lines = data.split(b"\n")
        total = next(line for line in lines if "合计".encode("gb18030") in line)
        # double width: 24 columns; the amount ends the line
        assert total.decode("gb18030").endswith("¥ 18.00")

    def test_reprint_says_so(self) -> None:
        assert "（补打 2）".encode("gb18030") in escpos_receipt.render_receipt(SLIP, reprint=2)

    def test_two_columns_counts_chinese_as_double_width(self) -> None:
        line = escpos_receipt.two_columns("首重", "¥ 10.00")
        assert escpos_receipt.width(line) == escpos_receipt.COLUMNS
        assert line.endswith("¥ 10.00")
        long = escpos_receipt.two_columns("费" * 40, "¥ 1.00")
        assert escpos_receipt.width(long) == escpos_receipt.COLUMNS


class Sink:
    """A loopback raw port (like a printer's 9100): collects one connection's bytes."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received: list[bytes] = []
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
            self.received.append(b"".join(chunks))
            self.done.set()

    def close(self) -> None:
        self.server.close()
        self._thread.join(2)


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink()
    try:
        yield s
    finally:
        s.close()


class TestSenders:
    @pytest.mark.parametrize(
        ("text", "target"),
        [
            ("tcp:192.168.1.50:9100", PrinterTarget("tcp", "192.168.1.50", 9100)),
            ("tcp:printer.local", PrinterTarget("tcp", "printer.local", 9100)),
            ("queue:Xprinter_XP-365B", PrinterTarget("queue", "Xprinter_XP-365B")),
            ("file:/dev/usb/lp0", PrinterTarget("file", "/dev/usb/lp0")),
            ("file:COM3", PrinterTarget("file", "COM3")),
        ],
    )
    def test_targets_read_as_typed(self, text: str, target: PrinterTarget) -> None:
        assert parse_target(text) == target
        assert parse_target(str(target)) == target

    @pytest.mark.parametrize("text", ["", "tcp:", "tcp:host:99999", "usb:1", "queue:"])
    def test_unusable_targets_are_refused(self, text: str) -> None:
        with pytest.raises(ValueError, match=r"address|port|connection"):
            parse_target(text)

    def test_loopback_socket_receives_the_exact_label(self, sink: Sink) -> None:
        data = render_tspl(pickup_label_layout(LABELS[0]), FONT)
        send_raw(data, PrinterTarget("tcp", "127.0.0.1", sink.port))
        assert sink.done.wait(5)
        assert sink.received == [data]

    def test_file_sink_gets_jobs_appended(self, tmp_path: Path) -> None:
        device = tmp_path / "lp0"
        send_raw(b"one", PrinterTarget("file", str(device)))
        send_raw(b"two", PrinterTarget("file", str(device)))
        assert device.read_bytes() == b"onetwo"

    def test_unreachable_printer_is_a_print_failure(self) -> None:
        closed = socket.create_server(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        closed.close()
        with pytest.raises(PrintFailed):
            send_raw(b"x", PrinterTarget("tcp", "127.0.0.1", port), timeout_s=2)
        with pytest.raises(PrintFailed):
            send_raw(b"x", PrinterTarget("file", "/nonexistent/dir/lp0"))

    def test_queue_renders_and_sends_in_order_off_the_calling_thread(
        self, qtbot: QtBot, sink: Sink
    ) -> None:
        jobs = RawPrintQueue()
        outcomes: list[PrintOutcome] = []
        jobs.finished.connect(outcomes.append)
        render_threads: list[int] = []

        def render_slip() -> bytes:
            render_threads.append(threading.get_ident())
            return render_tspl(slip_layout(SLIP, "76x130", FONT), FONT)

        try:
            with qtbot.wait_signal(jobs.finished, timeout=10_000):
                jobs.submit("slip", render_slip, PrinterTarget("tcp", "127.0.0.1", sink.port))
            assert sink.done.wait(5)
        finally:
            jobs.stop()
        assert render_threads
        assert render_threads[0] != threading.get_ident()
        (outcome,) = outcomes
        assert outcome.ok
        assert outcome.job == "slip"
        assert outcome.size == len(sink.received[0])
        assert sink.received[0].startswith(b"SIZE 76 mm,130 mm")

    def test_queue_reports_a_failed_job_and_keeps_working(
        self, qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
    ) -> None:
        jobs = RawPrintQueue()
        outcomes: list[PrintOutcome] = []
        jobs.finished.connect(outcomes.append)
        try:
            jobs.submit("bad", lambda: b"x", PrinterTarget("file", "/nonexistent/lp0"))
            jobs.submit("good", lambda: b"y", PrinterTarget("file", str(tmp_path / "lp")))
            qtbot.wait_until(lambda: len(outcomes) == 2)
        finally:
            jobs.stop()
        assert [(o.job, o.ok) for o in outcomes] == [("bad", False), ("good", True)]
        assert outcomes[0].error
        assert "raw print to file:/nonexistent/lp0 failed" in caplog.text


class TestPrintLog:
    def _entry(self, key: str, *, ok: bool = True) -> PrintLogEntry:
        return PrintLogEntry(at="2026-11-23T10:15:00", who="1002 王芳", document="slip",
                             key=key, printer="tcp:127.0.0.1:9100", language="tspl",
                             reprint=0, size=10, ok=ok)

    def test_counts_successful_prints_per_document_and_survives_reopening(
        self, tmp_path: Path, caplog: pytest.LogCaptureFixture
    ) -> None:
        path = tmp_path / "print-log.jsonl"
        log = PrintLog(path)
        assert log.printed_before("slip", "A1") == 0
        log.append(self._entry("A1"))
        log.append(self._entry("A1", ok=False))
        log.append(self._entry("B2"))
        assert log.printed_before("slip", "A1") == 1
        assert log.printed_before("label", "A1") == 0
        with path.open("a", encoding="utf-8") as handle:
            handle.write("{not json\n")
        again = PrintLog(path)
        assert again.printed_before("slip", "A1") == 1
        assert [e.key for e in again.entries()] == ["A1", "A1", "B2"]
        assert again.entries()[0].who == "1002 王芳"
        assert "skipped a damaged line" in caplog.text
