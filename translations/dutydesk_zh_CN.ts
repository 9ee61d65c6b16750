<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>dd::ActionCards</name>
    <message>
        <source>%1 duty line</source>
        <translation>%1 值班电话</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>总指挥</translation>
    </message>
    <message>
        <source>Duty line (7×24)</source>
        <translation>值班电话（7×24）</translation>
    </message>
    <message>
        <source>Your backup</source>
        <translation>你的备岗</translation>
    </message>
    <message>
        <source>IT lead (notification contact)</source>
        <translation>信息技术负责人（通报联络人）</translation>
    </message>
    <message>
        <source>No cards to print to %1: choose at least one person.</source>
        <translation>没有可打印到 %1 的卡片：请至少选择一人。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Emergency action cards</source>
        <translation>应急工作卡片</translation>
    </message>
    <message>
        <source>No cards to print: choose at least one person.</source>
        <translation>没有可打印的卡片：请至少选择一人。</translation>
    </message>
    <message>
        <source>Card %1 (%2): %3 did not fit even at %4 pt.</source>
        <translation>卡片 %1（%2）：%3 即使缩小到 %4 磅仍放不下。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cannot start printing the cards.</source>
        <translation>无法开始打印卡片。</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the cards.</source>
        <translation>无法开始打印卡片的第 %1 页。</translation>
    </message>
    <message>
        <source>Fronts, sheet %1 of %2</source>
        <translation>正面，第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>Backs, sheet %1 of %2: print on the reverse side, flipped on the long edge</source>
        <translation>背面，第 %1 张，共 %2 张：请打印在纸张背面，沿长边翻转</translation>
    </message>
    <message>
        <source>演练 DRILL — %1</source>
        <comment>drill banner before a page note</comment>
        <translation>演练 DRILL — %1</translation>
    </message>
</context>
<context>
    <name>dd::Actor</name>
    <message>
        <source>DutyDesk</source>
        <translation>应急值守台</translation>
    </message>
    <message>
        <source>Sign in first: %1 needs a signed-in operator.</source>
        <translation>请先登录：“%1”需要已登录的操作员。</translation>
    </message>
    <message>
        <source>%1 may not do this: %2 needs another role.</source>
        <translation>%1 无权执行此操作：“%2”需要其他角色。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>查看数据</translation>
    </message>
    <message>
        <source>Editing duty data</source>
        <translation>编辑值班数据</translation>
    </message>
    <message>
        <source>Declaring an incident</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <source>Approving or waiving</source>
        <translation>审批或豁免</translation>
    </message>
    <message>
        <source>Changing the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Managing operators</source>
        <translation>管理操作员</translation>
    </message>
</context>
<context>
    <name>dd::Alert</name>
    <message>
        <source>Prometheus Alertmanager</source>
        <translation>Prometheus Alertmanager</translation>
    </message>
    <message>
        <source>Zabbix</source>
        <translation>Zabbix</translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation>通用 JSON</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>告警中</translation>
    </message>
</context>
<context>
    <name>dd::AlertIntake</name>
    <message>
        <source>Raised by monitoring: %1 (%2), fingerprint %3.</source>
        <translation>由监控发起：%1（%2），指纹 %3。</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>告警级别：%1</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>注解：</translation>
    </message>
    <message>
        <source>Alert fired again after it was resolved (count %1): %2</source>
        <translation>告警恢复后再次触发（第 %1 次）：%2</translation>
    </message>
    <message>
        <source>Alert fired again (count %1): %2</source>
        <translation>告警再次触发（第 %1 次）：%2</translation>
    </message>
    <message>
        <source>Resolved by monitoring: %1</source>
        <translation>监控已恢复：%1</translation>
    </message>
</context>
<context>
    <name>dd::AlertParser</name>
    <message>
        <source>body: unknown alert format</source>
        <translation>body：未知的告警格式</translation>
    </message>
    <message>
        <source>an Alertmanager webhook object</source>
        <translation>Alertmanager Webhook 对象</translation>
    </message>
    <message>
        <source>&quot;4&quot; (Alertmanager webhook version 4)</source>
        <translation>&quot;4&quot;（Alertmanager Webhook 第 4 版）</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1：应为%2</translation>
    </message>
    <message>
        <source>body: expected a JSON document, the body is empty</source>
        <translation>body：应为 JSON 文档，但请求体为空</translation>
    </message>
    <message>
        <source>body: malformed JSON at offset %1: %2</source>
        <translation>body：JSON 格式错误，位于偏移量 %1：%2</translation>
    </message>
    <message>
        <source>body: expected a JSON object or array</source>
        <translation>body：应为 JSON 对象或数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an object of strings</source>
        <translation>值均为字符串的对象</translation>
    </message>
    <message>
        <source>an ISO 8601 time with offset, such as 2026-03-02T10:15:00+08:00</source>
        <translation>带时区偏移的 ISO 8601 时间，例如 2026-03-02T10:15:00+08:00</translation>
    </message>
    <message>
        <source>at most %1 alerts, got %2</source>
        <translation>最多 %1 条告警，实际为 %2 条</translation>
    </message>
    <message>
        <source>an alert object</source>
        <translation>告警对象</translation>
    </message>
    <message>
        <source>&quot;firing&quot; or &quot;resolved&quot;</source>
        <translation>&quot;firing&quot; 或 &quot;resolved&quot;</translation>
    </message>
    <message>
        <source>at least one label (or a fingerprint)</source>
        <translation>至少一个标签（或一个指纹）</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>告警 %1</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>an array of alerts</source>
        <translation>告警数组</translation>
    </message>
    <message>
        <source>an object {&quot;tag&quot;, &quot;value&quot;}</source>
        <translation>对象 {&quot;tag&quot;, &quot;value&quot;}</translation>
    </message>
    <message>
        <source>the tag name</source>
        <translation>标签名</translation>
    </message>
    <message>
        <source>a list of tags</source>
        <translation>标签列表</translation>
    </message>
    <message>
        <source>tags as JSON (%1 at offset %2)</source>
        <translation>JSON 格式的标签（%1，位于偏移量 %2）</translation>
    </message>
    <message>
        <source>a date such as 2026.03.02</source>
        <translation>日期，例如 2026.03.02</translation>
    </message>
    <message>
        <source>a time such as 10:15:00</source>
        <translation>时间，例如 10:15:00</translation>
    </message>
    <message>
        <source>an object of the media type&apos;s parameters</source>
        <translation>媒体类型参数组成的对象</translation>
    </message>
    <message>
        <source>the problem event id ({EVENT.ID})</source>
        <translation>问题事件 ID（{EVENT.ID}）</translation>
    </message>
    <message>
        <source>the event name ({EVENT.NAME})</source>
        <translation>事件名称（{EVENT.NAME}）</translation>
    </message>
    <message>
        <source>&quot;1&quot; (problem) or &quot;0&quot; (resolved)</source>
        <translation>&quot;1&quot;（问题）或 &quot;0&quot;（已恢复）</translation>
    </message>
    <message>
        <source>&quot;PROBLEM&quot; or &quot;RESOLVED&quot;</source>
        <translation>&quot;PROBLEM&quot; 或 &quot;RESOLVED&quot;</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix 秒数</translation>
    </message>
</context>
<context>
    <name>dd::AttachmentFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files up to %3 MB can be attached on a shared database.</source>
        <translation>%1 大小为 %2 MB；共享数据库上只能附加不超过 %3 MB 的文件。</translation>
    </message>
    <message>
        <source>The stored file %1 is missing.</source>
        <translation>已保存的文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The shared database holds no content for the attachment %1.</source>
        <translation>共享数据库中没有附件 %1 的内容。</translation>
    </message>
    <message>
        <source>The content of the attachment %1 does not match its SHA-256 hash: it was changed after it was stored.</source>
        <translation>附件 %1 的内容与其 SHA-256 哈希不符：保存之后被改动过。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::AuditLog</name>
    <message>
        <source>The audit log&apos;s head row is missing; the database was tampered with.</source>
        <translation>审计日志的链头记录缺失，数据库已被篡改。</translation>
    </message>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>无法读取审计日志。</translation>
    </message>
    <message>
        <source>row %1 follows row %2: rows were deleted or renumbered</source>
        <translation>第 %1 行紧接在第 %2 行之后：有行被删除或重新编号</translation>
    </message>
    <message>
        <source>row %1 does not follow its predecessor: rows were deleted, inserted or reordered</source>
        <translation>第 %1 行与前一行衔接不上：有行被删除、插入或调换了顺序</translation>
    </message>
    <message>
        <source>row %1 was edited after it was written</source>
        <translation>第 %1 行在写入后被修改过</translation>
    </message>
    <message>
        <source>the audit log&apos;s head row is missing</source>
        <translation>审计日志的链头记录缺失</translation>
    </message>
    <message>
        <source>the log ends at row %1 but %2 rows were written: rows were removed from the end</source>
        <translation>日志止于第 %1 行，但共写入过 %2 行：末尾有行被删除</translation>
    </message>
    <message>
        <source>%1 was changed since you opened it (your version %2, now %3); reload and make your change again.</source>
        <translation>%1 在您打开后已被修改（您的版本为 %2，当前版本为 %3）；请重新加载后再次修改。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it (your version %4, now %5); reload and make your change again.</source>
        <translation>%1 在您打开后已被 %2 于 %3 修改（您的版本为 %4，当前版本为 %5）；请重新加载后再次修改。</translation>
    </message>
</context>
<context>
    <name>dd::CalendarRepository</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a calendar year file (%2 bytes).</source>
        <translation>%1 过大，不是有效的年度日历文件（%2 字节）。</translation>
    </message>
    <message>
        <source>The imported trading calendar for %1 can no longer be read; import the year again. %2</source>
        <translation>已导入的 %1 年交易日历无法读取，请重新导入该年度。%2</translation>
    </message>
    <message>
        <source>The imported trading calendar for %1 holds the year %2; import the year again.</source>
        <translation>已导入的 %1 年交易日历中记录的是 %2 年，请重新导入该年度。</translation>
    </message>
</context>
<context>
    <name>dd::CardLayout</name>
    <message>
        <source>the card title</source>
        <translation>卡片标题</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <source>Emergency action card</source>
        <translation>应急工作卡片</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>the unit and position</source>
        <translation>单位和职务</translation>
    </message>
    <message>
        <source>No emergency role assigned</source>
        <translation>未分配应急职责</translation>
    </message>
    <message>
        <source>the emergency roles</source>
        <translation>应急职责</translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <source>the key tasks heading</source>
        <translation>主要职责标题</translation>
    </message>
    <message>
        <source>the key tasks (%1 of %2 shown, the last one cut)</source>
        <translation>主要职责（显示了 %2 条中的 %1 条，最后一条被截断）</translation>
    </message>
    <message>
        <source>Main contacts</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Handbook v%1 · %2</source>
        <translation>联络手册 v%1 · %2</translation>
    </message>
    <message>
        <source>the label %1</source>
        <translation>标签“%1”</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>联系人“%1”</translation>
    </message>
    <message>
        <source>No duty line set</source>
        <translation>未设置值班电话</translation>
    </message>
    <message>
        <source>Duty line %1</source>
        <translation>值班电话 %1</translation>
    </message>
    <message>
        <source>the duty line caption</source>
        <translation>值班电话说明</translation>
    </message>
    <message>
        <source>Keep this card with you. In an incident call the duty line first.</source>
        <translation>请随身携带本卡片。发生事件时，请首先拨打值班电话。</translation>
    </message>
    <message>
        <source>the footnote</source>
        <translation>脚注</translation>
    </message>
</context>
<context>
    <name>dd::ChangeNoticeTemplates</name>
    <message>
        <source>There is no handbook change notice template (%1) in the report template library.</source>
        <translation>报告模板库中没有联络手册变更通知模板（%1）。</translation>
    </message>
    <message>
        <source>The change notices changed while they were written: try again.</source>
        <translation>生成变更通知期间通知内容发生了变化：请重试。</translation>
    </message>
    <message>
        <source>Change notice for %1 (template %2): %3</source>
        <translation>%1 的变更通知（模板 %2）：%3</translation>
    </message>
</context>
<context>
    <name>dd::ChangeNotices</name>
    <message>
        <source>The change notice template %1 is missing from the program.</source>
        <translation>程序中缺少变更通知模板 %1。</translation>
    </message>
    <message>
        <source>Change notice template: %1</source>
        <translation>变更通知模板：%1</translation>
    </message>
</context>
<context>
    <name>dd::ChangeRegister</name>
    <message>
        <source>Changes are requested, approved, implemented and reviewed by signed-in operators; sign in first.</source>
        <translation>变更的申请、审批、实施和复核均须由已登录的操作员进行；请先登录。</translation>
    </message>
    <message>
        <source>There is no change with id %1.</source>
        <translation>没有 id 为 %1 的变更。</translation>
    </message>
    <message>
        <source>There is no change numbered &quot;%1&quot;.</source>
        <translation>不存在编号为“%1”的变更。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>未填写%1。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Goal (变更目标)</source>
        <translation>变更目标</translation>
    </message>
    <message>
        <source>Objects (变更对象): name at least one configuration item.</source>
        <translation>变更对象：请至少指定一个配置项。</translation>
    </message>
    <message>
        <source>Window (变更时间): %1</source>
        <translation>变更时间：%1</translation>
    </message>
    <message>
        <source>Implementer (实施人) is missing.</source>
        <translation>未指定实施人。</translation>
    </message>
    <message>
        <source>Reviewer (复核人) is missing.</source>
        <translation>未指定复核人。</translation>
    </message>
    <message>
        <source>Operation steps (操作步骤)</source>
        <translation>操作步骤</translation>
    </message>
    <message>
        <source>Test plan (测试方案)</source>
        <translation>测试方案</translation>
    </message>
    <message>
        <source>Implementation plan (实施方案)</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Risk controls (风险防控措施)</source>
        <translation>风险防控措施</translation>
    </message>
    <message>
        <source>Emergency plan (应急预案)</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Rollback plan (回退方案)</source>
        <translation>回退方案</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>implementer</source>
        <translation>实施人</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>The %1 (operator id %2) does not exist.</source>
        <translation>%1（操作员 id %2）不存在。</translation>
    </message>
    <message>
        <source>The %1 %2 is deactivated.</source>
        <translation>%1 %2 已停用。</translation>
    </message>
    <message>
        <source>The %1 and the %2 must be different people: a change needs four people (applicant, approver, implementer, reviewer).</source>
        <translation>%1和%2必须是不同的人：一项变更需要四人参与（申请人、审批人、实施人、复核人）。</translation>
    </message>
    <message>
        <source>Title: say in a few words what the change is.</source>
        <translation>标题：请简要说明变更内容。</translation>
    </message>
    <message>
        <source>Markets: &quot;%1&quot; is not a market of the trading calendar.</source>
        <translation>市场：“%1”不是交易日历中的市场。</translation>
    </message>
    <message>
        <source>%1 is %2; only a draft is edited.</source>
        <translation>%1 的状态为“%2”；只能编辑草稿。</translation>
    </message>
    <message>
        <source>Only the applicant %1 edits the draft %2.</source>
        <translation>只有申请人 %1 才能编辑草稿 %2。</translation>
    </message>
    <message>
        <source>The change %1</source>
        <translation>变更 %1</translation>
    </message>
    <message>
        <source>Objects: %1 %2 was deleted.</source>
        <translation>变更对象：%1 %2 已删除。</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot become %3.</source>
        <translation>%1 的状态为“%2”，不能变为“%3”。</translation>
    </message>
    <message>
        <source>Only the applicant %1 submits %2.</source>
        <translation>只有申请人 %1 才能提交 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be submitted:
%2</source>
        <translation>%1 无法提交：
%2</translation>
    </message>
    <message>
        <source>%1 cannot be submitted: %2</source>
        <translation>%1 无法提交：%2</translation>
    </message>
    <message>
        <source>Assessment: record your assessment of the technical and business risk.</source>
        <translation>评估意见：请记录对技术风险和业务风险的评估。</translation>
    </message>
    <message>
        <source>%1 applied for %2 and cannot approve it: the applicant is never the approver.</source>
        <translation>%1 是 %2 的申请人，不能审批该变更：申请人不得担任审批人。</translation>
    </message>
    <message>
        <source>Window of %1: %2</source>
        <translation>%1 的变更窗口：%2</translation>
    </message>
    <message>
        <source>%1 cannot be approved: %2</source>
        <translation>%1 无法批准：%2</translation>
    </message>
    <message>
        <source>Reason: say why the change is rejected.</source>
        <translation>理由：请说明驳回该变更的原因。</translation>
    </message>
    <message>
        <source>The applicant cannot decide on their own change.</source>
        <translation>申请人不能对自己申请的变更作出审批决定。</translation>
    </message>
    <message>
        <source>Only the applicant %1 revises %2.</source>
        <translation>只有申请人 %1 才能修改 %2。</translation>
    </message>
    <message>
        <source>Reason: say why the change is cancelled.</source>
        <translation>理由：请说明取消该变更的原因。</translation>
    </message>
    <message>
        <source>Only the applicant or an approver cancels %1.</source>
        <translation>只有申请人或审批人才能取消 %1。</translation>
    </message>
    <message>
        <source>Test: describe what was tested and how.</source>
        <translation>测试：请说明测试了哪些内容以及如何测试。</translation>
    </message>
    <message>
        <source>%1 is %2: tests before the change are recorded before it is implemented.</source>
        <translation>%1 的状态为“%2”：变更前测试须在实施之前记录。</translation>
    </message>
    <message>
        <source>%1 is %2: tests after the change are recorded while it is implemented.</source>
        <translation>%1 的状态为“%2”：变更后测试须在实施过程中记录。</translation>
    </message>
    <message>
        <source>Only the implementer %1 starts %2.</source>
        <translation>只有实施人 %1 才能开始实施 %2。</translation>
    </message>
    <message>
        <source>%1 cannot start: record a passed test before the change first.</source>
        <translation>%1 无法开始实施：请先记录一次通过的变更前测试。</translation>
    </message>
    <message>
        <source>%1 is %2: configuration items are updated while it is implemented.</source>
        <translation>%1 的状态为“%2”：配置项只能在变更实施过程中更新。</translation>
    </message>
    <message>
        <source>Only the implementer %1 updates the items of %2.</source>
        <translation>只有实施人 %1 才能更新 %2 的配置项。</translation>
    </message>
    <message>
        <source>Outcome: say what was done and how it ended.</source>
        <translation>实施结果：请说明执行了哪些操作以及最终结果。</translation>
    </message>
    <message>
        <source>Only the implementer %1 finishes %2.</source>
        <translation>只有实施人 %1 才能完成 %2。</translation>
    </message>
    <message>
        <source>%1 cannot finish: record the test after the change first.</source>
        <translation>%1 无法完成：请先记录变更后测试。</translation>
    </message>
    <message>
        <source>Impact on production: record the change&apos;s impact (or &quot;none&quot;).</source>
        <translation>对生产的影响：请记录该变更的影响（如无影响，请填写“无”）。</translation>
    </message>
    <message>
        <source>Only the reviewer %1 reviews %2.</source>
        <translation>只有复核人 %1 才能复核 %2。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回退</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Emergency change</source>
        <translation>紧急变更</translation>
    </message>
    <message>
        <source>Normal change</source>
        <translation>常规变更</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>%1 is not an object of %2: add it to the change before updating it.</source>
        <translation>%1 不是 %2 的变更对象：请先将其加入变更，再更新。</translation>
    </message>
</context>
<context>
    <name>dd::ChangeWindow</name>
    <message>
        <source>The window needs a start and an end.</source>
        <translation>时间窗口须有开始时间和结束时间。</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>时间窗口的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a market of the trading calendar.</source>
        <translation>“%1”不是交易日历中的市场。</translation>
    </message>
    <message>
        <source>The window overlaps trading hours of %1 (%2–%3); only an emergency change may run then.</source>
        <translation>时间窗口与 %1 的交易时段重叠（%2–%3）；该时段内只能实施紧急变更。</translation>
    </message>
</context>
<context>
    <name>dd::ChannelRepository</name>
    <message>
        <source>The database has no secret scope (settings &apos;notify.secret_scope&apos;).</source>
        <translation>数据库中没有密钥作用域（设置 &apos;notify.secret_scope&apos;）。</translation>
    </message>
    <message>
        <source>Channel %1 does not exist (it may have been removed).</source>
        <translation>通知渠道 %1 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was not saved: %2</source>
        <translation>通知渠道“%1”未保存：%2</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was not saved: WeCom robot key: enter the key, or the full webhook URL with ?key=…</source>
        <translation>通知渠道“%1”未保存：企业微信机器人 key：请输入 key，或带 ?key=… 的完整 Webhook URL</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was not saved: DingTalk access token: enter the token, or the full webhook URL with ?access_token=…</source>
        <translation>通知渠道“%1”未保存：钉钉 access token：请输入令牌，或带 ?access_token=… 的完整 Webhook URL</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was not saved: another channel has that name.</source>
        <translation>通知渠道“%1”未保存：已有同名的通知渠道。</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was saved, but its secrets were not: %2</source>
        <translation>通知渠道“%1”已保存，但其密钥未保存：%2</translation>
    </message>
    <message>
        <source>Preference: channel: %1</source>
        <translation>通知偏好：通知渠道：%1</translation>
    </message>
    <message>
        <source>Preference: contact %1 does not exist in the handbook.</source>
        <translation>通知偏好：联络手册中不存在联系人 %1。</translation>
    </message>
    <message>
        <source>Preference: duty role &quot;%1&quot; does not exist.</source>
        <translation>通知偏好：值班角色“%1”不存在。</translation>
    </message>
    <message>
        <source>Preference for channel &quot;%1&quot;: address: expected an e-mail address such as name@example.com, got &quot;%2&quot;.</source>
        <translation>通知渠道“%1”的通知偏好：地址：应为电子邮件地址，例如 name@example.com，实际为“%2”。</translation>
    </message>
    <message>
        <source>Preference %1 does not exist (it may have been removed).</source>
        <translation>通知偏好 %1 不存在（可能已被删除）。</translation>
    </message>
</context>
<context>
    <name>dd::ConditionParser</name>
    <message>
        <source>expected exactly one of &quot;all&quot;, &quot;any&quot;, &quot;not&quot; or &quot;fact&quot;</source>
        <translation>&quot;all&quot;、&quot;any&quot;、&quot;not&quot;、&quot;fact&quot; 必须且只能出现其一</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的事件要素 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>expected one comparison, found &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>只能有一个比较运算，但同时出现了 &quot;%1&quot; 和 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a comparison (&gt;=, &gt;, &lt;=, &lt;, ==, !=, in, has_flag)</source>
        <translation>应为比较运算（&gt;=, &gt;, &lt;=, &lt;, ==, !=, in, has_flag）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used with fact &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 不能用于事件要素 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>required for outage_minutes (&quot;trading&quot; or &quot;wall&quot;)</source>
        <translation>outage_minutes 必须指定此项（&quot;trading&quot; 或 &quot;wall&quot;）</translation>
    </message>
    <message>
        <source>expected &quot;trading&quot; or &quot;wall&quot;</source>
        <translation>应为 &quot;trading&quot; 或 &quot;wall&quot;</translation>
    </message>
    <message>
        <source>unknown system &quot;%1&quot; (not in the rule set&apos;s &quot;systems&quot;)</source>
        <translation>未知的系统 &quot;%1&quot;（不在规则集的 &quot;systems&quot; 中）</translation>
    </message>
    <message>
        <source>unknown institution type &quot;%1&quot;</source>
        <translation>未知的机构类型 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>dd::ConfigRegistry</name>
    <message>
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级运行</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>is part of</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>网络设备</translation>
    </message>
    <message>
        <source>Security device</source>
        <translation>安全设备</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用系统</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>System class</source>
        <translation>系统类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Kind id &quot;%1&quot;: use lower-case letters, digits and _ (starting with a letter, at most 40).</source>
        <translation>类型标识“%1”：只能使用小写字母、数字和 _（须以字母开头，最多 40 个字符）。</translation>
    </message>
    <message>
        <source>Kind &quot;%1&quot;: enter its name.</source>
        <translation>类型“%1”：请填写其名称。</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; exists already.</source>
        <translation>类型“%1”已存在。</translation>
    </message>
    <message>
        <source>There is no configuration item with id %1.</source>
        <translation>没有 id 为 %1 的配置项。</translation>
    </message>
    <message>
        <source>There is no configuration item numbered &quot;%1&quot;.</source>
        <translation>不存在编号为“%1”的配置项。</translation>
    </message>
    <message>
        <source>Number: enter the item&apos;s unique number.</source>
        <translation>编号：请填写该配置项的唯一编号。</translation>
    </message>
    <message>
        <source>Name of %1: enter what the item is.</source>
        <translation>%1 的名称：请填写该配置项的名称。</translation>
    </message>
    <message>
        <source>System class of %1: %2 is not a class from 1 to 5.</source>
        <translation>%1 的系统类别：%2 不是 1 至 5 之间的类别。</translation>
    </message>
    <message>
        <source>Kind of %1: &quot;%2&quot; is not a known kind.</source>
        <translation>%1 的类型：“%2”不是已知的类型。</translation>
    </message>
    <message>
        <source>Owner of %1: there is no contact with id %2.</source>
        <translation>%1 的责任人：没有 id 为 %2 的联系人。</translation>
    </message>
    <message>
        <source>%1 %2 was deleted on %3; it can no longer be changed.</source>
        <translation>%1 %2 已于 %3 删除，不能再修改。</translation>
    </message>
    <message>
        <source>Number %1 belonged to &quot;%2&quot;, which was deleted; numbers are never given twice. Choose another number.</source>
        <translation>编号 %1 曾属于已删除的“%2”；编号不会重复使用。请选择其他编号。</translation>
    </message>
    <message>
        <source>Number %1 is already used by &quot;%2&quot;. Choose another number.</source>
        <translation>编号 %1 已被“%2”使用。请选择其他编号。</translation>
    </message>
    <message>
        <source>Number of %1: a number never changes; replace the item to give it a new number.</source>
        <translation>%1 的编号：编号一经设定不能更改；如需新编号，请替换该配置项。</translation>
    </message>
    <message>
        <source>The item %1</source>
        <translation>配置项 %1</translation>
    </message>
    <message>
        <source>%1 was replaced already.</source>
        <translation>%1 已被替换。</translation>
    </message>
    <message>
        <source>Replaces %1 %2</source>
        <translation>替换 %1 %2</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>已被 %1 替换</translation>
    </message>
    <message>
        <source>%1 cannot be related to itself.</source>
        <translation>%1 不能与自身建立关系。</translation>
    </message>
    <message>
        <source>%1 %2 %3 is recorded already.</source>
        <translation>关系“%1 %2 %3”已存在。</translation>
    </message>
    <message>
        <source>That relation does not exist (any more).</source>
        <translation>该关系不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>没有 id 为 %1 的事件。</translation>
    </message>
    <message>
        <source>There is no drill finding with id %1.</source>
        <translation>没有 id 为 %1 的演练发现的问题。</translation>
    </message>
    <message>
        <source>Audit period: %1 days is not a period; enter at least 1.</source>
        <translation>审计周期：%1 天不是有效的周期；请至少填写 1。</translation>
    </message>
    <message>
        <source>The configuration audit started on %1 is still open; close it first.</source>
        <translation>于 %1 开始的配置审计尚未关闭；请先将其关闭。</translation>
    </message>
    <message>
        <source>Last confirmed %1</source>
        <translation>最近确认于 %1</translation>
    </message>
    <message>
        <source>Never confirmed</source>
        <translation>从未确认</translation>
    </message>
    <message>
        <source>Confirmed as recorded</source>
        <translation>已确认与记录一致</translation>
    </message>
    <message>
        <source>Discrepancy: describe what differs from the record.</source>
        <translation>差异：请描述与记录不一致之处。</translation>
    </message>
    <message>
        <source>There is no configuration audit with id %1.</source>
        <translation>没有 id 为 %1 的配置审计。</translation>
    </message>
    <message>
        <source>That configuration audit was closed on %1.</source>
        <translation>该配置审计已于 %1 关闭。</translation>
    </message>
    <message>
        <source>Correction: describe how the record or the item was corrected.</source>
        <translation>更正：请说明记录或配置项是如何更正的。</translation>
    </message>
    <message>
        <source>That finding does not exist (any more).</source>
        <translation>该审计发现不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>That finding was settled on %1.</source>
        <translation>该审计发现已于 %1 处理完毕。</translation>
    </message>
    <message numerus="yes">
        <source>The audit cannot close: %n finding(s) are not settled (%1).</source>
        <translation>
            <numerusform>审计无法关闭：尚有 %n 项审计发现未处理（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>That configuration audit is not open.</source>
        <translation>该配置审计当前未开启。</translation>
    </message>
    <message>
        <source>The finding is linked to %1 already.</source>
        <translation>该发现问题已关联到 %1。</translation>
    </message>
    <message>
        <source>The finding is not linked to %1.</source>
        <translation>该发现问题未关联到 %1。</translation>
    </message>
</context>
<context>
    <name>dd::Contact</name>
    <message>
        <source>Internal department</source>
        <translation>内部部门</translation>
    </message>
    <message>
        <source>Telecom carrier</source>
        <translation>电信运营商</translation>
    </message>
    <message>
        <source>Fire service</source>
        <translation>消防</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>空调</translation>
    </message>
    <message>
        <source>Hardware vendor</source>
        <translation>硬件厂商</translation>
    </message>
    <message>
        <source>Software vendor</source>
        <translation>软件厂商</translation>
    </message>
    <message>
        <source>Security service</source>
        <translation>安保服务</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <source>Decision body</source>
        <translation>指挥决策机构</translation>
    </message>
    <message>
        <source>Executive body</source>
        <translation>执行机构</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Risk management</source>
        <translation>风险管理</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>General affairs</source>
        <translation>综合行政</translation>
    </message>
</context>
<context>
    <name>dd::ContactCsv</name>
    <message>
        <source>%1, row %2 (line %3): a quoted field is never closed; a &quot; is missing.</source>
        <translation>%1，第 %2 行（文本第 %3 行）：带引号的字段没有结束，缺少一个 &quot;。</translation>
    </message>
    <message>
        <source>%1: no header row with a name column (姓名 or name) in the first %2 rows; the header names the columns, such as %3.</source>
        <translation>%1：前 %2 行中没有包含姓名列（姓名或 name）的表头行；表头用于给各列命名，例如 %3。</translation>
    </message>
    <message>
        <source>a second column for the same field as %1; remove one of them.</source>
        <translation>与 %1 对应同一字段的第二列；请删除其中一列。</translation>
    </message>
    <message>
        <source>not a column DutyDesk knows; it is ignored.</source>
        <translation>应急值守台无法识别此列，将忽略。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is beyond the last column of the header; it is ignored.</source>
        <translation>“%1”超出了表头的最后一列，将忽略。</translation>
    </message>
</context>
<context>
    <name>dd::ContactImport</name>
    <message>
        <source>%1: the file is not valid %2 text.</source>
        <translation>%1：文件不是有效的 %2 文本。</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 and this system cannot read GB18030; save it as &quot;CSV UTF-8&quot;.</source>
        <translation>%1：文件不是 UTF-8 编码，且本系统无法读取 GB18030；请将其另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>%1: the file is neither UTF-8 nor GB18030/GBK text; save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1：文件既不是 UTF-8 也不是 GB18030/GBK 文本；请将其另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>“%1”列</translation>
    </message>
    <message>
        <source>%1, card %2 (line %3)</source>
        <translation>%1，第 %2 张名片（第 %3 行）</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Excel turned the number into &quot;%1&quot;; format the column as text, enter the number again and save.</source>
        <translation>Excel 已将该号码转换为“%1”；请将该列设置为文本格式，重新输入号码后保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; expected one like zhang.wei@example.com.</source>
        <translation>“%1”不是电子邮件地址；应类似 zhang.wei@example.com。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected one like 2026-01-05 or 2026/1/5.</source>
        <translation>“%1”不是日期；应类似 2026-01-05 或 2026/1/5。</translation>
    </message>
    <message>
        <source>the name is missing; every contact needs one.</source>
        <translation>缺少姓名；每个联系人都必须有姓名。</translation>
    </message>
    <message>
        <source>%1 is already in card %2 with the same mobile; keep one of them.</source>
        <translation>%1 已在第 %2 张名片中，且手机号码相同；请只保留其中一个。</translation>
    </message>
    <message>
        <source>%1 is already in row %2 with the same mobile; keep one of the rows.</source>
        <translation>%1 已在第 %2 行中，且手机号码相同；请只保留其中一行。</translation>
    </message>
    <message>
        <source>%1 has no phone number; the handbook cannot say how to reach this person.</source>
        <translation>%1 没有电话号码；联络手册无法说明如何联系此人。</translation>
    </message>
    <message>
        <source>%1 was deactivated in the handbook and will be active again.</source>
        <translation>%1 在联络手册中已停用，导入后将重新启用。</translation>
    </message>
    <message>
        <source>the handbook has another %1 with a different mobile; this adds a second person of that name.</source>
        <translation>联络手册中已有另一位 %1，手机号码不同；导入后将新增一位同名人员。</translation>
    </message>
    <message>
        <source>unit %1 is not in the handbook; it will be created as &quot;%2&quot;.</source>
        <translation>单位 %1 不在联络手册中；将创建为“%2”。</translation>
    </message>
    <message>
        <source>unit %1 is not in the handbook; add it first or import with &quot;create units&quot;.</source>
        <translation>单位 %1 不在联络手册中；请先添加该单位，或在导入时选择创建缺少的单位。</translation>
    </message>
    <message>
        <source>a person cannot be their own backup.</source>
        <translation>不能将本人设为自己的备岗。</translation>
    </message>
    <message>
        <source>the backup %1 is ambiguous: cards %2 have that name.</source>
        <translation>备岗 %1 不明确：第 %2 张名片都是这个姓名。</translation>
    </message>
    <message>
        <source>the backup %1 is ambiguous: rows %2 have that name.</source>
        <translation>备岗 %1 不明确：第 %2 行都是这个姓名。</translation>
    </message>
    <message>
        <source>the backup %1 is ambiguous: %2 people of that name are in the handbook; add the backup&apos;s row to the file.</source>
        <translation>备岗 %1 不明确：联络手册中有 %2 人同名；请在文件中加入该备岗人员所在的行。</translation>
    </message>
    <message>
        <source>the backup %1 is deactivated in the handbook; choose someone else.</source>
        <translation>备岗 %1 在联络手册中已停用；请另选他人。</translation>
    </message>
    <message>
        <source>the backup %1 is neither in the file nor in the handbook.</source>
        <translation>备岗 %1 既不在文件中，也不在联络手册中。</translation>
    </message>
    <message>
        <source>%1 is in the future; the last verification cannot be after today (%2).</source>
        <translation>%1 是未来日期；最近核实日期不能晚于今天（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 must be fixed first; nothing was imported. The first: %2</source>
        <translation>
            <numerusform>%1 中有 %n 个问题须先修正；未导入任何内容。第一个问题：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no contacts; nothing was imported.</source>
        <translation>%1 中没有联系人；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: unit %2: %3</source>
        <translation>%1：单位 %2：%3</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; this is not a contact list.</source>
        <translation>%1：文件大于 %2 MB，不是联系人列表。</translation>
    </message>
</context>
<context>
    <name>dd::ContactRepository</name>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>duty line</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>备岗 %1</translation>
    </message>
    <message>
        <source>There is no contact #%1.</source>
        <translation>不存在联系人 #%1。</translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s name.</source>
        <translation>姓名：请填写此人的姓名。</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address (expected name@example.com).</source>
        <translation>电子邮件：“%1”不是电子邮件地址（应类似 name@example.com）。</translation>
    </message>
    <message>
        <source>Backup: %1 cannot be his or her own backup.</source>
        <translation>备岗：%1 不能担任自己的备岗。</translation>
    </message>
    <message>
        <source>Unit: there is no unit #%1.</source>
        <translation>单位：不存在单位 #%1。</translation>
    </message>
    <message>
        <source>Backup: there is no contact #%1.</source>
        <translation>备岗：不存在联系人 #%1。</translation>
    </message>
    <message>
        <source>Backup: %1 is no longer active; choose someone else.</source>
        <translation>备岗：%1 已停用，请另选他人。</translation>
    </message>
    <message>
        <source>%1 with mobile %2 is already in the handbook (contact #%3); edit that entry instead of adding the person twice.</source>
        <translation>手机号码为 %2 的 %1 已在联络手册中（联系人 #%3）；请编辑该条目，不要重复添加同一人。</translation>
    </message>
    <message>
        <source>New contact %1.</source>
        <translation>新增联系人 %1。</translation>
    </message>
    <message>
        <source>%1 taken out of the handbook.</source>
        <translation>%1 已从联络手册中移除。</translation>
    </message>
    <message>
        <source>%1 added to the handbook.</source>
        <translation>%1 已加入联络手册。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 is in the decision succession order; take him or her out of it first.</source>
        <translation>%1 在决策递补顺序中；请先将其移出。</translation>
    </message>
    <message>
        <source>%1 is a notification contact; name someone else first.</source>
        <translation>%1 是通报联络人；请先指定其他人。</translation>
    </message>
    <message>
        <source>%1 holds a position in the emergency organization (%2); replace him or her there first.</source>
        <translation>%1 在应急组织体系中担任岗位（%2）；请先在该处更换人员。</translation>
    </message>
    <message>
        <source>%1 is no longer a contact.</source>
        <translation>%1 已不再是联系人。</translation>
    </message>
    <message>
        <source>Verified on: enter the date the details were checked.</source>
        <translation>核实日期：请填写核实联系信息的日期。</translation>
    </message>
    <message>
        <source>Verified on: %1 is in the future.</source>
        <translation>核实日期：%1 是未来日期。</translation>
    </message>
    <message>
        <source>Agreement title: name the agreement.</source>
        <translation>协议名称：请填写协议名称。</translation>
    </message>
    <message>
        <source>Unit: choose the unit the agreement is with.</source>
        <translation>单位：请选择协议的对方单位。</translation>
    </message>
    <message>
        <source>Review period: expected 1 day or more, got %1.</source>
        <translation>复核周期：应为 1 天或以上，实际为 %1。</translation>
    </message>
    <message>
        <source>Valid to: %1 is before the start of validity (%2).</source>
        <translation>有效期至：%1 早于有效期开始日期（%2）。</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>我方联系人</translation>
    </message>
    <message>
        <source>Their contact</source>
        <translation>对方联系人</translation>
    </message>
    <message>
        <source>%1: there is no contact #%2.</source>
        <translation>%1：不存在联系人 #%2。</translation>
    </message>
    <message>
        <source>There is no agreement #%1.</source>
        <translation>不存在协议 #%1。</translation>
    </message>
    <message>
        <source>New service agreement &quot;%1&quot; with %2.</source>
        <translation>新增与 %2 的服务协议“%1”。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>our contact</source>
        <translation>我方联系人</translation>
    </message>
    <message>
        <source>their contact</source>
        <translation>对方联系人</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <source>response method</source>
        <translation>响应方式</translation>
    </message>
    <message>
        <source>response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>last review</source>
        <translation>最近复核</translation>
    </message>
    <message>
        <source>now with %1</source>
        <translation>对方单位改为 %1</translation>
    </message>
    <message>
        <source>notes or review period changed</source>
        <translation>备注或复核周期已修改</translation>
    </message>
    <message>
        <source>Service agreement &quot;%1&quot; with %2: %3.</source>
        <translation>与 %2 的服务协议“%1”：%3。</translation>
    </message>
    <message>
        <source>Service agreement &quot;%1&quot; with %2 ended.</source>
        <translation>与 %2 的服务协议“%1”已终止。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: contact #%2 is listed twice.</source>
        <translation>%1：联系人 #%2 重复列出。</translation>
    </message>
    <message>
        <source>%1: %2 is no longer active.</source>
        <translation>%1：%2 已停用。</translation>
    </message>
    <message>
        <source>Position title: name the position, such as 总指挥.</source>
        <translation>岗位名称：请填写岗位名称，例如 总指挥。</translation>
    </message>
    <message>
        <source>Chair: only the decision body has a chair (the principal leader).</source>
        <translation>组长：只有指挥决策机构设组长（由主要负责人担任）。</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 的成员</translation>
    </message>
    <message>
        <source>Chair: %1 already chairs the decision body; only one position can.</source>
        <translation>组长：%1 已是指挥决策机构组长；只能有一个岗位担任组长。</translation>
    </message>
    <message>
        <source>There is no position #%1.</source>
        <translation>不存在岗位 #%1。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>New position %1: %2.</source>
        <translation>新增岗位 %1：%2。</translation>
    </message>
    <message>
        <source>was %1, %2</source>
        <translation>原为 %1，%2</translation>
    </message>
    <message>
        <source>members %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>key tasks changed</source>
        <translation>主要职责已修改</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>部门 %1</translation>
    </message>
    <message>
        <source>now chairs the decision body</source>
        <translation>现任指挥决策机构组长</translation>
    </message>
    <message>
        <source>no longer chair</source>
        <translation>不再担任组长</translation>
    </message>
    <message>
        <source>Position %1: %2.</source>
        <translation>岗位 %1：%2。</translation>
    </message>
    <message>
        <source>Position %1, %2 removed.</source>
        <translation>岗位 %1，%2 已删除。</translation>
    </message>
    <message>
        <source>Succession order</source>
        <translation>决策递补顺序</translation>
    </message>
    <message>
        <source>Decision succession order: %1.</source>
        <translation>决策递补顺序：%1。</translation>
    </message>
    <message>
        <source>Notification contact</source>
        <translation>通报联络人</translation>
    </message>
    <message>
        <source>Backup notification contact</source>
        <translation>备岗通报联络人</translation>
    </message>
    <message>
        <source>%1, duty line</source>
        <translation>%1，值班电话</translation>
    </message>
    <message>
        <source>%1, fax</source>
        <translation>%1，传真</translation>
    </message>
    <message>
        <source>%1: %2 is already the other notification contact.</source>
        <translation>%1：%2 已是另一位通报联络人。</translation>
    </message>
    <message>
        <source>duty line %1</source>
        <translation>值班电话 %1</translation>
    </message>
    <message>
        <source>fax %1</source>
        <translation>传真 %1</translation>
    </message>
    <message>
        <source>Communicated on: enter the date.</source>
        <translation>告知日期：请填写日期。</translation>
    </message>
    <message>
        <source>Communicated on: %1 is in the future.</source>
        <translation>告知日期：%1 是未来日期。</translation>
    </message>
    <message>
        <source>Recipient: name the regulator or unit that was told.</source>
        <translation>告知对象：请填写已告知的监管机构或单位。</translation>
    </message>
    <message>
        <source>There is no unit #%1.</source>
        <translation>不存在单位 #%1。</translation>
    </message>
    <message>
        <source>Unit name: enter the name of the department or unit.</source>
        <translation>单位名称：请填写部门或单位的名称。</translation>
    </message>
    <message>
        <source>Unit phone</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <source>Unit name: there is already a unit called &quot;%1&quot;.</source>
        <translation>单位名称：已有名为“%1”的单位。</translation>
    </message>
    <message>
        <source>New unit %1 (%2).</source>
        <translation>新增单位 %1（%2）。</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>名称 %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>Unit %1: %2.</source>
        <translation>单位 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 still has %n contact(s) (also inactive ones); move them to another unit first.</source>
        <translation>
            <numerusform>单位 %1 仍有 %n 名联系人（含已停用的）；请先将其移至其他单位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 is party to %n service agreement(s); remove them first.</source>
        <translation>
            <numerusform>单位 %1 是 %n 份服务协议的一方；请先删除这些协议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit %1 appears in the record of communications and stays.</source>
        <translation>单位 %1 出现在告知记录中，予以保留。</translation>
    </message>
    <message>
        <source>Unit %1 removed.</source>
        <translation>单位 %1 已删除。</translation>
    </message>
    <message>
        <source>Setting %1: expected a whole number of days (1 or more), found &quot;%2&quot;.</source>
        <translation>设置 %1：应为整数天数（1 或以上），实际为“%2”。</translation>
    </message>
</context>
<context>
    <name>dd::DashboardStats</name>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>近 24 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>近 5 年</translation>
    </message>
    <message>
        <source>Dashboard statistics: the query failed: %1</source>
        <translation>总览统计：查询失败：%1</translation>
    </message>
    <message>
        <source>Statistics period: expected a first day on or before the last day, got %1 to %2.</source>
        <translation>统计期间：开始日期应不晚于结束日期，实际为 %1 至 %2。</translation>
    </message>
    <message>
        <source>Statistics buckets: expected 1, 3 or 6 months, got %1.</source>
        <translation>统计分组：应为 1、3 或 6 个月，实际为 %1。</translation>
    </message>
    <message>
        <source>Report timeliness: unexpected aggregate &quot;%1&quot;.</source>
        <translation>报告及时性：未预期的汇总类型“%1”。</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>%1 is not a DutyDesk database: %2</source>
        <translation>%1 不是应急值守台数据库：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a DutyDesk database (it is an SQLite file of another program). Nothing was changed.</source>
        <translation>%1 不是应急值守台数据库（而是其他程序的 SQLite 文件）。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer DutyDesk (schema version %2; this program knows up to %3). Nothing was changed: please update DutyDesk.</source>
        <translation>%1 由更高版本的应急值守台写入（结构版本 %2，本程序最高支持 %3）。未做任何更改：请升级应急值守台。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2</source>
        <translation>无法将 %1 切换到 WAL 模式：%2</translation>
    </message>
    <message>
        <source>%1 has an older schema (version %2 of %3); open it once with write access to upgrade it.</source>
        <translation>%1 的数据库结构较旧（版本 %2，最新为 %3）；请以可写方式打开一次以完成升级。</translation>
    </message>
    <message>
        <source>The migration %1 is missing from the program.</source>
        <translation>程序中缺少迁移 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>将数据库升级到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be saved.</source>
        <translation>数据库以只读方式打开，无法保存任何内容。</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1</source>
        <translation>数据库繁忙或无法写入：%1</translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation>保存失败，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 已存在，请为备份选择新的文件名。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>无法从备份 %1 恢复：%2</translation>
    </message>
    <message>
        <source>The backup %1 is not a DutyDesk database.</source>
        <translation>备份 %1 不是应急值守台数据库。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored: %2</source>
        <translation>备份 %1 已损坏，未予恢复：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2.</source>
        <translation>无法将 %1 复制到 %2 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot set the current database %1 aside; nothing was changed.</source>
        <translation>无法将当前数据库 %1 改名留存；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot move the restored file into place; the previous database is unchanged.</source>
        <translation>无法将恢复出的文件移到目标位置；原数据库保持不变。</translation>
    </message>
    <message>
        <source>Cannot prepare change notifications: %1</source>
        <translation>无法准备变更通知：%1</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql.</source>
        <translation>未安装 Qt PostgreSQL 驱动（QPSQL）：请安装 Debian 软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the session on %1: %2</source>
        <translation>无法在 %1 上准备会话：%2</translation>
    </message>
    <message>
        <source>%1 is not a DutyDesk database (it has tables of another program). Nothing was changed: point DutyDesk at an empty database.</source>
        <translation>%1 不是应急值守台数据库（其中有其他程序的表）。未做任何更改：请让应急值守台使用一个空数据库。</translation>
    </message>
    <message>
        <source>%1 is not a DutyDesk database. Nothing was changed.</source>
        <translation>%1 不是应急值守台数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 is empty: open it once with write access to create DutyDesk&apos;s tables.</source>
        <translation>数据库 %1 为空：请先以可写方式打开一次，以创建应急值守台的数据表。</translation>
    </message>
    <message>
        <source>Database error: the new row&apos;s id was not returned.</source>
        <translation>数据库错误：未返回新记录的编号。</translation>
    </message>
    <message>
        <source>The database server does not answer: %1</source>
        <translation>数据库服务器无响应：%1</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up on the server with pg_dump (see the README); DutyDesk copies SQLite files only.</source>
        <translation>共享的 PostgreSQL 数据库请在服务器上用 pg_dump 备份（见 README）；应急值守台只复制 SQLite 文件。</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>The shared database %1 cannot be reached (since %2: %3). Nothing was saved. DutyDesk reconnects by itself; make the change again when it is back.</source>
        <translation>无法连接共享数据库 %1（自 %2 起：%3）。什么也没有保存。DutyDesk 会自动重连；连接恢复后请重新操作。</translation>
    </message>
    <message>
        <source>The connection to %1 broke while saving (%2): the change may or may not have been saved. Check it when DutyDesk has reconnected.</source>
        <translation>保存时与 %1 的连接中断（%2）：这次更改可能已保存，也可能没有。DutyDesk 重连后请核对。</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseAddress</name>
    <message>
        <source>No database was given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>The database address is not a valid URL: %1</source>
        <translation>数据库地址不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>The database address %1 names no server: expected postgresql://user@host:port/database.</source>
        <translation>数据库地址 %1 未写服务器：应为 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The database address has no valid port (1–65535).</source>
        <translation>数据库地址的端口无效（应为 1–65535）。</translation>
    </message>
    <message>
        <source>The database address names no user: expected postgresql://user@host:port/database.</source>
        <translation>数据库地址未写用户：应为 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The database address names no database after the server: expected postgresql://user@host:port/database.</source>
        <translation>数据库地址在服务器之后未写数据库名：应为 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The database address has the option “%1”, which is not a connection option DutyDesk passes on (for example sslmode, sslrootcert, connect_timeout).</source>
        <translation>数据库地址含有选项“%1”，应急值守台不传递该连接选项（可用的如 sslmode、sslrootcert、connect_timeout）。</translation>
    </message>
    <message>
        <source>The value of the option “%1” may not contain spaces or “;”.</source>
        <translation>选项“%1”的值不能包含空格或“;”。</translation>
    </message>
    <message>
        <source>The database address names the server “%1”, which is not a valid host name (a list of servers is written host1,host2:port).</source>
        <translation>数据库地址中的服务器“%1”不是有效的主机名（多台服务器写作 host1,host2:端口）。</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseMigration</name>
    <message>
        <source>Cannot count the rows of %1.</source>
        <translation>无法统计 %1 的记录数。</translation>
    </message>
    <message>
        <source>The source has schema version %1 and the target %2: open the source once with this DutyDesk to upgrade it.</source>
        <translation>源数据库的结构版本为 %1，目标为 %2：请先用本版应急值守台打开一次源数据库以完成升级。</translation>
    </message>
    <message>
        <source>The target %1 is not empty (table %2 has %3 rows): DutyDesk copies only into a database that holds no data yet. Nothing was changed.</source>
        <translation>目标 %1 不为空（表 %2 有 %3 条记录）：应急值守台只复制到尚无数据的数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>The target has no table %1. Nothing was changed.</source>
        <translation>目标数据库没有表 %1。未做任何更改。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>Writing row %1 of %2 failed: %3</source>
        <translation>写入 %2 的第 %1 条记录失败：%3</translation>
    </message>
    <message>
        <source>Table %1: %2 rows in the source, %3 in the target. Nothing was changed.</source>
        <translation>表 %1：源数据库 %2 条，目标 %3 条。未做任何更改。</translation>
    </message>
    <message>
        <source>The audit chain does not verify on the target (%1). Nothing was changed.</source>
        <translation>目标数据库的审计链校验未通过（%1）。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryRegister</name>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Manuals</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Agreements and contracts</source>
        <translation>协议和合同</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待交付</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>There is no delivery with id %1.</source>
        <translation>没有 id 为 %1 的交付。</translation>
    </message>
    <message>
        <source>Title: say what is delivered.</source>
        <translation>标题：请说明交付内容。</translation>
    </message>
    <message>
        <source>Checklist, %1: say what was received.</source>
        <translation>交付清单（%1）：请说明已接收的内容。</translation>
    </message>
    <message>
        <source>Checklist, %1: say why it does not apply.</source>
        <translation>交付清单（%1）：请说明不适用的原因。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was accepted on %2 and is no longer edited; add a record instead.</source>
        <translation>“%1”已于 %2 验收，不能再编辑；请改为添加记录。</translation>
    </message>
    <message>
        <source>The delivery &quot;%1&quot;</source>
        <translation>交付“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved: %2</source>
        <translation>“%1”无法保存：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not planned.</source>
        <translation>“%1”的状态为“%2”，而非“计划中”。</translation>
    </message>
    <message>
        <source>the responsibilities of the delivery plan</source>
        <translation>交付计划中的职责分工</translation>
    </message>
    <message>
        <source>the steps of the delivery plan</source>
        <translation>交付计划中的步骤</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start without %2.</source>
        <translation>“%1”缺少%2，无法开始。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>The delivery is %1, not in progress.</source>
        <translation>该交付的状态为“%1”，而非“进行中”。</translation>
    </message>
    <message>
        <source>Checklist: %1 is still pending.</source>
        <translation>交付清单：“%1”仍待交付。</translation>
    </message>
    <message>
        <source>Record the training of the operations staff.</source>
        <translation>请记录对运维人员的培训。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be accepted:
%2</source>
        <translation>“%1”无法验收：
%2</translation>
    </message>
    <message>
        <source>Training: enter the date it was held.</source>
        <translation>培训：请填写培训举办日期。</translation>
    </message>
    <message>
        <source>Training: %1 is in the future; record training once it was held.</source>
        <translation>培训：%1 是未来日期；请在培训举办后再记录。</translation>
    </message>
    <message>
        <source>Training: name the trainer.</source>
        <translation>培训：请填写培训讲师。</translation>
    </message>
    <message>
        <source>Training: name the operations staff who attended.</source>
        <translation>培训：请填写参加培训的运维人员。</translation>
    </message>
    <message>
        <source>Record: write what happened.</source>
        <translation>记录：请写明所发生的情况。</translation>
    </message>
</context>
<context>
    <name>dd::DemoGenerator</name>
    <message>
        <source>institution and operators</source>
        <translation>机构和操作员</translation>
    </message>
    <message>
        <source>%1 has data already; the demo fills only a new, empty database.</source>
        <translation>%1 中已有数据；演示数据只能写入新建的空数据库。</translation>
    </message>
    <message>
        <source>Demo step &quot;%1&quot; failed: %2</source>
        <translation>演示步骤“%1”失败：%2</translation>
    </message>
    <message>
        <source>incidents and warnings</source>
        <translation>事件和预警</translation>
    </message>
    <message>
        <source>The demo operators are missing.</source>
        <translation>缺少演示操作员。</translation>
    </message>
    <message>
        <source>handbook: units, people, organization, agreements</source>
        <translation>联络手册：单位、人员、组织体系、协议</translation>
    </message>
    <message>
        <source>duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>drills and training</source>
        <translation>演练和培训</translation>
    </message>
    <message>
        <source>emergency plan, documents, supplies and budget</source>
        <translation>应急预案、技术资料、应急物资和应急经费</translation>
    </message>
    <message>
        <source>configuration items, changes, tests and deliveries</source>
        <translation>配置项、变更、测试和交付</translation>
    </message>
</context>
<context>
    <name>dd::Drill</name>
    <message>
        <source>Tabletop exercise</source>
        <translation>桌面推演</translation>
    </message>
    <message>
        <source>Functional drill</source>
        <translation>功能演练</translation>
    </message>
    <message>
        <source>Full-scale drill</source>
        <translation>实战演练</translation>
    </message>
    <message>
        <source>Switch-over drill</source>
        <translation>切换演练</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Partly successful</source>
        <translation>部分成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Industry emergency rules</source>
        <translation>行业应急规定</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>content and scenario</source>
        <translation>内容和场景</translation>
    </message>
    <message>
        <source>time (planned start and end)</source>
        <translation>时间（计划开始和结束时间）</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>准备工作</translation>
    </message>
    <message>
        <source>statistics and recording requirements</source>
        <translation>统计和记录要求</translation>
    </message>
    <message>
        <source>system recovery and verification requirements</source>
        <translation>系统恢复和验证要求</translation>
    </message>
    <message>
        <source>Trading system outage</source>
        <translation>交易系统中断</translation>
    </message>
    <message>
        <source>Market data fault</source>
        <translation>行情故障</translation>
    </message>
    <message>
        <source>Network fault</source>
        <translation>网络故障</translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <source>Cyber attack</source>
        <translation>网络攻击</translation>
    </message>
    <message>
        <source>Facility fault (power, cooling, fire)</source>
        <translation>机房设施故障（供电、制冷、消防）</translation>
    </message>
    <message>
        <source>Settlement fault</source>
        <translation>结算故障</translation>
    </message>
    <message>
        <source>%1 H1 (January–June)</source>
        <translation>%1 年上半年（1–6 月）</translation>
    </message>
    <message>
        <source>%1 H2 (July–December)</source>
        <translation>%1 年下半年（7–12 月）</translation>
    </message>
</context>
<context>
    <name>dd::DrillMode</name>
    <message>
        <source>The drill database could not be cleared of production incidents: rows still refer to them (%1).</source>
        <translation>无法从演练数据库中清除生产环境事件：仍有数据行引用这些事件（%1）。</translation>
    </message>
    <message>
        <source>The drill database could not be cleared of production incidents: table %1 has no row ids.</source>
        <translation>无法从演练数据库中清除生产环境事件：表 %1 没有行 id。</translation>
    </message>
    <message>
        <source>The database %1 is open read-only; drill mode needs it open normally.</source>
        <translation>数据库 %1 以只读方式打开；演练模式需要以正常方式打开数据库。</translation>
    </message>
    <message>
        <source>This is already a drill database (drill &quot;%1&quot;); leave drill mode first.</source>
        <translation>这已是演练数据库（演练“%1”）；请先退出演练模式。</translation>
    </message>
    <message>
        <source>Drill &quot;%1&quot; is %2; drill mode needs an approved or in-progress drill.</source>
        <translation>演练“%1”的状态为“%2”；演练模式需要已批准或进行中的演练。</translation>
    </message>
    <message>
        <source>The drill database %1 could not be prepared (it was removed again): %2</source>
        <translation>无法准备演练数据库 %1（已将其删除）：%2</translation>
    </message>
    <message>
        <source>The drill session marker (setting &quot;%1&quot;) of %2 is damaged: expected a JSON object with drill_id and production_path.</source>
        <translation>%2 的演练会话标记（设置“%1”）已损坏：应为包含 drill_id 和 production_path 的 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 is not a drill database; there is no drill timeline to collect.</source>
        <translation>%1 不是演练数据库，没有可收集的演练时间线。</translation>
    </message>
    <message>
        <source>%1 is a drill database; the drill timeline goes into the production database.</source>
        <translation>%1 是演练数据库；演练时间线应写入生产环境数据库。</translation>
    </message>
    <message>
        <source>%1 is not a drill database.</source>
        <translation>%1 不是演练数据库。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有用户登录。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is a different person in %2.</source>
        <translation>账号“%1”在 %2 中对应的是另一个人。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated in %2.</source>
        <translation>账号“%1”在 %2 中已停用。</translation>
    </message>
    <message>
        <source>Drill mode works on a copy of an SQLite database; on the shared server %1 it is not available yet. Run the drill on a desk with its own database file.</source>
        <translation>演练模式基于 SQLite 数据库的副本运行；在共享服务器 %1 上暂不可用。请在使用本机数据库文件的席位上进行演练。</translation>
    </message>
</context>
<context>
    <name>dd::DrillRepository</name>
    <message>
        <source>Drill &quot;%1&quot;</source>
        <translation>演练“%1”</translation>
    </message>
    <message>
        <source>Title: name the drill.</source>
        <translation>标题：请填写演练名称。</translation>
    </message>
    <message>
        <source>Time: the planned end (%1) must be after the planned start (%2).</source>
        <translation>时间：计划结束时间（%1）必须晚于计划开始时间（%2）。</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Fault types: &quot;%1&quot; is not a fault type (expected one of %2).</source>
        <translation>故障类型：“%1”不是有效的故障类型（应为以下之一：%2）。</translation>
    </message>
    <message>
        <source>Systems: every system exercised needs a name.</source>
        <translation>系统：每个演练系统都需要填写名称。</translation>
    </message>
    <message>
        <source>Systems: %1 is listed twice.</source>
        <translation>系统：%1 重复列出。</translation>
    </message>
    <message>
        <source>Systems: the target recovery time of %1 must be 0 minutes or more.</source>
        <translation>系统：%1 的目标恢复时间必须为 0 分钟或以上。</translation>
    </message>
    <message>
        <source>%1 is %2: its plan can no longer be changed.</source>
        <translation>%1 的状态为“%2”：其方案已不能修改。</translation>
    </message>
    <message>
        <source>%1 is %2: its timeline cannot be recorded.</source>
        <translation>%1 的状态为“%2”：不能记录其时间线。</translation>
    </message>
    <message>
        <source>Timeline entry %1: the source &quot;%2&quot; is neither manual nor drill_mode.</source>
        <translation>时间线条目 %1：来源“%2”既不是 manual，也不是 drill_mode。</translation>
    </message>
    <message>
        <source>Timeline entry %1: the text is empty.</source>
        <translation>时间线条目 %1：内容为空。</translation>
    </message>
    <message>
        <source>There is no finding with id %1.</source>
        <translation>没有 id 为 %1 的发现的问题。</translation>
    </message>
    <message>
        <source>Finding: describe the problem found.</source>
        <translation>发现的问题：请描述所发现的问题。</translation>
    </message>
    <message>
        <source>Finding &quot;%1&quot;</source>
        <translation>发现的问题“%1”</translation>
    </message>
    <message>
        <source>Drill &quot;%1&quot; is %2: findings belong to a drill that was held.</source>
        <translation>演练“%1”的状态为“%2”：只有已举行的演练才能记录发现的问题。</translation>
    </message>
    <message>
        <source>The findings of drill &quot;%1&quot;</source>
        <translation>演练“%1”发现的问题</translation>
    </message>
    <message>
        <source>Improvement action: say what is to be done.</source>
        <translation>整改措施：请说明需要做什么。</translation>
    </message>
    <message>
        <source>Improvement action &quot;%1&quot;: name the owner.</source>
        <translation>整改措施“%1”：请指定责任人。</translation>
    </message>
    <message>
        <source>Improvement action &quot;%1&quot;: set the due date.</source>
        <translation>整改措施“%1”：请设置截止日期。</translation>
    </message>
    <message>
        <source>Improvement action &quot;%1&quot;: a done action needs its evidence (what shows it was done).</source>
        <translation>整改措施“%1”：已完成的措施需提供整改证据（证明其已完成的材料）。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>There is no improvement action with id %1.</source>
        <translation>没有 id 为 %1 的整改措施。</translation>
    </message>
    <message>
        <source>Improvement action &quot;%1&quot;</source>
        <translation>整改措施“%1”</translation>
    </message>
    <message>
        <source>The improvement actions of drill &quot;%1&quot;</source>
        <translation>演练“%1”的整改措施</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>There is no drill attachment with id %1.</source>
        <translation>没有 id 为 %1 的演练附件。</translation>
    </message>
    <message>
        <source>Attachment %1 of drill &quot;%2&quot;</source>
        <translation>演练“%2”的附件 %1</translation>
    </message>
    <message>
        <source>%1 is %2: only a draft plan can be approved.</source>
        <translation>%1 的状态为“%2”：只有草稿状态的方案才能批准。</translation>
    </message>
    <message>
        <source>%1 cannot be approved: the plan lacks %2.</source>
        <translation>%1 无法批准：方案缺少%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is %2: only an approved drill can start.</source>
        <translation>%1 的状态为“%2”：只有已批准的演练才能开始。</translation>
    </message>
    <message>
        <source>%1 is %2: a record is kept only for a drill in progress or completed.</source>
        <translation>%1 的状态为“%2”：只有进行中或已完成的演练才能保存演练记录。</translation>
    </message>
    <message>
        <source>Actual start: say when the drill started.</source>
        <translation>实际开始时间：请填写演练开始的时间。</translation>
    </message>
    <message>
        <source>Actual end: %1 is before the actual start %2.</source>
        <translation>实际结束时间：%1 早于实际开始时间 %2。</translation>
    </message>
    <message>
        <source>%1 is completed: its actual end and result must stay recorded.</source>
        <translation>%1 已完成：其实际结束时间和结果必须保留。</translation>
    </message>
    <message>
        <source>Attendance: person %1 is listed twice.</source>
        <translation>出勤：人员 %1 重复列出。</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Recovery times: %1 is not one of the systems the plan exercises.</source>
        <translation>恢复时间：%1 不在方案的演练系统之列。</translation>
    </message>
    <message>
        <source>Closing a drill needs the answer whether the emergency plan needs an update (yes or no).</source>
        <translation>结束演练前需回答应急预案是否需要更新（是或否）。</translation>
    </message>
    <message>
        <source>The emergency plan needs an update: say what has to change.</source>
        <translation>应急预案需要更新：请说明需要修改的内容。</translation>
    </message>
    <message>
        <source>%1 is %2: only a drill in progress can be completed.</source>
        <translation>%1 的状态为“%2”：只有进行中的演练才能完成。</translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation>实际开始时间</translation>
    </message>
    <message>
        <source>the actual end</source>
        <translation>实际结束时间</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 cannot be completed: record %2 first.</source>
        <translation>%1 无法完成：请先记录%2。</translation>
    </message>
    <message>
        <source>Cancelling a drill needs a reason.</source>
        <translation>取消演练需要填写原因。</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be cancelled.</source>
        <translation>%1 的状态为“%2”，不能取消。</translation>
    </message>
    <message numerus="yes">
        <source>No drill is completed or planned in %1, which ends in %n day(s): at least one drill must be completed every half-year.</source>
        <translation>
            <numerusform>%1 内没有已完成或已计划的演练，距其结束还有 %n 天：每半年度至少须完成一次演练。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no training session with id %1.</source>
        <translation>没有 id 为 %1 的培训场次。</translation>
    </message>
    <message>
        <source>Training: give the session a title.</source>
        <translation>培训：请填写培训场次的标题。</translation>
    </message>
    <message>
        <source>Training &quot;%1&quot;: set the date it was held.</source>
        <translation>培训“%1”：请设置举办日期。</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <source>Training &quot;%1&quot;</source>
        <translation>培训“%1”</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it (your version %4, now %5); reload and make your change again.</source>
        <translation>您打开%1后，%2 于 %3 对其进行了修改（您的版本为 %4，当前版本为 %5）；请重新加载后再次修改。</translation>
    </message>
    <message>
        <source>%1 must be kept for 2 years after the drill: it cannot be deleted until %2 (it can be from the day after).</source>
        <translation>%1 须在演练后保存 2 年：%2 及之前不能删除（自次日起可删除）。</translation>
    </message>
    <message>
        <source>%1: there is no person with id %2 in the handbook.</source>
        <translation>%1：联络手册中没有 id 为 %2 的人员。</translation>
    </message>
    <message>
        <source>There is no drill with id %1.</source>
        <translation>没有 id 为 %1 的演练。</translation>
    </message>
</context>
<context>
    <name>dd::DutyAssignment</name>
    <message>
        <source>sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>无法值班</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>nobody scheduled</source>
        <translation>无人排班</translation>
    </message>
    <message>
        <source>rotation %1 (layer %2)</source>
        <translation>轮值 %1（层级 %2）</translation>
    </message>
    <message>
        <source>override</source>
        <translation>临时替班</translation>
    </message>
    <message>
        <source>override: %1</source>
        <translation>临时替班：%1</translation>
    </message>
    <message>
        <source>%1, scheduled person on %2</source>
        <translation>%1，排班人员%2</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation>%1，%2%3</translation>
    </message>
</context>
<context>
    <name>dd::DutyDeskMain</name>
    <message>
        <source>The page to show first: %1.</source>
        <translation>启动时显示的页面：%1。</translation>
    </message>
    <message>
        <source>The interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Open the database read-only, save a picture of the window as FILE.png and quit.</source>
        <translation>以只读方式打开数据库，将窗口截图保存为 FILE.png 后退出。</translation>
    </message>
    <message>
        <source>DutyDesk — emergency duty console for securities and futures IT.</source>
        <translation>应急值守台（DutyDesk）— 证券期货机构信息技术应急值守控制台。</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--lang 只接受 zh_CN 或 en，不接受 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>there is no page &quot;%1&quot;; the pages are: %2.</source>
        <translation>没有页面 &quot;%1&quot;；可用的页面有：%2。</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot 需要指定文件名。</translation>
    </message>
    <message>
        <source>DutyDesk</source>
        <translation>应急值守台</translation>
    </message>
    <message>
        <source>The database: a file, or postgresql://user@host:port/database for a database shared by several desks (default: %1).</source>
        <translation>数据库：一个文件，或多个席位共享的 postgresql://用户@主机:端口/数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Password of %1 for the shared database %2:</source>
        <translation>共享数据库 %2 的用户 %1 的密码：</translation>
    </message>
</context>
<context>
    <name>dd::EscalationAction</name>
    <message>
        <source>issued</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>无法响应</translation>
    </message>
    <message>
        <source>[Drill] </source>
        <translation>[演练] </translation>
    </message>
    <message>
        <source>%1 (no phone number on file)</source>
        <translation>%1（无登记电话号码）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>呼叫 %1</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>发消息给 %1</translation>
    </message>
    <message>
        <source>%1 — escalation level %2, round %3</source>
        <translation>%1 — 升级第 %2 级，第 %3 轮</translation>
    </message>
    <message>
        <source>did not acknowledge in time</source>
        <translation>未及时确认</translation>
    </message>
    <message>
        <source>did not answer</source>
        <translation>未接听</translation>
    </message>
    <message>
        <source>is unavailable</source>
        <translation>无法响应</translation>
    </message>
    <message>
        <source>is on leave</source>
        <translation>正在请假</translation>
    </message>
    <message>
        <source>Decision authority passes from %1 to %2: %1 %3</source>
        <translation>决策权由 %1 递补至 %2：%1%3</translation>
    </message>
    <message>
        <source>Report overdue since %1: %2</source>
        <translation>报告已于 %1 逾期：%2</translation>
    </message>
    <message>
        <source>Report due at %1: %2</source>
        <translation>报告应于 %1 前报送：%2</translation>
    </message>
</context>
<context>
    <name>dd::EscalationPolicy</name>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Name: give the policy a name.</source>
        <translation>名称：请为升级策略命名。</translation>
    </message>
    <message>
        <source>Repeat count: expected a whole number from 0 to %1, not %2.</source>
        <translation>重复次数：应为 0 到 %1 之间的整数，而不是 %2。</translation>
    </message>
    <message>
        <source>Levels: a policy needs at least one level.</source>
        <translation>层级：升级策略至少需要一个层级。</translation>
    </message>
    <message>
        <source>%1.timeout: expected a whole number of minutes from 1 to %2, not %3.</source>
        <translation>%1.timeout：应为 1 到 %2 之间的整数分钟数，而不是 %3。</translation>
    </message>
    <message>
        <source>%1.role: name the duty role to call, such as duty_leader.</source>
        <translation>%1.role：请指定要呼叫的值班岗位，例如 duty_leader。</translation>
    </message>
    <message>
        <source>%1.contact: choose the person to call.</source>
        <translation>%1.contact：请选择要呼叫的人员。</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected an array of levels</source>
        <translation>应为由层级组成的数组</translation>
    </message>
    <message>
        <source>expected at least one level</source>
        <translation>应至少包含一个层级</translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot; (expected role, person or succession)</source>
        <translation>未知的目标 &quot;%1&quot;（应为 role、person 或 succession）</translation>
    </message>
    <message>
        <source>a role level names the duty role</source>
        <translation>role 类型的层级须指定值班岗位</translation>
    </message>
    <message>
        <source>only a role level names a role</source>
        <translation>只有 role 类型的层级才能指定 role</translation>
    </message>
    <message>
        <source>a person level names the contact id</source>
        <translation>person 类型的层级须指定联系人 id</translation>
    </message>
    <message>
        <source>only a person level names a contact</source>
        <translation>只有 person 类型的层级才能指定 contact</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (expected phone or message)</source>
        <translation>未知的通知方式 &quot;%1&quot;（应为 phone 或 message）</translation>
    </message>
</context>
<context>
    <name>dd::EscalationPolicyRepository</name>
    <message>
        <source>escalation policy &quot;%1&quot;</source>
        <translation>升级策略“%1”</translation>
    </message>
    <message>
        <source>There is no escalation policy number %1.</source>
        <translation>不存在编号为 %1 的升级策略。</translation>
    </message>
    <message>
        <source>Name: another escalation policy is called &quot;%1&quot;.</source>
        <translation>名称：已有名为“%1”的升级策略。</translation>
    </message>
    <message>
        <source>The escalation policy &quot;%1&quot;</source>
        <translation>升级策略“%1”</translation>
    </message>
</context>
<context>
    <name>dd::EscalationService</name>
    <message>
        <source>Escalation has no source of people (roster and handbook).</source>
        <translation>升级没有人员来源（值班表和联络手册）。</translation>
    </message>
    <message>
        <source>Record what the call gave: acknowledged, no answer or unavailable.</source>
        <translation>请记录呼叫结果：已确认、无人接听或无法响应。</translation>
    </message>
    <message>
        <source>The call %1 of %2 was already recorded as %3.</source>
        <translation>事件 %2 的呼叫 %1 已记录为“%3”。</translation>
    </message>
    <message>
        <source>%1 has no call &quot;%2&quot; to record an answer for.</source>
        <translation>事件 %1 中没有可记录应答的呼叫“%2”。</translation>
    </message>
    <message>
        <source>%1 acknowledged (escalation level %2, round %3)</source>
        <translation>%1 已确认（升级第 %2 级，第 %3 轮）</translation>
    </message>
    <message>
        <source>%1 did not answer (escalation level %2, round %3)</source>
        <translation>%1 未接听（升级第 %2 级，第 %3 轮）</translation>
    </message>
    <message>
        <source>%1 is unavailable (escalation level %2, round %3)</source>
        <translation>%1 无法响应（升级第 %2 级，第 %3 轮）</translation>
    </message>
    <message>
        <source>[Drill] </source>
        <translation>[演练] </translation>
    </message>
</context>
<context>
    <name>dd::FactEvidence</name>
    <message>
        <source>%1 not stated</source>
        <translation>%1 未填写</translation>
    </message>
    <message>
        <source> (rule set default)</source>
        <translation>（规则集默认值）</translation>
    </message>
</context>
<context>
    <name>dd::Grader</name>
    <message>
        <source>%1: institution_type: the rule set &quot;%2&quot; does not apply to &quot;%3&quot;</source>
        <translation>%1：institution_type：定级规则集 &quot;%2&quot; 不适用于 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: system: unknown system &quot;%2&quot; for rule set &quot;%3&quot; (expected one of: %4)</source>
        <translation>%1：system：定级规则集 &quot;%3&quot; 中没有系统 &quot;%2&quot;（应为以下之一：%4）</translation>
    </message>
    <message>
        <source>%1: market: the trading calendar has no market &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1：market：交易日历中没有市场 &quot;%2&quot;（应为以下之一：%3）</translation>
    </message>
</context>
<context>
    <name>dd::HandbookPdf</name>
    <message>
        <source>Emergency contact handbook</source>
        <translation>应急处置联络手册</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Internal document. Check it against the current contact details before use; report changes to the duty desk.</source>
        <translation>内部资料。使用前请与最新联系信息核对；如有变更，请告知值班台。</translation>
    </message>
    <message>
        <source>1. Emergency organization</source>
        <translation>1. 应急组织体系</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>组长：</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation>未记录岗位。</translation>
    </message>
    <message>
        <source>2. Decision succession order</source>
        <translation>2. 决策递补顺序</translation>
    </message>
    <message>
        <source>When the first person cannot decide or cannot be reached, the next one in this order decides and reports.</source>
        <translation>第一顺位人员无法决策或无法联系时，由本顺序中的下一位决策并报告。</translation>
    </message>
    <message>
        <source>No succession order recorded.</source>
        <translation>未记录决策递补顺序。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗</translation>
    </message>
    <message>
        <source>3. Contacts by unit</source>
        <translation>3. 各单位联系人</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>未记录联系人。</translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation>未归属单位</translation>
    </message>
    <message>
        <source>4. Related units</source>
        <translation>4. 相关单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No related units recorded.</source>
        <translation>未记录相关单位。</translation>
    </message>
    <message>
        <source>5. Service agreements</source>
        <translation>5. 服务协议</translation>
    </message>
    <message>
        <source>No service agreements recorded.</source>
        <translation>未记录服务协议。</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>最近复核</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>open</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Ours: %1</source>
        <translation>我方：%1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>对方：%1</translation>
    </message>
    <message>
        <source>6. Notification contacts</source>
        <translation>6. 通报联络人</translation>
    </message>
    <message>
        <source>The IT lead and his or her backup, known to the regulator and the related units.</source>
        <translation>信息技术负责人及其备岗，已告知监管机构和相关单位。</translation>
    </message>
    <message>
        <source>No notification contacts recorded.</source>
        <translation>未记录通报联络人。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>IT lead</source>
        <translation>信息技术负责人</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Communicated to</source>
        <translation>告知记录</translation>
    </message>
    <message>
        <source>No communication of the notification contacts to the regulator or the related units recorded.</source>
        <translation>未记录向监管机构或相关单位告知通报联络人的情况。</translation>
    </message>
    <message>
        <source>Communicated on</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>告知对象</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>dd::Incident</name>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Warning lifted</source>
        <translation>预警解除</translation>
    </message>
    <message>
        <source>Responding</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>dd::IncidentFacts</name>
    <message>
        <source>unknown institution type &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的机构类型 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>早于 started_at</translation>
    </message>
</context>
<context>
    <name>dd::IncidentRepository</name>
    <message>
        <source>Title: describe the incident in a few words.</source>
        <translation>标题：请用一句话简要描述事件。</translation>
    </message>
    <message>
        <source>started_at: expected an ISO 8601 time with offset, such as 2026-03-02T10:15:00+08:00.</source>
        <translation>started_at：应为带时区偏移的 ISO 8601 时间，例如 2026-03-02T10:15:00+08:00。</translation>
    </message>
    <message>
        <source>recovered_at: the recovery cannot come before the start.</source>
        <translation>recovered_at：恢复时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>Warning raised: %1</source>
        <translation>发布预警：%1</translation>
    </message>
    <message>
        <source>Incident declared: %1</source>
        <translation>登记事件：%1</translation>
    </message>
    <message>
        <source>There is no incident number %1.</source>
        <translation>不存在编号为 %1 的事件。</translation>
    </message>
    <message>
        <source>The incident list cannot be read.</source>
        <translation>无法读取事件列表。</translation>
    </message>
    <message>
        <source>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>事件 %1 不能从“%2”转为“%3”。</translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Facts updated: %1</source>
        <translation>更新事件要素：%1</translation>
    </message>
    <message>
        <source>Note: write what happened.</source>
        <translation>记录：请写明发生的情况。</translation>
    </message>
    <message>
        <source>The entry to correct (%1) is not on this incident&apos;s timeline.</source>
        <translation>要更正的记录（%1）不在本事件的时间线上。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>File attached: %1</source>
        <translation>附加文件：%1</translation>
    </message>
    <message>
        <source>Report: the submitted text is empty.</source>
        <translation>报告：提交的内容为空。</translation>
    </message>
    <message>
        <source>Report submitted: %1</source>
        <translation>报告已提交：%1</translation>
    </message>
    <message>
        <source>The report for %1 was submitted already.</source>
        <translation>“%1”已经提交过。</translation>
    </message>
    <message>
        <source>A waiver needs a second person: %1 cannot confirm their own waiver.</source>
        <translation>豁免须由第二人确认：%1 不能确认自己提出的豁免。</translation>
    </message>
    <message>
        <source>Reason: say why this report is not needed.</source>
        <translation>理由：请说明为何无需报送此报告。</translation>
    </message>
    <message>
        <source>Report waived: %1 — %2 (confirmed by %3)</source>
        <translation>报告已豁免：%1 — %2（确认人：%3）</translation>
    </message>
    <message>
        <source>The report for %1 was waived already.</source>
        <translation>“%1”已经豁免过。</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
</context>
<context>
    <name>dd::IncidentService</name>
    <message>
        <source>no grade</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>向%2报送%1</translation>
    </message>
    <message>
        <source> #%1</source>
        <translation>（第 %1 次）</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>事件要素</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>定级为 %1</translation>
    </message>
    <message>
        <source>Grade raised from %1 to %2</source>
        <translation>级别由 %1 升级为 %2</translation>
    </message>
    <message>
        <source>Grade changed from %1 to %2</source>
        <translation>级别由 %1 调整为 %2</translation>
    </message>
    <message>
        <source> — rule %1: %2</source>
        <translation> — 规则 %1：%2</translation>
    </message>
    <message>
        <source>%1 (grade %2)</source>
        <translation>%1（级别 %2）</translation>
    </message>
    <message>
        <source>%1 (as a warning)</source>
        <translation>%1（预警阶段）</translation>
    </message>
    <message>
        <source>%1 cannot be closed while reports are owed: %2. Submit them, or have a second person waive them with a reason.</source>
        <translation>事件 %1 尚有待报送报告，不能关闭：%2。请报送这些报告，或说明理由并由第二人确认豁免。</translation>
    </message>
    <message>
        <source>%1 owes no report &quot;%2&quot;.</source>
        <translation>事件 %1 没有报告 &quot;%2&quot; 的报送义务。</translation>
    </message>
    <message>
        <source>%1 cannot be met by a %2.</source>
        <translation>“%1”不能以%2的形式报送。</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>责任认定</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>The summary report needs %1 in the incident&apos;s facts. While the cause is unknown, file the preliminary report; the supplementary report follows once the cause is found.</source>
        <translation>报送总结报告前须在事件要素中填写%1。原因尚未查明时，请先报送初步分析报告；查明原因后再报送补充报告。</translation>
    </message>
    <message>
        <source>%1 (filed as %2)</source>
        <translation>%1（以%2报送）</translation>
    </message>
    <message>
        <source>Step %1: the procedure &quot;%2&quot; has %3 steps.</source>
        <translation>步骤 %1：处置流程“%2”只有 %3 个步骤。</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>步骤已完成：%1</translation>
    </message>
    <message>
        <source>Step reopened: %1</source>
        <translation>步骤取消完成：%1</translation>
    </message>
</context>
<context>
    <name>dd::Institution</name>
    <message>
        <source>Securities company (operating institution)</source>
        <translation>证券公司（经营机构）</translation>
    </message>
    <message>
        <source>Futures company (operating institution)</source>
        <translation>期货公司（经营机构）</translation>
    </message>
    <message>
        <source>Fund management company (operating institution)</source>
        <translation>基金管理公司（经营机构）</translation>
    </message>
    <message>
        <source>Stock exchange (core institution)</source>
        <translation>证券交易所（核心机构）</translation>
    </message>
    <message>
        <source>Futures exchange (core institution)</source>
        <translation>期货交易所（核心机构）</translation>
    </message>
    <message>
        <source>Depository, clearing or industry infrastructure (core institution)</source>
        <translation>登记结算机构或行业基础设施（核心机构）</translation>
    </message>
    <message>
        <source>CSRC</source>
        <translation>中国证监会</translation>
    </message>
    <message>
        <source>local CSRC bureau</source>
        <translation>住所地证监局</translation>
    </message>
</context>
<context>
    <name>dd::IntakeServer</name>
    <message>
        <source>Use POST.</source>
        <translation>请使用 POST。</translation>
    </message>
    <message>
        <source>Monitoring intake: cannot listen on %1 port %2: %3</source>
        <translation>监控接入：无法在 %1 端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>请求体超过 %1 字节。</translation>
    </message>
    <message>
        <source>Authorization: expected &quot;Bearer&quot; and the source&apos;s token.</source>
        <translation>Authorization：应为 &quot;Bearer&quot; 加该告警来源的令牌。</translation>
    </message>
    <message>
        <source>Authorization: the token is not one of an active %1 source.</source>
        <translation>Authorization：该令牌不属于任何在用的 %1 告警来源。</translation>
    </message>
</context>
<context>
    <name>dd::IntakeSettings</name>
    <message>
        <source>%1: expected an IP address such as 127.0.0.1, found &quot;%2&quot;.</source>
        <translation>%1：应为 IP 地址，例如 127.0.0.1，实际为“%2”。</translation>
    </message>
    <message>
        <source>%1: expected a port from 1 to 65535, found &quot;%2&quot;.</source>
        <translation>%1：应为 1 到 65535 之间的端口，实际为“%2”。</translation>
    </message>
    <message>
        <source>Bind address: expected an IP address such as 127.0.0.1, found &quot;%1&quot;.</source>
        <translation>绑定地址：应为 IP 地址，例如 127.0.0.1，实际为“%1”。</translation>
    </message>
    <message>
        <source>Port: expected a port from 1 to 65535.</source>
        <translation>端口：应为 1 到 65535 之间的端口。</translation>
    </message>
</context>
<context>
    <name>dd::IntakeSourceRepository</name>
    <message>
        <source>Intake source %1: no such source.</source>
        <translation>告警来源 %1：不存在该来源。</translation>
    </message>
    <message>
        <source>Name: give the monitoring system a name, such as &quot;Prometheus&quot;.</source>
        <translation>名称：请为监控系统命名，例如“Prometheus”。</translation>
    </message>
    <message>
        <source>Name: an active intake source is already called &quot;%1&quot;.</source>
        <translation>名称：已有在用的告警来源名为“%1”。</translation>
    </message>
    <message>
        <source>Intake source &quot;%1&quot; is already revoked.</source>
        <translation>告警来源“%1”已被吊销。</translation>
    </message>
</context>
<context>
    <name>dd::InventoryRegister</name>
    <message>
        <source>There is no document with id %1.</source>
        <translation>没有 id 为 %1 的资料。</translation>
    </message>
    <message>
        <source>Title: enter what the document or backup is.</source>
        <translation>标题：请填写该资料或备份的名称。</translation>
    </message>
    <message>
        <source>Location of &quot;%1&quot;: enter where it is kept.</source>
        <translation>“%1”的存放位置：请填写其存放地点。</translation>
    </message>
    <message>
        <source>Last checked of &quot;%1&quot;: %2 is in the future (today is %3).</source>
        <translation>“%1”的最近检查日期：%2 是将来的日期（今天是 %3）。</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot;</source>
        <translation>资料“%1”</translation>
    </message>
    <message>
        <source>There is no supply item with id %1.</source>
        <translation>没有 id 为 %1 的物资。</translation>
    </message>
    <message>
        <source>Name: enter the name of the item.</source>
        <translation>名称：请填写物资名称。</translation>
    </message>
    <message>
        <source>Quantity of &quot;%1&quot;: expected 0 or more, got %2.</source>
        <translation>“%1”的数量：应为 0 或以上，实际为 %2。</translation>
    </message>
    <message>
        <source>Unit of &quot;%1&quot;: enter the unit (pieces, sets, …).</source>
        <translation>“%1”的计量单位：请填写计量单位（件、套…）。</translation>
    </message>
    <message>
        <source>Location of &quot;%1&quot;: enter where the item is kept.</source>
        <translation>“%1”的存放位置：请填写该物资的存放地点。</translation>
    </message>
    <message>
        <source>Last stocktake of &quot;%1&quot;: %2 is in the future (today is %3).</source>
        <translation>“%1”的最近盘点日期：%2 是将来的日期（今天是 %3）。</translation>
    </message>
    <message>
        <source>The supply item &quot;%1&quot;</source>
        <translation>物资“%1”</translation>
    </message>
    <message>
        <source>Year: expected a year from 2000 to 2100, got %1.</source>
        <translation>年度：应为 2000 至 2100 之间的年份，实际为 %1。</translation>
    </message>
    <message>
        <source>Amount of the %1 budget: expected 0 or more.</source>
        <translation>%1 年应急经费的金额：应为 0 或以上。</translation>
    </message>
    <message>
        <source>Currency of the %1 budget: expected CNY, got &quot;%2&quot;.</source>
        <translation>%1 年应急经费的币种：应为 CNY，实际为“%2”。</translation>
    </message>
    <message>
        <source>Approved by / approval date of the %1 budget: give both or neither.</source>
        <translation>%1 年应急经费的批准人/批准日期：请同时填写或均不填写。</translation>
    </message>
    <message>
        <source>Year: there is already a budget line for %1; edit that one.</source>
        <translation>年度：%1 年已有应急经费记录；请编辑该记录。</translation>
    </message>
    <message>
        <source>There is no budget line with id %1.</source>
        <translation>没有 id 为 %1 的应急经费记录。</translation>
    </message>
    <message>
        <source>The %1 budget line</source>
        <translation>%1 年应急经费记录</translation>
    </message>
    <message>
        <source>Network topology</source>
        <translation>网络拓扑图</translation>
    </message>
    <message>
        <source>Device configuration</source>
        <translation>设备配置参数</translation>
    </message>
    <message>
        <source>System software and applications</source>
        <translation>系统软件及应用软件</translation>
    </message>
    <message>
        <source>Installation and user manuals</source>
        <translation>安装和使用手册</translation>
    </message>
    <message>
        <source>Emergency operation manuals</source>
        <translation>应急操作手册</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>备品备件</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>通信设备</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>消防器材</translation>
    </message>
    <message>
        <source>Emergency lighting</source>
        <translation>应急照明</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>dd::JsonFieldReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected at least one element</source>
        <translation>应至少包含一个元素</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的键 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>应为非空字符串</translation>
    </message>
    <message>
        <source>expected an id of lowercase letters, digits and &apos;_&apos;</source>
        <translation>应为由小写字母、数字和 &apos;_&apos; 组成的标识符</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>expected a number, 0 or more</source>
        <translation>应为大于或等于 0 的数字</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>应为大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a date and time with offset such as 2025-06-04T10:00:00+08:00</source>
        <translation>应为带时区偏移的日期时间，例如 2025-06-04T10:00:00+08:00</translation>
    </message>
    <message>
        <source>expected a time HH:MM (00:00 to 24:00)</source>
        <translation>应为 HH:MM 格式的时间（00:00 至 24:00）</translation>
    </message>
    <message>
        <source>expected a time HH:MM (00:00 to 23:59)</source>
        <translation>应为 HH:MM 格式的时间（00:00 至 23:59）</translation>
    </message>
    <message>
        <source>expected a colour #RRGGBB</source>
        <translation>应为 #RRGGBB 格式的颜色</translation>
    </message>
</context>
<context>
    <name>dd::MessageFormat</name>
    <message>
        <source>Channel &quot;%1&quot; sends e-mail, not HTTP requests.</source>
        <translation>通知渠道“%1”发送的是电子邮件，而不是 HTTP 请求。</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the WeCom robot key is not set.</source>
        <translation>通知渠道“%1”：未设置企业微信机器人 key。</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the DingTalk access token is not set.</source>
        <translation>通知渠道“%1”：未设置钉钉 access token。</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the URL is not set.</source>
        <translation>通知渠道“%1”：未设置 URL。</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the URL is not a valid address.</source>
        <translation>通知渠道“%1”：URL 不是有效的地址。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>错误 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::NotifyChannel</name>
    <message>
        <source>JSON webhook</source>
        <translation>JSON Webhook</translation>
    </message>
    <message>
        <source>WeCom group robot</source>
        <translation>企业微信群机器人</translation>
    </message>
    <message>
        <source>DingTalk group robot</source>
        <translation>钉钉群机器人</translation>
    </message>
    <message>
        <source>Feishu bot</source>
        <translation>飞书机器人</translation>
    </message>
    <message>
        <source>Email (SMTP)</source>
        <translation>电子邮件（SMTP）</translation>
    </message>
    <message>
        <source>Name: a channel needs a name.</source>
        <translation>名称：通知渠道必须有名称。</translation>
    </message>
    <message>
        <source>SMTP host: enter the mail server&apos;s host name.</source>
        <translation>SMTP 主机：请输入邮件服务器的主机名。</translation>
    </message>
    <message>
        <source>SMTP port: expected 1–65535, got %1.</source>
        <translation>SMTP 端口：应为 1–65535，实际为 %1。</translation>
    </message>
    <message>
        <source>Sender: expected an e-mail address such as dutydesk@example.com.</source>
        <translation>发件人：应为电子邮件地址，例如 dutydesk@example.com。</translation>
    </message>
    <message>
        <source>URL: enter the address messages are posted to.</source>
        <translation>URL：请输入消息的推送地址。</translation>
    </message>
    <message>
        <source>URL: expected an http:// or https:// address.</source>
        <translation>URL：应为 http:// 或 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>dd::ObligationDefinitionParser</name>
    <message>
        <source>unknown recipient &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的报送对象 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown form &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的报告形式 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown anchor &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的计时起点 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>expected exactly one of &quot;minutes&quot; and &quot;working_days&quot;</source>
        <translation>&quot;minutes&quot; 和 &quot;working_days&quot; 必须且只能指定其一</translation>
    </message>
    <message>
        <source>only progress reports repeat</source>
        <translation>只有进展报告可以重复报送</translation>
    </message>
    <message>
        <source>a repeated report needs &quot;minutes&quot;, not &quot;working_days&quot;</source>
        <translation>重复报送的报告须使用 &quot;minutes&quot;，不能使用 &quot;working_days&quot;</translation>
    </message>
    <message>
        <source>reports repeat until recovery, so they cannot count from &quot;%1&quot;</source>
        <translation>重复报送持续到恢复为止，因此不能从 &quot;%1&quot; 起算</translation>
    </message>
    <message>
        <source>unknown form &quot;%1&quot;</source>
        <translation>未知的报告形式 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>dd::ObligationText</name>
    <message>
        <source>Internal leadership</source>
        <translation>本机构领导</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>CSRC</source>
        <translation>中国证监会</translation>
    </message>
    <message>
        <source>Local CSRC bureau</source>
        <translation>住所地证监局</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Depository and clearing</source>
        <translation>登记结算机构</translation>
    </message>
    <message>
        <source>Phone report</source>
        <translation>电话报告</translation>
    </message>
    <message>
        <source>Written initial report</source>
        <translation>书面初报</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>Recovery report</source>
        <translation>恢复报告</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>总结报告</translation>
    </message>
    <message>
        <source>Preliminary analysis report</source>
        <translation>初步分析报告</translation>
    </message>
    <message>
        <source>Supplementary report</source>
        <translation>补充报告</translation>
    </message>
    <message>
        <source>Warning report</source>
        <translation>预警报告</translation>
    </message>
    <message>
        <source>Warning lifted report</source>
        <translation>预警解除报告</translation>
    </message>
</context>
<context>
    <name>dd::OperatorRepository</name>
    <message>
        <source>Login: use 2 to 32 letters, digits, dots, dashes or underscores (got &quot;%1&quot;).</source>
        <translation>登录名：请使用 2 至 32 个字母、数字、点、连字符或下划线（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s name as colleagues know it.</source>
        <translation>姓名：请填写同事们熟知的姓名。</translation>
    </message>
    <message>
        <source>PIN or password: use at least %1 characters.</source>
        <translation>口令或密码：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Roles: choose at least one role.</source>
        <translation>角色：请至少选择一个角色。</translation>
    </message>
    <message>
        <source>There is no operator with the login &quot;%1&quot;.</source>
        <translation>没有登录名为“%1”的操作员。</translation>
    </message>
    <message>
        <source>There is no operator number %1.</source>
        <translation>不存在编号为 %1 的操作员。</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is taken already.</source>
        <translation>登录名：“%1”已被占用。</translation>
    </message>
    <message>
        <source>This database has operators already; the first-run set-up is done.</source>
        <translation>此数据库中已有操作员，首次运行设置已经完成。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation>不能停用自己的账户，请联系其他管理员。</translation>
    </message>
    <message>
        <source>The login or the PIN is wrong.</source>
        <translation>登录名或口令错误。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated; ask an administrator.</source>
        <translation>账户“%1”已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>A second person must confirm this: %1 cannot confirm their own action.</source>
        <translation>此操作须由第二人确认：%1 不能确认自己的操作。</translation>
    </message>
</context>
<context>
    <name>dd::Outbox</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>failed, will retry</source>
        <translation>发送失败，将重试</translation>
    </message>
    <message>
        <source>gave up</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>sent, unconfirmed</source>
        <translation>已发送，未确认</translation>
    </message>
    <message>
        <source>Outbox message %1 does not exist.</source>
        <translation>发件箱消息 %1 不存在。</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>[DRILL] %1</source>
        <translation>[演练] %1</translation>
    </message>
</context>
<context>
    <name>dd::OutboxSender</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未在规定时间内响应</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>网络错误 %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>通知渠道 %1</translation>
    </message>
    <message>
        <source>the program stopped while sending; not sent again</source>
        <translation>发送过程中程序已停止；不再重新发送</translation>
    </message>
    <message>
        <source>%1: outcome unknown (the program stopped while sending); not sent again</source>
        <translation>%1：结果未知（发送过程中程序已停止）；不再重新发送</translation>
    </message>
    <message>
        <source>the channel is disabled</source>
        <translation>该通知渠道已停用</translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation>该通知渠道已被删除</translation>
    </message>
    <message>
        <source>%1: gave up: %2</source>
        <translation>%1：已放弃：%2</translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation>%1：已发送</translation>
    </message>
    <message>
        <source>%1: gave up after %2 attempts (last: %3)</source>
        <translation>%1：尝试 %2 次后已放弃（最后一次：%3）</translation>
    </message>
    <message>
        <source>%1: failed: %2, retry at %3</source>
        <translation>%1：发送失败：%2，将于 %3 重试</translation>
    </message>
    <message>
        <source>The test message was accepted.</source>
        <translation>测试消息已被接受。</translation>
    </message>
    <message>
        <source>The test message was not accepted: %1</source>
        <translation>测试消息未被接受：%1</translation>
    </message>
    <message>
        <source>DutyDesk test message</source>
        <translation>DutyDesk 测试消息</translation>
    </message>
    <message>
        <source>This is a test of the channel &quot;%1&quot; from DutyDesk. No action is needed.</source>
        <translation>这是 DutyDesk 对通知渠道“%1”的测试消息，无需任何操作。</translation>
    </message>
    <message>
        <source>enter the address to send the test e-mail to</source>
        <translation>请输入接收测试邮件的地址</translation>
    </message>
</context>
<context>
    <name>dd::PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>演练 DRILL — not a real incident</source>
        <translation>演练 — 非真实事件</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation>无法写入 PDF 文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the printout.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>无法开始打印第 %1 页。</translation>
    </message>
</context>
<context>
    <name>dd::PhoneNumbers</name>
    <message>
        <source>%1: &quot;%2&quot; contains letters; enter the number in digits.</source>
        <translation>%1：“%2”包含字母；请输入数字号码。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; starts with an unknown country code.</source>
        <translation>%1：“%2”以未知的国家代码开头。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too short for a phone number.</source>
        <translation>%1：“%2”太短，不是电话号码。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long for a phone number.</source>
        <translation>%1：“%2”太长，不是电话号码。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number.</source>
        <translation>%1：“%2”不是电话号码。</translation>
    </message>
    <message>
        <source>%1: %2 is a service short number; it cannot be used here (enter it as a duty line or a unit&apos;s phone).</source>
        <translation>%1：%2 是服务短号码，不能在此处使用（请将其填写为值班电话或单位电话）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid number for country code +%3.</source>
        <translation>%1：“%2”不是国家代码 +%3 下的有效号码。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid mobile number: a mobile number in China has 11 digits, this one has %3.</source>
        <translation>%1：“%2”不是有效的手机号码：中国的手机号码为 11 位，此号码为 %3 位。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no area code; write a landline with its area code, such as 010-%2.</source>
        <translation>%1：“%2”没有区号；固定电话请连同区号填写，例如 010-%2。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid phone number in China (check the area code and the number of digits).</source>
        <translation>%1：“%2”不是有效的中国电话号码（请检查区号和位数）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a service number (400/800), not a mobile number.</source>
        <translation>%1：“%2”是服务号码（400/800），不是手机号码。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a landline, not a mobile number; enter it as the office phone.</source>
        <translation>%1：“%2”是固定电话，不是手机号码；请将其填写为办公电话。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a mobile number; enter it as the mobile phone.</source>
        <translation>%1：“%2”是手机号码；请将其填写为手机。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a mobile number and cannot receive faxes.</source>
        <translation>%1：“%2”是手机号码，无法接收传真。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a mobile number; a mobile number has no extension.</source>
        <translation>%1：“%2”是手机号码；手机号码没有分机号。</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 转 %2</translation>
    </message>
</context>
<context>
    <name>dd::PlanRegister</name>
    <message>
        <source>Plan version %1</source>
        <translation>预案版本 %1</translation>
    </message>
    <message>
        <source>There is no plan version with id %1.</source>
        <translation>没有 id 为 %1 的预案版本。</translation>
    </message>
    <message>
        <source>No emergency plan version is in effect on %1.</source>
        <translation>%1 当日没有生效的应急预案版本。</translation>
    </message>
    <message>
        <source>Version label: enter a label such as &quot;v3.0&quot;.</source>
        <translation>版本标识：请填写标识，例如“v3.0”。</translation>
    </message>
    <message>
        <source>Major version: expected 1 or more, got %1.</source>
        <translation>主版本号：应为 1 或以上，实际为 %1。</translation>
    </message>
    <message>
        <source>Minor version: expected 0 or more, got %1.</source>
        <translation>次版本号：应为 0 或以上，实际为 %1。</translation>
    </message>
    <message>
        <source>Effective date: enter the date version %1 takes effect.</source>
        <translation>生效日期：请填写版本 %1 的生效日期。</translation>
    </message>
    <message>
        <source>Approved by / approval date: give both or neither.</source>
        <translation>批准人/批准日期：请同时填写或均不填写。</translation>
    </message>
    <message>
        <source>Version label / number: version %1 (%2.%3) already exists.</source>
        <translation>版本标识/版本号：版本 %1（%2.%3）已存在。</translation>
    </message>
    <message>
        <source>Plan version %1 has been filed with the regulator: remove its filing records first (they are the regulator&apos;s record).</source>
        <translation>预案版本 %1 已向监管机构备案：请先删除其备案记录（这些记录对应监管机构的存档）。</translation>
    </message>
    <message>
        <source>Plan version %1 is named by reviews in the review log: change or remove those reviews first.</source>
        <translation>评估记录中有评估引用了预案版本 %1：请先修改或删除这些评估。</translation>
    </message>
    <message>
        <source>Fault type: &quot;%1&quot; is not a known fault type (expected one of %2).</source>
        <translation>故障类型：“%1”不是已知的故障类型（应为以下之一：%2）。</translation>
    </message>
    <message>
        <source>Report flow of %1: enter who reports to whom, how and when.</source>
        <translation>%1 的报告流程：请填写由谁在何时、以何种方式向谁报告。</translation>
    </message>
    <message>
        <source>Fault type %1 has no report flow.</source>
        <translation>故障类型 %1 没有报告流程。</translation>
    </message>
    <message>
        <source>There is no plan review with id %1.</source>
        <translation>没有 id 为 %1 的预案评估记录。</translation>
    </message>
    <message>
        <source>Review date: enter the date of the review.</source>
        <translation>评估日期：请填写评估日期。</translation>
    </message>
    <message>
        <source>Review date: %1 is in the future (today is %2).</source>
        <translation>评估日期：%1 是将来的日期（今天是 %2）。</translation>
    </message>
    <message>
        <source>Reviewer: enter who reviewed the plan.</source>
        <translation>评估人：请填写评估该预案的人员。</translation>
    </message>
    <message>
        <source>Result: enter what the review concluded.</source>
        <translation>评估结论：请填写评估得出的结论。</translation>
    </message>
    <message>
        <source>Triggered by drill: there is no drill with id %1.</source>
        <translation>触发评估的演练：没有 id 为 %1 的演练。</translation>
    </message>
    <message>
        <source>Plan version: there is no plan version with id %1.</source>
        <translation>预案版本：没有 id 为 %1 的预案版本。</translation>
    </message>
    <message>
        <source>The review of %1</source>
        <translation>%1 的评估</translation>
    </message>
    <message>
        <source>There is no filing record with id %1.</source>
        <translation>没有 id 为 %1 的备案记录。</translation>
    </message>
    <message>
        <source>Date filed: enter the date version %1 was filed.</source>
        <translation>备案日期：请填写版本 %1 的备案日期。</translation>
    </message>
    <message>
        <source>Date filed: %1 is in the future (today is %2).</source>
        <translation>备案日期：%1 是将来的日期（今天是 %2）。</translation>
    </message>
    <message>
        <source>Date filed: %1 is before version %2 was approved (%3).</source>
        <translation>备案日期：%1 早于版本 %2 的批准日期（%3）。</translation>
    </message>
    <message>
        <source>Receipt number: enter the number of the regulator&apos;s filing receipt.</source>
        <translation>回执编号：请填写监管机构备案回执上的编号。</translation>
    </message>
    <message>
        <source>Filed by: enter who filed the plan.</source>
        <translation>备案人：请填写办理预案备案的人员。</translation>
    </message>
    <message>
        <source>Regulator: this institution files its plan with the %1, not the %2.</source>
        <translation>监管机构：本机构应向 %1 备案预案，而非 %2。</translation>
    </message>
    <message>
        <source>The filing record %1</source>
        <translation>备案记录 %1</translation>
    </message>
    <message>
        <source>Purpose and basis</source>
        <translation>编制目的和依据</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Organization and responsibilities</source>
        <translation>组织机构及职责</translation>
    </message>
    <message>
        <source>Prevention, safeguards and preparation</source>
        <translation>预防、保障与准备</translation>
    </message>
    <message>
        <source>Warning: monitoring, handling and reporting</source>
        <translation>预警：监测、处置与报告</translation>
    </message>
    <message>
        <source>Event grading and classification</source>
        <translation>事件分级与分类</translation>
    </message>
    <message>
        <source>Reporting flow</source>
        <translation>报告流程</translation>
    </message>
    <message>
        <source>General handling principles</source>
        <translation>处置基本原则</translation>
    </message>
    <message>
        <source>Specific handling procedures</source>
        <translation>具体处置流程</translation>
    </message>
    <message>
        <source>Investigation and summary</source>
        <translation>调查与总结</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>present</source>
        <translation>已包含</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>covered by earlier filing</source>
        <translation>已含于此前备案</translation>
    </message>
    <message>
        <source>not filed</source>
        <translation>未备案</translation>
    </message>
    <message>
        <source>CSRC</source>
        <translation>中国证监会</translation>
    </message>
    <message>
        <source>Local CSRC bureau</source>
        <translation>住所地证监局</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it (your version %4, now %5); reload and make your change again.</source>
        <translation>%1 在您打开后已被 %2 于 %3 修改（您的版本为 %4，当前版本为 %5）；请重新加载后再次修改。</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 不存在（可能已被删除）。</translation>
    </message>
</context>
<context>
    <name>dd::ProcedureRepository</name>
    <message>
        <source>There is no procedure for &quot;%1&quot; and no general one.</source>
        <translation>没有适用于 &quot;%1&quot; 的处置流程，也没有通用处置流程。</translation>
    </message>
    <message>
        <source>Fault type: give the fault type an id, such as trading_outage.</source>
        <translation>故障类型：请为故障类型指定标识符，例如 trading_outage。</translation>
    </message>
    <message>
        <source>Title: name the procedure.</source>
        <translation>标题：请为处置流程命名。</translation>
    </message>
    <message>
        <source>Steps: a procedure needs at least one step.</source>
        <translation>步骤：处置流程至少需要一个步骤。</translation>
    </message>
    <message>
        <source>Steps: every procedure must include the personnel-safety step (确认现场人员人身安全).</source>
        <translation>步骤：每个处置流程都必须包含人员人身安全步骤（确认现场人员人身安全）。</translation>
    </message>
    <message>
        <source>The general procedure (&quot;other&quot;) is the fallback and stays.</source>
        <translation>通用处置流程（&quot;other&quot;）是兜底流程，不能删除。</translation>
    </message>
    <message>
        <source>There is no procedure for &quot;%1&quot;.</source>
        <translation>没有适用于 &quot;%1&quot; 的处置流程。</translation>
    </message>
</context>
<context>
    <name>dd::QrCode</name>
    <message>
        <source>A QR code needs some text to hold.</source>
        <translation>二维码需要包含文本。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>文本过长，无法生成二维码（%1 字节）。</translation>
    </message>
</context>
<context>
    <name>dd::Readiness</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The readiness date is not a valid date.</source>
        <translation>合规自查日期不是有效日期。</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>不满足</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Notification contact and backup with duty phone and fax</source>
        <translation>通报联络人及其备岗，均有值班电话和传真</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主岗</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗</translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation>%1：未设置</translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation>%1 未设置</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1: %2, duty phone %3, fax %4</source>
        <translation>%1：%2，值班电话 %3，传真 %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 %2 is no longer active</source>
        <translation>%1 %2 已停用</translation>
    </message>
    <message>
        <source>%1 has no duty phone</source>
        <translation>%1 没有值班电话</translation>
    </message>
    <message>
        <source>%1 has no fax</source>
        <translation>%1 没有传真</translation>
    </message>
    <message>
        <source>Both set, with duty phone and fax</source>
        <translation>均已设置，且有值班电话和传真</translation>
    </message>
    <message>
        <source>Handbook entries verified within the period</source>
        <translation>联络手册条目均在核实周期内核实</translation>
    </message>
    <message>
        <source>%1: last verified %2, due %3</source>
        <translation>%1：最近核实 %2，到期 %3</translation>
    </message>
    <message>
        <source>%1: verified %2, due %3</source>
        <translation>%1：核实于 %2，到期 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n active handbook entries, period %1 days (%2)</source>
        <translation>
            <numerusform>联络手册在用条目 %n 条，核实周期 %1 天（%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(ies) not verified within %1 days: %2</source>
        <translation>
            <numerusform>%n 条未在 %1 天内核实：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The handbook has no entries</source>
        <translation>联络手册中没有条目</translation>
    </message>
    <message numerus="yes">
        <source>All verified; %n due within %1 days</source>
        <translation>
            <numerusform>均已核实；%n 条将在 %1 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n verified within %1 days</source>
        <translation>
            <numerusform>全部 %n 条均已在 %1 天内核实</numerusform>
        </translation>
    </message>
    <message>
        <source>Service agreements reviewed within period and unexpired</source>
        <translation>服务协议均在期限内复核且未过期</translation>
    </message>
    <message>
        <source>No service agreement is recorded</source>
        <translation>未登记任何服务协议</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: valid until %2, last review %3, next review due %4</source>
        <translation>%1：有效期至 %2，最近复核 %3，下次复核截止 %4</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 已于 %2 过期</translation>
    </message>
    <message>
        <source>%1 review overdue since %2</source>
        <translation>%1 复核已逾期（应于 %2 复核）</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) current; next date %1</source>
        <translation>
            <numerusform>%n 份协议均有效；下一关键日期 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A drill in each half-year (current and previous)</source>
        <translation>每个半年度（本半年度和上一半年度）均开展演练</translation>
    </message>
    <message>
        <source>%1: completed %2; planned %3</source>
        <translation>%1：已完成 %2；已计划 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no drill in %1</source>
        <translation>%1 无演练</translation>
    </message>
    <message>
        <source>%1 done; %2 still needs a drill by %3</source>
        <translation>%1 已完成；%2 仍需在 %3 前开展演练</translation>
    </message>
    <message>
        <source>Drills held in %1 and %2</source>
        <translation>已在 %1 和 %2 开展演练</translation>
    </message>
    <message>
        <source>Drill records of the last two years retained</source>
        <translation>保存近两年的演练记录</translation>
    </message>
    <message>
        <source>Window %1 – %2 (%3 years, %4)</source>
        <translation>统计区间 %1 – %2（%3 年，%4）</translation>
    </message>
    <message>
        <source>No drill has been recorded yet</source>
        <translation>尚未登记任何演练</translation>
    </message>
    <message>
        <source>First recorded drill %1</source>
        <translation>最早登记的演练：%1</translation>
    </message>
    <message>
        <source>no record for %1</source>
        <translation>%1 无记录</translation>
    </message>
    <message>
        <source>%1: no completed drill record</source>
        <translation>%1：无已完成的演练记录</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an incomplete record</source>
        <translation>%1 有不完整的记录</translation>
    </message>
    <message numerus="yes">
        <source>%n half-year(s) with records kept</source>
        <translation>
            <numerusform>%n 个半年度留有记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue improvement action</source>
        <translation>无已逾期的整改措施</translation>
    </message>
    <message>
        <source>%1 (drill %2): due %3, %4</source>
        <translation>%1（演练 %2）：截止 %3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n 项整改措施未完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: %1</source>
        <translation>
            <numerusform>已逾期 %n 项：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No open improvement action</source>
        <translation>无未完成的整改措施</translation>
    </message>
    <message numerus="yes">
        <source>%n open, none overdue; next due %1</source>
        <translation>
            <numerusform>%n 项未完成，均未逾期；下一截止日期 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Key posts trained within the period</source>
        <translation>关键岗位人员均在周期内参加培训</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in key posts, period %1 months (%2)</source>
        <translation>
            <numerusform>关键岗位共 %n 人，周期 %1 个月（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody holds a key post yet</source>
        <translation>尚无人员担任关键岗位</translation>
    </message>
    <message>
        <source>%1 (%2): last trained %3</source>
        <translation>%1（%2）：最近一次培训 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n not trained within %1 months: %2</source>
        <translation>
            <numerusform>%n 人 %1 个月内未参加培训：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n trained; next due %1</source>
        <translation>
            <numerusform>全部 %n 人均已培训；下次到期 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>应急组织</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Duty and contacts</source>
        <translation>值班与联络</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>应急保障</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Every kind of document and backup kept and checked within period</source>
        <translation>各类技术资料和软件备份均已留存并在周期内检查</translation>
    </message>
    <message>
        <source>Period %1 days (%2)</source>
        <translation>周期 %1 天（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, %3): last checked %4, due %5</source>
        <translation>%1（%2，%3）：最近检查 %4，到期 %5</translation>
    </message>
    <message>
        <source>No entry for: %1</source>
        <translation>无记录：%1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>not checked within %1 days: %2</source>
        <translation>%1 天内未检查：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), all checked; next check due %1</source>
        <translation>
            <numerusform>共 %n 项，均已检查；下次检查截止 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplies not expired and stocktaken within period</source>
        <translation>备品备件和应急物资均在有效期内并在周期内盘点</translation>
    </message>
    <message>
        <source>Stocktake period %1 days (%2)</source>
        <translation>盘点周期 %1 天（%2）</translation>
    </message>
    <message>
        <source>No spare parts or emergency supplies are recorded</source>
        <translation>未登记任何备品备件或应急物资</translation>
    </message>
    <message>
        <source>%1 × %2 %3 (%4)</source>
        <translation>%1 × %2 %3（%4）</translation>
    </message>
    <message>
        <source>%1: expired %2</source>
        <translation>%1：已于 %2 过期</translation>
    </message>
    <message>
        <source>%1: expires %2</source>
        <translation>%1：%2 到期</translation>
    </message>
    <message>
        <source>%1: last stocktake %2</source>
        <translation>%1：最近盘点 %2</translation>
    </message>
    <message>
        <source>%1: stocktake due %2</source>
        <translation>%1：应于 %2 前盘点</translation>
    </message>
    <message>
        <source>expired: %1</source>
        <translation>已过期：%1</translation>
    </message>
    <message>
        <source>not stocktaken within %1 days: %2</source>
        <translation>%1 天内未盘点：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) current; next date %1</source>
        <translation>
            <numerusform>%n 项均有效；下一到期日 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency budget set for the year</source>
        <translation>已落实本年度应急经费</translation>
    </message>
    <message>
        <source>No emergency budget for %1</source>
        <translation>未落实 %1 年度应急经费</translation>
    </message>
    <message>
        <source>%1: %2 %3, approved by %4 on %5</source>
        <translation>%1 年度：%2 %3，由 %4 于 %5 批准</translation>
    </message>
    <message>
        <source>%1 budget: %2 %3</source>
        <translation>%1 年度经费：%2 %3</translation>
    </message>
    <message>
        <source>No budget yet for %1</source>
        <translation>尚未落实 %1 年度经费</translation>
    </message>
    <message>
        <source>#%1 (unknown person)</source>
        <translation>#%1（未知人员）</translation>
    </message>
    <message>
        <source>Decision body has a chair and every required department</source>
        <translation>指挥决策机构设有负责人，且涵盖全部必需部门</translation>
    </message>
    <message>
        <source>Decision body: %1 (%2)%3: %4</source>
        <translation>指挥决策机构：%1（%2）%3：%4</translation>
    </message>
    <message>
        <source>, chair</source>
        <translation>，负责人</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>no decision body</source>
        <translation>未设指挥决策机构</translation>
    </message>
    <message>
        <source>the decision body has no chair with a member</source>
        <translation>指挥决策机构负责人岗位无人担任</translation>
    </message>
    <message>
        <source>not represented: %1</source>
        <translation>未涵盖部门：%1</translation>
    </message>
    <message>
        <source>Required departments not represented in the decision body: %1</source>
        <translation>以下必需部门在指挥决策机构中没有代表：%1</translation>
    </message>
    <message numerus="yes">
        <source>Executive body: %n member(s)</source>
        <translation>
            <numerusform>执行机构：%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>the executive body has no members</source>
        <translation>执行机构没有成员</translation>
    </message>
    <message>
        <source>Chaired; all %1 required departments represented</source>
        <translation>已设负责人；全部 %1 个必需部门均有代表</translation>
    </message>
    <message>
        <source>Succession order has at least 2 reachable people, none on leave</source>
        <translation>决策递补顺序中至少有 2 名可联系人员，且均未请假</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>on %1 leave %2 – %3</source>
        <translation>请假（%1）%2 – %3</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the order, at least 2 needed</source>
        <translation>
            <numerusform>递补顺序中有 %n 人，至少需要 2 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people reachable, none on leave</source>
        <translation>
            <numerusform>%n 人可联系，均未请假</numerusform>
        </translation>
    </message>
    <message>
        <source>Every organization member has a current action card</source>
        <translation>应急组织体系每名成员均有有效的应急工作卡片</translation>
    </message>
    <message>
        <source>not in the handbook</source>
        <translation>不在联络手册中</translation>
    </message>
    <message>
        <source>no key tasks</source>
        <translation>无主要职责</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key task(s), %2</source>
        <translation>
            <numerusform>%1：%n 项主要职责，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no current card (%2)</source>
        <translation>%1：无有效卡片（%2）</translation>
    </message>
    <message>
        <source>The emergency organization has no members</source>
        <translation>应急组织体系没有成员</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), all with key tasks and a phone</source>
        <translation>
            <numerusform>共 %n 名成员，均有主要职责和电话</numerusform>
        </translation>
    </message>
    <message>
        <source>No current card: %1</source>
        <translation>无有效卡片：%1</translation>
    </message>
    <message>
        <source>Current plan has all ten contents</source>
        <translation>现行预案包含全部十项必备内容</translation>
    </message>
    <message>
        <source>No plan version is in effect</source>
        <translation>没有生效的预案版本</translation>
    </message>
    <message>
        <source>Current version %1, effective %2</source>
        <translation>现行版本 %1，%2 起生效</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>内容为空：%1</translation>
    </message>
    <message>
        <source>%1: all %2 contents present</source>
        <translation>%1：%2 项必备内容齐全</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of 10 contents missing or empty</source>
        <translation>
            <numerusform>%1：10 项必备内容中有 %n 项缺失或为空</numerusform>
        </translation>
    </message>
    <message>
        <source>Current major version filed</source>
        <translation>现行重大版本已备案</translation>
    </message>
    <message>
        <source>Current version %1; filing required for %2</source>
        <translation>现行版本 %1；需备案的版本为 %2</translation>
    </message>
    <message>
        <source>%1 has not been filed with the regulator</source>
        <translation>%1 尚未向监管机构备案</translation>
    </message>
    <message>
        <source>Filed %1 with %2, receipt %3</source>
        <translation>%1 已向 %2 备案，回执编号 %3</translation>
    </message>
    <message>
        <source>%1 filed on %2</source>
        <translation>%1 已于 %2 备案</translation>
    </message>
    <message>
        <source>Plan reviewed within the period</source>
        <translation>预案已在周期内评估</translation>
    </message>
    <message>
        <source>Period %1 months (%2)</source>
        <translation>周期 %1 个月（%2）</translation>
    </message>
    <message>
        <source>The plan has never been reviewed</source>
        <translation>预案从未评估</translation>
    </message>
    <message>
        <source>Last review %1 by %2: %3</source>
        <translation>最近评估 %1，评估人 %2：%3</translation>
    </message>
    <message>
        <source>Last review %1; overdue since %2</source>
        <translation>最近评估 %1；自 %2 起已逾期</translation>
    </message>
    <message>
        <source>Last review %1; next due %2</source>
        <translation>最近评估 %1；下次评估截止 %2</translation>
    </message>
    <message>
        <source>Plan reviewed after each drill that asked for it</source>
        <translation>每次要求更新预案的演练后均已评估预案</translation>
    </message>
    <message>
        <source>Drill %1 (%2) asked for a plan update: reviewed %3</source>
        <translation>演练 %1（%2）要求更新预案：已于 %3 评估</translation>
    </message>
    <message>
        <source>Drill %1 (%2) asked for a plan update: no review yet%3</source>
        <translation>演练 %1（%2）要求更新预案：尚未评估%3</translation>
    </message>
    <message>
        <source>No completed drill asked for a plan update</source>
        <translation>没有已完成的演练要求更新预案</translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) asked for an update; all reviewed</source>
        <translation>
            <numerusform>%n 次演练要求更新预案；均已评估</numerusform>
        </translation>
    </message>
    <message>
        <source>No review after: %1</source>
        <translation>以下演练后未评估：%1</translation>
    </message>
    <message>
        <source>Each fault type has a procedure, a report flow and a notice template</source>
        <translation>每种故障类型均有处置流程、报告流程和通知模板</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>处置流程</translation>
    </message>
    <message>
        <source>report flow</source>
        <translation>报告流程</translation>
    </message>
    <message>
        <source>notice template</source>
        <translation>通知模板</translation>
    </message>
    <message>
        <source>%1: no %2</source>
        <translation>%1：缺少%2</translation>
    </message>
    <message numerus="yes">
        <source>All %n fault type(s) covered</source>
        <translation>
            <numerusform>全部 %n 种故障类型均已覆盖</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>不完整：%1</translation>
    </message>
    <message>
        <source>%1–%2 (%3, %4)</source>
        <translation>%1–%2（%3，%4）</translation>
    </message>
    <message>
        <source>Duty leader and IT lead covered 7×24 with backups</source>
        <translation>值班负责人和信息技术负责人 7×24 小时有人值班且有备岗</translation>
    </message>
    <message>
        <source>Looked at %1 – %2 (%3 days, %4), primary and backup</source>
        <translation>检查范围 %1 – %2（%3 天，%4），含主岗和备岗</translation>
    </message>
    <message>
        <source>Duty role missing: %1</source>
        <translation>缺少值班岗位：%1</translation>
    </message>
    <message>
        <source>, %1 on leave</source>
        <translation>，%1 请假</translation>
    </message>
    <message>
        <source>Gap %1</source>
        <translation>空缺 %1</translation>
    </message>
    <message>
        <source>%1: primary and backup covered</source>
        <translation>%1：主岗和备岗均已覆盖</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s), %1 h uncovered: %2</source>
        <translation>
            <numerusform>%n 处空缺，共 %1 小时无人值班：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Covered for %1 days; the rota has a gap from %2</source>
        <translation>%1 天内已覆盖；值班表自 %2 起有空缺</translation>
    </message>
    <message>
        <source>Both roles covered 7×24 with backups for the next %1 days</source>
        <translation>未来 %1 天两个岗位均 7×24 小时有人值班且有备岗</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>Between the items of a list of names in a readiness finding (zh: &quot;、&quot;).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <comment>findings separator</comment>
        <extracomment>Between two findings of one readiness check (zh: &quot;；&quot;).</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>No item in: %1</source>
        <translation>以下类别无任何物品：%1</translation>
    </message>
    <message>
        <source>nothing recorded in: %1</source>
        <translation>以下类别无记录：%1</translation>
    </message>
    <message>
        <source>Duty leader (值班负责人)</source>
        <translation>值班负责人</translation>
    </message>
    <message>
        <source>IT lead (信息技术负责人)</source>
        <translation>信息技术负责人</translation>
    </message>
    <message>
        <source>No duty role with the key %1: %2</source>
        <translation>没有键为 %1 的值班岗位：%2</translation>
    </message>
</context>
<context>
    <name>dd::ReadinessPeriods</name>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>%1: expected a whole number of days from %2 to %3 (the standard&apos;s value is %4), not %5.</source>
        <translation>%1：应为 %2 至 %3 之间的整数天数（标准规定值为 %4），而不是 %5。</translation>
    </message>
    <message>
        <source>%1: expected a whole number of months from %2 to %3 (the standard&apos;s value is %4), not %5.</source>
        <translation>%1：应为 %2 至 %3 之间的整数月数（标准规定值为 %4），而不是 %5。</translation>
    </message>
    <message>
        <source>%1: expected a whole number of years from %2 to %3 (the standard&apos;s value is %4), not %5.</source>
        <translation>%1：应为 %2 至 %3 之间的整数年数（标准规定值为 %4），而不是 %5。</translation>
    </message>
    <message>
        <source>%1: expected a whole number of days from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1：应为 %2 至 %3 之间的整数天数，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1: expected a whole number of months from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1：应为 %2 至 %3 之间的整数月数，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1: expected a whole number of years from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1：应为 %2 至 %3 之间的整数年数，而不是“%4”。</translation>
    </message>
    <message>
        <source>Handbook entries verified every</source>
        <translation>联络手册条目核实周期</translation>
    </message>
    <message>
        <source>Emergency plan reviewed every</source>
        <translation>应急预案评估周期</translation>
    </message>
    <message>
        <source>Roster covered ahead for</source>
        <translation>值班表须提前排满</translation>
    </message>
    <message>
        <source>Documents and backups checked every</source>
        <translation>技术资料和软件备份检查周期</translation>
    </message>
    <message>
        <source>Supplies stocktaken every</source>
        <translation>备品备件和应急物资盘点周期</translation>
    </message>
    <message>
        <source>Key posts trained every</source>
        <translation>关键岗位人员培训周期</translation>
    </message>
    <message>
        <source>Drill records kept for</source>
        <translation>演练记录保存期限</translation>
    </message>
    <message>
        <source>Warn this long before a period runs out</source>
        <translation>周期到期前提前提醒</translation>
    </message>
</context>
<context>
    <name>dd::ReportContext</name>
    <message>
        <source>Drill title</source>
        <translation>演练标题</translation>
    </message>
    <message>
        <source>Drill status</source>
        <translation>演练状态</translation>
    </message>
    <message>
        <source>Drill method (tabletop, functional, full-scale, switch-over)</source>
        <translation>演练方式（桌面推演、功能演练、实战演练、切换演练）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Content and scenario</source>
        <translation>内容和场景</translation>
    </message>
    <message>
        <source>Planned start (UTC+8)</source>
        <translation>计划开始时间（UTC+8）</translation>
    </message>
    <message>
        <source>Planned end (UTC+8)</source>
        <translation>计划结束时间（UTC+8）</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>准备工作</translation>
    </message>
    <message>
        <source>Statistics and recording requirements</source>
        <translation>统计和记录要求</translation>
    </message>
    <message>
        <source>System recovery and verification requirements</source>
        <translation>系统恢复和验证要求</translation>
    </message>
    <message>
        <source>Fault types exercised, in words</source>
        <translation>演练的故障类型（文字）</translation>
    </message>
    <message>
        <source>When the plan was approved (UTC+8)</source>
        <translation>方案批准时间（UTC+8）</translation>
    </message>
    <message>
        <source>Who approved the plan</source>
        <translation>方案批准人</translation>
    </message>
    <message>
        <source>Planned participants</source>
        <translation>计划参与人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Systems exercised with target and measured recovery times</source>
        <translation>演练系统及其目标恢复时间和实测恢复时间</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Target recovery time</source>
        <translation>目标恢复时间</translation>
    </message>
    <message>
        <source>Measured recovery time (empty: not measured)</source>
        <translation>实测恢复时间（为空表示未实测）</translation>
    </message>
    <message>
        <source>Set when the recovery time was measured</source>
        <translation>已实测恢复时间时为真</translation>
    </message>
    <message>
        <source>Set when the target was met</source>
        <translation>达到目标时为真</translation>
    </message>
    <message>
        <source>Actual start (UTC+8)</source>
        <translation>实际开始时间（UTC+8）</translation>
    </message>
    <message>
        <source>Actual end (UTC+8)</source>
        <translation>实际结束时间（UTC+8）</translation>
    </message>
    <message>
        <source>How long the drill took</source>
        <translation>演练用时</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Set when the person took part</source>
        <translation>该人员参加时为真</translation>
    </message>
    <message>
        <source>Role in the drill</source>
        <translation>在演练中的角色</translation>
    </message>
    <message>
        <source>Number of people present</source>
        <translation>出勤人数</translation>
    </message>
    <message>
        <source>Result (success, partly successful, failed)</source>
        <translation>结果（成功、部分成功、失败）</translation>
    </message>
    <message>
        <source>Result, in words</source>
        <translation>结果（文字）</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>What happened when, in order</source>
        <translation>按时间顺序的经过</translation>
    </message>
    <message>
        <source>Time (UTC+8)</source>
        <translation>时间（UTC+8）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Findings with their improvement actions</source>
        <translation>发现的问题及其整改措施</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Improvement actions of the finding</source>
        <translation>该问题的整改措施</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>措施状态</translation>
    </message>
    <message>
        <source>Evidence of completion</source>
        <translation>整改证据</translation>
    </message>
    <message>
        <source>Set when the action is past its due date</source>
        <translation>措施已超过截止日期时为真</translation>
    </message>
    <message>
        <source>The finding the action belongs to</source>
        <translation>措施所属的问题</translation>
    </message>
    <message>
        <source>The drill the action belongs to</source>
        <translation>措施所属的演练</translation>
    </message>
    <message>
        <source>Set when the closing question on the emergency plan was answered</source>
        <translation>已回答结束演练时关于应急预案的问题时为真</translation>
    </message>
    <message>
        <source>Set when the emergency plan needs an update</source>
        <translation>应急预案需要更新时为真</translation>
    </message>
    <message>
        <source>What in the emergency plan needs an update</source>
        <translation>应急预案中需要更新的内容</translation>
    </message>
    <message>
        <source>Files attached to the drill record</source>
        <translation>演练记录的附件</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>文件的 SHA-256</translation>
    </message>
    <message>
        <source>Drills held or planned in the year</source>
        <translation>该年度已举行或计划的演练</translation>
    </message>
    <message>
        <source>Drills completed in the year</source>
        <translation>该年度已完成的演练</translation>
    </message>
    <message>
        <source>Set when both half-years have a completed drill</source>
        <translation>上、下半年均有已完成的演练时为真</translation>
    </message>
    <message>
        <source>The year&apos;s drills (not cancelled), by start</source>
        <translation>该年度的演练（不含已取消的），按开始时间排序</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>Start: actual, else planned (UTC+8)</source>
        <translation>开始时间：实际时间，若无则为计划时间（UTC+8）</translation>
    </message>
    <message>
        <source>End: actual, else planned (UTC+8)</source>
        <translation>结束时间：实际时间，若无则为计划时间（UTC+8）</translation>
    </message>
    <message>
        <source>Fault types exercised</source>
        <translation>演练的故障类型</translation>
    </message>
    <message>
        <source>Number of people present (else planned)</source>
        <translation>出勤人数（若无则为计划人数）</translation>
    </message>
    <message>
        <source>Systems with measured against target recovery time</source>
        <translation>各系统的实测恢复时间与目标恢复时间对照</translation>
    </message>
    <message>
        <source>Set when every measured system met its target</source>
        <translation>所有已实测系统均达到目标时为真</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Number of findings</source>
        <translation>发现的问题数</translation>
    </message>
    <message>
        <source>Compliance per half-year (H1, H2)</source>
        <translation>各半年度合规情况（上半年、下半年）</translation>
    </message>
    <message>
        <source>Set when at least one drill was completed in the half-year</source>
        <translation>该半年度至少完成一次演练时为真</translation>
    </message>
    <message>
        <source>Completed drills, by title</source>
        <translation>已完成的演练，按标题排序</translation>
    </message>
    <message>
        <source>Approved drills not yet completed</source>
        <translation>已批准但尚未完成的演练</translation>
    </message>
    <message>
        <source>Findings of the year&apos;s drills</source>
        <translation>该年度演练发现的问题</translation>
    </message>
    <message>
        <source>Improvement actions still open</source>
        <translation>尚未完成的整改措施</translation>
    </message>
    <message>
        <source>Improvement actions past their due date</source>
        <translation>已超过截止日期的整改措施</translation>
    </message>
    <message>
        <source>Improvement actions of the year&apos;s drills</source>
        <translation>该年度演练的整改措施</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Training sessions in the year</source>
        <translation>该年度的培训场次</translation>
    </message>
    <message>
        <source>Training sessions in the year, by date</source>
        <translation>该年度的培训场次，按日期排序</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <source>Attendees, by name</source>
        <translation>参训人员，按姓名排序</translation>
    </message>
    <message>
        <source>Number of attendees</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <source>People in key posts (emergency organization, duty rotations)</source>
        <translation>关键岗位人员（应急组织体系、值班轮值）</translation>
    </message>
    <message>
        <source>Of those, trained within the 12 months before the year&apos;s end (today for the current year)</source>
        <translation>其中在年末（当年则为今天）前 12 个月内接受过培训的人员</translation>
    </message>
    <message>
        <source>Key people not trained within 12 months</source>
        <translation>12 个月内未接受培训的关键岗位人员</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 不是有效的年份。</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Institution type id (securities, futures…)</source>
        <translation>机构类型 id（securities、futures…）</translation>
    </message>
    <message>
        <source>Institution type, in words</source>
        <translation>机构类型（文字）</translation>
    </message>
    <message>
        <source>The regulator reports go to: the CSRC for core institutions, the local CSRC bureau for operating institutions</source>
        <translation>监管报告的报送对象：核心机构报中国证监会，经营机构报住所地证监局</translation>
    </message>
    <message>
        <source>Set for a core institution (exchange, clearing, infrastructure)</source>
        <translation>核心机构（交易所、结算机构、行业基础设施机构）时设置</translation>
    </message>
    <message>
        <source>When the report was generated (UTC+8)</source>
        <translation>报告生成时间（UTC+8）</translation>
    </message>
    <message>
        <source>Today&apos;s date, in words</source>
        <translation>今天的日期（文字形式）</translation>
    </message>
    <message>
        <source>The person signing: the signed-in operator</source>
        <translation>签发人：当前登录的操作员</translation>
    </message>
    <message>
        <source>Phone of the person signing</source>
        <translation>签发人电话</translation>
    </message>
    <message>
        <source>Set when the data is drill data (the report is an exercise)</source>
        <translation>数据为演练数据（报告为演练报告）时设置</translation>
    </message>
    <message>
        <source>The report language (zh_CN or en)</source>
        <translation>报告语言（zh_CN 或 en）</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>事件标题</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Set while it is a warning (or a lifted one)</source>
        <translation>处于预警（或已解除预警）状态时设置</translation>
    </message>
    <message>
        <source>Fault type</source>
        <translation>故障类型</translation>
    </message>
    <message>
        <source>Fault type id</source>
        <translation>故障类型标识</translation>
    </message>
    <message>
        <source>Affected systems</source>
        <translation>受影响系统</translation>
    </message>
    <message>
        <source>Description of what happened</source>
        <translation>事件经过描述</translation>
    </message>
    <message>
        <source>When it was detected (UTC+8)</source>
        <translation>发现时间（UTC+8）</translation>
    </message>
    <message>
        <source>When it started (UTC+8)</source>
        <translation>发生时间（UTC+8）</translation>
    </message>
    <message>
        <source>When service was recovered; empty while down</source>
        <translation>服务恢复时间；中断期间为空</translation>
    </message>
    <message>
        <source>Set once service is recovered</source>
        <translation>服务恢复后设置</translation>
    </message>
    <message>
        <source>When it was closed; empty while open</source>
        <translation>关闭时间；未关闭时为空</translation>
    </message>
    <message>
        <source>How long service was affected (so far, while still down)</source>
        <translation>服务受影响时长（仍在中断时为截至目前的时长）</translation>
    </message>
    <message>
        <source>The part of the outage in trading hours</source>
        <translation>中断时间中处于交易时段的部分</translation>
    </message>
    <message>
        <source>Set when the outage touched trading hours</source>
        <translation>中断涉及交易时段时设置</translation>
    </message>
    <message>
        <source>Class of the system (1–5, 5 highest)</source>
        <translation>系统等级（1–5，5 为最高）</translation>
    </message>
    <message>
        <source>Number of customers affected</source>
        <translation>受影响客户数量</translation>
    </message>
    <message>
        <source>Share of customers or units affected</source>
        <translation>受影响客户或单位的比例</translation>
    </message>
    <message>
        <source>Number of records leaked</source>
        <translation>泄露记录数量</translation>
    </message>
    <message>
        <source>Direct economic loss</source>
        <translation>直接经济损失</translation>
    </message>
    <message>
        <source>Market scope id (whole_market…)</source>
        <translation>市场范围标识（whole_market…）</translation>
    </message>
    <message>
        <source>Set when the regulator has been told</source>
        <translation>已向监管机构报告时设置</translation>
    </message>
    <message>
        <source>Cause, as far as known</source>
        <translation>原因（就目前所知）</translation>
    </message>
    <message>
        <source>Set when the cause is established</source>
        <translation>原因查明后设置</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Rectification and follow-up</source>
        <translation>整改及后续工作</translation>
    </message>
    <message>
        <source>Grade name as of now</source>
        <translation>当前级别名称</translation>
    </message>
    <message>
        <source>Grade id: I, II, III, IV or none</source>
        <translation>级别标识：I、II、III、IV 或 none</translation>
    </message>
    <message>
        <source>Set when the incident reaches a grade</source>
        <translation>事件达到某一级别时设置</translation>
    </message>
    <message>
        <source>Rule set that graded it</source>
        <translation>定级所用的定级规则集</translation>
    </message>
    <message>
        <source>The rules that set the grade</source>
        <translation>确定级别的规则</translation>
    </message>
    <message>
        <source>What the rule says</source>
        <translation>规则内容</translation>
    </message>
    <message>
        <source>The grade the rule gives</source>
        <translation>规则对应的级别</translation>
    </message>
    <message>
        <source>Where the rule comes from</source>
        <translation>规则出处</translation>
    </message>
    <message>
        <source>The facts that made the rule match</source>
        <translation>使规则匹配的事实</translation>
    </message>
    <message>
        <source>When the grade rises next if nothing changes; empty if never</source>
        <translation>情况不变时下次升级的时间；不会升级时为空</translation>
    </message>
    <message>
        <source>Timeline, oldest first</source>
        <translation>时间线，按时间先后排列</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生的情况</translation>
    </message>
    <message>
        <source>Handling measures: notes, procedure steps and measures on the timeline, oldest first</source>
        <translation>处置措施：时间线上的备注、处置步骤和措施，按时间先后排列</translation>
    </message>
    <message>
        <source>The measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Reports owed under the rule set</source>
        <translation>按定级规则集应报送的报告</translation>
    </message>
    <message>
        <source>Report and recipient</source>
        <translation>报告及报送对象</translation>
    </message>
    <message>
        <source>Report form</source>
        <translation>报告形式</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>Due time (UTC+8); empty while pending</source>
        <translation>截止时间（UTC+8）；待定时为空</translation>
    </message>
    <message>
        <source>When it was submitted</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>Set when overdue or submitted late</source>
        <translation>已逾期或逾期报送时设置</translation>
    </message>
    <message>
        <source>Reports submitted so far</source>
        <translation>已报送的报告</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>Who is on duty now, per duty role</source>
        <translation>各值班岗位的当前值班人员</translation>
    </message>
    <message>
        <source>Duty role</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>Person on duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Phone of the person on duty</source>
        <translation>值班人员电话</translation>
    </message>
    <message>
        <source>Backup person</source>
        <translation>备岗人员</translation>
    </message>
    <message>
        <source>Phone of the backup</source>
        <translation>备岗人员电话</translation>
    </message>
    <message>
        <source>Chair of the emergency decision body</source>
        <translation>应急指挥决策机构负责人</translation>
    </message>
    <message>
        <source>Chair&apos;s position in the decision body</source>
        <translation>负责人在指挥决策机构中的岗位</translation>
    </message>
    <message>
        <source>Chair&apos;s phone</source>
        <translation>负责人电话</translation>
    </message>
    <message>
        <source>Members of the emergency decision body</source>
        <translation>应急指挥决策机构成员</translation>
    </message>
    <message>
        <source>Position in the body</source>
        <translation>在机构中的岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notification contacts known to the regulator (primary, backup)</source>
        <translation>监管机构掌握的通报联络人（主岗、备岗）</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Set for the primary contact</source>
        <translation>主岗联络人时设置</translation>
    </message>
    <message>
        <source>Number of the next handbook distribution</source>
        <translation>联络手册下次分发的编号</translation>
    </message>
    <message>
        <source>Handbook date</source>
        <translation>联络手册日期</translation>
    </message>
    <message>
        <source>Units in the handbook</source>
        <translation>联络手册中的单位</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Unit phone</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <source>People in the handbook</source>
        <translation>联络手册中的人员</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Best phone (duty line, mobile, office)</source>
        <translation>首选电话（值班电话、手机、办公电话）</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Notification contacts (primary, backup)</source>
        <translation>通报联络人（主岗、备岗）</translation>
    </message>
    <message>
        <source>Changes since the last distribution, oldest first</source>
        <translation>自上次分发以来的变更，按时间先后排列</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Who changed it</source>
        <translation>变更人</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Set when anything changed</source>
        <translation>有任何变更时设置</translation>
    </message>
    <message>
        <source>One notice per unit concerned by the changes</source>
        <translation>每个涉及变更的单位一份通知</translation>
    </message>
    <message>
        <source>Unit told</source>
        <translation>通知单位</translation>
    </message>
    <message>
        <source>The changes this unit is told about</source>
        <translation>向该单位通知的变更</translation>
    </message>
    <message>
        <source>Whom the unit contacts now: notification contacts and our contact for each of its agreements</source>
        <translation>该单位现在的联系对象：通报联络人，以及其各项协议对应的我方联系人</translation>
    </message>
    <message>
        <source>Why to contact them (notification contact, agreement)</source>
        <translation>联系原因（通报联络人、协议）</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Incidents detected in the year</source>
        <translation>本年度发现的事件</translation>
    </message>
    <message>
        <source>The year&apos;s incidents (drills excluded)</source>
        <translation>本年度的事件（不含演练）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <source>Number of incidents per grade</source>
        <translation>各级别事件数量</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reports owed in the year&apos;s incidents</source>
        <translation>本年度事件应报送的报告</translation>
    </message>
    <message>
        <source>Reports submitted on time</source>
        <translation>按时报送的报告</translation>
    </message>
    <message>
        <source>Reports submitted late</source>
        <translation>逾期报送的报告</translation>
    </message>
    <message>
        <source>Reports still owed past their due time</source>
        <translation>已过截止时间仍未报送的报告</translation>
    </message>
    <message>
        <source>Reports waived</source>
        <translation>已豁免的报告</translation>
    </message>
    <message>
        <source>%1 is not a day written as yyyymmdd.</source>
        <translation>%1 不是 yyyymmdd 格式的日期。</translation>
    </message>
    <message>
        <source>Check id</source>
        <translation>检查项标识</translation>
    </message>
    <message>
        <source>What the check asks</source>
        <translation>检查项要求</translation>
    </message>
    <message>
        <source>Status, in words</source>
        <translation>状态（文字形式）</translation>
    </message>
    <message>
        <source>Set when the check fails</source>
        <translation>检查项不满足时设置</translation>
    </message>
    <message>
        <source>Set when the check is due soon</source>
        <translation>检查项即将到期时设置</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>检查发现的情况</translation>
    </message>
    <message>
        <source>The clause, quoted short</source>
        <translation>条款（简要引用）</translation>
    </message>
    <message>
        <source>Where the clause is</source>
        <translation>条款出处</translation>
    </message>
    <message>
        <source>The day its period runs out; may be empty</source>
        <translation>周期届满日；可能为空</translation>
    </message>
    <message>
        <source>What the check looked at, in one line</source>
        <translation>检查范围（一行）</translation>
    </message>
    <message>
        <source>The day the checks were evaluated, in words</source>
        <translation>检查日期（文字形式）</translation>
    </message>
    <message>
        <source>Month of that day</source>
        <translation>检查日期所在月份</translation>
    </message>
    <message>
        <source>Percentage of applicable checks not failing</source>
        <translation>适用检查项中满足或即将到期的百分比</translation>
    </message>
    <message>
        <source>Number of checks</source>
        <translation>检查项数量</translation>
    </message>
    <message>
        <source>Number of failing checks</source>
        <translation>不满足的检查项数量</translation>
    </message>
    <message>
        <source>Number of checks due soon</source>
        <translation>即将到期的检查项数量</translation>
    </message>
    <message>
        <source>Number of checks met</source>
        <translation>满足的检查项数量</translation>
    </message>
    <message>
        <source>Number of checks not applicable</source>
        <translation>不适用的检查项数量</translation>
    </message>
    <message>
        <source>Set when no check fails</source>
        <translation>没有不满足的检查项时设置</translation>
    </message>
    <message>
        <source>Set when a check is due soon</source>
        <translation>有检查项即将到期时设置</translation>
    </message>
    <message>
        <source>The failing checks (fields as in checks)</source>
        <translation>不满足的检查项（字段同 checks）</translation>
    </message>
    <message>
        <source>The checks due soon (fields as in checks)</source>
        <translation>即将到期的检查项（字段同 checks）</translation>
    </message>
    <message>
        <source>Check groups, the worst first</source>
        <translation>检查项分组，问题最严重的在前</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>The group&apos;s checks, failing first</source>
        <translation>该分组的检查项，不满足的在前</translation>
    </message>
</context>
<context>
    <name>dd::ReportEngine</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: the template must start with its header, a comment beginning with “{{!”.</source>
        <translation>%1：模板必须以模板头开始，即以“{{!”开头的注释。</translation>
    </message>
    <message>
        <source>%1: the header comment is not closed with “}}”.</source>
        <translation>%1：模板头注释未以“}}”结束。</translation>
    </message>
    <message>
        <source>%1: expected “key: value” in the header, found “%2”.</source>
        <translation>%1：模板头中应为“key: value”格式，实际为“%2”。</translation>
    </message>
    <message>
        <source>%1: unknown header field “%2” (expected one of: %3).</source>
        <translation>%1：未知的模板头字段“%2”（应为以下之一：%3）。</translation>
    </message>
    <message>
        <source>%1: header field “%2” is given twice.</source>
        <translation>%1：模板头字段“%2”重复出现。</translation>
    </message>
    <message>
        <source>%1: id: “%2” is not a valid template id (lower-case letters, digits and “_”, at most 64).</source>
        <translation>%1：id：“%2”不是有效的模板标识（仅限小写字母、数字和“_”，最多 64 个字符）。</translation>
    </message>
    <message>
        <source>%1: kind: unknown kind “%2” (expected regulator_report, notice, investor_notice, drill, handbook or internal).</source>
        <translation>%1：kind：未知类型“%2”（应为 regulator_report、notice、investor_notice、drill、handbook 或 internal）。</translation>
    </message>
    <message>
        <source>%1: context: unknown context “%2” (expected incident, drill, year or handbook).</source>
        <translation>%1：context：未知数据上下文“%2”（应为 incident、drill、year 或 handbook）。</translation>
    </message>
    <message>
        <source>%1: outputs: unknown output “%2” (expected pdf, odt, html or txt).</source>
        <translation>%1：outputs：未知输出格式“%2”（应为 pdf、odt、html 或 txt）。</translation>
    </message>
    <message>
        <source>%1: outputs: name at least one of pdf, odt, html, txt.</source>
        <translation>%1：outputs：请至少指定 pdf、odt、html、txt 之一。</translation>
    </message>
    <message>
        <source>%1: format: unknown format “%2” (expected markdown or html).</source>
        <translation>%1：format：未知格式“%2”（应为 markdown 或 html）。</translation>
    </message>
    <message>
        <source>%1: language: unknown language “%2” (expected zh_CN or en).</source>
        <translation>%1：language：未知语言“%2”（应为 zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>%1: forms: unknown report form “%2”.</source>
        <translation>%1：forms：未知报告形式“%2”。</translation>
    </message>
    <message>
        <source>%1: fault_types: unknown fault type “%2” (expected %3).</source>
        <translation>%1：fault_types：未知故障类型“%2”（应为 %3）。</translation>
    </message>
    <message>
        <source>%1: the header has no field “%2”.</source>
        <translation>%1：模板头中没有字段“%2”。</translation>
    </message>
    <message>
        <source>%1: title_zh and title_en are both empty: give the template a title.</source>
        <translation>%1：title_zh 和 title_en 均为空：请为模板指定标题。</translation>
    </message>
    <message>
        <source>Template “%1” cannot be used: %2</source>
        <translation>模板“%1”无法使用：%2</translation>
    </message>
    <message>
        <source>Template “%1”: %2</source>
        <translation>模板“%1”：%2</translation>
    </message>
    <message>
        <source>Template “%1” left a tag unresolved in its output.</source>
        <translation>模板“%1”的输出中有未解析的标签。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the tag is not closed with “}}”</source>
        <translation>标签未以“}}”结束</translation>
    </message>
    <message>
        <source>partials ({{&gt;%1}}) are not supported: copy the text into the template</source>
        <translation>不支持局部模板（{{&gt;%1}}）：请将其文本复制到模板中</translation>
    </message>
    <message>
        <source>changing the delimiters ({{=…=}}) is not supported</source>
        <translation>不支持更改分隔符（{{=…=}}）</translation>
    </message>
    <message>
        <source>empty tag</source>
        <translation>空标签</translation>
    </message>
    <message>
        <source>“{{.}}” is only valid inside a section</source>
        <translation>“{{.}}”只能在区块内使用</translation>
    </message>
    <message>
        <source>the entries of “%1” are not text: name one of their fields, such as “%2”</source>
        <translation>“%1”的条目不是文本：请指定其某个字段，例如“%2”</translation>
    </message>
    <message>
        <source>“%1” is a list: use it as a section, {{#%1}}…{{/%1}}</source>
        <translation>“%1”是列表：请将其用作区块，{{#%1}}…{{/%1}}</translation>
    </message>
    <message>
        <source>“%1” is a yes/no flag: use it as a section, {{#%1}}…{{/%1}} or {{^%1}}…{{/%1}}</source>
        <translation>“%1”是是/否标志：请将其用作区块，{{#%1}}…{{/%1}} 或 {{^%1}}…{{/%1}}</translation>
    </message>
    <message>
        <source>“%1” is a group of variables: name one of its fields, such as “%2”</source>
        <translation>“%1”是一组变量：请指定其某个字段，例如“%2”</translation>
    </message>
    <message>
        <source>unknown variable “%1” (the %2 context has no such variable)</source>
        <translation>未知变量“%1”（%2 数据上下文中没有此变量）</translation>
    </message>
    <message>
        <source>closing tag “{{/%1}}” has no open section</source>
        <translation>结束标签“{{/%1}}”没有对应的已打开区块</translation>
    </message>
    <message>
        <source>closing tag “{{/%1}}” does not match the open section “%2” (opened on line %3)</source>
        <translation>结束标签“{{/%1}}”与已打开的区块“%2”（第 %3 行打开）不匹配</translation>
    </message>
    <message>
        <source>line %1: section “%2” is not closed</source>
        <translation>第 %1 行：区块“%2”未结束</translation>
    </message>
</context>
<context>
    <name>dd::ReportTemplate</name>
    <message>
        <source>Report to the regulator</source>
        <translation>监管报告</translation>
    </message>
    <message>
        <source>Notice and agreed wording</source>
        <translation>通知及统一解释口径</translation>
    </message>
    <message>
        <source>Notice to investors</source>
        <translation>投资者公告</translation>
    </message>
    <message>
        <source>Drill document</source>
        <translation>演练文档</translation>
    </message>
    <message>
        <source>Contact handbook</source>
        <translation>应急处置联络手册</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument 文本</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Readiness as of a day</source>
        <translation>截至某日的合规自查</translation>
    </message>
</context>
<context>
    <name>dd::ReportWriter</name>
    <message>
        <source>No file name given for the report.</source>
        <translation>未指定报告的文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>演练 DRILL</source>
        <translation>演练 DRILL</translation>
    </message>
    <message>
        <source>Cannot write %1: the OpenDocument writer failed.</source>
        <translation>无法写入 %1：OpenDocument 写入程序出错。</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown output form.</source>
        <translation>无法写入 %1：未知的输出格式。</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its extension: expected .pdf, .odt, .html, .htm or .txt.</source>
        <translation>无法根据扩展名判断 %1 的格式：应为 .pdf、.odt、.html、.htm 或 .txt。</translation>
    </message>
</context>
<context>
    <name>dd::Role</name>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <source>Duty leader</source>
        <translation>值班负责人</translation>
    </message>
    <message>
        <source>IT lead</source>
        <translation>信息技术负责人</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
</context>
<context>
    <name>dd::RosterExport</name>
    <message>
        <source>Gap %1–%2</source>
        <translation>空缺 %1–%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>岗位 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1：文件夹不存在。</translation>
    </message>
    <message>
        <source>%1: cannot create the file.</source>
        <translation>%1：无法创建文件。</translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation>值班表 %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>%1: the spreadsheet could not be written (%2).</source>
        <translation>%1：无法写入电子表格（%2）。</translation>
    </message>
    <message>
        <source>%1: the existing file could not be replaced.</source>
        <translation>%1：无法替换现有文件。</translation>
    </message>
    <message>
        <source>%1: the spreadsheet could not be moved into place.</source>
        <translation>%1：无法将电子表格移到目标位置。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>dd::RosterJson</name>
    <message>
        <source>expected &quot;%1&quot; (this is not a DutyDesk roster file)</source>
        <translation>应为 &quot;%1&quot;（这不是应急值守台值班表文件）</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already used by %2</source>
        <translation>键 &quot;%1&quot; 已被 %2 使用</translation>
    </message>
    <message>
        <source>expected a key of lowercase letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>应为以小写字母开头、由小写字母、数字和 &apos;_&apos; 组成的键</translation>
    </message>
    <message>
        <source>expected &quot;24x7&quot;, &quot;trading_days&quot; or &quot;business_hours&quot;</source>
        <translation>应为 &quot;24x7&quot;、&quot;trading_days&quot; 或 &quot;business_hours&quot;</translation>
    </message>
    <message>
        <source>expected a date after start_date (the end is exclusive)</source>
        <translation>应为晚于 start_date 的日期（结束日期本身不包含在内）</translation>
    </message>
    <message>
        <source>a person cannot replace themselves</source>
        <translation>替班人员不能是被替班人员本人</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>expected the key of a duty role, such as &quot;duty_leader&quot;</source>
        <translation>应为值班岗位的键，例如 &quot;duty_leader&quot;</translation>
    </message>
    <message>
        <source>unknown duty role &quot;%1&quot; (not in &quot;roles&quot; nor in the database)</source>
        <translation>未知的值班岗位 &quot;%1&quot;（既不在 &quot;roles&quot; 中，也不在数据库中）</translation>
    </message>
    <message>
        <source>expected &quot;primary&quot; or &quot;backup&quot;</source>
        <translation>应为 &quot;primary&quot; 或 &quot;backup&quot;</translation>
    </message>
    <message>
        <source>expected a person: {&quot;id&quot;: 12, &quot;name&quot;: &quot;张伟&quot;}</source>
        <translation>应为人员：{&quot;id&quot;: 12, &quot;name&quot;: &quot;张伟&quot;}</translation>
    </message>
    <message>
        <source>expected a person&apos;s id or name</source>
        <translation>应为人员的 id 或姓名</translation>
    </message>
    <message>
        <source>the person &quot;%1&quot; needs an id here</source>
        <translation>人员 &quot;%1&quot; 在此处须指定 id</translation>
    </message>
    <message>
        <source>there is no person with id %1 in the contacts</source>
        <translation>联系人中没有 id 为 %1 的人员</translation>
    </message>
    <message>
        <source>there is no person with id %1 or named &quot;%2&quot; in the contacts</source>
        <translation>联系人中没有 id 为 %1 或名为 &quot;%2&quot; 的人员</translation>
    </message>
    <message>
        <source>there is no person named &quot;%1&quot; in the contacts</source>
        <translation>联系人中没有名为 &quot;%1&quot; 的人员</translation>
    </message>
    <message>
        <source>%1 people are named &quot;%2&quot;; give the id</source>
        <translation>有 %1 人名为 &quot;%2&quot;；请指定 id</translation>
    </message>
    <message>
        <source>required key is missing (or give &quot;minutes&quot;)</source>
        <translation>缺少必需的键（或指定 &quot;minutes&quot;）</translation>
    </message>
    <message>
        <source>expected a length of more than 0, in whole minutes</source>
        <translation>应为大于 0 的时长，以整分钟计</translation>
    </message>
    <message>
        <source>expected &quot;shifts&quot;, &quot;daily&quot; or &quot;weekly&quot;</source>
        <translation>应为 &quot;shifts&quot;、&quot;daily&quot; 或 &quot;weekly&quot;</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a time after the start</source>
        <translation>应为晚于开始时间的时间</translation>
    </message>
</context>
<context>
    <name>dd::RosterRepository</name>
    <message>
        <source>roles[%1]: the role &quot;%2&quot; has id %3 here, not %4.</source>
        <translation>roles[%1]：岗位 &quot;%2&quot; 在此处的 id 为 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>roles[%1]: there is no duty role with id %2.</source>
        <translation>roles[%1]：不存在 id 为 %2 的值班岗位。</translation>
    </message>
    <message>
        <source>%1: there is no duty role with id %2.</source>
        <translation>%1：不存在 id 为 %2 的值班岗位。</translation>
    </message>
    <message>
        <source>Role: there is no duty role with id %1.</source>
        <translation>岗位：不存在 id 为 %1 的值班岗位。</translation>
    </message>
    <message>
        <source>%1: there is no person with id %2 in the contacts.</source>
        <translation>%1：联系人中没有 id 为 %2 的人员。</translation>
    </message>
    <message>
        <source>There is no duty role with id %1.</source>
        <translation>不存在 id 为 %1 的值班岗位。</translation>
    </message>
    <message>
        <source>There is no duty role &quot;%1&quot;.</source>
        <translation>不存在值班岗位“%1”。</translation>
    </message>
    <message>
        <source>Key: the built-in role &quot;%1&quot; keeps its key.</source>
        <translation>键：内置岗位“%1”的键不能修改。</translation>
    </message>
    <message>
        <source>Key: another duty role already uses &quot;%1&quot;.</source>
        <translation>键：已有其他值班岗位使用“%1”。</translation>
    </message>
    <message>
        <source>The built-in duty role &quot;%1&quot; cannot be removed.</source>
        <translation>内置值班岗位“%1”不能删除。</translation>
    </message>
    <message>
        <source>The duty role &quot;%1&quot; is used by rotations, overrides, swaps or handover records; remove those first.</source>
        <translation>值班岗位“%1”已被轮值、临时替班、换班或交接班记录使用；请先删除这些记录。</translation>
    </message>
    <message>
        <source>The duty role &quot;%1&quot; is a level of the escalation policy &quot;%2&quot;.</source>
        <translation>值班岗位“%1”是升级策略“%2”中的一个层级。</translation>
    </message>
    <message>
        <source>There is no rotation with id %1.</source>
        <translation>不存在 id 为 %1 的轮值。</translation>
    </message>
    <message>
        <source>Members, %1</source>
        <translation>成员，第 %1 位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>被替班人员</translation>
    </message>
    <message>
        <source>Overrides of a swap are made by approving the swap.</source>
        <translation>换班对应的临时替班须通过批准换班生成。</translation>
    </message>
    <message>
        <source>There is no override with id %1.</source>
        <translation>不存在 id 为 %1 的临时替班。</translation>
    </message>
    <message>
        <source>This override was made by swap %1; cancel the swap instead.</source>
        <translation>此临时替班由换班 %1 生成；请改为取消该换班。</translation>
    </message>
    <message>
        <source>There is no leave entry with id %1.</source>
        <translation>不存在 id 为 %1 的请假记录。</translation>
    </message>
    <message>
        <source>There is no swap with id %1.</source>
        <translation>不存在 id 为 %1 的换班。</translation>
    </message>
    <message>
        <source>Role: choose the duty role of the shift.</source>
        <translation>岗位：请选择该班次的值班岗位。</translation>
    </message>
    <message>
        <source>People: choose who gives the shift away and who takes it.</source>
        <translation>人员：请选择让出班次的人和接班的人。</translation>
    </message>
    <message>
        <source>People: a person cannot swap with themselves.</source>
        <translation>人员：不能与自己换班。</translation>
    </message>
    <message>
        <source>Shift given: enter a start and a later end.</source>
        <translation>让出的班次：请填写开始时间和更晚的结束时间。</translation>
    </message>
    <message>
        <source>Shift taken back: enter a start and a later end, or neither.</source>
        <translation>换回的班次：请填写开始时间和更晚的结束时间，或两者都不填。</translation>
    </message>
    <message>
        <source>Shift taken back: it overlaps the shift given away.</source>
        <translation>换回的班次：与让出的班次重叠。</translation>
    </message>
    <message>
        <source>Shift given: it has already ended.</source>
        <translation>让出的班次：该班次已经结束。</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>换班对象</translation>
    </message>
    <message>
        <source>Only the person giving the shift away, or a duty leader for them, can request a swap.</source>
        <translation>只有让出班次的本人，或代其操作的值班负责人，才能申请换班。</translation>
    </message>
    <message>
        <source>Swap %1 was changed meanwhile; reload and try again.</source>
        <translation>换班申请 %1 已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Swap %1</source>
        <translation>换班 %1</translation>
    </message>
    <message>
        <source>Swap %1 is %2; only a requested swap can be accepted.</source>
        <translation>换班申请 %1 的状态为“%2”；只有已申请的换班才能接受。</translation>
    </message>
    <message>
        <source>Swap %1: the shift has already ended.</source>
        <translation>换班申请 %1：该班次已经结束。</translation>
    </message>
    <message>
        <source>Only %1 can accept swap %2 (signed in as themselves); a duty leader may record it only for people without a sign-in.</source>
        <translation>只有 %1 本人（以自己的账户登录）才能接受换班申请 %2；值班负责人只能为没有登录账户的人员代为登记。</translation>
    </message>
    <message>
        <source>%1 may not approve swaps: that needs a duty leader or an approver.</source>
        <translation>%1 无权批准换班：此操作需要值班负责人或审批人。</translation>
    </message>
    <message>
        <source>Swap %1 is %2; only an accepted swap can be approved.</source>
        <translation>换班申请 %1 的状态为“%2”；只有已接受的换班才能批准。</translation>
    </message>
    <message>
        <source>Swap %1: a person taking part in the swap cannot approve it; ask another duty leader.</source>
        <translation>换班申请 %1：参与换班的人员不能批准该换班，请联系其他值班负责人。</translation>
    </message>
    <message>
        <source>Swap %1 is %2; it can no longer be rejected.</source>
        <translation>换班申请 %1 的状态为“%2”，已无法拒绝。</translation>
    </message>
    <message>
        <source>Only the counterpart or a duty leader can reject swap %1.</source>
        <translation>只有换班对象或值班负责人才能拒绝换班申请 %1。</translation>
    </message>
    <message>
        <source>Swap %1 is already %2.</source>
        <translation>换班申请 %1 已经是“%2”状态。</translation>
    </message>
    <message>
        <source>Swap %1 is already applied; only a duty leader can cancel it.</source>
        <translation>换班申请 %1 已生效，只有值班负责人才能取消。</translation>
    </message>
    <message>
        <source>Only the requester or a duty leader can cancel swap %1.</source>
        <translation>只有申请人或值班负责人才能取消换班申请 %1。</translation>
    </message>
    <message>
        <source>Time: enter when the shift changed.</source>
        <translation>时间：请填写交接班的时间。</translation>
    </message>
    <message>
        <source>People: name the outgoing or the incoming person.</source>
        <translation>人员：请指定交班人或接班人。</translation>
    </message>
    <message>
        <source>People: the outgoing and the incoming person must differ.</source>
        <translation>人员：交班人与接班人不能是同一人。</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>leave kind: note</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The rotation #%1</source>
        <translation>轮值 #%1</translation>
    </message>
</context>
<context>
    <name>dd::RosterTypes</name>
    <message>
        <source>7×24</source>
        <translation>7×24 小时</translation>
    </message>
    <message>
        <source>Trading days</source>
        <translation>交易日</translation>
    </message>
    <message>
        <source>Business hours (08:30–17:30)</source>
        <translation>工作时间（08:30–17:30）</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主岗</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗</translation>
    </message>
    <message>
        <source>%1.handoff: expected a time of day such as &quot;08:30&quot;</source>
        <translation>%1.handoff：应为一天中的时刻，例如 &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>%1.weekday: expected a weekday number 1 (Monday) to 7 (Sunday)</source>
        <translation>%1.weekday：应为表示星期的数字，1（周一）至 7（周日）</translation>
    </message>
    <message>
        <source>%1.kind: expected &quot;shifts&quot;, &quot;daily&quot; or &quot;weekly&quot;</source>
        <translation>%1.kind：应为 &quot;shifts&quot;、&quot;daily&quot; 或 &quot;weekly&quot;</translation>
    </message>
    <message>
        <source>%1.shifts: expected a non-empty array of shifts</source>
        <translation>%1.shifts：应为非空的班次数组</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;start&quot; and &quot;hours&quot;</source>
        <translation>%1：应为包含 &quot;start&quot; 和 &quot;hours&quot; 的对象</translation>
    </message>
    <message>
        <source>%1.start: expected a time of day such as &quot;08:30&quot;</source>
        <translation>%1.start：应为一天中的时刻，例如 &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>%1.hours: expected a length between 1 minute and 24 hours</source>
        <translation>%1.hours：时长应在 1 分钟至 24 小时之间</translation>
    </message>
    <message>
        <source>%1.start: shifts must follow each other through the day without overlapping (this one starts before the previous one ends)</source>
        <translation>%1.start：一天内的各班次须依次衔接、不得重叠（此班次在上一班次结束前就开始了）</translation>
    </message>
    <message>
        <source>%1.hours: the shifts of one day must not add up to more than 24 hours from the first shift&apos;s start</source>
        <translation>%1.hours：一天内各班次自第一个班次开始起累计不得超过 24 小时</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>dd::RosterValidation</name>
    <message>
        <source>a shift pattern needs at least one shift</source>
        <translation>排班模式至少需要一个班次</translation>
    </message>
    <message>
        <source>shift %1 needs a start time HH:MM</source>
        <translation>班次 %1 需要 HH:MM 格式的开始时间</translation>
    </message>
    <message>
        <source>shift %1 must last more than 0 and at most 24 hours</source>
        <translation>班次 %1 的时长必须大于 0 且不超过 24 小时</translation>
    </message>
    <message>
        <source>shift %1 starts at %2, before the previous shift ends; shifts must follow each other through the day</source>
        <translation>班次 %1 于 %2 开始，早于上一班次的结束时间；一天内的各班次须依次衔接</translation>
    </message>
    <message>
        <source>the shifts add up to more than 24 hours from the first shift&apos;s start</source>
        <translation>各班次自第一个班次开始起累计超过 24 小时</translation>
    </message>
    <message>
        <source>the handoff weekday must be 1 (Monday) to 7 (Sunday)</source>
        <translation>交接日必须为 1（周一）至 7（周日）</translation>
    </message>
    <message>
        <source>the handoff needs a time HH:MM</source>
        <translation>交接时间须为 HH:MM 格式</translation>
    </message>
    <message>
        <source>unknown kind of pattern</source>
        <translation>未知的排班模式类型</translation>
    </message>
    <message>
        <source>Key: use lowercase letters, digits and &apos;_&apos;, starting with a letter (got &quot;%1&quot;).</source>
        <translation>标识：请使用小写字母、数字和 &apos;_&apos;，并以字母开头（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Name: give the duty role a name.</source>
        <translation>名称：请为值班岗位命名。</translation>
    </message>
    <message>
        <source>Role: choose the duty role the rotation fills.</source>
        <translation>岗位：请选择此轮值所承担的值班岗位。</translation>
    </message>
    <message>
        <source>Layer: use a whole number from 1 to 99 (higher wins).</source>
        <translation>层级：请使用 1 至 99 之间的整数（数值大者优先）。</translation>
    </message>
    <message>
        <source>Pattern: %1.</source>
        <translation>排班模式：%1。</translation>
    </message>
    <message>
        <source>Start date: enter the date of the first shift.</source>
        <translation>开始日期：请填写第一个班次的日期。</translation>
    </message>
    <message>
        <source>End date: must be after the start date %1 (or empty for open-ended).</source>
        <translation>结束日期：必须晚于开始日期 %1（不设结束日期则留空）。</translation>
    </message>
    <message>
        <source>Members: a rotation needs at least one person.</source>
        <translation>成员：轮值至少需要一名人员。</translation>
    </message>
    <message>
        <source>Members: every member must be a person from the contacts.</source>
        <translation>成员：每名成员都必须是联系人中的人员。</translation>
    </message>
    <message>
        <source>Role: choose the duty role.</source>
        <translation>岗位：请选择值班岗位。</translation>
    </message>
    <message>
        <source>Person: choose who takes the slot.</source>
        <translation>人员：请选择由谁接替该岗位。</translation>
    </message>
    <message>
        <source>Replaces: a person cannot replace themselves.</source>
        <translation>被替班人：不能替自己值班。</translation>
    </message>
    <message>
        <source>Time: enter the start and the end.</source>
        <translation>时间：请填写开始和结束时间。</translation>
    </message>
    <message>
        <source>Time: the end must be after the start.</source>
        <translation>时间：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Person: choose who is away.</source>
        <translation>人员：请选择不在岗的人员。</translation>
    </message>
    <message>
        <source>Kind: expected one of %1 (got &quot;%2&quot;).</source>
        <translation>类型：应为 %1 之一（当前为“%2”）。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>无法到岗</translation>
    </message>
</context>
<context>
    <name>dd::RuleSet</name>
    <message>
        <source>expected an id of lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>应为由小写字母、数字、&apos;_&apos;、&apos;-&apos; 和 &apos;.&apos; 组成的标识符</translation>
    </message>
    <message>
        <source>unknown institution type &quot;%1&quot;</source>
        <translation>未知的机构类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>institution type &quot;%1&quot; is listed twice</source>
        <translation>机构类型 &quot;%1&quot; 重复列出</translation>
    </message>
    <message>
        <source>expected a grade id of letters, digits and &apos;_&apos;</source>
        <translation>应为由字母、数字和 &apos;_&apos; 组成的级别标识符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved</source>
        <translation>&quot;%1&quot; 是保留字</translation>
    </message>
    <message>
        <source>grade id &quot;%1&quot; is used twice</source>
        <translation>级别标识符 &quot;%1&quot; 重复使用</translation>
    </message>
    <message>
        <source>rank %1 is also the rank of grade &quot;%2&quot;</source>
        <translation>排序值 %1 与级别 &quot;%2&quot; 的排序值重复</translation>
    </message>
    <message>
        <source>system &quot;%1&quot; is listed twice</source>
        <translation>系统 &quot;%1&quot; 重复列出</translation>
    </message>
    <message>
        <source>rule id &quot;%1&quot; is used twice (first at %2)</source>
        <translation>规则标识符 &quot;%1&quot; 重复使用（首次出现于 %2）</translation>
    </message>
    <message>
        <source>unknown grade &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的级别 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown grade &quot;%1&quot; (expected a grade id or &quot;warning&quot;)</source>
        <translation>未知的级别 &quot;%1&quot;（应为级别标识符或 &quot;warning&quot;）</translation>
    </message>
    <message>
        <source>obligation id &quot;%1&quot; is used twice in grade &quot;%2&quot;</source>
        <translation>报送义务标识符 &quot;%1&quot; 在级别 &quot;%2&quot; 中重复使用</translation>
    </message>
</context>
<context>
    <name>dd::RuleSetLibrary</name>
    <message>
        <source>There is no built-in rule set &quot;%1&quot; (built in: %2).</source>
        <translation>没有名为 &quot;%1&quot; 的内置定级规则集（内置的有：%2）。</translation>
    </message>
    <message>
        <source>The built-in rule set %1 cannot be read: %2</source>
        <translation>无法读取内置定级规则集 %1：%2</translation>
    </message>
    <message>
        <source>%1: id: the file name says &quot;%2&quot; but the file holds &quot;%3&quot;</source>
        <translation>%1：id：文件名为 &quot;%2&quot;，但文件内容为 &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>dd::RuleSetRepository</name>
    <message>
        <source>There is no rule set &quot;%1&quot;.</source>
        <translation>没有定级规则集 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; is a built-in rule set; give your copy an id of its own (for example &quot;%2-ours&quot;).</source>
        <translation>%1：id：&quot;%2&quot; 是内置定级规则集，请为副本指定自己的标识符（例如 &quot;%2-ours&quot;）。</translation>
    </message>
    <message>
        <source>%1: version: version %2 of &quot;%3&quot; is stored already; raise the version to above %2.</source>
        <translation>%1：version：&quot;%3&quot; 的版本 %2 已存储，请将版本号提高到 %2 以上。</translation>
    </message>
</context>
<context>
    <name>dd::SecretHash</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>密码库（libsodium）无法初始化。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the PIN.</source>
        <translation>内存不足，无法保护口令。</translation>
    </message>
</context>
<context>
    <name>dd::SecretStore</name>
    <message>
        <source>Cannot write the secrets file %1.</source>
        <translation>无法写入密钥文件 %1。</translation>
    </message>
    <message>
        <source>Cannot make the secrets file %1 readable by its owner only.</source>
        <translation>无法将密钥文件 %1 设置为仅所有者可读。</translation>
    </message>
    <message>
        <source>Cannot create the secrets file %1 with owner-only permissions.</source>
        <translation>无法以仅所有者可访问的权限创建密钥文件 %1。</translation>
    </message>
</context>
<context>
    <name>dd::SettingsRepository</name>
    <message>
        <source>Institution name: enter the institution&apos;s full name.</source>
        <translation>机构名称：请填写机构全称。</translation>
    </message>
    <message>
        <source>Time zone: %1 is not a known IANA time zone (for example Asia/Shanghai).</source>
        <translation>时区：%1 不是已知的 IANA 时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>%1 is not a readiness period setting.</source>
        <translation>%1 不是合规自查周期设置项。</translation>
    </message>
</context>
<context>
    <name>dd::ShiftReminders</name>
    <message>
        <source>%1: expected 0 (off) to %2 minutes before the shift, got &quot;%3&quot;</source>
        <translation>%1：应为班次开始前 0（关闭）至 %2 分钟，实际为“%3”</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>[Duty] %1 (%2) from %3</source>
        <translation>【值班提醒】%1（%2）%3 起</translation>
    </message>
    <message>
        <source>%1, your duty as %2 (%3) starts at %4 and runs until %5.</source>
        <translation>%1：您担任%2（%3）的值班将于 %4 开始，至 %5 结束。</translation>
    </message>
    <message>
        <source>%1, your duty as %2 (%3) starts at %4.</source>
        <translation>%1：您担任%2（%3）的值班将于 %4 开始。</translation>
    </message>
    <message>
        <source>You take over from: %1.</source>
        <translation>交班人：%1。</translation>
    </message>
</context>
<context>
    <name>dd::SmtpMailer</name>
    <message>
        <source>The e-mail has no recipient.</source>
        <translation>该电子邮件没有收件人。</translation>
    </message>
    <message>
        <source>Cannot start the mail transfer (libcurl).</source>
        <translation>无法启动邮件发送（libcurl）。</translation>
    </message>
    <message>
        <source>SMTP %1 (%2:%3): %4</source>
        <translation>SMTP %1（%2:%3）：%4</translation>
    </message>
    <message>
        <source>SMTP %1:%2: %3</source>
        <translation>SMTP %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>dd::TemplateLibrary</name>
    <message>
        <source>The built-in template %1 cannot be read.</source>
        <translation>无法读取内置模板 %1。</translation>
    </message>
    <message>
        <source>The built-in template %1 has the id “%2”: the file name and the id must agree.</source>
        <translation>内置模板 %1 的标识为“%2”：文件名与标识必须一致。</translation>
    </message>
    <message>
        <source>There is no report template “%1”.</source>
        <translation>不存在报告模板“%1”。</translation>
    </message>
    <message>
        <source>Template id “%1”: use lower-case letters, digits and “_” (at most 64).</source>
        <translation>模板标识“%1”：请使用小写字母、数字和“_”（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Template id “%1” is taken already.</source>
        <translation>模板标识“%1”已被占用。</translation>
    </message>
    <message>
        <source>“%1” is a built-in template and cannot be changed: copy it and edit the copy.</source>
        <translation>“%1”是内置模板，不能修改：请复制后编辑副本。</translation>
    </message>
    <message>
        <source>Template “%1”: a title must be one line without “}}”.</source>
        <translation>模板“%1”：标题必须为单行，且不能包含“}}”。</translation>
    </message>
    <message>
        <source>Template “%1” was not saved: %2</source>
        <translation>模板“%1”未保存：%2</translation>
    </message>
    <message>
        <source>Template “%1” was changed by %2 at %3 after you opened it: reopen it and make your changes again.</source>
        <translation>在您打开模板“%1”后，%2 于 %3 修改了该模板：请重新打开并再次进行修改。</translation>
    </message>
    <message>
        <source>Template “%1” was removed by someone else after you opened it.</source>
        <translation>在您打开模板“%1”后，其他人已将其删除。</translation>
    </message>
    <message>
        <source>“%1” is a built-in template and cannot be removed.</source>
        <translation>“%1”是内置模板，不能删除。</translation>
    </message>
    <message>
        <source>There is no custom report template “%1”.</source>
        <translation>不存在自定义报告模板“%1”。</translation>
    </message>
    <message>
        <source>There is no report template for the %1.</source>
        <translation>没有用于 %1 的报告模板。</translation>
    </message>
</context>
<context>
    <name>dd::TestRegister</name>
    <message>
        <source>Production environment</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Simulation environment</source>
        <translation>仿真环境</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>There is no test plan with id %1.</source>
        <translation>没有 id 为 %1 的测试方案。</translation>
    </message>
    <message>
        <source>Title: say what is tested.</source>
        <translation>标题：请说明测试内容。</translation>
    </message>
    <message>
        <source>Aspects of &quot;%1&quot;: choose what the test covers (function, performance, capacity, security, stability).</source>
        <translation>“%1”的测试类别：请选择测试涵盖的类别（功能、性能、容量、安全、稳定性）。</translation>
    </message>
    <message>
        <source>Scope of &quot;%1&quot;: describe what is tested, how, and what passes.</source>
        <translation>“%1”的测试范围：请说明测试内容、测试方法及通过标准。</translation>
    </message>
    <message>
        <source>Window of &quot;%1&quot;: %2</source>
        <translation>“%1”的时间窗口：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production test: %2 A production test never runs in trading hours.</source>
        <translation>“%1”是生产环境测试：%2生产环境测试不得在交易时段进行。</translation>
    </message>
    <message>
        <source>Items of &quot;%1&quot;: configuration item %2 does not exist.</source>
        <translation>“%1”的配置项：配置项 %2 不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 and is no longer edited.</source>
        <translation>“%1”的状态为“%2”，不能再编辑。</translation>
    </message>
    <message>
        <source>The test plan &quot;%1&quot;</source>
        <translation>测试方案“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is running: its environment and window no longer change.</source>
        <translation>“%1”正在执行：其测试环境和时间窗口不能再更改。</translation>
    </message>
    <message>
        <source>The test is %1, not planned.</source>
        <translation>该测试的状态为“%1”，而非“计划中”。</translation>
    </message>
    <message>
        <source>Record the data and configuration backup taken before the test.</source>
        <translation>请记录测试前所做的数据和配置备份。</translation>
    </message>
    <message>
        <source>Record the announcement issued before the test.</source>
        <translation>请记录测试前发布的公告。</translation>
    </message>
    <message>
        <source>Name the production operations staff who run the test.</source>
        <translation>请填写执行测试的生产运维人员。</translation>
    </message>
    <message>
        <source>The test is %1, not running.</source>
        <translation>该测试的状态为“%1”，而非“执行中”。</translation>
    </message>
    <message>
        <source>Record the restore after the production test.</source>
        <translation>请记录生产环境测试后的恢复情况。</translation>
    </message>
    <message>
        <source>Record the verification of the restore.</source>
        <translation>请记录对恢复情况的验证。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start:
%2</source>
        <translation>“%1”无法开始：
%2</translation>
    </message>
    <message>
        <source>Write the test report.</source>
        <translation>请填写测试报告。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be completed:
%2</source>
        <translation>“%1”无法完成：
%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 and cannot be cancelled.</source>
        <translation>“%1”的状态为“%2”，不能取消。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran in production: record the restore and its verification before cancelling it.</source>
        <translation>“%1”已在生产环境中执行：取消前请记录恢复情况及其验证结果。</translation>
    </message>
</context>
<context>
    <name>dd::TradingCalendar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected %2)</source>
        <translation>未知的键 &apos;%1&apos;（应为 %2）</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>应为非空字符串</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>expected a time HH:MM (00:00 to 23:59)</source>
        <translation>应为 HH:MM 格式的时间（00:00 至 23:59）</translation>
    </message>
    <message>
        <source>date %1 is outside year %2</source>
        <translation>日期 %1 不在 %2 年内</translation>
    </message>
    <message>
        <source>The built-in calendar file %1 cannot be read: %2</source>
        <translation>无法读取内置日历文件 %1：%2</translation>
    </message>
    <message>
        <source>the file name says %1 but the file holds year %2</source>
        <translation>文件名表示 %1 年，但文件内容为 %2 年</translation>
    </message>
    <message>
        <source>expected a whole number such as 2026</source>
        <translation>应为整数，例如 2026</translation>
    </message>
    <message>
        <source>year %1 is out of range (1992 to 2100)</source>
        <translation>年份 %1 超出范围（1992 至 2100）</translation>
    </message>
    <message>
        <source>the last day %1 is before the first day %2</source>
        <translation>最后一天 %1 早于第一天 %2</translation>
    </message>
    <message>
        <source>a day cannot be both holiday and make-up workday (%1)</source>
        <translation>同一天不能既是节假日又是调休工作日（%1）</translation>
    </message>
    <message>
        <source>a make-up workday must be a Saturday or Sunday; %1 is a weekday</source>
        <translation>调休工作日必须是周六或周日；%1 不是周末</translation>
    </message>
    <message>
        <source>a day cannot be both holiday and extra closed day (%1)</source>
        <translation>同一天不能既是节假日又是额外休市日（%1）</translation>
    </message>
    <message>
        <source>an extra closed day must be a weekday; %1 falls on a weekend</source>
        <translation>额外休市日必须是周一至周五；%1 是周末</translation>
    </message>
    <message>
        <source>at least one market is required</source>
        <translation>至少需要一个市场</translation>
    </message>
    <message>
        <source>expected an id of lowercase letters, digits and &apos;_&apos;</source>
        <translation>应为由小写字母、数字和 &apos;_&apos; 组成的标识符</translation>
    </message>
    <message>
        <source>market id &apos;%1&apos; is used twice</source>
        <translation>市场标识符 &apos;%1&apos; 重复使用</translation>
    </message>
    <message>
        <source>at least one session is required</source>
        <translation>至少需要一个交易时段</translation>
    </message>
    <message>
        <source>a session cannot start and end at the same time</source>
        <translation>交易时段的开始时间和结束时间不能相同</translation>
    </message>
    <message>
        <source>a night session must start in the evening (12:00 or later)</source>
        <translation>夜盘时段必须在晚间开始（12:00 或更晚）</translation>
    </message>
    <message>
        <source>a day session must end after it starts (only night sessions may run past midnight)</source>
        <translation>日盘时段的结束时间必须晚于开始时间（只有夜盘可以跨越午夜）</translation>
    </message>
    <message>
        <source>overlaps %1</source>
        <translation>与 %1 重叠</translation>
    </message>
    <message>
        <source>the night session must start after the day sessions end (one trading day spans at most 24 hours)</source>
        <translation>夜盘必须在日盘结束后开始（一个交易日最长 24 小时）</translation>
    </message>
</context>
<context>
    <name>dd::VCard</name>
    <message>
        <source>%1, line %2: a new card begins before card %3 ended (END:VCARD is missing).</source>
        <translation>%1，第 %2 行：名片 %3 尚未结束就开始了新名片（缺少 END:VCARD）。</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is outside BEGIN:VCARD … END:VCARD; this is not a vCard file.</source>
        <translation>%1，第 %2 行：“%3”位于 BEGIN:VCARD … END:VCARD 之外；这不是 vCard 文件。</translation>
    </message>
    <message>
        <source>line %1 is not a vCard property (NAME:value); it is ignored.</source>
        <translation>第 %1 行不是 vCard 属性（NAME:value），已忽略。</translation>
    </message>
    <message>
        <source>version %1 is not one DutyDesk reads; expected 3.0 or 4.0.</source>
        <translation>应急值守台无法读取版本 %1；应为 3.0 或 4.0。</translation>
    </message>
    <message>
        <source>one more number of this kind (%1); only the first is kept.</source>
        <translation>此类号码多于一个（%1），仅保留第一个。</translation>
    </message>
    <message>
        <source>one more e-mail address (%1); only the first is kept.</source>
        <translation>电子邮件地址多于一个（%1），仅保留第一个。</translation>
    </message>
    <message>
        <source>%1: card %2 (line %3) has no END:VCARD.</source>
        <translation>%1：名片 %2（第 %3 行）缺少 END:VCARD。</translation>
    </message>
    <message>
        <source>%1: no vCard in the file (BEGIN:VCARD … END:VCARD).</source>
        <translation>%1：文件中没有 vCard（BEGIN:VCARD … END:VCARD）。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ActionDialog</name>
    <message>
        <source>Improvement action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>New improvement action</source>
        <translation>新建整改措施</translation>
    </message>
    <message>
        <source>— choose the owner —</source>
        <translation>— 选择责任人 —</translation>
    </message>
    <message>
        <source>Required when done: what shows the action is complete</source>
        <translation>完成时必填：证明该措施已完成的材料</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>整改证据</translation>
    </message>
</context>
<context>
    <name>dd::ui::AddIntakeSourceDialog</name>
    <message>
        <source>Add monitoring source</source>
        <translation>添加告警来源</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Prometheus (production)</source>
        <translation>例如 Prometheus（生产环境）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::AddKindDialog</name>
    <message>
        <source>Add kind of configuration item</source>
        <translation>添加配置项类型</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>标识(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _, e.g. ups</source>
        <translation>小写字母、数字和 _，例如 ups</translation>
    </message>
    <message>
        <source>e.g. UPS power supply</source>
        <translation>例如 UPS 电源</translation>
    </message>
</context>
<context>
    <name>dd::ui::AddOperatorDialog</name>
    <message>
        <source>Repeat PIN: the two PINs differ; type the same PIN twice.</source>
        <translation>确认口令：两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>确认口令(&amp;R)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>dd::ui::AffectedItemsPanel</name>
    <message>
        <source>No affected systems named in free text.</source>
        <translation>文字描述中未列出受影响系统。</translation>
    </message>
    <message>
        <source>Named in free text: %1</source>
        <translation>文字描述中列出的系统：%1</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Configuration items: none linked yet</source>
        <translation>配置项：尚未关联</translation>
    </message>
    <message numerus="yes">
        <source>Configuration items (%n linked)</source>
        <translation>
            <numerusform>配置项（已关联 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>relation kind, then the item it relates to</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Impact: nothing recorded depends on these items</source>
        <translation>影响范围：没有记录依赖这些配置项的配置项</translation>
    </message>
    <message numerus="yes">
        <source>Impact: %n item(s) depend on them</source>
        <translation>
            <numerusform>影响范围：%n 个配置项依赖于这些配置项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>⚠ emergency</source>
        <translation>⚠ 紧急</translation>
    </message>
    <message>
        <source>⚠ in trading hours</source>
        <translation>⚠ 交易时段内</translation>
    </message>
    <message>
        <source>Recent changes: link the affected items to see the changes made to them</source>
        <translation>近期变更：关联受影响的配置项后，即可查看对其所做的变更</translation>
    </message>
    <message>
        <source>Changes to these items since %1 (%2 h before detection): %3</source>
        <translation>自 %1（发现前 %2 小时）以来这些配置项的变更：%3</translation>
    </message>
    <message>
        <source>Affected items and recent changes</source>
        <translation>受影响的配置项及近期变更</translation>
    </message>
    <message>
        <source>&amp;Edit items…</source>
        <translation>编辑配置项(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose the configuration items this incident affected; systems not in the configuration stay in the free text</source>
        <translation>选择此事件影响的配置项；未纳入配置管理的系统保留在文字描述中</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Depends through</source>
        <translation>依赖途径</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Window (UTC+8)</source>
        <translation>变更窗口（UTC+8）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Double-click opens the item on the configuration page</source>
        <translation>双击可在配置页面中打开该配置项</translation>
    </message>
    <message>
        <source>Double-click opens the change</source>
        <translation>双击可打开该变更</translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation>配置项</translation>
    </message>
</context>
<context>
    <name>dd::ui::AgreementDialog</name>
    <message>
        <source>On site</source>
        <translation>现场支持</translation>
    </message>
    <message>
        <source>Remote support</source>
        <translation>远程支持</translation>
    </message>
    <message>
        <source>Telephone support</source>
        <translation>电话支持</translation>
    </message>
    <message>
        <source>Spare part delivery</source>
        <translation>备件送达</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>数据库以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Title: enter what the agreement is, e.g. 机房空调维保协议.</source>
        <translation>标题：请填写协议名称，例如：机房空调维保协议。</translation>
    </message>
    <message>
        <source>Unit: choose the related unit the agreement is with.</source>
        <translation>单位：请选择与之签订协议的相关单位。</translation>
    </message>
    <message>
        <source>Valid to: the end date is before the start date (%1).</source>
        <translation>有效期至：结束日期早于开始日期（%1）。</translation>
    </message>
    <message>
        <source>Next review due: %1</source>
        <translation>下次复核日期：%1</translation>
    </message>
    <message>
        <source>Edit service agreement</source>
        <translation>编辑服务协议</translation>
    </message>
    <message>
        <source>Add a service agreement</source>
        <translation>添加服务协议</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>单位(&amp;N)：</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <source>&amp;Our contact:</source>
        <translation>我方联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>T&amp;heir contact:</source>
        <translation>对方联系人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>服务范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Response &amp;method:</source>
        <translation>响应方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Response t&amp;ime:</source>
        <translation>响应时间(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. on site within 2 hours</source>
        <translation>例如：2 小时内到场</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有效期自(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Valid to:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>&amp;Review every:</source>
        <translation>复核周期(&amp;R)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Last review:</source>
        <translation>上次复核(&amp;L)：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未复核</translation>
    </message>
    <message>
        <source>Review res&amp;ult:</source>
        <translation>复核结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>dd::ui::AgreementTableModel</name>
    <message>
        <source>Expired on %1: renew or remove the agreement.</source>
        <translation>已于 %1 到期：请续签或删除该协议。</translation>
    </message>
    <message>
        <source>Review overdue since %1.</source>
        <translation>自 %1 起复核逾期。</translation>
    </message>
    <message>
        <source>Never reviewed: record a review.</source>
        <translation>从未复核：请登记一次复核。</translation>
    </message>
    <message>
        <source>Review due on %1.</source>
        <translation>应于 %1 复核。</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>上次复核</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>下次复核</translation>
    </message>
</context>
<context>
    <name>dd::ui::AgreementsPanel</name>
    <message>
        <source>Agreements</source>
        <translation>服务协议</translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n 份已过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the review overdue</source>
        <translation>
            <numerusform>%n 份复核逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review within %1 days</source>
        <translation>
            <numerusform>%n 份须在 %1 天内复核</numerusform>
        </translation>
    </message>
    <message>
        <source>No service agreements yet. Record those with the carriers, fire, power and air-conditioning services and the hardware and software vendors.</source>
        <translation>尚无服务协议。请登记与通信运营商、消防、电力和空调服务单位以及软硬件供应商签订的协议。</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s), all valid and reviewed in time.</source>
        <translation>
            <numerusform>共 %n 份协议，均在有效期内且已按时复核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s): %1.</source>
        <translation>
            <numerusform>共 %n 份协议：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was deleted.</source>
        <translation>数据库以只读方式打开，未删除任何内容。</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; removed.</source>
        <translation>已删除协议“%1”。</translation>
    </message>
    <message>
        <source>Agreement added.</source>
        <translation>已添加协议。</translation>
    </message>
    <message>
        <source>Agreement saved.</source>
        <translation>已保存协议。</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>删除协议</translation>
    </message>
    <message>
        <source>Remove the agreement &quot;%1&quot; with %2? Its review history goes with it; the change is kept in the audit log.</source>
        <translation>删除与%2签订的协议“%1”吗？其复核记录将一并删除；此更改会记入审计日志。</translation>
    </message>
    <message>
        <source>service agreements</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>&amp;Add agreement…</source>
        <translation>添加协议(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dd::ui::AlertDetailsPanel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>alert title (severity)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>resolved by monitoring %1</source>
        <translation>%1 监控已恢复</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>告警中</translation>
    </message>
    <message>
        <source>Resolved by monitoring: every alert behind it has cleared. The warning stays until it is lifted or promoted.</source>
        <translation>监控已恢复：触发该预警的告警均已恢复。预警将保留，直至解除预警或升级为事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) from monitoring, fired %1 time(s) in all.</source>
        <translation>
            <numerusform>来自监控的告警 %n 条，累计触发 %1 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised by monitoring</source>
        <translation>由监控触发</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>告警来源</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dd::ui::AuditFindingDialog</name>
    <message>
        <source>Record discrepancy</source>
        <translation>记录差异</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>配置项(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;What differs:</source>
        <translation>差异内容(&amp;W)：</translation>
    </message>
    <message>
        <source>what the audit found compared with the record</source>
        <translation>审计发现的与记录不一致之处</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>记录更正</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>更正(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::BudgetDialog</name>
    <message>
        <source>Add budget line</source>
        <translation>添加经费条目</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation>编辑经费条目</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Amount (CNY):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>批准人(&amp;B)：</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>批准日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Amount: expected an amount in yuan such as 1200000 or 1,200,000.50, got “%1”.</source>
        <translation>金额：应为以元为单位的金额，例如 1200000 或 1,200,000.50，当前为“%1”。</translation>
    </message>
</context>
<context>
    <name>dd::ui::CallListPanel</name>
    <message>
        <source>Message %1 %2 — level %3, round %4, acknowledge by %5</source>
        <translation>发消息给 %1 %2 — 第 %3 级，第 %4 轮，须在 %5 前确认</translation>
    </message>
    <message>
        <source>Call %1 %2 — level %3, round %4, acknowledge by %5</source>
        <translation>致电 %1 %2 — 第 %3 级，第 %4 轮，须在 %5 前确认</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <translation>[演练] %1</translation>
    </message>
    <message>
        <source>Decision authority now: %1</source>
        <translation>当前决策人：%1</translation>
    </message>
    <message>
        <source>Select a call first.</source>
        <translation>请先选择一条呼叫。</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2</source>
        <translation>已记录：%1 — %2</translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation>待处理呼叫</translation>
    </message>
    <message>
        <source>No open calls</source>
        <translation>没有待处理的呼叫</translation>
    </message>
    <message>
        <source>&amp;Acknowledged</source>
        <translation>已确认(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>无人接听(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unavailable</source>
        <translation>无法到岗(&amp;U)</translation>
    </message>
    <message>
        <source>The person acknowledged the call (Alt+A)</source>
        <translation>对方已确认呼叫（Alt+A）</translation>
    </message>
    <message>
        <source>Nobody answered: call the next level now (Alt+N)</source>
        <translation>无人接听：立即呼叫下一级（Alt+N）</translation>
    </message>
    <message>
        <source>The person cannot come: call their backup now (Alt+U)</source>
        <translation>对方无法到岗：立即呼叫其备岗（Alt+U）</translation>
    </message>
</context>
<context>
    <name>dd::ui::CallNotice</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（另有 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Newly issued escalation actions:
%1

Click to open the incident&apos;s call list.</source>
        <translation>新发出的升级呼叫和通知：
%1

点击打开该事件的呼叫列表。</translation>
    </message>
</context>
<context>
    <name>dd::ui::CardPeopleChooser</name>
    <message numerus="yes">
        <source>%1 — %2 (%n member(s))</source>
        <translation>
            <numerusform>%1 — %2（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>By &amp;body</source>
        <translation>按机构(&amp;B)</translation>
    </message>
    <message>
        <source>By p&amp;osition</source>
        <translation>按岗位(&amp;O)</translation>
    </message>
    <message>
        <source>By &amp;hand</source>
        <translation>手动选择(&amp;H)</translation>
    </message>
    <message>
        <source>Every member of the ticked bodies gets a card, decision body first, in the order of the positions.</source>
        <translation>所勾选机构的每名成员各得一张卡片，指挥决策机构在前，按岗位顺序排列。</translation>
    </message>
    <message>
        <source>Search name, unit or phone</source>
        <translation>搜索姓名、单位或电话</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick everyone the search shows</source>
        <translation>勾选搜索结果中的所有人</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Untick everyone the search shows</source>
        <translation>取消勾选搜索结果中的所有人</translation>
    </message>
</context>
<context>
    <name>dd::ui::CardsPage</name>
    <message>
        <source>Emergency action cards</source>
        <translation>应急工作卡片</translation>
    </message>
    <message>
        <source>The emergency organization is empty: add its positions and members on the Handbook page first.</source>
        <translation>应急组织体系为空：请先在“联络手册”页面添加岗位和成员。</translation>
    </message>
    <message>
        <source>Nobody is chosen.</source>
        <translation>尚未选择任何人。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n A4 page(s)</source>
        <translation>
            <numerusform>%n 页 A4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with text that does not fit</source>
        <translation>
            <numerusform>%n 张有文字超出</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one person first.</source>
        <translation>请先至少选择一人。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>action-cards-%1.pdf</source>
        <extracomment>Default file name of the action cards PDF; %1 is the date (2026-01-05).</extracomment>
        <translation>应急工作卡片-%1.pdf</translation>
    </message>
    <message>
        <source>Save action cards as PDF</source>
        <translation>将应急工作卡片保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print action cards</source>
        <translation>打印应急工作卡片</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Action cards</source>
        <translation>应急工作卡片</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>&amp;Front and back (back pages mirrored for duplex printing)</source>
        <translation>正反面（背面镜像排版，用于双面打印）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Crop marks</source>
        <translation>裁切线(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the cards as a PDF file (Ctrl+S)</source>
        <translation>将卡片保存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Text that does not fit (shortened on the card):</source>
        <translation>超出的文字（卡片上已缩短）：</translation>
    </message>
    <message>
        <source>Choose people on the left to see their cards here.

Each card is 85.6 × 54 mm, ten to an A4 page.</source>
        <translation>在左侧选择人员，即可在此查看其卡片。

每张卡片 85.6 × 54 mm，每页 A4 排 10 张。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>cards summary: card count, page count</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>cards summary: card count, page count, cards that overflow</comment>
        <translation>%1，%2，%3</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeActionDialog</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Window: confirm the window the change is approved for.</source>
        <translation>变更窗口：请确认批准的变更窗口。</translation>
    </message>
    <message>
        <source>Objects: %1 names no configuration item to update.</source>
        <translation>变更对象：%1 未指定需要更新的配置项。</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Assess the technical and business risk of &quot;%1&quot; and confirm the window it is approved for (institution time, UTC+8).</source>
        <translation>请评估“%1”的技术风险和业务风险，并确认批准的变更窗口（机构时间，UTC+8）。</translation>
    </message>
    <message>
        <source>&amp;Technical risk</source>
        <translation>技术风险(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Business risk</source>
        <translation>业务风险(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估意见(&amp;A)</translation>
    </message>
    <message>
        <source>Window &amp;start</source>
        <translation>窗口开始时间(&amp;S)</translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation>窗口结束时间(&amp;E)</translation>
    </message>
    <message>
        <source>I confirm this &amp;window</source>
        <translation>我确认此变更窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>驳回 %1</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is rejected; the applicant may revise it.</source>
        <translation>请说明驳回“%1”的理由；申请人可据此修改。</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>取消 %1</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is cancelled. A cancelled change is not reopened.</source>
        <translation>请说明取消“%1”的理由。变更取消后不能重新开启。</translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <source>Record how the implementation of &quot;%1&quot; ended.</source>
        <translation>请记录“%1”的实施结果。</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>实施结果(&amp;O)</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>回退 %1</translation>
    </message>
    <message>
        <source>Record why &quot;%1&quot; was rolled back and the state systems are left in.</source>
        <translation>请记录“%1”回退的原因以及回退后系统所处的状态。</translation>
    </message>
    <message>
        <source>Record a test of %1</source>
        <translation>记录 %1 的测试</translation>
    </message>
    <message>
        <source>Tests before the change are needed to start it, a test after it to finish it.</source>
        <translation>开始实施前须有变更前测试，完成实施前须有变更后测试。</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>阶段(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>Before the change</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>The test pa&amp;ssed</source>
        <translation>测试通过(&amp;S)</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>复核 %1</translation>
    </message>
    <message>
        <source>The reviewer&apos;s conclusion on &quot;%1&quot;.</source>
        <translation>复核人对“%1”的复核结论。</translation>
    </message>
    <message>
        <source>&amp;Impact on production</source>
        <translation>对生产的影响(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>The &amp;goal was reached</source>
        <translation>已达成变更目标(&amp;G)</translation>
    </message>
    <message>
        <source>The &amp;configuration records were updated</source>
        <translation>配置记录已更新(&amp;C)</translation>
    </message>
    <message>
        <source>Update a configuration item for %1</source>
        <translation>为 %1 更新配置项</translation>
    </message>
    <message>
        <source>The item&apos;s history will name %1.</source>
        <translation>该配置项的变更历史中将记录 %1。</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>配置项(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>存放地点(&amp;L)</translation>
    </message>
    <message>
        <source>System &amp;class</source>
        <translation>系统类别(&amp;C)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeBoard</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>变更窗口：%1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>配置项：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Show the %1 most recent</source>
        <translation>仅显示最近 %1 项</translation>
    </message>
    <message>
        <source>Show all %1 (%2 most recent shown)</source>
        <translation>显示全部 %1 项（当前显示最近 %2 项）</translation>
    </message>
    <message>
        <source>Filter by number, title, item or applicant</source>
        <translation>按编号、标题、配置项或申请人筛选</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeDialog</name>
    <message>
        <source>Approved by %1 at %2: technical risk %3, business risk %4.</source>
        <translation>由 %1 于 %2 批准：技术风险为%3，业务风险为%4。</translation>
    </message>
    <message>
        <source>Decided by %1 at %2.</source>
        <translation>由 %1 于 %2 作出审批决定。</translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation>评估意见：%1</translation>
    </message>
    <message>
        <source>⚠ %1: an emergency change approved inside trading hours.</source>
        <translation>⚠ %1：在交易时段内批准的紧急变更。</translation>
    </message>
    <message>
        <source>Test %1 (%2, %3 by %4): %5</source>
        <translation>%1测试（%2，%4 于 %3 记录）：%5</translation>
    </message>
    <message>
        <source>before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Started at %1.</source>
        <translation>于 %1 开始实施。</translation>
    </message>
    <message>
        <source>Finished at %1: %2</source>
        <translation>于 %1 结束实施：%2</translation>
    </message>
    <message>
        <source>Reviewed at %1: goal %2; configuration %3; impact on production: %4. %5</source>
        <translation>于 %1 复核：变更目标%2；配置%3；对生产的影响：%4。%5</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>not updated</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>%1 saved as a draft.</source>
        <translation>%1 已保存为草稿。</translation>
    </message>
    <message>
        <source>%1 was submitted for approval.</source>
        <translation>%1 已提交审批。</translation>
    </message>
    <message>
        <source>start %1 as its implementer %2</source>
        <translation>以实施人 %2 的身份开始实施 %1</translation>
    </message>
    <message>
        <source>%1 is being implemented.</source>
        <translation>%1 已开始实施。</translation>
    </message>
    <message>
        <source>%1 as its implementer %2</source>
        <translation>以实施人 %2 的身份%1</translation>
    </message>
    <message>
        <source>approve %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Approval: not confirmed by an approver.</source>
        <translation>审批：未经审批人确认。</translation>
    </message>
    <message>
        <source>reject %1</source>
        <translation>驳回 %1</translation>
    </message>
    <message>
        <source>Rejection: not confirmed by an approver.</source>
        <translation>驳回：未经审批人确认。</translation>
    </message>
    <message>
        <source>cancel %1</source>
        <translation>取消 %1</translation>
    </message>
    <message>
        <source>Cancellation: not confirmed.</source>
        <translation>取消：未确认。</translation>
    </message>
    <message>
        <source>record a test of %1</source>
        <translation>记录 %1 的测试</translation>
    </message>
    <message>
        <source>Test: not confirmed by the implementer.</source>
        <translation>测试：未经实施人确认。</translation>
    </message>
    <message>
        <source>update an item of %1</source>
        <translation>更新 %1 的配置项</translation>
    </message>
    <message>
        <source>Item: not confirmed by the implementer.</source>
        <translation>配置项：未经实施人确认。</translation>
    </message>
    <message>
        <source>finish %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <source>Outcome: not confirmed by the implementer.</source>
        <translation>实施结果：未经实施人确认。</translation>
    </message>
    <message>
        <source>review %1 as its reviewer %2</source>
        <translation>以复核人 %2 的身份复核 %1</translation>
    </message>
    <message>
        <source>Review: not confirmed by the reviewer.</source>
        <translation>复核：未经复核人确认。</translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation>未知的操作步骤。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：操作已完成。</translation>
    </message>
    <message>
        <source>New change request</source>
        <translation>新建变更申请</translation>
    </message>
    <message>
        <source>New change request (draft)</source>
        <translation>新建变更申请（草稿）</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>变更 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Applicant %1 · approver %2 · implementer %3 · reviewer %4</source>
        <translation>申请人 %1 · 审批人 %2 · 实施人 %3 · 复核人 %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>修改(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cancel change…</source>
        <translation>取消变更(&amp;C)…</translation>
    </message>
    <message>
        <source>Record &amp;test…</source>
        <translation>记录测试(&amp;T)…</translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation>开始实施(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Update item…</source>
        <translation>更新配置项(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>完成实施(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;oll back…</source>
        <translation>回退(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>复核(&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeEditor</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>操作员 %1</translation>
    </message>
    <message>
        <source>⚠ Window: %1</source>
        <translation>⚠ 变更窗口：%1</translation>
    </message>
    <message>
        <source>⚠ Inside trading hours: %1 Allowed for an emergency change; it is marked &quot;in trading hours&quot; wherever it is shown.</source>
        <translation>⚠ 处于交易时段内：%1 紧急变更可在此时段实施；该变更在所有显示位置均标注“交易时段内”。</translation>
    </message>
    <message>
        <source>⚠ Inside trading hours: %1 A normal change is refused; move the window or make it an emergency change.</source>
        <translation>⚠ 处于交易时段内：%1 常规变更不得在此时段实施；请调整变更窗口，或改为紧急变更。</translation>
    </message>
    <message>
        <source>✓ Outside trading hours (%1).</source>
        <translation>✓ 不在交易时段内（%1）。</translation>
    </message>
    <message>
        <source>✓ Every part the standard names is given: the request can be submitted.</source>
        <translation>✓ 标准要求的各项内容均已填写，可以提交申请。</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Missing for submission:
%1</source>
        <translation>提交前尚缺：
%1</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Goal (变更目标)</source>
        <translation>变更目标(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Objects (变更对象)</source>
        <translation>变更对象(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Window start (UTC+8)</source>
        <translation>窗口开始时间（UTC+8）(&amp;W)</translation>
    </message>
    <message>
        <source>Window e&amp;nd (UTC+8)</source>
        <translation>窗口结束时间（UTC+8）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Markets checked</source>
        <translation>检查的市场(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;People (变更人员)</source>
        <translation>变更人员(&amp;P)</translation>
    </message>
    <message>
        <source>Imp&amp;lementer (实施人)</source>
        <translation>实施人(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reviewer (复核人)</source>
        <translation>复核人(&amp;R)</translation>
    </message>
    <message>
        <source>Operation st&amp;eps (操作步骤)</source>
        <translation>操作步骤(&amp;E)</translation>
    </message>
    <message>
        <source>Test pl&amp;an (测试方案)</source>
        <translation>测试方案(&amp;A)</translation>
    </message>
    <message>
        <source>Implementation plan (实施方案)</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Ris&amp;k controls (风险防控措施)</source>
        <translation>风险防控措施(&amp;K)</translation>
    </message>
    <message>
        <source>Emergenc&amp;y plan (应急预案)</source>
        <translation>应急预案(&amp;Y)</translation>
    </message>
    <message>
        <source>Rollback plan (回退方案)</source>
        <translation>回退方案</translation>
    </message>
    <message>
        <source>%1 (紧急变更)</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>(choose the implementer)</source>
        <translation>（请选择实施人）</translation>
    </message>
    <message>
        <source>(choose the reviewer)</source>
        <translation>（请选择复核人）</translation>
    </message>
    <message>
        <source>What changes, in a few words</source>
        <translation>简要说明变更内容</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>筛选配置项</translation>
    </message>
    <message>
        <source>Others taking part (vendor engineers, …)</source>
        <translation>其他参与人员（厂商工程师等）</translation>
    </message>
    <message>
        <source>None checked: the institution&apos;s default markets.</source>
        <translation>未勾选时：使用本机构的默认市场。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeFormat</name>
    <message>
        <source>no window</source>
        <translation>无变更窗口</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Implemented · rolled back (awaiting review)</source>
        <translation>已实施 · 已回退（待复核）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Emergency change (紧急变更)</source>
        <translation>紧急变更</translation>
    </message>
    <message>
        <source>In trading hours</source>
        <translation>交易时段内</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangesPage</name>
    <message>
        <source>make-up workday, no trading</source>
        <translation>调休工作日，不交易</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>no trading</source>
        <translation>不交易</translation>
    </message>
    <message>
        <source>Week of %1 – %2 (institution time, UTC+8)</source>
        <translation>%1 至 %2 当周（机构时间，UTC+8）</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>系统变更</translation>
    </message>
    <message>
        <source>&amp;New change…</source>
        <translation>新建变更(&amp;N)…</translation>
    </message>
    <message>
        <source>A new change request, saved as a draft (Alt+N)</source>
        <translation>新建变更申请，保存为草稿（Alt+N）</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Change requests by state (Alt+1)</source>
        <translation>按状态查看变更申请（Alt+1）</translation>
    </message>
    <message>
        <source>Calendar of windows</source>
        <translation>变更窗口日历</translation>
    </message>
    <message>
        <source>Change windows by week, trading hours shaded (Alt+2)</source>
        <translation>按周查看变更窗口，交易时段以阴影标示（Alt+2）</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>本周(&amp;W)</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>下一周(&amp;X) ▶</translation>
    </message>
    <message>
        <source>Shaded: trading hours of %1. Blocks: change windows, coloured by state and labelled; &quot;⚠ Emergency&quot; marks an emergency change and &quot;in trading hours&quot; (hatched, red border) one approved inside trading hours. Click a block or select it with the arrow keys and press Enter to open the change.</source>
        <translation>阴影：%1 的交易时段。色块：变更窗口，按状态着色并附标签；“⚠ 紧急”表示紧急变更，“交易时段内”（斜线填充、红色边框）表示经批准在交易时段内实施的变更。单击色块，或用方向键选中后按 Enter 键，即可打开该变更。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChannelDialog</name>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>DutyDesk posts JSON: title, text, incident, level, at.</source>
        <translation>DutyDesk 以 JSON 格式推送，字段为：title、text、incident、level、at。</translation>
    </message>
    <message>
        <source>&amp;URL (optional):</source>
        <translation>URL（可选）(&amp;U)：</translation>
    </message>
    <message>
        <source>The robot key is the key=… part of the robot&apos;s webhook address. A pasted address with its key is split: the key goes to the secret store.</source>
        <translation>机器人密钥即机器人 Webhook 地址中的 key=… 部分。粘贴带密钥的完整地址时会自动拆分：密钥存入密钥库。</translation>
    </message>
    <message>
        <source>With a signing secret (SEC…) every message is signed (加签).</source>
        <translation>填写加签密钥（SEC…）后，每条消息都会加签。</translation>
    </message>
    <message>
        <source>The signing secret is needed only when the bot checks signatures.</source>
        <translation>仅当机器人校验签名时才需要加签密钥。</translation>
    </message>
    <message>
        <source>Recipients are the e-mail addresses given in the handbook&apos;s channel preferences.</source>
        <translation>收件人为联络手册通知偏好中填写的电子邮件地址。</translation>
    </message>
    <message>
        <source>Signing secret (optional):</source>
        <translation>加签密钥（可选）：</translation>
    </message>
    <message>
        <source>&amp;Signing secret:</source>
        <translation>加签密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>••• stored (type to replace, empty it to remove)</source>
        <translation>••• 已保存（输入新值以替换，清空则删除）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>编辑通知渠道 %1</translation>
    </message>
    <message>
        <source>Add notification channel</source>
        <translation>添加通知渠道</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Duty group (WeCom)</source>
        <translation>例如 值班群（企业微信）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Robot &amp;key:</source>
        <translation>机器人密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>访问令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>SMTP 主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>加密方式(&amp;C)：</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS (smtps)</source>
        <translation>TLS（smtps）</translation>
    </message>
    <message>
        <source>None (local test server only)</source>
        <translation>无（仅限本地测试服务器）</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>发件人(&amp;F)：</translation>
    </message>
    <message>
        <source>DutyDesk &lt;dutydesk@example.com&gt;</source>
        <translation>DutyDesk &lt;dutydesk@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>留空：不登录</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChannelPreferencesEditor</name>
    <message>
        <source>e-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>none needed: posts into its group</source>
        <translation>无需填写：消息发送到其所在群</translation>
    </message>
    <message>
        <source>Channel row %1: %2</source>
        <translation>渠道第 %1 行：%2</translation>
    </message>
    <message>
        <source>Message channels for this person:</source>
        <translation>此人的通知渠道：</translation>
    </message>
    <message>
        <source>Message channels for whoever holds this role:</source>
        <translation>该值班岗位当班人员的通知渠道：</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通知渠道</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No notification channels yet: add them under Settings → Monitoring &amp; messages.</source>
        <translation>尚无通知渠道：请在“设置 → 监控和消息”中添加。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChannelsSettingsBox</name>
    <message>
        <source>••• stored</source>
        <translation>••• 已保存</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>密钥：%1</translation>
    </message>
    <message>
        <source>token %1, signing secret %2</source>
        <translation>令牌：%1，加签密钥：%2</translation>
    </message>
    <message>
        <source>signing secret %1</source>
        <translation>加签密钥：%1</translation>
    </message>
    <message>
        <source>password %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>删除通知渠道</translation>
    </message>
    <message>
        <source>Remove this channel and everyone&apos;s preferences for it?</source>
        <translation>删除此通知渠道以及所有人针对它的通知偏好吗？</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Channel saved.</source>
        <translation>通知渠道已保存。</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <source>Send the test e-mail to this address:</source>
        <translation>将测试邮件发送到此地址：</translation>
    </message>
    <message>
        <source>Sending a test message through %1…</source>
        <translation>正在通过 %1 发送测试消息…</translation>
    </message>
    <message>
        <source>Test message through %1: sent.</source>
        <translation>通过 %1 发送测试消息：已发送。</translation>
    </message>
    <message>
        <source>Test message through %1: failed: %2</source>
        <translation>通过 %1 发送测试消息：发送失败：%2</translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation>通知渠道</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>&amp;Add channel…</source>
        <translation>添加通知渠道(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>发送测试(&amp;T)</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChartBuilders</name>
    <message>
        <source>Not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Mean (h)</source>
        <translation>平均（小时）</translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation>90分位（小时）</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Required: 1 per half-year</source>
        <translation>要求：每半年度 1 次</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A quarter on a chart axis: %1 the two-digit year, %2 the quarter (1-4), e.g. &quot;26 Q1&quot;.</extracomment>
        <translation>%1年Q%2</translation>
    </message>
    <message>
        <source>%1 H%2</source>
        <extracomment>A half-year on a chart axis: %1 the year, %2 the half (1 or 2), e.g. &quot;2026 H1&quot;.</extracomment>
        <translation>%1年H%2</translation>
    </message>
    <message>
        <source>Planned, not yet held</source>
        <translation>已计划，尚未举行</translation>
    </message>
</context>
<context>
    <name>dd::ui::CommunicationDialog</name>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation>公函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Regulatory filing system</source>
        <translation>监管报送系统</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Recipient: say to whom the contacts were communicated, e.g. the local CSRC bureau.</source>
        <translation>接收方：请说明联络人信息报送给了谁，例如住所地证监局。</translation>
    </message>
    <message>
        <source>Method: say how they were communicated, e.g. by fax.</source>
        <translation>方式：请说明报送方式，例如传真。</translation>
    </message>
    <message>
        <source>Record communication</source>
        <translation>登记报送</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>(not a unit of the handbook)</source>
        <translation>（非联络手册中的单位）</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. 深圳证监局 机构监管处</source>
        <translation>例如：深圳证监局 机构监管处</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>dd::ui::CompleteDrillDialog</name>
    <message>
        <source>&amp;Yes — the emergency plan needs an update</source>
        <translation>是 — 应急预案需要更新(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No — the emergency plan stays as it is</source>
        <translation>否 — 应急预案保持不变(&amp;N)</translation>
    </message>
    <message>
        <source>Complete drill</source>
        <translation>完成演练</translation>
    </message>
    <message>
        <source>Which parts of the plan, and why (optional for “no”)</source>
        <translation>需更新预案的哪些部分及原因（选择“否”时可不填）</translation>
    </message>
    <message>
        <source>Complete “%1”. The record is then closed; corrections stay possible.</source>
        <translation>完成“%1”。完成后该记录将关闭，但仍可更正。</translation>
    </message>
    <message>
        <source>Does the emergency plan need an update?</source>
        <translation>应急预案是否需要更新？</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigAuditsPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>已于 %1 关闭</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>discrepancy</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>✓ settled %1</source>
        <translation>✓ 已于 %1 处理完毕</translation>
    </message>
    <message>
        <source>✗ open</source>
        <translation>✗ 未处理</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>审计发现</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n open</source>
        <translation>
            <numerusform>审计发现：%n 项未处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit started with %n finding(s).</source>
        <translation>
            <numerusform>审计已开始，共有 %n 项审计发现。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit closed.</source>
        <translation>审计已关闭。</translation>
    </message>
    <message>
        <source>%1 confirmed as recorded.</source>
        <translation>已确认 %1 与记录一致。</translation>
    </message>
    <message>
        <source>Configuration audits</source>
        <translation>配置审计</translation>
    </message>
    <message>
        <source>Start audit…</source>
        <translation>开始审计…</translation>
    </message>
    <message>
        <source>Close audit</source>
        <translation>关闭审计</translation>
    </message>
    <message>
        <source>Closes only when every finding is settled</source>
        <translation>所有审计发现均处理完毕后方可关闭</translation>
    </message>
    <message>
        <source>Confirm item</source>
        <translation>确认配置项</translation>
    </message>
    <message>
        <source>The item is as recorded: confirm it today and settle the finding</source>
        <translation>该配置项与记录一致：以今天为确认日期，并将该审计发现标记为处理完毕</translation>
    </message>
    <message>
        <source>Record discrepancy…</source>
        <translation>记录差异…</translation>
    </message>
    <message>
        <source>Record correction…</source>
        <translation>记录更正…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>审计周期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审计发现</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>处理情况</translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigDetail</name>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>%1 the dependent item, %2 the relation (&quot;depends on&quot;), %3 the item it relates to</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Nothing depends on %1: a fault of it affects no other recorded item.</source>
        <translation>没有配置项依赖 %1：其故障不会影响任何其他已登记的配置项。</translation>
    </message>
    <message numerus="yes">
        <source>A fault of %1 can affect %n item(s), up to %2 step(s) away.</source>
        <translation>
            <numerusform>%1 发生故障可能影响 %n 个配置项，最远相隔 %2 层。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a change window in institution time: start – end</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <source>Remove the relation “%1”?</source>
        <translation>删除关系“%1”？</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>The items that depend on this one, directly or through others</source>
        <translation>直接或间接依赖此配置项的配置项</translation>
    </message>
    <message>
        <source>Add relation…</source>
        <translation>添加关系…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Related item</source>
        <translation>关联配置项</translation>
    </message>
    <message>
        <source>Dependent item</source>
        <translation>受影响的配置项</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time (UTC+8)</source>
        <translation>时间（UTC+8）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Incidents that affected the item (double-click opens)</source>
        <translation>影响该配置项的事件（双击打开）</translation>
    </message>
    <message>
        <source>Changes that touched the item (double-click opens)</source>
        <translation>涉及该配置项的变更（双击打开）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detected (UTC+8)</source>
        <translation>发现时间（UTC+8）</translation>
    </message>
    <message>
        <source>Window (UTC+8)</source>
        <translation>变更窗口（UTC+8）</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Unlink finding</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Unlink the finding “%1” from %2?</source>
        <translation>取消发现问题“%1”与 %2 的关联？</translation>
    </message>
    <message>
        <source>Problems found in drills (drill findings; double-click opens the drill)</source>
        <translation>演练发现的问题（双击打开演练）</translation>
    </message>
    <message>
        <source>Link finding…</source>
        <translation>关联发现问题…</translation>
    </message>
    <message>
        <source>Drill date</source>
        <translation>演练日期</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigItemChecklist</name>
    <message>
        <source>%1  %2 (deleted)</source>
        <translation>%1  %2（已删除）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Filter items by number or name…</source>
        <translation>按编号或名称筛选配置项…</translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation>配置项</translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigItemDialog</name>
    <message>
        <source>%1 “%2” is replaced by a new item. Every relation of %1 moves to the successor; %1 retires and points at its successor. Its history and links stay readable.</source>
        <translation>%1“%2”将被新配置项替换。%1 的所有关系将转移至后继配置项；%1 将退役并指向其后继配置项。其变更历史和关联记录仍可查阅。</translation>
    </message>
    <message>
        <source>A number never changes; replace the item to give a new number</source>
        <translation>编号一经设定不能更改；如需新编号，请替换该配置项</translation>
    </message>
    <message>
        <source>Add configuration item</source>
        <translation>添加配置项</translation>
    </message>
    <message>
        <source>Edit configuration item %1</source>
        <translation>编辑配置项 %1</translation>
    </message>
    <message>
        <source>Replace configuration item %1</source>
        <translation>替换配置项 %1</translation>
    </message>
    <message>
        <source>New &amp;number:</source>
        <translation>新编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>System &amp;class:</source>
        <translation>系统类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>No&amp;te for the history:</source>
        <translation>变更历史备注(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. SRV-0001; never given again</source>
        <translation>例如 SRV-0001；编号不会重复使用</translation>
    </message>
    <message>
        <source>Add kind…</source>
        <translation>添加类型…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the owner from the handbook&apos;s people</source>
        <translation>从联络手册的人员中选择责任人</translation>
    </message>
    <message>
        <source>1 to 5; 5 is the highest class</source>
        <translation>1 至 5；5 为最高类别</translation>
    </message>
    <message>
        <source>why (optional)</source>
        <translation>原因（可选）</translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigItemModel</name>
    <message>
        <source>Deleted (%1)</source>
        <translation>已删除（%1）</translation>
    </message>
    <message>
        <source>%1, replaced by %2</source>
        <translation>%1，已被 %2 替换</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>系统类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>最近确认</translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigPage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a kind in the tree with its number of items: &quot;Server (3)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 — a kind added by the institution (%2)</source>
        <translation>%1 — 本机构添加的类型（%2）</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>%1 replaced by %2; its relations moved to %2.</source>
        <translation>%1 已被 %2 替换；其关系已转移至 %2。</translation>
    </message>
    <message>
        <source>Delete configuration item</source>
        <translation>删除配置项</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?

Its relations are removed; the item stays readable in the history and the links (shown with “show deleted”). The number %1 is never given again.</source>
        <translation>删除%1“%2”？

其关系将被删除；该配置项在变更历史和关联记录中仍可查阅（勾选“显示已删除的配置项”即可显示）。编号 %1 不会再次使用。</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Configuration management</source>
        <translation>配置管理</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Configuration items, their relations and history (Alt+1)</source>
        <translation>配置项及其关系和变更历史（Alt+1）</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>配置审计</translation>
    </message>
    <message>
        <source>Configuration audits and their findings (Alt+2)</source>
        <translation>配置审计及其审计发现（Alt+2）</translation>
    </message>
    <message>
        <source>Search number, name, location, owner… (Ctrl+F)</source>
        <translation>搜索编号、名称、位置、责任人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show deleted items</source>
        <translation>显示已删除的配置项</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a configuration item (Ctrl+N)</source>
        <translation>添加配置项（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter, double-click)</source>
        <translation>编辑所选配置项（Enter 键或双击）</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Replace the selected item by a successor with a new number</source>
        <translation>用新编号的后继配置项替换所选配置项</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete); its number is never reused</source>
        <translation>删除所选配置项（Delete 键）；其编号不会再次使用</translation>
    </message>
    <message>
        <source>Add kind…</source>
        <translation>添加类型…</translation>
    </message>
    <message>
        <source>Add a kind of configuration item the institution uses</source>
        <translation>添加本机构使用的配置项类型</translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactChooserDialog</name>
    <message>
        <source>Choose people</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <source>&amp;Search by name, unit, position or phone:</source>
        <translation>按姓名、单位、职务或电话搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 张 or 1380013</source>
        <translation>例如：张 或 1380013</translation>
    </message>
    <message>
        <source>Nobody matches. People are added on the Contacts tab of the handbook.</source>
        <translation>没有匹配的人员。人员在联络手册的“联系人”标签页中添加。</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactComboBox</name>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Backup: &quot;%1&quot; is not a person in the handbook; choose one from the list or leave it empty.</source>
        <translation>备岗：“%1”不是联络手册中的人员；请从列表中选择，或留空。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Backup (备岗):</source>
        <translation>备岗(&amp;B)：</translation>
    </message>
    <message>
        <source>Signs in &amp;as:</source>
        <translation>登录账户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Office phone:</source>
        <translation>办公电话(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Duty line:</source>
        <translation>值班电话(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>传真(&amp;F)：</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>&amp;Verified on:</source>
        <translation>核实日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Printed in the &amp;handbook</source>
        <translation>印入联络手册(&amp;H)</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>启用(&amp;C)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>Type part of a name to search</source>
        <translation>输入姓名的一部分进行搜索</translation>
    </message>
    <message>
        <source>(does not sign in)</source>
        <translation>（不登录）</translation>
    </message>
    <message>
        <source>010 6555 0000 ext. 12</source>
        <translation>010 6555 0000 转 12</translation>
    </message>
    <message>
        <source>any number, also 95598</source>
        <translation>任意号码，也可为 95598</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactPicker</name>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Search the handbook…</source>
        <translation>搜索联络手册…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选择 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactTableModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Never verified: check this entry and mark it verified (Ctrl+Shift+V).</source>
        <translation>从未核实：请检查此条目并标记为已核实（Ctrl+Shift+V）。</translation>
    </message>
    <message numerus="yes">
        <source>Not verified since %1 (the handbook asks for a check every %n day(s)).</source>
        <translation>
            <numerusform>自 %1 起未核实（联络手册要求每 %n 天核实一次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed in the handbook</source>
        <translation>不印入联络手册</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactsPanel</name>
    <message>
        <source>handbook not distributed yet</source>
        <translation>联络手册尚未分发</translation>
    </message>
    <message numerus="yes">
        <source>handbook changed since distribution v%1 (%n change(s))</source>
        <translation>
            <numerusform>联络手册自分发 v%1 以来已有变更（%n 处）</numerusform>
        </translation>
    </message>
    <message>
        <source>handbook unchanged since distribution v%1 of %2</source>
        <translation>联络手册自 %2 分发 v%1 以来未有变更</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>共 %n 名联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n stale (not verified within %1 days)</source>
        <translation>
            <numerusform>，%n 名过期未核实（%1 天内未核实）</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>；%1</translation>
    </message>
    <message>
        <source> — read-only</source>
        <translation> — 只读</translation>
    </message>
    <message>
        <source> — read-only: sign in as someone who may edit duty data to change it</source>
        <translation> — 只读：如需修改，请以有权编辑值班数据的身份登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <source>Add a person to the handbook</source>
        <translation>向联络手册添加人员</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the chosen person (Enter or double-click)</source>
        <translation>编辑所选人员（回车或双击）</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Remove the person from the handbook; the roster and history keep the name</source>
        <translation>将此人从联络手册中移除；值班表和历史记录仍保留其姓名</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>标记为已核实</translation>
    </message>
    <message>
        <source>Record that the chosen entries were checked today</source>
        <translation>记录所选条目已于今天核实</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>新建单位…</translation>
    </message>
    <message>
        <source>Add a department or a related external unit</source>
        <translation>添加部门或外部相关单位</translation>
    </message>
    <message>
        <source>Edit unit…</source>
        <translation>编辑单位…</translation>
    </message>
    <message>
        <source>Edit the unit chosen in the tree</source>
        <translation>编辑在树中选中的单位</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file, with a preview before anything is written</source>
        <translation>从 CSV 或 vCard 文件导入联系人，写入前先预览</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the contacts shown as CSV or vCard</source>
        <translation>将当前显示的联系人导出为 CSV 或 vCard</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Preview and print the handbook</source>
        <translation>预览并打印联络手册</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Save the handbook as a PDF file</source>
        <translation>将联络手册保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Record distribution…</source>
        <translation>登记分发…</translation>
    </message>
    <message>
        <source>Record that this version of the handbook was handed out</source>
        <translation>登记此版本联络手册已分发</translation>
    </message>
    <message>
        <source>Notify units…</source>
        <translation>通知相关单位…</translation>
    </message>
    <message>
        <source>Change notices for the units concerned by changes since the last distribution</source>
        <translation>为自上次分发以来受变更影响的单位生成变更通知</translation>
    </message>
    <message>
        <source>Search name, phone or unit (Ctrl+F)</source>
        <translation>搜索姓名、电话或单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show &amp;stale only</source>
        <translation>仅显示过期未核实(&amp;S)</translation>
    </message>
    <message>
        <source>Only entries not verified within the configured period (tinted in the list)</source>
        <translation>仅显示在设定期限内未核实的条目（在列表中以底色标出）</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1：无法写入文件（%2）。</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>已添加联系人。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Deactivate contact</source>
        <translation>停用联系人</translation>
    </message>
    <message>
        <source>Deactivate %1? The person leaves the handbook and the choice lists; the roster, incident timelines and the audit log keep the name.</source>
        <translation>停用 %1 吗？此人将从联络手册和选择列表中移除；值班表、事件时间线和审计日志仍保留其姓名。</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked verified on %1.</source>
        <translation>
            <numerusform>已将 %n 名联系人标记为于 %1 核实。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit added.</source>
        <translation>已添加单位。</translation>
    </message>
    <message>
        <source>Unit saved.</source>
        <translation>已保存单位。</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Contact lists (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</source>
        <translation>联系人列表 (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unit(s) created.</source>
        <translation>已导入 %1：新增 %2 人，更新 %3 人，新建 %4 个单位。</translation>
    </message>
    <message>
        <source>CSV, Chinese headers (*.csv)</source>
        <translation>CSV，中文表头 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, English headers (*.csv)</source>
        <translation>CSV，英文表头 (*.csv)</translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf)</source>
        <translation>vCard 3.0 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1: unknown export format.</source>
        <translation>%1：未知的导出格式。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 名联系人导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency contact handbook %1</source>
        <translation>应急处置联络手册 %1</translation>
    </message>
    <message>
        <source>Save the handbook as PDF</source>
        <translation>将联络手册保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Handbook v%1 saved: %2 (%n page(s)).</source>
        <translation>
            <numerusform>联络手册 v%1 已保存：%2（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Handbook v%1 — print preview</source>
        <translation>联络手册 v%1 — 打印预览</translation>
    </message>
    <message>
        <source>Distribution v%1 recorded.</source>
        <translation>已登记分发 v%1。</translation>
    </message>
    <message>
        <source>No unit needs a change notice: nothing they are concerned by changed since the last distribution.</source>
        <translation>没有单位需要变更通知：自上次分发以来，与各单位相关的内容均未变更。</translation>
    </message>
</context>
<context>
    <name>dd::ui::CopyTemplateDialog</name>
    <message>
        <source>Copy template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot; to a custom template you can edit. A custom copy is used instead of the built-in when a report of its form is written.</source>
        <translation>将“%1”复制为可编辑的自定义模板。生成该类报告时，将使用自定义副本代替内置模板。</translation>
    </message>
    <message>
        <source>New &amp;id:</source>
        <translation>新标识(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>请输入标识。</translation>
    </message>
    <message>
        <source>Use lower-case letters a–z, digits and _ only (at most 64).</source>
        <translation>只能使用小写字母 a–z、数字和 _（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>A template with the id &quot;%1&quot; exists already.</source>
        <translation>标识为“%1”的模板已存在。</translation>
    </message>
</context>
<context>
    <name>dd::ui::CoveragePanel</name>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1（%n 个步骤）</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ no procedure</source>
        <translation>✗ 无处置流程</translation>
    </message>
    <message>
        <source>✗ no notice template</source>
        <translation>✗ 无通知模板</translation>
    </message>
    <message>
        <source>✗ only generic: %1</source>
        <translation>✗ 仅有通用模板：%1</translation>
    </message>
    <message>
        <source>✗ no report flow</source>
        <translation>✗ 无报告流程</translation>
    </message>
    <message>
        <source>Every fault type has a procedure, a notice template and a report flow.</source>
        <translation>每种故障类型均已配置处置流程、通知模板和报告流程。</translation>
    </message>
    <message numerus="yes">
        <source>%n fault type(s) have gaps (marked ✗). Procedures are kept in the procedure library and notices in the report templates; only the report flow is edited here.</source>
        <translation>
            <numerusform>%n 种故障类型存在空缺（标记为 ✗）。处置流程在处置流程库中维护，通知在报告模板中维护；此处仅可编辑报告流程。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fault type</source>
        <translation>故障类型</translation>
    </message>
    <message>
        <source>Handling procedure</source>
        <translation>处置流程</translation>
    </message>
    <message>
        <source>Notice templates</source>
        <translation>通知模板</translation>
    </message>
    <message>
        <source>Report flow</source>
        <translation>报告流程</translation>
    </message>
    <message>
        <source>Edit report flow…</source>
        <translation>编辑报告流程…</translation>
    </message>
</context>
<context>
    <name>dd::ui::DashboardCharts</name>
    <message>
        <source>Cannot compute: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>Incidents per month by grade</source>
        <translation>各月事件数（按级别）</translation>
    </message>
    <message>
        <source>Time to recover per quarter</source>
        <translation>各季度恢复时长</translation>
    </message>
    <message>
        <source>Reports on time vs late</source>
        <translation>报告按时与迟报情况</translation>
    </message>
    <message>
        <source>Drills per half-year</source>
        <translation>各半年度演练次数</translation>
    </message>
    <message>
        <source>Open improvement actions</source>
        <translation>未完成整改措施</translation>
    </message>
    <message>
        <source>The period the chart shows</source>
        <translation>图表的统计期间</translation>
    </message>
</context>
<context>
    <name>dd::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n incident(s) open</source>
        <translation>
            <numerusform>%n 起事件未结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) open</source>
        <translation>
            <numerusform>%n 条预警未解除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) overdue</source>
        <translation>
            <numerusform>%n 份报告已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill incident(s) open</source>
        <translation>
            <numerusform>%n 起演练事件未结束</numerusform>
        </translation>
    </message>
    <message>
        <source>演练 DRILL — practice database of &quot;%1&quot;; nothing here is real.</source>
        <translation>演练 DRILL — “%1”的演练数据库；此处内容均非真实。</translation>
    </message>
    <message>
        <source>The roster page cannot be opened from here.</source>
        <translation>无法从此处打开值班表页面。</translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <source>Declare an incident: detection time is now (Ctrl+N)</source>
        <translation>登记事件：发现时间为当前时间（Ctrl+N）</translation>
    </message>
    <message>
        <source>Raise warning</source>
        <translation>发布预警</translation>
    </message>
    <message>
        <source>Record a warning (预警) before it becomes an incident (Ctrl+Shift+N)</source>
        <translation>在演变为事件之前记录预警（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;roster</source>
        <translation>今日值班表(&amp;R)</translation>
    </message>
    <message>
        <source>Open the roster at today (Alt+R)</source>
        <translation>打开值班表并定位到今天（Alt+R）</translation>
    </message>
    <message>
        <source>&amp;Print my action card</source>
        <translation>打印我的应急工作卡片(&amp;P)</translation>
    </message>
    <message>
        <source>Print preview of the signed-in person&apos;s emergency action card (Alt+P)</source>
        <translation>当前登录人员的应急工作卡片打印预览（Alt+P）</translation>
    </message>
</context>
<context>
    <name>dd::ui::DatabaseBackup</name>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite3);;All files (*)</source>
        <translation>应急值守台数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name; a backup never replaces an existing file.</source>
        <translation>%1 已存在。请选择新的文件名；备份不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>数据库已备份到 %1。</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeclareDialog</name>
    <message>
        <source>Raise warning</source>
        <translation>发布预警</translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <source>A warning (预警) records a risk before it becomes an incident. A title is enough to start; the rest can follow in the workspace.</source>
        <translation>预警用于在风险演变为事件之前进行记录。填写标题即可开始，其余内容可稍后在工作区中补充。</translation>
    </message>
    <message>
        <source>Detection time is now (%1). A title is enough to start: the grade, the reports due and the timeline follow at once, and the facts can be completed in the workspace.</source>
        <translation>发现时间为当前时间（%1）。填写标题即可开始：级别、待报送报告和时间线将随即生成，事件要素可稍后在工作区中补全。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Warning</source>
        <translation>预警(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Fault type:</source>
        <translation>故障类型(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;ystem kind:</source>
        <translation>系统类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Affected systems:</source>
        <translation>受影响系统(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>In a few words: 集中交易系统委托失败</source>
        <translation>简要描述，例如：集中交易系统委托失败</translation>
    </message>
    <message>
        <source>Configuration ite&amp;ms:</source>
        <translation>配置项(&amp;M)：</translation>
    </message>
    <message>
        <source>Free text: hosts, services, branches (what is not in the configuration)</source>
        <translation>自由填写：主机、服务、营业部（未纳入配置管理的对象）</translation>
    </message>
    <message>
        <source>Optional: tick the configuration items affected; the workspace then shows their dependents and recent changes</source>
        <translation>可选：勾选受影响的配置项；工作区随后会显示其影响范围及近期变更</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeliveriesPanel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation>新建交付</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>交付：%1</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1（%2，验收人：%3）</translation>
    </message>
    <message>
        <source>Checklist (%1/%2 settled)</source>
        <translation>交付清单（%1/%2 项处理完毕）</translation>
    </message>
    <message>
        <source>What blocks starting</source>
        <translation>开始前尚需完成</translation>
    </message>
    <message>
        <source>Give the delivery a title.</source>
        <translation>请填写交付标题。</translation>
    </message>
    <message>
        <source>Write the responsibilities of the delivery plan.</source>
        <translation>请填写交付计划中的职责分工。</translation>
    </message>
    <message>
        <source>Write the steps of the delivery plan.</source>
        <translation>请填写交付计划中的步骤。</translation>
    </message>
    <message>
        <source>Then, before acceptance:</source>
        <translation>此后，验收前还需：</translation>
    </message>
    <message>
        <source>What blocks acceptance</source>
        <translation>验收前尚需完成</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Accepted: the delivery is no longer edited; records may still be added.</source>
        <translation>已验收：该交付不能再编辑，但仍可添加记录。</translation>
    </message>
    <message>
        <source>✓ Nothing: it can go ahead.</source>
        <translation>✓ 无：可以继续。</translation>
    </message>
    <message>
        <source>Delivery saved.</source>
        <translation>交付已保存。</translation>
    </message>
    <message>
        <source>Delivery started.</source>
        <translation>交付已开始。</translation>
    </message>
    <message>
        <source>Delivery accepted.</source>
        <translation>交付已验收。</translation>
    </message>
    <message>
        <source>Filter deliveries…</source>
        <translation>筛选交付…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>交付清单</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>&amp;New delivery</source>
        <translation>新建交付(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation>供应商(&amp;U)：</translation>
    </message>
    <message>
        <source>Configuration ite&amp;m:</source>
        <translation>配置项(&amp;M)：</translation>
    </message>
    <message>
        <source>Res&amp;ponsibilities:</source>
        <translation>职责分工(&amp;P)：</translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation>步骤(&amp;E)：</translation>
    </message>
    <message>
        <source>Planned &amp;on:</source>
        <translation>计划日期(&amp;O)：</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Who is responsible for what (supplier, operations)</source>
        <translation>各方职责分工（供应商、运维）</translation>
    </message>
    <message>
        <source>The steps of the delivery</source>
        <translation>交付步骤</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Detail: what was received, or why it does not apply</source>
        <translation>详情：已接收的内容，或不适用的原因</translation>
    </message>
    <message>
        <source>Training of the operations staff</source>
        <translation>运维人员培训</translation>
    </message>
    <message>
        <source>Add tra&amp;ining…</source>
        <translation>添加培训(&amp;I)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>At (UTC+8)</source>
        <translation>时间（UTC+8）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>A record of the delivery (arrival, meeting, handover)</source>
        <translation>交付过程记录（到货、会议、交接）</translation>
    </message>
    <message>
        <source>Add recor&amp;d</source>
        <translation>添加记录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation>开始(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>验收(&amp;A)</translation>
    </message>
    <message>
        <source>Saves the form and starts the delivery</source>
        <translation>保存表单并开始交付</translation>
    </message>
    <message>
        <source>Saves the form and accepts the delivery</source>
        <translation>保存表单并验收交付</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeskSettingsBox</name>
    <message>
        <source>Database file for the next start</source>
        <translation>下次启动时使用的数据库文件</translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite3);;All files (*)</source>
        <translation>应急值守台数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Applied at once; remembered for this desk.</source>
        <translation>立即生效，仅保存在本机。</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>At the next start DutyDesk opens %1. The change takes effect then.</source>
        <translation>下次启动时，应急值守台将打开 %1，更改届时生效。</translation>
    </message>
    <message>
        <source>Choosing another file takes effect at the next start.</source>
        <translation>选择其他文件后，将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>dd::ui::DistributionDialog</name>
    <message>
        <source>Record distribution</source>
        <translation>登记分发</translation>
    </message>
    <message>
        <source>The handbook has not been distributed yet. Recording a distribution makes this state version %1.</source>
        <translation>联络手册尚未分发过。登记分发后，当前状态将成为版本 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since distribution v%1 of %2 (by %3). Recording a distribution makes this state version %4; later changes count from it.</source>
        <translation>
            <numerusform>自 %2 分发 v%1（分发人：%3）以来共有 %n 处变更。登记分发后，当前状态将成为版本 %4，此后的变更从该版本起算。</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>How it was handed out, e.g. printed for the duty room and mailed to the related units</source>
        <translation>分发方式，例如：打印一份放在值班室，并邮寄给各相关单位</translation>
    </message>
    <message>
        <source>&amp;Record distribution v%1</source>
        <translation>登记分发 v%1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dd::ui::DocumentDialog</name>
    <message>
        <source>Add document or backup</source>
        <translation>添加技术资料或软件备份</translation>
    </message>
    <message>
        <source>Edit document or backup</source>
        <translation>编辑技术资料或软件备份</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Where kept:</source>
        <translation>存放位置(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>保管人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Last checked:</source>
        <translation>最近检查(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>cabinet, share, offline media…</source>
        <translation>文件柜、共享目录、离线介质…</translation>
    </message>
</context>
<context>
    <name>dd::ui::DocumentsPanel</name>
    <message>
        <source>✗ No entry for: %1.</source>
        <translation>✗ 以下类别无记录：%1。</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n entry(s) not checked within the last 12 months.</source>
        <translation>
            <numerusform>✗ %n 条记录近 12 个月内未检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every kind of document and backup is recorded and was checked within 12 months.</source>
        <translation>各类技术资料和软件备份均已登记，且在 12 个月内检查过。</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>删除资料</translation>
    </message>
    <message>
        <source>Delete “%1” from the inventory?</source>
        <translation>从清单中删除“%1”？</translation>
    </message>
    <message>
        <source>Technical documents and software backups</source>
        <translation>技术资料和软件备份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Where kept</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The drill “%1” has unsaved changes. Save them?</source>
        <translation>演练“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Plan saved. It was approved: it is a draft again and needs a new approval.</source>
        <translation>方案已保存。该方案此前已批准，现已恢复为草稿，需要重新批准。</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>方案已保存。</translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>记录已保存。</translation>
    </message>
    <message>
        <source>A cancelled drill cannot be changed.</source>
        <translation>已取消的演练不能修改。</translation>
    </message>
    <message>
        <source>Plan approved.</source>
        <translation>方案已批准。</translation>
    </message>
    <message>
        <source>Drill started: fill in the record as it goes.</source>
        <translation>演练已开始：请随演练进程填写记录。</translation>
    </message>
    <message>
        <source>Drill completed.</source>
        <translation>演练已完成。</translation>
    </message>
    <message>
        <source>Drill cancelled.</source>
        <translation>演练已取消。</translation>
    </message>
    <message>
        <source>Drill “%1” deleted.</source>
        <translation>演练“%1”已删除。</translation>
    </message>
    <message>
        <source>Cancel drill</source>
        <translation>取消演练</translation>
    </message>
    <message>
        <source>Why is “%1” cancelled? (kept with the drill)</source>
        <translation>“%1”为何取消？（随演练一并保存）</translation>
    </message>
    <message>
        <source>Delete drill</source>
        <translation>删除演练</translation>
    </message>
    <message>
        <source>Delete “%1” with its record, findings and attachments?</source>
        <translation>删除“%1”及其记录、发现的问题和附件？</translation>
    </message>
    <message>
        <source>%1 — print preview</source>
        <translation>%1 — 打印预览</translation>
    </message>
    <message>
        <source>Save drill plan</source>
        <translation>保存演练方案</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML page (*.html);;Plain text (*.txt)</source>
        <translation>PDF (*.pdf);;OpenDocument 文本 (*.odt);;HTML 网页 (*.html);;纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>New drill plan</source>
        <translation>新建演练方案</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Approved %1 by %2. Changing the plan returns it to draft.</source>
        <translation>已于 %1 由 %2 批准。修改方案将使其恢复为草稿。</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Emergency plan needs an update: %1</source>
        <translation>应急预案需要更新：%1</translation>
    </message>
    <message>
        <source>Emergency plan needs no update. %1</source>
        <translation>应急预案无需更新。%1</translation>
    </message>
    <message>
        <source>Retention ended %1: may be deleted.</source>
        <translation>保存期限已于 %1 届满：可以删除。</translation>
    </message>
    <message>
        <source>Kept until %1: cannot be deleted before %2.</source>
        <translation>保存至 %1：%2 之前不能删除。</translation>
    </message>
    <message>
        <source>⚠ %1 open improvement actions, %2 overdue</source>
        <translation>⚠ %1 项整改措施未完成，其中 %2 项已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n open improvement action(s)</source>
        <translation>
            <numerusform>%n 项整改措施未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept until %1: cannot be deleted before %2</source>
        <translation>保存至 %1：%2 之前不能删除</translation>
    </message>
    <message>
        <source>This desk is read-only.</source>
        <translation>本机处于只读状态。</translation>
    </message>
    <message>
        <source>Your role may not change drills.</source>
        <translation>您的角色无权修改演练。</translation>
    </message>
    <message>
        <source>Approval needs an IT lead, approver or administrator.</source>
        <translation>批准须由信息技术负责人、审批人或管理员进行。</translation>
    </message>
    <message>
        <source>Approve the plan (all eight parts needed)</source>
        <translation>批准方案（须八个部分齐全）</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Start a new drill plan (Alt+N)</source>
        <translation>新建演练方案（Alt+N）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the plan or the record (Ctrl+S)</source>
        <translation>保存方案或记录（Ctrl+S）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Mark the approved drill as started now</source>
        <translation>将已批准的演练标记为现在开始</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Cancel drill…</source>
        <translation>取消演练…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation>打印方案</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>打印方案…</translation>
    </message>
    <message>
        <source>Save plan as…</source>
        <translation>方案另存为…</translation>
    </message>
    <message>
        <source>Plan (eight parts)</source>
        <translation>方案（八个部分）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillModeFlow</name>
    <message>
        <source>Start drill mode</source>
        <translation>进入演练模式</translation>
    </message>
    <message>
        <source>Sign in first: drill mode is started by a duty officer, leader or administrator.</source>
        <translation>请先登录：演练模式须由值班人员、值班负责人或管理员启动。</translation>
    </message>
    <message>
        <source>There is no approved or in-progress drill. Plan a drill and have it approved first (Drills page).</source>
        <translation>当前没有已批准或进行中的演练。请先制定演练方案并获得批准（演练页面）。</translation>
    </message>
    <message>
        <source>Leave drill mode</source>
        <translation>退出演练模式</translation>
    </message>
    <message>
        <source>The production database %1 is not there any more; open it with --db once it is back.</source>
        <translation>生产环境数据库 %1 已不存在；待其恢复后，请使用 --db 打开。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The drill database is kept as evidence: %1</source>
        <translation>演练数据库已作为证据保留：%1</translation>
    </message>
    <message>
        <source>The drill timeline will not be added to the drill record. You can open the drill database later (--db) and leave drill mode again to add it.

Leave drill mode now?</source>
        <translation>演练时间线将不会添加到演练记录中。您可以稍后打开演练数据库（--db），再次退出演练模式以添加时间线。

现在退出演练模式？</translation>
    </message>
    <message>
        <source>The drill timeline could not be added to the drill record; you stay in drill mode.

%1</source>
        <translation>无法将演练时间线添加到演练记录中；仍处于演练模式。

%1</translation>
    </message>
    <message>
        <source>The timeline was added to the drill record, but the drill database could not note it: %1</source>
        <translation>时间线已添加到演练记录中，但演练数据库无法记录此情况：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were added to the record of drill &quot;%1&quot;.</source>
        <translation>
            <numerusform>已向演练“%1”的记录中添加 %n 个条目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillModeLeaveDialog</name>
    <message>
        <source>Leave drill mode</source>
        <translation>退出演练模式</translation>
    </message>
    <message numerus="yes">
        <source>The timeline of this drill database was already added to the record of drill &quot;%1&quot; on %2 (%n entries). Leaving returns to the production database.</source>
        <translation>
            <numerusform>此演练数据库的时间线已于 %2 添加到演练“%1”的记录中（%n 个条目）。退出后将返回生产环境数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident was declared in this drill database, so there is nothing to add to the record of drill &quot;%1&quot;. Leaving returns to the production database.</source>
        <translation>此演练数据库中未登记任何事件，因此没有需要添加到演练“%1”记录中的内容。退出后将返回生产环境数据库。</translation>
    </message>
    <message numerus="yes">
        <source>These %n timeline entries of the drill incidents will be added to the record of drill &quot;%1&quot; in the production database, signed by %2. Then the console returns to production.</source>
        <translation>
            <numerusform>演练事件的以下 %n 个时间线条目将添加到生产环境数据库中演练“%1”的记录中，由 %2 签署。随后控制台将返回生产环境。</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody signed in: sign in first)</source>
        <translation>（无人登录：请先登录）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Stay in drill mode</source>
        <translation>留在演练模式</translation>
    </message>
    <message>
        <source>Add to the drill record and leave</source>
        <translation>添加到演练记录并退出</translation>
    </message>
    <message>
        <source>Leave without adding</source>
        <translation>退出但不添加</translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillModeStartDialog</name>
    <message>
        <source>Start drill mode</source>
        <translation>进入演练模式</translation>
    </message>
    <message>
        <source>Drill mode copies this database — handbook, roster, procedures, rule sets, drills and operators — into a separate drill database beside it, and opens the console on the copy with the 演练 DRILL banner. Production incidents are not copied.

Everything done in drill mode stays in the drill database; nothing is written to production. Incidents declared there are drill incidents. When you leave drill mode, their timelines are added to the record of the drill chosen here.</source>
        <translation>演练模式会将本数据库（联络手册、值班表、处置流程、定级规则集、演练和操作员）复制到其旁边一个独立的演练数据库中，并在该副本上打开控制台，显示“演练 DRILL”横幅。生产环境的事件不会被复制。

在演练模式下进行的所有操作都只保存在演练数据库中，不会写入生产环境。在其中登记的事件均为演练事件。退出演练模式时，这些事件的时间线将添加到此处所选演练的记录中。</translation>
    </message>
    <message>
        <source>Drill (approved or in progress):</source>
        <translation>演练（已批准或进行中）：</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始时间</translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillPlanEditor</name>
    <message>
        <source>Required for approval: not filled in yet</source>
        <translation>批准所需：尚未填写</translation>
    </message>
    <message>
        <source>✓ All eight required parts are present: the plan can be approved.</source>
        <translation>✓ 八个必填部分均已齐全：方案可以批准。</translation>
    </message>
    <message>
        <source>⚠ Missing for approval (%1 of 8): %2</source>
        <translation>⚠ 尚缺批准所需内容（%1/8）：%2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>e.g. 2026 H1 trading system switch-over drill</source>
        <translation>例如：2026 年上半年交易系统切换演练</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>— choose a method —</source>
        <translation>— 选择方式 —</translation>
    </message>
    <message>
        <source>Systems and target recovery times</source>
        <translation>系统和目标恢复时间</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Target (minutes)</source>
        <translation>目标（分钟）</translation>
    </message>
    <message>
        <source>Add system</source>
        <translation>添加系统</translation>
    </message>
    <message>
        <source>Remove system</source>
        <translation>删除系统</translation>
    </message>
    <message>
        <source>Fault types exercised</source>
        <translation>演练涉及的故障类型</translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillRecordEditor</name>
    <message>
        <source>not measured</source>
        <translation>未实测</translation>
    </message>
    <message>
        <source>drill mode</source>
        <translation>演练模式</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Timeline entry added.</source>
        <translation>已添加时间线条目。</translation>
    </message>
    <message>
        <source>Attach a file to the drill</source>
        <translation>为演练添加附件</translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation>已添加附件 %1。</translation>
    </message>
    <message>
        <source>%1: the stored file %2 could not be read.</source>
        <translation>%1：无法读取已存储的文件 %2。</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Remove the attachment “%1” from the drill?</source>
        <translation>从演练中删除附件“%1”？</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始时间</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Measured recovery times</source>
        <translation>实测恢复时间</translation>
    </message>
    <message>
        <source>Timeline (who did what when)</source>
        <translation>时间线（何人于何时做了何事）</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation>— 未确定 —</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参演人员</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>目标（分钟）</translation>
    </message>
    <message>
        <source>Measured (min)</source>
        <translation>实测（分钟）</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>What happened (Enter adds it to the timeline)</source>
        <translation>发生的情况（按 Enter 添加到时间线）</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillUi</name>
    <message>
        <source>✓ met</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ 未达标</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue improvement action(s)</source>
        <translation>
            <numerusform>%n 项整改措施已逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillWindowMarker</name>
    <message>
        <source>%1 — a practice database: nothing here touches production records</source>
        <translation>%1 — 演练用数据库：此处的任何操作都不会影响生产环境记录</translation>
    </message>
    <message>
        <source>%1 — %2 — a practice database: nothing here touches production records</source>
        <translation>%1 — %2 — 演练用数据库：此处的任何操作都不会影响生产环境记录</translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillYearView</name>
    <message>
        <source>&lt;b&gt;Open improvement actions: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;未完成的整改措施：%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>无逾期</translation>
    </message>
    <message>
        <source>Show the findings board</source>
        <translation>显示问题看板</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1: compliant</source>
        <translation>✓ %1：合规</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>计入：%1</translation>
    </message>
    <message>
        <source>… %1: not compliant yet</source>
        <translation>… %1：尚未合规</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>已计划：%1</translation>
    </message>
    <message>
        <source>✗ %1: not compliant</source>
        <translation>✗ %1：不合规</translation>
    </message>
    <message>
        <source>✗ %1: not compliant yet</source>
        <translation>✗ %1：尚未合规</translation>
    </message>
    <message>
        <source>No completed or approved drill in this half-year.</source>
        <translation>本半年度没有已完成或已批准的演练。</translation>
    </message>
    <message>
        <source>Only drafts: %1</source>
        <translation>仅有草稿：%1</translation>
    </message>
    <message>
        <source>Annual drill report %1</source>
        <translation>年度演练报告 %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML page (*.html);;Plain text (*.txt)</source>
        <translation>PDF (*.pdf);;OpenDocument 文本 (*.odt);;HTML 网页 (*.html);;纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Previous year (Alt+Page Up)</source>
        <translation>上一年（Alt+Page Up）</translation>
    </message>
    <message>
        <source>Next year (Alt+Page Down)</source>
        <translation>下一年（Alt+Page Down）</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <source>Plan a new drill (Alt+N)</source>
        <translation>制定新的演练方案（Alt+N）</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>年度报告…</translation>
    </message>
    <message>
        <source>The annual drill report to the regulator, from this year&apos;s records</source>
        <translation>根据本年度记录生成报送监管机构的年度演练报告</translation>
    </message>
    <message>
        <source>○ planned   ● completed   ◌ draft (dashed)   ⊗ cancelled   red dot: overdue improvement actions   red line: today. Click a drill to open it.</source>
        <translation>○ 已计划   ● 已完成   ◌ 草稿（虚线）   ⊗ 已取消   红点：整改措施逾期   红线：今天。单击演练可将其打开。</translation>
    </message>
    <message>
        <source>Filter drills (title, method, status…)</source>
        <translation>筛选演练（标题、方式、状态…）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始时间</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始时间</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成措施</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>逾期措施</translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillsPage</name>
    <message>
        <source>Drills and training</source>
        <translation>演练和培训</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Compliance and the year&apos;s drills (Alt+1)</source>
        <translation>合规情况和本年度演练（Alt+1）</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Plan and record of one drill (Alt+2)</source>
        <translation>单次演练的方案和记录（Alt+2）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Findings and improvement actions (Alt+3)</source>
        <translation>发现的问题和整改措施（Alt+3）</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Training register and status (Alt+4)</source>
        <translation>培训台账和状态（Alt+4）</translation>
    </message>
</context>
<context>
    <name>dd::ui::DutySummaryPanel</name>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>No handover in the next 7 days.</source>
        <translation>未来 7 天内无交接班。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Next handover %1 — %2</source>
        <extracomment>%1 time (&quot;08:30&quot;), %2 the roles handing over (&quot;Duty leader: 张伟 → 李娜&quot;).</extracomment>
        <translation>下次交接班 %1 — %2</translation>
    </message>
    <message>
        <source>✔ Every required slot is covered for the next 72 hours.</source>
        <translation>✔ 未来 72 小时内所有必需岗位均已覆盖。</translation>
    </message>
    <message>
        <source>%1 (backup)</source>
        <translation>%1（备岗）</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n coverage gap(s) in the next 72 hours:</source>
        <translation>
            <numerusform>⚠ 未来 72 小时内有 %n 处覆盖空缺：</numerusform>
        </translation>
    </message>
    <message>
        <source>No roster change in the next 7 days.</source>
        <translation>未来 7 天内值班表无变更。</translation>
    </message>
    <message numerus="yes">
        <source>%n roster change(s) (override, leave or swap) in the next 7 days.</source>
        <translation>
            <numerusform>未来 7 天内有 %n 项值班表变更（临时替班、请假或换班）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::EscalationPoliciesPanel</name>
    <message>
        <source>Succession order</source>
        <translation>决策递补顺序</translation>
    </message>
    <message>
        <source>%1. %2 %3 min</source>
        <translation>%1. %2 %3 分钟</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation>策略已保存。</translation>
    </message>
    <message>
        <source>Policy removed.</source>
        <translation>策略已删除。</translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <source>Remove the escalation policy “%1”?</source>
        <translation>删除升级策略“%1”吗？</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>When an incident is declared, the policy for its grade and fault type calls its levels in turn until someone acknowledges. Among the policies that apply, the highest priority wins.</source>
        <translation>登记事件时，适用于该事件级别和故障类型的升级策略将逐级呼叫，直到有人确认。有多个策略适用时，以优先级最高者为准。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Fault types</source>
        <translation>故障类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>呼叫层级</translation>
    </message>
    <message>
        <source>&amp;New policy…</source>
        <translation>新建策略(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dd::ui::ExportScopeDialog</name>
    <message>
        <source>Export iCalendar</source>
        <translation>导出 iCalendar</translation>
    </message>
    <message>
        <source>Which shifts of the shown range should the calendar hold?</source>
        <translation>日历应包含当前显示范围内的哪些班次？</translation>
    </message>
    <message>
        <source>&amp;All shifts</source>
        <translation>全部班次(&amp;A)</translation>
    </message>
    <message>
        <source>One duty &amp;role:</source>
        <translation>指定值班岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>One &amp;person:</source>
        <translation>指定人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
</context>
<context>
    <name>dd::ui::FactsEditor</name>
    <message>
        <source>As the rule set says (%1)</source>
        <translation>按规则集默认（%1）</translation>
    </message>
    <message>
        <source>As the rule set says</source>
        <translation>按规则集默认</translation>
    </message>
    <message>
        <source>%1 (highest)</source>
        <translation>%1（最高）</translation>
    </message>
    <message>
        <source>Facts saved; the grade was recomputed.</source>
        <translation>事件要素已保存，级别已重新计算。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Fault type:</source>
        <translation>故障类型(&amp;F)：</translation>
    </message>
    <message>
        <source>Affected s&amp;ystems:</source>
        <translation>受影响系统(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Facts the grade is computed from</source>
        <translation>定级所依据的事件要素</translation>
    </message>
    <message>
        <source>S&amp;ystem kind:</source>
        <translation>系统类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>System &amp;class:</source>
        <translation>系统类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Recovered at:</source>
        <translation>恢复时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Not recovered</source>
        <translation>尚未恢复(&amp;N)</translation>
    </message>
    <message>
        <source>Affected c&amp;ustomers:</source>
        <translation>受影响客户数(&amp;U)：</translation>
    </message>
    <message>
        <source>Affected s&amp;hare:</source>
        <translation>受影响比例(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Leaked records:</source>
        <translation>泄露记录数(&amp;L)：</translation>
    </message>
    <message>
        <source>Direct financial &amp;loss:</source>
        <translation>直接经济损失(&amp;L)：</translation>
    </message>
    <message>
        <source>Fla&amp;gs:</source>
        <translation>特殊标记(&amp;G)：</translation>
    </message>
    <message>
        <source> CNY</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>comma-separated, such as computer_crime</source>
        <translation>以逗号分隔，例如 computer_crime</translation>
    </message>
    <message>
        <source>Cause and rectification</source>
        <translation>原因与整改</translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation>原因(&amp;U)：</translation>
    </message>
    <message>
        <source>Cause &amp;confirmed</source>
        <translation>原因已查明(&amp;C)</translation>
    </message>
    <message>
        <source>Res&amp;ponsibility:</source>
        <translation>责任认定(&amp;P)：</translation>
    </message>
    <message>
        <source>Rec&amp;tification:</source>
        <translation>整改措施(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save facts</source>
        <translation>保存事件要素(&amp;S)</translation>
    </message>
    <message>
        <source>Save and regrade (Ctrl+S)</source>
        <translation>保存并重新定级（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Your edits are still in the form; Revert loads the stored facts.</source>
        <translation>您的修改仍保留在表单中；点击“还原”可载入已保存的事件要素。</translation>
    </message>
</context>
<context>
    <name>dd::ui::FilingDialog</name>
    <message>
        <source>Core institutions file with the CSRC, business institutions with the local CSRC bureau.</source>
        <translation>核心机构向中国证监会备案，经营机构向住所地证监局备案。</translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation>登记备案</translation>
    </message>
    <message>
        <source>Edit filing record</source>
        <translation>编辑备案记录</translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation>预案版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Regulator:</source>
        <translation>监管机构(&amp;R)：</translation>
    </message>
    <message>
        <source>Regulator &amp;name:</source>
        <translation>监管机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 中国证监会北京监管局</source>
        <translation>例如：中国证监会北京监管局</translation>
    </message>
    <message>
        <source>&amp;Date filed:</source>
        <translation>备案日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Receipt &amp;number:</source>
        <translation>回执编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Filed &amp;by:</source>
        <translation>备案人(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::FilingsPanel</name>
    <message>
        <source>This institution files its emergency plan with the %1.</source>
        <translation>本机构向%1备案应急预案。</translation>
    </message>
    <message>
        <source>✗ The current version %1 is not filed.</source>
        <translation>✗ 当前版本 %1 未备案。</translation>
    </message>
    <message>
        <source>Version %1 is not filed.</source>
        <translation>版本 %1 未备案。</translation>
    </message>
    <message>
        <source>Delete filing record</source>
        <translation>删除备案记录</translation>
    </message>
    <message>
        <source>Delete the filing record %1? The version shows as not filed afterwards.</source>
        <translation>删除备案记录 %1？删除后该版本将显示为未备案。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>备案人</translation>
    </message>
    <message>
        <source>Record filing…</source>
        <translation>登记备案…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>dd::ui::FindingDialog</name>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>问题描述</translation>
    </message>
</context>
<context>
    <name>dd::ui::FindingsBoard</name>
    <message>
        <source>All owners</source>
        <translation>全部责任人</translation>
    </message>
    <message>
        <source>All drills</source>
        <translation>全部演练</translation>
    </message>
    <message>
        <source>no action yet</source>
        <translation>尚无整改措施</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — 已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 findings · %2 open actions · %3 overdue</source>
        <translation>%1 个问题 · %2 项措施未完成 · %3 项已逾期</translation>
    </message>
    <message>
        <source>Finding added. Add its improvement actions next.</source>
        <translation>问题已添加。请接着添加其整改措施。</translation>
    </message>
    <message>
        <source>Improvement action saved.</source>
        <translation>整改措施已保存。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the improvement action “%1”?</source>
        <translation>删除整改措施“%1”？</translation>
    </message>
    <message>
        <source>Remove the finding “%1”?</source>
        <translation>删除发现的问题“%1”？</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>Filter (action, finding, owner, drill…)</source>
        <translation>筛选（整改措施、发现的问题、责任人、演练…）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (open or in progress)</source>
        <translation>未完成（未开始或进行中）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Findings without actions</source>
        <translation>无整改措施的问题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>整改证据</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>新建发现的问题…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>添加整改措施…</translation>
    </message>
    <message>
        <source>Add an improvement action to the selected finding</source>
        <translation>为所选问题添加整改措施</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>dd::ui::FirstAdministratorPage</name>
    <message>
        <source>Repeat PIN: the two PINs differ; type the same PIN twice.</source>
        <translation>确认口令：两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>This person signs in first, adds the other operators and gives them their roles. Choose a PIN of at least %1 characters.</source>
        <translation>此人最先登录，负责添加其他操作员并为其分配角色。请设置至少 %1 个字符的口令。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>for example zhangwei</source>
        <translation>例如 zhangwei</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>as colleagues know the person</source>
        <translation>同事们熟知的姓名</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>确认口令(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::FirstRunWizard</name>
    <message>
        <source>Set up DutyDesk</source>
        <translation>设置应急值守台</translation>
    </message>
</context>
<context>
    <name>dd::ui::GradingRulesPanel</name>
    <message>
        <source>%1 (in force)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>There is no rule set.</source>
        <translation>没有定级规则集。</translation>
    </message>
    <message>
        <source>%1, version %2 · %3 · applies to: %4</source>
        <translation>%1，版本 %2 · %3 · 适用于：%4</translation>
    </message>
    <message>
        <source>shipped with DutyDesk</source>
        <translation>应急值守台内置</translation>
    </message>
    <message>
        <source>your institution&apos;s copy</source>
        <translation>本机构副本</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 of %2 rules have a number marked &quot;uncertain&quot; (highlighted in the Note column): check each against the official text before relying on it.</source>
        <translation>%2 条规则中有 %1 条含有标记为“uncertain”（待核实）的数值（在“备注”列中突出显示）：使用前请逐条对照官方原文核实。</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>规则（%1）</translation>
    </message>
    <message>
        <source>Grade %1, rank %2 (higher is more severe)</source>
        <translation>级别 %1，排序值 %2（数值越大越严重）</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>reaching this grade</source>
        <translation>达到本级别</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>事件关闭</translation>
    </message>
    <message>
        <source>the preliminary report</source>
        <translation>初步分析报告报送</translation>
    </message>
    <message>
        <source>lifting the warning</source>
        <translation>预警解除</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%2后 %1内</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2时%1</translation>
    </message>
    <message>
        <source>%1, then every %2 until recovery</source>
        <translation>%1，此后每 %2 报送一次，直至恢复</translation>
    </message>
    <message>
        <source>Warning (not an incident yet)</source>
        <translation>预警（尚未构成事件）</translation>
    </message>
    <message>
        <source>The database is open read-only; the rule set in force stays.</source>
        <translation>数据库以只读方式打开，正在使用的定级规则集保持不变。</translation>
    </message>
    <message>
        <source>%1 is in force: incidents are graded with it from now on.</source>
        <translation>%1 已启用：此后事件将按其定级。</translation>
    </message>
    <message>
        <source>Saved version %1 of %2, which is in force: incidents are graded with this version from now on.</source>
        <translation>已保存 %2 的版本 %1；该规则集正在使用，此后事件将按此版本定级。</translation>
    </message>
    <message>
        <source>Saved %1, version %2. It is not in force until you choose &quot;Use this rule set&quot;.</source>
        <translation>已保存 %1，版本 %2。在您选择“使用此规则集”之前，它不会生效。</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was imported.</source>
        <translation>数据库以只读方式打开，未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Imported %1, version %2.</source>
        <translation>已导入 %1，版本 %2。</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation>导入定级规则集</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>定级规则集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the rule set</source>
        <translation>导出定级规则集</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>定级规则集 (*.json)</translation>
    </message>
    <message>
        <source>A shipped rule set is not changed; copy it and edit the copy.</source>
        <translation>内置规则集不能修改，请复制后编辑副本。</translation>
    </message>
    <message>
        <source>Save a new version of this rule set</source>
        <translation>保存此规则集的新版本</translation>
    </message>
    <message>
        <source>In force: incidents are graded with this rule set.</source>
        <translation>使用中：事件按此规则集定级。</translation>
    </message>
    <message>
        <source>Not in force. Incidents are graded with %1.</source>
        <translation>未使用。事件按 %1 定级。</translation>
    </message>
    <message>
        <source>The database is open read-only: rule sets are shown, not changed.</source>
        <translation>数据库以只读方式打开：定级规则集仅供查看，不能修改。</translation>
    </message>
    <message>
        <source>Sign in as an administrator to change the rule sets.</source>
        <translation>请以管理员身份登录后修改定级规则集。</translation>
    </message>
    <message>
        <source>%1 may look at the rule sets; an administrator changes them.</source>
        <translation>%1 可以查看定级规则集，修改须由管理员进行。</translation>
    </message>
    <message>
        <source>&amp;Rule set:</source>
        <translation>定级规则集(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Use this rule set</source>
        <translation>使用此规则集(&amp;U)</translation>
    </message>
    <message>
        <source>Grade incidents with the rule set shown</source>
        <translation>使用当前显示的规则集对事件定级</translation>
    </message>
    <message>
        <source>&amp;Copy and edit…</source>
        <translation>复制并编辑(&amp;C)…</translation>
    </message>
    <message>
        <source>Make your institution&apos;s own copy of this rule set and edit it</source>
        <translation>为本机构复制此规则集并进行编辑</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a rule set from a JSON file; a file with an error is refused</source>
        <translation>从 JSON 文件添加规则集；有错误的文件将被拒绝</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this rule set as a JSON file</source>
        <translation>将此规则集保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Reporting duties</source>
        <translation>报送义务</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>To</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>dd::ui::HandbookPage</name>
    <message>
        <source>Contact handbook</source>
        <translation>应急处置联络手册</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>dd::ui::HandoversPanel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>Handover recorded.</source>
        <translation>已记录交接班。</translation>
    </message>
    <message>
        <source>Shift change</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Record handover…</source>
        <translation>记录交接班…</translation>
    </message>
</context>
<context>
    <name>dd::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%1 — %2, %3, %n row(s)</source>
        <translation>
            <numerusform>%1 — %2，%3，%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>, new unit</source>
        <translation>，新建单位</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the rows in red in the file and import it again.</source>
        <translation>请在文件中更正标红的行，然后重新导入。</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Create &amp;missing units as:</source>
        <translation>将缺失的单位新建为(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>import counts: new, updates, errors, warnings</comment>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>import counts: new, updates, errors</comment>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>import counts: new, updates, warnings</comment>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>import counts: new, updates</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentFilterBar</name>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>级别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Detected from</source>
        <translation>发现时间从(&amp;D)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search number, title, fault type, systems (Ctrl+F)</source>
        <translation>搜索编号、标题、故障类型、系统（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentFormat</name>
    <message>
        <source>Not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>还有 %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>Rises to %1 at %2 (%3)</source>
        <extracomment>%1 grade name (&quot;Large&quot;), %2 time (&quot;10:45&quot;), %3 countdown (&quot;in 12 min&quot;). zh: &quot;%2 起升级为%1（%3）&quot;</extracomment>
        <translation>%2 起升级为%1（%3）</translation>
    </message>
    <message>
        <source>Trading system outage</source>
        <translation>交易系统中断</translation>
    </message>
    <message>
        <source>Market data anomaly</source>
        <translation>行情异常</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>网络故障</translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <source>Cyber attack</source>
        <translation>网络攻击</translation>
    </message>
    <message>
        <source>Machine room power or cooling</source>
        <translation>机房设施（供电或空调）</translation>
    </message>
    <message>
        <source>Clearing and settlement</source>
        <translation>清算结算</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>尚未起算</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待报送</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Submitted on time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Submitted late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>grading</source>
        <translation>定级</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>事件关闭</translation>
    </message>
    <message>
        <source>the preliminary report</source>
        <translation>初步分析报告报送</translation>
    </message>
    <message>
        <source>the warning is lifted</source>
        <translation>预警解除</translation>
    </message>
    <message>
        <source>Promote to incident</source>
        <translation>升级为事件</translation>
    </message>
    <message>
        <source>Down again (relapse)</source>
        <translation>再次中断</translation>
    </message>
    <message>
        <source>Lift warning</source>
        <translation>解除预警</translation>
    </message>
    <message>
        <source>Mark recovered</source>
        <translation>标记已恢复</translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>关闭事件</translation>
    </message>
    <message>
        <source>Back to warning</source>
        <translation>退回预警</translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentHeader</name>
    <message>
        <source>No rule of %1 matches the facts so far.</source>
        <translation>目前的事件要素不符合 %1 中的任何规则。</translation>
    </message>
    <message>
        <source>Why %1:</source>
        <translation>定为%1的依据：</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation>发现于 %1</translation>
    </message>
    <message>
        <source>recovered %1, down %2</source>
        <translation>恢复于 %1，中断 %2</translation>
    </message>
    <message>
        <source>down %1 so far</source>
        <translation>已中断 %1</translation>
    </message>
    <message>
        <source>The grade does not rise with time alone.</source>
        <translation>级别不会仅因时间推移而升级。</translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentItemsDialog</name>
    <message>
        <source>Affected configuration items</source>
        <translation>受影响的配置项</translation>
    </message>
    <message>
        <source>Tick the configuration items this incident affected. Systems that are not in the configuration stay in the incident&apos;s free text.</source>
        <translation>请勾选此事件影响的配置项。未纳入配置管理的系统仍记录在事件的文字描述中。</translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentTableModel</name>
    <message>
        <source>%1 (drill)</source>
        <translation>%1（演练）</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>持续中</translation>
    </message>
    <message>
        <source>%1
Affected systems: %2</source>
        <translation>%1
受影响系统：%2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Fault type</source>
        <translation>故障类型</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentWorkspace</name>
    <message>
        <source>&amp;Handling</source>
        <translation>处置(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>事件要素(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Items and changes (%n change(s))</source>
        <translation>
            <numerusform>配置项和变更(&amp;I)（%n 项变更）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Items and changes</source>
        <translation>配置项和变更(&amp;I)</translation>
    </message>
    <message>
        <source>Promote to incident</source>
        <translation>升级为事件</translation>
    </message>
    <message>
        <source>Promote warning %1 &quot;%2&quot; to an incident? The clocks for grading and reporting start from its facts.</source>
        <translation>将预警 %1“%2”升级为事件吗？定级和报告的计时将以其事件要素为起点。</translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Declare incident…</source>
        <translation>登记事件…</translation>
    </message>
    <message>
        <source>Declare an incident: detection time is now (Ctrl+N)</source>
        <translation>登记事件：发现时间为当前时间（Ctrl+N）</translation>
    </message>
    <message>
        <source>Raise warning…</source>
        <translation>发布预警…</translation>
    </message>
    <message>
        <source>Record a warning (预警) before it becomes an incident (Ctrl+Shift+N)</source>
        <translation>在风险演变为事件之前登记预警（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Double-click an incident or press Enter to open it.
Ctrl+N declares a new incident.</source>
        <translation>双击事件或按 Enter 键打开。
按 Ctrl+N 登记新事件。</translation>
    </message>
</context>
<context>
    <name>dd::ui::InstitutionPage</name>
    <message>
        <source>Institution name: enter the institution&apos;s full name.</source>
        <translation>机构名称：请填写机构全称。</translation>
    </message>
    <message>
        <source>Time zone: %1 is not a known time zone (for example Asia/Shanghai).</source>
        <translation>时区：%1 不是已知的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Your institution</source>
        <translation>本机构</translation>
    </message>
    <message>
        <source>DutyDesk grades incidents and names the regulator to report to by the kind of institution. Every desk on this database shares these settings.</source>
        <translation>应急值守台根据机构类型对事件定级，并确定应向哪个监管机构报告。使用此数据库的所有终端共用这些设置。</translation>
    </message>
    <message>
        <source>Institution &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Full name, as in reports to the regulator</source>
        <translation>机构全称，与报送监管机构的报告一致</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>机构类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::InstitutionSettingsBox</name>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>数据库以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The database is open read-only: these settings are shown, not changed.</source>
        <translation>数据库以只读方式打开：这些设置仅供查看，不能修改。</translation>
    </message>
    <message>
        <source>Sign in as an administrator to change these settings.</source>
        <translation>请以管理员身份登录后修改这些设置。</translation>
    </message>
    <message>
        <source>%1 may not change these settings; an administrator can.</source>
        <translation>%1 无权修改这些设置，请由管理员修改。</translation>
    </message>
    <message>
        <source>Only an administrator decides whether dutyctl may write without sign-in.</source>
        <translation>只有管理员可以决定是否允许 dutyctl 未登录写入。</translation>
    </message>
    <message>
        <source>Institution (shared by every desk on this database)</source>
        <translation>机构（使用此数据库的所有终端共用）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Full name, as in reports to the regulator</source>
        <translation>机构全称，与报送监管机构的报告一致</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in this time zone.</source>
        <translation>时间以 UTC 存储，并按此时区显示。</translation>
    </message>
    <message>
        <source>dutyctl may &amp;write without sign-in</source>
        <translation>允许 dutyctl 未登录写入(&amp;W)</translation>
    </message>
    <message>
        <source>When on, the command-line tool writes as the computer&apos;s user without --as; every change is still in the audit log.</source>
        <translation>开启后，命令行工具无需 --as 即以本机系统用户的身份写入；所有更改仍记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the institution settings (Ctrl+S)</source>
        <translation>保存机构设置（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes and show what is saved</source>
        <translation>放弃更改，显示已保存的内容</translation>
    </message>
</context>
<context>
    <name>dd::ui::IntakeSettingsBox</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Monitoring intake settings saved.</source>
        <translation>监控接入设置已保存。</translation>
    </message>
    <message>
        <source>The token was revoked: that source can no longer send alerts.</source>
        <translation>令牌已吊销：该告警来源无法再发送告警。</translation>
    </message>
    <message>
        <source>Monitoring intake</source>
        <translation>监控接入</translation>
    </message>
    <message>
        <source>&amp;Accept alerts from monitoring while the console is open</source>
        <translation>控制台打开期间接收监控告警(&amp;A)</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>监听地址(&amp;O)：</translation>
    </message>
    <message>
        <source>The IP address to listen on; 127.0.0.1 accepts only this computer.</source>
        <translation>要监听的 IP 地址；127.0.0.1 仅接受本机连接。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Sources (one token each):</source>
        <translation>告警来源（每个来源一个令牌）：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>添加告警来源(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dd::ui::IntakeTokenDialog</name>
    <message>
        <source>Token for %1</source>
        <translation>%1 的令牌</translation>
    </message>
    <message>
        <source>This is the bearer token of &quot;%1&quot; (%2). It is shown now and never again: DutyDesk keeps only its hash. Copy it into the monitoring system&apos;s webhook settings.</source>
        <translation>这是“%1”（%2）的持有者令牌。它仅在此时显示一次：DutyDesk 只保存其哈希值。请将其复制到监控系统的 Webhook 设置中。</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>复制令牌(&amp;C)</translation>
    </message>
    <message>
        <source>Copy c&amp;url</source>
        <translation>复制 curl 命令(&amp;U)</translation>
    </message>
    <message>
        <source>Try it with curl:</source>
        <translation>用 curl 试一试：</translation>
    </message>
</context>
<context>
    <name>dd::ui::IntegrationServices</name>
    <message>
        <source>Monitoring intake: listening on %1:%2</source>
        <translation>监控接入：正在监听 %1:%2</translation>
    </message>
    <message>
        <source>Monitoring intake: error: %1</source>
        <translation>监控接入：错误：%1</translation>
    </message>
    <message>
        <source>Monitoring intake: off</source>
        <translation>监控接入：已关闭</translation>
    </message>
</context>
<context>
    <name>dd::ui::LinkFindingDialog</name>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>a drill finding: %1 the drill&apos;s date, %2 the drill, %3 the finding</extracomment>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Link a drill finding to %1</source>
        <translation>为 %1 关联演练发现问题</translation>
    </message>
    <message>
        <source>A problem found in a drill that concerns this item. It is listed with the item until it is unlinked.</source>
        <translation>演练中发现的、与该配置项有关的问题。取消关联前，它一直列在该配置项下。</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>发现问题(&amp;F)：</translation>
    </message>
    <message>
        <source>Every drill finding is linked already, or no drill has a finding yet.</source>
        <translation>所有演练发现问题均已关联，或尚无演练记录发现问题。</translation>
    </message>
    <message>
        <source>Finding: choose one of the listed drill findings.</source>
        <translation>发现问题：请从列表中选择一项演练发现问题。</translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <source>Hand over</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>交接班(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>About DutyDesk</source>
        <translation>关于应急值守台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DutyDesk %1&lt;/h3&gt;&lt;p&gt;Emergency duty console for the IT emergency team of securities and futures institutions: incidents, roster, handbook, drills, reports, action cards and readiness.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;应急值守台 DutyDesk %1&lt;/h3&gt;&lt;p&gt;面向证券期货机构网络与信息安全应急团队的应急值守控制台：事件、值班表、应急处置联络手册、应急演练、报告、应急工作卡片和合规自查。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>DutyDesk</source>
        <translation>应急值守台</translation>
    </message>
    <message>
        <source>DutyDesk — %1</source>
        <translation>应急值守台 — %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DutyDesk</source>
        <translation>关于应急值守台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Database (read-only): %1</source>
        <translation>数据库（只读）：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(institution not named yet)</source>
        <translation>（尚未填写机构名称）</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation>登记事件(&amp;D)…</translation>
    </message>
    <message>
        <source>Raise &amp;warning…</source>
        <translation>发布预警(&amp;W)…</translation>
    </message>
    <message>
        <source>Start &amp;drill mode…</source>
        <translation>进入演练模式(&amp;D)…</translation>
    </message>
    <message>
        <source>Leave &amp;drill mode…</source>
        <translation>退出演练模式(&amp;D)…</translation>
    </message>
    <message>
        <source>Drill database (read-only): %1</source>
        <translation>演练数据库（只读）：%1</translation>
    </message>
    <message>
        <source>Drill database: %1 (production: %2)</source>
        <translation>演练数据库：%1（生产环境：%2）</translation>
    </message>
    <message>
        <source>Connected again to %1; every page shows the current data.</source>
        <translation>已重新连接 %1；各页面显示的是最新数据。</translation>
    </message>
    <message>
        <source>⚠ No connection to the shared database %1 since %2. Nothing can be saved until it is back; DutyDesk reconnects by itself. (%3)</source>
        <extracomment>%1 the database address, %2 the time (HH:mm:ss), %3 the driver&apos;s message</extracomment>
        <translation>⚠ 自 %2 起与共享数据库 %1 的连接中断。恢复之前无法保存任何更改；DutyDesk 正在自动重连。（%3）</translation>
    </message>
</context>
<context>
    <name>dd::ui::MyActionCard</name>
    <message>
        <source>Sign in first: the card printed is the signed-in person&apos;s.</source>
        <translation>请先登录：打印的是当前登录人员的卡片。</translation>
    </message>
    <message>
        <source>No action card for %1: link the operator account &quot;%2&quot; to a person of the emergency organization in the handbook first.</source>
        <translation>%1 没有应急工作卡片：请先在联络手册中将操作员账号“%2”关联到应急组织体系中的人员。</translation>
    </message>
    <message>
        <source>Action card of %1</source>
        <translation>%1 的应急工作卡片</translation>
    </message>
    <message>
        <source>Print my action card</source>
        <translation>打印我的应急工作卡片</translation>
    </message>
</context>
<context>
    <name>dd::ui::NewProcedureDialog</name>
    <message>
        <source>Fault type: give an id in lower case, such as power_outage.</source>
        <translation>故障类型：请填写小写标识符，例如 power_outage。</translation>
    </message>
    <message>
        <source>Fault type: &quot;%1&quot; has a procedure already; choose it in the list to edit it.</source>
        <translation>故障类型：&quot;%1&quot; 已有处置流程，请在列表中选择后编辑。</translation>
    </message>
    <message>
        <source>Title: name the procedure.</source>
        <translation>标题：请为处置流程命名。</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>新建处置流程</translation>
    </message>
    <message>
        <source>A procedure is the checklist opened in an incident of its fault type. It starts with the personnel-safety step; add the other steps after.</source>
        <translation>处置流程是在对应故障类型的事件中打开的检查清单。它以人员人身安全步骤开头，其他步骤请随后添加。</translation>
    </message>
    <message>
        <source>&amp;Fault type:</source>
        <translation>故障类型(&amp;F)：</translation>
    </message>
    <message>
        <source>for example power_outage</source>
        <translation>例如 power_outage</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>as in the emergency plan</source>
        <translation>与应急预案一致</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>dd::ui::NoticesDialog</name>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1：无法写入文件（%2）。</translation>
    </message>
    <message>
        <source>The notice for %1 is on the clipboard.</source>
        <translation>给%1的通知已复制到剪贴板。</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>保存通知</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save every notice into a folder</source>
        <translation>将所有通知保存到文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) saved in %1.</source>
        <translation>
            <numerusform>已将 %n 份通知保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change notices</source>
        <translation>变更通知</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) concerned by the changes since the last distribution. Send each its notice, then record the distribution.</source>
        <translation>
            <numerusform>自上次分发以来，有 %n 个单位受变更影响。请向各单位发送其通知，然后登记分发。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save &amp;all…</source>
        <translation>全部保存(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>dd::ui::NotificationPanel</name>
    <message>
        <source>Notification contacts</source>
        <translation>通报联络人</translation>
    </message>
    <message>
        <source>IT lead</source>
        <translation>信息技术负责人</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗</translation>
    </message>
    <message>
        <source>%1: nobody is set.</source>
        <translation>%1：尚未指定人员。</translation>
    </message>
    <message>
        <source>%1: %2 is no longer active.</source>
        <translation>%1：%2 已停用。</translation>
    </message>
    <message>
        <source>%1: the duty phone is missing.</source>
        <translation>%1：缺少值班电话。</translation>
    </message>
    <message>
        <source>%1: the fax is missing.</source>
        <translation>%1：缺少传真。</translation>
    </message>
    <message>
        <source>No record yet that the contacts were communicated to the regulator.</source>
        <translation>尚无向监管机构报送联络人信息的记录。</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>数据库以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the numbers marked above.</source>
        <translation>未保存任何内容：请更正上方标出的号码。</translation>
    </message>
    <message>
        <source>Backup contact: choose someone other than the IT lead, or nobody.</source>
        <translation>备岗联系人：请选择信息技术负责人以外的人员，或不指定。</translation>
    </message>
    <message>
        <source>Notification contacts saved. Record when they are communicated to the regulator.</source>
        <translation>通报联络人已保存。向监管机构报备后，请记录报备情况。</translation>
    </message>
    <message>
        <source>Communication recorded.</source>
        <translation>报备情况已记录。</translation>
    </message>
    <message>
        <source>notification contacts</source>
        <translation>通报联络人</translation>
    </message>
    <message>
        <source>The IT lead and a backup are the contacts the regulator and the related units reach in an incident. Both need a duty phone and a fax.</source>
        <translation>信息技术负责人及其备岗是发生事件时监管机构和相关单位的联络对象。两人均须有值班电话和传真。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Communicated to regulators and related units:</source>
        <translation>向监管机构和相关单位的报备记录：</translation>
    </message>
    <message>
        <source>&amp;Record communication…</source>
        <translation>记录报备情况(&amp;R)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>dd::ui::NotificationSlotBox</name>
    <message>
        <source>%1: duty phone</source>
        <translation>%1：值班电话</translation>
    </message>
    <message>
        <source>%1: fax</source>
        <translation>%1：传真</translation>
    </message>
    <message>
        <source>IT lead (信息技术负责人)</source>
        <translation>信息技术负责人</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>备岗联系人</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Duty phone:</source>
        <translation>值班电话(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. 0755-8888 0000</source>
        <translation>例如 0755-8888 0000</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>传真(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. 0755-8888 0001</source>
        <translation>例如 0755-8888 0001</translation>
    </message>
</context>
<context>
    <name>dd::ui::ObligationTableModel</name>
    <message>
        <source>Submitted %1 (on time)</source>
        <translation>已于 %1 报送（按时）</translation>
    </message>
    <message>
        <source>Submitted %1, late by %2</source>
        <translation>已于 %1 报送，逾期 %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止时间：%1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dd::ui::ObligationsPanel</name>
    <message>
        <source>Submitted: %1</source>
        <translation>已报送：%1</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>已豁免：%1</translation>
    </message>
    <message>
        <source>Reports owed</source>
        <translation>待报送报告</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>报送(&amp;S)…</translation>
    </message>
    <message>
        <source>Submit the selected report: the time and your name are stamped</source>
        <translation>报送所选报告：将记录报送时间和您的姓名</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>豁免(&amp;W)…</translation>
    </message>
    <message>
        <source>Waive the selected report with a reason, confirmed by a second person</source>
        <translation>说明理由豁免所选报告，须由第二人确认</translation>
    </message>
</context>
<context>
    <name>dd::ui::OnDutyPanel</name>
    <message>
        <source>nobody (%1 on leave)</source>
        <translation>无人（%1 请假）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation>当前值班</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主岗</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>值班至</translation>
    </message>
</context>
<context>
    <name>dd::ui::OpenIncidentsPanel</name>
    <message>
        <source>[Drill] %1</source>
        <translation>[演练] %1</translation>
    </message>
    <message>
        <source>%1 — %2. Double-click or press Enter to open the workspace.</source>
        <translation>%1 — %2。双击或按 Enter 打开处置工作区。</translation>
    </message>
    <message>
        <source>No report due</source>
        <translation>无待报送报告</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <source>Every level called, no answer</source>
        <translation>各层级均已呼叫，无人接听</translation>
    </message>
    <message>
        <source>Level %1 called</source>
        <translation>已呼叫第 %1 层级</translation>
    </message>
    <message>
        <source>No call open</source>
        <translation>无进行中的呼叫</translation>
    </message>
    <message>
        <source>Decides: %1</source>
        <translation>决策人：%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>No further threshold</source>
        <translation>无更高升级阈值</translation>
    </message>
    <message>
        <source>Open incidents and warnings</source>
        <translation>未结束的事件和预警</translation>
    </message>
    <message>
        <source>No incident or warning is open.</source>
        <translation>当前没有未结束的事件或预警。</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已历时</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>下一份报告</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Next grade</source>
        <translation>下一级别</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级</translation>
    </message>
</context>
<context>
    <name>dd::ui::OperatorRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>What may %1 (%2) do? One person may hold several roles.</source>
        <translation>%1（%2）可以做什么？一人可以同时担任多个角色。</translation>
    </message>
</context>
<context>
    <name>dd::ui::OperatorTableModel</name>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dd::ui::OperatorsPanel</name>
    <message>
        <source>Operator added.</source>
        <translation>已添加操作员。</translation>
    </message>
    <message>
        <source>Roles changed.</source>
        <translation>角色已更改。</translation>
    </message>
    <message>
        <source>PIN of %1 reset.</source>
        <translation>%1 的口令已重置。</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 activated.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>启用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>The database is open read-only: operators are shown, not changed.</source>
        <translation>数据库以只读方式打开：操作员仅供查看，不能修改。</translation>
    </message>
    <message>
        <source>Only an administrator adds operators, changes roles, resets PINs or deactivates accounts.</source>
        <translation>只有管理员可以添加操作员、更改角色、重置口令或停用账户。</translation>
    </message>
    <message>
        <source>Everyone who signs in at a desk of this database. Deactivate people who leave; their names stay in the audit log.</source>
        <translation>在使用此数据库的终端上登录的所有人员。人员离岗后请将其停用；其姓名仍保留在审计日志中。</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>重置口令(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>dd::ui::OrganizationPanel</name>
    <message>
        <source>The decision body has no chair: mark the principal leader&apos;s position as chairing it.</source>
        <translation>指挥决策机构没有负责人：请将主要负责人的岗位标记为该机构负责人。</translation>
    </message>
    <message>
        <source>The chair of the decision body (%1) has no member.</source>
        <translation>指挥决策机构负责人岗位（%1）没有成员。</translation>
    </message>
    <message>
        <source>Departments not represented in the decision body: %1.</source>
        <translation>以下部门在指挥决策机构中没有代表：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2) has no member.</source>
        <translation>%1（%2）没有成员。</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer active.</source>
        <translation>%1（%2）已停用。</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>应急组织</translation>
    </message>
    <message>
        <source>%1 (chair)</source>
        <translation>%1（负责人）</translation>
    </message>
    <message>
        <source>No member</source>
        <translation>无成员</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Led by the principal leader; takes the decisions in an incident. Its members include the heads of business, technology, risk, settlement, finance, customer service, security and general affairs.</source>
        <translation>由主要负责人牵头，负责事件中的决策。成员包括业务、技术、风险、结算、财务、客户服务、安全保卫和综合管理等部门的负责人。</translation>
    </message>
    <message>
        <source>Carries out the decisions: the technical and business groups that handle the incident.</source>
        <translation>负责执行决策：处置事件的各技术组和业务组。</translation>
    </message>
    <message>
        <source>chairs the decision body</source>
        <translation>担任指挥决策机构负责人</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>No key tasks yet: edit the position to add them.</source>
        <translation>尚未填写主要职责：请编辑该岗位进行添加。</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>数据库以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation>已将 %1 添加到 %2。</translation>
    </message>
    <message>
        <source>%1 removed from %2.</source>
        <translation>已将 %1 从 %2 中移除。</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was deleted.</source>
        <translation>数据库以只读方式打开，未删除任何内容。</translation>
    </message>
    <message>
        <source>Position &quot;%1&quot; removed.</source>
        <translation>已删除岗位“%1”。</translation>
    </message>
    <message>
        <source>Order of members saved.</source>
        <translation>成员顺序已保存。</translation>
    </message>
    <message>
        <source>Order of positions saved.</source>
        <translation>岗位顺序已保存。</translation>
    </message>
    <message>
        <source>Position added; now add its members.</source>
        <translation>岗位已添加，请为其添加成员。</translation>
    </message>
    <message>
        <source>Position saved.</source>
        <translation>岗位已保存。</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>删除岗位</translation>
    </message>
    <message numerus="yes">
        <source>Remove the position &quot;%1&quot; with its %n member(s) and key tasks? The people stay in the handbook.</source>
        <translation>
            <numerusform>删除岗位“%1”及其 %n 名成员和主要职责？人员仍保留在联络手册中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>向 %1 添加成员</translation>
    </message>
    <message>
        <source>emergency organization</source>
        <translation>应急组织体系</translation>
    </message>
    <message>
        <source>Body, position and members</source>
        <translation>机构、岗位和成员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>&amp;Add position…</source>
        <translation>添加岗位(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit position…</source>
        <translation>编辑岗位(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>添加成员(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Key tasks in an incident (printed on the action cards):</source>
        <translation>事件中的主要职责（打印在应急工作卡片上）：</translation>
    </message>
    <message>
        <source>To complete:</source>
        <translation>待完善：</translation>
    </message>
</context>
<context>
    <name>dd::ui::OrganizationTab</name>
    <message>
        <source>The database is open read-only: the %1 is shown, not changed.</source>
        <translation>数据库以只读方式打开：%1仅供查看，不能修改。</translation>
    </message>
    <message>
        <source>Sign in to change the %1.</source>
        <translation>请登录后修改%1。</translation>
    </message>
    <message>
        <source>%1 may read the %2; changing it needs the right to edit duty data.</source>
        <translation>%1 可以查看%2，修改须具有编辑值班数据的权限。</translation>
    </message>
</context>
<context>
    <name>dd::ui::OutputBar</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>另存为 ODT(&amp;O)…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>另存为 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>Save as &amp;Text…</source>
        <translation>另存为文本(&amp;T)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Characters of the SMS / IM text and the messages it takes</source>
        <translation>短信/即时消息文本的字符数及所需条数</translation>
    </message>
</context>
<context>
    <name>dd::ui::Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Action cards</source>
        <translation>工作卡</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>合规自查</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>应急准备</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置管理</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更管理</translation>
    </message>
    <message>
        <source>Tests and deliveries</source>
        <translation>测试和交付</translation>
    </message>
</context>
<context>
    <name>dd::ui::PlanPanel</name>
    <message>
        <source>Unsaved section</source>
        <translation>章节未保存</translation>
    </message>
    <message>
        <source>Save the changes to the section “%1” first?</source>
        <translation>是否先保存对章节“%1”的更改？</translation>
    </message>
    <message>
        <source>%1/10 complete</source>
        <translation>%1/10 项齐全</translation>
    </message>
    <message numerus="yes">
        <source>, %n missing</source>
        <translation>
            <numerusform>，缺失 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n empty</source>
        <translation>
            <numerusform>，%n 项为空</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet in effect</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>current</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>No plan version yet: add the first version above.</source>
        <translation>尚无预案版本：请在上方添加第一个版本。</translation>
    </message>
    <message>
        <source>Version %1: all ten required contents are present.</source>
        <translation>版本 %1：十项必备内容齐全。</translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %n of the ten required contents are missing or empty (✗).</source>
        <translation>
            <numerusform>版本 %1：十项必备内容中有 %n 项缺失或为空（✗）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Section “%1” saved.</source>
        <translation>章节“%1”已保存。</translation>
    </message>
    <message>
        <source>Delete plan version</source>
        <translation>删除预案版本</translation>
    </message>
    <message>
        <source>Delete plan version %1 with its sections?</source>
        <translation>删除预案版本 %1 及其全部章节？</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>预案版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Required contents</source>
        <translation>必备内容</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add version…</source>
        <translation>添加版本…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Procedures and notices</source>
        <translation>处置流程和通知</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>评估记录</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>备案记录</translation>
    </message>
    <message>
        <source>Save section</source>
        <translation>保存章节</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>The text of this part of the plan</source>
        <translation>预案本部分的正文</translation>
    </message>
</context>
<context>
    <name>dd::ui::PlansPage</name>
    <message>
        <source>Emergency preparation</source>
        <translation>应急准备</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Emergency plan: versions, required contents, reviews and filings (Alt+1)</source>
        <translation>应急预案：版本、必备内容、评估和备案（Alt+1）</translation>
    </message>
    <message>
        <source>Documents and backups</source>
        <translation>技术资料与备份</translation>
    </message>
    <message>
        <source>Technical documents and software backups (Alt+2)</source>
        <translation>技术资料和软件备份（Alt+2）</translation>
    </message>
    <message>
        <source>Supplies and budget</source>
        <translation>物资与经费</translation>
    </message>
    <message>
        <source>Spare parts, emergency supplies and the emergency budget (Alt+3)</source>
        <translation>备品备件、应急物资和应急经费（Alt+3）</translation>
    </message>
</context>
<context>
    <name>dd::ui::PolicyDialog</name>
    <message>
        <source>— choose a person —</source>
        <translation>— 选择人员 —</translation>
    </message>
    <message>
        <source>the current decision maker</source>
        <translation>当前决策人</translation>
    </message>
    <message>
        <source>New escalation policy</source>
        <translation>新建升级策略</translation>
    </message>
    <message>
        <source>Edit escalation policy</source>
        <translation>编辑升级策略</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>&amp;Fault types:</source>
        <translation>故障类型(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat rounds:</source>
        <translation>重复轮数(&amp;R)：</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>None checked: the policy applies to every grade.</source>
        <translation>均不勾选：策略适用于所有级别。</translation>
    </message>
    <message>
        <source>None checked: the policy applies to every fault type.</source>
        <translation>均不勾选：策略适用于所有故障类型。</translation>
    </message>
    <message>
        <source>Among the policies that apply, the highest priority wins.</source>
        <translation>在适用的策略中，优先级最高的生效。</translation>
    </message>
    <message>
        <source>How often the whole list is called again without an acknowledgement.</source>
        <translation>无人确认时，整个列表重新呼叫的次数。</translation>
    </message>
    <message>
        <source>&amp;Levels, called in turn until someone acknowledges:</source>
        <translation>层级(&amp;L)，依次呼叫，直至有人确认：</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼叫类型</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>呼叫对象</translation>
    </message>
    <message>
        <source>Timeout (min)</source>
        <translation>超时（分钟）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Duty role</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Succession order</source>
        <translation>决策递补顺序</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>添加层级</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>删除层级</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>dd::ui::PositionDialog</name>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>数据库以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Title: enter the position&apos;s title, e.g. 总指挥 or 技术保障组组长.</source>
        <translation>名称：请填写岗位名称，例如 总指挥 或 技术保障组组长。</translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>添加岗位</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>所属机构(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Chairs the decision body (the principal leader)</source>
        <translation>担任指挥决策机构负责人（主要负责人）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Key tasks in an incident, in order:</source>
        <translation>事件中的主要职责（按顺序）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>添加职责(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>删除职责(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Double-click a task to change it. The key tasks are printed on the action card of every member of this position.</source>
        <translation>双击职责可进行修改。主要职责将打印在该岗位每位成员的应急工作卡片上。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>dd::ui::ProcedureChecklist</name>
    <message>
        <source>Procedure</source>
        <translation>处置流程</translation>
    </message>
    <message>
        <source>Tick a step when it is done; each tick is written on the timeline</source>
        <translation>完成一个步骤后请勾选；每次勾选都会记入时间线</translation>
    </message>
</context>
<context>
    <name>dd::ui::ProceduresPanel</name>
    <message>
        <source>Unsaved procedure</source>
        <translation>处置流程未保存</translation>
    </message>
    <message>
        <source>The procedure &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>处置流程“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>数据库以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Procedure saved.</source>
        <translation>处置流程已保存。</translation>
    </message>
    <message>
        <source>Confirm the personnel safety of everyone on site</source>
        <extracomment>The first step of a new procedure. The Chinese text must contain 人身安全 (the repository looks for it), e.g. 确认现场人员人身安全.</extracomment>
        <translation>确认现场人员人身安全</translation>
    </message>
    <message>
        <source>Procedure added; add its steps and save.</source>
        <translation>已添加处置流程，请添加步骤后保存。</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was deleted.</source>
        <translation>数据库以只读方式打开，未删除任何内容。</translation>
    </message>
    <message>
        <source>Procedure &quot;%1&quot; deleted.</source>
        <translation>处置流程“%1”已删除。</translation>
    </message>
    <message>
        <source>Delete procedure</source>
        <translation>删除处置流程</translation>
    </message>
    <message>
        <source>Delete the procedure &quot;%1&quot; (%2)? Incidents of this fault type then open the general procedure.</source>
        <translation>删除处置流程“%1”（%2）？删除后，此故障类型的事件将打开通用处置流程。</translation>
    </message>
    <message>
        <source>The database is open read-only: procedures are shown, not changed.</source>
        <translation>数据库以只读方式打开：处置流程仅供查看，不能修改。</translation>
    </message>
    <message>
        <source>Sign in as an administrator to change the procedures.</source>
        <translation>请以管理员身份登录后修改处置流程。</translation>
    </message>
    <message>
        <source>%1 may read the procedures; an administrator changes them.</source>
        <translation>%1 可以查看处置流程，修改须由管理员进行。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a procedure for another fault type</source>
        <translation>为其他故障类型添加处置流程</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Fault type:</source>
        <translation>故障类型：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Steps, in order:</source>
        <translation>步骤（按顺序）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>删除步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Double-click a step to change it. Every procedure keeps the personnel-safety step (人身安全).</source>
        <translation>双击步骤即可修改。每个处置流程都必须保留人员人身安全步骤（人身安全）。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save this procedure (Ctrl+S)</source>
        <translation>保存此处置流程（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes and show what is saved</source>
        <translation>放弃更改，显示已保存的内容</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReadinessPage</name>
    <message>
        <source>Could not evaluate readiness: %1</source>
        <translation>无法进行合规自查：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), %1 failing</source>
        <translation>
            <numerusform>%n 个检查项，%1 项不满足</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n 个检查项</numerusform>
        </translation>
    </message>
    <message>
        <source>No checks</source>
        <translation>无检查项</translation>
    </message>
    <message>
        <source>Readiness %1% — %2 failing, %3 due soon, %4 OK, %5 not applicable</source>
        <translation>合规自查 %1% — %2 项不满足，%3 项即将到期，%4 项满足，%5 项不适用</translation>
    </message>
    <message>
        <source>Select a check to see what was looked at.</source>
        <translation>选择一个检查项，查看检查了哪些内容。</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Check %1, as of %2</source>
        <translation>检查项 %1，截至 %2</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>合规自查</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>去处理(&amp;F)…</translation>
    </message>
    <message>
        <source>Open the page where this is fixed (Enter or double-click)</source>
        <translation>打开处理此项的页面（Enter 或双击）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReadinessPeriodsBox</name>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>数据库以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>How often the readiness checks expect each thing to be done. The defaults are the standard&apos;s minimums.</source>
        <translation>合规自查对各项工作要求的执行周期。默认值为标准规定的最低要求。</translation>
    </message>
    <message>
        <source>The database is open read-only: these settings are shown, not changed.</source>
        <translation>数据库以只读方式打开：这些设置仅供查看，不能修改。</translation>
    </message>
    <message>
        <source>Sign in as an administrator to change these settings.</source>
        <translation>请以管理员身份登录后修改这些设置。</translation>
    </message>
    <message>
        <source>%1 may not change these settings; an administrator can.</source>
        <translation>%1 无权修改这些设置，请由管理员修改。</translation>
    </message>
    <message>
        <source>Readiness periods (shared by every desk on this database)</source>
        <translation>合规自查周期（使用本数据库的所有值班台共用）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1 — the standard&apos;s value is %2 %3 (setting %4)</source>
        <translation>%1 — 标准值为 %2 %3（设置项 %4）</translation>
    </message>
    <message>
        <source>Save &amp;periods</source>
        <translation>保存周期(&amp;P)</translation>
    </message>
    <message>
        <source>Save the readiness periods</source>
        <translation>保存合规自查周期</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard the changes and show what is saved</source>
        <translation>放弃更改，显示已保存的内容</translation>
    </message>
    <message>
        <source>Standar&amp;d values</source>
        <translation>标准值(&amp;D)</translation>
    </message>
    <message>
        <source>Put the standard&apos;s values in the form (Save writes them)</source>
        <translation>将标准值填入表单（保存后写入）</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReadinessSummary</name>
    <message>
        <source>Readiness</source>
        <translation>合规自查</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <source>%1% of the checks met — %2 failing, %3 due soon</source>
        <extracomment>%1 the score in percent; then how many checks fail and run out soon.</extracomment>
        <translation>%1% 的检查项满足 — %2 项不满足，%3 项即将到期</translation>
    </message>
    <message>
        <source>Click to open where it is fixed.</source>
        <translation>单击打开处理页面。</translation>
    </message>
    <message>
        <source>No readiness check applies yet.</source>
        <translation>暂无适用的检查项。</translation>
    </message>
</context>
<context>
    <name>dd::ui::RegisterTable</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit the selected row (double-click, Enter)</source>
        <translation>编辑所选行（双击、Enter）</translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
</context>
<context>
    <name>dd::ui::RelationDialog</name>
    <message>
        <source>%1 relates to the other item</source>
        <translation>%1 指向另一配置项</translation>
    </message>
    <message>
        <source>The other item relates to %1</source>
        <translation>另一配置项指向 %1</translation>
    </message>
    <message>
        <source>Add relation of %1</source>
        <translation>添加 %1 的关系</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Other item:</source>
        <translation>另一配置项(&amp;O)：</translation>
    </message>
    <message>
        <source>(other item)</source>
        <translation>（另一配置项）</translation>
    </message>
    <message>
        <source>%1 %2 %3.</source>
        <extracomment>%1 the item, %2 the relation (&quot;runs on&quot;), %3 the other item: &quot;DB-0001 runs on SRV-0001&quot;</extracomment>
        <translation>%1 %2 %3。</translation>
    </message>
    <message>
        <source>Other item: choose one of the listed items.</source>
        <translation>另一配置项：请从列出的配置项中选择一项。</translation>
    </message>
</context>
<context>
    <name>dd::ui::RelationGraph</name>
    <message>
        <source>Relate to it</source>
        <translation>关联到本项</translation>
    </message>
    <message>
        <source>It runs on, depends on, is part of</source>
        <translation>本项运行于、依赖、属于</translation>
    </message>
    <message>
        <source>No relations yet.</source>
        <translation>尚无关系。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportDialog</name>
    <message>
        <source>Incident: %1 %2</source>
        <translation>事件：%1 %2</translation>
    </message>
    <message>
        <source>Grade: %1 (rule set %2)</source>
        <translation>级别：%1（定级规则集 %2）</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>发现时间：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Recovered: %1 (down %2)</source>
        <translation>恢复时间：%1（中断 %2）</translation>
    </message>
    <message>
        <source>Recovered: not yet (down %1 so far)</source>
        <translation>恢复时间：尚未恢复（已中断 %1）</translation>
    </message>
    <message>
        <source>Affected systems: %1</source>
        <translation>受影响系统：%1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>事件经过：%1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Cause (not yet confirmed): %1</source>
        <translation>原因（尚未查明）：%1</translation>
    </message>
    <message>
        <source>Reported by %1 at %2 (%3)</source>
        <translation>报告人：%1，报告时间：%2（%3）</translation>
    </message>
    <message>
        <source>Submit report — %1</source>
        <translation>报送报告 — %1</translation>
    </message>
    <message>
        <source>&amp;Filed as:</source>
        <translation>报送形式(&amp;F)：</translation>
    </message>
    <message>
        <source>Replace the text</source>
        <translation>替换文本</translation>
    </message>
    <message>
        <source>Render the other template? Your changes to the text will be replaced.</source>
        <translation>生成另一模板？您对文本所做的修改将被替换。</translation>
    </message>
    <message>
        <source>The report is empty: write or render its text first.</source>
        <translation>报告为空：请先填写或生成报告文本。</translation>
    </message>
    <message>
        <source>%1

The text below is rendered from the report template for this obligation. Edit it as needed; Submit stamps the report with the time now and your name and stores this text. Whether it was on time is computed from that stamp.</source>
        <translation>%1

下方文本由该报送义务对应的报告模板生成。请按需编辑；点击“报送”后，将以当前时间和您的姓名标记该报告并保存此文本，是否按时报送根据该时间标记计算。</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>No template: a short draft</source>
        <translation>不使用模板：简短草稿</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>文本(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Submit now</source>
        <translation>立即报送(&amp;S)</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportFlowDialog</name>
    <message>
        <source>Report flow: %1</source>
        <translation>报告流程：%1</translation>
    </message>
    <message>
        <source>Who reports to whom, how and within what time</source>
        <translation>由谁向谁报告、以何种方式、在多长时间内报告</translation>
    </message>
    <message>
        <source>&amp;Report flow:</source>
        <translation>报告流程(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportOutput</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n 条短信</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Save report as %1</source>
        <translation>将报告另存为 %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>%1 — print preview</source>
        <translation>%1 — 打印预览</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportsPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The template %1 has unsaved changes. Save them?</source>
        <translation>模板 %1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Copied to %1: edit it and save (Ctrl+S).</source>
        <translation>已复制为 %1：请编辑后保存（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Saved %1 (version %2).</source>
        <translation>已保存 %1（版本 %2）。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the custom template %1? Reports already submitted keep their text.</source>
        <translation>删除自定义模板 %1？已报送的报告将保留其文本。</translation>
    </message>
    <message>
        <source>Report templates</source>
        <translation>报告模板</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>模板库(&amp;L)：</translation>
    </message>
    <message>
        <source>Filter by title, id, kind…</source>
        <translation>按标题、标识、类别筛选…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <source>Copy the template to a custom one you can edit</source>
        <translation>将该模板复制为可编辑的自定义模板</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the custom template</source>
        <translation>编辑自定义模板</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the custom template</source>
        <translation>删除自定义模板</translation>
    </message>
    <message>
        <source>Render…</source>
        <translation>生成…</translation>
    </message>
    <message>
        <source>Render the template now against the chosen subject</source>
        <translation>立即按所选对象生成该模板</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
</context>
<context>
    <name>dd::ui::ResetPinDialog</name>
    <message>
        <source>Repeat PIN: the two PINs differ; type the same PIN twice.</source>
        <translation>确认口令：两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>重置 %1 的口令</translation>
    </message>
    <message>
        <source>Choose a new PIN for %1 (%2) and tell it to them in person.</source>
        <translation>为 %1（%2）设置新口令，并当面告知本人。</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>新口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>确认口令(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReviewDialog</name>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>(annual or other review)</source>
        <translation>（年度评估或其他评估）</translation>
    </message>
    <message>
        <source>Add plan review</source>
        <translation>添加预案评估</translation>
    </message>
    <message>
        <source>Edit plan review</source>
        <translation>编辑预案评估</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>评估人(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;sult:</source>
        <translation>结果(&amp;S)：</translation>
    </message>
    <message>
        <source>The plan must be changed</source>
        <translation>预案需要修订</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>变更：</translation>
    </message>
    <message>
        <source>Triggered by &amp;drill:</source>
        <translation>由演练触发(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Version reviewed:</source>
        <translation>所评估的版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReviewsPanel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>✗ The plan has never been reviewed: review it at least once a year.</source>
        <translation>✗ 预案从未评估：每年至少须评估一次。</translation>
    </message>
    <message numerus="yes">
        <source>Last review %1 (%n day(s) ago); next due by %2.</source>
        <translation>
            <numerusform>上次评估 %1（%n 天前）；下次须于 %2 前完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Last review %1 is more than 12 months ago.</source>
        <translation>✗ 上次评估 %1 已超过 12 个月。</translation>
    </message>
    <message>
        <source>✗ Drill #%1 “%2” (ended %3) asked for a plan update: %4</source>
        <translation>✗ 演练 #%1“%2”（%3 结束）要求更新预案：%4</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Delete the review of %1 by %2?</source>
        <translation>删除 %2 于 %1 进行的评估？</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Change needed</source>
        <translation>需要修订</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>触发来源</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Add review…</source>
        <translation>添加评估…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>dd::ui::RoleDialog</name>
    <message>
        <source>New duty role</source>
        <translation>新建值班岗位</translation>
    </message>
    <message>
        <source>Duty role</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name (Chinese):</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Coverage:</source>
        <translation>覆盖时段(&amp;C)：</translation>
    </message>
    <message>
        <source>lowercase letters, digits and _, e.g. storage_admin</source>
        <translation>小写字母、数字和 _，例如 storage_admin</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>A &amp;backup (备岗) must be on duty as well</source>
        <translation>须同时安排备岗值班(&amp;B)</translation>
    </message>
    <message>
        <source>A &amp;swap needs a duty leader&apos;s approval</source>
        <translation>换班须经值班负责人批准(&amp;S)</translation>
    </message>
    <message>
        <source>A built-in duty role keeps its key and cannot be removed; its names, coverage and rules can be changed.</source>
        <translation>内置值班岗位的键不能修改，且不能删除；其名称、覆盖时段和规则可以修改。</translation>
    </message>
</context>
<context>
    <name>dd::ui::RolesPanel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>user-defined</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Duty role saved.</source>
        <translation>值班岗位已保存。</translation>
    </message>
    <message>
        <source>Duty role removed.</source>
        <translation>值班岗位已删除。</translation>
    </message>
    <message>
        <source>Remove duty role</source>
        <translation>删除值班岗位</translation>
    </message>
    <message>
        <source>Remove the duty role “%1”?</source>
        <translation>删除值班岗位“%1”？</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>Built-in duty roles cannot be removed.</source>
        <translation>内置值班岗位不能删除。</translation>
    </message>
    <message>
        <source>Duty roles are the posts the roster fills. Each needs 7×24, trading-day or business-hours coverage, optionally with a backup (备岗). Add roles of your own; the built-in ones can be renamed and their rules changed.</source>
        <translation>值班岗位是值班表需要安排人员的岗位。每个岗位须按 7×24 小时、交易日或工作时间覆盖，并可要求配备备岗。可以添加自定义岗位；内置岗位可以重命名，其规则也可以修改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖时段</translation>
    </message>
    <message>
        <source>Backup required</source>
        <translation>须配备岗</translation>
    </message>
    <message>
        <source>Swap needs approval</source>
        <translation>换班须批准</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;New duty role…</source>
        <translation>新建值班岗位(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterChangeDialog</name>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>临时替班</translation>
    </message>
    <message>
        <source>Duty role:</source>
        <translation>值班岗位：</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>主/备岗：</translation>
    </message>
    <message>
        <source>Who takes over:</source>
        <translation>替班人：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Request a swap</source>
        <translation>申请换班</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Taken over by:</source>
        <translation>接替人：</translation>
    </message>
    <message>
        <source>Shift from:</source>
        <translation>班次开始：</translation>
    </message>
    <message>
        <source>Shift until:</source>
        <translation>班次结束：</translation>
    </message>
    <message>
        <source>Record handover</source>
        <translation>记录交接班</translation>
    </message>
    <message>
        <source>Outgoing:</source>
        <translation>交班人：</translation>
    </message>
    <message>
        <source>Incoming:</source>
        <translation>接班人：</translation>
    </message>
    <message>
        <source>Shift change at:</source>
        <translation>交接时间：</translation>
    </message>
    <message>
        <source>Open items:</source>
        <translation>未结事项：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>In return, the requester takes a shift of the counterpart</source>
        <translation>作为交换，申请人接替换班对象的一个班次</translation>
    </message>
    <message>
        <source>Taken back from:</source>
        <translation>换回班次开始：</translation>
    </message>
    <message>
        <source>Taken back until:</source>
        <translation>换回班次结束：</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterPage</name>
    <message numerus="yes">
        <source>%n incident(s) open: staffed duty is required until handling ends, but in the next 24 hours %1 have nobody on duty for %2 h %3 min in all. Cover the marked hours.</source>
        <translation>
            <numerusform>当前有 %n 起事件未结束：处置结束前须有人值班，但未来 24 小时内，%1 共有 %2 小时 %3 分钟无人值班。请安排标记时段的值班。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) open: every 7×24 role is staffed for the next 24 hours.</source>
        <translation>
            <numerusform>当前有 %n 起事件未结束：未来 24 小时内，所有 7×24 值班岗位均已安排人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Override</source>
        <translation>临时替班</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Swap (%1)</source>
        <translation>换班（%1）</translation>
    </message>
    <message>
        <source>%1 on leave</source>
        <translation>%1 请假</translation>
    </message>
    <message>
        <source>nobody scheduled</source>
        <translation>未排班</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <translation>空缺（%1）</translation>
    </message>
    <message>
        <source>Swaps</source>
        <translation>换班</translation>
    </message>
    <message>
        <source>Swaps (%1)</source>
        <translation>换班（%1）</translation>
    </message>
    <message>
        <source>Override this shift…</source>
        <translation>临时替班此班次…</translation>
    </message>
    <message>
        <source>Request a swap…</source>
        <translation>申请换班…</translation>
    </message>
    <message>
        <source>Leave for %1…</source>
        <translation>%1 请假…</translation>
    </message>
    <message>
        <source>Record handover…</source>
        <translation>记录交接班…</translation>
    </message>
    <message>
        <source>Cover this time…</source>
        <translation>安排此时段值班…</translation>
    </message>
    <message>
        <source>Swap updated.</source>
        <translation>换班已更新。</translation>
    </message>
    <message>
        <source>The roster is not loaded.</source>
        <translation>值班表未加载。</translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation>值班表 %1</translation>
    </message>
    <message>
        <source>%1: unknown export format (expected .pdf, .ics, .xlsx or .json).</source>
        <translation>%1：未知的导出格式（应为 .pdf、.ics、.xlsx 或 .json）。</translation>
    </message>
    <message>
        <source>%1: could not be written (%2).</source>
        <translation>%1：无法写入（%2）。</translation>
    </message>
    <message>
        <source>%1: could not be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Roster JSON (*.json)</source>
        <translation>值班表 JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出值班表</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入值班表</translation>
    </message>
    <message>
        <source>Roster imported from %1.</source>
        <translation>已从 %1 导入值班表。</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Month view (Ctrl+1)</source>
        <translation>月视图（Ctrl+1）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Week view (Ctrl+2)</source>
        <translation>周视图（Ctrl+2）</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>向前（Page Up）</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>向后（Page Down）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Back to today (Home)</source>
        <translation>回到今天（Home）</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>请假…</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>临时替班…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>打印和导出</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save month as PDF…</source>
        <translation>将本月另存为 PDF…</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>导出 iCalendar…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation>当前值班</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Cancel swap</source>
        <translation>取消换班</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接替人</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>主/备岗</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>轮值</translation>
    </message>
    <message>
        <source>Escalation policies</source>
        <translation>升级策略</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Handovers (%1)</source>
        <translation>交接班（%1）</translation>
    </message>
    <message>
        <source>Duty roles</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove the selected override or leave (swaps are cancelled on the Swaps tab)</source>
        <translation>删除所选的临时替班或请假（换班请在“换班”选项卡中取消）</translation>
    </message>
    <message>
        <source>%1 takes %2 (%3), %4 – %5</source>
        <translation>%1 临时替班 %2（%3），%4 – %5</translation>
    </message>
    <message>
        <source>%1: %2, %3 – %4</source>
        <translation>%1：%2，%3 – %4</translation>
    </message>
    <message>
        <source>Handover recorded.</source>
        <translation>已记录交接班。</translation>
    </message>
    <message>
        <source>Remove this override…</source>
        <translation>删除此临时替班…</translation>
    </message>
    <message>
        <source>Remove leave %1…</source>
        <translation>删除请假 %1…</translation>
    </message>
    <message>
        <source>Remove leave of %1…</source>
        <translation>删除 %1 的请假…</translation>
    </message>
    <message>
        <source>Override removed.</source>
        <translation>临时替班已删除。</translation>
    </message>
    <message>
        <source>Leave removed.</source>
        <translation>请假已删除。</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>删除临时替班</translation>
    </message>
    <message>
        <source>Remove this override?
%1
The rotation&apos;s shifts apply again for that time.</source>
        <translation>删除此临时替班？
%1
该时段将恢复按轮值排班。</translation>
    </message>
    <message>
        <source>Remove leave</source>
        <translation>删除请假</translation>
    </message>
    <message>
        <source>Remove this leave?
%1
The person is scheduled again for that time.</source>
        <translation>删除此请假？
%1
该人员在该时段将重新排班。</translation>
    </message>
    <message>
        <source>Show in swaps</source>
        <translation>在“换班”中显示</translation>
    </message>
    <message>
        <source>Swap rejected.</source>
        <translation>已拒绝换班申请。</translation>
    </message>
    <message>
        <source>Reject swap</source>
        <translation>拒绝换班</translation>
    </message>
    <message>
        <source>Why is the swap rejected? The reason is kept with the swap:</source>
        <translation>为何拒绝此换班？原因将随换班申请一并保存：</translation>
    </message>
    <message>
        <source>Duty roster: %1</source>
        <translation>值班表：%1</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterTimeline</name>
    <message>
        <source>%1 (backup)</source>
        <translation>%1（备岗）</translation>
    </message>
    <message>
        <source>%1 %2
%3
%4</source>
        <translation>%1 %2
%3
%4</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>临时替班</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>轮值</translation>
    </message>
    <message>
        <source>Gap %1: %2 is on leave</source>
        <translation>空缺 %1：%2 请假</translation>
    </message>
    <message>
        <source>Gap %1: nobody scheduled</source>
        <translation>空缺 %1：未排班</translation>
    </message>
</context>
<context>
    <name>dd::ui::RotationDialog</name>
    <message>
        <source>Name: enter a name for the rotation.</source>
        <translation>名称：请为轮值填写名称。</translation>
    </message>
    <message>
        <source>New rotation</source>
        <translation>新建轮值</translation>
    </message>
    <message>
        <source>Edit rotation</source>
        <translation>编辑轮值</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>值班岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>主/备岗(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>模式(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Where rotations of one slot overlap, the higher layer wins.</source>
        <translation>同一主/备岗的轮值时间重叠时，以层级较高者为准。</translation>
    </message>
    <message>
        <source>Shifts through the day</source>
        <translation>日内多班次</translation>
    </message>
    <message>
        <source>Daily handoff</source>
        <translation>每日交接</translation>
    </message>
    <message>
        <source>Weekly handoff</source>
        <translation>每周交接</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <source>Remove shift</source>
        <translation>删除班次</translation>
    </message>
    <message>
        <source>Handoff at:</source>
        <translation>交接时间：</translation>
    </message>
    <message>
        <source>Handoff day:</source>
        <translation>交接日：</translation>
    </message>
    <message>
        <source>before (exclusive)</source>
        <translation>早于（不含当日）</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>Search name, phone, position</source>
        <translation>搜索姓名、电话、职务</translation>
    </message>
    <message>
        <source>&amp;Members, in turn:</source>
        <translation>成员（按轮值顺序）(&amp;M)：</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+Up）</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+Down）</translation>
    </message>
</context>
<context>
    <name>dd::ui::RotationsPanel</name>
    <message>
        <source>Daily %1</source>
        <translation>每日 %1</translation>
    </message>
    <message>
        <source>Weekly %1 %2</source>
        <translation>每%1 %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Rotation saved.</source>
        <translation>轮值已保存。</translation>
    </message>
    <message>
        <source>Rotation removed.</source>
        <translation>轮值已删除。</translation>
    </message>
    <message>
        <source>Remove rotation</source>
        <translation>删除轮值</translation>
    </message>
    <message>
        <source>Remove the rotation “%1”? The shifts it makes disappear from the roster.</source>
        <translation>删除轮值“%1”？由其生成的班次将从值班表中消失。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>Rotations put their members on a shift pattern in turn. Where rotations of one slot overlap, the higher layer wins; overrides and leave apply on top.</source>
        <translation>轮值让成员按班次模式依次值班。同一主/备岗的轮值时间重叠时，以层级较高者为准；临时替班和请假在此基础上生效。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>值班岗位</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>主/备岗</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>&amp;New rotation…</source>
        <translation>新建轮值(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dd::ui::RuleSetEditorDialog</name>
    <message>
        <source>Valid: %1 rules, %2 grades.</source>
        <translation>校验通过：%1 条规则，%2 个级别。</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>数据库以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>The rule set has changes that are not saved. Discard them?</source>
        <translation>定级规则集有未保存的更改。是否放弃？</translation>
    </message>
    <message>
        <source>Copy of rule set %1</source>
        <translation>复制定级规则集 %1</translation>
    </message>
    <message>
        <source>Your own copy of %1. Give it an id of your own, change what your institution needs and save. The rule set in force does not change until you choose &quot;Use this rule set&quot;.</source>
        <translation>这是 %1 的本机构副本。请为其指定自己的标识符，按本机构需要修改后保存。在您选择“使用此规则集”之前，正在使用的规则集不会改变。</translation>
    </message>
    <message>
        <source>Edit rule set %1</source>
        <translation>编辑定级规则集 %1</translation>
    </message>
    <message>
        <source>Saving stores a new version of %1; the versions saved before are kept for the incidents graded with them. The version must be higher than the stored one.</source>
        <translation>保存时将存储 %1 的新版本；之前保存的版本会保留，供按其定级的事件使用。版本号必须高于已存储的版本。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Check and store the rule set (Ctrl+S)</source>
        <translation>校验并保存定级规则集（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>dd::ui::RuleTableModel</name>
    <message>
        <source>Check this number against the official text before relying on it.</source>
        <translation>使用前请对照官方原文核实此数值。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>dd::ui::SessionStatus</name>
    <message>
        <source>Read-only database — nothing can be changed here</source>
        <translation>只读数据库 — 此处无法进行任何更改</translation>
    </message>
    <message>
        <source>Not signed in — read only</source>
        <translation>未登录 — 只读</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>交接班…</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Hand the desk over to the next person on duty (Ctrl+L)</source>
        <translation>交接给下一位值班人员（Ctrl+L）</translation>
    </message>
    <message>
        <source>Sign in to make changes (Ctrl+L)</source>
        <translation>登录后即可进行更改（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>dd::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This desk &amp;&amp; institution</source>
        <translation>本机和机构</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Grading rules</source>
        <translation>定级规则</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>处置流程</translation>
    </message>
    <message>
        <source>Monitoring &amp;&amp; messages</source>
        <translation>监控和消息</translation>
    </message>
</context>
<context>
    <name>dd::ui::ShiftRemindersBox</name>
    <message>
        <source>channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>Shift reminders are off.</source>
        <translation>已关闭值班提醒。</translation>
    </message>
    <message numerus="yes">
        <source>People are reminded %n minute(s) before their shift.</source>
        <translation>
            <numerusform>值班人员将在班次开始前 %n 分钟收到提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift reminders</source>
        <translation>值班提醒</translation>
    </message>
    <message>
        <source>Before a shift starts, the person taking it over gets a reminder through the channels chosen for them in the handbook. Each shift is announced once.</source>
        <translation>班次开始前，接班人员会通过联络手册中为其选定的渠道收到提醒。每个班次只提醒一次。</translation>
    </message>
    <message>
        <source>Remind &amp;before the shift:</source>
        <translation>班次开始前提醒(&amp;B)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dd::ui::SignInDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Operator: choose your name or type your login.</source>
        <translation>操作员：请选择您的姓名或输入登录名。</translation>
    </message>
    <message>
        <source>Operator: %1 is signed in already; the next person on duty signs in here.</source>
        <translation>操作员：%1 已登录；请由下一位值班人员在此登录。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Choose your name or type your login, then enter your PIN.</source>
        <translation>请选择您的姓名或输入登录名，然后输入口令。</translation>
    </message>
    <message>
        <source>Hand over the desk</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>%1 hands the desk over. The next person on duty signs in here; %1 is signed out once their PIN is accepted.</source>
        <translation>%1 正在交接班。请下一位值班人员在此登录；其口令验证通过后，%1 即退出登录。</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>确认交接</translation>
    </message>
    <message>
        <source>Second person confirmation</source>
        <translation>第二人确认</translation>
    </message>
    <message>
        <source>A second person must confirm this action:

%1

The person who confirms needs this right: %2. %3 cannot confirm their own action.</source>
        <translation>此操作须由第二人确认：

%1

确认人须具备此权限：%2。%3 不能确认自己的操作。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>Name or login</source>
        <translation>姓名或登录名</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::StartAuditDialog</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Start configuration audit</source>
        <translation>开始配置审计</translation>
    </message>
    <message>
        <source>Every item not confirmed within the period (or never confirmed) becomes a finding of the audit.</source>
        <translation>在该周期内未确认（或从未确认）的每个配置项，都将成为本次审计的审计发现。</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::StatusBanner</name>
    <message>
        <source>Normal — no incident in progress</source>
        <translation>正常 — 当前无事件处置</translation>
    </message>
    <message>
        <source>Warning raised</source>
        <translation>已发布预警</translation>
    </message>
    <message>
        <source>Incident in progress — not graded yet</source>
        <extracomment>%1 is the highest open grade (&quot;II Major&quot;).</extracomment>
        <translation>事件处置中 — 尚未定级</translation>
    </message>
    <message>
        <source>Incident in progress — grade %1</source>
        <translation>事件处置中 — 级别 %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::SubjectChooser</name>
    <message>
        <source>Preview with &amp;incident:</source>
        <translation>预览所用事件(&amp;I)：</translation>
    </message>
    <message>
        <source>Preview with &amp;drill:</source>
        <translation>预览所用演练(&amp;D)：</translation>
    </message>
    <message>
        <source>Preview for &amp;year:</source>
        <translation>预览年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Preview with the current handbook</source>
        <translation>使用当前联络手册预览</translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>暂无事件</translation>
    </message>
    <message>
        <source>No drills yet</source>
        <translation>暂无演练</translation>
    </message>
    <message>
        <source>Readiness as of &amp;day:</source>
        <translation>合规自查截至日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::SuccessionPanel</name>
    <message>
        <source>Succession order</source>
        <translation>决策递补顺序</translation>
    </message>
    <message>
        <source>At least two people are needed, so that someone decides when the first cannot.</source>
        <translation>至少需要两人，以便首位决策人无法决策时有人接替。</translation>
    </message>
    <message>
        <source>Entry #%1 is not in the handbook.</source>
        <translation>条目 #%1 不在联络手册中。</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 has no phone number.</source>
        <translation>%1 没有电话号码。</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>No longer active: choose someone who can decide.</source>
        <translation>已停用：请选择能够决策的人员。</translation>
    </message>
    <message>
        <source>No phone number: this person cannot be reached.</source>
        <translation>无电话号码：无法联系此人。</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>数据库以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Succession order saved.</source>
        <translation>决策递补顺序已保存。</translation>
    </message>
    <message>
        <source>Add to the succession order</source>
        <translation>添加到决策递补顺序</translation>
    </message>
    <message>
        <source>succession order</source>
        <translation>决策递补顺序</translation>
    </message>
    <message>
        <source>Who decides, in order, when the first decision maker cannot be reached or does not answer in time. Escalation passes authority down this list and records it.</source>
        <translation>首位决策人无法联系或未及时应答时，依此顺序由后续人员决策。升级时决策权沿此列表依次递补，并予以记录。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the order (Ctrl+S)</source>
        <translation>保存顺序（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes and show what is saved</source>
        <translation>放弃更改，显示已保存的内容</translation>
    </message>
</context>
<context>
    <name>dd::ui::SuppliesPanel</name>
    <message>
        <source>does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>✗ expired %1</source>
        <translation>✗ %1 已过期</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 (in %n day(s))</source>
        <translation>
            <numerusform>⚠ %1（%n 天后）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ %n item(s) expired: replace them.</source>
        <translation>
            <numerusform>✗ %n 项物资已过期：请更换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) expire within %1 days.</source>
        <translation>
            <numerusform>⚠ %n 项物资将在 %1 天内到期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ %n item(s) not stocktaken within %1 days.</source>
        <translation>
            <numerusform>✗ %n 项物资超过 %1 天未盘点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); nothing expired, every stocktake is current.</source>
        <translation>
            <numerusform>共 %n 项物资；无过期物资，盘点均未逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>The emergency budget for %1 is set.</source>
        <translation>已设置 %1 年度的应急经费。</translation>
    </message>
    <message>
        <source>✗ No emergency budget is set for %1.</source>
        <translation>✗ 未设置 %1 年度的应急经费。</translation>
    </message>
    <message>
        <source>Delete supply item</source>
        <translation>删除物资</translation>
    </message>
    <message>
        <source>Delete “%1” from the inventory?</source>
        <translation>从物资清单中删除“%1”？</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>删除经费条目</translation>
    </message>
    <message>
        <source>Delete the selected budget line?</source>
        <translation>删除所选经费条目？</translation>
    </message>
    <message>
        <source>Spare parts and emergency supplies</source>
        <translation>备品备件和应急物资</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放地点</translation>
    </message>
    <message>
        <source>Last stocktake</source>
        <translation>上次盘点</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Emergency budget</source>
        <translation>应急经费</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
</context>
<context>
    <name>dd::ui::SupplyDialog</name>
    <message>
        <source>Add supply item</source>
        <translation>添加物资</translation>
    </message>
    <message>
        <source>Edit supply item</source>
        <translation>编辑物资</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>存放地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Last &amp;stocktake:</source>
        <translation>上次盘点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Expiry date:</source>
        <translation>有效期至(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Leave at “—” for items that do not expire</source>
        <translation>不会过期的物品请保留为“—”</translation>
    </message>
</context>
<context>
    <name>dd::ui::TemplateEditor</name>
    <message>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <source>He&amp;ader</source>
        <translation>模板头(&amp;A)</translation>
    </message>
    <message>
        <source>Choose a template in the library.</source>
        <translation>请在模板库中选择一个模板。</translation>
    </message>
    <message>
        <source>%1 is a built-in template and cannot be changed. Copy it (Ctrl+D) to make your own version.</source>
        <translation>%1 是内置模板，不能修改。请复制（Ctrl+D）以创建您自己的版本。</translation>
    </message>
    <message>
        <source>%1 — read-only here (no permission to edit duty data).</source>
        <translation>%1 — 此处只读（无权编辑值班数据）。</translation>
    </message>
    <message>
        <source>Editing %1%2</source>
        <translation>正在编辑 %1%2</translation>
    </message>
    <message>
        <source> (unsaved changes)</source>
        <translation> （有未保存的更改）</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>问题：无</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation>
            <numerusform>问题(&amp;P)（%n 个）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::TemplateHeaderForm</name>
    <message>
        <source>Header: the template needs a title.</source>
        <translation>模板头：模板需要标题。</translation>
    </message>
    <message>
        <source>Header: choose at least one output.</source>
        <translation>模板头：请至少选择一种输出。</translation>
    </message>
    <message>
        <source>Header: unknown report form &quot;%1&quot;.</source>
        <translation>模板头：未知的报告表“%1”。</translation>
    </message>
    <message>
        <source>Title (&amp;Chinese):</source>
        <translation>标题（中文）(&amp;C)：</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>标题（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>数据上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Files report &amp;forms:</source>
        <translation>用于报送的报告表(&amp;F)：</translation>
    </message>
    <message>
        <source>For fault &amp;types:</source>
        <translation>适用故障类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Report form ids, separated by spaces: %1</source>
        <translation>报告表标识，以空格分隔：%1</translation>
    </message>
    <message>
        <source>none: not filed for an obligation</source>
        <translation>无：不用于报送义务</translation>
    </message>
    <message>
        <source>Fault type ids, separated by spaces; empty for any type</source>
        <translation>故障类型标识，以空格分隔；留空表示任意类型</translation>
    </message>
    <message>
        <source>any fault type</source>
        <translation>任意故障类型</translation>
    </message>
</context>
<context>
    <name>dd::ui::TemplateLibraryModel</name>
    <message>
        <source>Built-in template: read-only. Copy it (Ctrl+D) to make your own version.</source>
        <translation>内置模板：只读。请复制（Ctrl+D）以创建您自己的版本。</translation>
    </message>
    <message>
        <source>Custom template</source>
        <translation>自定义模板</translation>
    </message>
    <message>
        <source>Custom template based on %1</source>
        <translation>基于 %1 的自定义模板</translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation>内置（只读）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>数据上下文</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>dd::ui::TemplatePreview</name>
    <message>
        <source>There is no drill to preview with yet.</source>
        <translation>暂无可用于预览的演练。</translation>
    </message>
    <message>
        <source>There is no incident to preview with yet.</source>
        <translation>暂无可用于预览的事件。</translation>
    </message>
</context>
<context>
    <name>dd::ui::TestingPage</name>
    <message>
        <source>Tests and deliveries</source>
        <translation>测试和交付</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>System tests in simulation and production (Alt+1)</source>
        <translation>仿真环境和生产环境中的系统测试（Alt+1）</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Deliveries into operation: checklist, training, records (Alt+2)</source>
        <translation>投产交付：交付清单、培训、记录（Alt+2）</translation>
    </message>
</context>
<context>
    <name>dd::ui::TestsPanel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>✗ not passed</source>
        <translation>✗ 未通过</translation>
    </message>
    <message>
        <source>New test plan</source>
        <translation>新建测试方案</translation>
    </message>
    <message>
        <source>Test plan: %1</source>
        <translation>测试方案：%1</translation>
    </message>
    <message>
        <source>What blocks starting</source>
        <translation>开始前尚需完成</translation>
    </message>
    <message>
        <source>Give the test a title.</source>
        <translation>请为测试填写标题。</translation>
    </message>
    <message>
        <source>Tick at least one aspect.</source>
        <translation>请至少勾选一个测试类别。</translation>
    </message>
    <message>
        <source>Describe the scope and the pass criteria.</source>
        <translation>请说明测试范围和通过标准。</translation>
    </message>
    <message>
        <source>What blocks completing</source>
        <translation>完成前尚需处理</translation>
    </message>
    <message>
        <source>Write the test report.</source>
        <translation>请填写测试报告。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Completed %1; %2.</source>
        <translation>已于 %1 完成；结果：%2。</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Cancelled; kept for the record.</source>
        <translation>已取消；保留备查。</translation>
    </message>
    <message>
        <source>✓ Nothing: it can go ahead.</source>
        <translation>✓ 无：可以继续。</translation>
    </message>
    <message>
        <source>Test plan saved.</source>
        <translation>测试方案已保存。</translation>
    </message>
    <message>
        <source>Test started.</source>
        <translation>测试已开始。</translation>
    </message>
    <message>
        <source>Test completed.</source>
        <translation>测试已完成。</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Cancel the test “%1”? It stays in the list as cancelled.</source>
        <translation>取消测试“%1”？该测试将以“已取消”状态保留在列表中。</translation>
    </message>
    <message>
        <source>Filter tests…</source>
        <translation>筛选测试…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>测试环境</translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation>测试类别</translation>
    </message>
    <message>
        <source>Window (UTC+8)</source>
        <translation>时间窗口（UTC+8）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>&amp;New test</source>
        <translation>新建测试(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>测试环境(&amp;E)：</translation>
    </message>
    <message>
        <source>Aspects:</source>
        <translation>测试类别：</translation>
    </message>
    <message>
        <source>Sc&amp;ope and pass criteria:</source>
        <translation>测试范围和通过标准(&amp;O)：</translation>
    </message>
    <message>
        <source>Configuration ite&amp;ms:</source>
        <translation>配置项(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Window (UTC+8):</source>
        <translation>时间窗口(&amp;W)（UTC+8）：</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>市场：</translation>
    </message>
    <message>
        <source>The window is checked against the trading time of the ticked markets; none ticked: the institution&apos;s usual markets.</source>
        <translation>时间窗口将对照所勾选市场的交易时间进行检查；未勾选时，按本机构的常用市场检查。</translation>
    </message>
    <message>
        <source>Production test</source>
        <translation>生产环境测试</translation>
    </message>
    <message>
        <source>&amp;Backup taken:</source>
        <translation>备份情况(&amp;B)：</translation>
    </message>
    <message>
        <source>Announ&amp;cement:</source>
        <translation>公告(&amp;C)：</translation>
    </message>
    <message>
        <source>Operations st&amp;aff:</source>
        <translation>运维人员(&amp;A)：</translation>
    </message>
    <message>
        <source>Restore a&amp;fter:</source>
        <translation>测试后恢复(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>验证(&amp;V)：</translation>
    </message>
    <message>
        <source>What was backed up, where, by whom</source>
        <translation>备份了哪些内容、备份位置及执行人</translation>
    </message>
    <message>
        <source>To whom and how the test was announced</source>
        <translation>向谁、以何种方式公告本次测试</translation>
    </message>
    <message>
        <source>The production operations staff who run it</source>
        <translation>执行测试的生产运维人员</translation>
    </message>
    <message>
        <source>How production was restored after the test</source>
        <translation>测试后如何恢复生产环境</translation>
    </message>
    <message>
        <source>How the restore was verified</source>
        <translation>如何验证恢复结果</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>测试报告</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>通过(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation>开始(&amp;R)</translation>
    </message>
    <message>
        <source>Comp&amp;lete</source>
        <translation>完成(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel test…</source>
        <translation>取消测试…</translation>
    </message>
    <message>
        <source>Saves the form and starts the test</source>
        <translation>保存表单并开始测试</translation>
    </message>
    <message>
        <source>Saves the form and completes the test with its report</source>
        <translation>保存表单，并以测试报告完成测试</translation>
    </message>
</context>
<context>
    <name>dd::ui::TimelinePanel</name>
    <message>
        <source>Corrects #%1: %2</source>
        <translation>更正 #%1：%2</translation>
    </message>
    <message>
        <source>Correct entry #%1</source>
        <translation>更正记录 #%1</translation>
    </message>
    <message>
        <source>Entries are never changed: the correction is added below #%1.

%2</source>
        <translation>已有记录不会被修改：更正将作为新记录添加在 #%1 下方。

%2</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Quick note: type what happened and press Enter</source>
        <translation>快速记录：输入发生的情况后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a correction of the selected entry</source>
        <translation>为所选记录添加更正</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>dd::ui::TrainingDialog</name>
    <message>
        <source>Add training</source>
        <translation>添加培训</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>培训日期(&amp;H)：</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>培训讲师(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参训人员(&amp;A)：</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>主题(&amp;O)：</translation>
    </message>
    <message>
        <source>The operations staff trained</source>
        <translation>参加培训的运维人员</translation>
    </message>
</context>
<context>
    <name>dd::ui::TrainingPanel</name>
    <message>
        <source>Delete training</source>
        <translation>删除培训</translation>
    </message>
    <message>
        <source>Delete the training session “%1”?</source>
        <translation>删除培训场次“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s): %1</source>
        <translation>
            <numerusform>%n 名参训人员：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>✓ current</source>
        <translation>✓ 在有效期内</translation>
    </message>
    <message>
        <source>✗ not trained in the last 12 months</source>
        <translation>✗ 最近 12 个月内未参加培训</translation>
    </message>
    <message>
        <source>✗ never trained</source>
        <translation>✗ 从未参加培训</translation>
    </message>
    <message>
        <source>%1 of %2 current</source>
        <translation>%2 人中 %1 人在有效期内</translation>
    </message>
    <message numerus="yes">
        <source>%n need training</source>
        <translation>
            <numerusform>%n 人需要培训</numerusform>
        </translation>
    </message>
    <message>
        <source>Training saved.</source>
        <translation>培训已保存。</translation>
    </message>
    <message>
        <source>Training deleted.</source>
        <translation>培训已删除。</translation>
    </message>
    <message>
        <source>Filter training sessions…</source>
        <translation>筛选培训场次…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Key posts</source>
        <translation>关键岗位</translation>
    </message>
    <message>
        <source>Last training</source>
        <translation>最近一次培训</translation>
    </message>
    <message>
        <source>Training current</source>
        <translation>培训在有效期内</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>新建培训场次</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>培训材料</translation>
    </message>
    <message>
        <source>Slides, handouts, file names…</source>
        <translation>幻灯片、讲义、文件名…</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存场次</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Training status of the key posts</source>
        <translation>关键岗位人员的培训情况</translation>
    </message>
</context>
<context>
    <name>dd::ui::UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Switchboard:</source>
        <translation>总机(&amp;S)：</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>总机</translation>
    </message>
    <message>
        <source>&amp;Order in the handbook:</source>
        <translation>在联络手册中的顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Units with a smaller number are printed first; equal numbers by name.</source>
        <translation>编号较小的单位排在前面；编号相同的按名称排序。</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>dd::ui::UnitTree</name>
    <message>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <source>Related units</source>
        <translation>相关单位</translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation>未归属单位</translation>
    </message>
    <message>
        <source>Internal departments</source>
        <translation>内部部门</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Emergency organization</source>
        <translation>应急组织体系</translation>
    </message>
</context>
<context>
    <name>dd::ui::VariableReference</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>变量(&amp;V)：</translation>
    </message>
    <message>
        <source>Filter variables</source>
        <translation>筛选变量</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>Insert the variable at the cursor in the template (or double-click it)</source>
        <translation>在模板中的光标处插入该变量（或双击变量）</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>dd::ui::VersionDialog</name>
    <message>
        <source>Add plan version</source>
        <translation>添加预案版本</translation>
    </message>
    <message>
        <source>Edit plan version</source>
        <translation>编辑预案版本</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Major version:</source>
        <translation>主版本号(&amp;M)：</translation>
    </message>
    <message>
        <source>M&amp;inor version:</source>
        <translation>次版本号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>批准人(&amp;B)：</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>批准日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Major change: must be filed again with the regulator</source>
        <translation>重大变更：须重新向监管机构备案</translation>
    </message>
    <message>
        <source>Filing:</source>
        <translation>备案：</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>变更内容(&amp;C)：</translation>
    </message>
    <message>
        <source>(start with empty sections)</source>
        <translation>（从空白章节开始）</translation>
    </message>
    <message>
        <source>Start from &amp;sections of:</source>
        <translation>沿用以下版本的章节(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::WaiveDialog</name>
    <message>
        <source>Reason: say why this report is not needed.</source>
        <translation>理由：请说明为何无需报送此报告。</translation>
    </message>
    <message>
        <source>waive &quot;%1&quot; of incident %2</source>
        <translation>豁免事件 %2 的“%1”</translation>
    </message>
    <message>
        <source>Waive report — %1</source>
        <translation>豁免报告 — %1</translation>
    </message>
    <message>
        <source>%1

A waived report no longer keeps the incident open. A second person who may approve confirms the waiver with their PIN.</source>
        <translation>%1

已豁免的报告不再阻止事件关闭。豁免须由一位具有审批权限的第二人输入口令确认。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Ask for confirmation…</source>
        <translation>请求确认…</translation>
    </message>
</context>
<context>
    <name>dd::ui::WindowCalendar</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>⚠ Emergency · in trading hours</source>
        <translation>⚠ 紧急 · 交易时段内</translation>
    </message>
    <message>
        <source>⚠ Emergency</source>
        <translation>⚠ 紧急</translation>
    </message>
    <message>
        <source>⚠ In trading hours</source>
        <translation>⚠ 交易时段内</translation>
    </message>
</context>
<context>
    <name>dutyctl</name>
    <message>
        <source>PIN for %1: </source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <source>This database does not let dutyctl write without sign-in: add --as LOGIN (PIN from DUTYDESK_PIN or a prompt).</source>
        <translation>此数据库不允许 dutyctl 未登录写入：请加上 --as LOGIN（口令取自 DUTYDESK_PIN 或提示输入）。</translation>
    </message>
    <message>
        <source>dutyctl: %1</source>
        <translation>dutyctl：%1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Verify or list the audit log</source>
        <translation>校验或列出审计日志</translation>
    </message>
    <message>
        <source>Trading days, trading time and calendar imports</source>
        <translation>交易日、交易时间和日历导入</translation>
    </message>
    <message>
        <source>Check, back up or restore the database</source>
        <translation>检查、备份或恢复数据库</translation>
    </message>
    <message>
        <source>Fill a new database with a fictional institution</source>
        <translation>向新数据库写入一家虚构机构的数据</translation>
    </message>
    <message>
        <source>List and manage the operators who sign in</source>
        <translation>列出和管理登录的操作员</translation>
    </message>
    <message>
        <source>Show or change the database-wide settings</source>
        <translation>查看或修改数据库级设置</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 rows verified.</source>
        <translation>审计链完整：已校验 %1 行。</translation>
    </message>
    <message>
        <source>dutyctl: audit chain broken at row %1: %2</source>
        <translation>dutyctl：审计链在第 %1 行断裂：%2</translation>
    </message>
    <message>
        <source>verify | list</source>
        <translation>verify | list</translation>
    </message>
    <message>
        <source>How many rows list shows (default 50).</source>
        <translation>list 显示的行数（默认 50）。</translation>
    </message>
    <message>
        <source>verify: check the hash chain of the audit log; exits 1 naming the first broken row.
list: the latest rows.</source>
        <translation>verify：校验审计日志的哈希链；若有断裂，指出第一个断裂的行并以退出码 1 退出。
list：显示最新的若干行。</translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <source>audit takes: verify | list [--limit N].</source>
        <translation>audit 的用法：verify | list [--limit N]。</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>非工作日</translation>
    </message>
    <message>
        <source>trading day</source>
        <translation>交易日</translation>
    </message>
    <message>
        <source>not a trading day</source>
        <translation>非交易日</translation>
    </message>
    <message>
        <source>Note: the calendar has no data for %1; only weekends were considered.</source>
        <translation>注意：日历中没有 %1 年的数据，仅按周末判断。</translation>
    </message>
    <message>
        <source>years | day DATE | minutes FROM TO | add-working-days DATE N | import FILE</source>
        <translation>years | day DATE | minutes FROM TO | add-working-days DATE N | import FILE</translation>
    </message>
    <message>
        <source>Market id for trading time (default stock).</source>
        <translation>计算交易时间所用的市场标识（默认 stock）。</translation>
    </message>
    <message>
        <source>Trading days, working days and trading time from the calendar (built-in years plus imported ones). Instants are ISO 8601; without an offset they are exchange time (Asia/Shanghai).</source>
        <translation>根据日历（内置年度及已导入年度）查询交易日、工作日和交易时间。时刻采用 ISO 8601 格式；不带时区偏移时按交易所时间（Asia/Shanghai）解释。</translation>
    </message>
    <message>
        <source>calendar takes: years | day DATE | minutes FROM TO [--market ID] | add-working-days DATE N | import FILE.</source>
        <translation>calendar 的用法：years | day DATE | minutes FROM TO [--market ID] | add-working-days DATE N | import FILE。</translation>
    </message>
    <message>
        <source>Imported the calendar for %1.</source>
        <translation>已导入 %1 年的日历。</translation>
    </message>
    <message>
        <source>--market takes one of %1.</source>
        <translation>--market 只接受以下之一：%1。</translation>
    </message>
    <message>
        <source>DATE: expected YYYY-MM-DD, got &quot;%1&quot;.</source>
        <translation>DATE：应为 YYYY-MM-DD，实际为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>FROM and TO: expected ISO 8601 instants such as 2026-03-02T09:30:00+08:00.</source>
        <translation>FROM 和 TO：应为 ISO 8601 时刻，例如 2026-03-02T09:30:00+08:00。</translation>
    </message>
    <message>
        <source>add-working-days takes a date YYYY-MM-DD and a whole number.</source>
        <translation>add-working-days 需要一个 YYYY-MM-DD 格式的日期和一个整数。</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>数据库：    %1</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>结构版本：  %1</translation>
    </message>
    <message>
        <source>Integrity:       %1</source>
        <translation>完整性：    %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Audit log:       %1 rows, %2</source>
        <translation>审计日志：  %1 行，%2</translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>审计链完整</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>small (default) or large (years of history, for benchmarks).</source>
        <translation>small（默认）或 large（含多年历史数据，用于性能测试）。</translation>
    </message>
    <message>
        <source>Fill a new, empty database with a fictional securities company and demo operators (see the README for their PINs).</source>
        <translation>向新建的空数据库写入一家虚构的证券公司和若干演示操作员（其口令见 README）。</translation>
    </message>
    <message>
        <source>demo takes no arguments besides --scale.</source>
        <translation>demo 除 --scale 外不接受其他参数。</translation>
    </message>
    <message>
        <source>--scale takes small or large, not &quot;%1&quot;.</source>
        <translation>--scale 只接受 small 或 large，不接受 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Demo data written to %1:</source>
        <translation>演示数据已写入 %1：</translation>
    </message>
    <message>
        <source>Demo operators (login / PIN):</source>
        <translation>演示操作员（登录名 / 口令）：</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>list | add LOGIN NAME ROLES | roles LOGIN ROLES | activate LOGIN | deactivate LOGIN</source>
        <translation>list | add LOGIN NAME ROLES | roles LOGIN ROLES | activate LOGIN | deactivate LOGIN</translation>
    </message>
    <message>
        <source>The people who sign in at the console. ROLES is a comma-separated list of %1. A new operator&apos;s PIN comes from DUTYDESK_NEW_PIN.</source>
        <translation>在控制台登录的人员。ROLES 为以逗号分隔的列表，可取值：%1。新操作员的口令取自 DUTYDESK_NEW_PIN。</translation>
    </message>
    <message>
        <source>operator takes: list | add LOGIN NAME ROLES | roles LOGIN ROLES | activate LOGIN | deactivate LOGIN.</source>
        <translation>operator 的用法：list | add LOGIN NAME ROLES | roles LOGIN ROLES | activate LOGIN | deactivate LOGIN。</translation>
    </message>
    <message>
        <source>ROLES: expected a comma-separated list of %1.</source>
        <translation>ROLES：应为以逗号分隔的列表，可取值：%1。</translation>
    </message>
    <message>
        <source>operator add reads the new operator&apos;s PIN from DUTYDESK_NEW_PIN.</source>
        <translation>operator add 从 DUTYDESK_NEW_PIN 读取新操作员的口令。</translation>
    </message>
    <message>
        <source>Added operator %1.</source>
        <translation>已添加操作员 %1。</translation>
    </message>
    <message>
        <source>cli.writes_without_sign_in takes on or off.</source>
        <translation>cli.writes_without_sign_in 只接受 on 或 off。</translation>
    </message>
    <message>
        <source>institution.type takes one of %1.</source>
        <translation>institution.type 只接受以下之一：%1。</translation>
    </message>
    <message>
        <source>unknown setting %1.</source>
        <translation>未知的设置项 %1。</translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation>show | set KEY VALUE</translation>
    </message>
    <message>
        <source>settings takes: show | set KEY VALUE.</source>
        <translation>settings 的用法：show | set KEY VALUE。</translation>
    </message>
    <message>
        <source>
&apos;dutyctl COMMAND --help&apos; describes a command.
</source>
        <translation>
运行 &apos;dutyctl COMMAND --help&apos; 查看某个命令的说明。
</translation>
    </message>
    <message>
        <source>--as needs an operator login.</source>
        <translation>--as 需要指定操作员登录名。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation>--lang 只接受 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>unknown option %1; see &apos;dutyctl --help&apos;.</source>
        <translation>未知的选项 %1；请参阅 &apos;dutyctl --help&apos;。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see &apos;dutyctl --help&apos;.</source>
        <translation>未知的命令 &quot;%1&quot;；请参阅 &apos;dutyctl --help&apos;。</translation>
    </message>
    <message>
        <source>Grade a facts file: grade, reasons, next threshold</source>
        <translation>对事件要素文件定级：级别、依据、下一升级阈值</translation>
    </message>
    <message>
        <source>List, show or declare incidents and warnings</source>
        <translation>列出、查看或登记事件和预警</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The facts file (JSON).</source>
        <translation>事件要素文件（JSON）。</translation>
    </message>
    <message>
        <source>A rule set id or a rule set file (default: the one in force in the database, else %1).</source>
        <translation>定级规则集标识或规则集文件（默认：数据库中正在使用的规则集，否则为 %1）。</translation>
    </message>
    <message>
        <source>Grade as of this instant (ISO 8601; default now).</source>
        <translation>按此时刻定级（ISO 8601；默认为当前时间）。</translation>
    </message>
    <message>
        <source>Grade incident facts: the grade, every rule that matched with the values that made it match, and the next threshold at which the grade would rise.</source>
        <translation>对事件要素定级：输出级别、每条命中的规则及使其命中的数值，以及级别将升级的下一阈值。</translation>
    </message>
    <message>
        <source>grade takes --facts FILE.json [--rules ID|FILE.json] [--at ISO8601].</source>
        <translation>grade 的用法：--facts FILE.json [--rules ID|FILE.json] [--at ISO8601]。</translation>
    </message>
    <message>
        <source>--at: expected an ISO 8601 instant such as 2026-03-02T10:15:00+08:00.</source>
        <translation>--at：应为 ISO 8601 格式的时刻，例如 2026-03-02T10:15:00+08:00。</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>Rule set: %1 version %2; as of %3 (Beijing time)</source>
        <translation>定级规则集：%1 版本 %2；计算时刻 %3（北京时间）</translation>
    </message>
    <message>
        <source>Outage: %1 trading minutes (%2), %3 minutes elapsed%4</source>
        <translation>中断：%1 交易分钟（%2），自然时间 %3 分钟%4</translation>
    </message>
    <message>
        <source>, still down</source>
        <translation>，仍未恢复</translation>
    </message>
    <message>
        <source>      source: %1
</source>
        <translation>      出处：%1
</translation>
    </message>
    <message>
        <source>Next threshold: %1 at %2 (rule %3)</source>
        <translation>下一升级阈值：%2 起升级为 %1（规则 %3）</translation>
    </message>
    <message>
        <source>Next threshold: none</source>
        <translation>下一升级阈值：无</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>没有事件 %1。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>尚未起算</translation>
    </message>
    <message>
        <source>due in %1 min</source>
        <translation>%1 分钟后截止</translation>
    </message>
    <message>
        <source>OVERDUE by %1 min</source>
        <translation>已逾期 %1 分钟</translation>
    </message>
    <message>
        <source>submitted on time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>submitted %1 min late</source>
        <translation>逾期 %1 分钟报送</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>State: %1   Grade now: %2   Detected: %3   Recovered: %4</source>
        <translation>状态：%1   当前级别：%2   发现时间：%3   恢复时间：%4</translation>
    </message>
    <message>
        <source>Next threshold: %1 at %2</source>
        <translation>下一升级阈值：%2 起升级为 %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (%2).</source>
        <translation>%1：应为 JSON 对象（%2）。</translation>
    </message>
    <message>
        <source>Declared %1, graded %2.</source>
        <translation>已登记 %1，定级为 %2。</translation>
    </message>
    <message>
        <source>list | show ID | obligations ID | declare --facts FILE --title TEXT</source>
        <translation>list | show ID | obligations ID | declare --facts FILE --title TEXT</translation>
    </message>
    <message>
        <source>The incident&apos;s title.</source>
        <translation>事件标题。</translation>
    </message>
    <message>
        <source>Raise a warning (预警) instead.</source>
        <translation>改为发布预警。</translation>
    </message>
    <message>
        <source>Fault type (default other).</source>
        <translation>故障类型（默认 other）。</translation>
    </message>
    <message>
        <source>list: open, or a state id.</source>
        <translation>list：open 或某个状态标识。</translation>
    </message>
    <message>
        <source>list: at most N rows.</source>
        <translation>list：最多显示 N 行。</translation>
    </message>
    <message>
        <source>Incidents and warnings: list them, show one with its grade, timeline and reports, or declare one from a facts file.</source>
        <translation>事件和预警：列出事件，查看某一事件的级别、时间线和报告，或根据事件要素文件登记事件。</translation>
    </message>
    <message>
        <source>incident takes: list [--state open|STATE] [--limit N] | show ID | obligations ID | declare --facts FILE --title TEXT [--warning] [--fault-type ID].</source>
        <translation>incident 的用法：list [--state open|STATE] [--limit N] | show ID | obligations ID | declare --facts FILE --title TEXT [--warning] [--fault-type ID]。</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit 需要一个整数。</translation>
    </message>
    <message>
        <source>--state takes open or one of warning, warning_lifted, responding, recovered, investigating, closed.</source>
        <translation>--state 只接受 open 或以下之一：warning, warning_lifted, responding, recovered, investigating, closed。</translation>
    </message>
    <message>
        <source>declare needs --facts FILE and --title TEXT.</source>
        <translation>declare 需要 --facts FILE 和 --title TEXT。</translation>
    </message>
    <message>
        <source>Print emergency action cards (应急工作卡片) to PDF</source>
        <translation>将应急工作卡片打印为 PDF</translation>
    </message>
    <message>
        <source>Import or export the handbook&apos;s contacts</source>
        <translation>导入或导出联络手册中的联系人</translation>
    </message>
    <message>
        <source>Print the emergency contact handbook to PDF</source>
        <translation>将应急处置联络手册打印为 PDF</translation>
    </message>
    <message>
        <source>Who is on duty, coverage gaps, roster import and export</source>
        <translation>当前值班人员、覆盖空缺、值班表导入和导出</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 contacts, %5 new, %6 updates; %7 errors, %8 warnings.</source>
        <translation>%1（%2，%3）：%4 个联系人，新增 %5 个，更新 %6 个；%7 个错误，%8 个警告。</translation>
    </message>
    <message>
        <source>card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>%1: %2 errors; nothing was imported. Fix the file and import it again.</source>
        <translation>%1：%2 个错误，未导入任何内容。请修正文件后重新导入。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 units created.</source>
        <translation>已导入 %1：新增 %2 个，更新 %3 个，新建单位 %4 个。</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>已将 %1 个联系人导出到 %2。</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>从未核实</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation>（过期未核实）</translation>
    </message>
    <message>
        <source>import FILE | export FILE | list</source>
        <translation>import FILE | export FILE | list</translation>
    </message>
    <message>
        <source>import: show the preview, write nothing.</source>
        <translation>import：仅显示预览，不写入任何内容。</translation>
    </message>
    <message>
        <source>import: create the units the handbook does not have yet.</source>
        <translation>import：新建联络手册中尚不存在的单位。</translation>
    </message>
    <message>
        <source>export: vCard version 3 or 4 (default 3) for a .vcf file.</source>
        <translation>export：导出 .vcf 文件时使用的 vCard 版本，3 或 4（默认 3）。</translation>
    </message>
    <message>
        <source>export: English CSV headers (default Chinese).</source>
        <translation>export：使用英文 CSV 表头（默认中文）。</translation>
    </message>
    <message>
        <source>list: only contacts matching TEXT (name, phone, position, unit).</source>
        <translation>list：仅列出与 TEXT 匹配（姓名、电话、职务、单位）的联系人。</translation>
    </message>
    <message>
        <source>list: only contacts not verified within the configured period.</source>
        <translation>list：仅列出在设定期限内未核实的联系人。</translation>
    </message>
    <message>
        <source>The handbook&apos;s contacts. import reads a CSV file (UTF-8 or GB18030/GBK, as Excel saves it; header row 姓名,单位,职务,手机,办公电话,值班电话,传真,邮箱,备岗,最后核实,备注 or the English names) or a vCard file (.vcf), prints every row&apos;s problems and writes all rows or none: nothing when any row has an error (exit 1). A row with the name and mobile of a contact in the handbook updates that contact.
export writes a CSV file (UTF-8 with BOM, for Excel) or a vCard file (.vcf).
list shows the active contacts.</source>
        <translation>联络手册中的联系人。import 读取 CSV 文件（UTF-8 或 GB18030/GBK，即 Excel 保存的格式；表头行为 姓名,单位,职务,手机,办公电话,值班电话,传真,邮箱,备岗,最后核实,备注 或相应的英文名称）或 vCard 文件（.vcf），列出每一行的问题，并且要么写入全部行，要么一行都不写入：只要有任何一行出错，就不写入任何内容（退出码 1）。如某行的姓名和手机与联络手册中的某个联系人相同，则更新该联系人。
export 写出 CSV 文件（带 BOM 的 UTF-8，供 Excel 使用）或 vCard 文件（.vcf）。
list 列出在用的联系人。</translation>
    </message>
    <message>
        <source>--vcard-version takes 3 or 4.</source>
        <translation>--vcard-version 只接受 3 或 4。</translation>
    </message>
    <message>
        <source>export: the file name ends in .csv or .vcf, got &quot;%1&quot;.</source>
        <translation>export：文件名应以 .csv 或 .vcf 结尾，当前为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Write the handbook to this PDF file.</source>
        <translation>将联络手册写入此 PDF 文件。</translation>
    </message>
    <message>
        <source>Mark every page 演练 DRILL.</source>
        <translation>在每一页标注“演练”字样。</translation>
    </message>
    <message>
        <source>Print the emergency contact handbook (应急处置联络手册) to an A4 PDF: the emergency organization, the succession order, contacts by unit, related units, service agreements and notification contacts.</source>
        <translation>将应急处置联络手册打印为 A4 PDF：包括应急组织体系、决策递补顺序、按单位列出的联系人、相关单位、服务协议和通报联络人。</translation>
    </message>
    <message>
        <source>handbook takes: --pdf FILE [--drill].</source>
        <translation>handbook 的用法：--pdf FILE [--drill]。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s), handbook version %2, %3 contacts.</source>
        <translation>
            <numerusform>已写入 %1：共 %n 页，联络手册版本 %2，%3 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the cards to this PDF file.</source>
        <translation>将卡片写入此 PDF 文件。</translation>
    </message>
    <message>
        <source>A card for this contact id (repeat for several people).</source>
        <translation>为此联系人 id 生成卡片（可重复指定多人）。</translation>
    </message>
    <message>
        <source>Cards for the members of this body: decision or executive.</source>
        <translation>为此机构的成员生成卡片：decision（指挥决策机构）或 executive（执行机构）。</translation>
    </message>
    <message>
        <source>Print the fronts only (no back pages).</source>
        <translation>仅打印正面（不含背面页）。</translation>
    </message>
    <message>
        <source>Print emergency action cards (应急工作卡片), 85.6 × 54 mm, ten to an A4 sheet with crop marks, fronts and mirrored backs for duplex printing. Without --person or --body: every member of the emergency organization.</source>
        <translation>打印应急工作卡片，尺寸 85.6 × 54 mm，每张 A4 纸排 10 张并带裁切线，正面和镜像排列的背面，供双面打印。未指定 --person 或 --body 时：为应急组织体系的全体成员打印。</translation>
    </message>
    <message>
        <source>cards takes: --pdf FILE [--person ID ...] [--body decision|executive] [--fronts-only].</source>
        <translation>cards 的用法：--pdf FILE [--person ID ...] [--body decision|executive] [--fronts-only]。</translation>
    </message>
    <message>
        <source>--person takes a contact id (a whole number), not &quot;%1&quot;.</source>
        <translation>--person 需要联系人 id（整数），不接受 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--body takes decision or executive, not &quot;%1&quot;.</source>
        <translation>--body 只接受 decision 或 executive，不接受 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>There is no active handbook contact with id %1.</source>
        <translation>没有 id 为 %1 的在用联络手册联系人。</translation>
    </message>
    <message>
        <source>The %1 has no members.</source>
        <translation>%1没有成员。</translation>
    </message>
    <message>
        <source>The emergency organization has no members: add people to its positions, or name them with --person ID.</source>
        <translation>应急组织体系没有成员：请为其岗位添加人员，或用 --person ID 指定人员。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 cards on %3 pages.</source>
        <translation>已写入 %1：%2 张卡片，共 %3 页。</translation>
    </message>
    <message>
        <source>--role: there is no duty role &quot;%1&quot;.</source>
        <translation>--role：没有值班岗位 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--at: expected an ISO 8601 time such as 2026-03-02T09:30:00+08:00, got &quot;%1&quot;.</source>
        <translation>--at：应为 ISO 8601 时间，例如 2026-03-02T09:30:00+08:00，当前为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>On duty at %1 (UTC+8):</source>
        <translation>%1 的值班人员（UTC+8）：</translation>
    </message>
    <message>
        <source>%1  %2  until %3</source>
        <translation>%1  %2  至 %3</translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation>（无电话）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>NOBODY (%1 is on leave)</source>
        <translation>无人（%1 请假）</translation>
    </message>
    <message>
        <source>NOBODY</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>gaps needs --from DATE and a later --to DATE (YYYY-MM-DD, the --to day included, or ISO 8601 times).</source>
        <translation>gaps 需要 --from DATE 和更晚的 --to DATE（YYYY-MM-DD，含 --to 当日；或 ISO 8601 时间）。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on leave</source>
        <translation>%1 请假</translation>
    </message>
    <message>
        <source>No gaps from %1 to %2.</source>
        <translation>%1 至 %2 没有空缺。</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1：无法写入文件（%2）。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>已写入 %1（%2）。</translation>
    </message>
    <message>
        <source>who | gaps | export [FILE.json] | import FILE.json</source>
        <translation>who | gaps | export [FILE.json] | import FILE.json</translation>
    </message>
    <message>
        <source>A duty role by key.</source>
        <translation>按 key 指定值班岗位。</translation>
    </message>
    <message>
        <source>who: the time (ISO 8601; default now).</source>
        <translation>who：查询时间（ISO 8601；默认为当前时间）。</translation>
    </message>
    <message>
        <source>Start date (YYYY-MM-DD) or time.</source>
        <translation>开始日期（YYYY-MM-DD）或时间。</translation>
    </message>
    <message>
        <source>End date (that day included) or time.</source>
        <translation>结束日期（含当日）或时间。</translation>
    </message>
    <message>
        <source>Export an iCalendar file.</source>
        <translation>导出 iCalendar 文件。</translation>
    </message>
    <message>
        <source>iCalendar: only this person&apos;s shifts (contact id).</source>
        <translation>iCalendar：仅导出此人的班次（联系人 id）。</translation>
    </message>
    <message>
        <source>iCalendar: times in UTC instead of Asia/Shanghai.</source>
        <translation>iCalendar：使用 UTC 时间，而非 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>Export an Excel workbook (a sheet per month).</source>
        <translation>导出 Excel 工作簿（每月一个工作表）。</translation>
    </message>
    <message>
        <source>Export the printable monthly roster sheet.</source>
        <translation>导出可打印的月度值班表。</translation>
    </message>
    <message>
        <source>xlsx/pdf: the (first) month.</source>
        <translation>xlsx/pdf：（起始）月份。</translation>
    </message>
    <message>
        <source>xlsx: how many months (default 1).</source>
        <translation>xlsx：月数（默认 1）。</translation>
    </message>
    <message>
        <source>The duty roster. Times without an offset are institution time (UTC+8).
  who [--role KEY] [--at TIME]          who is on duty, phone, until when
  gaps --from DATE --to DATE [--role KEY]   uncovered intervals
  export FILE.json                       roles, rotations, overrides, leave
  export --ics FILE [--person ID] [--role KEY] [--from] [--to] [--utc]
  export --xlsx FILE --month YYYY-MM [--months N]
  export --pdf FILE --month YYYY-MM
  import FILE.json                       replaces the roster (one transaction)</source>
        <translation>值班表。未带时区偏移的时间按机构时间（UTC+8）处理。
  who [--role KEY] [--at TIME]          当前值班人员、电话、值班至何时
  gaps --from DATE --to DATE [--role KEY]   无人值班的时段
  export FILE.json                       值班岗位、轮值、临时替班、请假
  export --ics FILE [--person ID] [--role KEY] [--from] [--to] [--utc]
  export --xlsx FILE --month YYYY-MM [--months N]
  export --pdf FILE --month YYYY-MM
  import FILE.json                       替换整个值班表（单一事务）</translation>
    </message>
    <message>
        <source>roster takes: who | gaps | export FILE.json | export --ics/--xlsx/--pdf FILE | import FILE.json (see &apos;dutyctl roster --help&apos;).</source>
        <translation>roster 的用法：who | gaps | export FILE.json | export --ics/--xlsx/--pdf FILE | import FILE.json（参见 &apos;dutyctl roster --help&apos;）。</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1：无法读取文件（%2）。</translation>
    </message>
    <message>
        <source>Imported %1: %2 rotations, %3 overrides, %4 leave entries.</source>
        <translation>已导入 %1：%2 个轮值，%3 个临时替班，%4 条请假记录。</translation>
    </message>
    <message>
        <source>export takes one of: FILE.json, --ics FILE, --xlsx FILE, --pdf FILE.</source>
        <translation>export 只接受以下之一：FILE.json、--ics FILE、--xlsx FILE、--pdf FILE。</translation>
    </message>
    <message>
        <source>roster JSON</source>
        <translation>值班表 JSON</translation>
    </message>
    <message>
        <source>--from and --to: expected dates YYYY-MM-DD (or ISO 8601 times), --to after --from.</source>
        <translation>--from 和 --to：应为 YYYY-MM-DD 格式的日期（或 ISO 8601 时间），且 --to 晚于 --from。</translation>
    </message>
    <message>
        <source>--person takes a contact id (a whole number).</source>
        <translation>--person 需要联系人 id（整数）。</translation>
    </message>
    <message>
        <source>--person: there is no contact with id %1.</source>
        <translation>--person：没有 id 为 %1 的联系人。</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Duty roster: %1</source>
        <translation>值班表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n 个班次</numerusform>
        </translation>
    </message>
    <message>
        <source>--month: expected YYYY-MM.</source>
        <translation>--month：应为 YYYY-MM。</translation>
    </message>
    <message>
        <source>--months takes a whole number from 1 to 24.</source>
        <translation>--months 只接受 1 到 24 之间的整数。</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF output needs the document renderer, which this dutyctl command was not started with.</source>
        <translation>PDF 输出需要文档渲染器，而此 dutyctl 命令启动时未加载该渲染器。</translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation>值班表 %1</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Drill compliance per half-year and the annual drill report</source>
        <translation>各半年度的演练合规情况及年度演练报告</translation>
    </message>
    <message>
        <source>List report templates and render reports to PDF, ODT, HTML or text</source>
        <translation>列出报告模板，并将报告生成为 PDF、ODT、HTML 或文本</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>计划于 %1</translation>
    </message>
    <message>
        <source>(no method)</source>
        <translation>（未指定演练方式）</translation>
    </message>
    <message numerus="yes">
        <source>  [%n overdue action(s)]</source>
        <translation>
            <numerusform>  [%n 项整改措施已逾期]</numerusform>
        </translation>
    </message>
    <message>
        <source>--year takes a year such as 2026, got &quot;%1&quot;.</source>
        <translation>--year 需要一个年份，例如 2026，当前为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No drills.</source>
        <translation>无演练。</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>NOT compliant (no completed drill)</source>
        <translation>不合规（无已完成的演练）</translation>
    </message>
    <message>
        <source>completed: %1 (%2)</source>
        <translation>已完成：%1（%2）</translation>
    </message>
    <message>
        <source>planned: %1 (%2, %3)</source>
        <translation>已计划：%1（%2，%3）</translation>
    </message>
    <message>
        <source>draft, not approved: %1 (%2)</source>
        <translation>草稿，未批准：%1（%2）</translation>
    </message>
    <message>
        <source>No overdue improvement actions.</source>
        <translation>没有已逾期的整改措施。</translation>
    </message>
    <message>
        <source>No open improvement actions.</source>
        <translation>没有未完成的整改措施。</translation>
    </message>
    <message>
        <source>  (overdue)</source>
        <translation>  （已逾期）</translation>
    </message>
    <message>
        <source>The template %1 is not rendered against a year (its context is %2).</source>
        <translation>模板 %1 不按年度生成（其数据上下文为 %2）。</translation>
    </message>
    <message>
        <source>The template %1 does not produce %2.</source>
        <translation>模板 %1 不生成 %2。</translation>
    </message>
    <message>
        <source>Wrote the %1 drill report to %2.</source>
        <translation>已将 %1 年度演练报告写入 %2。</translation>
    </message>
    <message>
        <source>list | compliance | actions | report</source>
        <translation>list | compliance | actions | report</translation>
    </message>
    <message>
        <source>The calendar year (UTC+8); default: this year.</source>
        <translation>日历年度（UTC+8）；默认：今年。</translation>
    </message>
    <message>
        <source>report: the file to write (.pdf, .odt, .html, .txt).</source>
        <translation>report：要写入的文件（.pdf、.odt、.html、.txt）。</translation>
    </message>
    <message>
        <source>report: the template to render (default annual_drill_report).</source>
        <translation>report：要生成的模板（默认 annual_drill_report）。</translation>
    </message>
    <message>
        <source>report: the name signing the report.</source>
        <translation>report：报告签发人姓名。</translation>
    </message>
    <message>
        <source>actions: only overdue actions.</source>
        <translation>actions：仅列出已逾期的整改措施。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>输出机器可读的格式。</translation>
    </message>
    <message>
        <source>Emergency drills. list shows the year&apos;s drills; compliance shows per half-year (H1 January–June, H2 July–December, UTC+8) whether a drill was completed and which drills count, with the 60-day warning; actions lists the open improvement actions (--overdue: only overdue ones); report renders the annual drill report for the regulator.</source>
        <translation>应急演练。list 列出当年的演练；compliance 按半年度（上半年为 1 月至 6 月，下半年为 7 月至 12 月，UTC+8）显示是否完成了演练、哪些演练计入，并给出 60 天提醒；actions 列出未完成的整改措施（--overdue：仅已逾期的）；report 生成报送监管机构的年度演练报告。</translation>
    </message>
    <message>
        <source>drills takes: list [--year YYYY] | compliance [--year YYYY] | actions [--overdue] | report --year YYYY --out FILE [--template ID] [--author NAME].</source>
        <translation>drills 的用法：list [--year YYYY] | compliance [--year YYYY] | actions [--overdue] | report --year YYYY --out FILE [--template ID] [--author NAME]。</translation>
    </message>
    <message>
        <source>report needs --out FILE.</source>
        <translation>report 需要 --out FILE。</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>共 %n 个模板。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: template %2 is valid.</source>
        <translation>%1：模板 %2 有效。</translation>
    </message>
    <message>
        <source>Template %1 is rendered for %2; give --%3.</source>
        <translation>模板 %1 针对 %2 生成；请指定 --%3。</translation>
    </message>
    <message>
        <source>Template %1 has no %2 output (it has: %3).</source>
        <translation>模板 %1 没有 %2 输出（现有输出：%3）。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026.</source>
        <translation>--year 需要一个年份，例如 2026。</translation>
    </message>
    <message>
        <source>--drill takes a drill id (see drills list).</source>
        <translation>--drill 需要演练 id（参见 drills list）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n character(s).</source>
        <translation>
            <numerusform>已写入 %1：%2，共 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>已写入 %1：%2。</translation>
    </message>
    <message>
        <source>The template id (see report list).</source>
        <translation>模板 id（参见 report list）。</translation>
    </message>
    <message>
        <source>Render for this incident (id or number).</source>
        <translation>针对此事件生成（id 或编号）。</translation>
    </message>
    <message>
        <source>Render for this drill.</source>
        <translation>针对此演练生成。</translation>
    </message>
    <message>
        <source>Render for this calendar year.</source>
        <translation>针对此日历年度生成。</translation>
    </message>
    <message>
        <source>Render for the contact handbook.</source>
        <translation>针对联络手册生成。</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .html or .txt.</source>
        <translation>要写入的文件：.pdf、.odt、.html 或 .txt。</translation>
    </message>
    <message>
        <source>The person signing the report (default: --as).</source>
        <translation>报告签发人（默认：--as）。</translation>
    </message>
    <message>
        <source>Readiness checks: does the institution meet the standard today</source>
        <translation>合规自查：机构目前是否满足标准要求</translation>
    </message>
    <message>
        <source>Readiness as of %1: %2% (%3 failing, %4 due soon, %5 OK, %6 n/a)</source>
        <translation>截至 %1 的合规自查：%2%（%3 项不满足，%4 项即将到期，%5 项满足，%6 项不适用）</translation>
    </message>
    <message>
        <source> (due by %1)</source>
        <translation> （截止日期 %1）</translation>
    </message>
    <message>
        <source>Evaluate as of this day (YYYY-MM-DD, UTC+8); default today.</source>
        <translation>按此日期评估（YYYY-MM-DD，UTC+8）；默认为今天。</translation>
    </message>
    <message>
        <source>Also print each check&apos;s clause and evidence.</source>
        <translation>同时显示每个检查项的条款和依据。</translation>
    </message>
    <message>
        <source>Whether the institution meets the standard: every readiness check with its status (failing, due soon, ok, n/a), grouped by clause. Exits 0 when nothing fails, 1 when a check fails.</source>
        <translation>机构是否满足标准要求：按条款分组列出每个检查项及其状态（不满足、即将到期、满足、不适用）。没有不满足项时退出码为 0，有检查项不满足时退出码为 1。</translation>
    </message>
    <message>
        <source>readiness takes no arguments, only [--at DATE] [--json].</source>
        <translation>readiness 不接受参数，只接受 [--at DATE] [--json]。</translation>
    </message>
    <message>
        <source>--at takes a date such as 2026-03-31, got &quot;%1&quot;.</source>
        <translation>--at 需要一个日期，例如 2026-03-31，当前为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--readiness takes a day such as 2026-11-30.</source>
        <translation>--readiness 需要一个日期，例如 2026-11-30。</translation>
    </message>
    <message>
        <source>Render the readiness checks as of this day (the monthly readiness report).</source>
        <translation>生成截至此日期的合规自查结果（月度合规自查报告）。</translation>
    </message>
    <message>
        <source>Report templates: list them, check a template file, or render one for an incident, a drill, a year, the handbook or the readiness checks to PDF, ODT, HTML or text.</source>
        <translation>报告模板：列出模板、检查模板文件，或为某一事件、演练、年度、联络手册或合规自查生成 PDF、ODT、HTML 或文本格式的报告。</translation>
    </message>
    <message>
        <source>report takes: list | check FILE | render --template ID (--incident ID | --drill ID | --year YYYY | --handbook | --readiness YYYY-MM-DD) --out FILE.(pdf|odt|html|txt) [--author NAME].</source>
        <translation>report 的用法：list | check FILE | render --template ID (--incident ID | --drill ID | --year YYYY | --handbook | --readiness YYYY-MM-DD) --out FILE.(pdf|odt|html|txt) [--author NAME]。</translation>
    </message>
    <message>
        <source>Change requests (系统变更) and the trading-hours window check</source>
        <translation>系统变更申请及变更窗口的交易时段检查</translation>
    </message>
    <message>
        <source>Configuration items (配置项): list, or show one with its relations, history and dependents</source>
        <translation>配置项：列出配置项，或查看某一配置项及其关系、变更历史和影响范围</translation>
    </message>
    <message>
        <source>No configuration items.</source>
        <translation>没有配置项。</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>  (deleted)</source>
        <translation>  （已删除）</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>System class: %1</source>
        <translation>系统类别：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>Last confirmed: %1</source>
        <translation>最近确认：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Dependents (impact):</source>
        <translation>影响范围（受影响的配置项）：</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>变更历史：</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>相关事件：%1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有变更。</translation>
    </message>
    <message>
        <source>  [emergency change]</source>
        <translation>  [紧急变更]</translation>
    </message>
    <message>
        <source>  [in trading hours]</source>
        <translation>  [交易时段内]</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>紧急程度：%1</translation>
    </message>
    <message>
        <source> (approved inside trading hours)</source>
        <translation>（在交易时段内批准）</translation>
    </message>
    <message>
        <source>Window: %1 – %2</source>
        <translation>变更窗口：%1 – %2</translation>
    </message>
    <message>
        <source>Objects: %1</source>
        <translation>变更对象：%1</translation>
    </message>
    <message>
        <source>Applicant: %1; approver: %2; implementer: %3; reviewer: %4</source>
        <translation>申请人：%1；审批人：%2；实施人：%3；复核人：%4</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>变更目标</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>操作步骤</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>测试方案</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Risk controls</source>
        <translation>风险防控措施</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>回退方案</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>实施结果</translation>
    </message>
    <message>
        <source>Impact on production</source>
        <translation>对生产的影响</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Test before: %1 (%2)</source>
        <translation>变更前测试：%1（%2）</translation>
    </message>
    <message>
        <source>Test after: %1 (%2)</source>
        <translation>变更后测试：%1（%2）</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Configuration updated: %1 %2</source>
        <translation>配置更新：%1 %2</translation>
    </message>
    <message>
        <source>list | show NUMBER</source>
        <translation>list | show NUMBER</translation>
    </message>
    <message>
        <source>list: include deleted items.</source>
        <translation>list：包括已删除的配置项。</translation>
    </message>
    <message>
        <source>Configuration items (配置项). list shows every item with its kind, status and system class; show NUMBER shows one with its relations, the items that depend on it, its history and its incidents.</source>
        <translation>配置项。list 列出所有配置项及其类型、状态和系统类别；show NUMBER 显示某一配置项及其关系、依赖于它的配置项、变更历史和相关事件。</translation>
    </message>
    <message>
        <source>ci takes: list [--all] | show NUMBER.</source>
        <translation>ci 的用法：list [--all] | show NUMBER。</translation>
    </message>
    <message>
        <source>list | show ID | check-window</source>
        <translation>list | show ID | check-window</translation>
    </message>
    <message>
        <source>check-window: the window&apos;s start (ISO 8601; without offset UTC+8).</source>
        <translation>check-window：变更窗口的开始时间（ISO 8601；不带时区偏移时按 UTC+8）。</translation>
    </message>
    <message>
        <source>check-window: the window&apos;s end.</source>
        <translation>check-window：变更窗口的结束时间。</translation>
    </message>
    <message>
        <source>check-window: the market to check (stock, futures, financial_futures, …; repeatable); default: the institution&apos;s markets.</source>
        <translation>check-window：要检查的市场（stock、futures、financial_futures 等；可重复指定）；默认：本机构的各市场。</translation>
    </message>
    <message>
        <source>Change requests (系统变更). list shows every change with its window and state; show ID (or number) shows one with every part, the four people, the tests and the configuration it updated; check-window exits 1 with the reason when a window lies inside trading hours.</source>
        <translation>系统变更。list 列出所有变更及其变更窗口和状态；show ID（或编号）显示某一变更的全部内容、四位相关人员、测试情况及其更新的配置；变更窗口处于交易时段内时，check-window 以退出码 1 退出并给出原因。</translation>
    </message>
    <message>
        <source>change takes: list | show ID | check-window --start ISO --end ISO [--market ID].</source>
        <translation>change 的用法：list | show ID | check-window --start ISO --end ISO [--market ID]。</translation>
    </message>
    <message>
        <source>check-window needs --start ISO and --end ISO.</source>
        <translation>check-window 需要 --start ISO 和 --end ISO。</translation>
    </message>
    <message>
        <source>--start: &quot;%1&quot; is not an ISO 8601 time such as 2026-03-10T09:20.</source>
        <translation>--start：&quot;%1&quot; 不是有效的 ISO 8601 时间（例如 2026-03-10T09:20）。</translation>
    </message>
    <message>
        <source>--end: &quot;%1&quot; is not an ISO 8601 time such as 2026-03-10T11:00.</source>
        <translation>--end：&quot;%1&quot; 不是有效的 ISO 8601 时间（例如 2026-03-10T11:00）。</translation>
    </message>
    <message>
        <source>The window %1 – %2 lies outside trading hours of %3.</source>
        <translation>变更窗口 %1 – %2 不在 %3 的交易时段内。</translation>
    </message>
    <message>
        <source>import: the kind of units --create-units creates: %1 (default other).</source>
        <translation>import：--create-units 所新建单位的类别：%1（默认 other）。</translation>
    </message>
    <message>
        <source>contacts takes: import FILE.csv|FILE.vcf [--dry-run] [--create-units] [--unit-kind KIND] | export FILE.csv|FILE.vcf [--vcard-version 3|4] [--english-headers] | list [--search TEXT] [--stale]; KIND is one of %1.</source>
        <translation>contacts 的用法：import FILE.csv|FILE.vcf [--dry-run] [--create-units] [--unit-kind KIND] | export FILE.csv|FILE.vcf [--vcard-version 3|4] [--english-headers] | list [--search TEXT] [--stale]；KIND 为以下之一：%1。</translation>
    </message>
    <message>
        <source>--unit-kind takes one of %1, got &quot;%2&quot;.</source>
        <translation>--unit-kind 只接受以下之一：%1，实际为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>minutes before a shift (0 = off)</source>
        <translation>班次开始前分钟数（0 = 关闭）</translation>
    </message>
    <message>
        <source>Show or change the database-wide settings. Keys: institution.name, institution.type, institution.time_zone, cli.writes_without_sign_in (on|off), notify.shift_reminder_minutes (0-1440, 0 = off), and the readiness periods (whole numbers): %1.</source>
        <translation>显示或修改数据库范围的设置。键：institution.name、institution.type、institution.time_zone、cli.writes_without_sign_in（on|off）、notify.shift_reminder_minutes（0-1440，0 = 关闭），以及准备度周期（整数）：%1。</translation>
    </message>
    <message>
        <source>Problems found in drills:</source>
        <translation>演练发现的问题：</translation>
    </message>
    <message>
        <source>migrate-to needs a postgresql://user@host:port/database URL.</source>
        <translation>migrate-to 需要一个 postgresql://用户@主机:端口/数据库 地址。</translation>
    </message>
    <message>
        <source>The source is a shared database already; migrate-to copies an SQLite file (give it with --db).</source>
        <translation>源已是共享数据库；migrate-to 复制的是 SQLite 文件（用 --db 指定）。</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables to %3; the counts match and the audit chain (%4 rows) verifies.</source>
        <translation>已将 %2 张表的 %1 条记录复制到 %3；记录数一致，审计链（%4 条）校验通过。</translation>
    </message>
    <message>
        <source>check | backup FILE | restore FILE | migrate-to URL</source>
        <translation>check | backup 文件 | restore 文件 | migrate-to 地址</translation>
    </message>
    <message>
        <source>the backup file, or the PostgreSQL URL</source>
        <translation>备份文件，或 PostgreSQL 地址</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and audit chain, back it up (VACUUM INTO), restore it from a backup, or copy it into an empty PostgreSQL database shared by several desks (migrate-to: counts and the audit chain are verified).</source>
        <translation>检查数据库完整性与审计链、备份（VACUUM INTO）、从备份恢复，或复制到多席位共享的空 PostgreSQL 数据库（migrate-to：校验记录数与审计链）。</translation>
    </message>
    <message>
        <source>db needs an action: check, backup FILE, restore FILE or migrate-to URL.</source>
        <translation>db 需要一个操作：check、backup 文件、restore 文件或 migrate-to 地址。</translation>
    </message>
    <message>
        <source>db takes: check | backup FILE | restore FILE | migrate-to URL.</source>
        <translation>db 的用法：check | backup 文件 | restore 文件 | migrate-to 地址。</translation>
    </message>
    <message>
        <source>Usage: dutyctl [--db PATH|URL] [--json] [--as LOGIN] [--lang zh_CN|en] COMMAND [ARGS...]

Global options:
  --db PATH|URL    the database file, or postgresql://user@host:port/database
                   for a shared server (default: %1)
  --json           machine-readable output
  --as LOGIN       write as this operator (PIN from DUTYDESK_PIN or a prompt)
  --lang LANG      zh_CN or en (default: from the system locale)
  --version        print the version

Commands:
</source>
        <translation>用法：dutyctl [--db PATH|URL] [--json] [--as LOGIN] [--lang zh_CN|en] COMMAND [ARGS...]

全局选项：
  --db PATH|URL    数据库文件，或多席位共享服务器的
                   postgresql://用户@主机:端口/数据库（默认：%1）
  --json           输出机器可读的格式
  --as LOGIN       以该操作员身份写入（口令取自 DUTYDESK_PIN 或提示输入）
  --lang LANG      zh_CN 或 en（默认：取自系统区域设置）
  --version        显示版本号

命令：
</translation>
    </message>
    <message>
        <source>--db needs a file path or a postgresql:// URL.</source>
        <translation>--db 需要一个文件路径或 postgresql:// 地址。</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) moved into the server database.</source>
        <translation>
            <numerusform>%n 个附件已移入服务器数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the attached file %1 was not in %2; its row was copied without content.</source>
        <translation>警告：附件 %1 不在 %2 中；其记录已复制，但没有内容。</translation>
    </message>
</context>
</TS>
