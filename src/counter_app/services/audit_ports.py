"""Port of the append-only audit log (WH-2)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class AuditEntry:
    """One append-only audit record (WH-2): who, when, what, before → after."""

    at: datetime
    actor_id: int | None
    actor: str
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    id: int | None = field(default=None, compare=False)
    actor_role: str | None = field(default=None, compare=False)
    """The role the caller believes the actor holds: the entry is written only if the staff
    row is still active with this role, else ``ActorRevoked`` (issue 13 §4)."""


class AuditLog(Protocol):
    """Append-only log."""

    def record(self, entry: AuditEntry) -> None:
        """Append one entry."""
        ...

    def all(self, *, entity: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """Return the newest entries first."""
        ...

    def last_change(self, entities: tuple[str, ...], entity_id: str) -> AuditEntry | None:
        """The newest entry about one record (who saved the version a loser collided with)."""
        ...

    def about(self, entity: str, entity_ids: Collection[str]) -> list[AuditEntry]:
        """Every entry of ``entity`` about these records, oldest first (one query)."""
        ...
