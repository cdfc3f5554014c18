<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add texts (txt, md, html, pdf, docx) to the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every text in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current flyer as a print-ready PDF or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer in other languages: translate it, export an edition or a bilingual sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a bundle of the corpus or the open flyer for another organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a bundle (.organiser) from another organiser into the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole corpus to one file (safe while you work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore corpus from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the corpus with a backup; the corpus as it is now is backed up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected statement or block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a statement of your own to the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit s&amp;tatement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the text of the selected statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ag statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove tags of the selected statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the statement search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sources and their statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this app is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to fl&amp;yer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the selected statements in the open flyer, before its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as e&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the selected statements as evidence of the selected chart cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit s&amp;ource details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title, outlet, date, link, authors or rights of a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group&apos;s name, contact, website, logo and the defaults of new flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the profile in this fl&amp;yer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the open flyer&apos;s footer, QR code and logo from the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with a table of rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One copy of the flyer per row of a CSV table (venue, time, contact…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The system refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Corpus backup (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus is backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running: restore the backup once it has finished (or cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the corpus from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole corpus with the backup %1?

The corpus as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1. The corpus as it was is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockListModel</name>
    <message>
        <source>The corpus text of this statement has changed since it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholders: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, block %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockProperties</name>
    <message>
        <source>Block properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a block to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the corpus&apos;s new text for this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This statement has been edited in the corpus since it was added:
“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartEditor</name>
    <message>
        <source>Comparison chart editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit chart title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading of the criteria column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit criteria heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison chart cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict of the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion (row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the criterion up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the criterion down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subject (column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the subject left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the subject right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or export the chart as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ev&amp;idence of the cell — drop statements from the corpus onto a cell, or paste them (Ctrl+V):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit chart cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those statements are no longer in the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the criterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chart from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 × %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <source>Rename criterion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert criterion above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert criterion below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename subject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert subject before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert subject after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verdict: %1; %n piece(s) of evidence</source>
        <translation>
            <numerusform>Verdict: %1; %n piece of evidence</numerusform>
            <numerusform>Verdict: %1; %n pieces of evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>The flyer “%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are still here. Try again, save the flyer as a file somewhere else, or close without saving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyer (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window stays open: the flyer is not saved yet. Your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusView</name>
    <message>
        <source>Search statements (any language)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published f&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) (the best matches)</source>
        <translation>
            <numerusform>%n statement (the best matches)</numerusform>
            <numerusform>%n statements (the best matches)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Organiser closed unexpectedly last time. Your work was saved: flyers and statements are stored as you edit them. What happened is written in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Select a statement to see it whole, with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited here; the imported text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph %1 of %2 in this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>%n statement.</numerusform>
            <numerusform>%n statements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <source>Editions in other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts of the edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport this edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bilingual sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flyer has no editions yet. Add one to translate its texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n text(s) translated.</source>
        <translation>
            <numerusform>%1 of %n text translated.</numerusform>
            <numerusform>%1 of %n texts translated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than the original: check them.</source>
        <translation>
            <numerusform>%n is older than the original: check it.</numerusform>
            <numerusform>%n are older than the original: check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untranslated texts print in the original language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the new edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilingual sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the two editions share the sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bilingual sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (print-ready, vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the flyer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home printer (no bleed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy shop (bleed, crop marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (one page per sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split across %1 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grey only (for photocopying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CM&amp;YK colours (for a copy shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut &amp;marks (between copies, or crop marks for a copy shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet s&amp;ize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF stan&amp;dard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG &amp;resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the &amp;flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n thing(s) to check before printing (Enter shows the block):</source>
        <translation type="unfinished">
            <numerusform>Preflight found %n thing to check before printing (Enter shows the block):</numerusform>
            <numerusform>Preflight found %n things to check before printing (Enter shows the block):</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight found nothing to fix: ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shop sheet, room for bleed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/X-4 (for a press)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A-2b (for archiving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster tiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMYK colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Open or create a flyer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a flyer to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer was not exported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a flyer to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer was not printed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (mm, 0 = full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (e.g. Join us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code to the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code size (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories (one per line: Name — role, organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the names (e.g. and 270 others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: “Get involved” in the flyer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: “Signatories” over a list of more than three</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlyerClipboard</name>
    <message>
        <source>Copy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only quoted statements can be copied from a flyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy statements from the corpus first (Ctrl+C in the list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlyerEditor</name>
    <message>
        <source>Flyer title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy shop (bleed, crop marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loo&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks of the flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a block after the selected one (drag statements from the corpus to quote them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of the selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change print mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the flyer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a block to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the new text from the corpus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlyerLibrary</name>
    <message>
        <source>Flyer library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flyer from a template or blank (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fl&amp;yers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlyerSession</name>
    <message>
        <source>The flyer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer could not be saved (%1). Your edits are kept; retrying shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlyerWorkspace</name>
    <message>
        <source>Flyer workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete flyer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That warning is about a block inside two columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text files were found there (txt, md, html, pdf, docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n file(s) imported (%1), %2, %3.</source>
        <translation>
            <numerusform>%n imported (%1), %2, %3.</numerusform>
            <numerusform>%n imported (%1), %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the corpus</source>
        <translation>
            <numerusform>%n already in the corpus</numerusform>
            <numerusform>%n already in the corpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n statement(s)</source>
        <translation>
            <numerusform>%1: imported %n statement</numerusform>
            <numerusform>%1: imported %n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Organiser starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser will speak %1 when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Template: %2
Last changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — drop files or folders here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer editor could not start; details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer editor is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Organiser&lt;/b&gt; keeps your campaign texts as a searchable bank of statements and turns them into print-ready flyers and comparison charts, offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with a table of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write fields such as {venue} or {time} in the flyer&apos;s text; each row of a CSV table whose first line names them makes one copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flyer uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flyer has no {fields} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of rows (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows in &amp;one PDF (a page per row) instead of one PDF per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows and what they lack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 “%2”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lacks %1 — it will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 of %2 copies in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBlock</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name — role, organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFlyerDialog</name>
    <message>
        <source>New flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flyer: choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty page with a headline: build it block by block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates start with real example text from your corpus. Text in [[double brackets]] is a placeholder to replace; preflight reminds you of any left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No bundled font can print %1; it will show as a blank box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text is %1 pt, below the readable %2 pt for %3: shorten it or use a larger paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text contrast in grayscale is %1:1, below %2:1: it will be hard to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text contrast is %1:1, below %2:1: it will be hard to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1 ppi at its printed size (%2 mm wide); it needs %3 ppi to print sharply: use a larger image or print it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code is %1 mm wide (modules %2 mm); on %3 it needs at least %4 mm and 0.4 mm modules to scan: make it bigger or shorten the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The content does not fit on the %1 page(s) planned even at the smallest readable size: it flowed onto %n pages.</source>
        <translation>
            <numerusform>The content does not fit on the %1 page planned even at the smallest readable size: it flowed onto %n page.</numerusform>
            <numerusform>The content does not fit on the %1 page(s) planned even at the smallest readable size: it flowed onto %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>a smaller page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-up prints this %2 flyer at %3 of its size; text may be too small to read (make the page %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code&apos;s link has no address yet: a phone that scans it will find nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code&apos;s link still holds a placeholder: a phone that scans it will find nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code&apos;s link has spaces in it: a phone that scans it will find nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code&apos;s link points to a sample address (%1): a phone that scans it will find nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code&apos;s link has no real web address (“%1”): a phone that scans it will find nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to action&apos;s web address has spaces in it: readers who look it up will find nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to action&apos;s web address points to a sample address (%1): readers who look it up will find nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to action&apos;s web address has no real web address (“%1”): readers who look it up will find nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event says nothing about when: readers cannot come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event says nothing about where: readers cannot come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event says nothing about when or where: readers cannot come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement has no source: add it so readers can check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote has no source or attribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This block is taller than a page and was split or scaled down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flyer&apos;s name is still the placeholder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder “%1” (and %2 more in this block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to action gives no website or contact: readers cannot reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s evidence is not printed: without a Sources list its cells cannot point to their sources. Add a Sources block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small text is printed in several inks: use 100 % black (K) so it stays sharp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some areas use %1 ink; print shops accept at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is %1 pt thin; presses do not hold lines under %2 pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMYK file still holds RGB colour (colours: %1, images: %2): the shop will convert it without your say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts not embedded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/X was asked for but the file names no output condition (OutputIntent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A was asked for but the file has no colour profile (OutputIntent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>Preflight warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight warnings; press Enter to go to the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: no flyer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: ready to print — no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preflight: %n thing(s) to check before printing.</source>
        <translation>
            <numerusform>Preflight: %n thing to check before printing.</numerusform>
            <numerusform>Preflight: %n things to check before printing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a flyer to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down</source>
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
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the printed flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printing system did not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1 (vector PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) at %1 dpi.</source>
        <translation>
            <numerusform>Printed %n page at %1 dpi.</numerusform>
            <numerusform>Printed %n pages at %1 dpi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. info[at]your-group.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. your-group.org (the QR code leads there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also put these details in the open &amp;flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage of new flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of new flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme of new flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme of new flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper of new flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper of new flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flyers print these details in their footer and QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Organiser bundles (*.organiser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open flyer, the statements it quotes and its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements that were edited on both sides are kept twice and tagged “conflict”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet or publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authors (separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyers that quote this source show that its details changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements of the source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDetail</name>
    <message>
        <source>Statement details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Statement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementEdits</name>
    <message>
        <source>Edit statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>no source (written here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags of this statement:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>comma-separated, e.g. housing, budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open letter handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slogan poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement excerpt with notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open letter to a movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects side by side, one row per question, a verdict word in every cell; sources, a call to action and contact underneath. Modelled on “From Ukraine to Palestine, occupation is a crime”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter to hand out: title, chosen paragraphs, the letter&apos;s demands, date, signatories, a call to action and the source. Long letters run onto the back of the sheet rather than shrinking below a readable size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting or action: what, when, where and who speaks, why it matters, who organises it, and a call to action with the group&apos;s website, contact and a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles and interviews to pass on, each with its title, author, outlet and date: a pocket-size A6 card (4 to an A4 sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One slogan in big type for a march: A3, or tiled across A4 sheets; optional second and third lines carry the same slogan in other languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passage quoted from a longer text, with numbered notes that explain it and the list of sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short letter from one movement to another on a single A5 sheet: salutation, the letter, closing and signatories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photocopy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit statement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write statement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete statement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguably</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowFlows</name>
    <message>
        <source>Copy statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more statements first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a flyer first (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to “%1”, before its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n statement(s): paste them into a flyer or a chart cell.</source>
        <translation type="unfinished">
            <numerusform>Copied %n statement: paste it into a flyer or a chart cell.</numerusform>
            <numerusform>Copied %n statements: paste them into a flyer or a chart cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a source or one of its statements first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source details saved. Flyers quoting it are marked as changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved: new flyers will carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is empty: fill it in first (File ▸ Organisation profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the profile in the flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the flyer to merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported as soon as the open dialog or the running import is finished.</source>
        <translation type="unfinished">
            <numerusform>%n file will be imported as soon as the open dialog or the running import is finished.</numerusform>
            <numerusform>%n files will be imported as soon as the open dialog or the running import is finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>The task stopped because of an unexpected problem (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws</name>
    <message>
        <source>Change export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those statements are no longer in the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n statements</source>
        <translation type="unfinished">
            <numerusform>Add %n statement</numerusform>
            <numerusform>Add %n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell of a comparison chart first, then use the statement as its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That statement is no longer in the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the new statement text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
