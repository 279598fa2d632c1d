"""The 设置 workspace's words: roles, courier kinds, serial framings, scan outcomes, and the
audit log's entities, actions and values in the UI language (issue 15 §6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.intake import PayMode, RefusalReason
from counter_app.domain.scanning import ScanOutcome
from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.warehouse import Disposition, Reason
from counter_app.ui.messages import disposition_name, reason_name
from counter_app.ui.messages_intake import pay_mode_name, refusal_reason_name

translate = QCoreApplication.translate


def role_name(role: Role) -> str:
    """Translated role name."""
    return {
        Role.COUNTER: translate("SettingsWorkspace", "Counter clerk"),
        Role.WAREHOUSE: translate("SettingsWorkspace", "Warehouse clerk"),
        Role.RECEIPTS: translate("SettingsWorkspace", "Receipt clerk (night desk)"),
        Role.SUPERVISOR: translate("SettingsWorkspace", "Supervisor"),
        Role.SERVICE: translate("SettingsWorkspace", "Customer-service clerk"),
    }[role]


def kind_name(kind: CourierKind) -> str:
    """Translated courier kind."""
    return {
        CourierKind.COURIER: translate("SettingsWorkspace", "Courier"),
        CourierKind.DRIVER: translate("SettingsWorkspace", "Driver"),
    }[kind]


def terminator_name(terminator: str) -> str:
    """Translated name of a serial framing choice."""
    return {
        "ANY": translate("SettingsWorkspace", "CR, LF or CR+LF"),
        "CR": translate("SettingsWorkspace", "CR"),
        "LF": translate("SettingsWorkspace", "LF"),
        "CRLF": translate("SettingsWorkspace", "CR+LF"),
        "GAP": translate("SettingsWorkspace", "Silence only"),
    }[terminator]


def outcome_name(outcome: ScanOutcome) -> str:
    """Translated scan outcome."""
    return {
        ScanOutcome.ACCEPTED: translate("SettingsWorkspace", "accepted"),
        ScanOutcome.REJECTED: translate("SettingsWorkspace", "rejected"),
        ScanOutcome.DUPLICATE: translate("SettingsWorkspace", "duplicate"),
    }[outcome]


def entity_name(entity: str) -> str:
    """What an audit entry is about, in the UI language (raw name if unknown)."""
    names = {
        "ci_acceptance": translate("Audit", "Counter acceptance"),
        "ci_refusal": translate("Audit", "Counter refusal"),
        "ci_account": translate("Audit", "Account customer"),
        "ci_consumable": translate("Audit", "Consumable"),
        "ci_acceptance_void": translate("Audit", "Voided counter parcel"),
        "wh_reply_check": translate("Audit", "Reply check"),
        "wh_stay": translate("Audit", "Warehouse parcel"),
        "wh_stocktake": translate("Audit", "Stocktake"),
        "wh_headless": translate("Audit", "Headless parcel"),
        "wh_pickup": translate("Audit", "Driver pickup"),
        "wh_location": translate("Audit", "Warehouse location"),
        "receipt": translate("Audit", "Receipt"),
        "receipt_batch": translate("Audit", "Receipt batch"),
        "receipt_set_aside": translate("Audit", "Receipt set aside"),
        "delivery_list": translate("Audit", "Delivery list"),
        "misroute": translate("Audit", "Misroute"),
        "misroute_month": translate("Audit", "Misroute month"),
        "staff": translate("Audit", "Staff"),
        "courier": translate("Audit", "Courier or driver"),
        "station": translate("Audit", "Station"),
        "setting": translate("Audit", "Setting"),
        "settings": translate("Audit", "Setting"),
        "login": translate("Audit", "Login"),
        "consent": translate("Audit", "Consent register (X-7)"),
    }
    return names.get(entity, entity)


def action_name(action: str) -> str:
    """What was done, in the UI language (raw text if unknown, e.g. a correction's reason)."""
    names = {
        "create": translate("Audit", "created"), "update": translate("Audit", "changed"),
        "close": translate("Audit", "closed"), "reopen": translate("Audit", "reopened"),
        "accept": translate("Audit", "accepted"), "refuse": translate("Audit", "refused"),
        "override_price": translate("Audit", "price overridden"),
        "reprint_slip": translate("Audit", "slip reprinted (补打)"),
        "reprint_label": translate("Audit", "label reprinted (补打)"),
        "scan_in": translate("Audit", "scanned in"), "scan_out": translate("Audit", "scanned out"),
        "move": translate("Audit", "moved"), "verify": translate("Audit", "verified"),
        "login": translate("Audit", "logged in"),
        "login_unknown_job_number": translate("Audit", "login with an unknown job number"),
        "change_password": translate("Audit", "password changed"),
        "reset_password": translate("Audit", "password reset"),
        "change_area": translate("Audit", "area changed"), "import": translate("Audit", "imported"),
        "purge": translate("Audit", "purged"), "open": translate("Audit", "opened"),
        "start": translate("Audit", "started"), "post": translate("Audit", "posted"),
        "save": translate("Audit", "saved"), "write_off": translate("Audit", "written off"),
        "recount": translate("Audit", "recounted"), "details": translate("Audit", "details"),
        "approve_stocktake": translate("Audit", "stocktake approved"),
        "match": translate("Audit", "matched"), "plan": translate("Audit", "planned"),
        "low_mark": translate("Audit", "low-stock mark"),
        "update_locked": translate("Audit", "changed in a closed month"),
        "login_failed": translate("Audit", "wrong password"),
        "in": translate("Audit", "stock in"), "out": translate("Audit", "stock out"),
        "message_in": translate("Audit", "message received"),
        "message_out": translate("Audit", "message sent"), "note": translate("Audit", "note"),
        "notified": translate("Audit", "customer notified"),
        "delivery_scan": translate("Audit", "delivery scan"),
        "void": translate("Audit", "voided (作废)"),
        "correct": translate("Audit", "corrected (更正)"),
        "replies_checked": translate("Audit", "replies read"),
    }
    if action.startswith("correct: "):
        return translate("Audit", "corrected: {reason}").format(reason=action[9:])
    return names.get(action, action)


def readable(values: dict[str, object] | None) -> str:
    """Before/after values with their fields named in the UI language; known codes (pay mode)
    named too; secrets left out."""
    if not values:
        return ""
    fields = {
        "pay_mode": translate("Audit", "payment"), "total": translate("Audit", "total"),
        "waybill_no": translate("Audit", "waybill"), "name": translate("Audit", "name"),
        "role": translate("Audit", "role"), "active": translate("Audit", "active"),
        "location": translate("Audit", "location"), "reason": translate("Audit", "reason"),
        "signer": translate("Audit", "signer"), "phone": translate("Audit", "phone"),
        "job_number": translate("Audit", "job number"), "stock": translate("Audit", "stock"),
        "delta": translate("Audit", "change"), "area": translate("Audit", "area"),
        "category": translate("Audit", "category"), "code": translate("Audit", "code"),
        "description": translate("Audit", "description"), "text": translate("Audit", "text"),
        "disposition": translate("Audit", "disposition"), "courier": translate("Audit", "courier"),
        "company": translate("Audit", "company"), "photo": translate("Audit", "photo"),
        "return_requested": translate("Audit", "return asked for"),
        "courier_id": translate("Audit", "courier no."),
    }
    hidden = {"password_hash"}
    parts = []
    for key, value in values.items():
        if key in hidden:
            continue
        text = str(value)
        if key == "pay_mode" and value in {m.value for m in PayMode}:
            text = pay_mode_name(PayMode(str(value)))
        elif key == "role" and value in {r.value for r in Role}:
            text = role_name(Role(str(value)))
        elif key == "disposition" and value in {d.value for d in Disposition}:
            text = disposition_name(Disposition(str(value)))  # 出仓派送, not "delivery"
        elif key == "reason" and value in {r.value for r in Reason}:
            text = reason_name(Reason(str(value)))
        elif key == "reason" and value in {r.value for r in RefusalReason}:
            text = refusal_reason_name(RefusalReason(str(value)))  # 违禁品, not "prohibited"
        elif isinstance(value, bool):
            text = translate("Audit", "yes") if value else translate("Audit", "no")
        parts.append(f"{fields.get(key, key)}: {text}")
    return "; ".join(parts)


def compact(values: dict[str, object] | None) -> str:
    if not values:
        return ""
    hidden = {"password_hash"}
    return ", ".join(f"{k}={v}" for k, v in values.items() if k not in hidden)


def scanner_problem(exc: Exception) -> str:
    """Message for a scanner entry that cannot be used."""
    if "ASCII" in str(exc):
        return translate("SettingsWorkspace", "Prefix and suffix must be plain ASCII characters.")
    text = str(exc)
    if "port" in text:
        return translate("SettingsWorkspace", "Choose or type the scanner's port first.")
    if "gap" in text:
        return translate(
            "SettingsWorkspace", "With 'Silence only', set how long a silence ends a code."
        )
    return translate("SettingsWorkspace", "These settings cannot be used: {error}").format(
        error=text
    )
