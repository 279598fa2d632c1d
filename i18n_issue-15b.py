"""Chinese for the strings added on branch issue-15b (re-apply with devtools.ts_fill)."""

ZH = {
    "Loading the board…": "正在读取到期看板…",
    "Searching…": "正在查询…",
    "Searching {text}…": "正在查询 {text}…",
    "Searching": "查询中",
    "Saving {number}…": "正在保存 {number}…",
    "{number} opens as soon as the last parcel is saved.": "上一件保存完即打开 {number}。",
    "{number} was not opened: scan it again.": "{number} 未打开：请重新扫描。",
    "Reading the audit log…": "正在读取操作日志…",
}
