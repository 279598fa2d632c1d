"""Keyboard wedge under a real X server: xdotool bursts become scans, typing stays (SC-1)."""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(
        shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
        reason="needs Xvfb and xdotool",
    ),
]

TITLE = "wedge-xvfb-test"
SRC = Path(__file__).resolve().parents[2] / "src"
STEP_TIMEOUT_S = 15.0
# The "scanner" here is xdotool, a user process that a loaded 2-core machine can deschedule
# mid-burst: gaps of up to 37 ms were seen at 1 ms per key, against at most 23 ms from a
# hardware-like steady source. A real scanner is never descheduled, so the product keeps the
# 40 ms default (tests/gui covers it); here 70 ms leaves room for that jitter and is still
# well below the 100 ms gaps of ``xdotool type --delay 200`` (it splits the delay).
MAX_GAP_MS = 70

# The program under test: a window with a QLineEdit and the detector installed, on xcb. It
# prints one JSON object a line: "ready" once the line edit has focus, each "scan", each
# "return" (returnPressed), each "key" timing (for diagnosis), and "field" (text and
# selection) when told "report" on stdin.
CHILD = f"""
import json, sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from counter_app.hardware.wedge import WedgeDetector, WedgeSettings

def out(**fields):
    print(json.dumps(fields), flush=True)

app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle({TITLE!r})
edit = QLineEdit()
QVBoxLayout(window).addWidget(edit)
detector = WedgeDetector(WedgeSettings(max_gap_ms={MAX_GAP_MS}))
detector.install()
detector.raw_scanned.connect(
    lambda s: out(event="scan", text=s.text, raw=s.raw.hex(), gaps=list(s.key_gaps_ms))
)
detector.keys_observed.connect(lambda k: out(event="key", text=k.text, gap=k.gap_ms))
edit.returnPressed.connect(lambda: out(event="return", text=edit.text()))
ready = []

def on_focus(old, new):
    if new is edit and not ready:
        ready.append(True)
        out(event="ready", platform=QGuiApplication.platformName())

app.focusChanged.connect(on_focus)

def on_stdin():
    line = sys.stdin.readline().strip()
    if line == "report":
        out(event="field", text=edit.text(), selected=edit.selectedText())
    elif line in ("quit", ""):
        notifier.setEnabled(False)
        app.quit()

notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(on_stdin)
window.resize(400, 80)
window.show()
edit.setFocus()
sys.exit(app.exec())
"""


def _free_display() -> int:
    """Pick a display number with neither a socket nor a lock file."""
    for number in random.sample(range(140, 400), 60):
        if not (
            Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def _wait_for(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout_s} s waiting for {what}")
        time.sleep(0.02)


def _start_xvfb(number: int) -> subprocess.Popen[bytes] | None:
    """Start Xvfb on ``:number``; None if it exits first (display taken by a racing server)."""
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    try:
        _wait_for(lambda: socket.exists() or server.poll() is not None, 10, "Xvfb socket")
    except TimeoutError:
        _stop(server)
        raise
    if server.poll() is not None:
        server.wait(5)
        return None
    return server


def _stop(process: subprocess.Popen[Any]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server; yields its DISPLAY and stops it afterwards."""
    for _attempt in range(3):
        number = _free_display()
        server = _start_xvfb(number)
        if server is not None:
            break
    else:
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        _stop(server)


class Child:
    """The Qt program under test, with its JSON lines read on a thread."""

    def __init__(self, display: str, script: Path) -> None:
        env = dict(os.environ)
        env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")])),
        )
        self.display = display
        self.proc = subprocess.Popen(
            [sys.executable, str(script)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def expect(self, event: str, timeout_s: float = STEP_TIMEOUT_S) -> dict[str, Any]:
        """Return the next line of kind ``event``, keeping the others in ``seen``."""
        deadline = time.monotonic() + timeout_s
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.proc.poll() is not None:
                interesting = [item for item in self.seen if item["event"] != "key"]
                raise AssertionError(
                    f"no {event!r} from the child (rc {self.proc.poll()}); seen {interesting}; "
                    f"last key timings {self.seen[-40:]}"
                )
            try:
                item = self.lines.get(timeout=min(remaining, 0.2))
            except queue.Empty:
                continue
            self.seen.append(item)
            if item["event"] == event:
                return item

    def settled_field(self, expected: dict[str, str]) -> dict[str, Any]:
        """Ask for the field until it shows ``expected`` or STEP_TIMEOUT_S passes.

        xdotool returns once the X server has the keys, not once the child has handled them,
        and a person's last key is held back ``max_gap_ms``; so ask more than once.

        Returns:
            The last "field" report, for the caller to assert on.
        """
        deadline = time.monotonic() + STEP_TIMEOUT_S
        while True:
            self.send("report")
            field = self.expect("field")
            if all(field[name] == value for name, value in expected.items()):
                return field
            if time.monotonic() > deadline:
                return field
            time.sleep(0.1)

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT_S,
            check=True,
        )
        return done.stdout

    def close(self) -> str:
        """Stop the child; return its stderr for diagnostics."""
        try:
            self.send("quit")
            self.proc.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait(5)
        self._reader.join(5)
        assert self.proc.stderr is not None
        stderr = self.proc.stderr.read()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
        return stderr


def focus_window(child: Child, window: str) -> None:
    """Give ``window`` the X input focus, retrying while the server is slow to map it."""
    deadline = time.monotonic() + STEP_TIMEOUT_S
    while True:
        try:
            child.xdotool("windowfocus", "--sync", window)
        except subprocess.CalledProcessError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
        else:
            return


@pytest.fixture
def child(xvfb_display: str, tmp_path: Path) -> Iterator[Child]:
    """The wedge window on the Xvfb display, focused and ready for keys."""
    script = tmp_path / "wedge_child.py"
    script.write_text(CHILD, encoding="utf-8")
    program = Child(xvfb_display, script)
    try:
        # --onlyvisible: a window found before it is mapped cannot take the focus (BadMatch).
        found = program.xdotool("search", "--sync", "--onlyvisible", "--name", TITLE)
        focus_window(program, found.split()[0])
        assert program.expect("ready")["platform"] == "xcb"
        yield program
    finally:
        program.close()


def scanner_keys(code: str, delay_ms: int = 2) -> list[str]:
    """xdotool arguments that press ``code`` and Return at scanner speed in one run.

    ``xdotool type CODE`` then ``xdotool key Return`` would leave a process start-up (about
    15 ms, more on a loaded machine) between the last digit and Return, and xdotool 3.2016's
    ``type`` swallows any command after it as text; a single ``key`` list has neither problem.
    A letter or digit is its own keysym name; xdotool adds Shift for upper case.
    """
    assert code.isascii()
    assert code.isalnum()
    return ["key", "--delay", str(delay_ms), *code, "Return"]


def test_xdotool_bursts_are_scans_and_person_typing_stays_in_field(child: Child) -> None:
    codes = ["773012345678", "YT1234567890123", "JD0012345678901", "SF1400012345678"]

    child.xdotool("type", "--delay", "200", "ab")
    for code in codes:
        child.xdotool(*scanner_keys(code))
    child.xdotool("type", "--delay", "200", "cd")

    scans = [child.expect("scan") for _ in codes]
    field = child.settled_field({"text": "abcd"})
    assert [scan["text"] for scan in scans] == codes
    assert [bytes.fromhex(scan["raw"]).decode() for scan in scans] == codes
    # Real X-server timestamps: every gap is scanner-fast, terminator included.
    for scan in scans:
        assert len(scan["gaps"]) == len(scan["text"])
        assert max(scan["gaps"]) <= MAX_GAP_MS
    assert field["text"] == "abcd"


def test_person_typing_digits_and_return_reaches_field_and_is_no_scan(child: Child) -> None:
    child.xdotool("type", "--delay", "200", "773012345678")
    child.xdotool("key", "Return")

    returned = child.expect("return")
    assert returned["text"] == "773012345678"
    child.xdotool("key", "ctrl+a")
    field = child.settled_field({"selected": "773012345678"})
    assert field["selected"] == "773012345678"
    assert field["text"] == "773012345678"
    assert not [item for item in child.seen if item["event"] == "scan"]
    gaps = [item["gap"] for item in child.seen if item["event"] == "key"][1:]
    assert min(gaps) > MAX_GAP_MS


def test_twenty_back_to_back_scans_are_not_merged(child: Child) -> None:
    codes = [f"7730123{i:05d}" for i in range(20)]
    keys = [key for code in codes for key in scanner_keys(code, delay_ms=1)[3:]]

    child.xdotool("key", "--delay", "1", *keys)

    assert [child.expect("scan")["text"] for _ in codes] == codes
    assert child.settled_field({"text": ""})["text"] == ""
