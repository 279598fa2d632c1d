"""A loopback HTTP server that plays Aliyun SMS (dysmsapi) for the tests: it checks each
request's RPC v1 signature independently (form-encode, then the documented replacements) and
answers as the test asks — success, a refusal, a slow answer (timeout), flow control or an
HTTP error. Never the real service."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SECRET = "testsecret"
KEY_ID = "testid"


def java_style_encode(value: str) -> str:
    """The encoding the provider's documentation describes: application/x-www-form-urlencoded,
    then '+' → %20, '*' → %2A, %7E → '~'."""
    return (urllib.parse.quote_plus(value, safe="").replace("+", "%20").replace("*", "%2A")
            .replace("%7E", "~"))


def expected_signature(method: str, params: dict[str, str], secret: str) -> str:
    canonical = "&".join(f"{java_style_encode(k)}={java_style_encode(params[k])}"
                         for k in sorted(params) if k != "Signature")
    to_sign = f"{method}&{java_style_encode('/')}&{java_style_encode(canonical)}"
    return base64.b64encode(
        hmac.new(f"{secret}&".encode(), to_sign.encode(), hashlib.sha1).digest()).decode()


@dataclass
class FakeAliyun:
    """What the server answers next and what it received."""

    url: str = ""
    script: list[str] = field(default_factory=list)
    """Answers for the next SendSms calls, in order ('ok' when empty): ok, illegal, limit,
    http503, http429, slow, garbage."""
    status: int = 3
    """QuerySendDetails' SendStatus (3 delivered, 2 failed, 1 waiting)."""
    requests: list[dict[str, str]] = field(default_factory=list)
    bad_signatures: int = 0
    slow_seconds: float = 1.0
    released: threading.Event = field(default_factory=threading.Event)


def _handler(fake: FakeAliyun) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            params = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode(),
                                                 keep_blank_values=True))
            fake.requests.append(params)
            if params.get("Signature") != expected_signature("POST", params, SECRET):
                fake.bad_signatures += 1
                return self._json(400, {"Code": "SignatureDoesNotMatch", "Message": "bad"})
            if params.get("Action") == "QuerySendDetails":
                return self._json(200, {"Code": "OK", "TotalCount": 1, "SmsSendDetailDTOs": {
                    "SmsSendDetailDTO": [{"SendStatus": fake.status,
                                          "ErrCode": "DELIVERED" if fake.status == 3
                                          else "MK:0001"}]}})
            answer = fake.script.pop(0) if fake.script else "ok"
            match answer:
                case "ok":
                    self._json(200, {"Code": "OK", "Message": "OK", "BizId": "900^1",
                                     "RequestId": "R1"})
                case "illegal":
                    self._json(200, {"Code": "isv.MOBILE_NUMBER_ILLEGAL",
                                     "Message": "非法手机号 " + params.get("PhoneNumbers", "")})
                case "limit":
                    self._json(200, {"Code": "isv.BUSINESS_LIMIT_CONTROL",
                                     "Message": "触发天级流控Permits:10"})
                case "http503":
                    self._json(503, {"Code": "ServiceUnavailable"})
                case "http429":
                    self._json(429, {"Code": "Throttling.User"})
                case "slow":
                    fake.released.wait(fake.slow_seconds)
                    self._json(200, {"Code": "OK", "BizId": "late"})
                case _:
                    self.send_response(200)
                    self.end_headers()
                    self.wfile.write(b"<html>not json")

        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextmanager
def fake_aliyun() -> Iterator[FakeAliyun]:
    """Start the loopback provider on a free port; stop it after."""
    fake = FakeAliyun()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, name="fake-aliyun", daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.released.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
