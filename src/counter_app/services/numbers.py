"""Waybill numbers judged against the station's own carriers (SC-2, CI-4), for every service."""

from __future__ import annotations

from counter_app.domain.errors import InvalidWaybill
from counter_app.domain.waybills import (
    WaybillCheck,
    WaybillRejected,
    check_waybill,
    default_carriers,
)
from counter_app.services.ports import UnitOfWork


def station_carriers(uow: UnitOfWork) -> list[str]:
    """The station's own carriers; every known carrier before the station chose (format only)."""
    profile = uow.station.get()
    own = list(profile.own_carriers) if profile and profile.own_carriers else []
    return own or [c.code for c in default_carriers()]


def judge_with(own_carriers: tuple[str, ...], text: str) -> WaybillCheck:
    """The verdict on ``text`` given the station's carriers as just read (a context read,
    issue 13 §7); every known carrier when the station has not chosen."""
    return check_waybill(text, list(own_carriers) or [c.code for c in default_carriers()])


def valid_with(own_carriers: tuple[str, ...], text: str) -> str:
    """``valid_number`` with the carriers already read."""
    check = judge_with(own_carriers, text)
    if isinstance(check, WaybillRejected):
        raise InvalidWaybill(check)
    return check.number


def judge(uow: UnitOfWork, text: str) -> WaybillCheck:
    """The recogniser's verdict on ``text`` for this station."""
    return check_waybill(text, station_carriers(uow))


def valid_number(uow: UnitOfWork, text: str) -> str:
    """The normalised number, or InvalidWaybill saying why it is not one (never stored)."""
    check = judge(uow, text)
    if isinstance(check, WaybillRejected):
        raise InvalidWaybill(check)
    return check.number
