"""Real-name documents (CI-11): GB 11643 IDs, credit codes, shapes, masking."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.identity import (
    CREDIT_CODE_CHARSET,
    DocumentKind,
    check_document,
    credit_code_check_char,
    id_check_char,
    is_legacy_id,
    legacy_id_to_18,
    mask_document,
    mask_name,
    normalise_number,
)

# GB 11643-1999 written out independently of the module: Wi = 2^(17-i) mod 11.
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def with_check(first17: str) -> str:
    """An 18-character number with the check character computed here, not by the module."""
    return first17 + CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def problem(kind: DocumentKind, number: str, *, today: date | None = None,
            allow_legacy: bool = True) -> FieldInvalid:
    with pytest.raises(FieldInvalid) as caught:
        check_document(kind, number, today=today, allow_legacy=allow_legacy)
    assert caught.value.field == "id_number"
    return caught.value


# --- GB 11643 ----------------------------------------------------------------------------


def test_weights_are_the_published_ones() -> None:
    assert [2 ** (17 - i) % 11 for i in range(17)] == WEIGHTS


@pytest.mark.parametrize(
    "number",
    ["11010519491231002X", "34052419800101001X"],  # the standard's example; a published one
)
def test_published_examples_are_valid(number: str) -> None:
    assert id_check_char(number[:17]) == "X"
    assert check_document(DocumentKind.RESIDENT_ID, number) == number


@pytest.mark.parametrize(
    "first17",
    ["44030419900307123", "32010220001229456", "65010219851015007", "11010120000229001"],
)
def test_numbers_built_with_the_formula_are_valid(first17: str) -> None:
    number = with_check(first17)
    assert check_document(DocumentKind.RESIDENT_ID, number) == number
    assert check_document(DocumentKind.TEMPORARY_RESIDENT_ID, number) == number


@given(
    region=st.sampled_from(["11", "31", "44", "65", "54"]),
    rest=st.text("0123456789", min_size=4, max_size=4),
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2024, 12, 31)),
    sequence=st.text("0123456789", min_size=3, max_size=3),
)
def test_any_well_formed_number_passes(region: str, rest: str, born: date, sequence: str) -> None:
    number = with_check(f"{region}{rest}{born:%Y%m%d}{sequence}")
    assert check_document(DocumentKind.RESIDENT_ID, number) == number


def test_lower_case_x_full_width_and_spaces_are_normalised() -> None:
    typed = "１１０１０５ 1949 1231 002x"
    assert check_document(DocumentKind.RESIDENT_ID, typed) == "11010519491231002X"


@pytest.mark.parametrize("wrong", "0123456789")
def test_every_wrong_check_digit_names_the_right_one(wrong: str) -> None:
    number = "11010519491231002" + wrong
    err = problem(DocumentKind.RESIDENT_ID, number)
    assert (err.problem, err.detail) == ("check_digit", "X")


def test_a_swapped_pair_of_digits_is_caught() -> None:
    good = with_check("44030419900307123")
    swapped = good[:14] + good[15] + good[14] + good[16:]
    assert swapped != good
    assert problem(DocumentKind.RESIDENT_ID, swapped).problem == "check_digit"


@pytest.mark.parametrize(
    "birth", ["19900230", "19000229", "20230229", "19991301", "19990000", "18991231"]
)
def test_impossible_birth_dates(birth: str) -> None:
    number = with_check(f"440304{birth}123")
    err = problem(DocumentKind.RESIDENT_ID, number)
    assert (err.problem, err.detail) == ("birth_date", birth)


def test_leap_day_of_a_leap_year_is_a_date() -> None:
    number = with_check("44030420000229123")
    assert check_document(DocumentKind.RESIDENT_ID, number) == number


def test_a_birth_date_after_today_is_refused_only_when_today_is_given() -> None:
    number = with_check("44030420300101123")
    assert check_document(DocumentKind.RESIDENT_ID, number) == number
    err = problem(DocumentKind.RESIDENT_ID, number, today=date(2026, 1, 1))
    assert (err.problem, err.detail) == ("birth_date", "20300101")


@pytest.mark.parametrize(
    "region", ["00", "10", "16", "24", "39", "47", "55", "66", "71", "81", "99"]
)
def test_region_must_be_a_mainland_province(region: str) -> None:
    err = problem(DocumentKind.RESIDENT_ID, with_check(f"{region}030419900307123"))
    assert (err.problem, err.detail) == ("region", region)


def test_region_is_reported_before_the_check_digit() -> None:
    number = "99030419900307123" + "0"
    assert problem(DocumentKind.RESIDENT_ID, number).problem == "region"


@pytest.mark.parametrize(
    ("number", "detail"),
    [("1101051949123100", "15,18"), ("11010519491231002X1", "15,18"), ("1101051949", "15,18")],
)
def test_wrong_length(number: str, detail: str) -> None:
    err = problem(DocumentKind.RESIDENT_ID, number)
    assert (err.problem, err.detail) == ("length", detail)


def test_temporary_id_has_no_legacy_form() -> None:
    err = problem(DocumentKind.TEMPORARY_RESIDENT_ID, "110105491231002")
    assert (err.problem, err.detail) == ("length", "18")


@pytest.mark.parametrize(
    ("number", "detail"),
    [("1101051949123100-X", "-"), ("11010519491231002Y", "Y"), ("1101X519491231002X", "X"),
     ("ABC10519491231002X", "ABC")],
)
def test_bad_characters_are_named(number: str, detail: str) -> None:
    err = problem(DocumentKind.RESIDENT_ID, number)
    assert (err.problem, err.detail) == ("characters", detail)


@pytest.mark.parametrize("blank", ["", "   ", "\u3000", "\u200b"])
def test_required(blank: str) -> None:
    assert problem(DocumentKind.RESIDENT_ID, blank).problem == "required"


# --- 15-digit legacy numbers -------------------------------------------------------------


def test_legacy_number_is_accepted_and_converts_to_the_published_18() -> None:
    assert check_document(DocumentKind.RESIDENT_ID, "110105491231002") == "110105491231002"
    assert legacy_id_to_18("110105491231002") == "11010519491231002X"


def test_legacy_number_dates_are_in_the_1900s() -> None:
    err = problem(DocumentKind.RESIDENT_ID, "110105490230002")
    assert (err.problem, err.detail) == ("birth_date", "19490230")


def test_legacy_number_region() -> None:
    assert problem(DocumentKind.RESIDENT_ID, "990105491231002").problem == "region"


def test_legacy_numbers_can_be_refused() -> None:
    # X-8 (issue 16): a valid first-generation number is named as such (「请出示第二代居民身份证」),
    # no longer as a wrong length; still refused
    err = problem(DocumentKind.RESIDENT_ID, "110105491231002", allow_legacy=False)
    assert (err.problem, err.detail) == ("first_generation", "")


def test_an_invalid_fifteen_digit_number_is_a_wrong_length_when_legacy_is_refused() -> None:
    """X-8: only a real first-generation number gets the 「第二代」 message; a mistyped 18 does
    not."""
    err = problem(DocumentKind.RESIDENT_ID, "990105491231002", allow_legacy=False)
    assert (err.problem, err.detail) == ("length", "18")
    assert is_legacy_id("110105491231002")
    assert not is_legacy_id("990105491231002")
    assert not is_legacy_id("11010519491231002X")


def test_legacy_conversion_refuses_an_invalid_number() -> None:
    with pytest.raises(FieldInvalid) as caught:
        legacy_id_to_18("11010549123100")
    assert caught.value.problem == "length"


# --- residence permits and permanent-residence cards -------------------------------------


@pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
def test_hmt_residence_permit(prefix: str) -> None:
    number = with_check(f"{prefix}19940823002")
    assert check_document(DocumentKind.HMT_RESIDENCE_PERMIT, number) == number


def test_hmt_residence_permit_refuses_a_mainland_region_and_a_bad_check() -> None:
    mainland = with_check("11010519940823002")
    assert problem(DocumentKind.HMT_RESIDENCE_PERMIT, mainland).problem == "region"
    bad = with_check("81000019940823002")
    bad = bad[:17] + ("1" if bad[17] != "1" else "2")
    assert problem(DocumentKind.HMT_RESIDENCE_PERMIT, bad).problem == "check_digit"


def test_permanent_residence_card_new_and_old() -> None:
    new = with_check("93315619850315001")
    assert check_document(DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID, new) == new
    assert check_document(DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID, "usa310085031500") == (
        "USA310085031500"
    )
    wrong = new[:17] + ("0" if new[17] != "0" else "1")
    err = problem(DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID, wrong)
    assert (err.problem, err.detail) == ("check_digit", new[17])


def test_permanent_residence_card_shape() -> None:
    assert problem(DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID, with_check("13315619850315001")
                   ).problem == "format"
    assert problem(DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID, "US3310085031500"
                   ).problem == "format"
    err = problem(DocumentKind.FOREIGN_PERMANENT_RESIDENT_ID, "USA3100850315")
    assert (err.problem, err.detail) == ("length", "15,18")


# --- 统一社会信用代码 ---------------------------------------------------------------------

CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_with_check(first17: str) -> str:
    total = sum(CREDIT_CODE_CHARSET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS,
                                                                 strict=True))
    return first17 + CREDIT_CODE_CHARSET[(31 - total % 31) % 31]


def test_charset_has_31_characters_without_i_o_z_s_v() -> None:
    assert len(CREDIT_CODE_CHARSET) == 31
    assert not set("IOZSV") & set(CREDIT_CODE_CHARSET)
    assert [3**i % 31 for i in range(17)] == CREDIT_WEIGHTS


def test_published_credit_code_is_valid() -> None:
    assert credit_code_check_char("91350100M000100Y4") == "3"
    assert check_document(DocumentKind.CREDIT_CODE, "91350100m000100y43") == "91350100M000100Y43"


@pytest.mark.parametrize(
    "first17", ["91110000600037341", "12100000400000624", "52330106MJ8924513", "92440300MA5DXXXX0"]
)
def test_credit_codes_built_with_the_formula_are_valid(first17: str) -> None:
    code = credit_with_check(first17)
    assert check_document(DocumentKind.CREDIT_CODE, code) == code


def test_credit_code_wrong_check_names_the_right_one() -> None:
    err = problem(DocumentKind.CREDIT_CODE, "91350100M000100Y44")
    assert (err.problem, err.detail) == ("check_digit", "3")


def test_credit_code_remainder_zero_gives_check_zero() -> None:
    # Search the first code whose weighted sum is a multiple of 31: its check is "0", not "31".
    for n in range(10_000):
        first17 = f"9133010{n:04d}A12345"[:17].ljust(17, "1")
        total = sum(CREDIT_CODE_CHARSET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS,
                                                                     strict=True))
        if total % 31 == 0:
            break
    else:  # pragma: no cover
        pytest.fail("no example found")
    assert credit_code_check_char(first17) == "0"


@pytest.mark.parametrize(("code", "bad"), [("91350100M000100I43", "I"),
                                           ("91350100M000100O4S", "OS"),
                                           ("9135-0100M000100Y43", "-")])
def test_credit_code_forbidden_characters(code: str, bad: str) -> None:
    err = problem(DocumentKind.CREDIT_CODE, code)
    assert (err.problem, err.detail) == ("characters", bad)


def test_credit_code_shape_and_length() -> None:
    err = problem(DocumentKind.CREDIT_CODE, "91350100M000100Y4")
    assert (err.problem, err.detail) == ("length", "18")
    # Characters 3..8 are an administrative-division code: digits only.
    assert problem(DocumentKind.CREDIT_CODE, credit_with_check("9135A100M000100Y4")
                   ).problem == "format"
    # The first character (registration authority) is never 0.
    assert problem(DocumentKind.CREDIT_CODE, credit_with_check("01350100M000100Y4")
                   ).problem == "format"


# --- documents checked by shape only -----------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "number", "stored"),
    [
        (DocumentKind.HK_MACAO_PERMIT, "h12345678", "H12345678"),
        (DocumentKind.HK_MACAO_PERMIT, "M1234567801", "M1234567801"),
        (DocumentKind.TAIWAN_PERMIT, "12345678", "12345678"),
        (DocumentKind.TAIWAN_PERMIT, "1234567890", "1234567890"),
        (DocumentKind.PASSPORT, "e 1234 5678", "E12345678"),
        (DocumentKind.PASSPORT, "X1234567", "X1234567"),
        (DocumentKind.MILITARY_ID, "南字第 1234567 号", "南字第1234567号"),
        (DocumentKind.ARMED_POLICE_ID, "武字第20190001号", "武字第20190001号"),
        (DocumentKind.MILITARY_ID, "JG20190001", "JG20190001"),
    ],
)
def test_shape_only_documents_accept(kind: DocumentKind, number: str, stored: str) -> None:
    assert check_document(kind, number) == stored


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        (DocumentKind.HK_MACAO_PERMIT, "X12345678", ("format", "hk_macao_permit")),
        (DocumentKind.HK_MACAO_PERMIT, "H1234567", ("length", "9,11")),
        (DocumentKind.HK_MACAO_PERMIT, "H12345678-01", ("characters", "-")),
        (DocumentKind.TAIWAN_PERMIT, "1234567", ("length", "8,10")),
        (DocumentKind.TAIWAN_PERMIT, "1234567A", ("format", "taiwan_permit")),
        (DocumentKind.PASSPORT, "E123", ("length", "5-17")),
        (DocumentKind.PASSPORT, "护照E1234567", ("characters", "护照")),
        (DocumentKind.MILITARY_ID, "南字第号", ("format", "military_id")),
        (DocumentKind.MILITARY_ID, "A1", ("length", "4-18")),
    ],
)
def test_shape_only_documents_refuse(kind: DocumentKind, number: str,
                                     expected: tuple[str, str]) -> None:
    err = problem(kind, number)
    assert (err.problem, err.detail) == expected


def test_every_kind_has_a_chinese_name_and_a_stable_value() -> None:
    assert {kind.value for kind in DocumentKind} == {
        "resident_id", "temporary_resident_id", "military_id", "armed_police_id",
        "hmt_residence_permit", "hk_macao_permit", "taiwan_permit", "passport",
        "foreign_permanent_resident_id", "credit_code",
    }
    assert DocumentKind.RESIDENT_ID.name_zh == "居民身份证"
    assert DocumentKind.CREDIT_CODE.name_zh == "统一社会信用代码"
    assert [k for k in DocumentKind if k.is_organisation] == [DocumentKind.CREDIT_CODE]


def test_normalise_number() -> None:
    assert normalise_number(" ｈ１２３４ ５６７８\u200b ") == "H12345678"


# --- masking -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("11010519491231002X", "1101**********002X"),
        ("34052419800101001x", "3405**********001X"),
        ("110105491231002", "110*********002"),
        ("91350100M000100Y43", "9135**********0Y43"),
        ("H12345678", "H1*****78"),
        ("12345678", "12****78"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_document(number: str, masked: str) -> None:
    assert mask_document(number) == masked


@given(st.text("0123456789ABCDEFX", min_size=1, max_size=20))
def test_mask_document_hides_at_least_half_and_keeps_the_length(number: str) -> None:
    masked = mask_document(number)
    assert len(masked) == len(number)
    assert masked.count("*") * 2 >= len(number)


def test_a_masked_id_hides_the_birth_date() -> None:
    assert "19491231" not in mask_document("11010519491231002X")


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("张三丰", "张**"),
        ("欧阳娜娜", "欧阳**"),
        ("司马相如", "司马**"),
        ("欧阳", "欧*"),
        ("王", "*"),
        (" 李四 ", "李*"),
        ("John Smith", "J*** *****"),
        ("阿依古丽·买买提", "阿***·***"),
        ("", ""),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


@given(st.text(min_size=1, max_size=12).filter(lambda s: s.strip() != ""))
def test_mask_name_always_hides_a_character(name: str) -> None:
    assert "*" in mask_name(name) or set(name.strip()) <= set(" ·•")
