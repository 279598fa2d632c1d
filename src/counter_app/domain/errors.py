"""Domain errors: they carry data, never user-facing prose (ui/messages.py translates them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from counter_app.domain.warehouse import Disposition


class DomainError(Exception):
    """Base of every expected, user-explainable failure."""


# The problems a field can have (issue 14 §3): a closed set, so mypy checks every raise site
# and ``ui/messages`` can be checked for a sentence per problem.
FieldProblem = Literal[
    "after_opens",
    "air_banned",
    "amount",
    "before_current",
    "before_noon",
    "below_fill",
    "birth_date",
    "characters",
    "check_digit",
    "closed",
    "courier",
    "date",
    "date_time",
    "default",
    "digits",
    "duplicate",
    "ems_number",
    "first_generation",
    "format",
    "full",
    "future",
    "in_hours",
    "inactive",
    "incomplete",
    "integer",
    "length",
    "line",
    "matched",
    "mismatch",
    "missing",
    "no_digits",
    "not_configured",
    "not_empty",
    "not_offered",
    "not_on_card",
    "not_set",
    "number",
    "order",
    "overlap",
    "own_account",
    "past",
    "phone",
    "place",
    "province",
    "range",
    "refused",
    "region",
    "required",
    "short",
    "stock",
    "time",
    "too_long",
    "too_short",
    "twice",
    "unbalanced",
    "unchanged",
    "unknown",
    "unknown_placeholder",
    "unresolved",
    "unstorable",
    "waybill",
]


@dataclass(eq=False)
class FieldInvalid(DomainError):
    """A field of a form fails validation.

    Attributes:
        field: the field's stable name (matches the form's objectName stem, e.g. ``"phone"``).
        problem: one of ``FieldProblem``, e.g. ``"required"``, ``"digits"``, ``"length"``.
        detail: optional data for the message (expected length, allowed values ...).
    """

    field: str
    problem: FieldProblem
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.problem} {self.detail}".strip()


@dataclass(eq=False)
class PermissionDenied(DomainError):
    """The logged-in role may not perform this action (checked in services, X-1)."""

    action: str
    role: str

    def __str__(self) -> str:
        return f"{self.role} may not {self.action}"


@dataclass(eq=False)
class LoginFailed(DomainError):
    """Unknown job number or wrong password (deliberately not told apart to the user)."""

    job_number: str
    attempts_left: int


@dataclass(eq=False)
class AccountLocked(DomainError):
    """Too many failed logins: the account is locked until ``until``."""

    job_number: str
    until: datetime


@dataclass(eq=False)
class AccountInactive(DomainError):
    """The account was deactivated by a supervisor."""

    job_number: str


@dataclass(eq=False)
class DuplicateJobNumber(DomainError):
    """A staff member with this job number (工号) already exists."""

    job_number: str


@dataclass(eq=False)
class NotFound(DomainError):
    """A referenced record does not exist."""

    entity: str
    key: str


@dataclass(eq=False)
class StationAlreadySetUp(DomainError):
    """The first-run set-up was already done."""


@dataclass(eq=False)
class InvalidWaybill(DomainError):
    """A typed or scanned number is not a valid waybill number (SC-2); ``check`` says why."""

    check: object  # domain.waybills.WaybillRejected (kept loose to avoid an import cycle)


@dataclass(eq=False)
class DuplicateMisroute(DomainError):
    """This waybill is already in the misroute register."""

    waybill_no: str
    found_on: date | None
    found_by: str


@dataclass(eq=False)
class MonthLocked(DomainError):
    """The month's report was closed; its rows change only by a supervisor (MR-5).

    ``by`` and ``at`` name who closed it, when known (issue 13 §5: the loser learns who won).
    """

    month: str
    by: str = ""
    at: datetime | None = None


@dataclass(eq=False)
class EntryIncomplete(DomainError):
    """A misroute row lacks fields (MR-2) — it cannot be verified or reported."""

    missing: tuple[str, ...]


@dataclass(eq=False)
class MonthNotReady(DomainError):
    """A month cannot be closed while rows are incomplete or unverified (MR-2)."""

    month: str
    incomplete: int
    unverified: int


@dataclass(eq=False)
class SignerInvalid(DomainError):
    """The signer breaks RE-2; ``rejected`` (domain.signer.SignerRejected) says how."""

    rejected: object
    recipient: str = ""
    """The recipient's name from the delivery list, to offer instead of 「本人」."""


@dataclass(eq=False)
class CodAmountRequired(DomainError):
    """A 到付 receipt needs the amount collected (RE-3)."""

    expected: Decimal | None = None


@dataclass(eq=False)
class CodSignerRequired(DomainError):
    """A 到付 receipt needs a legible name: 草签 / 已收 is no name (RE-3), unless a supervisor
    approves the exception. ``signer`` is the canonical word that was typed."""

    signer: str


@dataclass(eq=False)
class CodAmountZero(DomainError):
    """A 到付 receipt with an amount of 0 collected (RE-3), unless a supervisor approves."""


@dataclass(eq=False)
class CodMismatch(DomainError):
    """The amount collected differs from the expected one; confirm to save it flagged (RE-3)."""

    expected: Decimal
    amount: Decimal


@dataclass(eq=False)
class ParcelInStock(DomainError):
    """X-6: the parcel is in warehouse stock with its problem open; it is not entered as signed
    until the stay is closed (scanned out) or a supervisor overrides.

    Attributes:
        waybill_no: the parcel.
        reason: the stay's ``domain.warehouse.Reason`` value (破损拒收 …).
        location: where it lies; ``pickup_code`` its code.
        since: scanned in, ``YYYY-MM-DD HH:MM``; ``by`` by whom (job number).
    """

    waybill_no: str
    reason: str
    location: str
    pickup_code: str
    since: str
    by: str


@dataclass(eq=False)
class OnOtherCouriersList(DomainError):
    """X-6: the waybill is on another courier's delivery list: move it to that courier's batch,
    or keep it here with a reason (``ReceiptDraft.keep_reason``)."""

    waybill_no: str
    courier: str
    courier_id: int
    delivery_date: date


@dataclass(eq=False)
class PiecesMismatch(DomainError):
    """X-6 / RE-4: the piece count differs from the delivery list's; confirm to save it."""

    listed: int
    entered: int


@dataclass(eq=False)
class ReceiptAlreadyEntered(DomainError):
    """This waybill's receipt is already entered (issue 6 §7)."""

    waybill_no: str
    entered_by: str
    entered_at: datetime
    signer: str


@dataclass(eq=False)
class BatchClosed(DomainError):
    """The batch is closed; its receipts are corrected one by one, with a reason.

    ``closed_by`` / ``closed_at`` name who closed it (issue 13 §1: of two PCs closing the same
    batch, the second is told who closed it and prints no cover).
    """

    courier: str
    delivery_date: date
    closed_by: str = ""
    closed_at: datetime | None = None


@dataclass(eq=False)
class DetailsMissing(DomainError):
    """A problem reason lacks details it must record (WH-6): 「没有注明原因的快件…不予以留言」."""

    reason: str
    missing: tuple[str, ...]


@dataclass(eq=False)
class ReasonNotAccepted(DomainError):
    """Not a problem reason at all (WH-6: refused because the courier would not carry upstairs
    or was rude)."""

    reason: str
    detail: str


@dataclass(eq=False)
class NotInStock(DomainError):
    """The parcel is not in the warehouse (never scanned in, or already out)."""

    waybill_no: str


@dataclass(eq=False)
class AlreadyOut(DomainError):
    """Another clerk scanned this parcel out first (issue 5 §12): who (job number), when, how
    (values: the UI formats them, issue 14 §3)."""

    waybill_no: str
    by: str
    at: datetime
    disposition: Disposition | None


@dataclass(eq=False)
class AlreadyInStock(DomainError):
    """The parcel is already in stock (issue 5 §4): where, since when and by whom (job
    number)."""

    waybill_no: str
    location: str
    pickup_code: str
    since: datetime
    by: str


@dataclass(eq=False)
class NoDeliveryScan(DomainError):
    """WH-7: a parcel without a delivery scan gets its area's delivery scan before a return."""

    waybill_no: str


@dataclass(eq=False)
class PickupCheckFailed(DomainError):
    """Neither the pickup code nor the phone's last 4 digits match (collection check)."""

    waybill_no: str


@dataclass(eq=False)
class StoreFull(DomainError):
    """No location with room for this kind of parcel."""

    kind: str


@dataclass(eq=False)
class NotOnList(DomainError):
    """A scanned parcel is not on the driver's pickup list (WH-13)."""

    waybill_no: str


@dataclass(eq=False)
class AlreadyAccepted(DomainError):
    """This waybill was accepted at the counter before (on this or another PC): when, and
    the clerk's name and job number."""

    waybill_no: str
    at: datetime
    by: str
    job_number: str = ""


@dataclass(eq=False)
class AcceptanceVoided(DomainError):
    """This counter parcel was voided (作废): it is neither corrected nor voided again.

    ``at`` is when (a datetime: the UI formats it); ``by`` the job number of who voided it.
    """

    waybill_no: str
    at: datetime
    by: str


@dataclass(eq=False)
class ParcelRefused(DomainError):
    """The counter must not accept this parcel; the refusal was recorded (CI-2, CI-6).

    Attributes:
        reason: a ``domain.intake.RefusalReason`` value.
        detail: for ``prohibited`` the category number and name (``"3 易燃易爆物品"``); for
            ``fragile`` the words found; for ``out_of_area`` the destination.
    """

    reason: str
    detail: str = ""


@dataclass(eq=False)
class HeadlessAlreadyMatched(DomainError):
    """Another clerk matched this headless parcel first (WH-3, issue 13 §1)."""

    headless_id: int
    waybill_no: str
    by: str
    at: str


@dataclass(eq=False)
class StaleEdit(DomainError):
    """Optimistic concurrency (issue 13 §2): the record changed since this screen loaded it.

    Attributes:
        entity: what was edited (``"rate_card"``, ``"staff"``, ``"misroute"`` ...).
        key: which one (a setting key, a row id).
        by: the name (or job number) of whoever saved the newer version; "" if unknown.
        at: when; None if unknown.
    """

    entity: str
    key: str
    by: str = ""
    at: datetime | None = None


@dataclass(eq=False)
class ActorRevoked(DomainError):
    """The logged-in staff member was deactivated or given another role on some PC since
    logging in (issue 13 §4); the session ends at this action.

    ``reason`` is ``"inactive"`` or ``"role"``.
    """

    job_number: str
    reason: str


@dataclass(eq=False)
class Collision(DomainError):
    """The database refused a write another PC made impossible (a unique key taken meanwhile)
    and no more specific error applies: names what collided (issue 13 §5)."""

    entity: str
    detail: str = ""


@dataclass(eq=False)
class NoticeExists(DomainError):
    """The parcel already has a notice of this kind today (issue 20 §2: at most one a day,
    decided by the database's unique key); ``status`` and ``by`` say what became of it."""

    kind: str
    day: str
    status: str
    by: str = ""


@dataclass(eq=False)
class DailyCapReached(DomainError):
    """The provider's per-phone daily cap is reached for this recipient (issue 20 §2)."""

    cap: int


@dataclass(eq=False)
class NoRecipientPhone(DomainError):
    """The parcel has no recipient phone to notify."""

    waybill_no: str
