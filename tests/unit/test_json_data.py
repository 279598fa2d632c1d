"""Typed JSON data (issue 14 §2) and the one list of personal fields (X-2) that both the audit
log and the parcel view mask."""

from __future__ import annotations

from counter_app.domain.json_data import int_of, objects_of, text_of
from counter_app.domain.redaction import mask_fields

QUOTE = {"total": "12.00", "lines": [{"kind": "base", "amount": "12.00", "quantity": 2},
                                     "not an object", None],
         "zone": None, "odd": "x"}


def test_reading_back_stored_json_by_kind() -> None:
    assert objects_of(QUOTE, "lines") == [{"kind": "base", "amount": "12.00", "quantity": 2}]
    assert objects_of(QUOTE, "missing") == []
    assert objects_of(QUOTE, "total") == []
    assert (text_of(QUOTE, "total"), text_of(QUOTE, "zone", "—"), text_of(QUOTE, "no")) == (
        "12.00", "—", "")
    line = objects_of(QUOTE, "lines")[0]
    assert (int_of(line, "quantity"), int_of(line, "absent", 1), int_of(QUOTE, "odd", 7)) == (
        2, 1, 7)


RECORD = {"recipient_name": "王小明", "recipient_phone": "13812345678",
          "recipient_address": "浙江省杭州市西湖区文三路90号", "doc_number": "110101199003077777",
          "caller": "李四", "nested": {"sender_phone": "13900001111"}, "weight": "1.000"}


def test_x2_a_clerk_sees_masked_fields_and_only_the_right_permission_unmasks() -> None:
    masked = mask_fields(RECORD)
    assert masked["recipient_phone"] == "138******78"
    assert masked["recipient_name"] != "王小明"
    assert masked["caller"] != "李四"
    assert masked["recipient_address"] == "浙江省***"
    assert "199003077" not in str(masked["doc_number"])
    assert masked["nested"] == {"sender_phone": "139******11"}
    assert masked["weight"] == "1.000"
    contacts = mask_fields(RECORD, contacts=True)
    assert contacts["recipient_phone"] == "13812345678"
    assert "199003077" not in str(contacts["doc_number"])  # contacts do not unmask documents
    assert mask_fields(RECORD, contacts=True, ids=True) == RECORD
