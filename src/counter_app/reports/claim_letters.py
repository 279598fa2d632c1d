"""The claim letters of 003 (CS-7): 理赔通知函 and 理赔结果回复函 (with the service manager's
signature line), A4 PDFs with the embedded Chinese font. Always Chinese: they go to the
customer and to finance."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter_app.domain.service_desk import ClaimKind, OfferKind
from counter_app.reports.misroute_pdf import register_font
from counter_app.services.service_desk_cases import ClaimLetter, LetterKind

TITLES = {LetterKind.NOTICE: "理赔通知函", LetterKind.RESULT: "理赔结果回复函"}
KINDS = {ClaimKind.LOSS: "遗失", ClaimKind.DELAY: "延误", ClaimKind.DAMAGE: "破损"}
LINE = "_" * 18


def _day(value: object) -> str:
    return value.strftime("%Y年%m月%d日") if hasattr(value, "strftime") else "—"


def letter_rows(letter: ClaimLetter) -> list[tuple[str, str]]:
    """The letter's facts as (label, value) rows; the PDF prints exactly these."""
    claim = letter.claim
    rows = [
        ("运单号", claim.waybill_no),
        ("索赔类别", KINDS[claim.kind]),
        ("寄件日期", _day(claim.sent_on)),
        ("书面索赔日期", _day(claim.claimed_on)),
        ("索赔人", claim.claimant_name),
        ("联系电话", claim.claimant_phone),
        ("情况说明", claim.description),
        ("处理期限", f"{_day(claim.settle_by)}前"
                    f"（{'遗失30' if claim.kind is ClaimKind.LOSS else '延误、破损15'}个日历天）"),
    ]
    if letter.kind is LetterKind.RESULT:
        if claim.offer is OfferKind.RESEND:
            offer = "免费补寄与原运费同等价格的快件一次"
        else:
            offer = f"赔偿人民币 {claim.amount} 元"
        rows += [
            ("处理结果", offer),
            ("达成协议日期", _day(claim.agreed_on)),
            ("交财务部期限", f"{_day(claim.finance_by)}前（达成协议后3天内）"),
        ]
    return rows


def render_claim_letter(letter: ClaimLetter, font_path: Path) -> bytes:
    """The letter as an A4 PDF."""
    font = register_font(font_path)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=TA_CENTER)
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=16)
    station = letter.station
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title=TITLES[letter.kind], author=station.name)
    table = Table([[Paragraph(label, body), Paragraph(escape(value), body)]
                   for label, value in letter_rows(letter)], colWidths=[36 * mm, 134 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph(TITLES[letter.kind], title),
        Spacer(1, 6 * mm),
        Paragraph(f"{escape(letter.claim.claimant_name)}：", body),
        Paragraph("您好！关于下列快件的索赔，本网点" + (
            "已受理，将在处理期限内与您协商处理。" if letter.kind is LetterKind.NOTICE
            else "经核实，与您协商一致，处理结果如下。"), body),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 10 * mm),
        Paragraph(escape(f"网点：{station.name}（{station.code}）　电话：{station.phone}"), body),
        Paragraph(f"日期：{_day(letter.printed_on)}", body),
    ]
    if letter.kind is LetterKind.RESULT:
        story += [Spacer(1, 8 * mm), Paragraph(f"客服经理签字：{LINE}", body),
                  Spacer(1, 4 * mm), Paragraph(f"财务部签收：{LINE}　日期：{LINE}", body)]
    else:
        story += [Spacer(1, 8 * mm), Paragraph(f"经办人：{LINE}", body)]
    doc.build(story)
    return out.getvalue()
