"""Frozen data handed to the UI and to report renderers (no Qt, no SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StationHeader:
    """The station block printed on forms (MR-5)."""

    name: str
    code: str
    contact_person: str
    phone: str
    qq: str
