"""Issue 20 demo data for the screenshots: notices sent by hand, customers' replies read as if
from the provider's queue (one asking for a return, one for a door delivery, one unmatched),
and a consent register with valid, expired and superseded entries."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from counter_app.domain.notify import ConsentChannel, ConsentDecision, NoticeKind
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.services.notify_ports import InboundKind, InboundMessage
from counter_app.services.notify_replies import store_message

REPLIES = ("不要了，麻烦退回吧", "请送货上门，晚上七点后在家", "好的，明天下午来取")


def fill_notify_demo(services: AppServices, operator: StaffMember) -> None:
    """Add the demo's notices, replies and consent entries (idempotent enough for one run)."""
    notify = services.notify
    stays = [s for s in notify.unconsented_in_stock(operator) if s.phone][:3]
    now = services.clock.now()
    for index, stay in enumerate(stays):
        notice = notify.send(operator, stay.waybill_no, NoticeKind.ARRIVED)
        if notice.id is not None and notice.status.value == "manual":
            notify.mark_sent_by_hand(operator, notice.id)
        store_message(notify._uow, services.clock, InboundMessage(
            InboundKind.REPLY, f"DEMO-{index}", "demo", phone=stay.phone,
            text=REPLIES[index % len(REPLIES)], at=now + timedelta(minutes=5 + index)))
    store_message(notify._uow, services.clock, InboundMessage(
        InboundKind.REPLY, "DEMO-TD", "demo", phone="13511112222", text="TD",
        at=now + timedelta(minutes=9)))
    phones = [s.phone for s in stays] + ["13700009934"]
    notify.record_consent(operator, phones[0], ConsentDecision.DOOR_DELIVERY,
                          ConsentChannel.PHONE)
    notify.record_consent(operator, phones[0], ConsentDecision.STATION_PICKUP,
                          ConsentChannel.COUNTER, note="柜台当面确认")
    if len(phones) > 2:
        notify.record_consent(operator, phones[1], ConsentDecision.STATION_PICKUP,
                              ConsentChannel.SMS, valid_until=now.date())
    notify.record_consent(operator, phones[-1], ConsentDecision.REFUSED,
                          ConsentChannel.WECHAT)


def shoot_notices(app: Any, window: Any, services: AppServices, out: Path, suffix: str) -> None:
    """The Notices tab's replies and consent register, and a parcel with its highlighted
    reply (``devtools.screenshots``)."""
    assert window.operator is not None
    fill_notify_demo(services, window.operator)
    window.show_workspace("warehouse")
    warehouse = window.workspaces["warehouse"]
    notices = warehouse.notices_page
    warehouse.ui.warehouse_tabs.setCurrentWidget(notices)
    notices.refresh()
    for index in range(1, notices.side_tabs.count()):
        notices.side_tabs.setCurrentIndex(index)
        app.processEvents()
        name = notices.side_tabs.widget(index).objectName()
        window.grab().save(str(out / f"warehouse_notices_{name}{suffix}.png"))
    notices.replies_panel.table.selectRow(1)
    notices.replies_panel._open()  # the parcel with its highlighted reply
    app.processEvents()
    window.grab().save(str(out / f"warehouse_notices_parcel_reply{suffix}.png"))
    notices.side_tabs.setCurrentIndex(0)
