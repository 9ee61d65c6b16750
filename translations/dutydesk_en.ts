<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
<context>
    <name>dd::DutyDeskMain</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
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
    <name>dd::PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
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
    <name>dd::SettingsRepository</name>
    <message>
        <source>Institution name: enter the institution&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1 is not a known IANA time zone (for example Asia/Shanghai).</source>
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
        <source>演练 DRILL — a practice database: nothing here touches production records</source>
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
    <name>dd::ui::Pages</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents with their grade and the next report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on duty now and who takes over next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill compliance for the current half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checks that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an incident or record a warning in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade from the facts, with the rule that matched and the next threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call now and which report is due when; lateness computed, never typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline that records itself, kept in the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation, rectification and the summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7×24 duty roster for the duty leader and the IT lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotations, shifts, overrides and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gaps over the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift hand-over and iCalendar export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, related units and the emergency organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision succession order: someone always decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification contacts with duty phone and fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreements with their review dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export and a change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill plans with all eight required parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill calendar: at least one drill every half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill records kept for at least two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings turned into improvements with owner and due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual drill report to the regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report templates for incidents, warnings and drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident report form, preliminary, supplementary and summary reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports filled from the records, printed or saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission stamped with its time, so lateness is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency action card for every leader and staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each card lists the person&apos;s key tasks and main contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed or saved as PDF, several cards per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards kept current when the organization changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One check per requirement of the standard, evaluated over the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster coverage, handbook verification, plan review and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements, spare parts and supplies checked and unexpired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix, and where to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::PlaceholderPage</name>
    <message>
        <source>Not built yet — coming in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this page will hold:</source>
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
        <source>check | backup FILE | restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and audit chain, back it up (VACUUM INTO) or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db needs an action: check, backup FILE or restore FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db takes: check | backup FILE | restore FILE.</source>
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
        <source>Show or change the database-wide settings. Keys: institution.name, institution.type, institution.time_zone, cli.writes_without_sign_in (on|off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings takes: show | set KEY VALUE.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;dutyctl COMMAND --help&apos; describes a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
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
</context>
</TS>
