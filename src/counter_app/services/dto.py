"""Frozen data handed to the UI and to report renderers (no Qt, no SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass

# the warehouse's printed sheets live in services.warehouse_records (issue 14 §3); re-exported
# for the screens until they import them from there
from counter_app.services.warehouse_records import AirFeeRegister as AirFeeRegister
from counter_app.services.warehouse_records import EmsRegister as EmsRegister
from counter_app.services.warehouse_records import HandoverSheet as HandoverSheet
from counter_app.services.warehouse_records import PickupLabel as PickupLabel


@dataclass(frozen=True)
class StationHeader:
    """The station block printed on forms (MR-5)."""

    name: str
    code: str
    contact_person: str
    phone: str
    qq: str
