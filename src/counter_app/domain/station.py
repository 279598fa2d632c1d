"""The station profile (MR-5 needs contact person, phone and QQ on the monthly form)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import time

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.staff import check_name, check_phone
from counter_app.domain.waybills import default_carriers

STATION_CODE_RE = re.compile(r"^[0-9A-Za-z]{3,12}$")
QQ_RE = re.compile(r"^[1-9]\d{4,11}$")


@dataclass(frozen=True)
class StationProfile:
    """Who the station is. One row; changes are audited."""

    name: str
    code: str
    province: str
    city: str
    contact_person: str
    phone: str
    qq: str
    own_carriers: tuple[str, ...] = ()
    version: int = field(default=0, compare=False)
    """The stored version this copy was read at (optimistic concurrency, issue 13 §2)."""

    def validated(self) -> StationProfile:
        """Return a trimmed copy, or raise FieldInvalid naming the first bad field."""
        name = self.name.strip()
        if not name:
            raise FieldInvalid("station_name", "required")
        code = self.code.strip().upper()
        if not code:
            raise FieldInvalid("station_code", "required")
        if not STATION_CODE_RE.match(code):
            raise FieldInvalid("station_code", "format")
        province = self.province.strip()
        if not province:
            raise FieldInvalid("province", "required")
        city = self.city.strip()
        if not city:
            raise FieldInvalid("city", "required")
        contact = check_name(self.contact_person, field="contact_person")
        phone = check_phone(self.phone, field="station_phone")
        qq = self.qq.strip()
        if not qq:
            raise FieldInvalid("qq", "required")
        if not QQ_RE.match(qq):
            raise FieldInvalid("qq", "digits")
        # The station's own carrier(s): scans of other carriers are 同行件 (CI-4).
        known = {c.code for c in default_carriers()}
        carriers = tuple(dict.fromkeys(c.strip().upper() for c in self.own_carriers if c.strip()))
        if not carriers:
            raise FieldInvalid("own_carriers", "required")
        if unknown := [c for c in carriers if c not in known]:
            raise FieldInvalid("own_carriers", "unknown", ",".join(unknown))
        return replace(
            self,
            own_carriers=carriers,
            name=name,
            code=code,
            province=province,
            city=city,
            contact_person=contact,
            phone=phone,
            qq=qq,
        )


@dataclass(frozen=True)
class ShiftTimes:
    """Shift windows (WH-1): early 07:30–14:30, late 15:00–21:30 by default."""

    early_start: time = time(7, 30)
    early_end: time = time(14, 30)
    late_start: time = time(15, 0)
    late_end: time = time(21, 30)

    def validated(self) -> ShiftTimes:
        """Check that the windows are ordered and do not overlap."""
        if not self.early_start < self.early_end:
            raise FieldInvalid("early_shift", "order")
        if not self.late_start < self.late_end:
            raise FieldInvalid("late_shift", "order")
        if not self.early_end <= self.late_start:
            raise FieldInvalid("late_shift", "overlap")
        return self

    def shift_at(self, moment: time) -> str | None:
        """Return ``"early"``, ``"late"`` or None (between or outside shifts)."""
        if self.early_start <= moment < self.early_end:
            return "early"
        if self.late_start <= moment < self.late_end:
            return "late"
        return None


# Official province-level divisions (GB/T 2260), used for pick lists.
PROVINCES: tuple[str, ...] = (
    "北京市",
    "天津市",
    "河北省",
    "山西省",
    "内蒙古自治区",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "上海市",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "广西壮族自治区",
    "海南省",
    "重庆市",
    "四川省",
    "贵州省",
    "云南省",
    "西藏自治区",
    "陕西省",
    "甘肃省",
    "青海省",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "台湾省",
    "香港特别行政区",
    "澳门特别行政区",
)
