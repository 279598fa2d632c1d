"""Ports of the station-wide records: the station profile, shared settings, version counters."""

from __future__ import annotations

from typing import Protocol

from counter_app.domain.station import StationProfile


class StationRepository(Protocol):
    """The one station profile row."""

    def get(self) -> StationProfile | None:
        """Return the profile, or None before the first-run set-up."""
        ...

    def save(self, profile: StationProfile) -> None:
        """Insert or replace the profile."""
        ...


class SettingsRepository(Protocol):
    """Station-wide business settings shared by all PCs (key → text)."""

    def get(self, key: str) -> str | None:
        """Return a value or None."""
        ...

    def set(self, key: str, value: str) -> None:
        """Insert or replace a value."""
        ...

    def get_versioned(self, key: str) -> tuple[str, int] | None:
        """A value with its version, read together (one statement), or None."""
        ...

    def get_many(self, *keys: str) -> dict[str, str]:
        """Several values in one statement; absent keys are left out."""
        ...


class VersionRepository(Protocol):
    """Version counters of the records edited as a whole (issue 13 §2).

    ``entity`` is ``"setting"`` (key: the setting's key), ``"station"``, ``"staff"``,
    ``"courier"``, ``"wh_location"`` (key: its code) or ``"misroute"``.
    """

    def current(self, entity: str, key: str) -> int:
        """The stored version; 0 when the record does not exist (yet)."""
        ...

    def claim(self, entity: str, key: str, expected: int | None) -> bool:
        """Bump the version in one conditional UPDATE — the save's first write, so of two
        savers the second waits for the first and then fails — if it is still ``expected``
        (None: whatever it is). False when another save came first. An absent record with
        ``expected`` 0 (or None) is claimable: the save creates it."""
        ...
