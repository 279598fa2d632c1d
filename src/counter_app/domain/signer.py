"""The signer (签收人) field of a signed receipt: normalisation, RE-2 rules and kinds."""

# Rules (domain-rules.md §3, RE-2; seed 002 第十节):
#
#   the receipt shows                    what is entered                  kind
#   a legible full name                  the full name                    FULL
#   the recipient signed 「本人」         the recipient's own name         (本人 refused: SELF)
#   only the surname legible             surname + one 「,」 per given     SURNAME_ONLY
#                                        -name character (张 + 2 → 张,,)
#   surname illegible, given name ok     「,」 + given name (,伟)          GIVEN_ONLY
#   nothing legible                      草签                             SCRAWL
#   no signature                         已收                             NO_SIGNATURE
#   a stamp                              邮件签收章                       STAMP
#   「不能用数字来签收」: digits are never a signer (DIGITS).
#
# Decisions on points the seed leaves open (all RE-2):
#
# * Digits means decimal digits of any script (ASCII, full-width, circled ① and superscript ²
#   become ASCII under NFKC). Chinese numerals 一/二/三 are NOT digits: they occur in names
#   (王一, 张三). 〇 is not an ideograph (Unicode Nl) and is refused as BAD_CHARACTERS.
# * A full Chinese name needs at least two ideographs: a lone 「张」 is ambiguous (a surname
#   missing its commas? a one-character given name missing its comma?) and is refused as
#   TOO_SHORT so the clerk picks 「张,」/「张,,」/「,张」. Minority names may use the middle dot
#   (阿依·买买提); 「・」「･」「‧」 are normalised to 「·」, which must sit between ideographs.
# * Foreigners' names are Latin letters (accents allowed) with single spaces, hyphens,
#   apostrophes and dots (「Jean-Pierre O'Neil」, 「J. R. Smith」); at least two letters.
#   Latin and Chinese are not mixed in one signer.
# * Every signer is at most MAX_SIGNER_LENGTH (30) characters after normalisation: long enough
#   for long Latin and minority names, short enough to catch a pasted address.
# * 「本人」 anywhere in the text (本人签收, 本人签, 收件人本人 …) and the stand-in words in
#   SELF_WORDS (自签, 亲签, 收件人, 签收人, 已签收 …) are refused as SELF: they name no one,
#   and the remedy is the same — enter the recipient's name (offer_recipient_name).
# * Surname only: 1–2 ideographs (any two, so that rare compound surnames are never refused)
#   then 1–3 commas. Given name only: exactly ONE leading comma — the seed says 「,」 stands
#   for the surname, whatever its length — then 1–3 ideographs.
# * Synonyms are accepted and stored in the seed's canonical form: 签收章 / 盖章 → 邮件签收章;
#   看不清 / 潦草 / 字迹潦草 → 草签; 无签字 / 没签字 / 未签字 / 无签名 / 未签名 → 已收.
# * Normalisation: zero-width characters and variation selectors are removed; NFKC turns
#   full-width letters, digits, commas and the ideographic space into half-width ones; 「、」
#   and the small commas become 「,」; whitespace runs collapse to one space, which survives only
#   between two parts of a Latin name (「张 伟」 → 「张伟」, 「张 , ,」 → 「张,,」).
#
# Issue 16 (RE-2 completed, readings chosen where the seed is open):
#
# * 「…拒收」 (「李娜拒收」, 「拒收」, 「拒签」) is a refusal, not a signature (WH-15): refused as
#   REFUSAL with the name before it as ``suggestion``; the desk takes the refusal path.
# * A place that collects for others (门卫, 收发室, 物业, 前台, 快递柜, 丰巢, 驿站, 代收点 — a list
#   the station edits) is stored as kind PROXY (代收) with the place as its text. The place may be
#   followed by 代收 / 代签 / 签收 / 收 (「门卫代收」 → 「门卫」); anything else is not a place.
# * 未签 / 没签 / 无签 / 未签收 / 没有签字 / 没签名 join the synonyms of 已收.
# * A name followed by a number (「张伟3」, 「张伟 共3件」, 「李娜收2件」) is a piece count typed by
#   habit (RE-4): refused as NAME_WITH_COUNT with the name as ``suggestion`` and the count as
#   ``detail``, so the clerk puts the count in the pieces field. The 「张2 → 张,,」 helper
#   therefore expands two ideographs only when they are a compound surname (COMPOUND_SURNAMES):
#   「欧阳1」 → 「欧阳,」 but 「张伟3」 is refused, never 「张伟,,,」.

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

SCRAWL = "草签"
NO_SIGNATURE = "已收"
STAMP = "邮件签收章"

MAX_SIGNER_LENGTH = 30
"""Longest signer accepted, in characters of the normalised text."""
MAX_COMMAS = 3
"""Most illegible given-name characters a surname-only signer may stand for (RE-2)."""
MAX_SURNAME = 2
"""Longest surname (compound surnames: 欧阳, 司马, 诸葛 …)."""
MAX_GIVEN_NAME = 3
"""Longest given name in the given-name-only form."""

MIDDLE_DOT = "·"

SELF_WORDS = frozenset({
    "本人", "自签", "自收", "亲签", "亲收", "收件人", "签收人", "收货人",
    "签收", "已签收", "已签", "签字", "签名",
})
"""Words that stand for a person instead of naming one (RE-2: never 「本人」). Besides these,
any text containing 「本人」 is refused."""

SYNONYMS: dict[str, str] = {
    SCRAWL: SCRAWL, "看不清": SCRAWL, "潦草": SCRAWL, "字迹潦草": SCRAWL,
    NO_SIGNATURE: NO_SIGNATURE, "无签字": NO_SIGNATURE, "没签字": NO_SIGNATURE,
    "未签字": NO_SIGNATURE, "无签名": NO_SIGNATURE, "未签名": NO_SIGNATURE,
    # issue 16 (RE-2): 「未签」 and its like name no one either
    "未签": NO_SIGNATURE, "没签": NO_SIGNATURE, "无签": NO_SIGNATURE, "未签收": NO_SIGNATURE,
    "没有签字": NO_SIGNATURE, "没有签名": NO_SIGNATURE, "没签名": NO_SIGNATURE,
    STAMP: STAMP, "签收章": STAMP, "盖章": STAMP,
}
"""Accepted words for the three fixed signers, mapped to the canonical form that is stored."""

DEFAULT_PROXY_PLACES: tuple[str, ...] = (
    "门卫", "收发室", "物业", "前台", "快递柜", "丰巢", "驿站", "代收点")
"""Places that collect for others (RE-2, 000): stored as 代收, never as a person's name. The
station edits the list; this is the seed's."""
PROXY_SUFFIXES = ("代收", "代签", "签收", "收")
"""Words that may follow a place: 「门卫代收」 is the place 门卫."""
REFUSAL_WORDS = ("拒收", "拒签")
"""「…拒收」: a refusal, not a signature (WH-15)."""
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "司空", "夏侯", "轩辕", "令狐", "钟离", "闻人", "澹台", "公冶", "太史", "端木",
    "申屠", "南宫", "西门", "百里", "呼延", "独孤", "万俟", "赫连", "拓跋", "淳于", "单于",
    "濮阳", "太叔", "仲孙", "宗政", "公羊", "东郭", "第五", "梁丘", "左丘", "谷梁", "羊舌",
})
"""Two-character surnames the 「欧阳1 → 欧阳,」 helper expands (RE-2, issue 16): any other two
ideographs followed by a number are a name and a piece count (NAME_WITH_COUNT)."""


class SignerKind(enum.StrEnum):
    """What the signer field records (RE-2). Stored values: never rename."""

    FULL = "full"
    """A legible full name, Chinese or Latin."""
    SURNAME_ONLY = "surname_only"
    """Only the surname was legible: 「张,,」."""
    GIVEN_ONLY = "given_only"
    """Only the given name was legible: 「,伟」."""
    SCRAWL = "scrawl"
    """Nothing legible: 「草签」."""
    NO_SIGNATURE = "no_signature"
    """Not signed: 「已收」."""
    STAMP = "stamp"
    """Stamped: 「邮件签收章」."""
    PROXY = "proxy"
    """Collected for the recipient by a place (代收): 「门卫」, 「丰巢」 … (issue 16)."""


KIND_LABELS_ZH: dict[str, str] = {
    SignerKind.FULL: "全名",
    SignerKind.SURNAME_ONLY: "只有姓",
    SignerKind.GIVEN_ONLY: "只有名",
    SignerKind.SCRAWL: "草签",
    SignerKind.NO_SIGNATURE: "已收（未签字）",
    SignerKind.STAMP: "邮件签收章",
    SignerKind.PROXY: "代收",
}
"""What the printed receipt sheet says for a kind (RE-8), keyed by the enum (a ``StrEnum``,
so the stored value finds the label too)."""


_FIXED_KINDS = {SCRAWL: SignerKind.SCRAWL, NO_SIGNATURE: SignerKind.NO_SIGNATURE,
                STAMP: SignerKind.STAMP}


class SignerProblem(enum.StrEnum):
    """Why a signer was refused (RE-2). The UI turns these into messages."""

    EMPTY = "empty"
    """Nothing was entered."""
    SELF = "self"
    """「本人」, 「本人签收」 or another word standing for the recipient: enter their name."""
    DIGITS = "digits"
    """Contains digits (「不能用数字来签收」)."""
    MALFORMED_COMMAS = "malformed_commas"
    """Commas that fit neither 「张,,」 nor 「,伟」; ``detail`` names the pattern."""
    BAD_CHARACTERS = "bad_characters"
    """Characters that cannot be in a name, or misplaced separators; ``detail`` lists them."""
    TOO_LONG = "too_long"
    """Longer than MAX_SIGNER_LENGTH; ``detail`` is the limit."""
    TOO_SHORT = "too_short"
    """A single character: ambiguous, the clerk must choose 「张,」, 「,张」 or a full name."""
    REFUSAL = "refusal"
    """「李娜拒收」: a refusal, not a signature — take the refusal path (WH-15)."""
    NAME_WITH_COUNT = "name_with_count"
    """「张伟3」: a name then a piece count; type the count in the pieces field (RE-4)."""


class CommaPattern(enum.StrEnum):
    """The ``detail`` of a MALFORMED_COMMAS rejection."""

    ONLY_COMMAS = "only_commas"
    """Nothing but commas: 「,,」."""
    INNER_COMMA = "inner_comma"
    """A comma between characters: 「张,伟」."""
    BOTH_ENDS = "both_ends"
    """Commas at both ends: 「,张,」."""
    NOT_CHINESE = "not_chinese"
    """Commas with Latin letters, dots or spaces: 「John,」."""
    TOO_MANY_COMMAS = "too_many_commas"
    """More than MAX_COMMAS trailing commas: 「张,,,,」."""
    SURNAME_TOO_LONG = "surname_too_long"
    """More than MAX_SURNAME characters before the commas: 「张小明,」."""
    TOO_MANY_LEADING_COMMAS = "too_many_leading_commas"
    """More than one comma for the surname: 「,,伟」."""
    GIVEN_NAME_TOO_LONG = "given_name_too_long"
    """More than MAX_GIVEN_NAME characters after the comma: 「,伟伟伟伟」."""


@dataclass(frozen=True)
class Signer:
    """An accepted signer.

    Attributes:
        text: the normalised text to store, e.g. 「张伟」, 「张,,」, 「邮件签收章」.
        kind: what the text records, for reports.
    """

    text: str
    kind: SignerKind


@dataclass(frozen=True)
class SignerRejected:
    """A refused signer: data, not prose (the UI translates it).

    Attributes:
        problem: why it was refused.
        text: the normalised text that was refused.
        detail: SELF: the stand-in word found; DIGITS / BAD_CHARACTERS: the offending
            characters, each once, in order of appearance; MALFORMED_COMMAS: a CommaPattern
            value; TOO_LONG: the limit; NAME_WITH_COUNT: the count; otherwise empty.
        suggestion: REFUSAL: the name written before 「拒收」 (may be empty);
            NAME_WITH_COUNT: the name without the count; otherwise empty.
    """

    problem: SignerProblem
    text: str
    detail: str = ""
    suggestion: str = ""


_ZERO_WIDTH = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_CHAR_MAP = str.maketrans({
    "、": ",", "，": ",", "﹐": ",", "﹑": ",",
    "・": MIDDLE_DOT, "･": MIDDLE_DOT, "‧": MIDDLE_DOT, "•": MIDDLE_DOT,
    "’": "'", "‘": "'", "‐": "-", "‑": "-",
})
_WHITESPACE = re.compile(r"\s+")
_LATIN_SEPARATORS = frozenset("-'.")
# One part of a Latin name: letters, inner hyphens/apostrophes/dots, an optional final dot.
_LATIN_WORD = re.compile(r"L+(?:[-'.]L+)*\.?")


def _is_ideograph(ch: str) -> bool:
    """True for a CJK unified (or compatibility) ideograph."""
    code = ord(ch)
    in_block = (0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
                or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x323AF)
    return in_block and unicodedata.category(ch) == "Lo"


def _is_latin_letter(ch: str) -> bool:
    """True for a letter of the Latin script (a–z, é, ü …)."""
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN ")


def _is_latinish(ch: str) -> bool:
    """True for what may stand next to a space inside a Latin name."""
    return _is_latin_letter(ch) or ch in _LATIN_SEPARATORS


def _unique(chars: Iterable[str]) -> str:
    """The characters, each once, in order of first appearance."""
    return "".join(dict.fromkeys(chars))


def normalise_signer(text: str) -> str:
    """Normalise a typed signer to the form that is checked and stored (RE-2).

    Removes zero-width characters; applies NFKC (full-width letters, digits, 「，」 and the
    ideographic space become half-width); turns 「、」 into 「,」 and 「・」 into 「·」; collapses
    whitespace to single spaces and keeps a space only between two parts of a Latin name.

    Args:
        text: what the clerk typed.

    Returns:
        The normalised text; normalising it again changes nothing.
    """
    text = unicodedata.normalize("NFKC", _ZERO_WIDTH.sub("", text))
    text = _WHITESPACE.sub(" ", text.translate(_CHAR_MAP)).strip()
    kept = [
        ch for i, ch in enumerate(text)
        if ch != " " or (_is_latinish(text[i - 1]) and _is_latinish(text[i + 1]))
    ]
    # A second NFKC composes a letter with a combining mark a removed space used to separate.
    return unicodedata.normalize("NFKC", "".join(kept))


_NAME_WITH_COUNT = re.compile(r"(.+?) ?(?:共收|共|收)? ?([0-9]+) ?件?")


def _refusal(text: str) -> SignerRejected | None:
    """「李娜拒收」 / 「拒收」: a refusal (WH-15), with the name before it when it is one."""
    for word in REFUSAL_WORDS:
        if word in text:
            name = text.split(word, 1)[0].strip()
            parsed = _parse_name(name) if name else None
            suggestion = parsed.text if isinstance(parsed, Signer) else ""
            return SignerRejected(SignerProblem.REFUSAL, text, word, suggestion)
    return None


def _proxy(text: str, places: Iterable[str]) -> Signer | None:
    """A place that collects for others (代收), bare or with 代收/代签/签收/收 after it."""
    known = {normalise_signer(p) for p in places if p.strip()}
    if text in known:
        return Signer(text, SignerKind.PROXY)
    for suffix in PROXY_SUFFIXES:
        if text.endswith(suffix) and text[: -len(suffix)] in known:
            return Signer(text[: -len(suffix)], SignerKind.PROXY)
    return None


def _name_with_count(text: str) -> SignerRejected | None:
    """「张伟3」, 「张伟共3件」: a full name followed by a piece count (RE-4, issue 16)."""
    match = _NAME_WITH_COUNT.fullmatch(text)
    if match is None:
        return None
    name = _parse_name(match.group(1))
    if not isinstance(name, Signer) or name.kind is not SignerKind.FULL:
        return None
    return SignerRejected(SignerProblem.NAME_WITH_COUNT, text, str(int(match.group(2))),
                          name.text)


def parse_signer(
    text: str, proxy_places: Iterable[str] = DEFAULT_PROXY_PLACES
) -> Signer | SignerRejected:
    """Check a signer against RE-2 and classify it.

    Args:
        text: what the clerk typed (normalised here first).
        proxy_places: the station's list of places that collect for others (代收).

    Returns:
        The accepted Signer (normalised text and kind), or why it is refused. Never raises.
    """
    text = normalise_signer(text)
    if not text:
        return SignerRejected(SignerProblem.EMPTY, text)
    if (refused := _refusal(text)) is not None:  # WH-15: never stored as a name
        return refused
    if (place := _proxy(text, proxy_places)) is not None:
        return place
    if (counted := _name_with_count(text)) is not None:
        return counted
    return _parse_name(text)


def _parse_name(text: str) -> Signer | SignerRejected:
    """RE-2's checks of a normalised, non-empty text that is neither a refusal nor a place."""
    if not text:
        return SignerRejected(SignerProblem.EMPTY, text)
    digits = [ch for ch in text if ch.isdecimal()]
    if digits:  # 「不能用数字来签收」
        return SignerRejected(SignerProblem.DIGITS, text, _unique(digits))
    allowed = {",", " ", MIDDLE_DOT} | _LATIN_SEPARATORS
    bad = [ch for ch in text if not (_is_ideograph(ch) or _is_latin_letter(ch) or ch in allowed)]
    if bad:
        return SignerRejected(SignerProblem.BAD_CHARACTERS, text, _unique(bad))
    stand_in = "本人" if "本人" in text else text if text in SELF_WORDS else None
    if stand_in is not None:  # never 「本人」/「本人签收」: the recipient's own name
        return SignerRejected(SignerProblem.SELF, text, stand_in)
    if len(text) > MAX_SIGNER_LENGTH:
        return SignerRejected(SignerProblem.TOO_LONG, text, str(MAX_SIGNER_LENGTH))
    if text in SYNONYMS:
        canonical = SYNONYMS[text]
        return Signer(canonical, _FIXED_KINDS[canonical])
    if "," in text:
        return _parse_commas(text)
    return _parse_full_name(text)


def _parse_commas(text: str) -> Signer | SignerRejected:
    """RE-2's two comma forms: 「张,,」 (surname only) and 「,伟」 (given name only)."""

    def malformed(pattern: CommaPattern) -> SignerRejected:
        return SignerRejected(SignerProblem.MALFORMED_COMMAS, text, pattern.value)

    core = text.strip(",")
    leading = len(text) - len(text.lstrip(","))
    trailing = len(text) - len(text.rstrip(","))
    if not core:
        return malformed(CommaPattern.ONLY_COMMAS)
    if "," in core:
        return malformed(CommaPattern.INNER_COMMA)
    if leading and trailing:
        return malformed(CommaPattern.BOTH_ENDS)
    if not all(_is_ideograph(ch) for ch in core):
        return malformed(CommaPattern.NOT_CHINESE)
    if trailing:  # surname, then one 「,」 per illegible given-name character
        if len(core) > MAX_SURNAME:
            return malformed(CommaPattern.SURNAME_TOO_LONG)
        if trailing > MAX_COMMAS:
            return malformed(CommaPattern.TOO_MANY_COMMAS)
        return Signer(text, SignerKind.SURNAME_ONLY)
    # 「,」 for the illegible surname — exactly one, whatever the surname's length — then the name
    if leading > 1:
        return malformed(CommaPattern.TOO_MANY_LEADING_COMMAS)
    if len(core) > MAX_GIVEN_NAME:
        return malformed(CommaPattern.GIVEN_NAME_TOO_LONG)
    return Signer(text, SignerKind.GIVEN_ONLY)


def _parse_full_name(text: str) -> Signer | SignerRejected:
    """A full name (RE-2): Chinese (with · for minority names) or Latin letters."""
    first = next((ch for ch in text if _is_ideograph(ch) or _is_latin_letter(ch)), None)
    if first is None:  # only separators
        return SignerRejected(SignerProblem.BAD_CHARACTERS, text, _unique(text))
    if _is_ideograph(first):
        foreign = [ch for ch in text if not (_is_ideograph(ch) or ch == MIDDLE_DOT)]
        if foreign:
            return SignerRejected(SignerProblem.BAD_CHARACTERS, text, _unique(foreign))
        if any(not part for part in text.split(MIDDLE_DOT)):  # leading, trailing or double ·
            return SignerRejected(SignerProblem.BAD_CHARACTERS, text, MIDDLE_DOT)
        if len(text) < 2:
            return SignerRejected(SignerProblem.TOO_SHORT, text)
        return Signer(text, SignerKind.FULL)
    foreign = [ch for ch in text if not (_is_latinish(ch) or ch == " ")]
    if foreign:
        return SignerRejected(SignerProblem.BAD_CHARACTERS, text, _unique(foreign))
    misplaced = [
        ch for word in text.split(" ")
        if not _LATIN_WORD.fullmatch("".join("L" if _is_latin_letter(c) else c for c in word))
        for ch in word if ch in _LATIN_SEPARATORS
    ]
    if misplaced:
        return SignerRejected(SignerProblem.BAD_CHARACTERS, text, _unique(misplaced))
    if sum(_is_latin_letter(ch) for ch in text) < 2:
        return SignerRejected(SignerProblem.TOO_SHORT, text)
    return Signer(text, SignerKind.FULL)


_HELPER = re.compile(r"(.{1,2})([1-9])")


def expand_helper(text: str) -> str | None:
    """Turn 「surname + number of illegible characters」 into RE-2's comma form.

    「张2」 → 「张,,」, 「欧阳1」 → 「欧阳,」; full-width digits (「张２」) work too.

    Args:
        text: what the clerk typed.

    Returns:
        The comma form, or None unless the text is 1–2 ideographs then one digit 1–3 (and the
        result is a valid surname-only signer, so 「本人1」 gives None).
    """
    match = _HELPER.fullmatch(normalise_signer(text))
    if match is None:
        return None
    surname, count = match.group(1), int(match.group(2))
    if count > MAX_COMMAS or not all(_is_ideograph(ch) for ch in surname):
        return None
    if len(surname) == 2 and surname not in COMPOUND_SURNAMES:
        return None  # 「张伟3」 is a name and a piece count, not 「张伟,,,」 (issue 16)
    expanded = surname + "," * count
    parsed = parse_signer(expanded)
    if not isinstance(parsed, Signer) or parsed.kind is not SignerKind.SURNAME_ONLY:
        return None
    return parsed.text


def offer_recipient_name(recipient: str | None) -> Signer | None:
    """The signer to offer when the clerk typed 「本人」 (RE-2: enter the recipient's name).

    Args:
        recipient: the recipient's name from the parcel's record, if any.

    Returns:
        The recipient's name as a FULL signer, or None when there is no usable full name.
    """
    if not recipient:
        return None
    parsed = _parse_name(normalise_signer(recipient))
    if isinstance(parsed, Signer) and parsed.kind is SignerKind.FULL:
        return parsed
    return None


def kind_counts(signers: Iterable[Signer]) -> dict[SignerKind, int]:
    """Count signers per kind, for reports.

    Args:
        signers: accepted signers.

    Returns:
        Every kind, in declaration order, with its count (0 when absent).
    """
    counts = dict.fromkeys(SignerKind, 0)
    for signer in signers:
        counts[signer.kind] += 1
    return counts
