"""Aliyun SMS replies (上行短信, ``SmsUp``) and delivery receipts (``SmsReport``) read from the
message queues (MNS, 轻量消息队列) the SMS service fills for the station — stdlib HTTP only.

What this relies on (Aliyun's documentation; see ``docs/notifications.md``):

* the SMS console (通用设置 → 回执配置) subscribes a message type and names its queue
  (``Alicom-Queue-<id>-SmsUp``); the queues live in Aliyun Communication's MNS account, read
  with a temporary key from ``QueryTokenForMnsQueue`` (dybaseapi 2017-05-25: MessageType,
  QueueName → MessageTokenDTO with AccessKeyId, AccessKeySecret, SecurityToken, ExpireTime),
  sent as the ``security-token`` header;
* ReceiveMessage ``GET /queues/<queue>/messages?waitseconds=N`` (long polling: the answer comes
  when a message arrives or after N seconds with 404 ``MessageNotExist``), XML ``<Message>``
  with MessageId, ReceiptHandle, MessageBody …; DeleteMessage
  ``DELETE /queues/<queue>/messages?ReceiptHandle=…`` (204) once the message is stored —
  a message not deleted comes back after the queue's visibility timeout (at least once);
* the signature: ``Authorization: MNS <AccessKeyId>:<Signature>``, Signature =
  Base64(HMAC-SHA1(secret, VERB \\n Content-MD5 \\n Content-Type \\n Date \\n
  CanonicalizedMNSHeaders CanonicalizedResource)), the x-mns- headers lower-case, sorted,
  ``name:value\\n`` each; ``x-mns-version: 2015-06-06``;
* the bodies: Base64 of JSON (read as plain JSON too); SmsUp has phone_number, content,
  send_time, dest_code, sequence_id; SmsReport has phone_number, success, biz_id, err_code,
  send_time, report_time …

Nothing here logs or raises a phone number or a customer's words (X-2).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime

from counter_app.services.notify_ports import (
    InboundKind,
    InboundMessage,
    InboxRead,
    ProviderSettings,
    SendResult,
)

QUEUE_ENDPOINT = "https://1943695596114318.mns.cn-hangzhou.aliyuncs.com/"
"""Aliyun Communication's MNS account that holds the SMS queues (from Aliyun's receive demo);
``ProviderSettings.queue_endpoint`` overrides it."""
MNS_VERSION = "2015-06-06"
CONTENT_TYPE = "text/xml;charset=UTF-8"
TOKEN_LIFE = 20 * 60.0
"""Seconds a temporary queue key is used before a new one is asked (Aliyun's last longer)."""
MESSAGE_TYPES = {InboundKind.REPLY: "SmsUp", InboundKind.REPORT: "SmsReport"}

TokenCall = Callable[[str, str], "dict[str, object] | SendResult"]


def mns_signature(secret: str, verb: str, content_md5: str, content_type: str, date: str,
                  headers: dict[str, str], resource: str) -> str:
    """The MNS request signature (see the module's docstring)."""
    canonical = "".join(f"{k.lower()}:{v.strip()}\n" for k, v in
                        sorted(headers.items(), key=lambda kv: kv[0].lower())
                        if k.lower().startswith("x-mns-"))
    to_sign = f"{verb}\n{content_md5}\n{content_type}\n{date}\n{canonical}{resource}"
    return base64.b64encode(hmac.new(secret.encode(), to_sign.encode(),
                                     hashlib.sha1).digest()).decode()


@dataclass
class _Token:
    key_id: str
    secret: str
    security_token: str
    until: float


class AliyunQueues:
    """Reads the station's SmsUp / SmsReport queues (``services.notify_ports.InboxReader``)."""

    def __init__(self, settings: ProviderSettings, token_call: TokenCall, *,
                 timeout: float = 10.0,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 clock: Callable[[], float] = time.monotonic) -> None:
        """``token_call(message_type, queue)`` asks ``QueryTokenForMnsQueue`` with the
        station's key (``notify.aliyun.AliyunSms._token``)."""
        self._settings = settings
        self._token_call = token_call
        self._endpoint = (settings.queue_endpoint or QUEUE_ENDPOINT).rstrip("/")
        self._timeout = timeout
        self._now = now
        self._clock = clock
        self._tokens: dict[InboundKind, _Token] = {}

    def reads(self, which: InboundKind) -> bool:
        """Whether the station configured that queue."""
        return bool(self._queue(which))

    def _queue(self, which: InboundKind) -> str:
        return (self._settings.reply_queue if which is InboundKind.REPLY
                else self._settings.report_queue).strip()

    def receive(self, which: InboundKind, wait_seconds: int) -> InboxRead:
        """ReceiveMessage: one message, or none after ``wait_seconds`` (0–30)."""
        queue = self._queue(which)
        if not queue:
            return InboxRead(error="no_queue")
        wait = max(0, min(30, int(wait_seconds)))
        status, body = self._request(which, "GET",
                                     f"/queues/{urllib.parse.quote(queue, safe='')}"
                                     f"/messages?waitseconds={wait}", wait + self._timeout)
        if status == 200:
            message = _message(which, queue, body)
            return InboxRead(message) if message is not None else InboxRead(error="bad_answer")
        code = _error_code(body) or (f"HTTP {status}" if status else "unreachable")
        if status in (204, 404) and code in ("MessageNotExist", "HTTP 204"):
            return InboxRead()  # the long poll ended without a message
        return InboxRead(error=code if status != -1 else "timeout")

    def delete(self, message: InboundMessage) -> bool:
        """DeleteMessage with the message's ReceiptHandle (204: deleted)."""
        which = message.kind if message.kind is not InboundKind.UNREADABLE else (
            InboundKind.REPORT if message.queue == self._queue(InboundKind.REPORT)
            else InboundKind.REPLY)
        queue = message.queue or self._queue(which)
        handle = urllib.parse.quote(message.handle, safe="")
        status, _body = self._request(
            which, "DELETE",
            f"/queues/{urllib.parse.quote(queue, safe='')}/messages?ReceiptHandle={handle}",
            self._timeout)
        return status == 204

    # --- transport ---------------------------------------------------------------------------

    def _token(self, which: InboundKind) -> _Token | str:
        token = self._tokens.get(which)
        if token is not None and token.until > self._clock():
            return token
        answer = self._token_call(MESSAGE_TYPES[which], self._queue(which))
        if isinstance(answer, SendResult):
            return answer.code or "token"
        dto = answer.get("MessageTokenDTO")
        if answer.get("Code") != "OK" or not isinstance(dto, dict):
            return str(answer.get("Code", "token"))
        token = _Token(str(dto.get("AccessKeyId", "")), str(dto.get("AccessKeySecret", "")),
                       str(dto.get("SecurityToken", "")), self._clock() + TOKEN_LIFE)
        self._tokens[which] = token
        return token

    def _request(self, which: InboundKind, verb: str, resource: str,
                 timeout: float) -> tuple[int, bytes]:
        """One signed MNS request: (HTTP status, body); status 0 unreachable, -1 timeout."""
        token = self._token(which)
        if isinstance(token, str):
            return 0, f"<Error><Code>{token}</Code></Error>".encode()
        date = format_datetime(self._now().astimezone(UTC), usegmt=True)
        headers = {"x-mns-version": MNS_VERSION}
        signature = mns_signature(token.secret, verb, "", CONTENT_TYPE, date, headers,
                                  resource)
        request = urllib.request.Request(
            self._endpoint + resource, method=verb,
            headers={**headers, "Date": date, "Content-Type": CONTENT_TYPE,
                     "security-token": token.security_token,
                     "Authorization": f"MNS {token.key_id}:{signature}"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as err:
            if err.code == 403:  # an expired or refused temporary key: ask a new one next time
                self._tokens.pop(which, None)
            return err.code, err.read()
        except TimeoutError:
            return -1, b""
        except (urllib.error.URLError, ConnectionError, OSError) as err:
            return (-1 if isinstance(getattr(err, "reason", None), TimeoutError) else 0), b""


def _text(element: ET.Element, name: str) -> str:
    for child in element:
        if child.tag.rsplit("}", 1)[-1] == name:
            return child.text or ""
    return ""


def _error_code(body: bytes) -> str:
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return ""
    return _text(root, "Code") if root.tag.rsplit("}", 1)[-1] == "Error" else ""


def _message(which: InboundKind, queue: str, body: bytes) -> InboundMessage | None:
    """Read a ``<Message>``; a body that is not what the SMS service writes is UNREADABLE (it
    is still deleted by id so that it does not come back forever)."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    message_id, handle = _text(root, "MessageId"), _text(root, "ReceiptHandle")
    if not message_id or not handle:
        return None
    raw = _text(root, "MessageBody")
    data = _json_body(raw)
    bad = InboundMessage(InboundKind.UNREADABLE, message_id, handle, queue)
    if data is None:
        return bad
    if which is InboundKind.REPLY:
        phone, text = str(data.get("phone_number", "")), str(data.get("content", ""))
        if not phone or "content" not in data:
            return bad
        return InboundMessage(InboundKind.REPLY, message_id, handle, queue, phone=phone,
                              text=text, at=_when(data.get("send_time")))
    ref = str(data.get("biz_id", ""))
    if not ref or "success" not in data:
        return bad
    success = data.get("success")
    delivered = success is True or str(success).lower() == "true"
    return InboundMessage(InboundKind.REPORT, message_id, handle, queue,
                          phone=str(data.get("phone_number", "")), provider_ref=ref,
                          delivered=delivered,
                          code=str(data.get("err_code", "") or ("DELIVERED" if delivered
                                                                else "")),
                          at=_when(data.get("report_time") or data.get("send_time")))


def _json_body(raw: str) -> dict[str, object] | None:
    """The body's JSON: Base64 first (what the SMS service writes), else as it is."""
    candidates = []
    with contextlib.suppress(binascii.Error, ValueError):
        candidates.append(base64.b64decode(raw.strip(), validate=True).decode("utf-8"))
    candidates.append(raw)
    for text in candidates:
        try:
            data = json.loads(text)
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    return None


def _when(value: object) -> datetime | None:
    """``2021-09-06 15:53:20`` or ``20150101120000`` (the station's local time, Beijing)."""
    text = str(value or "").strip()
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y%m%d%H%M%S"):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None
