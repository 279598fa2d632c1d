"""The 80 mm counter receipt of the price paid, as ESC/POS bytes (issue 17 §2). No Qt.

Emitted directly rather than through python-escpos: that library encodes text through
single-byte code pages, while Chinese receipt printers take GB18030 (GBK) double-byte text in
their Chinese mode (``FS &``), which is all this receipt needs besides a few size, alignment,
barcode and cut commands.
"""

from __future__ import annotations

import unicodedata

from counter_app.services.intake_dto import CounterSlip

ESC, GS, FS = b"\x1b", b"\x1d", b"\x1c"
INIT = ESC + b"@"
CHINESE_ON = FS + b"&"
CHINESE_OFF = FS + b"."
LEFT, CENTER = ESC + b"a\x00", ESC + b"a\x01"
NORMAL, DOUBLE = GS + b"!\x00", GS + b"!\x11"
BOLD_ON, BOLD_OFF = ESC + b"E\x01", ESC + b"E\x00"
CUT = GS + b"V\x42\x03"
"""Feed 3 lines, then a partial cut."""

COLUMNS = 48
"""Characters per line on 80 mm paper (576 dots, 12-dot font A); a Chinese character is two."""


def width(text: str) -> int:
    """Printed columns of ``text``: wide (CJK, full-width) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, columns: int) -> str:
    out, used = "", 0
    for ch in text:
        w = width(ch)
        if used + w > columns:
            break
        out, used = out + ch, used + w
    return out


def two_columns(left: str, right: str, columns: int = COLUMNS) -> str:
    """``left`` and ``right`` on one line, right-aligned amount; left is cut to fit."""
    right_w = width(right)
    left = _clip(left, max(0, columns - right_w - 1))
    return left + " " * (columns - width(left) - right_w) + right


def _text(value: str) -> bytes:
    return value.encode("gb18030", errors="replace") + b"\n"


def _code128(data: str) -> bytes:
    """``GS k`` Code 128 (function B, code set B), height 80 dots, module 2, number below."""
    payload = b"{B" + data.encode("ascii", errors="replace")
    return (GS + b"h\x50" + GS + b"w\x02" + GS + b"H\x02" + GS + b"k\x49"
            + bytes([len(payload)]) + payload)


def render_receipt(slip: CounterSlip, *, reprint: int = 0) -> bytes:
    """The receipt of what the sender paid: station, waybill, fee lines, total, payment.

    Args:
        slip: the accepted parcel's slip (the same text as the label).
        reprint: how many times it was printed before (a reprint says so on the paper).
    """
    out = bytearray(INIT + CHINESE_ON)
    out += CENTER + DOUBLE + BOLD_ON + _text(slip.header.name) + BOLD_OFF + NORMAL
    out += _text("寄件收据" + (f"（补打 {reprint}）" if reprint else ""))
    if slip.header.phone:
        out += _text(f"电话 {slip.header.phone}")
    out += LEFT + _text("-" * COLUMNS)
    out += _text(two_columns("运单号", slip.waybill_no))
    out += _text(two_columns("快递公司", slip.carrier))
    out += _text(two_columns("收寄时间", slip.accepted_at))
    out += _text(two_columns("目的地", slip.destination))
    out += _text(two_columns("物品", f"{slip.contents} ×{slip.quantity}"))
    out += _text(two_columns("计费重量", slip.weight))
    out += _text("-" * COLUMNS)
    for line in slip.lines:
        out += _text(two_columns(line.label, line.amount))
    for label, value in (("保价金额", slip.declared_value), ("代收货款", slip.cod_amount)):
        if value:
            out += _text(two_columns(label, value))
    out += _text("-" * COLUMNS)
    out += DOUBLE + _text(two_columns("合计", slip.total, COLUMNS // 2)) + NORMAL
    out += _text(two_columns("付款方式", slip.payment))
    out += _text(two_columns("收件员", slip.clerk))
    out += CENTER + _code128(slip.waybill_no) + b"\n"
    out += _text("请保留此收据以便查询")
    out += CHINESE_OFF + CUT
    return bytes(out)
