"""One "PC" of a race (issue 13): a separate process with its own engine and services, doing
its side of each run when both PCs have reached the barrier. Imported by name in spawned
processes, so it lives beside tests/helpers.py rather than in a test module."""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections.abc import Callable
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

from counter_app.domain.errors import DomainError
from counter_app.domain.misroute import MisrouteAction
from counter_app.domain.staff import StaffMember
from counter_app.domain.warehouse import ProblemDetails, Reason
from counter_app.services.app import AppServices
from counter_app.services.misroute import MisrouteDraft
from counter_app.services.receipts import ReceiptDraft
from counter_app.services.warehouse import ScanInDraft
from tests.helpers import FakeClock, fast_hasher

DAY = date(2026, 11, 2)
Outcome = tuple[str, str, dict[str, Any]]
"""("won", "", {"value": …}) or ("lost", error class name, error fields)."""


def no(n: int) -> str:
    """A valid STO waybill number."""
    return f"7731652312{n:04d}"


def month_of(run: int) -> date:
    """A date in a month of its own for each run (months are locked one by one)."""
    return date(2020 + run // 12, run % 12 + 1, 5)


def misroute_draft(n: int, found_on: date, **kw: object) -> MisrouteDraft:
    """A complete register row."""
    values: dict[str, object] = dict(
        waybill_no=no(n), origin_province="浙江省", origin_site="温州瓯海",
        wrong_dazi="杭州西湖", correct_dazi="杭州五亭龙", found_on=found_on,
        action=MisrouteAction.CROSSED_OUT)
    values.update(kw)
    return MisrouteDraft(**values)  # type: ignore[arg-type]


def scan_in_draft(n: int) -> ScanInDraft:
    """A 分错 (missorted) scan-in, which needs no details."""
    return ScanInDraft(waybill=no(n), reason=Reason.MISSORTED, details=ProblemDetails(),
                       recipient="李娜", phone="13800001234")


# --- each race: (app, actor, side, run, ctx) → value; a DomainError is the loser's outcome


def _open_batch(app: AppServices, actor: StaffMember, side: int, run: int,
                ctx: dict[str, Any]) -> object:
    return app.receipts.open_batch(actor, ctx["courier_id"], DAY + timedelta(days=run)).batch.id


def _close_batch(app: AppServices, actor: StaffMember, side: int, run: int,
                 ctx: dict[str, Any]) -> object:
    cover, _cod = app.receipts.close_batch(actor, ctx["batches"][run])
    return cover.count


def _enter_receipt(app: AppServices, actor: StaffMember, side: int, run: int,
                   ctx: dict[str, Any]) -> object:
    signer = ("李娜", "王芳")[side]
    return app.receipts.enter(actor, ctx["batch"], ReceiptDraft(no(100 + run), signer)).signer


def _close_month_or_edit(app: AppServices, actor: StaffMember, side: int, run: int,
                         ctx: dict[str, Any]) -> object:
    found_on = month_of(run)
    if side == 0:
        app.misroutes.close_month(actor, found_on.strftime("%Y-%m"))
        return "closed"
    entry = app.misroutes.update(actor, ctx["entries"][run],
                                 misroute_draft(200 + run, found_on, correct_dazi="杭州三墩"))
    return entry.verified


def _match_headless(app: AppServices, actor: StaffMember, side: int, run: int,
                    ctx: dict[str, Any]) -> object:
    stay = app.warehouse.match_headless(actor, ctx["headless"][run],
                                        scan_in_draft(300 + 2 * run + side))
    return stay.waybill_no


def _save_rate_card(app: AppServices, actor: StaffMember, side: int, run: int,
                    ctx: dict[str, Any]) -> Callable[[], object]:
    loaded = app.intake.rate_card_versioned()  # both PCs load before either saves

    def save() -> object:
        card = dataclasses.replace(loaded.value, name=f"run {run} side {side}")
        app.intake.save_rate_card(actor, card, version=loaded.version)
        return card.name

    return save


def _edit_staff(app: AppServices, actor: StaffMember, side: int, run: int,
                ctx: dict[str, Any]) -> Callable[[], object]:
    member = next(m for m in app.staff.all(actor) if m.id == ctx["staff_id"])

    def save() -> object:
        name = ("张三", "李四")[side] + "甲乙丙丁戊己庚辛壬癸"[run % 10]
        return app.staff.update(actor, member.id, name=name, version=member.version).name

    return save


def _save_retention(app: AppServices, actor: StaffMember, side: int, run: int,
                    ctx: dict[str, Any]) -> Callable[[], object]:
    loaded = app.retention.periods()  # both supervisors' pages load before either saves

    def save() -> object:
        days = 400 + 10 * run + side
        app.retention.set_periods(actor, counter=loaded.counter, warehouse=loaded.warehouse,
                                  journal=days, audit_days=loaded.audit,
                                  version=loaded.version)
        return days

    return save


def _save_pickup_rules(app: AppServices, actor: StaffMember, side: int, run: int,
                       ctx: dict[str, Any]) -> Callable[[], object]:
    loaded = app.service_desk.pickup_rules_versioned()  # both pages load before either saves

    def save() -> object:
        earliest = f"{13 + side}:{10 + run:02d}"  # issue 19 CS-8: the pickup times
        rules = dataclasses.replace(loaded.value, earliest=time.fromisoformat(earliest))
        app.service_desk.set_pickup_rules(actor, rules, version=loaded.version)
        return earliest

    return save


def _save_desk_days(app: AppServices, actor: StaffMember, side: int, run: int,
                    ctx: dict[str, Any]) -> Callable[[], object]:
    loaded = app.service_desk.reply_clock_versioned()  # both pages load before either saves

    def save() -> object:
        days = frozenset(range(5 + side)) if run % 2 else frozenset(range(6 - side))
        app.service_desk.set_reply_clock(
            actor, dataclasses.replace(loaded.value, open_days=days), version=loaded.version)
        return sorted(days)

    return save


def _save_entry_fee(app: AppServices, actor: StaffMember, side: int, run: int,
                    ctx: dict[str, Any]) -> Callable[[], object]:
    loaded = app.station.entry_fee_rules_versioned()  # both pages load before either saves

    def save() -> object:
        price = Decimal(100 + 10 * run + side)
        app.station.set_entry_fee_rules(actor, dataclasses.replace(loaded.value, start_price=price),
                                        version=loaded.version)
        return str(price)

    return save


def _save_tariff_basis(app: AppServices, actor: StaffMember, side: int, run: int,
                       ctx: dict[str, Any]) -> Callable[[], object]:
    loaded = app.warehouse.tariff_reading()  # both pages load before either saves

    def save() -> object:
        whole = (run + side) % 2 == 0
        app.warehouse.set_tariff_basis(actor, whole_weight=whole, version=loaded.version)
        return whole

    return save


RACES: dict[str, Callable[..., object]] = {
    "open_batch": _open_batch,
    "close_batch": _close_batch,
    "enter_receipt": _enter_receipt,
    "close_month_or_edit": _close_month_or_edit,
    "match_headless": _match_headless,
}
LOAD_THEN_SAVE: dict[str, Callable[..., Callable[[], object]]] = {
    "save_rate_card": _save_rate_card,
    "edit_staff": _edit_staff,
    "save_retention": _save_retention,
    "save_pickup_rules": _save_pickup_rules,
    "save_desk_days": _save_desk_days,
    "save_entry_fee": _save_entry_fee,
    "save_tariff_basis": _save_tariff_basis,
}


def pc(url: str, race: str, side: int, actor: StaffMember, runs: int, ctx: dict[str, Any],
       barrier: Any, results: Any) -> None:
    """One PC's process: its own engine and services; each run waits at the barrier."""
    from counter_app.main import wire
    from counter_app.persistence.engine import make_engine

    engine = make_engine(url)
    app = wire(engine, clock=FakeClock(), hasher=fast_hasher())
    try:
        for run in range(runs):
            action: Callable[[], object]
            if race in LOAD_THEN_SAVE:
                action = LOAD_THEN_SAVE[race](app, actor, side, run, ctx)
            else:
                def action(run: int = run) -> object:
                    return RACES[race](app, actor, side, run, ctx)
            barrier.wait(timeout=60)
            outcome: Outcome
            try:
                outcome = ("won", "", {"value": action()})
            except DomainError as err:
                outcome = ("lost", type(err).__name__, dict(vars(err)))
            except Exception as err:  # an IntegrityError reaching the clerk, say: reported
                outcome = ("crash", type(err).__name__, {"repr": repr(err)[:500]})
            results.put((run, side, outcome))
    finally:
        engine.dispose()


def race_in_processes(url: str, race: str, actors: tuple[StaffMember, StaffMember], runs: int,
                      ctx: dict[str, Any]) -> list[tuple[Outcome, Outcome]]:
    """Run ``race`` ``runs`` times between two processes; per run, (side 0's, side 1's)."""
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(2)
    results = spawn.Queue()
    procs = [spawn.Process(target=pc, args=(url, race, side, actors[side], runs, ctx, barrier,
                                             results)) for side in (0, 1)]
    for proc in procs:
        proc.start()
    collected: dict[tuple[int, int], Outcome] = {}
    for _ in range(2 * runs):
        run, side, outcome = results.get(timeout=120)
        collected[run, side] = outcome
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0, f"{race}: a PC process failed ({proc.exitcode})"
    return [(collected[run, 0], collected[run, 1]) for run in range(runs)]
