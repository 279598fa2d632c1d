"""Chinese for the strings added on branch issue-15b (re-apply with devtools.ts_fill)."""

ZH = {
    "Loading the board…": "正在读取到期看板…",
    "Searching…": "正在查询…",
    "Searching {text}…": "正在查询 {text}…",
    "Searching": "查询中",
    "Saving {number}…": "正在保存 {number}…",
    "Still saving": "仍在保存",
    "Scan {number} again in a moment: the last parcel is being saved.":
        "请稍后再扫 {number}：上一件正在保存。",
    "Reading the audit log…": "正在读取操作日志…",
}
