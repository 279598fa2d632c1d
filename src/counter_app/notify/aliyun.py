"""Aliyun SMS (短信服务, dysmsapi 2017-05-25) over its documented HTTP RPC API: ``SendSms`` and
``QuerySendDetails``, signed with signature version 1.0 (HMAC-SHA1) — stdlib only.

Signing (Aliyun "RPC signature mechanism"): every parameter except ``Signature`` sorted by name,
names and values percent-encoded as RFC 3986 (space ``%20``, ``*`` ``%2A``, ``~`` kept), joined
with ``=`` and ``&``; the string to sign is ``METHOD&%2F&`` + the encoded canonical string; the
signature is Base64(HMAC-SHA1(secret + "&", string to sign)). Requests are POSTed as a form body
so phone numbers never appear in a URL.

Nothing here logs or raises a phone number (X-2); answers carry the provider's codes only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime

from counter_app.domain.notify import NoticeKind
from counter_app.notify.aliyun_mns import AliyunQueues
from counter_app.services.notify_ports import (
    Credentials,
    DeliveryReport,
    InboundKind,
    InboundMessage,
    InboxRead,
    ProviderSettings,
    SendOutcome,
    SendResult,
)

ENDPOINT = "https://dysmsapi.aliyuncs.com/"
TOKEN_ENDPOINT = "https://dybaseapi.aliyuncs.com/"
"""Where ``QueryTokenForMnsQueue`` (the temporary key for the SMS message queues) is asked."""
VERSION = "2017-05-25"
TIMEOUT = 10.0
RETRY_CODES = frozenset({
    "isv.BUSINESS_LIMIT_CONTROL",  # per-phone flow control (1/min, 5/h, 10/day by default)
    "Throttling", "Throttling.User", "Throttling.Api", "ServiceUnavailable",
    "InternalError", "isp.SYSTEM_ERROR", "isp.RAM_PERMISSION_DENY_TEMP",
})
"""Codes worth another attempt later; every other non-OK code is final."""


def percent_encode(value: str) -> str:
    """RFC 3986 encoding as Aliyun's signature wants it."""
    return urllib.parse.quote(value, safe="-_.~")


def canonical_query(params: Mapping[str, str]) -> str:
    """The sorted, encoded ``name=value&…`` string (without ``Signature``)."""
    return "&".join(f"{percent_encode(k)}={percent_encode(v)}"
                    for k, v in sorted(params.items()) if k != "Signature")


def sign(method: str, params: Mapping[str, str], secret: str) -> str:
    """The RPC v1 signature of ``params``."""
    to_sign = f"{method}&{percent_encode('/')}&{percent_encode(canonical_query(params))}"
    digest = hmac.new(f"{secret}&".encode(), to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


class AliyunSms:
    """``services.notify_ports.SmsProvider`` for Aliyun SMS."""

    def __init__(self, settings: ProviderSettings, credentials: Credentials, *,
                 timeout: float = TIMEOUT,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 nonce: Callable[[], str] = lambda: uuid.uuid4().hex) -> None:
        """``settings.endpoint`` overrides the public endpoint (tests: a loopback server)."""
        self._settings = settings
        self._credentials = credentials
        self._endpoint = settings.endpoint or ENDPOINT
        self._timeout = timeout
        self._now = now
        self._nonce = nonce
        self._mns: AliyunQueues | None = None

    def send(self, phone: str, kind: NoticeKind, params: dict[str, str]) -> SendResult:
        """``SendSms`` with the template code registered for ``kind``."""
        code = self._settings.templates.get(kind.value, "")
        if not code:
            return SendResult(SendOutcome.REJECTED, "no_template_code")
        answer = self._call("SendSms", {
            "PhoneNumbers": phone, "SignName": self._settings.sign_name,
            "TemplateCode": code,
            "TemplateParam": json.dumps(params, ensure_ascii=False, separators=(",", ":")),
        })
        if isinstance(answer, SendResult):
            return answer
        result_code = str(answer.get("Code", ""))
        if result_code == "OK":
            return SendResult(SendOutcome.ACCEPTED, "OK", provider_ref=str(answer.get("BizId", "")))
        outcome = SendOutcome.RETRY if result_code in RETRY_CODES else SendOutcome.REJECTED
        return SendResult(outcome, result_code, clean_message(answer.get("Message", "")))

    def report(self, phone: str, provider_ref: str, sent_on: date) -> DeliveryReport:
        """``QuerySendDetails`` for one message: SendStatus 3 delivered, 2 failed, 1 waiting."""
        answer = self._call("QuerySendDetails", {
            "PhoneNumber": phone, "BizId": provider_ref, "SendDate": sent_on.strftime("%Y%m%d"),
            "PageSize": "10", "CurrentPage": "1"})
        if isinstance(answer, SendResult) or answer.get("Code") != "OK":
            return DeliveryReport(None)
        box = answer.get("SmsSendDetailDTOs")
        details = box.get("SmsSendDetailDTO") if isinstance(box, dict) else None
        for item in details if isinstance(details, list) else []:
            status = int(item.get("SendStatus", 1))
            if status == 3:
                return DeliveryReport(True, str(item.get("ErrCode", "DELIVERED")))
            if status == 2:
                return DeliveryReport(False, str(item.get("ErrCode", "")))
        return DeliveryReport(None)

    # --- replies and receipts (the MNS queues, ``notify.aliyun_mns``) ---------------------------

    def receive(self, which: InboundKind, wait_seconds: int) -> InboxRead:
        """One message of the station's SmsUp or SmsReport queue (long polling)."""
        return self._queues().receive(which, wait_seconds)

    def delete(self, message: InboundMessage) -> bool:
        """Remove a stored message from its queue."""
        return self._queues().delete(message)

    def reads(self, which: InboundKind) -> bool:
        """Whether the station configured that queue."""
        return self._queues().reads(which)

    def _queues(self) -> AliyunQueues:
        if self._mns is None:
            self._mns = AliyunQueues(self._settings, self._token, timeout=self._timeout,
                                     now=self._now)
        return self._mns

    def _token(self, message_type: str, queue: str) -> dict[str, object] | SendResult:
        """``QueryTokenForMnsQueue`` (dybaseapi): a temporary key for the SMS queues."""
        return self._call("QueryTokenForMnsQueue", {"MessageType": message_type,
                                                    "QueueName": queue},
                          endpoint=self._settings.endpoint or TOKEN_ENDPOINT)

    # --- transport ---------------------------------------------------------------------------

    def _call(self, action: str, params: dict[str, str], endpoint: str = ""
              ) -> dict[str, object] | SendResult:
        """POST one signed request (to ``endpoint``, default dysmsapi); a
        SendResult(RETRY/REJECTED) when no usable JSON came."""
        body = {
            "AccessKeyId": self._credentials.key_id, "Action": action, "Format": "JSON",
            "RegionId": "cn-hangzhou", "SignatureMethod": "HMAC-SHA1",
            "SignatureNonce": self._nonce(), "SignatureVersion": "1.0",
            "Timestamp": self._now().strftime("%Y-%m-%dT%H:%M:%SZ"), "Version": VERSION,
            **params,
        }
        body["Signature"] = sign("POST", body, self._credentials.secret)
        data = "&".join(f"{percent_encode(k)}={percent_encode(v)}"
                        for k, v in body.items()).encode()
        request = urllib.request.Request(
            endpoint or self._endpoint, data=data, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                payload = response.read()
        except urllib.error.HTTPError as err:
            payload = err.read()
            try:
                answer = json.loads(payload)
            except ValueError:
                answer = None
            if err.code == 429 or err.code >= 500:
                code = answer.get("Code", f"HTTP {err.code}") if isinstance(answer, dict) else \
                    f"HTTP {err.code}"
                return SendResult(SendOutcome.RETRY, str(code))
            if isinstance(answer, dict):
                return answer
            return SendResult(SendOutcome.REJECTED, f"HTTP {err.code}")
        except TimeoutError:
            return SendResult(SendOutcome.RETRY, "timeout")
        except (urllib.error.URLError, ConnectionError, OSError) as err:
            reason = getattr(err, "reason", err)
            code = "timeout" if isinstance(reason, TimeoutError) else \
                "unreachable"
            return SendResult(SendOutcome.RETRY, code)
        try:
            answer = json.loads(payload)
        except ValueError:
            return SendResult(SendOutcome.RETRY, "bad_answer")
        if not isinstance(answer, dict):
            return SendResult(SendOutcome.RETRY, "bad_answer")
        return answer


def clean_message(message: object) -> str:
    """A provider message without digits runs that could be a phone (X-2), at most 120 chars."""
    text = str(message)
    out, run = [], 0
    for ch in text:
        run = run + 1 if ch.isdigit() else 0
        out.append("*" if run >= 5 else ch)
    return "".join(out)[:120]
