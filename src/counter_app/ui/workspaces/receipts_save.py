"""The night desk's save of one entry line (RE-1..RE-4, X-6), off the GUI thread (issue 15
§1): each attempt runs on the worker, the question a rule asks (an amount or a piece count that
differs, another courier's list, a supervisor's approval) on the GUI thread between two
attempts. A mixin of ``ReceiptsWorkspace``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from counter_app.domain.errors import (
    CodAmountZero,
    CodMismatch,
    CodSignerRequired,
    DomainError,
    OnOtherCouriersList,
    ParcelInStock,
    PiecesMismatch,
)
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.services.receipts import BatchView, ReceiptDraft
from counter_app.ui import formats
from counter_app.ui.forms.ui_receipts_workspace import Ui_ReceiptsWorkspace
from counter_app.ui.look import OK_STYLE, WARN_STYLE
from counter_app.ui.people import People
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.hold import InputHold
from counter_app.ui.widgets.pages import SupervisorDialog
from counter_app.ui.widgets.questions import ask_safe
from counter_app.ui.workspaces.approval import supervisor_approval
from counter_app.ui.workspaces.receipts_questions import MOVE, ask_move_or_keep

translate = QCoreApplication.translate


@dataclass
class _Submission:
    """One save of the entry line across its attempts: who, what is corrected and why, and
    the supervisor who approved an exception on the way."""

    operator: StaffMember
    correcting: str | None
    reason: str
    approver: StaffMember | None = None



class ReceiptSaving:
    """Save the entry line, asking on the way (mixed into ``ReceiptsWorkspace``)."""

    ui: Ui_ReceiptsWorkspace
    _services: AppServices
    _operator: StaffMember | None
    _people: People
    batch: BatchView | None
    _correcting: str | None
    _hold: InputHold

    if TYPE_CHECKING:
        def _error(self, text: str) -> None: ...
        def _describe(self, err: DomainError) -> str: ...
        def _focus_field(self, err: DomainError) -> None: ...
        def _show_batch(self) -> None: ...
        def clear_entry(self, keep_message: bool = False) -> None: ...

    def _widget(self) -> QWidget:
        return cast(QWidget, self)  # the workspace: the questions' parent

    @property
    def saving(self) -> bool:
        """A receipt's save is on the worker thread: the entry line takes no input."""
        return self._hold.held

    def save(self, confirm_mismatch: bool = False) -> None:
        """Save the entry line; on success clear it and return to the scan field. The X-6 and
        RE-3 questions are asked on the way (issue 16): a parcel in stock or a 到付 exception
        needs a supervisor, another courier's list asks move-or-keep, a piece count that
        differs asks to confirm.

        Each attempt runs on the worker thread (issue 15 §1: a locked database's wait never
        freezes the window), each question on the GUI thread between two attempts; until the
        last answer the entry line takes no input, so a second Enter saves nothing twice."""
        if self.batch is None or self._operator is None or self.saving:
            return
        ui = self.ui
        draft = ReceiptDraft(
            waybill=ui.waybill_edit.text(),
            signer=ui.signer_edit.text(),
            is_cod=ui.cod_check.isChecked(),
            cod_amount=ui.cod_amount_edit.text(),
            pieces=ui.pieces_spin.value(),
            confirm_mismatch=confirm_mismatch,
        )
        reason = ""
        if self._correcting is not None:
            reason = self.ask_reason()
            if not reason:
                return
        batch_id = self.batch.batch.id
        self._hold.hold()
        ui.entry_message_label.setStyleSheet(WARN_STYLE)
        ui.entry_message_label.setText(translate("ReceiptsWorkspace", "Saving {number}…").format(
            number=draft.waybill.strip()))
        submission = _Submission(self._operator, self._correcting, reason)
        self._submit(submission, batch_id, draft, lambda saved: self._saved(batch_id, saved))

    def _saved(self, batch_id: int, saved: str | None) -> None:
        """The end of a save: the sentence to show, or None (the entry line keeps all)."""
        self._hold.release()
        if saved is None:
            return
        ui = self.ui
        ui.entry_message_label.setStyleSheet(OK_STYLE)
        ui.entry_message_label.setText(saved)
        self.batch = self._services.receipts.view(batch_id)
        self._show_batch()
        self.clear_entry(keep_message=True)

    def _submit(self, job: _Submission, batch_id: int, draft: ReceiptDraft,
                done: Callable[[str | None], None]) -> None:
        """Enter (or correct) ``draft`` on the worker thread; answer the question the rules
        ask on the GUI thread and try again; ``done`` gets the sentence to show when saved,
        None when not (the entry line keeps what was typed)."""
        receipts = self._services.receipts
        approver = job.approver

        def attempt() -> None:
            if job.correcting is not None:
                receipts.correct(job.operator, job.correcting, draft, job.reason, approver)
            else:
                receipts.enter(job.operator, batch_id, draft, approver)

        def saved(_none: None) -> None:
            done(translate("ReceiptsWorkspace", "Saved {number}.").format(
                number=draft.waybill.strip()))

        def failed(err: BaseException) -> None:
            if not isinstance(err, DomainError):
                done(None)
                raise err
            self._answer(job, batch_id, draft, err, done)

        # quiet: the message line says 「Saving …」 and the entry line holds (a window-modal
        # progress dialog would cost the GUI thread more than the wait it reports)
        run_in_background(attempt, saved, failed, parent=self._widget(), quiet=True)

    def _answer(self, job: _Submission, batch_id: int, draft: ReceiptDraft, err: DomainError,
                done: Callable[[str | None], None]) -> None:
        """The question ``err`` asks (on the GUI thread), then the next attempt or the end."""
        match err:
            case CodMismatch():
                if not self.ask_confirm_amount(formats.money(err.expected),
                                               formats.money(err.amount)):
                    self.ui.cod_amount_edit.selectAll()
                    self.ui.cod_amount_edit.setFocus()
                    self.ui.entry_message_label.clear()
                    done(None)
                    return
                self._submit(job, batch_id, replace(draft, confirm_mismatch=True), done)
            case PiecesMismatch():  # X-6 / RE-4
                if not self.ask_confirm_pieces(err.listed, err.entered):
                    self._error(self._describe(err))
                    self.ui.pieces_spin.setFocus()
                    self.ui.pieces_spin.selectAll()
                    done(None)
                    return
                self._submit(job, batch_id, replace(draft, confirm_pieces=True), done)
            case OnOtherCouriersList():
                answer = self.ask_other_courier(err)
                if answer is None:
                    self._error(self._describe(err))
                    done(None)
                elif answer == MOVE:
                    self._enter_in_their_batch(job, err, draft, done)
                else:
                    self._submit(job, batch_id, replace(draft, keep_reason=answer), done)
            case ParcelInStock() | CodSignerRequired() | CodAmountZero():
                # X-6 (a parcel in stock) and RE-3 (到付 without a name or an amount)
                if job.approver is not None or not self.ask_override(self._describe(err)):
                    self._error(self._describe(err))
                    self._focus_field(err)
                    done(None)
                    return
                job.approver = self.approver(self._describe(err))
                if job.approver is None:
                    self._error(translate(
                        "ReceiptsWorkspace",
                        "Not saved: a supervisor must approve. {why}").format(
                            why=self._describe(err)))
                    done(None)
                    return
                self._submit(job, batch_id, draft, done)
            case _:
                self._error(self._describe(err))
                self._focus_field(err)
                done(None)

    def _enter_in_their_batch(self, job: _Submission, err: OnOtherCouriersList,
                              draft: ReceiptDraft, done: Callable[[str | None], None]) -> None:
        """X-6 move: enter the receipt in the batch of the courier whose list has it (the
        batch opened on the worker thread too)."""
        receipts = self._services.receipts

        def moved(saved: str | None) -> None:
            done(None if saved is None else translate(
                "ReceiptsWorkspace", "Saved {number} in {courier}'s batch of {day}.").format(
                    number=err.waybill_no, courier=err.courier, day=formats.day(err.delivery_date)))

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                done(None)
                raise error
            self._error(self._describe(error))
            done(None)

        run_in_background(
            lambda: receipts.open_batch(job.operator, err.courier_id,
                                        err.delivery_date),
            lambda theirs: self._submit(job, theirs.batch.id, draft, moved), failed,
            parent=self._widget(), quiet=True)

    def ask_confirm_pieces(self, listed: int, entered: int) -> bool:
        """X-6: a piece count different from the list's is saved only when confirmed
        (replaced in tests)."""
        return ask_safe(
            self._widget(), translate("ReceiptsWorkspace", "Piece count differs"),
            translate("ReceiptsWorkspace",
                      "The delivery list says {listed} piece(s); the receipt says {entered}. "
                      "Save {entered}?").format(listed=listed, entered=entered))

    def ask_other_courier(self, err: OnOtherCouriersList) -> str | None:
        """X-6: MOVE to the other courier's batch, a reason to keep it here, or None
        (replaced in tests)."""
        return ask_move_or_keep(self._widget(), err)

    def ask_override(self, why: str) -> bool:
        """Whether to ask a supervisor to approve what the rule refuses (replaced in tests)."""
        return ask_safe(
            self._widget(), translate("ReceiptsWorkspace", "Supervisor's approval"),
            why + "\n\n" + translate("ReceiptsWorkspace",
                                      "Ask a supervisor to approve saving it anyway?"))

    def approver(self, why: str) -> StaffMember | None:
        """The supervisor approving an exception (the operator when a supervisor)."""
        return supervisor_approval(self._services.auth, self._operator, why,
                                   self.ask_credentials)

    def ask_credentials(self, error: str, intro: str) -> tuple[str, str] | None:
        """A supervisor's job number and password (replaced in tests)."""
        return SupervisorDialog.ask(self._widget(), error, intro)

    def ask_confirm_amount(self, expected: str, amount: str) -> bool:
        """RE-3: a different amount needs an explicit confirmation (replaced in tests)."""
        return ask_safe(
            self._widget(),
            translate("ReceiptsWorkspace", "Amount differs"),
            translate(
                "ReceiptsWorkspace",
                "The delivery list expects {expected}; the receipt "
                "says {amount}. Save {amount}? It is flagged on the COD list.",
            ).format(expected=expected, amount=amount),
        )

    def ask_reason(self) -> str:
        """Why a receipt is corrected (replaced in tests)."""
        text, ok = QInputDialog.getText(
            self._widget(),
            translate("ReceiptsWorkspace", "Correct receipt"),
            translate("ReceiptsWorkspace", "Reason for the change:"),
        )
        return text.strip() if ok else ""
