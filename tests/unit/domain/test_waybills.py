"""Waybill numbers: normalisation, carrier recognition, scan checks (SC-2, CI-4, RE-5)."""

from __future__ import annotations

import json
import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.waybills import (
    Carrier,
    CheckAlgorithm,
    RejectReason,
    WaybillAccepted,
    WaybillFormat,
    WaybillRejected,
    check_waybill,
    complete_partial,
    default_carriers,
    normalise,
    parse_carriers,
    recognise,
    s10_check_digit,
)

ALL_CODES = frozenset(carrier.code for carrier in default_carriers())

# Service indicators S10 allows: J, K, S, T and W are reserved and refused.
S10_FIRST_LETTERS = "".join(ch for ch in string.ascii_uppercase if ch not in "JKSTW")


def rejected(verdict: WaybillAccepted | WaybillRejected) -> WaybillRejected:
    assert isinstance(verdict, WaybillRejected), verdict
    return verdict


def full_width(text: str) -> str:
    return "".join(
        "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text
    )


def s10_number(first: str, second: str, serial: str, country: str) -> str:
    return f"{first}{second}{serial}{s10_check_digit(serial)}{country}"


s10_numbers = st.builds(
    s10_number,
    st.sampled_from(S10_FIRST_LETTERS),
    st.sampled_from(string.ascii_uppercase),
    st.text(string.digits, min_size=8, max_size=8),
    st.text(string.ascii_uppercase, min_size=2, max_size=2),
)

ALL_FORMATS = [(carrier, fmt) for carrier in default_carriers() for fmt in carrier.formats]


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[Carrier, WaybillFormat, str]:
    """A carrier, one of its formats, and a number generated from that format."""
    carrier, fmt = draw(st.sampled_from(ALL_FORMATS))
    number = draw(st.from_regex(fmt.pattern, fullmatch=True))
    if fmt.check is CheckAlgorithm.S10:
        number = number[:10] + s10_check_digit(number[2:10]) + number[11:]
    return carrier, fmt, number


class TestNormalise:
    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("ＹＴ１２３", "YT123"),
            ("yt7509326658113", "YT7509326658113"),
            ("  77316523125896\r\n", "77316523125896"),
            ("\tSF1311458896823\t", "SF1311458896823"),
            ("EE 471 108 151 FR", "EE471108151FR"),
            ("ＥＥ\u3000４７１\u3000１０８", "EE471108"),
            ("\ufeffJT0006968326954\u200b", "JT0006968326954"),
        ],
    )
    def test_normalise_gives_half_width_upper_case_without_spaces(
        self, raw: str, expected: str
    ) -> None:
        assert normalise(raw) == expected

    def test_normalise_keeps_hyphens_so_sub_piece_suffixes_are_not_glued_on(self) -> None:
        assert normalise("SF1311458896823-1-2") == "SF1311458896823-1-2"
        assert normalise("ＳＦ１－２") == "SF1-2"

    def test_normalise_does_not_fold_circled_digits_into_ascii(self) -> None:
        assert normalise("YT①②③") == "YT①②③"

    def test_normalise_keeps_control_characters_inside_for_rejection(self) -> None:
        assert normalise("7731\n6523125896") == "7731\n6523125896"

    @given(st.text())
    def test_normalise_is_idempotent(self, text: str) -> None:
        once = normalise(text)
        assert normalise(once) == once


class TestRecognise:
    @pytest.mark.parametrize(
        ("number", "code"),
        [
            ("77316523125896", "STO"),
            ("78093372145530", "ZTO"),
            ("YT7509326658113", "YTO"),
            ("462598779470531", "YD"),
            ("5312345678901", "YD"),
            ("SF1311458896823", "SF"),
            ("JT0006968326954", "JTSD"),
            ("JDVA11408814483", "JD"),
            ("DPK364829105732", "DBL"),
            ("1240921381750", "EMS"),
            ("EE471108151FR", "EMS"),
            ("KA04812345631", "YZPY"),
            ("RR473124829GB", "YZPY"),
        ],
    )
    def test_recognise_names_the_one_carrier_of_a_realistic_number(
        self, number: str, code: str
    ) -> None:
        assert [match.code for match in recognise(number)] == [code]

    def test_recognise_returns_every_candidate_when_formats_overlap(self) -> None:
        assert [match.code for match in recognise("431234567890123")] == ["STO", "YD"]
        assert [match.code for match in recognise("5012345678901")] == ["YD", "EMS"]

    def test_recognise_returns_nothing_for_a_number_with_a_wrong_check_digit(self) -> None:
        assert recognise("EE471108152FR") == []

    def test_recognise_returns_nothing_for_bad_characters_or_empty_text(self) -> None:
        assert recognise("YT-7509326658113") == []
        assert recognise("   ") == []

    def test_recognise_finds_legacy_formats_only_when_asked(self) -> None:
        assert recognise("680123456789") == []
        codes = [match.code for match in recognise("680123456789", include_legacy=True)]
        assert codes == ["ZTO", "SF"]

    def test_recognise_reports_which_format_fitted(self) -> None:
        (match,) = recognise("EB000717595HK")
        assert match.format.id == "EMS-S10"
        assert match.format.check is CheckAlgorithm.S10
        assert match.carrier.name_zh == "邮政EMS"


class TestS10:
    @pytest.mark.parametrize(
        ("serial", "check"),
        [
            ("00071759", "5"),  # EB000717595HK
            ("47110815", "1"),  # EE471108151FR
            ("00071761", "8"),  # EB000717618HK
            ("47312482", "9"),  # RR473124829GB
            ("00071758", "1"),
            ("96633102", "0"),  # 11 - sum % 11 == 10 becomes 0
            ("76129403", "8"),
        ],
    )
    def test_s10_check_digit_matches_the_worked_examples(self, serial: str, check: str) -> None:
        assert s10_check_digit(serial) == check

    def test_s10_check_digit_maps_eleven_to_five(self) -> None:
        # sum of weights x digits is a multiple of 11 for an all-zero serial
        assert s10_check_digit("00000000") == "5"

    @pytest.mark.parametrize("serial", ["1234567", "123456789", "1234567A", "１２３４５６７８"])
    def test_s10_check_digit_refuses_anything_but_eight_ascii_digits(self, serial: str) -> None:
        with pytest.raises(ValueError, match="8 digits"):
            s10_check_digit(serial)

    @pytest.mark.parametrize("number", ["EB000717595HK", "EE471108151FR", "EB000717618HK"])
    def test_worked_ems_examples_are_accepted_for_an_ems_station(self, number: str) -> None:
        assert check_waybill(number, {"EMS"}) == WaybillAccepted(number, ("EMS",))

    def test_s10_with_a_reserved_service_indicator_is_not_recognised(self) -> None:
        number = s10_number("J", "A", "00071758", "CN")
        verdict = rejected(check_waybill(number, ALL_CODES))
        assert verdict.reason is RejectReason.UNKNOWN_FORMAT

    @given(s10_numbers, st.data())
    def test_s10_with_its_check_digit_changed_is_never_accepted(
        self, number: str, data: st.DataObject
    ) -> None:
        right = number[10]
        wrong = data.draw(st.sampled_from(string.digits).filter(lambda d: d != right))
        mutated = number[:10] + wrong + number[11:]
        verdict = rejected(check_waybill(mutated, ALL_CODES))
        assert verdict.reason is RejectReason.BAD_CHECK_DIGIT
        assert verdict.expected_check_digit == right


class TestCheckWaybill:
    def test_own_carrier_number_is_accepted_in_normalised_form(self) -> None:
        assert check_waybill(" ｙｔ７５０９３２６６５８１１３ ", {"YTO"}) == WaybillAccepted(
            "YT7509326658113", ("YTO",)
        )

    def test_wrong_check_digit_is_rejected_with_the_expected_digit(self) -> None:
        verdict = rejected(check_waybill("EE471108152FR", {"EMS"}))
        assert verdict.reason is RejectReason.BAD_CHECK_DIGIT
        assert verdict.expected_check_digit == "1"
        assert verdict.carriers == ("EMS",)

    def test_dropped_digit_is_rejected_as_bad_length_with_the_expected_length(self) -> None:
        verdict = rejected(check_waybill("YT750932665811", {"YTO"}))
        assert verdict.reason is RejectReason.BAD_LENGTH
        assert verdict.expected_lengths == (15,)
        assert verdict.carriers == ("YTO",)

    def test_bad_length_of_an_s10_number_names_the_postal_carrier(self) -> None:
        verdict = rejected(check_waybill("EE47110815FR", {"STO"}))
        assert verdict.reason is RejectReason.BAD_LENGTH
        assert verdict.carriers == ("EMS",)
        assert verdict.expected_lengths == (13,)

    def test_bad_length_reports_the_stations_own_carrier_first(self) -> None:
        # 20 digits starting 43: the shape of 申通 (14-17 digits) and of 韵达 (15 digits)
        mine = rejected(check_waybill("43123456789012345678", {"STO"}))
        assert (mine.carriers, mine.expected_lengths) == (("STO",), (14, 15, 16, 17))
        theirs = rejected(check_waybill("43123456789012345678", {"ZTO"}))
        assert (theirs.carriers, theirs.expected_lengths) == (("STO", "YD"), (14, 15, 16, 17))

    def test_foreign_carrier_number_is_rejected_as_other_carrier(self) -> None:
        # CI-4: 同行件 are not accepted, and the carrier is named
        verdict = rejected(check_waybill("JT0006968326954", {"STO"}))
        assert verdict.reason is RejectReason.OTHER_CARRIER
        assert verdict.carriers == ("JTSD",)

    def test_ambiguous_number_is_accepted_when_one_candidate_is_own(self) -> None:
        verdict = check_waybill("431234567890123", {"YD"})
        assert verdict == WaybillAccepted("431234567890123", ("YD",), ("STO",))
        assert verdict.accepted
        assert isinstance(verdict, WaybillAccepted)
        assert verdict.ambiguous

    def test_ambiguous_number_lists_both_own_carriers_of_a_two_brand_station(self) -> None:
        verdict = check_waybill("5012345678901", {"YD", "EMS"})
        assert verdict == WaybillAccepted("5012345678901", ("YD", "EMS"))

    def test_ambiguous_number_of_no_own_carrier_names_every_candidate(self) -> None:
        verdict = rejected(check_waybill("431234567890123", {"ZTO"}))
        assert verdict.reason is RejectReason.OTHER_CARRIER
        assert verdict.carriers == ("STO", "YD")

    def test_unambiguous_number_is_not_flagged_ambiguous(self) -> None:
        verdict = check_waybill("77316523125896", {"STO"})
        assert isinstance(verdict, WaybillAccepted)
        assert not verdict.ambiguous

    @pytest.mark.parametrize("text", ["", "   ", "\r\n", "\u3000", "\u200b"])
    def test_blank_input_is_rejected_as_empty(self, text: str) -> None:
        assert check_waybill(text, {"STO"}) == WaybillRejected(RejectReason.EMPTY, "")

    def test_hyphenated_sub_piece_number_is_rejected_as_bad_characters(self) -> None:
        verdict = rejected(check_waybill("SF1311458896823-1-2", {"SF"}))
        assert verdict.reason is RejectReason.BAD_CHARACTERS
        assert verdict.bad_characters == ("-",)

    def test_bad_characters_are_listed_once_in_order_of_appearance(self) -> None:
        verdict = rejected(check_waybill("]C0*7731*652", {"STO"}))
        assert verdict.bad_characters == ("]", "*")

    def test_two_scans_glued_by_a_newline_are_not_merged(self) -> None:
        verdict = rejected(check_waybill("7731652312\n5896", {"STO"}))
        assert verdict.reason is RejectReason.BAD_CHARACTERS
        assert verdict.bad_characters == ("\n",)

    def test_number_of_no_known_shape_is_rejected_as_unknown_format(self) -> None:
        assert check_waybill("ABC123", {"STO"}) == WaybillRejected(
            RejectReason.UNKNOWN_FORMAT, "ABC123"
        )

    def test_postal_parcel_with_an_impossible_province_tail_is_unknown_format(self) -> None:
        # right shape and length, but the last two digits must be 11-65
        verdict = rejected(check_waybill("KA04812345699", {"YZPY"}))
        assert verdict.reason is RejectReason.UNKNOWN_FORMAT

    def test_legacy_number_is_rejected_by_default_and_accepted_when_enabled(self) -> None:
        assert rejected(check_waybill("680123456789", {"SF"})).reason is (
            RejectReason.UNKNOWN_FORMAT
        )
        assert check_waybill("680123456789", {"SF"}, include_legacy=True) == WaybillAccepted(
            "680123456789", ("SF",), ("ZTO",)
        )

    @pytest.mark.parametrize("own", [set(), {"STO", "NOPE"}])
    def test_unknown_or_missing_own_carriers_are_a_configuration_error(self, own: set[str]) -> None:
        with pytest.raises(ValueError, match="own carriers"):
            check_waybill("77316523125896", own)

    @given(st.text())
    def test_check_never_crashes_and_accepts_only_clean_normalised_numbers(self, text: str) -> None:
        verdict = check_waybill(text, ALL_CODES, include_legacy=True)
        assert verdict.number == normalise(text)
        if isinstance(verdict, WaybillAccepted):
            assert re.fullmatch("[A-Z0-9]+", verdict.number)
            assert verdict.carriers
        else:
            assert verdict.reason is not RejectReason.OTHER_CARRIER

    @given(valid_numbers())
    def test_generated_valid_numbers_normalise_to_themselves_and_are_accepted(
        self, generated: tuple[Carrier, WaybillFormat, str]
    ) -> None:
        carrier, fmt, number = generated
        assert normalise(number) == number
        assert len(number) in fmt.lengths
        verdict = check_waybill(number, {carrier.code}, include_legacy=fmt.legacy)
        assert isinstance(verdict, WaybillAccepted)
        assert carrier.code in verdict.carriers
        assert verdict.number == number

    @given(valid_numbers(), st.booleans(), st.booleans())
    def test_full_width_form_of_a_valid_number_gets_the_same_verdict(
        self, generated: tuple[Carrier, WaybillFormat, str], lower: bool, spaced: bool
    ) -> None:
        carrier, fmt, number = generated
        typed = number.lower() if lower else number
        typed = " ".join(typed[i : i + 4] for i in range(0, len(typed), 4)) if spaced else typed
        half = check_waybill(number, {carrier.code}, include_legacy=fmt.legacy)
        wide = check_waybill(full_width(typed), {carrier.code}, include_legacy=fmt.legacy)
        assert isinstance(wide, WaybillAccepted)
        assert wide == half


class TestCompletePartial:
    def test_overlapping_pieces_are_joined_into_the_one_valid_number(self) -> None:
        verdict = complete_partial("yt75093", "0932 6658 113", {"YTO"})
        assert verdict == WaybillAccepted("YT7509326658113", ("YTO",))

    def test_complete_printed_number_is_used_when_the_barcode_is_partial(self) -> None:
        verdict = complete_partial("77316", "77316523125896", {"STO"})
        assert verdict == WaybillAccepted("77316523125896", ("STO",))

    def test_pieces_that_join_into_two_valid_numbers_are_incomplete(self) -> None:
        # joined with overlap "652" (14 digits) or without (17 digits): both are 申通 lengths
        verdict = rejected(complete_partial("7731652", "6523125896", {"STO"}))
        assert verdict.reason is RejectReason.INCOMPLETE

    def test_pieces_that_make_no_valid_number_are_incomplete(self) -> None:
        verdict = rejected(complete_partial("YT750", "811", {"YTO"}))
        assert verdict.reason is RejectReason.INCOMPLETE
        assert verdict.number == "YT750"

    def test_unknown_own_carriers_are_refused_even_with_nothing_to_complete(self) -> None:
        with pytest.raises(ValueError, match="own carriers"):
            complete_partial("", "", {"NOPE"})


class TestCarrierData:
    def test_bundled_data_has_the_carriers_of_the_research(self) -> None:
        codes = [carrier.code for carrier in default_carriers()]
        assert codes == ["STO", "ZTO", "YTO", "YD", "SF", "JTSD", "JD", "DBL", "EMS", "YZPY"]

    def test_every_bundled_example_is_accepted_for_its_own_carrier(self) -> None:
        for carrier, fmt in ALL_FORMATS:
            assert fmt.examples, fmt.id
            for example in fmt.examples:
                verdict = check_waybill(example, {carrier.code}, include_legacy=fmt.legacy)
                assert isinstance(verdict, WaybillAccepted), (fmt.id, example)

    def test_every_current_format_has_a_shape_for_length_diagnosis(self) -> None:
        assert [fmt.id for _, fmt in ALL_FORMATS if not fmt.legacy and fmt.shape is None] == []

    @given(valid_numbers())
    def test_every_generated_number_fits_its_formats_shape(
        self, generated: tuple[Carrier, WaybillFormat, str]
    ) -> None:
        _, fmt, number = generated
        assert fmt.shape is None or fmt.shape.fullmatch(number)

    def test_custom_data_is_used_instead_of_the_bundled_data(self) -> None:
        carriers = parse_carriers(json.dumps({"carriers": [_carrier("XX")]}))
        assert check_waybill("xx123", {"XX"}, carriers=carriers) == WaybillAccepted(
            "XX123", ("XX",)
        )
        assert [m.code for m in recognise("XX123", carriers=carriers)] == ["XX"]

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ("not json", "not JSON"),
            ("[]", "JSON object"),
            ('{"carriers": {}}', "must be a list"),
            ('{"carriers": [1]}', "JSON object"),
        ],
    )
    def test_malformed_data_is_refused(self, data: str, message: str) -> None:
        with pytest.raises(ValueError, match=message):
            parse_carriers(data)

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"pattern": "XX[0-9"}, "format XX of XX"),
            ({"check": "luhn"}, "format XX of XX"),
            ({"examples": ["XX12"]}, "does not fit"),
            ({"lengths": [4]}, "does not fit"),
            ({"lengths": [0]}, "positive integer"),
            ({"legacy": "no"}, "true or false"),
            ({"shape": 3}, "non-empty string"),
        ],
    )
    def test_inconsistent_format_data_is_refused(
        self, changes: dict[str, object], message: str
    ) -> None:
        carrier = _carrier("XX", **changes)
        with pytest.raises(ValueError, match=re.escape(message)):
            parse_carriers(json.dumps({"carriers": [carrier]}))

    def test_repeated_carrier_codes_are_refused(self) -> None:
        data = {"carriers": [_carrier("XX"), _carrier("XX")]}
        with pytest.raises(ValueError, match="repeat"):
            parse_carriers(json.dumps(data))

    def test_carrier_without_formats_is_refused(self) -> None:
        data = {"carriers": [{"code": "XX", "name_zh": "某", "name_en": "X", "formats": []}]}
        with pytest.raises(ValueError, match="no formats"):
            parse_carriers(json.dumps(data))


def _carrier(code: str, **changes: object) -> dict[str, object]:
    """Carrier data with one format, code + 3 digits, ``changes`` applied to the format."""
    fmt: dict[str, object] = {
        "id": code,
        "pattern": f"{code}[0-9]{{3}}",
        "shape": None,
        "lengths": [5],
        "check": None,
        "legacy": False,
        "examples": [f"{code}123"],
    }
    fmt.update(changes)
    return {"code": code, "name_zh": "测试快递", "name_en": "Test Express", "formats": [fmt]}
