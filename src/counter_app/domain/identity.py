"""Sender real-name documents (实名收寄, CI-11): document types, number checks, masking.

The law (快递暂行条例 art. 22, 《邮件快件实名收寄管理办法》) requires the counter to check the
sender's identity document and to register its type and number; an organisation registers its
统一社会信用代码. Numbers are checked as far as a published algorithm allows:

* 居民身份证 / 临时居民身份证 (GB 11643-1999): region, birth date, ISO 7064 MOD 11-2 check
  character; the 15-digit numbers of GB 11643-1989 (no check character) by region and date.
* 港澳台居民居住证: the same 18-character algorithm, address codes 81 (HK), 82 (Macao), 83 (Taiwan).
* 外国人永久居留身份证: the 2023 card's 18 digits start with 9 and end in the same MOD 11-2 check
  character (国家移民管理局, 新版永居证机读信息规则); the older cards carry 3 letters + 12 digits.
* 统一社会信用代码 (GB 32100-2015): its 31-character set and MOD 31 check character.
* 军人 / 武警 documents, 通行证 and passports: no public algorithm, so only the shape is checked.

Errors are ``FieldInvalid("id_number", problem, detail)`` with these problem codes:

``required``
    nothing left after normalisation.
``characters``
    characters the document type never has; detail = the offending characters, in order.
``length``
    the wrong number of characters; detail = the allowed lengths, ``"15,18"``, or a range
    ``"5-17"``.
``format``
    right characters and length, but not the document's shape (``"X12345678"`` for a
    港澳通行证); detail = the document type's value.
``region``
    the first two digits are not a province-level code the document type may carry; detail =
    those two digits.
``birth_date``
    the birth date inside the number does not exist (or lies in the future, when the caller
    passes ``today``); detail = the 8 digits ``YYYYMMDD``.
``check_digit``
    the last character is not the one the check calls for; detail = the expected character.
``first_generation``
    a valid 15-digit first-generation 居民身份证 number where legacy numbers are not allowed
    (X-8: void since 2013-01-01, refused for 实名收寄 — 「请出示第二代居民身份证」).

The number is never printed on a waybill (条例 art. 22); screens show :func:`mask_document`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.staff import mask_phone
from counter_app.domain.waybills import normalise as _normalise_code

__all__ = [
    "CREDIT_CODE_CHARSET",
    "DocumentKind",
    "check_document",
    "credit_code_check_char",
    "id_check_char",
    "legacy_id_to_18",
    "mask_document",
    "mask_name",
    "normalise_number",
]

FIELD: Final = "id_number"

# --- GB 11643 -----------------------------------------------------------------------------

_ID_WEIGHTS: Final = tuple(2 ** (17 - i) % 11 for i in range(17))  # 7 9 10 5 8 4 2 1 6 3 …
_ID_CHECK_CHARS: Final = "10X98765432"

# Province-level address codes of GB/T 2260 that a 居民身份证 number can start with. 71
# (台湾) is in GB/T 2260 but no 居民身份证 carries it; 81/82/83 are residence-permit codes.
_MAINLAND_PROVINCE_CODES: Final = frozenset(str(code) for code in (
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
    50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
))
_PERMIT_PROVINCE_CODES: Final = frozenset({"81", "82", "83"})
_FIRST_BIRTH_YEAR: Final = 1900

# --- GB 32100 -----------------------------------------------------------------------------

CREDIT_CODE_CHARSET: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters of a 统一社会信用代码 (GB 32100-2015): no I, O, Z, S, V."""
_CREDIT_WEIGHTS: Final = tuple(3**i % 31 for i in range(17))  # 1 3 9 27 19 26 16 17 20 …
_CREDIT_RE: Final = re.compile(f"[{CREDIT_CODE_CHARSET[1:]}][{CREDIT_CODE_CHARSET}][0-9]{{6}}"
                               f"[{CREDIT_CODE_CHARSET}]{{10}}")

_DIGITS: Final = frozenset("0123456789")
_ALNUM: Final = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class DocumentKind(StrEnum):
    """An identity document a sender may show (实名收寄管理办法 art. 3); values are stored."""

    RESIDENT_ID = "resident_id"
    """居民身份证 (18 characters, or 15 digits on first-generation cards)."""
    TEMPORARY_RESIDENT_ID = "temporary_resident_id"
    """临时居民身份证: the holder's citizen number, 18 characters; valid 3 months."""
    MILITARY_ID = "military_id"
    """中国人民解放军军人身份证件 (军官证, 士兵证 …)."""
    ARMED_POLICE_ID = "armed_police_id"
    """中国人民武装警察身份证件."""
    HMT_RESIDENCE_PERMIT = "hmt_residence_permit"
    """港澳台居民居住证: 18 characters, address code 81/82/83."""
    HK_MACAO_PERMIT = "hk_macao_permit"
    """港澳居民来往内地通行证 (回乡证): H or M + 8 digits, + 2 digits of renewals on old ones."""
    TAIWAN_PERMIT = "taiwan_permit"
    """台湾居民来往大陆通行证 (台胞证): 8 digits (card), 10 on older booklets."""
    PASSPORT = "passport"
    """护照 (外国公民护照 and others)."""
    FOREIGN_PERMANENT_RESIDENT_ID = "foreign_permanent_resident_id"
    """外国人永久居留身份证: 18 digits starting 9 (2023), or 3 letters + 12 digits (older)."""
    CREDIT_CODE = "credit_code"
    """统一社会信用代码 of a sender that is an organisation (GB 32100-2015)."""

    @property
    def name_zh(self) -> str:
        """The document's official Chinese name (for pick lists and records)."""
        return _NAMES_ZH[self]

    @property
    def is_organisation(self) -> bool:
        """Whether the document identifies an organisation, not a person."""
        return self is DocumentKind.CREDIT_CODE


_NAMES_ZH: Final[Mapping[DocumentKind, str]] = {
    DocumentKind.RESIDENT_ID: "居民身份证",
    DocumentKind.TEMPORARY_RESIDENT_ID: "临时居民身份证",
    DocumentKind.MILITARY_ID: "中国人民解放军军人身份证件",
    DocumentKind.ARMED_POLICE_ID: "中国人民武装警察身份证件",
    DocumentKind.HMT_RESIDENCE_PERMIT: "港澳台居民居住证",
    DocumentKind.HK_MACAO_PERMIT: "港澳居民来往内地通行证",
    DocumentKind.TAIWAN_PERMIT: "台湾居民来往大陆通行证",
    DocumentKind.PASSPORT: "护照",
    DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID: "外国人永久居留身份证",
    DocumentKind.CREDIT_CODE: "统一社会信用代码",
}

# Shapes of the documents without a check algorithm (inference, see the research notes §3.3).
_MILITARY_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,4}字第[0-9]{4,10}号|[0-9A-Z]{6,18}")
_HK_MACAO_RE: Final = re.compile(r"[HM][0-9]{8}([0-9]{2})?")
_TAIWAN_RE: Final = re.compile(r"[0-9]{8}|[0-9]{10}")
_PASSPORT_RE: Final = re.compile(r"[0-9A-Z]{5,17}")
_OLD_PERMANENT_RE: Final = re.compile(r"[A-Z]{3}[0-9]{12}")


def normalise_number(text: str) -> str:
    """Put a typed or read document number into its one stored form.

    Full-width characters become half-width (``"１１０１"`` → ``"1101"``), invisible format
    characters are dropped, all spaces are removed and ASCII letters are upper-cased (so a
    lower-case ``x`` check character becomes ``X``). Chinese characters (军官证
    ``"南字第12345号"``) are kept.
    """
    return _normalise_code(text)


def id_check_char(first17: str) -> str:
    """The GB 11643 (ISO 7064 MOD 11-2) check character of 17 digits.

    Args:
        first17: the first 17 digits of an 18-character number.

    Returns:
        ``"0"``..``"9"`` or ``"X"``.

    Raises:
        ValueError: if ``first17`` is not exactly 17 ASCII digits.
    """
    if len(first17) != 17 or not set(first17) <= _DIGITS:
        raise ValueError(f"need 17 digits, got {first17!r}")
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def credit_code_check_char(first17: str) -> str:
    """The GB 32100-2015 check character of the first 17 characters of a credit code.

    Args:
        first17: 17 characters of :data:`CREDIT_CODE_CHARSET`.

    Returns:
        One character of :data:`CREDIT_CODE_CHARSET`.

    Raises:
        ValueError: if ``first17`` is not 17 characters of the charset.
    """
    if len(first17) != 17 or not set(first17) <= set(CREDIT_CODE_CHARSET):
        raise ValueError(f"need 17 credit-code characters, got {first17!r}")
    total = sum(CREDIT_CODE_CHARSET.index(c) * w for c, w in zip(first17, _CREDIT_WEIGHTS,
                                                                   strict=True))
    return CREDIT_CODE_CHARSET[(31 - total % 31) % 31]


def legacy_id_to_18(number: str) -> str:
    """Turn a valid 15-digit GB 11643-1989 number into its 18-character form.

    ``"19"`` goes before the 2-digit year and the check character is appended, so a returning
    sender is recognised whichever card they show.

    Raises:
        FieldInvalid: if ``number`` is not a valid 15-digit number (see :func:`check_document`).
    """
    value = normalise_number(number)
    _check_legacy_id(value)
    first17 = value[:6] + "19" + value[6:]
    return first17 + id_check_char(first17)


def check_document(
    kind: DocumentKind, number: str, *, today: date | None = None, allow_legacy: bool = True
) -> str:
    """Check a document number and return it normalised (see :func:`normalise_number`).

    Args:
        kind: the document type.
        number: the number as typed or read.
        today: when given, a birth date after it is rejected as ``birth_date``.
        allow_legacy: accept 15-digit 居民身份证 numbers (first-generation cards ceased to be
            valid on 2013-01-01, but the numbers still turn up); when ``False`` a valid one
            fails with ``first_generation`` (X-8) and an invalid one with ``length``.

    Returns:
        The normalised number.

    Raises:
        FieldInvalid: ``("id_number", problem, detail)``, problems as in the module docstring.
    """
    value = normalise_number(number)
    if not value:
        raise FieldInvalid(FIELD, "required")
    match kind:
        case DocumentKind.RESIDENT_ID:
            if allow_legacy and len(value) == 15 and set(value) <= _DIGITS:
                _check_legacy_id(value)
            elif is_legacy_id(value):  # a real first-generation number, no longer valid
                raise FieldInvalid(FIELD, "first_generation")
            else:
                _check_id18(value, _MAINLAND_PROVINCE_CODES, today,
                            lengths="15,18" if allow_legacy else "18")
        case DocumentKind.TEMPORARY_RESIDENT_ID:
            _check_id18(value, _MAINLAND_PROVINCE_CODES, today, lengths="18")
        case DocumentKind.HMT_RESIDENCE_PERMIT:
            _check_id18(value, _PERMIT_PROVINCE_CODES, today, lengths="18")
        case DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID:
            _check_permanent_resident(value)
        case DocumentKind.CREDIT_CODE:
            _check_credit_code(value)
        case DocumentKind.MILITARY_ID | DocumentKind.ARMED_POLICE_ID:
            _check_shape(kind, value, _MILITARY_RE, "4-18", allow_cjk=True)
        case DocumentKind.HK_MACAO_PERMIT:
            _check_shape(kind, value, _HK_MACAO_RE, "9,11")
        case DocumentKind.TAIWAN_PERMIT:
            _check_shape(kind, value, _TAIWAN_RE, "8,10")
        case DocumentKind.PASSPORT:
            _check_shape(kind, value, _PASSPORT_RE, "5-17")
    return value


def is_legacy_id(number: str) -> bool:
    """Whether ``number`` is a well-formed 15-digit first-generation 居民身份证 number (X-8)."""
    value = normalise_number(number)
    if len(value) != 15 or not set(value) <= _DIGITS:
        return False
    try:
        _check_legacy_id(value)
    except FieldInvalid:
        return False
    return True


def _bad_characters(value: str, allowed: frozenset[str], *, allow_cjk: bool = False) -> str:
    bad = (ch for ch in value if ch not in allowed and not (allow_cjk and _is_cjk(ch)))
    return "".join(dict.fromkeys(bad))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _check_id18(value: str, regions: frozenset[str], today: date | None, *, lengths: str) -> None:
    if bad := _bad_characters(value, _DIGITS | {"X"}):
        raise FieldInvalid(FIELD, "characters", bad)
    if len(value) != 18:
        raise FieldInvalid(FIELD, "length", lengths)
    if "X" in value[:17]:
        raise FieldInvalid(FIELD, "characters", "X")
    if value[:2] not in regions:
        raise FieldInvalid(FIELD, "region", value[:2])
    _check_birth_date(value[6:14], today)
    expected = id_check_char(value[:17])
    if value[17] != expected:
        raise FieldInvalid(FIELD, "check_digit", expected)


def _check_legacy_id(value: str) -> None:
    if bad := _bad_characters(value, _DIGITS):
        raise FieldInvalid(FIELD, "characters", bad)
    if len(value) != 15:
        raise FieldInvalid(FIELD, "length", "15")
    if value[:2] not in _MAINLAND_PROVINCE_CODES:
        raise FieldInvalid(FIELD, "region", value[:2])
    _check_birth_date("19" + value[6:12], None)


def _check_birth_date(yyyymmdd: str, today: date | None) -> None:
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        raise FieldInvalid(FIELD, "birth_date", yyyymmdd) from None
    if born.year < _FIRST_BIRTH_YEAR or (today is not None and born > today):
        raise FieldInvalid(FIELD, "birth_date", yyyymmdd)


def _check_permanent_resident(value: str) -> None:
    if bad := _bad_characters(value, _ALNUM):
        raise FieldInvalid(FIELD, "characters", bad)
    if len(value) == 15:
        if not _OLD_PERMANENT_RE.fullmatch(value):
            raise FieldInvalid(FIELD, "format", DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID.value)
        return
    if len(value) != 18:
        raise FieldInvalid(FIELD, "length", "15,18")
    if not (value[0] == "9" and set(value[:17]) <= _DIGITS and value[17] in _DIGITS | {"X"}):
        raise FieldInvalid(FIELD, "format", DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID.value)
    expected = id_check_char(value[:17])
    if value[17] != expected:
        raise FieldInvalid(FIELD, "check_digit", expected)


def _check_credit_code(value: str) -> None:
    if bad := _bad_characters(value, frozenset(CREDIT_CODE_CHARSET)):
        raise FieldInvalid(FIELD, "characters", bad)
    if len(value) != 18:
        raise FieldInvalid(FIELD, "length", "18")
    if not _CREDIT_RE.fullmatch(value):
        raise FieldInvalid(FIELD, "format", DocumentKind.CREDIT_CODE.value)
    expected = credit_code_check_char(value[:17])
    if value[17] != expected:
        raise FieldInvalid(FIELD, "check_digit", expected)


def _check_shape(kind: DocumentKind, value: str, pattern: re.Pattern[str], lengths: str,
                 *, allow_cjk: bool = False) -> None:
    """Shape only: these documents have no published check algorithm."""
    if bad := _bad_characters(value, _ALNUM, allow_cjk=allow_cjk):
        raise FieldInvalid(FIELD, "characters", bad)
    if pattern.fullmatch(value):
        return
    if not _length_allowed(len(value), lengths):
        raise FieldInvalid(FIELD, "length", lengths)
    raise FieldInvalid(FIELD, "format", kind.value)


def _length_allowed(n: int, lengths: str) -> bool:
    if "-" in lengths:
        low, high = lengths.split("-")
        return int(low) <= n <= int(high)
    return str(n) in lengths.split(",")


# --- masking ------------------------------------------------------------------------------

MASK: Final = "*"

# Common two-character surnames (复姓): 欧阳娜娜 → 欧阳** rather than 欧***.
_COMPOUND_SURNAMES: Final = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "轩辕", "澹台", "太史",
    "申屠", "闻人", "赫连", "万俟", "钟离", "宗政", "濮阳", "公冶", "太叔", "仲孙", "鲜于",
    "闾丘", "司空", "亓官", "司寇", "拓跋", "夹谷", "谷梁", "段干", "东郭", "左丘", "百里",
    "第五",
))


def mask_document(number: str) -> str:
    """Mask a document number for screens: at least half of it is hidden.

    The head and the tail each keep ``len // 4`` characters, at most 4, and every other
    character becomes ``*``, so the length stays visible. An 18-character ID keeps its
    province and city (4) and its last 4: ``"3405**********001X"`` (research notes §3.3). That
    hides the county code and the whole birth date, which together with the last 4 would
    narrow a person down. A 9-character 港澳通行证 shows ``"H1*****78"``; 4 characters or
    fewer are hidden completely. The number is normalised first.
    """
    value = normalise_number(number)
    keep = min(4, len(value) // 4) if len(value) > 4 else 0
    if keep == 0:
        return MASK * len(value)
    return value[:keep] + MASK * (len(value) - 2 * keep) + value[-keep:]


_NAME_SEPARATORS: Final = frozenset(" ·•")


def mask_name(name: str) -> str:
    """Mask a person's or organisation's name as GB/T 41833-2022 asks (hide ≥ 1 character).

    Rule: keep the surname, hide every other character (``"张三"`` → ``"张*"``,
    ``"张三丰"`` → ``"张**"``); a common compound surname stays whole when a given name
    follows (``"欧阳娜娜"`` → ``"欧阳**"``, but ``"欧阳"`` alone → ``"欧*"``). A name in
    Latin letters keeps its first letter; spaces and the ``·`` of transliterated names stay
    (``"John Smith"`` → ``"J*** *****"``). A one-character name is hidden completely. The
    research notes (§6.2) give ``张*伟`` and ``张**`` as compliant; this rule picks ``张**``,
    which also hides the last character people are most often called by.
    """
    value = unicodedata.normalize("NFC", name.strip())
    if not value:
        return ""
    keep = 2 if len(value) > 2 and value[:2] in _COMPOUND_SURNAMES else 1
    masked = value[:keep] + "".join(ch if ch in _NAME_SEPARATORS else MASK for ch in value[keep:])
    if MASK not in masked:  # one character, or nothing but separators after the first
        masked = "".join(ch if ch in _NAME_SEPARATORS else MASK for ch in value)
    return masked


def mask_contact(name: str, phone: str) -> str:
    """A recipient as screens and labels show them: the masked name and the masked phone."""
    return " ".join(x for x in (mask_name(name), mask_phone(phone) if phone else "") if x)
