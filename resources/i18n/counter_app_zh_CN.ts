<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/counter_app/ui/errors.py" line="22"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/errors.py" line="24"/>
        <source>Something went wrong: {summary}

The error was written to the log. Your saved work is safe; you can go on working.</source>
        <translation>出现了错误：{summary}

错误已写入日志。已保存的数据不会丢失，可以继续工作。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login_dialog.ui" line="14"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.ui" line="20"/>
        <source>Station desk — log in</source>
        <translation>网点前台 — 登录</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.ui" line="42"/>
        <source>&amp;Job number (工号)</source>
        <translation>工号(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.ui" line="52"/>
        <source>e.g. 1001</source>
        <translation>例如 1001</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.ui" line="62"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.ui" line="79"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.ui" line="123"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.ui" line="130"/>
        <source>Log &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.ui" line="14"/>
        <source>Station desk</source>
        <translation>网点前台</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="123"/>
        <source>Your role may not use this workspace.</source>
        <translation>您的岗位不能使用这个工作区。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="150"/>
        <source>Accepted</source>
        <translation>扫描成功</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="162"/>
        <source>Rejected</source>
        <translation>无效扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="170"/>
        <source>Duplicate</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="171"/>
        <source>{number} was just scanned; it was not recorded again.</source>
        <translation>{number} 刚刚扫过，没有重复记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="208"/>
        <source>{ports} unplugged, reconnecting</source>
        <translation>{ports} 已断开，等待重新连接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="212"/>
        <source>{n} serial connected</source>
        <translation>{n} 个串口扫描枪已连接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="216"/>
        <source>USB keyboard</source>
        <translation>USB 键盘扫描枪</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="228"/>
        <source>Operator: {name} ({job}) · {role}</source>
        <translation>操作员：{name}（{job}）· {role}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="232"/>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="238"/>
        <source>Early shift {start}–{end}</source>
        <translation>早班 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="242"/>
        <source>Late shift {start}–{end}</source>
        <translation>晚班 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="246"/>
        <source>Outside shift hours</source>
        <translation>非当班时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="249"/>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="252"/>
        <source>Scanner: {state}</source>
        <translation>扫描枪：{state}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="253"/>
        <source>none configured</source>
        <translation>未配置</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="27"/>
        <source>Station name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="28"/>
        <source>Station code</source>
        <translation>网点编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="29"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="30"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="31"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="32"/>
        <location filename="../../src/counter_app/ui/messages.py" line="33"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="34"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="35"/>
        <source>Job number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="37"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="38"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="39"/>
        <source>Area served</source>
        <translation>负责区域</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="40"/>
        <source>Amount collected</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="41"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="42"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="43"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="45"/>
        <source>Own carrier(s)</source>
        <translation>本网点快递公司</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="46"/>
        <source>Early shift</source>
        <translation>早班</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="47"/>
        <source>Late shift</source>
        <translation>晚班</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="56"/>
        <source>Tick at least one carrier this station works for.</source>
        <translation>请至少勾选一家本网点所属的快递公司。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="58"/>
        <source>{field} is required.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="60"/>
        <source>Job number: 2 to 16 letters or digits, no spaces.</source>
        <translation>工号：2–16 位字母或数字，不能有空格。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="62"/>
        <source>Station code: 3 to 12 letters or digits.</source>
        <translation>网点编号：3–12 位字母或数字。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="64"/>
        <source>{field}: enter an 11-digit mobile number (1xxxxxxxxxx) or a landline with its area code (0571-88886666).</source>
        <translation>{field}：请输入 11 位手机号（1xxxxxxxxxx）或带区号的固定电话（0571-88886666）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="70"/>
        <source>{field}: digits only, 5 to 12 of them, not starting with 0.</source>
        <translation>{field}：只能是数字，5–12 位，不能以 0 开头。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="74"/>
        <source>{field} must not contain digits.</source>
        <translation>{field}不能包含数字。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="76"/>
        <source>{field} is too long: at most {n} characters.</source>
        <translation>{field}太长：最多 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="80"/>
        <source>{field} is too short: at least {n} characters.</source>
        <translation>{field}太短：至少 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="84"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="86"/>
        <source>You cannot remove your own supervisor role or deactivate yourself; ask another supervisor.</source>
        <translation>不能取消自己的主管岗位或停用自己的账号，请找另一位主管。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="92"/>
        <source>{field}: the end must be after the start.</source>
        <translation>{field}：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="96"/>
        <source>The late shift must start when the early shift has ended.</source>
        <translation>晚班必须在早班结束之后开始。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="100"/>
        <source>The new area must start on or after the current area&apos;s start date.</source>
        <translation>新区域的开始日期不能早于当前区域的开始日期。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="104"/>
        <source>Unknown carrier code(s): {codes}.</source>
        <translation>未知的快递公司代码：{codes}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="108"/>
        <source>{field}: a sum in 元 like 25 or 25.50.</source>
        <translation>{field}：请输入以元为单位的金额，例如 25 或 25.50。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="111"/>
        <source>{field} must be within {range}.</source>
        <translation>{field}必须在 {range} 之间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="114"/>
        <source>{field}: enter a time as HH:MM.</source>
        <translation>{field}：请按 时:分（HH:MM）输入时间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="115"/>
        <source>{field} is not valid.</source>
        <translation>{field}不正确。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="124"/>
        <source>Job number or password is wrong. {n} attempts left before the account is locked.</source>
        <translation>工号或密码不正确。再错 {n} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="129"/>
        <source>Job number or password is wrong.</source>
        <translation>工号或密码不正确。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="131"/>
        <source>Too many wrong passwords: this account is locked until {time}. A supervisor can unlock it by setting a new password.</source>
        <translation>密码错误次数过多，账号已锁定到 {time}。主管可以设置新密码解锁。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="137"/>
        <source>This account has been deactivated. Ask a supervisor.</source>
        <translation>此账号已停用，请联系主管。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="139"/>
        <source>Your role may not do this. Ask a supervisor.</source>
        <translation>您的岗位无权进行此操作，请联系主管。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="141"/>
        <source>Job number {job} is already in use.</source>
        <translation>工号 {job} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="145"/>
        <source>The record no longer exists; refresh the list.</source>
        <translation>该记录已不存在，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="147"/>
        <source>This station has already been set up.</source>
        <translation>本网点已经设置过了。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="148"/>
        <source>The action could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="159"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="166"/>
        <source>No number was read. Scan again.</source>
        <translation>没有读到单号，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="168"/>
        <source>The number contains characters a waybill number never has: {chars}. Scan again or check the number.</source>
        <translation>单号中有运单号不会有的字符：{chars}。请重新扫描或核对单号。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="174"/>
        <source>{carrier} numbers have {lengths} characters; this one has {n}. Part of the code was not read: scan again.</source>
        <translation>{carrier}单号应为 {lengths} 位，读到的是 {n} 位。条码没有读全，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="184"/>
        <source>Check digit wrong (should be {digit}): the code was misread. Scan again.</source>
        <translation>校验位错误（应为 {digit}）：条码读错了，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="189"/>
        <source>{carrier} parcel (同行件): this station does not accept other carriers&apos; parcels.</source>
        <translation>{carrier}的快件（同行件）：本网点不收其他快递公司的快件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="194"/>
        <source>Neither the barcode nor the printed digits give a whole number: set the receipt aside.</source>
        <translation>条码和印刷数字都不完整，请把这张回单放到待查。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="199"/>
        <source>{number} is not a waybill number of any known carrier.</source>
        <translation>{number} 不是任何已知快递公司的运单号。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="208"/>
        <source>Enter the signer: the name, or F6 草签 / F7 已收 / F8 邮件签收章.</source>
        <translation>请输入签收人：姓名，或按 F6 草签 / F7 已收 / F8 邮件签收章。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="211"/>
        <source>「本人」 is not a signer: enter the recipient&apos;s name ({name}, press F10 to use it).</source>
        <translation>不能输「本人」：请输入收件人的名字（{name}，按 F10 直接填入）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="214"/>
        <source>「本人」 is not a signer: enter the recipient&apos;s name.</source>
        <translation>不能输「本人」：请输入收件人的名字。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="216"/>
        <source>A signer is never digits (「不能用数字来签收」).</source>
        <translation>签收人不能是数字（「不能用数字来签收」）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="218"/>
        <source>Commas only like this: surname only → 张,, (one comma per unreadable character, or type 张2); given name only → ,伟.</source>
        <translation>逗号只能这样用：只看清姓 → 张,,（看不清几个字就几个逗号，也可输 张2）；只看清名 → ,伟。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="221"/>
        <source>These characters cannot be in a name: {chars}</source>
        <translation>名字里不能有这些字符：{chars}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="224"/>
        <source>Too long for a name (at most {n} characters).</source>
        <translation>名字太长（最多 {n} 个字）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="227"/>
        <source>One character alone is ambiguous: for a surname type 张, or 张2; for a given name type ,伟.</source>
        <translation>只有一个字分不清：只看清姓请输 张, 或 张2；只看清名请输 ,伟。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="229"/>
        <source>Not a valid signer.</source>
        <translation>签收人不正确。</translation>
    </message>
</context>
<context>
    <name>MisrouteWorkspace</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="42"/>
        <source>waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="43"/>
        <source>origin province</source>
        <translation>始发省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="44"/>
        <source>origin site</source>
        <translation>始发地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="45"/>
        <source>wrong 大字</source>
        <translation>错写大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="46"/>
        <source>correct 大字</source>
        <translation>正确大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="47"/>
        <source>date found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="48"/>
        <source>found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="49"/>
        <source>what was done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="56"/>
        <source>Missing: correct 大字 written</source>
        <translation>漏写：补写正确大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="57"/>
        <source>Wrong: crossed out and rewritten</source>
        <translation>写错：划掉后重写</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="60"/>
        <source>Right but untidy: rewritten neatly</source>
        <translation>字迹潦草：在旁边重新写清楚</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="124"/>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="125"/>
        <source>{number}: found {date} by {who}; shown for correction.</source>
        <translation>{number}：{date} 由 {who} 登记，已调出供修改。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="134"/>
        <source>New entry</source>
        <translation>新登记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="135"/>
        <source>{number}: fill in origin and 大字, then Enter.</source>
        <translation>{number}：请填写始发地和大字，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="201"/>
        <source>Saved {number}. Still missing: {fields}.</source>
        <translation>{number} 已保存。还缺：{fields}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="205"/>
        <source>Saved {number}; complete, waiting for verification.</source>
        <translation>{number} 已保存，信息完整，等待核实。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="213"/>
        <source>Marked for the problem desk: contact the recipient; if unreachable the sending company is messaged (MR-1).</source>
        <translation>已转问题件：联系收件人；联系不上由问题件组留言给发件公司（MR-1）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="281"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="284"/>
        <source>Wrong 大字</source>
        <translation>错写大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="285"/>
        <source>Correct 大字</source>
        <translation>正确大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="286"/>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="287"/>
        <source>By</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="288"/>
        <source>Done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="289"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="309"/>
        <source>{n} row(s) not ready for the report: {rows}</source>
        <translation>有 {n} 条还不能上报：{rows}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="314"/>
        <source>Every row is complete and verified.</source>
        <translation>所有记录都已填写完整并核实。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="318"/>
        <source>Closed (locked)</source>
        <translation>已结账（锁定）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="320"/>
        <source>Open</source>
        <translation>未结账</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="330"/>
        <source>missing: {fields}</source>
        <translation>缺：{fields}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="334"/>
        <source>not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="335"/>
        <source>verified by {who}</source>
        <translation>已由 {who} 核实</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="343"/>
        <source>Select a row first.</source>
        <translation>请先选中一条记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="352"/>
        <source>Verified.</source>
        <translation>已核实。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="378"/>
        <source>{month}: {ready} row(s) go into the report; {open} row(s) are left out until complete and verified.</source>
        <translation>{month}：{ready} 条将上报；{open} 条在填写完整并核实之前不会上报。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="438"/>
        <source>Export the misroute report to</source>
        <translation>把错写大字上报表导出到</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="451"/>
        <source>Written: {files}</source>
        <translation>已写入：{files}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="282"/>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="463"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="283"/>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="464"/>
        <source>Origin site</source>
        <translation>始发地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="467"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="493"/>
        <source>The {month} misroute report was due on {due}: {days} day(s) overdue.</source>
        <translation>{month} 的错写大字上报表应在 {due} 前上报，已逾期 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="500"/>
        <source>The {month} misroute report is due on {due} ({days} day(s) left).</source>
        <translation>{month} 的错写大字上报表须在 {due} 前上报（还有 {days} 天）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="521"/>
        <source>{number} is already registered (found {date} by {who}).</source>
        <translation>{number} 已经登记过（{date}，{who}）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="525"/>
        <source>{month} is closed; only a supervisor can change its rows.</source>
        <translation>{month} 已结账，只有主管可以修改其中的记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="529"/>
        <source>Cannot verify: missing {fields}.</source>
        <translation>不能核实：缺{fields}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="533"/>
        <source>{month} cannot be closed: {a} row(s) incomplete, {b} not verified.</source>
        <translation>{month} 不能结账：{a} 条未填写完整，{b} 条未核实。</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="31"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="41"/>
        <source>&amp;Waybill number</source>
        <translation>运单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="51"/>
        <source>scan or type</source>
        <translation>扫描或输入</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="61"/>
        <source>Origin &amp;province</source>
        <translation>始发省份(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="74"/>
        <source>Origin &amp;site (始发地)</source>
        <translation>始发地(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="84"/>
        <source>e.g. 温州瓯海</source>
        <translation>例如 温州瓯海</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="94"/>
        <source>&amp;Wrong 大字</source>
        <translation>错写大字(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="104"/>
        <source>as written on the waybill</source>
        <translation>面单上写的大字</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="124"/>
        <source>大字 were missing (漏写)</source>
        <translation>漏写大字</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="131"/>
        <source>&amp;Correct 大字</source>
        <translation>正确大字(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="148"/>
        <source>&amp;Date found</source>
        <translation>发现日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="168"/>
        <source>What was &amp;done</source>
        <translation>处理方式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="191"/>
        <source>Correct destination unknown: hand to the problem desk</source>
        <translation>无法确定正确目的地：转问题件处理</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="215"/>
        <source>&amp;New (Esc)</source>
        <translation>新登记(&amp;N)（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="229"/>
        <source>&amp;Save (Enter)</source>
        <translation>保存(&amp;S)（回车）</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="254"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="315"/>
        <source>&amp;Verify selected</source>
        <translation>核实选中记录(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="329"/>
        <source>Re&amp;open month</source>
        <translation>重新打开月份(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="336"/>
        <source>Close &amp;month</source>
        <translation>结账(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="348"/>
        <source>Monthly report</source>
        <translation>月报表</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="366"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="373"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="380"/>
        <source>&amp;Export PDF, XLSX and CSV…</source>
        <translation>导出 PDF、XLSX 和 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="418"/>
        <source>By origin</source>
        <translation>按始发地</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="424"/>
        <source>Misroutes per origin this month next to last month: the origins that keep sending wrong 大字 come first.</source>
        <translation>本月与上月各始发地的错写大字件数：屡次写错大字的始发地排在前面。</translation>
    </message>
</context>
<context>
    <name>PlaceholderWorkspace</name>
    <message>
        <location filename="../ui/placeholder_workspace.ui" line="40"/>
        <source>Due now</source>
        <translation>当前待办</translation>
    </message>
</context>
<context>
    <name>ReceiptsWorkspace</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="65"/>
        <source>full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="66"/>
        <source>surname only</source>
        <translation>只有姓</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="67"/>
        <source>given name only</source>
        <translation>只有名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="68"/>
        <source>scrawl</source>
        <translation>草签</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="69"/>
        <source>no signature</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="70"/>
        <source>stamp</source>
        <translation>签收章</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="142"/>
        <source>driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="144"/>
        <source>courier</source>
        <translation>派件员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="156"/>
        <source>Open the courier&apos;s batch first (Ctrl+B); the scan was not entered.</source>
        <translation>请先开该派件员的批次（Ctrl+B）；这次扫描没有录入。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="159"/>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="167"/>
        <source>Not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="172"/>
        <source>Receipt</source>
        <translation>回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="180"/>
        <source>Choose the courier or driver first.</source>
        <translation>请先选择派件员或司机。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="209"/>
        <source>Open a batch: courier or driver, delivery day, Ctrl+B.</source>
        <translation>请先开批次：选派件员或司机、派送日期，按 Ctrl+B。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="217"/>
        <source>{courier} · {day} · {count} receipt(s), {pieces} piece(s) · 到付 {cod} totalling {total}</source>
        <translation>{courier} · {day} · 已录 {count} 张，{pieces} 件 · 到付 {cod} 张，合计 {total} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="234"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="235"/>
        <source>Signer</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="236"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="237"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="238"/>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="551"/>
        <source>到付</source>
        <translation>到付</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="239"/>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="240"/>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="552"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="250"/>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="277"/>
        <source>Batch closed: {count} receipt(s). Write on the first receipt: {courier}, {count}, {day}.</source>
        <translation>批次已结束：共 {count} 张。请在第一张回单上写：{courier}、{count} 张、{day}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="307"/>
        <source>Already entered by {who} at {when}: signer {signer}. Double-click it in the list to correct it.</source>
        <translation>已由 {who} 于 {when} 录入，签收人 {signer}。如需修改请在列表中双击。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="322"/>
        <source>recipient {name} (F10)</source>
        <translation>收件人 {name}（F10）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="327"/>
        <source>到付: type the amount collected</source>
        <translation>到付：请输入实收金额</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="329"/>
        <source>{n} pieces</source>
        <translation>共 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="331"/>
        <source>not on the delivery list</source>
        <translation>不在派件清单上</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="425"/>
        <source>Saved {number}.</source>
        <translation>{number} 已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="435"/>
        <source>Amount differs</source>
        <translation>金额不符</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="436"/>
        <source>The delivery list expects {expected}; the receipt says {amount}. Save {amount}? It is flagged on the COD list.</source>
        <translation>派件清单应收 {expected}，回单上是 {amount}。按 {amount} 保存吗？到付清单上会标出。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="448"/>
        <source>Correct receipt</source>
        <translation>修改回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="449"/>
        <source>Reason for the change:</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="470"/>
        <source>Correcting {number} (entered by {who} at {when}); Enter saves and asks for the reason, Esc cancels.</source>
        <translation>正在修改 {number}（{who} 于 {when} 录入）；回车保存并填写原因，Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="511"/>
        <source>No single number fits both parts: set the receipt aside.</source>
        <translation>两部分拼不出唯一的单号：请把回单放到待查。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="549"/>
        <source>Courier</source>
        <translation>派件员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="550"/>
        <source>Count</source>
        <translation>张数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="553"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="561"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="563"/>
        <source>open</source>
        <translation>录入中</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="570"/>
        <source>Delivery day {day}</source>
        <translation>派送日期 {day}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="572"/>
        <source>No receipts handed in: {courier} ({n} parcels on the list)</source>
        <translation>未交回单：{courier}（清单上 {n} 件）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="578"/>
        <source>Missing from {courier}&apos;s batch: {number}</source>
        <translation>{courier} 的回单缺：{number}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="584"/>
        <source>Late (after the deadline): {number} by {who}</source>
        <translation>逾期录入：{number}（{who}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="590"/>
        <source>Batch still open: {courier}</source>
        <translation>批次未结束：{courier}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="594"/>
        <source>Nothing missing.</source>
        <translation>没有缺漏。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="611"/>
        <source>Imported {n} delivery-list line(s).</source>
        <translation>已导入派件清单 {n} 行。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="617"/>
        <source>Delivery list</source>
        <translation>派件清单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="626"/>
        <source>Select a batch first.</source>
        <translation>请先选中一个批次。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="694"/>
        <source>到付 receipt: type the amount collected (RE-3).</source>
        <translation>到付回单：请输入实收金额（RE-3）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="698"/>
        <source>{number} was already entered by {who} at {when} (signer {signer}).</source>
        <translation>{number} 已由 {who} 于 {when} 录入（签收人 {signer}）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="708"/>
        <source>No receipt entered for {number}.</source>
        <translation>{number} 没有录入过回单。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="711"/>
        <source>The batch of {courier} for {day} is closed; correct single receipts from the list.</source>
        <translation>{courier} {day} 的批次已结束；如需修改请在列表中逐张修改。</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="18"/>
        <source>Entry</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="26"/>
        <source>C&amp;ourier / driver</source>
        <translation>派件员 / 司机(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="46"/>
        <source>Delivery &amp;date</source>
        <translation>派送日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="66"/>
        <source>Open &amp;batch (Ctrl+B)</source>
        <translation>开批次(&amp;B)（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="80"/>
        <source>&amp;Close batch and print cover</source>
        <translation>结束批次并打印封面(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="104"/>
        <source>&amp;Waybill</source>
        <translation>运单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="114"/>
        <source>&amp;Signer</source>
        <translation>签收人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="124"/>
        <source>到付 (F9)</source>
        <translation>到付（F9）</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="131"/>
        <source>&amp;Pieces</source>
        <translation>件数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="141"/>
        <source>scan or type</source>
        <translation>扫描或输入</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="156"/>
        <source>name, 张2 → 张,,  F6 草签 F7 已收 F8 邮件签收章</source>
        <translation>姓名；张2 → 张,,；F6 草签 F7 已收 F8 邮件签收章</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="171"/>
        <source>amount collected</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="201"/>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="261"/>
        <source>Unreadable number (RE-5)</source>
        <translation>单号不全（RE-5）</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="275"/>
        <source>Barcode part</source>
        <translation>条码部分</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="285"/>
        <source>digits readable under the bars</source>
        <translation>条码下能看清的数字</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="295"/>
        <source>Lower-left digits</source>
        <translation>左下角数字</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="305"/>
        <source>digits printed at the lower left</source>
        <translation>面单左下角印的数字</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="319"/>
        <source>Complete number</source>
        <translation>补全单号</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="326"/>
        <source>Set aside</source>
        <translation>放到待查</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="343"/>
        <source>Morning check</source>
        <translation>次日检查</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="351"/>
        <source>Delivery da&amp;y</source>
        <translation>派送日期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="371"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="385"/>
        <source>&amp;Import delivery list (CSV)…</source>
        <translation>导入派件清单（CSV）(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="392"/>
        <source>Print &amp;COD list of the selected batch…</source>
        <translation>打印选中批次的到付清单(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="419"/>
        <source>&amp;Find a receipt (kept 180 days)</source>
        <translation>查找回单（保存 180 天）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="429"/>
        <source>waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="439"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../ui/receipts_workspace.ui" line="446"/>
        <source>Print its record…</source>
        <translation>打印录入记录…</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <location filename="../ui/settings_workspace.ui" line="18"/>
        <source>Station</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="26"/>
        <source>Station &amp;name</source>
        <translation>网点名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="36"/>
        <source>e.g. 杭州五亭龙营业部</source>
        <translation>例如 杭州五亭龙营业部</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="46"/>
        <source>Station &amp;code</source>
        <translation>网点编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="56"/>
        <source>3–12 letters or digits</source>
        <translation>3–12 位字母或数字</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="66"/>
        <source>Pro&amp;vince</source>
        <translation>省份(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="79"/>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="96"/>
        <source>Con&amp;tact person</source>
        <translation>联系人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="113"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="123"/>
        <source>mobile or 0571-88886666</source>
        <translation>手机或 0571-88886666</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="133"/>
        <source>&amp;QQ</source>
        <translation>QQ(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="143"/>
        <source>digits only</source>
        <translation>只填数字</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="153"/>
        <source>Own ca&amp;rrier(s)</source>
        <translation>本网点快递公司(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="197"/>
        <source>&amp;Save station profile</source>
        <translation>保存网点资料(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="214"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="238"/>
        <source>Give selected the role above</source>
        <translation>把选中员工改为上面的岗位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="245"/>
        <location filename="../ui/settings_workspace.ui" line="402"/>
        <source>Deactivate / reactivate selected</source>
        <translation>停用 / 启用选中项</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="252"/>
        <source>Set selected&apos;s password to the one above</source>
        <translation>把选中员工的密码设为上面的密码</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="270"/>
        <source>Job number (工号)</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="292"/>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="384"/>
        <location filename="../ui/settings_workspace.ui" line="287"/>
        <location filename="../ui/settings_workspace.ui" line="427"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="293"/>
        <location filename="../ui/settings_workspace.ui" line="304"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="317"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="327"/>
        <source>at least 6 characters</source>
        <translation>至少 6 位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="361"/>
        <source>&amp;Add staff member</source>
        <translation>添加员工(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="371"/>
        <source>Couriers and drivers</source>
        <translation>快递员和司机</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="395"/>
        <source>Move selected to the area above</source>
        <translation>把选中人员调到上面的区域</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="409"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="386"/>
        <location filename="../ui/settings_workspace.ui" line="444"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="385"/>
        <location filename="../ui/settings_workspace.ui" line="461"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="46"/>
        <source>Counter clerk</source>
        <translation>前台收寄员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="47"/>
        <source>Warehouse clerk</source>
        <translation>仓管员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="48"/>
        <source>Receipt clerk (night desk)</source>
        <translation>回单录入员（夜班）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="49"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="56"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="57"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="67"/>
        <source>CR, LF or CR+LF</source>
        <translation>CR、LF 或 CR+LF</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="68"/>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="69"/>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="70"/>
        <source>CR+LF</source>
        <translation>CR+LF</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="71"/>
        <source>Silence only</source>
        <translation>仅按停顿分隔</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="78"/>
        <source>accepted</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="79"/>
        <source>rejected</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="80"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="176"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="189"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="190"/>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="191"/>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="192"/>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="193"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="282"/>
        <source>Station profile saved.</source>
        <translation>网点资料已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="291"/>
        <source>Job number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="294"/>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="388"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="301"/>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="396"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="303"/>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="398"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="323"/>
        <source>Staff member added.</source>
        <translation>员工已添加。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="333"/>
        <source>Select a staff member in the list first.</source>
        <translation>请先在列表中选中一名员工。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="346"/>
        <source>Role changed.</source>
        <translation>岗位已更改。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="357"/>
        <source>Account deactivated.</source>
        <translation>账号已停用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="359"/>
        <source>Account reactivated.</source>
        <translation>账号已启用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="372"/>
        <source>Password set; the account is unlocked.</source>
        <translation>密码已设置，账号已解锁。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="387"/>
        <location filename="../ui/settings_workspace.ui" line="474"/>
        <source>Area served</source>
        <translation>负责区域</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="418"/>
        <source>Courier added.</source>
        <translation>快递员已添加。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="428"/>
        <source>Select a courier in the list first.</source>
        <translation>请先在列表中选中一名快递员。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="442"/>
        <source>Area changed; the old area stays in the courier&apos;s history.</source>
        <translation>区域已更改，原区域保留在该快递员的历史记录中。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="458"/>
        <source>Courier deactivated.</source>
        <translation>快递员已停用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="460"/>
        <source>Courier reactivated.</source>
        <translation>快递员已启用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="487"/>
        <source>Shift times saved.</source>
        <translation>班次时间已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="513"/>
        <source>Deadlines saved.</source>
        <translation>期限已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="526"/>
        <source>Preferences saved.</source>
        <translation>偏好设置已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="536"/>
        <source>Backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="540"/>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="559"/>
        <location filename="../ui/settings_workspace.ui" line="824"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="560"/>
        <source>Line</source>
        <translation>线路参数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="561"/>
        <location filename="../ui/settings_workspace.ui" line="893"/>
        <source>Code ends with</source>
        <translation>条码结束符</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="562"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="579"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="581"/>
        <source>unplugged — waiting for it</source>
        <translation>已拔出 — 等待重新插上</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="583"/>
        <source>cannot open: {error}</source>
        <translation>无法打开：{error}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="586"/>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="625"/>
        <source>{port} is already in the list.</source>
        <translation>{port} 已在列表中。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="657"/>
        <source>Scanner settings saved and applied.</source>
        <translation>扫描枪设置已保存并生效。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="665"/>
        <source>Scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="666"/>
        <source>Good</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="667"/>
        <source>Rejected</source>
        <translation>无效扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="668"/>
        <source>Duplicate</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="680"/>
        <source>  key gaps (ms): {gaps}</source>
        <translation>  按键间隔（毫秒）：{gaps}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="709"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="710"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="711"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="712"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="713"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="714"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="715"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="751"/>
        <source>Prefix and suffix must be plain ASCII characters.</source>
        <translation>前缀和后缀只能是英文字符。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="754"/>
        <source>Choose or type the scanner&apos;s port first.</source>
        <translation>请先选择或输入扫描枪的端口。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="756"/>
        <source>With &apos;Silence only&apos;, set how long a silence ends a code.</source>
        <translation>选择“仅按停顿分隔”时，请设置停顿多久算一个条码结束。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="759"/>
        <source>These settings cannot be used: {error}</source>
        <translation>这些设置无法使用：{error}</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="484"/>
        <source>e.g. 西湖区文三路片区</source>
        <translation>例如 西湖区文三路片区</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="518"/>
        <source>Add &amp;courier or driver</source>
        <translation>添加快递员或司机(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="528"/>
        <source>Shifts and deadlines</source>
        <translation>班次和期限</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="534"/>
        <source>Shift times are shared by every PC of the station (WH-1).</source>
        <translation>班次时间由本网点所有电脑共用（WH-1）。</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="546"/>
        <source>Early shift starts</source>
        <translation>早班开始</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="563"/>
        <source>Early shift ends</source>
        <translation>早班结束</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="580"/>
        <source>Late shift starts</source>
        <translation>晚班开始</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="597"/>
        <source>Late shift ends</source>
        <translation>晚班结束</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="638"/>
        <source>Save &amp;shifts</source>
        <translation>保存班次(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="647"/>
        <source>Deadlines shared by every PC: the misroute report (MR-5) and the signed receipts (RE-1, RE-8).</source>
        <translation>本网点所有电脑共用的期限：错写大字上报（MR-5）和签收回单（RE-1、RE-8）。</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="659"/>
        <source>Misroute report due on day</source>
        <translation>错写大字每月上报日</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="682"/>
        <source>Remind this many days before</source>
        <translation>提前几天提醒</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="705"/>
        <source>Receipts entered by (next day)</source>
        <translation>回单录入截止（次日）</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="722"/>
        <source>Keep receipts for (days)</source>
        <translation>回单保存天数</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="769"/>
        <source>Save &amp;deadlines</source>
        <translation>保存期限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="786"/>
        <source>Scanners</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="794"/>
        <source>Serial scanners (RS-232 / USB COM)</source>
        <translation>串口扫描枪（RS-232 / USB 虚拟串口）</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="841"/>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="854"/>
        <source>Data bits</source>
        <translation>数据位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="867"/>
        <source>Parity</source>
        <translation>校验位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="880"/>
        <source>Stop bits</source>
        <translation>停止位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="906"/>
        <source>Silence ends a code after</source>
        <translation>停顿多久算条码结束</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="925"/>
        <location filename="../ui/settings_workspace.ui" line="1038"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="932"/>
        <source>Strip prefix</source>
        <translation>去掉前缀</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="942"/>
        <source>characters the scanner adds in front</source>
        <translation>扫描枪加在条码前面的字符</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="949"/>
        <source>Strip suffix</source>
        <translation>去掉后缀</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="959"/>
        <source>characters the scanner adds at the end</source>
        <translation>扫描枪加在条码后面的字符</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="970"/>
        <source>Find ports</source>
        <translation>查找端口</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="977"/>
        <source>Remove selected</source>
        <translation>删除选中项</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="991"/>
        <source>Add serial scanner</source>
        <translation>添加串口扫描枪</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1002"/>
        <source>USB keyboard scanner</source>
        <translation>USB 键盘扫描枪</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1012"/>
        <source>Detect scanner bursts in typed keys</source>
        <translation>从键盘输入中识别扫描枪的快速输入</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1019"/>
        <source>Largest gap between scanner keys</source>
        <translation>扫描枪按键最大间隔</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1045"/>
        <source>Shortest code</source>
        <translation>最短条码长度</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1068"/>
        <source>Same code again within</source>
        <translation>多长时间内重复算重复扫描</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1087"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1121"/>
        <source>Save and apply scanner settings</source>
        <translation>保存并应用扫描枪设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1134"/>
        <source>Reads per scanner</source>
        <translation>各扫描枪读码统计</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1162"/>
        <source>Test area: scan here to see raw input, key timings and the result</source>
        <translation>测试区：在这里扫描，查看原始输入、按键间隔和识别结果</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1193"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1205"/>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1213"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1226"/>
        <source>Database in use</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1246"/>
        <source>Database for this PC</source>
        <translation>本机使用的数据库</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1256"/>
        <source>empty: this PC&apos;s own SQLite file; or postgresql+psycopg://user:password@server/db</source>
        <translation>留空：使用本机的 SQLite 文件；或 postgresql+psycopg://用户:密码@服务器/库名</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1265"/>
        <source>A changed database takes effect at the next start.</source>
        <translation>更改数据库后，下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1290"/>
        <source>&amp;Back up the database now</source>
        <translation>立即备份数据库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1304"/>
        <source>Save &amp;preferences</source>
        <translation>保存偏好设置(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1321"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1352"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/setup_wizard.ui" line="14"/>
        <source>Set up this station</source>
        <translation>设置本网点</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="21"/>
        <source>Station profile</source>
        <translation>网点资料</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="24"/>
        <source>The monthly misroute report carries these details (MR-5). All fields are required.</source>
        <translation>每月错写大字上报表会印上这些资料（MR-5）。所有项目都必须填写。</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="32"/>
        <source>Station &amp;name</source>
        <translation>网点名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="42"/>
        <source>e.g. 杭州五亭龙营业部</source>
        <translation>例如 杭州五亭龙营业部</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="52"/>
        <source>Station &amp;code</source>
        <translation>网点编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="62"/>
        <source>3–12 letters or digits</source>
        <translation>3–12 位字母或数字</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="72"/>
        <source>Pro&amp;vince</source>
        <translation>省份(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="85"/>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="102"/>
        <source>Con&amp;tact person</source>
        <translation>联系人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="119"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="129"/>
        <source>mobile or 0571-88886666</source>
        <translation>手机或 0571-88886666</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="139"/>
        <source>&amp;QQ</source>
        <translation>QQ(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="149"/>
        <source>digits only</source>
        <translation>只填数字</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="159"/>
        <source>Own ca&amp;rrier(s)</source>
        <translation>本网点快递公司(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="195"/>
        <source>First supervisor</source>
        <translation>第一位主管</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="198"/>
        <source>The supervisor adds the other staff, couriers and drivers after logging in.</source>
        <translation>主管登录后再添加其他员工、快递员和司机。</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="206"/>
        <source>&amp;Job number (工号)</source>
        <translation>工号(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="216"/>
        <source>e.g. 1001</source>
        <translation>例如 1001</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="226"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="243"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="253"/>
        <source>at least 6 characters</source>
        <translation>至少 6 位</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.ui" line="263"/>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/placeholder.py" line="31"/>
        <source>Counter</source>
        <translation>收寄</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/placeholder.py" line="32"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/placeholder.py" line="33"/>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="132"/>
        <source>Receipts</source>
        <translation>回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="109"/>
        <location filename="../../src/counter_app/ui/workspaces/placeholder.py" line="34"/>
        <source>Misroutes</source>
        <translation>错写大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/placeholder.py" line="40"/>
        <source>Accept parcels to send: item check, destination, payment, waybill, fee.</source>
        <translation>前台收寄：验视物品、确认地址、现付或到付、填写运单、告知运费。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/placeholder.py" line="44"/>
        <source>Retained and problem parcels: scan in with a reason, keep, scan out.</source>
        <translation>留仓件和问题件：注明原因扫描入库、保管、扫描出库。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/placeholder.py" line="47"/>
        <source>Key in the signed delivery receipts of the day, batch by courier.</source>
        <translation>按快递员分批录入当天的签收回单。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/placeholder.py" line="50"/>
        <source>Register parcels with wrong big characters (大字) and print the monthly report.</source>
        <translation>登记大字写错的快件，打印每月上报表。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/placeholder.py" line="62"/>
        <source>This desk&apos;s screens are not built yet.</source>
        <translation>此工作区的功能尚在建设中。</translation>
    </message>
</context>
</TS>
