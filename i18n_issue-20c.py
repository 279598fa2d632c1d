"""Chinese for the strings of branch issue-20c (issue 20: replies from the provider's queue,
the consent register list); the lead re-applies them with devtools.ts_fill after a merge."""

ZH = {
    "asks to return it": "要求退回",
    "asks for door delivery": "要求送货上门",
    "asks for no more messages": "要求退订短信",
    "valid": "有效",
    "expired": "已过期",
    "superseded": "已被取代",
    "Today's reminders": "今日提醒",
    "Customer replies": "客户回复",
    "Consent register": "同意登记",
    "Customer replied {at}: {text}": "客户于 {at} 回复：{text}",
    "(shown on all {n} parcels of this phone)": "（该号码的 {n} 件在库快件都显示此回复）",
    "Reply / receipt queues": "回复 / 回执队列",
    "SmsUp queue, e.g. Alicom-Queue-…-SmsUp (empty: replies not read)":
        "上行短信队列，如 Alicom-Queue-…-SmsUp（留空：不读取回复）",
    "SmsReport queue (optional)": "回执队列 SmsReport（可选）",
    "Replies to the station's SMS, last 7 days. Coloured ones ask for a return, a door "
    "delivery or no more messages: read them and decide — nothing is done automatically.":
        "近 7 天客户对网点短信的回复。带颜色的要求退回、送货上门或退订：请阅读后自行处理——"
        "系统不会自动执行。",
    "Refresh": "刷新",
    "This PC reads the replies from the SMS provider.": "本机从短信服务商读取回复。",
    "Replies are read by the PC that holds the provider's key (with a reply queue set in "
    "Settings → Notices).": "回复由保存服务商密钥的电脑读取（需在 设置 → 通知 中填写回复队列）。",
    "no notice in the last 7 days": "近 7 天未发通知",
    "Received": "收到时间",
    "From": "来自",
    "Parcels": "快件",
    "Reply": "回复",
    "Asks": "要求",
    "Read it and decide: nothing is done automatically.": "请阅读后自行处理：系统不会自动执行。",
    "Phone: last digits as shown, or the whole number": "手机号：按显示的尾号，或完整号码",
    "All answers": "全部答复",
    "All states": "全部状态",
    "{n} entries": "共 {n} 条",
    "Phone": "手机号",
    "Answer": "答复",
    "Channel": "渠道",
    "Recorded": "登记时间",
    "By": "登记人",
    "Valid until": "有效期至",
    "State": "状态",
    "Waybill": "运单号",
    "Note": "备注",
}
