<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>dd::ActionCards</name>
    <message>
        <source>%1 duty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty line (7×24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT lead (notification contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards to print to %1: choose at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency action cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards to print: choose at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 (%2): %3 did not fit even at %4 pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1 of the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fronts, sheet %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs, sheet %1 of %2: print on the reverse side, flipped on the long edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演练 DRILL — %1</source>
        <comment>drill banner before a page note</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Actor</name>
    <message>
        <source>DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: %1 needs a signed-in operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not do this: %2 needs another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing duty data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaring an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving or waiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing operators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Alert</name>
    <message>
        <source>Prometheus Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zabbix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AlertIntake</name>
    <message>
        <source>Raised by monitoring: %1 (%2), fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert fired again after it was resolved (count %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert fired again (count %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by monitoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AlertParser</name>
    <message>
        <source>body: unknown alert format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Alertmanager webhook object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;4&quot; (Alertmanager webhook version 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body: expected a JSON document, the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body: malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body: expected a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 time with offset, such as 2026-03-02T10:15:00+08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 alerts, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;firing&quot; or &quot;resolved&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one label (or a fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;tag&quot;, &quot;value&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags as JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 2026.03.02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time such as 10:15:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of the media type&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem event id ({EVENT.ID})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event name ({EVENT.NAME})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;1&quot; (problem) or &quot;0&quot; (resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;PROBLEM&quot; or &quot;RESOLVED&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AttachmentFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; files up to %3 MB can be attached on a shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database holds no content for the attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the attachment %1 does not match its SHA-256 hash: it was changed after it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AuditLog</name>
    <message>
        <source>The audit log&apos;s head row is missing; the database was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 follows row %2: rows were deleted or renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not follow its predecessor: rows were deleted, inserted or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was edited after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log&apos;s head row is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends at row %1 but %2 rows were written: rows were removed from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since you opened it (your version %2, now %3); reload and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it (your version %4, now %5); reload and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CalendarRepository</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a calendar year file (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported trading calendar for %1 can no longer be read; import the year again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported trading calendar for %1 holds the year %2; import the year again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CardLayout</name>
    <message>
        <source>the card title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency action card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit and position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency role assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emergency roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key tasks heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key tasks (%1 of %2 shown, the last one cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook v%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duty line set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duty line caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this card with you. In an incident call the duty line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the footnote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ChangeNoticeTemplates</name>
    <message>
        <source>There is no handbook change notice template (%1) in the report template library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change notices changed while they were written: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change notice for %1 (template %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ChangeNotices</name>
    <message>
        <source>The change notice template %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change notice template: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ChangeRegister</name>
    <message>
        <source>Changes are requested, approved, implemented and reviewed by signed-in operators; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change numbered &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal (变更目标)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects (变更对象): name at least one configuration item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (变更时间): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementer (实施人) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer (复核人) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation steps (操作步骤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plan (测试方案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan (实施方案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk controls (风险防控措施)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan (应急预案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan (回退方案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 (operator id %2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 and the %2 must be different people: a change needs four people (applicant, approver, implementer, reviewer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: say in a few words what the change is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markets: &quot;%1&quot; is not a market of the trading calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; only a draft is edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the applicant %1 edits the draft %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects: %1 %2 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; it cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the applicant %1 submits %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be submitted:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be submitted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment: record your assessment of the technical and business risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied for %2 and cannot approve it: the applicant is never the approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the change is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant cannot decide on their own change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the applicant %1 revises %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the change is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the applicant or an approver cancels %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: describe what was tested and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: tests before the change are recorded before it is implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: tests after the change are recorded while it is implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the implementer %1 starts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start: record a passed test before the change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: configuration items are updated while it is implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the implementer %1 updates the items of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: say what was done and how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the implementer %1 finishes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot finish: record the test after the change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on production: record the change&apos;s impact (or &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reviewer %1 reviews %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object of %2: add it to the change before updating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ChangeWindow</name>
    <message>
        <source>The window needs a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a market of the trading calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window overlaps trading hours of %1 (%2–%3); only an emergency change may run then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ChannelRepository</name>
    <message>
        <source>The database has no secret scope (settings &apos;notify.secret_scope&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 does not exist (it may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was not saved: WeCom robot key: enter the key, or the full webhook URL with ?key=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was not saved: DingTalk access token: enter the token, or the full webhook URL with ?access_token=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was not saved: another channel has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; was saved, but its secrets were not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference: channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference: contact %1 does not exist in the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference: duty role &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference for channel &quot;%1&quot;: address: expected an e-mail address such as name@example.com, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference %1 does not exist (it may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ConditionParser</name>
    <message>
        <source>expected exactly one of &quot;all&quot;, &quot;any&quot;, &quot;not&quot; or &quot;fact&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one comparison, found &quot;%1&quot; and &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a comparison (&gt;=, &gt;, &lt;=, &lt;, ==, !=, in, has_flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used with fact &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for outage_minutes (&quot;trading&quot; or &quot;wall&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;trading&quot; or &quot;wall&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown system &quot;%1&quot; (not in the rule set&apos;s &quot;systems&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown institution type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ConfigRegistry</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind id &quot;%1&quot;: use lower-case letters, digits and _ (starting with a letter, at most 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind &quot;%1&quot;: enter its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration item numbered &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: enter the item&apos;s unique number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of %1: enter what the item is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System class of %1: %2 is not a class from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of %1: &quot;%2&quot; is not a known kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of %1: there is no contact with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was deleted on %3; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 belonged to &quot;%2&quot;, which was deleted; numbers are never given twice. Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is already used by &quot;%2&quot;. Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of %1: a number never changes; replace the item to give it a new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was replaced already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be related to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 is recorded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That relation does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drill finding with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit period: %1 days is not a period; enter at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration audit started on %1 is still open; close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancy: describe what differs from the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration audit with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That configuration audit was closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: describe how the record or the item was corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That finding does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That finding was settled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit cannot close: %n finding(s) are not settled (%1).</source>
        <translation>
            <numerusform>The audit cannot close: %n finding is not settled (%1).</numerusform>
            <numerusform>The audit cannot close: %n findings are not settled (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>That configuration audit is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding is linked to %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding is not linked to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Contact</name>
    <message>
        <source>Internal department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecom carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General affairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ContactCsv</name>
    <message>
        <source>%1, row %2 (line %3): a quoted field is never closed; a &quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row with a name column (姓名 or name) in the first %2 rows; the header names the columns, such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second column for the same field as %1; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a column DutyDesk knows; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is beyond the last column of the header; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ContactImport</name>
    <message>
        <source>%1: the file is not valid %2 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 and this system cannot read GB18030; save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is neither UTF-8 nor GB18030/GBK text; save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, card %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel turned the number into &quot;%1&quot;; format the column as text, enter the number again and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; expected one like zhang.wei@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected one like 2026-01-05 or 2026/1/5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is missing; every contact needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in card %2 with the same mobile; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in row %2 with the same mobile; keep one of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no phone number; the handbook cannot say how to reach this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deactivated in the handbook and will be active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handbook has another %1 with a different mobile; this adds a second person of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is not in the handbook; it will be created as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is not in the handbook; add it first or import with &quot;create units&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person cannot be their own backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is ambiguous: cards %2 have that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is ambiguous: rows %2 have that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is ambiguous: %2 people of that name are in the handbook; add the backup&apos;s row to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is deactivated in the handbook; choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is neither in the file nor in the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future; the last verification cannot be after today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 must be fixed first; nothing was imported. The first: %2</source>
        <translation>
            <numerusform>%n problem in %1 must be fixed first; nothing was imported. The first: %2</numerusform>
            <numerusform>%n problems in %1 must be fixed first; nothing was imported. The first: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no contacts; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unit %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; this is not a contact list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ContactRepository</name>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address (expected name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1 cannot be his or her own backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: there is no unit #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: there is no contact #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1 is no longer active; choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with mobile %2 is already in the handbook (contact #%3); edit that entry instead of adding the person twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken out of the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the decision succession order; take him or her out of it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a notification contact; name someone else first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a position in the emergency organization (%2); replace him or her there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on: enter the date the details were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on: %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement title: name the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: choose the unit the agreement is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review period: expected 1 day or more, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to: %1 is before the start of validity (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no contact #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agreement #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service agreement &quot;%1&quot; with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes or review period changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreement &quot;%1&quot; with %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreement &quot;%1&quot; with %2 ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contact #%2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position title: name the position, such as 总指挥.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: only the decision body has a chair (the principal leader).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: %1 already chairs the decision body; only one position can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no position #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New position %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key tasks changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now chairs the decision body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1, %2 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision succession order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup notification contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, duty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already the other notification contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicated on: enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicated on: %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: name the regulator or unit that was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name: enter the name of the department or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name: there is already a unit called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 still has %n contact(s) (also inactive ones); move them to another unit first.</source>
        <translation>
            <numerusform>Unit %1 still has %n contact (also inactive ones); move them to another unit first.</numerusform>
            <numerusform>Unit %1 still has %n contacts (also inactive ones); move them to another unit first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 is party to %n service agreement(s); remove them first.</source>
        <translation>
            <numerusform>Unit %1 is party to %n service agreement; remove them first.</numerusform>
            <numerusform>Unit %1 is party to %n service agreements; remove them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit %1 appears in the record of communications and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: expected a whole number of days (1 or more), found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DashboardStats</name>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard statistics: the query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics period: expected a first day on or before the last day, got %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics buckets: expected 1, 3 or 6 months, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report timeliness: unexpected aggregate &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>%1 is not a DutyDesk database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DutyDesk database (it is an SQLite file of another program). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer DutyDesk (schema version %2; this program knows up to %3). Nothing was changed: please update DutyDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an older schema (version %2 of %3); open it once with write access to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is not a DutyDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the current database %1 aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the restored file into place; the previous database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare change notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the session on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DutyDesk database (it has tables of another program). Nothing was changed: point DutyDesk at an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DutyDesk database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty: open it once with write access to create DutyDesk&apos;s tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: the new row&apos;s id was not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up on the server with pg_dump (see the README); DutyDesk copies SQLite files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 cannot be reached (since %2: %3). Nothing was saved. DutyDesk reconnects by itself; make the change again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while saving (%2): the change may or may not have been saved. Check it when DutyDesk has reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DatabaseAddress</name>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address %1 names no server: expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has no valid port (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no user: expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no database after the server: expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has the option “%1”, which is not a connection option DutyDesk passes on (for example sslmode, sslrootcert, connect_timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the option “%1” may not contain spaces or “;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names the server “%1”, which is not a valid host name (a list of servers is written host1,host2:port).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DatabaseMigration</name>
    <message>
        <source>Cannot count the rows of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source has schema version %1 and the target %2: open the source once with this DutyDesk to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 is not empty (table %2 has %3 rows): DutyDesk copies only into a database that holds no data yet. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target has no table %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing row %1 of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: %2 rows in the source, %3 in the target. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain does not verify on the target (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DeliveryRegister</name>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements and contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no delivery with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: say what is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist, %1: say what was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist, %1: say why it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was accepted on %2 and is no longer edited; add a record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responsibilities of the delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps of the delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start without %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery is %1, not in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: %1 is still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the training of the operations staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be accepted:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: enter the date it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 is in the future; record training once it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: name the trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: name the operations staff who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DemoGenerator</name>
    <message>
        <source>institution and operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has data already; the demo fills only a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo step &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo operators are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handbook: units, people, organization, agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drills and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency plan, documents, supplies and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration items, changes, tests and deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Drill</name>
    <message>
        <source>Tabletop exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-scale drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch-over drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry emergency rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content and scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (planned start and end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics and recording requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system recovery and verification requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading system outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyber attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility fault (power, cooling, fire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 H1 (January–June)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 H2 (July–December)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DrillMode</name>
    <message>
        <source>The drill database could not be cleared of production incidents: rows still refer to them (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill database could not be cleared of production incidents: table %1 has no row ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only; drill mode needs it open normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is already a drill database (drill &quot;%1&quot;); leave drill mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill &quot;%1&quot; is %2; drill mode needs an approved or in-progress drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill database %1 could not be prepared (it was removed again): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill session marker (setting &quot;%1&quot;) of %2 is damaged: expected a JSON object with drill_id and production_path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a drill database; there is no drill timeline to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a drill database; the drill timeline goes into the production database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a drill database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is a different person in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill mode works on a copy of an SQLite database; on the shared server %1 it is not available yet. Run the drill on a desk with its own database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DrillRepository</name>
    <message>
        <source>Drill &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: name the drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: the planned end (%1) must be after the planned start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault types: &quot;%1&quot; is not a fault type (expected one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems: every system exercised needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems: %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems: the target recovery time of %1 must be 0 minutes or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: its plan can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: its timeline cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry %1: the source &quot;%2&quot; is neither manual nor drill_mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry %1: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finding with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: describe the problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill &quot;%1&quot; is %2: findings belong to a drill that was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings of drill &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action: say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action &quot;%1&quot;: name the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action &quot;%1&quot;: set the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action &quot;%1&quot;: a done action needs its evidence (what shows it was done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no improvement action with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The improvement actions of drill &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drill attachment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 of drill &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only a draft plan can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be approved: the plan lacks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only an approved drill can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: a record is kept only for a drill in progress or completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start: say when the drill started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end: %1 is before the actual start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is completed: its actual end and result must stay recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: person %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery times: %1 is not one of the systems the plan exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a drill needs the answer whether the emergency plan needs an update (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency plan needs an update: say what has to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only a drill in progress can be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be completed: record %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a drill needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No drill is completed or planned in %1, which ends in %n day(s): at least one drill must be completed every half-year.</source>
        <translation>
            <numerusform>No drill is completed or planned in %1, which ends in %n day: at least one drill must be completed every half-year.</numerusform>
            <numerusform>No drill is completed or planned in %1, which ends in %n days: at least one drill must be completed every half-year.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no training session with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &quot;%1&quot;: set the date it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it (your version %4, now %5); reload and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be kept for 2 years after the drill: it cannot be deleted until %2 (it can be from the day after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no person with id %2 in the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drill with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DutyAssignment</name>
    <message>
        <source>sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotation %1 (layer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, scheduled person on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DutyDeskMain</name>
    <message>
        <source>The page to show first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database read-only, save a picture of the window as FILE.png and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk — emergency duty console for securities and futures IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no page &quot;%1&quot;; the pages are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a file, or postgresql://user@host:port/database for a database shared by several desks (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for the shared database %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::EscalationAction</name>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Drill] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no phone number on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — escalation level %2, round %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not acknowledge in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision authority passes from %1 to %2: %1 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report overdue since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report due at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::EscalationPolicy</name>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the policy a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat count: expected a whole number from 0 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels: a policy needs at least one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.timeout: expected a whole number of minutes from 1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.role: name the duty role to call, such as duty_leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.contact: choose the person to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot; (expected role, person or succession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role level names the duty role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a role level names a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person level names the contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a person level names a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (expected phone or message)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::EscalationPolicyRepository</name>
    <message>
        <source>escalation policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no escalation policy number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: another escalation policy is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::EscalationService</name>
    <message>
        <source>Escalation has no source of people (roster and handbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the call gave: acknowledged, no answer or unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call %1 of %2 was already recorded as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no call &quot;%2&quot; to record an answer for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged (escalation level %2, round %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer (escalation level %2, round %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unavailable (escalation level %2, round %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Drill] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FactEvidence</name>
    <message>
        <source>%1 not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rule set default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Grader</name>
    <message>
        <source>%1: institution_type: the rule set &quot;%2&quot; does not apply to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: system: unknown system &quot;%2&quot; for rule set &quot;%3&quot; (expected one of: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: market: the trading calendar has no market &quot;%2&quot; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::HandbookPdf</name>
    <message>
        <source>Emergency contact handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal document. Check it against the current contact details before use; report changes to the duty desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Emergency organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Decision succession order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the first person cannot decide or cannot be reached, the next one in this order decides and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No succession order recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Contacts by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Related units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No related units recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Service agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service agreements recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Notification contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IT lead and his or her backup, known to the regulator and the related units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification contacts recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Communicated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No communication of the notification contacts to the regulator or the related units recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Incident</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IncidentFacts</name>
    <message>
        <source>unknown institution type &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IncidentRepository</name>
    <message>
        <source>Title: describe the incident in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started_at: expected an ISO 8601 time with offset, such as 2026-03-02T10:15:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered_at: the recovery cannot come before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident declared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident list cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry to correct (%1) is not on this incident&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: the submitted text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for %1 was submitted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver needs a second person: %1 cannot confirm their own waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why this report is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report waived: %1 — %2 (confirmed by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for %1 was waived already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IncidentService</name>
    <message>
        <source>no grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade raised from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (grade %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be closed while reports are owed: %2. Submit them, or have a second person waive them with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owes no report &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be met by a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary report needs %1 in the incident&apos;s facts. While the cause is unknown, file the preliminary report; the supplementary report follows once the cause is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (filed as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: the procedure &quot;%2&quot; has %3 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Institution</name>
    <message>
        <source>Securities company (operating institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Futures company (operating institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund management company (operating institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock exchange (core institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Futures exchange (core institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depository, clearing or industry infrastructure (core institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local CSRC bureau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IntakeServer</name>
    <message>
        <source>Use POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring intake: cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: expected &quot;Bearer&quot; and the source&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: the token is not one of an active %1 source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IntakeSettings</name>
    <message>
        <source>%1: expected an IP address such as 127.0.0.1, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a port from 1 to 65535, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind address: expected an IP address such as 127.0.0.1, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: expected a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IntakeSourceRepository</name>
    <message>
        <source>Intake source %1: no such source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the monitoring system a name, such as &quot;Prometheus&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: an active intake source is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake source &quot;%1&quot; is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InventoryRegister</name>
    <message>
        <source>There is no document with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: enter what the document or backup is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of &quot;%1&quot;: enter where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked of &quot;%1&quot;: %2 is in the future (today is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supply item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter the name of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of &quot;%1&quot;: expected 0 or more, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of &quot;%1&quot;: enter the unit (pieces, sets, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of &quot;%1&quot;: enter where the item is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stocktake of &quot;%1&quot;: %2 is in the future (today is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supply item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: expected a year from 2000 to 2100, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of the %1 budget: expected 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the %1 budget: expected CNY, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by / approval date of the %1 budget: give both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: there is already a budget line for %1; edit that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no budget line with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System software and applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation and user manuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency operation manuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::JsonFieldReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id of lowercase letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time with offset such as 2025-06-04T10:00:00+08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time HH:MM (00:00 to 24:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time HH:MM (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a colour #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MessageFormat</name>
    <message>
        <source>Channel &quot;%1&quot; sends e-mail, not HTTP requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the WeCom robot key is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the DingTalk access token is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the URL is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the URL is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::NotifyChannel</name>
    <message>
        <source>JSON webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom group robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk group robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a channel needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP host: enter the mail server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port: expected 1–65535, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: expected an e-mail address such as dutydesk@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: enter the address messages are posted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: expected an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ObligationDefinitionParser</name>
    <message>
        <source>unknown recipient &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown form &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown anchor &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one of &quot;minutes&quot; and &quot;working_days&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only progress reports repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repeated report needs &quot;minutes&quot;, not &quot;working_days&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports repeat until recovery, so they cannot count from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown form &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ObligationText</name>
    <message>
        <source>Internal leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local CSRC bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depository and clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written initial report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary analysis report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning lifted report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::OperatorRepository</name>
    <message>
        <source>Login: use 2 to 32 letters, digits, dots, dashes or underscores (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s name as colleagues know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator with the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is taken already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has operators already; the first-run set-up is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second person must confirm this: %1 cannot confirm their own action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Outbox</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox message %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DRILL] %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::OutboxSender</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program stopped while sending; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outcome unknown (the program stopped while sending); not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gave up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gave up after %2 attempts (last: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2, retry at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test of the channel &quot;%1&quot; from DutyDesk. No action is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the address to send the test e-mail to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演练 DRILL — not a real incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PhoneNumbers</name>
    <message>
        <source>%1: &quot;%2&quot; contains letters; enter the number in digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; starts with an unknown country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too short for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a service short number; it cannot be used here (enter it as a duty line or a unit&apos;s phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid number for country code +%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid mobile number: a mobile number in China has 11 digits, this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no area code; write a landline with its area code, such as 010-%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid phone number in China (check the area code and the number of digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a service number (400/800), not a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a landline, not a mobile number; enter it as the office phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a mobile number; enter it as the mobile phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a mobile number and cannot receive faxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a mobile number; a mobile number has no extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PlanRegister</name>
    <message>
        <source>Plan version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan version with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency plan version is in effect on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label: enter a label such as &quot;v3.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major version: expected 1 or more, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor version: expected 0 or more, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date: enter the date version %1 takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by / approval date: give both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label / number: version %1 (%2.%3) already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan version %1 has been filed with the regulator: remove its filing records first (they are the regulator&apos;s record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan version %1 is named by reviews in the review log: change or remove those reviews first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type: &quot;%1&quot; is not a known fault type (expected one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report flow of %1: enter who reports to whom, how and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type %1 has no report flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan review with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date: enter the date of the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date: %1 is in the future (today is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: enter who reviewed the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: enter what the review concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by drill: there is no drill with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan version: there is no plan version with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no filing record with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date filed: enter the date version %1 was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date filed: %1 is in the future (today is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date filed: %1 is before version %2 was approved (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number: enter the number of the regulator&apos;s filing receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed by: enter who filed the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator: this institution files its plan with the %1, not the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization and responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention, safeguards and preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: monitoring, handling and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event grading and classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General handling principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific handling procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered by earlier filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local CSRC bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it (your version %4, now %5); reload and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ProcedureRepository</name>
    <message>
        <source>There is no procedure for &quot;%1&quot; and no general one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type: give the fault type an id, such as trading_outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: name the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: a procedure needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: every procedure must include the personnel-safety step (确认现场人员人身安全).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general procedure (&quot;other&quot;) is the fallback and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no procedure for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::QrCode</name>
    <message>
        <source>A QR code needs some text to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Readiness</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readiness date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification contact and backup with duty phone and fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, duty phone %3, fax %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no duty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both set, with duty phone and fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook entries verified within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last verified %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: verified %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active handbook entries, period %1 days (%2)</source>
        <translation>
            <numerusform>%n active handbook entries, period %1 days (%2)</numerusform>
            <numerusform>%n active handbook entries, period %1 days (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(ies) not verified within %1 days: %2</source>
        <translation>
            <numerusform>%n entry not verified within %1 days: %2</numerusform>
            <numerusform>%n entries not verified within %1 days: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The handbook has no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All verified; %n due within %1 days</source>
        <translation>
            <numerusform>All verified; %n due within %1 days</numerusform>
            <numerusform>All verified; %n due within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n verified within %1 days</source>
        <translation>
            <numerusform>All %n verified within %1 days</numerusform>
            <numerusform>All %n verified within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Service agreements reviewed within period and unexpired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service agreement is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid until %2, last review %3, next review due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 review overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) current; next date %1</source>
        <translation>
            <numerusform>%n agreement current; next date %1</numerusform>
            <numerusform>%n agreements current; next date %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A drill in each half-year (current and previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: completed %2; planned %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no drill in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done; %2 still needs a drill by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills held in %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill records of the last two years retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 – %2 (%3 years, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill has been recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First recorded drill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no completed drill record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an incomplete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n half-year(s) with records kept</source>
        <translation>
            <numerusform>%n half-year with records kept</numerusform>
            <numerusform>%n half-years with records kept</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (drill %2): due %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: %1</source>
        <translation>
            <numerusform>%n overdue: %1</numerusform>
            <numerusform>%n overdue: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No open improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open, none overdue; next due %1</source>
        <translation>
            <numerusform>%n open, none overdue; next due %1</numerusform>
            <numerusform>%n open, none overdue; next due %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Key posts trained within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in key posts, period %1 months (%2)</source>
        <translation>
            <numerusform>%n person in key posts, period %1 months (%2)</numerusform>
            <numerusform>%n persons in key posts, period %1 months (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody holds a key post yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): last trained %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not trained within %1 months: %2</source>
        <translation>
            <numerusform>%n not trained within %1 months: %2</numerusform>
            <numerusform>%n not trained within %1 months: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n trained; next due %1</source>
        <translation>
            <numerusform>All %n trained; next due %1</numerusform>
            <numerusform>All %n trained; next due %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of document and backup kept and checked within period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): last checked %4, due %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked within %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), all checked; next check due %1</source>
        <translation>
            <numerusform>%n item, all checked; next check due %1</numerusform>
            <numerusform>%n items, all checked; next check due %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplies not expired and stocktaken within period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake period %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spare parts or emergency supplies are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expired %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last stocktake %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stocktake due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stocktaken within %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) current; next date %1</source>
        <translation>
            <numerusform>%n item current; next date %1</numerusform>
            <numerusform>%n items current; next date %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency budget set for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency budget for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, approved by %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 budget: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget yet for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (unknown person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision body has a chair and every required department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision body: %1 (%2)%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision body has no chair with a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not represented: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required departments not represented in the decision body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Executive body: %n member(s)</source>
        <translation>
            <numerusform>Executive body: %n member</numerusform>
            <numerusform>Executive body: %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>the executive body has no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaired; all %1 required departments represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession order has at least 2 reachable people, none on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 leave %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the order, at least 2 needed</source>
        <translation>
            <numerusform>%n person in the order, at least 2 needed</numerusform>
            <numerusform>%n persons in the order, at least 2 needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people reachable, none on leave</source>
        <translation>
            <numerusform>%n people reachable, none on leave</numerusform>
            <numerusform>%n people reachable, none on leave</numerusform>
        </translation>
    </message>
    <message>
        <source>Every organization member has a current action card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key task(s), %2</source>
        <translation>
            <numerusform>%1: %n key task, %2</numerusform>
            <numerusform>%1: %n key tasks, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no current card (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency organization has no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), all with key tasks and a phone</source>
        <translation>
            <numerusform>%n member, all with key tasks and a phone</numerusform>
            <numerusform>%n members, all with key tasks and a phone</numerusform>
        </translation>
    </message>
    <message>
        <source>No current card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current plan has all ten contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan version is in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version %1, effective %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all %2 contents present</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of 10 contents missing or empty</source>
        <translation>
            <numerusform>%1: %n of 10 contents missing or empty</numerusform>
            <numerusform>%1: %n of 10 contents missing or empty</numerusform>
        </translation>
    </message>
    <message>
        <source>Current major version filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version %1; filing required for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been filed with the regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed %1 with %2, receipt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reviewed within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 months (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has never been reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review %1; overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review %1; next due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reviewed after each drill that asked for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill %1 (%2) asked for a plan update: reviewed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill %1 (%2) asked for a plan update: no review yet%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed drill asked for a plan update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) asked for an update; all reviewed</source>
        <translation>
            <numerusform>%n drill asked for an update; all reviewed</numerusform>
            <numerusform>%n drills asked for an update; all reviewed</numerusform>
        </translation>
    </message>
    <message>
        <source>No review after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each fault type has a procedure, a report flow and a notice template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n fault type(s) covered</source>
        <translation>
            <numerusform>All %n fault type covered</numerusform>
            <numerusform>All %n fault types covered</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty leader and IT lead covered 7×24 with backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at %1 – %2 (%3 days, %4), primary and backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty role missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: primary and backup covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s), %1 h uncovered: %2</source>
        <translation>
            <numerusform>%n gap, %1 h uncovered: %2</numerusform>
            <numerusform>%n gaps, %1 h uncovered: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Covered for %1 days; the rota has a gap from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both roles covered 7×24 with backups for the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>Between the items of a list of names in a readiness finding (zh: &quot;、&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>findings separator</comment>
        <extracomment>Between two findings of one readiness check (zh: &quot;；&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty leader (值班负责人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT lead (信息技术负责人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duty role with the key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReadinessPeriods</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a whole number of days from %2 to %3 (the standard&apos;s value is %4), not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a whole number of months from %2 to %3 (the standard&apos;s value is %4), not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a whole number of years from %2 to %3 (the standard&apos;s value is %4), not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a whole number of days from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a whole number of months from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a whole number of years from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook entries verified every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan reviewed every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster covered ahead for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and backups checked every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies stocktaken every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key posts trained every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill records kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn this long before a period runs out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportContext</name>
    <message>
        <source>Drill title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill method (tabletop, functional, full-scale, switch-over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content and scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics and recording requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System recovery and verification requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault types exercised, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the plan was approved (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems exercised with target and measured recovery times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target recovery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured recovery time (empty: not measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the recovery time was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the target was met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the drill took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the person took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (success, partly successful, failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened when, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings with their improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions of the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the action is past its due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding the action belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill the action belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the closing question on the emergency plan was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the emergency plan needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What in the emergency plan needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files attached to the drill record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills held or planned in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills completed in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when both half-years have a completed drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s drills (not cancelled), by start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: actual, else planned (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: actual, else planned (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault types exercised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people present (else planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems with measured against target recovery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when every measured system met its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance per half-year (H1, H2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when at least one drill was completed in the half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed drills, by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved drills not yet completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the year&apos;s drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions of the year&apos;s drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sessions in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sessions in the year, by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees, by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in key posts (emergency organization, duty rotations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those, trained within the 12 months before the year&apos;s end (today for the current year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key people not trained within 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution type id (securities, futures…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution type, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regulator reports go to: the CSRC for core institutions, the local CSRC bureau for operating institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for a core institution (exchange, clearing, infrastructure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the report was generated (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person signing: the signed-in operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone of the person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the data is drill data (the report is an exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report language (zh_CN or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set while it is a warning (or a lifted one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was detected (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it started (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When service was recovered; empty while down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set once service is recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was closed; empty while open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long service was affected (so far, while still down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the outage in trading hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the outage touched trading hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class of the system (1–5, 5 highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers or units affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct economic loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market scope id (whole_market…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the regulator has been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause, as far as known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the cause is established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade name as of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade id: I, II, III, IV or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the incident reaches a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set that graded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules that set the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade the rule gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the rule comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts that made the rule match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the grade rises next if nothing changes; empty if never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling measures: notes, procedure steps and measures on the timeline, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports owed under the rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report and recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due time (UTC+8); empty while pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when overdue or submitted late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports submitted so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on duty now, per duty role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone of the person on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of the emergency decision body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair&apos;s position in the decision body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the emergency decision body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification contacts known to the regulator (primary, backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for the primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the next handbook distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best phone (duty line, mobile, office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification contacts (primary, backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last distribution, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when anything changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One notice per unit concerned by the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes this unit is told about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the unit contacts now: notification contacts and our contact for each of its agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why to contact them (notification contact, agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents detected in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s incidents (drills excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of incidents per grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports owed in the year&apos;s incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports submitted on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports submitted late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports still owed past their due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day written as yyyymmdd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the check fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the check is due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause, quoted short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the clause is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day its period runs out; may be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check looked at, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the checks were evaluated, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage of applicable checks not failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of failing checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of checks due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of checks met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of checks not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when no check fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when a check is due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failing checks (fields as in checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks due soon (fields as in checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check groups, the worst first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s checks, failing first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportEngine</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the template must start with its header, a comment beginning with “{{!”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header comment is not closed with “}}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected “key: value” in the header, found “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown header field “%2” (expected one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header field “%2” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id: “%2” is not a valid template id (lower-case letters, digits and “_”, at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind: unknown kind “%2” (expected regulator_report, notice, investor_notice, drill, handbook or internal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context: unknown context “%2” (expected incident, drill, year or handbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outputs: unknown output “%2” (expected pdf, odt, html or txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outputs: name at least one of pdf, odt, html, txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: format: unknown format “%2” (expected markdown or html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: language: unknown language “%2” (expected zh_CN or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forms: unknown report form “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fault_types: unknown fault type “%2” (expected %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: title_zh and title_en are both empty: give the template a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” left a tag unresolved in its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag is not closed with “}}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partials ({{&gt;%1}}) are not supported: copy the text into the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the delimiters ({{=…=}}) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{{.}}” is only valid inside a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries of “%1” are not text: name one of their fields, such as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a list: use it as a section, {{#%1}}…{{/%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a yes/no flag: use it as a section, {{#%1}}…{{/%1}} or {{^%1}}…{{/%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a group of variables: name one of its fields, such as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variable “%1” (the %2 context has no such variable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing tag “{{/%1}}” has no open section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing tag “{{/%1}}” does not match the open section “%2” (opened on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: section “%2” is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportTemplate</name>
    <message>
        <source>Report to the regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice and agreed wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to investors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness as of a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportWriter</name>
    <message>
        <source>No file name given for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演练 DRILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the OpenDocument writer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: unknown output form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its extension: expected .pdf, .odt, .html, .htm or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RosterExport</name>
    <message>
        <source>Gap %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the spreadsheet could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the existing file could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the spreadsheet could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RosterJson</name>
    <message>
        <source>expected &quot;%1&quot; (this is not a DutyDesk roster file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key of lowercase letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;24x7&quot;, &quot;trading_days&quot; or &quot;business_hours&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date after start_date (the end is exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person cannot replace themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the key of a duty role, such as &quot;duty_leader&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown duty role &quot;%1&quot; (not in &quot;roles&quot; nor in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;primary&quot; or &quot;backup&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a person: {&quot;id&quot;: 12, &quot;name&quot;: &quot;张伟&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a person&apos;s id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person &quot;%1&quot; needs an id here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person with id %1 in the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person with id %1 or named &quot;%2&quot; in the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person named &quot;%1&quot; in the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are named &quot;%2&quot;; give the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key is missing (or give &quot;minutes&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a length of more than 0, in whole minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;shifts&quot;, &quot;daily&quot; or &quot;weekly&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time after the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RosterRepository</name>
    <message>
        <source>roles[%1]: the role &quot;%2&quot; has id %3 here, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles[%1]: there is no duty role with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no duty role with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: there is no duty role with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no person with id %2 in the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no duty role with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no duty role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: the built-in role &quot;%1&quot; keeps its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: another duty role already uses &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in duty role &quot;%1&quot; cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty role &quot;%1&quot; is used by rotations, overrides, swaps or handover records; remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty role &quot;%1&quot; is a level of the escalation policy &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rotation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides of a swap are made by approving the swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no override with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This override was made by swap %1; cancel the swap instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no leave entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no swap with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: choose the duty role of the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: choose who gives the shift away and who takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: a person cannot swap with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift given: enter a start and a later end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift taken back: enter a start and a later end, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift taken back: it overlaps the shift given away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift given: it has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person giving the shift away, or a duty leader for them, can request a swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1 was changed meanwhile; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1 is %2; only a requested swap can be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1: the shift has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can accept swap %2 (signed in as themselves); a duty leader may record it only for people without a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not approve swaps: that needs a duty leader or an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1 is %2; only an accepted swap can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1: a person taking part in the swap cannot approve it; ask another duty leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1 is %2; it can no longer be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the counterpart or a duty leader can reject swap %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1 is already applied; only a duty leader can cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the requester or a duty leader can cancel swap %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: enter when the shift changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: name the outgoing or the incoming person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: the outgoing and the incoming person must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>leave kind: note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RosterTypes</name>
    <message>
        <source>7×24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours (08:30–17:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.handoff: expected a time of day such as &quot;08:30&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.weekday: expected a weekday number 1 (Monday) to 7 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind: expected &quot;shifts&quot;, &quot;daily&quot; or &quot;weekly&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.shifts: expected a non-empty array of shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;start&quot; and &quot;hours&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.start: expected a time of day such as &quot;08:30&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.hours: expected a length between 1 minute and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.start: shifts must follow each other through the day without overlapping (this one starts before the previous one ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.hours: the shifts of one day must not add up to more than 24 hours from the first shift&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RosterValidation</name>
    <message>
        <source>a shift pattern needs at least one shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift %1 needs a start time HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift %1 must last more than 0 and at most 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift %1 starts at %2, before the previous shift ends; shifts must follow each other through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shifts add up to more than 24 hours from the first shift&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handoff weekday must be 1 (Monday) to 7 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handoff needs a time HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: use lowercase letters, digits and &apos;_&apos;, starting with a letter (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the duty role a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: choose the duty role the rotation fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer: use a whole number from 1 to 99 (higher wins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date: enter the date of the first shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date: must be after the start date %1 (or empty for open-ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: a rotation needs at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: every member must be a person from the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: choose the duty role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: choose who takes the slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces: a person cannot replace themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: enter the start and the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: the end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: choose who is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: expected one of %1 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RuleSet</name>
    <message>
        <source>expected an id of lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown institution type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution type &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a grade id of letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 is also the rank of grade &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule id &quot;%1&quot; is used twice (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown grade &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown grade &quot;%1&quot; (expected a grade id or &quot;warning&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obligation id &quot;%1&quot; is used twice in grade &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RuleSetLibrary</name>
    <message>
        <source>There is no built-in rule set &quot;%1&quot; (built in: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in rule set %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id: the file name says &quot;%2&quot; but the file holds &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RuleSetRepository</name>
    <message>
        <source>There is no rule set &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; is a built-in rule set; give your copy an id of its own (for example &quot;%2-ours&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version: version %2 of &quot;%3&quot; is stored already; raise the version to above %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SecretHash</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SecretStore</name>
    <message>
        <source>Cannot write the secrets file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the secrets file %1 readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the secrets file %1 with owner-only permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SettingsRepository</name>
    <message>
        <source>Institution name: enter the institution&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1 is not a known IANA time zone (for example Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readiness period setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ShiftReminders</name>
    <message>
        <source>%1: expected 0 (off) to %2 minutes before the shift, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Duty] %1 (%2) from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, your duty as %2 (%3) starts at %4 and runs until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, your duty as %2 (%3) starts at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You take over from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SmtpMailer</name>
    <message>
        <source>The e-mail has no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the mail transfer (libcurl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP %1 (%2:%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TemplateLibrary</name>
    <message>
        <source>The built-in template %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in template %1 has the id “%2”: the file name and the id must agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id “%1”: use lower-case letters, digits and “_” (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id “%1” is taken already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a built-in template and cannot be changed: copy it and edit the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1”: a title must be one line without “}}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” was changed by %2 at %3 after you opened it: reopen it and make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” was removed by someone else after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a built-in template and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no custom report template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report template for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TestRegister</name>
    <message>
        <source>Production environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no test plan with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: say what is tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspects of &quot;%1&quot;: choose what the test covers (function, performance, capacity, security, stability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of &quot;%1&quot;: describe what is tested, how, and what passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production test: %2 A production test never runs in trading hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of &quot;%1&quot;: configuration item %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 and is no longer edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is running: its environment and window no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test is %1, not planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the data and configuration backup taken before the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the announcement issued before the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the production operations staff who run the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test is %1, not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the restore after the production test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the verification of the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the test report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be completed:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 and cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran in production: record the restore and its verification before cancelling it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TradingCalendar</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time HH:MM (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date %1 is outside year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in calendar file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name says %1 but the file holds year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number such as 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 is out of range (1992 to 2100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day %1 is before the first day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day cannot be both holiday and make-up workday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a make-up workday must be a Saturday or Sunday; %1 is a weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day cannot be both holiday and extra closed day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extra closed day must be a weekday; %1 falls on a weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one market is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id of lowercase letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one session is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session cannot start and end at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a night session must start in the evening (12:00 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day session must end after it starts (only night sessions may run past midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the night session must start after the day sessions end (one trading day spans at most 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::VCard</name>
    <message>
        <source>%1, line %2: a new card begins before card %3 ended (END:VCARD is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is outside BEGIN:VCARD … END:VCARD; this is not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a vCard property (NAME:value); it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not one DutyDesk reads; expected 3.0 or 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one more number of this kind (%1); only the first is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one more e-mail address (%1); only the first is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: card %2 (line %3) has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no vCard in the file (BEGIN:VCARD … END:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ActionDialog</name>
    <message>
        <source>Improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the owner —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when done: what shows the action is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AddIntakeSourceDialog</name>
    <message>
        <source>Add monitoring source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Prometheus (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AddKindDialog</name>
    <message>
        <source>Add kind of configuration item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and _, e.g. ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UPS power supply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AddOperatorDialog</name>
    <message>
        <source>Repeat PIN: the two PINs differ; type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AffectedItemsPanel</name>
    <message>
        <source>No affected systems named in free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in free text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration items: none linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Configuration items (%n linked)</source>
        <translation>
            <numerusform>Configuration items (%n linked)</numerusform>
            <numerusform>Configuration items (%n linked)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>relation kind, then the item it relates to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: nothing recorded depends on these items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Impact: %n item(s) depend on them</source>
        <translation>
            <numerusform>Impact: %n item depends on them</numerusform>
            <numerusform>Impact: %n items depend on them</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ in trading hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes: link the affected items to see the changes made to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to these items since %1 (%2 h before detection): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected items and recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the configuration items this incident affected; systems not in the configuration stay in the free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click opens the item on the configuration page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click opens the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AgreementDialog</name>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare part delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: enter what the agreement is, e.g. 机房空调维保协议.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: choose the related unit the agreement is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to: the end date is before the start date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heir contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response t&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. on site within 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AgreementTableModel</name>
    <message>
        <source>Expired on %1: renew or remove the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reviewed: record a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AgreementsPanel</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the review overdue</source>
        <translation>
            <numerusform>%n with the review overdue</numerusform>
            <numerusform>%n with the review overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review within %1 days</source>
        <translation>
            <numerusform>%n to review within %1 days</numerusform>
            <numerusform>%n to review within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>No service agreements yet. Record those with the carriers, fire, power and air-conditioning services and the hardware and software vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s), all valid and reviewed in time.</source>
        <translation>
            <numerusform>%n agreement, all valid and reviewed in time.</numerusform>
            <numerusform>%n agreements, all valid and reviewed in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s): %1.</source>
        <translation>
            <numerusform>%n agreement: %1.</numerusform>
            <numerusform>%n agreements: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the agreement &quot;%1&quot; with %2? Its review history goes with it; the change is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AlertDetailsPanel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>alert title (severity)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by monitoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by monitoring: every alert behind it has cleared. The warning stays until it is lifted or promoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) from monitoring, fired %1 time(s) in all.</source>
        <translation>
            <numerusform>%n alert from monitoring, fired %1 time(s) in all.</numerusform>
            <numerusform>%n alerts from monitoring, fired %1 times in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised by monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AuditFindingDialog</name>
    <message>
        <source>Record discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What differs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the audit found compared with the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::BudgetDialog</name>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (CNY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: expected an amount in yuan such as 1200000 or 1,200,000.50, got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CallListPanel</name>
    <message>
        <source>Message %1 %2 — level %3, round %4, acknowledge by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 %2 — level %3, round %4, acknowledge by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision authority now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person acknowledged the call (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered: call the next level now (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person cannot come: call their backup now (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CallNotice</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Newly issued escalation actions:
%1

Click to open the incident&apos;s call list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CardPeopleChooser</name>
    <message numerus="yes">
        <source>%1 — %2 (%n member(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n member)</numerusform>
            <numerusform>%1 — %2 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>By &amp;body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By p&amp;osition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of the ticked bodies gets a card, decision body first, in the order of the positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, unit or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everyone the search shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick everyone the search shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CardsPage</name>
    <message>
        <source>Emergency action cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency organization is empty: add its positions and members on the Handbook page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n A4 page(s)</source>
        <translation>
            <numerusform>%n A4 page</numerusform>
            <numerusform>%n A4 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with text that does not fit</source>
        <translation>
            <numerusform>%n with text that does not fit</numerusform>
            <numerusform>%n with text that does not fit</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>action-cards-%1.pdf</source>
        <extracomment>Default file name of the action cards PDF; %1 is the date (2026-01-05).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save action cards as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print action cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Front and back (back pages mirrored for duplex printing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cards as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that does not fit (shortened on the card):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose people on the left to see their cards here.

Each card is 85.6 × 54 mm, ten to an A4 page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>cards summary: card count, page count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>cards summary: card count, page count, cards that overflow</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeActionDialog</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: confirm the window the change is approved for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects: %1 names no configuration item to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the technical and business risk of &quot;%1&quot; and confirm the window it is approved for (institution time, UTC+8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm this &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is rejected; the applicant may revise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is cancelled. A cancelled change is not reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the implementation of &quot;%1&quot; ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why &quot;%1&quot; was rolled back and the state systems are left in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a test of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests before the change are needed to start it, a test after it to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test pa&amp;ssed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s conclusion on &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;goal was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;configuration records were updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a configuration item for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s history will name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System &amp;class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeBoard</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 most recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all %1 (%2 most recent shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, title, item or applicant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeDialog</name>
    <message>
        <source>Approved by %1 at %2: technical risk %3, business risk %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: an emergency change approved inside trading hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test %1 (%2, %3 by %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed at %1: goal %2; configuration %3; impact on production: %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was submitted for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1 as its implementer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as its implementer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval: not confirmed by an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection: not confirmed by an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation: not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a test of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: not confirmed by the implementer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update an item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item: not confirmed by the implementer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: not confirmed by the implementer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review %1 as its reviewer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: not confirmed by the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New change request (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1 · approver %2 · implementer %3 · reviewer %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeEditor</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Inside trading hours: %1 Allowed for an emergency change; it is marked &quot;in trading hours&quot; wherever it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Inside trading hours: %1 A normal change is refused; move the window or make it an emergency change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Outside trading hours (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Every part the standard names is given: the request can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for submission:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal (变更目标)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objects (变更对象)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window start (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window e&amp;nd (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markets checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People (变更人员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imp&amp;lementer (实施人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer (复核人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation st&amp;eps (操作步骤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test pl&amp;an (测试方案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan (实施方案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k controls (风险防控措施)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergenc&amp;y plan (应急预案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan (回退方案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (紧急变更)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the implementer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others taking part (vendor engineers, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: the institution&apos;s default markets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangeFormat</name>
    <message>
        <source>no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented · rolled back (awaiting review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency change (紧急变更)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In trading hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangesPage</name>
    <message>
        <source>make-up workday, no trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1 – %2 (institution time, UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new change request, saved as a draft (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests by state (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change windows by week, trading hours shaded (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: trading hours of %1. Blocks: change windows, coloured by state and labelled; &quot;⚠ Emergency&quot; marks an emergency change and &quot;in trading hours&quot; (hatched, red border) one approved inside trading hours. Click a block or select it with the arrow keys and press Enter to open the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChannelDialog</name>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk posts JSON: title, text, incident, level, at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot key is the key=… part of the robot&apos;s webhook address. A pasted address with its key is split: the key goes to the secret store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a signing secret (SEC…) every message is signed (加签).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret is needed only when the bot checks signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients are the e-mail addresses given in the handbook&apos;s channel preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>••• stored (type to replace, empty it to remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add notification channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Duty group (WeCom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (smtps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (local test server only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk &lt;dutydesk@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChannelPreferencesEditor</name>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed: posts into its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message channels for this person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message channels for whoever holds this role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification channels yet: add them under Settings → Monitoring &amp; messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChannelsSettingsBox</name>
    <message>
        <source>••• stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1, signing secret %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this channel and everyone&apos;s preferences for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test e-mail to this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message through %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message through %1: sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message through %1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ChartBuilders</name>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: 1 per half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A quarter on a chart axis: %1 the two-digit year, %2 the quarter (1-4), e.g. &quot;26 Q1&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 H%2</source>
        <extracomment>A half-year on a chart axis: %1 the year, %2 the half (1 or 2), e.g. &quot;2026 H1&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned, not yet held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CommunicationDialog</name>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory filing system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: say to whom the contacts were communicated, e.g. the local CSRC bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: say how they were communicated, e.g. by fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a unit of the handbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 深圳证监局 机构监管处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CompleteDrillDialog</name>
    <message>
        <source>&amp;Yes — the emergency plan needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No — the emergency plan stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which parts of the plan, and why (optional for “no”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete “%1”. The record is then closed; corrections stay possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the emergency plan need an update?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigAuditsPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ settled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n open</source>
        <translation>
            <numerusform>Findings: %n open</numerusform>
            <numerusform>Findings: %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit started with %n finding(s).</source>
        <translation>
            <numerusform>Audit started with %n finding.</numerusform>
            <numerusform>Audit started with %n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes only when every finding is settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is as recorded: confirm it today and settle the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record discrepancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigDetail</name>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>%1 the dependent item, %2 the relation (&quot;depends on&quot;), %3 the item it relates to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing depends on %1: a fault of it affects no other recorded item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A fault of %1 can affect %n item(s), up to %2 step(s) away.</source>
        <translation>
            <numerusform>A fault of %1 can affect %n item, %2 step away.</numerusform>
            <numerusform>A fault of %1 can affect %n items, up to %2 step(s) away.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a change window in institution time: start – end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the relation “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items that depend on this one, directly or through others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents that affected the item (double-click opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that touched the item (double-click opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the finding “%1” from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in drills (drill findings; double-click opens the drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigItemChecklist</name>
    <message>
        <source>%1  %2 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter items by number or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigItemDialog</name>
    <message>
        <source>%1 “%2” is replaced by a new item. Every relation of %1 moves to the successor; %1 retires and points at its successor. Its history and links stay readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number never changes; replace the item to give a new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add configuration item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit configuration item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace configuration item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System &amp;class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te for the history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SRV-0001; never given again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner from the handbook&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 5; 5 is the highest class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigItemModel</name>
    <message>
        <source>Deleted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, replaced by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ConfigPage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a kind in the tree with its number of items: &quot;Server (3)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a kind added by the institution (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaced by %2; its relations moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete configuration item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2”?

Its relations are removed; the item stays readable in the history and the links (shown with “show deleted”). The number %1 is never given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration items, their relations and history (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration audits and their findings (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, name, location, owner… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a configuration item (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item (Enter, double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected item by a successor with a new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item (Delete); its number is never reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kind of configuration item the institution uses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactChooserDialog</name>
    <message>
        <source>Choose people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search by name, unit, position or phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 张 or 1380013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches. People are added on the Contacts tab of the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactComboBox</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: &quot;%1&quot; is not a person in the handbook; choose one from the list or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup (备岗):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duty line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the &amp;handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(does not sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>010 6555 0000 ext. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number, also 95598</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactPicker</name>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the handbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never verified: check this entry and mark it verified (Ctrl+Shift+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not verified since %1 (the handbook asks for a check every %n day(s)).</source>
        <translation>
            <numerusform>Not verified since %1 (the handbook asks for a check every %n day).</numerusform>
            <numerusform>Not verified since %1 (the handbook asks for a check every %n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed in the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactsPanel</name>
    <message>
        <source>handbook not distributed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>handbook changed since distribution v%1 (%n change(s))</source>
        <translation>
            <numerusform>handbook changed since distribution v%1 (%n change)</numerusform>
            <numerusform>handbook changed since distribution v%1 (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>handbook unchanged since distribution v%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n stale (not verified within %1 days)</source>
        <translation>
            <numerusform>, %n stale (not verified within %1 days)</numerusform>
            <numerusform>, %n stale (not verified within %1 days)</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read-only: sign in as someone who may edit duty data to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen person (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the person from the handbook; the roster and history keep the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the chosen entries were checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a department or a related external unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the unit chosen in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file, with a preview before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contacts shown as CSV or vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handbook as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record distribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this version of the handbook was handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change notices for the units concerned by changes since the last distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone or unit (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;stale only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries not verified within the configured period (tinted in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? The person leaves the handbook and the choice lists; the roster, incident timelines and the audit log keep the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked verified on %1.</source>
        <translation>
            <numerusform>%n contact marked verified on %1.</numerusform>
            <numerusform>%n contacts marked verified on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lists (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unit(s) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, Chinese headers (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, English headers (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exported to %1.</numerusform>
            <numerusform>%n contacts exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency contact handbook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handbook as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handbook v%1 saved: %2 (%n page(s)).</source>
        <translation>
            <numerusform>Handbook v%1 saved: %2 (%n page).</numerusform>
            <numerusform>Handbook v%1 saved: %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Handbook v%1 — print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution v%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit needs a change notice: nothing they are concerned by changed since the last distribution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CopyTemplateDialog</name>
    <message>
        <source>Copy template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot; to a custom template you can edit. A custom copy is used instead of the built-in when a report of its form is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lower-case letters a–z, digits and _ only (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template with the id &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CoveragePanel</name>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n step)</numerusform>
            <numerusform>%1 (%n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ no procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no notice template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ only generic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no report flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fault type has a procedure, a notice template and a report flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fault type(s) have gaps (marked ✗). Procedures are kept in the procedure library and notices in the report templates; only the report flow is edited here.</source>
        <translation>
            <numerusform>%n fault type have gaps (marked ✗). Procedures are kept in the procedure library and notices in the report templates; only the report flow is edited here.</numerusform>
            <numerusform>%n fault types have gaps (marked ✗). Procedures are kept in the procedure library and notices in the report templates; only the report flow is edited here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fault type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit report flow…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DashboardCharts</name>
    <message>
        <source>Cannot compute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per month by grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to recover per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on time vs late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills per half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n incident(s) open</source>
        <translation>
            <numerusform>%n incident open</numerusform>
            <numerusform>%n incidents open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) open</source>
        <translation>
            <numerusform>%n warning open</numerusform>
            <numerusform>%n warnings open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) overdue</source>
        <translation>
            <numerusform>%n report overdue</numerusform>
            <numerusform>%n reports overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill incident(s) open</source>
        <translation>
            <numerusform>%n drill incident open</numerusform>
            <numerusform>%n drill incidents open</numerusform>
        </translation>
    </message>
    <message>
        <source>演练 DRILL — practice database of &quot;%1&quot;; nothing here is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster page cannot be opened from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an incident: detection time is now (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a warning (预警) before it becomes an incident (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s &amp;roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the roster at today (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print my action card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the signed-in person&apos;s emergency action card (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DatabaseBackup</name>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name; a backup never replaces an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DeclareDialog</name>
    <message>
        <source>Raise warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning (预警) records a risk before it becomes an incident. A title is enough to start; the rest can follow in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection time is now (%1). A title is enough to start: the grade, the reports due and the timeline follow at once, and the facts can be completed in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fault type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affected systems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words: 集中交易系统委托失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration ite&amp;ms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text: hosts, services, branches (what is not in the configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: tick the configuration items affected; the workspace then shows their dependents and recent changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DeliveriesPanel</name>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (%1/%2 settled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the delivery a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the responsibilities of the delivery plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the steps of the delivery plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, before acceptance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the delivery is no longer edited; records may still be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Nothing: it can go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deliveries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration ite&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsibilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible for what (supplier, operations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: what was received, or why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of the operations staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tra&amp;ining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of the delivery (arrival, meeting, handover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recor&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the form and starts the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the form and accepts the delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DeskSettingsBox</name>
    <message>
        <source>Database file for the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at once; remembered for this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the next start DutyDesk opens %1. The change takes effect then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing another file takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DistributionDialog</name>
    <message>
        <source>Record distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook has not been distributed yet. Recording a distribution makes this state version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since distribution v%1 of %2 (by %3). Recording a distribution makes this state version %4; later changes count from it.</source>
        <translation>
            <numerusform>%n change since distribution v%1 of %2 (by %3). Recording a distribution makes this state version %4; later changes count from it.</numerusform>
            <numerusform>%n changes since distribution v%1 of %2 (by %3). Recording a distribution makes this state version %4; later changes count from it.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was handed out, e.g. printed for the duty room and mailed to the related units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record distribution v%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DocumentDialog</name>
    <message>
        <source>Add document or backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document or backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cabinet, share, offline media…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DocumentsPanel</name>
    <message>
        <source>✗ No entry for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ %n entry(s) not checked within the last 12 months.</source>
        <translation>
            <numerusform>✗ %n entry not checked within the last 12 months.</numerusform>
            <numerusform>✗ %n entrys not checked within the last 12 months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every kind of document and backup is recorded and was checked within 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the inventory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical documents and software backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill “%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved. It was approved: it is a draft again and needs a new approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled drill cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill started: fill in the record as it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “%1” cancelled? (kept with the drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its record, findings and attachments?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drill plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML page (*.html);;Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New drill plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 by %2. Changing the plan returns it to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan needs an update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan needs no update. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention ended %1: may be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until %1: cannot be deleted before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 open improvement actions, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open improvement action(s)</source>
        <translation>
            <numerusform>%n open improvement action</numerusform>
            <numerusform>%n open improvement actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept until %1: cannot be deleted before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change drills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval needs an IT lead, approver or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the plan (all eight parts needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new drill plan (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan or the record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the approved drill as started now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan (eight parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillModeFlow</name>
    <message>
        <source>Start drill mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: drill mode is started by a duty officer, leader or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no approved or in-progress drill. Plan a drill and have it approved first (Drills page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave drill mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production database %1 is not there any more; open it with --db once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill database is kept as evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill timeline will not be added to the drill record. You can open the drill database later (--db) and leave drill mode again to add it.

Leave drill mode now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill timeline could not be added to the drill record; you stay in drill mode.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline was added to the drill record, but the drill database could not note it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries were added to the record of drill &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n entry was added to the record of drill &quot;%1&quot;.</numerusform>
            <numerusform>%n entries were added to the record of drill &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillModeLeaveDialog</name>
    <message>
        <source>Leave drill mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The timeline of this drill database was already added to the record of drill &quot;%1&quot; on %2 (%n entries). Leaving returns to the production database.</source>
        <translation>
            <numerusform>The timeline of this drill database was already added to the record of drill &quot;%1&quot; on %2 (%n entry). Leaving returns to the production database.</numerusform>
            <numerusform>The timeline of this drill database was already added to the record of drill &quot;%1&quot; on %2 (%n entries). Leaving returns to the production database.</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident was declared in this drill database, so there is nothing to add to the record of drill &quot;%1&quot;. Leaving returns to the production database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n timeline entries of the drill incidents will be added to the record of drill &quot;%1&quot; in the production database, signed by %2. Then the console returns to production.</source>
        <translation>
            <numerusform>This %n timeline entry of the drill incidents will be added to the record of drill &quot;%1&quot; in the production database, signed by %2. Then the console returns to production.</numerusform>
            <numerusform>These %n timeline entries of the drill incidents will be added to the record of drill &quot;%1&quot; in the production database, signed by %2. Then the console returns to production.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody signed in: sign in first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in drill mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the drill record and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without adding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillModeStartDialog</name>
    <message>
        <source>Start drill mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill mode copies this database — handbook, roster, procedures, rule sets, drills and operators — into a separate drill database beside it, and opens the console on the copy with the 演练 DRILL banner. Production incidents are not copied.

Everything done in drill mode stays in the drill database; nothing is written to production. Incidents declared there are drill incidents. When you leave drill mode, their timelines are added to the record of the drill chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill (approved or in progress):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillPlanEditor</name>
    <message>
        <source>Required for approval: not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All eight required parts are present: the plan can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Missing for approval (%1 of 8): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026 H1 trading system switch-over drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a method —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems and target recovery times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault types exercised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillRecordEditor</name>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored file %2 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attachment “%1” from the drill?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured recovery times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (who did what when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (Enter adds it to the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillUi</name>
    <message>
        <source>✓ met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue improvement action(s)</source>
        <translation>
            <numerusform>%n overdue improvement action</numerusform>
            <numerusform>%n overdue improvement actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillWindowMarker</name>
    <message>
        <source>%1 — a practice database: nothing here touches production records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — a practice database: nothing here touches production records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillYearView</name>
    <message>
        <source>&lt;b&gt;Open improvement actions: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n overdue</numerusform>
            <numerusform>⚠ %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the findings board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1: compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1: not compliant yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: not compliant yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed or approved drill in this half-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual drill report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML page (*.html);;Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous year (Alt+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year (Alt+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new drill (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual drill report to the regulator, from this year&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ planned   ● completed   ◌ draft (dashed)   ⊗ cancelled   red dot: overdue improvement actions   red line: today. Click a drill to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter drills (title, method, status…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DrillsPage</name>
    <message>
        <source>Drills and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance and the year&apos;s drills (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and record of one drill (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and improvement actions (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training register and status (Alt+4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DutySummaryPanel</name>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next handover %1 — %2</source>
        <extracomment>%1 time (&quot;08:30&quot;), %2 the roles handing over (&quot;Duty leader: 张伟 → 李娜&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Every required slot is covered for the next 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n coverage gap(s) in the next 72 hours:</source>
        <translation>
            <numerusform>⚠ %n coverage gap in the next 72 hours:</numerusform>
            <numerusform>⚠ %n coverage gaps in the next 72 hours:</numerusform>
        </translation>
    </message>
    <message>
        <source>No roster change in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n roster change(s) (override, leave or swap) in the next 7 days.</source>
        <translation>
            <numerusform>%n roster change (override, leave or swap) in the next 7 days.</numerusform>
            <numerusform>%n roster changes (override, leave or swap) in the next 7 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::EscalationPoliciesPanel</name>
    <message>
        <source>Succession order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the escalation policy “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an incident is declared, the policy for its grade and fault type calls its levels in turn until someone acknowledges. Among the policies that apply, the highest priority wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ExportScopeDialog</name>
    <message>
        <source>Export iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which shifts of the shown range should the calendar hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One duty &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::FactsEditor</name>
    <message>
        <source>As the rule set says (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the rule set says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts saved; the grade was recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fault type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected s&amp;ystems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts the grade is computed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System &amp;class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovered at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected c&amp;ustomers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected s&amp;hare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaked records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct financial &amp;loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fla&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, such as computer_crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause and rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause &amp;confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;tification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and regrade (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are still in the form; Revert loads the stored facts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::FilingDialog</name>
    <message>
        <source>Core institutions file with the CSRC, business institutions with the local CSRC bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit filing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 中国证监会北京监管局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date filed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::FilingsPanel</name>
    <message>
        <source>This institution files its emergency plan with the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The current version %1 is not filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete filing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the filing record %1? The version shows as not filed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record filing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::FindingDialog</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::FindingsBoard</name>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — overdue by %n day</numerusform>
            <numerusform>%1 — overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 findings · %2 open actions · %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding added. Add its improvement actions next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the improvement action “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the finding “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (action, finding, owner, drill…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (open or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings without actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an improvement action to the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::FirstAdministratorPage</name>
    <message>
        <source>Repeat PIN: the two PINs differ; type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person signs in first, adds the other operators and gives them their roles. Choose a PIN of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example zhangwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as colleagues know the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::FirstRunWizard</name>
    <message>
        <source>Set up DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::GradingRulesPanel</name>
    <message>
        <source>%1 (in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 · %3 · applies to: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped with DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your institution&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rules have a number marked &quot;uncertain&quot; (highlighted in the Note column): check each against the official text before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1, rank %2 (higher is more severe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaching this grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preliminary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifting the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then every %2 until recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning (not an incident yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; the rule set in force stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in force: incidents are graded with it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1 of %2, which is in force: incidents are graded with this version from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, version %2. It is not in force until you choose &quot;Use this rule set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shipped rule set is not changed; copy it and edit the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new version of this rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: incidents are graded with this rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in force. Incidents are graded with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: rule sets are shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator to change the rule sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may look at the rule sets; an administrator changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade incidents with the rule set shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy and edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your institution&apos;s own copy of this rule set and edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule set from a JSON file; a file with an error is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this rule set as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::HandbookPage</name>
    <message>
        <source>Contact handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::HandoversPanel</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record handover…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%1 — %2, %3, %n row(s)</source>
        <translation>
            <numerusform>%1 — %2, %3, %n row</numerusform>
            <numerusform>%1 — %2, %3, %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, new unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the rows in red in the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;missing units as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>import counts: new, updates, errors, warnings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>import counts: new, updates, errors</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>import counts: new, updates, warnings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>import counts: new, updates</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentFilterBar</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detected from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, title, fault type, systems (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentFormat</name>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rises to %1 at %2 (%3)</source>
        <extracomment>%1 grade name (&quot;Large&quot;), %2 time (&quot;10:45&quot;), %3 countdown (&quot;in 12 min&quot;). zh: &quot;%2 起升级为%1（%3）&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading system outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyber attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine room power or cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing and settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preliminary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warning is lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down again (relapse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentHeader</name>
    <message>
        <source>No rule of %1 matches the facts so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered %1, down %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade does not rise with time alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentItemsDialog</name>
    <message>
        <source>Affected configuration items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the configuration items this incident affected. Systems that are not in the configuration stay in the incident&apos;s free text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentTableModel</name>
    <message>
        <source>%1 (drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Affected systems: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentWorkspace</name>
    <message>
        <source>&amp;Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Items and changes (%n change(s))</source>
        <translation>
            <numerusform>&amp;Items and changes (%n change)</numerusform>
            <numerusform>&amp;Items and changes (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Items and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote warning %1 &quot;%2&quot; to an incident? The clocks for grading and reporting start from its facts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an incident: detection time is now (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise warning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a warning (预警) before it becomes an incident (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an incident or press Enter to open it.
Ctrl+N declares a new incident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::InstitutionPage</name>
    <message>
        <source>Institution name: enter the institution&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1 is not a known time zone (for example Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk grades incidents and names the regulator to report to by the kind of institution. Every desk on this database shares these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, as in reports to the regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::InstitutionSettingsBox</name>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: these settings are shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator to change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change these settings; an administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator decides whether dutyctl may write without sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution (shared by every desk on this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, as in reports to the regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in this time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dutyctl may &amp;write without sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, the command-line tool writes as the computer&apos;s user without --as; every change is still in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the institution settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes and show what is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IntakeSettingsBox</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring intake settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was revoked: that source can no longer send alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept alerts from monitoring while the console is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address to listen on; 127.0.0.1 accepts only this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (one token each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IntakeTokenDialog</name>
    <message>
        <source>Token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the bearer token of &quot;%1&quot; (%2). It is shown now and never again: DutyDesk keeps only its hash. Copy it into the monitoring system&apos;s webhook settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with curl:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::IntegrationServices</name>
    <message>
        <source>Monitoring intake: listening on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring intake: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring intake: off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::LinkFindingDialog</name>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>a drill finding: %1 the drill&apos;s date, %2 the drill, %3 the finding</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a drill finding to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem found in a drill that concerns this item. It is listed with the item until it is unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every drill finding is linked already, or no drill has a finding yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: choose one of the listed drill findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DutyDesk %1&lt;/h3&gt;&lt;p&gt;Emergency duty console for the IT emergency team of securities and futures institutions: incidents, roster, handbook, drills, reports, action cards and readiness.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (read-only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(institution not named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise &amp;warning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;drill mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &amp;drill mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill database (read-only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill database: %1 (production: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again to %1; every page shows the current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No connection to the shared database %1 since %2. Nothing can be saved until it is back; DutyDesk reconnects by itself. (%3)</source>
        <extracomment>%1 the database address, %2 the time (HH:mm:ss), %3 the driver&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::MyActionCard</name>
    <message>
        <source>Sign in first: the card printed is the signed-in person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action card for %1: link the operator account &quot;%2&quot; to a person of the emergency organization in the handbook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action card of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my action card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::NewProcedureDialog</name>
    <message>
        <source>Fault type: give an id in lower case, such as power_outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type: &quot;%1&quot; has a procedure already; choose it in the list to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: name the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure is the checklist opened in an incident of its fault type. It starts with the personnel-safety step; add the other steps after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fault type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example power_outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::NoticesDialog</name>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice for %1 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every notice into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) saved in %1.</source>
        <translation>
            <numerusform>%n notice saved in %1.</numerusform>
            <numerusform>%n notices saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) concerned by the changes since the last distribution. Send each its notice, then record the distribution.</source>
        <translation>
            <numerusform>%n unit concerned by the changes since the last distribution. Send each its notice, then record the distribution.</numerusform>
            <numerusform>%n units concerned by the changes since the last distribution. Send each its notice, then record the distribution.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::NotificationPanel</name>
    <message>
        <source>Notification contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the duty phone is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the fax is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record yet that the contacts were communicated to the regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the numbers marked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup contact: choose someone other than the IT lead, or nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification contacts saved. Record when they are communicated to the regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IT lead and a backup are the contacts the regulator and the related units reach in an incident. Both need a duty phone and a fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicated to regulators and related units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record communication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::NotificationSlotBox</name>
    <message>
        <source>%1: duty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT lead (信息技术负责人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duty phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0755-8888 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0755-8888 0001</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ObligationTableModel</name>
    <message>
        <source>Submitted %1 (on time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1, late by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ObligationsPanel</name>
    <message>
        <source>Submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the selected report: the time and your name are stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive the selected report with a reason, confirmed by a second person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OnDutyPanel</name>
    <message>
        <source>nobody (%1 on leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OpenIncidentsPanel</name>
    <message>
        <source>[Drill] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. Double-click or press Enter to open the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every level called, no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident or warning is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OperatorRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may %1 (%2) do? One person may hold several roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OperatorTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OperatorsPanel</name>
    <message>
        <source>Operator added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of %1 reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: operators are shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator adds operators, changes roles, resets PINs or deactivates accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who signs in at a desk of this database. Deactivate people who leave; their names stay in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OrganizationPanel</name>
    <message>
        <source>The decision body has no chair: mark the principal leader&apos;s position as chairing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair of the decision body (%1) has no member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments not represented in the decision body: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by the principal leader; takes the decisions in an incident. Its members include the heads of business, technology, risk, settlement, finance, customer service, security and general affairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries out the decisions: the technical and business groups that handle the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chairs the decision body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>No key tasks yet: edit the position to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of members saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of positions saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position added; now add its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the position &quot;%1&quot; with its %n member(s) and key tasks? The people stay in the handbook.</source>
        <translation>
            <numerusform>Remove the position &quot;%1&quot; with its %n member and key tasks? The people stay in the handbook.</numerusform>
            <numerusform>Remove the position &quot;%1&quot; with its %n members and key tasks? The people stay in the handbook.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, position and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks in an incident (printed on the action cards):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complete:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OrganizationTab</name>
    <message>
        <source>The database is open read-only: the %1 is shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may read the %2; changing it needs the right to edit duty data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OutputBar</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters of the SMS / IM text and the messages it takes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::Pages</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests and deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::PlanPanel</name>
    <message>
        <source>Unsaved section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the section “%1” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/10 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n missing</source>
        <translation>
            <numerusform>, %n missing</numerusform>
            <numerusform>, %n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n empty</source>
        <translation>
            <numerusform>, %n empty</numerusform>
            <numerusform>, %n empty</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan version yet: add the first version above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: all ten required contents are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %n of the ten required contents are missing or empty (✗).</source>
        <translation>
            <numerusform>Version %1: %n of the ten required contents is missing or empty (✗).</numerusform>
            <numerusform>Version %1: %n of the ten required contents are missing or empty (✗).</numerusform>
        </translation>
    </message>
    <message>
        <source>Section “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan version %1 with its sections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of this part of the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::PlansPage</name>
    <message>
        <source>Emergency preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan: versions, required contents, reviews and filings (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical documents and software backups (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare parts, emergency supplies and the emergency budget (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::PolicyDialog</name>
    <message>
        <source>— choose a person —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New escalation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit escalation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fault types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: the policy applies to every grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: the policy applies to every fault type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among the policies that apply, the highest priority wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the whole list is called again without an acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels, called in turn until someone acknowledges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::PositionDialog</name>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: enter the position&apos;s title, e.g. 总指挥 or 技术保障组组长.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chairs the decision body (the principal leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key tasks in an incident, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a task to change it. The key tasks are printed on the action card of every member of this position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ProcedureChecklist</name>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a step when it is done; each tick is written on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ProceduresPanel</name>
    <message>
        <source>Unsaved procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the personnel safety of everyone on site</source>
        <extracomment>The first step of a new procedure. The Chinese text must contain 人身安全 (the repository looks for it), e.g. 确认现场人员人身安全.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure added; add its steps and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the procedure &quot;%1&quot; (%2)? Incidents of this fault type then open the general procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: procedures are shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator to change the procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may read the procedures; an administrator changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a procedure for another fault type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a step to change it. Every procedure keeps the personnel-safety step (人身安全).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this procedure (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes and show what is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReadinessPage</name>
    <message>
        <source>Could not evaluate readiness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), %1 failing</source>
        <translation>
            <numerusform>%n check, %1 failing</numerusform>
            <numerusform>%n checks, %1 failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>No checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness %1% — %2 failing, %3 due soon, %4 OK, %5 not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a check to see what was looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page where this is fixed (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReadinessPeriodsBox</name>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the readiness checks expect each thing to be done. The defaults are the standard&apos;s minimums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: these settings are shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator to change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change these settings; an administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness periods (shared by every desk on this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the standard&apos;s value is %2 %3 (setting %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the readiness periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes and show what is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standar&amp;d values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the standard&apos;s values in the form (Save writes them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReadinessSummary</name>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the checks met — %2 failing, %3 due soon</source>
        <extracomment>%1 the score in percent; then how many checks fail and run out soon.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open where it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readiness check applies yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RegisterTable</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected row (double-click, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RelationDialog</name>
    <message>
        <source>%1 relates to the other item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other item relates to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3.</source>
        <extracomment>%1 the item, %2 the relation (&quot;runs on&quot;), %3 the other item: &quot;DB-0001 runs on SRV-0001&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other item: choose one of the listed items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RelationGraph</name>
    <message>
        <source>Relate to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs on, depends on, is part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relations yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportDialog</name>
    <message>
        <source>Incident: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1 (rule set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered: %1 (down %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered: not yet (down %1 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected systems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause (not yet confirmed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the other template? Your changes to the text will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is empty: write or render its text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The text below is rendered from the report template for this obligation. Edit it as needed; Submit stamps the report with the time now and your name and stores this text. Whether it was on time is computed from that stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template: a short draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportFlowDialog</name>
    <message>
        <source>Report flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reports to whom, how and within what time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report flow:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportOutput</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportsPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1: edit it and save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the custom template %1? Reports already submitted keep their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, id, kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the template to a custom one you can edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the custom template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the custom template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the template now against the chosen subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ResetPinDialog</name>
    <message>
        <source>Repeat PIN: the two PINs differ; type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new PIN for %1 (%2) and tell it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReviewDialog</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(annual or other review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan must be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by &amp;drill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReviewsPanel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The plan has never been reviewed: review it at least once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last review %1 (%n day(s) ago); next due by %2.</source>
        <translation>
            <numerusform>Last review %1 (%n day ago); next due by %2.</numerusform>
            <numerusform>Last review %1 (%n days ago); next due by %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Last review %1 is more than 12 months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Drill #%1 “%2” (ended %3) asked for a plan update: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the review of %1 by %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RoleDialog</name>
    <message>
        <source>New duty role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase letters, digits and _, e.g. storage_admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;backup (备岗) must be on duty as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;swap needs a duty leader&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in duty role keeps its key and cannot be removed; its names, coverage and rules can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RolesPanel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty role saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty role removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove duty role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the duty role “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in duty roles cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roles are the posts the roster fills. Each needs 7×24, trading-day or business-hours coverage, optionally with a backup (备岗). Add roles of your own; the built-in ones can be renamed and their rules changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New duty role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterChangeDialog</name>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift change at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In return, the requester takes a shift of the counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterPage</name>
    <message numerus="yes">
        <source>%n incident(s) open: staffed duty is required until handling ends, but in the next 24 hours %1 have nobody on duty for %2 h %3 min in all. Cover the marked hours.</source>
        <translation>
            <numerusform>%n incident open: staffed duty is required until handling ends, but in the next 24 hours %1 have nobody on duty for %2 h %3 min in all. Cover the marked hours.</numerusform>
            <numerusform>%n incidents open: staffed duty is required until handling ends, but in the next 24 hours %1 have nobody on duty for %2 h %3 min in all. Cover the marked hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) open: every 7×24 role is staffed for the next 24 hours.</source>
        <translation>
            <numerusform>%n incident open: every 7×24 role is staffed for the next 24 hours.</numerusform>
            <numerusform>%n incidents open: every 7×24 role is staffed for the next 24 hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swaps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override this shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a swap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover this time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown export format (expected .pdf, .ics, .xlsx or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month view (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save month as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handovers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected override or leave (swaps are cancelled on the Swaps tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 (%3), %4 – %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove leave %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove leave of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this override?
%1
The rotation&apos;s shifts apply again for that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this leave?
%1
The person is scheduled again for that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in swaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the swap rejected? The reason is kept with the swap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterTimeline</name>
    <message>
        <source>%1 (backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap %1: %2 is on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap %1: nobody scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RotationDialog</name>
    <message>
        <source>Name: enter a name for the rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where rotations of one slot overlap, the higher layer wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members, in turn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RotationsPanel</name>
    <message>
        <source>Daily %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rotation “%1”? The shifts it makes disappear from the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotations put their members on a shift pattern in turn. Where rotations of one slot overlap, the higher layer wins; overrides and leave apply on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RuleSetEditorDialog</name>
    <message>
        <source>Valid: %1 rules, %2 grades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of rule set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own copy of %1. Give it an id of your own, change what your institution needs and save. The rule set in force does not change until you choose &quot;Use this rule set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving stores a new version of %1; the versions saved before are kept for the incidents graded with them. The version must be higher than the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and store the rule set (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RuleTableModel</name>
    <message>
        <source>Check this number against the official text before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SessionStatus</name>
    <message>
        <source>Read-only database — nothing can be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the desk over to the next person on duty (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to make changes (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk &amp;&amp; institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring &amp;&amp; messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ShiftRemindersBox</name>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift reminders are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>People are reminded %n minute(s) before their shift.</source>
        <translation>
            <numerusform>People are reminded %n minute before their shift.</numerusform>
            <numerusform>People are reminded %n minutes before their shift.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a shift starts, the person taking it over gets a reminder through the channels chosen for them in the handbook. Each shift is announced once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind &amp;before the shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SignInDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: choose your name or type your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1 is signed in already; the next person on duty signs in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name or type your login, then enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands the desk over. The next person on duty signs in here; %1 is signed out once their PIN is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second person confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second person must confirm this action:

%1

The person who confirms needs this right: %2. %3 cannot confirm their own action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::StartAuditDialog</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start configuration audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item not confirmed within the period (or never confirmed) becomes a finding of the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::StatusBanner</name>
    <message>
        <source>Normal — no incident in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident in progress — not graded yet</source>
        <extracomment>%1 is the highest open grade (&quot;II Major&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident in progress — grade %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SubjectChooser</name>
    <message>
        <source>Preview with &amp;incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with &amp;drill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with the current handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drills yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness as of &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SuccessionPanel</name>
    <message>
        <source>Succession order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two people are needed, so that someone decides when the first cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry #%1 is not in the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer active: choose someone who can decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number: this person cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession order saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the succession order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succession order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides, in order, when the first decision maker cannot be reached or does not answer in time. Escalation passes authority down this list and records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the order (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes and show what is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SuppliesPanel</name>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 (in %n day(s))</source>
        <translation>
            <numerusform>⚠ %1 (in %n day)</numerusform>
            <numerusform>⚠ %1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ %n item(s) expired: replace them.</source>
        <translation>
            <numerusform>✗ %n item expired: replace them.</numerusform>
            <numerusform>✗ %n items expired: replace them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) expire within %1 days.</source>
        <translation>
            <numerusform>⚠ %n item expire within %1 days.</numerusform>
            <numerusform>⚠ %n items expire within %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ %n item(s) not stocktaken within %1 days.</source>
        <translation>
            <numerusform>✗ %n item not stocktaken within %1 days.</numerusform>
            <numerusform>✗ %n items not stocktaken within %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); nothing expired, every stocktake is current.</source>
        <translation>
            <numerusform>%n item; nothing expired, every stocktake is current.</numerusform>
            <numerusform>%n items; nothing expired, every stocktake is current.</numerusform>
        </translation>
    </message>
    <message>
        <source>The emergency budget for %1 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No emergency budget is set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete supply item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the inventory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected budget line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare parts and emergency supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SupplyDialog</name>
    <message>
        <source>Add supply item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supply item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;stocktake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at “—” for items that do not expire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::TemplateEditor</name>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;ader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in template and cannot be changed. Copy it (Ctrl+D) to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — read-only here (no permission to edit duty data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation>
            <numerusform>&amp;Problems (%n):</numerusform>
            <numerusform>&amp;Problems (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::TemplateHeaderForm</name>
    <message>
        <source>Header: the template needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: choose at least one output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: unknown report form &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (&amp;Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files report &amp;forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For fault &amp;types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report form ids, separated by spaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: not filed for an obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type ids, separated by spaces; empty for any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any fault type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::TemplateLibraryModel</name>
    <message>
        <source>Built-in template: read-only. Copy it (Ctrl+D) to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom template based on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::TemplatePreview</name>
    <message>
        <source>There is no drill to preview with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident to preview with yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::TestingPage</name>
    <message>
        <source>Tests and deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System tests in simulation and production (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries into operation: checklist, training, records (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::TestsPanel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New test plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the test a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one aspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the scope and the pass criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks completing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the test report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; kept for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Nothing: it can go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the test “%1”? It stays in the list as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ope and pass criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration ite&amp;ms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window (UTC+8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is checked against the trading time of the ticked markets; none ticked: the institution&apos;s usual markets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announ&amp;cement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations st&amp;aff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was backed up, where, by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom and how the test was announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production operations staff who run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How production was restored after the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the restore was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the form and starts the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the form and completes the test with its report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::TimelinePanel</name>
    <message>
        <source>Corrects #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are never changed: the correction is added below #%1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick note: type what happened and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a correction of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::TrainingDialog</name>
    <message>
        <source>Add training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations staff trained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::TrainingPanel</name>
    <message>
        <source>Delete training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the training session “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s): %1</source>
        <translation>
            <numerusform>%n attendee: %1</numerusform>
            <numerusform>%n attendees: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not trained in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ never trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 current</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n need training</source>
        <translation>
            <numerusform>%n needs training</numerusform>
            <numerusform>%n need training</numerusform>
        </translation>
    </message>
    <message>
        <source>Training saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter training sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides, handouts, file names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training status of the key posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switchboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order in the handbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with a smaller number are printed first; equal numbers by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::UnitTree</name>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::VariableReference</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the variable at the cursor in the template (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::VersionDialog</name>
    <message>
        <source>Add plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Major version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inor version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major change: must be filed again with the regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(start with empty sections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;sections of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::WaiveDialog</name>
    <message>
        <source>Reason: say why this report is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waive &quot;%1&quot; of incident %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

A waived report no longer keeps the incident open. A second person who may approve confirms the waiver with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::WindowCalendar</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Emergency · in trading hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ In trading hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dutyctl</name>
    <message>
        <source>PIN for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database does not let dutyctl write without sign-in: add --as LOGIN (PIN from DUTYDESK_PIN or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dutyctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify or list the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading days, trading time and calendar imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, back up or restore the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new database with a fictional institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and manage the operators who sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the database-wide settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain intact: %1 rows verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dutyctl: audit chain broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify | list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows list shows (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: check the hash chain of the audit log; exits 1 naming the first broken row.
list: the latest rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes: verify | list [--limit N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trading day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a trading day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the calendar has no data for %1; only weekends were considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years | day DATE | minutes FROM TO | add-working-days DATE N | import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market id for trading time (default stock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading days, working days and trading time from the calendar (built-in years plus imported ones). Instants are ISO 8601; without an offset they are exchange time (Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar takes: years | day DATE | minutes FROM TO [--market ID] | add-working-days DATE N | import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the calendar for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--market takes one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE: expected YYYY-MM-DD, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM and TO: expected ISO 8601 instants such as 2026-03-02T09:30:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-working-days takes a date YYYY-MM-DD and a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log:       %1 rows, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (default) or large (years of history, for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new, empty database with a fictional securities company and demo operators (see the README for their PINs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments besides --scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes small or large, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo operators (login / PIN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | add LOGIN NAME ROLES | roles LOGIN ROLES | activate LOGIN | deactivate LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who sign in at the console. ROLES is a comma-separated list of %1. A new operator&apos;s PIN comes from DUTYDESK_NEW_PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator takes: list | add LOGIN NAME ROLES | roles LOGIN ROLES | activate LOGIN | deactivate LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES: expected a comma-separated list of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator add reads the new operator&apos;s PIN from DUTYDESK_NEW_PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added operator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli.writes_without_sign_in takes on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution.type takes one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings takes: show | set KEY VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;dutyctl COMMAND --help&apos; describes a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs an operator login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; see &apos;dutyctl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see &apos;dutyctl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade a facts file: grade, reasons, next threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show or declare incidents and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule set id or a rule set file (default: the one in force in the database, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade as of this instant (ISO 8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade incident facts: the grade, every rule that matched with the values that made it match, and the next threshold at which the grade would rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade takes --facts FILE.json [--rules ID|FILE.json] [--at ISO8601].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: expected an ISO 8601 instant such as 2026-03-02T10:15:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set: %1 version %2; as of %3 (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage: %1 trading minutes (%2), %3 minutes elapsed%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, still down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      source: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next threshold: %1 at %2 (rule %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next threshold: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE by %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1 min late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1   Grade now: %2   Detected: %3   Recovered: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next threshold: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1, graded %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | show ID | obligations ID | declare --facts FILE --title TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a warning (预警) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault type (default other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: open, or a state id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: at most N rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and warnings: list them, show one with its grade, timeline and reports, or declare one from a facts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident takes: list [--state open|STATE] [--limit N] | show ID | obligations ID | declare --facts FILE --title TEXT [--warning] [--fault-type ID].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state takes open or one of warning, warning_lifted, responding, recovered, investigating, closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare needs --facts FILE and --title TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print emergency action cards (应急工作卡片) to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or export the handbook&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the emergency contact handbook to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on duty, coverage gaps, roster import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 contacts, %5 new, %6 updates; %7 errors, %8 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 errors; nothing was imported. Fix the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 units created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE | export FILE | list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: show the preview, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: create the units the handbook does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: vCard version 3 or 4 (default 3) for a .vcf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: English CSV headers (default Chinese).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only contacts matching TEXT (name, phone, position, unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only contacts not verified within the configured period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook&apos;s contacts. import reads a CSV file (UTF-8 or GB18030/GBK, as Excel saves it; header row 姓名,单位,职务,手机,办公电话,值班电话,传真,邮箱,备岗,最后核实,备注 or the English names) or a vCard file (.vcf), prints every row&apos;s problems and writes all rows or none: nothing when any row has an error (exit 1). A row with the name and mobile of a contact in the handbook updates that contact.
export writes a CSV file (UTF-8 with BOM, for Excel) or a vCard file (.vcf).
list shows the active contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vcard-version takes 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file name ends in .csv or .vcf, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the handbook to this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every page 演练 DRILL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the emergency contact handbook (应急处置联络手册) to an A4 PDF: the emergency organization, the succession order, contacts by unit, related units, service agreements and notification contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handbook takes: --pdf FILE [--drill].</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s), handbook version %2, %3 contacts.</source>
        <translation>
            <numerusform>Wrote %1: %n page, handbook version %2, %3 contacts.</numerusform>
            <numerusform>Wrote %1: %n pages, handbook version %2, %3 contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the cards to this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card for this contact id (repeat for several people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards for the members of this body: decision or executive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fronts only (no back pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print emergency action cards (应急工作卡片), 85.6 × 54 mm, ten to an A4 sheet with crop marks, fronts and mirrored backs for duplex printing. Without --person or --body: every member of the emergency organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards takes: --pdf FILE [--person ID ...] [--body decision|executive] [--fronts-only].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person takes a contact id (a whole number), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body takes decision or executive, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active handbook contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency organization has no members: add people to its positions, or name them with --person ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 cards on %3 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: there is no duty role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: expected an ISO 8601 time such as 2026-03-02T09:30:00+08:00, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty at %1 (UTC+8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOBODY (%1 is on leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOBODY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps needs --from DATE and a later --to DATE (YYYY-MM-DD, the --to day included, or ISO 8601 times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who | gaps | export [FILE.json] | import FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duty role by key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who: the time (ISO 8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date (YYYY-MM-DD) or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date (that day included) or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar: only this person&apos;s shifts (contact id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar: times in UTC instead of Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an Excel workbook (a sheet per month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the printable monthly roster sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx/pdf: the (first) month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx: how many months (default 1).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster takes: who | gaps | export FILE.json | export --ics/--xlsx/--pdf FILE | import FILE.json (see &apos;dutyctl roster --help&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 rotations, %3 overrides, %4 leave entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one of: FILE.json, --ics FILE, --xlsx FILE, --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to: expected dates YYYY-MM-DD (or ISO 8601 times), --to after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person takes a contact id (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person: there is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message>
        <source>--month: expected YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months takes a whole number from 1 to 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF output needs the document renderer, which this dutyctl command was not started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Drill compliance per half-year and the annual drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List report templates and render reports to PDF, ODT, HTML or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  [%n overdue action(s)]</source>
        <translation>
            <numerusform>  [%n overdue action]</numerusform>
            <numerusform>  [%n overdue actions]</numerusform>
        </translation>
    </message>
    <message>
        <source>--year takes a year such as 2026, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT compliant (no completed drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, not approved: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue improvement actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open improvement actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is not rendered against a year (its context is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 does not produce %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 drill report to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | compliance | actions | report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar year (UTC+8); default: this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the file to write (.pdf, .odt, .html, .txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the template to render (default annual_drill_report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the name signing the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions: only overdue actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency drills. list shows the year&apos;s drills; compliance shows per half-year (H1 January–June, H2 July–December, UTC+8) whether a drill was completed and which drills count, with the 60-day warning; actions lists the open improvement actions (--overdue: only overdue ones); report renders the annual drill report for the regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drills takes: list [--year YYYY] | compliance [--year YYYY] | actions [--overdue] | report --year YYYY --out FILE [--template ID] [--author NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n template.</numerusform>
            <numerusform>%n templates.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: template %2 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 is rendered for %2; give --%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 has no %2 output (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drill takes a drill id (see drills list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n character(s).</source>
        <translation>
            <numerusform>Wrote %1: %2, %n character.</numerusform>
            <numerusform>Wrote %1: %2, %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template id (see report list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render for this incident (id or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render for this drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render for this calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render for the contact handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .html or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person signing the report (default: --as).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checks: does the institution meet the standard today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness as of %1: %2% (%3 failing, %4 due soon, %5 OK, %6 n/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (due by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as of this day (YYYY-MM-DD, UTC+8); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print each check&apos;s clause and evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the institution meets the standard: every readiness check with its status (failing, due soon, ok, n/a), grouped by clause. Exits 0 when nothing fails, 1 when a check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readiness takes no arguments, only [--at DATE] [--json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a date such as 2026-03-31, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--readiness takes a day such as 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the readiness checks as of this day (the monthly readiness report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report templates: list them, check a template file, or render one for an incident, a drill, a year, the handbook or the readiness checks to PDF, ODT, HTML or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes: list | check FILE | render --template ID (--incident ID | --drill ID | --year YYYY | --handbook | --readiness YYYY-MM-DD) --out FILE.(pdf|odt|html|txt) [--author NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests (系统变更) and the trading-hours window check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration items (配置项): list, or show one with its relations, history and dependents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependents (impact):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [emergency change]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [in trading hours]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (approved inside trading hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1; approver: %2; implementer: %3; reviewer: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test before: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test after: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration updated: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | show NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: include deleted items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration items (配置项). list shows every item with its kind, status and system class; show NUMBER shows one with its relations, the items that depend on it, its history and its incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ci takes: list [--all] | show NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | show ID | check-window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-window: the window&apos;s start (ISO 8601; without offset UTC+8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-window: the window&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-window: the market to check (stock, futures, financial_futures, …; repeatable); default: the institution&apos;s markets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests (系统变更). list shows every change with its window and state; show ID (or number) shows one with every part, the four people, the tests and the configuration it updated; check-window exits 1 with the reason when a window lies inside trading hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change takes: list | show ID | check-window --start ISO --end ISO [--market ID].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-window needs --start ISO and --end ISO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start: &quot;%1&quot; is not an ISO 8601 time such as 2026-03-10T09:20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end: &quot;%1&quot; is not an ISO 8601 time such as 2026-03-10T11:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window %1 – %2 lies outside trading hours of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the kind of units --create-units creates: %1 (default other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts takes: import FILE.csv|FILE.vcf [--dry-run] [--create-units] [--unit-kind KIND] | export FILE.csv|FILE.vcf [--vcard-version 3|4] [--english-headers] | list [--search TEXT] [--stale]; KIND is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit-kind takes one of %1, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes before a shift (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the database-wide settings. Keys: institution.name, institution.type, institution.time_zone, cli.writes_without_sign_in (on|off), notify.shift_reminder_minutes (0-1440, 0 = off), and the readiness periods (whole numbers): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in drills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate-to needs a postgresql://user@host:port/database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is a shared database already; migrate-to copies an SQLite file (give it with --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables to %3; the counts match and the audit chain (%4 rows) verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check | backup FILE | restore FILE | migrate-to URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file, or the PostgreSQL URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and audit chain, back it up (VACUUM INTO), restore it from a backup, or copy it into an empty PostgreSQL database shared by several desks (migrate-to: counts and the audit chain are verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db needs an action: check, backup FILE, restore FILE or migrate-to URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db takes: check | backup FILE | restore FILE | migrate-to URL.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) moved into the server database.</source>
        <translation>
            <numerusform>%n attached file moved into the server database.</numerusform>
            <numerusform>%n attached files moved into the server database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the attached file %1 was not in %2; its row was copied without content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
