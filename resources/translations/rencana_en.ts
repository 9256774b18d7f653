<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <source>Edit agenda</source>
            <translation>Edit agenda</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Add agenda item</source>
            <translation>Add agenda item</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>New agenda item</translation>
        </message>
    </context>
    <context>
        <name>AgreedModel</name>
        <message>
            <source>Agreed item</source>
            <translation>Agreed item</translation>
        </message>
        <message>
            <source>Edit agreed item</source>
            <translation>Edit agreed item</translation>
        </message>
    </context>
    <context>
        <name>AgreedTab</name>
        <message>
            <source>Add agreed item</source>
            <translation>Add agreed item</translation>
        </message>
        <message>
            <source>New agreed item</source>
            <translation>New agreed item</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPage</name>
        <message>
            <source>Readiness</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Issues and gaps</source>
            <translation>Issues and gaps</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Something went wrong ({kind}); your work up to the last action is saved. The details are in {log}.</source>
            <translation>Something went wrong ({kind}); your work up to the last action is saved. The details are in {log}.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Tick {name}</source>
            <translation>Tick {name}</translation>
        </message>
        <message>
            <source>Untick {name}</source>
            <translation>Untick {name}</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSummaryModel</name>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>People present</source>
            <translation>People present</translation>
        </message>
        <message>
            <source>Present per day</source>
            <translation>Present per day</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Nobody to tick yet: first import the participants (People and organisations &gt; Import worksheet…), or add them there one by one.</source>
            <translation>Nobody to tick yet: first import the participants (People and organisations &gt; Import worksheet…), or add them there one by one.</translation>
        </message>
        <message>
            <source>Type a name, organisation or group; Enter ticks present</source>
            <translation>Type a name, organisation or group; Enter ticks present</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Day {number}: {date}</source>
            <translation>Day {number}: {date}</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>No group</translation>
        </message>
        <message>
            <source>Present: {present} of {total}</source>
            <translation>Present: {present} of {total}</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Choose a backup. It is restored as a new file; nothing is overwritten.</source>
            <translation>Choose a backup. It is restored as a new file; nothing is overwritten.</translation>
        </message>
        <message>
            <source>Restore...</source>
            <translation>Restore...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>BoardFilters</name>
        <message>
            <source>Find words</source>
            <translation>Find words</translation>
        </message>
        <message>
            <source>Fade instead of hide</source>
            <translation>Fade instead of hide</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>All sessions</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>All teams</translation>
        </message>
        <message>
            <source>All dimensions</source>
            <translation>All dimensions</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
    </context>
    <context>
        <name>BoardLegend</name>
        <message>
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Strength</translation>
        </message>
        <message>
            <source>Weakness</source>
            <translation>Weakness</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Threat</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
    </context>
    <context>
        <name>BoardMenus</name>
        <message>
            <source>Edit text…</source>
            <translation>Edit text…</translation>
        </message>
        <message>
            <source>Type votes (paper dots)…</source>
            <translation>Type votes (paper dots)…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Take out of its cluster</source>
            <translation>Take out of its cluster</translation>
        </message>
        <message>
            <source>New cluster from the selected cards</source>
            <translation>New cluster from the selected cards</translation>
        </message>
        <message>
            <source>Make a programme from this card</source>
            <translation>Make a programme from this card</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Make a programme from this cluster</source>
            <translation>Make a programme from this cluster</translation>
        </message>
        <message>
            <source>Delete cluster (keep its cards)</source>
            <translation>Delete cluster (keep its cards)</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Take ideas and votes from participants' phones</source>
            <translation>Take ideas and votes from participants' phones</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>New cluster</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Tidy up</source>
            <translation>Tidy up</translation>
        </message>
        <message>
            <source>Projector mode</source>
            <translation>Projector mode</translation>
        </message>
        <message>
            <source>Card added; the filter hides it.</source>
            <translation>Card added; the filter hides it.</translation>
        </message>
        <message>
            <source>Cluster {0}</source>
            <translation>Cluster {0}</translation>
        </message>
        <message>
            <source>Programme {0} made: {1}</source>
            <translation>Programme {0} made: {1}</translation>
        </message>
        <message>
            <source>Idea board</source>
            <translation>Idea board</translation>
        </message>
    </context>
    <context>
        <name>BudgetModel</name>
        <message>
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>A budget cannot be negative.</source>
            <translation>A budget cannot be negative.</translation>
        </message>
        <message>
            <source>Type the amount in whole rupiah, digits only (for example 1500000).</source>
            <translation>Type the amount in whole rupiah, digits only (for example 1500000).</translation>
        </message>
    </context>
    <context>
        <name>BudgetPage</name>
        <message>
            <source>By year and dimension</source>
            <translation>By year and dimension</translation>
        </message>
        <message>
            <source>By funding source</source>
            <translation>By funding source</translation>
        </message>
        <message>
            <source>By lead OPD</source>
            <translation>By lead OPD</translation>
        </message>
        <message>
            <source>Rupiah</source>
            <translation>Rupiah</translation>
        </message>
        <message>
            <source>Million (juta)</source>
            <translation>Million (juta)</translation>
        </message>
        <message>
            <source>Billion (miliar)</source>
            <translation>Billion (miliar)</translation>
        </message>
        <message>
            <source>Indicative budget</source>
            <translation>Indicative budget</translation>
        </message>
        <message>
            <source>Amounts in</source>
            <translation>Amounts in</translation>
        </message>
        <message>
            <source>Budgets are entered per programme, year and funding source on the Programmes page.</source>
            <translation>Budgets are entered per programme, year and funding source on the Programmes page.</translation>
        </message>
        <message>
            <source>Total {amount}  ·  table amounts in {unit}</source>
            <translation>Total {amount}  ·  table amounts in {unit}</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <source>Type a card and press Enter</source>
            <translation>Type a card and press Enter</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>Add card</translation>
        </message>
        <message>
            <source>Enter adds the card · Ctrl+1…8 kind · Alt+1…6 dimension (Alt+0 none) · Ctrl+T team · Ctrl+S session</source>
            <translation>Enter adds the card · Ctrl+1…8 kind · Alt+1…6 dimension (Alt+0 none) · Ctrl+T team · Ctrl+S session</translation>
        </message>
        <message>
            <source>Dimension: {0}</source>
            <translation>Dimension: {0}</translation>
        </message>
        <message>
            <source>Team: {0}</source>
            <translation>Team: {0}</translation>
        </message>
        <message>
            <source>Session: {0}</source>
            <translation>Session: {0}</translation>
        </message>
        <message>
            <source>Kind: {0}</source>
            <translation>Kind: {0}</translation>
        </message>
    </context>
    <context>
        <name>CardBoard</name>
        <message>
            <source>All dimensions</source>
            <translation>All dimensions</translation>
        </message>
        <message>
            <source>All components</source>
            <translation>All components</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
    </context>
    <context>
        <name>CardList</name>
        <message>
            <source>Strengths</source>
            <translation>Strengths</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Weaknesses</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunities</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Threats</translation>
        </message>
        <message>
            <source>Strategic issues</source>
            <translation>Strategic issues</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Gaps</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>New entry</translation>
        </message>
    </context>
    <context>
        <name>CardListModel</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts to resolve</source>
            <translation>Conflicts to resolve</translation>
        </message>
        <message>
            <source>Now in the workbook</source>
            <translation>Now in the workbook</translation>
        </message>
        <message>
            <source>From the other laptop</source>
            <translation>From the other laptop</translation>
        </message>
        <message>
            <source>These values were changed on two laptops, or a record deleted on one was changed on another.</source>
            <translation>These values were changed on two laptops, or a record deleted on one was changed on another.</translation>
        </message>
        <message>
            <source>Keep the value now in the workbook</source>
            <translation>Keep the value now in the workbook</translation>
        </message>
        <message>
            <source>Put the other value back</source>
            <translation>Put the other value back</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Keep both</translation>
        </message>
        <message>
            <source>Keep it deleted</source>
            <translation>Keep it deleted</translation>
        </message>
        <message>
            <source>Restore it</source>
            <translation>Restore it</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DependencyEditor</name>
        <message>
            <source>Add predecessor</source>
            <translation>Add predecessor</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>DetailsTab</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>Opened by</translation>
        </message>
        <message>
            <source>Narasumber</source>
            <translation>Narasumber</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Names, separated by commas</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>same day</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Edit session</translation>
        </message>
    </context>
    <context>
        <name>DimensionQuestion</name>
        <message>
            <source>New code?</source>
            <translation>New code?</translation>
        </message>
        <message>
            <source>Codes printed in the documents must match their chapter. Give {old} the code {new} of its new dimension?</source>
            <translation>Codes printed in the documents must match their chapter. Give {old} the code {new} of its new dimension?</translation>
        </message>
        <message>
            <source>Use {new}</source>
            <translation>Use {new}</translation>
        </message>
        <message>
            <source>Keep {old}</source>
            <translation>Keep {old}</translation>
        </message>
    </context>
    <context>
        <name>ErrorModel</name>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPage</name>
        <message>
            <source>Value reached</source>
            <translation>Value reached</translation>
        </message>
        <message>
            <source>Evidence (data dukung)</source>
            <translation>Evidence (data dukung)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>OPD worksheets...</source>
            <translation>OPD worksheets...</translation>
        </message>
        <message>
            <source>Import worksheet...</source>
            <translation>Import worksheet...</translation>
        </message>
        <message>
            <source>All dimensions</source>
            <translation>All dimensions</translation>
        </message>
        <message>
            <source>All OPDs</source>
            <translation>All OPDs</translation>
        </message>
        <message>
            <source>All bands</source>
            <translation>All bands</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Whole year</translation>
        </message>
        <message>
            <source>Settings...</source>
            <translation>Settings...</translation>
        </message>
        <message>
            <source>As of Q1</source>
            <translation>As of Q1</translation>
        </message>
        <message>
            <source>As of Q2</source>
            <translation>As of Q2</translation>
        </message>
        <message>
            <source>As of Q3</source>
            <translation>As of Q3</translation>
        </message>
        <message>
            <source>As of Q4</source>
            <translation>As of Q4</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>OPD</source>
            <translation>OPD</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>Record for the chosen indicator:</source>
            <translation>Record for the chosen indicator:</translation>
        </message>
        <message>
            <source>Target and realisation</source>
            <translation>Target and realisation</translation>
        </message>
        <message>
            <source>Capaian per dimension</source>
            <translation>Capaian per dimension</translation>
        </message>
        <message>
            <source>Budget absorption</source>
            <translation>Budget absorption</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Quick wins</translation>
        </message>
        <message>
            <source>The plan has no years yet.</source>
            <translation>The plan has no years yet.</translation>
        </message>
        <message>
            <source>{year}: {programmes} programmes, {indicators} indicators; average capaian {capaian} ({band}); budget absorption {absorption}; self-assessment {score} of 100.</source>
            <translation>{year}: {programmes} programmes, {indicators} indicators; average capaian {capaian} ({band}); budget absorption {absorption}; self-assessment {score} of 100.</translation>
        </message>
        <message>
            <source>Type the value reached as a number, like 75 or 75,5.</source>
            <translation>Type the value reached as a number, like 75 or 75,5.</translation>
        </message>
        <message>
            <source>OPD worksheets</source>
            <translation>OPD worksheets</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Import worksheet</source>
            <translation>Import worksheet</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
    </context>
    <context>
        <name>ExportChoices</name>
        <message>
            <source>Book 2: Masterplan</source>
            <translation>Book 2: Masterplan</translation>
        </message>
        <message>
            <source>Book 1: Strategic Analysis</source>
            <translation>Book 1: Strategic Analysis</translation>
        </message>
        <message>
            <source>Quick Win book</source>
            <translation>Quick Win book</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Executive summary</translation>
        </message>
        <message>
            <source>Minutes and official record (one session)</source>
            <translation>Minutes and official record (one session)</translation>
        </message>
        <message>
            <source>Attendance list (one session)</source>
            <translation>Attendance list (one session)</translation>
        </message>
        <message>
            <source>Commitment sheet (one session)</source>
            <translation>Commitment sheet (one session)</translation>
        </message>
        <message>
            <source>Presentation slides (pemaparan)</source>
            <translation>Presentation slides (pemaparan)</translation>
        </message>
        <message>
            <source>A4 (210 x 297 mm)</source>
            <translation>A4 (210 x 297 mm)</translation>
        </message>
        <message>
            <source>F4 (215 x 330 mm)</source>
            <translation>F4 (215 x 330 mm)</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <source>The export failed unexpectedly: {reason}</source>
            <translation>The export failed unexpectedly: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Choose...</source>
            <translation>Choose...</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Outline</translation>
        </message>
        <message>
            <source>Save the document as</source>
            <translation>Save the document as</translation>
        </message>
        <message>
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>PowerPoint presentations (*.pptx)</translation>
        </message>
        <message>
            <source>Word document (.docx)</source>
            <translation>Word document (.docx)</translation>
        </message>
        <message>
            <source>PDF through LibreOffice (.pdf)</source>
            <translation>PDF through LibreOffice (.pdf)</translation>
        </message>
        <message>
            <source>Draft: export even if something is missing, marked KONSEP / DRAFT on every page</source>
            <translation>Draft: export even if something is missing, marked KONSEP / DRAFT on every page</translation>
        </message>
        <message>
            <source>Click an item to go where it is entered</source>
            <translation>Click an item to go where it is entered</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Ready: nothing the document needs is missing.</source>
            <translation>Ready: nothing the document needs is missing.</translation>
        </message>
        <message>
            <source>Not ready to be signed yet; still needed (click to go there):</source>
            <translation>Not ready to be signed yet; still needed (click to go there):</translation>
        </message>
        <message>
            <source>Still missing; the book leaves these parts out (click to go there):</source>
            <translation>Still missing; the book leaves these parts out (click to go there):</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <source>Not exported; {name} is unchanged.</source>
            <translation>Not exported; {name} is unchanged.</translation>
        </message>
        <message>
            <source>Exporting {name}...</source>
            <translation>Exporting {name}...</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Replace the file?</translation>
        </message>
        <message>
            <source>{name} already exists in {folder}. Replace it?</source>
            <translation>{name} already exists in {folder}. Replace it?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Saved {name}.</translation>
        </message>
        <message>
            <source>Export cancelled; any earlier file is unchanged.</source>
            <translation>Export cancelled; any earlier file is unchanged.</translation>
        </message>
        <message>
            <source>Could not open the folder {folder}: open it in your file manager.</source>
            <translation>Could not open the folder {folder}: open it in your file manager.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All dimensions</source>
            <translation>All dimensions</translation>
        </message>
        <message>
            <source>Search code, name, OPD...</source>
            <translation>Search code, name, OPD...</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>All phases</translation>
        </message>
        <message>
            <source>Quick wins and others</source>
            <translation>Quick wins and others</translation>
        </message>
        <message>
            <source>Quick wins only</source>
            <translation>Quick wins only</translation>
        </message>
        <message>
            <source>Not quick wins</source>
            <translation>Not quick wins</translation>
        </message>
        <message>
            <source>New and existing</source>
            <translation>New and existing</translation>
        </message>
        <message>
            <source>All OPDs</source>
            <translation>All OPDs</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>All elements</source>
            <translation>All elements</translation>
        </message>
    </context>
    <context>
        <name>GeneralForm</name>
        <message>
            <source>An element is expected: choose one (until then the documents list it under "Other").</source>
            <translation>An element is expected: choose one (until then the documents list it under "Other").</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Lead OPD</source>
            <translation>Lead OPD</translation>
        </message>
        <message>
            <source>Target users</source>
            <translation>Target users</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Start year</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>End year</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>RPJMD/Renstra link</source>
            <translation>RPJMD/Renstra link</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Aim</source>
            <translation>Aim</translation>
        </message>
        <message>
            <source>Problem it solves</source>
            <translation>Problem it solves</translation>
        </message>
    </context>
    <context>
        <name>GoalModel</name>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>RPJMD link</source>
            <translation>RPJMD link</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import people from a worksheet</source>
            <translation>Import people from a worksheet</translation>
        </message>
        <message>
            <source>&lt;b&gt;Roles Rencana does not know&lt;/b&gt;: each is imported as the role chosen here</source>
            <translation>&lt;b&gt;Roles Rencana does not know&lt;/b&gt;: each is imported as the role chosen here</translation>
        </message>
        <message>
            <source>In the worksheet</source>
            <translation>In the worksheet</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Import as</translation>
        </message>
        <message>
            <source>&lt;b&gt;Problems&lt;/b&gt; (nothing is imported until they are fixed in the worksheet)</source>
            <translation>&lt;b&gt;Problems&lt;/b&gt; (nothing is imported until they are fixed in the worksheet)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&lt;b&gt;Rows in the worksheet&lt;/b&gt;</source>
            <translation>&lt;b&gt;Rows in the worksheet&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Worksheets (*.csv *.xlsx)</source>
            <translation>Worksheets (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <source>Worksheet: {name}</source>
            <translation>Worksheet: {name}</translation>
        </message>
        <message>
            <source>{count} role(s) Rencana does not know were mapped: {pairs}. Change it below if needed. </source>
            <translation>{count} role(s) Rencana does not know were mapped: {pairs}. Change it below if needed. </translation>
        </message>
        <message>
            <source>{count} problem(s) found: nothing will be imported. Fix the worksheet and import it again.</source>
            <translation>{count} problem(s) found: nothing will be imported. Fix the worksheet and import it again.</translation>
        </message>
        <message>
            <source>The worksheet has no rows to import.</source>
            <translation>The worksheet has no rows to import.</translation>
        </message>
        <message>
            <source>{count} row(s) ready to import.</source>
            <translation>{count} row(s) ready to import.</translation>
        </message>
        <message>
            <source>Import people</source>
            <translation>Import people</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {unchanged} unchanged.</source>
            <translation>Imported: {new} new, {updated} updated, {unchanged} unchanged.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChoices</name>
        <message>
            <source>Higher is better</source>
            <translation>Higher is better</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Lower is better</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Within a range</source>
            <translation>Within a range</translation>
        </message>
        <message>
            <source>Yes/no milestone</source>
            <translation>Yes/no milestone</translation>
        </message>
    </context>
    <context>
        <name>KpiEditor</name>
        <message>
            <source>Add KPI</source>
            <translation>Add KPI</translation>
        </message>
        <message>
            <source>Remove KPI</source>
            <translation>Remove KPI</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>New indicator</translation>
        </message>
    </context>
    <context>
        <name>KpiModel</name>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Baseline year</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Target {year}</source>
            <translation>Target {year}</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Higher is better</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Lower is better</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Within a range</source>
            <translation>Within a range</translation>
        </message>
        <message>
            <source>Yes/no milestone</source>
            <translation>Yes/no milestone</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (read-only)</translation>
        </message>
        <message>
            <source>Open a workbook</source>
            <translation>Open a workbook</translation>
        </message>
        <message>
            <source>Rencana workbooks (*.rencana);;All files (*)</source>
            <translation>Rencana workbooks (*.rencana);;All files (*)</translation>
        </message>
        <message>
            <source>No recent workbooks</source>
            <translation>No recent workbooks</translation>
        </message>
        <message>
            <source>&lt;b&gt;Rencana {version}&lt;/b&gt;&lt;br&gt;An offline planning workbook for Smart City masterplan workshops.&lt;br&gt;Data folder: {folder}</source>
            <translation>&lt;b&gt;Rencana {version}&lt;/b&gt;&lt;br&gt;An offline planning workbook for Smart City masterplan workshops.&lt;br&gt;Data folder: {folder}</translation>
        </message>
        <message>
            <source>About Rencana</source>
            <translation>About Rencana</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MilestoneEditor</name>
        <message>
            <source>Add milestone</source>
            <translation>Add milestone</translation>
        </message>
        <message>
            <source>Remove milestone</source>
            <translation>Remove milestone</translation>
        </message>
        <message>
            <source>New milestone</source>
            <translation>New milestone</translation>
        </message>
    </context>
    <context>
        <name>MilestoneModel</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
    </context>
    <context>
        <name>MinutesModel</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Edit minutes</source>
            <translation>Edit minutes</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>Add point</source>
            <translation>Add point</translation>
        </message>
        <message>
            <source>Add decision</source>
            <translation>Add decision</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>Add follow-up</translation>
        </message>
        <message>
            <source>New point</source>
            <translation>New point</translation>
        </message>
        <message>
            <source>New decision</source>
            <translation>New decision</translation>
        </message>
        <message>
            <source>New follow-up</source>
            <translation>New follow-up</translation>
        </message>
        <message>
            <source>Add to the minutes</source>
            <translation>Add to the minutes</translation>
        </message>
    </context>
    <context>
        <name>MissionModel</name>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
    </context>
    <context>
        <name>ModerationQueue</name>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Merge into</source>
            <translation>Merge into</translation>
        </message>
        <message>
            <source>Edit the text here before accepting</source>
            <translation>Edit the text here before accepting</translation>
        </message>
        <message>
            <source>Put the card on the board (with the edited text)</source>
            <translation>Put the card on the board (with the edited text)</translation>
        </message>
        <message>
            <source>Keep the card off the board</source>
            <translation>Keep the card off the board</translation>
        </message>
        <message>
            <source>Add the card's text to a card already on the board</source>
            <translation>Add the card's text to a card already on the board</translation>
        </message>
        <message>
            <source>Waiting for moderation: {0}</source>
            <translation>Waiting for moderation: {0}</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>People and organisations</source>
            <translation>People and organisations</translation>
        </message>
        <message>
            <source>Idea board</source>
            <translation>Idea board</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>Vision and goals</source>
            <translation>Vision and goals</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Roadmap</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Quick wins</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
    </context>
    <context>
        <name>NewWorkbookDialog</name>
        <message>
            <source>New workbook</source>
            <translation>New workbook</translation>
        </message>
        <message>
            <source>for example Kota Madiun</source>
            <translation>for example Kota Madiun</translation>
        </message>
        <message>
            <source>City (kota)</source>
            <translation>City (kota)</translation>
        </message>
        <message>
            <source>Regency (kabupaten)</source>
            <translation>Regency (kabupaten)</translation>
        </message>
        <message>
            <source>for example Jawa Timur</source>
            <translation>for example Jawa Timur</translation>
        </message>
        <message>
            <source>Region name:</source>
            <translation>Region name:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Province:</translation>
        </message>
        <message>
            <source>Plan starts in:</source>
            <translation>Plan starts in:</translation>
        </message>
        <message>
            <source>Plan ends in:</source>
            <translation>Plan ends in:</translation>
        </message>
        <message>
            <source>Create...</source>
            <translation>Create...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Enter the name of the city or regency.</source>
            <translation>Enter the name of the city or regency.</translation>
        </message>
        <message>
            <source>Save the new workbook</source>
            <translation>Save the new workbook</translation>
        </message>
        <message>
            <source>Rencana workbooks (*.rencana)</source>
            <translation>Rencana workbooks (*.rencana)</translation>
        </message>
        <message>
            <source>{name} is the workbook open now; choose another name.</source>
            <translation>{name} is the workbook open now; choose another name.</translation>
        </message>
        <message>
            <source>Cannot write {name}: {reason}.</source>
            <translation>Cannot write {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Open read-only</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <source>Cannot open {name}: {reason}.</source>
            <translation>Cannot open {name}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {name}: {reason}.</source>
            <translation>Cannot write {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Abbreviation</source>
            <translation>Abbreviation</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Edit organisation</source>
            <translation>Edit organisation</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTab</name>
        <message>
            <source>Filter by name, abbreviation or kind…</source>
            <translation>Filter by name, abbreviation or kind…</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <source>Add organisation</source>
            <translation>Add organisation</translation>
        </message>
    </context>
    <context>
        <name>OriginList</name>
        <message>
            <source>Remove link</source>
            <translation>Remove link</translation>
        </message>
        <message>
            <source> ({votes} votes)</source>
            <translation> ({votes} votes)</translation>
        </message>
        <message>
            <source>Card: {text}</source>
            <translation>Card: {text}</translation>
        </message>
        <message>
            <source>Cluster: {name}</source>
            <translation>Cluster: {name}</translation>
        </message>
        <message>
            <source>(a card that was deleted)</source>
            <translation>(a card that was deleted)</translation>
        </message>
        <message>
            <source>No card or cluster yet: make programmes from cards on the Idea board.</source>
            <translation>No card or cluster yet: make programmes from cards on the Idea board.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Idea cards</source>
            <translation>Idea cards</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Quick wins</translation>
        </message>
        <message>
            <source>Indicative budget</source>
            <translation>Indicative budget</translation>
        </message>
        <message>
            <source>Attendance per session</source>
            <translation>Attendance per session</translation>
        </message>
        <message>
            <source>Plan health</source>
            <translation>Plan health</translation>
        </message>
        <message>
            <source>Idea cards per dimension</source>
            <translation>Idea cards per dimension</translation>
        </message>
        <message>
            <source>(no region)</source>
            <translation>(no region)</translation>
        </message>
        <message>
            <source>City (kota)</source>
            <translation>City (kota)</translation>
        </message>
        <message>
            <source>Regency (kabupaten)</source>
            <translation>Regency (kabupaten)</translation>
        </message>
        <message>
            <source>Plan period {period}</source>
            <translation>Plan period {period}</translation>
        </message>
        <message>
            <source>{name} has no goal yet.</source>
            <translation>{name} has no goal yet.</translation>
        </message>
        <message>
            <source>{name} has no idea cards yet.</source>
            <translation>{name} has no idea cards yet.</translation>
        </message>
        <message>
            <source>{name} has no programme yet.</source>
            <translation>{name} has no programme yet.</translation>
        </message>
        <message>
            <source>Nobody is marked present at {name}.</source>
            <translation>Nobody is marked present at {name}.</translation>
        </message>
        <message>
            <source>{name} has money in {detail}, outside its years.</source>
            <translation>{name} has money in {detail}, outside its years.</translation>
        </message>
        <message>
            <source>{name} has KPI targets in {detail}, outside its years.</source>
            <translation>{name} has KPI targets in {detail}, outside its years.</translation>
        </message>
        <message>
            <source>{name} is a quick win running {detail}: longer than 12 months.</source>
            <translation>{name} is a quick win running {detail}: longer than 12 months.</translation>
        </message>
        <message>
            <source>Import the participants (People and organisations)</source>
            <translation>Import the participants (People and organisations)</translation>
        </message>
        <message>
            <source>Add the first session (Sessions)</source>
            <translation>Add the first session (Sessions)</translation>
        </message>
        <message>
            <source>Take the attendance of a session (Sessions)</source>
            <translation>Take the attendance of a session (Sessions)</translation>
        </message>
        <message>
            <source>Capture the first idea cards (Idea board)</source>
            <translation>Capture the first idea cards (Idea board)</translation>
        </message>
        <message>
            <source>Rate the readiness (Analysis)</source>
            <translation>Rate the readiness (Analysis)</translation>
        </message>
        <message>
            <source>Write the vision and missions (Vision and goals)</source>
            <translation>Write the vision and missions (Vision and goals)</translation>
        </message>
        <message>
            <source>Add the first programmes (Programmes)</source>
            <translation>Add the first programmes (Programmes)</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>Click to open the page</source>
            <translation>Click to open the page</translation>
        </message>
        <message>
            <source>No gaps: every dimension has goals, cards and programmes, and every session has attendance.</source>
            <translation>No gaps: every dimension has goals, cards and programmes, and every session has attendance.</translation>
        </message>
        <message>
            <source>No dimension</source>
            <translation>No dimension</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>Import worksheet…</source>
            <translation>Import worksheet…</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Filter by name, position, organisation, role or team…</source>
            <translation>Filter by name, position, organisation, role or team…</translation>
        </message>
        <message>
            <source>New organisation?</source>
            <translation>New organisation?</translation>
        </message>
        <message>
            <source>There is no organisation called "{name}". Create it?</source>
            <translation>There is no organisation called "{name}". Create it?</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Add person</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Pick people</source>
            <translation>Pick people</translation>
        </message>
        <message>
            <source>Type part of a name…</source>
            <translation>Type part of a name…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Merge team files</source>
            <translation>Merge team files</translation>
        </message>
        <message>
            <source>Merging {files} into this workbook:</source>
            <translation>Merging {files} into this workbook:</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>These files hold nothing this workbook does not have.</source>
            <translation>These files hold nothing this workbook does not have.</translation>
        </message>
        <message>
            <source>Programme code {old} is taken twice: {name} becomes {new}.</source>
            <translation>Programme code {old} is taken twice: {name} becomes {new}.</translation>
        </message>
        <message>
            <source>Conflicts to resolve after merging: {count}</source>
            <translation>Conflicts to resolve after merging: {count}</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeEditor</name>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Indicative budget in whole rupiah: type digits (1500000); an empty cell is zero.</source>
            <translation>Indicative budget in whole rupiah: type digits (1500000); an empty cell is zero.</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>KPIs and targets</source>
            <translation>KPIs and targets</translation>
        </message>
        <message>
            <source>Tick the organisations that support this programme.</source>
            <translation>Tick the organisations that support this programme.</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Programmes that must come first (the roadmap draws them as arrows).</source>
            <translation>Programmes that must come first (the roadmap draws them as arrows).</translation>
        </message>
        <message>
            <source>Dependencies</source>
            <translation>Dependencies</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>The workshop cards and clusters this programme came from.</source>
            <translation>The workshop cards and clusters this programme came from.</translation>
        </message>
        <message>
            <source>Origin cards</source>
            <translation>Origin cards</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeLabels</name>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Short term</source>
            <translation>Short term</translation>
        </message>
        <message>
            <source>Medium term</source>
            <translation>Medium term</translation>
        </message>
        <message>
            <source>Long term</source>
            <translation>Long term</translation>
        </message>
        <message>
            <source>Policy and suprastructure</source>
            <translation>Policy and suprastructure</translation>
        </message>
        <message>
            <source>Infrastructure</source>
            <translation>Infrastructure</translation>
        </message>
        <message>
            <source>Application or service</source>
            <translation>Application or service</translation>
        </message>
        <message>
            <source>People and literacy</source>
            <translation>People and literacy</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Existing</source>
            <translation>Existing</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Lead OPD</source>
            <translation>Lead OPD</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesPage</name>
        <message>
            <source>Add programme</source>
            <translation>Add programme</translation>
        </message>
        <message>
            <source>Delete programme</source>
            <translation>Delete programme</translation>
        </message>
        <message>
            <source>{shown} of {total} programmes</source>
            <translation>{shown} of {total} programmes</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>New programme</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programmes</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>Idea board - projector</source>
            <translation>Idea board - projector</translation>
        </message>
        <message>
            <source>Type minutes (10) or minutes and seconds (10:00), then Enter</source>
            <translation>Type minutes (10) or minutes and seconds (10:00), then Enter</translation>
        </message>
        <message>
            <source>−1 min</source>
            <translation>−1 min</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Space: start or pause · + − zoom · F: fit · Esc: leave</source>
            <translation>Space: start or pause · + − zoom · F: fit · Esc: leave</translation>
        </message>
        <message>
            <source>All clusters</source>
            <translation>All clusters</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Minutes and seconds to count down</source>
            <translation>Minutes and seconds to count down</translation>
        </message>
    </context>
    <context>
        <name>QuickWinModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Lead OPD</source>
            <translation>Lead OPD</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Last update</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>{count} updates</source>
            <translation>{count} updates</translation>
        </message>
    </context>
    <context>
        <name>QuickWinProgressModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>As of</translation>
        </message>
        <message>
            <source>Latest note</source>
            <translation>Latest note</translation>
        </message>
    </context>
    <context>
        <name>QuickWinsPage</name>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>What was done (short)</source>
            <translation>What was done (short)</translation>
        </message>
        <message>
            <source>Add update</source>
            <translation>Add update</translation>
        </message>
        <message>
            <source>Delete update</source>
            <translation>Delete update</translation>
        </message>
        <message>
            <source>No quick wins yet: set a programme's phase to quick win on the Programmes page.</source>
            <translation>No quick wins yet: set a programme's phase to quick win on the Programmes page.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>History of {code} {name}</source>
            <translation>History of {code} {name}</translation>
        </message>
        <message>
            <source>Delete quick-win progress</source>
            <translation>Delete quick-win progress</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Drawing the chart...</source>
            <translation>Drawing the chart...</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>This workbook is open read-only: changes cannot be saved. Save a copy to work on it.</source>
            <translation>This workbook is open read-only: changes cannot be saved. Save a copy to work on it.</translation>
        </message>
        <message>
            <source>Save a copy...</source>
            <translation>Save a copy...</translation>
        </message>
    </context>
    <context>
        <name>ReadinessTab</name>
        <message>
            <source>Why this rating: what the city has and lacks</source>
            <translation>Why this rating: what the city has and lacks</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <source>Delete evidence</source>
            <translation>Delete evidence</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Narrative</translation>
        </message>
        <message>
            <source>Evidence (data dukung)</source>
            <translation>Evidence (data dukung)</translation>
        </message>
        <message>
            <source>New evidence</source>
            <translation>New evidence</translation>
        </message>
    </context>
    <context>
        <name>RecordModel</name>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
    </context>
    <context>
        <name>ReportModel</name>
        <message>
            <source>Kind of record</source>
            <translation>Kind of record</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
    </context>
    <context>
        <name>ResizeQuestion</name>
        <message>
            <source>Years outside the programme</source>
            <translation>Years outside the programme</translation>
        </message>
        <message>
            <source>The programme has money or KPI targets in {years}, outside its new years. What should happen to them?</source>
            <translation>The programme has money or KPI targets in {years}, outside its new years. What should happen to them?</translation>
        </message>
        <message>
            <source>Move into the nearest year</source>
            <translation>Move into the nearest year</translation>
        </message>
        <message>
            <source>Remove them</source>
            <translation>Remove them</translation>
        </message>
        <message>
            <source>Keep them (flagged)</source>
            <translation>Keep them (flagged)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ResultModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Programme / goal</source>
            <translation>Programme / goal</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Realisation</source>
            <translation>Realisation</translation>
        </message>
        <message>
            <source>Capaian</source>
            <translation>Capaian</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
    </context>
    <context>
        <name>RoadmapBar</name>
        <message>
            <source>Lead OPD: {opd}</source>
            <translation>Lead OPD: {opd}</translation>
        </message>
        <message>
            <source>Years: {years}</source>
            <translation>Years: {years}</translation>
        </message>
        <message>
            <source>Phase: {phase}</source>
            <translation>Phase: {phase}</translation>
        </message>
        <message>
            <source>Budget: {amount}</source>
            <translation>Budget: {amount}</translation>
        </message>
        <message>
            <source>Milestone {year}: {title}</source>
            <translation>Milestone {year}: {title}</translation>
        </message>
    </context>
    <context>
        <name>RoadmapControls</name>
        <message>
            <source>Lanes per dimension</source>
            <translation>Lanes per dimension</translation>
        </message>
        <message>
            <source>Lanes per OPD</source>
            <translation>Lanes per OPD</translation>
        </message>
        <message>
            <source>Lanes per phase</source>
            <translation>Lanes per phase</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>All phases</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation>Zoom out (Ctrl+wheel)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation>Zoom in (Ctrl+wheel)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Fit the roadmap to the window</source>
            <translation>Fit the roadmap to the window</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Actual size</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Depends on</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>All dimensions</source>
            <translation>All dimensions</translation>
        </message>
        <message>
            <source>All OPDs</source>
            <translation>All OPDs</translation>
        </message>
    </context>
    <context>
        <name>RoadmapFlags</name>
        <message>
            <source>Runs {start}-{end}, outside the plan period {plan_start}-{plan_end}.</source>
            <translation>Runs {start}-{end}, outside the plan period {plan_start}-{plan_end}.</translation>
        </message>
        <message>
            <source>Starts in {start}, before {code} (which it depends on) ends in {end}.</source>
            <translation>Starts in {start}, before {code} (which it depends on) ends in {end}.</translation>
        </message>
        <message>
            <source>Money in {years}, outside its years {start}-{end}.</source>
            <translation>Money in {years}, outside its years {start}-{end}.</translation>
        </message>
        <message>
            <source>KPI targets in {years}, outside its years {start}-{end}.</source>
            <translation>KPI targets in {years}, outside its years {start}-{end}.</translation>
        </message>
        <message>
            <source>A quick win takes at most 12 months; this one runs {start}-{end}.</source>
            <translation>A quick win takes at most 12 months; this one runs {start}-{end}.</translation>
        </message>
    </context>
    <context>
        <name>RoadmapGrid</name>
        <message>
            <source>Plan {start}-{end}</source>
            <translation>Plan {start}-{end}</translation>
        </message>
    </context>
    <context>
        <name>RoadmapPage</name>
        <message>
            <source>No lead OPD</source>
            <translation>No lead OPD</translation>
        </message>
        <message>
            <source>No dimension</source>
            <translation>No dimension</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Roadmap</translation>
        </message>
    </context>
    <context>
        <name>RollupModel</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <source>Lead OPD</source>
            <translation>Lead OPD</translation>
        </message>
    </context>
    <context>
        <name>RoomDialog</name>
        <message>
            <source>Room: ideas and votes from phones</source>
            <translation>Room: ideas and votes from phones</translation>
        </message>
        <message>
            <source>Open a room</source>
            <translation>Open a room</translation>
        </message>
        <message>
            <source>The room is open</source>
            <translation>The room is open</translation>
        </message>
        <message>
            <source>(no session)</source>
            <translation>(no session)</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>any free port</translation>
        </message>
        <message>
            <source>Start the room</source>
            <translation>Start the room</translation>
        </message>
        <message>
            <source>Phones join the laptop's Wi-Fi (or the travel router's) and should turn mobile data off: Android sends traffic over mobile data when the Wi-Fi has no internet, and the page would not open. Choose the address of that Wi-Fi below.</source>
            <translation>Phones join the laptop's Wi-Fi (or the travel router's) and should turn mobile data off: Android sends traffic over mobile data when the Wi-Fi has no internet, and the page would not open. Choose the address of that Wi-Fi below.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Network address</source>
            <translation>Network address</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Wi-Fi name (optional)</source>
            <translation>Wi-Fi name (optional)</translation>
        </message>
        <message>
            <source>Wi-Fi password (optional)</source>
            <translation>Wi-Fi password (optional)</translation>
        </message>
        <message>
            <source>Votes per phone</source>
            <translation>Votes per phone</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>Voting open</translation>
        </message>
        <message>
            <source>Stop the room</source>
            <translation>Stop the room</translation>
        </message>
        <message>
            <source>Scan to open the page</source>
            <translation>Scan to open the page</translation>
        </message>
        <message>
            <source>Scan to join the Wi-Fi</source>
            <translation>Scan to join the Wi-Fi</translation>
        </message>
        <message>
            <source>Cards from phones</source>
            <translation>Cards from phones</translation>
        </message>
        <message>
            <source>Code: {0}</source>
            <translation>Code: {0}</translation>
        </message>
        <message>
            <source>{0}  ({1}, {2} cards)</source>
            <translation>{0}  ({1}, {2} cards)</translation>
        </message>
        <message>
            <source>Phones joined: {0}</source>
            <translation>Phones joined: {0}</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Add session</source>
            <translation>Add session</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Agreed items</source>
            <translation>Agreed items</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>Signatories</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sessions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sessions&lt;/b&gt;</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Delete session</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Evaluation settings</source>
            <translation>Evaluation settings</translation>
        </message>
        <message>
            <source>RKPD (achieved, on track, hard effort)</source>
            <translation>RKPD (achieved, on track, hard effort)</translation>
        </message>
        <message>
            <source>SAKIP (Sangat Baik ... Sangat Kurang)</source>
            <translation>SAKIP (Sangat Baik ... Sangat Kurang)</translation>
        </message>
        <message>
            <source>Own scheme (below)</source>
            <translation>Own scheme (below)</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Rating scheme</source>
            <translation>Rating scheme</translation>
        </message>
        <message>
            <source>Own scheme: bound; Indonesian; English; colour</source>
            <translation>Own scheme: bound; Indonesian; English; colour</translation>
        </message>
        <message>
            <source>Weights of the five aspects (together 100 %)</source>
            <translation>Weights of the five aspects (together 100 %)</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Undo the last change (from anywhere)</source>
            <translation>Undo the last change (from anywhere)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>New workbook</source>
            <translation>New workbook</translation>
        </message>
        <message>
            <source>Open a workbook</source>
            <translation>Open a workbook</translation>
        </message>
        <message>
            <source>Close the workbook</source>
            <translation>Close the workbook</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation>This list of shortcuts</translation>
        </message>
        <message>
            <source>Add a row (session, agenda item...)</source>
            <translation>Add a row (session, agenda item...)</translation>
        </message>
        <message>
            <source>Delete the current row</source>
            <translation>Delete the current row</translation>
        </message>
        <message>
            <source>Move the row up or down</source>
            <translation>Move the row up or down</translation>
        </message>
        <message>
            <source>type, Enter</source>
            <translation>type, Enter</translation>
        </message>
        <message>
            <source>Attendance: find a person and tick them present</source>
            <translation>Attendance: find a person and tick them present</translation>
        </message>
        <message>
            <source>Attendance: tick and go to the next</source>
            <translation>Attendance: tick and go to the next</translation>
        </message>
        <message>
            <source>Capture bar: add the typed card</source>
            <translation>Capture bar: add the typed card</translation>
        </message>
        <message>
            <source>Capture bar: kind of card</source>
            <translation>Capture bar: kind of card</translation>
        </message>
        <message>
            <source>Capture bar: dimension / none</source>
            <translation>Capture bar: dimension / none</translation>
        </message>
        <message>
            <source>Capture bar: next team / session</source>
            <translation>Capture bar: next team / session</translation>
        </message>
        <message>
            <source>Add or remove a dot vote on the selected cards</source>
            <translation>Add or remove a dot vote on the selected cards</translation>
        </message>
        <message>
            <source>Type the number of votes</source>
            <translation>Type the number of votes</translation>
        </message>
        <message>
            <source>Edit the selected card</source>
            <translation>Edit the selected card</translation>
        </message>
        <message>
            <source>Delete the selected cards</source>
            <translation>Delete the selected cards</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>New cluster</translation>
        </message>
        <message>
            <source>Zoom in, out, fit</source>
            <translation>Zoom in, out, fit</translation>
        </message>
        <message>
            <source>Tidy up the board</source>
            <translation>Tidy up the board</translation>
        </message>
        <message>
            <source>Projector mode on or off</source>
            <translation>Projector mode on or off</translation>
        </message>
        <message>
            <source>Start or pause the timer</source>
            <translation>Start or pause the timer</translation>
        </message>
        <message>
            <source>Zoom in, out, fit all cards</source>
            <translation>Zoom in, out, fit all cards</translation>
        </message>
        <message>
            <source>Leave projector mode</source>
            <translation>Leave projector mode</translation>
        </message>
        <message>
            <source>Move the selected bar a year</source>
            <translation>Move the selected bar a year</translation>
        </message>
        <message>
            <source>Move the end of the selected bar</source>
            <translation>Move the end of the selected bar</translation>
        </message>
        <message>
            <source>double-click</source>
            <translation>double-click</translation>
        </message>
        <message>
            <source>Open the programme</source>
            <translation>Open the programme</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Everywhere</translation>
        </message>
        <message>
            <source>Projector mode</source>
            <translation>Projector mode</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesTab</name>
        <message>
            <source>Add from people…</source>
            <translation>Add from people…</translation>
        </message>
        <message>
            <source>Add signatory</source>
            <translation>Add signatory</translation>
        </message>
        <message>
            <source>New signatory</source>
            <translation>New signatory</translation>
        </message>
        <message>
            <source>Add signatories</source>
            <translation>Add signatories</translation>
        </message>
    </context>
    <context>
        <name>SignatoryModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Office title</source>
            <translation>Office title</translation>
        </message>
        <message>
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>Edit signatory</source>
            <translation>Edit signatory</translation>
        </message>
        <message>
            <source>Picked from the people list</source>
            <translation>Picked from the people list</translation>
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <source>Filter: type part of a name…</source>
            <translation>Filter: type part of a name…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>{total} rows</source>
            <translation>{total} rows</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} of {total}</translation>
        </message>
    </context>
    <context>
        <name>TeamModel</name>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Edit team</source>
            <translation>Edit team</translation>
        </message>
    </context>
    <context>
        <name>TeamsTab</name>
        <message>
            <source>Filter teams…</source>
            <translation>Filter teams…</translation>
        </message>
        <message>
            <source>New team</source>
            <translation>New team</translation>
        </message>
        <message>
            <source>Add team</source>
            <translation>Add team</translation>
        </message>
    </context>
    <context>
        <name>UpdateModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Progress (%)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Edit quick-win progress</source>
            <translation>Edit quick-win progress</translation>
        </message>
    </context>
    <context>
        <name>VisionPage</name>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>The city's smart city vision</source>
            <translation>The city's smart city vision</translation>
        </message>
        <message>
            <source>Keywords from the workshop, comma-separated</source>
            <translation>Keywords from the workshop, comma-separated</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <source>Add mission</source>
            <translation>Add mission</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Goals and yearly targets per dimension</source>
            <translation>Goals and yearly targets per dimension</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Add goal</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Delete goal</translation>
        </message>
        <message>
            <source>New mission</source>
            <translation>New mission</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>New goal</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Planning workbook for Smart City masterplan workshops (version {version})</source>
            <translation>Planning workbook for Smart City masterplan workshops (version {version})</translation>
        </message>
        <message>
            <source>New workbook...</source>
            <translation>New workbook...</translation>
        </message>
        <message>
            <source>Open...</source>
            <translation>Open...</translation>
        </message>
        <message>
            <source>Open the demo (Kota Madiun)</source>
            <translation>Open the demo (Kota Madiun)</translation>
        </message>
        <message>
            <source>Recent workbooks</source>
            <translation>Recent workbooks</translation>
        </message>
        <message>
            <source>No recent workbooks yet.</source>
            <translation>No recent workbooks yet.</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Recent files</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;New workbook...</source>
            <translation>&amp;New workbook...</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>&amp;Open...</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Open the &amp;demo</translation>
        </message>
        <message>
            <source>Save a copy for a &amp;team...</source>
            <translation>Save a copy for a &amp;team...</translation>
        </message>
        <message>
            <source>&amp;Merge team files...</source>
            <translation>&amp;Merge team files...</translation>
        </message>
        <message>
            <source>Resolve merge &amp;conflicts...</source>
            <translation>Resolve merge &amp;conflicts...</translation>
        </message>
        <message>
            <source>&amp;Restore from backup...</source>
            <translation>&amp;Restore from backup...</translation>
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation>&amp;Export...</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;About Rencana</source>
            <translation>&amp;About Rencana</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>This page could not be opened. The details are in the log file in the Rencana data folder.</source>
            <translation>This page could not be opened. The details are in the log file in the Rencana data folder.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Rencana has an automatic backup of {name} from {time}. Restore it as a new file?</source>
            <translation>Rencana has an automatic backup of {name} from {time}. Restore it as a new file?</translation>
        </message>
        <message>
            <source>Rencana workbooks (*.rencana)</source>
            <translation>Rencana workbooks (*.rencana)</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restore the backup</translation>
        </message>
        <message>
            <source>Restore the backup as</source>
            <translation>Restore the backup as</translation>
        </message>
        <message>
            <source>Save a copy for a team</source>
            <translation>Save a copy for a team</translation>
        </message>
        <message>
            <source>Saved {name}: give this one file to the team. Merge it back with File &gt; Merge team files.</source>
            <translation>Saved {name}: give this one file to the team. Merge it back with File &gt; Merge team files.</translation>
        </message>
        <message>
            <source>There are no automatic backups yet.</source>
            <translation>There are no automatic backups yet.</translation>
        </message>
        <message>
            <source>There is no automatic backup of {name}.</source>
            <translation>There is no automatic backup of {name}.</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restored</translation>
        </message>
        <message>
            <source>team</source>
            <translation>team</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>BUMD</source>
            <translation>BUMD</translation>
        </message>
        <message>
            <source>Bimtek I</source>
            <translation>Bimtek I</translation>
        </message>
        <message>
            <source>Bimtek II</source>
            <translation>Bimtek II</translation>
        </message>
        <message>
            <source>Bimtek III</source>
            <translation>Bimtek III</translation>
        </message>
        <message>
            <source>Bimtek IV</source>
            <translation>Bimtek IV</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>DPRD</source>
            <translation>DPRD</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Dewan Smart City</source>
            <translation>Dewan Smart City</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Forkopimda</source>
            <translation>Forkopimda</translation>
        </message>
        <message>
            <source>Head of region</source>
            <translation>Head of region</translation>
        </message>
        <message>
            <source>Kelurahan / village</source>
            <translation>Kelurahan / village</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>NGO</translation>
        </message>
        <message>
            <source>Narasumber</source>
            <translation>Narasumber</translation>
        </message>
        <message>
            <source>OPD</source>
            <translation>OPD</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Other meeting</source>
            <translation>Other meeting</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Press</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>Private sector</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Tim Pelaksana</source>
            <translation>Tim Pelaksana</translation>
        </message>
        <message>
            <source>University</source>
            <translation>University</translation>
        </message>
        <message>
            <source>Vertical agency</source>
            <translation>Vertical agency</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge team files</source>
            <translation>Merge team files</translation>
        </message>
        <message>
            <source>Rencana workbooks (*.rencana)</source>
            <translation>Rencana workbooks (*.rencana)</translation>
        </message>
        <message>
            <source>The workbook is open read-only: nothing can be merged into it.</source>
            <translation>The workbook is open read-only: nothing can be merged into it.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 already exists.
Do you want to replace it?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choose</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;New Folder</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>All Files (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Create New Folder</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detail View</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Directory:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Files of type:</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>List View</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Look in:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>My Computer</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>New Folder</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Parent Directory</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Recent Places</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Save As</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Show &amp;hidden files</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Date Modified</source>
            <translation>Date Modified</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o to All</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restore Defaults</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Save All</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Yes to &amp;All</translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
    </context>
</TS>