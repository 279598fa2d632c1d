# ruff: noqa: E501
"""Chinese for the strings of branch issue-16b (issue 16: the UI of corrections and the X-6
questions, WH-16/17/11/18/5); re-apply with devtools.ts_fill after a .ts merge conflict."""

ZH = {
    "{name} ({job}) is not a supervisor.": "{name}（{job}）不是主管。",
    "One piece up to (kg, A)": "单件起步重量（kg，A）",
    "Start price (元)": "起步价（元）",
    "Per kg up to (kg, B; above: negotiated)": "按公斤计至（kg，B；以上面议）",
    "Per kg from A to B (元/kg)": "A至B公斤每公斤（元/kg）",
    "Several pieces: the start price covers (pieces)": "多件：起步价含件数",
    "Each further piece (元)": "每增加一件（元）",
    "A piece above 1 m³: start (元)": "单件超过1立方：起步（元）",
    "Each started m³ (元)": "每立方（元）",
    "Quote 进仓费": "计算进仓费",
    "One piece per line: kg, or kg and m³ (e.g. 12.5 or 40 1.6)":
        "每行一件：公斤数，或公斤数和立方数（如 12.5 或 40 1.6）",
    "&Calculate": "计算(&C)",
    "&Pieces": "货物(&P)",
    "&Warehouse's charge (元)": "仓库收取费用(&W)（元）",
    "Entry &ticket (元)": "门票(&T)（元）",
    "进仓费 numbers (supervisor)": "进仓费标准（主管设置）",
    "&Save numbers": "保存标准(&S)",
    "进仓费": "进仓费",
    "The station has not set its 进仓费 numbers yet (the seed leaves them blank): a supervisor "
    "sets them on the right.": "本网点尚未设置进仓费标准（制度中金额空白）：请主管在右侧设置。",
    "Not taken here": "此处不收扫描",
    "{number}: the 进仓费 page takes no scans.": "{number}：进仓费页面不接收扫描。",
    "Set the 进仓费 numbers first (supervisor).": "请先设置进仓费标准（主管）。",
    "进仓费: negotiate (来电面议)": "进仓费：来电面议",
    "进仓费 ¥ {total}": "进仓费 ¥ {total}",
    "进仓费 numbers saved.": "进仓费标准已保存。",
    "Correct or void {number}": "更正或作废 {number}",
    "Accepted {time} by {clerk}: {where} · {kg} kg · {mode} · ¥ {total}":
        "{time} {clerk}收寄：{where} · {kg} kg · {mode} · ¥ {total}",
    "&Correct (更正)": "更正(&C)",
    "&Void (作废)": "作废(&V)",
    "(unchanged)": "（不变）",
    "new recipient address, empty: unchanged": "新的收件地址，空：不变",
    "kg, empty: unchanged": "公斤，空：不变",
    "&Destination": "目的地(&D)",
    "&Weight": "重量(&W)",
    "&Payment": "付款方式(&P)",
    "A&ccount code": "协议客户编号(&C)",
    "Cash &received": "实收现金(&R)",
    "&Reason": "原因(&R)",
    "Type the reason: it goes to the audit log.": "请填写原因：将记入操作日志。",
    "voided": "作废",
    "By": "经办",
    "Was": "原运费",
    "Now": "现运费",
    "Voided {v} · corrected {c}": "作废 {v} · 更正 {c}",
    "Correct or void the chosen parcel… (Ctrl+E)": "更正或作废所选快件…（Ctrl+E）",
    "Choose a parcel of today's list first (click its row).": "请先在今日收寄中选中一票（点击该行）。",
    "Voided {number} (¥ {total}): it leaves the shift's takings.":
        "已作废 {number}（¥ {total}）：不计入本班收款。",
    "Corrected {number}: ¥ {before} → ¥ {after} · {mode}":
        "已更正 {number}：¥ {before} → ¥ {after} · {mode}",
    "A supervisor approves voiding a parcel or changing its fee or payment: job number and "
    "password.": "作废快件或更改运费、付款方式须主管批准：请输入工号和密码。",
    "A supervisor must approve this.": "此操作须主管批准。",
    "EMS waybill number": "EMS单号",
    "EMS destination": "EMS目的地",
    "Origin city": "始发城市",
    "Noon reply check": "中午查看回复时间",
    "Afternoon reply check": "下午查看回复时间",
    "{field}: not an EMS number — 13 digits, or two letters, nine digits and two letters "
    "(e.g. EE471108151FR) with a right check digit.":
        "{field}：不是EMS单号——应为13位数字，或两个字母、九位数字、两个字母（如 EE471108151FR）且校验位正确。",
    "{field} must come after the noon reply check ({time}).": "{field}须晚于中午查看回复时间（{time}）。",
    "{field}: a time as HH:MM.": "{field}：请按 时:分（HH:MM）填写。",
    "On another courier's list": "在其他业务员的派件清单上",
    "{number} is on {courier}'s delivery list of {day}. Enter it in {courier}'s batch, or keep "
    "it in this batch and say why (X-6).":
        "{number} 在{courier} {day}的派件清单上。录入{courier}的回单批次，或留在本批次并说明原因（X-6）。",
    "Reason to keep it here, e.g. handed over to this courier": "留在本批次的原因，如已转交本业务员派送",
    "&Move to {courier}'s batch": "录入{courier}的批次(&M)",
    "&Keep here": "留在本批次(&K)",
    "Type the reason to keep it in this batch.": "请填写留在本批次的原因。",
    "On the delivery list of {courier} ({day}), not of this batch's courier (X-6).":
        "在{courier}（{day}）的派件清单上，不是本批次业务员的（X-6）。",
    "The delivery list has it on {day}, this batch is of {batch}: lateness counts from {day} "
    "(X-6, RE-1).": "派件清单日期为{day}，本批次为{batch}：是否逾期按{day}计算（X-6，RE-1）。",
    "Not saved: a supervisor must approve. {why}": "未保存：须主管批准。{why}",
    "Saved {number} in {courier}'s batch of {day}.": "已将 {number} 录入{courier} {day}的批次。",
    "Piece count differs": "件数不符",
    "The delivery list says {listed} piece(s); the receipt says {entered}. Save {entered}?":
        "派件清单为 {listed} 件，回单为 {entered} 件。按 {entered} 件保存吗？",
    "Supervisor's approval": "主管批准",
    "Ask a supervisor to approve saving it anyway?": "请主管批准后仍然保存吗？",
    "Arrived, no receipt and no reason in the warehouse: {number} ({courier})":
        "已到件，既无回单也未在仓库登记原因：{number}（{courier}）",
    "{number} was entered as signed by 「{signer}」 ({who}, {when}): a signed parcel should not "
    "be here. Check the parcel and the receipt; saving scans it in and notes the receipt on "
    "its timeline (X-6).":
        "{number} 已录入签收，签收人「{signer}」（{who}，{when}）：已签收的快件不应在此。请核对快件和回单；"
        "保存后照常入仓，并在记录中注明该回单（X-6）。",
    "empty: the province typed at scan-in": "空：用入仓时填写的省份",
    "EMS &waybill no.": "EMS单号(&W)",
    "EMS &destination": "EMS目的地(&D)",
    "e.g. 菏泽市; empty: the province's row": "如 菏泽市；空：按省份计算",
    "Ci&ty": "城市(&T)",
    "EMS no.": "EMS单号",
    "Read replies at (noon)": "中午查看回复时间",
    "Read replies at (afternoon)": "下午查看回复时间",
    "Above the free weight, charge the kilograms above it": "超过免费重量：只按超出部分收费",
    "Above the free weight, charge the whole weight": "超过免费重量：按全部重量收费",
    "Con&firm reading and basis": "确认理解和计费方式(&F)",
    "The station's own tariff rows are in use.": "正在使用本网点自己设置的收费表。",
    "「江浙沪皖鲁西南」 read as {reading}: confirmed by {who} on {when}.":
        "「江浙沪皖鲁西南」理解为{reading}：{who}于{when}确认。",
    "Please confirm: the shipped tariff reads 「江浙沪皖鲁西南」 as {reading}. The seed may also "
    "mean 江浙沪皖鲁 + 西南 (四川、重庆、贵州、云南): then edit the rows. Cities may be rows of "
    "their own (山东省菏泽市).":
        "请确认：默认收费表将「江浙沪皖鲁西南」理解为{reading}。也可能指江浙沪皖鲁 + 西南（四川、重庆、贵州、云南）："
        "如是，请修改收费表。城市可单独成行（山东省菏泽市）。",
    "Return tariff reading and basis confirmed.": "退回收费表的理解和计费方式已确认。",
    "Provinces, cities": "省份、城市",
    "Replies &read": "已查看回复(&R)",
    "Time to read the replies to our messages ({times}): answer them, return what the origin "
    "asks back today (WH-16).": "到查看留言回复的时间了（{times}）：及时回复，对方要求退回的当天退回（WH-16）。",
    "Mis-sorted: message the sending company today (WH-16)": "错分件：当天给发件公司留言（WH-16）",
    "Changed to self-pickup: message the origin company today (WH-16)":
        "改自提：当天给始发公司留言（WH-16）",
    "C&harge with the parcel at the desk": "随当前快件收取(&H)",
    "进仓费, if charged": "如收取进仓费请填写",
    "进仓费（元）": "进仓费（元）",
    "&Show": "显示(&S)",
    "Save CS&V…": "保存CSV(&V)…",
    "From": "从",
    "to": "至",
    "No.": "序号",
    "Out on": "出仓日期",
    "Waybill": "运单号",
    "Returned": "退回",
    "Province": "省份",
    "Weight (kg)": "重量(kg)",
    "Fee": "退回费用",
    "Clerk": "经办人",
    "{n} air return(s) charged · {fee} 元": "收费的航空件退回 {n} 票 · {fee} 元",
    "Save the air-return fees": "保存航空件退回费用",
    "Could not save {path}: {error}.": "无法保存 {path}：{error}。",
    "Saved {path}.": "已保存：{path}",
    "Air-return fees": "航空件退回费用",
    "e.g. 温州; the station's city: no message due": "如 温州；本网点所在城市（同城件）无需留言",
    "Sent &from (city)": "始发城市(&F)",
    "Voided counter parcel": "已作废的收寄件",
    "Reply check": "查看留言回复",
    "voided (作废)": "作废",
    "corrected (更正)": "更正",
    "replies read": "已查看回复",
}
