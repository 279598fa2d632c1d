"""The Tencent Cloud SMS adapter (issue 20, a second provider behind the same interface)
against a loopback server that checks every TC3-HMAC-SHA256 signature independently: success
with the template values in order, a refused number, flow control, HTTP 503, garbage, timeout,
a wrong key, delivery receipts; no phone number in what it returns."""

from __future__ import annotations

from datetime import UTC, date, datetime

from counter_app.domain.notify import NoticeKind
from counter_app.notify import make_provider
from counter_app.notify.tencent import TencentSms, tc3_signature
from counter_app.services.notify_ports import Credentials, ProviderSettings, SendOutcome
from tests.tencent_fake import APP_ID, SECRET_ID, SECRET_KEY, expected_tc3, fake_tencent

PHONE = "13800001234"


def provider(url: str, secret: str = SECRET_KEY, timeout: float = 2.0) -> TencentSms:
    settings = ProviderSettings(provider="tencent", sign_name="五亭龙驿站", app_id=APP_ID,
                                templates={"arrived": "1234567"}, endpoint=url)
    return TencentSms(settings, Credentials(SECRET_ID, secret), timeout=timeout,
                      now=lambda: datetime(2026, 12, 3, 8, 0, tzinfo=UTC))


def test_tc3_signature_matches_an_independent_implementation() -> None:
    body = '{"a":"驿站"}'
    scope, signature = tc3_signature(SECRET_KEY, 1764748800, "sms.tencentcloudapi.com", body)
    assert scope == "2025-12-03/sms/tc3_request"
    headers = {"x-tc-timestamp": "1764748800", "host": "sms.tencentcloudapi.com",
               "content-type": "application/json; charset=utf-8"}
    assert expected_tc3(SECRET_KEY, headers, body.encode()).endswith(f"Signature={signature}")
    assert tc3_signature("other", 1764748800, "sms.tencentcloudapi.com", body)[1] != signature


def test_send_success_is_signed_and_sends_the_values_in_template_order() -> None:
    with fake_tencent() as fake:
        sms = make_provider(ProviderSettings(
            provider="tencent", sign_name="五亭龙驿站", app_id=APP_ID,
            templates={"arrived": "1234567"}, endpoint=fake.url), Credentials(SECRET_ID,
                                                                              SECRET_KEY))
        assert isinstance(sms, TencentSms)
        result = sms.send(PHONE, NoticeKind.ARRIVED, {"station": "五亭龙", "code": "A-2-0315"})
    assert result.outcome is SendOutcome.ACCEPTED
    assert result.provider_ref == "2640:1"
    assert fake.bad_signatures == 0
    headers, body = fake.requests[0]
    assert headers["x-tc-action"] == "SendSms"
    assert headers["x-tc-version"] == "2021-01-11"
    assert body == {"PhoneNumberSet": ["+8613800001234"], "SmsSdkAppId": APP_ID,
                    "SignName": "五亭龙驿站", "TemplateId": "1234567",
                    "TemplateParamSet": ["五亭龙", "A-2-0315"]}


def test_refusals_flow_control_and_faults() -> None:
    with fake_tencent() as fake:
        fake.script = ["illegal", "limit", "http503", "garbage"]
        sms = provider(fake.url)
        illegal = sms.send(PHONE, NoticeKind.ARRIVED, {})
        limit = sms.send(PHONE, NoticeKind.ARRIVED, {})
        busy = sms.send(PHONE, NoticeKind.ARRIVED, {})
        garbage = sms.send(PHONE, NoticeKind.ARRIVED, {})
        no_template = sms.send(PHONE, NoticeKind.REMINDER, {})
    assert (illegal.outcome, illegal.code) == (
        SendOutcome.REJECTED, "InvalidParameterValue.IncorrectPhoneNumber")
    assert PHONE not in illegal.message
    assert "1234" not in illegal.message
    assert (limit.outcome, limit.code) == (SendOutcome.RETRY,
                                           "LimitExceeded.PhoneNumberDailyLimit")
    assert (busy.outcome, busy.code) == (SendOutcome.RETRY, "HTTP 503")
    assert (garbage.outcome, garbage.code) == (SendOutcome.RETRY, "bad_answer")
    assert (no_template.outcome, no_template.code) == (SendOutcome.REJECTED,
                                                       "no_template_code")


def test_a_wrong_key_is_refused_and_final() -> None:
    with fake_tencent() as fake:
        result = provider(fake.url, secret="wrong").send(PHONE, NoticeKind.ARRIVED, {})
    assert (result.outcome, result.code) == (SendOutcome.REJECTED,
                                             "AuthFailure.SignatureFailure")
    assert fake.bad_signatures == 1


def test_timeout_and_unreachable_are_retried() -> None:
    with fake_tencent() as fake:
        fake.script = ["slow"]
        slow = provider(fake.url, timeout=0.3).send(PHONE, NoticeKind.ARRIVED, {})
        url = fake.url
    gone = provider(url).send(PHONE, NoticeKind.ARRIVED, {})
    assert (slow.outcome, slow.code) == (SendOutcome.RETRY, "timeout")
    assert gone.outcome is SendOutcome.RETRY
    assert gone.code in ("unreachable", "timeout")


def test_delivery_receipts_by_serial_number() -> None:
    with fake_tencent() as fake:
        sms = provider(fake.url)
        delivered = sms.report(PHONE, "2640:1", date(2026, 12, 3))
        fake.report = "FAIL"
        failed = sms.report(PHONE, "2640:1", date(2026, 12, 3))
        unknown = sms.report(PHONE, "nope", date(2026, 12, 3))
        headers, body = fake.requests[0]
    assert delivered.delivered is True
    assert (failed.delivered, failed.code) == (False, "MK:0001")
    assert unknown.delivered is None
    assert headers["x-tc-action"] == "PullSmsSendStatusByPhoneNumber"
    assert body["BeginTime"] == int(datetime(2026, 12, 2, 16, 0, tzinfo=UTC).timestamp())
    assert fake.bad_signatures == 0
