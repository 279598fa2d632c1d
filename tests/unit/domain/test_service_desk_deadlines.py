"""The service desk's deadlines at their edges (CS-2 reply clocks, CS-7 claim windows)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.service_desk import (
    CHECKLISTS,
    CallerKind,
    Channel,
    Claim,
    ClaimKind,
    Enquiry,
    EnquiryCase,
    EnquiryKind,
    PickupRules,
    ReplyClock,
    Urgency,
    claim_in_time,
    claim_urgency,
    claim_window_ends,
    finance_due,
    reply_due,
    run_day,
    settlement_due,
    urgency,
)

CLOCK = ReplyClock()  # 30 min / 2 h, desk 08:00–18:00 every day, 09:00 next morning
CUSTOMER, POINT = CallerKind.CUSTOMER, CallerKind.NETWORK_POINT


def test_cs2_customer_answered_within_half_an_hour() -> None:
    assert reply_due(CLOCK, datetime(2026, 12, 3, 10, 0), CUSTOMER) == datetime(2026, 12, 3, 10, 30)


def test_cs2_network_point_answered_within_two_hours() -> None:
    assert reply_due(CLOCK, datetime(2026, 12, 3, 10, 0), POINT) == datetime(2026, 12, 3, 12, 0)


def test_cs2_clock_ending_exactly_at_closing_stays_today() -> None:
    assert reply_due(CLOCK, datetime(2026, 12, 3, 17, 30), CUSTOMER) == datetime(2026, 12, 3, 18, 0)


def test_cs2_1745_plus_30_minutes_across_closing_is_due_0900_next_day() -> None:
    # 17:45 + 30 min = 18:15, after the desk closes at 18:00: passed on, answered by 09:00
    assert reply_due(CLOCK, datetime(2026, 12, 3, 17, 45), CUSTOMER) == datetime(2026, 12, 4, 9, 0)


def test_cs2_friday_two_hour_enquiry_after_1600_goes_to_saturday_on_a_seven_day_desk() -> None:
    friday = datetime(2026, 12, 4, 16, 30)
    assert friday.weekday() == 4
    assert reply_due(CLOCK, friday, POINT) == datetime(2026, 12, 5, 9, 0)
    assert reply_due(CLOCK, datetime(2026, 12, 4, 16, 0), POINT) == datetime(2026, 12, 4, 18, 0)


def test_cs2_friday_two_hour_enquiry_on_a_weekday_desk_goes_to_monday() -> None:
    weekdays = ReplyClock(open_days=frozenset(range(5)))
    assert reply_due(weekdays, datetime(2026, 12, 4, 16, 30), POINT) == datetime(2026, 12, 7, 9, 0)
    # and one that comes in on Saturday waits for Monday 09:00 too
    saturday = datetime(2026, 12, 5, 11, 0)
    assert reply_due(weekdays, saturday, CUSTOMER) == datetime(2026, 12, 7, 9, 0)


def test_cs2_after_hours_at_month_end_is_due_on_the_first_of_the_next_month() -> None:
    assert reply_due(CLOCK, datetime(2026, 11, 30, 20, 10), CUSTOMER) == datetime(2026, 12, 1, 9, 0)
    assert reply_due(CLOCK, datetime(2026, 12, 31, 17, 50), POINT) == datetime(2027, 1, 1, 9, 0)
    assert reply_due(CLOCK, datetime(2027, 2, 28, 23, 59), CUSTOMER) == datetime(2027, 3, 1, 9, 0)


def test_cs2_before_opening_is_due_by_that_mornings_deadline() -> None:
    assert reply_due(CLOCK, datetime(2026, 12, 3, 6, 40), CUSTOMER) == datetime(2026, 12, 3, 9, 0)
    # a 2 h clock from opening (10:00) is later than 09:00: the clock wins
    assert reply_due(CLOCK, datetime(2026, 12, 3, 7, 0), POINT) == datetime(2026, 12, 3, 10, 0)


def test_cs2_clocks_are_settings() -> None:
    slow = ReplyClock(customer_minutes=45, closes=time(19, 30))
    assert reply_due(slow, datetime(2026, 12, 3, 18, 40), CUSTOMER) == datetime(2026, 12, 3, 19, 25)
    assert ReplyClock.from_json(slow.to_json()) == slow


@pytest.mark.parametrize("kwargs", [
    {"customer_minutes": 0}, {"opens": time(18, 0), "closes": time(8, 0)},
    {"morning_deadline": time(7, 0)}, {"open_days": frozenset()},
])
def test_impossible_clocks_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(FieldInvalid):
        ReplyClock(**kwargs)  # type: ignore[arg-type]


def test_urgency_edges() -> None:
    due = datetime(2026, 12, 3, 10, 30)
    assert urgency(CLOCK, due, datetime(2026, 12, 3, 10, 19)) is Urgency.IN_TIME
    assert urgency(CLOCK, due, datetime(2026, 12, 3, 10, 20)) is Urgency.NEARLY_DUE
    assert urgency(CLOCK, due, due) is Urgency.NEARLY_DUE
    assert urgency(CLOCK, due, datetime(2026, 12, 3, 10, 30, 1)) is Urgency.OVERDUE


def test_x4_missing_phones_and_addresses_are_named() -> None:
    enquiry = Enquiry(id=1, waybill_no="773012345678901", kind=EnquiryKind.DELIVERY_CHASE,
                      channel=Channel.PHONE, caller_kind=CUSTOMER, caller_name="张伟",
                      caller_phone="13800001111", question="到哪了",
                      received_at=datetime(2026, 12, 3, 10, 0), received_by="3001",
                      due_at=datetime(2026, 12, 3, 10, 30), recipient_phone="13800001111")
    assert enquiry.missing() == ("sender_phone", "sender_address", "recipient_address")
    assert enquiry.open
    assert not enquiry.late()


def test_cs5_every_case_has_a_checklist() -> None:
    assert set(CHECKLISTS) == set(EnquiryCase)
    assert "check_proxy_places" in CHECKLISTS[EnquiryCase.SIGNED_NOT_RECEIVED]
    assert "check_headless_list" in CHECKLISTS[EnquiryCase.STUCK_AT_HUB]


def test_cs7_written_claim_window_is_15_days_from_sending() -> None:
    assert claim_window_ends(date(2026, 3, 1)) == date(2026, 3, 16)
    assert claim_in_time(date(2026, 3, 1), date(2026, 3, 16))
    assert not claim_in_time(date(2026, 3, 1), date(2026, 3, 17))
    # across a month end
    assert claim_window_ends(date(2026, 1, 25)) == date(2026, 2, 9)
    assert not claim_in_time(date(2026, 1, 25), date(2026, 1, 24))


def test_cs7_settlement_30_days_for_loss_15_for_delay_or_damage_across_month_ends() -> None:
    assert settlement_due(ClaimKind.LOSS, date(2026, 1, 31)) == date(2026, 3, 2)
    assert settlement_due(ClaimKind.LOSS, date(2028, 1, 31)) == date(2028, 3, 1)  # leap year
    assert settlement_due(ClaimKind.DAMAGE, date(2026, 2, 20)) == date(2026, 3, 7)
    assert settlement_due(ClaimKind.DELAY, date(2026, 12, 20)) == date(2027, 1, 4)


def test_cs7_letters_to_finance_within_3_days_of_agreement() -> None:
    assert finance_due(date(2026, 2, 27)) == date(2026, 3, 2)


def test_cs6_an_upheld_complaint_records_its_fine() -> None:
    from decimal import Decimal

    from counter_app.domain.service_desk import Ruling, check_fine

    assert check_fine(Ruling.UPHELD, Decimal(200)) == Decimal(200)
    assert check_fine(Ruling.NOT_UPHELD, Decimal(100)) is None
    with pytest.raises(FieldInvalid):
        check_fine(Ruling.UPHELD, None)
    with pytest.raises(FieldInvalid):
        check_fine(Ruling.UPHELD, Decimal(-1))


def test_cs8_pickups_after_1500_and_after_hours_next_day() -> None:
    from counter_app.domain.service_desk import PickupRules, pickup_slot

    rules = PickupRules()
    assert pickup_slot(rules, datetime(2026, 12, 3, 9, 10)) == datetime(2026, 12, 3, 15, 0)
    assert pickup_slot(rules, datetime(2026, 12, 3, 16, 20, 33)) == datetime(2026, 12, 3, 16, 20)
    assert pickup_slot(rules, datetime(2026, 12, 3, 18, 59)) == datetime(2026, 12, 3, 18, 59)
    assert pickup_slot(rules, datetime(2026, 12, 3, 19, 0)) == datetime(2026, 12, 4, 15, 0)
    assert pickup_slot(rules, datetime(2026, 12, 31, 20, 0)) == datetime(2027, 1, 1, 15, 0)


def test_cs8_courier_area_fits_district_and_street() -> None:
    from counter_app.domain.service_desk import area_score

    assert area_score("西湖区文三路片区", "西湖区", "文三路259号") == 2
    assert area_score("西湖区古荡片区", "西湖区", "文三路259号") == 1
    assert area_score("滨江区长河片区", "西湖区", "文三路259号") == 0
    assert area_score("西湖区文三路片区", "", "文三路") == 0


def test_cs8_branches_typed_one_a_line() -> None:
    from counter_app.domain.service_desk import Branch, branches_text, parse_branches

    typed = ("三墩分点 | 杭州市西湖区三墩镇振华路1号 | 057188880001 | 西湖区\n"
             "\n余杭分点｜临平街道1号｜057188880002")
    branches = parse_branches(typed)
    assert branches == [Branch("三墩分点", "杭州市西湖区三墩镇振华路1号", "057188880001", "西湖区"),
                        Branch("余杭分点", "临平街道1号", "057188880002")]
    assert parse_branches(branches_text(branches)) == branches
    with pytest.raises(FieldInvalid) as caught:
        parse_branches("三墩分点 | 杭州\nx | y | z")
    assert caught.value.detail == "1"


# --- claims on the deadline list (CS-7), the pickup times and the drivers' run (CS-8) -------


def _claim(kind: str = "damage", claimed_on: date = date(2026, 11, 20),
           **changes: object) -> Claim:
    values: dict[str, object] = dict(
        id=1, waybill_no="773012345678901", kind=ClaimKind(kind), sent_on=claimed_on,
        claimed_on=claimed_on, claimant_name="王芳", claimant_phone="13900005678",
        description="破损", received_by="5001",
        settle_by=settlement_due(ClaimKind(kind), claimed_on))
    values.update(changes)
    return Claim(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("today", "state"), [
    (date(2026, 12, 1), "in_time"),  # 4 days before 12-05 (15 days from 11-20)
    (date(2026, 12, 2), "nearly_due"),  # 3 days before: amber
    (date(2026, 12, 5), "nearly_due"),  # the settlement day itself
    (date(2026, 12, 6), "overdue"),  # the day after
])
def test_cs7_claim_urgency_at_the_edges_of_the_settlement_day(today: date, state: str) -> None:
    claim = _claim()
    assert claim.settle_by == date(2026, 12, 5)
    assert claim_urgency(claim, today).value == state


def test_cs7_a_loss_has_30_days_across_the_month_end_and_agreement_moves_the_deadline() -> None:
    loss = _claim("loss", date(2026, 1, 31))
    assert loss.settle_by == date(2026, 3, 2)  # 30 calendar days across February
    agreed = _claim(agreed_on=date(2026, 12, 1), finance_by=date(2026, 12, 4))
    # agreed: the settlement day no longer counts, the letters' day does
    assert claim_urgency(agreed, date(2026, 12, 3)).value == "in_time"
    assert claim_urgency(agreed, date(2026, 12, 4)).value == "nearly_due"  # letters due today
    assert claim_urgency(agreed, date(2026, 12, 5)).value == "overdue"
    handed = _claim(agreed_on=date(2026, 12, 1), finance_by=date(2026, 12, 4),
                    handed_on=date(2026, 12, 2))
    assert claim_urgency(handed, date(2026, 12, 31)).value == "in_time"


def test_cs8_pickup_times_round_trip_and_the_drivers_run_day_at_closing_time() -> None:
    rules = PickupRules(earliest=time(14, 0), desk_closes=time(18, 30),
                        morning_until=time(11, 0))
    assert PickupRules.from_json(rules.to_json()) == rules
    assert PickupRules.from_json('{"earliest": "14:00"}') == PickupRules(earliest=time(14, 0))
    assert run_day(PickupRules(), datetime(2026, 11, 30, 18, 59)) == date(2026, 11, 30)
    assert run_day(PickupRules(), datetime(2026, 11, 30, 19, 0)) == date(2026, 12, 1)  # month end
    with pytest.raises(FieldInvalid) as caught:
        PickupRules(morning_until=time(19, 0))
    assert caught.value.field == "morning_until"
