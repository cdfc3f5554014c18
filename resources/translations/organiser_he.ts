<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;ייבוא קבצים…</translation>
    </message>
    <message>
        <source>Add texts (txt, md, html, pdf, docx) to the corpus</source>
        <translation>הוספת טקסטים (txt,‏ md,‏ html,‏ pdf,‏ docx) למאגר</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>ייבוא &amp;תיקייה…</translation>
    </message>
    <message>
        <source>Add every text in a folder and its subfolders</source>
        <translation>הוספת כל הטקסטים שבתיקייה ובתיקיות המשנה שלה</translation>
    </message>
    <message>
        <source>&amp;New flyer</source>
        <translation>&amp;עלון חדש</translation>
    </message>
    <message>
        <source>Start a new flyer</source>
        <translation>התחלת עלון חדש</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>יי&amp;צוא…</translation>
    </message>
    <message>
        <source>Export the current flyer as a print-ready PDF or PNG</source>
        <translation>ייצוא העלון הנוכחי כ־PDF מוכן להדפסה או כ־PNG</translation>
    </message>
    <message>
        <source>E&amp;ditions…</source>
        <translation>&amp;מהדורות…</translation>
    </message>
    <message>
        <source>The flyer in other languages: translate it, export an edition or a bilingual sheet</source>
        <translation>העלון בשפות אחרות: תרגום, ייצוא מהדורה או גיליון דו־לשוני</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;הדפסה…</translation>
    </message>
    <message>
        <source>Print the current flyer</source>
        <translation>הדפסת העלון הנוכחי</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;שיתוף…</translation>
    </message>
    <message>
        <source>Write a bundle of the corpus or the open flyer for another organiser</source>
        <translation>כתיבת חבילה של המאגר או של העלון הפתוח עבור מארגן אחר</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>&amp;פתיחת חבילה…</translation>
    </message>
    <message>
        <source>Merge a bundle (.organiser) from another organiser into the corpus</source>
        <translation>מיזוג חבילה (.organiser) ממארגן אחר אל המאגר</translation>
    </message>
    <message>
        <source>&amp;Back up corpus…</source>
        <translation>&amp;גיבוי המאגר…</translation>
    </message>
    <message>
        <source>Write the whole corpus to one file (safe while you work)</source>
        <translation>כתיבת המאגר כולו לקובץ אחד (בטוח גם תוך כדי עבודה)</translation>
    </message>
    <message>
        <source>&amp;Restore corpus from a backup…</source>
        <translation>שח&amp;זור המאגר מגיבוי…</translation>
    </message>
    <message>
        <source>Replace the corpus with a backup; the corpus as it is now is backed up first</source>
        <translation>החלפת המאגר בגיבוי; המאגר במצבו הנוכחי מגובה קודם</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>יצי&amp;אה</translation>
    </message>
    <message>
        <source>Close Organiser</source>
        <translation>סגירת Organiser</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;מחיקה</translation>
    </message>
    <message>
        <source>Delete the selected statement or block</source>
        <translation>מחיקת הקטע או הבלוק הנבחר</translation>
    </message>
    <message>
        <source>&amp;Find statements</source>
        <translation>&amp;חיפוש קטעים</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>חיפוש במאגר</translation>
    </message>
    <message>
        <source>&amp;Write a statement…</source>
        <translation>&amp;כתיבת קטע…</translation>
    </message>
    <message>
        <source>Add a statement of your own to the corpus</source>
        <translation>הוספת קטע משלך למאגר</translation>
    </message>
    <message>
        <source>Edit s&amp;tatement…</source>
        <translation>&amp;עריכת קטע…</translation>
    </message>
    <message>
        <source>Change the text of the selected statement</source>
        <translation>שינוי הטקסט של הקטע הנבחר</translation>
    </message>
    <message>
        <source>T&amp;ag statement…</source>
        <translation>&amp;תיוג קטע…</translation>
    </message>
    <message>
        <source>Add or remove tags of the selected statement</source>
        <translation>הוספה או הסרה של תגיות הקטע הנבחר</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;קטעים</translation>
    </message>
    <message>
        <source>Show the statement search</source>
        <translation>הצגת חיפוש הקטעים</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>&amp;מקורות</translation>
    </message>
    <message>
        <source>Show the sources and their statements</source>
        <translation>הצגת המקורות והקטעים שלהם</translation>
    </message>
    <message>
        <source>&amp;About Organiser</source>
        <translation>&amp;אודות Organiser</translation>
    </message>
    <message>
        <source>What this app is</source>
        <translation>מהי התוכנה הזאת</translation>
    </message>
    <message>
        <source>Add to fl&amp;yer</source>
        <translation>הוספה ל&amp;עלון</translation>
    </message>
    <message>
        <source>Quote the selected statements in the open flyer, before its sources</source>
        <translation>ציטוט הקטעים הנבחרים בעלון הפתוח, לפני המקורות שלו</translation>
    </message>
    <message>
        <source>Use as e&amp;vidence</source>
        <translation>שימוש כ&amp;ראיה</translation>
    </message>
    <message>
        <source>Cite the selected statements as evidence of the selected chart cell</source>
        <translation>ציטוט הקטעים הנבחרים כראיות לתא הנבחר בטבלה</translation>
    </message>
    <message>
        <source>Edit s&amp;ource details…</source>
        <translation>עריכת פרטי ה&amp;מקור…</translation>
    </message>
    <message>
        <source>Change the title, outlet, date, link, authors or rights of a source</source>
        <translation>שינוי הכותרת, כלי התקשורת, התאריך, הקישור, המחברים או הזכויות של מקור</translation>
    </message>
    <message>
        <source>Or&amp;ganisation profile…</source>
        <translation>&amp;פרופיל הארגון…</translation>
    </message>
    <message>
        <source>Your group&apos;s name, contact, website, logo and the defaults of new flyers</source>
        <translation>השם של הקבוצה שלכם, פרטי קשר, אתר, לוגו וברירות המחדל של עלונים חדשים</translation>
    </message>
    <message>
        <source>Put the profile in this fl&amp;yer</source>
        <translation>הכנסת הפרופיל ל&amp;עלון הזה</translation>
    </message>
    <message>
        <source>Fill the open flyer&apos;s footer, QR code and logo from the profile</source>
        <translation>מילוי הכותרת התחתונה, קוד ה־QR והלוגו של העלון הפתוח מתוך הפרופיל</translation>
    </message>
    <message>
        <source>&amp;Merge with a table of rows…</source>
        <translation>&amp;מיזוג עם טבלת שורות…</translation>
    </message>
    <message>
        <source>One copy of the flyer per row of a CSV table (venue, time, contact…)</source>
        <translation>עותק אחד של העלון לכל שורה בטבלת CSV (מקום, שעה, פרטי קשר…)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The system refused: %1.</source>
        <translation>המערכת סירבה: %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details were written to %2.</source>
        <translation>משהו השתבש (%1). הפרטים נכתבו אל %2.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Corpus backup (*.db);;All files (*)</source>
        <translation>גיבוי מאגר (*.db);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>לא ניתן היה ליצור את הגיבוי האוטומטי של היום: %1</translation>
    </message>
    <message>
        <source>Back up the corpus</source>
        <translation>גיבוי המאגר</translation>
    </message>
    <message>
        <source>The corpus is backed up to %1.</source>
        <translation>המאגר גובה אל %1.</translation>
    </message>
    <message>
        <source>An import is running: restore the backup once it has finished (or cancel it).</source>
        <translation>ייבוא פועל כעת: אפשר לשחזר את הגיבוי כשיסתיים (או לבטל אותו).</translation>
    </message>
    <message>
        <source>Restore the corpus from a backup</source>
        <translation>שחזור המאגר מגיבוי</translation>
    </message>
    <message>
        <source>Restore the corpus</source>
        <translation>שחזור המאגר</translation>
    </message>
    <message>
        <source>Replace the whole corpus with the backup %1?

The corpus as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>להחליף את המאגר כולו בגיבוי %1?

המאגר במצבו הנוכחי יגובה קודם, כך שאפשר לבטל זאת בשחזור אותו עותק.</translation>
    </message>
    <message>
        <source>Restored %1. The corpus as it was is kept in %2.</source>
        <translation>%1 שוחזר. המאגר כפי שהיה נשמר ב־%2.</translation>
    </message>
</context>
<context>
    <name>BlockListModel</name>
    <message>
        <source>The corpus text of this statement has changed since it was added.</source>
        <translation>הטקסט של קטע זה במאגר השתנה מאז שנוסף.</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholders: </source>
        <translation>יש להחליף את מצייני המיקום של התבנית: </translation>
    </message>
    <message>
        <source>%1, block %2 of %3</source>
        <translation>%1, בלוק %2 מתוך %3</translation>
    </message>
</context>
<context>
    <name>BlockProperties</name>
    <message>
        <source>Block properties</source>
        <translation>מאפייני הבלוק</translation>
    </message>
    <message>
        <source>Select a block to edit it.</source>
        <translation>יש לבחור בלוק כדי לערוך אותו.</translation>
    </message>
    <message>
        <source>Take the new text</source>
        <translation>שימוש בטקסט החדש</translation>
    </message>
    <message>
        <source>Take the corpus&apos;s new text for this statement</source>
        <translation>שימוש בטקסט החדש מהמאגר עבור קטע זה</translation>
    </message>
    <message>
        <source>%1 — nothing to set.</source>
        <translation>%1 — אין מה להגדיר.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> מ״מ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>בחירת קובץ תמונה</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>בחירת תמונה</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff)</source>
        <translation>תמונות (*.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>התמונה לא נוספה</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>לא נרשם מקור</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>מתוך: %1</translation>
    </message>
    <message>
        <source>⚠ This statement has been edited in the corpus since it was added:
“%1”</source>
        <translation>⚠ קטע זה נערך במאגר מאז שנוסף:
„%1”</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Headline</source>
        <translation>כותרת ראשית</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>כותרת משנה</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Quoted statement</source>
        <translation>קטע מצוטט</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ציטוט</translation>
    </message>
    <message>
        <source>List</source>
        <translation>רשימה</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>טבלת השוואה</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>קוד QR</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>פרטי האירוע</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>קריאה לפעולה</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>החותמים</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>כותרת תחתונה</translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation>רשימת מקורות</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>קו מפריד</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>רווח</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>שני טורים</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>צד אחד</numerusform>
            <numerusform>%n צדדים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>קריטריון אחד</numerusform>
            <numerusform>%n קריטריונים</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 מ״מ</translation>
    </message>
    <message>
        <source>%1 + %2 blocks</source>
        <translation>%1 + %2 בלוקים</translation>
    </message>
</context>
<context>
    <name>ChartEditor</name>
    <message>
        <source>Comparison chart editor</source>
        <translation>עורך טבלת ההשוואה</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>כותרת הטבלה</translation>
    </message>
    <message>
        <source>Edit chart title</source>
        <translation>עריכת כותרת הטבלה</translation>
    </message>
    <message>
        <source>Heading of the criteria column</source>
        <translation>כותרת עמודת הקריטריונים</translation>
    </message>
    <message>
        <source>Edit criteria heading</source>
        <translation>עריכת כותרת הקריטריונים</translation>
    </message>
    <message>
        <source>Criteria heading</source>
        <translation>כותרת הקריטריונים</translation>
    </message>
    <message>
        <source>Comparison chart cells</source>
        <translation>תאי טבלת ההשוואה</translation>
    </message>
    <message>
        <source>Select all cells</source>
        <translation>בחירת כל התאים</translation>
    </message>
    <message>
        <source>Verdict of the selected cells</source>
        <translation>ההכרעה בתאים הנבחרים</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>ללא הכרעה</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>קריטריונים</translation>
    </message>
    <message>
        <source>Add a criterion (row)</source>
        <translation>הוספת קריטריון (שורה)</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>הסרת הקריטריון הנבחר</translation>
    </message>
    <message>
        <source>Move the criterion up</source>
        <translation>העברת הקריטריון למעלה</translation>
    </message>
    <message>
        <source>Move the criterion down</source>
        <translation>העברת הקריטריון למטה</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>צדדים</translation>
    </message>
    <message>
        <source>Add a subject (column)</source>
        <translation>הוספת צד (עמודה)</translation>
    </message>
    <message>
        <source>Remove the selected subject</source>
        <translation>הסרת הצד הנבחר</translation>
    </message>
    <message>
        <source>Move the subject left</source>
        <translation>העברת הצד שמאלה</translation>
    </message>
    <message>
        <source>Move the subject right</source>
        <translation>העברת הצד ימינה</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>ייבוא מ־CSV…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>ייצוא כ־CSV…</translation>
    </message>
    <message>
        <source>Import or export the chart as CSV</source>
        <translation>ייבוא או ייצוא של הטבלה כ־CSV</translation>
    </message>
    <message>
        <source>Evidence of the selected cell</source>
        <translation>הראיות של התא הנבחר</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>הסרת ראיה</translation>
    </message>
    <message>
        <source>Ver&amp;dict</source>
        <translation>&amp;הכרעה</translation>
    </message>
    <message>
        <source>Ev&amp;idence of the cell — drop statements from the corpus onto a cell, or paste them (Ctrl+V):</source>
        <translation>&amp;ראיות לתא — אפשר לגרור קטעים מהמאגר אל תא, או להדביק אותם (Ctrl+V):</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>קטע %1</translation>
    </message>
    <message>
        <source>Edit chart cell</source>
        <translation>עריכת תא בטבלה</translation>
    </message>
    <message>
        <source>Those statements are no longer in the corpus.</source>
        <translation>הקטעים האלה כבר אינם במאגר.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>צירוף ראיה</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>קביעת הכרעה</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>קריטריון חדש</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>הוספת קריטריון</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>הסרת קריטריון</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>העברת קריטריון</translation>
    </message>
    <message>
        <source>New subject</source>
        <translation>צד חדש</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>הוספת צד</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>הסרת צד</translation>
    </message>
    <message>
        <source>Move subject</source>
        <translation>העברת צד</translation>
    </message>
    <message>
        <source>Rename subject</source>
        <translation>שינוי שם הצד</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>שינוי שם הקריטריון</translation>
    </message>
    <message>
        <source>New name of the subject:</source>
        <translation>השם החדש של הצד:</translation>
    </message>
    <message>
        <source>New name of the criterion:</source>
        <translation>השם החדש של הקריטריון:</translation>
    </message>
    <message>
        <source>Import chart from CSV</source>
        <translation>ייבוא טבלה מ־CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be read: %1</source>
        <translation>לא ניתן לקרוא את קובץ ה־CSV: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>קריטריון אחד</numerusform>
            <numerusform>%n קריטריונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>צד אחד</numerusform>
            <numerusform>%n צדדים</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 × %2.</source>
        <translation>יובאו %1 × %2.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>טבלה</translation>
    </message>
    <message>
        <source>Export chart as CSV</source>
        <translation>ייצוא הטבלה כ־CSV</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>לא ניתן לכתוב את קובץ ה־CSV: %1</translation>
    </message>
    <message>
        <source>Chart saved as %1.</source>
        <translation>הטבלה נשמרה בשם %1.</translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <source>Rename criterion…</source>
        <translation>שינוי שם הקריטריון…</translation>
    </message>
    <message>
        <source>Insert criterion above</source>
        <translation>הוספת קריטריון מעל</translation>
    </message>
    <message>
        <source>Insert criterion below</source>
        <translation>הוספת קריטריון מתחת</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>העברה למעלה</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>העברה למטה</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>הסרת קריטריון</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>הוספת קריטריון</translation>
    </message>
    <message>
        <source>Rename subject…</source>
        <translation>שינוי שם הצד…</translation>
    </message>
    <message>
        <source>Insert subject before</source>
        <translation>הוספת צד לפני</translation>
    </message>
    <message>
        <source>Insert subject after</source>
        <translation>הוספת צד אחרי</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>העברה שמאלה</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>העברה ימינה</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>הסרת צד</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>הוספת צד</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>עריכת הטקסט</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>ללא הכרעה</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>ייבוא מ־CSV…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>ייצוא כ־CSV…</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no verdict</source>
        <translation>ללא הכרעה</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: %1; %n piece(s) of evidence</source>
        <translation>
            <numerusform>הכרעה: %1; ראיה אחת</numerusform>
            <numerusform>הכרעה: %1; %n ראיות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>The flyer “%1” could not be saved: %2</source>
        <translation>לא ניתן לשמור את העלון „%1”: %2</translation>
    </message>
    <message>
        <source>Your edits are still here. Try again, save the flyer as a file somewhere else, or close without saving them.</source>
        <translation>השינויים שלך עדיין כאן. אפשר לנסות שוב, לשמור את העלון כקובץ במקום אחר, או לסגור בלי לשמור אותם.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ניסיון נוסף</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>שמירת עותק…</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>ביטול השינויים</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>השארת החלון פתוח</translation>
    </message>
    <message>
        <source>Save a copy of the flyer</source>
        <translation>שמירת עותק של העלון</translation>
    </message>
    <message>
        <source>Flyer (*.json)</source>
        <translation>עלון (*.json)</translation>
    </message>
    <message>
        <source>the corpus did not answer</source>
        <translation>המאגר לא ענה</translation>
    </message>
    <message>
        <source>The window stays open: the flyer is not saved yet. Your edits are kept.</source>
        <translation>החלון נשאר פתוח: העלון עדיין לא נשמר. השינויים שלך נשמרים.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>כלי תקשורת</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>קטעים</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>קטע</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
</context>
<context>
    <name>CorpusView</name>
    <message>
        <source>Search statements (any language)…</source>
        <translation>חיפוש קטעים (בכל שפה)…</translation>
    </message>
    <message>
        <source>Search statements</source>
        <translation>חיפוש קטעים</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>סינון לפי תגית</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>סינון לפי שפה</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>סינון לפי מקור</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>פורסם מ־</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>פורסם עד</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>שנה-חודש-יום</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ניקוי המסננים</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>ניקוי כל המסננים</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>מספר התוצאות</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>תוצאות החיפוש</translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation>&amp;תגית</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;מקור</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;עד</translation>
    </message>
    <message>
        <source>Published f&amp;rom</source>
        <translation>פורסם &amp;מ־</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>כל התגיות</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>כל השפות</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>כל המקורות</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>מקור %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) (the best matches)</source>
        <translation>
            <numerusform>קטע אחד (ההתאמות הטובות ביותר)</numerusform>
            <numerusform>%n קטעים (ההתאמות הטובות ביותר)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>קטע אחד</numerusform>
            <numerusform>%n קטעים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Organiser closed unexpectedly last time. Your work was saved: flyers and statements are stored as you edit them. What happened is written in the log: %1</source>
        <translation>בפעם הקודמת Organiser נסגר באופן לא צפוי. העבודה שלך נשמרה: עלונים וקטעים נשמרים תוך כדי עריכה. מה שקרה כתוב ביומן: %1</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Select a statement to see it whole, with its source.</source>
        <translation>יש לבחור קטע כדי לראות אותו במלואו, יחד עם המקור שלו.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ללא כותרת)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>כלי תקשורת</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>קישור</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ועוד אחד</numerusform>
            <numerusform>%1 ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>מחברים</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>זכויות</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Edited here; the imported text is kept.</source>
        <translation>נערך כאן; הטקסט המיובא נשמר.</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2 in this source.</source>
        <translation>פסקה %1 מתוך %2 במקור זה.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>שפה: %1</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>תגיות:</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>קטע אחד.</numerusform>
            <numerusform>%n קטעים.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <source>Editions in other languages</source>
        <translation>מהדורות בשפות אחרות</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>מהדורה</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;מהדורה:</translation>
    </message>
    <message>
        <source>&amp;Add edition…</source>
        <translation>&amp;הוספת מהדורה…</translation>
    </message>
    <message>
        <source>&amp;Remove edition</source>
        <translation>&amp;הסרת המהדורה</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>תרגום</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Texts of the edition</source>
        <translation>הטקסטים של המהדורה</translation>
    </message>
    <message>
        <source>E&amp;xport this edition…</source>
        <translation>&amp;ייצוא המהדורה הזאת…</translation>
    </message>
    <message>
        <source>&amp;Bilingual sheet…</source>
        <translation>&amp;גיליון דו־לשוני…</translation>
    </message>
    <message>
        <source>This flyer has no editions yet. Add one to translate its texts.</source>
        <translation>לעלון הזה אין עדיין מהדורות. אפשר להוסיף מהדורה כדי לתרגם את הטקסטים שלו.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n text(s) translated.</source>
        <translation>
            <numerusform>תורגם %1 מתוך טקסט אחד.</numerusform>
            <numerusform>תורגמו %1 מתוך %n טקסטים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than the original: check them.</source>
        <translation>
            <numerusform>טקסט אחד ישן מהמקור: כדאי לבדוק אותו.</numerusform>
            <numerusform>%n טקסטים ישנים מהמקור: כדאי לבדוק אותם.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untranslated texts print in the original language.</source>
        <translation>טקסטים שלא תורגמו יודפסו בשפת המקור.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>חסר</translation>
    </message>
    <message>
        <source>older than the original</source>
        <translation>ישן מהמקור</translation>
    </message>
    <message>
        <source>done</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <source>Translate text</source>
        <translation>תרגום טקסט</translation>
    </message>
    <message>
        <source>Add edition</source>
        <translation>הוספת מהדורה</translation>
    </message>
    <message>
        <source>Language of the new edition:</source>
        <translation>השפה של המהדורה החדשה:</translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation>הסרת מהדורה</translation>
    </message>
    <message>
        <source>Export edition</source>
        <translation>ייצוא מהדורה</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>זו לצד זו</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>זו מעל זו</translation>
    </message>
    <message>
        <source>Bilingual sheet</source>
        <translation>גיליון דו־לשוני</translation>
    </message>
    <message>
        <source>How the two editions share the sheet:</source>
        <translation>איך שתי המהדורות חולקות את הגיליון:</translation>
    </message>
    <message>
        <source>Export bilingual sheet</source>
        <translation>ייצוא גיליון דו־לשוני</translation>
    </message>
    <message>
        <source>Preflight: %1</source>
        <translation>בדיקה: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>נשמר %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>הייצוא נכשל: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export flyer</source>
        <translation>ייצוא העלון</translation>
    </message>
    <message>
        <source>Print flyer</source>
        <translation>הדפסת העלון</translation>
    </message>
    <message>
        <source>PDF (print-ready, vector)</source>
        <translation>PDF (מוכן להדפסה, וקטורי)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>תמונת PNG</translation>
    </message>
    <message>
        <source>As the flyer (%1)</source>
        <translation>כמו בעלון (%1)</translation>
    </message>
    <message>
        <source>copy shop</source>
        <translation>מכון העתקות</translation>
    </message>
    <message>
        <source>home printer</source>
        <translation>מדפסת ביתית</translation>
    </message>
    <message>
        <source>Home printer (no bleed)</source>
        <translation>מדפסת ביתית (ללא גלישה)</translation>
    </message>
    <message>
        <source>Copy shop (bleed, crop marks)</source>
        <translation>מכון העתקות (גלישה, סימני חיתוך)</translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation>אחד בכל גיליון</translation>
    </message>
    <message>
        <source>%1 per sheet</source>
        <translation>%1 בכל גיליון</translation>
    </message>
    <message>
        <source>No (one page per sheet)</source>
        <translation>לא (עמוד אחד בכל גיליון)</translation>
    </message>
    <message>
        <source>Split across %1 sheets</source>
        <translation>פיצול על פני גיליונות %1</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Grey only (for photocopying)</source>
        <translation>&amp;אפור בלבד (לצילום מסמכים)</translation>
    </message>
    <message>
        <source>CM&amp;YK colours (for a copy shop)</source>
        <translation>&amp;צבעי CMYK (למכון העתקות)</translation>
    </message>
    <message>
        <source>Cut &amp;marks (between copies, or crop marks for a copy shop)</source>
        <translation>סימני &amp;חיתוך (בין עותקים, או סימני חיתוך למכון העתקות)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;בחירה…</translation>
    </message>
    <message>
        <source>File &amp;type</source>
        <translation>&amp;סוג קובץ</translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation>&amp;נייר</translation>
    </message>
    <message>
        <source>Printing &amp;at</source>
        <translation>הדפסה &amp;ב־</translation>
    </message>
    <message>
        <source>&amp;Copies per sheet</source>
        <translation>&amp;עותקים בכל גיליון</translation>
    </message>
    <message>
        <source>Sheet s&amp;ize</source>
        <translation>&amp;גודל הגיליון</translation>
    </message>
    <message>
        <source>P&amp;oster</source>
        <translation>&amp;כרזה</translation>
    </message>
    <message>
        <source>PDF stan&amp;dard</source>
        <translation>&amp;תקן PDF</translation>
    </message>
    <message>
        <source>PNG &amp;resolution</source>
        <translation>&amp;רזולוציית PNG</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;שמירה בשם</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;הדפסה…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>יי&amp;צוא</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation>ממצאי הבדיקה</translation>
    </message>
    <message>
        <source>Show in the &amp;flyer</source>
        <translation>הצגה ב&amp;עלון</translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n thing(s) to check before printing (Enter shows the block):</source>
        <translation>
            <numerusform>הבדיקה מצאה דבר אחד לבדוק לפני ההדפסה (Enter מציג את הבלוק):</numerusform>
            <numerusform>הבדיקה מצאה %n דברים לבדוק לפני ההדפסה (Enter מציג את הבלוק):</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight found nothing to fix: ready to print.</source>
        <translation>הבדיקה לא מצאה שום דבר שצריך לתקן: מוכן להדפסה.</translation>
    </message>
    <message>
        <source>%1 (shop sheet, room for bleed)</source>
        <translation>%1 (גיליון של מכון העתקות, עם מקום לגלישה)</translation>
    </message>
    <message>
        <source>Plain PDF</source>
        <translation>PDF רגיל</translation>
    </message>
    <message>
        <source>PDF/X-4 (for a press)</source>
        <translation>PDF/X-4 (לבית דפוס)</translation>
    </message>
    <message>
        <source>PDF/A-2b (for archiving)</source>
        <translation>PDF/A-2b (לארכוב)</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>בחירת מקום השמירה</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>סוג קובץ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>נייר</translation>
    </message>
    <message>
        <source>Printing at</source>
        <translation>הדפסה ב־</translation>
    </message>
    <message>
        <source>Copies per sheet</source>
        <translation>עותקים בכל גיליון</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>גיליון</translation>
    </message>
    <message>
        <source>PDF standard</source>
        <translation>תקן PDF</translation>
    </message>
    <message>
        <source>Poster tiling</source>
        <translation>פיצול כרזה</translation>
    </message>
    <message>
        <source>Grey only</source>
        <translation>אפור בלבד</translation>
    </message>
    <message>
        <source>CMYK colours</source>
        <translation>צבעי CMYK</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>רזולוציית PNG</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>שמירה בשם</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>ייצוא בשם</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>תמונות PNG ‏(*.png)</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>יש לפתוח או ליצור עלון קודם.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>הייצוא נכשל: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>קובץ אחד</numerusform>
            <numerusform>%n קבצים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>עמוד אחד</numerusform>
            <numerusform>%n עמודים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>גיליון אחד</numerusform>
            <numerusform>%n גיליונות</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2 on %3.</source>
        <translation>נשמר %1: %2 על %3.</translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translation>נשמר %1: %2.</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>לבדיקה:</translation>
    </message>
    <message>
        <source>Open or create a flyer to export it.</source>
        <translation>יש לפתוח או ליצור עלון כדי לייצא אותו.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>הייצוא הסתיים</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>פתיחת התיקייה</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>הייצוא נכשל</translation>
    </message>
    <message>
        <source>The flyer was not exported.

%1</source>
        <translation>העלון לא יוצא.

%1</translation>
    </message>
    <message>
        <source>Open or create a flyer to print it.</source>
        <translation>יש לפתוח או ליצור עלון כדי להדפיס אותו.</translation>
    </message>
    <message>
        <source>Print flyer</source>
        <translation>הדפסת העלון</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>ההדפסה נכשלה</translation>
    </message>
    <message>
        <source>The flyer was not printed.

%1</source>
        <translation>העלון לא הודפס.

%1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Headline</source>
        <translation>כותרת ראשית</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>כותרת משנה</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>טקסט הכותרת התחתונה</translation>
    </message>
    <message>
        <source>Printed text</source>
        <translation>הטקסט המודפס</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ציטוט</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>ייחוס</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Items (one per line)</source>
        <translation>פריטים (אחד בכל שורה)</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>ממוספרת</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>קובץ תמונה</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>כיתוב</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>קרדיט</translation>
    </message>
    <message>
        <source>Width (mm, 0 = full)</source>
        <translation>רוחב (מ״מ, 0 = מלא)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>קישור</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>גודל (מ״מ)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>איפה</translation>
    </message>
    <message>
        <source>Speakers (one per line)</source>
        <translation>דוברים (אחד בכל שורה)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>גובה (מ״מ)</translation>
    </message>
    <message>
        <source>What to do (e.g. Join us)</source>
        <translation>מה לעשות (למשל: הצטרפו אלינו)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>אתר אינטרנט</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>דוא״ל או טלפון</translation>
    </message>
    <message>
        <source>QR code to the website</source>
        <translation>קוד QR לאתר</translation>
    </message>
    <message>
        <source>QR code size (mm)</source>
        <translation>גודל קוד ה-QR (מ״מ)</translation>
    </message>
    <message>
        <source>Signatories (one per line: Name — role, organisation)</source>
        <translation>החותמים (אחד בכל שורה: שם — תפקיד, ארגון)</translation>
    </message>
    <message>
        <source>After the names (e.g. and 270 others)</source>
        <translation>אחרי השמות (למשל: ועוד 270)</translation>
    </message>
    <message>
        <source>Empty: “Get involved” in the flyer&apos;s language</source>
        <translation>ריק: „הצטרפו אלינו” בשפת העלון</translation>
    </message>
    <message>
        <source>Empty: “Signatories” over a list of more than three</source>
        <translation>ריק: „החתומים” מעל רשימה של יותר משלושה שמות</translation>
    </message>
</context>
<context>
    <name>FlyerClipboard</name>
    <message>
        <source>Copy statement</source>
        <translation>העתקת הקטע</translation>
    </message>
    <message>
        <source>Paste statements</source>
        <translation>הדבקת קטעים</translation>
    </message>
    <message>
        <source>Copy evidence</source>
        <translation>העתקת הראיות</translation>
    </message>
    <message>
        <source>Paste as evidence</source>
        <translation>הדבקה כראיה</translation>
    </message>
    <message>
        <source>Only quoted statements can be copied from a flyer.</source>
        <translation>אפשר להעתיק מהעלון רק קטעים מצוטטים.</translation>
    </message>
    <message>
        <source>Copy statements from the corpus first (Ctrl+C in the list).</source>
        <translation>העתיקו קודם קטעים מהמאגר (Ctrl+C ברשימה).</translation>
    </message>
</context>
<context>
    <name>FlyerEditor</name>
    <message>
        <source>Flyer title</source>
        <translation>כותרת העלון</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>גודל הנייר</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>כיוון</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>לאורך</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>לרוחב</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ערכת עיצוב</translation>
    </message>
    <message>
        <source>Print mode</source>
        <translation>מצב הדפסה</translation>
    </message>
    <message>
        <source>Home printer</source>
        <translation>מדפסת ביתית</translation>
    </message>
    <message>
        <source>Copy shop (bleed, crop marks)</source>
        <translation>מכון העתקות (גלישה, סימני חיתוך)</translation>
    </message>
    <message>
        <source>Language of the flyer</source>
        <translation>שפת העלון</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;כותרת</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;עמוד</translation>
    </message>
    <message>
        <source>Loo&amp;k</source>
        <translation>&amp;מראה</translation>
    </message>
    <message>
        <source>Print &amp;mode</source>
        <translation>&amp;מצב הדפסה</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>Blocks of the flyer</source>
        <translation>הבלוקים של העלון</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>העברת הבלוק למעלה</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>העברת הבלוק למטה</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>הוספת בלוק</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>הוספת בלוק</translation>
    </message>
    <message>
        <source>Add a block after the selected one (drag statements from the corpus to quote them)</source>
        <translation>הוספת בלוק אחרי הבלוק הנבחר (כדי לצטט קטעים יש לגרור אותם מהמאגר)</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>מחיקת הבלוק</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Properties of the selected block</source>
        <translation>מאפייני הבלוק הנבחר</translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation>עלון</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;בלוקים</translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation>שינוי שם העלון</translation>
    </message>
    <message>
        <source>Change page</source>
        <translation>שינוי העמוד</translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation>שינוי ערכת העיצוב</translation>
    </message>
    <message>
        <source>Change print mode</source>
        <translation>שינוי מצב ההדפסה</translation>
    </message>
    <message>
        <source>Change the flyer&apos;s language</source>
        <translation>שינוי שפת העלון</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>הוספת %1</translation>
    </message>
    <message>
        <source>Select a block to delete.</source>
        <translation>יש לבחור בלוק למחיקה.</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>העברת בלוק</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>העברה למעלה</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>העברה למטה</translation>
    </message>
    <message>
        <source>Take the new text from the corpus</source>
        <translation>שימוש בטקסט החדש מהמאגר</translation>
    </message>
</context>
<context>
    <name>FlyerLibrary</name>
    <message>
        <source>Flyer library</source>
        <translation>ספריית העלונים</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>עלונים</translation>
    </message>
    <message>
        <source>New flyer</source>
        <translation>עלון חדש</translation>
    </message>
    <message>
        <source>New flyer from a template or blank (Ctrl+N)</source>
        <translation>עלון חדש מתבנית או ריק (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fl&amp;yers</source>
        <translation>&amp;עלונים</translation>
    </message>
    <message>
        <source>New flyer…</source>
        <translation>עלון חדש…</translation>
    </message>
    <message>
        <source>Duplicate flyer</source>
        <translation>שכפול העלון</translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation>שינוי שם העלון</translation>
    </message>
    <message>
        <source>Delete flyer</source>
        <translation>מחיקת העלון</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>שכפול</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>שינוי שם…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
</context>
<context>
    <name>FlyerSession</name>
    <message>
        <source>The flyer could not be saved: %1</source>
        <translation>לא ניתן לשמור את העלון: %1</translation>
    </message>
    <message>
        <source>The flyer could not be saved (%1). Your edits are kept; retrying shortly.</source>
        <translation>לא ניתן לשמור את העלון (%1). השינויים שלך נשמרים; ניסיון נוסף בקרוב.</translation>
    </message>
</context>
<context>
    <name>FlyerWorkspace</name>
    <message>
        <source>Flyer workspace</source>
        <translation>סביבת העבודה של העלון</translation>
    </message>
    <message>
        <source>The flyer could not be opened: %1</source>
        <translation>לא ניתן לפתוח את העלון: %1</translation>
    </message>
    <message>
        <source>The template could not be used: %1</source>
        <translation>לא ניתן להשתמש בתבנית: %1</translation>
    </message>
    <message>
        <source>New flyer</source>
        <translation>עלון חדש</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (עותק)</translation>
    </message>
    <message>
        <source>Duplicate flyer</source>
        <translation>שכפול העלון</translation>
    </message>
    <message>
        <source>The flyer could not be created: %1</source>
        <translation>לא ניתן ליצור את העלון: %1</translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation>שינוי שם העלון</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>כותרת חדשה:</translation>
    </message>
    <message>
        <source>Delete flyer “%1”</source>
        <translation>מחיקת העלון „%1”</translation>
    </message>
    <message>
        <source>The flyer could not be deleted: %1</source>
        <translation>לא ניתן למחוק את העלון: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>„%1” נמחק. ביטול הפעולה יחזיר אותו.</translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>יש לפתוח או ליצור עלון קודם.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>מכין תצוגה מקדימה…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>לא ניתן ליצור תצוגה מקדימה: %1</translation>
    </message>
    <message>
        <source>That warning is about a block inside two columns.</source>
        <translation>האזהרה הזאת נוגעת לבלוק שבתוך שני טורים.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>ייבוא כבר פועל; יש להמתין לסיומו או לבטל אותו קודם.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>מייבא…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
    <message>
        <source>No text files were found there (txt, md, html, pdf, docx).</source>
        <translation>לא נמצאו שם קובצי טקסט (txt,‏ md,‏ html,‏ pdf,‏ docx).</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>הייבוא נכשל: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importing…</source>
        <translation>מייבא…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>התקדמות הייבוא</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>ביטול הייבוא</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>מייבא %1 מתוך %2…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n file(s) imported (%1), %2, %3.</source>
        <translation>
            <numerusform>יובא קובץ אחד (%1), %2, %3.</numerusform>
            <numerusform>יובאו %n קבצים (%1), %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>קטע אחד</numerusform>
            <numerusform>%n קטעים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the corpus</source>
        <translation>
            <numerusform>אחד כבר במאגר</numerusform>
            <numerusform>%n כבר במאגר</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>אחד נדחה</numerusform>
            <numerusform>%n נדחו</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation>הייבוא בוטל. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n statement(s)</source>
        <translation>
            <numerusform>%1: יובא קטע אחד</numerusform>
            <numerusform>%1: יובאו %n קטעים</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already in the corpus</source>
        <translation>%1: כבר נמצא במאגר</translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation>%1: נדחה: %2</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>סיכום הייבוא</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>הקבצים שיובאו</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>Takes effect when Organiser starts again</source>
        <translation>ייכנס לתוקף בהפעלה הבאה של Organiser</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>כמו במערכת (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Organiser will speak %1 when it starts again.</source>
        <translation>בהפעלה הבאה Organiser ידבר בשפה: %1.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>הפעלה מחדש עכשיו</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>אחר כך</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ללא כותרת)</translation>
    </message>
    <message>
        <source>%1
Template: %2
Last changed: %3</source>
        <translation>%1
תבנית: %2
שינוי אחרון: %3</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>ריק</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ביצוע חו&amp;זר</translation>
    </message>
    <message>
        <source>%1[*] — Organiser</source>
        <translation>%1[*] — Organiser</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>מאגר</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>קטעים</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>מקורות</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>עלונים</translation>
    </message>
    <message>
        <source>%1 — drop files or folders here to import them.</source>
        <translation>%1 — אפשר לגרור לכאן קבצים או תיקיות כדי לייבא אותם.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;ביטול %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;חזרה על %1</translation>
    </message>
    <message>
        <source>The flyer editor could not start; details are in the log file.</source>
        <translation>עורך העלונים לא הצליח לעלות; הפרטים בקובץ היומן.</translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>יש לפתוח או ליצור עלון קודם.</translation>
    </message>
    <message>
        <source>The flyer editor is not available yet.</source>
        <translation>עורך העלונים עדיין לא זמין.</translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation>יש לבחור קטע קודם.</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>ייבוא טקסטים</translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>טקסטים (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>ייבוא תיקייה</translation>
    </message>
    <message>
        <source>About Organiser</source>
        <translation>אודות Organiser</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Organiser&lt;/b&gt; keeps your campaign texts as a searchable bank of statements and turns them into print-ready flyers and comparison charts, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Organiser&lt;/b&gt; שומר את הטקסטים של הקמפיין שלך כמאגר קטעים שאפשר לחפש בו, והופך אותם לעלונים ולטבלאות השוואה מוכנים להדפסה — בלי חיבור לאינטרנט.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>סרגל הכלים הראשי</translation>
    </message>
    <message>
        <source>Write statement</source>
        <translation>כתיבת קטע</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with a table of rows</source>
        <translation>מיזוג עם טבלת שורות</translation>
    </message>
    <message>
        <source>Write fields such as {venue} or {time} in the flyer&apos;s text; each row of a CSV table whose first line names them makes one copy.</source>
        <translation>יש לכתוב בטקסט של העלון שדות כמו {venue} או {time}; כל שורה בטבלת CSV שהשורה הראשונה שלה מציינת את שמות השדות יוצרת עותק אחד.</translation>
    </message>
    <message>
        <source>This flyer uses: %1</source>
        <translation>העלון הזה משתמש בשדות: %1</translation>
    </message>
    <message>
        <source>This flyer has no {fields} yet.</source>
        <translation>לעלון הזה עדיין אין {fields}.</translation>
    </message>
    <message>
        <source>Table of rows (CSV)</source>
        <translation>טבלת שורות (CSV)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;בחירה…</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>תיקייה לעותקים</translation>
    </message>
    <message>
        <source>All rows in &amp;one PDF (a page per row) instead of one PDF per row</source>
        <translation>כל השורות בקובץ PDF &amp;אחד (עמוד לכל שורה) במקום PDF לכל שורה</translation>
    </message>
    <message>
        <source>Rows and what they lack</source>
        <translation>השורות ומה שחסר בהן</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;שורות</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>&amp;שמירה ב־</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;מיזוג</translation>
    </message>
    <message>
        <source>Table of rows</source>
        <translation>טבלת שורות</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt)</source>
        <translation>טבלאות CSV ‏(*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Row %1 “%2”: </source>
        <translation>שורה %1 „%2”: </translation>
    </message>
    <message>
        <source>lacks %1 — it will be skipped</source>
        <translation>חסר בה %1 — היא תדולג</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>מוכנה</translation>
    </message>
    <message>
        <source>Nothing was made: %1</source>
        <translation>לא נוצר דבר: %1</translation>
    </message>
    <message>
        <source>Made %1 of %2 copies in %3.</source>
        <translation>נוצרו %1 מתוך %2 עותקים ב־%3.</translation>
    </message>
</context>
<context>
    <name>NewBlock</name>
    <message>
        <source>Headline</source>
        <translation>כותרת ראשית</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>כותרת משנה</translation>
    </message>
    <message>
        <source>First point</source>
        <translation>הנקודה הראשונה</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>השוואה</translation>
    </message>
    <message>
        <source>Subject A</source>
        <translation>צד א׳</translation>
    </message>
    <message>
        <source>Subject B</source>
        <translation>צד ב׳</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>קריטריון</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Name — role, organisation</source>
        <translation>שם — תפקיד, ארגון</translation>
    </message>
</context>
<context>
    <name>NewFlyerDialog</name>
    <message>
        <source>New flyer</source>
        <translation>עלון חדש</translation>
    </message>
    <message>
        <source>New flyer: choose a template</source>
        <translation>עלון חדש: בחירת תבנית</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>תבניות</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>ריק</translation>
    </message>
    <message>
        <source>An empty page with a headline: build it block by block.</source>
        <translation>עמוד ריק עם כותרת ראשית: בונים אותו בלוק אחר בלוק.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Templates start with real example text from your corpus. Text in [[double brackets]] is a placeholder to replace; preflight reminds you of any left.</source>
        <translation>התבניות מתחילות בטקסט אמיתי לדוגמה מהמאגר שלכם. טקסט ב־[[סוגריים כפולים]] הוא מציין מיקום שיש להחליף; הבדיקה תזכיר לכם אם נשאר כזה.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No bundled font can print %1; it will show as a blank box.</source>
        <translation>אין גופן מצורף שיכול להדפיס את %1; במקומו יופיע ריבוע ריק.</translation>
    </message>
    <message>
        <source>Text is %1 pt, below the readable %2 pt for %3: shorten it or use a larger paper.</source>
        <translation>גודל הטקסט %1 נק׳, מתחת ל־%2 נק׳ הקריאים ב־%3: יש לקצר אותו או להשתמש בנייר גדול יותר.</translation>
    </message>
    <message>
        <source>Text contrast in grayscale is %1:1, below %2:1: it will be hard to read.</source>
        <translation>הניגודיות של הטקסט בגווני אפור היא %1:1, מתחת ל־%2:1: יהיה קשה לקרוא אותו.</translation>
    </message>
    <message>
        <source>Text contrast is %1:1, below %2:1: it will be hard to read.</source>
        <translation>הניגודיות של הטקסט היא %1:1, מתחת ל־%2:1: יהיה קשה לקרוא אותו.</translation>
    </message>
    <message>
        <source>The image is %1 ppi at its printed size (%2 mm wide); it needs %3 ppi to print sharply: use a larger image or print it smaller.</source>
        <translation>לתמונה יש %1 ppi בגודל ההדפסה (%2 מ״מ רוחב); כדי להדפיס בחדות צריך %3 ppi: יש להשתמש בתמונה גדולה יותר או להדפיס אותה קטנה יותר.</translation>
    </message>
    <message>
        <source>The QR code is %1 mm wide (modules %2 mm); on %3 it needs at least %4 mm and 0.4 mm modules to scan: make it bigger or shorten the URL.</source>
        <translation>רוחב קוד ה־QR הוא %1 מ״מ (מודולים של %2 מ״מ); ב־%3 הוא צריך לפחות %4 מ״מ ומודולים של 0.4 מ״מ כדי להיסרק: יש להגדיל אותו או לקצר את הקישור.</translation>
    </message>
    <message numerus="yes">
        <source>The content does not fit on the %1 page(s) planned even at the smallest readable size: it flowed onto %n pages.</source>
        <translation>
            <numerusform>התוכן לא נכנס במספר העמודים המתוכנן (%1) גם בגודל הקריא הקטן ביותר: הוא התפרש על עמוד אחד.</numerusform>
            <numerusform>התוכן לא נכנס במספר העמודים המתוכנן (%1) גם בגודל הקריא הקטן ביותר: הוא התפרש על %n עמודים.</numerusform>
        </translation>
    </message>
    <message>
        <source>a smaller page</source>
        <translation>קטן יותר</translation>
    </message>
    <message>
        <source>%1-up prints this %2 flyer at %3 of its size; text may be too small to read (make the page %4)</source>
        <translation>הדפסת %1 בגיליון מדפיסה את עלון ה־%2 הזה ב־%3 מגודלו; הטקסט עלול להיות קטן מדי לקריאה (כדאי להגדיר עמוד %4)</translation>
    </message>
    <message>
        <source>The QR code&apos;s link has no address yet: a phone that scans it will find nothing.</source>
        <translation>לקישור של קוד ה-QR עדיין אין כתובת: טלפון שיסרוק אותו לא ימצא דבר.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link still holds a placeholder: a phone that scans it will find nothing.</source>
        <translation>הקישור של קוד ה-QR עדיין מכיל מציין מקום: טלפון שיסרוק אותו לא ימצא דבר.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link has spaces in it: a phone that scans it will find nothing.</source>
        <translation>בקישור של קוד ה-QR יש רווחים: טלפון שיסרוק אותו לא ימצא דבר.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link points to a sample address (%1): a phone that scans it will find nothing.</source>
        <translation>הקישור של קוד ה-QR מפנה לכתובת לדוגמה (%1): טלפון שיסרוק אותו לא ימצא דבר.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link has no real web address (“%1”): a phone that scans it will find nothing.</source>
        <translation>הקישור של קוד ה-QR אינו כתובת אינטרנט אמיתית (&quot;%1&quot;): טלפון שיסרוק אותו לא ימצא דבר.</translation>
    </message>
    <message>
        <source>The call to action&apos;s web address has spaces in it: readers who look it up will find nothing.</source>
        <translation>בכתובת האתר של הקריאה לפעולה יש רווחים: קוראים שיחפשו אותה לא ימצאו דבר.</translation>
    </message>
    <message>
        <source>The call to action&apos;s web address points to a sample address (%1): readers who look it up will find nothing.</source>
        <translation>כתובת האתר של הקריאה לפעולה מפנה לכתובת לדוגמה (%1): קוראים שיחפשו אותה לא ימצאו דבר.</translation>
    </message>
    <message>
        <source>The call to action&apos;s web address has no real web address (“%1”): readers who look it up will find nothing.</source>
        <translation>בקריאה לפעולה אין כתובת אתר אמיתית („%1”): קוראים שיחפשו אותה לא ימצאו דבר.</translation>
    </message>
    <message>
        <source>The event says nothing about when: readers cannot come.</source>
        <translation>האירוע לא אומר דבר על המועד: הקוראים לא יוכלו להגיע.</translation>
    </message>
    <message>
        <source>The event says nothing about where: readers cannot come.</source>
        <translation>האירוע לא אומר דבר על המקום: הקוראים לא יוכלו להגיע.</translation>
    </message>
    <message>
        <source>The event says nothing about when or where: readers cannot come.</source>
        <translation>האירוע לא אומר דבר על המועד או על המקום: הקוראים לא יוכלו להגיע.</translation>
    </message>
    <message>
        <source>This statement has no source: add it so readers can check it.</source>
        <translation>לקטע הזה אין מקור: יש להוסיף אותו כדי שהקוראים יוכלו לבדוק.</translation>
    </message>
    <message>
        <source>This quote has no source or attribution.</source>
        <translation>לציטוט הזה אין מקור או ייחוס.</translation>
    </message>
    <message>
        <source>This block is taller than a page and was split or scaled down.</source>
        <translation>הבלוק הזה גבוה מעמוד, ולכן פוצל או הוקטן.</translation>
    </message>
    <message>
        <source>The flyer&apos;s name is still the placeholder “%1”.</source>
        <translation>שם העלון הוא עדיין מציין המקום &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder “%1” (and %2 more in this block).</source>
        <translation>החליפו את מציין המקום של התבנית &quot;%1&quot; (ועוד %2 בגוש הזה).</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder “%1”.</source>
        <translation>החליפו את מציין המקום של התבנית &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The call to action gives no website or contact: readers cannot reach you.</source>
        <translation>בקריאה לפעולה אין אתר ואין פרטי קשר: הקוראים לא יוכלו להגיע אליכם.</translation>
    </message>
    <message>
        <source>The chart&apos;s evidence is not printed: without a Sources list its cells cannot point to their sources. Add a Sources block.</source>
        <translation>הראיות של הטבלה אינן מודפסות: בלי רשימת מקורות התאים שלה אינם יכולים להפנות למקורותיהם. הוסיפו גוש מקורות.</translation>
    </message>
    <message>
        <source>Small text is printed in several inks: use 100 % black (K) so it stays sharp.</source>
        <translation>טקסט קטן מודפס בכמה צבעי דיו: יש להשתמש ב־100% שחור (K) כדי שיישאר חד.</translation>
    </message>
    <message>
        <source>Some areas use %1 ink; print shops accept at most %2.</source>
        <translation>חלק מהאזורים משתמשים ב־%1 דיו; בתי דפוס מקבלים לכל היותר %2.</translation>
    </message>
    <message>
        <source>A line is %1 pt thin; presses do not hold lines under %2 pt.</source>
        <translation>עובי אחד הקווים %1 נק׳; מכונות דפוס אינן מחזיקות קווים דקים מ־%2 נק׳.</translation>
    </message>
    <message>
        <source>The CMYK file still holds RGB colour (colours: %1, images: %2): the shop will convert it without your say.</source>
        <translation>קובץ ה־CMYK עדיין מכיל צבעי RGB (צבעים: %1, תמונות: %2): בית הדפוס ימיר אותם בלי לשאול אותך.</translation>
    </message>
    <message>
        <source>Fonts not embedded: %1.</source>
        <translation>גופנים שלא הוטמעו: %1.</translation>
    </message>
    <message>
        <source>PDF/X was asked for but the file names no output condition (OutputIntent).</source>
        <translation>התבקש PDF/X אבל הקובץ אינו מציין תנאי פלט (OutputIntent).</translation>
    </message>
    <message>
        <source>PDF/A was asked for but the file has no colour profile (OutputIntent).</source>
        <translation>התבקש PDF/A אבל לקובץ אין פרופיל צבע (OutputIntent).</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>Preflight warnings</source>
        <translation>אזהרות הבדיקה</translation>
    </message>
    <message>
        <source>Preflight warnings; press Enter to go to the block</source>
        <translation>אזהרות הבדיקה; Enter עובר לבלוק</translation>
    </message>
    <message>
        <source>Preflight: no flyer open.</source>
        <translation>בדיקה: אין עלון פתוח.</translation>
    </message>
    <message>
        <source>Preflight: ready to print — no problems found.</source>
        <translation>בדיקה: מוכן להדפסה — לא נמצאו בעיות.</translation>
    </message>
    <message numerus="yes">
        <source>Preflight: %n thing(s) to check before printing.</source>
        <translation>
            <numerusform>בדיקה: דבר אחד לבדוק לפני ההדפסה.</numerusform>
            <numerusform>בדיקה: %n דברים לבדוק לפני ההדפסה.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Print preview</source>
        <translation>תצוגה מקדימה להדפסה</translation>
    </message>
    <message>
        <source>Open or create a flyer to see it here.</source>
        <translation>יש לפתוח או ליצור עלון כדי לראות אותו כאן.</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>מספר עמוד</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>רמת הגדלה</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>העמוד הקודם</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>העמוד הבא</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>התאמה לרוחב העמוד</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>התאמה לעמוד השלם</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <source>Preview of the printed flyer</source>
        <translation>תצוגה מקדימה של העלון המודפס</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>לא ניתן להציג את התצוגה המקדימה.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>עמוד %1 מתוך %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printing system did not answer (%1).</source>
        <translation>מערכת ההדפסה לא ענתה (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>לא צוינה סיבה</translation>
    </message>
    <message>
        <source>The printer refused the job: %1</source>
        <translation>המדפסת דחתה את העבודה: %1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>לא ניתן לפתוח את המדפסת.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>מדפסת ברירת המחדל</translation>
    </message>
    <message>
        <source>Sent to %1 (vector PDF).</source>
        <translation>נשלח אל %1 (PDF וקטורי).</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) at %1 dpi.</source>
        <translation>
            <numerusform>הודפס עמוד אחד ב־%1 dpi.</numerusform>
            <numerusform>הודפסו %n עמודים ב־%1 dpi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>פרופיל הארגון</translation>
    </message>
    <message>
        <source>e.g. info[at]your-group.org</source>
        <translation>לדוגמה info[at]your-group.org</translation>
    </message>
    <message>
        <source>e.g. your-group.org (the QR code leads there)</source>
        <translation>לדוגמה your-group.org (קוד ה־QR מוביל לשם)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;בחירה…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>בחירת תמונת לוגו</translation>
    </message>
    <message>
        <source>As the template</source>
        <translation>כמו בתבנית</translation>
    </message>
    <message>
        <source>Also put these details in the open &amp;flyer</source>
        <translation>להוסיף את הפרטים האלה גם ל&amp;עלון הפתוח</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;שם</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>שם הארגון</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;פרטי קשר</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>פרטי קשר</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;אתר</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;לוגו</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>קובץ תמונת הלוגו</translation>
    </message>
    <message>
        <source>Lan&amp;guage of new flyers</source>
        <translation>ש&amp;פת עלונים חדשים</translation>
    </message>
    <message>
        <source>Language of new flyers</source>
        <translation>שפת עלונים חדשים</translation>
    </message>
    <message>
        <source>&amp;Theme of new flyers</source>
        <translation>&amp;ערכת העיצוב של עלונים חדשים</translation>
    </message>
    <message>
        <source>Theme of new flyers</source>
        <translation>ערכת העיצוב של עלונים חדשים</translation>
    </message>
    <message>
        <source>&amp;Paper of new flyers</source>
        <translation>&amp;נייר לעלונים חדשים</translation>
    </message>
    <message>
        <source>Paper of new flyers</source>
        <translation>נייר לעלונים חדשים</translation>
    </message>
    <message>
        <source>New flyers print these details in their footer and QR code.</source>
        <translation>עלונים חדשים מדפיסים את הפרטים האלה בכותרת התחתונה ובקוד ה־QR שלהם.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>בחירת לוגו</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>תמונות ‏(*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Organiser bundles (*.organiser)</source>
        <translation>חבילות Organiser ‏(*.organiser)</translation>
    </message>
    <message>
        <source>The whole corpus</source>
        <translation>המאגר כולו</translation>
    </message>
    <message>
        <source>The open flyer, the statements it quotes and its images</source>
        <translation>העלון הפתוח, הקטעים שהוא מצטט והתמונות שלו</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>שיתוף</translation>
    </message>
    <message>
        <source>What to share:</source>
        <translation>מה לשתף:</translation>
    </message>
    <message>
        <source>Share as a bundle</source>
        <translation>שיתוף כחבילה</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>לא שותף</translation>
    </message>
    <message>
        <source>The bundle was not written.

%1</source>
        <translation>החבילה לא נכתבה.

%1</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>פתיחת חבילה</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>פותח את %1…</translation>
    </message>
    <message>
        <source>Statements that were edited on both sides are kept twice and tagged “conflict”.</source>
        <translation>קטעים שנערכו בשני הצדדים נשמרים פעמיים ומתויגים „conflict”.</translation>
    </message>
    <message>
        <source>Bundle opened</source>
        <translation>החבילה נפתחה</translation>
    </message>
    <message>
        <source>Bundle not opened</source>
        <translation>החבילה לא נפתחה</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>דבר לא שונה.

%1</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source details</source>
        <translation>פרטי המקור</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;כותרת</translation>
    </message>
    <message>
        <source>&amp;Outlet or publisher</source>
        <translation>כלי תקשורת או מו&amp;ציא לאור</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD)</source>
        <translation>&amp;תאריך (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;קישור</translation>
    </message>
    <message>
        <source>&amp;Authors (separated by ;)</source>
        <translation>&amp;מחברים (מופרדים ב־;)</translation>
    </message>
    <message>
        <source>&amp;Rights</source>
        <translation>&amp;זכויות</translation>
    </message>
    <message>
        <source>Flyers that quote this source show that its details changed.</source>
        <translation>עלונים שמצטטים את המקור הזה יציגו שהפרטים שלו השתנו.</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>למקור חייבת להיות כותרת.</translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation>עריכת המקור „%1”</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ללא כותרת)</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>מקורות</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>פרטי המקור</translation>
    </message>
    <message>
        <source>Statements of the source</source>
        <translation>הקטעים של המקור</translation>
    </message>
</context>
<context>
    <name>StatementDetail</name>
    <message>
        <source>Statement details</source>
        <translation>פרטי הקטע</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Statement text</source>
        <translation>טקסט הקטע</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;טקסט</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;תגיות</translation>
    </message>
</context>
<context>
    <name>StatementEdits</name>
    <message>
        <source>Edit statement</source>
        <translation>עריכת קטע</translation>
    </message>
    <message>
        <source>Write a statement</source>
        <translation>כתיבת קטע</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>no source (written here)</source>
        <translation>ללא מקור (נכתב כאן)</translation>
    </message>
    <message>
        <source>(written here)</source>
        <translation>(נכתב כאן)</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>&amp;Tags of this statement:</source>
        <translation>&amp;תגיות הקטע:</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>comma-separated, e.g. housing, budget</source>
        <translation>מופרדות בפסיקים, למשל: דיור, תקציב</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>תגיות מופרדות בפסיקים</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Comparison chart</source>
        <translation>טבלת השוואה</translation>
    </message>
    <message>
        <source>Open letter handout</source>
        <translation>מכתב פתוח לחלוקה</translation>
    </message>
    <message>
        <source>Event notice</source>
        <translation>הודעה על אירוע</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>רשימת קריאה</translation>
    </message>
    <message>
        <source>Slogan poster</source>
        <translation>כרזת סיסמה</translation>
    </message>
    <message>
        <source>Statement excerpt with notes</source>
        <translation>קטע מובא עם הערות</translation>
    </message>
    <message>
        <source>Open letter to a movement</source>
        <translation>מכתב פתוח לתנועה</translation>
    </message>
    <message>
        <source>Subjects side by side, one row per question, a verdict word in every cell; sources, a call to action and contact underneath. Modelled on “From Ukraine to Palestine, occupation is a crime”.</source>
        <translation>הנושאים זה לצד זה, שורה לכל שאלה, מילת הכרעה בכל תא; מתחת: מקורות, קריאה לפעולה ופרטי קשר. בהשראת „מאוקראינה ועד פלסטין, הכיבוש הוא פשע”.</translation>
    </message>
    <message>
        <source>A letter to hand out: title, chosen paragraphs, the letter&apos;s demands, date, signatories, a call to action and the source. Long letters run onto the back of the sheet rather than shrinking below a readable size.</source>
        <translation>מכתב לחלוקה: כותרת, פסקאות נבחרות, דרישות המכתב, תאריך, החותמים, קריאה לפעולה והמקור. מכתב ארוך ממשיך לגב הדף במקום להתכווץ מתחת לגודל קריא.</translation>
    </message>
    <message>
        <source>A meeting or action: what, when, where and who speaks, why it matters, who organises it, and a call to action with the group&apos;s website, contact and a QR code.</source>
        <translation>מפגש או פעולה: מה, מתי, איפה ומי מדבר, למה זה חשוב, מי מארגן, וקריאה לפעולה עם אתר הקבוצה, פרטי קשר וקוד QR.</translation>
    </message>
    <message>
        <source>Articles and interviews to pass on, each with its title, author, outlet and date: a pocket-size A6 card (4 to an A4 sheet).</source>
        <translation>מאמרים וראיונות להעביר הלאה, כל אחד עם כותרת, כותב, כלי תקשורת ותאריך: כרטיס כיס בגודל A6 (4 בגיליון A4).</translation>
    </message>
    <message>
        <source>One slogan in big type for a march: A3, or tiled across A4 sheets; optional second and third lines carry the same slogan in other languages.</source>
        <translation>סיסמה אחת באותיות גדולות להפגנה: A3 או מפוצלת על פני גיליונות A4; שורה שנייה ושלישית, לבחירה, נושאות את אותה סיסמה בשפות אחרות.</translation>
    </message>
    <message>
        <source>A passage quoted from a longer text, with numbered notes that explain it and the list of sources.</source>
        <translation>קטע מצוטט מטקסט ארוך יותר, עם הערות ממוספרות שמסבירות אותו ורשימת מקורות.</translation>
    </message>
    <message>
        <source>A short letter from one movement to another on a single A5 sheet: salutation, the letter, closing and signatories.</source>
        <translation>מכתב קצר מתנועה אחת לאחרת על גיליון A5 אחד: פנייה, המכתב, סיום וחותמים.</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Campaign</source>
        <translation>קמפיין</translation>
    </message>
    <message>
        <source>Newsprint</source>
        <translation>נייר עיתון</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>לילה</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>סולידריות</translation>
    </message>
    <message>
        <source>Photocopy</source>
        <translation>צילום מסמך</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit statement “%1”</source>
        <translation>עריכת הקטע „%1”</translation>
    </message>
    <message>
        <source>Change tags (%1)</source>
        <translation>שינוי תגיות (%1)</translation>
    </message>
    <message>
        <source>Write statement “%1”</source>
        <translation>כתיבת הקטע „%1”</translation>
    </message>
    <message>
        <source>Delete statement “%1”</source>
        <translation>מחיקת הקטע „%1”</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>חלקית</translation>
    </message>
    <message>
        <source>Arguably</source>
        <translation>אולי</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
</context>
<context>
    <name>WindowFlows</name>
    <message>
        <source>Copy statements</source>
        <translation>העתקת קטעים</translation>
    </message>
    <message>
        <source>Select one or more statements first.</source>
        <translation>יש לבחור קודם קטע אחד או יותר.</translation>
    </message>
    <message>
        <source>Open or create a flyer first (Ctrl+N).</source>
        <translation>יש לפתוח או ליצור עלון קודם (Ctrl+N).</translation>
    </message>
    <message>
        <source>Added to “%1”, before its sources.</source>
        <translation>נוסף אל „%1”, לפני המקורות שלו.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n statement(s): paste them into a flyer or a chart cell.</source>
        <translation>
            <numerusform>הועתק קטע אחד: אפשר להדביק אותו בעלון או בתא של טבלה.</numerusform>
            <numerusform>הועתקו %n קטעים: אפשר להדביק אותם בעלון או בתא של טבלה.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a source or one of its statements first.</source>
        <translation>יש לבחור קודם מקור או אחד הקטעים שלו.</translation>
    </message>
    <message>
        <source>Source details saved. Flyers quoting it are marked as changed.</source>
        <translation>פרטי המקור נשמרו. העלונים שמצטטים אותו מסומנים כעלונים שהשתנו.</translation>
    </message>
    <message>
        <source>Profile saved: new flyers will carry it.</source>
        <translation>הפרופיל נשמר: עלונים חדשים יכללו אותו.</translation>
    </message>
    <message>
        <source>The profile is empty: fill it in first (File ▸ Organisation profile).</source>
        <translation>הפרופיל ריק: יש למלא אותו קודם (קובץ ▸ פרופיל הארגון).</translation>
    </message>
    <message>
        <source>Put the profile in the flyer</source>
        <translation>הכנסת הפרופיל לעלון</translation>
    </message>
    <message>
        <source>Open the flyer to merge first.</source>
        <translation>יש לפתוח קודם את העלון למיזוג.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported as soon as the open dialog or the running import is finished.</source>
        <translation>
            <numerusform>קובץ אחד ייובא מיד כשתיבת הדו־שיח הפתוחה או הייבוא הפעיל יסתיימו.</numerusform>
            <numerusform>%n קבצים ייובאו מיד כשתיבת הדו־שיח הפתוחה או הייבוא הפעיל יסתיימו.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>The task stopped because of an unexpected problem (%1).</source>
        <translation>המשימה נעצרה בגלל בעיה לא צפויה (%1).</translation>
    </message>
</context>
<context>
    <name>ws</name>
    <message>
        <source>Change export settings</source>
        <translation>שינוי הגדרות הייצוא</translation>
    </message>
    <message>
        <source>Those statements are no longer in the corpus.</source>
        <translation>הקטעים האלה כבר אינם במאגר.</translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>יש לפתוח או ליצור עלון קודם.</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>הוספת קטע</translation>
    </message>
    <message numerus="yes">
        <source>Add %n statements</source>
        <translation>
            <numerusform>הוספת קטע אחד</numerusform>
            <numerusform>הוספת %n קטעים</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell of a comparison chart first, then use the statement as its evidence.</source>
        <translation>יש לבחור קודם תא בטבלת השוואה, ואז להשתמש בקטע כראיה עבורו.</translation>
    </message>
    <message>
        <source>That statement is no longer in the corpus.</source>
        <translation>הקטע הזה כבר אינו במאגר.</translation>
    </message>
    <message>
        <source>Take the new statement text</source>
        <translation>שימוש בטקסט החדש של הקטע</translation>
    </message>
</context>
</TS>
