<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiErrorBuilder</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>1 second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceBrowser</name>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audiences</source>
        <translation>
            <numerusform>%n audience</numerusform>
            <numerusform>%n audiences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audiences read</source>
        <translation>
            <numerusform>%n audience read</numerusform>
            <numerusform>%n audiences read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching every audience: %n read so far</source>
        <translation>
            <numerusform>Searching every audience: %n read so far</numerusform>
            <numerusform>Searching every audience: %n read so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceDetailsPane</name>
    <message numerus="yes">
        <source>%n uploads, newest first</source>
        <translation>
            <numerusform>%n upload</numerusform>
            <numerusform>%n uploads, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FanOutCommand</name>
    <message numerus="yes">
        <source>%1 into %n apps:</source>
        <translation>
            <numerusform>%1 into %n app:</numerusform>
            <numerusform>%1 into %n apps:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — Excel workbook, %Ln sheets; “%2” has %3.</source>
        <translation>
            <numerusform>%1 — Excel workbook, %Ln sheet; “%2” has %3.</numerusform>
            <numerusform>%1 — Excel workbook, %Ln sheets; “%2” has %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln columns, %3.</source>
        <translation>
            <numerusform>%1 — %2, %Ln column, %3.</numerusform>
            <numerusform>%1 — %2, %Ln columns, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted from the clipboard: %Ln IDs in one column.</source>
        <translation>
            <numerusform>Pasted from the clipboard: %Ln ID in one column.</numerusform>
            <numerusform>Pasted from the clipboard: %Ln IDs in one column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted from the clipboard: %Ln IDs under “%1”.</source>
        <translation>
            <numerusform>Pasted from the clipboard: %Ln ID under “%1”.</numerusform>
            <numerusform>Pasted from the clipboard: %Ln IDs under “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted from the clipboard: %Ln rows of %1, with the column names %2.</source>
        <translation>
            <numerusform>Pasted from the clipboard: %Ln row of %1, with the column names %2.</numerusform>
            <numerusform>Pasted from the clipboard: %Ln rows of %1, with the column names %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message numerus="yes">
        <source>%Ln columns%1. About %2 in the file.</source>
        <translation>
            <numerusform>%Ln column%1. About %2 in the file.</numerusform>
            <numerusform>%Ln columns%1. About %2 in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln of the rows shown have a problem (hover them)</source>
        <translation>
            <numerusform>; %Ln of the rows shown has a problem (hover it)</numerusform>
            <numerusform>; %Ln of the rows shown have a problem (hover them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>1 request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are invalid%1. Fix them, or add --skip-invalid to upload the %2 valid IDs only.</source>
        <translation>
            <numerusform>1 row is invalid%1. Fix it, or add --skip-invalid to upload the %2 valid IDs only.</numerusform>
            <numerusform>%n rows are invalid%1. Fix them, or add --skip-invalid to upload the %2 valid IDs only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was sent. %n request bodies and plan.json written to %1.</source>
        <translation>
            <numerusform>Dry run: nothing was sent. 1 request body and plan.json written to %1.</numerusform>
            <numerusform>Dry run: nothing was sent. %n request bodies and plan.json written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDraft</name>
    <message numerus="yes">
        <source>%n columns are not sent: Batch takes %1 attributes. Choose which to send.</source>
        <translation>
            <numerusform>%n column is not sent: Batch takes %1 attributes. Choose which to send.</numerusform>
            <numerusform>%n columns are not sent: Batch takes %1 attributes. Choose which to send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected: each is listed with its line, column and reason.</source>
        <translation>
            <numerusform>%n row is rejected: it is listed with its line, column and reason.</numerusform>
            <numerusform>%n rows are rejected: each is listed with its line, column and reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings to read before sending.</source>
        <translation>
            <numerusform>%n warning to read before sending.</numerusform>
            <numerusform>%n warnings to read before sending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>Comparing the file&apos;s %Ln IDs with the last verified upload to %1 from this computer…</source>
        <translation>
            <numerusform>Comparing the file&apos;s %Ln ID with the last verified upload to %1 from this computer…</numerusform>
            <numerusform>Comparing the file&apos;s %Ln IDs with the last verified upload to %1 from this computer…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message numerus="yes">
        <source>%n interrupted uploads older than %1 were abandoned and their prepared requests deleted.</source>
        <translation>
            <numerusform>%n interrupted upload older than %1 was abandoned and its prepared requests deleted.</numerusform>
            <numerusform>%n interrupted uploads older than %1 were abandoned and their prepared requests deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryText</name>
    <message numerus="yes">
        <source>%n attributes</source>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags on every ID</source>
        <translation>
            <numerusform>%n tag on every ID</numerusform>
            <numerusform>%n tags on every ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows checked</source>
        <translation>
            <numerusform>%Ln row checked</numerusform>
            <numerusform>%Ln rows checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeated IDs</source>
        <translation>
            <numerusform>%Ln repeated ID</numerusform>
            <numerusform>%Ln repeated IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>The file is being sent to %n apps, one after the other. If you stop now, the app being sent to keeps only what was sent (it is partial) until you resume it from Audience → Upload History, and the apps after it get nothing.</source>
        <translation>
            <numerusform>The file is being sent to %n app. If you stop now, it keeps only what was sent (it is partial) until you resume it from Audience → Upload History.</numerusform>
            <numerusform>The file is being sent to %n apps, one after the other. If you stop now, the app being sent to keeps only what was sent (it is partial) until you resume it from Audience → Upload History, and the apps after it get nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n audiences</source>
        <translation>
            <numerusform>%n audience</numerusform>
            <numerusform>%n audiences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>1 attribute</numerusform>
            <numerusform>%Ln attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagingBar</name>
    <message numerus="yes">
        <source>%n per page</source>
        <translation>
            <numerusform>%n per page</numerusform>
            <numerusform>%n per page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>%n invalid rows were skipped: not sent.</source>
        <translation>
            <numerusform>%n invalid row was skipped: not sent.</numerusform>
            <numerusform>%n invalid rows were skipped: not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 into %2, in %n apps one after the other:</source>
        <translation>
            <numerusform>%1 into %2, in %n app:</numerusform>
            <numerusform>%1 into %2, in %n apps one after the other:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done in %1 of %n apps: %2. An upload cut short is resumed from Audience → Upload History.</source>
        <translation>
            <numerusform>Not done in %1 of %n app: %2. An upload cut short is resumed from Audience → Upload History.</numerusform>
            <numerusform>Not done in %1 of %n apps: %2. An upload cut short is resumed from Audience → Upload History.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message numerus="yes">
        <source>it has %Ln columns</source>
        <translation>
            <numerusform>it has 1 column</numerusform>
            <numerusform>it has %Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is sent as %2: numbers lose their leading zeros, here in %Ln rows (the first on this line). Make the column a string to keep them.</source>
        <translation>
            <numerusform>“%1” is sent as %2: numbers lose their leading zeros. Make the column a string to keep them.</numerusform>
            <numerusform>“%1” is sent as %2: numbers lose their leading zeros, here in %Ln rows (the first on this line). Make the column a string to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Connected: the keys work (%n audiences on the first page).</source>
        <translation>
            <numerusform>Connected: the keys work (%n audience on the first page).</numerusform>
            <numerusform>Connected: the keys work (%n audiences on the first page).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message numerus="yes">
        <source>%1 of %n requests</source>
        <translation>
            <numerusform>%1 of %n request</numerusform>
            <numerusform>%1 of %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 into %2 in %n apps, one after the other…</source>
        <translation>
            <numerusform>Sending %1 into %2 in %n app…</numerusform>
            <numerusform>Sending %1 into %2 in %n apps, one after the other…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1 of %n apps.</source>
        <translation>
            <numerusform>Sent to %1 of %n app.</numerusform>
            <numerusform>Sent to %1 of %n apps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPlanText</name>
    <message numerus="yes">
        <source>in %Ln requests</source>
        <translation>
            <numerusform>in 1 request</numerusform>
            <numerusform>in %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %Ln IDs from %1 (%2); its other IDs stay</source>
        <translation>
            <numerusform>Removes %Ln ID from %1 (%2); its other IDs stay</numerusform>
            <numerusform>Removes %Ln IDs from %1 (%2); its other IDs stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds or updates %Ln IDs in %1 (%2); its other IDs stay</source>
        <translation>
            <numerusform>Adds or updates %Ln ID in %1 (%2); its other IDs stay</numerusform>
            <numerusform>Adds or updates %Ln IDs in %1 (%2); its other IDs stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds the file&apos;s %Ln IDs: nothing to send</source>
        <translation>
            <numerusform>%1 already holds the file&apos;s %Ln ID: nothing to send</numerusform>
            <numerusform>%1 already holds the file&apos;s %Ln IDs: nothing to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %Ln IDs, updates %1, removes %2 in %3 (%4); %5 unchanged</source>
        <translation>
            <numerusform>Adds %Ln ID, updates %1, removes %2 in %3 (%4); %5 unchanged</numerusform>
            <numerusform>Adds %Ln IDs, updates %1, removes %2 in %3 (%4); %5 unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadRate</name>
    <message numerus="yes">
        <source>%1 · about %n s left</source>
        <translation>
            <numerusform>%1 · about %n s left</numerusform>
            <numerusform>%1 · about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n min left</source>
        <translation>
            <numerusform>%1 · about %n min left</numerusform>
            <numerusform>%1 · about %n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadWorkDir</name>
    <message numerus="yes">
        <source>Not resumed within %n days: its prepared requests were deleted.</source>
        <translation>
            <numerusform>Not resumed within %n day: its prepared requests were deleted.</numerusform>
            <numerusform>Not resumed within %n days: its prepared requests were deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message numerus="yes">
        <source>in %Ln requests</source>
        <translation>
            <numerusform>in 1 request</numerusform>
            <numerusform>in %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> &lt;b&gt;%Ln warnings&lt;/b&gt; below: read them before sending.</source>
        <translation>
            <numerusform> &lt;b&gt;1 warning&lt;/b&gt; below: read it before sending.</numerusform>
            <numerusform> &lt;b&gt;%Ln warnings&lt;/b&gt; below: read them before sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %Ln invalid rows and send the %1 valid IDs (or go Back to fix the mapping)</source>
        <translation>
            <numerusform>&amp;Skip the invalid row and send the %1 valid IDs (or go Back to fix the mapping)</numerusform>
            <numerusform>&amp;Skip the %Ln invalid rows and send the %1 valid IDs (or go Back to fix the mapping)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more IDs in this request</source>
        <translation>
            <numerusform>… and %Ln more ID in this request</numerusform>
            <numerusform>… and %Ln more IDs in this request</numerusform>
        </translation>
    </message>
</context>
</TS>
