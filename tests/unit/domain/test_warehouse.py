"""Warehouse office rules: problem details (WH-5, WH-6), storage (WH-9), deadlines (WH-8),
scan-out labels and checks (WH-10, WH-12, WH-13), the return tariff (WH-11), search."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.errors import DetailsMissing, FieldInvalid, ReasonNotAccepted
from counter_app.domain.station import PROVINCES
from counter_app.domain.warehouse import (
    MAX_TEXT,
    CallOutcome,
    CodRefusal,
    DeadlineRules,
    Disposition,
    Due,
    DueKind,
    ListCheck,
    Location,
    LocationKind,
    NobodyHome,
    OutOfAreaAnswer,
    ParcelFacts,
    Payment,
    PickupPlace,
    ProblemDetails,
    Reason,
    RefusalKind,
    Requester,
    SearchKind,
    area_for,
    check_details,
    check_headless_description,
    check_location,
    choose_layer,
    compare_lists,
    counts_against_station,
    dues,
    ems_shortfall,
    phone_tail,
    pickup_code,
    pickup_matches,
    propose_location,
    return_label,
    same_city,
    search_kind,
)
from counter_app.domain.warehouse_tariff import (
    SAMPLE_RETURN_TARIFF,
    TARIFF_READING,
    ReturnTariff,
    TariffRule,
    check_weight,
    return_fee,
    tariff_from_rows,
    tariff_rows,
)

NOW = datetime(2026, 3, 10, 14, 30)
CALL = datetime(2026, 3, 10, 9, 15)
ADDR = "杭州市西湖区文三路100号"

# A complete, minimal set of details for every reason (and both branches where there are two).
COMPLETE: list[tuple[str, Reason, ProblemDetails]] = [
    ("address_unclear_reached", Reason.ADDRESS_UNCLEAR,
     ProblemDetails(reached=True, address=ADDR, wanted_time="明天上午")),
    ("address_unclear_not_reached", Reason.ADDRESS_UNCLEAR,
     ProblemDetails(reached=False, call_at=CALL, call_outcome=CallOutcome.NO_ANSWER)),
    ("moved_reached", Reason.MOVED, ProblemDetails(reached=True, address=ADDR)),
    ("moved_not_reached", Reason.MOVED,
     ProblemDetails(reached=False, call_at=CALL, call_outcome=CallOutcome.SUSPENDED)),
    ("address_change", Reason.ADDRESS_CHANGE, ProblemDetails(address=ADDR)),
    ("nobody_home", Reason.NOBODY_HOME,
     ProblemDetails(nobody_home=NobodyHome.TOMORROW, attempt_at=CALL)),
    ("cod_refused", Reason.COD_REFUSED, ProblemDetails(cod_refusal=CodRefusal.TOO_EXPENSIVE)),
    ("out_of_area", Reason.OUT_OF_AREA, ProblemDetails(answer=OutOfAreaAnswer.WILL_COLLECT)),
    ("out_of_area_on_date", Reason.OUT_OF_AREA,
     ProblemDetails(answer=OutOfAreaAnswer.ON_DATE, answer_date=date(2026, 3, 12))),
    ("opened", Reason.OPENED, ProblemDetails(detail="外包装破损，当面开箱验货")),
    ("damaged", Reason.DAMAGED, ProblemDetails(detail="内物破碎，收件人签名后写拒收")),
    ("self_pickup", Reason.SELF_PICKUP,
     ProblemDetails(pickup_at=datetime(2026, 3, 11, 10, 0), pickup_place=PickupPlace.BRANCH)),
    ("missorted", Reason.MISSORTED, ProblemDetails()),
    ("misroute", Reason.MISROUTE, ProblemDetails()),
    ("return", Reason.RETURN,
     ProblemDetails(requested_by=Requester.SENDER_COMPANY, detail="寄件公司要求退回")),
    ("refused", Reason.REFUSED, ProblemDetails(refusal=RefusalKind.NOT_ORDERED)),
    ("refused_other", Reason.REFUSED,
     ProblemDetails(refusal=RefusalKind.OTHER, detail="收件人出差一个月")),
]
COMPLETE_BY_ID = {case_id: (reason, details) for case_id, reason, details in COMPLETE}

REQUIRED: dict[str, tuple[str, ...]] = {
    "address_unclear_reached": ("reached", "address", "wanted_time"),
    "address_unclear_not_reached": ("reached", "call_at", "call_outcome"),
    "moved_reached": ("reached", "address"),
    "moved_not_reached": ("reached", "call_at", "call_outcome"),
    "address_change": ("address",),
    "nobody_home": ("nobody_home", "attempt_at"),
    "cod_refused": ("cod_refusal",),
    "out_of_area": ("answer",),
    "out_of_area_on_date": ("answer", "answer_date"),
    "opened": ("detail",),
    "damaged": ("detail",),
    "self_pickup": ("pickup_at", "pickup_place"),
    "missorted": (),
    "misroute": (),
    "return": ("requested_by", "detail"),
    "refused": ("refusal",),
    "refused_other": ("refusal", "detail"),
}
REQUIRED_CASES = [
    pytest.param(case_id, name, id=f"{case_id}-{name}")
    for case_id, names in REQUIRED.items() for name in names
]

# Every field filled in (a form where the clerk touched everything).
EVERYTHING = ProblemDetails(
    reached=True, call_at=CALL, call_outcome=CallOutcome.BUSY, address=ADDR,
    wanted_time="晚上七点以后", new_name="李四", new_phone="13800138000",
    nobody_home=NobodyHome.NO_ANSWER, attempt_at=CALL, cod_refusal=CodRefusal.NEVER_COD,
    answer=OutOfAreaAnswer.ON_DATE, answer_date=date(2026, 3, 15),
    pickup_at=datetime(2026, 3, 11, 16, 0), pickup_place=PickupPlace.HEAD_OFFICE,
    requested_by=Requester.RECIPIENT, refusal=RefusalKind.OTHER, detail="客户说明",
)
KEPT: dict[Reason, set[str]] = {
    Reason.ADDRESS_UNCLEAR: {"reached", "address", "wanted_time", "call_at", "call_outcome",
                             "detail"},
    Reason.MOVED: {"reached", "address", "wanted_time", "call_at", "call_outcome", "detail"},
    Reason.ADDRESS_CHANGE: {"address", "new_name", "new_phone", "detail"},
    Reason.NOBODY_HOME: {"nobody_home", "attempt_at", "detail"},
    Reason.COD_REFUSED: {"cod_refusal", "detail"},
    Reason.OUT_OF_AREA: {"answer", "answer_date", "detail"},
    Reason.OPENED: {"detail"},
    Reason.SELF_PICKUP: {"pickup_at", "pickup_place", "detail"},
    Reason.MISSORTED: {"detail"},
    Reason.RETURN: {"requested_by", "detail"},
    Reason.REFUSED: {"refusal", "detail"},
    Reason.DAMAGED: {"detail"},
    Reason.MISROUTE: {"detail"},
}


def with_field(details: ProblemDetails, name: str, value: object) -> ProblemDetails:
    """``details`` with the field ``name`` set to ``value``."""
    changes: dict[str, Any] = {name: value}
    return replace(details, **changes)


def blank(details: ProblemDetails, name: str) -> ProblemDetails:
    """``details`` with the field ``name`` back at its empty default."""
    return with_field(details, name, getattr(ProblemDetails(), name))


def missing_of(reason: Reason, details: ProblemDetails) -> tuple[str, ...]:
    with pytest.raises(DetailsMissing) as info:
        check_details(reason, details, NOW)
    assert info.value.reason == reason.value
    return info.value.missing


def invalid(reason: Reason, details: ProblemDetails) -> FieldInvalid:
    with pytest.raises(FieldInvalid) as info:
        check_details(reason, details, NOW)
    return info.value


class TestCheckDetailsComplete:
    def test_the_cases_cover_every_reason(self) -> None:
        assert {reason for _, reason, _ in COMPLETE} == set(Reason)
        assert set(REQUIRED) == set(COMPLETE_BY_ID)
        assert set(KEPT) == set(Reason)

    @pytest.mark.parametrize(("reason", "details"),
                             [pytest.param(r, d, id=i) for i, r, d in COMPLETE])
    def test_the_complete_set_of_details_passes_unchanged(
            self, reason: Reason, details: ProblemDetails) -> None:
        assert check_details(reason, details, NOW) == details

    @pytest.mark.parametrize("reason", list(Reason))
    def test_only_the_fields_the_reason_keeps_are_returned(self, reason: Reason) -> None:
        result = check_details(reason, EVERYTHING, NOW)
        assert set(result.as_dict()) == KEPT[reason]
        for name in KEPT[reason]:
            assert getattr(result, name) == getattr(EVERYTHING, name)
        for f in fields(ProblemDetails):
            if f.name not in KEPT[reason]:
                assert getattr(result, f.name) == getattr(ProblemDetails(), f.name)

    def test_a_not_reached_call_keeps_reached_false(self) -> None:
        _, details = COMPLETE_BY_ID["address_unclear_not_reached"]
        result = check_details(Reason.ADDRESS_UNCLEAR, details, NOW)
        assert result.reached is False
        assert result.as_dict()["reached"] is False

    def test_irrelevant_fields_are_dropped(self) -> None:
        details = ProblemDetails(cod_refusal=CodRefusal.NO_INVOICE, address=ADDR,
                                 call_at=CALL, refusal=RefusalKind.LATE)
        assert check_details(Reason.COD_REFUSED, details, NOW) == ProblemDetails(
            cod_refusal=CodRefusal.NO_INVOICE)


class TestCheckDetailsMissing:
    @pytest.mark.parametrize(("case_id", "name"), REQUIRED_CASES)
    def test_each_missing_detail_is_named(self, case_id: str, name: str) -> None:
        reason, details = COMPLETE_BY_ID[case_id]
        assert missing_of(reason, blank(details, name)) == (name,)

    @pytest.mark.parametrize(("case_id", "name"), [
        p for p in REQUIRED_CASES
        if p.values[1] in ("address", "wanted_time", "detail")])
    def test_a_whitespace_only_text_counts_as_missing(self, case_id: str, name: str) -> None:
        reason, details = COMPLETE_BY_ID[case_id]
        assert missing_of(reason, with_field(details, name, " \t\u3000 ")) == (name,)

    @pytest.mark.parametrize(("reason", "missing"), [
        (Reason.ADDRESS_UNCLEAR, ("reached",)),
        (Reason.MOVED, ("reached",)),
        (Reason.ADDRESS_CHANGE, ("address",)),
        (Reason.NOBODY_HOME, ("nobody_home", "attempt_at")),
        (Reason.COD_REFUSED, ("cod_refusal",)),
        (Reason.OUT_OF_AREA, ("answer",)),
        (Reason.OPENED, ("detail",)),
        (Reason.DAMAGED, ("detail",)),
        (Reason.SELF_PICKUP, ("pickup_at", "pickup_place")),
        (Reason.RETURN, ("requested_by", "detail")),
        (Reason.REFUSED, ("refusal",)),
    ])
    def test_nothing_given_names_every_missing_detail_at_once(
            self, reason: Reason, missing: tuple[str, ...]) -> None:
        assert missing_of(reason, ProblemDetails()) == missing

    @pytest.mark.parametrize("reason", [Reason.MISSORTED, Reason.MISROUTE])
    def test_mis_sorted_and_misrouted_need_nothing(self, reason: Reason) -> None:
        assert check_details(reason, ProblemDetails(), NOW) == ProblemDetails()


class TestAddressBranches:
    @pytest.mark.parametrize("reason", [Reason.ADDRESS_UNCLEAR, Reason.MOVED])
    def test_reached_needs_no_call_time_or_outcome(self, reason: Reason) -> None:
        details = ProblemDetails(reached=True, address=ADDR, wanted_time="下午")
        assert check_details(reason, details, NOW).call_at is None

    @pytest.mark.parametrize("reason", [Reason.ADDRESS_UNCLEAR, Reason.MOVED])
    def test_not_reached_needs_no_address(self, reason: Reason) -> None:
        details = ProblemDetails(reached=False, call_at=CALL,
                                 call_outcome=CallOutcome.EMPTY_NUMBER)
        assert check_details(reason, details, NOW).address == ""

    def test_reached_unclear_address_without_anything_names_address_and_time(self) -> None:
        assert missing_of(Reason.ADDRESS_UNCLEAR, ProblemDetails(reached=True)) == (
            "address", "wanted_time")

    def test_reached_move_needs_only_the_new_address(self) -> None:
        assert missing_of(Reason.MOVED, ProblemDetails(reached=True)) == ("address",)

    @pytest.mark.parametrize("reason", [Reason.ADDRESS_UNCLEAR, Reason.MOVED])
    def test_not_reached_without_anything_names_call_time_and_outcome(
            self, reason: Reason) -> None:
        assert missing_of(reason, ProblemDetails(reached=False)) == ("call_at", "call_outcome")

    @pytest.mark.parametrize("outcome", list(CallOutcome))
    def test_every_call_outcome_is_accepted(self, outcome: CallOutcome) -> None:
        details = ProblemDetails(reached=False, call_at=CALL, call_outcome=outcome)
        assert check_details(Reason.MOVED, details, NOW).call_outcome is outcome

    @pytest.mark.parametrize("reason",
                             [Reason.ADDRESS_UNCLEAR, Reason.MOVED, Reason.ADDRESS_CHANGE])
    @pytest.mark.parametrize("address", ["搬地方", "新地址", "12345", "搬 地 方"])
    def test_an_address_shorter_than_6_characters_is_too_short(
            self, reason: Reason, address: str) -> None:
        details = ProblemDetails(reached=True, address=address, wanted_time="明天")
        error = invalid(reason, details)
        assert (error.field, error.problem, error.detail) == ("address", "too_short", "6")

    def test_an_address_of_exactly_6_characters_is_accepted(self) -> None:
        result = check_details(Reason.ADDRESS_CHANGE, ProblemDetails(address="文三路十号楼"), NOW)
        assert result.address == "文三路十号楼"

    def test_address_whitespace_is_collapsed(self) -> None:
        details = ProblemDetails(address="  杭州市 \t 西湖区\n文三路100号  ")
        result = check_details(Reason.ADDRESS_CHANGE, details, NOW)
        assert result.address == "杭州市 西湖区 文三路100号"


class TestOtherReasons:
    @pytest.mark.parametrize("category", list(NobodyHome))
    def test_nobody_home_needs_category_and_attempt_time(self, category: NobodyHome) -> None:
        assert missing_of(Reason.NOBODY_HOME, ProblemDetails(nobody_home=category)) == (
            "attempt_at",)
        result = check_details(
            Reason.NOBODY_HOME, ProblemDetails(nobody_home=category, attempt_at=CALL), NOW)
        assert (result.nobody_home, result.attempt_at) == (category, CALL)

    def test_nobody_home_with_only_the_time_names_the_category(self) -> None:
        assert missing_of(Reason.NOBODY_HOME, ProblemDetails(attempt_at=CALL)) == (
            "nobody_home",)

    @pytest.mark.parametrize("answer", [OutOfAreaAnswer.WILL_COLLECT,
                                        OutOfAreaAnswer.WONT_COLLECT,
                                        OutOfAreaAnswer.NOT_TODAY])
    def test_out_of_area_answers_other_than_a_date_need_no_date(
            self, answer: OutOfAreaAnswer) -> None:
        assert check_details(Reason.OUT_OF_AREA, ProblemDetails(answer=answer), NOW) == (
            ProblemDetails(answer=answer))

    def test_out_of_area_on_date_needs_the_date(self) -> None:
        assert missing_of(Reason.OUT_OF_AREA, ProblemDetails(answer=OutOfAreaAnswer.ON_DATE)) == (
            "answer_date",)

    @pytest.mark.parametrize("refusal", [RefusalKind.UPSTAIRS, RefusalKind.RUDE])
    def test_refusal_because_of_the_courier_is_not_a_problem_reason(
            self, refusal: RefusalKind) -> None:
        with pytest.raises(ReasonNotAccepted) as info:
            check_details(Reason.REFUSED, ProblemDetails(refusal=refusal, detail="说明"), NOW)
        assert (info.value.reason, info.value.detail) == ("refused", refusal.value)

    @pytest.mark.parametrize("refusal", [RefusalKind.NOT_ORDERED, RefusalKind.WRONG_GOODS,
                                         RefusalKind.LATE])
    def test_named_refusals_need_no_detail(self, refusal: RefusalKind) -> None:
        assert check_details(Reason.REFUSED, ProblemDetails(refusal=refusal), NOW).refusal is (
            refusal)

    def test_other_refusal_needs_a_detail(self) -> None:
        assert missing_of(Reason.REFUSED, ProblemDetails(refusal=RefusalKind.OTHER)) == (
            "detail",)

    @pytest.mark.parametrize("requester", list(Requester))
    def test_return_needs_who_asked_and_why(self, requester: Requester) -> None:
        assert missing_of(Reason.RETURN, ProblemDetails(requested_by=requester)) == ("detail",)
        assert missing_of(Reason.RETURN, ProblemDetails(detail="原因")) == ("requested_by",)

    @pytest.mark.parametrize("place", list(PickupPlace))
    def test_self_pickup_records_time_and_place(self, place: PickupPlace) -> None:
        details = ProblemDetails(pickup_at=datetime(2026, 3, 12, 9, 0), pickup_place=place)
        assert check_details(Reason.SELF_PICKUP, details, NOW).pickup_place is place

    def test_a_self_pickup_time_may_be_in_the_future(self) -> None:
        later = NOW + timedelta(days=2)
        details = ProblemDetails(pickup_at=later, pickup_place=PickupPlace.HEAD_OFFICE)
        assert check_details(Reason.SELF_PICKUP, details, NOW).pickup_at == later

    @pytest.mark.parametrize("kind", list(CodRefusal))
    def test_every_cod_refusal_is_recorded(self, kind: CodRefusal) -> None:
        assert check_details(Reason.COD_REFUSED, ProblemDetails(cod_refusal=kind), NOW) == (
            ProblemDetails(cod_refusal=kind))

    def test_address_change_keeps_new_name_and_normalised_phone(self) -> None:
        details = ProblemDetails(address=ADDR, new_name="  王 五 ", new_phone=" 138 0013 8000 ")
        result = check_details(Reason.ADDRESS_CHANGE, details, NOW)
        assert (result.new_name, result.new_phone) == ("王 五", "13800138000")

    @pytest.mark.parametrize("phone", ["12345", "2380013800", "1380013800a", "电话"])
    def test_a_bad_new_phone_is_invalid(self, phone: str) -> None:
        error = invalid(Reason.ADDRESS_CHANGE, ProblemDetails(address=ADDR, new_phone=phone))
        assert (error.field, error.problem) == ("new_phone", "phone")

    def test_a_landline_new_phone_is_accepted(self) -> None:
        details = ProblemDetails(address=ADDR, new_phone="0571-88886666")
        assert check_details(Reason.ADDRESS_CHANGE, details, NOW).new_phone == "0571-88886666"


class TestTimesAndTexts:
    @pytest.mark.parametrize(("case_id", "name"), [
        ("address_unclear_not_reached", "call_at"),
        ("moved_not_reached", "call_at"),
        ("nobody_home", "attempt_at"),
    ])
    def test_a_time_in_the_future_is_invalid(self, case_id: str, name: str) -> None:
        reason, details = COMPLETE_BY_ID[case_id]
        error = invalid(reason, with_field(details, name, NOW + timedelta(minutes=2)))
        assert (error.field, error.problem) == (name, "future")

    def test_a_call_time_one_minute_ahead_is_tolerated(self) -> None:
        _, details = COMPLETE_BY_ID["address_unclear_not_reached"]
        ahead = NOW + timedelta(minutes=1, seconds=59)
        result = check_details(Reason.ADDRESS_UNCLEAR, replace(details, call_at=ahead), NOW)
        assert result.call_at == NOW + timedelta(minutes=1)

    @pytest.mark.parametrize(("case_id", "name"), [
        ("address_unclear_not_reached", "call_at"),
        ("nobody_home", "attempt_at"),
        ("self_pickup", "pickup_at"),
    ])
    def test_seconds_are_dropped_from_times(self, case_id: str, name: str) -> None:
        reason, details = COMPLETE_BY_ID[case_id]
        precise = datetime(2026, 3, 10, 9, 15, 42, 123456)
        result = check_details(reason, with_field(details, name, precise), NOW)
        assert getattr(result, name) == datetime(2026, 3, 10, 9, 15)

    @pytest.mark.parametrize(("case_id", "name"), [
        ("address_change", "address"),
        ("address_unclear_reached", "wanted_time"),
        ("opened", "detail"),
        ("address_change", "new_name"),
    ])
    def test_a_text_longer_than_the_limit_is_too_long(self, case_id: str, name: str) -> None:
        reason, details = COMPLETE_BY_ID[case_id]
        error = invalid(reason, with_field(details, name, "长" * (MAX_TEXT + 1)))
        assert (error.field, error.problem, error.detail) == (name, "too_long", str(MAX_TEXT))

    def test_a_text_of_exactly_the_limit_is_accepted(self) -> None:
        result = check_details(Reason.OPENED, ProblemDetails(detail="长" * MAX_TEXT), NOW)
        assert len(result.detail) == MAX_TEXT


# --- ProblemDetails storage --------------------------------------------------------------

minute_times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda t: t.replace(second=0, microsecond=0))
problem_details = st.builds(
    ProblemDetails,
    reached=st.none() | st.booleans(),
    call_at=st.none() | minute_times,
    call_outcome=st.none() | st.sampled_from(CallOutcome),
    address=st.text(max_size=30),
    wanted_time=st.text(max_size=10),
    new_name=st.text(max_size=10),
    new_phone=st.text("0123456789-", max_size=13),
    nobody_home=st.none() | st.sampled_from(NobodyHome),
    attempt_at=st.none() | minute_times,
    cod_refusal=st.none() | st.sampled_from(CodRefusal),
    answer=st.none() | st.sampled_from(OutOfAreaAnswer),
    answer_date=st.none() | st.dates(),
    pickup_at=st.none() | minute_times,
    pickup_place=st.none() | st.sampled_from(PickupPlace),
    requested_by=st.none() | st.sampled_from(Requester),
    refusal=st.none() | st.sampled_from(RefusalKind),
    detail=st.text(max_size=30),
)


class TestProblemDetailsStorage:
    @given(problem_details)
    def test_as_dict_then_from_dict_gives_the_same_details(self, details: ProblemDetails) -> None:
        assert ProblemDetails.from_dict(details.as_dict()) == details

    @given(problem_details)
    def test_as_dict_holds_only_json_ready_non_empty_values(
            self, details: ProblemDetails) -> None:
        for key, value in details.as_dict().items():
            assert value != ""
            assert type(value) in (str, bool)
            assert (key == "reached") == isinstance(value, bool)

    def test_empty_details_are_an_empty_dict(self) -> None:
        assert ProblemDetails().as_dict() == {}
        assert ProblemDetails.from_dict({}) == ProblemDetails()

    def test_as_dict_writes_times_to_the_minute_and_enums_as_values(self) -> None:
        details = ProblemDetails(reached=False, call_at=datetime(2026, 3, 10, 9, 15, 42),
                                 call_outcome=CallOutcome.LINE_FAULT,
                                 answer_date=date(2026, 3, 12))
        assert details.as_dict() == {"reached": False, "call_at": "2026-03-10T09:15",
                                     "call_outcome": "line_fault", "answer_date": "2026-03-12"}

    def test_from_dict_ignores_unknown_keys_and_restores_types(self) -> None:
        restored = ProblemDetails.from_dict({"nobody_home": "tomorrow", "colour": "red",
                                             "attempt_at": "2026-03-10T09:15"})
        assert restored == ProblemDetails(nobody_home=NobodyHome.TOMORROW, attempt_at=CALL)
        assert restored.nobody_home is NobodyHome.TOMORROW


class TestCountsAgainstStation:
    def test_refused_for_lack_of_an_invoice_counts_against_the_station(self) -> None:
        details = ProblemDetails(cod_refusal=CodRefusal.NO_INVOICE)
        assert counts_against_station(Reason.COD_REFUSED, details) is True

    @pytest.mark.parametrize("kind", [CodRefusal.TOO_EXPENSIVE, CodRefusal.NEVER_COD])
    def test_valid_cod_refusals_do_not(self, kind: CodRefusal) -> None:
        assert counts_against_station(Reason.COD_REFUSED, ProblemDetails(cod_refusal=kind)) is (
            False)

    @pytest.mark.parametrize("reason", [r for r in Reason if r is not Reason.COD_REFUSED])
    def test_other_reasons_do_not_even_with_a_stray_invoice_refusal(self, reason: Reason) -> None:
        details = ProblemDetails(cod_refusal=CodRefusal.NO_INVOICE)
        assert counts_against_station(reason, details) is False


# --- storage (WH-9) ----------------------------------------------------------------------


class TestAreaFor:
    @pytest.mark.parametrize("reason", list(Reason))
    def test_bulky_goods_always_go_to_the_bulky_area(self, reason: Reason) -> None:
        assert area_for(reason, ProblemDetails(reached=True), bulky=True) is LocationKind.BULKY

    @pytest.mark.parametrize("reason", [Reason.RETURN, Reason.MISSORTED, Reason.MISROUTE])
    def test_returns_and_mis_sent_parcels_go_together(self, reason: Reason) -> None:
        assert area_for(reason, ProblemDetails(), bulky=False) is LocationKind.RETURNS

    @pytest.mark.parametrize("reason", [Reason.NOBODY_HOME, Reason.ADDRESS_CHANGE])
    def test_next_round_parcels_are_kept_apart(self, reason: Reason) -> None:
        assert area_for(reason, ProblemDetails(), bulky=False) is LocationKind.NEXT_ROUND

    @pytest.mark.parametrize("reason", [Reason.ADDRESS_UNCLEAR, Reason.MOVED])
    def test_a_cleared_address_goes_to_the_next_round(self, reason: Reason) -> None:
        assert area_for(reason, ProblemDetails(reached=True), bulky=False) is (
            LocationKind.NEXT_ROUND)
        assert area_for(reason, ProblemDetails(reached=False), bulky=False) is LocationKind.SHELF
        assert area_for(reason, ProblemDetails(), bulky=False) is LocationKind.SHELF

    @pytest.mark.parametrize("reason", [Reason.COD_REFUSED, Reason.OUT_OF_AREA, Reason.OPENED,
                                        Reason.SELF_PICKUP, Reason.REFUSED, Reason.DAMAGED])
    def test_other_small_parcels_go_on_a_shelf(self, reason: Reason) -> None:
        assert area_for(reason, ProblemDetails(reached=True), bulky=False) is LocationKind.SHELF


SHELF_A = Location("A", LocationKind.SHELF, 10, layers=4)
SHELF_B = Location("B", LocationKind.SHELF, 100, layers=5)
BULKY_X = Location("X", LocationKind.BULKY, 5)
BULKY_Y = Location("Y", LocationKind.BULKY, 20)
RETURNS_R = Location("R", LocationKind.RETURNS, 50)


class TestProposeLocation:
    def test_the_emptiest_by_fill_ratio_wins_not_the_one_with_most_room(self) -> None:
        # X: 2/5 = 40 % (3 free); Y: 10/20 = 50 % (10 free)
        chosen = propose_location([BULKY_X, BULKY_Y, SHELF_A], {"X": 2, "Y": 10},
                                  LocationKind.BULKY)
        assert chosen == BULKY_X

    def test_a_tie_goes_to_the_lowest_code(self) -> None:
        chosen = propose_location([BULKY_Y, BULKY_X], {"X": 1, "Y": 4}, LocationKind.BULKY)
        assert chosen == BULKY_X

    def test_only_locations_of_the_kind_are_considered(self) -> None:
        chosen = propose_location([SHELF_A, RETURNS_R, BULKY_X], {"R": 49, "X": 0},
                                  LocationKind.RETURNS)
        assert chosen == RETURNS_R

    def test_a_full_location_is_skipped(self) -> None:
        chosen = propose_location([BULKY_X, BULKY_Y], {"X": 5, "Y": 19}, LocationKind.BULKY)
        assert chosen == BULKY_Y

    def test_falls_back_to_the_emptiest_shelf_when_the_kind_is_full(self) -> None:
        chosen = propose_location([BULKY_X, SHELF_A, SHELF_B], {"X": 5, "A": 1, "B": 50},
                                  LocationKind.BULKY)
        assert chosen == SHELF_A

    def test_falls_back_to_a_shelf_when_the_kind_has_no_location(self) -> None:
        assert propose_location([SHELF_B], {}, LocationKind.NEXT_ROUND) == SHELF_B

    def test_none_when_the_store_is_full(self) -> None:
        occupancy = {"A": 10, "B": 100, "X": 5}
        assert propose_location([SHELF_A, SHELF_B, BULKY_X], occupancy,
                                LocationKind.BULKY) is None
        assert propose_location([SHELF_A, SHELF_B], occupancy, LocationKind.SHELF) is None

    def test_none_when_there_are_no_locations(self) -> None:
        assert propose_location([], {}, LocationKind.SHELF) is None

    def test_an_inactive_location_is_skipped(self) -> None:
        closed = replace(BULKY_X, active=False)
        assert propose_location([closed, BULKY_Y], {"Y": 15}, LocationKind.BULKY) == BULKY_Y
        assert propose_location([closed, SHELF_A], {}, LocationKind.BULKY) == SHELF_A
        assert propose_location([closed], {}, LocationKind.BULKY) is None

    def test_a_location_missing_from_the_occupancy_is_empty(self) -> None:
        assert propose_location([SHELF_A, SHELF_B], {"A": 1}, LocationKind.SHELF) == SHELF_B

    @given(st.lists(st.tuples(st.sampled_from(LocationKind), st.integers(1, 50),
                              st.integers(0, 60), st.booleans()), max_size=8),
           st.sampled_from(LocationKind))
    def test_the_proposal_is_active_with_room_and_of_the_kind_or_a_shelf(
            self, specs: list[tuple[LocationKind, int, int, bool]], kind: LocationKind) -> None:
        locations = [Location(f"L{i}", k, cap, active=active)
                     for i, (k, cap, _, active) in enumerate(specs)]
        occupancy = {f"L{i}": occ for i, (_, _, occ, _) in enumerate(specs)}
        open_ = [loc for loc in locations if loc.active and occupancy[loc.code] < loc.capacity]
        chosen = propose_location(locations, occupancy, kind)
        if chosen is None:
            assert not [loc for loc in open_ if loc.kind in (kind, LocationKind.SHELF)]
        else:
            assert chosen in open_
            if any(loc.kind is kind for loc in open_):
                assert chosen.kind is kind
                ratio = occupancy[chosen.code] / chosen.capacity
                assert all(ratio <= occupancy[loc.code] / loc.capacity
                           for loc in open_ if loc.kind is kind)
            else:
                assert chosen.kind is LocationKind.SHELF


class TestChooseLayer:
    def test_the_least_filled_layer(self) -> None:
        assert choose_layer(SHELF_A, {1: 3, 2: 2, 3: 5, 4: 4}) == 2

    def test_a_tie_goes_to_the_lowest_layer(self) -> None:
        assert choose_layer(SHELF_A, {1: 3, 2: 1, 3: 1, 4: 2}) == 2

    def test_an_unused_layer_counts_as_empty(self) -> None:
        assert choose_layer(SHELF_A, {1: 3, 2: 1, 4: 2}) == 3

    def test_an_empty_location_starts_at_layer_1(self) -> None:
        assert choose_layer(SHELF_A, {}) == 1

    def test_a_single_layer_location_is_always_layer_1(self) -> None:
        assert choose_layer(BULKY_X, {1: 99}) == 1

    def test_counts_for_layers_beyond_the_location_are_ignored(self) -> None:
        assert choose_layer(SHELF_A, {1: 1, 2: 1, 3: 1, 4: 1, 5: 0}) == 1


class TestCheckLocation:
    def test_the_code_is_trimmed_and_upper_cased(self) -> None:
        assert check_location(Location(" a1 ", LocationKind.SHELF, 10)).code == "A1"

    @pytest.mark.parametrize(("code", "problem"), [
        ("", "required"), ("  ", "required"), ("A-1", "format"), ("A 1", "format"),
        ("ABCDEFGHI", "format"), ("A/1", "format")])
    def test_a_bad_code_is_invalid(self, code: str, problem: str) -> None:
        with pytest.raises(FieldInvalid) as info:
            check_location(Location(code, LocationKind.SHELF, 10))
        assert (info.value.field, info.value.problem) == ("location_code", problem)

    @pytest.mark.parametrize(("capacity", "layers", "name"), [
        (0, 1, "capacity"), (10_001, 1, "capacity"), (10, 0, "layers"), (10, 21, "layers")])
    def test_capacity_and_layers_have_ranges(self, capacity: int, layers: int, name: str) -> None:
        with pytest.raises(FieldInvalid) as info:
            check_location(Location("A", LocationKind.SHELF, capacity, layers))
        assert (info.value.field, info.value.problem) == (name, "range")

    def test_the_range_limits_are_accepted(self) -> None:
        assert check_location(Location("A", LocationKind.SHELF, 10_000, 20)).capacity == 10_000
        assert check_location(Location("B", LocationKind.SHELF, 1, 1)).layers == 1


class TestPickupCode:
    def test_the_example_from_the_docstring(self) -> None:
        assert pickup_code("A", 2, 315) == "A-2-0315"

    def test_the_sequence_is_the_stay_id_modulo_10000(self) -> None:
        assert pickup_code("B", 1, 10_315) == "B-1-0315"
        assert pickup_code("B", 1, 10_000) == "B-1-0000"
        assert pickup_code("B", 1, 9_999) == "B-1-9999"

    @given(st.from_regex(r"[A-Z0-9]{1,8}", fullmatch=True), st.integers(1, 20),
           st.integers(0, 10**9))
    def test_format_and_modulo(self, location: str, layer: int, stay_id: int) -> None:
        code = pickup_code(location, layer, stay_id)
        assert re.fullmatch(r"[A-Z0-9]{1,8}-\d{1,2}-\d{4}", code)
        assert code == f"{location}-{layer}-{stay_id % 10_000:04d}"
        assert pickup_code(location, layer, stay_id + 10_000) == code
        assert int(code.rsplit("-", 1)[1]) == stay_id % 10_000


# --- deadlines (WH-8) --------------------------------------------------------------------

RULES = DeadlineRules()


def due_kinds(facts: ParcelFacts, rules: DeadlineRules = RULES) -> dict[DueKind, date]:
    result = dues(facts, rules)
    kinds = {d.kind: d.due_on for d in result}
    assert len(kinds) == len(result), "one due of each kind at most"
    return kinds


class TestDues:
    # WH-8 (issue 16): 「在第三天」 counts the arrival day as day 1 — in on the 23rd, due on the
    # 25th; these dates were one day later before
    @pytest.mark.parametrize(("in_on", "due_on"), [
        (date(2026, 11, 23), date(2026, 11, 25)),  # the rule's own example
        (date(2026, 3, 10), date(2026, 3, 12)),
        (date(2026, 1, 30), date(2026, 2, 1)),     # month end
        (date(2028, 2, 28), date(2028, 3, 1)),     # leap year: 28, 29 Feb, 1 Mar
        (date(2026, 2, 27), date(2026, 3, 1)),     # not a leap year: 27, 28 Feb, 1 Mar
        (date(2026, 12, 30), date(2027, 1, 1)),    # year end
    ])
    def test_self_pickup_falls_due_on_day_3(self, in_on: date, due_on: date) -> None:
        facts = ParcelFacts(Reason.SELF_PICKUP, datetime.combine(in_on, time(23, 59)))
        assert dues(facts, RULES) == [Due(DueKind.SELF_PICKUP_RETURN, due_on)]

    @pytest.mark.parametrize("reason", [r for r in Reason if r not in (
        Reason.SELF_PICKUP, Reason.RETURN, Reason.DAMAGED, Reason.MISSORTED)])
    def test_a_parcel_with_no_events_has_no_dues_unless_self_pickup(self, reason: Reason) -> None:
        assert dues(ParcelFacts(reason, datetime(2026, 3, 10, 8)), RULES) == []

    def test_damaged_contents_ask_for_a_message_to_the_origin_the_same_day(self) -> None:
        """WH-15: due the day it came in, until a message has gone out."""
        facts = ParcelFacts(Reason.DAMAGED, datetime(2026, 1, 31, 19, 0))
        assert dues(facts, RULES) == [Due(DueKind.DAMAGED_MESSAGE, date(2026, 1, 31))]
        messaged = replace(facts, last_message_out_at=datetime(2026, 1, 31, 19, 30))
        assert dues(messaged, RULES) == [Due(DueKind.ORIGIN_SILENT_RETURN, date(2026, 2, 5))]

    def test_a_return_leaves_the_next_day_at_the_latest(self) -> None:
        """WH-10, across a month end."""
        facts = ParcelFacts(Reason.RETURN, datetime(2026, 2, 28, 20, 0))
        assert dues(facts, RULES) == [Due(DueKind.RETURN_NEXT_DAY, date(2026, 3, 1))]

    def test_notified_and_not_collected_falls_due_for_a_message(self) -> None:
        facts = ParcelFacts(Reason.NOBODY_HOME, datetime(2026, 3, 1, 8),
                            notified_at=datetime(2026, 3, 2, 17, 45))
        assert dues(facts, RULES) == [Due(DueKind.NOTIFIED_MESSAGE, date(2026, 3, 5))]

    def test_notified_then_messaged_has_no_notified_message_due(self) -> None:
        facts = ParcelFacts(Reason.NOBODY_HOME, datetime(2026, 3, 1, 8),
                            notified_at=datetime(2026, 3, 2, 17),
                            last_message_out_at=datetime(2026, 3, 5, 9))
        assert due_kinds(facts) == {DueKind.ORIGIN_SILENT_RETURN: date(2026, 3, 10)}

    def test_a_message_at_the_moment_of_the_notification_covers_it(self) -> None:
        moment = datetime(2026, 3, 2, 17)
        facts = ParcelFacts(Reason.NOBODY_HOME, datetime(2026, 3, 1, 8),
                            notified_at=moment, last_message_out_at=moment)
        assert due_kinds(facts) == {DueKind.ORIGIN_SILENT_RETURN: date(2026, 3, 7)}

    def test_a_message_sent_before_the_notification_does_not_cover_it(self) -> None:
        facts = ParcelFacts(Reason.NOBODY_HOME, datetime(2026, 3, 1, 8),
                            notified_at=datetime(2026, 3, 2, 17),
                            last_message_out_at=datetime(2026, 3, 1, 9))
        assert due_kinds(facts) == {DueKind.NOTIFIED_MESSAGE: date(2026, 3, 5),
                                    DueKind.ORIGIN_SILENT_RETURN: date(2026, 3, 6)}

    def test_a_message_out_with_no_answer_falls_due_for_return_on_day_5(self) -> None:
        facts = ParcelFacts(Reason.ADDRESS_UNCLEAR, datetime(2026, 12, 27, 8),
                            last_message_out_at=datetime(2026, 12, 28, 10))
        assert dues(facts, RULES) == [Due(DueKind.ORIGIN_SILENT_RETURN, date(2027, 1, 2))]

    def test_an_answered_message_has_no_silent_return(self) -> None:
        facts = ParcelFacts(Reason.ADDRESS_UNCLEAR, datetime(2026, 3, 1, 8),
                            last_message_out_at=datetime(2026, 3, 2, 10),
                            last_message_in_at=datetime(2026, 3, 3, 11))
        assert dues(facts, RULES) == []

    def test_an_answer_at_the_same_moment_counts_as_answered(self) -> None:
        moment = datetime(2026, 3, 2, 10)
        facts = ParcelFacts(Reason.ADDRESS_UNCLEAR, datetime(2026, 3, 1, 8),
                            last_message_out_at=moment, last_message_in_at=moment)
        assert dues(facts, RULES) == []

    def test_a_new_message_after_the_answer_is_due_again(self) -> None:
        facts = ParcelFacts(Reason.ADDRESS_UNCLEAR, datetime(2026, 3, 1, 8),
                            last_message_out_at=datetime(2026, 3, 4, 10),
                            last_message_in_at=datetime(2026, 3, 3, 11))
        assert dues(facts, RULES) == [Due(DueKind.ORIGIN_SILENT_RETURN, date(2026, 3, 9))]

    def test_a_message_in_without_one_out_has_no_due(self) -> None:
        facts = ParcelFacts(Reason.NOBODY_HOME, datetime(2026, 3, 1, 8),
                            last_message_in_at=datetime(2026, 3, 3, 11))
        assert dues(facts, RULES) == []

    def test_a_requested_return_leaves_the_same_day(self) -> None:
        facts = ParcelFacts(Reason.NOBODY_HOME, datetime(2026, 3, 1, 8),
                            return_requested_at=datetime(2026, 3, 4, 23, 30))
        assert dues(facts, RULES) == [Due(DueKind.RETURN_TODAY, date(2026, 3, 4))]

    def test_out_of_area_on_date_falls_due_on_the_customers_date(self) -> None:
        details = ProblemDetails(answer=OutOfAreaAnswer.ON_DATE, answer_date=date(2026, 3, 20))
        facts = ParcelFacts(Reason.OUT_OF_AREA, datetime(2026, 3, 1, 8), details)
        assert dues(facts, RULES) == [Due(DueKind.CUSTOMER_DATE, date(2026, 3, 20))]

    @pytest.mark.parametrize("details", [
        ProblemDetails(answer=OutOfAreaAnswer.WILL_COLLECT, answer_date=date(2026, 3, 20)),
        ProblemDetails(answer=OutOfAreaAnswer.ON_DATE),
    ])
    def test_out_of_area_without_an_agreed_date_has_no_customer_date(
            self, details: ProblemDetails) -> None:
        assert dues(ParcelFacts(Reason.OUT_OF_AREA, datetime(2026, 3, 1, 8), details),
                    RULES) == []

    def test_a_date_answer_on_another_reason_has_no_customer_date(self) -> None:
        details = ProblemDetails(answer=OutOfAreaAnswer.ON_DATE, answer_date=date(2026, 3, 20))
        assert dues(ParcelFacts(Reason.NOBODY_HOME, datetime(2026, 3, 1, 8), details),
                    RULES) == []

    def test_every_due_kind_at_once(self) -> None:
        details = ProblemDetails(answer=OutOfAreaAnswer.ON_DATE, answer_date=date(2026, 3, 20))
        facts = ParcelFacts(Reason.SELF_PICKUP, datetime(2026, 3, 1, 8), details,
                            notified_at=datetime(2026, 3, 2, 9),
                            last_message_out_at=datetime(2026, 3, 1, 12),
                            return_requested_at=datetime(2026, 3, 6, 9))
        assert due_kinds(facts) == {
            DueKind.RETURN_TODAY: date(2026, 3, 6),
            DueKind.SELF_PICKUP_RETURN: date(2026, 3, 3),  # WH-8: in on the 1st = day 1
            DueKind.NOTIFIED_MESSAGE: date(2026, 3, 5),
            DueKind.ORIGIN_SILENT_RETURN: date(2026, 3, 6),
        }
        facts = replace(facts, reason=Reason.OUT_OF_AREA)
        assert set(due_kinds(facts)) == set(DueKind) - {DueKind.SELF_PICKUP_RETURN,
                                                        DueKind.RETURN_NEXT_DAY,
                                                        DueKind.DAMAGED_MESSAGE,
                                                        DueKind.MISSORTED_MESSAGE,
                                                        DueKind.SELF_PICKUP_MESSAGE}
        facts = replace(facts, reason=Reason.RETURN)
        assert DueKind.RETURN_NEXT_DAY in due_kinds(facts)

    def test_wh16_a_missorted_parcel_is_messaged_the_day_it_arrives(self) -> None:
        facts = ParcelFacts(Reason.MISSORTED, datetime(2026, 3, 1, 8))
        assert dues(facts, RULES) == [Due(DueKind.MISSORTED_MESSAGE, date(2026, 3, 1))]
        messaged = replace(facts, last_message_out_at=datetime(2026, 3, 1, 9))
        assert DueKind.MISSORTED_MESSAGE not in due_kinds(messaged)

    def test_wh16_changed_to_self_pickup_is_messaged_that_day(self) -> None:
        facts = ParcelFacts(Reason.SELF_PICKUP, datetime(2026, 3, 1, 8),
                            changed_to_self_pickup_at=datetime(2026, 3, 2, 15))
        assert due_kinds(facts)[DueKind.SELF_PICKUP_MESSAGE] == date(2026, 3, 2)
        # a message before the change does not cover it
        early = replace(facts, last_message_out_at=datetime(2026, 3, 1, 9))
        assert DueKind.SELF_PICKUP_MESSAGE in due_kinds(early)
        late = replace(facts, last_message_out_at=datetime(2026, 3, 2, 16))
        assert DueKind.SELF_PICKUP_MESSAGE not in due_kinds(late)

    def test_wh16_a_same_city_parcel_has_no_message_dues_but_keeps_its_returns(self) -> None:
        facts = ParcelFacts(Reason.SELF_PICKUP, datetime(2026, 3, 1, 8),
                            notified_at=datetime(2026, 3, 1, 9),
                            changed_to_self_pickup_at=datetime(2026, 3, 1, 9),
                            same_city=True)
        assert set(due_kinds(facts)) == {DueKind.SELF_PICKUP_RETURN}
        assert dues(replace(facts, reason=Reason.DAMAGED), RULES) == []
        assert dues(replace(facts, reason=Reason.MISSORTED), RULES) == []

    @pytest.mark.parametrize(("origin", "station", "same"), [
        ("杭州", "杭州市", True), ("杭州市", "杭州市", True), (" 杭州 市", "杭州", True),
        ("温州市", "杭州市", False), ("", "杭州市", False), ("", "", False)])
    def test_wh16_same_city_ignores_the_suffix(self, origin: str, station: str,
                                               same: bool) -> None:
        assert same_city(origin, station) is same

    def test_custom_rules_change_every_period(self) -> None:
        rules = DeadlineRules(self_pickup_days=7, notified_days=2, origin_silence_days=10)
        facts = ParcelFacts(Reason.SELF_PICKUP, datetime(2026, 1, 28, 8),
                            notified_at=datetime(2026, 1, 30, 9),
                            last_message_out_at=datetime(2026, 1, 29, 9))
        assert due_kinds(facts, rules) == {
            DueKind.SELF_PICKUP_RETURN: date(2026, 2, 3),  # WH-8: 28 Jan is day 1 of 7
            DueKind.NOTIFIED_MESSAGE: date(2026, 2, 1),
            DueKind.ORIGIN_SILENT_RETURN: date(2026, 2, 8),
        }

    @given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 1)),
           st.integers(1, 60))
    def test_self_pickup_due_is_in_day_plus_the_period(self, in_at: datetime, days: int) -> None:
        rules = DeadlineRules(self_pickup_days=days)
        (due,) = dues(ParcelFacts(Reason.SELF_PICKUP, in_at), rules)
        assert due.kind is DueKind.SELF_PICKUP_RETURN
        # WH-8 (issue 16): the arrival day is day 1 of the period, so day N is N - 1 days later
        assert (due.due_on - in_at.date()).days == days - 1


class TestDeadlineRules:
    def test_the_defaults_are_the_seeds_periods(self) -> None:
        assert DeadlineRules().check() == DeadlineRules(3, 3, 5)

    @pytest.mark.parametrize("name", ["self_pickup_days", "notified_days",
                                      "origin_silence_days"])
    @pytest.mark.parametrize("days", [0, -1, 61])
    def test_a_period_out_of_range_is_invalid(self, name: str, days: int) -> None:
        with pytest.raises(FieldInvalid) as info:
            replace(DeadlineRules(), **{name: days}).check()
        assert (info.value.field, info.value.problem) == (name, "range")

    @pytest.mark.parametrize("days", [1, 60])
    def test_the_range_limits_are_accepted(self, days: int) -> None:
        rules = DeadlineRules(days, days, days)
        assert rules.check() is rules


# --- scan-out (WH-10, WH-12, WH-13) ------------------------------------------------------


class TestReturnLabel:
    def test_back_to_a_courier(self) -> None:
        assert return_label(Disposition.RETURN_COURIER, "张三") == "退回张三"

    @pytest.mark.parametrize("name", ["顺达", "顺达公司", " 顺达公司 "])
    def test_back_to_a_company_says_company_once(self, name: str) -> None:
        assert return_label(Disposition.RETURN_COMPANY, name) == "上网退顺达公司"

    def test_the_courier_name_is_trimmed(self) -> None:
        assert return_label(Disposition.RETURN_COURIER, "  李四 ") == "退回李四"

    @pytest.mark.parametrize("disposition", [d for d in Disposition
                                             if d not in (Disposition.RETURN_COURIER,
                                                          Disposition.RETURN_COMPANY)])
    def test_other_dispositions_have_no_return_label(self, disposition: Disposition) -> None:
        with pytest.raises(ValueError, match=disposition.value):
            return_label(disposition, "张三")


class TestPickupMatches:
    CODE = "A-2-0315"
    PHONE = "13812345678"

    @pytest.mark.parametrize("given_text", ["A-2-0315", "a-2-0315", "A20315", "a20315",
                                            " A-2-0315 ", "A 2 0315", "a-2-0315\n"])
    def test_the_code_with_or_without_dashes_in_any_case_matches(self, given_text: str) -> None:
        assert pickup_matches(given_text, self.CODE, self.PHONE) is True

    @pytest.mark.parametrize("given_text", ["5678", " 5678 ", "56 78"])
    def test_the_phone_tail_matches(self, given_text: str) -> None:
        assert pickup_matches(given_text, self.CODE, self.PHONE) is True

    def test_a_landline_tail_with_dashes_matches(self) -> None:
        assert pickup_matches("6666", self.CODE, "0571-8888-6666") is True

    @pytest.mark.parametrize("given_text", ["5679", "1234", "678", "45678", "13812345678",
                                            "A-2-0316", "A-3-0315", "A2-0315X", "0315"])
    def test_a_wrong_tail_or_code_does_not_match(self, given_text: str) -> None:
        assert pickup_matches(given_text, self.CODE, self.PHONE) is False

    @pytest.mark.parametrize("phone", ["", "678", "6-7-8"])
    def test_a_phone_too_short_never_matches_a_tail(self, phone: str) -> None:
        assert pickup_matches("0678", self.CODE, phone) is False
        assert pickup_matches("678", self.CODE, phone) is False

    @pytest.mark.parametrize("given_text", ["", "   ", "\t"])
    def test_nothing_typed_never_matches(self, given_text: str) -> None:
        assert pickup_matches(given_text, self.CODE, self.PHONE) is False
        assert pickup_matches(given_text, "", "") is False

    @given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
    def test_the_last_four_digits_of_any_mobile_match(self, phone: str) -> None:
        assert pickup_matches(phone[-4:], self.CODE, phone) is True
        wrong = f"{(int(phone[-4:]) + 1) % 10_000:04d}"
        assert pickup_matches(wrong, self.CODE, phone) is False


class TestEmsShortfall:
    @pytest.mark.parametrize("payment", [Payment.PREPAID, Payment.COLLECT])
    def test_the_courier_collects_what_the_paid_freight_does_not_cover(
            self, payment: Payment) -> None:
        assert ems_shortfall(payment, Decimal("12"), Decimal("20.5")) == Decimal("8.50")
        assert str(ems_shortfall(payment, Decimal("12"), Decimal("20.5"))) == "8.50"

    @pytest.mark.parametrize("payment", [Payment.PREPAID, Payment.COLLECT])
    def test_nothing_when_the_paid_freight_covers_it(self, payment: Payment) -> None:
        assert str(ems_shortfall(payment, Decimal("25"), Decimal("20"))) == "0.00"
        assert str(ems_shortfall(payment, Decimal("20"), Decimal("20"))) == "0.00"

    def test_rounds_half_up_to_the_cent(self) -> None:
        assert ems_shortfall(Payment.PREPAID, Decimal("0"), Decimal("10.005")) == Decimal(
            "10.01")

    @pytest.mark.parametrize(("paid", "fee"), [("0", "30"), ("50", "30"), ("10", "10")])
    def test_an_account_customer_is_billed_so_nothing_is_collected(
            self, paid: str, fee: str) -> None:
        assert str(ems_shortfall(Payment.ACCOUNT, Decimal(paid), Decimal(fee))) == "0.00"


class TestCompareLists:
    def test_matched_missing_and_unexpected_are_sorted(self) -> None:
        result = compare_lists(["3", "1", "2", "5"], ["5", "4", "1", "9"])
        assert result == ListCheck(matched=("1", "5"), missing=("2", "3"),
                                   unexpected=("4", "9"))
        assert result.clean is False

    def test_the_same_parcels_in_another_order_are_clean(self) -> None:
        result = compare_lists(["b", "a"], ["a", "b", "a"])
        assert result == ListCheck(("a", "b"), (), ())
        assert result.clean is True

    def test_only_missing_or_only_unexpected_is_not_clean(self) -> None:
        assert compare_lists(["a", "b"], ["a"]).clean is False
        assert compare_lists(["a"], ["a", "b"]).clean is False

    def test_two_empty_lists_are_clean(self) -> None:
        assert compare_lists([], []) == ListCheck((), (), ())
        assert compare_lists([], []).clean is True

    @given(st.lists(st.text("0123456789", min_size=1, max_size=3)),
           st.lists(st.text("0123456789", min_size=1, max_size=3)))
    def test_every_number_is_in_exactly_one_group(self, want: list[str], got: list[str]) -> None:
        result = compare_lists(want, got)
        groups = (result.matched, result.missing, result.unexpected)
        assert set(result.matched) | set(result.missing) == set(want)
        assert set(result.matched) | set(result.unexpected) == set(got)
        assert sum(len(g) for g in groups) == len(set(want) | set(got))
        assert all(list(g) == sorted(g) for g in groups)
        assert result.clean is (set(want) == set(got))


# --- return tariff (WH-11) ---------------------------------------------------------------


def fee(province: str, weight: str) -> Decimal:
    return return_fee(SAMPLE_RETURN_TARIFF, province, Decimal(weight))


class TestReturnFee:
    @pytest.mark.parametrize("province", ["江苏省", "浙江省", "上海市", "安徽省"])
    @pytest.mark.parametrize("weight", ["0.01", "5", "5.01", "80", "1000"])
    def test_jiangzhehu_wan_is_free_at_any_weight(self, province: str, weight: str) -> None:
        assert str(fee(province, weight)) == "0.00"

    @pytest.mark.parametrize("city", ["菏泽市", "济宁市", "枣庄市"])
    def test_wh11_lu_xinan_cities_are_free_the_rest_of_shandong_is_not(self, city: str) -> None:
        """Issue 16: the shipped reading is 江浙沪皖 + 鲁西南; a city row overrides 山东省."""
        assert return_fee(SAMPLE_RETURN_TARIFF, "山东省", Decimal("12"), city) == 0
        assert return_fee(SAMPLE_RETURN_TARIFF, "山东省", Decimal("12"), "青岛市") > 0
        assert return_fee(SAMPLE_RETURN_TARIFF, "山东省", Decimal("12")) > 0
        assert "鲁西南" in TARIFF_READING

    def test_wh11_a_city_row_overrides_its_provinces_row_in_any_order(self) -> None:
        tariff = tariff_from_rows([
            ("山东", "山东省", "5", "2"), ("菏泽", "山东省菏泽市", "全免", "0"),
            ("其他", "", "0", "5")], PROVINCES)
        assert tariff.rule_for("山东省", "菏泽市").name == "菏泽"
        assert tariff.rule_for("山东省", "济南市").name == "山东"
        assert tariff.rule_for("河南省", "菏泽市").name == "其他"

    @pytest.mark.parametrize(("whole", "weight", "expected"), [
        (False, "5.01", "2.00"), (True, "5.01", "12.00"), (True, "5", "0.00"),
        (False, "7.5", "6.00"), (True, "7.5", "16.00")])
    def test_wh11_above_5_kg_charges_the_excess_or_the_whole_weight(
            self, whole: bool, weight: str, expected: str) -> None:
        tariff = replace(SAMPLE_RETURN_TARIFF, whole_weight=whole)
        assert str(return_fee(tariff, "广东省", Decimal(weight))) == expected

    @pytest.mark.parametrize("place", ["山东省菏泽", "菏泽市", "火星省菏泽市", "山东省市"])
    def test_wh11_a_city_must_be_province_plus_a_city_name(self, place: str) -> None:
        with pytest.raises(FieldInvalid) as info:
            tariff_from_rows([("x", place, "全免", "0"), ("其他", "", "0", "5")], PROVINCES)
        assert info.value.problem == "province"

    @pytest.mark.parametrize(("weight", "expected"), [
        ("0.5", "0.00"), ("5.00", "0.00"), ("5.01", "2.00"), ("6.0", "2.00"),
        ("6.01", "4.00"), ("10", "10.00")])
    @pytest.mark.parametrize("province", ["广东省", "北京市", "河北省"])
    def test_shuttle_areas_are_free_to_5_kg_then_2_per_started_kg(
            self, province: str, weight: str, expected: str) -> None:
        assert str(fee(province, weight)) == expected

    @pytest.mark.parametrize(("weight", "expected"), [
        ("0.01", "5.00"), ("0.4", "5.00"), ("1.0", "5.00"), ("1.01", "10.00"),
        ("2", "10.00"), ("20.5", "105.00")])
    @pytest.mark.parametrize("province", ["四川省", "新疆维吾尔自治区", "火星"])
    def test_elsewhere_5_per_started_kg(self, province: str, weight: str, expected: str) -> None:
        assert str(fee(province, weight)) == expected

    @pytest.mark.parametrize(("weight", "expected"), [
        ("0.3", "8.00"), ("1", "8.00"), ("2.5", "24.00"), ("3", "24.00")])
    def test_tibet_8_per_started_kg(self, weight: str, expected: str) -> None:
        assert str(fee("西藏自治区", weight)) == expected

    @pytest.mark.parametrize("weight", ["0", "-1", "1000.01", "1.001", "NaN", "Infinity",
                                        "-Infinity", "sNaN"])
    @pytest.mark.parametrize("province", ["江苏省", "广东省", "四川省"])
    def test_an_invalid_weight_is_refused_even_where_free(
            self, province: str, weight: str) -> None:
        with pytest.raises(FieldInvalid) as info:
            fee(province, weight)
        assert (info.value.field, info.value.problem) == ("weight", "range")

    def test_check_weight_names_the_field(self) -> None:
        with pytest.raises(FieldInvalid) as info:
            check_weight(Decimal("0"), "ems_weight")
        assert info.value.field == "ems_weight"
        assert check_weight(Decimal("1000")) == Decimal("1000")

    def test_rules_are_checked_in_order_and_the_default_applies_elsewhere(self) -> None:
        assert SAMPLE_RETURN_TARIFF.rule_for("浙江省").name == "江浙沪皖鲁西南"
        assert SAMPLE_RETURN_TARIFF.rule_for("西藏自治区").name == "西藏"
        assert SAMPLE_RETURN_TARIFF.rule_for("湖南省").name == "网络班车"
        assert SAMPLE_RETURN_TARIFF.rule_for("青海省") is SAMPLE_RETURN_TARIFF.default

    @given(st.sampled_from(["江苏省", "浙江省", "上海市", "安徽省"]),
           st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000"), places=2))
    def test_free_provinces_are_free_for_every_valid_weight(
            self, province: str, weight: Decimal) -> None:
        assert return_fee(SAMPLE_RETURN_TARIFF, province, weight) == 0

    @given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000"), places=2))
    def test_elsewhere_the_fee_is_5_per_started_kilogram(self, weight: Decimal) -> None:
        charged = return_fee(SAMPLE_RETURN_TARIFF, "云南省", weight)
        kilos = charged / 5
        assert kilos == kilos.to_integral_value()
        assert kilos - 1 < weight <= kilos


SAMPLE_ROWS = [
    ("江浙沪皖鲁西南", "江苏省、浙江省、上海市、安徽省、山东省菏泽市、山东省济宁市、山东省枣庄市",
     "全免", "0"),
    ("西藏", "西藏自治区", "0", "8"),
    ("网络班车", "福建省、江西省、河南省、湖北省、湖南省、广东省、北京市、天津市、河北省", "5",
     "2"),
    ("其他地区", "", "0", "5"),
]


@st.composite
def tariffs(draw: st.DrawFn) -> ReturnTariff:
    provinces = draw(st.permutations(PROVINCES))
    sizes = draw(st.lists(st.integers(1, 4), max_size=6))
    names = st.text("甲乙丙丁ABC区", min_size=1, max_size=6)
    money = st.decimals(min_value=Decimal("0"), max_value=Decimal("1000"), places=2)
    rules = []
    start = 0
    for size in sizes:
        chunk = tuple(provinces[start:start + size])
        start += size
        rules.append(TariffRule(draw(names), chunk, draw(st.none() | money), draw(money)))
    default = TariffRule(draw(names), (), draw(st.none() | money), draw(money))
    return ReturnTariff(tuple(rules), default)


class TestTariffRows:
    def test_the_sample_as_rows(self) -> None:
        assert tariff_rows(SAMPLE_RETURN_TARIFF) == SAMPLE_ROWS

    def test_the_sample_round_trips(self) -> None:
        assert tariff_from_rows(tariff_rows(SAMPLE_RETURN_TARIFF), PROVINCES) == (
            SAMPLE_RETURN_TARIFF)

    @given(tariffs())
    def test_any_tariff_round_trips(self, tariff: ReturnTariff) -> None:
        parsed = tariff_from_rows(tariff_rows(tariff), PROVINCES)
        assert parsed == tariff
        assert tariff_rows(parsed) == tariff_rows(tariff)

    def test_numbers_are_written_without_trailing_zeros(self) -> None:
        tariff = ReturnTariff((), TariffRule("其他", (), Decimal("5.00"), Decimal("2.50")))
        assert tariff_rows(tariff) == [("其他", "", "5", "2.5")]

    def test_edited_rows_are_trimmed_and_blank_rows_skipped(self) -> None:
        rows: list[tuple[str, ...]] = [
            (" 近邻 ", " 江苏省,浙江省，上海市、 ", " 全免 ", ""),
            ("", "", "", ""),
            ("其他", "", "1", "5"),
            (),
        ]
        tariff = tariff_from_rows(rows, PROVINCES)
        assert tariff == ReturnTariff(
            (TariffRule("近邻", ("江苏省", "浙江省", "上海市"), None, Decimal("0")),),
            TariffRule("其他", (), Decimal("1"), Decimal("5")))

    @pytest.mark.parametrize("free", ["全免", "free"])
    def test_free_words_mean_always_free(self, free: str) -> None:
        tariff = tariff_from_rows([("其他", "", free, "5")], PROVINCES)
        assert tariff.default.free_kg is None

    def test_a_cleared_free_cell_is_refused_not_free(self) -> None:
        error = self.error([("A", "江苏省", "全免", "0"), ("其他", "", "", "5")])
        assert (error.problem, error.detail) == ("number", "2")

    def test_a_row_without_a_name_gets_a_dash(self) -> None:
        assert tariff_from_rows([("", "", "0", "5")], PROVINCES).default.name == "—"

    def test_a_short_row_is_padded_and_refused_without_its_free_weight(self) -> None:
        error = self.error([("其他", "")])
        assert (error.problem, error.detail) == ("number", "1")

    def test_the_edited_tariff_is_applied(self) -> None:
        rows = [*SAMPLE_ROWS[:-1], ("其他地区", "", "1", "6")]
        tariff = tariff_from_rows(rows, PROVINCES)
        assert return_fee(tariff, "四川省", Decimal("1")) == 0
        assert return_fee(tariff, "四川省", Decimal("1.5")) == Decimal("6.00")

    def error(self, rows: list[tuple[str, ...]]) -> FieldInvalid:
        with pytest.raises(FieldInvalid) as info:
            tariff_from_rows(rows, PROVINCES)
        assert info.value.field == "tariff"
        return info.value

    def test_an_unknown_province_is_refused_with_its_row(self) -> None:
        error = self.error([("A", "江苏省、江苏、火星", "全免", "0"), ("其他", "", "0", "5")])
        assert (error.problem, error.detail) == ("province", "1: 江苏、火星")

    def test_a_province_in_two_rows_is_refused(self) -> None:
        error = self.error([("A", "江苏省、浙江省", "全免", "0"), ("B", "西藏自治区、浙江省",
                                                              "0", "8"),
                            ("其他", "", "0", "5")])
        assert (error.problem, error.detail) == ("twice", "2: 浙江省")

    def test_a_province_twice_in_one_row_is_refused(self) -> None:
        error = self.error([("A", "江苏省、江苏省", "全免", "0"), ("其他", "", "0", "5")])
        assert (error.problem, error.detail) == ("twice", "1: 江苏省")

    def test_no_default_row_is_refused(self) -> None:
        error = self.error([("A", "江苏省", "全免", "0")])
        assert (error.problem, error.detail) == ("default", "0")

    def test_no_rows_at_all_is_refused(self) -> None:
        assert self.error([]).problem == "default"

    def test_two_default_rows_are_refused_at_the_second(self) -> None:
        error = self.error([("其他", "", "0", "5"), ("A", "江苏省", "全免", "0"),
                            ("又一个", "", "0", "6")])
        assert (error.problem, error.detail) == ("default", "3")

    @pytest.mark.parametrize(("free", "per"), [
        ("abc", "5"), ("5", "五"), ("-1", "5"), ("5", "-0.5"), ("5", "1000.01"),
        ("NaN", "5"), ("5", "NaN"), ("Infinity", "5"), ("5", "Infinity"), ("5kg", "2")])
    def test_a_bad_number_is_refused_with_its_row(self, free: str, per: str) -> None:
        error = self.error([("A", "江苏省", "全免", "0"), ("其他", "", free, per)])
        assert (error.problem, error.detail) == ("number", "2")

    def test_the_number_limits_are_accepted(self) -> None:
        tariff = tariff_from_rows([("其他", "", "0", "1000")], PROVINCES)
        assert tariff.default.per_kg == 1000


# --- search ------------------------------------------------------------------------------


class TestSearch:
    @pytest.mark.parametrize(("text", "kind"), [
        ("1234", SearchKind.PHONE_TAIL),
        (" 5678 ", SearchKind.PHONE_TAIL),
        ("12345", SearchKind.WAYBILL),
        ("773165231258", SearchKind.WAYBILL),
        ("EA123456789CN", SearchKind.WAYBILL),
        ("ab123", SearchKind.WAYBILL),
        ("张三", SearchKind.NAME),
        ("张", SearchKind.NAME),
        ("Smith", SearchKind.NAME),
        ("abc", SearchKind.NAME),
        ("张三1", SearchKind.NAME),
    ])
    def test_the_kind_of_a_search_text(self, text: str, kind: SearchKind) -> None:
        assert search_kind(text) is kind

    @pytest.mark.parametrize("text", ["", "   ", "123", "12", "A12", "ab1"])
    def test_nothing_usable(self, text: str) -> None:
        assert search_kind(text) is None

    @pytest.mark.parametrize(("phone", "tail"), [
        ("13812345678", "5678"), ("138-1234-5678", "5678"), ("0571-88886666", "6666"),
        ("1234", "1234"), ("123", ""), ("", ""), ("无", "")])
    def test_phone_tail(self, phone: str, tail: str) -> None:
        assert phone_tail(phone) == tail

    @given(st.text())
    def test_phone_tail_is_four_digits_or_nothing(self, phone: str) -> None:
        tail = phone_tail(phone)
        assert tail == "" or (len(tail) == 4 and tail.isdigit())

    @given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
    def test_the_tail_of_a_mobile_is_a_phone_tail_search(self, phone: str) -> None:
        assert search_kind(phone_tail(phone)) is SearchKind.PHONE_TAIL
        assert search_kind(phone) is SearchKind.WAYBILL


class TestHeadlessDescription:
    def test_a_description_is_trimmed_and_whitespace_collapsed(self) -> None:
        assert check_headless_description("  红色纸箱 \n 约3公斤  ") == "红色纸箱 约3公斤"

    @pytest.mark.parametrize("text", ["", "   ", "\n\t"])
    def test_a_description_is_required(self, text: str) -> None:
        with pytest.raises(FieldInvalid) as info:
            check_headless_description(text)
        assert (info.value.field, info.value.problem) == ("description", "required")

    @pytest.mark.parametrize("text", ["箱", "红箱子", " a  b "])
    def test_shorter_than_4_characters_is_too_short(self, text: str) -> None:
        with pytest.raises(FieldInvalid) as info:
            check_headless_description(text)
        assert (info.value.field, info.value.problem, info.value.detail) == (
            "description", "too_short", "4")

    def test_four_characters_are_enough(self) -> None:
        assert check_headless_description("红色箱子") == "红色箱子"

    def test_too_long_is_refused(self) -> None:
        with pytest.raises(FieldInvalid) as info:
            check_headless_description("箱" * (MAX_TEXT + 1))
        assert (info.value.field, info.value.problem) == ("description", "too_long")
        assert check_headless_description("箱" * MAX_TEXT) == "箱" * MAX_TEXT
