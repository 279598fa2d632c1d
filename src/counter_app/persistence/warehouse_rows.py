"""How a warehouse stay is stored: its row's columns and JSON, through the domain's codec
(``domain.warehouse_codec``). The warehouse repository and the receipts' context read share
it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from typing import Any

from counter_app.domain.warehouse import Disposition, ProblemDetails, Reason
from counter_app.domain.warehouse_codec import decode_out
from counter_app.domain.warehouse_stay import OutDetails, StayRecord
from counter_app.persistence.lean import as_datetime
from counter_app.persistence.tables import HeadlessRow, StocktakeRow
from counter_app.services.warehouse_ports import HeadlessRecord, StocktakeRecord


def json_text(value: Mapping[str, object]) -> str:
    """Stored JSON: keys sorted, Chinese kept as is, no spaces after separators."""
    # no spaces after separators: a few bytes on every row (issue 21 §4)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@lru_cache(maxsize=4096)
def details_of(text: str) -> ProblemDetails:
    """Parsed problem details; a stock holds many parcels with the same (frozen) details."""
    return ProblemDetails.from_dict(json.loads(text or "{}"))


def stay_of(row: Any) -> StayRecord:
    """A StayRow or a Core row of wh_stay (the long lists read rows without ORM objects)."""
    return StayRecord(
        id=row.id, waybill_no=row.waybill_no, reason=Reason(row.reason),
        details=details_of(row.details or "{}"),
        location=row.location, layer=row.layer, pickup_code=row.pickup_code,
        recipient=row.recipient, phone=row.phone, bulky=row.bulky,
        destination_province=row.destination_province, misroute_id=row.misroute_id,
        headless_id=row.headless_id, planned_driver_id=row.planned_driver_id,
        in_at=row.in_at, in_by=row.in_by, out_at=row.out_at, out_by=row.out_by,
        disposition=Disposition(row.disposition) if row.disposition else None,
        out=out_of(row.disposition, row.out_details),
    )


STAY_COLUMNS = ("id", "waybill_no", "reason", "details", "location", "layer", "pickup_code",
                 "recipient", "phone", "bulky", "destination_province", "misroute_id",
                 "headless_id", "planned_driver_id", "in_at", "in_by", "out_at", "out_by",
                 "disposition", "out_details")


def stay_from(c: dict[str, Any]) -> StayRecord:
    """A stay out of a JSON array of ``STAY_COLUMNS`` (a context read)."""
    return StayRecord(
        id=int(c["id"]), waybill_no=c["waybill_no"], reason=Reason(c["reason"]),
        details=ProblemDetails.from_dict(json.loads(c["details"] or "{}")),
        location=c["location"], layer=int(c["layer"]), pickup_code=c["pickup_code"],
        recipient=c["recipient"], phone=c["phone"], bulky=bool(c["bulky"]),
        destination_province=c["destination_province"], misroute_id=c["misroute_id"],
        headless_id=c["headless_id"], planned_driver_id=c["planned_driver_id"],
        in_at=as_datetime(c["in_at"]) or datetime.min, in_by=c["in_by"],
        out_at=as_datetime(c["out_at"]), out_by=c["out_by"],
        disposition=Disposition(c["disposition"]) if c["disposition"] else None,
        out=out_of(c["disposition"], c["out_details"]),
    )


def out_of(disposition: str | None, stored: str | None) -> OutDetails | None:
    """A stay's typed scan-out from its columns (None while it is in stock)."""
    if not disposition:
        return None
    return decode_out(Disposition(disposition), json.loads(stored or "{}"))


def headless_of(row: HeadlessRow) -> HeadlessRecord:
    """A headless parcel as stored."""
    return HeadlessRecord(id=row.id, description=row.description, at=row.at, by=row.by,
                          location=row.location, photo=row.photo,
                          matched_waybill=row.matched_waybill, matched_at=row.matched_at,
                          matched_by=row.matched_by)


def stocktake_of(row: StocktakeRow) -> StocktakeRecord:
    """A stocktake as stored."""
    return StocktakeRecord(id=row.id, location=row.location, started_at=row.started_at,
                           started_by=row.started_by, closed_at=row.closed_at,
                           closed_by=row.closed_by, approved_by=row.approved_by)
