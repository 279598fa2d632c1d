"""A realistic demo station so a newcomer sees a working desk (``--demo``, ``counter-app demo``)."""

from __future__ import annotations

from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.station import StationProfile
from counter_app.services.app import AppServices
from counter_app.services.station import FirstSupervisor

DEMO_PASSWORD = "demo1234"
DEMO_STATION = StationProfile(
    name="杭州五亭龙营业部",
    code="ZJ5710",
    province="浙江省",
    city="杭州市",
    contact_person="王丽",
    phone="057188886666",
    qq="80012345",
    own_carriers=("STO",),
)
DEMO_STAFF: tuple[tuple[str, str, Role], ...] = (
    ("1002", "李明", Role.COUNTER),
    ("1003", "陈静", Role.COUNTER),
    ("2001", "赵强", Role.WAREHOUSE),
    ("2002", "孙悦", Role.WAREHOUSE),
    ("3001", "周芳", Role.RECEIPTS),
)
DEMO_COURIERS: tuple[tuple[str, str, CourierKind, str], ...] = (
    ("张伟", "13905711001", CourierKind.COURIER, "西湖区文三路片区"),
    ("刘洋", "13905711002", CourierKind.COURIER, "西湖区古荡片区"),
    ("黄磊", "13905711003", CourierKind.COURIER, "拱墅区湖墅南路片区"),
    ("吴婷", "13905711004", CourierKind.COURIER, "上城区南星桥片区"),
    ("郑浩", "13905711005", CourierKind.COURIER, "滨江区长河片区"),
    ("钱军", "13905711006", CourierKind.DRIVER, "杭州转运中心—五亭龙干线"),
)


def fill_demo(app: AppServices) -> bool:
    """Create the demo station, staff and couriers; False if the station was already set up.

    Every demo account's password is ``demo1234``; the supervisor's job number is 1001.
    """
    if app.station.is_set_up():
        return False
    boss = app.station.set_up(DEMO_STATION, FirstSupervisor("1001", "王丽", DEMO_PASSWORD))
    for job, name, role in DEMO_STAFF:
        app.staff.add(boss, job, name, role, DEMO_PASSWORD)
    for name, phone, kind, area in DEMO_COURIERS:
        app.couriers.add(boss, name, phone, kind, area)
    return True
