"""Tencent Cloud SMS (腾讯云短信, API 3.0, version 2021-01-11) over its documented HTTP API:
``SendSms`` and ``PullSmsSendStatusByPhoneNumber``, signed with TC3-HMAC-SHA256 — stdlib only,
behind the same ``SmsProvider`` interface as Aliyun.

Signing (Tencent Cloud "Signature v3"): the canonical request is ``POST``, ``/``, an empty
query, the headers ``content-type`` and ``host`` (lower-case, ``name:value\\n`` each), the signed
header names ``content-type;host`` and the hex SHA-256 of the JSON body; the string to sign is
``TC3-HMAC-SHA256``, the timestamp, the credential scope ``<UTC date>/sms/tc3_request`` and the
hex SHA-256 of the canonical request; the key is derived HMAC-SHA256("TC3" + SecretKey, date)
→ "sms" → "tc3_request"; ``Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<scope>,
SignedHeaders=content-type;host, Signature=<hex>``; ``X-TC-Action``, ``X-TC-Timestamp``,
``X-TC-Version``, ``X-TC-Region`` carry the rest.

Tencent templates number their fields (``{1}``, ``{2}`` …): the values are sent in the order the
station's template uses them. Nothing here logs or raises a phone number (X-2).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from counter_app.domain.notify import NoticeKind
from counter_app.notify.aliyun import clean_message as _clean
from counter_app.services.notify_ports import (
    Credentials,
    DeliveryReport,
    ProviderSettings,
    SendOutcome,
    SendResult,
)

ENDPOINT = "https://sms.tencentcloudapi.com/"
VERSION = "2021-01-11"
REGION = "ap-guangzhou"
SERVICE = "sms"
TIMEOUT = 10.0
RETRY_PREFIXES = ("LimitExceeded.", "RequestLimitExceeded", "InternalError",
                  "ResourceUnavailable")
"""Codes worth another attempt later (flow control, a passing fault); the rest are final."""
CONTENT_TYPE = "application/json; charset=utf-8"


def tc3_signature(secret_key: str, timestamp: int, host: str, payload: str) -> tuple[str, str]:
    """(scope, hex signature) of a POST with this JSON ``payload``."""
    day = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    canonical = "\n".join([
        "POST", "/", "", f"content-type:{CONTENT_TYPE}\nhost:{host}\n", "content-type;host",
        hashlib.sha256(payload.encode()).hexdigest()])
    scope = f"{day}/{SERVICE}/tc3_request"
    to_sign = "\n".join(["TC3-HMAC-SHA256", str(timestamp), scope,
                         hashlib.sha256(canonical.encode()).hexdigest()])

    def mac(key: bytes, text: str) -> bytes:
        return hmac.new(key, text.encode(), hashlib.sha256).digest()

    signing = mac(mac(mac(f"TC3{secret_key}".encode(), day), SERVICE), "tc3_request")
    return scope, hmac.new(signing, to_sign.encode(), hashlib.sha256).hexdigest()


def _e164(phone: str) -> str:
    digits = "".join(c for c in phone if c.isdigit())
    return phone if phone.startswith("+") else f"+86{digits}"


class TencentSms:
    """``services.notify_ports.SmsProvider`` for Tencent Cloud SMS."""

    def __init__(self, settings: ProviderSettings, credentials: Credentials, *,
                 timeout: float = TIMEOUT,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        """``settings.endpoint`` overrides the public endpoint (tests: a loopback server);
        ``settings.app_id`` is the SmsSdkAppId."""
        self._settings = settings
        self._credentials = credentials
        self._endpoint = settings.endpoint or ENDPOINT
        self._timeout = timeout
        self._now = now

    def send(self, phone: str, kind: NoticeKind, params: dict[str, str]) -> SendResult:
        """``SendSms`` with the template registered for ``kind``; the values in order."""
        template = self._settings.templates.get(kind.value, "")
        if not template:
            return SendResult(SendOutcome.REJECTED, "no_template_code")
        answer = self._call("SendSms", {
            "PhoneNumberSet": [_e164(phone)], "SmsSdkAppId": self._settings.app_id,
            "SignName": self._settings.sign_name, "TemplateId": template,
            "TemplateParamSet": list(params.values())})
        if isinstance(answer, SendResult):
            return answer
        statuses = answer.get("SendStatusSet")
        status = statuses[0] if isinstance(statuses, list) and statuses else None
        if not isinstance(status, dict):
            return SendResult(SendOutcome.RETRY, "bad_answer")
        code = str(status.get("Code", ""))
        if code == "Ok":
            return SendResult(SendOutcome.ACCEPTED, "Ok",
                              provider_ref=str(status.get("SerialNo", "")))
        return SendResult(_outcome(code), code, _clean(status.get("Message", "")))

    def report(self, phone: str, provider_ref: str, sent_on: date) -> DeliveryReport:
        """``PullSmsSendStatusByPhoneNumber`` from the day it was sent: the status of the
        message with this SerialNo (SUCCESS delivered, FAIL failed, else not known yet)."""
        begin = datetime.combine(sent_on, time(0), UTC) - timedelta(hours=8)  # Beijing day
        answer = self._call("PullSmsSendStatusByPhoneNumber", {
            "BeginTime": int(begin.timestamp()), "Offset": 0, "Limit": 100,
            "PhoneNumber": _e164(phone), "SmsSdkAppId": self._settings.app_id})
        if isinstance(answer, SendResult):
            return DeliveryReport(None)
        items = answer.get("PullSmsSendStatusSet")
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and str(item.get("SerialNo", "")) == provider_ref:
                status = str(item.get("ReportStatus", ""))
                if status == "SUCCESS":
                    return DeliveryReport(True, "DELIVERED")
                if status == "FAIL":
                    return DeliveryReport(False, _clean(item.get("Description", "FAIL"))[:40])
        return DeliveryReport(None)

    # --- transport ---------------------------------------------------------------------------

    def _call(self, action: str, body: dict[str, object]) -> dict[str, object] | SendResult:
        """POST one signed request; the ``Response`` object, or a SendResult(RETRY/REJECTED)
        when the API refused the request or no usable JSON came."""
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        host = urllib.parse.urlsplit(self._endpoint).netloc
        timestamp = int(self._now().timestamp())
        scope, signature = tc3_signature(self._credentials.secret, timestamp, host, payload)
        request = urllib.request.Request(
            self._endpoint, data=payload.encode(), method="POST",
            headers={"Content-Type": CONTENT_TYPE, "Host": host,
                     "X-TC-Action": action, "X-TC-Timestamp": str(timestamp),
                     "X-TC-Version": VERSION, "X-TC-Region": REGION,
                     "Authorization": f"TC3-HMAC-SHA256 Credential={self._credentials.key_id}/"
                                      f"{scope}, SignedHeaders=content-type;host, "
                                      f"Signature={signature}"})
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as err:
            return SendResult(SendOutcome.RETRY if err.code == 429 or err.code >= 500
                              else SendOutcome.REJECTED, f"HTTP {err.code}")
        except TimeoutError:
            return SendResult(SendOutcome.RETRY, "timeout")
        except (urllib.error.URLError, ConnectionError, OSError) as err:
            reason = getattr(err, "reason", err)
            return SendResult(SendOutcome.RETRY,
                              "timeout" if isinstance(reason, TimeoutError) else "unreachable")
        try:
            answer = json.loads(raw)
        except ValueError:
            return SendResult(SendOutcome.RETRY, "bad_answer")
        inner = answer.get("Response") if isinstance(answer, dict) else None
        if not isinstance(inner, dict):
            return SendResult(SendOutcome.RETRY, "bad_answer")
        error = inner.get("Error")
        if isinstance(error, dict):
            code = str(error.get("Code", "error"))
            return SendResult(_outcome(code), code, _clean(error.get("Message", "")))
        return inner


def _outcome(code: str) -> SendOutcome:
    return SendOutcome.RETRY if code.startswith(RETRY_PREFIXES) else SendOutcome.REJECTED
