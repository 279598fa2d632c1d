"""Night desk: signed-receipt entry in batches, COD lists, the morning report (RE-1..RE-8)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from counter_app.domain.errors import (
    BatchClosed,
    CodAmountRequired,
    CodAmountZero,
    CodMismatch,
    CodSignerRequired,
    FieldInvalid,
    NotFound,
    OnOtherCouriersList,
    ParcelInStock,
    PermissionDenied,
    PiecesMismatch,
    ReceiptAlreadyEntered,
    SignerInvalid,
)
from counter_app.domain.receipts import (
    MAX_PIECES,
    ExpectedParcel,
    is_late,
    keep_until,
    money,
    parse_amount,
)
from counter_app.domain.signer import (
    DEFAULT_PROXY_PLACES,
    KIND_LABELS_ZH,
    Signer,
    SignerKind,
    expand_helper,
    parse_signer,
)
from counter_app.domain.staff import Courier, Permission, Role, StaffMember, require
from counter_app.domain.text import check_fields, check_text
from counter_app.domain.waybills import WaybillCheck, complete_partial, normalise
from counter_app.services import audit
from counter_app.services.concurrency import staff_name
from counter_app.services.dto import StationHeader
from counter_app.services.numbers import station_carriers, valid_number
from counter_app.services.ports import UnitOfWork
from counter_app.services.receipt_dto import BatchCover, CodLine, CodList, ReceiptSheet
from counter_app.services.receipt_lists import ReceiptLists
from counter_app.services.receipt_ports import BatchRecord, ReceiptRecord, SetAsideRecord
from counter_app.services.receipt_settings import (
    SETTING_DEADLINE,
    SETTING_KEEP_DAYS,
    SETTING_PROXY_PLACES,
)
from counter_app.services.station import station_header


@dataclass(frozen=True)
class ReceiptDraft:
    """What the entry line holds when Enter saves it."""

    waybill: str
    signer: str
    is_cod: bool = False
    cod_amount: str = ""
    pieces: int = 1
    confirm_mismatch: bool = False
    """Save a 到付 amount that differs from the list's, flagged (RE-3)."""
    confirm_pieces: bool = False
    """Save a piece count that differs from the list's (X-6, RE-4)."""
    keep_reason: str = ""
    """Keep a waybill that is on another courier's list in this batch, for this reason (X-6)."""


@dataclass(frozen=True)
class ParcelLookup:
    """What is known about a scanned number before the signer is typed."""

    waybill_no: str
    expected: ExpectedParcel | None
    existing: ReceiptRecord | None


@dataclass(frozen=True)
class BatchView:
    """A batch with its running figures."""

    batch: BatchRecord
    courier: Courier
    receipts: tuple[ReceiptRecord, ...]
    set_asides: tuple[SetAsideRecord, ...]

    @property
    def count(self) -> int:
        """Receipts entered."""
        return len(self.receipts)

    @property
    def pieces(self) -> int:
        """Pieces signed for."""
        return sum(r.pieces for r in self.receipts)

    @property
    def cod(self) -> tuple[ReceiptRecord, ...]:
        """The 到付 receipts."""
        return tuple(r for r in self.receipts if r.cod_amount is not None)

    @property
    def cod_total(self) -> Decimal:
        """Sum of the 到付 amounts collected."""
        return sum((r.cod_amount or Decimal(0) for r in self.cod), Decimal(0))

    @property
    def closed(self) -> bool:
        """Whether the batch was closed."""
        return self.batch.closed_at is not None


_ENTRY_SETTINGS = (SETTING_DEADLINE, SETTING_KEEP_DAYS, SETTING_PROXY_PLACES)
NAMELESS_KINDS = frozenset({SignerKind.SCRAWL, SignerKind.NO_SIGNATURE})
"""RE-3: 「草签 or 已收 is no name」 for a 到付 receipt."""


def _closed_by(uow: UnitOfWork, batch: BatchRecord) -> tuple[str, datetime | None]:
    """Who closed a batch (name, else job number) and when, for the loser's message."""
    if batch.closed_at is None:
        return "", None
    return staff_name(uow, batch.closed_by or ""), batch.closed_at


def _already_entered(uow: UnitOfWork, number: str) -> ReceiptAlreadyEntered:
    existing = uow.receipts.by_waybill(number)
    assert existing is not None
    return ReceiptAlreadyEntered(
        number,
        existing.entered_by,
        existing.entered_at,
        existing.signer,
    )


class ReceiptService(ReceiptLists):
    """Enter receipts so that a wrong entry is impossible (issue 6)."""

    # --- batches (RE-6)
    def open_batch(self, actor: StaffMember, courier_id: int, delivery_date: date) -> BatchView:
        """Open (or resume) the batch of a courier and delivery day; never a future day (X-6)."""
        require(actor.role, Permission.USE_RECEIPTS)
        if delivery_date > self._clock.now().date():
            raise FieldInvalid("delivery_date", "future", delivery_date.isoformat())
        with self._uow_factory() as uow:
            courier = self._courier(uow, courier_id)
            batch = uow.receipts.batch_for(courier_id, delivery_date)
            created = False
            if batch is None:
                # RE-6: the unique key decides; a PC that loses the race resumes the winner's
                batch, created = uow.receipts.add_batch(
                    courier_id, delivery_date, self._clock.now(), actor.job_number
                )
            if batch.closed_at is not None:
                raise BatchClosed(courier.name, delivery_date,
                                  *_closed_by(uow, batch))
            if created:
                audit.record(
                    uow,
                    self._clock,
                    actor,
                    entity="receipt_batch",
                    entity_id=batch.id,
                    action="open",
                    after={"courier": courier.name, "delivery_date": delivery_date.isoformat()},
                )
                uow.commit()
            return self._view(uow, batch)

    def view(self, batch_id: int) -> BatchView:
        """A batch with its receipts."""
        with self._uow_factory() as uow:
            return self._view(uow, self._batch(uow, batch_id))

    def batches_on(self, delivery_date: date) -> list[BatchView]:
        """Every batch of a delivery day."""
        with self._uow_factory() as uow:
            return [self._view(uow, b) for b in uow.receipts.batches_on(delivery_date)]

    def close_batch(self, actor: StaffMember, batch_id: int) -> tuple[BatchCover, CodList | None]:
        """Close a batch; returns its cover and, if any 到付, the courier's COD list (RE-6/7)."""
        require(actor.role, Permission.USE_RECEIPTS)
        with self._uow_factory() as uow:
            # one conditional UPDATE decides which PC closes it (RE-6); the other is told who
            # did and prints no second cover
            if not uow.receipts.close_batch(batch_id, self._clock.now(), actor.job_number):
                batch = self._batch(uow, batch_id)
                courier = self._courier(uow, batch.courier_id)
                raise BatchClosed(courier.name, batch.delivery_date,
                                  *_closed_by(uow, batch))
            audit.record(
                uow,
                self._clock,
                actor,
                entity="receipt_batch",
                entity_id=batch_id,
                action="close",
            )
            uow.commit()
            view = self._view(uow, self._batch(uow, batch_id))
            header = station_header(uow)
            listed = self._listed(uow, view.batch)
            missing = self._missing(uow, view.batch)
        cover = BatchCover(
            station=header,
            courier=view.courier.name,
            courier_kind="司机" if view.courier.kind.value == "driver" else "派件员",
            delivery_date=view.batch.delivery_date.isoformat(),
            count=view.count,
            pieces=view.pieces,
            cod_count=len(view.cod),
            cod_total=money(view.cod_total),
            late_count=sum(1 for r in view.receipts if r.late),
            entered_by=actor.name,
            closed_at=(view.batch.closed_at or self._clock.now()).strftime("%Y-%m-%d %H:%M"),
            expected=len(listed) if listed else None,
            missing=len(missing),
        )
        return cover, (self._cod_list(header, view) if view.cod else None)

    def missing_from_batch(self, batch_id: int) -> tuple[str, ...]:
        """Waybills of the courier's delivery list that day with no receipt entered yet — asked
        about before the batch is closed (issue 15)."""
        with self._uow_factory() as uow:
            return self._missing(uow, self._batch(uow, batch_id))

    @staticmethod
    def _listed(uow: UnitOfWork, batch: BatchRecord) -> list[str]:
        return [p.waybill_no for p in uow.receipts.expected_on(batch.delivery_date)
                if p.courier_id == batch.courier_id]

    def _missing(self, uow: UnitOfWork, batch: BatchRecord) -> tuple[str, ...]:
        entered = {r.waybill_no for r in uow.receipts.in_batch(batch.id)}
        return tuple(n for n in self._listed(uow, batch)
                     if n not in entered and uow.receipts.by_waybill(n) is None)

    def cod_list(self, batch_id: int) -> CodList:
        """The courier's COD list of the batch's day (RE-7), matching the entered receipts."""
        with self._uow_factory() as uow:
            return self._cod_list(station_header(uow), self._view(uow, self._batch(uow, batch_id)))

    # --- entry
    def lookup(self, waybill_text: str) -> ParcelLookup:
        """Validate a scanned or keyed number and say what is known about the parcel."""
        with self._uow_factory() as uow:
            number = valid_number(uow, waybill_text)
            return ParcelLookup(
                number, uow.receipts.expected(number), uow.receipts.by_waybill(number)
            )

    def enter(self, actor: StaffMember, batch_id: int, draft: ReceiptDraft,
              approver: StaffMember | None = None) -> ReceiptRecord:
        """Save one receipt into an open batch; every rule of RE-2..RE-5 is checked here.

        Args:
            actor: the clerk entering it.
            batch_id: the open batch.
            draft: what the entry line holds.
            approver: a supervisor approving a 到付 exception (RE-3: no legible name, or an
                amount of 0); may be ``actor`` when a supervisor enters it.

        Raises:
            CodSignerRequired, CodAmountZero: a 到付 exception without a supervisor.
            ParcelInStock: the parcel is in warehouse stock (X-6), without a supervisor.
            OnOtherCouriersList: the list gives it to another courier (X-6), no keep_reason.
            PiecesMismatch: the list's piece count differs (X-6), not confirmed.
            PermissionDenied: ``approver`` is not a supervisor.
        """
        require(actor.role, Permission.USE_RECEIPTS)
        check_fields(draft)  # issue 13 §6
        with self._uow_factory() as uow:
            # one read ahead for what the checks below read, one write (issue 13 §7)
            uow.single_write()
            uow.receipts.prefetch_entry(batch_id, normalise(draft.waybill), _ENTRY_SETTINGS)
            batch = self._batch(uow, batch_id)
            if batch.closed_at is not None:
                courier = self._courier(uow, batch.courier_id)
                raise BatchClosed(courier.name, batch.delivery_date,
                                  *_closed_by(uow, batch))
            number = valid_number(uow, draft.waybill)
            # no read-before-write: the unique waybill key refuses a second receipt and
            # add() says so (ReceiptAlreadyEntered), one round trip less (issue 13 §7)
            expected = uow.receipts.expected(number)
            overrides = self._cross_desk(uow, number, draft, expected, batch, approver)
            receipt = self._checked(uow, number, draft, expected, batch)
            approved_by = self._cod_exception(receipt, approver)
            receipt = replace(receipt, entered_by=actor.job_number)
            # the receipt and its audit entry in one statement on PostgreSQL (issue 13 §7);
            # the entry's id is the waybill number, so the row's own id is not repeated
            stored = uow.receipts.add(receipt, audit.entry(
                self._clock,
                actor,
                entity="receipt",
                entity_id=number,
                action="create",
                after={k: v for k, v in audit.snapshot(receipt).items() if k != "id"}
                | ({"cod_exception_approved_by": approved_by} if approved_by else {})
                | overrides,
            ))
            if stored is None:  # another PC entered it between our check and our insert
                raise _already_entered(uow, number)
            receipt = stored
            uow.commit()
            return receipt

    def correct(
        self, actor: StaffMember, waybill_no: str, draft: ReceiptDraft, reason: str,
        approver: StaffMember | None = None,
    ) -> ReceiptRecord:
        """Change an entered receipt; the reason and the old values go to the audit log.

        The RE-3 到付 checks apply as in ``enter`` (``approver`` likewise).
        """
        require(actor.role, Permission.USE_RECEIPTS)
        check_fields(draft)
        if not check_text("reason", reason).strip():
            raise FieldInvalid("reason", "required")
        with self._uow_factory() as uow:
            before = uow.receipts.by_waybill(waybill_no)
            if before is None:
                raise NotFound("receipt", waybill_no)
            batch = self._batch(uow, before.batch_id)
            fixed = self._checked(
                uow, before.waybill_no, draft, uow.receipts.expected(before.waybill_no), batch
            )
            approved_by = self._cod_exception(fixed, approver)
            after = replace(
                before,
                signer=fixed.signer,
                signer_kind=fixed.signer_kind,
                pieces=fixed.pieces,
                cod_amount=fixed.cod_amount,
                cod_expected=fixed.cod_expected,
                cod_flagged=fixed.cod_flagged,
            )
            uow.receipts.update(after)
            audit.record(
                uow,
                self._clock,
                actor,
                entity="receipt",
                entity_id=waybill_no,
                action=f"correct: {reason.strip()}"[:40],
                before=audit.snapshot(before),
                after=audit.snapshot(after)
                | ({"cod_exception_approved_by": approved_by} if approved_by else {}),
            )
            uow.commit()
            return after

    def set_aside(
        self,
        actor: StaffMember,
        batch_id: int,
        partial_barcode: str,
        printed_digits: str,
        note: str = "",
    ) -> SetAsideRecord:
        """RE-5: neither the barcode nor the printed digits are whole — list it, do not enter."""
        require(actor.role, Permission.USE_RECEIPTS)
        for field, value in (("partial_barcode", partial_barcode),
                             ("printed_digits", printed_digits), ("note", note)):
            check_text(field, value)
        with self._uow_factory() as uow:
            self._batch(uow, batch_id)
            record = uow.receipts.add_set_aside(
                SetAsideRecord(
                    batch_id=batch_id,
                    partial_barcode=partial_barcode.strip(),
                    printed_digits=printed_digits.strip(),
                    note=note.strip(),
                    at=self._clock.now(),
                    by=actor.job_number,
                )
            )
            audit.record(
                uow,
                self._clock,
                actor,
                entity="receipt_set_aside",
                entity_id=record.id,
                action="create",
                after=audit.snapshot(record),
            )
            uow.commit()
            return record

    def complete(self, partial_barcode: str, printed_digits: str) -> WaybillCheck:
        """RE-5 assistant: one whole number from a partial barcode and the lower-left digits."""
        with self._uow_factory() as uow:
            return complete_partial(partial_barcode, printed_digits, station_carriers(uow))

    # --- the receipt as kept (RE-8)
    def sheet(self, waybill_text: str) -> ReceiptSheet:
        """RE-8: a receipt is findable and printable while it is kept."""
        _deadline, keep_days = self.settings()
        with self._uow_factory() as uow:
            number = valid_number(uow, waybill_text)
            receipt = uow.receipts.by_waybill(number)
            if receipt is None:
                raise NotFound("receipt", number)
            batch = self._batch(uow, receipt.batch_id)
            courier = self._courier(uow, batch.courier_id)
            header = station_header(uow)
        cod = (
            ""
            if receipt.cod_amount is None
            else f"实收 {money(receipt.cod_amount)}"
            + (
                f"（应收 {money(receipt.cod_expected)}，金额不符已确认）"
                if receipt.cod_flagged
                else ""
            )
        )
        return ReceiptSheet(
            station=header,
            fields=(
                ("运单号", receipt.waybill_no),
                ("签收人", receipt.signer),
                ("签收类别", KIND_LABELS_ZH.get(receipt.signer_kind, receipt.signer_kind)),
                ("件数", str(receipt.pieces)),
                ("到付", cod or "—"),
                ("派件员", courier.name),
                ("派送日期", batch.delivery_date.isoformat()),
                ("录入人", receipt.entered_by),
                (
                    "录入时间",
                    receipt.entered_at.strftime("%Y-%m-%d %H:%M")
                    + ("（逾期）" if receipt.late else ""),
                ),
                ("保存至", keep_until(receipt.arrived_on, keep_days).isoformat()),
            ),
        )

    # --- helpers
    def _checked(
        self,
        uow: UnitOfWork,
        number: str,
        draft: ReceiptDraft,
        expected: ExpectedParcel | None,
        batch: BatchRecord,
    ) -> ReceiptRecord:
        signer = self.signer(draft.signer, expected.recipient if expected else "",
                             self._proxy_places(uow))
        expected_cod = expected.cod_amount if expected else None
        is_cod = draft.is_cod or expected_cod is not None
        amount: Decimal | None = None
        flagged = False
        if is_cod:
            if not draft.cod_amount.strip():
                raise CodAmountRequired(expected_cod)
            amount = parse_amount(draft.cod_amount)
            if expected_cod is not None and amount != expected_cod:
                if not draft.confirm_mismatch:
                    raise CodMismatch(expected_cod, amount)
                flagged = True
        if not 1 <= draft.pieces <= MAX_PIECES:
            raise FieldInvalid("pieces", "range", f"1-{MAX_PIECES}")
        if expected is not None and draft.pieces != expected.pieces and not draft.confirm_pieces:
            raise PiecesMismatch(expected.pieces, draft.pieces)  # list 3, typed 1
        deadline_at, _keep = self._settings(uow)
        now = self._clock.now()
        # X-6 / RE-1: the 10:00 deadline counts from the list's delivery date, not the batch's
        delivered_on = expected.delivery_date if expected else batch.delivery_date
        return ReceiptRecord(
            batch_id=batch.id,
            waybill_no=number,
            signer=signer.text,
            signer_kind=signer.kind.value,
            pieces=draft.pieces,
            cod_amount=amount,
            cod_expected=expected_cod,
            cod_flagged=flagged,
            entered_at=now,
            entered_by="",
            late=is_late(delivered_on, now, deadline_at),
            arrived_on=(
                expected.arrived_on if expected and expected.arrived_on else batch.delivery_date
            ),
        )

    def _cross_desk(self, uow: UnitOfWork, number: str, draft: ReceiptDraft,
                    expected: ExpectedParcel | None, batch: BatchRecord,
                    approver: StaffMember | None) -> dict[str, str]:
        """X-6 before a receipt is entered: not in stock with an open problem (unless a
        supervisor overrides), and on this courier's list (unless kept with a reason).

        Returns:
            What was overridden, for the audit entry.
        """
        done: dict[str, str] = {}
        stay = uow.warehouse.open_stay(number)
        if stay is not None:
            if approver is None:
                raise ParcelInStock(number, stay.reason.value, stay.location, stay.pickup_code,
                                    stay.in_at.strftime("%Y-%m-%d %H:%M"), stay.in_by)
            if approver.role is not Role.SUPERVISOR:
                raise PermissionDenied(action="override_stock", role=approver.role.value)
            done["in_stock_override_by"] = approver.job_number
            done["in_stock_reason"] = stay.reason.value
        if expected is not None and expected.courier_id != batch.courier_id:
            keep = check_text("keep_reason", draft.keep_reason, 100).strip()
            if not keep:
                courier = self._courier(uow, expected.courier_id)
                raise OnOtherCouriersList(number, courier.name, courier.id,
                                          expected.delivery_date)
            done["kept_from_courier"] = str(expected.courier_id)
            done["keep_reason"] = keep
        return done

    @staticmethod
    def _cod_exception(receipt: ReceiptRecord, approver: StaffMember | None) -> str:
        """RE-3: a 到付 receipt needs a legible name and an amount above 0, or a supervisor.

        Returns:
            The approving supervisor's job number when an exception was approved, else "".
        """
        if receipt.cod_amount is None:
            return ""
        nameless = SignerKind(receipt.signer_kind) in NAMELESS_KINDS
        zero = receipt.cod_amount == 0
        if not (nameless or zero):
            return ""
        if approver is None:
            if nameless:
                raise CodSignerRequired(receipt.signer)
            raise CodAmountZero()
        if approver.role is not Role.SUPERVISOR:
            raise PermissionDenied(action="approve_cod_exception", role=approver.role.value)
        return approver.job_number

    @staticmethod
    def signer(text: str, recipient: str = "",
               proxy_places: tuple[str, ...] = DEFAULT_PROXY_PLACES) -> Signer:
        """Apply RE-2 (after the 「张2 → 张,,」 helper); raise SignerInvalid with the reason."""
        result = parse_signer(expand_helper(text) or text, proxy_places)
        if not isinstance(result, Signer):
            raise SignerInvalid(result, recipient)
        return result

    @staticmethod
    def _batch(uow: UnitOfWork, batch_id: int) -> BatchRecord:
        batch = uow.receipts.batch(batch_id)
        if batch is None:
            raise NotFound("receipt_batch", str(batch_id))
        return batch

    @staticmethod
    def _courier(uow: UnitOfWork, courier_id: int) -> Courier:
        courier = uow.couriers.get(courier_id)
        if courier is None:
            raise NotFound("courier", str(courier_id))
        return courier

    def _view(self, uow: UnitOfWork, batch: BatchRecord) -> BatchView:
        return BatchView(
            batch,
            self._courier(uow, batch.courier_id),
            tuple(uow.receipts.in_batch(batch.id)),
            tuple(uow.receipts.set_asides(batch.id)),
        )

    @staticmethod
    def _cod_list(header: StationHeader, view: BatchView) -> CodList:
        lines = tuple(
            CodLine(
                seq=i,
                waybill_no=r.waybill_no,
                signer=r.signer,
                pieces=r.pieces,
                amount=money(r.cod_amount),
                expected=money(r.cod_expected),
                flagged=r.cod_flagged,
            )
            for i, r in enumerate(view.cod, 1)
        )
        return CodList(
            station=header,
            courier=view.courier.name,
            delivery_date=view.batch.delivery_date.isoformat(),
            lines=lines,
            total=money(view.cod_total),
        )
