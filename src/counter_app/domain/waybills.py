"""Waybill numbers: normalise, recognise the carrier, accept or reject a scan (SC-2, CI-4)."""

from __future__ import annotations

import json
import re
import string
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache
from importlib import resources
from typing import Final, Literal, TypeAlias

__all__ = [
    "Carrier",
    "CarrierMatch",
    "CheckAlgorithm",
    "RejectReason",
    "WaybillAccepted",
    "WaybillCheck",
    "WaybillFormat",
    "WaybillRejected",
    "check_waybill",
    "complete_partial",
    "default_carriers",
    "normalise",
    "parse_carriers",
    "recognise",
    "s10_check_digit",
]

_DATA_PACKAGE: Final = "counter_app.domain"
_DATA_FILE: Final = "carriers.json"

# Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space (U+3000), which a Chinese
# input method types in place of ASCII, mapped to their half-width forms. An explicit table rather
# than NFKC: NFKC also folds circled digits, superscripts, ligatures and the Kelvin sign into
# ASCII, which would quietly turn text nobody meant as a waybill number into one.
_HALF_WIDTH: Final[Mapping[int, int]] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {
    0x3000: 0x20
}
_ASCII_UPPER: Final = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)
_VALID_CHARACTERS: Final = frozenset(string.ascii_uppercase + string.digits)

_S10_WEIGHTS: Final = (8, 6, 4, 2, 3, 5, 9, 7)


class CheckAlgorithm(StrEnum):
    """A check-digit algorithm a waybill format may name in the carrier data."""

    S10 = "s10"
    """UPU S10: check digit at index 10 over the 8-digit serial at indexes 2..9."""


class RejectReason(StrEnum):
    """Why a scanned or keyed number is not accepted; the UI turns it into words."""

    EMPTY = "empty"
    """Nothing left after trimming."""
    BAD_CHARACTERS = "bad_characters"
    """Characters other than A-Z and 0-9 (hyphens included, see :func:`normalise`)."""
    BAD_LENGTH = "bad_length"
    """The number has a carrier's shape (prefix, letters, digits) but not its length."""
    UNKNOWN_FORMAT = "unknown_format"
    """No carrier format fits, not even by shape."""
    BAD_CHECK_DIGIT = "bad_check_digit"
    """The format fits but its check digit is wrong: a misread or a mistyped digit."""
    OTHER_CARRIER = "other_carrier"
    """A valid number of a carrier the station does not serve: 同行件 (CI-4)."""
    INCOMPLETE = "incomplete"
    """:func:`complete_partial` could not build one valid number from the pieces (RE-5)."""
    NOT_A_CODE = "not_a_code"
    """A read that cannot be a barcode at all (e.g. typed text); its text is not kept."""


@dataclass(frozen=True)
class WaybillFormat:
    """One waybill-number format of one carrier, as read from the carrier data.

    Attributes:
        id: a stable name for the format, e.g. ``"EMS-S10"``.
        pattern: matches a whole normalised number of this format.
        shape: matches a whole number with this format's structure but any length; a number
            that fits the shape but not the pattern's lengths is rejected as ``BAD_LENGTH``.
            ``None`` when the format has no distinctive shape (bare digits).
        lengths: every length ``pattern`` can match, ascending.
        check: the check-digit algorithm, or ``None`` (no public algorithm is known).
        legacy: an older generation, used only when the caller asks for legacy formats.
        examples: numbers of this format, verified when the data is parsed.
    """

    id: str
    pattern: re.Pattern[str]
    shape: re.Pattern[str] | None
    lengths: tuple[int, ...]
    check: CheckAlgorithm | None
    legacy: bool
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Carrier:
    """An express carrier and the waybill formats it issues.

    Attributes:
        code: short code, as used by the 快递鸟 aggregator, e.g. ``"STO"``.
        name_zh: Chinese name, e.g. ``"申通快递"``.
        name_en: English name, e.g. ``"STO Express"``.
        formats: the carrier's waybill formats, current ones first.
    """

    code: str
    name_zh: str
    name_en: str
    formats: tuple[WaybillFormat, ...]


@dataclass(frozen=True)
class CarrierMatch:
    """A number fits one format of one carrier (and passes its check digit, if any).

    Attributes:
        carrier: the carrier.
        format: the format the number fits.
    """

    carrier: Carrier
    format: WaybillFormat

    @property
    def code(self) -> str:
        """The carrier's code."""
        return self.carrier.code


@dataclass(frozen=True)
class WaybillAccepted:
    """A valid waybill number of one of the station's own carriers.

    Attributes:
        number: the normalised number, the form to store and compare.
        carriers: codes of the station's own carriers whose format the number fits. More
            than one means the formats overlap and the number alone cannot tell them apart.
        other_carriers: codes of other carriers whose format the number fits as well.
    """

    number: str
    carriers: tuple[str, ...]
    other_carriers: tuple[str, ...] = ()

    @property
    def accepted(self) -> Literal[True]:
        """Always ``True``; lets callers test a :data:`WaybillCheck` without isinstance."""
        return True

    @property
    def ambiguous(self) -> bool:
        """Whether more than one carrier's format fits the number."""
        return len(self.carriers) + len(self.other_carriers) > 1


@dataclass(frozen=True)
class WaybillRejected:
    """A number that must not be stored, with the data the UI needs to explain why.

    Attributes:
        reason: why the number is rejected.
        number: the normalised text that was judged (``""`` for ``EMPTY``).
        carriers: carrier codes the number was recognised as or looked like: the foreign
            carriers for ``OTHER_CARRIER``, the carriers whose check or shape failed for
            ``BAD_CHECK_DIGIT`` and ``BAD_LENGTH``; empty otherwise.
        expected_lengths: for ``BAD_LENGTH``, the lengths those carriers' formats allow.
        expected_check_digit: for ``BAD_CHECK_DIGIT``, the digit the check calls for.
        bad_characters: for ``BAD_CHARACTERS``, the offending characters in order of first
            appearance, after normalisation.
    """

    reason: RejectReason
    number: str
    carriers: tuple[str, ...] = ()
    expected_lengths: tuple[int, ...] = ()
    expected_check_digit: str | None = None
    bad_characters: tuple[str, ...] = ()

    @property
    def accepted(self) -> Literal[False]:
        """Always ``False``; lets callers test a :data:`WaybillCheck` without isinstance."""
        return False


WaybillCheck: TypeAlias = WaybillAccepted | WaybillRejected
"""The verdict of :func:`check_waybill`."""


def normalise(text: str) -> str:
    """Put a scanned or keyed waybill number into its one stored form.

    Full-width characters become half-width (``"ＹＴ１２３"`` → ``"YT123"``), invisible
    format characters (zero-width spaces, BOM) are dropped, surrounding whitespace is trimmed
    (scanner terminators), spaces inside are removed and ASCII letters are upper-cased.

    Spaces inside are removed because printed numbers are grouped for reading
    (``"EE 471 108 151 FR"``) and no carrier's number contains a space. Hyphens are kept,
    and so are rejected later as bad characters: SF marks sub-pieces with hyphenated
    suffixes, and dropping the hyphen would glue a suffix onto the number and could make a
    different, valid-looking number. Other characters are left as they are for
    :func:`check_waybill` to reject.

    Args:
        text: the raw text from a scanner or the keyboard.

    Returns:
        The normalised text; it may still contain characters no waybill number has.
    """
    half_width = text.translate(_HALF_WIDTH)
    visible = "".join(ch for ch in half_width if unicodedata.category(ch) != "Cf")
    unspaced = "".join(ch for ch in visible.strip() if unicodedata.category(ch) != "Zs")
    return unspaced.translate(_ASCII_UPPER)


def s10_check_digit(serial: str) -> str:
    """Compute the UPU S10 check digit of an 8-digit serial number.

    Weights 8 6 4 2 3 5 9 7; ``c = 11 - (sum mod 11)``; 10 becomes 0 and 11 becomes 5.

    Args:
        serial: the eight serial digits, e.g. ``"47110815"``.

    Returns:
        The check digit as a one-character string.

    Raises:
        ValueError: if ``serial`` is not exactly eight ASCII digits.
    """
    if len(serial) != len(_S10_WEIGHTS) or not all(ch in string.digits for ch in serial):
        raise ValueError(f"an S10 serial is 8 digits, got {serial!r}")
    total = sum(int(digit) * weight for digit, weight in zip(serial, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    return str({10: 0, 11: 5}.get(check, check))


def _s10_expected(number: str) -> tuple[int, str]:
    return 10, s10_check_digit(number[2:10])


# Each algorithm gives, for a number its format's pattern already matched, the index of the
# check character and the character it should be.
_CHECKS: Final[Mapping[CheckAlgorithm, Callable[[str], tuple[int, str]]]] = {
    CheckAlgorithm.S10: _s10_expected,
}


class _Fit(Enum):
    NONE = "none"
    SHAPE_ONLY = "shape_only"
    CHECK_FAILED = "check_failed"
    MATCH = "match"


def _fit(number: str, fmt: WaybillFormat) -> tuple[_Fit, str | None]:
    """How ``number`` fits ``fmt``, with the expected check character if the check failed."""
    if fmt.pattern.fullmatch(number):
        if fmt.check is None:
            return _Fit.MATCH, None
        index, expected = _CHECKS[fmt.check](number)
        if number[index] == expected:
            return _Fit.MATCH, None
        return _Fit.CHECK_FAILED, expected
    if fmt.shape is not None and len(number) not in fmt.lengths and fmt.shape.fullmatch(number):
        return _Fit.SHAPE_ONLY, None
    return _Fit.NONE, None


def _bad_characters(number: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ch for ch in number if ch not in _VALID_CHARACTERS))


def _codes(carriers: Iterable[Carrier]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(carrier.code for carrier in carriers))


def _own_codes(own_carriers: Collection[str], catalogue: Iterable[Carrier]) -> frozenset[str]:
    own = frozenset(own_carriers)
    if not own or own - {carrier.code for carrier in catalogue}:
        raise ValueError(f"own carriers must be known carrier codes, got {sorted(own)}")
    return own


def _formats(
    carriers: Iterable[Carrier], include_legacy: bool
) -> list[tuple[Carrier, WaybillFormat]]:
    return [
        (carrier, fmt)
        for carrier in carriers
        for fmt in carrier.formats
        if include_legacy or not fmt.legacy
    ]


def recognise(
    text: str, *, include_legacy: bool = False, carriers: Iterable[Carrier] | None = None
) -> list[CarrierMatch]:
    """Say which carriers' formats a number fits, e.g. to name the carrier of a 同行件.

    Args:
        text: the raw text from a scanner or the keyboard; it is normalised first.
        include_legacy: also try older-generation formats (bare 8-12 digit numbers and
            the like), which fit many numbers and catch fewer misreads.
        carriers: the carrier data to use; the bundled data by default.

    Returns:
        One match per fitting format, in data order; empty when nothing fits. A format
        with a check digit fits only when the check digit is right.
    """
    number = normalise(text)
    if not number or _bad_characters(number):
        return []
    catalogue = default_carriers() if carriers is None else tuple(carriers)
    return [
        CarrierMatch(carrier, fmt)
        for carrier, fmt in _formats(catalogue, include_legacy)
        if _fit(number, fmt)[0] is _Fit.MATCH
    ]


def check_waybill(
    text: str,
    own_carriers: Collection[str],
    *,
    include_legacy: bool = False,
    carriers: Iterable[Carrier] | None = None,
) -> WaybillCheck:
    """Decide whether a scanned or keyed number may be stored as a waybill number.

    SC-2: only a number that fits a carrier format (and its check digit, where one exists)
    is accepted. CI-4: a valid number of a carrier the station does not serve is a 同行件
    and is rejected as ``OTHER_CARRIER``.

    Where formats overlap (pure-digit numbers of the same length and prefix, e.g. 15 digits
    starting 43 fit both 申通 and 韵达; 13 digits starting 50-52 fit both 韵达 and EMS), the
    number is not guessed at: every fitting carrier is reported. It is accepted when at least
    one of them is the station's own, with the others in ``other_carriers``.

    The order of verdicts: ``EMPTY``, ``BAD_CHARACTERS``, then accepted or
    ``OTHER_CARRIER`` if any format fits, else ``BAD_CHECK_DIGIT`` if a format fits but for
    its check digit, else ``BAD_LENGTH`` if the number has a carrier's shape (preferring the
    station's own carriers when reporting expected lengths), else ``UNKNOWN_FORMAT``.

    Args:
        text: the raw text from a scanner or the keyboard.
        own_carriers: codes of the carriers this station serves, e.g. ``{"STO"}``.
        include_legacy: also accept older-generation formats (see :func:`recognise`).
        carriers: the carrier data to use; the bundled data by default.

    Returns:
        A :class:`WaybillAccepted` or a :class:`WaybillRejected`.

    Raises:
        ValueError: if ``own_carriers`` is empty or names a carrier not in the data; that
            is a configuration error, not a bad scan.
    """
    catalogue = default_carriers() if carriers is None else tuple(carriers)
    own = _own_codes(own_carriers, catalogue)
    number = normalise(text)
    if not number:
        return WaybillRejected(RejectReason.EMPTY, number)
    bad = _bad_characters(number)
    if bad:
        return WaybillRejected(RejectReason.BAD_CHARACTERS, number, bad_characters=bad)

    matched: list[Carrier] = []
    check_failed: list[tuple[Carrier, str]] = []
    shaped: list[tuple[Carrier, WaybillFormat]] = []
    for carrier, fmt in _formats(catalogue, include_legacy):
        fit, expected = _fit(number, fmt)
        if fit is _Fit.MATCH:
            matched.append(carrier)
        elif fit is _Fit.CHECK_FAILED and expected is not None:
            check_failed.append((carrier, expected))
        elif fit is _Fit.SHAPE_ONLY:
            shaped.append((carrier, fmt))

    if matched:
        mine = _codes(c for c in matched if c.code in own)
        others = _codes(c for c in matched if c.code not in own)
        if mine:
            return WaybillAccepted(number, mine, others)
        return WaybillRejected(RejectReason.OTHER_CARRIER, number, carriers=others)  # CI-4
    if check_failed:
        return WaybillRejected(
            RejectReason.BAD_CHECK_DIGIT,
            number,
            carriers=_codes(carrier for carrier, _ in check_failed),
            expected_check_digit=check_failed[0][1],
        )
    if shaped:
        shaped = [(c, f) for c, f in shaped if c.code in own] or shaped
        return WaybillRejected(
            RejectReason.BAD_LENGTH,
            number,
            carriers=_codes(carrier for carrier, _ in shaped),
            expected_lengths=tuple(sorted({n for _, fmt in shaped for n in fmt.lengths})),
        )
    return WaybillRejected(RejectReason.UNKNOWN_FORMAT, number)


def complete_partial(
    partial_barcode: str,
    printed_digits: str,
    own_carriers: Collection[str],
    *,
    include_legacy: bool = False,
    carriers: Iterable[Carrier] | None = None,
) -> WaybillCheck:
    """Complete a partly read barcode from the number printed at the lower left (RE-5).

    The candidates are each piece on its own and the two pieces joined in either order,
    overlapping by any common run (``"YT75093"`` + ``"0932 6658 113"`` → ``"YT7509326658113"``).
    Exactly one distinct candidate must pass :func:`check_waybill`; when none or several do,
    both pieces are incomplete and the receipt is set aside, so the result is ``INCOMPLETE``.

    Args:
        partial_barcode: what the scanner or the clerk read from the barcode.
        printed_digits: the number as printed under the barcode, possibly partial too.
        own_carriers: codes of the carriers this station serves.
        include_legacy: also accept older-generation formats.
        carriers: the carrier data to use; the bundled data by default.

    Returns:
        The single valid completion, or a rejection with reason ``INCOMPLETE``.

    Raises:
        ValueError: as :func:`check_waybill`.
    """
    catalogue = default_carriers() if carriers is None else tuple(carriers)
    _own_codes(own_carriers, catalogue)
    pieces = [normalise(partial_barcode), normalise(printed_digits)]
    candidates = dict.fromkeys(piece for piece in pieces if piece)
    for head, tail in (pieces, pieces[::-1]):
        for overlap in range(min(len(head), len(tail)) + 1):
            if head[len(head) - overlap :] == tail[:overlap]:
                candidates[head + tail[overlap:]] = None
    valid = {
        verdict.number: verdict
        for candidate in candidates
        if isinstance(
            verdict := check_waybill(
                candidate, own_carriers, include_legacy=include_legacy, carriers=catalogue
            ),
            WaybillAccepted,
        )
    }
    if len(valid) == 1:
        return next(iter(valid.values()))
    return WaybillRejected(RejectReason.INCOMPLETE, pieces[0] or pieces[1])


# --- carrier data ------------------------------------------------------------------------


@cache
def default_carriers() -> tuple[Carrier, ...]:
    """The carrier data bundled with the application (``carriers.json``), parsed once.

    Returns:
        The carriers in data order.
    """
    text = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    return parse_carriers(text)


def parse_carriers(text: str) -> tuple[Carrier, ...]:
    """Parse and verify carrier data in the ``carriers.json`` layout.

    Args:
        text: the JSON text.

    Returns:
        The carriers in data order.

    Raises:
        ValueError: if the JSON is malformed, a field is missing or of the wrong type, a
            regular expression does not compile, a code repeats, or an example does not fit
            its own format.
    """
    try:
        data: object = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"carrier data is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError("carrier data must be a JSON object")
    carriers = tuple(_parse_carrier(item) for item in _list(data, "carriers"))
    codes = [carrier.code for carrier in carriers]
    if len(set(codes)) != len(codes):
        raise ValueError(f"carrier codes repeat: {codes}")
    return carriers


def _parse_carrier(item: object) -> Carrier:
    if not isinstance(item, dict):
        raise ValueError(f"a carrier must be a JSON object, got {item!r}")
    code = _str(item, "code")
    formats = tuple(_parse_format(code, fmt) for fmt in _list(item, "formats"))
    if not formats:
        raise ValueError(f"carrier {code} has no formats")
    return Carrier(code, _str(item, "name_zh"), _str(item, "name_en"), formats)


def _parse_format(code: str, item: object) -> WaybillFormat:
    if not isinstance(item, dict):
        raise ValueError(f"a format of {code} must be a JSON object, got {item!r}")
    format_id = _str(item, "id")
    where = f"format {format_id} of {code}"
    try:
        pattern = re.compile(_str(item, "pattern"), re.ASCII)
        shape_text = item.get("shape")
        shape = None if shape_text is None else re.compile(_as_str(shape_text, where), re.ASCII)
        check_text = item.get("check")
        check = None if check_text is None else CheckAlgorithm(_as_str(check_text, where))
    except (re.error, ValueError) as exc:
        raise ValueError(f"{where}: {exc}") from exc
    lengths = tuple(sorted(_as_int(n, where) for n in _list(item, "lengths")))
    legacy = item.get("legacy", False)
    if not isinstance(legacy, bool):
        raise ValueError(f"{where}: legacy must be true or false")
    fmt = WaybillFormat(
        id=format_id,
        pattern=pattern,
        shape=shape,
        lengths=lengths,
        check=check,
        legacy=legacy,
        examples=tuple(_as_str(example, where) for example in _list(item, "examples")),
    )
    for example in fmt.examples:
        if _fit(example, fmt)[0] is not _Fit.MATCH or len(example) not in lengths:
            raise ValueError(f"{where}: example {example!r} does not fit")
    return fmt


def _list(item: dict[str, object], key: str) -> list[object]:
    value = item.get(key)
    if not isinstance(value, list):
        raise ValueError(f"{key!r} must be a list in {item!r}")
    return list(value)


def _str(item: dict[str, object], key: str) -> str:
    return _as_str(item.get(key), f"{key!r}")


def _as_str(value: object, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{where}: expected a non-empty string, got {value!r}")
    return value


def _as_int(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"{where}: expected a positive integer, got {value!r}")
    return value


def check_ems_number(text: str) -> WaybillCheck:
    """WH-17: the new waybill number of a parcel forwarded via EMS (转发EMS), checked against
    EMS's formats only (13 digits; P + letter + 11 digits; the international UPU S10 form
    with its check digit, e.g. ``EE471108151FR``), whatever carriers the station serves.

    Returns:
        A :class:`WaybillAccepted` (carrier EMS) or a :class:`WaybillRejected` saying why.
    """
    ems = tuple(c for c in default_carriers() if c.code == "EMS")
    return check_waybill(text, {"EMS"}, carriers=ems)
