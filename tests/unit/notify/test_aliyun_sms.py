"""The Aliyun SMS adapter against a loopback server that plays the provider (issue 20 §5):
signed requests, success, refusal, timeout, flow control, HTTP errors, delivery receipts, and no
phone number in anything it returns or logs."""

from __future__ import annotations

import logging
import os
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from counter_app.domain.notify import NoticeKind
from counter_app.notify import make_provider
from counter_app.notify.aliyun import AliyunSms, canonical_query, percent_encode, sign
from counter_app.notify.credentials import FileCredentialStore
from counter_app.services.notify_ports import Credentials, ProviderSettings, SendOutcome
from tests.sms_fake import KEY_ID, SECRET, expected_signature, fake_aliyun

PHONE = "13800001234"


def provider(url: str, timeout: float = 2.0) -> AliyunSms:
    settings = ProviderSettings(provider="aliyun", sign_name="五亭龙驿站",
                                templates={"arrived": "SMS_100001"}, endpoint=url)
    return AliyunSms(settings, Credentials(KEY_ID, SECRET), timeout=timeout,
                     now=lambda: datetime(2026, 12, 3, 8, 0, tzinfo=UTC))


def test_percent_encoding_follows_rfc3986_as_aliyun_documents() -> None:
    assert percent_encode("a b*c~d+") == "a%20b%2Ac~d%2B"
    assert percent_encode("驿站") == "%E9%A9%BF%E7%AB%99"
    assert canonical_query({"b": "2", "a": "1", "Signature": "x"}) == "a=1&b=2"


def test_signature_matches_an_independent_implementation() -> None:
    params = {"Action": "SendSms", "SignName": "五亭龙驿站", "TemplateParam": '{"code":"A-1"}',
              "Timestamp": "2026-12-03T08:00:00Z", "SignatureNonce": "n*1 ~"}
    assert sign("POST", params, SECRET) == expected_signature("POST", params, SECRET)
    assert sign("POST", params, SECRET) != sign("POST", params, "other")


def test_send_success_is_signed_and_carries_the_template_values() -> None:
    with fake_aliyun() as fake:
        result = provider(fake.url).send(PHONE, NoticeKind.ARRIVED, {"code": "A-2-0315",
                                                                     "station": "五亭龙"})
    assert result.outcome is SendOutcome.ACCEPTED
    assert result.provider_ref == "900^1"
    assert fake.bad_signatures == 0
    sent = fake.requests[0]
    assert sent["Action"] == "SendSms"
    assert sent["Version"] == "2017-05-25"
    assert sent["TemplateCode"] == "SMS_100001"
    assert sent["SignName"] == "五亭龙驿站"
    assert sent["SignatureMethod"] == "HMAC-SHA1"
    assert sent["SignatureVersion"] == "1.0"
    assert sent["TemplateParam"] == '{"code":"A-2-0315","station":"五亭龙"}'
    assert sent["PhoneNumbers"] == PHONE


def test_a_wrong_secret_is_refused_by_the_provider_and_final() -> None:
    with fake_aliyun() as fake:
        settings = ProviderSettings(provider="aliyun", sign_name="驿站",
                                    templates={"arrived": "SMS_1"}, endpoint=fake.url)
        result = AliyunSms(settings, Credentials(KEY_ID, "wrong")).send(
            PHONE, NoticeKind.ARRIVED, {})
    assert fake.bad_signatures == 1
    assert result.outcome is SendOutcome.REJECTED
    assert result.code == "SignatureDoesNotMatch"


def test_failure_illegal_number_is_final_and_the_number_is_not_repeated() -> None:
    with fake_aliyun() as fake:
        fake.script = ["illegal"]
        result = provider(fake.url).send(PHONE, NoticeKind.ARRIVED, {})
    assert result.outcome is SendOutcome.REJECTED
    assert result.code == "isv.MOBILE_NUMBER_ILLEGAL"
    assert PHONE not in result.message
    assert "1234" not in result.message


@pytest.mark.parametrize(("answer", "code"), [("limit", "isv.BUSINESS_LIMIT_CONTROL"),
                                          ("http429", "Throttling.User"),
                                          ("http503", "ServiceUnavailable"),
                                          ("garbage", "bad_answer")])
def test_rate_limit_and_server_faults_are_retried(answer: str, code: str) -> None:
    with fake_aliyun() as fake:
        fake.script = [answer]
        result = provider(fake.url).send(PHONE, NoticeKind.ARRIVED, {})
    assert result.outcome is SendOutcome.RETRY
    assert result.code == code


def test_timeout_is_retried() -> None:
    with fake_aliyun() as fake:
        fake.script = ["slow"]
        result = provider(fake.url, timeout=0.2).send(PHONE, NoticeKind.ARRIVED, {})
    assert result.outcome is SendOutcome.RETRY
    assert result.code == "timeout"


def test_unreachable_provider_is_retried() -> None:
    with fake_aliyun() as fake:
        url = fake.url
    result = provider(url, timeout=0.5).send(PHONE, NoticeKind.ARRIVED, {})
    assert result.outcome is SendOutcome.RETRY
    assert result.code in ("unreachable", "timeout")


def test_kind_without_template_code_is_not_sent() -> None:
    with fake_aliyun() as fake:
        result = provider(fake.url).send(PHONE, NoticeKind.REMINDER, {})
    assert result.outcome is SendOutcome.REJECTED
    assert result.code == "no_template_code"
    assert fake.requests == []


@pytest.mark.parametrize(("status", "delivered"), [(3, True), (2, False), (1, None)])
def test_delivery_receipt(status: int, delivered: bool | None) -> None:
    with fake_aliyun() as fake:
        fake.status = status
        report = provider(fake.url).report(PHONE, "900^1", date(2026, 12, 3))
    assert report.delivered is delivered
    query = fake.requests[0]
    assert query["Action"] == "QuerySendDetails"
    assert query["SendDate"] == "20261203"
    assert query["BizId"] == "900^1"


def test_factory_makes_the_configured_provider() -> None:
    made = make_provider(ProviderSettings(provider="aliyun"), Credentials("a", "b"))
    assert isinstance(made, AliyunSms)
    with pytest.raises(ValueError, match="unknown SMS provider"):
        make_provider(ProviderSettings(provider="nope"), Credentials("a", "b"))


def test_credentials_file_is_private_and_whole(tmp_path: Path) -> None:
    store = FileCredentialStore(tmp_path / "secrets")
    assert store.load() == Credentials()
    store.save(Credentials("LTAI-id", "s3cret"))
    path = Path(store.where())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert store.load() == Credentials("LTAI-id", "s3cret")
    assert "s3cret" not in repr(store.load())
    assert not list(path.parent.glob("*.part"))
    os.chmod(path, 0o000)
    if os.geteuid() != 0:  # root reads anything; elsewhere an unreadable file is "no key"
        assert store.load() == Credentials()


def test_nothing_logged_carries_the_phone(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with fake_aliyun() as fake:
        fake.script = ["illegal", "ok"]
        p = provider(fake.url)
        results = [p.send(PHONE, NoticeKind.ARRIVED, {}) for _ in range(2)]
    assert [r.outcome for r in results] == [SendOutcome.REJECTED, SendOutcome.ACCEPTED]
    assert PHONE not in caplog.text
