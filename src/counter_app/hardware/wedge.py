"""USB keyboard-wedge scanner detector: an application-wide key event filter (SC-1)."""

# SC-1: a keyboard-wedge scanner "types" the code and a terminator as keystrokes. This module
# tells such a burst from a person typing by the time between key presses, delivers the burst
# as one RawScan wherever the focus is, and keeps its characters out of the focused field.
#
# How it works. Printable key presses without Ctrl/Alt/Meta (and their releases) sent to the
# focus object are held back while a possible burst is collected; a single-shot QTimer of
# ``max_gap_ms`` runs from the last held key. Then:
#   * the next printable key comes within ``max_gap_ms``  -> keep collecting;
#   * a terminator comes within ``max_gap_ms`` after at least ``min_length`` characters
#                                                            -> emit ``raw_scanned``, swallow
#                                                               everything (terminator too);
#   * the gap is exceeded, the terminator comes too early, any other key is pressed, or the
#     timer fires                                            -> replay the held events, in order,
#                                                               to the object that had focus.
# A person therefore sees each key echoed ``max_gap_ms`` late, and never loses or reorders one.
#
# Timing source. ``QKeyEvent.timestamp()`` (X server / OS milliseconds) when non-zero, so a
# busy GUI thread that processes a burst late still sees the true gaps; otherwise (QTest and
# other synthesised events carry 0) the injectable monotonic clock.
#
# Defaults (measured; see the WedgeSettings docstring): 40 ms gap, 6 characters.
#
# Limits, by design or by Qt:
#   * Qt's shortcut map runs before any event filter, so a single-key shortcut on a printable
#     key (e.g. a QShortcut on "5") fires on scanner input when the focused widget does not
#     claim the key in ShortcutOverride. Do not bind plain printable keys to shortcuts.
#   * Qt runs due timers before the window-system (key) events of the same event-loop pass,
#     so after a GUI-thread stall the gap timer would fire ahead of burst keys already queued.
#     The timer therefore only posts a check, which runs after those keys: a stall does not
#     split a burst whose keys have reached the application. Keys that reach it only after
#     the check (the scanner itself paused, or the X server stalled) are too late: the head
#     of the burst is replayed as typing. Keep slow work out of the GUI thread (house style §F).
#   * A Chinese input method intercepts wedge keystrokes before Qt sees them as key presses;
#     the UI disables input methods on scan fields (not this module's job).

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent

from counter_app.domain.scanning import RawScan

__all__ = [
    "DEFAULT_MAX_GAP_MS",
    "DEFAULT_MIN_LENGTH",
    "DEFAULT_TERMINATORS",
    "NO_SCANS_PROPERTY",
    "SOURCE",
    "TAKES_SCANS_PROPERTY",
    "KeyTiming",
    "WedgeDetector",
    "WedgeSettings",
    "takes_scans",
]

_log = logging.getLogger(__name__)

# Posted by the gap timer to itself; handled after the key events already queued.
_GAP_CHECK = QEvent.Type(QEvent.registerEventType())

SOURCE = "wedge"
"""``RawScan.source`` of every scan from this detector."""

DEFAULT_MAX_GAP_MS = 40.0
"""Largest press-to-press gap inside a scanner burst. See :class:`WedgeSettings`."""

DEFAULT_MIN_LENGTH = 6
"""Fewest characters (terminator not counted) that make a burst a scan."""

DEFAULT_TERMINATORS: tuple[str, ...] = ("Return", "Enter", "Tab")
"""Qt key names (``Qt.Key.Key_<name>``) that end a scan. Enter is the keypad one."""

# Modifier keys pressed on their own never start, extend or break a burst: scanners press
# Shift around upper-case letters, and a person's Ctrl+C is decided on the C, not the Ctrl.
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_Mode_switch,
    }
)

# Modifiers a scanner may legitimately send with a character: Shift for upper case, Keypad
# for digits sent as numeric-keypad keys, GroupSwitch for AltGr layouts. Anything else
# (Ctrl, Alt, Meta) makes the key a command, which is never held back.
_CHAR_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.KeypadModifier
    | Qt.KeyboardModifier.GroupSwitchModifier
)
_TERMINATOR_MODIFIERS = Qt.KeyboardModifier.KeypadModifier


def _qt_key(name: str) -> Qt.Key:
    """Map a key name such as ``"Return"`` to ``Qt.Key.Key_Return``.

    Args:
        name: the part after ``Key_`` in the Qt enum member name.

    Returns:
        The Qt key.

    Raises:
        ValueError: ``name`` is not a Qt key name.
    """
    key = getattr(Qt.Key, f"Key_{name}", None)
    if not isinstance(key, Qt.Key):
        raise ValueError(f"unknown terminator key name {name!r}")
    return key


NO_SCANS_PROPERTY = "counter_app_no_scans"
"""A widget (or any ancestor) with this dynamic property set to True never gives its keys to
the detector: ``widget.setProperty(NO_SCANS_PROPERTY, True)``."""
TAKES_SCANS_PROPERTY = "counter_app_takes_scans"
"""A dialog with this property set to True is read like a workspace (scans are expected)."""

# Input-method hints Qt sets on password fields (QLineEdit echo modes other than Normal).
_SECRET_HINTS = Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData


def takes_scans(focus: QObject) -> bool:
    """Whether keys sent to ``focus`` may be examined as a scanner burst (issue 21 §1).

    Never for a password field (its echo mode, or the hidden-text hints Qt gives it), inside a
    dialog (login, change of password, any question) unless the dialog says it takes scans,
    or under a widget that says it does not take scans. QtCore only: widgets are recognised
    by their Qt properties and class names, so this adapter does not import QtWidgets.
    """
    echo = focus.property("echoMode")
    if echo is not None and int(getattr(echo, "value", echo)) != 0:
        return False
    hints = focus.property("inputMethodHints")
    if hints is not None and int(getattr(hints, "value", hints)) & _SECRET_HINTS.value:
        return False
    node: QObject | None = focus
    while node is not None:
        if node.property(NO_SCANS_PROPERTY) is True:
            return False
        if node.inherits("QDialog"):
            return node.property(TAKES_SCANS_PROPERTY) is True
        node = node.parent()
    return True


@dataclass(frozen=True)
class WedgeSettings:
    """Thresholds that separate a scanner burst from a person typing (SC-1).

    The defaults come from measurement (``tests/integration/test_wedge_xvfb.py`` setup, run
    by hand with more delays; ``bench/bench_wedge.py`` for the echo delay):

    * Scanners type at about 1–10 ms per key (one HID report per 1–8 ms poll, press and
      release in separate reports). Under Xvfb, ``xdotool key --delay D`` bursts (10 codes
      of 13 keys per D, two runs, one with three CPU-bound processes on the 2 cores) gave
      X-server press-to-press gaps of median/max 2/9 ms at D=1, 3/21 ms at D=2, 6/12 ms at
      D=5, 13/23 ms at D=12 and 21/33 ms at D=20: load stretches gaps by up to ~20 ms. In
      the final run all 120 bursts (D=0..20, idle and loaded) were scans.
    * People: a fast typist presses keys 60–150 ms apart (``xdotool type --delay 200`` gives
      100–105 ms); a rare roll-over digraph at 30–50 ms never lasts for ``min_length`` keys
      plus the terminator. Held-key auto-repeat (25–40 ms after ~500 ms) is held and replayed.
    * ``max_gap_ms = 40``: above the worst loaded scanner gap at 1–12 ms per key (23 ms),
      below the fastest person (60 ms). It is also the echo delay each typed key gets
      (bench: median 41 ms), under the ~50 ms at which typing starts to feel sluggish. A
      slow (e.g. Bluetooth) scanner needs it raised; ``keys_observed`` shows its gaps.
    * ``min_length = 6``: waybill numbers have 10+ characters; 6 leaves room for short shelf
      or staff codes while a chance run of 4–5 fast keys plus Enter stays typing.

    Attributes:
        max_gap_ms: largest press-to-press gap in ms between keys of one burst, terminator
            included; also how long a key is held back before it is replayed as typing.
        min_length: fewest characters before the terminator for the burst to be a scan.
        terminators: Qt key names that end a scan (``Qt.Key.Key_<name>``).
    """

    max_gap_ms: float = DEFAULT_MAX_GAP_MS
    min_length: int = DEFAULT_MIN_LENGTH
    terminators: tuple[str, ...] = DEFAULT_TERMINATORS
    terminator_keys: frozenset[Qt.Key] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Validate the thresholds and resolve the terminator names.

        Raises:
            ValueError: a threshold is out of range or a terminator name is unknown.
        """
        if not 0 < self.max_gap_ms <= 1000:
            raise ValueError(f"max_gap_ms must be in (0, 1000], got {self.max_gap_ms}")
        if self.min_length < 1:
            raise ValueError(f"min_length must be at least 1, got {self.min_length}")
        if not self.terminators:
            raise ValueError("at least one terminator is needed")
        keys = frozenset(_qt_key(name) for name in self.terminators)
        object.__setattr__(self, "terminators", tuple(self.terminators))
        object.__setattr__(self, "terminator_keys", keys)


@dataclass(frozen=True)
class KeyTiming:
    """One key press the detector looked at, for a live timing display on the settings page.

    Attributes:
        text: the character typed, or the terminator's key name (e.g. ``"Return"``).
        is_terminator: the key is one of the configured terminators.
        gap_ms: ms since the previous observed key press, or None for the first one.
        within_gap: ``gap_ms`` is not None and at most ``max_gap_ms``.
        timestamp_ms: the key's time in ms (event timestamp, or the clock's when it is 0).
        from_event: ``timestamp_ms`` is the event's own timestamp, not the fallback clock.
    """

    text: str
    is_terminator: bool
    gap_ms: float | None
    within_gap: bool
    timestamp_ms: float
    from_event: bool


class WedgeDetector(QObject):
    """Application-wide event filter that turns keyboard-wedge bursts into RawScans (SC-1).

    Install it once with :meth:`install` (``QCoreApplication.instance().installEventFilter``).
    Only key presses sent to ``QGuiApplication.focusObject()`` are examined, which skips the
    hop through the QWindow and the propagation to parent widgets.

    Signals:
        raw_scanned(RawScan): a burst ended by a terminator; source ``"wedge"``, ``raw`` the
            text as UTF-8, ``key_gaps_ms`` the press-to-press gaps, terminator included.
        keys_observed(KeyTiming): every printable or terminator key press examined.
    """

    raw_scanned = Signal(object)
    keys_observed = Signal(object)

    def __init__(
        self,
        settings: WedgeSettings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        """Create a detector; it does nothing until installed.

        Args:
            settings: thresholds; defaults to ``WedgeSettings()``.
            clock: monotonic seconds, used for ``RawScan.received_at`` and for key times when
                an event's timestamp is 0.
            parent: QObject parent.
        """
        super().__init__(parent)
        self._settings = settings if settings is not None else WedgeSettings()
        self._clock = clock
        self._enabled = True
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_gap_timeout)
        # The burst being collected.
        self._target: QObject | None = None
        self._held: list[QKeyEvent] = []
        self._chars: list[str] = []
        self._gaps: list[float] = []
        self._last_ms = 0.0
        # Keys whose press is held and whose release has not come yet.
        self._pending_releases: Counter[int] = Counter()
        # Keys whose press was swallowed into a scan; their releases are swallowed too.
        self._swallow_releases: Counter[int] = Counter()
        # Replayed events being delivered now; the filter lets exactly these through.
        self._replaying: list[QKeyEvent] = []
        self._last_observed_ms: float | None = None
        # Bumped on every held key press, so a gap check knows whether a key came meanwhile.
        self._generation = 0
        self._timed_out_generation = -1

    # -- public API ---------------------------------------------------------------------

    @property
    def settings(self) -> WedgeSettings:
        """The thresholds in use."""
        return self._settings

    @settings.setter
    def settings(self, settings: WedgeSettings) -> None:
        self.flush()
        self._settings = settings

    @property
    def enabled(self) -> bool:
        """Whether key events are examined; when False every key passes untouched."""
        return self._enabled

    @enabled.setter
    def enabled(self, enabled: bool) -> None:
        if not enabled:
            self.flush()
        self._enabled = enabled

    @property
    def collecting(self) -> bool:
        """Whether keys are being held back as a possible burst."""
        return bool(self._held)

    def install(self) -> None:
        """Install the filter on the running QCoreApplication (idempotent).

        Raises:
            RuntimeError: there is no QCoreApplication yet.
        """
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("WedgeDetector.install() needs a QApplication")
        if not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        """Replay anything held and remove the filter from the application (idempotent)."""
        self.flush()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def flush(self) -> None:
        """Replay held key events, in order, to the object that had focus; then go idle."""
        self._timer.stop()
        if not self._held:
            return
        events, target = self._held, self._target
        self._reset()
        if target is None or not shiboken6.isValid(target):
            target = QGuiApplication.focusObject()
        if target is None:
            _log.debug("wedge: %d held key events dropped, nothing has focus", len(events))
            return
        for event in events:
            # Synchronous, so the replay is in order and ahead of the key that caused it.
            self._replaying.append(event)
            try:
                QCoreApplication.sendEvent(target, event)
            finally:
                self._replaying.pop()

    # -- the filter ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Hold, swallow or pass a key event (see the module comment).

        Args:
            watched: the receiver.
            event: any event; only KeyPress and KeyRelease are examined.

        Returns:
            True to stop the event (held or swallowed), False to let it through.
        """
        etype = event.type()
        if etype != QEvent.Type.KeyPress and etype != QEvent.Type.KeyRelease:
            return False
        if not self._enabled or not isinstance(event, QKeyEvent):
            return False
        if any(event is replayed for replayed in self._replaying):
            return False
        if etype == QEvent.Type.KeyRelease:
            return self._on_release(watched, event)
        return self._on_press(watched, event)

    def _on_release(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if self._swallow_releases[key] > 0:
            self._swallow_releases[key] -= 1
            return True
        if self._pending_releases[key] > 0:
            self._pending_releases[key] -= 1
            self._held.append(event.clone())
            return True
        return False

    def _on_press(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS or not self._is_focus(watched):
            return False
        if not takes_scans(watched):
            # A password, a dialog, a field that says no: its keys are never examined, held
            # or journalled, however fast they come (issue 21 §1).
            self.flush()
            return False
        # A new press of a key means any release we still meant to swallow for it is lost.
        self._swallow_releases.pop(key, None)
        settings = self._settings
        text = event.text()
        modifiers = event.modifiers()
        is_terminator = (
            key in settings.terminator_keys
            and not event.isAutoRepeat()
            and not (modifiers & ~_TERMINATOR_MODIFIERS)
        )
        # Auto-repeat does not disqualify a character: Qt's xcb backend flags a press as
        # auto-repeat when it shares its millisecond with the release of the same key, which a
        # scanner does on doubled digits ("77") at 0-1 ms per key. A held key's real repeats
        # (25-40 ms apart after a ~500 ms delay) are held and replayed like any typing.
        is_char = (
            not is_terminator
            and bool(text)
            and text.isprintable()
            and not (modifiers & ~_CHAR_MODIFIERS)
        )
        if not (is_char or is_terminator):
            # A command key (Ctrl+C, F5, Backspace, ...): a person is typing.
            self.flush()
            return False

        now_ms, from_event = self._key_time(event)
        self._observe(
            text if is_char else Qt.Key(key).name.removeprefix("Key_"),
            is_terminator,
            now_ms,
            from_event,
        )
        gap = now_ms - self._last_ms
        continues = (
            bool(self._held)
            and self._target is not None
            and self._same(watched, self._target)
            and 0 <= gap <= settings.max_gap_ms
        )
        if is_terminator:
            if continues and len(self._chars) >= settings.min_length:
                self._emit_scan(key, gap)
                return True
            self.flush()
            return False
        if not continues:
            self.flush()
            self._target = watched
        else:
            self._gaps.append(gap)
        self._held.append(event.clone())
        self._chars.append(text)
        self._last_ms = now_ms
        self._pending_releases[key] += 1
        self._generation += 1
        self._timer.start(max(1, round(settings.max_gap_ms)))
        return True

    # -- helpers ------------------------------------------------------------------------

    def _emit_scan(self, terminator: int, gap: float) -> None:
        text = "".join(self._chars)
        scan = RawScan(
            source=SOURCE,
            raw=text.encode("utf-8"),
            text=text,
            received_at=self._clock(),
            key_gaps_ms=(*self._gaps, gap),
        )
        self._swallow_releases.update(self._pending_releases)
        self._swallow_releases[terminator] += 1
        self._timer.stop()
        self._reset()
        # State is clean before the emit: a slot may open a dialog and spin an event loop.
        self.raw_scanned.emit(scan)

    def _observe(self, text: str, is_terminator: bool, now_ms: float, from_event: bool) -> None:
        last = self._last_observed_ms
        gap = None if last is None else now_ms - last
        self._last_observed_ms = now_ms
        within = gap is not None and 0 <= gap <= self._settings.max_gap_ms
        self.keys_observed.emit(KeyTiming(text, is_terminator, gap, within, now_ms, from_event))

    def _key_time(self, event: QKeyEvent) -> tuple[float, bool]:
        stamp = event.timestamp()
        if stamp:
            return float(stamp), True
        return self._clock() * 1000.0, False

    def event(self, event: QEvent) -> bool:
        """Run the deferred gap check; everything else goes to QObject.

        Args:
            event: the event.

        Returns:
            Whether the event was handled.
        """
        if event.type() == _GAP_CHECK:
            # No key since the timer fired: whatever is held was typed by a person.
            if self._held and self._generation == self._timed_out_generation:
                self.flush()
            return True
        return super().event(event)

    def _on_gap_timeout(self) -> None:
        # Defer the decision behind any key events already queued (see "Limits" above).
        self._timed_out_generation = self._generation
        QCoreApplication.postEvent(self, QEvent(_GAP_CHECK))

    def _reset(self) -> None:
        self._target = None
        self._held = []
        self._chars = []
        self._gaps = []
        self._pending_releases.clear()

    @staticmethod
    def _is_focus(watched: QObject) -> bool:
        focus = QGuiApplication.focusObject()
        return focus is not None and WedgeDetector._same(watched, focus)

    @staticmethod
    def _same(first: QObject, second: QObject) -> bool:
        # Compare the C++ objects: a wrapper made on the fly for a C++-owned widget need not
        # be the same Python object each time.
        if first is second:
            return True
        if not (shiboken6.isValid(first) and shiboken6.isValid(second)):
            return False
        return bool(shiboken6.getCppPointer(first)[0] == shiboken6.getCppPointer(second)[0])
