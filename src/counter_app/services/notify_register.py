"""The consent register on screen (X-7, issue 20): every entry, newest first, each with its
state — the answer that speaks for the phone now (valid), one past its valid-until day
(expired), or one a newer entry replaced (superseded) — searched by the phone's tail and
filtered by answer and state.

Phones are masked unless the role may see personal data unmasked (a supervisor). A clerk's
search matches the tail the mask shows (the last 2 digits) or a whole number typed in full —
never more digits than the screen shows, so the search cannot be used to guess a number.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from counter_app.domain.clock import Clock
from counter_app.domain.notify import Consent, ConsentDecision
from counter_app.domain.staff import Permission, StaffMember, allowed, mask_phone, require
from counter_app.services.ports import UnitOfWorkFactory


class EntryState(enum.StrEnum):
    """Where a register entry stands today."""

    VALID = "valid"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class RegisterLine:
    """One register entry as the screen lists it."""

    consent: Consent
    phone: str
    state: EntryState


def register_lines(uow_factory: UnitOfWorkFactory, clock: Clock, actor: StaffMember,
                   tail: str = "", decision: ConsentDecision | None = None,
                   state: EntryState | None = None) -> list[RegisterLine]:
    """The register, newest first, filtered (see the module's docstring)."""
    require(actor.role, Permission.USE_WAREHOUSE)
    full = allowed(actor.role, Permission.SEE_UNMASKED_IDS)
    today = clock.now().date()
    with uow_factory() as uow:
        entries = uow.notify.consents()
    digits = "".join(c for c in tail if c.isdigit())
    newest: dict[str, int] = {}
    for index, entry in enumerate(entries):  # oldest first: the last one per phone is newest
        newest[entry.phone] = index
    out: list[RegisterLine] = []
    for index in range(len(entries) - 1, -1, -1):
        entry = entries[index]
        shown = entry.phone if full else mask_phone(entry.phone)
        if digits and not (entry.phone == digits or shown.endswith(digits)):
            continue
        if decision is not None and entry.decision is not decision:
            continue
        now_state = (EntryState.SUPERSEDED if newest[entry.phone] != index
                     else EntryState.VALID if entry.valid_on(today) else EntryState.EXPIRED)
        if state is not None and now_state is not state:
            continue
        out.append(RegisterLine(entry, shown, now_state))
    return out
