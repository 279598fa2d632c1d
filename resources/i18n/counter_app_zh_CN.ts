<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../ui/intake_accounts.ui" line="35"/>
        <source>Account customers (协议结算)</source>
        <translation>协议客户（协议结算）</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="65"/>
        <source>Account</source>
        <translation>协议客户</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="71"/>
        <source>Account &amp;code</source>
        <translation>客户编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="84"/>
        <source>letters and digits, e.g. A01</source>
        <translation>字母和数字，如 A01</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="91"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="104"/>
        <source>company or person</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="111"/>
        <source>C&amp;ontact</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="128"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="145"/>
        <source>C&amp;redit code</source>
        <translation>信用代码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="158"/>
        <source>统一社会信用代码, 18 characters</source>
        <translation>统一社会信用代码，18 位</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="165"/>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="182"/>
        <source>Acti&amp;ve (can be chosen at the counter)</source>
        <translation>启用(&amp;V)（收寄时可选）</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="194"/>
        <source>Ne&amp;w</source>
        <translation>新增(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="208"/>
        <source>&amp;Save account</source>
        <translation>保存客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="220"/>
        <source>Monthly statement</source>
        <translation>月结对账单</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="226"/>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="239"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="258"/>
        <source>Pr&amp;int statement…</source>
        <translation>打印对账单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="265"/>
        <source>Export &amp;XLSX…</source>
        <translation>导出XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/intake_accounts.ui" line="272"/>
        <source>&amp;Export CSV…</source>
        <translation>导出CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>AirFeeTab</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="62"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="64"/>
        <source>Save CS&amp;V…</source>
        <translation>保存CSV(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="66"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="68"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="104"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="104"/>
        <source>Out on</source>
        <translation>出仓日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="105"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="105"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="106"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="106"/>
        <source>Weight (kg)</source>
        <translation>重量(kg)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="107"/>
        <source>Fee</source>
        <translation>退回费用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="107"/>
        <source>Clerk</source>
        <translation>收寄员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="109"/>
        <source>{n} air return(s) charged · {fee} 元</source>
        <translation>收费的航空件退回 {n} 票 · {fee} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="119"/>
        <source>Save the air-return fees</source>
        <translation>保存航空件退回费用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="127"/>
        <source>Could not save {path}: {error}.</source>
        <translation>无法保存 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/air_fee_tab.py" line="130"/>
        <source>Saved {path}.</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/approval.py" line="49"/>
        <source>{name} ({job}) is not a supervisor.</source>
        <translation>{name}（{job}）不是主管。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="62"/>
        <source>Counter acceptance</source>
        <translation>收寄</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="63"/>
        <source>Counter refusal</source>
        <translation>拒收登记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="64"/>
        <source>Account customer</source>
        <translation>月结</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="65"/>
        <source>Consumable</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="66"/>
        <source>Voided counter parcel</source>
        <translation>已作废的收寄件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="67"/>
        <source>Reply check</source>
        <translation>查看留言回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="68"/>
        <source>Warehouse parcel</source>
        <translation>仓库件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="69"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="70"/>
        <source>Headless parcel</source>
        <translation>无头件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="71"/>
        <source>Driver pickup</source>
        <translation>司机提货</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="72"/>
        <source>Warehouse location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="73"/>
        <source>Receipt</source>
        <translation>回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="74"/>
        <source>Receipt batch</source>
        <translation>回单批次</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="75"/>
        <source>Receipt set aside</source>
        <translation>暂存回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="76"/>
        <source>Delivery list</source>
        <translation>派件清单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="77"/>
        <source>Misroute</source>
        <translation>错写大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="78"/>
        <source>Misroute month</source>
        <translation>错写大字月份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="79"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="80"/>
        <source>Courier or driver</source>
        <translation>派件员或司机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="81"/>
        <source>Station</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="82"/>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="83"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="84"/>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="85"/>
        <source>Consent register (X-7)</source>
        <translation>代收同意登记（X-7）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="93"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="93"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="94"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="94"/>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="95"/>
        <source>accepted</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="95"/>
        <source>refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="96"/>
        <source>price overridden</source>
        <translation>改价</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="97"/>
        <source>slip reprinted (补打)</source>
        <translation>补打面单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="98"/>
        <source>label reprinted (补打)</source>
        <translation>补打标签</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="99"/>
        <source>scanned in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="99"/>
        <source>scanned out</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="100"/>
        <source>moved</source>
        <translation>移库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="100"/>
        <source>verified</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="101"/>
        <source>logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="102"/>
        <source>login with an unknown job number</source>
        <translation>未知工号登录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="103"/>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="104"/>
        <source>password reset</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="105"/>
        <source>area changed</source>
        <translation>调整区域</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="105"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="106"/>
        <source>purged</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="106"/>
        <source>opened</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="107"/>
        <source>started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="107"/>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="108"/>
        <source>saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="108"/>
        <source>written off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="109"/>
        <source>recounted</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="109"/>
        <source>details</source>
        <translation>补充信息</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="110"/>
        <source>stocktake approved</source>
        <translation>盘点审批</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="111"/>
        <source>matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="111"/>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="112"/>
        <source>low-stock mark</source>
        <translation>低库存线</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="113"/>
        <source>changed in a closed month</source>
        <translation>已结账月份内修改</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="114"/>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="115"/>
        <source>stock in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="115"/>
        <source>stock out</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="116"/>
        <source>message received</source>
        <translation>收到留言</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="117"/>
        <source>message sent</source>
        <translation>发出留言</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="117"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="118"/>
        <source>customer notified</source>
        <translation>已通知客户</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="119"/>
        <source>delivery scan</source>
        <translation>派件扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="120"/>
        <source>voided (作废)</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="121"/>
        <source>corrected (更正)</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="122"/>
        <source>replies read</source>
        <translation>已查看回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="125"/>
        <source>corrected: {reason}</source>
        <translation>更正：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="135"/>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="135"/>
        <source>total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="136"/>
        <source>waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="136"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="137"/>
        <source>role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="137"/>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="138"/>
        <source>location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="138"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="139"/>
        <source>signer</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="139"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="140"/>
        <source>job number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="140"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="141"/>
        <source>change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="141"/>
        <source>area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="142"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="142"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="143"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="143"/>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="144"/>
        <source>disposition</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="144"/>
        <source>courier</source>
        <translation>派件员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="145"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="145"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="146"/>
        <source>return asked for</source>
        <translation>要求退回</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="147"/>
        <source>courier no.</source>
        <translation>派件员编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="166"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="166"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ConcurrencyMessages</name>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="23"/>
        <source>rate card</source>
        <translation>价格表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="24"/>
        <source>service area</source>
        <translation>服务范围表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="25"/>
        <source>prohibited keywords</source>
        <translation>禁寄关键词</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="26"/>
        <source>fragile-item rule</source>
        <translation>易碎品规定</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="27"/>
        <source>return tariff</source>
        <translation>退回资费表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="28"/>
        <source>deadline rules</source>
        <translation>期限规定</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="29"/>
        <source>report due date</source>
        <translation>报表截止日</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="30"/>
        <source>retention periods</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="31"/>
        <source>进仓费 rules</source>
        <translation>进仓费规则</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="32"/>
        <source>return tariff basis</source>
        <translation>退回计费方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="33"/>
        <source>station profile</source>
        <translation>网点资料</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="34"/>
        <source>staff record</source>
        <translation>员工资料</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="35"/>
        <source>courier record</source>
        <translation>派件员资料</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="36"/>
        <source>location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="37"/>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="38"/>
        <source>misroute row</source>
        <translation>错写大字记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="39"/>
        <source>receipt</source>
        <translation>回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="40"/>
        <source>receipt batch</source>
        <translation>回单批次</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="41"/>
        <source>delivery list</source>
        <translation>派件清单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="42"/>
        <source>account customer</source>
        <translation>协议客户</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="43"/>
        <source>acceptance</source>
        <translation>收寄记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="44"/>
        <source>parcel in stock</source>
        <translation>在库快件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="45"/>
        <source>reply clocks and open days</source>
        <translation>回复时限与营业日</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="46"/>
        <source>pickup times</source>
        <translation>取件时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="47"/>
        <source>branch list</source>
        <translation>分点列表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="48"/>
        <source>enquiry</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="49"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="50"/>
        <source>claim</source>
        <translation>理赔</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="51"/>
        <source>problem parcel</source>
        <translation>疑难件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="53"/>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="60"/>
        <source>Changed by {who} at {at} ({what}); please reload.</source>
        <translation>{what}已被 {who} 在 {at} 修改，请重新载入。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="65"/>
        <source>Changed on another PC meanwhile ({what}); please reload.</source>
        <translation>{what}已在另一台电脑上被修改，请重新载入。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="70"/>
        <source>Your account ({job}) was deactivated on another PC: you have been logged out.</source>
        <translation>您的账号（{job}）已在另一台电脑上被停用，已退出登录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="75"/>
        <source>Your role ({job}) was changed on another PC: log in again to go on.</source>
        <translation>您的岗位（{job}）已在另一台电脑上被更改，请重新登录后继续。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="80"/>
        <source>Another PC was changing the same {what} at the same moment: nothing was saved; try again.</source>
        <translation>另一台电脑正在同时修改同一{what}：未保存，请重试。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="86"/>
        <source>Another PC saved the same {what} first: nothing was saved; reload and check.</source>
        <translation>另一台电脑已先保存了同一{what}：未保存，请重新载入并核对。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="91"/>
        <source>This headless parcel was already matched to {number} by {who} at {at}; nothing was scanned in.</source>
        <translation>该无头件已由 {who} 在 {at} 匹配为 {number}，未入库。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_concurrency.py" line="97"/>
        <source>A value could not be stored: it is too long or holds characters that are not allowed. Check what was typed or scanned.</source>
        <translation>有内容无法保存：过长或含有不允许的字符。请检查输入或扫描的内容。</translation>
    </message>
</context>
<context>
    <name>ConsumablesPage</name>
    <message>
        <location filename="../ui/intake_consumables.ui" line="35"/>
        <source>Counter consumables (物料)</source>
        <translation>前台物料</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="65"/>
        <source>Count in, take out, recount</source>
        <translation>入库、领用、盘点</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="87"/>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="100"/>
        <source>how many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="107"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="120"/>
        <source>e.g. delivered by head office, spoilt</source>
        <translation>如：总部送来、损坏</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="129"/>
        <source>Count &amp;in</source>
        <translation>入库(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="136"/>
        <source>&amp;Take out</source>
        <translation>领用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="143"/>
        <source>&amp;Recount</source>
        <translation>盘点(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="152"/>
        <source>Count in: stock delivered. Take out: used or spoilt. Recount: the quantity is what you counted; the stock is set to it.</source>
        <translation>入库：送来的物料。领用：用掉或损坏的。盘点：填实际点数，库存改为该数。</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="165"/>
        <source>Low-stock mark (supervisor)</source>
        <translation>低库存提醒线（主管）</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="171"/>
        <source>Warn at or &amp;below</source>
        <translation>不超过此数提醒(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/intake_consumables.ui" line="188"/>
        <source>Set &amp;low mark</source>
        <translation>设置提醒线(&amp;L)</translation>
    </message>
</context>
<context>
    <name>DataSafetyPage</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="38"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="39"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="40"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="41"/>
        <source>kept at a restore</source>
        <translation>恢复时保留</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="48"/>
        <source>Signed receipts (deleted)</source>
        <translation>签收回单（删除）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="49"/>
        <source>Delivery lists (deleted)</source>
        <translation>派件清单（删除）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="50"/>
        <source>Sender register for recall (deleted)</source>
        <translation>寄件人登记（按电话调出用，删除）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="51"/>
        <source>Counter parcels (masked)</source>
        <translation>收寄记录（脱敏）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="52"/>
        <source>Warehouse parcels (masked)</source>
        <translation>仓库记录（脱敏）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="53"/>
        <source>Scan journal (deleted)</source>
        <translation>扫描记录（删除）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="54"/>
        <source>Audit log entries (deleted)</source>
        <translation>审计日志条目（删除）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="61"/>
        <source>Scan journal</source>
        <translation>扫描记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="62"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="63"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="64"/>
        <source>Counter</source>
        <translation>收寄</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="65"/>
        <source>Receipts</source>
        <translation>回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="66"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="111"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="113"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>数据库备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="120"/>
        <source>Second place for backups</source>
        <translation>备份的第二存放位置</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="168"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="168"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="169"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="169"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="176"/>
        <source>Last backup: {when} ({n} backups, {size} in all).</source>
        <translation>最近一次备份：{when}（共 {n} 份，合计 {size}）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="180"/>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="198"/>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="201"/>
        <source>The settings file could not be written: the data folder is read-only or the disk is full.</source>
        <translation>设置文件无法写入：数据文件夹只读或磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="216"/>
        <source>Backing up… you can go on working.</source>
        <translation>正在备份……可以继续工作。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="230"/>
        <source>Backup written and checked: {path}</source>
        <translation>备份已写入并校验：{path}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="233"/>
        <source>Second copy: {path}.</source>
        <translation>第二份：{path}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="236"/>
        <source>No second copy: {why}</source>
        <translation>未能复制第二份：{why}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="254"/>
        <source>{info}

Replace the station&apos;s database with this backup? Everything entered since it was taken is no longer shown (the current database is kept as a copy). Everyone is logged out.</source>
        <translation>{info}

用这份备份替换网点的数据库吗？备份之后录入的内容将不再显示（当前数据库会另存一份）。所有人都会被注销。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="259"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="260"/>
        <source>Nothing was changed.</source>
        <translation>没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="267"/>
        <source>Restored {file}. The replaced database was kept as {kept}.</source>
        <translation>已恢复 {file}。被替换的数据库另存为 {kept}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="305"/>
        <source>{n} days (night-desk settings)</source>
        <translation>{n} 天（回单设置）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="316"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="316"/>
        <source>Due</source>
        <translation>到期条数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="317"/>
        <source>Older than</source>
        <translation>早于</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="338"/>
        <source>Periods saved.</source>
        <translation>保留期限已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="351"/>
        <source>Nothing is due.</source>
        <translation>没有到期的数据。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="353"/>
        <source>{n} records are past their period and will be deleted or masked. This cannot be undone (take a backup first if in doubt). Purge now?</source>
        <translation>{n} 条记录已超过保留期限，将被删除或脱敏，且无法撤销（如有疑问请先备份）。现在清理吗？</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="357"/>
        <source>Purge personal data</source>
        <translation>清理个人信息</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="364"/>
        <source>Purged: {n} records deleted or masked; the audit log records the counts.</source>
        <translation>已清理：{n} 条记录已删除或脱敏；审计日志只记录条数。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="374"/>
        <source>Measuring… you can go on working.</source>
        <translation>正在测量……可以继续工作。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="390"/>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/data_page.py" line="393"/>
        <source>Database: {size} in all.</source>
        <translation>数据库合计 {size}。</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Backups of this PC&apos;s database</source>
        <translation>本机数据库的备份</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Take a backup every day automatically</source>
        <translation>每天自动备份</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Keep automatic backups (days):</source>
        <translation>自动备份保留天数：</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>but always the newest:</source>
        <translation>但至少保留最新的：</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Second copy to:</source>
        <translation>第二份存到：</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Save backup settings</source>
        <translation>保存备份设置</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Personal data: how long it is kept</source>
        <translation>个人信息：保留多久</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Customers&apos; names, phones, ID numbers and addresses are kept only as long as needed (PIPL). A purge deletes old receipts and masks older counter and warehouse records; the audit log records only the counts.</source>
        <translation>客户的姓名、电话、证件号码和地址只在必要期限内保存（个人信息保护法）。清理会删除过期回单，并对较早的收寄和仓库记录脱敏；审计日志只记录条数。</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Counter senders&apos; documents (days):</source>
        <translation>收寄寄件人证件信息（天）：</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Warehouse recipients (days):</source>
        <translation>仓库收件人信息（天）：</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Signed receipts:</source>
        <translation>签收回单：</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Count what is due</source>
        <translation>统计到期数据</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Save periods</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Purge now…</source>
        <translation>立即清理…</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Scan journal (days):</source>
        <translation>扫描记录（天）：</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Measure the database</source>
        <translation>测量数据库</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Audit log (days):</source>
        <translation>审计日志（天）：</translation>
    </message>
    <message>
        <location filename="../ui/data_safety_page.ui" line="2"/>
        <source>Disk use</source>
        <translation>磁盘占用</translation>
    </message>
</context>
<context>
    <name>DriverPage</name>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="19"/>
        <source>&amp;Driver</source>
        <translation>司机(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="39"/>
        <source>&amp;Plan the list</source>
        <translation>编排提货单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="49"/>
        <source>C&amp;heck the pickup</source>
        <translation>提货核对(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="63"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="74"/>
        <source>&amp;Waybill</source>
        <translation>运单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="84"/>
        <source>scan, or type the number and press Enter</source>
        <translation>扫描，或输入单号后按回车</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="132"/>
        <source>In stock</source>
        <translation>在库快件</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="159"/>
        <source>&amp;Add selected to the list</source>
        <translation>选中件加入提货单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="178"/>
        <source>Pickup list</source>
        <translation>提货单</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="206"/>
        <source>Wrong: not on the list, keep them here</source>
        <translation>拿错：不在提货单上，留在仓库</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="228"/>
        <source>Check a&amp;gain</source>
        <translation>重新核对(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_driver.ui" line="242"/>
        <source>Hand &amp;over to the driver</source>
        <translation>交接(&amp;O)</translation>
    </message>
</context>
<context>
    <name>EntryFee</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="41"/>
        <source>One piece up to (kg, A)</source>
        <translation>单件起步重量（kg，A）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="42"/>
        <source>Start price (元)</source>
        <translation>起步价（元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="43"/>
        <source>Per kg up to (kg, B; above: negotiated)</source>
        <translation>按公斤计至（kg，B；以上面议）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="44"/>
        <source>Per kg from A to B (元/kg)</source>
        <translation>A至B公斤每公斤（元/kg）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="45"/>
        <source>Several pieces: the start price covers (pieces)</source>
        <translation>多件：起步价含件数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="46"/>
        <source>Each further piece (元)</source>
        <translation>每增加一件（元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="47"/>
        <source>A piece above 1 m³: start (元)</source>
        <translation>单件超过1立方：起步（元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="48"/>
        <source>Each started m³ (元)</source>
        <translation>每立方（元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="68"/>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="141"/>
        <source>Quote 进仓费</source>
        <translation>计算进仓费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="73"/>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="142"/>
        <source>One piece per line: kg, or kg and m³ (e.g. 12.5 or 40 1.6)</source>
        <translation>每行一件：公斤数，或公斤数和立方数（如 12.5 或 40 1.6）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="83"/>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="147"/>
        <source>&amp;Calculate</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="102"/>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="148"/>
        <source>C&amp;harge with the parcel at the desk</source>
        <translation>随当前快件收取(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="111"/>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="149"/>
        <source>进仓费 numbers (supervisor)</source>
        <translation>进仓费标准（主管设置）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="125"/>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="152"/>
        <source>&amp;Save numbers</source>
        <translation>保存标准(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="144"/>
        <source>&amp;Pieces</source>
        <translation>件数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="145"/>
        <source>&amp;Warehouse&apos;s charge (元)</source>
        <translation>仓库收取费用(&amp;W)（元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="146"/>
        <source>Entry &amp;ticket (元)</source>
        <translation>门票(&amp;T)（元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="162"/>
        <source>进仓费</source>
        <translation>进仓费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="173"/>
        <source>The station has not set its 进仓费 numbers yet (the seed leaves them blank): a supervisor sets them on the right.</source>
        <translation>本网点尚未设置进仓费标准（制度中金额空白）：请主管在右侧设置。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="179"/>
        <source>Not taken here</source>
        <translation>此页不收扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="180"/>
        <source>{number}: the 进仓费 page takes no scans.</source>
        <translation>{number}：进仓费页面不接收扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="201"/>
        <source>进仓费: negotiate (来电面议)</source>
        <translation>进仓费：来电面议</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="203"/>
        <source>进仓费 ¥ {total}</source>
        <translation>进仓费 ¥ {total}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/entry_fee_page.py" line="231"/>
        <source>进仓费 numbers saved.</source>
        <translation>进仓费标准已保存。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/counter_app/ui/errors.py" line="25"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/errors.py" line="27"/>
        <source>Something went wrong: {summary}

The error was written to the log. Your saved work is safe; you can go on working.</source>
        <translation>出现了错误：{summary}

错误已写入日志。已保存的数据不会丢失，可以继续工作。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/errors.py" line="78"/>
        <source>the database refused the action ({kind}); nothing of it was saved.</source>
        <translation>数据库拒绝了这次操作（{kind}）；这次操作的内容都没有保存。</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="32"/>
        <source>Continuous ASCII (ST,GS,+ 1.240kg)</source>
        <translation>连续 ASCII（ST,GS,+ 1.240kg）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="33"/>
        <source>Yaohua XK3190 (ww000.000kg)</source>
        <translation>耀华 XK3190（ww000.000kg）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="34"/>
        <source>Mettler-Toledo SICS (polled)</source>
        <translation>梅特勒-托利多 SICS（问答式）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="35"/>
        <source>Mettler-Toledo continuous</source>
        <translation>梅特勒-托利多 连续输出</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="36"/>
        <source>A number with a unit</source>
        <translation>数字加单位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="37"/>
        <source>Custom pattern</source>
        <translation>自定义格式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="44"/>
        <source>System dialog</source>
        <translation>系统打印对话框</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="45"/>
        <source>TSPL (TSC, Gprinter, Xprinter)</source>
        <translation>TSPL（TSC、佳博、芯烨）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="46"/>
        <source>ZPL (Zebra)</source>
        <translation>ZPL（斑马）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="47"/>
        <source>ESC/POS receipt printer</source>
        <translation>ESC/POS 小票机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="59"/>
        <source>Scale connected</source>
        <translation>电子秤已连接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="61"/>
        <source>Scale unplugged — waiting for it</source>
        <translation>电子秤已拔出——等待重新连接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="63"/>
        <source>Scale cannot be opened: {error}</source>
        <translation>无法打开电子秤：{error}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="65"/>
        <source>No scale configured</source>
        <translation>未设置电子秤</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="131"/>
        <source>No parity</source>
        <translation>无校验</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="132"/>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="133"/>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="223"/>
        <source>Scale settings saved and applied.</source>
        <translation>电子秤设置已保存并生效。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="228"/>
        <source>Zero sent.</source>
        <translation>已发送置零。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="229"/>
        <source>This scale cannot be zeroed from the PC; use its own ZERO key.</source>
        <translation>这台秤不能由电脑置零，请按秤上的“置零”键。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="235"/>
        <source>Tare sent.</source>
        <translation>已发送去皮。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="236"/>
        <source>This scale cannot be tared from the PC; use its own TARE key.</source>
        <translation>这台秤不能由电脑去皮，请按秤上的“去皮”键。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="253"/>
        <source>Over range</source>
        <translation>超量程</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="255"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="256"/>
        <source>moving</source>
        <translation>未稳定</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="257"/>
        <source>net</source>
        <translation>净重</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="268"/>
        <source>✗ not understood</source>
        <translation>✗ 无法识别</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="296"/>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="315"/>
        <source>Say how the printer is connected, e.g. tcp:192.168.1.50:9100, queue:Xprinter or file:/dev/usb/lp0.</source>
        <translation>请填写打印机的连接方式，例如 tcp:192.168.1.50:9100、queue:Xprinter 或 file:/dev/usb/lp0。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="303"/>
        <source>Printers saved.</source>
        <translation>打印机设置已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="320"/>
        <source>Choose the printer&apos;s language first.</source>
        <translation>请先选择打印机指令集。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="324"/>
        <source>Test page sent…</source>
        <translation>测试页已发送…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="330"/>
        <source>The printer took the test page.</source>
        <translation>打印机已接收测试页。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="332"/>
        <source>The printer did not take the test page: {error}</source>
        <translation>打印机未接收测试页：{error}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="341"/>
        <source>Slip</source>
        <translation>面单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="342"/>
        <source>Pickup label</source>
        <translation>取件标签</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="343"/>
        <source>Receipt</source>
        <translation>回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="346"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="346"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="347"/>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="347"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="348"/>
        <source>Reprint</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="348"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="349"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="352"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="370"/>
        <source>The custom pattern needs a (?P&lt;value&gt;…) group and must be a valid regular expression.</source>
        <translation>自定义格式必须是有效的正则表达式，并含有 (?P&lt;value&gt;…) 分组。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/hardware_page.py" line="372"/>
        <source>These scale settings cannot be used: {error}</source>
        <translation>这些电子秤设置无法使用：{error}</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Electronic scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Find ports</source>
        <translation>查找端口</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>P&amp;rotocol:</source>
        <translation>协议(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>&amp;Line:</source>
        <translation>串口参数(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Pa&amp;ttern (custom):</source>
        <translation>格式（自定义）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Re&amp;quest (polled):</source>
        <translation>查询指令（问答式）(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>empty: the protocol&apos;s own</source>
        <translation>留空：使用协议自带指令</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Ask every (ms):</source>
        <translation>查询间隔（毫秒）：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Stable after equal readings:</source>
        <translation>连续相同读数几次算稳定：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Save and apply</source>
        <translation>保存并生效</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>&amp;Zero</source>
        <translation>置零(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>T&amp;are</source>
        <translation>去皮(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Live test: put something on the scale</source>
        <translation>实时测试：在秤上放一件物品</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Label and receipt printers</source>
        <translation>标签打印机和小票机</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Label and receipt printers print without a dialog, in the printer&apos;s own language; Chinese is sent as a picture so a printer without a Chinese font prints it too. Leave a document on “System dialog” to print it through the usual print dialog.</source>
        <translation>标签打印机和小票机不弹出对话框，直接用打印机自己的指令打印；中文以图片发送，打印机没有中文字库也能打印。单据选“系统打印对话框”则仍按原来的方式打印。</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Printer language</source>
        <translation>指令集</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Connected by</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Counter slip:</source>
        <translation>收寄面单：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Test print</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Pickup label:</source>
        <translation>取件标签：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Receipt (ESC/POS):</source>
        <translation>收据小票（ESC/POS）：</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Save printers</source>
        <translation>保存打印机设置</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Print log (newest first)</source>
        <translation>打印记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../ui/hardware_page.ui" line="2"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>HeadlessPage</name>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="17"/>
        <source>New headless parcel (no readable waybill)</source>
        <translation>登记无头件（面单无法识别）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="23"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="33"/>
        <source>What it looks like, its contents, the sender&apos;s marks; Enter adds it</source>
        <translation>外观、内件、寄件人标记等；回车即登记</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="48"/>
        <source>&amp;Location</source>
        <translation>库位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="68"/>
        <location filename="../ui/warehouse_headless.ui" line="198"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="78"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="88"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="95"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="104"/>
        <source>&amp;Add to the headless list</source>
        <translation>登记为无头件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="138"/>
        <source>Open headless parcels</source>
        <translation>未认领的无头件</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="165"/>
        <source>&amp;Found its number</source>
        <translation>找到单号(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_headless.ui" line="172"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>IntakeCorrections</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="56"/>
        <source>Correct or void {number}</source>
        <translation>更正或作废 {number}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="60"/>
        <source>Accepted {time} by {clerk}: {where} · {kg} kg · {mode} · ¥ {total}</source>
        <translation>{time} {clerk}收寄：{where} · {kg} kg · {mode} · ¥ {total}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="69"/>
        <source>&amp;Correct (更正)</source>
        <translation>更正(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="71"/>
        <source>&amp;Void (作废)</source>
        <translation>作废(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="84"/>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="97"/>
        <source>new recipient address, empty: unchanged</source>
        <translation>新的收件地址，空：不变</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="99"/>
        <source>kg, empty: unchanged</source>
        <translation>公斤，空：不变</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="101"/>
        <source>&amp;Destination</source>
        <translation>目的地(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="102"/>
        <source>&amp;Weight</source>
        <translation>重量(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="103"/>
        <source>&amp;Payment</source>
        <translation>付款方式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="104"/>
        <source>A&amp;ccount code</source>
        <translation>协议客户编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="105"/>
        <source>Cash &amp;received</source>
        <translation>实收现金(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="106"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_corrections.py" line="151"/>
        <source>Type the reason: it goes to the audit log.</source>
        <translation>请填写原因：将记入操作日志。</translation>
    </message>
</context>
<context>
    <name>IntakeMessages</name>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="27"/>
        <source>Contents</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="28"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="29"/>
        <source>Liquid (ml)</source>
        <translation>液体(毫升)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="30"/>
        <source>Sender name</source>
        <translation>寄件人姓名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="31"/>
        <source>Sender phone</source>
        <translation>寄件人电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="32"/>
        <source>Sender address</source>
        <translation>寄件人地址</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="33"/>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="34"/>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="35"/>
        <source>Recipient name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="36"/>
        <source>Recipient address</source>
        <translation>收件人地址</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="37"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="38"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="39"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="40"/>
        <source>Service</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="41"/>
        <source>Size (cm)</source>
        <translation>尺寸(厘米)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="42"/>
        <source>Declared value</source>
        <translation>保价金额</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="43"/>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="330"/>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="44"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="45"/>
        <source>Account</source>
        <translation>协议客户</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="46"/>
        <source>Account name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="47"/>
        <source>Account phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="48"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="49"/>
        <source>Received</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="50"/>
        <source>Inspection</source>
        <translation>验视</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="51"/>
        <source>Other price</source>
        <translation>改价金额</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="52"/>
        <source>Reason for the other price</source>
        <translation>改价原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="53"/>
        <source>Refusal detail</source>
        <translation>拒收说明</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="54"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="55"/>
        <source>Low-stock mark</source>
        <translation>低库存提醒线</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="56"/>
        <source>Category number</source>
        <translation>类别编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="57"/>
        <source>Category name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="58"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="59"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="69"/>
        <source>This parcel may not go by air ({kinds}): choose the land service; the slip will say 航空禁运.</source>
        <translation>此件不能走航空（{kinds}）：请选陆运，面单将注明“航空禁运”。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="73"/>
        <source>Received is less than the fee of ¥ {n}.</source>
        <translation>实收金额少于运费 ¥ {n}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="76"/>
        <source>The address names no province or city we know: write it as province, city, district, street (e.g. 江苏省南京市鼓楼区中山北路30号).</source>
        <translation>地址中找不到省市：请按 省、市、区、街道门牌 填写（如 江苏省南京市鼓楼区中山北路30号）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="80"/>
        <source>Unknown district for {place}: the service area lists districts there, so add the district to the address.</source>
        <translation>{place} 缺少区县：服务范围表按区县区分，请在地址中写明区县。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="84"/>
        <source>Unknown city for {place}: add the city to the address.</source>
        <translation>{place} 缺少城市：请在地址中写明城市。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="88"/>
        <source>Size: enter all three sides in cm, or none of them.</source>
        <translation>尺寸：长、宽、高三边都填（厘米），或都不填。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="91"/>
        <source>Size is needed: the rate card prices by volume, so measure length, width and height in cm.</source>
        <translation>需要尺寸：价目表按体积计费，请量出长宽高（厘米）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="95"/>
        <source>{field}: enter a number greater than 0.</source>
        <translation>{field}：请输入大于 0 的数字。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="98"/>
        <source>{field}: enter a whole number.</source>
        <translation>{field}：请输入整数。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="101"/>
        <source>Account {code} is closed: choose another or take the parcel as prepaid.</source>
        <translation>协议客户 {code} 已停用：请选其他客户，或按现付收寄。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="104"/>
        <source>There is no account {code}.</source>
        <translation>没有协议客户 {code}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="107"/>
        <source>Account code {code} is already used.</source>
        <translation>客户编号 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="110"/>
        <source>Account code: up to 16 letters or digits, no spaces.</source>
        <translation>客户编号：最多 16 位字母或数字，不含空格。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="113"/>
        <source>The rate card has no zone for {province}: a supervisor adds it to the card before the counter takes the parcel.</source>
        <translation>价目表中没有 {province} 的分区：请主管先在价目表中添加，再收寄。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="118"/>
        <source>The rate card offers no insurance (保价).</source>
        <translation>价目表未提供保价服务。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="120"/>
        <source>Category number: a whole number, 1 or more (above 19 for a new category).</source>
        <translation>类别编号：1 以上的整数（新类别用 19 以上）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="123"/>
        <source>Category {n} appears in two rows: put its keywords in one row.</source>
        <translation>第 {n} 类出现在两行：请把关键词写在同一行。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="126"/>
        <source>Only {n} in stock: take out at most {n}.</source>
        <translation>库存只有 {n}：最多领出 {n}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="131"/>
        <source>Choose the sender&apos;s document type.</source>
        <translation>请选择寄件人证件类型。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="133"/>
        <source>The correction changes nothing: change the destination, the weight or the payment, or cancel.</source>
        <translation>更正没有改动任何内容：请修改目的地、重量或付款方式，或取消。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="136"/>
        <source>Inspect the contents and tick &apos;inspected&apos; (验视) before accepting.</source>
        <translation>请先验视物品并勾选“已验视”，再收寄。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="145"/>
        <source>Document number is required: the law asks for the sender&apos;s identity document (实名收寄). Without one the parcel is refused.</source>
        <translation>必须填写证件号码：依法实名收寄。寄件人不出示证件，不予收寄。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="149"/>
        <source>Document number: the check character is wrong (it should be {char}); read the number again from the card.</source>
        <translation>证件号码校验位错误（应为 {char}）：请对照证件重新核对。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="153"/>
        <source>Document number: the birth date {date} inside it does not exist.</source>
        <translation>证件号码中的出生日期 {date} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="157"/>
        <source>Document number: it cannot start with {digits}.</source>
        <translation>证件号码不能以 {digits} 开头。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="161"/>
        <source>Document number: {n} characters are expected.</source>
        <translation>证件号码应为 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="164"/>
        <source>Please show a second-generation resident ID card: first-generation (15-digit) cards are no longer valid.</source>
        <translation>请出示第二代居民身份证：第一代（15位）身份证已停止使用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="168"/>
        <source>Document number: these characters do not belong: {chars}.</source>
        <translation>证件号码含有不应出现的字符：{chars}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="171"/>
        <source>Document number: not the shape this document type has.</source>
        <translation>证件号码与该证件类型的格式不符。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="180"/>
        <source>Refused and recorded: prohibited item, category {n} {name}. Tell the customer it cannot be sent.</source>
        <translation>已拒收并登记：禁寄物品，第 {n} 类 {name}。请告知客户不能寄递。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="185"/>
        <source>Refused and recorded: fragile items ({words}) are not accepted at this station.</source>
        <translation>已拒收并登记：本网点不收寄易碎品（{words}）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="189"/>
        <source>Refused and recorded: {place} is outside our service area (超区).</source>
        <translation>已拒收并登记：{place} 超出服务范围（超区）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="193"/>
        <source>Refused and recorded: {reason}.</source>
        <translation>已拒收并登记：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="196"/>
        <source>{number} was voided by {by} at {at}: it is neither corrected nor accepted again. Use a new waybill.</source>
        <translation>{number} 已由 {by} 于 {at} 作废：不能更正，也不能再次收寄。请使用新运单。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="202"/>
        <source>{number} was already accepted at {at} by {by}: scan a new waybill form.</source>
        <translation>{number} 已于 {at} 由 {by} 收寄：请扫描新面单。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="206"/>
        <source>The rate card file is not usable: section {section}, row {row}, column {column}: {problem} {detail}. The current card is kept.</source>
        <translation>价目表文件不能使用：{section} 部分，第 {row} 行，{column} 列：{problem} {detail}。仍使用现有价目表。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="212"/>
        <source>The service-area file is not usable: row {row}, column {column}: {problem} {detail}. The current table is kept.</source>
        <translation>服务范围表文件不能使用：第 {row} 行，{column} 列：{problem} {detail}。仍使用现有服务范围表。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="222"/>
        <source>section missing</source>
        <translation>缺少该部分</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="223"/>
        <source>unknown section</source>
        <translation>未知部分</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="224"/>
        <source>column missing</source>
        <translation>缺少列</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="225"/>
        <source>value required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="226"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="227"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="228"/>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="229"/>
        <source>not one of</source>
        <translation>不在可选值中</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="230"/>
        <source>unknown setting</source>
        <translation>未知设置项</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="231"/>
        <source>unknown province</source>
        <translation>未知省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="232"/>
        <source>unknown zone</source>
        <translation>未知分区</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="233"/>
        <source>appears twice</source>
        <translation>重复出现</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="234"/>
        <source>province put in 同城/省内</source>
        <translation>省份不能放在同城/省内分区</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="235"/>
        <source>insurance bands out of order</source>
        <translation>保价档位顺序错误</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="236"/>
        <source>no zones</source>
        <translation>没有分区</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="237"/>
        <source>the file cannot be read (not CSV/XLSX of this layout)</source>
        <translation>文件无法读取（不是此格式的 CSV/XLSX）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="239"/>
        <source>no section heading</source>
        <translation>缺少分节标题</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="258"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="259"/>
        <source>Temporary resident ID card</source>
        <translation>临时居民身份证</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="261"/>
        <source>PLA military ID</source>
        <translation>中国人民解放军军人身份证件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="262"/>
        <source>Armed police ID</source>
        <translation>中国人民武装警察身份证件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="263"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="265"/>
        <source>HK/Macao travel permit to the mainland</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="267"/>
        <source>Taiwan travel permit to the mainland</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="269"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="270"/>
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="272"/>
        <source>Unified social credit code (organisation)</source>
        <translation>统一社会信用代码（单位）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="280"/>
        <source>Prepaid, cash</source>
        <translation>现付（现金）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="281"/>
        <source>Prepaid, QR code</source>
        <translation>现付（扫码）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="282"/>
        <source>Freight collect (到付)</source>
        <translation>到付</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="283"/>
        <source>Account, monthly (协议结算)</source>
        <translation>协议结算（月结）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="290"/>
        <source>battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="291"/>
        <source>magnet</source>
        <translation>磁性物品</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="292"/>
        <source>pressurised/aerosol</source>
        <translation>压缩气体/喷雾</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="293"/>
        <source>flammable</source>
        <translation>易燃品</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="294"/>
        <source>liquid over 20 ml</source>
        <translation>液体超过 20 毫升</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="295"/>
        <source>powder</source>
        <translation>粉末</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="296"/>
        <source>knife/blade</source>
        <translation>刀具/刀片</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="303"/>
        <source>served</source>
        <translation>可派送</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="304"/>
        <source>out of area (超区): refuse</source>
        <translation>超区：不收寄</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="305"/>
        <source>forward via EMS</source>
        <translation>转 EMS</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="312"/>
        <source>prohibited item</source>
        <translation>禁寄物品</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="313"/>
        <source>fragile item</source>
        <translation>易碎品</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="314"/>
        <source>another carrier&apos;s parcel (同行件)</source>
        <translation>同行件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="315"/>
        <source>out of area (超区)</source>
        <translation>超区</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="316"/>
        <source>no identity document shown</source>
        <translation>未出示身份证件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="317"/>
        <source>air-restricted, customer insists on air</source>
        <translation>航空禁运，客户坚持走航空</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="319"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="326"/>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="327"/>
        <source>Insurance (保价)</source>
        <translation>保价费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="328"/>
        <source>Collect fee (到付)</source>
        <translation>到付手续费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="329"/>
        <source>COD fee (代收)</source>
        <translation>代收货款手续费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_intake.py" line="331"/>
        <source>Rounding</source>
        <translation>取整</translation>
    </message>
</context>
<context>
    <name>IntakePages</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_page_base.py" line="53"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_page_base.py" line="53"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_page_base.py" line="106"/>
        <source>Not taken here</source>
        <translation>此页不收扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_page_base.py" line="107"/>
        <source>{number}: scan waybills on the intake form.</source>
        <translation>{number}：请在收寄页扫描面单。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_page_base.py" line="134"/>
        <source>Cancelled; {path} was not saved.</source>
        <translation>已取消，{path} 未保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_page_base.py" line="137"/>
        <source>Could not save {path}: {error}. An earlier file of that name is unchanged.</source>
        <translation>无法保存 {path}：{error}。同名的旧文件没有改动。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_page_base.py" line="144"/>
        <source>Saved {path}.</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_page_base.py" line="156"/>
        <source>Could not read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_page_base.py" line="166"/>
        <source>Printed {n} page(s).</source>
        <translation>已打印 {n} 页。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="114"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="247"/>
        <source>Shift summary</source>
        <translation>交班汇总</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="128"/>
        <source>Early shift {start}–{end}</source>
        <translation>早班 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="131"/>
        <source>Late shift {start}–{end}</source>
        <translation>晚班 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="134"/>
        <source>Whole day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="164"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="178"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="187"/>
        <source>Clerk</source>
        <translation>收寄员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="164"/>
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="165"/>
        <source>Cash (n / 元)</source>
        <translation>现金（件 / 元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="165"/>
        <source>QR (n / 元)</source>
        <translation>扫码（件 / 元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="166"/>
        <source>Collect (n / 元)</source>
        <translation>到付（件 / 元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="167"/>
        <source>Account (n / 元)</source>
        <translation>月结（件 / 元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="168"/>
        <source>Refusals</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="168"/>
        <source>Overrides</source>
        <translation>改价</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="170"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="178"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="186"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="207"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="179"/>
        <source>Contents</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="179"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="188"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="209"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="180"/>
        <source>Sender phone</source>
        <translation>寄件人电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="186"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="207"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="187"/>
        <source>Quoted</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="188"/>
        <source>Charged</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="189"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="210"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="196"/>
        <source>Refusals ({n})</source>
        <translation>拒收登记（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="198"/>
        <source>Price overrides ({n})</source>
        <translation>改价记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="201"/>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="208"/>
        <source>By</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="208"/>
        <source>Was</source>
        <translation>原运费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="209"/>
        <source>Now</source>
        <translation>现运费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="212"/>
        <source>Voided {v} · corrected {c}</source>
        <translation>作废 {v} · 更正 {c}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="216"/>
        <source>{day} {period}: {n} parcel(s) · cash {cash} 元 · QR {qr} 元 · collect {collect} 元 · account {account} 元 · {refusals} refused · {overrides} price override(s)</source>
        <translation>{day} {period}：收寄 {n} 件 · 现金 {cash} 元 · 扫码 {qr} 元 · 到付 {collect} 元 · 月结 {account} 元 · 拒收 {refusals} 件 · 改价 {overrides} 次</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="255"/>
        <source>Save the shift summary</source>
        <translation>保存交班汇总</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="293"/>
        <source>Accounts</source>
        <translation>协议客户</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="307"/>
        <source>Only a supervisor can add or change account customers; statements can be printed by anyone.</source>
        <translation>只有主管可以新增或修改协议客户；对账单人人都可打印。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="319"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="83"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="319"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="320"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="320"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="321"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="321"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="337"/>
        <source>(closed)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="400"/>
        <source>Account {code} {name} saved.</source>
        <translation>协议客户 {code} {name} 已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="409"/>
        <source>There is no account customer yet: add one first.</source>
        <translation>还没有协议客户：请先新增。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="419"/>
        <source>{code} {name}, {month}: {n} parcel(s), {total} 元</source>
        <translation>{code} {name}，{month}：{n} 件，{total} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="431"/>
        <source>Statement {code} {month}</source>
        <translation>对账单 {code} {month}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_pages.py" line="441"/>
        <source>Save the monthly statement</source>
        <translation>保存月结对账单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="61"/>
        <source>Consumables</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="83"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="84"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="84"/>
        <source>Low mark</source>
        <translation>提醒线</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="85"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="288"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="87"/>
        <source>low</source>
        <translation>低库存</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="87"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="102"/>
        <source>Tell the supervisor: {items} are running low.</source>
        <translation>请告知主管：{items} 库存不足。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="115"/>
        <source>Select a consumable.</source>
        <translation>请选择一种物料。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="117"/>
        <source>{name}: {stock} {unit} in stock, warn at {mark} or below</source>
        <translation>{name}：现有 {stock} {unit}，不超过 {mark} 时提醒</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="127"/>
        <source>Select a consumable in the list first.</source>
        <translation>请先在列表中选择物料。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="141"/>
        <source>It is running low: tell the supervisor.</source>
        <translation>库存不足，请告知主管。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="158"/>
        <source>{name} counted in: {stock} {unit} in stock.</source>
        <translation>{name} 已入库：现有 {stock} {unit}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="169"/>
        <source>{name} taken out: {stock} {unit} left.</source>
        <translation>{name} 已领用：剩余 {stock} {unit}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="180"/>
        <source>{name} recounted: {stock} {unit} in stock.</source>
        <translation>{name} 已盘点：现有 {stock} {unit}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_consumables.py" line="193"/>
        <source>{name}: warned at {mark} {unit} or below.</source>
        <translation>{name}：库存不超过 {mark} {unit} 时提醒。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="162"/>
        <source>Intake settings</source>
        <translation>收寄设置</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="183"/>
        <source>Only a supervisor can change the intake settings; they are shown for reference.</source>
        <translation>只有主管可以修改收寄设置；此处仅供查看。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="198"/>
        <source>Rate card: {name}</source>
        <translation>价目表：{name}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="203"/>
        <source>This is the demo rate card: its prices are invented. Import the station&apos;s own rate card before charging customers.</source>
        <translation>这是演示价目表，价格为虚构。向客户收费前，请导入本网点自己的价目表。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="207"/>
        <source>From {province} {city} · weight rounded up to {unit} kg · at most {most} kg · {zones} zone(s), {provinces} province(s)</source>
        <translation>始发地 {province} {city} · 重量按 {unit} kg 向上取整 · 最重 {most} kg · {zones} 个区，{provinces} 个省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="217"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="229"/>
        <source>Zone</source>
        <translation>计价区</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="217"/>
        <source>First kg</source>
        <translation>首重 kg</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="218"/>
        <source>First price (元)</source>
        <translation>首重价（元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="218"/>
        <source>Step kg</source>
        <translation>续重 kg</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="219"/>
        <source>Step price (元)</source>
        <translation>续重价（元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="229"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="287"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="239"/>
        <source>Import a rate card</source>
        <translation>导入价目表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="254"/>
        <source>Rate card 「{name}」 imported from {file}: {zones} zone(s).</source>
        <translation>已从 {file} 导入价目表「{name}」：{zones} 个区。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="263"/>
        <source>Save the rate card</source>
        <translation>保存价目表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="274"/>
        <source>Service area table: {name}</source>
        <translation>服务范围表：{name}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="279"/>
        <source>This is the demo service-area table. Import the station&apos;s own table so that out-of-area destinations are refused correctly.</source>
        <translation>这是演示服务范围表。请导入本网点自己的服务范围表，超区件才能正确拒收。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="283"/>
        <source>{n} rule(s)</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="287"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="288"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="289"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="304"/>
        <source>Import a service-area table</source>
        <translation>导入服务范围表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="324"/>
        <source>Service area 「{name}」 imported from {file}: {n} rule(s).</source>
        <translation>已从 {file} 导入服务范围表「{name}」：共 {n} 条。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="333"/>
        <source>Save the service-area table</source>
        <translation>保存服务范围表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="351"/>
        <source>(station&apos;s own)</source>
        <translation>（本网点）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="369"/>
        <source>Fragile items are now refused.</source>
        <translation>现在拒收易碎品。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="371"/>
        <source>Fragile items are now accepted, marked 易碎, with packing advice.</source>
        <translation>现在收寄易碎品：标注「易碎」并提示包装。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="382"/>
        <source>Category no.</source>
        <translation>类别号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="383"/>
        <source>Keywords, separated by commas</source>
        <translation>关键词（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="384"/>
        <source>Name (new category only)</source>
        <translation>名称（仅新类别）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="426"/>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_settings_page.py" line="443"/>
        <source>The station&apos;s keywords saved: {n} row(s).</source>
        <translation>本网点关键词已保存：{n} 行。</translation>
    </message>
</context>
<context>
    <name>IntakeSettingsPage</name>
    <message>
        <location filename="../ui/intake_settings.ui" line="34"/>
        <source>Rate card</source>
        <translation>价目表</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="84"/>
        <source>Zones</source>
        <translation>计价区</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="112"/>
        <source>Province → zone</source>
        <translation>省份 → 计价区</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="144"/>
        <location filename="../ui/intake_settings.ui" line="251"/>
        <source>&amp;Import CSV…</source>
        <translation>导入CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="151"/>
        <location filename="../ui/intake_settings.ui" line="258"/>
        <source>Import &amp;XLSX…</source>
        <translation>导入XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="165"/>
        <location filename="../ui/intake_settings.ui" line="272"/>
        <source>&amp;Export CSV…</source>
        <translation>导出CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="172"/>
        <location filename="../ui/intake_settings.ui" line="279"/>
        <source>Export X&amp;LSX…</source>
        <translation>导出XLSX(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="182"/>
        <source>Service area</source>
        <translation>服务范围表</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="289"/>
        <source>Contents check</source>
        <translation>物品检查</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="297"/>
        <source>Fragile items (易碎品)</source>
        <translation>易碎品</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="303"/>
        <source>&amp;Refuse fragile items (the station&apos;s rule)</source>
        <translation>拒收易碎品（本网点规定）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="310"/>
        <source>&amp;Accept them marked 易碎, with packing advice</source>
        <translation>收寄，标注「易碎」并提示包装(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="320"/>
        <source>The station&apos;s own prohibited keywords</source>
        <translation>本网点补充的禁寄关键词</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="326"/>
        <source>Add keywords to a published category by its number, or make a new category with a number above 19 and a name. Separate keywords with commas.</source>
        <translation>按类别号给已公布的类别补充关键词，或用 19 以上的号码和名称新建类别。关键词用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="354"/>
        <source>Add ro&amp;w</source>
        <translation>添加行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="361"/>
        <source>Remo&amp;ve row</source>
        <translation>删除行(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="375"/>
        <source>&amp;Save keywords</source>
        <translation>保存关键词(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/intake_settings.ui" line="389"/>
        <source>Prohibited categories (禁止寄递物品)</source>
        <translation>禁止寄递物品类别</translation>
    </message>
</context>
<context>
    <name>IntakeWorkspace</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="104"/>
        <source>Record a refusal</source>
        <translation>登记拒收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="116"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="117"/>
        <source>&amp;Detail</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="179"/>
        <source>进仓费, if charged</source>
        <translation>如收取进仓费请填写</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="180"/>
        <source>进仓费（元）</source>
        <translation>进仓费（元）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="213"/>
        <source>Land (standard)</source>
        <translation>陆运（标准）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="214"/>
        <source>Air</source>
        <translation>航空</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="251"/>
        <source>Correct or void the chosen parcel… (Ctrl+E)</source>
        <translation>更正或作废所选快件…（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="275"/>
        <source>The printer did not take the {document} of {number} ({error}). Ctrl+P prints it again.</source>
        <translation>打印机没有接收 {number} 的{document}（{error}）。按 Ctrl+P 重新打印。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="278"/>
        <source>slip</source>
        <translation>面单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="280"/>
        <source>receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="309"/>
        <source>Not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="310"/>
        <source>The last parcel is still being saved: scan {number} again when it is.</source>
        <translation>上一件还在保存：保存完成后请重新扫描 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="347"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="90"/>
        <source>PROHIBITED — category {n} {name} ({words}): refuse the parcel; pressing Accept records the refusal.</source>
        <translation>禁寄物品 —— 第 {n} 类 {name}（{words}）：坚决拒收；按“收寄”即登记拒收。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="97"/>
        <source>Fragile ({words}): this station does not accept fragile items.</source>
        <translation>易碎品（{words}）：本网点不收寄易碎品。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="101"/>
        <source>Fragile ({words}): accept with the 易碎 mark; pack it with padding in a carton.</source>
        <translation>易碎品（{words}）：收寄并标注“易碎”，请用纸箱加填充物包装。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="107"/>
        <source>No air ({kinds}): goes by land; the slip says 航空禁运.</source>
        <translation>不能走航空（{kinds}）：改走陆运，面单注明“航空禁运”。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="139"/>
        <source>航空禁运: by land only.</source>
        <translation>航空禁运：只能走陆运。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="141"/>
        <source>Changed to land: 航空禁运 (tell the customer).</source>
        <translation>已改为陆运：航空禁运（请告知客户）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="185"/>
        <source>New sender: check the identity document and type its number (实名收寄).</source>
        <translation>新寄件人：请查验身份证件并录入证件号码（实名收寄）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="197"/>
        <source>Known sender ({doc} {number}): leave the number empty to use it.</source>
        <translation>老客户：已登记 {doc} {number}；证件号码留空即沿用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="236"/>
        <source>which district? Add it to the address.</source>
        <translation>哪个区县？请在地址中补上。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="238"/>
        <source>which city? Add it to the address.</source>
        <translation>哪个城市？请在地址中补上。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="264"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="283"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="687"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="265"/>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="284"/>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="280"/>
        <source>进仓费</source>
        <translation>进仓费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="285"/>
        <source>{kg} kg chargeable</source>
        <translation>计费重量 {kg} 千克</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="289"/>
        <source>large or heavy: pack it in a carton (sold here)</source>
        <translation>大件/重件：建议用纸箱包装（柜台有售）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="328"/>
        <source>not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="332"/>
        <source>short by ¥ {n}</source>
        <translation>还差 ¥ {n}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake_form.py" line="336"/>
        <source>Change ¥ {n}</source>
        <translation>找零 ¥ {n}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="372"/>
        <source>The price was not changed: a supervisor must approve another price.</source>
        <translation>未改价：改价须经主管批准。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="378"/>
        <source>Saving {number}…</source>
        <translation>正在保存 {number}…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="402"/>
        <source>Accepted {number} · ¥ {total} · {mode}</source>
        <translation>已收寄 {number} · ¥ {total} · {mode}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="406"/>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="646"/>
        <source>change ¥ {n}</source>
        <translation>找零 ¥ {n}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="409"/>
        <source>Running low — tell the supervisor: {items}</source>
        <translation>物料不足，请报告主管：{items}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="436"/>
        <source>A supervisor approves charging another price than the rate card&apos;s: job number and password.</source>
        <translation>不按价目表收费须主管批准：请输入主管工号和密码。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="509"/>
        <source>Refusal recorded: {reason}.</source>
        <translation>已登记拒收：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="573"/>
        <source>Slip {number}</source>
        <translation>面单 {number}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="602"/>
        <source>Nothing accepted yet to print.</source>
        <translation>还没有已收寄的快件可打印。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="622"/>
        <source>Choose a parcel of today&apos;s list first (click its row).</source>
        <translation>请先在今日收寄中选中一票（点击该行）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="634"/>
        <source>Voided {number} (¥ {total}): it leaves the shift&apos;s takings.</source>
        <translation>已作废 {number}（¥ {total}）：不计入本班收款。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="640"/>
        <source>Corrected {number}: ¥ {before} → ¥ {after} · {mode}</source>
        <translation>已更正 {number}：¥ {before} → ¥ {after} · {mode}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="655"/>
        <source>A supervisor approves voiding a parcel or changing its fee or payment: job number and password.</source>
        <translation>作废快件或更改运费、付款方式须主管批准：请输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="661"/>
        <source>A supervisor must approve this.</source>
        <translation>此操作须主管批准。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="685"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="685"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="686"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="686"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="687"/>
        <source>Clerk</source>
        <translation>收寄员</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="30"/>
        <source>Accept a parcel</source>
        <translation>收寄</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="38"/>
        <source>1 · Contents — can it be sent?</source>
        <translation>1 · 物品 —— 能否寄递？</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="44"/>
        <source>&amp;Contents</source>
        <translation>物品(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="54"/>
        <source>what is inside, as the customer says (衣服, 茶叶, 手机…)</source>
        <translation>客户申报的内件（衣服、茶叶、手机……）</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="64"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="87"/>
        <source>Liquid (ml)</source>
        <translation>液体(毫升)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="120"/>
        <source>Sender — real-name registration</source>
        <translation>寄件人 —— 实名登记</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="126"/>
        <source>Sender &amp;phone</source>
        <translation>寄件人电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="136"/>
        <source>Enter recalls a known sender</source>
        <translation>回车调出老客户</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="146"/>
        <source>Sender name</source>
        <translation>寄件人姓名</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="163"/>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="176"/>
        <source>Document no.</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="193"/>
        <source>Sender address</source>
        <translation>寄件人地址</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="223"/>
        <source>2 · Recipient — can the destination be served?</source>
        <translation>2 · 收件人 —— 能否派送？</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="229"/>
        <source>Recipient name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="246"/>
        <source>Recipient phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="263"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="273"/>
        <source>province, city, district, street and number</source>
        <translation>省、市、区、街道门牌</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="296"/>
        <source>3 · Payment and service</source>
        <translation>3 · 付款与运输方式</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="302"/>
        <source>Pa&amp;yment</source>
        <translation>付款(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="322"/>
        <source>Account</source>
        <translation>协议客户</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="342"/>
        <source>Service</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="365"/>
        <source>&amp;Weight (kg)</source>
        <translation>重量 千克(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="375"/>
        <source>e.g. 1.2</source>
        <translation>如 1.2</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="385"/>
        <source>Size (cm)</source>
        <translation>尺寸(厘米)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="397"/>
        <source>L</source>
        <translation>长</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="410"/>
        <location filename="../ui/intake_workspace.ui" line="430"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="417"/>
        <source>W</source>
        <translation>宽</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="437"/>
        <source>H</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="452"/>
        <source>Declared value (元)</source>
        <translation>保价金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="462"/>
        <source>insure (保价)</source>
        <translation>保价</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="472"/>
        <source>COD amount (元)</source>
        <translation>代收货款（元）</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="482"/>
        <source>代收货款</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="492"/>
        <source>Packaging sold</source>
        <translation>出售包装</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="543"/>
        <source>4 · Waybill</source>
        <translation>4 · 面单</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="549"/>
        <source>Waybill &amp;no.</source>
        <translation>运单号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="559"/>
        <source>scan the waybill form</source>
        <translation>扫描面单</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="572"/>
        <source>5 · Fee</source>
        <translation>5 · 运费</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="606"/>
        <source>&amp;Received (元)</source>
        <translation>实收 元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="616"/>
        <source>cash handed over</source>
        <translation>客户付的现金</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="633"/>
        <source>Charge instead (元)</source>
        <translation>改价（元）</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="643"/>
        <source>supervisor only</source>
        <translation>须主管批准</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="653"/>
        <source>reason for the other price</source>
        <translation>改价原因</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="668"/>
        <source>I have &amp;inspected the contents (验视)</source>
        <translation>已验视内件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="687"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>收寄（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="708"/>
        <source>Reprint slip (Ctrl+P)</source>
        <translation>补打面单（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="694"/>
        <source>Re&amp;fuse…</source>
        <translation>拒收登记(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="701"/>
        <source>New parcel (Ctrl+N)</source>
        <translation>下一件（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../ui/intake_workspace.ui" line="717"/>
        <source>Today at the counter</source>
        <translation>今日收寄</translation>
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
        <location filename="../../src/counter_app/ui/main_window.py" line="323"/>
        <source>Your role may not use this workspace.</source>
        <translation>您的岗位不能使用这个工作区。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="366"/>
        <source>Ctrl+{n} · Ctrl+Tab: next page</source>
        <translation>Ctrl+{n} · Ctrl+Tab：下一页</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="401"/>
        <source>Accepted</source>
        <translation>扫描成功</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="413"/>
        <source>Rejected</source>
        <translation>无效扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="422"/>
        <source>Duplicate</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="423"/>
        <source>{number} was just scanned; it was not recorded again.</source>
        <translation>{number} 刚刚扫过，没有重复记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="435"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="436"/>
        <source>{number} was not recorded: the database cannot be written. Scan it again when the status bar says the database is back.</source>
        <translation>{number} 没有记录：数据库无法写入。状态栏显示数据库恢复后请重扫。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="470"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="472"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="474"/>
        <source>Print failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="494"/>
        <source>{ports} unplugged, reconnecting</source>
        <translation>{ports} 已断开，等待重新连接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="498"/>
        <source>{n} serial connected</source>
        <translation>{n} 个串口扫描枪已连接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="502"/>
        <source>USB keyboard</source>
        <translation>USB 键盘扫描枪</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="521"/>
        <source>Operator: {name} ({job}) · {role}</source>
        <translation>操作员：{name}（{job}）· {role}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="525"/>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="536"/>
        <source>Early shift {start}–{end}</source>
        <translation>早班 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="540"/>
        <source>Late shift {start}–{end}</source>
        <translation>晚班 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="544"/>
        <source>Outside shift hours</source>
        <translation>非当班时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="547"/>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="552"/>
        <source> — connection lost, retrying…</source>
        <translation> — 连接中断，正在重试…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="554"/>
        <source> — another PC is writing, waiting…</source>
        <translation> — 另一台电脑正在写入，等待中…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="556"/>
        <source> — disk full</source>
        <translation> — 磁盘已满</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="558"/>
        <source> — cannot be written</source>
        <translation> — 无法写入</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="564"/>
        <source>Scanner: {state}</source>
        <translation>扫描枪：{state}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="565"/>
        <source>none configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="572"/>
        <source>Scale: unplugged, reconnecting</source>
        <translation>电子秤：已拔出，正在重连</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="573"/>
        <source>Scale: connected</source>
        <translation>电子秤：已连接</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="79"/>
        <source>Station name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="80"/>
        <source>Station code</source>
        <translation>网点编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="81"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="82"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="83"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="84"/>
        <location filename="../../src/counter_app/ui/messages.py" line="85"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="86"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="87"/>
        <source>Job number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="88"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="89"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="90"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="91"/>
        <source>Area served</source>
        <translation>负责区域</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="25"/>
        <source>Amount collected</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="26"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="92"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="93"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="94"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="95"/>
        <source>Own carrier(s)</source>
        <translation>本网点快递公司</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="96"/>
        <source>Early shift</source>
        <translation>早班</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="97"/>
        <source>Late shift</source>
        <translation>晚班</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="29"/>
        <source>Whether the customer was reached</source>
        <translation>是否联系上客户</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="30"/>
        <source>Call time</source>
        <translation>打电话的时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="31"/>
        <source>Why the call failed</source>
        <translation>未接通原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="32"/>
        <source>Full address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="33"/>
        <source>Time the customer wants it</source>
        <translation>客户要求的送货时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="34"/>
        <source>New recipient name</source>
        <translation>新收件人姓名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="35"/>
        <source>New recipient phone</source>
        <translation>新收件人电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="36"/>
        <source>送无人 category</source>
        <translation>送无人类别</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="37"/>
        <source>Time of the failed delivery</source>
        <translation>送无人的时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="38"/>
        <source>Kind of COD refusal</source>
        <translation>到付拒收类别</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="39"/>
        <source>Customer&apos;s answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="40"/>
        <source>Date the customer comes</source>
        <translation>客户约定的日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="41"/>
        <source>Pickup time</source>
        <translation>自取时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="42"/>
        <source>Pickup place</source>
        <translation>自取地点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="43"/>
        <source>Who asked for the return</source>
        <translation>谁要求退回</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="44"/>
        <source>Kind of refusal</source>
        <translation>拒收类别</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="45"/>
        <source>Detailed reason</source>
        <translation>详细原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="98"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="99"/>
        <source>Recipient phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="47"/>
        <source>Destination province</source>
        <translation>目的省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="48"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="49"/>
        <source>Location code</source>
        <translation>库位代码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="50"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="51"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="100"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="101"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="102"/>
        <source>Courier</source>
        <translation>派件员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="103"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="52"/>
        <source>Pickup code or phone tail</source>
        <translation>取件码或手机尾号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="104"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="105"/>
        <source>Message</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="53"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="54"/>
        <source>EMS fee</source>
        <translation>EMS费用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="55"/>
        <source>Paid freight</source>
        <translation>已付运费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="56"/>
        <source>EMS waybill number</source>
        <translation>EMS单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="57"/>
        <source>EMS destination</source>
        <translation>EMS目的地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="106"/>
        <source>Origin city</source>
        <translation>始发城市</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="107"/>
        <source>Noon reply check</source>
        <translation>中午查看回复时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="108"/>
        <source>Afternoon reply check</source>
        <translation>下午查看回复时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="109"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="110"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="111"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="112"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="58"/>
        <source>Headless parcel</source>
        <translation>无头件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="59"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="60"/>
        <source>Return tariff</source>
        <translation>退回费标准</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="113"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="114"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="61"/>
        <source>Self-pickup days</source>
        <translation>自取件期限（天）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="62"/>
        <source>Days after notifying</source>
        <translation>通知后期限（天）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="63"/>
        <source>Days without a reply</source>
        <translation>未回复期限（天）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="27"/>
        <source>Signer</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_misroute.py" line="13"/>
        <source>Origin site</source>
        <translation>始发地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_misroute.py" line="14"/>
        <source>Origin province</source>
        <translation>始发省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_misroute.py" line="15"/>
        <source>Wrong 大字</source>
        <translation>错写大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_misroute.py" line="16"/>
        <source>Correct 大字</source>
        <translation>正确大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="115"/>
        <location filename="../../src/counter_app/ui/messages.py" line="116"/>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="28"/>
        <source>Partial barcode</source>
        <translation>残缺条码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="29"/>
        <source>Printed digits</source>
        <translation>印刷数字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="30"/>
        <source>代收 places</source>
        <translation>代收点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="31"/>
        <source>Delivery date</source>
        <translation>派送日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="32"/>
        <source>Reason to keep it in this batch</source>
        <translation>留在本批的原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="33"/>
        <source>Delivery list line</source>
        <translation>派件清单行</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_misroute.py" line="17"/>
        <source>Report due day</source>
        <translation>报表截止日</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_misroute.py" line="18"/>
        <source>Days of reminder before it</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_misroute.py" line="19"/>
        <source>Correct destination unknown</source>
        <translation>无法确定正确目的地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="118"/>
        <source>Days to keep the scan journal</source>
        <translation>扫描记录保留天数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="119"/>
        <source>Days to keep the audit log</source>
        <translation>操作日志保留天数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="120"/>
        <source>Days to keep counter records</source>
        <translation>收寄记录保留天数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="64"/>
        <source>Days to keep warehouse records</source>
        <translation>仓库记录保留天数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="34"/>
        <source>Days to keep receipts</source>
        <translation>回单保留天数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="66"/>
        <source>进仓费</source>
        <translation>进仓费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="67"/>
        <source>进仓费 rules</source>
        <translation>进仓费标准</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="68"/>
        <source>Per-kg tier&apos;s upper weight</source>
        <translation>按公斤计费的重量上限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="69"/>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="76"/>
        <source>Address unclear</source>
        <translation>地址不详</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="77"/>
        <source>Moved</source>
        <translation>地址搬迁</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="78"/>
        <source>Address change</source>
        <translation>改地址</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="79"/>
        <source>Nobody home</source>
        <translation>送无人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="80"/>
        <source>COD refused</source>
        <translation>到付拒收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="81"/>
        <source>Out of area</source>
        <translation>超区件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="82"/>
        <source>Opened for inspection</source>
        <translation>拆包验货</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="83"/>
        <source>Self-pickup</source>
        <translation>自取件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="84"/>
        <source>Mis-sorted</source>
        <translation>错分件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="85"/>
        <source>Return</source>
        <translation>退回件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="86"/>
        <source>Refused</source>
        <translation>拒收件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="87"/>
        <source>Damaged, refused</source>
        <translation>破损拒收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="88"/>
        <source>Wrong 大字, to be cleared</source>
        <translation>错写大字待查</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="95"/>
        <source>Out for delivery</source>
        <translation>出仓派送</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="96"/>
        <source>Collected by the customer</source>
        <translation>客户自提</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="97"/>
        <source>Back to the courier</source>
        <translation>退回业务员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="98"/>
        <source>Back to the company</source>
        <translation>上网退公司</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="99"/>
        <source>Forwarded via EMS</source>
        <translation>转发EMS</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="100"/>
        <source>Taken by a driver</source>
        <translation>司机提货</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="101"/>
        <source>Written off at stocktake</source>
        <translation>盘点报失</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="108"/>
        <source>shelf</source>
        <translation>架</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="109"/>
        <source>bulky goods area</source>
        <translation>大货区</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="110"/>
        <source>returns area</source>
        <translation>退件区</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="111"/>
        <source>next-round area</source>
        <translation>再派区</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="148"/>
        <source>Tick at least one carrier this station works for.</source>
        <translation>请至少勾选一家本网点所属的快递公司。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="150"/>
        <source>{field} is required.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="152"/>
        <source>Job number: 2 to 16 letters or digits, no spaces.</source>
        <translation>工号：2–16 位字母或数字，不能有空格。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="154"/>
        <source>Station code: 3 to 12 letters or digits.</source>
        <translation>网点编号：3–12 位字母或数字。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="156"/>
        <source>{field}: enter an 11-digit mobile number (1xxxxxxxxxx) or a landline with its area code (0571-88886666).</source>
        <translation>{field}：请输入 11 位手机号（1xxxxxxxxxx）或带区号的固定电话（0571-88886666）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="162"/>
        <source>{field}: not an EMS number — 13 digits, or two letters, nine digits and two letters (e.g. EE471108151FR) with a right check digit.</source>
        <translation>{field}：不是EMS单号——应为13位数字，或两个字母、九位数字、两个字母（如 EE471108151FR）且校验位正确。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="167"/>
        <source>Set the 进仓费 numbers first (supervisor).</source>
        <translation>请先由主管设置进仓费标准。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="169"/>
        <source>{field} must come after the noon reply check ({time}).</source>
        <translation>{field}须晚于中午查看回复时间（{time}）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="173"/>
        <source>{field}: a time as HH:MM.</source>
        <translation>{field}：请按 时:分（HH:MM）填写。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="175"/>
        <source>{field}: digits only, 5 to 12 of them, not starting with 0.</source>
        <translation>{field}：只能是数字，5–12 位，不能以 0 开头。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="179"/>
        <source>{field} must not contain digits.</source>
        <translation>{field}不能包含数字。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="181"/>
        <source>{field} is too long: at most {n} characters.</source>
        <translation>{field}太长：最多 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="185"/>
        <source>{field} holds characters that cannot be stored ({chars}): retype it, or scan again.</source>
        <translation>{field}含有无法保存的字符（{chars}）：请重新输入或重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="190"/>
        <source>{field} is too short: at least {n} characters.</source>
        <translation>{field}太短：至少 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="194"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="196"/>
        <source>You cannot remove your own supervisor role or deactivate yourself; ask another supervisor.</source>
        <translation>不能取消自己的主管岗位或停用自己的账号，请找另一位主管。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="202"/>
        <source>{field}: the end must be after the start.</source>
        <translation>{field}：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="206"/>
        <source>The late shift must start when the early shift has ended.</source>
        <translation>晚班必须在早班结束之后开始。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="210"/>
        <source>The new area must start on or after the current area&apos;s start date.</source>
        <translation>新区域的开始日期不能早于当前区域的开始日期。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="214"/>
        <source>Unknown carrier code(s): {codes}.</source>
        <translation>未知的快递公司代码：{codes}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="218"/>
        <source>{field}: a sum in 元 like 25 or 25.50.</source>
        <translation>{field}：请输入以元为单位的金额，例如 25 或 25.50。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="221"/>
        <source>{field} must be within {range}.</source>
        <translation>{field}必须在 {range} 之间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="224"/>
        <source>{field}: enter a time as HH:MM.</source>
        <translation>{field}：请按 时:分（HH:MM）输入时间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="226"/>
        <source>{field} is in the future: enter when it really happened.</source>
        <translation>{field}晚于现在：请填写实际发生的时间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="230"/>
        <source>There is no location {code} in use: type another code or take the suggested one.</source>
        <translation>没有在用的库位 {code}：请换一个代码，或用建议的库位。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="235"/>
        <source>{field}: choose a province from the list.</source>
        <translation>{field}：请从列表中选择省份。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="238"/>
        <source>{field}: unknown value {value}.</source>
        <translation>{field}：无法识别“{value}”。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="241"/>
        <source>Location {code} is full: choose another location.</source>
        <translation>库位 {code} 已满：请换一个库位。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="245"/>
        <source>The location holds {n} parcel(s) now: its capacity cannot be lower.</source>
        <translation>该库位现有 {n} 票：容量不能小于此数。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="249"/>
        <source>The location still holds {n} parcel(s): move them before taking it out of use.</source>
        <translation>该库位还有 {n} 票：先移走再停用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="254"/>
        <source>This headless parcel was already matched to {number}.</source>
        <translation>这个无头件已匹配到 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="258"/>
        <source>This stocktake is already posted: start a new one.</source>
        <translation>这次盘点已过账：请重新开始盘点。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="263"/>
        <source>Return tariff, row {row}: {names} is not a province on the list.</source>
        <translation>退回费标准第 {row} 行：{names} 不是列表中的省份。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="268"/>
        <source>Return tariff, row {row}: {names} already appears in another row.</source>
        <translation>退回费标准第 {row} 行：{names} 已在其他行出现。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="272"/>
        <source>The return tariff needs one row without provinces: it applies to every other province.</source>
        <translation>退回费标准需要一行不填省份：适用于其他所有省份。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="277"/>
        <source>Return tariff, row {row}: only one row may be without provinces.</source>
        <translation>退回费标准第 {row} 行：只能有一行不填省份。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="281"/>
        <source>Return tariff, row {row}: free kg and 元/kg must be numbers, 0 or more (元/kg at most 1000).</source>
        <translation>退回费标准第 {row} 行：免费公斤数和元/公斤须为不小于 0 的数字（元/公斤不超过 1000）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="286"/>
        <source>{field}: the file cannot be found.</source>
        <translation>{field}：找不到该文件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="289"/>
        <source>「{place}」 cannot be a 代收 place: write it as a receipt shows it, in letters or Chinese characters, without digits or commas.</source>
        <translation>「{place}」不能作为代收点：请按回单上的写法填写，只用汉字或字母，不要数字或逗号。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="294"/>
        <source>Delivery list, line {line}: the date must be written as 2026-11-23.</source>
        <translation>派件清单第 {line} 行：日期请写成 2026-11-23 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="300"/>
        <source>Delivery list, line {line}: 「{name}」 is not a courier of this station (设置 → couriers).</source>
        <translation>派件清单第 {line} 行：「{name}」不是本网点的派件员（设置 → 派件员）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="306"/>
        <source>Delivery list, line {line}: 「{number}」 is not a waybill number of this station&apos;s carriers.</source>
        <translation>派件清单第 {line} 行：「{number}」不是本网点所属快递公司的运单号。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="311"/>
        <source>Type at least 5 characters of the waybill, the last 4 digits of the phone, or a name.</source>
        <translation>请输入运单号至少5位、手机后4位或姓名。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="316"/>
        <source>Write the full address (at least {n} characters), not just 「搬地方」.</source>
        <translation>请写详细地址（至少 {n} 个字），不要简单写「搬地方」。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="320"/>
        <source>{field} is not valid.</source>
        <translation>{field}不正确。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="331"/>
        <source>Job number or password is wrong. {n} attempts left before the account is locked.</source>
        <translation>工号或密码不正确。再错 {n} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="336"/>
        <source>Job number or password is wrong.</source>
        <translation>工号或密码不正确。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="338"/>
        <source>Too many wrong passwords: this account is locked until {time}. A supervisor can unlock it by setting a new password.</source>
        <translation>密码错误次数过多，账号已锁定到 {time}。主管可以设置新密码解锁。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="344"/>
        <source>This account has been deactivated. Ask a supervisor.</source>
        <translation>此账号已停用，请联系主管。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="346"/>
        <source>Your role may not do this. Ask a supervisor.</source>
        <translation>您的岗位无权进行此操作，请联系主管。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="348"/>
        <source>Job number {job} is already in use.</source>
        <translation>工号 {job} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="352"/>
        <source>The record no longer exists; refresh the list.</source>
        <translation>该记录已不存在，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="354"/>
        <source>This station has already been set up.</source>
        <translation>本网点已经设置过了。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="145"/>
        <source>Still missing: {fields}. A problem parcel without its details is neither returned nor messaged.</source>
        <translation>还缺：{fields}。没有注明原因的快件，一律不作退件处理，也不予留言。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="150"/>
        <source>A courier who would not carry it upstairs or was rude does not make a problem parcel: no message is left.</source>
        <translation>快递员不送上楼或态度不好不算问题件，不予留言。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="155"/>
        <source>{number} is already in stock: {code} at {location}, since {since}, scanned in by {by}.</source>
        <translation>{number} 已在库：{location} 库位，取件码 {code}，自 {since} 起，由 {by} 入库。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="161"/>
        <source>{number} has already left: {how}, scanned out by {by} at {at}.</source>
        <translation>{number} 已出库：{how}，由 {by} 于 {at} 扫描出库。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="167"/>
        <source>{number} is not in the warehouse: it was never scanned in here.</source>
        <translation>{number} 不在仓库：本站没有它的入库记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="171"/>
        <source>{number} has no delivery scan: do the delivery scan of its area first, then return it.</source>
        <translation>{number} 没有派件扫描：必须先做所属承包区的派件扫描，再做退件处理。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="176"/>
        <source>Neither the pickup code nor the phone&apos;s last 4 digits match {number}: do not hand it over.</source>
        <translation>取件码和手机尾号都与 {number} 不符：不能交件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="181"/>
        <source>No room left in the {area}: type a location with room, or add one in the warehouse settings.</source>
        <translation>{area}已满：请输入有空位的库位，或在仓库设置中添加库位。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="186"/>
        <source>{number} is not on this driver&apos;s pickup list: keep it here.</source>
        <translation>{number} 不在该司机的提货单上：请留在仓库。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="42"/>
        <source>到付 receipt: 「{signer}」 is no name. Enter the name of who paid, or ask a supervisor to approve the exception (RE-3).</source>
        <translation>到付回单：「{signer}」不是名字。请输入付款人的名字，或请主管批准例外（RE-3）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="47"/>
        <source>{number} is in the warehouse as 「{reason}」 ({code} at {location}, since {since}, scanned in by {by}): close the problem (scan it out) first, or ask a supervisor to override (X-6).</source>
        <translation>{number} 在仓库中，原因「{reason}」（{location} 的 {code}，{since} 由 {by} 入仓）：请先处理完问题件（出仓扫描），或请主管放行（X-6）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="55"/>
        <source>{number} is on {courier}&apos;s delivery list of {day}: enter it in {courier}&apos;s batch, or keep it here with a reason (X-6).</source>
        <translation>{number} 在 {courier} {day} 的派件清单上：请录入 {courier} 的批次，或填写原因后留在本批（X-6）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="61"/>
        <source>The delivery list says {listed} piece(s), you typed {entered}: check the receipt&apos;s 「共收几件」 and confirm, or correct the count (X-6).</source>
        <translation>派件清单上是 {listed} 件，您输入的是 {entered} 件：请核对回单上的「共收几件」后确认，或改正件数（X-6）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="66"/>
        <source>到付 receipt: 0 is no amount. Type the amount collected, or ask a supervisor to approve the exception (RE-3).</source>
        <translation>到付回单：0 不是金额。请输入实收金额，或请主管批准例外（RE-3）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages.py" line="369"/>
        <source>The action could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_warehouse.py" line="148"/>
        <location filename="../../src/counter_app/ui/messages_waybills.py" line="21"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_waybills.py" line="28"/>
        <source>No number was read. Scan again.</source>
        <translation>没有读到单号，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_waybills.py" line="30"/>
        <source>The number contains characters a waybill number never has: {chars}. Scan again or check the number.</source>
        <translation>单号中有运单号不会有的字符：{chars}。请重新扫描或核对单号。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_waybills.py" line="36"/>
        <source>{carrier} numbers have {lengths} characters; this one has {n}. Part of the code was not read: scan again.</source>
        <translation>{carrier}单号应为 {lengths} 位，读到的是 {n} 位。条码没有读全，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_waybills.py" line="46"/>
        <source>Check digit wrong (should be {digit}): the code was misread. Scan again.</source>
        <translation>校验位错误（应为 {digit}）：条码读错了，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_waybills.py" line="51"/>
        <source>{carrier} parcel (同行件): this station does not accept other carriers&apos; parcels.</source>
        <translation>{carrier}的快件（同行件）：本网点不收其他快递公司的快件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_waybills.py" line="56"/>
        <source>Neither the barcode nor the printed digits give a whole number: set the receipt aside.</source>
        <translation>条码和印刷数字都不完整，请把这张回单放到待查。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_waybills.py" line="62"/>
        <source>That was not a barcode ({n} characters typed very fast); it was not kept.</source>
        <translation>这不是条码（快速输入的 {n} 个字符），没有保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_waybills.py" line="66"/>
        <source>{number} is not a waybill number of any known carrier.</source>
        <translation>{number} 不是任何已知快递公司的运单号。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="77"/>
        <source>Enter the signer: the name, or F6 草签 / F7 已收 / F8 邮件签收章.</source>
        <translation>请输入签收人：姓名，或按 F6 草签 / F7 已收 / F8 邮件签收章。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="80"/>
        <source>「本人」 is not a signer: enter the recipient&apos;s name ({name}, press F10 to use it).</source>
        <translation>不能输「本人」：请输入收件人的名字（{name}，按 F10 直接填入）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="83"/>
        <source>「本人」 is not a signer: enter the recipient&apos;s name.</source>
        <translation>不能输「本人」：请输入收件人的名字。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="85"/>
        <source>A signer is never digits (「不能用数字来签收」).</source>
        <translation>签收人不能是数字（「不能用数字来签收」）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="87"/>
        <source>Commas only like this: surname only → 张,, (one comma per unreadable character, or type 张2); given name only → ,伟.</source>
        <translation>逗号只能这样用：只看清姓 → 张,,（看不清几个字就几个逗号，也可输 张2）；只看清名 → ,伟。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="90"/>
        <source>These characters cannot be in a name: {chars}</source>
        <translation>名字里不能有这些字符：{chars}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="93"/>
        <source>Too long for a name (at most {n} characters).</source>
        <translation>名字太长（最多 {n} 个字）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="96"/>
        <source>One character alone is ambiguous: for a surname type 张, or 张2; for a given name type ,伟.</source>
        <translation>只有一个字分不清：只看清姓请输 张, 或 张2；只看清名请输 ,伟。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="99"/>
        <source>「拒收」 is a refusal, not a signature: do not enter it as signed. Scan the parcel into the warehouse as refused (破损拒收 if the contents are damaged) and message the origin company (WH-15).</source>
        <translation>「拒收」是拒收，不是签收：不要录入为已签收。请把快件扫描入仓作拒收件（内件破损的作破损拒收），并给始发公司留言（WH-15）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="104"/>
        <source>A signer never carries a number: enter {name} as the signer and {n} in the pieces field.</source>
        <translation>签收人不能带数字：签收人输入 {name}，件数栏输入 {n}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_receipts.py" line="107"/>
        <source>Not a valid signer.</source>
        <translation>签收人不正确。</translation>
    </message>
</context>
<context>
    <name>MisrouteWorkspace</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="69"/>
        <source>waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="70"/>
        <source>origin province</source>
        <translation>始发省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="71"/>
        <source>origin site</source>
        <translation>始发地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="72"/>
        <source>wrong 大字</source>
        <translation>错写大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="73"/>
        <source>correct 大字</source>
        <translation>正确大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="74"/>
        <source>date found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="75"/>
        <source>found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="76"/>
        <source>what was done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="83"/>
        <source>Missing: correct 大字 written</source>
        <translation>漏写：补写正确大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="84"/>
        <source>Wrong: crossed out and rewritten</source>
        <translation>写错：划掉后重写</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="87"/>
        <source>Right but untidy: rewritten neatly</source>
        <translation>字迹潦草：在旁边重新写清楚</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="153"/>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="154"/>
        <source>{number}: found {date} by {who}; shown for correction.</source>
        <translation>{number}：{date} 由 {who} 登记，已调出供修改。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="164"/>
        <source>New entry</source>
        <translation>新登记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="165"/>
        <source>{number}: fill in origin and 大字, then Enter.</source>
        <translation>{number}：请填写始发地和大字，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="239"/>
        <source>Saved {number}. Still missing: {fields}.</source>
        <translation>{number} 已保存。还缺：{fields}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="243"/>
        <source>Saved {number}; complete, waiting for verification.</source>
        <translation>{number} 已保存，信息完整，等待核实。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="327"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="330"/>
        <source>Wrong 大字</source>
        <translation>错写大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="331"/>
        <source>Correct 大字</source>
        <translation>正确大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="332"/>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="333"/>
        <source>By</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="334"/>
        <source>Done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="335"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="355"/>
        <source>{n} row(s) not ready for the report: {rows}</source>
        <translation>有 {n} 条还不能上报：{rows}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="360"/>
        <source>Every row is complete and verified.</source>
        <translation>所有记录都已填写完整并核实。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="364"/>
        <source>Closed (locked)</source>
        <translation>已结账（锁定）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="366"/>
        <source>Open</source>
        <translation>未结账</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="376"/>
        <source>missing: {fields}</source>
        <translation>缺：{fields}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="380"/>
        <source>not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="381"/>
        <source>verified by {who}</source>
        <translation>已由 {who} 核实</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="390"/>
        <source>Select a row first.</source>
        <translation>请先选中一条记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="399"/>
        <source>Verified.</source>
        <translation>已核实。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="425"/>
        <source>{month}: {ready} row(s) go into the report; {open} row(s) are left out until complete and verified.</source>
        <translation>{month}：{ready} 条将上报；{open} 条在填写完整并核实之前不会上报。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="460"/>
        <source>Preparing the report…</source>
        <translation>正在生成上报表…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="467"/>
        <source>Misroute report {month}</source>
        <translation>错写大字上报表 {month}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="483"/>
        <source>Export the misroute report to</source>
        <translation>把错写大字上报表导出到</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="521"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="523"/>
        <source>{file} could not be written ({error}); an earlier file of that name is unchanged.</source>
        <translation>{file} 无法写入（{error}）；同名的旧文件没有改动。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="516"/>
        <source>Written: {files}</source>
        <translation>已写入：{files}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="328"/>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="542"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="259"/>
        <source>The warehouse record could not be opened: {why}</source>
        <translation>未能建立仓库记录：{why}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="262"/>
        <source>Warehouse problem record {code} (shelf {location}): the warehouse desk contacts the recipient; if unreachable it messages the sending company.</source>
        <translation>已建仓库问题件记录 {code}（货架 {location}）：仓库联系收件人；联系不上则给始发公司留言。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="329"/>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="543"/>
        <source>Origin site</source>
        <translation>始发地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="533"/>
        <source>Exporting the report…</source>
        <translation>正在导出上报表…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="546"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="572"/>
        <source>The {month} misroute report was due on {due}: {days} day(s) overdue.</source>
        <translation>{month} 的错写大字上报表应在 {due} 前上报，已逾期 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="579"/>
        <source>The {month} misroute report is due on {due} ({days} day(s) left).</source>
        <translation>{month} 的错写大字上报表须在 {due} 前上报（还有 {days} 天）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="588"/>
        <source>{number} is already registered (found {date} by {who}).</source>
        <translation>{number} 已经登记过（{date}，{who}）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="593"/>
        <source>{month} was closed by {who} at {at}; only a supervisor can change its rows.</source>
        <translation>{month} 已由 {who} 在 {at} 关闭，只有主管可以修改其中的记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="598"/>
        <source>{month} is closed; only a supervisor can change its rows.</source>
        <translation>{month} 已结账，只有主管可以修改其中的记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="602"/>
        <source>Cannot verify: missing {fields}.</source>
        <translation>不能核实：缺{fields}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="606"/>
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
        <location filename="../ui/misroute_workspace.ui" line="84"/>
        <source>e.g. 温州瓯海</source>
        <translation>例如 温州瓯海</translation>
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
        <location filename="../ui/misroute_workspace.ui" line="74"/>
        <source>Origin s&amp;ite (始发地)</source>
        <translation>始发地(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="94"/>
        <source>W&amp;rong 大字</source>
        <translation>错写大字(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/misroute_workspace.ui" line="168"/>
        <source>Wh&amp;at was done</source>
        <translation>处理方式(&amp;A)</translation>
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
        <source>Close mon&amp;th</source>
        <translation>结账(&amp;T)</translation>
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
    <name>NoticesPage</name>
    <message>
        <location filename="../ui/notify_notices.ui" line="19"/>
        <source>Parcel</source>
        <translation>快件</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="27"/>
        <source>&amp;Waybill</source>
        <translation>运单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="40"/>
        <source>Scan or type; Enter</source>
        <translation>扫描或输入，回车</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="74"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="81"/>
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="88"/>
        <source>&amp;QR code</source>
        <translation>二维码(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="95"/>
        <source>Sent &amp;by hand</source>
        <translation>已手工发送(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="109"/>
        <source>The customer&apos;s reply</source>
        <translation>客户的回复</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="116"/>
        <source>Record &amp;reply</source>
        <translation>记录回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="150"/>
        <source>Record c&amp;onsent</source>
        <translation>登记意愿(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="162"/>
        <source>Today&apos;s reminders (WH-8)</source>
        <translation>今日提醒（WH-8）</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="183"/>
        <source>&amp;Hold</source>
        <translation>暂不发送(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="190"/>
        <source>Send after &amp;all</source>
        <translation>照常发送(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="197"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="224"/>
        <source>Consent register CSV…</source>
        <translation>代收同意登记 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/notify_notices.ui" line="231"/>
        <source>Consent register XLSX…</source>
        <translation>代收同意登记 XLSX…</translation>
    </message>
</context>
<context>
    <name>NotifyMessages</name>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="24"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="25"/>
        <source>Station address</source>
        <translation>网点地址</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="26"/>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="27"/>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="28"/>
        <source>SMS signature</source>
        <translation>短信签名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="29"/>
        <source>Daily cap per phone</source>
        <translation>每号每日上限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="30"/>
        <source>Reminders from</source>
        <translation>提醒发送时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="31"/>
        <source>Template code</source>
        <translation>模板代码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="32"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="33"/>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="34"/>
        <source>Test phone</source>
        <translation>测试手机号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="35"/>
        <source>Recipient phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="36"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="37"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="38"/>
        <source>SMS provider</source>
        <translation>短信服务商</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="39"/>
        <source>SDK AppID</source>
        <translation>SDK AppID</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="40"/>
        <source>Reply queue</source>
        <translation>回复队列</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="41"/>
        <source>Receipt queue</source>
        <translation>回执队列</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="48"/>
        <source>Arrived (pickup code)</source>
        <translation>到站通知（取件码）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="49"/>
        <source>Reminder</source>
        <translation>催取提醒</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="50"/>
        <source>Last day before return</source>
        <translation>最后取件日</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="51"/>
        <source>Problem: please answer</source>
        <translation>问题件请回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="52"/>
        <source>Pickup order confirmed</source>
        <translation>取件预约确认</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="59"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="60"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="61"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="62"/>
        <source>failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="63"/>
        <source>held</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="64"/>
        <source>to copy by hand</source>
        <translation>待手工发送</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="71"/>
        <source>Agrees to station pickup</source>
        <translation>同意驿站自取</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="72"/>
        <source>Wants door delivery</source>
        <translation>要求送货上门</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="73"/>
        <source>Refused</source>
        <translation>拒收件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="80"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="81"/>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="82"/>
        <source>SMS reply</source>
        <translation>短信回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="83"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="84"/>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="92"/>
        <source>Template: {{{name}}} is not a field a notice can fill. Use {{station}}, {{address}}, {{hours}}, {{code}}, {{waybill}}, {{due}} or {{phone}}.</source>
        <translation>模板：{{{name}}} 不是通知能填写的字段。可用 {{station}}、{{address}}、{{hours}}、{{code}}、{{waybill}}、{{due}} 或 {{phone}}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="97"/>
        <source>Template: a brace {{ or }} is missing around a field.</source>
        <translation>模板：字段缺少 {{ 或 }}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="100"/>
        <source>No SMS provider is set up on this PC: choose the provider, save its settings and this PC&apos;s AccessKey first.</source>
        <translation>本机未设置短信服务商：请先选择服务商，保存其设置和本机的 AccessKey。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="104"/>
        <source>The SMS provider refused the message: {code}.</source>
        <translation>短信服务商拒绝了该短信：{code}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="108"/>
        <source>Valid until: the day is already past.</source>
        <translation>有效期至：该日期已过。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="110"/>
        <source>Valid until: at most three years from today.</source>
        <translation>有效期至：最长为今天起三年。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="113"/>
        <source>Reminders from: a time such as 09:00.</source>
        <translation>提醒发送时间：请填写时间，如 09:00。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="121"/>
        <source>This parcel already has a notice of this kind today ({status}, by {by}): at most one a day.</source>
        <translation>该快件今天已有同类通知（{status}，{by}）：每天最多一条。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="128"/>
        <source>This recipient already had {n} messages today, the provider&apos;s daily limit: call, or send it tomorrow.</source>
        <translation>该收件人今天已收到 {n} 条短信，达到服务商每日上限：请打电话，或明天再发。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="132"/>
        <source>{number} has no recipient phone: record it on the parcel first.</source>
        <translation>{number} 没有收件人电话：请先在快件上登记电话。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="147"/>
        <source>SMS {notice}: {status}</source>
        <translation>短信{notice}：{status}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="152"/>
        <source>by hand</source>
        <translation>手工</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="155"/>
        <source>Customer replied: {text}</source>
        <translation>客户回复：{text}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="162"/>
        <source>Consent recorded: {decision} ({channel}), valid until {until}</source>
        <translation>登记代收意愿：{decision}（{channel}），有效期至 {until}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="175"/>
        <source>asks to return it</source>
        <translation>要求退回</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="176"/>
        <source>asks for door delivery</source>
        <translation>要求送货上门</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="177"/>
        <source>asks for no more messages</source>
        <translation>要求退订短信</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="184"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="185"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_notify.py" line="186"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
</context>
<context>
    <name>NotifyPages</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="103"/>
        <source>{chars} characters with the signature: {parts} SMS, {room} more fit (70 in one SMS, 67 per part when longer)</source>
        <translation>含签名 {chars} 字：计 {parts} 条短信，还可写 {room} 字（单条 70 字，长短信每条 67 字）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="308"/>
        <source>Notice as QR code</source>
        <translation>通知二维码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="316"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="173"/>
        <source>Today&apos;s reminders</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="174"/>
        <source>Customer replies</source>
        <translation>客户回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="175"/>
        <source>Consent register</source>
        <translation>同意登记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="200"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="232"/>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="245"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="232"/>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="286"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="233"/>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="233"/>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="246"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="234"/>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="287"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="234"/>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="287"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="238"/>
        <source>will be sent</source>
        <translation>将发送</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="241"/>
        <source>Waiting for collection without consent (X-7): {n}</source>
        <translation>未经同意存放待取（X-7）：{n} 件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="245"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="279"/>
        <source>{number} was never in stock.</source>
        <translation>{number} 从未入库。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="286"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="292"/>
        <source>{number} · code {code} · {phone}</source>
        <translation>{number} · 取件码 {code} · {phone}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="295"/>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="299"/>
        <source>Consent (X-7): never asked</source>
        <translation>代收同意（X-7）：未询问</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="300"/>
        <source>Consent (X-7): {decision}, {channel}, {at} by {by}, valid until {until}</source>
        <translation>代收同意（X-7）：{decision}，{channel}，{at} {by} 登记，有效期至 {until}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="318"/>
        <source>Customer replied {at}: {text}</source>
        <translation>客户于 {at} 回复：{text}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="323"/>
        <source>(shown on all {n} parcels of this phone)</source>
        <translation>（该号码的 {n} 件在库快件都显示此回复）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="359"/>
        <source>{number}: notice queued.</source>
        <translation>{number}：通知已排队。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="367"/>
        <source>Text copied.</source>
        <translation>已复制文本。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="385"/>
        <source>Recorded as sent.</source>
        <translation>已登记为已发送。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="393"/>
        <source>Reply recorded.</source>
        <translation>已记录回复。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="406"/>
        <source>Consent recorded.</source>
        <translation>已登记代收意愿。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="419"/>
        <source>Reminder held.</source>
        <translation>提醒已暂缓。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="428"/>
        <source>Reminder released.</source>
        <translation>提醒将照常发送。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="436"/>
        <source>Save the consent register</source>
        <translation>保存代收同意登记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="460"/>
        <source>Saved {name}: {n} entries.</source>
        <translation>已保存 {name}：{n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="553"/>
        <source>Reply / receipt queues</source>
        <translation>回复 / 回执队列</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="554"/>
        <source>SDK AppID (Tencent)</source>
        <translation>SDK AppID（腾讯云）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="555"/>
        <source>Tencent Cloud only: the SMS application&apos;s SdkAppId</source>
        <translation>仅腾讯云：短信应用的 SdkAppId</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="557"/>
        <source>SmsUp queue, e.g. Alicom-Queue-…-SmsUp (empty: replies not read)</source>
        <translation>上行短信队列，如 Alicom-Queue-…-SmsUp（留空：不读取回复）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="559"/>
        <source>SmsReport queue (optional)</source>
        <translation>回执队列 SmsReport（可选）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="367"/>
        <source>X-7: {phone} has not agreed to collect at the station. Ask and record the answer:</source>
        <translation>X-7：{phone} 尚未同意驿站自取。请询问并登记：</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="370"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="601"/>
        <source>This PC keeps the AccessKey in {path} (readable by this Windows/Linux user only), not in the database or settings.ini.</source>
        <translation>本机的 AccessKey 保存在 {path}（仅本系统用户可读），不在数据库或 settings.ini 中。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="638"/>
        <source>Parcel {number} ({phone})</source>
        <translation>快件 {number}（{phone}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="640"/>
        <source>No parcel in stock</source>
        <translation>库内无快件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="662"/>
        <source>Templates saved.</source>
        <translation>模板已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="692"/>
        <source>Provider saved.</source>
        <translation>服务商设置已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="701"/>
        <source>Test SMS accepted by the provider ({code}).</source>
        <translation>服务商已接受测试短信（{code}）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="705"/>
        <source>Sending a test SMS…</source>
        <translation>正在发送测试短信…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="734"/>
        <source>X-7: kept for collection without the recipient&apos;s consent; ask and record it on the Notices tab.</source>
        <translation>X-7：未经收件人同意存放待取；请询问并在“通知”页登记。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_pages.py" line="752"/>
        <source>X-7: {n} parcel(s) kept for collection without the recipient&apos;s consent (amber rows): ask and record it on the Notices tab.</source>
        <translation>X-7：{n} 件快件未经收件人同意存放待取（黄色行）：请询问并在“通知”页登记。</translation>
    </message>
</context>
<context>
    <name>NotifyPanels</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="125"/>
        <source>Replies to the station&apos;s SMS, last 7 days. Coloured ones ask for a return, a door delivery or no more messages: read them and decide — nothing is done automatically.</source>
        <translation>近 7 天客户对网点短信的回复。带颜色的要求退回、送货上门或退订：请阅读后自行处理——系统不会自动执行。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="129"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="154"/>
        <source>This PC reads the replies from the SMS provider.</source>
        <translation>本机从短信服务商读取回复。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="155"/>
        <source>Replies are read by the PC that holds the provider&apos;s key (with a reply queue set in Settings → Notices).</source>
        <translation>回复由保存服务商密钥的电脑读取（需在 设置 → 通知 中填写回复队列）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="165"/>
        <source>no notice in the last 7 days</source>
        <translation>近 7 天未发通知</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="168"/>
        <source>Received</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="168"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="169"/>
        <source>Asks</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="169"/>
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="170"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="172"/>
        <source>Read it and decide: nothing is done automatically.</source>
        <translation>请阅读后自行处理：系统不会自动执行。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="226"/>
        <source>Phone: last digits as shown, or the whole number</source>
        <translation>手机号：按显示的尾号，或完整号码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="229"/>
        <source>All answers</source>
        <translation>全部答复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="231"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="266"/>
        <source>{n} entries</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="268"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="268"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="269"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="269"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="270"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="270"/>
        <source>Recorded</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="271"/>
        <source>By</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="271"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/notify_panels.py" line="272"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>NotifySettingsPage</name>
    <message>
        <location filename="../ui/notify_settings.ui" line="17"/>
        <source>Notice templates</source>
        <translation>通知模板</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="23"/>
        <source>&amp;Notice</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="36"/>
        <source>Te&amp;xt</source>
        <translation>内容(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="52"/>
        <source>Fields: {station} {address} {hours} {code} {waybill} {due} {phone}</source>
        <translation>字段：{station} {address} {hours} {code} {waybill} {due} {phone}</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="59"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="73"/>
        <source>Station &amp;address</source>
        <translation>网点地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="90"/>
        <source>Opening &amp;hours</source>
        <translation>营业时间(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="107"/>
        <source>SMS &amp;signature</source>
        <translation>短信签名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="124"/>
        <source>&amp;Preview with parcel</source>
        <translation>用快件预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="137"/>
        <source>Waybill (empty: the newest parcel in stock)</source>
        <translation>运单号（留空：库内最新快件）</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="151"/>
        <source>Save te&amp;mplates</source>
        <translation>保存模板(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="161"/>
        <source>SMS provider</source>
        <translation>短信服务商</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="167"/>
        <source>Pro&amp;vider</source>
        <translation>服务商(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="180"/>
        <source>SMS si&amp;gnature</source>
        <translation>短信签名(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="197"/>
        <source>Endpoint (empty: public)</source>
        <translation>接口地址（留空：官方地址）</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="214"/>
        <source>Daily cap per phone</source>
        <translation>每号每日上限</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="234"/>
        <source>Reminders from</source>
        <translation>提醒发送时间</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="251"/>
        <source>AccessKey &amp;ID</source>
        <translation>AccessKey ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="268"/>
        <source>AccessKey secre&amp;t</source>
        <translation>AccessKey Secret(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="284"/>
        <source>unchanged when empty</source>
        <translation>留空则不变</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="291"/>
        <source>Template code: arrived</source>
        <translation>模板代码：到站通知</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="308"/>
        <source>Template code: reminder</source>
        <translation>模板代码：催取提醒</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="325"/>
        <source>Template code: last day</source>
        <translation>模板代码：最后取件日</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="342"/>
        <source>Template code: problem</source>
        <translation>模板代码：问题件</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="359"/>
        <source>Template code: pickup order</source>
        <translation>模板代码：取件预约</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="376"/>
        <source>Send the arrival notice at scan-in (parcels kept for collection)</source>
        <translation>入库时自动发送到站通知（待取件）</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="390"/>
        <source>Save p&amp;rovider</source>
        <translation>保存服务商(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="402"/>
        <source>Phone for a test SMS</source>
        <translation>测试短信手机号</translation>
    </message>
    <message>
        <location filename="../ui/notify_settings.ui" line="409"/>
        <source>Send t&amp;est</source>
        <translation>发送测试(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ParcelView</name>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="195"/>
        <source>Counter</source>
        <translation>收寄</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="196"/>
        <source>Delivery list</source>
        <translation>派件清单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="197"/>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="198"/>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="199"/>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="200"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="201"/>
        <source>Receipts</source>
        <translation>回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="202"/>
        <source>Misroutes</source>
        <translation>错写大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="203"/>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="204"/>
        <source>Service desk</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="205"/>
        <source>Notebook</source>
        <translation>工作笔记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="210"/>
        <source>{amount} 元</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="218"/>
        <source>Accepted: {contents}, {weight} kg, {total}; from {sender} {sender_phone}, {sender_address} (ID {doc}); to {recipient} {recipient_phone}, {recipient_address}</source>
        <translation>收寄：{contents}，{weight} 公斤，{total}；寄件人 {sender} {sender_phone}，{sender_address}（证件 {doc}）；收件人 {recipient} {recipient_phone}，{recipient_address}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="230"/>
        <source>On {courier}&apos;s delivery list: {recipient}, {pieces} piece(s)</source>
        <translation>在{courier}的派件清单上：{recipient}，{pieces} 件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="235"/>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="258"/>
        <source>COD {amount}</source>
        <translation>到付 {amount}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="239"/>
        <source>Scanned in: {reason}, {location} {code} · {who}</source>
        <translation>入库：{reason}，{location} {code} · {who}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="245"/>
        <source>Left the warehouse: {how}</source>
        <translation>出库：{how}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="253"/>
        <source>Signed by {signer}, {pieces} piece(s); batch of {courier} for {day}</source>
        <translation>签收人 {signer}，{pieces} 件；{courier} {day} 的回单批次</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="261"/>
        <source>entered late</source>
        <translation>录入超时</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="264"/>
        <source>Misroute register: from {site} ({province}), 大字 {wrong} → {right}</source>
        <translation>错写大字登记：始发 {site}（{province}），大字 {wrong} → {right}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="269"/>
        <source>Headless parcel #{n} matched: {description} · photo {file}</source>
        <translation>无头件 #{n} 已认领：{description} · 照片 {file}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="274"/>
        <source>Headless parcel #{n} matched: {description}</source>
        <translation>无头件 #{n} 已认领：{description}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="278"/>
        <source>Enquiry #{n} ({kind}) from {who}: {question} — reply due {due}</source>
        <translation>查询 #{n}（{kind}）来自 {who}：{question} — 须在 {due} 前回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="283"/>
        <source>Enquiry #{n} answered: {answer}</source>
        <translation>查询 #{n} 已回复：{answer}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="286"/>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="289"/>
        <source>Note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="40"/>
        <source>{number}: no desk of this station has a record of it.</source>
        <translation>{number}：本网点各岗位均无记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="44"/>
        <source>accepted at our counter</source>
        <translation>本网点收寄</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="46"/>
        <source>in the warehouse now: {location}</source>
        <translation>现在仓库：{location}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="49"/>
        <source>signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="51"/>
        <source>{n} enquiry(ies) open</source>
        <translation>{n} 条查询未回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="146"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="146"/>
        <source>Desk</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="147"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="147"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="150"/>
        <source>Parcel &amp;view:</source>
        <translation>单号查件(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="151"/>
        <source>Scan or type a waybill</source>
        <translation>扫描或输入运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="152"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/parcel_view.py" line="202"/>
        <source>Parcel view — everything this station knows about one waybill</source>
        <translation>单号全程 — 本网点关于该运单的全部记录</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/counter_app/ui/printing.py" line="194"/>
        <source>{title}: printing cancelled; nothing was printed.</source>
        <translation>{title}：已取消打印，未打印任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/printing.py" line="197"/>
        <source>{title} was not printed: {error}</source>
        <translation>{title} 未打印：{error}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/printing.py" line="200"/>
        <source>{title} reprinted (补打), {n} page(s).</source>
        <translation>{title} 已补打，共 {n} 页。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/printing.py" line="202"/>
        <source>{title} printed, {n} page(s).</source>
        <translation>{title} 已打印，共 {n} 页。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/printing.py" line="236"/>
        <source>the printer {name} is not available.</source>
        <translation>打印机 {name} 不可用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/printing.py" line="237"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/printing.py" line="243"/>
        <source>the printer refused page {n}.</source>
        <translation>打印机拒收第 {n} 页。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/printing.py" line="386"/>
        <source>Printing {title}…</source>
        <translation>正在打印 {title}…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/printing.py" line="393"/>
        <source>Preparing {title}…</source>
        <translation>正在生成 {title}…</translation>
    </message>
</context>
<context>
    <name>ReceiptsQuestions</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_questions.py" line="35"/>
        <source>On another courier&apos;s list</source>
        <translation>在其他业务员的派件清单上</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_questions.py" line="38"/>
        <source>{number} is on {courier}&apos;s delivery list of {day}. Enter it in {courier}&apos;s batch, or keep it in this batch and say why (X-6).</source>
        <translation>{number} 在{courier} {day}的派件清单上。录入{courier}的回单批次，或留在本批次并说明原因（X-6）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_questions.py" line="49"/>
        <source>Reason to keep it here, e.g. handed over to this courier</source>
        <translation>留在本批次的原因，如已转交本业务员派送</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_questions.py" line="57"/>
        <source>&amp;Move to {courier}&apos;s batch</source>
        <translation>录入{courier}的批次(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_questions.py" line="60"/>
        <source>&amp;Keep here</source>
        <translation>留在本批次(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_questions.py" line="79"/>
        <source>Type the reason to keep it in this batch.</source>
        <translation>请填写留在本批次的原因。</translation>
    </message>
</context>
<context>
    <name>ReceiptsWorkspace</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="78"/>
        <source>full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="79"/>
        <source>surname only</source>
        <translation>只有姓</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="80"/>
        <source>given name only</source>
        <translation>只有名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="81"/>
        <source>scrawl</source>
        <translation>草签</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="82"/>
        <source>no signature</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="83"/>
        <source>stamp</source>
        <translation>签收章</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="160"/>
        <source>driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="162"/>
        <source>courier</source>
        <translation>派件员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="181"/>
        <source>Open the courier&apos;s batch first (Ctrl+B); the scan was not entered.</source>
        <translation>请先开该派件员的批次（Ctrl+B）；这次扫描没有录入。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="177"/>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="184"/>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="192"/>
        <source>Not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="178"/>
        <source>The last receipt is still being saved: scan {number} again when it is.</source>
        <translation>上一张回单还在保存：保存完成后请重新扫描 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="197"/>
        <source>Receipt</source>
        <translation>回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="205"/>
        <source>Choose the courier or driver first.</source>
        <translation>请先选择派件员或司机。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="243"/>
        <source>Open a batch: courier or driver, delivery day, Ctrl+B.</source>
        <translation>请先开批次：选派件员或司机、派送日期，按 Ctrl+B。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="251"/>
        <source>{courier} · {day} · {count} receipt(s), {pieces} piece(s) · 到付 {cod} totalling {total}</source>
        <translation>{courier} · {day} · 已录 {count} 张，{pieces} 件 · 到付 {cod} 张，合计 {total} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="268"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="269"/>
        <source>Signer</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="270"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="271"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="272"/>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="73"/>
        <source>到付</source>
        <translation>到付</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="273"/>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="274"/>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="74"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="284"/>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="306"/>
        <source>The batch stays open: {n} parcel(s) of the list have no receipt yet ({first}…).</source>
        <translation>批次未关闭：清单中还有 {n} 件没有回单（{first}…）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="324"/>
        <source>Batch cover {courier} {day}</source>
        <translation>回单封面 {courier} {day}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="330"/>
        <source>Batch closed: {count} receipt(s). Write on the first receipt: {courier}, {count}, {day}.</source>
        <translation>批次已结束：共 {count} 张。请在第一张回单上写：{courier}、{count} 张、{day}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="345"/>
        <source>Parcels of the list not entered</source>
        <translation>清单中有件未录入</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="346"/>
        <source>{n} parcel(s) of the delivery list have no receipt: {numbers}. Close the batch anyway? The cover prints the list&apos;s count.</source>
        <translation>派件清单中有 {n} 件没有回单：{numbers}。仍要关闭批次吗？封面会打印清单件数。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="371"/>
        <source>Already entered by {who} at {when}: signer {signer}. Double-click it in the list to correct it.</source>
        <translation>已由 {who} 于 {when} 录入，签收人 {signer}。如需修改请在列表中双击。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="387"/>
        <source>recipient {name} (F10)</source>
        <translation>收件人 {name}（F10）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="392"/>
        <source>到付: type the amount collected</source>
        <translation>到付：请输入实收金额</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="394"/>
        <source>{n} pieces</source>
        <translation>共 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="396"/>
        <source>not on the delivery list</source>
        <translation>不在派件清单上</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="419"/>
        <source>On the delivery list of {courier} ({day}), not of this batch&apos;s courier (X-6).</source>
        <translation>在{courier}（{day}）的派件清单上，不是本批次业务员的（X-6）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="424"/>
        <source>The delivery list has it on {day}, this batch is of {batch}: lateness counts from {day} (X-6, RE-1).</source>
        <translation>派件清单日期为{day}，本批次为{batch}：是否逾期按{day}计算（X-6，RE-1）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="191"/>
        <source>Not saved: a supervisor must approve. {why}</source>
        <translation>未保存：须主管批准。{why}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="139"/>
        <source>Saved {number}.</source>
        <translation>{number} 已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="107"/>
        <source>Saving {number}…</source>
        <translation>正在保存 {number}…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="210"/>
        <source>Saved {number} in {courier}&apos;s batch of {day}.</source>
        <translation>已将 {number} 录入{courier} {day}的批次。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="231"/>
        <source>Piece count differs</source>
        <translation>件数不符</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="232"/>
        <source>The delivery list says {listed} piece(s); the receipt says {entered}. Save {entered}?</source>
        <translation>派件清单为 {listed} 件，回单为 {entered} 件。按 {entered} 件保存吗？</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="244"/>
        <source>Supervisor&apos;s approval</source>
        <translation>主管批准</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="245"/>
        <source>Ask a supervisor to approve saving it anyway?</source>
        <translation>请主管批准后仍然保存吗？</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="263"/>
        <source>Amount differs</source>
        <translation>金额不符</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="264"/>
        <source>The delivery list expects {expected}; the receipt says {amount}. Save {amount}? It is flagged on the COD list.</source>
        <translation>派件清单应收 {expected}，回单上是 {amount}。按 {amount} 保存吗？到付清单上会标出。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="275"/>
        <source>Correct receipt</source>
        <translation>修改回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_save.py" line="276"/>
        <source>Reason for the change:</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="500"/>
        <source>Correcting {number} (entered by {who} at {when}); Enter saves and asks for the reason, Esc cancels.</source>
        <translation>正在修改 {number}（{who} 于 {when} 录入）；回车保存并填写原因，Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="541"/>
        <source>No single number fits both parts: set the receipt aside.</source>
        <translation>两部分拼不出唯一的单号：请把回单放到待查。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="71"/>
        <source>Courier</source>
        <translation>派件员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="72"/>
        <source>Count</source>
        <translation>张数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="75"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="83"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="85"/>
        <source>open</source>
        <translation>录入中</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="92"/>
        <source>Delivery day {day}</source>
        <translation>派送日期 {day}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="94"/>
        <source>No receipts handed in: {courier} ({n} parcels on the list)</source>
        <translation>未交回单：{courier}（清单上 {n} 件）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="100"/>
        <source>Missing from {courier}&apos;s batch: {number}</source>
        <translation>{courier} 的回单缺：{number}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="106"/>
        <source>Late (after the deadline): {number} by {who}</source>
        <translation>逾期录入：{number}（{who}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="112"/>
        <source>Batch still open: {courier}</source>
        <translation>批次未结束：{courier}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="116"/>
        <source>Arrived, no receipt and no reason in the warehouse: {number} ({courier})</source>
        <translation>已到件，既无回单也未在仓库登记原因：{number}（{courier}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="121"/>
        <source>Nothing missing.</source>
        <translation>没有缺漏。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="140"/>
        <source>The file could not be read as a UTF-8 CSV: {error}</source>
        <translation>无法按 UTF-8 CSV 读取该文件：{error}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="146"/>
        <source>Imported {n} delivery-list line(s).</source>
        <translation>已导入派件清单 {n} 行。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="149"/>
        <source>Importing the delivery list…</source>
        <translation>正在导入派件清单…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="154"/>
        <source>Delivery list</source>
        <translation>派件清单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="163"/>
        <source>Select a batch first.</source>
        <translation>请先选中一个批次。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="173"/>
        <source>COD list {courier}</source>
        <translation>到付清单 {courier}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts_morning.py" line="195"/>
        <source>Receipt record</source>
        <translation>回单记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="604"/>
        <source>到付 receipt: type the amount collected (RE-3).</source>
        <translation>到付回单：请输入实收金额（RE-3）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="608"/>
        <source>{number} was already entered by {who} at {when} (signer {signer}).</source>
        <translation>{number} 已由 {who} 于 {when} 录入（签收人 {signer}）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="618"/>
        <source>No receipt entered for {number}.</source>
        <translation>{number} 没有录入过回单。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="621"/>
        <source>The batch of {courier} for {day} was closed by {who} at {at}; no second cover is printed. Correct single receipts from the list.</source>
        <translation>{courier} {day} 的回单批次已由 {who} 在 {at} 关闭，不再打印封面。请在列表中逐张更正回单。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="628"/>
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
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="18"/>
        <source>Shift handover sheet</source>
        <translation>交接班表</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="26"/>
        <source>D&amp;ay</source>
        <translation>日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="46"/>
        <source>&amp;Shift</source>
        <translation>班次(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="66"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="73"/>
        <location filename="../ui/warehouse_reports.ui" line="216"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="80"/>
        <location filename="../ui/warehouse_reports.ui" line="195"/>
        <source>Save P&amp;DF…</source>
        <translation>保存PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="133"/>
        <source>EMS register</source>
        <translation>EMS登记</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="141"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="161"/>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="181"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="202"/>
        <source>Save &amp;XLSX…</source>
        <translation>保存XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_reports.ui" line="209"/>
        <source>Save &amp;CSV…</source>
        <translation>保存CSV(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ServiceDesk</name>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="31"/>
        <source>Open days</source>
        <translation>上班日</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="32"/>
        <source>Warn this many minutes before</source>
        <translation>提前提醒分钟数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="33"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="646"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="255"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="142"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="34"/>
        <source>Caller&apos;s phone</source>
        <translation>来电电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="35"/>
        <source>Network point</source>
        <translation>查件网点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="36"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="647"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="37"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="38"/>
        <source>Notebook line</source>
        <translation>笔记内容</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="39"/>
        <source>Checklist step</source>
        <translation>核查步骤</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="40"/>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="102"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="487"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="492"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="255"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="41"/>
        <source>Customer&apos;s evidence</source>
        <translation>客户取证</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="42"/>
        <source>Staff evidence</source>
        <translation>责任人取证</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="43"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="256"/>
        <source>Staff member</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="44"/>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="45"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="257"/>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="46"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="134"/>
        <source>Claimant</source>
        <translation>索赔人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="47"/>
        <source>Sent on</source>
        <translation>寄件日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="48"/>
        <source>Claim date</source>
        <translation>索赔日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="49"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="50"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="134"/>
        <source>Offer</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="51"/>
        <source>Agreement</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="52"/>
        <source>From point</source>
        <translation>来件网点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="53"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="54"/>
        <source>Step</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="55"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="56"/>
        <source>Pickup address</source>
        <translation>取件地址</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="57"/>
        <source>Customer&apos;s clock</source>
        <translation>客户回复时限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="58"/>
        <source>Network point&apos;s clock</source>
        <translation>网点回复时限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="59"/>
        <source>Closing time</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="60"/>
        <source>Next-morning deadline</source>
        <translation>次日回复时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="61"/>
        <source>Branches</source>
        <translation>分点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="62"/>
        <source>Orders taken until</source>
        <translation>接单截止时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="63"/>
        <source>Morning senders until</source>
        <translation>上午寄件截止</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="65"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="146"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="66"/>
        <source>Where the goods are</source>
        <translation>取货地点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="67"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="148"/>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="75"/>
        <source>The desk must close after it opens.</source>
        <translation>下班时间必须晚于上班时间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="77"/>
        <source>The morning deadline must fall within the desk&apos;s hours.</source>
        <translation>早间截止时间必须在客服上班时间之内。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="80"/>
        <source>Orders must be taken until after pickups start.</source>
        <translation>接单截止时间必须晚于取件开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="83"/>
        <source>The morning must end before the desk stops taking orders.</source>
        <translation>上午截止时间必须早于接单截止时间。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="86"/>
        <source>{field}, line {line}: write name, address, phone, separated by commas.</source>
        <translation>{field}第 {line} 行：请按“名称,地址,电话”用逗号分隔填写。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="90"/>
        <source>{field}: a date and time like 2026-11-23 17:30.</source>
        <translation>{field}：请填写日期和时间，如 2026-11-23 17:30。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="99"/>
        <source>Chase a delivery (派送件催单)</source>
        <translation>派送件催单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="100"/>
        <source>Chase a sent parcel (发出件催单)</source>
        <translation>发出件催单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="101"/>
        <source>Query from another point</source>
        <translation>对方公司查询</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="103"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="110"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="142"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="111"/>
        <source>Message (内网/QQ)</source>
        <translation>留言（内网/QQ）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="112"/>
        <source>At the desk</source>
        <translation>到柜台</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="119"/>
        <source>Customer (30 min)</source>
        <translation>客户（30 分钟）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="120"/>
        <source>Network point (2 h)</source>
        <translation>网点查件方（2 小时）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="127"/>
        <source>No record at all</source>
        <translation>发出件没有任何记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="128"/>
        <source>Stuck at a hub for days</source>
        <translation>分拨中心多日无下一条记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="129"/>
        <source>Arrived, not delivered</source>
        <translation>已到派送网点未送达</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="130"/>
        <source>Signed but not received</source>
        <translation>显示签收但未收到</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="137"/>
        <source>Confirm the waybill number with the caller</source>
        <translation>与客户核实单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="138"/>
        <source>Find our counter record (底单)</source>
        <translation>找出本网点底单核对</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="139"/>
        <source>Call the courier who collected it</source>
        <translation>联系取件业务员核实</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="140"/>
        <source>Look for it in the warehouse (missed scan or send)</source>
        <translation>查仓库有无漏扫漏发</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="142"/>
        <source>Check that the day&apos;s data was uploaded</source>
        <translation>核查当天数据是否上传</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="143"/>
        <source>Check the contents: prohibited goods?</source>
        <translation>核实内件：是否违禁品</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="144"/>
        <source>Ask the next stop and the hub&apos;s desk</source>
        <translation>联系下一站及分拨中心客服</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="145"/>
        <source>Look at our headless list</source>
        <translation>翻看本网点无头件清单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="146"/>
        <source>Explain to the customer</source>
        <translation>做好客户解释工作</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="147"/>
        <source>Read the delivering point&apos;s messages</source>
        <translation>查看派送网点留言</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="148"/>
        <source>Call the delivering point</source>
        <translation>电话联系派送网点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="149"/>
        <source>Agree a delivery time</source>
        <translation>协调派送时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="150"/>
        <source>Check who signed</source>
        <translation>核实签收人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="151"/>
        <source>Ask 门卫 / 收发室 / 物业 / neighbours</source>
        <translation>询问门卫 / 收发室 / 物业 / 邻居</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="153"/>
        <source>Call the courier: signed in advance?</source>
        <translation>联系派件员：是否提前签收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="161"/>
        <source>Loss (30 days)</source>
        <translation>遗失（30 天）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="162"/>
        <source>Delay (15 days)</source>
        <translation>延误（15 天）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="163"/>
        <source>Damage (15 days)</source>
        <translation>破损（15 天）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="170"/>
        <source>Free re-send of equal freight</source>
        <translation>免费补寄同等运费快件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="171"/>
        <source>An amount</source>
        <translation>赔款</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="178"/>
        <source>Upheld (against the station)</source>
        <translation>属实（本网点责任）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="179"/>
        <source>Not upheld</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="186"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="572"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="187"/>
        <source>Nearly due</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="188"/>
        <source>In time</source>
        <translation>未超时</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="84"/>
        <source>overdue {h} h {m} min</source>
        <translation>超时 {h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="86"/>
        <source>overdue {m} min</source>
        <translation>超时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="87"/>
        <source>in {h} h {m} min</source>
        <translation>剩 {h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="90"/>
        <source>in {m} min</source>
        <translation>剩 {m} 分</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="215"/>
        <source>Waybill read</source>
        <translation>已读取单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="325"/>
        <source>Enquiry #{n} logged: reply due {due}.</source>
        <translation>查询 #{n} 已登记：须在 {due} 前回复。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="348"/>
        <source>#{n} {number} · {caller} {phone} · received {at} · due {due}</source>
        <translation>#{n} {number} · {caller} {phone} · {at} 受理 · {due} 前回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="355"/>
        <source>Still to ask (X-4): {fields}</source>
        <translation>还需问清（X-4）：{fields}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="396"/>
        <source>Checklist saved.</source>
        <translation>核查步骤已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="406"/>
        <source>Select an enquiry in the open list first.</source>
        <translation>请先在未回复列表中选中一条查询。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="413"/>
        <source>Enquiry #{n} answered late.</source>
        <translation>查询 #{n} 已回复（超时）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="414"/>
        <source>Enquiry #{n} answered in time.</source>
        <translation>查询 #{n} 已按时回复。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="437"/>
        <source>Note added.</source>
        <translation>笔记已记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="456"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="457"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="458"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="504"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="579"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="645"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="133"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="254"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="459"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="143"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="260"/>
        <source>Claim: {kind}</source>
        <translation>理赔：{kind}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="263"/>
        <source>settle by {day}</source>
        <translation>应于 {day} 前处理</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="264"/>
        <source>letters to finance by {day}</source>
        <translation>{day} 前交财务</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="273"/>
        <source>{n} open · {overdue} overdue · {soon} nearly due · {claims} claim(s) due (sorted by deadline; Enter on a claim opens it)</source>
        <translation>未回复 {n} 条 · 已超时 {overdue} 条 · 即将到期 {soon} 条 · 理赔临期 {claims} 件（按期限排序；在理赔行按回车打开）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="474"/>
        <source>{start} – {end}: {n} enquiries, {late} answered late, {open} still open ({overdue} overdue), {complaints} complaints, {problems} problem parcels open, {claims} claims due.</source>
        <translation>{start} – {end}：查询 {n} 条，超时回复 {late} 条，未回复 {open} 条（已超时 {overdue} 条），投诉 {complaints} 条，未结疑难件 {problems} 件，临期理赔 {claims} 件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="484"/>
        <source>Answered late</source>
        <translation>超时回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="485"/>
        <source>Overdue, not answered</source>
        <translation>超时未回复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="495"/>
        <source>not ruled</source>
        <translation>未裁定</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="497"/>
        <source>Problem parcel open</source>
        <translation>未结疑难件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="500"/>
        <source>Claim due</source>
        <translation>理赔临期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="504"/>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="505"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="254"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="505"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="644"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="506"/>
        <source>Answered</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="506"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="646"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="133"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="547"/>
        <source>Problem #{n} recorded: the other side returns it after {due}.</source>
        <translation>疑难件 #{n} 已登记：对方 {due} 后退回。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="575"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="576"/>
        <source>no 底单</source>
        <translation>无底单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="578"/>
        <source>Their deadline</source>
        <translation>对方期限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="578"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="645"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="579"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="141"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="580"/>
        <source>Message</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="580"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="581"/>
        <source>Our record</source>
        <translation>本网点底单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="600"/>
        <source>#{n}: no counter record (底单) here: ask the courier who collected it.</source>
        <translation>#{n}：本网点没有底单，请联系取件业务员核实。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="604"/>
        <source>#{n} 底单: sender {sender} {phone}, {address}; contents {contents}; to {recipient} {recipient_phone}</source>
        <translation>#{n} 底单：寄件人 {sender} {phone}，{address}；内件 {contents}；收件人 {recipient} {recipient_phone}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="617"/>
        <source>Select a problem in the list first.</source>
        <translation>请先在列表中选中一条疑难件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="626"/>
        <source>Problem #{n} closed.</source>
        <translation>疑难件 #{n} 已处理完毕。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="627"/>
        <source>Step recorded on problem #{n}.</source>
        <translation>疑难件 #{n} 的处理步骤已记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="120"/>
        <source>{at} {courier}: area {before} → {after}</source>
        <translation>{at} {courier}：片区 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="122"/>
        <source>{at} {courier}: phone {before} → {after}</source>
        <translation>{at} {courier}：电话 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="132"/>
        <source>Pickup order (CS-8: from {start}; taken after {closes}, for tomorrow; before {noon}, give the courier&apos;s phone)</source>
        <translation>取件下单（CS-8：{start} 起取件；{closes} 后的订单次日取；{noon} 前寄件报业务员电话）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="137"/>
        <source>(no courier: 分点)</source>
        <translation>（无业务员：分点）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_desk.py" line="64"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="141"/>
        <source>Courier</source>
        <translation>派件员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="143"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="102"/>
        <source>Claim #{n} registered: settle by {day}.</source>
        <translation>理赔 #{n} 已受理：须在 {day} 前处理完毕。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_base.py" line="42"/>
        <source>{n} day(s)</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="132"/>
        <source>Settle by</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="644"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="132"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="135"/>
        <source>Agreed</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="135"/>
        <source>To finance by</source>
        <translation>交财务期限</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="161"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="200"/>
        <source>Select a claim in the list first.</source>
        <translation>请先在列表中选中一条理赔。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="166"/>
        <source>Offer recorded for claim #{n}.</source>
        <translation>理赔 #{n} 的处理方案已记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="168"/>
        <source>Claim #{n} agreed: letters to finance by {day}.</source>
        <translation>理赔 #{n} 已达成协议：须在 {day} 前将回复函交财务部。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="171"/>
        <source>Claim #{n} handed to finance.</source>
        <translation>理赔 #{n} 已交财务部。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="210"/>
        <source>Save the letter</source>
        <translation>保存函件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_base.py" line="108"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="217"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="219"/>
        <source>The letter was not saved: {why}</source>
        <translation>函件未保存：{why}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="235"/>
        <source>Complaint #{n} recorded.</source>
        <translation>投诉 #{n} 已记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="256"/>
        <source>Ruling</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="258"/>
        <source>New complaint (CS-6) · {month}: {n} complaints, {upheld} upheld, {open} not ruled, fines {fines} 元</source>
        <translation>登记投诉（CS-6）· {month}：投诉 {n} 条，属实 {upheld} 条，未裁定 {open} 条，罚款 {fines} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="275"/>
        <source>Select a complaint in the list first.</source>
        <translation>请先在列表中选中一条投诉。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="285"/>
        <source>Ruling recorded.</source>
        <translation>裁定已记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_base.py" line="41"/>
        <source>overdue {n} day(s)</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_base.py" line="102"/>
        <source>Save the list</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_base.py" line="110"/>
        <source>The list was not saved: {why}</source>
        <translation>清单未保存：{why}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="266"/>
        <source>Line {n}: write name | address | phone | district.</source>
        <translation>第 {n} 行：请写 名称 | 地址 | 电话 | 区县。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="276"/>
        <source>{n} branch(es) saved.</source>
        <translation>已保存 {n} 个分点。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="657"/>
        <source>— choose the case —</source>
        <translation>— 选择情况 —</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="315"/>
        <source>{amount} 元</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_cases.py" line="321"/>
        <source>Too late: a written claim must come within 15 days of sending ({sent}), that is by {last}. The customer has waived the claim (CS-7).</source>
        <translation>已超期：须自寄件日（{sent}）起 15 天内书面索赔，即 {last} 前；逾期视为自动放弃索赔权利（CS-7）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="146"/>
        <source>Told at</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="147"/>
        <source>Reported by</source>
        <translation>报货业务员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="147"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="148"/>
        <source>Clerk</source>
        <translation>收寄员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="166"/>
        <source>{driver} told: goods at {place}, on the run of {day}.</source>
        <translation>已通知 {driver}：{place} 有货，列入 {day} 的取货。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="230"/>
        <source>Reply clocks and open days saved.</source>
        <translation>回复时限和营业日已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="245"/>
        <source>Pickup times saved.</source>
        <translation>取件时间已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="296"/>
        <source>No courier serves this address. Order kept for {when}; offer the nearest branch:</source>
        <translation>该地址无业务员负责。订单记为 {when}；请引导客户到最近的分点：</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="299"/>
        <source>{name}, {address}, {phone}</source>
        <translation>{name}，{address}，{phone}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="303"/>
        <source>(no branches set)</source>
        <translation>（未设置分点）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="305"/>
        <source>Order for {courier} ({area}), from {when}.</source>
        <translation>已通知 {courier}（{area}），{when} 起取件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/service_desk_pickups.py" line="308"/>
        <source>Morning sender: give {courier}&apos;s phone {phone}.</source>
        <translation>上午寄件：把 {courier} 的电话 {phone} 告诉客户。</translation>
    </message>
</context>
<context>
    <name>ServiceDeskWorkspace</name>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="21"/>
        <source>Enquiries</source>
        <translation>查件催单</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="29"/>
        <source>New enquiry (CS-1)</source>
        <translation>登记查询（CS-1）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="35"/>
        <location filename="../ui/service_desk_workspace.ui" line="417"/>
        <location filename="../ui/service_desk_workspace.ui" line="723"/>
        <location filename="../ui/service_desk_workspace.ui" line="949"/>
        <source>&amp;Waybill</source>
        <translation>运单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="48"/>
        <source>scan or type</source>
        <translation>扫描或输入</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="55"/>
        <location filename="../ui/service_desk_workspace.ui" line="740"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="68"/>
        <source>Caller &amp;is</source>
        <translation>来电方(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="81"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="94"/>
        <location filename="../ui/service_desk_workspace.ui" line="966"/>
        <location filename="../ui/service_desk_workspace.ui" line="1210"/>
        <source>&amp;Caller</source>
        <translation>来电人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="107"/>
        <source>surname is enough</source>
        <translation>姓氏即可</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="114"/>
        <location filename="../ui/service_desk_workspace.ui" line="790"/>
        <location filename="../ui/service_desk_workspace.ui" line="983"/>
        <location filename="../ui/service_desk_workspace.ui" line="1227"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="131"/>
        <source>Network p&amp;oint</source>
        <translation>查件网点(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="144"/>
        <source>which point is asking (network point callers)</source>
        <translation>哪个网点查件（网点来电时填写）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="151"/>
        <source>Sender phone</source>
        <translation>寄件人电话</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="168"/>
        <source>Recipient phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="185"/>
        <source>Sender address</source>
        <translation>寄件人地址</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="202"/>
        <source>Recipient address</source>
        <translation>收件人地址</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="219"/>
        <source>&amp;Question</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="232"/>
        <source>what the caller asks; Ctrl+Enter logs it</source>
        <translation>客户问什么；Ctrl+Enter 登记</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="255"/>
        <source>&amp;Log enquiry</source>
        <translation>登记(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="310"/>
        <source>The selected enquiry</source>
        <translation>选中的查询</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="326"/>
        <source>Ca&amp;se</source>
        <translation>情况(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="349"/>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="362"/>
        <source>what the caller was told</source>
        <translation>答复客户的内容</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="385"/>
        <source>Save checklis&amp;t</source>
        <translation>保存核查(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="392"/>
        <source>&amp;Answer</source>
        <translation>回复完成(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="405"/>
        <source>Outgoing problems</source>
        <translation>发出疑难件</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="411"/>
        <source>Another point&apos;s message on a parcel we sent (CS-4)</source>
        <translation>对方网点对我方发出件的留言（CS-4）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="434"/>
        <source>From &amp;point</source>
        <translation>来件网点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="451"/>
        <source>&amp;Deadline</source>
        <translation>期限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="464"/>
        <source>yyyy-mm-dd hh:mm; empty: in 3 days</source>
        <translation>yyyy-mm-dd hh:mm；不填为 3 天后</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="471"/>
        <source>&amp;Message</source>
        <translation>留言(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="484"/>
        <source>what their message says</source>
        <translation>对方留言内容</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="501"/>
        <source>&amp;Log problem</source>
        <translation>登记(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="536"/>
        <source>&amp;Action</source>
        <translation>处理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="549"/>
        <source>what was done: sender called, address asked, message left</source>
        <translation>做了什么：联系寄件人、问地址、回复留言</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="556"/>
        <source>Add &amp;step</source>
        <translation>记录步骤(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="563"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="576"/>
        <source>how it was settled</source>
        <translation>最终如何处理</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="583"/>
        <source>&amp;Close</source>
        <translation>处理完毕(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="603"/>
        <source>Notebook</source>
        <translation>工作笔记</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="611"/>
        <source>Wa&amp;ybill</source>
        <translation>运单号(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="624"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="631"/>
        <location filename="../ui/service_desk_workspace.ui" line="1264"/>
        <source>&amp;Note</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="644"/>
        <source>what happened, what was agreed; Enter adds it</source>
        <translation>发生了什么、约定了什么；回车记录</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="651"/>
        <source>A&amp;dd</source>
        <translation>记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="658"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="671"/>
        <source>words or a waybill</source>
        <translation>关键字或运单号</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="678"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="711"/>
        <source>Claims</source>
        <translation>理赔</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="717"/>
        <source>Written claim (CS-7: within 15 days of sending)</source>
        <translation>书面索赔（CS-7：寄件日起 15 天内）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="753"/>
        <source>&amp;Sent on</source>
        <translation>寄件日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="766"/>
        <source>yyyy-mm-dd; empty: from our 底单</source>
        <translation>yyyy-mm-dd；不填则按本网点底单</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="773"/>
        <source>Clai&amp;mant</source>
        <translation>索赔人(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="807"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="834"/>
        <source>&amp;Open claim</source>
        <translation>受理(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="859"/>
        <source>O&amp;ffer</source>
        <translation>处理方案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="872"/>
        <source>&amp;Amount (元)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="889"/>
        <source>&amp;Record offer</source>
        <translation>记录方案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="896"/>
        <source>A&amp;greed</source>
        <translation>已达成协议(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="903"/>
        <source>&amp;To finance</source>
        <translation>已交财务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="910"/>
        <source>&amp;Notice letter (PDF)</source>
        <translation>理赔通知函(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="917"/>
        <source>Res&amp;ult letter (PDF)</source>
        <translation>理赔结果回复函(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="937"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="943"/>
        <source>New complaint (CS-6)</source>
        <translation>登记投诉（CS-6）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1000"/>
        <source>C&amp;ontent</source>
        <translation>投诉内容(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1017"/>
        <source>&amp;Evidence</source>
        <translation>客户取证(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1030"/>
        <source>the customer&apos;s evidence</source>
        <translation>客户提供的证据</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1047"/>
        <source>&amp;Log complaint</source>
        <translation>记录投诉(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1070"/>
        <source>Ruling (supervisor)</source>
        <translation>裁定（主管）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1076"/>
        <source>R&amp;uling</source>
        <translation>裁定(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1089"/>
        <source>&amp;Staff member</source>
        <translation>责任人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1102"/>
        <source>who is responsible</source>
        <translation>谁的责任</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1109"/>
        <source>&amp;Fine (元)</source>
        <translation>罚款（元）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1122"/>
        <source>50–200 per case (002 第五节)</source>
        <translation>每次 50–200 元（002 第五节）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1129"/>
        <source>Staff e&amp;vidence</source>
        <translation>责任人取证(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1146"/>
        <source>Solu&amp;tion</source>
        <translation>解决方案(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1163"/>
        <source>&amp;Rule</source>
        <translation>裁定(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1170"/>
        <source>Month report (P&amp;DF)</source>
        <translation>本月投诉表 PDF(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1177"/>
        <source>&amp;Month report (XLSX)</source>
        <translation>本月投诉表(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1198"/>
        <source>Pickups</source>
        <translation>下单取件</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1204"/>
        <source>Pickup order (CS-8: from 15:00; after the desk&apos;s hours, tomorrow)</source>
        <translation>取件下单（CS-8：下午 3 点后取件；下班后的订单次日取）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1244"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1257"/>
        <source>ask for the whole address, not half of it</source>
        <translation>问清完整地址，不能只听一半</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1277"/>
        <source>goods, size, anything the courier should know</source>
        <translation>物品、大小、业务员需知道的事</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1284"/>
        <source>&amp;Take order</source>
        <translation>下单(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1306"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1319"/>
        <location filename="../ui/service_desk_workspace.ui" line="1489"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1326"/>
        <location filename="../ui/service_desk_workspace.ui" line="1496"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1333"/>
        <source>Courier &amp;lists (PDF)</source>
        <translation>取件清单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1362"/>
        <source>A courier reports goods to collect: tell the driver (CS-8)</source>
        <translation>业务员报货：通知司机取货（CS-8）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1368"/>
        <source>Reported &amp;by</source>
        <translation>报货业务员(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1381"/>
        <source>Wh&amp;ere</source>
        <translation>地点(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1394"/>
        <source>customer and address</source>
        <translation>客户及地址</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1401"/>
        <source>&amp;Goods</source>
        <translation>货物(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1414"/>
        <source>what and how many</source>
        <translation>货物及件数</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1421"/>
        <source>Dri&amp;ver</source>
        <translation>司机(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1444"/>
        <source>Tell the d&amp;river</source>
        <translation>通知司机(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1468"/>
        <source>Week</source>
        <translation>周汇总</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1476"/>
        <source>Week &amp;starting</source>
        <translation>起始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1503"/>
        <source>E&amp;xport XLSX</source>
        <translation>导出 XLSX(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1510"/>
        <source>Export &amp;PDF</source>
        <translation>导出 PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1550"/>
        <source>Desk settings</source>
        <translation>客服设置</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1556"/>
        <source>Reply clocks (CS-2, supervisor)</source>
        <translation>回复时限（CS-2，主管）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1562"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1578"/>
        <location filename="../ui/service_desk_workspace.ui" line="1601"/>
        <location filename="../ui/service_desk_workspace.ui" line="1624"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1585"/>
        <source>&amp;Network point</source>
        <translation>网点查件方(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1608"/>
        <source>Nearly due &amp;before</source>
        <translation>提前提醒(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1631"/>
        <source>Desk &amp;opens</source>
        <translation>上班时间(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1641"/>
        <location filename="../ui/service_desk_workspace.ui" line="1658"/>
        <location filename="../ui/service_desk_workspace.ui" line="1675"/>
        <location filename="../ui/service_desk_workspace.ui" line="1788"/>
        <location filename="../ui/service_desk_workspace.ui" line="1805"/>
        <location filename="../ui/service_desk_workspace.ui" line="1822"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1648"/>
        <source>Desk c&amp;loses</source>
        <translation>下班时间(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1665"/>
        <source>&amp;After hours: due next day at</source>
        <translation>下班后：次日回复时间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1692"/>
        <source>Open &amp;days</source>
        <translation>营业日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1704"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1711"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1718"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1725"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1732"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1739"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1746"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1762"/>
        <source>&amp;Save clocks</source>
        <translation>保存时限(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1772"/>
        <source>Pickup times (CS-8, supervisor)</source>
        <translation>取件时间（CS-8，主管设置）</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1778"/>
        <source>Pickups &amp;from</source>
        <translation>取件开始(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1795"/>
        <source>Orders &amp;taken until</source>
        <translation>接单截止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1812"/>
        <source>Morning senders &amp;until</source>
        <translation>上午寄件截止(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1839"/>
        <source>Save &amp;pickup times</source>
        <translation>保存取件时间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1849"/>
        <source>Branches (分点, CS-8): one a line, name | address | phone | district</source>
        <translation>分点（CS-8）：每行一个，名称 | 地址 | 电话 | 区县</translation>
    </message>
    <message>
        <location filename="../ui/service_desk_workspace.ui" line="1870"/>
        <source>Save b&amp;ranches</source>
        <translation>保存分点(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/counter_app/ui/app.py" line="220"/>
        <source>Logged out</source>
        <translation>已退出登录</translation>
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
        <location filename="../ui/settings_workspace.ui" line="245"/>
        <location filename="../ui/settings_workspace.ui" line="402"/>
        <source>Deactivate / reactivate selected</source>
        <translation>停用 / 启用选中项</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="270"/>
        <source>Job number (工号)</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="293"/>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="387"/>
        <location filename="../ui/settings_workspace.ui" line="287"/>
        <location filename="../ui/settings_workspace.ui" line="427"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="294"/>
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
        <location filename="../ui/settings_workspace.ui" line="409"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="389"/>
        <location filename="../ui/settings_workspace.ui" line="444"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="388"/>
        <location filename="../ui/settings_workspace.ui" line="461"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="23"/>
        <source>Counter clerk</source>
        <translation>前台收寄员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="24"/>
        <source>Warehouse clerk</source>
        <translation>仓管员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="25"/>
        <source>Receipt clerk (night desk)</source>
        <translation>回单录入员（夜班）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="26"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="27"/>
        <source>Customer-service clerk</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="34"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="35"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="42"/>
        <source>CR, LF or CR+LF</source>
        <translation>CR、LF 或 CR+LF</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="43"/>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="44"/>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="45"/>
        <source>CR+LF</source>
        <translation>CR+LF</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="46"/>
        <source>Silence only</source>
        <translation>仅按停顿分隔</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="53"/>
        <source>accepted</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="54"/>
        <source>rejected</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="55"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="146"/>
        <source>Data safety</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="148"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="153"/>
        <source>Scale and printers</source>
        <translation>秤与打印机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="294"/>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="157"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="170"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="171"/>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="172"/>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="173"/>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="174"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="277"/>
        <source>Station profile saved.</source>
        <translation>网点资料已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="292"/>
        <source>Job number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="295"/>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="391"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="302"/>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="399"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="304"/>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="401"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="324"/>
        <source>Staff member added.</source>
        <translation>员工已添加。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="334"/>
        <source>Select a staff member in the list first.</source>
        <translation>请先在列表中选中一名员工。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="348"/>
        <source>Role changed.</source>
        <translation>岗位已更改。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="360"/>
        <source>Account deactivated.</source>
        <translation>账号已停用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="362"/>
        <source>Account reactivated.</source>
        <translation>账号已启用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="375"/>
        <source>Password set; the account is unlocked.</source>
        <translation>密码已设置，账号已解锁。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="390"/>
        <location filename="../ui/settings_workspace.ui" line="474"/>
        <source>Area served</source>
        <translation>负责区域</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="421"/>
        <source>Courier added.</source>
        <translation>快递员已添加。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="431"/>
        <source>Select a courier in the list first.</source>
        <translation>请先在列表中选中一名快递员。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="445"/>
        <source>Area changed; the old area stays in the courier&apos;s history.</source>
        <translation>区域已更改，原区域保留在该快递员的历史记录中。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="462"/>
        <source>Courier deactivated.</source>
        <translation>快递员已停用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="464"/>
        <source>Courier reactivated.</source>
        <translation>快递员已启用。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="491"/>
        <source>Shift times saved.</source>
        <translation>班次时间已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="517"/>
        <source>Deadlines saved.</source>
        <translation>期限已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="533"/>
        <source>This PC&apos;s default printer</source>
        <translation>本机默认打印机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="537"/>
        <source>{name} (not found)</source>
        <translation>{name}（未找到）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="544"/>
        <source>{w} × {h} mm labels</source>
        <translation>{w}×{h} 毫米标签</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="572"/>
        <source>Preferences saved.</source>
        <translation>偏好设置已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="596"/>
        <location filename="../ui/settings_workspace.ui" line="834"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="597"/>
        <source>Line</source>
        <translation>线路参数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="598"/>
        <location filename="../ui/settings_workspace.ui" line="903"/>
        <source>Code ends with</source>
        <translation>条码结束符</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="599"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="616"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="618"/>
        <source>unplugged — waiting for it</source>
        <translation>已拔出 — 等待重新插上</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="620"/>
        <source>cannot open: {error}</source>
        <translation>无法打开：{error}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="623"/>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="662"/>
        <source>{port} is already in the list.</source>
        <translation>{port} 已在列表中。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="694"/>
        <source>Scanner settings saved and applied.</source>
        <translation>扫描枪设置已保存并生效。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="702"/>
        <source>Scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="703"/>
        <source>Good</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="704"/>
        <source>Rejected</source>
        <translation>无效扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="705"/>
        <source>Duplicate</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings.py" line="717"/>
        <source>  key gaps (ms): {gaps}</source>
        <translation>  按键间隔（毫秒）：{gaps}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="47"/>
        <source>Reading the audit log…</source>
        <translation>正在读取操作日志…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="60"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="76"/>
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="98"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="99"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="100"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="101"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="102"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="103"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_audit.py" line="104"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="181"/>
        <source>Prefix and suffix must be plain ASCII characters.</source>
        <translation>前缀和后缀只能是英文字符。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="184"/>
        <source>Choose or type the scanner&apos;s port first.</source>
        <translation>请先选择或输入扫描枪的端口。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="186"/>
        <source>With &apos;Silence only&apos;, set how long a silence ends a code.</source>
        <translation>选择“仅按停顿分隔”时，请设置停顿多久算一个条码结束。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/settings_texts.py" line="189"/>
        <source>These settings cannot be used: {error}</source>
        <translation>这些设置无法使用：{error}</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="238"/>
        <source>Give selected the role chosen below</source>
        <translation>把选中员工改为下面选的岗位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="252"/>
        <source>Set selected&apos;s password to the one typed below</source>
        <translation>把选中员工的密码设为下面输入的密码</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="395"/>
        <source>Move selected to the area chosen below</source>
        <translation>把选中人员调到下面选的区域</translation>
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
        <location filename="../ui/settings_workspace.ui" line="804"/>
        <source>Serial scanners (RS-232 / USB COM)</source>
        <translation>串口扫描枪（RS-232 / USB 虚拟串口）</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="851"/>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="864"/>
        <source>Data bits</source>
        <translation>数据位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="877"/>
        <source>Parity</source>
        <translation>校验位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="890"/>
        <source>Stop bits</source>
        <translation>停止位</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="916"/>
        <source>Silence ends a code after</source>
        <translation>停顿多久算条码结束</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="935"/>
        <location filename="../ui/settings_workspace.ui" line="1048"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="942"/>
        <source>Strip prefix</source>
        <translation>去掉前缀</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="952"/>
        <source>characters the scanner adds in front</source>
        <translation>扫描枪加在条码前面的字符</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="959"/>
        <source>Strip suffix</source>
        <translation>去掉后缀</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="969"/>
        <source>characters the scanner adds at the end</source>
        <translation>扫描枪加在条码后面的字符</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="980"/>
        <source>Find ports</source>
        <translation>查找端口</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="987"/>
        <source>Remove selected</source>
        <translation>删除选中项</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1001"/>
        <source>Add serial scanner</source>
        <translation>添加串口扫描枪</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1012"/>
        <source>USB keyboard scanner</source>
        <translation>USB 键盘扫描枪</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1022"/>
        <source>Detect scanner bursts in typed keys</source>
        <translation>从键盘输入中识别扫描枪的快速输入</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1029"/>
        <source>Largest gap between scanner keys</source>
        <translation>扫描枪按键最大间隔</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1055"/>
        <source>Shortest code</source>
        <translation>最短条码长度</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1078"/>
        <source>Same code again within</source>
        <translation>多长时间内重复算重复扫描</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1097"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1131"/>
        <source>Save and apply scanner settings</source>
        <translation>保存并应用扫描枪设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1144"/>
        <source>Reads per scanner</source>
        <translation>各扫描枪读码统计</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1172"/>
        <source>Test area: scan here to see raw input, key timings and the result</source>
        <translation>测试区：在这里扫描，查看原始输入、按键间隔和识别结果</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1203"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1219"/>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1227"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1240"/>
        <source>Database in use</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1260"/>
        <source>Database for this PC</source>
        <translation>本机使用的数据库</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1270"/>
        <source>empty: this PC&apos;s own SQLite file; or postgresql+psycopg://user:password@server/db</source>
        <translation>留空：使用本机的 SQLite 文件；或 postgresql+psycopg://用户:密码@服务器/库名</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1279"/>
        <source>A changed database takes effect at the next start.</source>
        <translation>更改数据库后，下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1289"/>
        <source>Printers of this PC</source>
        <translation>本机打印机</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1295"/>
        <source>Counter slip (100×150 mm)</source>
        <translation>面单（100×150 毫米）</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1308"/>
        <location filename="../ui/settings_workspace.ui" line="1328"/>
        <location filename="../ui/settings_workspace.ui" line="1348"/>
        <location filename="../ui/settings_workspace.ui" line="1368"/>
        <source>Print at once (no dialog)</source>
        <translation>直接打印（不弹对话框）</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1315"/>
        <source>Pickup label</source>
        <translation>取件码标签</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1335"/>
        <source>Batch cover and COD list (A5)</source>
        <translation>回单封面和到付清单（A5）</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1355"/>
        <source>Forms and reports (A4)</source>
        <translation>表单和报表（A4）</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1393"/>
        <source>&amp;Back up the database now</source>
        <translation>立即备份数据库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1407"/>
        <source>Save &amp;preferences</source>
        <translation>保存偏好设置(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1424"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1432"/>
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1445"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1458"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1475"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1492"/>
        <source>&amp;Waybill or record</source>
        <translation>运单号或记录(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/settings_workspace.ui" line="1532"/>
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
    <name>ShiftSummaryPage</name>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="19"/>
        <source>D&amp;ay</source>
        <translation>日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="39"/>
        <source>&amp;Shift</source>
        <translation>班次(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="59"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="73"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="80"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="87"/>
        <source>Save P&amp;DF…</source>
        <translation>保存PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="113"/>
        <source>On screen</source>
        <translation>屏幕查看</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="119"/>
        <source>Per clerk</source>
        <translation>按收寄员</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="149"/>
        <source>Refusals</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="177"/>
        <source>Price overrides</source>
        <translation>改价记录</translation>
    </message>
    <message>
        <location filename="../ui/intake_shift_summary.ui" line="208"/>
        <source>Printed sheet</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../src/counter_app/ui/app.py" line="306"/>
        <source>The station desk cannot start</source>
        <translation>网点前台无法启动</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="19"/>
        <source>Stocktake &amp;of</source>
        <translation>盘点范围(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="39"/>
        <source>&amp;Start stocktake</source>
        <translation>开始盘点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="53"/>
        <source>&amp;Recount</source>
        <translation>重新盘点(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="60"/>
        <source>&amp;Post adjustments…</source>
        <translation>过账(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="87"/>
        <source>&amp;Waybill</source>
        <translation>运单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="97"/>
        <source>scan, or type the number and press Enter</source>
        <translation>扫描，或输入单号后按回车</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="134"/>
        <source>counted /
expected</source>
        <translation>已盘 /
应有</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="164"/>
        <source>Expected, not counted</source>
        <translation>应有未盘到</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="192"/>
        <source>Counted here, recorded elsewhere</source>
        <translation>盘到但登记在别处</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="220"/>
        <source>Counted, not in stock</source>
        <translation>盘到但不在库</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_stocktake.ui" line="250"/>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="42"/>
        <source>The data folder {folder} cannot be written (read-only or no permission). Ask whoever looks after this PC to give the station&apos;s user write access, or start the program with another data folder.</source>
        <translation>数据文件夹 {folder} 无法写入（只读或没有权限）。请负责这台电脑的人给网点账户写入权限，或用另一个数据文件夹启动程序。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="49"/>
        <source>The disk is full. Free some space (empty the recycle bin, move old backups to another drive) and try again.</source>
        <translation>磁盘已满。请腾出空间（清空回收站，把旧备份移到别的磁盘）后再试。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="55"/>
        <source>Another PC or program is writing to the database right now. Wait a moment and try again; if it lasts, close the program on the other PC.</source>
        <translation>另一台电脑正在写入数据库（或另一个程序占用）。请稍等后再试；如果一直这样，请关闭另一台电脑上的程序。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="61"/>
        <source>The database server cannot be reached. Check the network cable and that the server PC is on; the program keeps trying. Nothing that was not confirmed has been saved.</source>
        <translation>无法连接数据库服务器。请检查网线和服务器电脑是否开机；程序会一直重试。没有确认的内容都没有保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="67"/>
        <source>The database could not be used. The details are in the log; ask the supervisor.</source>
        <translation>数据库无法使用。详情已写入日志，请联系主管。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="76"/>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="79"/>
        <source>{file} is empty (0 bytes): the backup was cut short or written to a full disk. Choose another backup.</source>
        <translation>{file} 是空文件（0 字节）：备份被中断或写到了已满的磁盘上。请选择另一份备份。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="84"/>
        <source>{file} is not a database backup of this program.</source>
        <translation>{file} 不是本程序的数据库备份。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="87"/>
        <source>{file} is damaged (cut short or corrupted). Choose another backup.</source>
        <translation>{file} 已损坏（不完整或数据出错）。请选择另一份备份。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="91"/>
        <source>{file} is a database of another program, not of this station desk.</source>
        <translation>{file} 是别的程序的数据库，不是网点前台的。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="95"/>
        <source>{file} comes from a newer version of this program. Update the program first.</source>
        <translation>{file} 来自本程序的更新版本。请先升级程序。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="99"/>
        <source>{file} holds no station (it was made before the station was set up).</source>
        <translation>{file} 里没有网点信息（是在网点设置之前做的）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="110"/>
        <source>Nothing was restored: {why}</source>
        <translation>没有恢复：{why}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="114"/>
        <source>There is not enough free space in {folder} for the copy: it needs {needed}, {free} is free. Nothing was written; older backups are unchanged.</source>
        <translation>{folder} 的空间不够：需要 {needed}，只剩 {free}。没有写入任何文件，旧备份没有改动。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="120"/>
        <source>The backup into {folder} failed and was removed; older backups are unchanged. {why}</source>
        <translation>备份到 {folder} 失败，未完成的文件已删除；旧备份没有改动。{why}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="126"/>
        <source>This PC uses the station&apos;s database server: back it up on the server with pg_dump (ask whoever looks after the server).</source>
        <translation>这台电脑使用网点的数据库服务器：请在服务器上用 pg_dump 备份（联系负责服务器的人）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="132"/>
        <source>This database was written by a newer version of this program (schema {rev}). Install that version; the database was not changed.</source>
        <translation>这个数据库是由本程序的更新版本写入的（结构版本 {rev}）。请安装那个版本；数据库没有被改动。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="139"/>
        <source>The database upgrade did not complete; the database is as it was before. {why} If it keeps failing, restore the copy taken before the upgrade: {backup}</source>
        <translation>数据库升级没有完成；数据库保持升级前的样子。{why} 如果一直失败，请恢复升级前的备份：{backup}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="144"/>
        <source>The database upgrade did not complete; the database is as it was before. {why}</source>
        <translation>数据库升级没有完成；数据库保持升级前的样子。{why}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="151"/>
        <source>The station desk is already open on this PC with the data folder {folder}. Switch to the open window (it may be minimised).</source>
        <translation>网点前台已经在这台电脑上用数据文件夹 {folder} 打开了。请切换到已打开的窗口（它可能被最小化了）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="157"/>
        <source>{file} was not written; an earlier file of that name is unchanged. {why}</source>
        <translation>{file} 没有写入；同名的旧文件没有改动。{why}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="167"/>
        <source>{file}: station {station} ({code}), last change {taken}, {size}; {parcels} parcels, {receipts} receipts, {staff} staff, {scans} scans.</source>
        <translation>{file}：网点 {station}（{code}），最后修改 {taken}，{size}；快件 {parcels} 件，回单 {receipts} 张，员工 {staff} 人，扫描 {scans} 次。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/messages_storage.py" line="183"/>
        <source>It is from an older version and is upgraded after restoring.</source>
        <translation>它来自较旧的版本，恢复后会自动升级。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../src/counter_app/ui/tasks.py" line="154"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/tasks.py" line="155"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/tasks.py" line="162"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/tasks.py" line="324"/>
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
</context>
<context>
    <name>WarehouseCrossDesk</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_cross_desk.py" line="30"/>
        <source>{number} was entered as signed by 「{signer}」 ({who}, {when}): a signed parcel should not be here. Check the parcel and the receipt; saving scans it in and notes the receipt on its timeline (X-6).</source>
        <translation>{number} 已录入签收，签收人「{signer}」（{who}，{when}）：已签收的快件不应在此。请核对快件和回单；保存后照常入仓，并在记录中注明该回单（X-6）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_cross_desk.py" line="48"/>
        <source>e.g. 温州; the station&apos;s city: no message due</source>
        <translation>如 温州；本网点所在城市（同城件）无需留言</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_cross_desk.py" line="51"/>
        <source>Sent &amp;from (city)</source>
        <translation>始发城市(&amp;F)</translation>
    </message>
</context>
<context>
    <name>WarehouseEms</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_ems.py" line="28"/>
        <source>empty: the province typed at scan-in</source>
        <translation>空：用入仓时填写的省份</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_ems.py" line="32"/>
        <source>EMS &amp;waybill no.</source>
        <translation>EMS单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_ems.py" line="34"/>
        <source>EMS &amp;destination</source>
        <translation>EMS目的地(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_ems.py" line="59"/>
        <source>e.g. 菏泽市; empty: the province&apos;s row</source>
        <translation>如 菏泽市；空：按省份计算</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_ems.py" line="62"/>
        <source>Ci&amp;ty</source>
        <translation>城市(&amp;T)</translation>
    </message>
</context>
<context>
    <name>WarehousePages</name>
    <message>
        <location filename="../../src/counter_app/ui/widgets/pages.py" line="78"/>
        <source>Supervisor approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/widgets/pages.py" line="80"/>
        <source>A supervisor approves posting the stocktake: job number and password.</source>
        <translation>盘点过账须主管审批：请主管输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/widgets/pages.py" line="94"/>
        <source>Supervisor&apos;s &amp;job number</source>
        <translation>主管工号(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/widgets/pages.py" line="95"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/widgets/pages.py" line="130"/>
        <source>Checking the password…</source>
        <translation>正在核对密码…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="63"/>
        <source>Headless</source>
        <translation>无头件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="75"/>
        <source>Not registered here</source>
        <translation>此页不登记</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="76"/>
        <source>{number}: register a parcel with a number on the scan-in tab. If it is the number of a headless parcel, select that parcel and press Found its number.</source>
        <translation>{number}：有单号的快件请在入库页登记；若这是某件无头件的单号，请选中该件后按「找到单号」。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="90"/>
        <source>(not shelved)</source>
        <translation>（未上架）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="100"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="230"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="101"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="102"/>
        <source>By</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="103"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="104"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="105"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="109"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="190"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="115"/>
        <source>{n} open</source>
        <translation>共 {n} 件未认领</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="134"/>
        <source>Headless parcel no. {id} listed. Write 「无头件 {id}」 on the parcel.</source>
        <translation>已登记为无头件 {id} 号，请在快件上写「无头件 {id}」。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="149"/>
        <source>Photo of the parcel</source>
        <translation>快件照片</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="151"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="179"/>
        <source>Select the parcel whose number was found.</source>
        <translation>请先选中已找到单号的那一件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="182"/>
        <source>Headless parcel no. {id}: scan its number and register it.</source>
        <translation>无头件 {id} 号：请扫描其单号并入库登记。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_headless.py" line="202"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="54"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="82"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="70"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="211"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="263"/>
        <source>the whole store</source>
        <translation>全仓</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="83"/>
        <source>The stocktake in progress is not posted. Leave it and start a new one?</source>
        <translation>当前盘点尚未过账。放弃并开始新的盘点？</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="97"/>
        <source>Stocktake started: scan every parcel there.</source>
        <translation>盘点已开始：请逐件扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="105"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="113"/>
        <source>Not counted</source>
        <translation>未计入</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="106"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="195"/>
        <source>Start the stocktake first.</source>
        <translation>请先开始盘点。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="117"/>
        <source>{n} counted</source>
        <translation>已盘 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="121"/>
        <source>Already counted</source>
        <translation>已盘过</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="128"/>
        <source>Counted, recorded at {location}</source>
        <translation>已盘点，登记在 {location}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="135"/>
        <source>Counted, not in stock</source>
        <translation>盘到但不在库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="136"/>
        <source>{number}: scan it in with a reason · {counted}</source>
        <translation>{number}：请注明原因入库 · {counted}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="141"/>
        <source>Counted</source>
        <translation>已盘点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="155"/>
        <source>Recount</source>
        <translation>重新盘点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="156"/>
        <source>Clear the {n} parcel(s) counted and count again?</source>
        <translation>清空已盘的 {n} 件并重新盘点？</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="166"/>
        <source>Count cleared: scan again.</source>
        <translation>已清空，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="185"/>
        <source>{name} ({job}) is not a supervisor.</source>
        <translation>{name}（{job}）不是主管。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="199"/>
        <source>Not posted: a supervisor must approve the adjustments.</source>
        <translation>未过账：须主管审批。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="213"/>
        <source>Stocktake of {where} posted by {who}, approved by {approver} ({job}).</source>
        <translation>{where}盘点已过账，经办：{who}，审批：{approver}（{job}）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="217"/>
        <source>Written off as missing: {n} {numbers}</source>
        <translation>报失 {n} 件：{numbers}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="221"/>
        <source>Moved to {where}: {n} {numbers}</source>
        <translation>移至 {where} {n} 件：{numbers}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="225"/>
        <source>Not in stock, scan them in with a reason: {n} {numbers}</source>
        <translation>不在库 {n} 件，请注明原因入库：{numbers}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="229"/>
        <source>Stocktake posted.</source>
        <translation>盘点已过账。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="254"/>
        <source>Choose a location or the whole store and start.</source>
        <translation>请选择库位或全仓，然后开始盘点。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="264"/>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="265"/>
        <source>counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="266"/>
        <source>Stocktake no. {id} of {where} · started {when} by {who} · {state}</source>
        <translation>第 {id} 次盘点 · {where} · {when} 由 {who} 开始 · {state}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="237"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="277"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="231"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="281"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="289"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="296"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="237"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="278"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="281"/>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="238"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="282"/>
        <source>In since</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="290"/>
        <source>Recorded at</source>
        <translation>登记库位</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="300"/>
        <source>Expected, not counted ({n})</source>
        <translation>应有未盘到（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="302"/>
        <source>Counted here, recorded elsewhere ({n})</source>
        <translation>盘到但登记在别处（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_stocktake.py" line="305"/>
        <source>Counted, not in stock ({n})</source>
        <translation>盘到但不在库（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="61"/>
        <source>Driver pickup</source>
        <translation>司机提货</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="98"/>
        <source>No driver</source>
        <translation>未选司机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="99"/>
        <source>Choose the driver first; add drivers in Settings.</source>
        <translation>请先选择司机；司机在「设置」中添加。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="114"/>
        <source>Already on the list</source>
        <translation>已在提货单上</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="120"/>
        <source>Not added</source>
        <translation>未加入</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="124"/>
        <source>On {driver}&apos;s list</source>
        <translation>已加入{driver}的提货单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="125"/>
        <source>{added} added · {n} on the list</source>
        <translation>新增 {added} 件 · 共 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="135"/>
        <source>Select parcels in the stock list first.</source>
        <translation>请先在在库列表中选中快件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="149"/>
        <source>Not checked</source>
        <translation>未核对</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="157"/>
        <source>Wrong parcel</source>
        <translation>拿错件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="158"/>
        <source>{number} is not on {driver}&apos;s list: keep it here.</source>
        <translation>{number} 不在{driver}的提货单上：请留在仓库。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="165"/>
        <source>Already scanned</source>
        <translation>已扫过</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="170"/>
        <source>On the list: {done} of {total}</source>
        <translation>核对无误：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="196"/>
        <source>Check the pickup first: scan every parcel the driver takes.</source>
        <translation>请先核对：逐件扫描司机提走的快件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="202"/>
        <source>Parcels missing</source>
        <translation>有件未扫到</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="203"/>
        <source>{n} parcel(s) on the list were not scanned; they stay here on the list. Hand over the {m} scanned?</source>
        <translation>提货单上有 {n} 件未扫到，将留在提货单上。先交接已扫的 {m} 件？</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="217"/>
        <source>Handed {n} parcel(s) over to {driver}.</source>
        <translation>已向{driver}交接 {n} 件。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="220"/>
        <source>Still on the list: {numbers}</source>
        <translation>仍在提货单上：{numbers}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="238"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="279"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="239"/>
        <source>Listed for</source>
        <translation>已列入</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="260"/>
        <source>scan or type: the parcel goes on the list</source>
        <translation>扫描或输入：快件加入提货单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="262"/>
        <source>scan each parcel the driver takes</source>
        <translation>逐件扫描司机提走的快件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="282"/>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="284"/>
        <source>✓ scanned</source>
        <translation>✓ 已扫</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="285"/>
        <source>missing</source>
        <translation>未扫到</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="290"/>
        <source>Pickup list ({n})</source>
        <translation>提货单（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="292"/>
        <source>Wrong: not on the list, keep them here ({n})</source>
        <translation>拿错：不在提货单上，留在仓库（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="297"/>
        <source>{n} on the list</source>
        <translation>提货单共 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_driver.py" line="303"/>
        <source>Scanned {done} of {total} · missing {missing} · wrong {wrong}</source>
        <translation>已扫 {done} / {total} · 未扫到 {missing} · 拿错 {wrong}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="91"/>
        <source>Air-return fees</source>
        <translation>航空件退回费用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="95"/>
        <source>Reports</source>
        <translation>交接班表/EMS</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="100"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="125"/>
        <source>Not taken here</source>
        <translation>此页不收扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="101"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="126"/>
        <source>{number}: scan parcels on the scan-in or scan-out tab.</source>
        <translation>{number}：请在入库或出库页扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="121"/>
        <source>Early shift {start}–{end}</source>
        <translation>早班 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="124"/>
        <source>Late shift {start}–{end}</source>
        <translation>晚班 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="148"/>
        <source>{shift} · stock {start} → {end} · in {came_in} · out {went_out} · due today {due} · overdue {overdue} · open problems {open} · headless {headless}</source>
        <translation>{shift} · 库存 {start} → {end} · 入库 {came_in} · 出库 {went_out} · 今日到期 {due} · 已逾期 {overdue} · 未结问题件 {open} · 无头件 {headless}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="183"/>
        <source>Preparing the handover sheet…</source>
        <translation>正在生成交接班表…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="191"/>
        <source>Handover sheet</source>
        <translation>交接班表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="201"/>
        <source>Save the handover sheet</source>
        <translation>保存交接班表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="230"/>
        <source>Out on</source>
        <translation>出仓日期</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="231"/>
        <source>EMS no.</source>
        <translation>EMS单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="232"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="233"/>
        <source>Weight (kg)</source>
        <translation>重量(kg)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="233"/>
        <source>EMS fee</source>
        <translation>EMS费用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="234"/>
        <source>Freight paid</source>
        <translation>已付运费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="234"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="235"/>
        <source>To collect</source>
        <translation>需补收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="236"/>
        <source>Collected by</source>
        <translation>补收业务员</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="236"/>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="240"/>
        <source>{n} parcel(s) · EMS fees {fee} 元 · to collect {short} 元</source>
        <translation>共 {n} 件 · EMS费用 {fee} 元 · 需补收 {short} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="252"/>
        <source>Save the EMS register</source>
        <translation>保存EMS登记表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="276"/>
        <source>EMS register</source>
        <translation>转发EMS登记表</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="292"/>
        <source>Cancelled; {path} was not saved.</source>
        <translation>已取消，{path} 未保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="295"/>
        <source>Could not save {path}: {error}. An earlier file of that name is unchanged.</source>
        <translation>无法保存 {path}：{error}。同名的旧文件没有改动。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="302"/>
        <source>Saved {path}.</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reports.py" line="307"/>
        <source>Printed {n} page(s).</source>
        <translation>已打印 {n} 页。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="75"/>
        <source>Read replies at (noon)</source>
        <translation>中午查看回复时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="77"/>
        <source>Read replies at (afternoon)</source>
        <translation>下午查看回复时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="92"/>
        <source>Above the free weight, charge the kilograms above it</source>
        <translation>超过免费重量：只按超出部分收费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="94"/>
        <source>Above the free weight, charge the whole weight</source>
        <translation>超过免费重量：按全部重量收费</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="97"/>
        <source>Con&amp;firm reading and basis</source>
        <translation>确认理解和计费方式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="109"/>
        <source>Warehouse settings</source>
        <translation>仓库设置</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="118"/>
        <source>Only a supervisor can change the warehouse settings; they are shown for reference.</source>
        <translation>仓库设置只有主管可以修改，此处仅供查看。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="154"/>
        <source>The station&apos;s own tariff rows are in use.</source>
        <translation>正在使用本网点自己设置的收费表。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="156"/>
        <source>「江浙沪皖鲁西南」 read as {reading}: confirmed by {who} on {when}.</source>
        <translation>「江浙沪皖鲁西南」理解为{reading}：{who}于{when}确认。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="161"/>
        <source>Please confirm: the shipped tariff reads 「江浙沪皖鲁西南」 as {reading}. The seed may also mean 江浙沪皖鲁 + 西南 (四川、重庆、贵州、云南): then edit the rows. Cities may be rows of their own (山东省菏泽市).</source>
        <translation>请确认：默认收费表将「江浙沪皖鲁西南」理解为{reading}。也可能指江浙沪皖鲁 + 西南（四川、重庆、贵州、云南）：如是，请修改收费表。城市可单独成行（山东省菏泽市）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="182"/>
        <source>Return tariff reading and basis confirmed.</source>
        <translation>退回收费表的理解和计费方式已确认。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="190"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="193"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="193"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="194"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="194"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="195"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="195"/>
        <source>Fill</source>
        <translation>已存放</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="259"/>
        <source>Location {code} saved.</source>
        <translation>库位 {code} 已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="281"/>
        <source>Deadlines saved.</source>
        <translation>期限已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="292"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="292"/>
        <source>Provinces, cities</source>
        <translation>省份、城市</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="293"/>
        <source>Free kg</source>
        <translation>免费公斤</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="293"/>
        <source>元/kg</source>
        <translation>元/公斤</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_settings.py" line="349"/>
        <source>Return tariff saved.</source>
        <translation>退回收费表已保存。</translation>
    </message>
</context>
<context>
    <name>WarehouseReminders</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reminders.py" line="39"/>
        <source>Replies &amp;read</source>
        <translation>已查看回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_reminders.py" line="61"/>
        <source>Time to read the replies to our messages ({times}): answer them, return what the origin asks back today (WH-16).</source>
        <translation>到查看留言回复的时间了（{times}）：及时回复，对方要求退回的当天退回（WH-16）。</translation>
    </message>
</context>
<context>
    <name>WarehouseSettingsPage</name>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="36"/>
        <source>Locations</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="63"/>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="73"/>
        <source>e.g. A, B2, D</source>
        <translation>如 A、B2、D</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="83"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="96"/>
        <source>Ca&amp;pacity</source>
        <translation>容量(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="119"/>
        <source>&amp;Layers</source>
        <translation>层数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="139"/>
        <source>In &amp;use</source>
        <translation>启用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="149"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="156"/>
        <source>&amp;Save location</source>
        <translation>保存库位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="170"/>
        <source>Deadlines of retained parcels (days)</source>
        <translation>滞留件期限（天）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="176"/>
        <source>Self-pickup not collected: message the origin and return after</source>
        <translation>自取件未取：给始发公司留言并退回，天数</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="199"/>
        <source>Customer notified, not collecting: message the origin after</source>
        <translation>已通知客户未取：给始发公司留言，天数</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="222"/>
        <source>Origin company has not replied: return directly after</source>
        <translation>始发公司未回复：直接退回，天数</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="245"/>
        <source>Save &amp;deadlines</source>
        <translation>保存期限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="255"/>
        <source>Return fee for air parcels</source>
        <translation>航空件退回费用</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="261"/>
        <source>One row per group of provinces, separated by 、. Free weight: kg, or 全免 for always free. The row without provinces applies to every other province.</source>
        <translation>每行一组省份，用「、」分隔。免费重量填公斤数，全部免费填「全免」。不填省份的一行适用于其他所有省份。</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="289"/>
        <source>Add ro&amp;w</source>
        <translation>添加行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="296"/>
        <source>Remo&amp;ve row</source>
        <translation>删除行(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_settings.ui" line="310"/>
        <source>Save &amp;tariff</source>
        <translation>保存收费表(&amp;T)</translation>
    </message>
</context>
<context>
    <name>WarehouseWorkspace</name>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="45"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="46"/>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="50"/>
        <source>No answer</source>
        <translation>无人接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="51"/>
        <source>Line fault</source>
        <translation>电话故障</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="52"/>
        <source>Cannot get through</source>
        <translation>不通</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="53"/>
        <source>Busy</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="54"/>
        <source>Number suspended</source>
        <translation>停机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="55"/>
        <source>Switched off</source>
        <translation>关机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="56"/>
        <source>Number not in use</source>
        <translation>空号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="61"/>
        <source>Nobody home, called: deliver tomorrow</source>
        <translation>送无人联系明天送</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="63"/>
        <source>Nobody home, phone unreachable</source>
        <translation>送无人电话不通</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="64"/>
        <source>Phone not answered</source>
        <translation>电话无人接</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="65"/>
        <source>Phone suspended</source>
        <translation>电话停机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="66"/>
        <source>Phone switched off</source>
        <translation>电话关机</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="71"/>
        <source>COD too expensive, refused</source>
        <translation>到付嫌贵拒收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="72"/>
        <source>Never accepts COD</source>
        <translation>不收到付件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="74"/>
        <source>No invoice, refused (counts against us)</source>
        <translation>没有发票拒收（算本站责任）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="78"/>
        <source>Will collect</source>
        <translation>会来取</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="80"/>
        <source>Will not collect</source>
        <translation>不来取</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="81"/>
        <source>Not today</source>
        <translation>今天不来</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="82"/>
        <source>Comes on a date</source>
        <translation>约定日期来取</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="86"/>
        <source>Branch office</source>
        <translation>分点</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="87"/>
        <source>Head office</source>
        <translation>总公司</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="92"/>
        <source>The sending company</source>
        <translation>发件公司</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="93"/>
        <source>The recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="97"/>
        <source>Never ordered it</source>
        <translation>没有订购</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="99"/>
        <source>Goods not as ordered</source>
        <translation>货不对板</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="100"/>
        <source>Took too long, not wanted</source>
        <translation>时间太久不要了</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="101"/>
        <source>Other (write why)</source>
        <translation>其他（写明原因）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="103"/>
        <source>Courier would not carry it upstairs</source>
        <translation>快递员不送上楼</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="104"/>
        <source>Courier was rude</source>
        <translation>快递员态度不好</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="118"/>
        <source>Prepaid</source>
        <translation>寄付</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="119"/>
        <source>Freight collect</source>
        <translation>到付</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="120"/>
        <source>Account customer</source>
        <translation>月结</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="127"/>
        <source>Self-pickup not collected: message the origin company, return</source>
        <translation>自取件逾期未取：给始发公司留言并退回</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="130"/>
        <source>Notified, not collected: message the origin company</source>
        <translation>已通知未取：给始发公司留言</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="133"/>
        <source>Origin company silent: return it directly</source>
        <translation>始发公司未回复：直接退回</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="136"/>
        <source>Return requested by message: it leaves today</source>
        <translation>留言要求退回：当天退出</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="139"/>
        <source>The customer said they come today</source>
        <translation>客户约定今天来取</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="142"/>
        <source>Return: it leaves the next day at the latest (WH-10)</source>
        <translation>退回件：最迟次日退出（WH-10）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="145"/>
        <source>Damaged contents: message the origin company today (WH-15)</source>
        <translation>破损拒收：当天给始发公司留言（WH-15）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="148"/>
        <source>Mis-sorted: message the sending company today (WH-16)</source>
        <translation>错分件：当天给发件公司留言（WH-16）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="151"/>
        <source>Changed to self-pickup: message the origin company today (WH-16)</source>
        <translation>改自提：当天给始发公司留言（WH-16）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="169"/>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="171"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="179"/>
        <source>Scanned in: {reason}, {code}</source>
        <translation>入库：{reason}，{code}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="187"/>
        <source>was headless #{n}</source>
        <translation>原无头件 #{n}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="191"/>
        <source>Reason recorded again: {reason}; {details}</source>
        <translation>修改原因：{reason}；{details}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="196"/>
        <source>Moved from {old} to {new} ({code})</source>
        <translation>从 {old} 移到 {new}（{code}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="199"/>
        <source>Customer told to collect it</source>
        <translation>已通知客户来取</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="202"/>
        <source>Message to {company}: {text}</source>
        <translation>给{company}留言：{text}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="205"/>
        <source>Reply from {company}: {text}</source>
        <translation>{company}回复：{text}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="208"/>
        <source>return requested</source>
        <translation>要求退回</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="211"/>
        <source>Delivery scan for {courier}</source>
        <translation>派件扫描（{courier}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="214"/>
        <source>On {driver}&apos;s pickup list</source>
        <translation>列入司机{driver}的提货单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="217"/>
        <source>Scanned out: {how}</source>
        <translation>出库：{how}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="220"/>
        <source>Note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="222"/>
        <source>Scanned again while in stock</source>
        <translation>在库时重复扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="224"/>
        <source>Missing at the stocktake, written off (approved by {who})</source>
        <translation>盘点缺失，报失（{who} 批准）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="228"/>
        <source>Found at the stocktake in {location}, now {code}</source>
        <translation>盘点时在 {location} 找到，新取件码 {code}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="243"/>
        <source>return fee {fee} 元</source>
        <translation>退回费 {fee} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_texts.py" line="245"/>
        <source>{courier} collects {amount} 元</source>
        <translation>{courier} 补收 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse.py" line="136"/>
        <source>Searching</source>
        <translation>查询中</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse.py" line="139"/>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse.py" line="140"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_details.py" line="80"/>
        <source>— choose the reason —</source>
        <translation>— 请选择原因 —</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_details.py" line="97"/>
        <source>N: now · ↑/↓: change the selected part · Ctrl+Del: clear</source>
        <translation>N：当前时间 · ↑/↓：调整所选部分 · Ctrl+Del：清空</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="192"/>
        <source>No room left in the {area}: type a location.</source>
        <translation>{area}已满：请输入库位。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="197"/>
        <source>Suggested: {code} {kind} ({n}/{capacity})</source>
        <translation>建议：{code} {kind}（{n}/{capacity}）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="210"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="261"/>
        <source>Log in</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="215"/>
        <source>{number} opens as soon as the last parcel is saved.</source>
        <translation>上一件保存完即打开 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="258"/>
        <source>Not taken in</source>
        <translation>未入库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="265"/>
        <source>{number} is already in stock: {code} at {location}, since {since}, scanned in by {by}. Nothing was recorded twice.</source>
        <translation>{number} 已在库：{location} 库位，取件码 {code}，自 {since} 起，由 {by} 入库。未重复登记。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="279"/>
        <source>Already in stock</source>
        <translation>已在库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="282"/>
        <source>{number} was not saved: scan it again.</source>
        <translation>{number} 未保存：请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="214"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="287"/>
        <location filename="../ui/warehouse_workspace.ui" line="18"/>
        <source>Scan in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="303"/>
        <source>On {courier}&apos;s delivery list of {day}, recipient {name}</source>
        <translation>在 {courier} {day} 的派件清单上，收件人 {name}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="309"/>
        <source>Not on a delivery list</source>
        <translation>不在派件清单上</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="312"/>
        <source>here before: {reason}, {start} – {end}, {how}</source>
        <translation>曾在库：{reason}，{start} – {end}，{how}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="319"/>
        <source>choose the reason (Alt+1…9, Alt+0)</source>
        <translation>请选择原因（Alt+1…9、Alt+0）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="347"/>
        <source>Scan or type the number found on headless parcel #{n}.</source>
        <translation>请扫描或输入无头件 #{n} 上找到的单号。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="350"/>
        <source>Scan the parcel (or type its number and press Enter).</source>
        <translation>扫描快件（或输入单号后按回车）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="356"/>
        <source>Matching headless #{n}: {description}</source>
        <translation>匹配无头件 #{n}：{description}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="360"/>
        <source>Changing the reason of {number} ({code})</source>
        <translation>修改 {number}（{code}）的原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="392"/>
        <source>Record what changed and press Enter; Esc goes back.</source>
        <translation>填写变化的情况后按回车；Esc 返回。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="441"/>
        <source>{number} was not opened: scan it again.</source>
        <translation>{number} 未打开：请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="455"/>
        <source>Saving {number}…</source>
        <translation>正在保存 {number}…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="81"/>
        <source>New details of {number} recorded.</source>
        <translation>{number} 的新情况已记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="472"/>
        <source>{number} in stock: {reason}, {location}. Write the code on the parcel or print its label (Ctrl+P).</source>
        <translation>{number} 已入库：{reason}，{location}。请把取件码写在快件上，或打印标签（Ctrl+P）。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="477"/>
        <source>Saved {number}.</source>
        <translation>{number} 已保存。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="546"/>
        <source>Scan a parcel in first; then Ctrl+P prints its label.</source>
        <translation>请先入库一票快件，再按 Ctrl+P 打印标签。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="558"/>
        <source>Label of {number} sent to the label printer.</source>
        <translation>{number} 的标签已发送到标签打印机。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="577"/>
        <source>Label of {number} printed.</source>
        <translation>{number} 的标签已打印。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="585"/>
        <source>Label {code}</source>
        <translation>标签 {code}</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_in.py" line="601"/>
        <source>The label printer did not take the label ({error}). Ctrl+P prints it again.</source>
        <translation>标签打印机没有接收标签（{error}）。按 Ctrl+P 重新打印。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="187"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="190"/>
        <location filename="../ui/warehouse_workspace.ui" line="1347"/>
        <source>&amp;Courier</source>
        <translation>派件员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="188"/>
        <source>Back to &amp;courier</source>
        <translation>退回派件员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="189"/>
        <source>&amp;Courier to collect a shortfall</source>
        <translation>补收运费的派件员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="214"/>
        <source>Return fee: {fee} 元</source>
        <translation>退回费：{fee} 元</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="220"/>
        <source>Short by {amount} 元: the courier collects it</source>
        <translation>差 {amount} 元：由派件员补收</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="222"/>
        <source>The paid freight covers the EMS fee</source>
        <translation>已付运费够 EMS 费用</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="289"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="361"/>
        <source>Not scanned out</source>
        <translation>未出库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="300"/>
        <source>{message} Ctrl+D does it with the area courier and scans it out.</source>
        <translation>{message}按 Ctrl+D 用承包区派件员做派件扫描并出库。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="304"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="308"/>
        <source>Delivery scan first</source>
        <translation>先做派件扫描</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="310"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="314"/>
        <source>Already out</source>
        <translation>已出库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="316"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="321"/>
        <source>Do not hand over</source>
        <translation>不能交件</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="420"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="172"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="197"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="206"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="421"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="138"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="422"/>
        <source>How it left</source>
        <translation>出库方式</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_scan_out.py" line="423"/>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="89"/>
        <source>We sent it (to the company)</source>
        <translation>我方留言（发给对方公司）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="90"/>
        <source>Their reply (from the company)</source>
        <translation>对方回复（对方公司发来）</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="108"/>
        <source>Nothing found for {text}.</source>
        <translation>没有找到“{text}”。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="112"/>
        <source>{n} parcel(s) found.</source>
        <translation>找到 {n} 票。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="125"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="128"/>
        <source>Searching {text}…</source>
        <translation>正在查询 {text}…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="135"/>
        <source>in stock</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="139"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="200"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="208"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="140"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="141"/>
        <source>Location / code</source>
        <translation>库位 / 取件码</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="142"/>
        <source>In</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="143"/>
        <source>Out</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="172"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="173"/>
        <source>What</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="227"/>
        <source>{number}: customer notified.</source>
        <translation>{number}：已通知客户。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="239"/>
        <source>{number}: message recorded.</source>
        <translation>{number}：留言已记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="247"/>
        <source>{number}: note added.</source>
        <translation>{number}：备注已添加。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="259"/>
        <source>{number}: delivery scan recorded.</source>
        <translation>{number}：派件扫描已记录。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_search.py" line="271"/>
        <source>{number}: moved.</source>
        <translation>{number}：已移位。</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="191"/>
        <source>{day}: {overdue} overdue, {due} due today, {stock} in stock</source>
        <translation>{day}：逾期 {overdue} 票，今天到期 {due} 票，在库 {stock} 票</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="198"/>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="199"/>
        <source>What to do</source>
        <translation>处理要求</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="201"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="209"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="202"/>
        <source>In since</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="56"/>
        <source>counts against us</source>
        <translation>算本站责任</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="136"/>
        <source>Loading the board…</source>
        <translation>正在读取到期看板…</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="207"/>
        <source>Days here</source>
        <translation>在库天数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="210"/>
        <source>Messages</source>
        <translation>留言数</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="211"/>
        <source>Station at fault</source>
        <translation>本站责任</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/workspaces/warehouse_board.py" line="212"/>
        <source>Last event</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="26"/>
        <source>&amp;Waybill</source>
        <translation>运单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="36"/>
        <location filename="../ui/warehouse_workspace.ui" line="1529"/>
        <source>scan or type, Enter</source>
        <translation>扫描或输入，回车</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="75"/>
        <source>Clear (Esc)</source>
        <translation>清空（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="108"/>
        <source>Reason and what it must record (WH-6)</source>
        <translation>原因及必须注明的情况</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="116"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="136"/>
        <source>Alt+1…9, Alt+0</source>
        <translation>Alt+1…9、Alt+0</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="162"/>
        <source>Choose the reason first: the form then asks for exactly what that reason must record.</source>
        <translation>请先选择原因：表单会列出该原因必须注明的内容。</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="194"/>
        <location filename="../ui/warehouse_workspace.ui" line="318"/>
        <source>Re&amp;ached the customer?</source>
        <translation>联系上客户了吗(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="207"/>
        <source>Correct full addr&amp;ess</source>
        <translation>正确的详细地址(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="217"/>
        <location filename="../ui/warehouse_workspace.ui" line="341"/>
        <location filename="../ui/warehouse_workspace.ui" line="432"/>
        <source>street, building, unit, room</source>
        <translation>街道、楼号、单元、房号</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="227"/>
        <source>&amp;Time they want it</source>
        <translation>客户要求送货时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="237"/>
        <source>e.g. tomorrow after 14:00</source>
        <translation>例如：明天14点以后</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="247"/>
        <location filename="../ui/warehouse_workspace.ui" line="351"/>
        <source>&amp;Call time</source>
        <translation>打电话的时间(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="267"/>
        <location filename="../ui/warehouse_workspace.ui" line="371"/>
        <source>Call o&amp;utcome</source>
        <translation>未接通原因(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="280"/>
        <location filename="../ui/warehouse_workspace.ui" line="384"/>
        <location filename="../ui/warehouse_workspace.ui" line="479"/>
        <location filename="../ui/warehouse_workspace.ui" line="550"/>
        <location filename="../ui/warehouse_workspace.ui" line="614"/>
        <location filename="../ui/warehouse_workspace.ui" line="685"/>
        <location filename="../ui/warehouse_workspace.ui" line="797"/>
        <location filename="../ui/warehouse_workspace.ui" line="848"/>
        <location filename="../ui/warehouse_workspace.ui" line="1071"/>
        <source>&amp;More detail</source>
        <translation>补充说明(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="331"/>
        <location filename="../ui/warehouse_workspace.ui" line="422"/>
        <source>New full addr&amp;ess</source>
        <translation>新的详细地址(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="442"/>
        <source>New recipient &amp;name</source>
        <translation>新收件人姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="452"/>
        <source>only if it changed</source>
        <translation>有变化才填</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="462"/>
        <source>New recipient phone (if &amp;changed)</source>
        <translation>新收件人电话（有变化才填）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="517"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="530"/>
        <source>&amp;Time of the failed delivery</source>
        <translation>送无人的时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="586"/>
        <source>Refused for want of an invoice is no valid reason: the delay still counts against the station.</source>
        <translation>没有发票拒收不是正当理由：延误仍算本站责任。</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="601"/>
        <location filename="../ui/warehouse_workspace.ui" line="953"/>
        <source>&amp;Kind of refusal</source>
        <translation>拒收类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="652"/>
        <source>Customer&apos;s &amp;answer</source>
        <translation>客户答复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="665"/>
        <source>&amp;Coming on</source>
        <translation>约定日期(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="723"/>
        <location filename="../ui/warehouse_workspace.ui" line="1017"/>
        <source>Detailed reaso&amp;n</source>
        <translation>详细原因(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="733"/>
        <source>what was checked and why</source>
        <translation>验了什么、为什么验</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="764"/>
        <source>Pickup &amp;time</source>
        <translation>自取时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="784"/>
        <source>Pickup pla&amp;ce</source>
        <translation>自取地点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="833"/>
        <source>Nothing more to record: it goes with the returns and mis-sent parcels.</source>
        <translation>无需其他记录：与退件、错分件放在一起。</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="886"/>
        <source>Who &amp;asked</source>
        <translation>谁要求退回(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="899"/>
        <source>Wh&amp;y</source>
        <translation>退回原因(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="909"/>
        <source>the reason they gave</source>
        <translation>对方说明的原因</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="938"/>
        <source>Refused because the courier would not carry it upstairs or was rude: not a problem parcel, no message is left.</source>
        <translation>因快递员不送上楼或态度不好而拒收的，不算问题件，不予留言。</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="966"/>
        <source>&amp;More detail (required for Other)</source>
        <translation>补充说明（选“其他”时必填）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1002"/>
        <source>The recipient signs and writes 「拒收」 after the name; message the origin company (WH-15).</source>
        <translation>收件人签名并在名字后写「拒收」；给始发公司留言。</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1027"/>
        <source>what is damaged</source>
        <translation>哪里破损</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1056"/>
        <source>Wrong big characters (大字), destination unknown: kept with the returns until it is cleared.</source>
        <translation>大字写错、目的地不明：查清前与退件放在一起。</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1104"/>
        <source>Parcel</source>
        <translation>快件</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1110"/>
        <source>Reci&amp;pient</source>
        <translation>收件人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1127"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1137"/>
        <source>mobile or landline</source>
        <translation>手机或座机</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1147"/>
        <source>&amp;Bulky goods (大货)</source>
        <translation>大货(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1154"/>
        <source>&amp;Destination province</source>
        <translation>目的省份(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1167"/>
        <source>&amp;Location</source>
        <translation>库位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1177"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1200"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1276"/>
        <source>Print label (Ctrl+P)</source>
        <translation>打印标签（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1283"/>
        <source>&amp;Save (Enter)</source>
        <translation>保存(&amp;S)（回车）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1296"/>
        <source>Scan out</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1302"/>
        <source>How it leaves (stays set between scans)</source>
        <translation>出库方式（连续扫描时保持不变）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1310"/>
        <source>&amp;Disposition</source>
        <translation>出库方式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1332"/>
        <source>Alt+1 delivery · Alt+2 collected · Alt+3 back to courier · Alt+4 back to company · Alt+5 EMS</source>
        <translation>Alt+1 出仓派送 · Alt+2 客户自提 · Alt+3 退回业务员 · Alt+4 上网退公司 · Alt+5 转发EMS</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1360"/>
        <source>Pickup code or phone &amp;tail</source>
        <translation>取件码或手机尾号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1370"/>
        <source>type before the scan</source>
        <translation>扫描前输入</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1380"/>
        <source>Co&amp;mpany</source>
        <translation>公司(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1390"/>
        <source>company it goes back to</source>
        <translation>退回的公司</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1400"/>
        <source>&amp;Air parcel: return fee (WH-11)</source>
        <translation>航空件：收退回费(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1407"/>
        <source>Pro&amp;vince</source>
        <translation>省份(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1420"/>
        <source>&amp;Weight (kg)</source>
        <translation>重量(kg)(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1430"/>
        <source>e.g. 6.5</source>
        <translation>例如 6.5</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1440"/>
        <source>EMS &amp;fee (元)</source>
        <translation>EMS 费用（元）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1457"/>
        <source>Paid fr&amp;eight (元)</source>
        <translation>已付运费（元）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1474"/>
        <source>Pa&amp;yment</source>
        <translation>付款方式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1519"/>
        <source>&amp;Scan or type the waybill</source>
        <translation>扫描或输入运单号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1550"/>
        <source>Scan &amp;out (Enter)</source>
        <translation>出库(&amp;O)（回车）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1596"/>
        <source>A&amp;rea courier</source>
        <translation>承包区派件员(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1616"/>
        <source>Delivery scan, then scan out (Ctrl+D)</source>
        <translation>派件扫描后出库（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1633"/>
        <source>Scanned out this session</source>
        <translation>本次已出库</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1664"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1672"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1682"/>
        <source>waybill or part of it · last 4 digits of the phone · name</source>
        <translation>运单号或其中一段 · 手机后4位 · 姓名</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1703"/>
        <source>Search (Enter)</source>
        <translation>查询（回车）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1752"/>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1782"/>
        <source>Parcel in stock: record what was done</source>
        <translation>在库快件：登记处理情况</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1790"/>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1800"/>
        <source>message, note, or what the customer said</source>
        <translation>留言、备注或客户说的话</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1810"/>
        <source>Com&amp;pany</source>
        <translation>公司(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1820"/>
        <source>the other company (留言)</source>
        <translation>对方公司（留言）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1830"/>
        <source>Direction</source>
        <translation>留言方向</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1843"/>
        <source>Reply asks for a return (leaves toda&amp;y)</source>
        <translation>回复要求退回（当天退出）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1850"/>
        <source>Cour&amp;ier</source>
        <translation>派件员(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1863"/>
        <source>Move to &amp;location</source>
        <translation>移到库位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1873"/>
        <source>location code</source>
        <translation>库位代码</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1887"/>
        <source>&amp;Notified customer</source>
        <translation>通知客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1894"/>
        <source>Log &amp;message</source>
        <translation>留言(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1901"/>
        <source>Add n&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1908"/>
        <source>&amp;Delivery scan</source>
        <translation>派件扫描(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1915"/>
        <source>Mo&amp;ve</source>
        <translation>移位(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1922"/>
        <source>Change &amp;reason…</source>
        <translation>修改原因(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1937"/>
        <source>Deadlines</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1961"/>
        <source>&amp;Refresh (Ctrl+R)</source>
        <translation>刷新(&amp;R)（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="1986"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="2024"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../ui/warehouse_workspace.ui" line="2062"/>
        <source>Open problem parcels: handled? scan them out (WH-4)</source>
        <translation>未出库的问题件：处理完请扫描出库</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="300"/>
        <location filename="../../src/counter_app/ui/workspaces/intake.py" line="286"/>
        <source>Counter</source>
        <translation>收寄</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="301"/>
        <location filename="../../src/counter_app/ui/workspaces/warehouse.py" line="105"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="302"/>
        <location filename="../../src/counter_app/ui/workspaces/receipts.py" line="149"/>
        <source>Receipts</source>
        <translation>回单</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="303"/>
        <location filename="../../src/counter_app/ui/workspaces/misroute.py" line="137"/>
        <source>Misroutes</source>
        <translation>错写大字</translation>
    </message>
    <message>
        <location filename="../../src/counter_app/ui/main_window.py" line="296"/>
        <location filename="../../src/counter_app/ui/workspaces/service_desk.py" line="165"/>
        <source>Service desk</source>
        <translation>客服</translation>
    </message>
</context>
</TS>
