"""The warehouse's one JSON codec and its typed stay model (issue 14 §2): every scan-out
details class round-trips, rows stored before the typed model read back, and the event
kinds are the stored strings."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest

from counter_app.domain.warehouse import (
    DISPOSITION_LABELS,
    DUE_LABELS,
    PAYMENT_LABELS,
    REASON_LABELS,
    Disposition,
    DueKind,
    Payment,
    ProblemDetails,
    Reason,
)
from counter_app.domain.warehouse_codec import (
    decode_out,
    delivery_scan_data,
    encode_out,
    event_reason,
    out_event_data,
    return_requested,
    scanned_in_data,
)
from counter_app.domain.warehouse_stay import (
    AirFee,
    CheckedBy,
    CollectedOut,
    CompanyReturnOut,
    CourierReturnOut,
    DeliveryOut,
    DriverOut,
    EmsOut,
    EventKind,
    LostOut,
    OutDetails,
    StayRecord,
    WarehouseEvent,
)

AT = datetime(2026, 11, 23, 9, 0)
AIR = AirFee("广东省", Decimal("5.01"), Decimal("2.00"), "深圳市")
EVERY_DETAILS: list[OutDetails] = [
    DeliveryOut(3, "张伟"),
    DriverOut(4, "钱军"),
    CollectedOut(CheckedBy.CODE),
    CollectedOut(CheckedBy.PHONE_TAIL),
    CourierReturnOut(3, "张伟", "退回张伟"),
    CourierReturnOut(3, "张伟", "退回张伟", AIR),
    CompanyReturnOut("顺达", "上网退顺达公司"),
    CompanyReturnOut("顺达", "上网退顺达公司", AirFee("西藏自治区", Decimal("2.30"),
                                                    Decimal("24.00"))),
    EmsOut(Decimal("2.4"), Decimal("38.00"), Decimal("23.00"), Payment.PREPAID,
           Decimal("15.00"), "青海省", "1240921381750", 3, "张伟"),
    EmsOut(Decimal("1"), Decimal("20.00"), Decimal("0.00"), Payment.ACCOUNT, Decimal("0.00"),
           "西藏自治区那曲市", "EE471108151FR"),
    LostOut(7, "1001"),
]


@pytest.mark.parametrize("out", EVERY_DETAILS, ids=lambda o: type(o).__name__)
def test_every_details_class_round_trips_through_stored_json(out: OutDetails) -> None:
    stored = json.dumps(encode_out(out), ensure_ascii=False, sort_keys=True)
    assert decode_out(out.disposition, json.loads(stored)) == out


def test_one_details_class_per_disposition() -> None:
    assert {type(o).disposition for o in EVERY_DETAILS} == set(Disposition)


# rows as the warehouse stored them before issue 14 (issue 5, 16, 21), keys sorted
OLD_ROWS: list[tuple[Disposition, str, OutDetails]] = [
    (Disposition.DELIVERY, '{"courier":"张伟","courier_id":3}', DeliveryOut(3, "张伟")),
    (Disposition.DRIVER, '{"courier":"钱军","courier_id":4}', DriverOut(4, "钱军")),
    (Disposition.COLLECTED, '{"checked_by":"phone_tail"}', CollectedOut(CheckedBy.PHONE_TAIL)),
    (Disposition.RETURN_COURIER,
     '{"air":true,"city":"深圳市","courier":"张伟","courier_id":3,"fee":"2.00",'
     '"label":"退回张伟","province":"广东省","weight":"5.01"}',
     CourierReturnOut(3, "张伟", "退回张伟", AIR)),
    (Disposition.RETURN_COMPANY, '{"company":"顺达","label":"上网退顺达公司"}',
     CompanyReturnOut("顺达", "上网退顺达公司")),
    # an EMS row of issue 5, before WH-17 added the EMS number and the destination
    (Disposition.EMS, '{"ems_fee":"38.00","paid":"23.00","payment":"prepaid",'
     '"shortfall":"15.00","weight":"2.40","courier":"张伟","courier_id":3}',
     EmsOut(Decimal("2.40"), Decimal("38.00"), Decimal("23.00"), Payment.PREPAID,
            Decimal("15.00"), "", "", 3, "张伟")),
    (Disposition.LOST, '{"approved_by":"1001","stocktake_id":7}', LostOut(7, "1001")),
    (Disposition.COLLECTED, "{}", CollectedOut(CheckedBy.CODE)),  # nothing recorded
]


@pytest.mark.parametrize(("disposition", "stored", "expected"), OLD_ROWS,
                         ids=lambda x: x.value if isinstance(x, Disposition) else "")
def test_rows_stored_before_the_typed_model_read_back(
        disposition: Disposition, stored: str, expected: OutDetails) -> None:
    assert decode_out(disposition, json.loads(stored)) == expected


def test_a_row_stored_before_reads_back_to_the_same_json() -> None:
    """Reading and writing an old row changes nothing stored (no data migration)."""
    for disposition, stored, _ in OLD_ROWS[:-1]:
        again = encode_out(decode_out(disposition, json.loads(stored)))
        if disposition is Disposition.EMS:  # WH-17's two keys, empty, are added
            assert again == json.loads(stored) | {"destination": "", "ems_no": ""}
        else:
            assert again == json.loads(stored)


def test_the_out_and_delivery_scan_events_say_what_they_always_said() -> None:
    out = DeliveryOut(3, "张伟")
    assert out_event_data(out) == {"disposition": "delivery", "courier_id": 3,
                                   "courier": "张伟"}
    assert delivery_scan_data(out) == {"courier": "张伟", "courier_id": 3}


def test_a_stay_shows_its_scan_out_as_the_stored_object() -> None:
    stay = StayRecord("77316523120001", Reason.RETURN, ProblemDetails(), "R", AT, "2001",
                      disposition=Disposition.RETURN_COMPANY,
                      out=CompanyReturnOut("顺达", "上网退顺达公司"))
    assert stay.out_details == {"company": "顺达", "label": "上网退顺达公司"}
    assert replace(stay, out=None, disposition=None).out_details == {}


def test_wh16_rules_read_the_reason_of_in_and_details_events_only() -> None:
    data = scanned_in_data(Reason.SELF_PICKUP, ProblemDetails(), "A", "A-1-0001")
    assert event_reason(WarehouseEvent("n", AT, "2001", EventKind.IN, data)) \
        is Reason.SELF_PICKUP
    assert event_reason(WarehouseEvent("n", AT, "2001", EventKind.DETAILS,
                                       {"reason": "missorted"})) is Reason.MISSORTED
    # a notice event carries a ``reason`` of its own (the SMS failure): not the stay's
    assert event_reason(WarehouseEvent("n", AT, "2001", EventKind.NOTICE_FAILED,
                                       {"reason": "self_pickup"})) is None
    assert event_reason(WarehouseEvent("n", AT, "2001", EventKind.IN, {"reason": "bogus"})) \
        is None


def test_wh8_a_return_is_requested_only_by_a_reply() -> None:
    asked = {"company": "顺达", "text": "请退回", "return_requested": True}
    assert return_requested(WarehouseEvent("n", AT, "2001", EventKind.MESSAGE_IN, asked))
    assert not return_requested(WarehouseEvent("n", AT, "2001", EventKind.MESSAGE_OUT, asked))
    assert not return_requested(WarehouseEvent("n", AT, "2001", EventKind.MESSAGE_IN,
                                               {"company": "顺达", "text": "好"}))


def test_event_kinds_are_the_stored_strings() -> None:
    """Values are stored: renaming one would orphan every timeline line of that kind."""
    assert [k.value for k in EventKind][:13] == [
        "in", "moved", "details", "notified", "message_out", "message_in", "delivery_scan",
        "planned", "out", "already_in", "stocktake_missing", "stocktake_found", "note"]
    assert EventKind("notice_delivered") is EventKind.NOTICE_DELIVERED
    assert EventKind.OUT == "out"  # a screen matching the string still matches
    with pytest.raises(ValueError, match="bogus"):
        EventKind("bogus")


def test_printed_names_cover_every_enum_value() -> None:
    assert set(REASON_LABELS) == set(Reason)
    assert set(DISPOSITION_LABELS) == set(Disposition)
    assert set(DUE_LABELS) == set(DueKind)
    assert set(PAYMENT_LABELS) == set(Payment)
    assert REASON_LABELS[Reason.MISROUTE] == "错写大字待查"
