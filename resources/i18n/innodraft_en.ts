<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AcceptDialog</name>
        <message>
            <source>Accept finding</source>
            <translation>Accept finding</translation>
        </message>
        <message>
            <source>Why is this wording needed? The justification is kept with the requirement, shown in the review copy, and applies to exactly this text.</source>
            <translation>Why is this wording needed? The justification is kept with the requirement, shown in the review copy, and applies to exactly this text.</translation>
        </message>
        <message>
            <source>e.g. The new lamps must fit the existing masts of this type; a functional description is not possible. Equivalent products are accepted.</source>
            <translation>e.g. The new lamps must fit the existing masts of this type; a functional description is not possible. Equivalent products are accepted.</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Required: why the flagged words are kept</source>
            <translation>Required: why the flagged words are kept</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>Start a new project</source>
            <translation>Start a new project</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open a project file</source>
            <translation>Open a project file</translation>
        </message>
        <message>
            <source>Open &amp;example project</source>
            <translation>Open &amp;example project</translation>
        </message>
        <message>
            <source>Open the bundled example project</source>
            <translation>Open the bundled example project</translation>
        </message>
        <message>
            <source>&amp;Import Word or Excel…</source>
            <translation>&amp;Import Word or Excel…</translation>
        </message>
        <message>
            <source>Read requirements from a .docx or .xlsx file</source>
            <translation>Read requirements from a .docx or .xlsx file</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Save the project</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>Save the project under another name</source>
            <translation>Save the project under another name</translation>
        </message>
        <message>
            <source>&amp;Recover autosaved work…</source>
            <translation>&amp;Recover autosaved work…</translation>
        </message>
        <message>
            <source>Show autosaved projects that were not saved</source>
            <translation>Show autosaved projects that were not saved</translation>
        </message>
        <message>
            <source>&amp;Export documents…</source>
            <translation>&amp;Export documents…</translation>
        </message>
        <message>
            <source>Go to the Export step</source>
            <translation>Go to the Export step</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close innodraft</source>
            <translation>Close innodraft</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>Language, organisation, template and defaults</source>
            <translation>Language, organisation, template and defaults</translation>
        </message>
        <message>
            <source>Add &amp;requirement</source>
            <translation>Add &amp;requirement</translation>
        </message>
        <message>
            <source>Add a requirement on the Requirements step</source>
            <translation>Add a requirement on the Requirements step</translation>
        </message>
        <message>
            <source>Next &amp;finding</source>
            <translation>Next &amp;finding</translation>
        </message>
        <message>
            <source>Jump to the next open lint finding</source>
            <translation>Jump to the next open lint finding</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Previous step</translation>
        </message>
        <message>
            <source>&amp;About innodraft</source>
            <translation>&amp;About innodraft</translation>
        </message>
        <message>
            <source>Go to step %1</source>
            <translation>Go to step %1</translation>
        </message>
    </context>
    <context>
        <name>AwardPage</name>
        <message>
            <source>Selection and award</source>
            <translation>Selection and award</translation>
        </message>
        <message>
            <source>Ask only what is needed to trust a supplier with this contract, and score what really distinguishes the offers.</source>
            <translation>Ask only what is needed to trust a supplier with this contract, and score what really distinguishes the offers.</translation>
        </message>
        <message>
            <source>Exclusion grounds</source>
            <translation>Exclusion grounds</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Ground</source>
            <translation>Ground</translation>
        </message>
        <message>
            <source>Mandatory</source>
            <translation>Mandatory</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Suitability requirements</source>
            <translation>Suitability requirements</translation>
        </message>
        <message>
            <source>&lt;b&gt;Proportionality.&lt;/b&gt; A turnover demand may be at most three times the contract value (Aw 2.90), references should cover the last three years for supplies and services and five for works, and certificates need “or equivalent”. Checks appear below the table as you edit.</source>
            <translation>&lt;b&gt;Proportionality.&lt;/b&gt; A turnover demand may be at most three times the contract value (Aw 2.90), references should cover the last three years for supplies and services and five for works, and certificates need “or equivalent”. Checks appear below the table as you edit.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <source>Amount (EUR)</source>
            <translation>Amount (EUR)</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Years</translation>
        </message>
        <message>
            <source>Maximum candidates</source>
            <translation>Maximum candidates</translation>
        </message>
        <message>
            <source>Edit maximum candidates</source>
            <translation>Edit maximum candidates</translation>
        </message>
        <message>
            <source>Restricted procedures: how many candidates are invited (— for no limit)</source>
            <translation>Restricted procedures: how many candidates are invited (— for no limit)</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Edit award basis</source>
            <translation>Edit award basis</translation>
        </message>
        <message>
            <source>Award basis</source>
            <translation>Award basis</translation>
        </message>
        <message>
            <source>Best price-quality ratio is the default (Aw 2.114)</source>
            <translation>Best price-quality ratio is the default (Aw 2.114)</translation>
        </message>
        <message>
            <source>Edit motivation</source>
            <translation>Edit motivation</translation>
        </message>
        <message>
            <source>Required for lowest price or lowest cost: why quality does not count (Aw 2.114 lid 4)</source>
            <translation>Required for lowest price or lowest cost: why quality does not count (Aw 2.114 lid 4)</translation>
        </message>
        <message>
            <source>Motivation:</source>
            <translation>Motivation:</translation>
        </message>
        <message>
            <source>Motivation of the award basis</source>
            <translation>Motivation of the award basis</translation>
        </message>
        <message>
            <source>Quality criteria and weights</source>
            <translation>Quality criteria and weights</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Weight (%)</source>
            <translation>Weight (%)</translation>
        </message>
        <message>
            <source>What is assessed</source>
            <translation>What is assessed</translation>
        </message>
        <message>
            <source>Award criteria</source>
            <translation>Award criteria</translation>
        </message>
        <message>
            <source>Weight check</source>
            <translation>Weight check</translation>
        </message>
        <message>
            <source>Scoring scale</source>
            <translation>Scoring scale</translation>
        </message>
        <message>
            <source>Add level</source>
            <translation>Add level</translation>
        </message>
        <message>
            <source>Remove level</source>
            <translation>Remove level</translation>
        </message>
        <message>
            <source>Use standard scale 0–10</source>
            <translation>Use standard scale 0–10</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Edit price method</source>
            <translation>Edit price method</translation>
        </message>
        <message>
            <source>Price method</source>
            <translation>Price method</translation>
        </message>
        <message>
            <source>Edit price weight</source>
            <translation>Edit price weight</translation>
        </message>
        <message>
            <source>Price weight:</source>
            <translation>Price weight:</translation>
        </message>
        <message>
            <source>Price weight</source>
            <translation>Price weight</translation>
        </message>
        <message>
            <source>Edit discount value</source>
            <translation>Edit discount value</translation>
        </message>
        <message>
            <source>Value of full quality:</source>
            <translation>Value of full quality:</translation>
        </message>
        <message>
            <source>Value of full quality</source>
            <translation>Value of full quality</translation>
        </message>
        <message>
            <source>Fictitious discount in euro for a perfect quality score</source>
            <translation>Fictitious discount in euro for a perfect quality score</translation>
        </message>
        <message>
            <source>Worked example</source>
            <translation>Worked example</translation>
        </message>
        <message>
            <source>Worked example:</source>
            <translation>Worked example:</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Evaluators</source>
            <translation>Evaluators</translation>
        </message>
        <message>
            <source>Edit evaluators</source>
            <translation>Edit evaluators</translation>
        </message>
        <message>
            <source>Names or codes, comma-separated; empty uses the default count</source>
            <translation>Names or codes, comma-separated; empty uses the default count</translation>
        </message>
        <message>
            <source>Consensus flag above a spread of</source>
            <translation>Consensus flag above a spread of</translation>
        </message>
        <message>
            <source>Edit spread threshold</source>
            <translation>Edit spread threshold</translation>
        </message>
        <message>
            <source>Unacceptable</source>
            <translation>Unacceptable</translation>
        </message>
        <message>
            <source>No answer, or the answer does not address the criterion.</source>
            <translation>No answer, or the answer does not address the criterion.</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Poor</translation>
        </message>
        <message>
            <source>Addresses the criterion only in general terms; no concrete measures.</source>
            <translation>Addresses the criterion only in general terms; no concrete measures.</translation>
        </message>
        <message>
            <source>Insufficient</source>
            <translation>Insufficient</translation>
        </message>
        <message>
            <source>Some concrete measures, but important risks or outcomes are missed.</source>
            <translation>Some concrete measures, but important risks or outcomes are missed.</translation>
        </message>
        <message>
            <source>Sufficient</source>
            <translation>Sufficient</translation>
        </message>
        <message>
            <source>Concrete, credible measures that reach the outcomes asked for.</source>
            <translation>Concrete, credible measures that reach the outcomes asked for.</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Reaches the outcomes with clear added value, substantiated and verifiable.</source>
            <translation>Reaches the outcomes with clear added value, substantiated and verifiable.</translation>
        </message>
        <message>
            <source>Excellent</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <source>Clearly exceeds the outcomes; innovative, substantiated and verifiable.</source>
            <translation>Clearly exceeds the outcomes; innovative, substantiated and verifiable.</translation>
        </message>
        <message>
            <source>Add exclusion ground</source>
            <translation>Add exclusion ground</translation>
        </message>
        <message>
            <source>Add suitability requirement</source>
            <translation>Add suitability requirement</translation>
        </message>
        <message>
            <source>Add award criterion</source>
            <translation>Add award criterion</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>New criterion</translation>
        </message>
        <message>
            <source>Quality criteria total %1 %</source>
            <translation>Quality criteria total %1 %</translation>
        </message>
        <message>
            <source>Quality %1 % + price %2 % = %3 %</source>
            <translation>Quality %1 % + price %2 % = %3 %</translation>
        </message>
        <message>
            <source>No quality criteria weighed yet.</source>
            <translation>No quality criteria weighed yet.</translation>
        </message>
        <message>
            <source>weights total 100 %</source>
            <translation>weights total 100 %</translation>
        </message>
        <message>
            <source>(the worked example appears when the export module is installed)</source>
            <translation>(the worked example appears when the export module is installed)</translation>
        </message>
        <message>
            <source>Tenderer</source>
            <translation>Tenderer</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Quality</translation>
        </message>
        <message>
            <source>Fictitious price</source>
            <translation>Fictitious price</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Write the tender documents: a Word document for publication, a review copy with every finding as a comment for the legal reviewer, and an Excel evaluation grid.</source>
            <translation>Write the tender documents: a Word document for publication, a review copy with every finding as a comment for the legal reviewer, and an Excel evaluation grid.</translation>
        </message>
        <message>
            <source>Before you export</source>
            <translation>Before you export</translation>
        </message>
        <message>
            <source>Consistency problems</source>
            <translation>Consistency problems</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Tender document (Word)</source>
            <translation>Tender document (Word)</translation>
        </message>
        <message>
            <source>Need, procedure, selection, award and the Programma van Eisen</source>
            <translation>Need, procedure, selection, award and the Programma van Eisen</translation>
        </message>
        <message>
            <source>Review copy with comments (Word)</source>
            <translation>Review copy with comments (Word)</translation>
        </message>
        <message>
            <source>The same document with each lint finding as a comment</source>
            <translation>The same document with each lint finding as a comment</translation>
        </message>
        <message>
            <source>Evaluation grid (Excel)</source>
            <translation>Evaluation grid (Excel)</translation>
        </message>
        <message>
            <source>Evaluator sheets, consensus, price and result with formulas</source>
            <translation>Evaluator sheets, consensus, price and result with formulas</translation>
        </message>
        <message>
            <source>Evaluator sheets</source>
            <translation>Evaluator sheets</translation>
        </message>
        <message>
            <source>Used when the project names no evaluators</source>
            <translation>Used when the project names no evaluators</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Choose the export folder</source>
            <translation>Choose the export folder</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Folder the documents are written to</source>
            <translation>Folder the documents are written to</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>Start of the file names; existing files are replaced</source>
            <translation>Start of the file names; existing files are replaced</translation>
        </message>
        <message>
            <source>Run the export</source>
            <translation>Run the export</translation>
        </message>
        <message>
            <source>Export documents</source>
            <translation>Export documents</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Open the export folder</source>
            <translation>Open the export folder</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Export progress</translation>
        </message>
        <message>
            <source>Exports never change the project. Check the review copy with your legal reviewer before you publish; accepted findings appear there with their justification.</source>
            <translation>Exports never change the project. Check the review copy with your legal reviewer before you publish; accepted findings appear there with their justification.</translation>
        </message>
        <message>
            <source>No consistency problems found.</source>
            <translation>No consistency problems found.</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>Export folder</translation>
        </message>
        <message>
            <source>Choose at least one document.</source>
            <translation>Choose at least one document.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>Exporting %1…</translation>
        </message>
        <message>
            <source>%1 documents written.</source>
            <translation>%1 documents written.</translation>
        </message>
        <message>
            <source>The review copy has %1 comments.</source>
            <translation>The review copy has %1 comments.</translation>
        </message>
        <message>
            <source>The export module is not available: %1</source>
            <translation>The export module is not available: %1</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Export failed: %1</translation>
        </message>
    </context>
    <context>
        <name>FileOps</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Save the changes to “%1” before closing it?</source>
            <translation>Save the changes to “%1” before closing it?</translation>
        </message>
        <message>
            <source>If you don't save, your changes are lost.</source>
            <translation>If you don't save, your changes are lost.</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Open project</translation>
        </message>
        <message>
            <source>innodraft projects (*.innodraft);;All files (*)</source>
            <translation>innodraft projects (*.innodraft);;All files (*)</translation>
        </message>
        <message>
            <source>Cannot open project</source>
            <translation>Cannot open project</translation>
        </message>
        <message>
            <source>Cannot open example</source>
            <translation>Cannot open example</translation>
        </message>
        <message>
            <source>Import specification</source>
            <translation>Import specification</translation>
        </message>
        <message>
            <source>Word and Excel files (*.docx *.xlsx)</source>
            <translation>Word and Excel files (*.docx *.xlsx)</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Cannot import</translation>
        </message>
        <message>
            <source>The import module is not installed.</source>
            <translation>The import module is not installed.</translation>
        </message>
        <message>
            <source>project</source>
            <translation>project</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Save project as</translation>
        </message>
        <message>
            <source>innodraft projects (*.innodraft)</source>
            <translation>innodraft projects (*.innodraft)</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Recover</translation>
        </message>
        <message>
            <source>There is no autosaved work to recover.</source>
            <translation>There is no autosaved work to recover.</translation>
        </message>
        <message>
            <source>Cannot recover</source>
            <translation>Cannot recover</translation>
        </message>
        <message>
            <source>The autosave is damaged.</source>
            <translation>The autosave is damaged.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>Basis:</source>
            <translation>Basis:</translation>
        </message>
        <message>
            <source>Suggestion:</source>
            <translation>Suggestion:</translation>
        </message>
        <message>
            <source>Accepted:</source>
            <translation>Accepted:</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Explanation of the selected finding</source>
            <translation>Explanation of the selected finding</translation>
        </message>
        <message>
            <source>Apply suggestion</source>
            <translation>Apply suggestion</translation>
        </message>
        <message>
            <source>Accept…</source>
            <translation>Accept…</translation>
        </message>
        <message>
            <source>Withdraw acceptance</source>
            <translation>Withdraw acceptance</translation>
        </message>
        <message>
            <source>Replace the flagged words with the rule's suggestion</source>
            <translation>Replace the flagged words with the rule's suggestion</translation>
        </message>
        <message>
            <source>Accept finding</source>
            <translation>Accept finding</translation>
        </message>
        <message>
            <source>Keep the flagged words on purpose, with a justification</source>
            <translation>Keep the flagged words on purpose, with a justification</translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>No findings.</translation>
        </message>
        <message>
            <source>%1 open, %2 accepted</source>
            <translation>%1 open, %2 accepted</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 open</translation>
        </message>
        <message>
            <source>Select a finding to see why it matters and how to fix it.</source>
            <translation>Select a finding to see why it matters and how to fix it.</translation>
        </message>
        <message>
            <source>Nothing to report.</source>
            <translation>Nothing to report.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>How to fix</source>
            <translation>How to fix</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Replacement</source>
            <translation>Replacement</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
    </context>
    <context>
        <name>GuidedDialog</name>
        <message>
            <source>New requirement</source>
            <translation>New requirement</translation>
        </message>
        <message>
            <source>From an outcome</source>
            <translation>From an outcome</translation>
        </message>
        <message>
            <source>Pattern library</source>
            <translation>Pattern library</translation>
        </message>
        <message>
            <source>The organisation's pattern file could not be read: %1</source>
            <translation>The organisation's pattern file could not be read: %1</translation>
        </message>
        <message>
            <source>Also add the suggested award criterion</source>
            <translation>Also add the suggested award criterion</translation>
        </message>
        <message>
            <source>Add requirement</source>
            <translation>Add requirement</translation>
        </message>
        <message>
            <source>(type an outcome below)</source>
            <translation>(type an outcome below)</translation>
        </message>
        <message>
            <source>e.g. keeps every street light working</source>
            <translation>e.g. keeps every street light working</translation>
        </message>
        <message>
            <source>e.g. share of working lights</source>
            <translation>e.g. share of working lights</translation>
        </message>
        <message>
            <source>e.g. at least 98 % each month</source>
            <translation>e.g. at least 98 % each month</translation>
        </message>
        <message>
            <source>e.g. monthly report from the management system</source>
            <translation>e.g. monthly report from the management system</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>One of the desired outcomes of the Need step</source>
            <translation>One of the desired outcomes of the Need step</translation>
        </message>
        <message>
            <source>Outcome text</source>
            <translation>Outcome text</translation>
        </message>
        <message>
            <source>The result the buyer wants</source>
            <translation>The result the buyer wants</translation>
        </message>
        <message>
            <source>1. Function</source>
            <translation>1. Function</translation>
        </message>
        <message>
            <source>What the solution must do</source>
            <translation>What the solution must do</translation>
        </message>
        <message>
            <source>2. Indicator</source>
            <translation>2. Indicator</translation>
        </message>
        <message>
            <source>What is measured</source>
            <translation>What is measured</translation>
        </message>
        <message>
            <source>2. Performance level</source>
            <translation>2. Performance level</translation>
        </message>
        <message>
            <source>Which level counts as success</source>
            <translation>Which level counts as success</translation>
        </message>
        <message>
            <source>3. Verification</source>
            <translation>3. Verification</translation>
        </message>
        <message>
            <source>How compliance is checked</source>
            <translation>How compliance is checked</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Verified by</translation>
        </message>
        <message>
            <source>Which evidence or measurement</source>
            <translation>Which evidence or measurement</translation>
        </message>
        <message>
            <source>A functional requirement says what must be achieved, at which level, and how you will check it — and leaves the solution to the market.</source>
            <translation>A functional requirement says what must be achieved, at which level, and how you will check it — and leaves the solution to the market.</translation>
        </message>
        <message>
            <source>Requirement text (edit freely):</source>
            <translation>Requirement text (edit freely):</translation>
        </message>
        <message>
            <source>Requirement text</source>
            <translation>Requirement text</translation>
        </message>
        <message>
            <source>Search patterns…</source>
            <translation>Search patterns…</translation>
        </message>
        <message>
            <source>Search patterns</source>
            <translation>Search patterns</translation>
        </message>
        <message>
            <source>Patterns by theme</source>
            <translation>Patterns by theme</translation>
        </message>
        <message>
            <source>Selected pattern</source>
            <translation>Selected pattern</translation>
        </message>
        <message>
            <source>%1 patterns</source>
            <translation>%1 patterns</translation>
        </message>
        <message>
            <source>Choose a pattern.</source>
            <translation>Choose a pattern.</translation>
        </message>
        <message>
            <source>Prescriptive (avoid):</source>
            <translation>Prescriptive (avoid):</translation>
        </message>
        <message>
            <source>Functional (use):</source>
            <translation>Functional (use):</translation>
        </message>
        <message>
            <source>Verification:</source>
            <translation>Verification:</translation>
        </message>
        <message>
            <source>Suggested award criterion:</source>
            <translation>Suggested award criterion:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Fill in after adding:</source>
            <translation>Fill in after adding:</translation>
        </message>
    </context>
    <context>
        <name>ItemList</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
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
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>Move %1</translation>
        </message>
    </context>
    <context>
        <name>ItemTableModel</name>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
    </context>
    <context>
        <name>LintService</name>
        <message>
            <source>Loading the linter…</source>
            <translation>Loading the linter…</translation>
        </message>
        <message>
            <source>Linter not available: %s</source>
            <translation>Linter not available: %s</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>The seven steps from need to tender; each is always reachable</source>
            <translation>The seven steps from need to tender; each is always reachable</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>Linter status</source>
            <translation>Linter status</translation>
        </message>
        <message>
            <source>Document score</source>
            <translation>Document score</translation>
        </message>
        <message>
            <source>Autosaved</source>
            <translation>Autosaved</translation>
        </message>
        <message>
            <source>Linter starting…</source>
            <translation>Linter starting…</translation>
        </message>
        <message>
            <source>Linter ready</source>
            <translation>Linter ready</translation>
        </message>
        <message>
            <source>Score %1 · %2 errors · %3 warnings</source>
            <translation>Score %1 · %2 errors · %3 warnings</translation>
        </message>
        <message>
            <source>No open findings.</source>
            <translation>No open findings.</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>The settings could not be saved: %1</source>
            <translation>The settings could not be saved: %1</translation>
        </message>
        <message>
            <source>About innodraft</source>
            <translation>About innodraft</translation>
        </message>
        <message>
            <source>&lt;h3&gt;innodraft %1&lt;/h3&gt;&lt;p&gt;Tender-drafting assistant for public buyers: from a need to a functional specification, with live linting, procedure advice and Word/Excel tender documents.&lt;/p&gt;&lt;p&gt;Works fully offline; your texts never leave this computer.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;innodraft %1&lt;/h3&gt;&lt;p&gt;Tender-drafting assistant for public buyers: from a need to a functional specification, with live linting, procedure advice and Word/Excel tender documents.&lt;/p&gt;&lt;p&gt;Works fully offline; your texts never leave this computer.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>(no recent files)</source>
            <translation>(no recent files)</translation>
        </message>
    </context>
    <context>
        <name>MarketPage</name>
        <message>
            <source>Market</source>
            <translation>Market</translation>
        </message>
        <message>
            <source>Ask the market before you fix requirements: what exists, what is feasible, what it costs. Knock-out requirements without market knowledge are often stricter than needed.</source>
            <translation>Ask the market before you fix requirements: what exists, what is feasible, what it costs. Knock-out requirements without market knowledge are often stricter than needed.</translation>
        </message>
        <message>
            <source>A market consultation is allowed before any procedure (Aw 2.25). Record what you asked and learned; share information given to one party with all tenderers later, so a consulted supplier gets no advantage (Aw 2.51).</source>
            <translation>A market consultation is allowed before any procedure (Aw 2.25). Record what you asked and learned; share information given to one party with all tenderers later, so a consulted supplier gets no advantage (Aw 2.51).</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Consultation log</source>
            <translation>Consultation log</translation>
        </message>
        <message>
            <source>Selected entry</source>
            <translation>Selected entry</translation>
        </message>
        <message>
            <source>Edit subject</source>
            <translation>Edit subject</translation>
        </message>
        <message>
            <source>Edit party</source>
            <translation>Edit party</translation>
        </message>
        <message>
            <source>What was asked, discussed or noted</source>
            <translation>What was asked, discussed or noted</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <source>What the market answered</source>
            <translation>What the market answered</translation>
        </message>
        <message>
            <source>Edit answer</source>
            <translation>Edit answer</translation>
        </message>
        <message>
            <source>Note or question</source>
            <translation>Note or question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Add market note</source>
            <translation>Add market note</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>New entry</translation>
        </message>
    </context>
    <context>
        <name>NeedPage</name>
        <message>
            <source>Need</source>
            <translation>Need</translation>
        </message>
        <message>
            <source>Describe the problem and the results you want, not the solution you have in mind. Suppliers often know better ways to reach an outcome than the buyer does.</source>
            <translation>Describe the problem and the results you want, not the solution you have in mind. Suppliers often know better ways to reach an outcome than the buyer does.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>What goes wrong today, for whom, and what does it cost?</source>
            <translation>What goes wrong today, for whom, and what does it cost?</translation>
        </message>
        <message>
            <source>Edit problem</source>
            <translation>Edit problem</translation>
        </message>
        <message>
            <source>&lt;b&gt;Start from the problem.&lt;/b&gt; A problem statement invites several solutions; a product description invites one. PIANOo calls this functional specifying: state &lt;i&gt;what&lt;/i&gt; must be achieved and leave the &lt;i&gt;how&lt;/i&gt; to the market.</source>
            <translation>&lt;b&gt;Start from the problem.&lt;/b&gt; A problem statement invites several solutions; a product description invites one. PIANOo calls this functional specifying: state &lt;i&gt;what&lt;/i&gt; must be achieved and leave the &lt;i&gt;how&lt;/i&gt; to the market.</translation>
        </message>
        <message>
            <source>The problem the purchase must solve</source>
            <translation>The problem the purchase must solve</translation>
        </message>
        <message>
            <source>Desired outcomes</source>
            <translation>Desired outcomes</translation>
        </message>
        <message>
            <source>&lt;b&gt;Outcomes are measurable.&lt;/b&gt; For each outcome give the indicator you will measure and the level that counts as success, e.g. “citizens reach the counter within 10 minutes” with indicator “waiting time” and target “≤ 10 min for 95 % of visits”. Requirements and award criteria later refer to these outcomes.</source>
            <translation>&lt;b&gt;Outcomes are measurable.&lt;/b&gt; For each outcome give the indicator you will measure and the level that counts as success, e.g. “citizens reach the counter within 10 minutes” with indicator “waiting time” and target “≤ 10 min for 95 % of visits”. Requirements and award criteria later refer to these outcomes.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Target level</source>
            <translation>Target level</translation>
        </message>
        <message>
            <source>Context and ambition</source>
            <translation>Context and ambition</translation>
        </message>
        <message>
            <source>Users, existing systems, locations, policy goals, constraints…</source>
            <translation>Users, existing systems, locations, policy goals, constraints…</translation>
        </message>
        <message>
            <source>Edit context</source>
            <translation>Edit context</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Context</translation>
        </message>
        <message>
            <source>Describe the environment the solution must work in. Name existing systems as &lt;i&gt;interfaces to connect to&lt;/i&gt;, not as products to copy.</source>
            <translation>Describe the environment the solution must work in. Name existing systems as &lt;i&gt;interfaces to connect to&lt;/i&gt;, not as products to copy.</translation>
        </message>
        <message>
            <source>Sustainability, social return, innovation targets…</source>
            <translation>Sustainability, social return, innovation targets…</translation>
        </message>
        <message>
            <source>Edit ambition</source>
            <translation>Edit ambition</translation>
        </message>
        <message>
            <source>Ambition</source>
            <translation>Ambition</translation>
        </message>
        <message>
            <source>Ambitions that matter become award criteria: suppliers who do better score better, instead of everyone meeting one fixed minimum.</source>
            <translation>Ambitions that matter become award criteria: suppliers who do better score better, instead of everyone meeting one fixed minimum.</translation>
        </message>
        <message>
            <source>Technology, materials, working method, staffing…</source>
            <translation>Technology, materials, working method, staffing…</translation>
        </message>
        <message>
            <source>Edit what is left open</source>
            <translation>Edit what is left open</translation>
        </message>
        <message>
            <source>Left open to the market</source>
            <translation>Left open to the market</translation>
        </message>
        <message>
            <source>&lt;b&gt;Say explicitly what you leave open.&lt;/b&gt; Every prescribed material, technology or method excludes suppliers with another good answer, and brand or type names are only allowed with “or equivalent” (Aw 2.76).</source>
            <translation>&lt;b&gt;Say explicitly what you leave open.&lt;/b&gt; Every prescribed material, technology or method excludes suppliers with another good answer, and brand or type names are only allowed with “or equivalent” (Aw 2.76).</translation>
        </message>
        <message>
            <source>Add outcome</source>
            <translation>Add outcome</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>%1 is set</source>
            <translation>%1 is set</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Language of the program</source>
            <translation>Language of the program</translation>
        </message>
        <message>
            <source>The language of menus and dialogs; the tender documents keep the language set in each project</source>
            <translation>The language of menus and dialogs; the tender documents keep the language set in each project</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Used in exported documents</source>
            <translation>Used in exported documents</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Recorded when you accept a lint finding</source>
            <translation>Recorded when you accept a lint finding</translation>
        </message>
        <message>
            <source>Built-in house style</source>
            <translation>Built-in house style</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Choose a Word template</source>
            <translation>Choose a Word template</translation>
        </message>
        <message>
            <source>Word template</source>
            <translation>Word template</translation>
        </message>
        <message>
            <source>A .docx or .dotx with your organisation's styles</source>
            <translation>A .docx or .dotx with your organisation's styles</translation>
        </message>
        <message>
            <source>Dutch rules</source>
            <translation>Dutch rules</translation>
        </message>
        <message>
            <source>English rules</source>
            <translation>English rules</translation>
        </message>
        <message>
            <source>Rule packs</source>
            <translation>Rule packs</translation>
        </message>
        <message>
            <source>Which rule packs the linter runs</source>
            <translation>Which rule packs the linter runs</translation>
        </message>
        <message>
            <source>Evaluators (default)</source>
            <translation>Evaluators (default)</translation>
        </message>
        <message>
            <source>Number of evaluator sheets in the Excel grid when a project names none</source>
            <translation>Number of evaluator sheets in the Excel grid when a project names none</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Autosave every</source>
            <translation>Autosave every</translation>
        </message>
        <message>
            <source>Seconds between autosaves; 0 turns autosave off</source>
            <translation>Seconds between autosaves; 0 turns autosave off</translation>
        </message>
        <message>
            <source>Settings with a lock are set by your organisation and cannot be changed here.</source>
            <translation>Settings with a lock are set by your organisation and cannot be changed here.</translation>
        </message>
        <message>
            <source>Locked by your organisation (site configuration)</source>
            <translation>Locked by your organisation (site configuration)</translation>
        </message>
        <message>
            <source>Word documents (*.docx *.dotx)</source>
            <translation>Word documents (*.docx *.dotx)</translation>
        </message>
    </context>
    <context>
        <name>ProcedurePage</name>
        <message>
            <source>Procedure</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <source>Which procedures the law allows for this purchase, which one fits best and why, and the earliest dates the statutory time limits permit.</source>
            <translation>Which procedures the law allows for this purchase, which one fits best and why, and the earliest dates the statutory time limits permit.</translation>
        </message>
        <message>
            <source>Facts for the advice</source>
            <translation>Facts for the advice</translation>
        </message>
        <message>
            <source>How new is the solution</source>
            <translation>How new is the solution</translation>
        </message>
        <message>
            <source>Edit innovation profile</source>
            <translation>Edit innovation profile</translation>
        </message>
        <message>
            <source>Available on the market, adaptation, development or research</source>
            <translation>Available on the market, adaptation, development or research</translation>
        </message>
        <message>
            <source>The need can be specified precisely up front</source>
            <translation>The need can be specified precisely up front</translation>
        </message>
        <message>
            <source>If not, dialogue or negotiation may be allowed (Aw 2.28)</source>
            <translation>If not, dialogue or negotiation may be allowed (Aw 2.28)</translation>
        </message>
        <message>
            <source>Buy the result after development</source>
            <translation>Buy the result after development</translation>
        </message>
        <message>
            <source>Innovation partnership: develop and then purchase (Aw 2.31a)</source>
            <translation>Innovation partnership: develop and then purchase (Aw 2.31a)</translation>
        </message>
        <message>
            <source>A plan or design is wanted first</source>
            <translation>A plan or design is wanted first</translation>
        </message>
        <message>
            <source>Design contest</source>
            <translation>Design contest</translation>
        </message>
        <message>
            <source>Urgency that can be substantiated</source>
            <translation>Urgency that can be substantiated</translation>
        </message>
        <message>
            <source>Allows shorter time limits</source>
            <translation>Allows shorter time limits</translation>
        </message>
        <message>
            <source>Electronic submission</source>
            <translation>Electronic submission</translation>
        </message>
        <message>
            <source>Shortens some time limits by 5 days</source>
            <translation>Shortens some time limits by 5 days</translation>
        </message>
        <message>
            <source>Prior information notice published</source>
            <translation>Prior information notice published</translation>
        </message>
        <message>
            <source>Edit procedure facts</source>
            <translation>Edit procedure facts</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advice</translation>
        </message>
        <message>
            <source>Threshold check</source>
            <translation>Threshold check</translation>
        </message>
        <message>
            <source>Recommended procedure</source>
            <translation>Recommended procedure</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Allowed</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Procedures with reasons</source>
            <translation>Procedures with reasons</translation>
        </message>
        <message>
            <source>Fill in the value and the planned publication date on the Project step to get advice.</source>
            <translation>Fill in the value and the planned publication date on the Project step to get advice.</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>Your choice</translation>
        </message>
        <message>
            <source>(not chosen yet)</source>
            <translation>(not chosen yet)</translation>
        </message>
        <message>
            <source>Choose procedure</source>
            <translation>Choose procedure</translation>
        </message>
        <message>
            <source>The procedure you choose</source>
            <translation>The procedure you choose</translation>
        </message>
        <message>
            <source>Use recommendation</source>
            <translation>Use recommendation</translation>
        </message>
        <message>
            <source>Edit rationale</source>
            <translation>Edit rationale</translation>
        </message>
        <message>
            <source>Why this procedure: for the proces-verbaal (the memo below can be a start)</source>
            <translation>Why this procedure: for the proces-verbaal (the memo below can be a start)</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Earliest</source>
            <translation>Earliest</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Latest</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Timeline with statutory dates</source>
            <translation>Timeline with statutory dates</translation>
        </message>
        <message>
            <source>Plan these dates</source>
            <translation>Plan these dates</translation>
        </message>
        <message>
            <source>Set the project's planned milestones to the statutory dates</source>
            <translation>Set the project's planned milestones to the statutory dates</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>The memo explains the choice with its legal grounds. Copy it into the rationale or the proces-verbaal and adjust it to your situation.</source>
            <translation>The memo explains the choice with its legal grounds. Copy it into the rationale or the proces-verbaal and adjust it to your situation.</translation>
        </message>
        <message>
            <source>Advice memo</source>
            <translation>Advice memo</translation>
        </message>
        <message>
            <source>Copy memo into rationale</source>
            <translation>Copy memo into rationale</translation>
        </message>
        <message>
            <source>The procedure advisor is not installed.</source>
            <translation>The procedure advisor is not installed.</translation>
        </message>
        <message>
            <source>Publication of the notice</source>
            <translation>Publication of the notice</translation>
        </message>
        <message>
            <source>Requests to participate</source>
            <translation>Requests to participate</translation>
        </message>
        <message>
            <source>Questions deadline</source>
            <translation>Questions deadline</translation>
        </message>
        <message>
            <source>Answers (Nota van Inlichtingen)</source>
            <translation>Answers (Nota van Inlichtingen)</translation>
        </message>
        <message>
            <source>Tender deadline</source>
            <translation>Tender deadline</translation>
        </message>
        <message>
            <source>Award decision</source>
            <translation>Award decision</translation>
        </message>
        <message>
            <source>End of standstill period</source>
            <translation>End of standstill period</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>No advice yet</source>
            <translation>No advice yet</translation>
        </message>
        <message>
            <source>EU procedure required</source>
            <translation>EU procedure required</translation>
        </message>
        <message>
            <source>Below the EU threshold: national rules apply</source>
            <translation>Below the EU threshold: national rules apply</translation>
        </message>
        <message>
            <source>Estimated value %1 against the threshold of %2 (valid %3 to %4; %5)</source>
            <translation>Estimated value %1 against the threshold of %2 (valid %3 to %4; %5)</translation>
        </message>
        <message>
            <source>Recommended:</source>
            <translation>Recommended:</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>unverified</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>not allowed</translation>
        </message>
        <message>
            <source>Planned before the statutory earliest date</source>
            <translation>Planned before the statutory earliest date</translation>
        </message>
        <message>
            <source>Planned after the latest allowed date</source>
            <translation>Planned after the latest allowed date</translation>
        </message>
        <message>
            <source>Differs from the planned publication date</source>
            <translation>Differs from the planned publication date</translation>
        </message>
        <message>
            <source>Copy memo</source>
            <translation>Copy memo</translation>
        </message>
        <message>
            <source>Plan the statutory dates</source>
            <translation>Plan the statutory dates</translation>
        </message>
    </context>
    <context>
        <name>ProjectDocument</name>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Edit %s</translation>
        </message>
    </context>
    <context>
        <name>ProjectPage</name>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Who buys what, and for how much. The estimated value decides whether an EU procedure is required.</source>
            <translation>Who buys what, and for how much. The estimated value decides whether an EU procedure is required.</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Identification</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Edit title</translation>
        </message>
        <message>
            <source>Title of the tender</source>
            <translation>Title of the tender</translation>
        </message>
        <message>
            <source>e.g. Smart public lighting</source>
            <translation>e.g. Smart public lighting</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Edit reference</source>
            <translation>Edit reference</translation>
        </message>
        <message>
            <source>Your file or case number</source>
            <translation>Your file or case number</translation>
        </message>
        <message>
            <source>Contracting authority</source>
            <translation>Contracting authority</translation>
        </message>
        <message>
            <source>Edit authority</source>
            <translation>Edit authority</translation>
        </message>
        <message>
            <source>Name of the contracting authority</source>
            <translation>Name of the contracting authority</translation>
        </message>
        <message>
            <source>Type of authority</source>
            <translation>Type of authority</translation>
        </message>
        <message>
            <source>Edit authority type</source>
            <translation>Edit authority type</translation>
        </message>
        <message>
            <source>Central government, decentral authority or utility: decides the EU threshold</source>
            <translation>Central government, decentral authority or utility: decides the EU threshold</translation>
        </message>
        <message>
            <source>Type of contract</source>
            <translation>Type of contract</translation>
        </message>
        <message>
            <source>Edit contract type</source>
            <translation>Edit contract type</translation>
        </message>
        <message>
            <source>Works, supplies or services</source>
            <translation>Works, supplies or services</translation>
        </message>
        <message>
            <source>Edit CPV codes</source>
            <translation>Edit CPV codes</translation>
        </message>
        <message>
            <source>CPV codes</source>
            <translation>CPV codes</translation>
        </message>
        <message>
            <source>Comma-separated CPV codes</source>
            <translation>Comma-separated CPV codes</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Document language</translation>
        </message>
        <message>
            <source>Edit language</source>
            <translation>Edit language</translation>
        </message>
        <message>
            <source>Language of the tender documents and of the lint rules; independent of the language of this program</source>
            <translation>Language of the tender documents and of the lint rules; independent of the language of this program</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Edit author</source>
            <translation>Edit author</translation>
        </message>
        <message>
            <source>Document version</source>
            <translation>Document version</translation>
        </message>
        <message>
            <source>Edit version</source>
            <translation>Edit version</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Edit date</source>
            <translation>Edit date</translation>
        </message>
        <message>
            <source>Planned publication</source>
            <translation>Planned publication</translation>
        </message>
        <message>
            <source>Edit publication date</source>
            <translation>Edit publication date</translation>
        </message>
        <message>
            <source>Planned dispatch of the notice: decides which thresholds apply and drives the timeline</source>
            <translation>Planned dispatch of the notice: decides which thresholds apply and drives the timeline</translation>
        </message>
        <message>
            <source>Estimated value (EUR excluding VAT)</source>
            <translation>Estimated value (EUR excluding VAT)</translation>
        </message>
        <message>
            <source>Count everything the contract can be worth: options and extensions included (Aw 2.15). Services without a total price count the monthly amount over the term, at most 48 months (Aw 2.17). Splitting a contract to stay below a threshold is not allowed.</source>
            <translation>Count everything the contract can be worth: options and extensions included (Aw 2.15). Services without a total price count the monthly amount over the term, at most 48 months (Aw 2.17). Splitting a contract to stay below a threshold is not allowed.</translation>
        </message>
        <message>
            <source>Edit value</source>
            <translation>Edit value</translation>
        </message>
        <message>
            <source>Firm part</source>
            <translation>Firm part</translation>
        </message>
        <message>
            <source>Value of the firm part over its fixed term</source>
            <translation>Value of the firm part over its fixed term</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Extensions</source>
            <translation>Extensions</translation>
        </message>
        <message>
            <source>Optional extension periods</source>
            <translation>Optional extension periods</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Fixed term</source>
            <translation>Fixed term</translation>
        </message>
        <message>
            <source>Fixed term in months; leave at — when there is none</source>
            <translation>Fixed term in months; leave at — when there is none</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Monthly value</translation>
        </message>
        <message>
            <source>Only for services without a total price; leave at — otherwise</source>
            <translation>Only for services without a total price; leave at — otherwise</translation>
        </message>
        <message>
            <source>Indefinite term</source>
            <translation>Indefinite term</translation>
        </message>
        <message>
            <source>No end date (counts 48 months)</source>
            <translation>No end date (counts 48 months)</translation>
        </message>
        <message>
            <source>Development phases</source>
            <translation>Development phases</translation>
        </message>
        <message>
            <source>Innovation partnership: all research and development phases (Aw 2.22)</source>
            <translation>Innovation partnership: all research and development phases (Aw 2.22)</translation>
        </message>
        <message>
            <source>Prizes and payments</source>
            <translation>Prizes and payments</translation>
        </message>
        <message>
            <source>Design contest prizes (Aw 2.22)</source>
            <translation>Design contest prizes (Aw 2.22)</translation>
        </message>
        <message>
            <source>Estimated total value</source>
            <translation>Estimated total value</translation>
        </message>
        <message>
            <source>Estimated total:</source>
            <translation>Estimated total:</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Lots</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Value (EUR)</source>
            <translation>Value (EUR)</translation>
        </message>
        <message>
            <source>Add lot</source>
            <translation>Add lot</translation>
        </message>
        <message>
            <source>New lot</source>
            <translation>New lot</translation>
        </message>
        <message>
            <source>firm part</source>
            <translation>firm part</translation>
        </message>
        <message>
            <source>monthly value × months</source>
            <translation>monthly value × months</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>extensions</source>
            <translation>extensions</translation>
        </message>
        <message>
            <source>development phases</source>
            <translation>development phases</translation>
        </message>
        <message>
            <source>prizes</source>
            <translation>prizes</translation>
        </message>
        <message>
            <source>lots together %1</source>
            <translation>lots together %1</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover unsaved work</source>
            <translation>Recover unsaved work</translation>
        </message>
        <message>
            <source>innodraft did not close properly last time. These projects have changes that were autosaved but not saved to their file:</source>
            <translation>innodraft did not close properly last time. These projects have changes that were autosaved but not saved to their file:</translation>
        </message>
        <message>
            <source>These autosaved projects have changes that were not saved to their file:</source>
            <translation>These autosaved projects have changes that were not saved to their file:</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>never saved</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>autosaved %1</source>
            <translation>autosaved %1</translation>
        </message>
        <message>
            <source>Autosaved projects</source>
            <translation>Autosaved projects</translation>
        </message>
        <message>
            <source>The original files are not changed until you save.</source>
            <translation>The original files are not changed until you save.</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Recover</translation>
        </message>
        <message>
            <source>Discard all</source>
            <translation>Discard all</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
    </context>
    <context>
        <name>RequirementEditor</name>
        <message>
            <source>Edit requirement title</source>
            <translation>Edit requirement title</translation>
        </message>
        <message>
            <source>Short title (optional)</source>
            <translation>Short title (optional)</translation>
        </message>
        <message>
            <source>Requirement title</source>
            <translation>Requirement title</translation>
        </message>
        <message>
            <source>Type requirement</source>
            <translation>Type requirement</translation>
        </message>
        <message>
            <source>State what must be achieved and how it is verified, e.g. “At least 95 % of the street lights work at any time; the contractor reports monthly.”</source>
            <translation>State what must be achieved and how it is verified, e.g. “At least 95 % of the street lights work at any time; the contractor reports monthly.”</translation>
        </message>
        <message>
            <source>Requirement text</source>
            <translation>Requirement text</translation>
        </message>
        <message>
            <source>Linted as you type; flagged words are underlined. Hover for the explanation.</source>
            <translation>Linted as you type; flagged words are underlined. Hover for the explanation.</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Text:</translation>
        </message>
        <message>
            <source>Edit kind</source>
            <translation>Edit kind</translation>
        </message>
        <message>
            <source>Edit priority</source>
            <translation>Edit priority</translation>
        </message>
        <message>
            <source>Edit verification</source>
            <translation>Edit verification</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Knock-out requirement, award criterion or information</source>
            <translation>Knock-out requirement, award criterion or information</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Must, should, could or won't</source>
            <translation>Must, should, could or won't</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verification</translation>
        </message>
        <message>
            <source>How compliance is checked</source>
            <translation>How compliance is checked</translation>
        </message>
        <message>
            <source>Edit verification detail</source>
            <translation>Edit verification detail</translation>
        </message>
        <message>
            <source>e.g. monthly availability report</source>
            <translation>e.g. monthly availability report</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Verified by</translation>
        </message>
        <message>
            <source>Link outcome</source>
            <translation>Link outcome</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>The desired outcome this requirement serves</source>
            <translation>The desired outcome this requirement serves</translation>
        </message>
        <message>
            <source>Edit category</source>
            <translation>Edit category</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Edit rationale</source>
            <translation>Edit rationale</translation>
        </message>
        <message>
            <source>Why this requirement is needed</source>
            <translation>Why this requirement is needed</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
        <message>
            <source>Findings of this requirement</source>
            <translation>Findings of this requirement</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>(no text)</translation>
        </message>
        <message>
            <source>Apply suggestion</source>
            <translation>Apply suggestion</translation>
        </message>
        <message>
            <source>Accept finding</source>
            <translation>Accept finding</translation>
        </message>
        <message>
            <source>Withdraw acceptance</source>
            <translation>Withdraw acceptance</translation>
        </message>
    </context>
    <context>
        <name>RequirementsModel</name>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Lint score: 100 minus points per open finding</source>
            <translation>Lint score: 100 minus points per open finding</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open lint findings (accepted ones are not counted)</source>
            <translation>Open lint findings (accepted ones are not counted)</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPage</name>
        <message>
            <source>Requirements</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <source>Each requirement is checked as you type: brand names without “or equivalent”, prescribed solutions, vague words and disproportionate demands are underlined.</source>
            <translation>Each requirement is checked as you type: brand names without “or equivalent”, prescribed solutions, vague words and disproportionate demands are underlined.</translation>
        </message>
        <message>
            <source>Filter requirements…</source>
            <translation>Filter requirements…</translation>
        </message>
        <message>
            <source>Filter requirements</source>
            <translation>Filter requirements</translation>
        </message>
        <message>
            <source>Show requirements whose id, title or text contains this</source>
            <translation>Show requirements whose id, title or text contains this</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filter by kind</translation>
        </message>
        <message>
            <source>With findings</source>
            <translation>With findings</translation>
        </message>
        <message>
            <source>Only requirements with open findings</source>
            <translation>Only requirements with open findings</translation>
        </message>
        <message>
            <source>All requirements; select one to edit it</source>
            <translation>All requirements; select one to edit it</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add an empty requirement</source>
            <translation>Add an empty requirement</translation>
        </message>
        <message>
            <source>Guided…</source>
            <translation>Guided…</translation>
        </message>
        <message>
            <source>Build a requirement from an outcome</source>
            <translation>Build a requirement from an outcome</translation>
        </message>
        <message>
            <source>Patterns…</source>
            <translation>Patterns…</translation>
        </message>
        <message>
            <source>Pick a functional requirement pattern</source>
            <translation>Pick a functional requirement pattern</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected requirement</source>
            <translation>Remove the selected requirement</translation>
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
            <source>Requirement</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <source>Findings in the whole project</source>
            <translation>Findings in the whole project</translation>
        </message>
        <message>
            <source>All findings</source>
            <translation>All findings</translation>
        </message>
        <message>
            <source>Add requirement</source>
            <translation>Add requirement</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>Move %1</translation>
        </message>
        <message>
            <source>All findings (%1)</source>
            <translation>All findings (%1)</translation>
        </message>
    </context>
    <context>
        <name>ScaleModel</name>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Descriptor</source>
            <translation>Descriptor</translation>
        </message>
        <message>
            <source>Edit scoring scale</source>
            <translation>Edit scoring scale</translation>
        </message>
        <message>
            <source>Add scale level</source>
            <translation>Add scale level</translation>
        </message>
        <message>
            <source>Remove scale level</source>
            <translation>Remove scale level</translation>
        </message>
        <message>
            <source>Use standard scale</source>
            <translation>Use standard scale</translation>
        </message>
    </context>
    <context>
        <name>SuitabilityChecks</name>
        <message>
            <source>Proportionality checks</source>
            <translation>Proportionality checks</translation>
        </message>
        <message>
            <source>Checks appear when the linter has loaded.</source>
            <translation>Checks appear when the linter has loaded.</translation>
        </message>
        <message>
            <source>No proportionality problems found.</source>
            <translation>No proportionality problems found.</translation>
        </message>
        <message>
            <source>No proportionality problems found for %1.</source>
            <translation>No proportionality problems found for %1.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Central government</source>
            <translation>Central government</translation>
        </message>
        <message>
            <source>Sub-central authority (municipality, province, water board)</source>
            <translation>Sub-central authority (municipality, province, water board)</translation>
        </message>
        <message>
            <source>Utility (special sector)</source>
            <translation>Utility (special sector)</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Works</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Supplies</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Social and other specific services</source>
            <translation>Social and other specific services</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Available on the market</source>
            <translation>Available on the market</translation>
        </message>
        <message>
            <source>Adaptation of existing solutions</source>
            <translation>Adaptation of existing solutions</translation>
        </message>
        <message>
            <source>Development needed</source>
            <translation>Development needed</translation>
        </message>
        <message>
            <source>Research and development</source>
            <translation>Research and development</translation>
        </message>
        <message>
            <source>Knock-out</source>
            <translation>Knock-out</translation>
        </message>
        <message>
            <source>Award criterion</source>
            <translation>Award criterion</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Must</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Should</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Could</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Won't</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <source>Own declaration</source>
            <translation>Own declaration</translation>
        </message>
        <message>
            <source>Document review</source>
            <translation>Document review</translation>
        </message>
        <message>
            <source>Demonstration</source>
            <translation>Demonstration</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>Reference check</source>
            <translation>Reference check</translation>
        </message>
        <message>
            <source>Monitoring during the contract</source>
            <translation>Monitoring during the contract</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Turnover</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Experience</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Insurance</translation>
        </message>
        <message>
            <source>Professional registration</source>
            <translation>Professional registration</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Best price-quality ratio</source>
            <translation>Best price-quality ratio</translation>
        </message>
        <message>
            <source>Lowest cost (life-cycle)</source>
            <translation>Lowest cost (life-cycle)</translation>
        </message>
        <message>
            <source>Lowest price</source>
            <translation>Lowest price</translation>
        </message>
        <message>
            <source>Relative (lowest / price)</source>
            <translation>Relative (lowest / price)</translation>
        </message>
        <message>
            <source>Linear between lowest and highest</source>
            <translation>Linear between lowest and highest</translation>
        </message>
        <message>
            <source>Fictitious discount (value in euro)</source>
            <translation>Fictitious discount (value in euro)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Brand or type</source>
            <translation>Brand or type</translation>
        </message>
        <message>
            <source>Prescriptive</source>
            <translation>Prescriptive</translation>
        </message>
        <message>
            <source>Vague</source>
            <translation>Vague</translation>
        </message>
        <message>
            <source>Proportionality</source>
            <translation>Proportionality</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Discrimination</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Formal</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Style</translation>
        </message>
    </context>
</TS>
