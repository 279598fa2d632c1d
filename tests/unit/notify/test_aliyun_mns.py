"""Replies (SmsUp) and delivery receipts (SmsReport) read from the SMS message queues (MNS)
against the loopback server that plays Aliyun (issue 20): the temporary key, signed requests,
messages present, an empty long poll, a bad signature, a server error, garbage and a body that
is not JSON; deleting by receipt handle; nothing carries a phone into a repr."""

from __future__ import annotations

import base64
import time
from datetime import UTC, datetime

from counter_app.notify.aliyun import AliyunSms
from counter_app.notify.aliyun_mns import mns_signature
from counter_app.services.notify_ports import (
    Credentials,
    InboundKind,
    InboxReader,
    ProviderSettings,
)
from tests.sms_fake import KEY_ID, SECRET, expected_mns_signature, fake_aliyun

PHONE = "13800001234"
UP = "Alicom-Queue-1234-SmsUp"
REPORT = "Alicom-Queue-1234-SmsReport"


def provider(url: str, secret: str = SECRET, report: str = REPORT) -> AliyunSms:
    settings = ProviderSettings(provider="aliyun", sign_name="五亭龙驿站", endpoint=url,
                                queue_endpoint=url, reply_queue=UP, report_queue=report)
    return AliyunSms(settings, Credentials(KEY_ID, secret), timeout=2.0,
                     now=lambda: datetime(2026, 12, 3, 8, 0, tzinfo=UTC))


def test_mns_signature_matches_an_independent_implementation_and_the_documented_example() -> None:
    headers = {"x-mns-version": "2015-06-06", "X-MNS-Extra": " v "}
    args = ("GET", "", "text/xml;charset=UTF-8", "Thu, 03 Dec 2026 08:00:00 GMT", headers,
            "/queues/q/messages?waitseconds=3")
    assert mns_signature("s", *args) == expected_mns_signature("s", *args)
    assert mns_signature("s", *args) != mns_signature("t", *args)
    digest = base64.b64decode(mns_signature("s", *args))
    assert len(digest) == 20  # HMAC-SHA1


def test_a_reply_is_read_with_a_temporary_key_and_deleted_by_its_handle() -> None:
    with fake_aliyun() as fake:
        mid = fake.put_reply(UP, PHONE, "不要了，退回吧", "2026-12-03 09:15:02")
        sms = provider(fake.url)
        assert isinstance(sms, InboxReader)
        read = sms.receive(InboundKind.REPLY, 5)
        assert read.error == ""
        message = read.message
        assert message is not None
        assert message.kind is InboundKind.REPLY
        assert (message.message_id, message.phone, message.text) == (mid, PHONE, "不要了，退回吧")
        assert message.at == datetime(2026, 12, 3, 9, 15, 2)
        assert PHONE not in repr(message)
        assert "退回" not in repr(message)
        assert fake.inflight  # hidden until deleted
        assert sms.delete(message) is True
        assert fake.deleted == [mid]
        assert not fake.inflight
        # the key was asked once, for SmsUp and the station's queue, signed with the station's key
        token_calls = [r for r in fake.requests if r["Action"] == "QueryTokenForMnsQueue"]
        assert [(r["MessageType"], r["QueueName"]) for r in token_calls] == [("SmsUp", UP)]
    assert fake.bad_signatures == 0
    assert fake.mns_bad_signatures == 0
    verbs = [verb for verb, _path in fake.mns_requests]
    assert verbs == ["GET", "DELETE"]
    assert fake.mns_requests[0][1] == f"/queues/{UP}/messages?waitseconds=5"


def test_an_empty_queue_is_a_long_poll_that_ends_without_error() -> None:
    with fake_aliyun() as fake:
        fake.wait_cap = 0.3
        started = time.monotonic()
        read = provider(fake.url).receive(InboundKind.REPLY, 20)
        took = time.monotonic() - started
    assert read.message is None
    assert read.error == ""
    assert took >= 0.25  # it did wait (the fake caps the documented 20 s)


def test_a_message_arriving_during_the_long_poll_is_delivered_at_once() -> None:
    with fake_aliyun() as fake:
        fake.wait_cap = 5.0
        import threading
        timer = threading.Timer(0.2, lambda: fake.put_reply(UP, PHONE, "好的", "20261203091500"))
        timer.start()
        started = time.monotonic()
        read = provider(fake.url).receive(InboundKind.REPLY, 20)
        took = time.monotonic() - started
        timer.join()
    assert read.message is not None
    assert read.message.text == "好的"
    assert read.message.at == datetime(2026, 12, 3, 9, 15)
    assert took < 4


def test_a_wrong_secret_is_refused_at_the_token_and_nothing_is_read() -> None:
    with fake_aliyun() as fake:
        fake.put_reply(UP, PHONE, "好的", "2026-12-03 09:15:02")
        read = provider(fake.url, secret="wrong").receive(InboundKind.REPLY, 1)
    assert read.message is None
    assert read.error == "SignatureDoesNotMatch"
    assert fake.bad_signatures == 1
    assert fake.queues[UP]  # still there


def test_a_bad_mns_signature_is_an_error_and_the_key_is_asked_again(monkeypatch) -> None:
    with fake_aliyun() as fake:
        fake.put_reply(UP, PHONE, "好的", "2026-12-03 09:15:02")
        sms = provider(fake.url)
        import counter_app.notify.aliyun_mns as mns
        real = mns.mns_signature
        monkeypatch.setattr(mns, "mns_signature", lambda *a: real("not-the-key", *a[1:]))
        first = sms.receive(InboundKind.REPLY, 1)
        monkeypatch.setattr(mns, "mns_signature", real)
        second = sms.receive(InboundKind.REPLY, 1)
    assert first.message is None
    assert first.error == "SignatureDoesNotMatch"
    assert fake.mns_bad_signatures == 1
    assert second.message is not None
    assert fake.tokens_issued == 2  # a 403 drops the temporary key


def test_server_error_garbage_and_unreachable_are_errors_not_messages() -> None:
    with fake_aliyun() as fake:
        fake.put_reply(UP, PHONE, "好的", "2026-12-03 09:15:02")
        fake.mns_script = ["http500", "garbage"]
        sms = provider(fake.url)
        assert sms.receive(InboundKind.REPLY, 1).error == "InternalError"
        assert sms.receive(InboundKind.REPLY, 1).error == "bad_answer"
        assert sms.receive(InboundKind.REPLY, 1).message is not None
        url = fake.url
    gone = provider(url).receive(InboundKind.REPLY, 1)
    assert gone.message is None
    assert gone.error in ("unreachable", "timeout")


def test_a_body_that_is_not_json_is_unreadable_and_can_still_be_deleted() -> None:
    with fake_aliyun() as fake:
        mid = fake.put_reply(UP, PHONE, "好的", "2026-12-03 09:15:02")
        fake.mns_script = ["badbody"]
        sms = provider(fake.url)
        message = sms.receive(InboundKind.REPLY, 1).message
        assert message is not None
        assert message.kind is InboundKind.UNREADABLE
        assert message.phone == ""
        assert message.text == ""
        assert sms.delete(message) is True
    assert fake.deleted == [mid]


def test_a_reply_without_the_documented_fields_is_unreadable() -> None:
    with fake_aliyun() as fake:
        fake.put(UP, {"unexpected": 1})
        message = provider(fake.url).receive(InboundKind.REPLY, 1).message
    assert message is not None
    assert message.kind is InboundKind.UNREADABLE


def test_a_delivery_receipt_names_the_biz_id_and_the_outcome() -> None:
    with fake_aliyun() as fake:
        fake.put(REPORT, {"phone_number": PHONE, "success": True, "biz_id": "900^1",
                          "send_time": "2026-12-03 09:00:00",
                          "report_time": "2026-12-03 09:00:05", "err_code": "DELIVERED"})
        fake.put(REPORT, {"phone_number": PHONE, "success": False, "biz_id": "900^2",
                          "send_time": "2026-12-03 09:00:00", "err_code": "MK:0001"})
        sms = provider(fake.url)
        ok = sms.receive(InboundKind.REPORT, 0).message
        bad = sms.receive(InboundKind.REPORT, 0).message
    assert ok is not None
    assert bad is not None
    assert (ok.kind, ok.provider_ref, ok.delivered) == (InboundKind.REPORT, "900^1", True)
    assert ok.at == datetime(2026, 12, 3, 9, 0, 5)
    assert (bad.provider_ref, bad.delivered, bad.code) == ("900^2", False, "MK:0001")


def test_a_queue_not_configured_is_not_read() -> None:
    with fake_aliyun() as fake:
        sms = provider(fake.url, report="")
        assert sms.reads(InboundKind.REPLY)
        assert not sms.reads(InboundKind.REPORT)
        assert sms.receive(InboundKind.REPORT, 0).error == "no_queue"
    assert fake.mns_requests == []
