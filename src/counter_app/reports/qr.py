"""QR codes for the copy-text fallback (issue 20): the notice text as a QR code the customer's
or the clerk's phone scans. reportlab's own encoder (already a dependency), UTF-8 bytes."""

from __future__ import annotations

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of a QR code (error correction M) holding ``text``; True is dark."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    size = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(size)] for r in range(size)]
