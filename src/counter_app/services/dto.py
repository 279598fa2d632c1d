"""Frozen data handed to the UI and to report renderers (no Qt, no SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StationHeader:
    """The station block printed on forms (MR-5)."""

    name: str
    code: str
    contact_person: str
    phone: str
    qq: str


# --- warehouse (issue 5): printed strings, Chinese as on every form of the station ----------

REASON_LABELS = {
    "address_unclear": "地址不详",
    "moved": "地址搬迁",
    "address_change": "改地址",
    "nobody_home": "送无人",
    "cod_refused": "到付拒收",
    "out_of_area": "超区件",
    "opened": "拆包验货",
    "self_pickup": "自取件",
    "missorted": "错分件",
    "return": "退回件",
    "refused": "拒收件",
    "damaged": "破损拒收",
    "misroute": "错写大字待查",
}
DISPOSITION_LABELS = {
    "delivery": "出仓派送",
    "collected": "客户自提",
    "return_courier": "退回业务员",
    "return_company": "上网退公司",
    "ems": "转发EMS",
    "driver": "司机提货",
    "lost": "盘点报失",
}
DUE_LABELS = {
    "self_pickup_return": "自取件逾期：给始发公司留言并退回",
    "notified_message": "已通知未取：给始发公司留言",
    "origin_silent_return": "始发公司未回复：直接退回",
    "return_today": "留言要求退回：当天退出",
    "customer_date": "客户约定今天来取",
    "return_next_day": "退回件：最迟次日退出",
    "damaged_message": "破损拒收：当天给始发公司留言",
    "missorted_message": "错分件：当天给发件公司留言（注明本网点）",
    "self_pickup_message": "改自提：当天给始发公司留言并做E3扫描",
}
PAYMENT_LABELS = {"prepaid": "寄付", "collect": "到付", "account": "月结"}


@dataclass(frozen=True)
class HandoverLine:
    """A parcel on the handover sheet; every value is the printed text."""

    waybill_no: str
    reason: str
    location: str
    since: str
    by: str
    note: str = ""


@dataclass(frozen=True)
class HandoverSheet:
    """The WH-1 shift handover sheet: stock at start and end, in and out, due, open problems."""

    header: StationHeader
    shift: str
    period: str
    printed_at: str
    outgoing_clerk: str
    stock_start: int
    stock_end: int
    came_in: tuple[HandoverLine, ...]
    went_out: tuple[HandoverLine, ...]
    due_today: tuple[HandoverLine, ...]
    overdue: tuple[HandoverLine, ...]
    open_problems: tuple[HandoverLine, ...]
    headless_open: int


@dataclass(frozen=True)
class PickupLabel:
    """The small shelf label of a parcel in stock (issue 5 §2): the code and its barcode."""

    pickup_code: str
    waybill_no: str
    location: str
    reason: str
    in_on: str
    recipient: str


@dataclass(frozen=True)
class EmsLine:
    """One parcel forwarded via EMS (WH-12), printed text."""

    seq: int
    out_on: str
    waybill_no: str
    destination: str
    weight_kg: str
    ems_fee: str
    paid_freight: str
    payment: str
    shortfall: str
    courier: str
    by: str
    ems_no: str = ""
    """WH-17: the EMS waybill number it was forwarded under."""


@dataclass(frozen=True)
class EmsRegister:
    """The EMS register of a period, handed to finance (WH-12)."""

    header: StationHeader
    start: str
    end: str
    lines: tuple[EmsLine, ...]
    total_fee: str
    total_shortfall: str


@dataclass(frozen=True)
class AirFeeLine:
    """One air parcel returned with a fee (WH-11), printed text (issue 16 §5)."""

    seq: int
    out_on: str
    waybill_no: str
    label: str
    province: str
    weight_kg: str
    fee: str
    by: str


@dataclass(frozen=True)
class AirFeeRegister:
    """The air-return fees charged in a period, for finance (WH-11, issue 16 §5)."""

    header: StationHeader
    start: str
    end: str
    lines: tuple[AirFeeLine, ...]
    total_fee: str


AIR_FEE_COLUMNS = ("序号", "出仓日期", "运单号", "退回", "省份", "重量(kg)", "退回费用", "经办人")

EMS_COLUMNS = ("序号", "出仓日期", "运单号", "EMS单号", "目的地", "重量(kg)", "EMS费用",
               "已付运费", "付款方式", "需补收", "补收业务员", "经办人")




