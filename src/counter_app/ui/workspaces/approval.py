"""A supervisor's approval asked at the desk: job number and password in the shared
``SupervisorDialog`` until a supervisor logs in or the clerk cancels (issue 16)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import DomainError
from counter_app.domain.staff import Role, StaffMember
from counter_app.services.auth import AuthService
from counter_app.ui.messages import describe

translate = QCoreApplication.translate

Ask = Callable[[str, str], "tuple[str, str] | StaffMember | None"]
"""(error, intro) → (job number, password) to check, or who already logged in (the dialog
checks the password off the GUI thread, ``SupervisorDialog.ask_verified``), or None when
cancelled."""


def supervisor_approval(auth: AuthService, operator: StaffMember | None, intro: str,
                        ask: Ask) -> StaffMember | None:
    """The operator when a supervisor, else a supervisor who logs in for this approval.

    Args:
        auth: the login check (a failed password counts towards the lock-out as at login).
        operator: who works the desk.
        intro: what is approved, shown above the two fields.
        ask: shows the dialog (tests replace it).

    Returns:
        The approving supervisor, or None when the clerk cancelled.
    """
    if operator is not None and operator.role is Role.SUPERVISOR:
        return operator
    problem = ""
    while (answer := ask(problem, intro)) is not None:
        if isinstance(answer, StaffMember):
            member = answer
        else:
            try:
                member = auth.login(*answer)
            except DomainError as err:
                problem = describe(err)
                continue
        if member.role is not Role.SUPERVISOR:
            problem = translate("Approval", "{name} ({job}) is not a supervisor.").format(
                name=member.name, job=member.job_number)
            continue
        return member
    return None
