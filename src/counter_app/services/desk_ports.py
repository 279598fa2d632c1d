"""Ports of the station-wide parcel view (issue 16 §1) and the customer-service desk (issue 19):
what those services need from storage, as Protocols (``persistence`` implements them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from counter_app.domain.service_desk import (
    Claim,
    Complaint,
    DriverNotice,
    Enquiry,
    OutgoingProblem,
    PickupOrder,
)


@dataclass(frozen=True)
class ParcelFact:
    """One thing the station recorded about a waybill, as stored (personal data in clear: the
    service masks it by permission before anyone sees it).

    ``source`` names the desk's record: ``acceptance`` (the counter's 底单), ``listed`` (a
    delivery-list line), ``stay_in`` / ``stay_out`` (a warehouse stay), ``wh_event`` (a line of
    the warehouse timeline; ``kind`` is the event's kind), ``receipt``, ``misroute``,
    ``headless`` (a headless parcel matched to this number), ``enquiry`` (the service desk).
    ``date_only``: the record has a day but no time (a delivery list, a misroute's date found).
    """

    at: datetime
    by: str
    source: str
    kind: str
    data: dict[str, object] = field(default_factory=dict)
    date_only: bool = False


class ParcelQuery(Protocol):
    """Everything the station's tables hold about one waybill, read only."""

    def facts(self, waybill_no: str) -> list[ParcelFact]:
        """Every fact about ``waybill_no``, in no particular order."""
        ...


@dataclass(frozen=True)
class DeskNote:
    """A line of a desk's work notebook (X-3, CS-9)."""

    at: datetime
    by: str
    desk: str
    text: str
    waybill_no: str = ""
    id: int | None = None


class ServiceDeskRepository(Protocol):
    """Enquiries and the notebook of the customer-service desk (issue 19)."""

    def add_enquiry(self, enquiry: Enquiry) -> Enquiry:
        """Insert; return it with its id and version."""
        ...

    def enquiry(self, enquiry_id: int) -> Enquiry | None:
        """One enquiry, or None."""
        ...

    def update_enquiry(self, enquiry: Enquiry) -> None:
        """Store the answer, case and checklist of an existing enquiry."""
        ...

    def open_enquiries(self) -> list[Enquiry]:
        """Unanswered enquiries, soonest deadline first."""
        ...

    def enquiries_about(self, waybill_no: str) -> list[Enquiry]:
        """Every enquiry about one waybill, oldest first."""
        ...

    def enquiries_between(self, start: datetime, end: datetime) -> list[Enquiry]:
        """Enquiries received in ``[start, end)``, oldest first."""
        ...

    def add_note(self, note: DeskNote) -> DeskNote:
        """Append a notebook line."""
        ...

    def notes(self, desk: str, *, start: datetime | None = None, end: datetime | None = None,
              text: str = "", limit: int = 200) -> list[DeskNote]:
        """Notebook lines of a desk, newest first; ``text`` filters (case-insensitive)."""
        ...

    def add_complaint(self, complaint: Complaint) -> Complaint:
        """Insert; return it with its id and version."""
        ...

    def complaint(self, complaint_id: int) -> Complaint | None:
        """One complaint, or None."""
        ...

    def update_complaint(self, complaint: Complaint) -> None:
        """Store an existing complaint (its version was claimed before)."""
        ...

    def complaints_between(self, start: datetime, end: datetime) -> list[Complaint]:
        """Complaints received in ``[start, end)``, oldest first."""
        ...

    def add_claim(self, claim: Claim) -> Claim:
        """Insert; return it with its id and version."""
        ...

    def claim(self, claim_id: int) -> Claim | None:
        """One claim, or None."""
        ...

    def update_claim(self, claim: Claim) -> None:
        """Store an existing claim (its version was claimed before)."""
        ...

    def claims(self, *, open_only: bool = True) -> list[Claim]:
        """Claims, soonest settlement deadline first; ``open_only``: not yet agreed, or agreed
        but not yet handed to finance."""
        ...

    def add_problem(self, problem: OutgoingProblem) -> OutgoingProblem:
        """Insert; return it with its id and version."""
        ...

    def problem(self, problem_id: int) -> OutgoingProblem | None:
        """One outgoing problem parcel, or None."""
        ...

    def update_problem(self, problem: OutgoingProblem) -> None:
        """Store an existing one (its version was claimed before)."""
        ...

    def open_problems(self) -> list[OutgoingProblem]:
        """Open outgoing problem parcels, the other side's soonest deadline first."""
        ...

    def add_pickup(self, order: PickupOrder) -> PickupOrder:
        """Insert; return it with its id."""
        ...

    def pickups_between(self, start: datetime, end: datetime) -> list[PickupOrder]:
        """Orders whose pickup falls in ``[start, end)``, by courier then time."""
        ...

    def add_driver_notice(self, notice: DriverNotice) -> DriverNotice:
        """Insert a notice to a driver (CS-8); return it with its id."""
        ...

    def driver_notices(self, run_day: date) -> list[DriverNotice]:
        """The notices for the drivers' runs of ``run_day``, by driver then time."""
        ...
