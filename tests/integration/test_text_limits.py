"""Issue 13 §6: lengths and characters are refused at the service edge, the same on SQLite
and PostgreSQL, from one table of limits that matches the columns."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.misroute import MisrouteAction
from counter_app.domain.scanning import RawScan, ScanOutcome
from counter_app.domain.staff import CourierKind, Role, StaffMember
from counter_app.domain.text import LIMITS
from counter_app.persistence.tables import Base
from counter_app.services.app import AppServices
from counter_app.services.misroute import MisrouteDraft
from counter_app.services.receipts import ReceiptDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired

# where each limited field is stored; the limit must not exceed the column
STORED_IN = {
    "contents": "ci_acceptance.contents", "sender_name": "ci_acceptance.sender_name",
    "sender_address": "ci_acceptance.sender_address",
    "recipient_name": "ci_acceptance.recipient_name",
    "recipient_address": "ci_acceptance.recipient_address",
    "doc_number": "ci_acceptance.doc_number", "account_code": "ci_account.code",
    "account_name": "ci_account.name", "account_contact": "ci_account.contact",
    "note": "ci_account.note", "signer": "receipt.signer",
    "partial_barcode": "receipt_set_aside.partial_barcode",
    "printed_digits": "receipt_set_aside.printed_digits",
    "origin_province": "misroute_entry.origin_province",
    "origin_site": "misroute_entry.origin_site", "wrong_dazi": "misroute_entry.wrong_dazi",
    "correct_dazi": "misroute_entry.correct_dazi", "recipient": "wh_stay.recipient",
    "destination_province": "wh_stay.destination_province", "location": "wh_stay.location",
    "location_code": "wh_location.code", "description": "wh_headless.description",
    "station_name": "station.name", "station_code": "station.code",
    "province": "station.province", "city": "station.city",
    "contact_person": "station.contact_person", "qq": "station.qq", "name": "staff.name",
    "area": "courier_area.area", "waybill": "receipt.waybill_no",
    "waybill_no": "misroute_entry.waybill_no",
    "caller_name": "cs_enquiry.caller_name", "caller_point": "cs_enquiry.caller_point",
    "question": "cs_enquiry.question", "reply": "cs_enquiry.answer",
    "notebook": "cs_note.text", "content": "cs_complaint.content",
    "customer_evidence": "cs_complaint.customer_evidence",
    "staff_evidence": "cs_complaint.staff_evidence", "solution": "cs_complaint.solution",
    "staff_member": "cs_complaint.staff_member", "claimant_name": "cs_claim.claimant_name",
    "from_point": "cs_problem.from_point", "message": "cs_problem.message",
    "outcome": "cs_problem.outcome", "pickup_address": "cs_pickup.address",
}
UNSTORED = {"override_reason", "reason", "action"}  # kept in JSON / the audit text, not a column


def test_every_limit_fits_the_column_it_is_stored_in() -> None:
    assert set(LIMITS) == set(STORED_IN) | UNSTORED
    for field, where in STORED_IN.items():
        table, column = where.split(".")
        length = Base.metadata.tables[table].c[column].type.length  # type: ignore[attr-defined]
        assert LIMITS[field] <= length, (field, LIMITS[field], where, length)


@pytest.fixture
def app(db_url: str, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, FakeClock(), tmp_path) as services:
        yield services


@pytest.fixture
def boss(app: AppServices) -> StaffMember:
    return set_up_station(app)


def no(n: int) -> str:
    return f"7731652312{n:04d}"


@pytest.mark.parametrize(("signer", "problem"), [
    ("李\x00娜", "characters"), ("李\udc80娜", "characters"), ("李" * 41, "too_long")])
def test_a_receipt_signer_that_cannot_be_stored_is_refused_on_both_databases(
        app: AppServices, boss: StaffMember, signer: str, problem: str) -> None:
    night = add_clerk(app, boss, Role.RECEIPTS, "3001")
    zhang = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    batch = app.receipts.open_batch(night, zhang.id, date(2026, 11, 22)).batch.id
    with pytest.raises(FieldInvalid) as err:
        app.receipts.enter(night, batch, ReceiptDraft(no(1), signer))
    assert (err.value.field, err.value.problem) == ("signer", problem)
    assert app.receipts.view(batch).count == 0


def test_an_over_long_misroute_site_is_refused_not_cut(app: AppServices,
                                                       boss: StaffMember) -> None:
    draft = MisrouteDraft(waybill_no=no(1), origin_province="浙江省", origin_site="温" * 61,
                          wrong_dazi="杭州西湖", correct_dazi="杭州五亭龙",
                          found_on=date(2026, 11, 3), action=MisrouteAction.CROSSED_OUT)
    with pytest.raises(FieldInvalid) as err:
        app.misroutes.register(boss, draft)
    assert (err.value.field, err.value.problem, err.value.detail) == (
        "origin_site", "too_long", "60")
    assert app.misroutes.find(no(1)) is None


def test_a_courier_name_with_a_control_character_is_refused(app: AppServices,
                                                            boss: StaffMember) -> None:
    with pytest.raises(FieldInvalid) as err:
        app.couriers.add(boss, "张\x1b伟", "13905711001", CourierKind.COURIER, "文三路")
    assert (err.value.field, err.value.problem, err.value.detail) == (
        "name", "characters", "\\x1b")


def test_a_serial_frame_with_a_nul_is_journalled_as_a_rejected_read(
        app: AppServices, boss: StaffMember, db_url: str) -> None:
    frame = b"77316523120001\x00"
    result = app.scans.process(RawScan("serial:/dev/ttyUSB0", frame, frame.decode("latin-1"),
                                       1.0))
    assert result.outcome is ScanOutcome.REJECTED
    assert result.event is None
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        raw, text, outcome = conn.execute(
            sa.text("SELECT raw, text, outcome FROM scan_journal")).one()
    engine.dispose()
    assert (bytes(raw), text, outcome) == (frame, "77316523120001\\x00", "rejected")
