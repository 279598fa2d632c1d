"""A realistic demo station so a newcomer sees a working desk (``--demo``, ``counter-app demo``)."""

from __future__ import annotations

import contextlib
from datetime import timedelta

from counter_app.domain.misroute import MisrouteAction
from counter_app.domain.receipts import money
from counter_app.domain.staff import CourierKind, Role, StaffMember
from counter_app.domain.station import StationProfile
from counter_app.services.app import AppServices
from counter_app.services.misroute import MisrouteDraft
from counter_app.services.receipts import ReceiptDraft
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
    _demo_misroutes(app, boss)
    _demo_receipts(app, boss)
    _demo_warehouse(app, boss)
    _demo_intake(app, boss)
    _demo_service_desk(app, boss)
    return True


def _demo_service_desk(app: AppServices, boss: StaffMember) -> None:
    """The 客服 desk's morning (issue 19): a customer chasing a parcel held in the warehouse,
    a network point's query, one already answered, a line in the notebook."""
    from counter_app.domain.service_desk import CallerKind, Channel, EnquiryKind
    from counter_app.services.service_desk import EnquiryDraft

    desk = boss  # supervisors work every desk; the demo keeps its staff list as it was
    answered = app.service_desk.log(desk, EnquiryDraft(
        waybill="77316523170012", kind=EnquiryKind.OUTGOING_CHASE, channel=Channel.PHONE,
        caller_kind=CallerKind.CUSTOMER, caller_name="张三丰", caller_phone="13812345678",
        question="寄往北京的茶叶到哪了", sender_phone="13812345678",
        recipient_phone="13900001234", sender_address="杭州市西湖区天目山路1号",
        recipient_address="北京市朝阳区建国路88号"))
    app.service_desk.answer(desk, answered.id or 0, "已发往北京转运中心，预计明天派送",
                            answered.version)
    app.service_desk.log(desk, EnquiryDraft(
        waybill="77316523130001", kind=EnquiryKind.DELIVERY_CHASE, channel=Channel.PHONE,
        caller_kind=CallerKind.CUSTOMER, caller_name="李娜", caller_phone="13800001234",
        question="说放仓库了，今天能不能送上门", recipient_phone="13800001234"))
    app.service_desk.log(desk, EnquiryDraft(
        waybill="77316523130006", kind=EnquiryKind.NETWORK_QUERY, channel=Channel.MESSAGE,
        caller_kind=CallerKind.NETWORK_POINT, caller_name="钱多多", caller_phone="057988881234",
        caller_point="义乌福田", question="寄件人要求退回，请确认何时退回"))
    app.service_desk.add_note(desk, "刘洋片区电话改为 13905711012，已通知全体客服")


def _demo_intake(app: AppServices, boss: StaffMember) -> None:
    """A counter morning: an account customer, consumables counted in, a prepaid, a collect and
    an account parcel, one refusal (the sample rate card and service area are in force)."""
    from counter_app.domain.errors import ParcelRefused
    from counter_app.domain.identity import DocumentKind
    from counter_app.domain.intake import Account, PayMode
    from counter_app.services.intake_drafts import AcceptDraft

    app.intake.save_account(boss, Account("A001", "西湖龙井茶叶有限公司", "赵经理",
                                          "13700000001", "91330106MA27XY812F"))
    clerk = app.auth.login("1002", DEMO_PASSWORD)
    for code, quantity in (("waybill", "500"), ("envelope", "60"), ("bag_m", "80"),
                           ("carton_s", "30"), ("carton_m", "12"), ("carton_l", "15"),
                           ("tape", "8")):
        app.intake.count_in(boss, code, quantity, "demo")
    parcels = (
        ("77316523170011", "衣服 两件", "江苏省南京市鼓楼区中山北路30号", "1.2", PayMode.CASH, ""),
        ("77316523170012", "茶叶 礼盒", "北京市朝阳区建国路88号", "2.5", PayMode.COLLECT, ""),
        ("77316523170013", "茶叶样品", "广东省深圳市南山区科苑路8号", "0.8", PayMode.ACCOUNT,
         "A001"),
    )
    for number, contents, address, weight, mode, account in parcels:
        app.intake.accept(clerk, AcceptDraft(
            waybill=number, contents=contents, sender_name="张三丰",
            sender_phone="13812345678", sender_address="杭州市西湖区天目山路1号",
            doc_kind=DocumentKind.RESIDENT_ID, doc_number="11010519491231002X",
            recipient_name="李娜", recipient_phone="13900001234", recipient_address=address,
            weight=weight, pay_mode=mode, account_code=account, inspected=True,
            received="50" if mode is PayMode.CASH else ""))
    # the refusal is recorded in the refusal log, as at the real counter
    with contextlib.suppress(ParcelRefused):
        app.intake.accept(clerk, AcceptDraft(
            waybill="77316523170014", contents="鞭炮", sender_name="王五",
            sender_phone="13611112222", recipient_name="赵六", recipient_phone="13900005678",
            recipient_address="浙江省宁波市海曙区中山西路1号", weight="3",
            pay_mode=PayMode.CASH, inspected=True))


def _demo_warehouse(app: AppServices, boss: StaffMember) -> None:
    """A morning's warehouse: retained and problem parcels with their details, a message, a
    return requested today, a parcel gone out, a headless parcel."""
    from counter_app.domain.warehouse import (
        CallOutcome,
        CodRefusal,
        Disposition,
        NobodyHome,
        OutOfAreaAnswer,
        PickupPlace,
        ProblemDetails,
        Reason,
        Requester,
    )
    from counter_app.services.warehouse import ScanInDraft, ScanOutDraft

    clerk = app.auth.login("2001", DEMO_PASSWORD)
    now = app.clock.now().replace(second=0, microsecond=0)
    earlier = now - timedelta(minutes=40)
    parcels = (
        (Reason.ADDRESS_UNCLEAR, ProblemDetails(reached=False, call_at=earlier,
                                                call_outcome=CallOutcome.NO_ANSWER),
         "李娜", "13800001234", False),
        (Reason.NOBODY_HOME, ProblemDetails(nobody_home=NobodyHome.TOMORROW, attempt_at=earlier),
         "王芳", "13900005678", False),
        (Reason.COD_REFUSED, ProblemDetails(cod_refusal=CodRefusal.TOO_EXPENSIVE),
         "陈刚", "13700002468", False),
        (Reason.OUT_OF_AREA, ProblemDetails(answer=OutOfAreaAnswer.WILL_COLLECT),
         "赵敏", "13600001357", True),
        (Reason.SELF_PICKUP, ProblemDetails(pickup_at=now + timedelta(hours=5),
                                            pickup_place=PickupPlace.BRANCH),
         "周杰", "13500009876", False),
        (Reason.RETURN, ProblemDetails(requested_by=Requester.SENDER_COMPANY,
                                       detail="寄件人取消订单，要求退回"),
         "吴芳", "13400004321", False),
        (Reason.MISSORTED, ProblemDetails(), "郑凯", "13300001111", False),
    )
    for n, (reason, details, name, phone, bulky) in enumerate(parcels, start=1):
        app.warehouse.scan_in(clerk, ScanInDraft(f"7731652313{n:04d}", reason, details, name,
                                                 phone, bulky=bulky))
    app.warehouse.log_message(clerk, "77316523130001", outgoing=True, company="温州瓯海",
                              text="收件人电话无人接，请核实地址和电话")
    app.warehouse.log_message(clerk, "77316523130006", outgoing=False, company="义乌福田",
                              text="请尽快退回", return_requested=True)
    zhang = next(c for c in app.couriers.all() if c.name == "张伟")
    app.warehouse.scan_out(clerk, "77316523130002",
                           ScanOutDraft(Disposition.DELIVERY, courier_id=zhang.id))
    app.warehouse.add_headless(clerk, "蓝色编织袋 约5公斤，面单脱落，袋上手写「义乌」", "R")


DEMO_RECIPIENTS = ("李娜", "王芳", "陈刚", "赵敏", "孙悦", "周杰", "吴芳", "郑凯", "冯丽",
                   "何伟", "罗静", "高翔")


def _demo_receipts(app: AppServices, boss: StaffMember) -> None:
    """Yesterday's delivery lists; one batch closed, one half keyed, the rest still to come."""
    night = next(m for m in app.staff.all(boss) if m.job_number == "3001")
    day = app.clock.now().date() - timedelta(days=1)
    couriers = [c for c in app.couriers.all() if c.kind.value == "courier"]
    lines = ["日期,派件员,运单号,收件人,到付金额,件数"]
    serial = 0
    for courier in couriers:
        for _ in range(12):
            serial += 1
            cod = f"{15 + (serial * 7) % 40}.00" if serial % 5 == 0 else ""
            pieces = 3 if serial % 9 == 0 else 1
            lines.append(f"{day.isoformat()},{courier.name},7731{8800000000 + serial:010d},"
                         f"{DEMO_RECIPIENTS[serial % len(DEMO_RECIPIENTS)]},{cod},{pieces}")
    app.receipts.import_delivery_csv(night, "\n".join(lines))
    for courier, keyed, close in ((couriers[0], 12, True), (couriers[1], 7, False)):
        batch = app.receipts.open_batch(night, courier.id, day).batch.id
        expected = [p for p in app.receipts.expected_on(day) if p.courier_id == courier.id]
        for n, parcel in enumerate(expected[:keyed]):
            signer = ("草签" if n == 3 else "已收" if n == 5 else
                      parcel.recipient[0] + ",," if n == 6 else parcel.recipient)
            app.receipts.enter(night, batch, ReceiptDraft(
                parcel.waybill_no, signer, cod_amount=money(parcel.cod_amount),
                pieces=parcel.pieces))
        if close:
            app.receipts.close_batch(night, batch)


DEMO_ORIGINS: tuple[tuple[str, str, str], ...] = (
    ("浙江省", "温州瓯海", "杭州西湖"),
    ("浙江省", "温州瓯海", "杭州下城"),
    ("浙江省", "金华义乌", "杭州滨江"),
    ("江苏省", "苏州吴中", "湖州吴兴"),
    ("广东省", "广州白云", "杭州萧山"),
    ("广东省", "深圳龙岗", ""),
    ("福建省", "泉州晋江", "杭州余杭"),
    ("上海市", "上海松江", "杭州拱墅"),
)


def _demo_misroutes(app: AppServices, boss: StaffMember) -> None:
    """Last month complete and verified; this month with a few rows still open."""
    clerk = next(m for m in app.staff.all(boss) if m.job_number == "2001")
    today = app.clock.now().date()
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    serial = 0
    for month_start, rows, open_rows in ((last_month, 14, 0), (this_month, 9, 3)):
        for i in range(rows):
            serial += 1
            province, site, wrong = DEMO_ORIGINS[(serial * 3) % len(DEMO_ORIGINS)]
            found = month_start + timedelta(days=min(i * 2, 27))
            if found > today:
                found = today
            entry = app.misroutes.register(clerk, MisrouteDraft(
                waybill_no=f"7731{6523120000 + serial:010d}", origin_province=province,
                origin_site=site, wrong_dazi=wrong,
                correct_dazi="" if i >= rows - open_rows and i % 2 else "杭州五亭龙",
                found_on=found,
                action=MisrouteAction.WRITTEN if not wrong else MisrouteAction.CROSSED_OUT,
            ))
            if i < rows - open_rows and entry.id is not None:
                app.misroutes.verify(boss, entry.id)
    app.misroutes.close_month(boss, last_month.strftime("%Y-%m"))
