"""Several PCs, one truth (issue 13): helpers shared by the services for telling the loser of a
race who won, and for optimistic concurrency on records edited as a whole."""

from __future__ import annotations

from counter_app.services.ports import UnitOfWork


def staff_name(uow: UnitOfWork, job_number: str) -> str:
    """The name of a staff member for a message ("王丽"), else the job number itself."""
    if not job_number:
        return ""
    account = uow.staff.by_job_number(job_number)
    return account.member.name if account is not None else job_number
