"""Issue 20 rules: Chinese SMS length (70 / 67), templates, reminders timed to WH-8, consent
(X-7)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.notify import (
    DEFAULT_TEMPLATES,
    Consent,
    ConsentChannel,
    ConsentDecision,
    NoticeKind,
    ReplyIntent,
    check_template,
    check_valid_until,
    collected_by_customer,
    has_consent,
    mask_phone_for_log,
    planned_reminders,
    render,
    reply_intent,
    sms_length,
    template_params,
)
from counter_app.domain.warehouse import (
    CallOutcome,
    DeadlineRules,
    OutOfAreaAnswer,
    ProblemDetails,
    Reason,
)

IN = datetime(2026, 11, 23, 10, 0)


@pytest.mark.parametrize(("chars", "parts", "room"), [
    (0, 0, 70), (1, 1, 69), (70, 1, 0), (71, 2, 63), (134, 2, 0), (135, 3, 66), (201, 3, 0),
    (202, 4, 66)])
def test_sms_parts_70_single_67_concatenated(chars: int, parts: int, room: int) -> None:
    length = sms_length("字" * chars)
    assert (length.chars, length.parts, length.room) == (chars, parts, room)


def test_signature_and_latin_characters_count_like_chinese_ones() -> None:
    # 【五亭龙驿站】 = 5 + 2 brackets
    assert sms_length("a" * 63, "五亭龙驿站").chars == 70
    assert sms_length("a" * 63, "五亭龙驿站").parts == 1
    assert sms_length("a" * 64, "五亭龙驿站").parts == 2


@given(st.text(max_size=400))
def test_parts_always_hold_the_text(text: str) -> None:
    length = sms_length(text)
    capacity = 70 if length.parts <= 1 else 67 * length.parts
    assert length.chars <= capacity
    assert length.parts <= 1 or length.chars > 70
    assert length.chars + length.room == capacity


def test_default_templates_are_valid_and_render_with_a_parcel() -> None:
    values = {"station": "五亭龙营业部", "code": "A-2-0315", "address": "文三路 259 号",
              "hours": "8:00-20:00", "waybill": "773165231200001", "due": "11月25日",
              "phone": "0571-88886666"}
    for kind, template in DEFAULT_TEMPLATES.items():
        assert check_template(template) == template
        text = render(template, values)
        assert "{" not in text, kind
    assert "A-2-0315" in render(DEFAULT_TEMPLATES[NoticeKind.ARRIVED], values)
    assert template_params("取件码{code}，{station}{code}", values) == {
        "code": "A-2-0315", "station": "五亭龙营业部"}


@pytest.mark.parametrize(("text", "problem"), [("", "required"), ("码{pin}", "unknown_placeholder"),
                                           ("码{code", "unbalanced"), ("a\x07b", "characters"),
                                           ("字" * 301, "too_long")])
def test_bad_templates_are_refused(text: str, problem: str) -> None:
    with pytest.raises(FieldInvalid) as err:
        check_template(text)
    assert err.value.field == "template"
    assert err.value.problem == problem


def test_wh8_self_pickup_reminder_the_day_before_and_last_day_on_the_day() -> None:
    # in on the 23rd with 3 days: due on the 25th (day 1 = arrival) → reminder 24th, last 25th
    plan = planned_reminders(Reason.SELF_PICKUP, ProblemDetails(), IN, None, DeadlineRules())
    assert [(p.kind, p.send_on) for p in plan] == [
        (NoticeKind.REMINDER, date(2026, 11, 24)), (NoticeKind.LAST_DAY, date(2026, 11, 25))]
    assert {p.due_on for p in plan} == {date(2026, 11, 25)}


def test_wh8_short_self_pickup_period_has_no_reminder_before_arrival() -> None:
    plan = planned_reminders(Reason.SELF_PICKUP, ProblemDetails(), IN, None,
                             DeadlineRules(self_pickup_days=1))
    assert [(p.kind, p.send_on) for p in plan] == [(NoticeKind.LAST_DAY, IN.date())]


def test_wh8_notified_parcel_reminded_the_day_before_the_period_ends() -> None:
    notified = IN + timedelta(hours=2)
    plan = planned_reminders(Reason.NOBODY_HOME, ProblemDetails(), IN, notified, DeadlineRules())
    assert [(p.kind, p.send_on, p.due_on) for p in plan] == [
        (NoticeKind.REMINDER, date(2026, 11, 25), date(2026, 11, 26))]
    assert planned_reminders(Reason.NOBODY_HOME, ProblemDetails(), IN, None,
                             DeadlineRules()) == []


def test_problem_parcel_waiting_for_an_answer_gets_the_problem_notice_once_on_day_two() -> None:
    plan = planned_reminders(Reason.ADDRESS_UNCLEAR, ProblemDetails(reached=False), IN, None,
                             DeadlineRules())
    assert [(p.kind, p.send_on) for p in plan] == [(NoticeKind.PROBLEM, date(2026, 11, 24))]
    assert planned_reminders(Reason.MOVED, ProblemDetails(), IN, None, DeadlineRules())[0].kind \
        is NoticeKind.PROBLEM
    assert planned_reminders(Reason.OUT_OF_AREA, ProblemDetails(), IN, None,
                             DeadlineRules())[0].kind is NoticeKind.PROBLEM
    # answered, reached, a number out of service, or nothing to ask: no problem notice
    assert planned_reminders(Reason.MOVED, ProblemDetails(
        reached=False, call_outcome=CallOutcome.SUSPENDED), IN, None, DeadlineRules()) == []
    assert planned_reminders(Reason.ADDRESS_UNCLEAR, ProblemDetails(reached=True), IN, None,
                             DeadlineRules()) == []
    assert planned_reminders(Reason.OUT_OF_AREA,
                             ProblemDetails(answer=OutOfAreaAnswer.WONT_COLLECT), IN, None,
                             DeadlineRules()) == []
    for reason in (Reason.REFUSED, Reason.RETURN, Reason.DAMAGED, Reason.MISSORTED,
                   Reason.COD_REFUSED):
        assert planned_reminders(reason, ProblemDetails(), IN, None, DeadlineRules()) == []


def test_replies_are_highlighted_by_their_words_never_acted_on() -> None:
    assert reply_intent("不要了，退回吧") is ReplyIntent.RETURN
    assert reply_intent("拒收") is ReplyIntent.RETURN
    assert reply_intent("请送货上门") is ReplyIntent.DOOR
    assert reply_intent("不用送上门，我明天自己取") is None
    assert reply_intent(" td ") is ReplyIntent.STOP
    assert reply_intent("退订") is ReplyIntent.STOP
    assert reply_intent("好的，谢谢") is None


def test_x7_collected_reasons() -> None:
    assert collected_by_customer(Reason.SELF_PICKUP, ProblemDetails())
    assert collected_by_customer(Reason.OUT_OF_AREA,
                                 ProblemDetails(answer=OutOfAreaAnswer.WILL_COLLECT))
    assert not collected_by_customer(Reason.OUT_OF_AREA,
                                     ProblemDetails(answer=OutOfAreaAnswer.WONT_COLLECT))
    assert not collected_by_customer(Reason.NOBODY_HOME, ProblemDetails())


def _consent(decision: ConsentDecision, until: date) -> Consent:
    return Consent("13800001234", decision, ConsentChannel.PHONE, IN, "2001", until)


def test_x7_consent_counts_only_station_pickup_within_its_validity() -> None:
    day = IN.date()
    assert has_consent(_consent(ConsentDecision.STATION_PICKUP, day), day)
    assert not has_consent(_consent(ConsentDecision.STATION_PICKUP, day - timedelta(days=1)),
                           day)
    assert not has_consent(_consent(ConsentDecision.DOOR_DELIVERY, day + timedelta(days=9)), day)
    assert not has_consent(_consent(ConsentDecision.REFUSED, day + timedelta(days=9)), day)
    assert not has_consent(None, day)


def test_x7_valid_until_not_past_not_beyond_three_years() -> None:
    today = IN.date()
    assert check_valid_until(today, today) == today
    with pytest.raises(FieldInvalid) as err:
        check_valid_until(today - timedelta(days=1), today)
    assert err.value.problem == "past"
    with pytest.raises(FieldInvalid):
        check_valid_until(today + timedelta(days=3 * 365 + 1), today)


def test_x2_phone_masked_for_logs() -> None:
    assert mask_phone_for_log("13800001234") == "*******1234"
    assert mask_phone_for_log("") == ""
