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
    <message>
        <source>incidents and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo operators are missing.</source>
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
        <source>Free text: hosts, services, branches</source>
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
        <source>%1

Submitting stamps this report with the time now and your name; whether it was on time is computed from that stamp. Edit the text if needed, then submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit now</source>
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
</context>
</TS>
