"""Names of the misroute register's fields (错写大字, MR-); ``ui.messages`` delegates here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def misroute_field_labels() -> dict[str, str]:
    """The translated names of the misroute forms' fields."""
    return {
        "origin_site": translate("Messages", "Origin site"),
        "origin_province": translate("Messages", "Origin province"),
        "wrong_dazi": translate("Messages", "Wrong 大字"),
        "correct_dazi": translate("Messages", "Correct 大字"),
        "due_day": translate("Messages", "Report due day"),
        "remind_days": translate("Messages", "Days of reminder before it"),
        "needs_problem_flow": translate("Messages", "Correct destination unknown"),
    }
