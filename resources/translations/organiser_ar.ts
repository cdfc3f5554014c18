<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Add texts (txt, md, html, pdf, docx) to the corpus</source>
        <translation>إضافة نصوص (txt وmd وhtml وpdf وdocx) إلى مجموعة النصوص</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Add every text in a folder and its subfolders</source>
        <translation>إضافة كل النصوص في مجلد ومجلداته الفرعية</translation>
    </message>
    <message>
        <source>&amp;New flyer</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <source>Start a new flyer</source>
        <translation>بدء منشور جديد</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the current flyer as a print-ready PDF or PNG</source>
        <translation>تصدير المنشور الحالي ملفَّ PDF جاهزًا للطباعة أو صورة PNG</translation>
    </message>
    <message>
        <source>E&amp;ditions…</source>
        <translation>الطبعات…</translation>
    </message>
    <message>
        <source>The flyer in other languages: translate it, export an edition or a bilingual sheet</source>
        <translation>المنشور بلغات أخرى: ترجمته، أو تصدير طبعة منه، أو ورقة ثنائية اللغة</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the current flyer</source>
        <translation>طباعة المنشور الحالي</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>مشاركة…</translation>
    </message>
    <message>
        <source>Write a bundle of the corpus or the open flyer for another organiser</source>
        <translation>كتابة حزمة من مجموعة النصوص أو من المنشور المفتوح لمنظِّم آخر</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>فتح حزمة…</translation>
    </message>
    <message>
        <source>Merge a bundle (.organiser) from another organiser into the corpus</source>
        <translation>دمج حزمة (.organiser) من منظِّم آخر في مجموعة النصوص</translation>
    </message>
    <message>
        <source>&amp;Back up corpus…</source>
        <translation>نسخ احتياطي لمجموعة النصوص…</translation>
    </message>
    <message>
        <source>Write the whole corpus to one file (safe while you work)</source>
        <translation>كتابة مجموعة النصوص كلها في ملف واحد (آمن أثناء العمل)</translation>
    </message>
    <message>
        <source>&amp;Restore corpus from a backup…</source>
        <translation>استعادة مجموعة النصوص من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Replace the corpus with a backup; the corpus as it is now is backed up first</source>
        <translation>استبدال مجموعة النصوص بنسخة احتياطية؛ تُحفظ أولًا نسخة من مجموعة النصوص الحالية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Close Organiser</source>
        <translation>إغلاق Organiser</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected statement or block</source>
        <translation>حذف المقطع أو الكتلة المحددة</translation>
    </message>
    <message>
        <source>&amp;Find statements</source>
        <translation>بحث في المقاطع</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>البحث في مجموعة النصوص</translation>
    </message>
    <message>
        <source>&amp;Write a statement…</source>
        <translation>كتابة مقطع…</translation>
    </message>
    <message>
        <source>Add a statement of your own to the corpus</source>
        <translation>إضافة مقطع من كتابتك إلى مجموعة النصوص</translation>
    </message>
    <message>
        <source>Edit s&amp;tatement…</source>
        <translation>تحرير المقطع…</translation>
    </message>
    <message>
        <source>Change the text of the selected statement</source>
        <translation>تغيير نص المقطع المحدد</translation>
    </message>
    <message>
        <source>T&amp;ag statement…</source>
        <translation>وسم المقطع…</translation>
    </message>
    <message>
        <source>Add or remove tags of the selected statement</source>
        <translation>إضافة وسوم المقطع المحدد أو إزالتها</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Show the statement search</source>
        <translation>عرض البحث في المقاطع</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Show the sources and their statements</source>
        <translation>عرض المصادر ومقاطعها</translation>
    </message>
    <message>
        <source>&amp;About Organiser</source>
        <translation>حول Organiser</translation>
    </message>
    <message>
        <source>What this app is</source>
        <translation>ما هذا التطبيق</translation>
    </message>
    <message>
        <source>Add to fl&amp;yer</source>
        <translation>إضافة إلى المنشور</translation>
    </message>
    <message>
        <source>Quote the selected statements in the open flyer, before its sources</source>
        <translation>اقتباس المقاطع المحددة في المنشور المفتوح، قبل مصادره</translation>
    </message>
    <message>
        <source>Use as e&amp;vidence</source>
        <translation>استخدام كدليل</translation>
    </message>
    <message>
        <source>Cite the selected statements as evidence of the selected chart cell</source>
        <translation>الاستشهاد بالمقاطع المحددة دليلًا على خلية الجدول المحددة</translation>
    </message>
    <message>
        <source>Edit s&amp;ource details…</source>
        <translation>تحرير تفاصيل المصدر…</translation>
    </message>
    <message>
        <source>Change the title, outlet, date, link, authors or rights of a source</source>
        <translation>تغيير عنوان المصدر أو جهة نشره أو تاريخه أو رابطه أو مؤلفيه أو حقوقه</translation>
    </message>
    <message>
        <source>Or&amp;ganisation profile…</source>
        <translation>ملف تعريف المنظمة…</translation>
    </message>
    <message>
        <source>Your group&apos;s name, contact, website, logo and the defaults of new flyers</source>
        <translation>اسم مجموعتك وبيانات الاتصال بها وموقعها وشعارها والإعدادات الافتراضية للمنشورات الجديدة</translation>
    </message>
    <message>
        <source>Put the profile in this fl&amp;yer</source>
        <translation>وضع ملف التعريف في هذا المنشور</translation>
    </message>
    <message>
        <source>Fill the open flyer&apos;s footer, QR code and logo from the profile</source>
        <translation>ملء تذييل المنشور المفتوح ورمز QR والشعار من ملف التعريف</translation>
    </message>
    <message>
        <source>&amp;Merge with a table of rows…</source>
        <translation>دمج مع جدول صفوف…</translation>
    </message>
    <message>
        <source>One copy of the flyer per row of a CSV table (venue, time, contact…)</source>
        <translation>نسخة من المنشور لكل صف في جدول CSV (المكان، الوقت، جهة الاتصال…)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The system refused: %1.</source>
        <translation>رفض النظام العملية: %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details were written to %2.</source>
        <translation>حدث خطأ ما (%1). كُتبت التفاصيل في %2.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Corpus backup (*.db);;All files (*)</source>
        <translation>نسخة احتياطية لمجموعة النصوص (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية التلقائية لليوم: %1</translation>
    </message>
    <message>
        <source>Back up the corpus</source>
        <translation>النسخ الاحتياطي لمجموعة النصوص</translation>
    </message>
    <message>
        <source>The corpus is backed up to %1.</source>
        <translation>حُفظت نسخة احتياطية من مجموعة النصوص في %1.</translation>
    </message>
    <message>
        <source>An import is running: restore the backup once it has finished (or cancel it).</source>
        <translation>هناك استيراد جارٍ: استعد النسخة الاحتياطية بعد انتهائه (أو ألغِه).</translation>
    </message>
    <message>
        <source>Restore the corpus from a backup</source>
        <translation>استعادة مجموعة النصوص من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore the corpus</source>
        <translation>استعادة مجموعة النصوص</translation>
    </message>
    <message>
        <source>Replace the whole corpus with the backup %1?

The corpus as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>أتريد استبدال مجموعة النصوص كلها بالنسخة الاحتياطية %1؟

تُحفظ أولًا نسخة من مجموعة النصوص كما هي الآن، فيمكن التراجع باستعادة تلك النسخة.</translation>
    </message>
    <message>
        <source>Restored %1. The corpus as it was is kept in %2.</source>
        <translation>اُستعيدت %1. ومجموعة النصوص كما كانت محفوظة في %2.</translation>
    </message>
</context>
<context>
    <name>BlockListModel</name>
    <message>
        <source>The corpus text of this statement has changed since it was added.</source>
        <translation>تغيّر نص هذا المقطع في مجموعة النصوص منذ إضافته.</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholders: </source>
        <translation>استبدال العناصر النائبة في القالب: </translation>
    </message>
    <message>
        <source>%1, block %2 of %3</source>
        <translation>%1، الكتلة %2 من %3</translation>
    </message>
</context>
<context>
    <name>BlockProperties</name>
    <message>
        <source>Block properties</source>
        <translation>خصائص الكتلة</translation>
    </message>
    <message>
        <source>Select a block to edit it.</source>
        <translation>اختر كتلة لتحريرها.</translation>
    </message>
    <message>
        <source>Take the new text</source>
        <translation>اعتماد النص الجديد</translation>
    </message>
    <message>
        <source>Take the corpus&apos;s new text for this statement</source>
        <translation>اعتماد النص الجديد لهذا المقطع من مجموعة النصوص</translation>
    </message>
    <message>
        <source>%1 — nothing to set.</source>
        <translation>%1 — لا شيء لضبطه.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> مم</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>اختيار ملف صورة</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>لم تُضف الصورة</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>لم يُسجَّل مصدر</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>من: %1</translation>
    </message>
    <message>
        <source>⚠ This statement has been edited in the corpus since it was added:
“%1”</source>
        <translation>⚠ حُرِّر هذا المقطع في مجموعة النصوص بعد إضافته:
«%1»</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Headline</source>
        <translation>عنوان رئيسي</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Quoted statement</source>
        <translation>مقطع مقتبس</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>جدول مقارنة</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>تفاصيل الفعالية</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>دعوة إلى العمل</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>الموقّعون</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>تذييل</translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation>قائمة المصادر</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>خط فاصل</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة فارغة</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>عمودان</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>لا أطراف</numerusform>
            <numerusform>طرف واحد</numerusform>
            <numerusform>طرفان</numerusform>
            <numerusform>%n أطراف</numerusform>
            <numerusform>%n طرفًا</numerusform>
            <numerusform>%n طرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>لا معايير</numerusform>
            <numerusform>معيار واحد</numerusform>
            <numerusform>معياران</numerusform>
            <numerusform>%n معايير</numerusform>
            <numerusform>%n معيارًا</numerusform>
            <numerusform>%n معيار</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 مم</translation>
    </message>
    <message>
        <source>%1 + %2 blocks</source>
        <translation>%1 + %2 كتل</translation>
    </message>
</context>
<context>
    <name>ChartEditor</name>
    <message>
        <source>Comparison chart editor</source>
        <translation>محرر جدول المقارنة</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>عنوان الجدول</translation>
    </message>
    <message>
        <source>Edit chart title</source>
        <translation>تحرير عنوان الجدول</translation>
    </message>
    <message>
        <source>Heading of the criteria column</source>
        <translation>عنوان عمود المعايير</translation>
    </message>
    <message>
        <source>Edit criteria heading</source>
        <translation>تحرير عنوان المعايير</translation>
    </message>
    <message>
        <source>Criteria heading</source>
        <translation>عنوان المعايير</translation>
    </message>
    <message>
        <source>Comparison chart cells</source>
        <translation>خلايا جدول المقارنة</translation>
    </message>
    <message>
        <source>Select all cells</source>
        <translation>تحديد كل الخلايا</translation>
    </message>
    <message>
        <source>Verdict of the selected cells</source>
        <translation>حكم الخلايا المحددة</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>بلا حكم</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Add a criterion (row)</source>
        <translation>إضافة معيار (صف)</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>إزالة المعيار المحدد</translation>
    </message>
    <message>
        <source>Move the criterion up</source>
        <translation>نقل المعيار لأعلى</translation>
    </message>
    <message>
        <source>Move the criterion down</source>
        <translation>نقل المعيار لأسفل</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Add a subject (column)</source>
        <translation>إضافة طرف (عمود)</translation>
    </message>
    <message>
        <source>Remove the selected subject</source>
        <translation>إزالة الطرف المحدد</translation>
    </message>
    <message>
        <source>Move the subject left</source>
        <translation>نقل الطرف إلى اليسار</translation>
    </message>
    <message>
        <source>Move the subject right</source>
        <translation>نقل الطرف إلى اليمين</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>استيراد من CSV…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>تصدير بصيغة CSV…</translation>
    </message>
    <message>
        <source>Import or export the chart as CSV</source>
        <translation>استيراد الجدول أو تصديره بصيغة CSV</translation>
    </message>
    <message>
        <source>Evidence of the selected cell</source>
        <translation>أدلة الخلية المحددة</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>إزالة الدليل</translation>
    </message>
    <message>
        <source>Ver&amp;dict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Ev&amp;idence of the cell — drop statements from the corpus onto a cell, or paste them (Ctrl+V):</source>
        <translation>أدلة الخلية — اسحب مقاطع من مجموعة النصوص وأفلتها على خلية، أو الصقها (Ctrl+V):</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>المقطع %1</translation>
    </message>
    <message>
        <source>Edit chart cell</source>
        <translation>تحرير خلية الجدول</translation>
    </message>
    <message>
        <source>Those statements are no longer in the corpus.</source>
        <translation>لم تعد هذه المقاطع موجودة في مجموعة النصوص.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>إرفاق دليل</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>تعيين الحكم</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>معيار جديد</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>إزالة المعيار</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>نقل المعيار</translation>
    </message>
    <message>
        <source>New subject</source>
        <translation>طرف جديد</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>إضافة طرف</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>إزالة الطرف</translation>
    </message>
    <message>
        <source>Move subject</source>
        <translation>نقل الطرف</translation>
    </message>
    <message>
        <source>Rename subject</source>
        <translation>إعادة تسمية الطرف</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>إعادة تسمية المعيار</translation>
    </message>
    <message>
        <source>New name of the subject:</source>
        <translation>الاسم الجديد للطرف:</translation>
    </message>
    <message>
        <source>New name of the criterion:</source>
        <translation>الاسم الجديد للمعيار:</translation>
    </message>
    <message>
        <source>Import chart from CSV</source>
        <translation>استيراد الجدول من CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be read: %1</source>
        <translation>تعذّرت قراءة ملف CSV: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>لا معايير</numerusform>
            <numerusform>معيار واحد</numerusform>
            <numerusform>معياران</numerusform>
            <numerusform>%n معايير</numerusform>
            <numerusform>%n معيارًا</numerusform>
            <numerusform>%n معيار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>لا أطراف</numerusform>
            <numerusform>طرف واحد</numerusform>
            <numerusform>طرفان</numerusform>
            <numerusform>%n أطراف</numerusform>
            <numerusform>%n طرفًا</numerusform>
            <numerusform>%n طرف</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 × %2.</source>
        <translation>اُستورد %1 × %2.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Export chart as CSV</source>
        <translation>تصدير الجدول بصيغة CSV</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>تعذّرت كتابة ملف CSV: %1</translation>
    </message>
    <message>
        <source>Chart saved as %1.</source>
        <translation>حُفظ الجدول باسم %1.</translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <source>Rename criterion…</source>
        <translation>إعادة تسمية المعيار…</translation>
    </message>
    <message>
        <source>Insert criterion above</source>
        <translation>إدراج معيار أعلاه</translation>
    </message>
    <message>
        <source>Insert criterion below</source>
        <translation>إدراج معيار أسفله</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>إزالة المعيار</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <source>Rename subject…</source>
        <translation>إعادة تسمية الطرف…</translation>
    </message>
    <message>
        <source>Insert subject before</source>
        <translation>إدراج طرف قبله</translation>
    </message>
    <message>
        <source>Insert subject after</source>
        <translation>إدراج طرف بعده</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>نقل إلى اليسار</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>نقل إلى اليمين</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>إزالة الطرف</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>إضافة طرف</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>تحرير النص</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>بلا حكم</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>استيراد من CSV…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>تصدير بصيغة CSV…</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no verdict</source>
        <translation>بلا حكم</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: %1; %n piece(s) of evidence</source>
        <translation>
            <numerusform>الحكم: %1؛ لا أدلة</numerusform>
            <numerusform>الحكم: %1؛ دليل واحد</numerusform>
            <numerusform>الحكم: %1؛ دليلان</numerusform>
            <numerusform>الحكم: %1؛ %n أدلة</numerusform>
            <numerusform>الحكم: %1؛ %n دليلًا</numerusform>
            <numerusform>الحكم: %1؛ %n دليل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>The flyer “%1” could not be saved: %2</source>
        <translation>تعذّر حفظ المنشور «%1»: %2</translation>
    </message>
    <message>
        <source>Your edits are still here. Try again, save the flyer as a file somewhere else, or close without saving them.</source>
        <translation>تعديلاتك ما زالت هنا. حاول مجددًا، أو احفظ المنشور ملفًا في مكان آخر، أو أغلق دون حفظها.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>تجاهل التعديلات</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>إبقاء النافذة مفتوحة</translation>
    </message>
    <message>
        <source>Save a copy of the flyer</source>
        <translation>حفظ نسخة من المنشور</translation>
    </message>
    <message>
        <source>Flyer (*.json)</source>
        <translation>منشور (*.json)</translation>
    </message>
    <message>
        <source>the corpus did not answer</source>
        <translation>لم تستجب مجموعة النصوص</translation>
    </message>
    <message>
        <source>The window stays open: the flyer is not saved yet. Your edits are kept.</source>
        <translation>تبقى النافذة مفتوحة: لم يُحفظ المنشور بعد. تعديلاتك محفوظة.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>جهة النشر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>CorpusView</name>
    <message>
        <source>Search statements (any language)…</source>
        <translation>ابحث في المقاطع (بأي لغة)…</translation>
    </message>
    <message>
        <source>Search statements</source>
        <translation>البحث في المقاطع</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>تصفية حسب الوسم</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>تصفية حسب اللغة</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>تصفية حسب المصدر</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>منشور من</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>منشور حتى</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>عدد النتائج</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Published f&amp;rom</source>
        <translation>منشور من</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) (the best matches)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد (أفضل النتائج)</numerusform>
            <numerusform>مقطعان (أفضل النتائج)</numerusform>
            <numerusform>%n مقاطع (أفضل النتائج)</numerusform>
            <numerusform>%n مقطعًا (أفضل النتائج)</numerusform>
            <numerusform>%n مقطع (أفضل النتائج)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>%n مقطعًا</numerusform>
            <numerusform>%n مقطع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Organiser closed unexpectedly last time. Your work was saved: flyers and statements are stored as you edit them. What happened is written in the log: %1</source>
        <translation>أُغلق Organiser على نحو غير متوقع في المرة السابقة. عملك محفوظ: تُخزَّن المنشورات والمقاطع أثناء تحريرها. ما حدث مكتوب في السجل: %1</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Select a statement to see it whole, with its source.</source>
        <translation>اختر مقطعًا لتراه كاملًا مع مصدره.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>جهة النشر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 وواحد آخر</numerusform>
            <numerusform>%1 واثنان آخران</numerusform>
            <numerusform>%1 و%n آخرين</numerusform>
            <numerusform>%1 و%n آخرين</numerusform>
            <numerusform>%1 و%n آخرين</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Edited here; the imported text is kept.</source>
        <translation>حُرِّر هنا؛ والنص المستورد محفوظ.</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2 in this source.</source>
        <translation>الفقرة %1 من %2 في هذا المصدر.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>لا مقاطع.</numerusform>
            <numerusform>مقطع واحد.</numerusform>
            <numerusform>مقطعان.</numerusform>
            <numerusform>%n مقاطع.</numerusform>
            <numerusform>%n مقطعًا.</numerusform>
            <numerusform>%n مقطع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <source>Editions in other languages</source>
        <translation>طبعات بلغات أخرى</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>الطبعة</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>الطبعة:</translation>
    </message>
    <message>
        <source>&amp;Add edition…</source>
        <translation>إضافة طبعة…</translation>
    </message>
    <message>
        <source>&amp;Remove edition</source>
        <translation>إزالة الطبعة</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Texts of the edition</source>
        <translation>نصوص الطبعة</translation>
    </message>
    <message>
        <source>E&amp;xport this edition…</source>
        <translation>تصدير هذه الطبعة…</translation>
    </message>
    <message>
        <source>&amp;Bilingual sheet…</source>
        <translation>ورقة ثنائية اللغة…</translation>
    </message>
    <message>
        <source>This flyer has no editions yet. Add one to translate its texts.</source>
        <translation>لا طبعات لهذا المنشور بعد. أضف طبعة لترجمة نصوصه.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n text(s) translated.</source>
        <translation>
            <numerusform>تُرجم %1 من لا نصوص.</numerusform>
            <numerusform>تُرجم %1 من نص واحد.</numerusform>
            <numerusform>تُرجم %1 من نصين.</numerusform>
            <numerusform>تُرجم %1 من %n نصوص.</numerusform>
            <numerusform>تُرجم %1 من %n نصًا.</numerusform>
            <numerusform>تُرجم %1 من %n نص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than the original: check them.</source>
        <translation>
            <numerusform>لا شيء أقدم من الأصل.</numerusform>
            <numerusform>نص واحد أقدم من الأصل: راجعه.</numerusform>
            <numerusform>نصان أقدم من الأصل: راجعهما.</numerusform>
            <numerusform>%n نصوص أقدم من الأصل: راجعها.</numerusform>
            <numerusform>%n نصًا أقدم من الأصل: راجعها.</numerusform>
            <numerusform>%n نص أقدم من الأصل: راجعها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untranslated texts print in the original language.</source>
        <translation>تُطبع النصوص غير المترجمة بلغة الأصل.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>older than the original</source>
        <translation>أقدم من الأصل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Translate text</source>
        <translation>ترجمة النص</translation>
    </message>
    <message>
        <source>Add edition</source>
        <translation>إضافة طبعة</translation>
    </message>
    <message>
        <source>Language of the new edition:</source>
        <translation>لغة الطبعة الجديدة:</translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation>إزالة الطبعة</translation>
    </message>
    <message>
        <source>Export edition</source>
        <translation>تصدير الطبعة</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>واحدة فوق الأخرى</translation>
    </message>
    <message>
        <source>Bilingual sheet</source>
        <translation>ورقة ثنائية اللغة</translation>
    </message>
    <message>
        <source>How the two editions share the sheet:</source>
        <translation>كيف تتقاسم الطبعتان الورقة:</translation>
    </message>
    <message>
        <source>Export bilingual sheet</source>
        <translation>تصدير ورقة ثنائية اللغة</translation>
    </message>
    <message>
        <source>Preflight: %1</source>
        <translation>الفحص: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export flyer</source>
        <translation>تصدير المنشور</translation>
    </message>
    <message>
        <source>Print flyer</source>
        <translation>طباعة المنشور</translation>
    </message>
    <message>
        <source>PDF (print-ready, vector)</source>
        <translation>PDF (جاهز للطباعة، متجهي)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>As the flyer (%1)</source>
        <translation>كما في المنشور (%1)</translation>
    </message>
    <message>
        <source>copy shop</source>
        <translation>محل طباعة</translation>
    </message>
    <message>
        <source>home printer</source>
        <translation>طابعة منزلية</translation>
    </message>
    <message>
        <source>Home printer (no bleed)</source>
        <translation>طابعة منزلية (بلا تجاوز للحواف)</translation>
    </message>
    <message>
        <source>Copy shop (bleed, crop marks)</source>
        <translation>محل طباعة (تجاوز للحواف، علامات قص)</translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation>واحد في كل ورقة</translation>
    </message>
    <message>
        <source>%1 per sheet</source>
        <translation>%1 في كل ورقة</translation>
    </message>
    <message>
        <source>No (one page per sheet)</source>
        <translation>لا (صفحة واحدة في كل ورقة)</translation>
    </message>
    <message>
        <source>Split across %1 sheets</source>
        <translation>تقسيم على أوراق %1</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Grey only (for photocopying)</source>
        <translation>رمادي فقط (للتصوير الضوئي)</translation>
    </message>
    <message>
        <source>CM&amp;YK colours (for a copy shop)</source>
        <translation>ألوان CMYK (لمحل طباعة)</translation>
    </message>
    <message>
        <source>Cut &amp;marks (between copies, or crop marks for a copy shop)</source>
        <translation>علامات القص (بين النسخ، أو علامات القص لمحل طباعة)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>File &amp;type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Printing &amp;at</source>
        <translation>الطباعة في</translation>
    </message>
    <message>
        <source>&amp;Copies per sheet</source>
        <translation>عدد النسخ في كل ورقة</translation>
    </message>
    <message>
        <source>Sheet s&amp;ize</source>
        <translation>حجم الورقة</translation>
    </message>
    <message>
        <source>P&amp;oster</source>
        <translation>ملصق</translation>
    </message>
    <message>
        <source>PDF stan&amp;dard</source>
        <translation>معيار PDF</translation>
    </message>
    <message>
        <source>PNG &amp;resolution</source>
        <translation>دقة PNG</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation>نتائج الفحص</translation>
    </message>
    <message>
        <source>Show in the &amp;flyer</source>
        <translation>عرض في المنشور</translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n thing(s) to check before printing (Enter shows the block):</source>
        <translation>
            <numerusform>وجد الفحص أنه لا شيء للمراجعة قبل الطباعة (يعرض Enter الكتلة):</numerusform>
            <numerusform>وجد الفحص أمرًا واحدًا للمراجعة قبل الطباعة (يعرض Enter الكتلة):</numerusform>
            <numerusform>وجد الفحص أمرين للمراجعة قبل الطباعة (يعرض Enter الكتلة):</numerusform>
            <numerusform>وجد الفحص %n أمور للمراجعة قبل الطباعة (يعرض Enter الكتلة):</numerusform>
            <numerusform>وجد الفحص %n أمرًا للمراجعة قبل الطباعة (يعرض Enter الكتلة):</numerusform>
            <numerusform>وجد الفحص %n أمر للمراجعة قبل الطباعة (يعرض Enter الكتلة):</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight found nothing to fix: ready to print.</source>
        <translation>لم يجد الفحص شيئًا يحتاج إلى إصلاح: جاهز للطباعة.</translation>
    </message>
    <message>
        <source>%1 (shop sheet, room for bleed)</source>
        <translation>%1 (ورقة محل الطباعة، مع هامش لتجاوز الحواف)</translation>
    </message>
    <message>
        <source>Plain PDF</source>
        <translation>PDF عادي</translation>
    </message>
    <message>
        <source>PDF/X-4 (for a press)</source>
        <translation>PDF/X-4 (للمطبعة)</translation>
    </message>
    <message>
        <source>PDF/A-2b (for archiving)</source>
        <translation>PDF/A-2b (للأرشفة)</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>اختيار مكان الحفظ</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Printing at</source>
        <translation>مكان الطباعة</translation>
    </message>
    <message>
        <source>Copies per sheet</source>
        <translation>النسخ في كل ورقة</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>PDF standard</source>
        <translation>معيار PDF</translation>
    </message>
    <message>
        <source>Poster tiling</source>
        <translation>تقسيم الملصق</translation>
    </message>
    <message>
        <source>Grey only</source>
        <translation>رمادي فقط</translation>
    </message>
    <message>
        <source>CMYK colours</source>
        <translation>ألوان CMYK</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>دقة PNG</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>الحفظ باسم</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>التصدير باسم</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG ‏(*.png)</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>افتح منشورًا أو أنشئه أولًا.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحةً</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>لا أوراق</numerusform>
            <numerusform>ورقة واحدة</numerusform>
            <numerusform>ورقتين</numerusform>
            <numerusform>%n أوراق</numerusform>
            <numerusform>%n ورقةً</numerusform>
            <numerusform>%n ورقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2 on %3.</source>
        <translation>حُفظ %1: %2 على %3.</translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translation>حُفظ %1: %2.</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>للمراجعة:</translation>
    </message>
    <message>
        <source>Open or create a flyer to export it.</source>
        <translation>افتح منشورًا أو أنشئه لتصديره.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>فتح المجلد الحاوي</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>The flyer was not exported.

%1</source>
        <translation>لم يُصدَّر المنشور.

%1</translation>
    </message>
    <message>
        <source>Open or create a flyer to print it.</source>
        <translation>افتح منشورًا أو أنشئه لطباعته.</translation>
    </message>
    <message>
        <source>Print flyer</source>
        <translation>طباعة المنشور</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>فشلت الطباعة</translation>
    </message>
    <message>
        <source>The flyer was not printed.

%1</source>
        <translation>لم يُطبع المنشور.

%1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Headline</source>
        <translation>عنوان رئيسي</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>نص التذييل</translation>
    </message>
    <message>
        <source>Printed text</source>
        <translation>النص المطبوع</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>النسبة إلى القائل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Items (one per line)</source>
        <translation>البنود (بند في كل سطر)</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>مرقّمة</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>ملف الصورة</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>حقوق الصورة</translation>
    </message>
    <message>
        <source>Width (mm, 0 = full)</source>
        <translation>العرض (مم، 0 = كامل)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>الحجم (مم)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Speakers (one per line)</source>
        <translation>المتحدثون (واحد في كل سطر)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>الارتفاع (مم)</translation>
    </message>
    <message>
        <source>What to do (e.g. Join us)</source>
        <translation>ما المطلوب (مثلًا: انضمّوا إلينا)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>البريد الإلكتروني أو الهاتف</translation>
    </message>
    <message>
        <source>QR code to the website</source>
        <translation>رمز QR إلى الموقع</translation>
    </message>
    <message>
        <source>QR code size (mm)</source>
        <translation>حجم رمز QR (مم)</translation>
    </message>
    <message>
        <source>Signatories (one per line: Name — role, organisation)</source>
        <translation>الموقّعون (واحد في كل سطر: الاسم — الصفة، المنظمة)</translation>
    </message>
    <message>
        <source>After the names (e.g. and 270 others)</source>
        <translation>بعد الأسماء (مثلًا: و270 آخرون)</translation>
    </message>
    <message>
        <source>Empty: “Get involved” in the flyer&apos;s language</source>
        <translation>فارغ: «انضمّوا إلينا» بلغة المنشور</translation>
    </message>
    <message>
        <source>Empty: “Signatories” over a list of more than three</source>
        <translation>فارغ: «الموقّعون» فوق قائمة من أكثر من ثلاثة أسماء</translation>
    </message>
</context>
<context>
    <name>FlyerClipboard</name>
    <message>
        <source>Copy statement</source>
        <translation>نسخ المقطع</translation>
    </message>
    <message>
        <source>Paste statements</source>
        <translation>لصق المقاطع</translation>
    </message>
    <message>
        <source>Copy evidence</source>
        <translation>نسخ الأدلة</translation>
    </message>
    <message>
        <source>Paste as evidence</source>
        <translation>لصق كدليل</translation>
    </message>
    <message>
        <source>Only quoted statements can be copied from a flyer.</source>
        <translation>لا يمكن نسخ سوى المقاطع المقتبسة من المنشور.</translation>
    </message>
    <message>
        <source>Copy statements from the corpus first (Ctrl+C in the list).</source>
        <translation>انسخ المقطعات من مجموعة النصوص أولًا (Ctrl+C في القائمة).</translation>
    </message>
</context>
<context>
    <name>FlyerEditor</name>
    <message>
        <source>Flyer title</source>
        <translation>عنوان المنشور</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Print mode</source>
        <translation>وضع الطباعة</translation>
    </message>
    <message>
        <source>Home printer</source>
        <translation>طابعة منزلية</translation>
    </message>
    <message>
        <source>Copy shop (bleed, crop marks)</source>
        <translation>محل طباعة (تجاوز للحواف، علامات قص)</translation>
    </message>
    <message>
        <source>Language of the flyer</source>
        <translation>لغة المنشور</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Loo&amp;k</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Print &amp;mode</source>
        <translation>وضع الطباعة</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Blocks of the flyer</source>
        <translation>كتل المنشور</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>نقل الكتلة لأعلى</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>نقل الكتلة لأسفل</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>إضافة كتلة</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>إضافة كتلة</translation>
    </message>
    <message>
        <source>Add a block after the selected one (drag statements from the corpus to quote them)</source>
        <translation>إضافة كتلة بعد الكتلة المحددة (لاقتباس مقاطع اسحبها من مجموعة النصوص)</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>حذف الكتلة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Properties of the selected block</source>
        <translation>خصائص الكتلة المحددة</translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>الكتل</translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation>إعادة تسمية المنشور</translation>
    </message>
    <message>
        <source>Change page</source>
        <translation>تغيير الصفحة</translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation>تغيير السمة</translation>
    </message>
    <message>
        <source>Change print mode</source>
        <translation>تغيير وضع الطباعة</translation>
    </message>
    <message>
        <source>Change the flyer&apos;s language</source>
        <translation>تغيير لغة المنشور</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Select a block to delete.</source>
        <translation>اختر كتلة لحذفها.</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>نقل الكتلة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Take the new text from the corpus</source>
        <translation>اعتماد النص الجديد من مجموعة النصوص</translation>
    </message>
</context>
<context>
    <name>FlyerLibrary</name>
    <message>
        <source>Flyer library</source>
        <translation>مكتبة المنشورات</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>New flyer</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <source>New flyer from a template or blank (Ctrl+N)</source>
        <translation>منشور جديد من قالب أو فارغ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fl&amp;yers</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>New flyer…</source>
        <translation>منشور جديد…</translation>
    </message>
    <message>
        <source>Duplicate flyer</source>
        <translation>تكرار المنشور</translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation>إعادة تسمية المنشور</translation>
    </message>
    <message>
        <source>Delete flyer</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>FlyerSession</name>
    <message>
        <source>The flyer could not be saved: %1</source>
        <translation>تعذّر حفظ المنشور: %1</translation>
    </message>
    <message>
        <source>The flyer could not be saved (%1). Your edits are kept; retrying shortly.</source>
        <translation>تعذّر حفظ المنشور (%1). تعديلاتك محفوظة؛ ستُعاد المحاولة بعد قليل.</translation>
    </message>
</context>
<context>
    <name>FlyerWorkspace</name>
    <message>
        <source>Flyer workspace</source>
        <translation>مساحة عمل المنشور</translation>
    </message>
    <message>
        <source>The flyer could not be opened: %1</source>
        <translation>تعذّر فتح المنشور: %1</translation>
    </message>
    <message>
        <source>The template could not be used: %1</source>
        <translation>تعذّر استخدام القالب: %1</translation>
    </message>
    <message>
        <source>New flyer</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Duplicate flyer</source>
        <translation>تكرار المنشور</translation>
    </message>
    <message>
        <source>The flyer could not be created: %1</source>
        <translation>تعذّر إنشاء المنشور: %1</translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation>إعادة تسمية المنشور</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>العنوان الجديد:</translation>
    </message>
    <message>
        <source>Delete flyer “%1”</source>
        <translation>حذف المنشور «%1»</translation>
    </message>
    <message>
        <source>The flyer could not be deleted: %1</source>
        <translation>تعذّر حذف المنشور: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>حُذف «%1». التراجع يعيده.</translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>افتح منشورًا أو أنشئه أولًا.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ تجهيز المعاينة…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>تعذّر إنشاء المعاينة: %1</translation>
    </message>
    <message>
        <source>That warning is about a block inside two columns.</source>
        <translation>يخص هذا التحذير كتلة داخل عمودين.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>هناك استيراد جارٍ بالفعل؛ انتظر انتهاءه أو ألغِه أولًا.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>No text files were found there (txt, md, html, pdf, docx).</source>
        <translation>لم يُعثر هناك على ملفات نصية (txt وmd وhtml وpdf وdocx).</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>فشل الاستيراد: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>جارٍ استيراد %1 من %2…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n file(s) imported (%1), %2, %3.</source>
        <translation>
            <numerusform>لم يُستورد أي ملف (%1)، %2، %3.</numerusform>
            <numerusform>اُستورد ملف واحد (%1)، %2، %3.</numerusform>
            <numerusform>اُستورد ملفان (%1)، %2، %3.</numerusform>
            <numerusform>اُستوردت %n ملفات (%1)، %2، %3.</numerusform>
            <numerusform>اُستورد %n ملفًا (%1)، %2، %3.</numerusform>
            <numerusform>اُستورد %n ملف (%1)، %2، %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>%n مقطعًا</numerusform>
            <numerusform>%n مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the corpus</source>
        <translation>
            <numerusform>لا شيء موجود مسبقًا</numerusform>
            <numerusform>واحد موجود مسبقًا</numerusform>
            <numerusform>اثنان موجودان مسبقًا</numerusform>
            <numerusform>%n موجودة مسبقًا</numerusform>
            <numerusform>%n موجودًا مسبقًا</numerusform>
            <numerusform>%n موجود مسبقًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>لا شيء مرفوض</numerusform>
            <numerusform>واحد مرفوض</numerusform>
            <numerusform>اثنان مرفوضان</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضًا</numerusform>
            <numerusform>%n مرفوض</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation>أُلغي الاستيراد. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n statement(s)</source>
        <translation>
            <numerusform>%1: لم يُستورد أي مقطع</numerusform>
            <numerusform>%1: اُستورد مقطع واحد</numerusform>
            <numerusform>%1: اُستورد مقطعان</numerusform>
            <numerusform>%1: اُستوردت %n مقاطع</numerusform>
            <numerusform>%1: اُستورد %n مقطعًا</numerusform>
            <numerusform>%1: اُستورد %n مقطع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already in the corpus</source>
        <translation>%1: موجود بالفعل في مجموعة النصوص</translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation>%1: مرفوض: %2</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>الملفات المستوردة</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Takes effect when Organiser starts again</source>
        <translation>يسري عند تشغيل Organiser من جديد</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>كما في النظام (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Organiser will speak %1 when it starts again.</source>
        <translation>سيستخدم Organiser اللغة %1 عند تشغيله من جديد.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1
Template: %2
Last changed: %3</source>
        <translation>%1
القالب: %2
آخر تعديل: %3</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>فارغ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>%1[*] — Organiser</source>
        <translation>%1[*] — Organiser</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>مجموعة النصوص</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>%1 — drop files or folders here to import them.</source>
        <translation>%1 — أفلت الملفات أو المجلدات هنا لاستيرادها.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <source>The flyer editor could not start; details are in the log file.</source>
        <translation>تعذّر تشغيل محرر المنشورات؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>افتح منشورًا أو أنشئه أولًا.</translation>
    </message>
    <message>
        <source>The flyer editor is not available yet.</source>
        <translation>محرر المنشورات غير جاهز بعد.</translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation>اختر مقطعًا أولًا.</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>استيراد نصوص</translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>النصوص (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>About Organiser</source>
        <translation>حول Organiser</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Organiser&lt;/b&gt; keeps your campaign texts as a searchable bank of statements and turns them into print-ready flyers and comparison charts, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يحفظ &lt;b&gt;Organiser&lt;/b&gt; نصوص حملتك بنكًا من المقاطع قابلًا للبحث، ويحوّلها إلى منشورات وجداول مقارنة جاهزة للطباعة، دون اتصال بالإنترنت.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Write statement</source>
        <translation>كتابة مقطع</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with a table of rows</source>
        <translation>دمج مع جدول صفوف</translation>
    </message>
    <message>
        <source>Write fields such as {venue} or {time} in the flyer&apos;s text; each row of a CSV table whose first line names them makes one copy.</source>
        <translation>اكتب حقولًا مثل {venue} أو {time} في نص المنشور؛ كل صف من جدول CSV يسمّيها سطره الأول يُنتج نسخة واحدة.</translation>
    </message>
    <message>
        <source>This flyer uses: %1</source>
        <translation>يستخدم هذا المنشور: %1</translation>
    </message>
    <message>
        <source>This flyer has no {fields} yet.</source>
        <translation>لا يحتوي هذا المنشور على {fields} بعد.</translation>
    </message>
    <message>
        <source>Table of rows (CSV)</source>
        <translation>جدول الصفوف (CSV)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>مجلد النسخ</translation>
    </message>
    <message>
        <source>All rows in &amp;one PDF (a page per row) instead of one PDF per row</source>
        <translation>كل الصفوف في ملف PDF واحد (صفحة لكل صف) بدلًا من ملف PDF لكل صف</translation>
    </message>
    <message>
        <source>Rows and what they lack</source>
        <translation>الصفوف وما ينقصها</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Table of rows</source>
        <translation>جدول الصفوف</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt)</source>
        <translation>جداول CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Row %1 “%2”: </source>
        <translation>الصف %1 «%2»: </translation>
    </message>
    <message>
        <source>lacks %1 — it will be skipped</source>
        <translation>ينقصه %1 — سيُتخطّى</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Nothing was made: %1</source>
        <translation>لم يُنشأ شيء: %1</translation>
    </message>
    <message>
        <source>Made %1 of %2 copies in %3.</source>
        <translation>أُنشئت %1 من %2 نسخة في %3.</translation>
    </message>
</context>
<context>
    <name>NewBlock</name>
    <message>
        <source>Headline</source>
        <translation>عنوان رئيسي</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>First point</source>
        <translation>النقطة الأولى</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Subject A</source>
        <translation>الطرف أ</translation>
    </message>
    <message>
        <source>Subject B</source>
        <translation>الطرف ب</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>Name — role, organisation</source>
        <translation>الاسم — الصفة، المنظمة</translation>
    </message>
</context>
<context>
    <name>NewFlyerDialog</name>
    <message>
        <source>New flyer</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <source>New flyer: choose a template</source>
        <translation>منشور جديد: اختر قالبًا</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>An empty page with a headline: build it block by block.</source>
        <translation>صفحة فارغة بعنوان رئيسي: ابنِها كتلةً كتلة.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Templates start with real example text from your corpus. Text in [[double brackets]] is a placeholder to replace; preflight reminds you of any left.</source>
        <translation>تبدأ القوالب بنص مثال حقيقي من مجموعة النصوص. النص الموضوع بين [[قوسين مزدوجين]] عنصر نائب يجب استبداله؛ ويذكّرك الفحص بأي عنصر متبقٍّ.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No bundled font can print %1; it will show as a blank box.</source>
        <translation>لا يوجد خط مرفق يمكنه طباعة %1؛ سيظهر مربعًا فارغًا.</translation>
    </message>
    <message>
        <source>Text is %1 pt, below the readable %2 pt for %3: shorten it or use a larger paper.</source>
        <translation>حجم النص %1 نقطة، أقل من الحجم المقروء %2 نقطة لورق %3: اختصره أو استخدم ورقًا أكبر.</translation>
    </message>
    <message>
        <source>Text contrast in grayscale is %1:1, below %2:1: it will be hard to read.</source>
        <translation>تباين النص بالرمادي %1:1، أقل من %2:1: ستصعب قراءته.</translation>
    </message>
    <message>
        <source>Text contrast is %1:1, below %2:1: it will be hard to read.</source>
        <translation>تباين النص %1:1، أقل من %2:1: ستصعب قراءته.</translation>
    </message>
    <message>
        <source>The image is %1 ppi at its printed size (%2 mm wide); it needs %3 ppi to print sharply: use a larger image or print it smaller.</source>
        <translation>دقة الصورة %1 بكسل/بوصة بحجمها المطبوع (بعرض %2 مم)؛ وتحتاج إلى %3 بكسل/بوصة لطباعة حادة: استخدم صورة أكبر أو اطبعها أصغر.</translation>
    </message>
    <message>
        <source>The QR code is %1 mm wide (modules %2 mm); on %3 it needs at least %4 mm and 0.4 mm modules to scan: make it bigger or shorten the URL.</source>
        <translation>عرض رمز QR ‏%1 مم (وحداته %2 مم)؛ ويحتاج على ورق %3 إلى %4 مم على الأقل ووحدات 0.4 مم ليُمسح: كبّره أو اختصر الرابط.</translation>
    </message>
    <message numerus="yes">
        <source>The content does not fit on the %1 page(s) planned even at the smallest readable size: it flowed onto %n pages.</source>
        <translation>
            <numerusform>لا يتسع المحتوى لعدد الصفحات المقرر (%1) حتى بأصغر حجم مقروء: امتد إلى %n صفحة.</numerusform>
            <numerusform>لا يتسع المحتوى لعدد الصفحات المقرر (%1) حتى بأصغر حجم مقروء: امتد إلى صفحة واحدة.</numerusform>
            <numerusform>لا يتسع المحتوى لعدد الصفحات المقرر (%1) حتى بأصغر حجم مقروء: امتد إلى صفحتين.</numerusform>
            <numerusform>لا يتسع المحتوى لعدد الصفحات المقرر (%1) حتى بأصغر حجم مقروء: امتد إلى %n صفحات.</numerusform>
            <numerusform>لا يتسع المحتوى لعدد الصفحات المقرر (%1) حتى بأصغر حجم مقروء: امتد إلى %n صفحة.</numerusform>
            <numerusform>لا يتسع المحتوى لعدد الصفحات المقرر (%1) حتى بأصغر حجم مقروء: امتد إلى %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>a smaller page</source>
        <translation>أصغر</translation>
    </message>
    <message>
        <source>%1-up prints this %2 flyer at %3 of its size; text may be too small to read (make the page %4)</source>
        <translation>طباعة %1 في الورقة تطبع هذا المنشور %2 بنسبة %3 من حجمه؛ قد يصغر النص عن القراءة (اجعل الصفحة %4)</translation>
    </message>
    <message>
        <source>The QR code&apos;s link has no address yet: a phone that scans it will find nothing.</source>
        <translation>رابط رمز QR بلا عنوان بعد: الهاتف الذي يمسحه لن يجد شيئًا.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link still holds a placeholder: a phone that scans it will find nothing.</source>
        <translation>ما زال رابط رمز QR يحوي نصًا مؤقتًا: الهاتف الذي يمسحه لن يجد شيئًا.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link has spaces in it: a phone that scans it will find nothing.</source>
        <translation>في رابط رمز QR مسافات: الهاتف الذي يمسحه لن يجد شيئًا.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link points to a sample address (%1): a phone that scans it will find nothing.</source>
        <translation>رابط رمز QR يشير إلى عنوان تجريبي (%1): الهاتف الذي يمسحه لن يجد شيئًا.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link has no real web address (“%1”): a phone that scans it will find nothing.</source>
        <translation>رابط رمز QR ليس عنوان ويب حقيقيًا (”%1“): الهاتف الذي يمسحه لن يجد شيئًا.</translation>
    </message>
    <message>
        <source>The call to action&apos;s web address has spaces in it: readers who look it up will find nothing.</source>
        <translation>في عنوان الموقع في الدعوة إلى العمل مسافات: لن يجد القرّاء شيئًا إن بحثوا عنه.</translation>
    </message>
    <message>
        <source>The call to action&apos;s web address points to a sample address (%1): readers who look it up will find nothing.</source>
        <translation>يشير عنوان الموقع في الدعوة إلى العمل إلى عنوان نموذجي (%1): لن يجد القرّاء شيئًا إن بحثوا عنه.</translation>
    </message>
    <message>
        <source>The call to action&apos;s web address has no real web address (“%1”): readers who look it up will find nothing.</source>
        <translation>لا يحوي عنوان الموقع في الدعوة إلى العمل عنوانًا حقيقيًا («%1»): لن يجد القرّاء شيئًا إن بحثوا عنه.</translation>
    </message>
    <message>
        <source>The event says nothing about when: readers cannot come.</source>
        <translation>لا يذكر الحدث متى سيكون: لن يتمكن القرّاء من الحضور.</translation>
    </message>
    <message>
        <source>The event says nothing about where: readers cannot come.</source>
        <translation>لا يذكر الحدث أين سيكون: لن يتمكن القرّاء من الحضور.</translation>
    </message>
    <message>
        <source>The event says nothing about when or where: readers cannot come.</source>
        <translation>لا يذكر الحدث متى ولا أين سيكون: لن يتمكن القرّاء من الحضور.</translation>
    </message>
    <message>
        <source>This statement has no source: add it so readers can check it.</source>
        <translation>لا مصدر لهذا المقطع: أضفه ليتمكن القراء من التحقق منه.</translation>
    </message>
    <message>
        <source>This quote has no source or attribution.</source>
        <translation>لا مصدر لهذا الاقتباس ولا نسبة إلى قائل.</translation>
    </message>
    <message>
        <source>This block is taller than a page and was split or scaled down.</source>
        <translation>هذه الكتلة أطول من صفحة، فقُسّمت أو صُغّرت.</translation>
    </message>
    <message>
        <source>The flyer&apos;s name is still the placeholder “%1”.</source>
        <translation>ما زال اسم المنشور هو النص المؤقت ”%1“.</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder “%1” (and %2 more in this block).</source>
        <translation>استبدل النص المؤقت في القالب ”%1“ (و%2 غيره في هذه الكتلة).</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder “%1”.</source>
        <translation>استبدل النص المؤقت في القالب ”%1“.</translation>
    </message>
    <message>
        <source>The call to action gives no website or contact: readers cannot reach you.</source>
        <translation>لا تذكر الدعوة إلى العمل موقعًا ولا وسيلة تواصل: لن يتمكّن القرّاء من الوصول إليكم.</translation>
    </message>
    <message>
        <source>The chart&apos;s evidence is not printed: without a Sources list its cells cannot point to their sources. Add a Sources block.</source>
        <translation>أدلة الجدول لا تُطبع: بلا قائمة مصادر لا تستطيع خلاياه الإحالة إلى مصادرها. أضف كتلة المصادر.</translation>
    </message>
    <message>
        <source>Small text is printed in several inks: use 100 % black (K) so it stays sharp.</source>
        <translation>يُطبع النص الصغير بعدة أحبار: استخدم الأسود 100 % ‏(K) ليبقى حادًا.</translation>
    </message>
    <message>
        <source>Some areas use %1 ink; print shops accept at most %2.</source>
        <translation>بعض المناطق تستخدم %1 من الحبر؛ ولا تقبل المطابع أكثر من %2.</translation>
    </message>
    <message>
        <source>A line is %1 pt thin; presses do not hold lines under %2 pt.</source>
        <translation>سُمك أحد الخطوط %1 نقطة؛ والمطابع لا تُظهر الخطوط الأرفع من %2 نقطة.</translation>
    </message>
    <message>
        <source>The CMYK file still holds RGB colour (colours: %1, images: %2): the shop will convert it without your say.</source>
        <translation>لا يزال ملف CMYK يحوي ألوان RGB (ألوان: %1، صور: %2): سيحوّلها محل الطباعة دون الرجوع إليك.</translation>
    </message>
    <message>
        <source>Fonts not embedded: %1.</source>
        <translation>خطوط غير مضمّنة: %1.</translation>
    </message>
    <message>
        <source>PDF/X was asked for but the file names no output condition (OutputIntent).</source>
        <translation>طُلب PDF/X لكن الملف لا يحدد شرط إخراج (OutputIntent).</translation>
    </message>
    <message>
        <source>PDF/A was asked for but the file has no colour profile (OutputIntent).</source>
        <translation>طُلب PDF/A لكن الملف بلا ملف تعريف ألوان (OutputIntent).</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>Preflight warnings</source>
        <translation>تحذيرات الفحص</translation>
    </message>
    <message>
        <source>Preflight warnings; press Enter to go to the block</source>
        <translation>تحذيرات الفحص؛ اضغط Enter للانتقال إلى الكتلة</translation>
    </message>
    <message>
        <source>Preflight: no flyer open.</source>
        <translation>الفحص: لا يوجد منشور مفتوح.</translation>
    </message>
    <message>
        <source>Preflight: ready to print — no problems found.</source>
        <translation>الفحص: جاهز للطباعة — لا مشكلات.</translation>
    </message>
    <message numerus="yes">
        <source>Preflight: %n thing(s) to check before printing.</source>
        <translation>
            <numerusform>الفحص: لا شيء للمراجعة قبل الطباعة.</numerusform>
            <numerusform>الفحص: أمر واحد للمراجعة قبل الطباعة.</numerusform>
            <numerusform>الفحص: أمران للمراجعة قبل الطباعة.</numerusform>
            <numerusform>الفحص: %n أمور للمراجعة قبل الطباعة.</numerusform>
            <numerusform>الفحص: %n أمرًا للمراجعة قبل الطباعة.</numerusform>
            <numerusform>الفحص: %n أمر للمراجعة قبل الطباعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>Open or create a flyer to see it here.</source>
        <translation>افتح منشورًا أو أنشئه لتراه هنا.</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>رقم الصفحة</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>ملاءمة عرض الصفحة</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>ملاءمة الصفحة كاملة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Preview of the printed flyer</source>
        <translation>معاينة المنشور المطبوع</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>تعذّر عرض المعاينة.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printing system did not answer (%1).</source>
        <translation>لم يستجب نظام الطباعة (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>دون ذكر سبب</translation>
    </message>
    <message>
        <source>The printer refused the job: %1</source>
        <translation>رفضت الطابعة المهمة: %1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>تعذّر فتح الطابعة.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>الطابعة الافتراضية</translation>
    </message>
    <message>
        <source>Sent to %1 (vector PDF).</source>
        <translation>أُرسل إلى %1 (PDF متجهي).</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) at %1 dpi.</source>
        <translation>
            <numerusform>لم تُطبع أي صفحة.</numerusform>
            <numerusform>طُبعت صفحة واحدة بدقة %1 نقطة/بوصة.</numerusform>
            <numerusform>طُبعت صفحتان بدقة %1 نقطة/بوصة.</numerusform>
            <numerusform>طُبعت %n صفحات بدقة %1 نقطة/بوصة.</numerusform>
            <numerusform>طُبعت %n صفحةً بدقة %1 نقطة/بوصة.</numerusform>
            <numerusform>طُبعت %n صفحة بدقة %1 نقطة/بوصة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>ملف تعريف المنظمة</translation>
    </message>
    <message>
        <source>e.g. info[at]your-group.org</source>
        <translation>مثلًا info[at]your-group.org</translation>
    </message>
    <message>
        <source>e.g. your-group.org (the QR code leads there)</source>
        <translation>مثلًا your-group.org (يقود رمز QR إليه)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>اختر صورة الشعار</translation>
    </message>
    <message>
        <source>As the template</source>
        <translation>كما في القالب</translation>
    </message>
    <message>
        <source>Also put these details in the open &amp;flyer</source>
        <translation>ضع هذه التفاصيل أيضًا في المنشور المفتوح</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>ملف صورة الشعار</translation>
    </message>
    <message>
        <source>Lan&amp;guage of new flyers</source>
        <translation>لغة المنشورات الجديدة</translation>
    </message>
    <message>
        <source>Language of new flyers</source>
        <translation>لغة المنشورات الجديدة</translation>
    </message>
    <message>
        <source>&amp;Theme of new flyers</source>
        <translation>سمة المنشورات الجديدة</translation>
    </message>
    <message>
        <source>Theme of new flyers</source>
        <translation>سمة المنشورات الجديدة</translation>
    </message>
    <message>
        <source>&amp;Paper of new flyers</source>
        <translation>ورق المنشورات الجديدة</translation>
    </message>
    <message>
        <source>Paper of new flyers</source>
        <translation>ورق المنشورات الجديدة</translation>
    </message>
    <message>
        <source>New flyers print these details in their footer and QR code.</source>
        <translation>تطبع المنشورات الجديدة هذه التفاصيل في تذييلها ورمز QR.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>اختر شعارًا</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Organiser bundles (*.organiser)</source>
        <translation>حزم Organiser ‏(*.organiser)</translation>
    </message>
    <message>
        <source>The whole corpus</source>
        <translation>مجموعة النصوص كلها</translation>
    </message>
    <message>
        <source>The open flyer, the statements it quotes and its images</source>
        <translation>المنشور المفتوح والمقاطع التي يقتبسها وصوره</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>What to share:</source>
        <translation>ما الذي تريد مشاركته:</translation>
    </message>
    <message>
        <source>Share as a bundle</source>
        <translation>المشاركة كحزمة</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>لم تتم المشاركة</translation>
    </message>
    <message>
        <source>The bundle was not written.

%1</source>
        <translation>لم تُكتب الحزمة.

%1</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>Statements that were edited on both sides are kept twice and tagged “conflict”.</source>
        <translation>المقاطع التي حُرّرت لدى الطرفين محفوظة مرتين وموسومة بالوسم «conflict».</translation>
    </message>
    <message>
        <source>Bundle opened</source>
        <translation>فُتحت الحزمة</translation>
    </message>
    <message>
        <source>Bundle not opened</source>
        <translation>لم تُفتح الحزمة</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>لم يتغير شيء.

%1</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source details</source>
        <translation>تفاصيل المصدر</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Outlet or publisher</source>
        <translation>جهة النشر أو الناشر</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD)</source>
        <translation>التاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>&amp;Authors (separated by ;)</source>
        <translation>المؤلفون (مفصولون بـ ;)</translation>
    </message>
    <message>
        <source>&amp;Rights</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Flyers that quote this source show that its details changed.</source>
        <translation>المنشورات التي تقتبس من هذا المصدر تُظهر أن تفاصيله تغيّرت.</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>يحتاج المصدر إلى عنوان.</translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation>تحرير المصدر «%1»</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>تفاصيل المصدر</translation>
    </message>
    <message>
        <source>Statements of the source</source>
        <translation>مقاطع المصدر</translation>
    </message>
</context>
<context>
    <name>StatementDetail</name>
    <message>
        <source>Statement details</source>
        <translation>تفاصيل المقطع</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Statement text</source>
        <translation>نص المقطع</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>StatementEdits</name>
    <message>
        <source>Edit statement</source>
        <translation>تحرير المقطع</translation>
    </message>
    <message>
        <source>Write a statement</source>
        <translation>كتابة مقطع</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>no source (written here)</source>
        <translation>بلا مصدر (كُتب هنا)</translation>
    </message>
    <message>
        <source>(written here)</source>
        <translation>(كُتب هنا)</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>&amp;Tags of this statement:</source>
        <translation>وسوم هذا المقطع:</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>comma-separated, e.g. housing, budget</source>
        <translation>مفصولة بفواصل، مثل: سكن، ميزانية</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم مفصولة بفواصل</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Comparison chart</source>
        <translation>جدول مقارنة</translation>
    </message>
    <message>
        <source>Open letter handout</source>
        <translation>رسالة مفتوحة للتوزيع</translation>
    </message>
    <message>
        <source>Event notice</source>
        <translation>إعلان فعالية</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>قائمة قراءة</translation>
    </message>
    <message>
        <source>Slogan poster</source>
        <translation>ملصق شعار</translation>
    </message>
    <message>
        <source>Statement excerpt with notes</source>
        <translation>مقتطف مع حواشٍ</translation>
    </message>
    <message>
        <source>Open letter to a movement</source>
        <translation>رسالة مفتوحة إلى حركة</translation>
    </message>
    <message>
        <source>Subjects side by side, one row per question, a verdict word in every cell; sources, a call to action and contact underneath. Modelled on “From Ukraine to Palestine, occupation is a crime”.</source>
        <translation>الأطراف جنبًا إلى جنب، صف لكل سؤال، وكلمة حكم في كل خلية؛ وتحتها المصادر ودعوة إلى العمل ووسيلة التواصل. على غرار «من أوكرانيا إلى فلسطين، الاحتلال جريمة».</translation>
    </message>
    <message>
        <source>A letter to hand out: title, chosen paragraphs, the letter&apos;s demands, date, signatories, a call to action and the source. Long letters run onto the back of the sheet rather than shrinking below a readable size.</source>
        <translation>رسالة للتوزيع: العنوان، وفقرات مختارة، ومطالب الرسالة، والتاريخ، والموقّعون، ودعوة إلى العمل، والمصدر. الرسائل الطويلة تمتد إلى ظهر الورقة بدلًا من أن تصغر دون الحجم المقروء.</translation>
    </message>
    <message>
        <source>A meeting or action: what, when, where and who speaks, why it matters, who organises it, and a call to action with the group&apos;s website, contact and a QR code.</source>
        <translation>اجتماع أو تحرّك: ماذا ومتى وأين ومن يتحدث، ولماذا يهمّ، ومن ينظّمه، ودعوة إلى العمل مع موقع المجموعة ووسيلة التواصل ورمز QR.</translation>
    </message>
    <message>
        <source>Articles and interviews to pass on, each with its title, author, outlet and date: a pocket-size A6 card (4 to an A4 sheet).</source>
        <translation>مقالات ومقابلات للتداول، لكلٍّ منها عنوانه وكاتبه وجهة نشره وتاريخه: بطاقة جيب بحجم A6 (4 في ورقة A4).</translation>
    </message>
    <message>
        <source>One slogan in big type for a march: A3, or tiled across A4 sheets; optional second and third lines carry the same slogan in other languages.</source>
        <translation>شعار واحد بخط كبير لمسيرة: A3 أو مقسّم على أوراق A4؛ ويمكن لسطر ثانٍ وثالث أن يحملا الشعار نفسه بلغات أخرى.</translation>
    </message>
    <message>
        <source>A passage quoted from a longer text, with numbered notes that explain it and the list of sources.</source>
        <translation>مقطع مقتبس من نص أطول، مع حواشٍ مرقّمة تشرحه وقائمة بالمصادر.</translation>
    </message>
    <message>
        <source>A short letter from one movement to another on a single A5 sheet: salutation, the letter, closing and signatories.</source>
        <translation>رسالة قصيرة من حركة إلى أخرى على ورقة A5 واحدة: التحية، والرسالة، والخاتمة، والموقّعون.</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Campaign</source>
        <translation>حملة</translation>
    </message>
    <message>
        <source>Newsprint</source>
        <translation>ورق الصحف</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>ليل</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>تضامن</translation>
    </message>
    <message>
        <source>Photocopy</source>
        <translation>نسخة مصوّرة</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit statement “%1”</source>
        <translation>تحرير المقطع «%1»</translation>
    </message>
    <message>
        <source>Change tags (%1)</source>
        <translation>تغيير الوسوم (%1)</translation>
    </message>
    <message>
        <source>Write statement “%1”</source>
        <translation>كتابة المقطع «%1»</translation>
    </message>
    <message>
        <source>Delete statement “%1”</source>
        <translation>حذف المقطع «%1»</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>Arguably</source>
        <translation>ربما</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>WindowFlows</name>
    <message>
        <source>Copy statements</source>
        <translation>نسخ المقاطع</translation>
    </message>
    <message>
        <source>Select one or more statements first.</source>
        <translation>اختر مقطعًا واحدًا أو أكثر أولًا.</translation>
    </message>
    <message>
        <source>Open or create a flyer first (Ctrl+N).</source>
        <translation>افتح منشورًا أو أنشئه أولًا (Ctrl+N).</translation>
    </message>
    <message>
        <source>Added to “%1”, before its sources.</source>
        <translation>أُضيف إلى «%1»، قبل مصادره.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n statement(s): paste them into a flyer or a chart cell.</source>
        <translation>
            <numerusform>لم يُنسخ أي مقطع: الصقها في منشور أو في خلية جدول.</numerusform>
            <numerusform>نُسخ مقطع واحد: الصقه في منشور أو في خلية جدول.</numerusform>
            <numerusform>نُسخ مقطعان: الصقهما في منشور أو في خلية جدول.</numerusform>
            <numerusform>نُسخت %n مقاطع: الصقها في منشور أو في خلية جدول.</numerusform>
            <numerusform>نُسخ %n مقطعًا: الصقها في منشور أو في خلية جدول.</numerusform>
            <numerusform>نُسخ %n مقطع: الصقها في منشور أو في خلية جدول.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a source or one of its statements first.</source>
        <translation>اختر مصدرًا أو أحد مقاطعه أولًا.</translation>
    </message>
    <message>
        <source>Source details saved. Flyers quoting it are marked as changed.</source>
        <translation>حُفظت تفاصيل المصدر. وُسمت المنشورات التي تقتبس منه بأنها تغيّرت.</translation>
    </message>
    <message>
        <source>Profile saved: new flyers will carry it.</source>
        <translation>حُفظ ملف التعريف: ستحمله المنشورات الجديدة.</translation>
    </message>
    <message>
        <source>The profile is empty: fill it in first (File ▸ Organisation profile).</source>
        <translation>ملف التعريف فارغ: املأه أولًا (ملف ▸ ملف تعريف المنظمة).</translation>
    </message>
    <message>
        <source>Put the profile in the flyer</source>
        <translation>وضع ملف التعريف في المنشور</translation>
    </message>
    <message>
        <source>Open the flyer to merge first.</source>
        <translation>افتح المنشور المراد دمجه أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported as soon as the open dialog or the running import is finished.</source>
        <translation>
            <numerusform>لن يُستورد أي ملف بعد انتهاء مربع حوار الفتح أو الاستيراد الجاري.</numerusform>
            <numerusform>سيُستورد ملف واحد فور انتهاء مربع حوار الفتح أو الاستيراد الجاري.</numerusform>
            <numerusform>سيُستورد ملفان فور انتهاء مربع حوار الفتح أو الاستيراد الجاري.</numerusform>
            <numerusform>ستُستورد %n ملفات فور انتهاء مربع حوار الفتح أو الاستيراد الجاري.</numerusform>
            <numerusform>سيُستورد %n ملفًا فور انتهاء مربع حوار الفتح أو الاستيراد الجاري.</numerusform>
            <numerusform>سيُستورد %n ملف فور انتهاء مربع حوار الفتح أو الاستيراد الجاري.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>The task stopped because of an unexpected problem (%1).</source>
        <translation>توقفت المهمة بسبب مشكلة غير متوقعة (%1).</translation>
    </message>
</context>
<context>
    <name>ws</name>
    <message>
        <source>Change export settings</source>
        <translation>تغيير إعدادات التصدير</translation>
    </message>
    <message>
        <source>Those statements are no longer in the corpus.</source>
        <translation>لم تعد هذه المقاطع موجودة في مجموعة النصوص.</translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>افتح منشورًا أو أنشئه أولًا.</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>إضافة مقطع</translation>
    </message>
    <message numerus="yes">
        <source>Add %n statements</source>
        <translation>
            <numerusform>إضافة %n مقطع</numerusform>
            <numerusform>إضافة مقطع واحد</numerusform>
            <numerusform>إضافة مقطعين</numerusform>
            <numerusform>إضافة %n مقاطع</numerusform>
            <numerusform>إضافة %n مقطعًا</numerusform>
            <numerusform>إضافة %n مقطع</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell of a comparison chart first, then use the statement as its evidence.</source>
        <translation>اختر خلية في جدول مقارنة أولًا، ثم استخدم المقطع دليلًا لها.</translation>
    </message>
    <message>
        <source>That statement is no longer in the corpus.</source>
        <translation>لم يعد هذا المقطع موجودًا في مجموعة النصوص.</translation>
    </message>
    <message>
        <source>Take the new statement text</source>
        <translation>اعتماد النص الجديد للمقطع</translation>
    </message>
</context>
</TS>
