"""The station-wide parcel view (issue 16 §1, X-6): everything this station knows about one
waybill, from every desk, as one timeline with who and when. Read only; masked by permission
here, in the service, so no screen can show more than the role may see."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from counter_app.domain.redaction import mask_fields
from counter_app.domain.staff import Permission, StaffMember, allowed, require
from counter_app.services.desk_ports import ParcelFact
from counter_app.services.numbers import valid_number
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory

# the order of records made in the same minute: the day's list before what happened on it
_SOURCE_ORDER = {source: n for n, source in enumerate((
    "listed", "misroute", "acceptance", "stay_in", "headless", "wh_event", "stay_out",
    "receipt", "enquiry", "answer", "note"))}

def mask_for(actor: StaffMember, data: Mapping[str, object]) -> dict[str, object]:
    """``data`` as ``actor`` may see it: customers' names, phones and addresses in clear only
    with ``SEE_CONTACTS``; document numbers only with ``SEE_UNMASKED_IDS`` (X-2)."""
    return mask_fields(data, contacts=allowed(actor.role, Permission.SEE_CONTACTS),
                       ids=allowed(actor.role, Permission.SEE_UNMASKED_IDS))


@dataclass(frozen=True)
class ParcelLine:
    """One line of the timeline. ``data`` is already masked for the viewer."""

    at: datetime
    by: str
    by_name: str
    source: str
    kind: str
    data: dict[str, object]
    date_only: bool = False


@dataclass(frozen=True)
class ParcelView:
    """One waybill as the whole station knows it (oldest line first), with a summary."""

    waybill_no: str
    lines: tuple[ParcelLine, ...]
    accepted_here: bool
    in_stock: bool
    location: str
    signed: bool
    open_enquiries: int

    @property
    def known(self) -> bool:
        """Whether any desk has a record of it."""
        return bool(self.lines)


def parcel_view(uow: UnitOfWork, actor: StaffMember, number: str) -> ParcelView:
    """Build the view inside an open unit of work (also used beside an enquiry, issue 19)."""
    facts = uow.parcels.facts(number)
    names = {member.job_number: member.name for member in uow.staff.all()}
    lines = tuple(sorted(
        (_line(actor, fact, names) for fact in facts),
        key=lambda line: (line.at, _SOURCE_ORDER.get(line.source, 99))))
    open_stay = next((f for f in facts if f.source == "stay_in" and f.data.get("open")), None)
    answered = {f.data.get("enquiry_id") for f in facts if f.source == "answer"}
    return ParcelView(
        waybill_no=number,
        lines=lines,
        accepted_here=any(f.source == "acceptance" for f in facts),
        in_stock=open_stay is not None,
        location=(f"{open_stay.data.get('location', '')} {open_stay.data.get('pickup_code', '')}"
                  .strip() if open_stay else ""),
        signed=any(f.source == "receipt" for f in facts),
        open_enquiries=sum(1 for f in facts if f.source == "enquiry"
                           and f.data.get("enquiry_id") not in answered),
    )


def _line(actor: StaffMember, fact: ParcelFact, names: dict[str, str]) -> ParcelLine:
    return ParcelLine(at=fact.at, by=fact.by, by_name=names.get(fact.by, fact.by),
                      source=fact.source, kind=fact.kind, data=mask_for(actor, fact.data),
                      date_only=fact.date_only)


class ParcelService:
    """The parcel view (Ctrl+F on every desk)."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        """Keep the unit-of-work factory."""
        self._uow = uow_factory

    def view(self, actor: StaffMember, text: str) -> ParcelView:
        """Everything the station knows about the waybill typed or scanned as ``text``.

        Raises:
            PermissionDenied: the role may not look parcels up.
            InvalidWaybill: ``text`` is not a waybill number of this station's carriers.
        """
        require(actor.role, Permission.VIEW_PARCEL)
        with self._uow() as uow:
            return parcel_view(uow, actor, valid_number(uow, text))
