"""Chinese for the strings added on branch issue-15c (re-applied with ts_fill after a merge)."""

ZH = {
    "Saving {number}…": "正在保存 {number}…",
    "Not entered": "未录入",
    "The last parcel is still being saved: scan {number} again when it is.":
        "上一件还在保存：保存完成后请重新扫描 {number}。",
    "The last receipt is still being saved: scan {number} again when it is.":
        "上一张回单还在保存：保存完成后请重新扫描 {number}。",
    "{w} × {h} mm labels": "{w}×{h} 毫米标签",
}
