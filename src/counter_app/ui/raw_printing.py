"""Which counter documents go to a raw label / receipt printer on this PC (issue 17 §2).

This is the one place that decides, per document kind, between a raw printer (TSPL / ZPL /
ESC/POS bytes, no dialog) and the system print dialog (``ui.printing``, the Qt page path kept
for office printers). The settings live per PC in ``Preferences.raw_printers``.

MERGE NOTE (issue 15): issue 15 adds a per-document printer choice for the Qt page path. The
raw kinds here are further choices for the same documents (``DOCUMENTS``); the chooser of
issue 15 should call ``RawPrinting.choice_for(document)`` first and fall back to its own
printer when that returns ``None``.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from counter_app.domain.staff import StaffMember
from counter_app.hardware.print_log import PrintLog, PrintLogEntry
from counter_app.hardware.raw_printer import (
    PrinterTarget,
    PrintOutcome,
    RawPrintQueue,
    parse_target,
)
from counter_app.reports import escpos_receipt
from counter_app.reports.raw_labels import (
    LABEL_SIZES,
    SLIP_SIZES,
    pickup_label_layout,
    render,
    slip_layout,
)
from counter_app.services.dto import StationHeader
from counter_app.services.intake_dto import CounterSlip, SlipLine
from counter_app.services.warehouse_records import PickupLabel
from counter_app.ui.settings import Preferences

DOCUMENTS: tuple[str, ...] = ("slip", "label", "receipt")
"""Counter slip, warehouse pickup label, counter receipt of the price paid."""

LANGUAGES: dict[str, tuple[str, ...]] = {
    "slip": ("tspl", "zpl"),
    "label": ("tspl", "zpl"),
    "receipt": ("escpos",),
}
SIZES: dict[str, tuple[str, ...]] = {
    "slip": tuple(SLIP_SIZES),
    "label": tuple(LABEL_SIZES),
    "receipt": ("80mm",),
}


@dataclass(frozen=True)
class RawChoice:
    """A raw printer chosen for one document kind."""

    document: str
    language: str
    size: str
    target: PrinterTarget


def check_entry(document: str, entry: dict[str, str]) -> RawChoice | None:
    """The choice an entry describes; None for "system dialog" (no language).

    Raises:
        ValueError: a language or size the document cannot use, or a bad target.
    """
    language = entry.get("language", "")
    if not language:
        return None
    if language not in LANGUAGES[document]:
        raise ValueError(f"language {language!r} cannot print {document}")
    size = entry.get("size") or SIZES[document][0]
    if size not in SIZES[document]:
        raise ValueError(f"size {size!r} is not a {document} size")
    return RawChoice(document, language, size, parse_target(entry.get("target", "")))


def _who(member: StaffMember | None) -> str:
    return f"{member.job_number} {member.name}" if member is not None else ""


@dataclass(frozen=True)
class _Job:
    document: str
    key: str
    who: str
    choice: RawChoice
    reprint: int
    submitted_at: float


class RawPrinting(QObject):
    """Sends counter documents to this PC's raw printers and keeps the print log.

    Signals:
        printed(PrintLogEntry, float): a job ended (ok or not) and the seconds from the call
            to the bytes handed to the printer (0 when it failed).
    """

    printed = Signal(object, float)

    def __init__(
        self,
        prefs: Preferences,
        log: PrintLog,
        font_file: Path,
        jobs: RawPrintQueue | None = None,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        """Print with ``jobs`` (one worker thread), log to ``log``."""
        super().__init__(parent)
        self._prefs = prefs
        self.log = log
        self._font = font_file
        self.jobs = jobs or RawPrintQueue(self)
        self._now = now
        self.jobs.finished.connect(self._finished)

    def choice_for(self, document: str) -> RawChoice | None:
        """This PC's raw printer for ``document``; None: use the system dialog."""
        try:
            return check_entry(document, self._prefs.raw_printers.get(document, {}))
        except ValueError:
            return None

    def print_slip(self, slip: CounterSlip, who: StaffMember | None) -> bool:
        """Send the counter slip to its raw printer; False when it has none (use the dialog)."""
        choice = self.choice_for("slip")
        if choice is None:
            return False
        self._submit(choice, slip.waybill_no, who, partial(self._slip_bytes, choice, slip))
        return True

    def _slip_bytes(self, choice: RawChoice, slip: CounterSlip) -> bytes:
        """Layout and render in the print thread (measuring the text takes a few ms)."""
        return render(choice.language, [slip_layout(slip, choice.size, self._font)], self._font)

    def print_labels(self, labels: Sequence[PickupLabel], who: StaffMember | None) -> bool:
        """Send pickup labels to the label printer; False when it has none."""
        choice = self.choice_for("label")
        if choice is None or not labels:
            return False

        def render_() -> bytes:
            layouts = [pickup_label_layout(label, choice.size) for label in labels]
            return render(choice.language, layouts, self._font)

        self._submit(choice, ",".join(label.waybill_no for label in labels), who, render_)
        return True

    def print_receipt(self, slip: CounterSlip, who: StaffMember | None) -> bool:
        """Send the receipt of the price paid to the receipt printer; False when it has none."""
        choice = self.choice_for("receipt")
        if choice is None:
            return False
        reprint = self.log.printed_before("receipt", slip.waybill_no)
        self._submit(choice, slip.waybill_no, who,
                     partial(escpos_receipt.render_receipt, slip, reprint=reprint))
        return True

    def test_print(self, document: str, choice: RawChoice, who: StaffMember | None) -> None:
        """Print a sample of ``document`` on ``choice`` (the settings page's Test button)."""
        slip = sample_slip()
        if document == "receipt":
            self._submit(choice, "TEST", who, partial(escpos_receipt.render_receipt, slip))
        elif document == "slip":
            self._submit(choice, "TEST", who, partial(self._slip_bytes, choice, slip))
        else:
            label = PickupLabel("A-1-0001", slip.waybill_no, "A货架 第1层", "测试", "2026-01-01",
                                "张*")
            self._submit(choice, "TEST", who, partial(
                render, choice.language, [pickup_label_layout(label, choice.size)], self._font))

    def _submit(self, choice: RawChoice, key: str, who: StaffMember | None,
                render_: Callable[[], bytes]) -> None:
        job = _Job(choice.document, key, _who(who), choice,
                   self.log.printed_before(choice.document, key), time.perf_counter())
        self.jobs.submit(job, render_, choice.target)

    def _finished(self, outcome: PrintOutcome) -> None:
        job = outcome.job
        assert isinstance(job, _Job)
        entry = PrintLogEntry(
            at=self._now().isoformat(timespec="seconds"), who=job.who, document=job.document,
            key=job.key, printer=str(job.choice.target), language=job.choice.language,
            reprint=job.reprint, size=outcome.size, ok=outcome.ok, error=outcome.error)
        try:
            self.log.append(entry)
        except OSError as exc:
            entry = dataclasses.replace(entry, error=entry.error or f"log: {exc}")
        latency = outcome.handed_at - job.submitted_at if outcome.ok else 0.0
        self.printed.emit(entry, latency)

    def stop(self) -> None:
        """Finish queued jobs and end the print thread."""
        self.jobs.stop()


def sample_slip() -> CounterSlip:
    """A made-up slip for test prints (no customer's data)."""
    return CounterSlip(
        header=StationHeader(name="测试网点", code="000000", contact_person="", phone="",
                             qq=""),
        waybill_no="773000000001", carrier="测试快递", accepted_at="2026-01-01 09:00",
        clerk="测试", sender="张*", sender_phone="138****0000", sender_address="测试地址",
        recipient="李*", recipient_phone="139****0000", recipient_address="测试地址一号",
        destination="浙江省 杭州市 西湖区", contents="测试物品", quantity="1", weight="1 kg",
        service="陆运", air_banned=False, fragile=False, payment="现付（现金）",
        lines=(SlipLine("首重", "¥ 10.00"),), total="¥ 10.00", counter_mark=True,
    )
