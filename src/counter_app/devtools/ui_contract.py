"""Write docs/ui-contract.md: the stable object names of every form, plus those made in code.

Usage: ``python -m counter_app.devtools.ui_contract``. A GUI test checks every listed name exists.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CONTROLS = {
    "QLineEdit",
    "QComboBox",
    "QPushButton",
    "QTableWidget",
    "QTimeEdit",
    "QCheckBox",
    "QTabWidget",
    "QListWidget",
    "QWizardPage",
    "QSpinBox",
    "QDoubleSpinBox",
    "QPlainTextEdit",
    "QFrame",
}
SHOWN_LABELS = {
    "station_label",
    "title_label",
    "hint_label",
    "database_value_label",
    "scan_result_label",
    "scan_detail_label",
}
SECTIONS = (
    (
        "Main window",
        "main_window.ui",
        (
            ("counter_workspace", "Workspace", "F1 收寄 counter"),
            ("warehouse_workspace", "Workspace", "F2 仓库 warehouse"),
            ("receipts_workspace", "Workspace", "F3 回单 receipts"),
            ("misroute_workspace", "Workspace", "F4 错写大字 misroute"),
            ("settings_workspace", "Workspace", "F5 设置 settings"),
            ("operator_label", "QLabel", "status bar: operator and role"),
            ("shift_label", "QLabel", "status bar: current shift (WH-1)"),
            ("database_label", "QLabel", "status bar: database in use"),
            ("scanner_label", "QLabel", "status bar: scanners' state"),
            ("scale_label", "QLabel", "status bar: the scale's state (hidden without one)"),
        ),
    ),
    ("Login dialog", "login_dialog.ui", ()),
    ("First-run wizard", "setup_wizard.ui", ()),
    ("收寄 counter intake workspace", "intake_workspace.ui", ()),
    ("收寄 · 交班汇总 shift summary", "intake_shift_summary.ui", ()),
    ("收寄 · 协议客户 accounts", "intake_accounts.ui", ()),
    ("收寄 · 物料 consumables", "intake_consumables.ui", ()),
    ("收寄 · 设置 intake settings", "intake_settings.ui", ()),
    ("回单 receipts workspace", "receipts_workspace.ui", ()),
    ("仓库 warehouse workspace", "warehouse_workspace.ui", ()),
    ("仓库 · 无头件 headless parcels", "warehouse_headless.ui", ()),
    ("仓库 · 盘点 stocktake", "warehouse_stocktake.ui", ()),
    ("仓库 · 司机提货 driver pickup", "warehouse_driver.ui", ()),
    ("仓库 · 交接班 / EMS reports", "warehouse_reports.ui", ()),
    ("仓库 · 设置 warehouse settings", "warehouse_settings.ui", ()),
    ("错写大字 misroute workspace", "misroute_workspace.ui", ()),
    ("Settings workspace", "settings_workspace.ui", ()),
    ("设置 · 秤与打印机 scale and printers (issue 17)", "hardware_page.ui",
     (("hardware_page", "HardwarePage", "the tab itself"),)),
    ("仓库 · 通知 notices, reminders and consent (issue 20)", "notify_notices.ui",
     (("notices_page", "NoticesPage", "the tab itself"),
      ("consent_bar", "ConsentBar", "the X-7 question under the scan-in result"),
      ("consent_record_button", "QPushButton", "records the answer"))),
    ("设置 · 通知 templates and SMS provider (issue 20)", "notify_settings.ui",
     (("notify_settings_page", "NotifySettingsPage", "the tab itself"),)),
)
HEADER = """# UI contract: stable object names

Every control a clerk uses has a stable `objectName`. Tests find widgets by these names
(`tests/gui/test_shell.py::test_every_object_name_in_the_ui_contract_exists` checks that each
name below exists). Names are snake_case with a role suffix (`_edit`, `_combo`, `_button`,
`_table`, `_label`, `_tab`). Regenerate with `python -m counter_app.devtools.ui_contract`.

Keys: F1 收寄 · F2 仓库 · F3 回单 · F4 错写大字 · F5 设置 · Ctrl+Shift+L log out (shift change).
Enter confirms the default button; Esc closes a dialog. A scan (serial or USB keyboard) goes to
the visible workspace wherever the focus is; the result shows in `scan_feedback_frame`.
Pages of the visible workspace: Ctrl+Tab / Ctrl+PgDown next, Ctrl+Shift+Tab / Ctrl+PgUp back,
Ctrl+1…9 (the number is on each tab). Date and time fields take typed 13:05, 1305, 0923, 1123,
2026-11-23, T / 今天, Y / 昨天, 前天, N (now); arrows and the wheel never change them. Enter in a
combo box moves on. Prints and exports run on a worker thread (`task_progress_dialog` after
300 ms, 取消 for exports); a print's outcome shows in `scan_feedback_frame`. Questions about
money default to 否 (`safe_question_box`).
"""


def _buddy_texts(root: ET.Element) -> dict[str, str]:
    texts = {}
    for widget in root.iter("widget"):
        if widget.get("class") != "QLabel":
            continue
        buddy = widget.find("property[@name='buddy']/cstring")
        text = widget.find("property[@name='text']/string")
        if buddy is not None and text is not None and text.text:
            texts[buddy.text or ""] = text.text.replace("&", "")
    return texts


def render() -> str:
    """Return the document."""
    out = [HEADER]
    for title, filename, extra in SECTIONS:
        out += [f"## {title} (`{filename}`)", "", "| name | class | what |", "|---|---|---|"]
        root = ET.parse(ROOT / "resources" / "ui" / filename).getroot()
        buddies = _buddy_texts(root)
        for widget in root.iter("widget"):
            cls, name = widget.get("class") or "", widget.get("name") or ""
            if cls in CONTROLS or name.endswith("message_label") or name in SHOWN_LABELS:
                what = buddies.get(name, "")
                tab = widget.find("attribute[@name='title']/string")
                if not what and tab is not None:
                    what = f"tab “{tab.text}”"
                out.append(f"| `{name}` | {cls} | {what} |")
        out += [f"| `{name}` | {cls} | {what} |" for name, cls, what in extra]
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    (ROOT / "docs" / "ui-contract.md").write_text(render(), encoding="utf-8")
