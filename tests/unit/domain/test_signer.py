"""Signer (签收人) rules: RE-2's table, refusals, normalisation, the comma helper, kinds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.signer import (
    COMPOUND_SURNAMES,
    DEFAULT_PROXY_PLACES,
    MAX_SIGNER_LENGTH,
    NO_SIGNATURE,
    SCRAWL,
    STAMP,
    CommaPattern,
    Signer,
    SignerKind,
    SignerProblem,
    SignerRejected,
    expand_helper,
    kind_counts,
    normalise_signer,
    offer_recipient_name,
    parse_signer,
)


def rejected(text: str) -> SignerRejected:
    """Parse and insist on a refusal."""
    result = parse_signer(text)
    assert isinstance(result, SignerRejected), result
    return result


def accepted(text: str) -> Signer:
    """Parse and insist on acceptance."""
    result = parse_signer(text)
    assert isinstance(result, Signer), result
    return result


class TestTheRe2Table:
    def test_a_legible_chinese_full_name_is_stored_as_written(self) -> None:
        assert parse_signer("张伟") == Signer("张伟", SignerKind.FULL)

    def test_a_three_character_name_with_a_chinese_numeral_is_a_full_name(self) -> None:
        assert parse_signer("王一") == Signer("王一", SignerKind.FULL)
        assert parse_signer("张三丰") == Signer("张三丰", SignerKind.FULL)

    def test_a_minority_name_keeps_its_middle_dot(self) -> None:
        assert parse_signer("阿依·买买提") == Signer("阿依·买买提", SignerKind.FULL)

    def test_a_katakana_middle_dot_becomes_the_standard_one(self) -> None:
        assert parse_signer("阿依・买买提") == Signer("阿依·买买提", SignerKind.FULL)
        assert parse_signer("阿依･买买提") == Signer("阿依·买买提", SignerKind.FULL)

    @pytest.mark.parametrize("name", ["John Smith", "Jean-Pierre O'Neil", "J.R.R. Tolkien",
                                      "Zoë Müller", "Li"])
    def test_a_foreigners_latin_name_is_a_full_name(self, name: str) -> None:
        assert parse_signer(name) == Signer(name, SignerKind.FULL)

    @pytest.mark.parametrize("text", ["张,", "张,,", "张,,,", "欧阳,", "司马,,"])
    def test_a_surname_followed_by_one_to_three_commas_is_surname_only(self, text: str) -> None:
        assert parse_signer(text) == Signer(text, SignerKind.SURNAME_ONLY)

    @pytest.mark.parametrize("text", [",伟", ",小明", ",建国华"])
    def test_one_comma_then_the_given_name_is_given_name_only(self, text: str) -> None:
        assert parse_signer(text) == Signer(text, SignerKind.GIVEN_ONLY)

    def test_scrawl_is_its_own_kind(self) -> None:
        assert parse_signer("草签") == Signer(SCRAWL, SignerKind.SCRAWL)

    def test_no_signature_is_entered_as_yishou(self) -> None:
        assert parse_signer("已收") == Signer(NO_SIGNATURE, SignerKind.NO_SIGNATURE)

    def test_a_stamp_is_entered_as_the_mail_receipt_stamp(self) -> None:
        assert parse_signer("邮件签收章") == Signer(STAMP, SignerKind.STAMP)

    def test_the_fixed_words_accept_surrounding_spaces(self) -> None:
        assert parse_signer("  草签　") == Signer(SCRAWL, SignerKind.SCRAWL)

    @pytest.mark.parametrize(("word", "canonical", "kind"), [
        ("签收章", STAMP, SignerKind.STAMP),
        ("盖章", STAMP, SignerKind.STAMP),
        ("看不清", SCRAWL, SignerKind.SCRAWL),
        ("字迹潦草", SCRAWL, SignerKind.SCRAWL),
        ("无签字", NO_SIGNATURE, SignerKind.NO_SIGNATURE),
        ("未签名", NO_SIGNATURE, SignerKind.NO_SIGNATURE),
    ])
    def test_a_synonym_is_stored_in_the_canonical_form(
            self, word: str, canonical: str, kind: SignerKind) -> None:
        assert parse_signer(word) == Signer(canonical, kind)

    def test_stored_kind_values_never_change(self) -> None:
        # RE-2 (issue 16): 代收 places added the kind "proxy" at the end; the others never change
        assert [k.value for k in SignerKind] == [
            "full", "surname_only", "given_only", "scrawl", "no_signature", "stamp", "proxy"]


class TestSelfIsRefused:
    @pytest.mark.parametrize("text", ["本人", "本人签收", "本人签", "本人收", "本人签字",
                                      "收件人本人", " 本人 "])
    def test_benren_in_any_form_is_refused(self, text: str) -> None:
        assert rejected(text).problem is SignerProblem.SELF
        assert rejected(text).detail == "本人"

    @pytest.mark.parametrize("text", ["自签", "亲签", "收件人", "签收人", "已签收", "签收"])
    def test_a_word_standing_for_the_recipient_is_refused_as_self(self, text: str) -> None:
        assert rejected(text) == SignerRejected(SignerProblem.SELF, text, text)

    def test_benren_with_commas_is_still_self(self) -> None:
        assert rejected(",本人").problem is SignerProblem.SELF

    def test_the_recipients_name_is_offered_instead(self) -> None:
        assert offer_recipient_name(" 李 娜 ") == Signer("李娜", SignerKind.FULL)

    @pytest.mark.parametrize("recipient", [None, "", "李", "李,", "本人", "13800000000"])
    def test_no_name_is_offered_when_the_record_has_no_usable_full_name(
            self, recipient: str | None) -> None:
        assert offer_recipient_name(recipient) is None


class TestDigitsAreNeverASigner:
    @pytest.mark.parametrize(("text", "digits"), [
        # RE-2 (issue 16): 「John 3」 left this list: a name then a count is NAME_WITH_COUNT,
        # still refused (TestNameWithACount)
        ("张2", "2"), ("12345", "12345"), ("张１", "1"), ("１２", "12"),
        ("张①", "1"), ("张²", "2"), ("张٣", "٣"), ("1张1", "1"),
    ])
    def test_half_width_full_width_and_other_digits_are_refused(
            self, text: str, digits: str) -> None:
        result = rejected(text)
        assert result.problem is SignerProblem.DIGITS
        assert result.detail == digits

    def test_the_number_of_pieces_is_not_part_of_the_signer(self) -> None:
        # RE-2/RE-4 (issue 16): still refused, now saying the 3 belongs in the pieces field
        result = rejected("张伟共收3件")
        assert (result.problem, result.suggestion, result.detail) == (
            SignerProblem.NAME_WITH_COUNT, "张伟", "3")


class TestMalformedCommas:
    @pytest.mark.parametrize(("text", "pattern"), [
        (",", CommaPattern.ONLY_COMMAS),
        (",,,", CommaPattern.ONLY_COMMAS),
        ("、、", CommaPattern.ONLY_COMMAS),
        ("张,伟", CommaPattern.INNER_COMMA),
        ("张,,伟", CommaPattern.INNER_COMMA),
        ("张,伟,", CommaPattern.INNER_COMMA),
        (",张,", CommaPattern.BOTH_ENDS),
        ("John,", CommaPattern.NOT_CHINESE),
        (",Smith", CommaPattern.NOT_CHINESE),
        ("阿·依,", CommaPattern.NOT_CHINESE),
        ("张,,,,", CommaPattern.TOO_MANY_COMMAS),
        ("欧阳修,", CommaPattern.SURNAME_TOO_LONG),
        (",,伟", CommaPattern.TOO_MANY_LEADING_COMMAS),
        (",伟伟伟伟", CommaPattern.GIVEN_NAME_TOO_LONG),
    ])
    def test_each_malformed_pattern_is_named(self, text: str, pattern: CommaPattern) -> None:
        result = rejected(text)
        assert result.problem is SignerProblem.MALFORMED_COMMAS
        assert result.detail == pattern.value


class TestOtherRefusals:
    @pytest.mark.parametrize("text", ["", "   ", "\u3000", "\u200b"])
    def test_nothing_typed_is_empty(self, text: str) -> None:
        assert rejected(text) == SignerRejected(SignerProblem.EMPTY, "")

    @pytest.mark.parametrize(("text", "bad"), [
        ("张伟😀", "😀"), ("张伟?", "?"), ("张!伟!", "!"), ("a@b", "@"), ("张\x07伟", "\x07"),
        ("张〇", "〇"), ("さくら", "さくら"), ("张伟John", "John"), ("John张伟", "张伟"),
        ("张伟.", "."), ("·张伟", "·"), ("张··伟", "·"), ("张伟·", "·"), ("John--Smith", "-"),
        ("-John", "-"), ("John·Smith", "·"), ("...", "."),
    ])
    def test_characters_that_cannot_be_in_a_name_are_listed(self, text: str, bad: str) -> None:
        result = rejected(text)
        assert result.problem is SignerProblem.BAD_CHARACTERS
        assert result.detail == bad

    @pytest.mark.parametrize("text", ["张", "A", "J."])
    def test_a_single_letter_is_too_short(self, text: str) -> None:
        assert rejected(text).problem is SignerProblem.TOO_SHORT

    def test_a_name_longer_than_the_limit_is_too_long(self) -> None:
        assert isinstance(parse_signer("张" * MAX_SIGNER_LENGTH), Signer)
        result = rejected("张" * (MAX_SIGNER_LENGTH + 1))
        assert result == SignerRejected(
            SignerProblem.TOO_LONG, "张" * (MAX_SIGNER_LENGTH + 1), str(MAX_SIGNER_LENGTH))

    def test_digits_take_precedence_over_other_bad_characters(self) -> None:
        assert rejected("张3?").problem is SignerProblem.DIGITS


class TestNormalisation:
    @pytest.mark.parametrize(("raw", "normal"), [
        ("张，，", "张,,"), ("张、", "张,"), ("，伟", ",伟"), ("张﹐", "张,"),
        ("  张伟  ", "张伟"), ("张 伟", "张伟"), ("张 , ,", "张,,"), ("张\u3000伟", "张伟"),
        ("John   Smith", "John Smith"), ("ＪＯＨＮ　ＳＭＩＴＨ", "JOHN SMITH"),
        ("John\tSmith", "John Smith"), ("张\u200b伟\ufeff", "张伟"), ("O’Neil", "O'Neil"),
        ("阿依・买买提", "阿依·买买提"), ("张２", "张2"),
    ])
    def test_typed_text_is_normalised_before_checking(self, raw: str, normal: str) -> None:
        assert normalise_signer(raw) == normal

    def test_the_rejection_carries_the_normalised_text(self) -> None:
        assert rejected("张，伟").text == "张,伟"


class TestExpandHelper:
    @pytest.mark.parametrize(("text", "expanded"), [
        ("张1", "张,"), ("张2", "张,,"), ("张3", "张,,,"), ("欧阳1", "欧阳,"), ("张２", "张,,"),
        (" 司马 2 ", "司马,,"),
    ])
    def test_surname_and_count_become_the_comma_form(self, text: str, expanded: str) -> None:
        assert expand_helper(text) == expanded

    @pytest.mark.parametrize("text", ["张", "张0", "张4", "张12", "欧阳修1", "2张", "John2",
                                      "张伟", "", "本人1", ",2", "张,2"])
    def test_anything_else_gives_none(self, text: str) -> None:
        assert expand_helper(text) is None


class TestRefusalIsNotASignature:
    """RE-2 / WH-15: 「…拒收」 is a refusal, not a signature (issue 16)."""

    @pytest.mark.parametrize(("text", "name"), [
        ("李娜拒收", "李娜"), ("李娜 拒收", "李娜"), ("拒收", ""), ("李娜拒签", "李娜"),
        ("本人拒收", ""), ("拒收李娜", ""),
    ])
    def test_a_receipt_saying_jushou_is_refused_with_the_name_before_it(
            self, text: str, name: str) -> None:
        result = rejected(text)
        assert (result.problem, result.suggestion) == (SignerProblem.REFUSAL, name)

    def test_jushou_is_refused_even_with_a_piece_count(self) -> None:
        assert rejected("李娜3拒收").problem is SignerProblem.REFUSAL


class TestProxyPlaces:
    """RE-2: a place that collects for others is recorded as 代收 with the place (issue 16)."""

    @pytest.mark.parametrize("place", DEFAULT_PROXY_PLACES)
    def test_every_seeded_place_is_stored_as_proxy(self, place: str) -> None:
        assert parse_signer(place) == Signer(place, SignerKind.PROXY)

    def test_the_seeded_list_is_the_seeds(self) -> None:
        assert set(DEFAULT_PROXY_PLACES) == {
            "门卫", "收发室", "物业", "前台", "快递柜", "丰巢", "驿站", "代收点"}

    @pytest.mark.parametrize(("text", "place"), [
        ("门卫代收", "门卫"), ("物业代签", "物业"), ("前台签收", "前台"), ("丰巢 收", "丰巢"),
        ("门 卫", "门卫"),
    ])
    def test_a_place_followed_by_daishou_is_the_place(self, text: str, place: str) -> None:
        assert parse_signer(text) == Signer(place, SignerKind.PROXY)

    def test_the_stations_own_list_decides(self) -> None:
        assert parse_signer("小区保安", ["小区保安"]) == Signer("小区保安", SignerKind.PROXY)
        # a place the station removed is a two-character name again
        assert parse_signer("门卫", ["丰巢"]) == Signer("门卫", SignerKind.FULL)

    def test_a_name_containing_a_place_is_still_a_name(self) -> None:
        assert parse_signer("王前台") == Signer("王前台", SignerKind.FULL)


class TestNewSynonyms:
    @pytest.mark.parametrize("word", ["未签", "没签", "无签", "未签收", "没有签字", "没签名"])
    def test_weiqian_and_its_like_are_no_signature(self, word: str) -> None:
        # RE-2 (issue 16): 「未签」 joins the synonyms of 已收, never a person's name
        assert parse_signer(word) == Signer(NO_SIGNATURE, SignerKind.NO_SIGNATURE)


class TestNameWithACount:
    """RE-2 / RE-4: 「张伟3」 is a name and a piece count, never 「张伟,,,」 (issue 16)."""

    @pytest.mark.parametrize(("text", "name", "count"), [
        ("张伟3", "张伟", "3"), ("张伟 3", "张伟", "3"), ("张伟共3件", "张伟", "3"),
        ("李娜收2件", "李娜", "2"), ("欧阳娜娜12", "欧阳娜娜", "12"), ("张伟３", "张伟", "3"),
        ("John Smith 2", "John Smith", "2"),
    ])
    def test_a_name_then_a_number_is_refused_with_the_name_and_the_count(
            self, text: str, name: str, count: str) -> None:
        result = rejected(text)
        assert (result.problem, result.suggestion, result.detail) == (
            SignerProblem.NAME_WITH_COUNT, name, count)

    def test_the_helper_no_longer_turns_a_two_character_name_into_commas(self) -> None:
        assert expand_helper("张伟3") is None
        assert expand_helper("欧阳1") == "欧阳,"

    @pytest.mark.parametrize("text", ["张5", "123", "3张伟"])
    def test_digits_without_a_full_name_before_them_stay_digits(self, text: str) -> None:
        assert rejected(text).problem is SignerProblem.DIGITS


class TestKindCounts:
    def test_every_kind_is_counted_including_absent_ones(self) -> None:
        signers = [accepted(t) for t in ["张伟", "李娜", "张,,", ",伟", "草签", "盖章"]]
        assert kind_counts(signers) == {
            SignerKind.FULL: 2, SignerKind.SURNAME_ONLY: 1, SignerKind.GIVEN_ONLY: 1,
            SignerKind.SCRAWL: 1, SignerKind.NO_SIGNATURE: 0, SignerKind.STAMP: 1,
            SignerKind.PROXY: 0}  # RE-2 (issue 16): the 代收 kind is counted too

    def test_no_signers_count_zero_for_every_kind(self) -> None:
        assert kind_counts([]) == dict.fromkeys(SignerKind, 0)


# Text biased towards the interesting alphabet, plus anything at all.
SIGNER_ALPHABET = st.sampled_from(
    list("张伟欧阳李娜本人草签已收邮件章,，、·・ 　JohnS-'.12２\u200b?"))
SIGNER_TEXT = st.one_of(st.text(), st.text(SIGNER_ALPHABET, max_size=12))


class TestProperties:
    @given(SIGNER_TEXT)
    def test_parse_never_raises_and_returns_a_verdict(self, text: str) -> None:
        assert isinstance(parse_signer(text), Signer | SignerRejected)

    @given(SIGNER_TEXT)
    def test_an_accepted_signer_reparses_to_itself(self, text: str) -> None:
        result = parse_signer(text)
        if isinstance(result, Signer):
            assert parse_signer(result.text) == result

    @given(SIGNER_TEXT)
    def test_normalising_twice_changes_nothing(self, text: str) -> None:
        once = normalise_signer(text)
        assert normalise_signer(once) == once

    @given(SIGNER_TEXT, st.integers(0, 20), st.sampled_from("0123456789"))
    def test_text_with_an_ascii_digit_is_never_accepted(
            self, text: str, at: int, digit: str) -> None:
        at = min(at, len(text))
        assert isinstance(parse_signer(text[:at] + digit + text[at:]), SignerRejected)

    @given(st.text(st.sampled_from("张王欧阳司马诸葛上官李本人签"), min_size=1, max_size=2),
           st.integers(1, 3))
    def test_the_helpers_output_is_always_surname_only(self, surname: str, count: int) -> None:
        expanded = expand_helper(f"{surname}{count}")
        if expanded is not None:
            assert parse_signer(expanded) == Signer(expanded, SignerKind.SURNAME_ONLY)
        else:
            # 「本人,」 is SELF, so there is no comma form; RE-2 (issue 16): two ideographs that
            # are not a compound surname are a name and a piece count (「张伟3」), not expanded
            assert surname == "本人" or (len(surname) == 2 and surname not in COMPOUND_SURNAMES)

    @given(SIGNER_TEXT)
    def test_the_helpers_output_from_any_text_is_surname_only(self, text: str) -> None:
        expanded = expand_helper(text)
        if expanded is not None:
            assert parse_signer(expanded) == Signer(expanded, SignerKind.SURNAME_ONLY)
