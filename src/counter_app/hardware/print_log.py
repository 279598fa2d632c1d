"""The print log: who printed what, when, where, and how many times before (issue 17 §2).

An append-only JSON-lines file in the data folder (``print-log.jsonl``), one line per job
handed to a raw printer, failed ones included. Lines are only ever appended (``O_APPEND``), so
a crash loses at most the line being written; a damaged line is skipped when reading.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "print-log.jsonl"


@dataclass(frozen=True)
class PrintLogEntry:
    """One print job.

    Attributes:
        at: local time, ISO format to the second.
        who: the operator's job number and name.
        document: ``slip``, ``label`` or ``receipt``.
        key: what was printed (the waybill number).
        printer: the target, e.g. ``tcp:192.168.1.50:9100``.
        language: ``tspl``, ``zpl`` or ``escpos``.
        reprint: how many earlier successful prints of this document and key there were.
        size: bytes sent.
        ok: the printer took the bytes; ``error`` says why not.
    """

    at: str
    who: str
    document: str
    key: str
    printer: str
    language: str
    reprint: int
    size: int
    ok: bool
    error: str = ""


class PrintLog:
    """Appends entries to, and reads them from, the print log file."""

    def __init__(self, path: Path) -> None:
        """Use the file at ``path`` (created by the first entry)."""
        self.path = path
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, str], int] | None = None

    def _load_counts(self) -> dict[tuple[str, str], int]:
        if self._counts is None:
            counts: dict[tuple[str, str], int] = {}
            for entry in self.entries():
                if entry.ok:
                    counts[(entry.document, entry.key)] = (
                        counts.get((entry.document, entry.key), 0) + 1)
            self._counts = counts
        return self._counts

    def printed_before(self, document: str, key: str) -> int:
        """How many times ``document`` of ``key`` was printed successfully so far."""
        with self._lock:
            return self._load_counts().get((document, key), 0)

    def append(self, entry: PrintLogEntry) -> None:
        """Add one entry at the end of the file.

        Raises:
            OSError: the file cannot be written.
        """
        line = json.dumps(asdict(entry), ensure_ascii=False) + "\n"
        with self._lock:
            counts = self._load_counts()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line)
                handle.flush()
            if entry.ok:
                counts[(entry.document, entry.key)] = counts.get((entry.document, entry.key), 0) + 1

    def entries(self) -> list[PrintLogEntry]:
        """Every readable entry, oldest first."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        out: list[PrintLogEntry] = []
        for line in text.splitlines():
            try:
                out.append(PrintLogEntry(**json.loads(line)))
            except (ValueError, TypeError):
                log.warning("print log: skipped a damaged line")
        return out
