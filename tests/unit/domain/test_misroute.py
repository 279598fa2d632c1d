"""Misroute register rules: completeness (MR-2), report order (MR-3), due dates (MR-5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from counter_app.domain.misroute import (
    MisrouteAction,
    MisrouteEntry,
    due_date,
    group_for_report,
    next_month,
    parse_month,
    previous_month,
    reminder_starts,
)

FULL = MisrouteEntry(
    waybill_no="77316523125896", origin_province="浙江省", origin_site="温州瓯海",
    wrong_dazi="杭州西湖", correct_dazi="杭州五亭龙", found_on=date(2026, 11, 3), found_by="2001",
    action=MisrouteAction.CROSSED_OUT,
)


class TestCompleteness:
    def test_a_full_row_is_complete_but_not_reportable_until_verified(self) -> None:
        assert FULL.missing_fields() == ()
        assert FULL.reportable is False
        verified = replace(FULL, verified_by="1001", verified_at=datetime(2026, 11, 3, 10))
        assert verified.reportable is True

    def test_every_empty_field_is_named(self) -> None:
        empty = MisrouteEntry("77316523125896", "", " ", "", "", None, "", None)
        assert empty.missing_fields() == (
            "origin_province", "origin_site", "wrong_dazi", "correct_dazi", "found_on",
            "found_by", "action")

    def test_missing_dazi_may_leave_the_wrong_field_empty_only_when_written(self) -> None:
        written = replace(FULL, wrong_dazi="", action=MisrouteAction.WRITTEN)
        assert written.missing_fields() == ()
        assert replace(FULL, wrong_dazi="").missing_fields() == ("wrong_dazi",)

    def test_province_must_come_from_the_official_list(self) -> None:
        assert replace(FULL, origin_province="浙江").missing_fields() == ("origin_province",)

    def test_crossed_out_dazi_equal_to_the_correct_ones_is_refused(self) -> None:
        same = replace(FULL, wrong_dazi="杭州五亭龙")
        assert same.missing_fields() == ("wrong_dazi",)


class TestReportOrder:
    def test_groups_by_province_in_official_order_then_site_then_date(self) -> None:
        rows = [
            replace(FULL, waybill_no="3", origin_province="广东省", origin_site="广州白云"),
            replace(FULL, waybill_no="2", origin_site="温州瓯海", found_on=date(2026, 11, 9)),
            replace(FULL, waybill_no="1", origin_site="温州瓯海", found_on=date(2026, 11, 2)),
            replace(FULL, waybill_no="4", origin_province="江苏省", origin_site="苏州吴中"),
            replace(FULL, waybill_no="5", origin_site="杭州萧山"),
        ]
        groups = group_for_report(rows)
        # GB/T 2260 order: 江苏省 (32) before 浙江省 (33) before 广东省 (44)
        assert [g.province for g in groups] == ["江苏省", "浙江省", "广东省"]
        zhejiang = groups[1]
        assert [s.site for s in zhejiang.sites] == sorted(["温州瓯海", "杭州萧山"])
        wenzhou = next(s for s in zhejiang.sites if s.site == "温州瓯海")
        assert [e.waybill_no for e in wenzhou.entries] == ["1", "2"]
        assert [g.count for g in groups] == [1, 3, 1]

    def test_order_does_not_depend_on_input_order(self) -> None:
        rows = [replace(FULL, waybill_no=str(i), origin_site=f"站{i % 3}") for i in range(9)]
        forward = group_for_report(rows)
        assert group_for_report(list(reversed(rows))) == forward


class TestDueDates:
    @pytest.mark.parametrize(("month", "due"), [
        ("2026-11", date(2026, 12, 15)),
        ("2026-12", date(2027, 1, 15)),   # year end
        ("2027-01", date(2027, 2, 15)),
    ])
    def test_due_on_the_fifteenth_of_the_following_month(self, month: str, due: date) -> None:
        assert due_date(month) == due

    def test_a_late_due_day_is_clamped_to_the_end_of_february(self) -> None:
        assert due_date("2027-01", due_day=30) == date(2027, 2, 28)
        assert due_date("2028-01", due_day=30) == date(2028, 2, 29)  # leap year

    def test_remote_stations_report_earlier(self) -> None:
        assert due_date("2026-11", due_day=10) == date(2026, 12, 10)

    def test_reminder_starts_days_before_and_crosses_month_ends(self) -> None:
        assert reminder_starts("2026-11", 15, 5) == date(2026, 12, 10)
        assert reminder_starts("2026-12", 3, 5) == date(2026, 12, 29)

    def test_month_arithmetic(self) -> None:
        assert (next_month("2026-12"), previous_month("2027-01")) == ("2027-01", "2026-12")
        for bad in ("2026-13", "2026-1", "26-11", "november"):
            with pytest.raises(ValueError, match=r"month|invalid"):
                parse_month(bad)
