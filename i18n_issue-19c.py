"""Chinese for the strings issue 19c added (ts_fill dict; keep for re-applying after a merge)."""

ZH = {
    "reply clocks and open days": "回复时限与营业日",
    "pickup times": "取件时间",
    "branch list": "分点列表",
    "enquiry": "查询",
    "complaint": "投诉",
    "claim": "理赔",
    "problem parcel": "疑难件",
    "Orders taken until": "接单截止时间",
    "Morning senders until": "上午寄件截止",
    "Driver": "司机",
    "Where the goods are": "取货地点",
    "Goods": "货物",
    "Orders must be taken until after pickups start.": "接单截止时间必须晚于取件开始时间。",
    "The morning must end before the desk stops taking orders.": "上午截止时间必须早于接单截止时间。",
    "overdue {n} day(s)": "已逾期 {n} 天",
    "Claim: {kind}": "理赔：{kind}",
    "settle by {day}": "应于 {day} 前处理",
    "letters to finance by {day}": "{day} 前交财务",
    "{n} open · {overdue} overdue · {soon} nearly due · {claims} claim(s) due (sorted by "
    "deadline; Enter on a claim opens it)":
        "未回复 {n} 条 · 已超时 {overdue} 条 · 即将到期 {soon} 条 · 理赔临期 {claims} 件"
        "（按期限排序；在理赔行按回车打开）",
    "{start} – {end}: {n} enquiries, {late} answered late, {open} still open ({overdue} "
    "overdue), {complaints} complaints, {problems} problem parcels open, {claims} claims due.":
        "{start} – {end}：查询 {n} 条，超时回复 {late} 条，未回复 {open} 条（已超时 {overdue} 条），"
        "投诉 {complaints} 条，未结疑难件 {problems} 件，临期理赔 {claims} 件。",
    "not ruled": "未裁定",
    "Problem parcel open": "未结疑难件",
    "Claim due": "理赔临期",
    "Told at": "通知时间",
    "Reported by": "报货业务员",
    "Where": "地点",
    "Clerk": "经办人",
    "{driver} told: goods at {place}, on the run of {day}.": "已通知 {driver}：{place} 有货，列入 {day} 的取货。",
    "Reply clocks and open days saved.": "回复时限和营业日已保存。",
    "Pickup times saved.": "取件时间已保存。",
    "Month report (P&DF)": "本月投诉表 PDF(&D)",
    "A courier reports goods to collect: tell the driver (CS-8)": "业务员报货：通知司机取货（CS-8）",
    "Reported &by": "报货业务员(&B)",
    "Wh&ere": "地点(&E)",
    "customer and address": "客户及地址",
    "&Goods": "货物(&G)",
    "what and how many": "货物及件数",
    "Dri&ver": "司机(&V)",
    "Tell the d&river": "通知司机(&R)",
    "Export &PDF": "导出 PDF(&P)",
    "Open &days": "营业日(&D)",
    "Mon": "周一",
    "Tue": "周二",
    "Wed": "周三",
    "Thu": "周四",
    "Fri": "周五",
    "Sat": "周六",
    "Sun": "周日",
    "Pickup times (CS-8, supervisor)": "取件时间（CS-8，主管设置）",
    "Pickups &from": "取件开始(&F)",
    "Orders &taken until": "接单截止(&T)",
    "Morning senders &until": "上午寄件截止(&U)",
    "Save pickup &times": "保存取件时间(&T)",
    "Pickup order (CS-8: from {start}; taken after {closes}, for tomorrow; before {noon}, give "
    "the courier's phone)":
        "取件下单（CS-8：{start} 起取件；{closes} 后的订单次日取；{noon} 前寄件报业务员电话）",
}

# Two older translations corrected in the ServiceDesk context only (column headers that read
# 「到期条数」 and 「实收」); ts_fill does not overwrite, so re-apply these by hand after a merge.
ZH_CORRECTIONS_SERVICE_DESK = {
    "Due": "期限",
    "Received": "受理时间",
}
