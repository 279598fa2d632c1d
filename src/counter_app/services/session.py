"""The logged-in session's link to the database's truth (issue 13 §4): when a mutating call
finds its actor deactivated or given another role on some PC, listeners (the GUI's login
flow) are told, so the desk logs out with a message at that very action."""

from __future__ import annotations

from collections.abc import Callable

from counter_app.domain.errors import ActorRevoked

RevocationListener = Callable[[ActorRevoked], None]


class Revocations:
    """A tiny observer: the unit of work reports, the GUI listens (no Qt here)."""

    def __init__(self) -> None:
        """No listeners yet."""
        self._listeners: list[RevocationListener] = []

    def subscribe(self, listener: RevocationListener) -> None:
        """Call ``listener`` on each revocation found."""
        self._listeners.append(listener)

    def notify(self, revoked: ActorRevoked) -> None:
        """Tell every listener."""
        for listener in list(self._listeners):
            listener(revoked)
