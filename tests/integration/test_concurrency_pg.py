"""Several PCs, one truth (issue 13): each race run between two real processes (or two
connections where that proves the same) against one PostgreSQL database. Every run must have
exactly one winner, and the loser must have been told who won, never an IntegrityError."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from counter_app.domain.errors import (
    ActorRevoked,
    MonthNotReady,
    ParcelRefused,
)
from counter_app.domain.prohibited import ProhibitedCategory
from counter_app.domain.staff import CourierKind, Role, StaffMember
from counter_app.services.app import AppServices
from tests.concurrency_worker import (
    DAY,
    Outcome,
    misroute_draft,
    month_of,
    no,
    race_in_processes,
)
from tests.helpers import FakeClock, add_clerk, set_up_station, wired

RUNS = 10

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(db_url: str) -> str:
    if not db_url.startswith("postgresql"):
        pytest.skip("races between PCs need one PostgreSQL server (SQLite has one writer)")
    return db_url


@pytest.fixture
def pc1(pg_url: str, tmp_path: Path) -> Iterator[AppServices]:
    with wired(pg_url, FakeClock(), tmp_path / "pc1") as services:
        yield services


@pytest.fixture
def boss(pc1: AppServices) -> StaffMember:
    return set_up_station(pc1)


def one_winner(outcomes: list[tuple[Outcome, Outcome]], loser_error: str) -> list[
        tuple[int, Outcome, Outcome]]:
    """Assert each run has exactly one winner and a loser told ``loser_error``; return
    (winning side, winner, loser) per run."""
    decided = []
    for run, pair in enumerate(outcomes):
        assert not any(o[0] == "crash" for o in pair), (run, pair)
        won = [side for side, o in enumerate(pair) if o[0] == "won"]
        assert len(won) == 1, (run, pair)
        loser = pair[1 - won[0]]
        assert loser[:2] == ("lost", loser_error), (run, pair)
        decided.append((won[0], pair[won[0]], loser))
    return decided


def test_two_pcs_opening_the_same_batch_share_one(pg_url: str, pc1: AppServices,
                                                  boss: StaffMember) -> None:
    """RE-6: 10 runs; both PCs end up in the one batch the database let exist."""
    night = (add_clerk(pc1, boss, Role.RECEIPTS, "3001"), add_clerk(pc1, boss, Role.RECEIPTS,
                                                                    "3002"))
    zhang = pc1.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    outcomes = race_in_processes(pg_url, "open_batch", night, RUNS, {"courier_id": zhang.id})
    for run, (a, b) in enumerate(outcomes):
        assert a[0] == b[0] == "won", (run, a, b)
        assert a[2]["value"] == b[2]["value"]  # the same batch id on both PCs
        assert len(pc1.receipts.batches_on(DAY + timedelta(days=run))) == 1
    opened = [e for e in pc1.audit.entries(boss, entity="receipt_batch") if e.action == "open"]
    assert len(opened) == RUNS  # one "open" per batch: the loser created nothing


def test_two_pcs_closing_the_same_batch_print_one_cover(pg_url: str, pc1: AppServices,
                                                        boss: StaffMember) -> None:
    """RE-6: 10 runs; the loser gets BatchClosed naming who closed it, and no cover."""
    night = (add_clerk(pc1, boss, Role.RECEIPTS, "3001"), add_clerk(pc1, boss, Role.RECEIPTS,
                                                                    "3002"))
    zhang = pc1.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    batches = [pc1.receipts.open_batch(night[0], zhang.id, DAY + timedelta(days=run)).batch.id
               for run in range(RUNS)]
    outcomes = race_in_processes(pg_url, "close_batch", night, RUNS, {"batches": batches})
    for run, (side, _won, lost) in enumerate(one_winner(outcomes, "BatchClosed")):
        assert lost[2]["closed_by"] == night[side].name
        stored = pc1.receipts.view(batches[run]).batch
        assert stored.closed_by == night[side].job_number


def test_two_pcs_entering_the_same_receipt(pg_url: str, pc1: AppServices,
                                           boss: StaffMember) -> None:
    """Issue 13 §5: 10 runs; the loser gets ReceiptAlreadyEntered with the winner's job
    number and signer, never an IntegrityError."""
    night = (add_clerk(pc1, boss, Role.RECEIPTS, "3001"), add_clerk(pc1, boss, Role.RECEIPTS,
                                                                    "3002"))
    zhang = pc1.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    batch = pc1.receipts.open_batch(night[0], zhang.id, DAY).batch.id
    outcomes = race_in_processes(pg_url, "enter_receipt", night, RUNS, {"batch": batch})
    for side, won, lost in one_winner(outcomes, "ReceiptAlreadyEntered"):
        assert lost[2]["entered_by"] == night[side].job_number
        assert lost[2]["signer"] == won[2]["value"]
    assert pc1.receipts.view(batch).count == RUNS


def test_closing_a_month_while_a_row_is_edited(pg_url: str, pc1: AppServices,
                                               boss: StaffMember) -> None:
    """MR-5: 10 runs of a supervisor closing a month while a clerk corrects one of its rows:
    never both; a closed month holds only verified rows."""
    clerk = add_clerk(pc1, boss, Role.WAREHOUSE, "2001")
    entries = []
    for run in range(RUNS):
        entry = pc1.misroutes.register(clerk, misroute_draft(200 + run, month_of(run)))
        assert entry.id is not None
        pc1.misroutes.verify(boss, entry.id)
        entries.append(entry.id)
    outcomes = race_in_processes(pg_url, "close_month_or_edit", (boss, clerk), RUNS,
                                 {"entries": entries})
    for run, (close, edit) in enumerate(outcomes):
        assert "crash" not in (close[0], edit[0]), (run, close, edit)
        assert [close[0], edit[0]].count("won") == 1, (run, close, edit)
        month = month_of(run).strftime("%Y-%m")
        if close[0] == "won":
            assert edit[1] == "MonthLocked"
            assert edit[2]["by"] == boss.name
            assert all(e.verified for e in pc1.misroutes.entries(month))
        else:
            assert close[1] == "MonthNotReady"
            assert not pc1.misroutes.is_closed(month)


def test_two_clerks_matching_the_same_headless_parcel(pg_url: str, pc1: AppServices,
                                                      boss: StaffMember) -> None:
    """WH-3: 10 runs; one transaction each, the loser is told who matched it with which
    number, and the loser's parcel is not scanned in."""
    clerks = (add_clerk(pc1, boss, Role.WAREHOUSE, "4001"),
              add_clerk(pc1, boss, Role.WAREHOUSE, "4002"))
    headless = [pc1.warehouse.add_headless(clerks[0], f"蓝色纸箱 {run}").id
                for run in range(RUNS)]
    outcomes = race_in_processes(pg_url, "match_headless", clerks, RUNS, {"headless": headless})
    for run, (side, won, lost) in enumerate(one_winner(outcomes, "HeadlessAlreadyMatched")):
        assert (lost[2]["by"], lost[2]["waybill_no"]) == (clerks[side].name, won[2]["value"])
        assert pc1.warehouse.lookup(clerks[0], no(300 + 2 * run + 1 - side)).open_stay is None


@pytest.mark.parametrize("race", ["save_rate_card", "save_retention", "save_entry_fee",
                                  "save_pickup_rules", "save_desk_days", "save_tariff_basis"])
def test_two_supervisors_saving_the_same_settings(pg_url: str, pc1: AppServices,
                                                  boss: StaffMember, race: str) -> None:
    """Issue 13 §2: 10 runs each for the rate card, the retention periods (issue 21 §3), the
    进仓费 rules (WH-18), the desk's pickup times and its open days (issue 19) and the return
    tariff's basis (WH-11); both loaded the
    same version, the second save is StaleEdit naming the first saver; what is stored is the
    winner's."""
    other = add_clerk(pc1, boss, Role.SUPERVISOR, "1002")
    supervisors = (boss, other)
    outcomes = race_in_processes(pg_url, race, supervisors, RUNS, {})
    decided = one_winner(outcomes, "StaleEdit")
    for side, _won, lost in decided:
        assert lost[2]["by"] == supervisors[side].name
    stored = {"save_rate_card": lambda: pc1.intake.rate_card().name,
              "save_retention": lambda: pc1.retention.periods().journal,
              "save_entry_fee": lambda: str(pc1.station.entry_fee_rules().start_price),
              "save_pickup_rules": lambda: pc1.service_desk.pickup_rules().earliest.strftime(
                  "%H:%M"),
              "save_desk_days": lambda: sorted(pc1.service_desk.reply_clock().open_days),
              "save_tariff_basis": lambda: pc1.warehouse.tariff_reading().whole_weight,
              }[race]()
    assert stored == decided[-1][1][2]["value"]


def test_two_supervisors_editing_the_same_staff_record(pg_url: str, pc1: AppServices,
                                                       boss: StaffMember) -> None:
    """Issue 13 §2: 10 runs on one staff record; the second save is StaleEdit."""
    other = add_clerk(pc1, boss, Role.SUPERVISOR, "1002")
    clerk = add_clerk(pc1, boss, Role.COUNTER, "3001")
    supervisors = (boss, other)
    outcomes = race_in_processes(pg_url, "edit_staff", supervisors, RUNS,
                                 {"staff_id": clerk.id})
    decided = one_winner(outcomes, "StaleEdit")
    for side, _won, lost in decided:
        assert lost[2]["by"] == supervisors[side].name
    stored = next(m for m in pc1.staff.all(boss) if m.id == clerk.id)
    assert stored.name == decided[-1][1][2]["value"]


# --- deterministic interleavings (two connections, one held open) ----------------------------


def _wait_for_lock_waiter(url: str) -> None:
    """Block until some connection waits on an advisory lock (the test's interleaving)."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            for _ in range(2000):
                waiting = conn.execute(sa.text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                )).scalar_one()
                conn.commit()
                if waiting:
                    return
                conn.execute(sa.text("SELECT pg_sleep(0.005)"))
        raise AssertionError("the month close never waited for the row edit")
    finally:
        engine.dispose()


def test_a_month_close_waits_for_a_row_edit_in_flight(pg_url: str, pc1: AppServices,
                                                      boss: StaffMember, tmp_path: Path) -> None:
    """MR-5: the edit holds its month; the close waits for it, then counts the row the edit
    left unverified and refuses (before the fix the close counted the old, verified row)."""
    clerk = add_clerk(pc1, boss, Role.WAREHOUSE, "2001")
    entry = pc1.misroutes.register(clerk, misroute_draft(1, month_of(0)))
    assert entry.id is not None
    pc1.misroutes.verify(boss, entry.id)
    month = month_of(0).strftime("%Y-%m")
    holding, release = threading.Event(), threading.Event()
    result: dict[str, Any] = {}
    with wired(pg_url, FakeClock(), tmp_path / "pc2") as pc2:
        uow_factory = pc2.misroutes._uow_factory  # the edit's own connection

        class HeldAfterClaim:
            """The edit's unit of work, paused once its row's version is claimed."""

            def __init__(self) -> None:
                self.uow = uow_factory()

            def __enter__(self) -> Any:
                opened = self.uow.__enter__()
                real_claim = opened.versions.claim

                def claim(*args: Any) -> bool:
                    done = real_claim(*args)
                    holding.set()  # the month is held, the row about to change
                    assert release.wait(30)
                    return done

                opened.versions.claim = claim
                return opened

            def __exit__(self, *exc: Any) -> None:
                self.uow.__exit__(*exc)

        def edit() -> None:
            result["edit"] = pc2.misroutes.update(
                clerk, entry.id, misroute_draft(1, month_of(0), correct_dazi="杭州三墩"))

        pc2.misroutes._uow_factory = HeldAfterClaim  # type: ignore[assignment]

        def close() -> None:
            try:
                pc1.misroutes.close_month(boss, month)
                result["close"] = "closed"
            except MonthNotReady as err:
                result["close"] = err

        editor = threading.Thread(target=edit)
        editor.start()
        assert holding.wait(30)
        closer = threading.Thread(target=close)
        closer.start()
        _wait_for_lock_waiter(pg_url)
        release.set()
        editor.join(30)
        closer.join(30)
    assert result["edit"].verified is False
    assert isinstance(result["close"], MonthNotReady)
    assert result["close"].unverified == 1
    assert not pc1.misroutes.is_closed(month)


def test_a_deactivated_or_demoted_user_is_stopped_at_the_next_action(
        pg_url: str, pc1: AppServices, boss: StaffMember, tmp_path: Path) -> None:
    """X-1 / issue 13 §4: the supervisor changes the clerk on PC 1; the clerk's next change on
    PC 2 is refused, nothing of it is stored, and PC 2's session is told to log out."""
    clerk = add_clerk(pc1, boss, Role.WAREHOUSE, "2001")
    other = add_clerk(pc1, boss, Role.SUPERVISOR, "1002")
    with wired(pg_url, FakeClock(), tmp_path / "pc2") as pc2:
        heard: list[ActorRevoked] = []
        pc2.revocations.subscribe(heard.append)
        pc2.misroutes.register(clerk, misroute_draft(1, month_of(0)))  # still fine
        take = pc2.warehouse.start_stocktake(clerk)
        assert take.id is not None
        pc1.staff.update(boss, clerk.id, active=False)
        with pytest.raises(ActorRevoked) as err:
            pc2.misroutes.register(clerk, misroute_draft(2, month_of(0)))
        assert (err.value.job_number, err.value.reason) == ("2001", "inactive")
        assert pc1.misroutes.find(no(2)) is None
        with pytest.raises(ActorRevoked):  # not audited one by one: checked by a read
            pc2.warehouse.count(clerk, take.id, no(3))
        pc1.staff.update(boss, other.id, role=Role.COUNTER)
        with pytest.raises(ActorRevoked) as err:
            pc2.staff.update(other, clerk.id, active=True)  # still thinks it is a supervisor
        assert err.value.reason == "role"
        assert [h.reason for h in heard] == ["inactive", "inactive", "role"]
    assert not next(m for m in pc1.staff.all(boss) if m.id == clerk.id).active


def test_a_keyword_prohibited_on_one_pc_is_refused_at_the_next_acceptance_on_another(
        pg_url: str, pc1: AppServices, boss: StaffMember, tmp_path: Path) -> None:
    """Issue 13 §3: PC 2 stays on the counter; its kept catalogue follows PC 1's change."""
    with wired(pg_url, FakeClock(), tmp_path / "pc2") as pc2:
        assert not pc2.intake.check_contents("暖宝宝 两包").blocked  # catalogue now kept
        pc1.intake.save_catalogue_additions(
            boss, [ProhibitedCategory(30, "自热用品", "self-heating", (), ("暖宝宝",))])
        assert pc2.intake.check_contents("暖宝宝 两包").blocked
        clerk = add_clerk(pc1, boss, Role.COUNTER, "3001")
        from tests.integration.test_intake_service import draft

        with pytest.raises(ParcelRefused) as refused:
            pc2.intake.accept(clerk, draft(contents="暖宝宝 两包"))
        assert refused.value.reason == "prohibited"


def test_own_carriers_changed_on_one_pc_decide_the_next_scan_on_another(
        pg_url: str, pc1: AppServices, boss: StaffMember, tmp_path: Path) -> None:
    """Issue 13 §3: the station's own carriers are read at decision time, not kept."""
    from dataclasses import replace

    from counter_app.domain.errors import InvalidWaybill
    from counter_app.domain.waybills import RejectReason

    clerk = add_clerk(pc1, boss, Role.WAREHOUSE, "2001")
    with wired(pg_url, FakeClock(), tmp_path / "pc2") as pc2:
        assert pc2.warehouse.lookup(clerk, no(1)).waybill_no == no(1)  # 申通 is ours
        profile = pc1.station.profile()
        assert profile is not None
        pc1.station.update_profile(boss, replace(profile, own_carriers=("YTO",)),
                                   profile.version)
        with pytest.raises(InvalidWaybill) as refused:
            pc2.warehouse.lookup(clerk, no(1))
        assert refused.value.check.reason is RejectReason.OTHER_CARRIER  # type: ignore[attr-defined]
