"""A loopback HTTP server that plays Tencent Cloud SMS (API 3.0) for the tests: it checks each
request's TC3-HMAC-SHA256 signature (computed here from Tencent's documentation, independently
of the adapter) and answers as the test asks — success, a refused number, flow control, an
HTTP error, garbage, or a slow answer. Never the real service."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.sms_fake import send_json, serving

SECRET_ID = "AKIDtest"
SECRET_KEY = "tencentsecret"
APP_ID = "1400000001"


def expected_tc3(secret_key: str, headers: dict[str, str], body: bytes) -> str:
    """The Authorization header Tencent expects for this request (``headers`` by lower-case
    name: HTTP header names are case-insensitive)."""
    timestamp = int(headers["x-tc-timestamp"])
    day = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    canonical = (f"POST\n/\n\ncontent-type:{headers['content-type']}\nhost:{headers['host']}\n"
                 f"\ncontent-type;host\n{hashlib.sha256(body).hexdigest()}")
    scope = f"{day}/sms/tc3_request"
    to_sign = (f"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n"
               f"{hashlib.sha256(canonical.encode()).hexdigest()}")
    key = f"TC3{secret_key}".encode()
    for part in (day, "sms", "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    return (f"TC3-HMAC-SHA256 Credential={SECRET_ID}/{scope}, SignedHeaders=content-type;host, "
            f"Signature={signature}")


@dataclass
class FakeTencent:
    """What the server answers next and what it received."""

    url: str = ""
    script: list[str] = field(default_factory=list)
    """Answers for the next SendSms calls ('ok' when empty): ok, illegal, limit, http503,
    garbage, slow."""
    report: str = "SUCCESS"
    requests: list[tuple[dict[str, str], dict[str, Any]]] = field(default_factory=list)
    bad_signatures: int = 0
    released: threading.Event = field(default_factory=threading.Event)


def _handler(fake: FakeTencent) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            body = json.loads(raw)
            fake.requests.append((headers, body))
            if headers.get("authorization") != expected_tc3(SECRET_KEY, headers, raw):
                fake.bad_signatures += 1
                return self._answer({"Error": {"Code": "AuthFailure.SignatureFailure",
                                               "Message": "bad"}})
            if headers.get("x-tc-action") == "PullSmsSendStatusByPhoneNumber":
                return self._answer({"PullSmsSendStatusSet": [
                    {"SerialNo": "other", "ReportStatus": "FAIL"},
                    {"SerialNo": "2640:1", "ReportStatus": fake.report,
                     "Description": "DELIVRD" if fake.report == "SUCCESS" else "MK:0001",
                     "PhoneNumber": body["PhoneNumber"]}]})
            answer = fake.script.pop(0) if fake.script else "ok"
            phone = body["PhoneNumberSet"][0]
            match answer:
                case "ok":
                    self._answer({"SendStatusSet": [{"SerialNo": "2640:1", "PhoneNumber": phone,
                                                     "Code": "Ok", "Message": "send success"}]})
                case "illegal":
                    self._answer({"SendStatusSet": [{
                        "SerialNo": "", "PhoneNumber": phone,
                        "Code": "InvalidParameterValue.IncorrectPhoneNumber",
                        "Message": "手机号格式错误 " + phone}]})
                case "limit":
                    self._answer({"SendStatusSet": [{
                        "SerialNo": "", "PhoneNumber": phone,
                        "Code": "LimitExceeded.PhoneNumberDailyLimit", "Message": "limit"}]})
                case "http503":
                    self.send_response(503)
                    self.end_headers()
                case "slow":
                    fake.released.wait(2)
                    self._answer({"SendStatusSet": []})
                case _:
                    self.send_response(200)
                    self.end_headers()
                    self.wfile.write(b"<html>")

        def _answer(self, inner: dict[str, Any]) -> None:
            send_json(self, 200, {"Response": {**inner, "RequestId": "r-1"}})

    return Handler


@contextmanager
def fake_tencent() -> Iterator[FakeTencent]:
    """Start the loopback provider on a free port; stop it after."""
    fake = FakeTencent()
    with serving(_handler(fake), "fake-tencent", fake.released.set) as url:
        fake.url = url
        yield fake
