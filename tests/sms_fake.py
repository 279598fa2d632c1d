"""A loopback HTTP server that plays Aliyun SMS (dysmsapi) for the tests: it checks each
request's RPC v1 signature independently (form-encode, then the documented replacements) and
answers as the test asks — success, a refusal, a slow answer (timeout), flow control or an
HTTP error. Never the real service.

It also plays the SMS message queues (MNS): ``QueryTokenForMnsQueue`` hands out a temporary
key, and ReceiveMessage / DeleteMessage on ``/queues/<name>/messages`` check the MNS signature
with that key (computed here independently of the adapter), hide a received message until it is
deleted or ``redeliver`` is called (the visibility timeout), long-poll when the queue is empty
(then 404 ``MessageNotExist``), and play faults on request: ``http500``, ``garbage`` (not XML),
``badbody`` (a message whose body is not JSON)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import urllib.parse
from collections.abc import Callable, Iterator
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
    queues: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Queue name → messages waiting: {"id", "body" (the JSON object), "handle"}."""
    inflight: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Receipt handle → a message received and not deleted yet."""
    mns_script: list[str] = field(default_factory=list)
    """Answers for the next ReceiveMessage calls ('ok' when empty): ok, http500, garbage,
    badbody."""
    mns_requests: list[tuple[str, str]] = field(default_factory=list)
    mns_bad_signatures: int = 0
    deleted: list[str] = field(default_factory=list)
    tokens_issued: int = 0
    wait_cap: float = 0.5
    """Longest a long poll really waits here (tests stay fast)."""
    arrived: threading.Condition = field(default_factory=threading.Condition)
    counter: int = 0

    def put_reply(self, queue: str, phone: str, content: str, send_time: str,
                  message_id: str = "") -> str:
        """An SmsUp message as Aliyun writes it (Base64 of JSON)."""
        return self.put(queue, {"phone_number": phone, "content": content,
                                "send_time": send_time, "dest_code": "1234",
                                "sequence_id": 123456}, message_id)

    def put(self, queue: str, body: dict[str, Any] | str, message_id: str = "") -> str:
        with self.arrived:
            self.counter += 1
            mid = message_id or f"MSG{self.counter:06d}"
            self.queues.setdefault(queue, []).append({"id": mid, "body": body})
            self.arrived.notify_all()
        return mid

    def redeliver(self) -> None:
        """The visibility timeout passed: messages received and not deleted come back."""
        with self.arrived:
            for message in self.inflight.values():
                self.queues.setdefault(message["queue"], []).insert(0, message)
            self.inflight.clear()
            self.arrived.notify_all()


TMP_KEY_ID = "STS.tmpid"
TMP_SECRET = "tmpsecret"
TMP_TOKEN = "security-token-1"
MNS_NS = "http://mns.aliyuncs.com/doc/v1/"


def expected_mns_signature(secret: str, verb: str, md5: str, ctype: str, date: str,
                           headers: dict[str, str], resource: str) -> str:
    """Aliyun's MNS signature, written here from its documentation."""
    mns = sorted((k.lower(), v.strip()) for k, v in headers.items()
                 if k.lower().startswith("x-mns-"))
    text = "\n".join([verb, md5, ctype, date]) + "\n" + "".join(
        f"{k}:{v}\n" for k, v in mns) + resource
    return base64.b64encode(hmac.new(secret.encode(), text.encode(),
                                     hashlib.sha1).digest()).decode()


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
            if params.get("Action") == "QueryTokenForMnsQueue":
                fake.tokens_issued += 1
                return self._json(200, {"Code": "OK", "MessageTokenDTO": {
                    "AccessKeyId": TMP_KEY_ID, "AccessKeySecret": TMP_SECRET,
                    "SecurityToken": TMP_TOKEN, "CreateTime": "2026-12-03 10:00:00",
                    "ExpireTime": "2026-12-04 10:00:00"}})
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

        # --- MNS ------------------------------------------------------------------------

        def do_GET(self) -> None:
            self._mns("GET")

        def do_DELETE(self) -> None:
            self._mns("DELETE")

        def _mns(self, verb: str) -> None:
            fake.mns_requests.append((verb, self.path))
            headers = {k: v for k, v in self.headers.items()}
            auth = self.headers.get("Authorization", "")
            want = expected_mns_signature(
                TMP_SECRET, verb, self.headers.get("Content-MD5", ""),
                self.headers.get("Content-Type", ""), self.headers.get("Date", ""),
                headers, self.path)
            if (auth != f"MNS {TMP_KEY_ID}:{want}"
                    or self.headers.get("security-token") != TMP_TOKEN
                    or self.headers.get("x-mns-version") != "2015-06-06"):
                fake.mns_bad_signatures += 1
                return self._xml(403, "SignatureDoesNotMatch")
            url = urllib.parse.urlsplit(self.path)
            parts = url.path.strip("/").split("/")
            query = dict(urllib.parse.parse_qsl(url.query))
            if len(parts) != 3 or parts[0] != "queues" or parts[2] != "messages":
                return self._xml(404, "QueueNotExist")
            queue = urllib.parse.unquote(parts[1])
            if verb == "DELETE":
                with fake.arrived:
                    message = fake.inflight.pop(query.get("ReceiptHandle", ""), None)
                if message is None:
                    return self._xml(404, "ReceiptHandleError")
                fake.deleted.append(message["id"])
                self.send_response(204)
                self.end_headers()
                return
            answer = fake.mns_script.pop(0) if fake.mns_script else "ok"
            if answer == "http500":
                return self._xml(500, "InternalError")
            if answer == "garbage":
                return self._raw(200, b"<html>not xml")
            wait = min(float(query.get("waitseconds", "0")), fake.wait_cap)
            with fake.arrived:
                if not fake.queues.get(queue):
                    fake.arrived.wait_for(lambda: bool(fake.queues.get(queue)), wait)
                if not fake.queues.get(queue):
                    return self._xml(404, "MessageNotExist")
                message = fake.queues[queue].pop(0)
                fake.counter += 1
                handle = f"{message['id']}-{fake.counter}+/="
                fake.inflight[handle] = {**message, "queue": queue}
            body = message["body"]
            raw = "{not json" if answer == "badbody" else (
                body if isinstance(body, str) else json.dumps(body, ensure_ascii=False))
            encoded = base64.b64encode(raw.encode()).decode()
            self._raw(200, (
                f'<?xml version="1.0" encoding="UTF-8"?><Message xmlns="{MNS_NS}">'
                f"<MessageId>{message['id']}</MessageId><ReceiptHandle>{handle}</ReceiptHandle>"
                f"<MessageBodyMD5>X</MessageBodyMD5><MessageBody>{encoded}</MessageBody>"
                "<EnqueueTime>1250700979248</EnqueueTime><DequeueCount>1</DequeueCount>"
                "<Priority>8</Priority></Message>").encode())

        def _xml(self, status: int, code: str) -> None:
            self._raw(status, (f'<?xml version="1.0" encoding="UTF-8"?><Error xmlns="{MNS_NS}">'
                               f"<Code>{code}</Code><Message>m</Message><RequestId>R</RequestId>"
                               "<HostId>h</HostId></Error>").encode())

        def _raw(self, status: int, data: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/xml;charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _json(self, status: int, body: dict[str, Any]) -> None:
            send_json(self, status, body)

    return Handler


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler], name: str,
            stopping: Callable[[], None]) -> Iterator[str]:
    """A loopback HTTP server for a provider's fake on a free port (its URL yielded); on the
    way out ``stopping`` frees any request still waiting, then the server stops."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        stopping()
        server.shutdown()
        server.server_close()
        thread.join(5)


def send_json(handler: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
    """Answer a request with ``body`` as JSON."""
    data = json.dumps(body, ensure_ascii=False).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


@contextmanager
def fake_aliyun() -> Iterator[FakeAliyun]:
    """Start the loopback provider on a free port; stop it after."""
    fake = FakeAliyun()

    def stopping() -> None:
        fake.released.set()
        with fake.arrived:
            fake.arrived.notify_all()

    with serving(_handler(fake), "fake-aliyun", stopping) as url:
        fake.url = url
        yield fake
