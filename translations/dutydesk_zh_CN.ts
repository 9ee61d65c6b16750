<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
</context>
<context>
    <name>dd::DutyDeskMain</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
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
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
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
    <name>dd::PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>无法创建 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>演练 DRILL — not a real incident</source>
        <translation>演练 — 非真实事件</translation>
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
    <name>dd::SettingsRepository</name>
    <message>
        <source>Institution name: enter the institution&apos;s full name.</source>
        <translation>机构名称：请填写机构全称。</translation>
    </message>
    <message>
        <source>Time zone: %1 is not a known IANA time zone (for example Asia/Shanghai).</source>
        <translation>时区：%1 不是已知的 IANA 时区（例如 Asia/Shanghai）。</translation>
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
        <source>Free text: hosts, services, branches</source>
        <translation>自由填写：主机、服务、营业部</translation>
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
        <translation>&lt;h3&gt;应急值守台 DutyDesk %1&lt;/h3&gt;&lt;p&gt;面向证券期货机构网络与信息安全应急团队的应急值守控制台：事件、值班表、应急处置联络手册、应急演练、报告、应急工作卡片和就绪度。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
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
        <source>演练 DRILL — a practice database: nothing here touches production records</source>
        <translation>演练 — 演练用数据库：此处的任何操作都不会影响生产记录</translation>
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
    <name>dd::ui::Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Open incidents with their grade and the next report due</source>
        <translation>未关闭的事件及其级别和下一个报告截止时间</translation>
    </message>
    <message>
        <source>Who is on duty now and who takes over next</source>
        <translation>当前值班人员和下一班接班人员</translation>
    </message>
    <message>
        <source>Drill compliance for the current half-year</source>
        <translation>本半年度应急演练的达标情况</translation>
    </message>
    <message>
        <source>Readiness checks that need attention</source>
        <translation>需要关注的就绪度检查项</translation>
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
        <source>7×24 duty roster for the duty leader and the IT lead</source>
        <translation>值班负责人和信息技术负责人的 7×24 小时值班表</translation>
    </message>
    <message>
        <source>Rotations, shifts, overrides and leave</source>
        <translation>轮值、班次、临时调班和请假</translation>
    </message>
    <message>
        <source>Coverage gaps over the next 30 days</source>
        <translation>未来 30 天的值班空缺</translation>
    </message>
    <message>
        <source>Shift hand-over and iCalendar export</source>
        <translation>交接班和 iCalendar 导出</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Contacts, related units and the emergency organization</source>
        <translation>联系人、相关单位和应急组织架构</translation>
    </message>
    <message>
        <source>Decision succession order: someone always decides</source>
        <translation>决策递补顺序：确保始终有人决策</translation>
    </message>
    <message>
        <source>Notification contacts with duty phone and fax</source>
        <translation>通报联络人及其值班电话和传真</translation>
    </message>
    <message>
        <source>Service agreements with their review dates</source>
        <translation>服务协议及其复核日期</translation>
    </message>
    <message>
        <source>PDF export and a change log</source>
        <translation>PDF 导出和变更记录</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Drill plans with all eight required parts</source>
        <translation>包含全部八项必备内容的演练方案</translation>
    </message>
    <message>
        <source>Drill calendar: at least one drill every half-year</source>
        <translation>演练日程：每半年至少开展一次演练</translation>
    </message>
    <message>
        <source>Drill records kept for at least two years</source>
        <translation>演练记录至少保存两年</translation>
    </message>
    <message>
        <source>Findings turned into improvements with owner and due date</source>
        <translation>发现的问题转为整改项，明确责任人和完成期限</translation>
    </message>
    <message>
        <source>The annual drill report to the regulator</source>
        <translation>向监管机构报送的年度演练报告</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report templates for incidents, warnings and drills</source>
        <translation>事件、预警和演练的报告模板</translation>
    </message>
    <message>
        <source>Incident report form, preliminary, supplementary and summary reports</source>
        <translation>事件报告表、初步分析报告、补充报告和总结报告</translation>
    </message>
    <message>
        <source>Reports filled from the records, printed or saved as PDF</source>
        <translation>根据记录自动填写报告，可打印或保存为 PDF</translation>
    </message>
    <message>
        <source>Submission stamped with its time, so lateness is computed</source>
        <translation>报送时自动记录时间，据此计算是否逾期</translation>
    </message>
    <message>
        <source>Action cards</source>
        <translation>工作卡</translation>
    </message>
    <message>
        <source>An emergency action card for every leader and staff member</source>
        <translation>为每位领导和工作人员制作应急工作卡片</translation>
    </message>
    <message>
        <source>Each card lists the person&apos;s key tasks and main contacts</source>
        <translation>每张卡片列出本人的关键任务和主要联系人</translation>
    </message>
    <message>
        <source>Printed or saved as PDF, several cards per page</source>
        <translation>可打印或保存为 PDF，每页多张卡片</translation>
    </message>
    <message>
        <source>Cards kept current when the organization changes</source>
        <translation>组织架构调整时及时更新卡片</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>One check per requirement of the standard, evaluated over the data</source>
        <translation>标准的每项要求对应一项检查，依据数据自动评估</translation>
    </message>
    <message>
        <source>Roster coverage, handbook verification, plan review and training</source>
        <translation>值班覆盖、通讯录核实、预案复核和培训</translation>
    </message>
    <message>
        <source>Agreements, spare parts and supplies checked and unexpired</source>
        <translation>协议、备品备件和应急物资已检查且在有效期内</translation>
    </message>
    <message>
        <source>What to fix, and where to fix it</source>
        <translation>需要整改什么，以及在哪里整改</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>dd::ui::PlaceholderPage</name>
    <message>
        <source>Not built yet — coming in a later release.</source>
        <translation>尚未实现 — 将在后续版本中提供。</translation>
    </message>
    <message>
        <source>What this page will hold:</source>
        <translation>本页将包含：</translation>
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
        <source>%1

Submitting stamps this report with the time now and your name; whether it was on time is computed from that stamp. Edit the text if needed, then submit.</source>
        <translation>%1

报送时将为此报告记录当前时间和您的姓名，并据此判断是否按时报送。如有需要请先修改文本，然后报送。</translation>
    </message>
    <message>
        <source>&amp;Filed as:</source>
        <translation>报送形式(&amp;F)：</translation>
    </message>
    <message>
        <source>Submit now</source>
        <translation>立即报送</translation>
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
        <source>check | backup FILE | restore FILE</source>
        <translation>check | backup FILE | restore FILE</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and audit chain, back it up (VACUUM INTO) or restore it from a backup.</source>
        <translation>检查数据库的完整性和审计链，备份数据库（VACUUM INTO），或从备份恢复。</translation>
    </message>
    <message>
        <source>db needs an action: check, backup FILE or restore FILE.</source>
        <translation>db 需要指定操作：check、backup FILE 或 restore FILE。</translation>
    </message>
    <message>
        <source>db takes: check | backup FILE | restore FILE.</source>
        <translation>db 的用法：check | backup FILE | restore FILE。</translation>
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
        <source>Show or change the database-wide settings. Keys: institution.name, institution.type, institution.time_zone, cli.writes_without_sign_in (on|off).</source>
        <translation>查看或修改数据库级设置。设置项：institution.name、institution.type、institution.time_zone、cli.writes_without_sign_in（on|off）。</translation>
    </message>
    <message>
        <source>settings takes: show | set KEY VALUE.</source>
        <translation>settings 的用法：show | set KEY VALUE。</translation>
    </message>
    <message>
        <source>Usage: dutyctl [--db PATH] [--json] [--as LOGIN] [--lang zh_CN|en] COMMAND [ARGS...]

Global options:
  --db PATH        the database file (default: %1)
  --json           machine-readable output
  --as LOGIN       write as this operator (PIN from DUTYDESK_PIN or a prompt)
  --lang LANG      zh_CN or en (default: from the system locale)
  --version        print the version

Commands:
</source>
        <translation>用法：dutyctl [--db PATH] [--json] [--as LOGIN] [--lang zh_CN|en] COMMAND [ARGS...]

全局选项：
  --db PATH        数据库文件（默认：%1）
  --json           输出机器可读的格式
  --as LOGIN       以该操作员身份写入（口令取自 DUTYDESK_PIN 或提示输入）
  --lang LANG      zh_CN 或 en（默认：取自系统区域设置）
  --version        显示版本号

命令：
</translation>
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
        <source>--db needs a file path.</source>
        <translation>--db 需要指定文件路径。</translation>
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
</context>
</TS>
