"""The second provider behind the same interface (issue 20): the station picks Tencent Cloud
SMS, the service queues, sends in the background and fetches the receipt through it, on a real
database with the loopback Tencent; a Tencent station without its SdkAppId is refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.notify import NoticeKind, NoticeStatus
from counter_app.domain.staff import Role
from counter_app.domain.warehouse import PickupPlace, ProblemDetails, Reason
from counter_app.services.app import AppServices
from counter_app.services.notify_ports import Credentials, ProviderSettings
from counter_app.services.warehouse import ScanInDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired
from tests.tencent_fake import APP_ID, SECRET_ID, SECRET_KEY, fake_tencent


@pytest.fixture
def app(db_url: str, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, FakeClock(datetime(2026, 11, 23, 10, 0)), tmp_path) as services:
        yield services


def test_a_tencent_station_sends_and_gets_the_receipt(app: AppServices) -> None:
    boss = set_up_station(app)
    clerk = add_clerk(app, boss, Role.WAREHOUSE, job="4001")
    codes = {k.value: str(1000 + i) for i, k in enumerate(NoticeKind)}
    with pytest.raises(FieldInvalid) as err:
        app.notify.set_provider_settings(boss, ProviderSettings(
            provider="tencent", sign_name="五亭龙驿站", templates=codes))
    assert err.value.field == "app_id"
    with fake_tencent() as fake:
        app.notify.set_provider_settings(boss, ProviderSettings(
            provider="tencent", sign_name="五亭龙驿站", templates=codes, app_id=APP_ID,
            endpoint=fake.url))
        app.notify.save_credentials(boss, Credentials(SECRET_ID, SECRET_KEY))
        stay = app.warehouse.scan_in(clerk, ScanInDraft(
            waybill="77316523660001", reason=Reason.SELF_PICKUP, details=ProblemDetails(
                pickup_at=datetime(2026, 11, 23, 9, 0), pickup_place=PickupPlace.BRANCH),
            recipient="李娜", phone="13800001234"))
        notice = app.notify.send(clerk, stay.waybill_no, NoticeKind.ARRIVED)
        summary = app.notify.run_once()
        assert (summary.sent, summary.delivered) == (1, 1)
        assert fake.bad_signatures == 0
        _headers, body = fake.requests[0]
        assert body["TemplateId"] == "1000"
        assert body["TemplateParamSet"] == list(notice.params.values())
    (after,) = app.notify.notices(clerk, [stay.id or 0])
    assert after.status is NoticeStatus.DELIVERED
    assert after.provider_ref == "2640:1"
    assert not app.notify.reads_replies()  # Tencent: replies are not read from a queue
