"""Electronic scales' frames as data: parse one frame into integer grams (pure Python, no Qt).

A scale sends (or answers a request with) one line per reading. Each known protocol is a
``ScaleProtocol`` value: a regular expression with named groups, how frames end, the request
a polled scale needs, and its zero and tare commands. ``parse_frame`` turns one frame into a
``ScaleReading``; ``StabilityJudge`` supplies the stable flag for protocols that do not send
one (the same value ``settle_count`` times in a row).

Named groups a pattern may use:
    ``value`` (required): the number, with an optional decimal point (``.`` or ``,``);
    ``sign``: ``-`` for a negative weight; ``unit``: ``kg``, ``g``, ``lb``, ``oz``;
    ``stable``: compared with the protocol's ``stable_codes``;
    ``unstable``: when present and matched, the reading is not stable;
    ``mode``: compared with ``net_codes`` (net weight) and ``tare_codes`` (a tare value);
    ``over``: present and matched → overload / underload, never a weight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Literal

from counter_app.hardware.framing import Terminator

_GRAMS_PER_UNIT: dict[str, Decimal] = {
    "kg": Decimal(1000),
    "g": Decimal(1),
    "lb": Decimal("453.59237"),
    "oz": Decimal("28.349523125"),
}

_CONTROL = re.compile(rb"[^\x20-\x7e]")
"""STX, ETX, other control bytes and line noise (bytes outside printable ASCII): removed
before matching, as some scales wrap frames in STX/ETX and a noisy line adds junk."""


@dataclass(frozen=True)
class ScaleReading:
    """One weight the scale reported.

    Attributes:
        grams: the weight in whole grams (rounded half up), negative below zero.
        stable: the scale said the weight is settled (or it repeated, see StabilityJudge).
        net: a net weight (after tare) rather than gross.
        tare: this frame reports the tare value, not the load.
        overload: the scale is over or under its range; ``grams`` is 0 and meaningless.
        raw: the frame as received, for the settings page's test area.
    """

    grams: int
    stable: bool
    net: bool = False
    tare: bool = False
    overload: bool = False
    raw: bytes = b""

    @property
    def usable(self) -> bool:
        """Whether this reading may fill a weight field: stable, a load, in range, above 0."""
        return self.stable and not self.tare and not self.overload and self.grams > 0


Stability = Literal["flag", "repeat"]


@dataclass(frozen=True)
class ScaleProtocol:
    """How one family of scales writes a reading, and what it understands.

    Attributes:
        key: the stored name (``"ascii"``, ``"xk3190"``, ...).
        pattern: a regular expression over the frame text (latin-1), control bytes removed
            and surrounding blanks stripped; matched with ``fullmatch``.
        terminator: how frames end on the wire.
        default_unit: the unit when the frame has none.
        stability: ``"flag"`` when the frame says stable / unstable, ``"repeat"`` when
            stability must be judged from repeated values.
        stable_codes: values of the ``stable`` group that mean stable.
        net_codes: values of the ``mode`` group that mean a net weight.
        tare_codes: values of the ``mode`` group that mean the frame reports the tare.
        request: bytes to send for one reading (polled scales); empty for streaming ones.
        zero: the command that zeroes the scale, empty when the protocol has none.
        tare_command: the command that tares, empty when the protocol has none.
        decimals_from_status: Mettler-Toledo continuous: the number's decimal point comes
            from status byte A, its flags from status byte B (see ``_toledo``).
    """

    key: str
    pattern: str
    terminator: Terminator = "ANY"
    default_unit: str = "kg"
    stability: Stability = "flag"
    stable_codes: tuple[str, ...] = ()
    net_codes: tuple[str, ...] = ()
    tare_codes: tuple[str, ...] = ()
    request: bytes = b""
    zero: bytes = b""
    tare_command: bytes = b""
    decimals_from_status: bool = False
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Compile the pattern once.

        Raises:
            ValueError: the pattern does not compile, lacks a ``value`` group, or the unit is
                unknown.
        """
        try:
            regex = re.compile(self.pattern, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"pattern does not compile: {exc}") from None
        if "value" not in regex.groupindex:
            raise ValueError("pattern needs a named group (?P<value>...)")
        if self.default_unit.lower() not in _GRAMS_PER_UNIT:
            raise ValueError(f"unknown unit {self.default_unit!r}")
        object.__setattr__(self, "_regex", regex)

    @property
    def polled(self) -> bool:
        """Whether the scale answers requests instead of streaming."""
        return bool(self.request)


PROTOCOLS: dict[str, ScaleProtocol] = {
    # Continuous ASCII, "ST,GS,+  1.240kg" (CAS, most Chinese platform scales; also over a
    # serial-to-TCP box). ST/US stable/unstable, OL overload; GS gross, NT net, TR tare.
    "ascii": ScaleProtocol(
        key="ascii",
        pattern=r"(?P<over>OL,.*)|(?P<stable>ST|US),(?P<mode>GS|NT|TR|GW|NW|TW),?"
        r"\s*(?P<sign>[+-])?\s*(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|g|lb|oz)?",
        stable_codes=("ST",),
        net_codes=("NT", "NW"),
        tare_codes=("TR", "TW"),
    ),
    # 耀华 XK3190-A12 / A9 continuous: "ww000.000kg" gross, "wn-0000.1kg" net, "wt…" tare.
    # No stability flag on the wire: stable when the value repeats.
    "xk3190": ScaleProtocol(
        key="xk3190",
        pattern=r"w(?P<mode>[wnt])(?P<sign>[+-])?\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>kg|g)?",
        stability="repeat",
        net_codes=("n",),
        tare_codes=("t",),
    ),
    # Mettler-Toledo SICS, polled: "SI" answers at once with "S S  1.240 kg" (stable) or
    # "S D  1.238 kg" (dynamic); "S +" / "S -" over / under range, "S I" busy (no number).
    "sics": ScaleProtocol(
        key="sics",
        pattern=r"S\s+(?:(?P<over>[+-])|(?P<stable>[SD])\s+(?P<sign>-)?\s*"
        r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>kg|g|lb|oz)?)",
        terminator="CRLF",
        stable_codes=("S",),
        request=b"SI\r\n",
        zero=b"Z\r\n",
        tare_command=b"T\r\n",
    ),
    # Mettler-Toledo continuous output: STX, status bytes A B C, 6 digits weight, 6 digits
    # tare, CR (an optional checksum byte follows the CR and is ignored).
    "toledo": ScaleProtocol(
        key="toledo",
        pattern=r"(?P<status>[\x20-\x7f]{3})(?P<value>[\d ]{6})(?P<tare>[\d ]{6})",
        terminator="CR",
        decimals_from_status=True,
        zero=b"Z",
        tare_command=b"T",
    ),
    # A bare number with an optional unit ("1.240kg", "+001240 g", "\x02 1.250\x03").
    "number": ScaleProtocol(
        key="number",
        pattern=r"(?P<sign>[+-])?\s*(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|g|lb|oz)?",
        stability="repeat",
    ),
}
"""The protocols a settings page offers, by key (``"custom"`` is built from a pattern)."""

PROTOCOL_CHOICES: tuple[str, ...] = (*PROTOCOLS, "custom")


def custom_protocol(
    pattern: str,
    *,
    default_unit: str = "kg",
    stable_codes: tuple[str, ...] = ("ST", "S"),
    request: bytes = b"",
    zero: bytes = b"",
    tare_command: bytes = b"",
) -> ScaleProtocol:
    """A protocol from a configured pattern; stable flag from a ``stable`` group if it has one.

    Raises:
        ValueError: as ``ScaleProtocol`` does.
    """
    probe = re.compile(pattern) if _compiles(pattern) else None
    has_flag = probe is not None and (
        "stable" in probe.groupindex or "unstable" in probe.groupindex
    )
    return ScaleProtocol(
        key="custom",
        pattern=pattern,
        default_unit=default_unit,
        stability="flag" if has_flag else "repeat",
        stable_codes=stable_codes,
        request=request,
        zero=zero,
        tare_command=tare_command,
    )


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def to_grams(value: str, unit: str) -> int:
    """``value`` in ``unit`` as whole grams, rounded half up (away from zero).

    Raises:
        ValueError: not a number, or an unknown unit.
    """
    try:
        number = Decimal(value.replace(",", ".").strip())
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    factor = _GRAMS_PER_UNIT.get(unit.lower())
    if factor is None:
        raise ValueError(f"unknown unit {unit!r}")
    grams = (abs(number) * factor).quantize(Decimal(1), rounding="ROUND_HALF_UP")
    return -int(grams) if number < 0 else int(grams)


def parse_frame(protocol: ScaleProtocol, frame: bytes) -> ScaleReading | None:
    """One frame as a reading, or ``None`` when it is not a reading of this protocol.

    For ``stability="repeat"`` protocols the reading is returned unstable; a
    ``StabilityJudge`` decides.
    """
    text = _CONTROL.sub(b"", frame).decode("latin-1").strip()
    if protocol.decimals_from_status:
        # The checksum after the previous frame's CR arrives in front of this one.
        text = _CONTROL.sub(b"", frame.rpartition(b"\x02")[2]).decode("latin-1")
        text = text.rstrip("\r\n")
    match = protocol._regex.fullmatch(text)
    if match is None:
        return None
    if protocol.decimals_from_status:
        return _toledo(match, frame)
    groups = match.groupdict()
    if groups.get("over"):
        return ScaleReading(grams=0, stable=False, overload=True, raw=frame)
    value = groups.get("value")
    if not value:
        return None
    unit = groups.get("unit") or protocol.default_unit
    try:
        grams = to_grams(value, unit)
    except ValueError:
        return None
    if groups.get("sign") == "-":
        grams = -grams
    mode = (groups.get("mode") or "").lower()
    stable_code = groups.get("stable")
    if protocol.stability == "repeat" or groups.get("unstable"):
        stable = False
    elif stable_code is not None:
        stable = stable_code.upper() in {c.upper() for c in protocol.stable_codes}
    else:
        stable = "stable" in protocol._regex.groupindex
    return ScaleReading(
        grams=grams,
        stable=stable,
        net=mode in {c.lower() for c in protocol.net_codes},
        tare=mode in {c.lower() for c in protocol.tare_codes},
        raw=frame,
    )


def _toledo(match: re.Match[str], frame: bytes) -> ScaleReading | None:
    """Mettler-Toledo continuous output (status bytes A, B, C; 6-digit weight and tare).

    Status A bits 0–2: decimal point (0 → ×100, 1 → ×10, 2 → ×1, 3 → 0.1 … 7 → 0.00001).
    Status B: bit 0 net, bit 1 negative, bit 2 out of range, bit 3 in motion, bit 4 kg
    (else lb).
    """
    status = match.group("status").encode("latin-1")
    a, b = status[0], status[1]
    digits = match.group("value").replace(" ", "0")
    code = a & 0b111
    number = Decimal(int(digits)).scaleb(2 - code)
    unit = "kg" if b & 0b1_0000 else "lb"
    grams = to_grams(str(number), unit)
    if b & 0b10:
        grams = -grams
    if b & 0b100:
        return ScaleReading(grams=0, stable=False, overload=True, raw=frame)
    return ScaleReading(grams=grams, stable=not b & 0b1000, net=bool(b & 0b1), raw=frame)


class StabilityJudge:
    """Marks readings stable, for scales that do not say so, when they repeat.

    A reading is stable when the last ``settle_count`` readings were within ``tolerance_g``
    of each other. Readings of protocols with a flag pass through unchanged.

    Attributes:
        settle_count: how many equal readings in a row make a stable one.
        tolerance_g: the largest difference still counted as equal.
    """

    def __init__(self, protocol: ScaleProtocol, settle_count: int = 3, tolerance_g: int = 0):
        """Judge readings of ``protocol``."""
        if settle_count < 1:
            raise ValueError("settle_count must be at least 1")
        self._repeat = protocol.stability == "repeat"
        self.settle_count = settle_count
        self.tolerance_g = tolerance_g
        self._recent: list[int] = []

    def judge(self, reading: ScaleReading) -> ScaleReading:
        """The reading with its stable flag decided."""
        if not self._repeat or reading.overload:
            return reading
        recent = self._recent
        recent.append(reading.grams)
        del recent[: -self.settle_count]
        settled = len(recent) == self.settle_count and max(recent) - min(recent) <= self.tolerance_g
        return replace(reading, stable=settled) if settled != reading.stable else reading


def format_kg(grams: int) -> str:
    """Grams as the kilograms a clerk types: ``1240`` → ``"1.24"``, ``1000`` → ``"1"``."""
    text = f"{Decimal(grams).scaleb(-3):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
