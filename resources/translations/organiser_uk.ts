<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Імпортувати файли…</translation>
    </message>
    <message>
        <source>Add texts (txt, md, html, pdf, docx) to the corpus</source>
        <translation>Додати тексти (txt, md, html, pdf, docx) до корпусу</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Імпортувати &amp;теку…</translation>
    </message>
    <message>
        <source>Add every text in a folder and its subfolders</source>
        <translation>Додати всі тексти з теки та її підтек</translation>
    </message>
    <message>
        <source>&amp;New flyer</source>
        <translation>&amp;Нова листівка</translation>
    </message>
    <message>
        <source>Start a new flyer</source>
        <translation>Почати нову листівку</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Export the current flyer as a print-ready PDF or PNG</source>
        <translation>Експортувати поточну листівку як готовий до друку PDF або PNG</translation>
    </message>
    <message>
        <source>E&amp;ditions…</source>
        <translation>Видання іншими &amp;мовами…</translation>
    </message>
    <message>
        <source>The flyer in other languages: translate it, export an edition or a bilingual sheet</source>
        <translation>Листівка іншими мовами: перекласти її, експортувати видання або двомовний аркуш</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>Print the current flyer</source>
        <translation>Надрукувати поточну листівку</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>Поді&amp;литися…</translation>
    </message>
    <message>
        <source>Write a bundle of the corpus or the open flyer for another organiser</source>
        <translation>Записати пакет із корпусом або відкритою листівкою для іншого організатора</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>Відкрити &amp;пакет…</translation>
    </message>
    <message>
        <source>Merge a bundle (.organiser) from another organiser into the corpus</source>
        <translation>Об’єднати з корпусом пакет (.organiser) від іншого організатора</translation>
    </message>
    <message>
        <source>&amp;Back up corpus…</source>
        <translation>&amp;Резервна копія корпусу…</translation>
    </message>
    <message>
        <source>Write the whole corpus to one file (safe while you work)</source>
        <translation>Записати весь корпус в один файл (безпечно під час роботи)</translation>
    </message>
    <message>
        <source>&amp;Restore corpus from a backup…</source>
        <translation>Відн&amp;овити корпус із резервної копії…</translation>
    </message>
    <message>
        <source>Replace the corpus with a backup; the corpus as it is now is backed up first</source>
        <translation>Замінити корпус резервною копією; спершу буде збережено копію поточного корпусу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>Close Organiser</source>
        <translation>Закрити Organiser</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Delete the selected statement or block</source>
        <translation>Видалити вибране висловлювання або блок</translation>
    </message>
    <message>
        <source>&amp;Find statements</source>
        <translation>&amp;Знайти висловлювання</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>Шукати в корпусі</translation>
    </message>
    <message>
        <source>&amp;Write a statement…</source>
        <translation>&amp;Написати висловлювання…</translation>
    </message>
    <message>
        <source>Add a statement of your own to the corpus</source>
        <translation>Додати до корпусу власне висловлювання</translation>
    </message>
    <message>
        <source>Edit s&amp;tatement…</source>
        <translation>&amp;Редагувати висловлювання…</translation>
    </message>
    <message>
        <source>Change the text of the selected statement</source>
        <translation>Змінити текст вибраного висловлювання</translation>
    </message>
    <message>
        <source>T&amp;ag statement…</source>
        <translation>Додати &amp;мітки…</translation>
    </message>
    <message>
        <source>Add or remove tags of the selected statement</source>
        <translation>Додати або прибрати мітки вибраного висловлювання</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;Висловлювання</translation>
    </message>
    <message>
        <source>Show the statement search</source>
        <translation>Показати пошук висловлювань</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>&amp;Джерела</translation>
    </message>
    <message>
        <source>Show the sources and their statements</source>
        <translation>Показати джерела та їхні висловлювання</translation>
    </message>
    <message>
        <source>&amp;About Organiser</source>
        <translation>&amp;Про Organiser</translation>
    </message>
    <message>
        <source>What this app is</source>
        <translation>Що це за програма</translation>
    </message>
    <message>
        <source>Add to fl&amp;yer</source>
        <translation>До&amp;дати в листівку</translation>
    </message>
    <message>
        <source>Quote the selected statements in the open flyer, before its sources</source>
        <translation>Процитувати вибрані висловлювання у відкритій листівці перед її джерелами</translation>
    </message>
    <message>
        <source>Use as e&amp;vidence</source>
        <translation>Використати як до&amp;каз</translation>
    </message>
    <message>
        <source>Cite the selected statements as evidence of the selected chart cell</source>
        <translation>Навести вибрані висловлювання як доказ для вибраної клітинки таблиці</translation>
    </message>
    <message>
        <source>Edit s&amp;ource details…</source>
        <translation>Змінити відомості про д&amp;жерело…</translation>
    </message>
    <message>
        <source>Change the title, outlet, date, link, authors or rights of a source</source>
        <translation>Змінити назву, видання, дату, посилання, авторів або права джерела</translation>
    </message>
    <message>
        <source>Or&amp;ganisation profile…</source>
        <translation>Профіль о&amp;рганізації…</translation>
    </message>
    <message>
        <source>Your group&apos;s name, contact, website, logo and the defaults of new flyers</source>
        <translation>Назва, контакт, вебсайт і логотип вашої групи та типові налаштування нових листівок</translation>
    </message>
    <message>
        <source>Put the profile in this fl&amp;yer</source>
        <translation>Додати профіль у цю лист&amp;івку</translation>
    </message>
    <message>
        <source>Fill the open flyer&apos;s footer, QR code and logo from the profile</source>
        <translation>Заповнити нижній колонтитул, QR-код і логотип відкритої листівки з профілю</translation>
    </message>
    <message>
        <source>&amp;Merge with a table of rows…</source>
        <translation>&amp;Об’єднати з таблицею рядків…</translation>
    </message>
    <message>
        <source>One copy of the flyer per row of a CSV table (venue, time, contact…)</source>
        <translation>Одна копія листівки на кожен рядок таблиці CSV (місце, час, контакт…)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The system refused: %1.</source>
        <translation>Система відмовила: %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details were written to %2.</source>
        <translation>Щось пішло не так (%1). Подробиці записано до %2.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Corpus backup (*.db);;All files (*)</source>
        <translation>Резервна копія корпусу (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>Не вдалося зробити сьогоднішню автоматичну резервну копію: %1</translation>
    </message>
    <message>
        <source>Back up the corpus</source>
        <translation>Резервна копія корпусу</translation>
    </message>
    <message>
        <source>The corpus is backed up to %1.</source>
        <translation>Резервну копію корпусу збережено в %1.</translation>
    </message>
    <message>
        <source>An import is running: restore the backup once it has finished (or cancel it).</source>
        <translation>Триває імпорт: відновіть резервну копію, коли він завершиться (або скасуйте його).</translation>
    </message>
    <message>
        <source>Restore the corpus from a backup</source>
        <translation>Відновлення корпусу з резервної копії</translation>
    </message>
    <message>
        <source>Restore the corpus</source>
        <translation>Відновлення корпусу</translation>
    </message>
    <message>
        <source>Replace the whole corpus with the backup %1?

The corpus as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Замінити весь корпус резервною копією %1?

Спершу буде збережено копію корпусу в нинішньому стані, тож цю дію можна скасувати, відновивши ту копію.</translation>
    </message>
    <message>
        <source>Restored %1. The corpus as it was is kept in %2.</source>
        <translation>Відновлено %1. Попередній стан корпусу збережено в %2.</translation>
    </message>
</context>
<context>
    <name>BlockListModel</name>
    <message>
        <source>The corpus text of this statement has changed since it was added.</source>
        <translation>Текст цього висловлювання в корпусі змінився відтоді, як його додали.</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholders: </source>
        <translation>Замініть заповнювачі шаблону: </translation>
    </message>
    <message>
        <source>%1, block %2 of %3</source>
        <translation>%1, блок %2 з %3</translation>
    </message>
</context>
<context>
    <name>BlockProperties</name>
    <message>
        <source>Block properties</source>
        <translation>Властивості блоку</translation>
    </message>
    <message>
        <source>Select a block to edit it.</source>
        <translation>Виберіть блок, щоб його редагувати.</translation>
    </message>
    <message>
        <source>Take the new text</source>
        <translation>Узяти новий текст</translation>
    </message>
    <message>
        <source>Take the corpus&apos;s new text for this statement</source>
        <translation>Узяти для цього висловлювання новий текст із корпусу</translation>
    </message>
    <message>
        <source>%1 — nothing to set.</source>
        <translation>%1 — налаштувань немає.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Вибрати файл зображення</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Виберіть зображення</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Зображення не додано</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>джерело не записано</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>⚠ This statement has been edited in the corpus since it was added:
“%1”</source>
        <translation>⚠ Це висловлювання відредаговано в корпусі після того, як його додали:
«%1»</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Підзаголовок</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Quoted statement</source>
        <translation>Цитоване висловлювання</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Порівняльна таблиця</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Подробиці події</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Заклик до дії</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Підписанти</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Нижній колонтитул</translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation>Список джерел</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Роздільник</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Відступ</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>Дві колонки</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n сторона</numerusform>
            <numerusform>%n сторони</numerusform>
            <numerusform>%n сторін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n критерій</numerusform>
            <numerusform>%n критерії</numerusform>
            <numerusform>%n критеріїв</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <source>%1 + %2 blocks</source>
        <translation>%1 + %2 блоків</translation>
    </message>
</context>
<context>
    <name>ChartEditor</name>
    <message>
        <source>Comparison chart editor</source>
        <translation>Редактор порівняльної таблиці</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>Назва таблиці</translation>
    </message>
    <message>
        <source>Edit chart title</source>
        <translation>Змінити назву таблиці</translation>
    </message>
    <message>
        <source>Heading of the criteria column</source>
        <translation>Заголовок стовпця критеріїв</translation>
    </message>
    <message>
        <source>Edit criteria heading</source>
        <translation>Змінити заголовок критеріїв</translation>
    </message>
    <message>
        <source>Criteria heading</source>
        <translation>Заголовок критеріїв</translation>
    </message>
    <message>
        <source>Comparison chart cells</source>
        <translation>Клітинки порівняльної таблиці</translation>
    </message>
    <message>
        <source>Select all cells</source>
        <translation>Виділити всі клітинки</translation>
    </message>
    <message>
        <source>Verdict of the selected cells</source>
        <translation>Оцінка вибраних клітинок</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерії</translation>
    </message>
    <message>
        <source>Add a criterion (row)</source>
        <translation>Додати критерій (рядок)</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Прибрати вибраний критерій</translation>
    </message>
    <message>
        <source>Move the criterion up</source>
        <translation>Перемістити критерій вище</translation>
    </message>
    <message>
        <source>Move the criterion down</source>
        <translation>Перемістити критерій нижче</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Add a subject (column)</source>
        <translation>Додати сторону (стовпець)</translation>
    </message>
    <message>
        <source>Remove the selected subject</source>
        <translation>Прибрати вибрану сторону</translation>
    </message>
    <message>
        <source>Move the subject left</source>
        <translation>Перемістити сторону ліворуч</translation>
    </message>
    <message>
        <source>Move the subject right</source>
        <translation>Перемістити сторону праворуч</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Імпортувати з CSV…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Експортувати в CSV…</translation>
    </message>
    <message>
        <source>Import or export the chart as CSV</source>
        <translation>Імпортувати або експортувати таблицю як CSV</translation>
    </message>
    <message>
        <source>Evidence of the selected cell</source>
        <translation>Докази вибраної клітинки</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Прибрати доказ</translation>
    </message>
    <message>
        <source>Ver&amp;dict</source>
        <translation>&amp;Оцінка</translation>
    </message>
    <message>
        <source>Ev&amp;idence of the cell — drop statements from the corpus onto a cell, or paste them (Ctrl+V):</source>
        <translation>&amp;Докази клітинки — перетягніть висловлювання з корпусу на клітинку або вставте їх (Ctrl+V):</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>висловлювання %1</translation>
    </message>
    <message>
        <source>Edit chart cell</source>
        <translation>Змінити клітинку таблиці</translation>
    </message>
    <message>
        <source>Those statements are no longer in the corpus.</source>
        <translation>Цих висловлювань уже немає в корпусі.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Додати доказ</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>Встановити оцінку</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Новий критерій</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Додати критерій</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Прибрати критерій</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>Перемістити критерій</translation>
    </message>
    <message>
        <source>New subject</source>
        <translation>Нова сторона</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>Додати сторону</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>Прибрати сторону</translation>
    </message>
    <message>
        <source>Move subject</source>
        <translation>Перемістити сторону</translation>
    </message>
    <message>
        <source>Rename subject</source>
        <translation>Перейменувати сторону</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Перейменувати критерій</translation>
    </message>
    <message>
        <source>New name of the subject:</source>
        <translation>Нова назва сторони:</translation>
    </message>
    <message>
        <source>New name of the criterion:</source>
        <translation>Нова назва критерію:</translation>
    </message>
    <message>
        <source>Import chart from CSV</source>
        <translation>Імпортувати таблицю з CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be read: %1</source>
        <translation>Не вдалося прочитати файл CSV: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n критерій</numerusform>
            <numerusform>%n критерії</numerusform>
            <numerusform>%n критеріїв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n сторона</numerusform>
            <numerusform>%n сторони</numerusform>
            <numerusform>%n сторін</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 × %2.</source>
        <translation>Імпортовано %1 × %2.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>таблиця</translation>
    </message>
    <message>
        <source>Export chart as CSV</source>
        <translation>Експортувати таблицю в CSV</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Не вдалося записати файл CSV: %1</translation>
    </message>
    <message>
        <source>Chart saved as %1.</source>
        <translation>Таблицю збережено як %1.</translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <source>Rename criterion…</source>
        <translation>Перейменувати критерій…</translation>
    </message>
    <message>
        <source>Insert criterion above</source>
        <translation>Вставити критерій вище</translation>
    </message>
    <message>
        <source>Insert criterion below</source>
        <translation>Вставити критерій нижче</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Перемістити вище</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Перемістити нижче</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Прибрати критерій</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Додати критерій</translation>
    </message>
    <message>
        <source>Rename subject…</source>
        <translation>Перейменувати сторону…</translation>
    </message>
    <message>
        <source>Insert subject before</source>
        <translation>Вставити сторону перед</translation>
    </message>
    <message>
        <source>Insert subject after</source>
        <translation>Вставити сторону після</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Перемістити ліворуч</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Перемістити праворуч</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>Прибрати сторону</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>Додати сторону</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Редагувати текст</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Імпортувати з CSV…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Експортувати в CSV…</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no verdict</source>
        <translation>без оцінки</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: %1; %n piece(s) of evidence</source>
        <translation>
            <numerusform>Оцінка: %1; %n доказ</numerusform>
            <numerusform>Оцінка: %1; %n докази</numerusform>
            <numerusform>Оцінка: %1; %n доказів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>The flyer “%1” could not be saved: %2</source>
        <translation>Не вдалося зберегти листівку «%1»: %2</translation>
    </message>
    <message>
        <source>Your edits are still here. Try again, save the flyer as a file somewhere else, or close without saving them.</source>
        <translation>Ваші зміни нікуди не зникли. Спробуйте ще раз, збережіть листівку як файл деінде або закрийте без збереження.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Відкинути зміни</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Не закривати вікно</translation>
    </message>
    <message>
        <source>Save a copy of the flyer</source>
        <translation>Збереження копії листівки</translation>
    </message>
    <message>
        <source>Flyer (*.json)</source>
        <translation>Листівка (*.json)</translation>
    </message>
    <message>
        <source>the corpus did not answer</source>
        <translation>корпус не відповів</translation>
    </message>
    <message>
        <source>The window stays open: the flyer is not saved yet. Your edits are kept.</source>
        <translation>Вікно лишається відкритим: листівку ще не збережено. Ваші зміни на місці.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Висловлювання</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Висловлювання</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
</context>
<context>
    <name>CorpusView</name>
    <message>
        <source>Search statements (any language)…</source>
        <translation>Пошук висловлювань (будь-якою мовою)…</translation>
    </message>
    <message>
        <source>Search statements</source>
        <translation>Пошук висловлювань</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фільтр за міткою</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Фільтр за мовою</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Фільтр за джерелом</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Опубліковано з</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Опубліковано до</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Скинути всі фільтри</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Кількість результатів</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation>&amp;Мітка</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Джерело</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>Published f&amp;rom</source>
        <translation>Опубліковано &amp;з</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Усі мітки</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Усі мови</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Усі джерела</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>джерело %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) (the best matches)</source>
        <translation>
            <numerusform>%n висловлювання (найкращі збіги)</numerusform>
            <numerusform>%n висловлювання (найкращі збіги)</numerusform>
            <numerusform>%n висловлювань (найкращі збіги)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n висловлювання</numerusform>
            <numerusform>%n висловлювання</numerusform>
            <numerusform>%n висловлювань</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Organiser closed unexpectedly last time. Your work was saved: flyers and statements are stored as you edit them. What happened is written in the log: %1</source>
        <translation>Минулого разу Organiser несподівано закрився. Вашу роботу збережено: листівки й висловлювання записуються під час редагування. Що сталося, записано в журналі: %1</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Select a statement to see it whole, with its source.</source>
        <translation>Виберіть висловлювання, щоб побачити його повністю разом із джерелом.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Посилання</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 та ще %n</numerusform>
            <numerusform>%1 та ще %n</numerusform>
            <numerusform>%1 та ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Автори</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Права</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Edited here; the imported text is kept.</source>
        <translation>Відредаговано тут; імпортований текст збережено.</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2 in this source.</source>
        <translation>Абзац %1 з %2 у цьому джерелі.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>мова: %1</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Мітки:</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>%n висловлювання.</numerusform>
            <numerusform>%n висловлювання.</numerusform>
            <numerusform>%n висловлювань.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <source>Editions in other languages</source>
        <translation>Видання іншими мовами</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Видання:</translation>
    </message>
    <message>
        <source>&amp;Add edition…</source>
        <translation>&amp;Додати видання…</translation>
    </message>
    <message>
        <source>&amp;Remove edition</source>
        <translation>&amp;Прибрати видання</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригінал</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Переклад</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Texts of the edition</source>
        <translation>Тексти видання</translation>
    </message>
    <message>
        <source>E&amp;xport this edition…</source>
        <translation>&amp;Експортувати це видання…</translation>
    </message>
    <message>
        <source>&amp;Bilingual sheet…</source>
        <translation>&amp;Двомовний аркуш…</translation>
    </message>
    <message>
        <source>This flyer has no editions yet. Add one to translate its texts.</source>
        <translation>Ця листівка ще не має видань іншими мовами. Додайте видання, щоб перекласти її тексти.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n text(s) translated.</source>
        <translation>
            <numerusform>Перекладено %1 з %n тексту.</numerusform>
            <numerusform>Перекладено %1 з %n текстів.</numerusform>
            <numerusform>Перекладено %1 з %n текстів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than the original: check them.</source>
        <translation>
            <numerusform>%n старіший за оригінал: перевірте.</numerusform>
            <numerusform>%n старіші за оригінал: перевірте їх.</numerusform>
            <numerusform>%n старіших за оригінал: перевірте їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untranslated texts print in the original language.</source>
        <translation>Неперекладені тексти друкуються мовою оригіналу.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>бракує</translation>
    </message>
    <message>
        <source>older than the original</source>
        <translation>старіший за оригінал</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>Translate text</source>
        <translation>Переклад тексту</translation>
    </message>
    <message>
        <source>Add edition</source>
        <translation>Додати видання</translation>
    </message>
    <message>
        <source>Language of the new edition:</source>
        <translation>Мова нового видання:</translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation>Прибрати видання</translation>
    </message>
    <message>
        <source>Export edition</source>
        <translation>Експорт видання</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Поруч</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Одне під одним</translation>
    </message>
    <message>
        <source>Bilingual sheet</source>
        <translation>Двомовний аркуш</translation>
    </message>
    <message>
        <source>How the two editions share the sheet:</source>
        <translation>Як розмістити два видання на аркуші:</translation>
    </message>
    <message>
        <source>Export bilingual sheet</source>
        <translation>Експорт двомовного аркуша</translation>
    </message>
    <message>
        <source>Preflight: %1</source>
        <translation>Перевірка: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Збережено %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Не вдалося експортувати: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export flyer</source>
        <translation>Експорт листівки</translation>
    </message>
    <message>
        <source>Print flyer</source>
        <translation>Друк листівки</translation>
    </message>
    <message>
        <source>PDF (print-ready, vector)</source>
        <translation>PDF (готовий до друку, векторний)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Зображення PNG</translation>
    </message>
    <message>
        <source>As the flyer (%1)</source>
        <translation>Як у листівці (%1)</translation>
    </message>
    <message>
        <source>copy shop</source>
        <translation>копіцентр</translation>
    </message>
    <message>
        <source>home printer</source>
        <translation>домашній принтер</translation>
    </message>
    <message>
        <source>Home printer (no bleed)</source>
        <translation>Домашній принтер (без вильоту)</translation>
    </message>
    <message>
        <source>Copy shop (bleed, crop marks)</source>
        <translation>Копіцентр (виліт, мітки обрізу)</translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation>1 на аркуш</translation>
    </message>
    <message>
        <source>%1 per sheet</source>
        <translation>%1 на аркуш</translation>
    </message>
    <message>
        <source>No (one page per sheet)</source>
        <translation>Ні (одна сторінка на аркуш)</translation>
    </message>
    <message>
        <source>Split across %1 sheets</source>
        <translation>Розбити на аркуші %1</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Grey only (for photocopying)</source>
        <translation>Лише &amp;сірий (для ксерокопіювання)</translation>
    </message>
    <message>
        <source>CM&amp;YK colours (for a copy shop)</source>
        <translation>Кольори CM&amp;YK (для копіцентру)</translation>
    </message>
    <message>
        <source>Cut &amp;marks (between copies, or crop marks for a copy shop)</source>
        <translation>Лінії &amp;різу (між копіями або мітки обрізу для копіцентру)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>File &amp;type</source>
        <translation>&amp;Тип файлу</translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation>&amp;Папір</translation>
    </message>
    <message>
        <source>Printing &amp;at</source>
        <translation>&amp;Де друкувати</translation>
    </message>
    <message>
        <source>&amp;Copies per sheet</source>
        <translation>&amp;Копій на аркуш</translation>
    </message>
    <message>
        <source>Sheet s&amp;ize</source>
        <translation>Р&amp;озмір аркуша</translation>
    </message>
    <message>
        <source>P&amp;oster</source>
        <translation>П&amp;лакат</translation>
    </message>
    <message>
        <source>PDF stan&amp;dard</source>
        <translation>&amp;Стандарт PDF</translation>
    </message>
    <message>
        <source>PNG &amp;resolution</source>
        <translation>Р&amp;оздільність PNG</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>З&amp;берегти як</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation>Результати перевірки</translation>
    </message>
    <message>
        <source>Show in the &amp;flyer</source>
        <translation>Показати в &amp;листівці</translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n thing(s) to check before printing (Enter shows the block):</source>
        <translation>
            <numerusform>Перевірка знайшла %n річ, яку треба перевірити перед друком (Enter показує блок):</numerusform>
            <numerusform>Перевірка знайшла %n речі, які треба перевірити перед друком (Enter показує блок):</numerusform>
            <numerusform>Перевірка знайшла %n речей, які треба перевірити перед друком (Enter показує блок):</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight found nothing to fix: ready to print.</source>
        <translation>Перевірка не знайшла нічого, що треба виправити: можна друкувати.</translation>
    </message>
    <message>
        <source>%1 (shop sheet, room for bleed)</source>
        <translation>%1 (аркуш копіцентру, з місцем для вильоту)</translation>
    </message>
    <message>
        <source>Plain PDF</source>
        <translation>Звичайний PDF</translation>
    </message>
    <message>
        <source>PDF/X-4 (for a press)</source>
        <translation>PDF/X-4 (для друкарні)</translation>
    </message>
    <message>
        <source>PDF/A-2b (for archiving)</source>
        <translation>PDF/A-2b (для архіву)</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Вибрати, куди зберегти</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файлу</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папір</translation>
    </message>
    <message>
        <source>Printing at</source>
        <translation>Де друкувати</translation>
    </message>
    <message>
        <source>Copies per sheet</source>
        <translation>Копій на аркуш</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Аркуш</translation>
    </message>
    <message>
        <source>PDF standard</source>
        <translation>Стандарт PDF</translation>
    </message>
    <message>
        <source>Poster tiling</source>
        <translation>Плакат із кількох аркушів</translation>
    </message>
    <message>
        <source>Grey only</source>
        <translation>Лише сірий</translation>
    </message>
    <message>
        <source>CMYK colours</source>
        <translation>Кольори CMYK</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Роздільність PNG</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Зберегти як</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Експортувати як</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>Спершу відкрийте або створіть листівку.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортування…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Не вдалося експортувати: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n аркуші</numerusform>
            <numerusform>%n аркушах</numerusform>
            <numerusform>%n аркушах</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2 on %3.</source>
        <translation>Збережено %1: %2 на %3.</translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translation>Збережено %1: %2.</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>Перевірити:</translation>
    </message>
    <message>
        <source>Open or create a flyer to export it.</source>
        <translation>Відкрийте або створіть листівку, щоб її експортувати.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Експорт завершено</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Відкрити теку</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <source>The flyer was not exported.

%1</source>
        <translation>Листівку не експортовано.

%1</translation>
    </message>
    <message>
        <source>Open or create a flyer to print it.</source>
        <translation>Відкрийте або створіть листівку, щоб її надрукувати.</translation>
    </message>
    <message>
        <source>Print flyer</source>
        <translation>Друк листівки</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Друк не вдався</translation>
    </message>
    <message>
        <source>The flyer was not printed.

%1</source>
        <translation>Листівку не надруковано.

%1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Підзаголовок</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Текст колонтитула</translation>
    </message>
    <message>
        <source>Printed text</source>
        <translation>Друкований текст</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Авторство</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Items (one per line)</source>
        <translation>Пункти (по одному в рядку)</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>Нумерований</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Файл зображення</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Автор світлини</translation>
    </message>
    <message>
        <source>Width (mm, 0 = full)</source>
        <translation>Ширина (мм, 0 = на всю)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>Розмір (мм)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Speakers (one per line)</source>
        <translation>Промовці (по одному в рядку)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>Висота (мм)</translation>
    </message>
    <message>
        <source>What to do (e.g. Join us)</source>
        <translation>Що зробити (напр. Долучайтеся)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>Ел. пошта або телефон</translation>
    </message>
    <message>
        <source>QR code to the website</source>
        <translation>QR-код на вебсайт</translation>
    </message>
    <message>
        <source>QR code size (mm)</source>
        <translation>Розмір QR-коду (мм)</translation>
    </message>
    <message>
        <source>Signatories (one per line: Name — role, organisation)</source>
        <translation>Підписанти (по одному в рядку: Ім’я — роль, організація)</translation>
    </message>
    <message>
        <source>After the names (e.g. and 270 others)</source>
        <translation>Після імен (напр. та ще 270 осіб)</translation>
    </message>
    <message>
        <source>Empty: “Get involved” in the flyer&apos;s language</source>
        <translation>Порожнє: «Долучайтеся» мовою листівки</translation>
    </message>
    <message>
        <source>Empty: “Signatories” over a list of more than three</source>
        <translation>Порожнє: «Підписали» над списком із понад трьох імен</translation>
    </message>
</context>
<context>
    <name>FlyerClipboard</name>
    <message>
        <source>Copy statement</source>
        <translation>Копіювати висловлювання</translation>
    </message>
    <message>
        <source>Paste statements</source>
        <translation>Вставити висловлювання</translation>
    </message>
    <message>
        <source>Copy evidence</source>
        <translation>Копіювати докази</translation>
    </message>
    <message>
        <source>Paste as evidence</source>
        <translation>Вставити як доказ</translation>
    </message>
    <message>
        <source>Only quoted statements can be copied from a flyer.</source>
        <translation>З листівки можна копіювати лише цитовані висловлювання.</translation>
    </message>
    <message>
        <source>Copy statements from the corpus first (Ctrl+C in the list).</source>
        <translation>Спершу скопіюйте висловлювання з корпусу (Ctrl+C у списку).</translation>
    </message>
</context>
<context>
    <name>FlyerEditor</name>
    <message>
        <source>Flyer title</source>
        <translation>Назва листівки</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Розмір паперу</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Орієнтація</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжкова</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомна</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема оформлення</translation>
    </message>
    <message>
        <source>Print mode</source>
        <translation>Режим друку</translation>
    </message>
    <message>
        <source>Home printer</source>
        <translation>Домашній принтер</translation>
    </message>
    <message>
        <source>Copy shop (bleed, crop marks)</source>
        <translation>Копіцентр (виліт, мітки обрізу)</translation>
    </message>
    <message>
        <source>Language of the flyer</source>
        <translation>Мова листівки</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Сторінка</translation>
    </message>
    <message>
        <source>Loo&amp;k</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Print &amp;mode</source>
        <translation>Режим &amp;друку</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Blocks of the flyer</source>
        <translation>Блоки листівки</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>Перемістити блок вище</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>Перемістити блок нижче</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Додати блок</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Додати блок</translation>
    </message>
    <message>
        <source>Add a block after the selected one (drag statements from the corpus to quote them)</source>
        <translation>Додати блок після вибраного (щоб процитувати висловлювання, перетягніть їх із корпусу)</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Видалити блок</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Properties of the selected block</source>
        <translation>Властивості вибраного блоку</translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation>Листівка</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Блоки</translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation>Перейменувати листівку</translation>
    </message>
    <message>
        <source>Change page</source>
        <translation>Змінити сторінку</translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation>Змінити тему оформлення</translation>
    </message>
    <message>
        <source>Change print mode</source>
        <translation>Змінити режим друку</translation>
    </message>
    <message>
        <source>Change the flyer&apos;s language</source>
        <translation>Змінити мову листівки</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Змінити блок «%1»</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Додати блок «%1»</translation>
    </message>
    <message>
        <source>Select a block to delete.</source>
        <translation>Виберіть блок, який треба видалити.</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Перемістити блок</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Перемістити вище</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Перемістити нижче</translation>
    </message>
    <message>
        <source>Take the new text from the corpus</source>
        <translation>Узяти новий текст із корпусу</translation>
    </message>
</context>
<context>
    <name>FlyerLibrary</name>
    <message>
        <source>Flyer library</source>
        <translation>Бібліотека листівок</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Листівки</translation>
    </message>
    <message>
        <source>New flyer</source>
        <translation>Нова листівка</translation>
    </message>
    <message>
        <source>New flyer from a template or blank (Ctrl+N)</source>
        <translation>Нова листівка із шаблону або порожня (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fl&amp;yers</source>
        <translation>&amp;Листівки</translation>
    </message>
    <message>
        <source>New flyer…</source>
        <translation>Нова листівка…</translation>
    </message>
    <message>
        <source>Duplicate flyer</source>
        <translation>Дублювати листівку</translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation>Перейменувати листівку</translation>
    </message>
    <message>
        <source>Delete flyer</source>
        <translation>Видалити листівку</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублювати</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>FlyerSession</name>
    <message>
        <source>The flyer could not be saved: %1</source>
        <translation>Не вдалося зберегти листівку: %1</translation>
    </message>
    <message>
        <source>The flyer could not be saved (%1). Your edits are kept; retrying shortly.</source>
        <translation>Не вдалося зберегти листівку (%1). Ваші зміни збережено в пам’яті; незабаром спробуємо ще раз.</translation>
    </message>
</context>
<context>
    <name>FlyerWorkspace</name>
    <message>
        <source>Flyer workspace</source>
        <translation>Робоча область листівки</translation>
    </message>
    <message>
        <source>The flyer could not be opened: %1</source>
        <translation>Не вдалося відкрити листівку: %1</translation>
    </message>
    <message>
        <source>The template could not be used: %1</source>
        <translation>Не вдалося використати шаблон: %1</translation>
    </message>
    <message>
        <source>New flyer</source>
        <translation>Нова листівка</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копія)</translation>
    </message>
    <message>
        <source>Duplicate flyer</source>
        <translation>Дублювати листівку</translation>
    </message>
    <message>
        <source>The flyer could not be created: %1</source>
        <translation>Не вдалося створити листівку: %1</translation>
    </message>
    <message>
        <source>Rename flyer</source>
        <translation>Перейменувати листівку</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Нова назва:</translation>
    </message>
    <message>
        <source>Delete flyer “%1”</source>
        <translation>Видалити листівку «%1»</translation>
    </message>
    <message>
        <source>The flyer could not be deleted: %1</source>
        <translation>Не вдалося видалити листівку: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>Листівку «%1» видалено. Скасування поверне її.</translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>Спершу відкрийте або створіть листівку.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Готуємо попередній перегляд…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Не вдалося зробити попередній перегляд: %1</translation>
    </message>
    <message>
        <source>That warning is about a block inside two columns.</source>
        <translation>Це попередження стосується блоку всередині двох колонок.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>Імпорт уже триває; дочекайтеся його завершення або скасуйте його.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпортування…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>No text files were found there (txt, md, html, pdf, docx).</source>
        <translation>Там не знайдено текстових файлів (txt, md, html, pdf, docx).</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Не вдалося імпортувати: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importing…</source>
        <translation>Імпортування…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Перебіг імпорту</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Скасувати імпорт</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>Імпортування %1 з %2…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n file(s) imported (%1), %2, %3.</source>
        <translation>
            <numerusform>Імпортовано %n файл (%1), %2, %3.</numerusform>
            <numerusform>Імпортовано %n файли (%1), %2, %3.</numerusform>
            <numerusform>Імпортовано %n файлів (%1), %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n висловлювання</numerusform>
            <numerusform>%n висловлювання</numerusform>
            <numerusform>%n висловлювань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the corpus</source>
        <translation>
            <numerusform>%n уже в корпусі</numerusform>
            <numerusform>%n уже в корпусі</numerusform>
            <numerusform>%n уже в корпусі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n відхилено</numerusform>
            <numerusform>%n відхилено</numerusform>
            <numerusform>%n відхилено</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation>Імпорт скасовано. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n statement(s)</source>
        <translation>
            <numerusform>%1: імпортовано %n висловлювання</numerusform>
            <numerusform>%1: імпортовано %n висловлювання</numerusform>
            <numerusform>%1: імпортовано %n висловлювань</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already in the corpus</source>
        <translation>%1: уже є в корпусі</translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation>%1: відхилено: %2</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Підсумок імпорту</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Імпортовані файли</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Takes effect when Organiser starts again</source>
        <translation>Набуде чинності після перезапуску Organiser</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Organiser will speak %1 when it starts again.</source>
        <translation>Після перезапуску Organiser розмовлятиме мовою: %1.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустити зараз</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>%1
Template: %2
Last changed: %3</source>
        <translation>%1
Шаблон: %2
Останні зміни: %3</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>порожній</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>%1[*] — Organiser</source>
        <translation>%1[*] — Organiser</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Корпус</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Висловлювання</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Листівки</translation>
    </message>
    <message>
        <source>%1 — drop files or folders here to import them.</source>
        <translation>%1 — перетягніть сюди файли або теки, щоб імпортувати їх.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <source>The flyer editor could not start; details are in the log file.</source>
        <translation>Не вдалося запустити редактор листівок; подробиці — у файлі журналу.</translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>Спершу відкрийте або створіть листівку.</translation>
    </message>
    <message>
        <source>The flyer editor is not available yet.</source>
        <translation>Редактор листівок ще не готовий.</translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation>Спершу виберіть висловлювання.</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Імпорт текстів</translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Тексти (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Імпорт теки</translation>
    </message>
    <message>
        <source>About Organiser</source>
        <translation>Про Organiser</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Organiser&lt;/b&gt; keeps your campaign texts as a searchable bank of statements and turns them into print-ready flyers and comparison charts, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Organiser&lt;/b&gt; зберігає тексти вашої кампанії як банк висловлювань із пошуком і перетворює їх на готові до друку листівки та порівняльні таблиці — без інтернету.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Головна панель інструментів</translation>
    </message>
    <message>
        <source>Write statement</source>
        <translation>Написати</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with a table of rows</source>
        <translation>Об’єднання з таблицею рядків</translation>
    </message>
    <message>
        <source>Write fields such as {venue} or {time} in the flyer&apos;s text; each row of a CSV table whose first line names them makes one copy.</source>
        <translation>Напишіть у тексті листівки поля, як-от {venue} або {time}; кожен рядок таблиці CSV, перший рядок якої їх називає, дає одну копію.</translation>
    </message>
    <message>
        <source>This flyer uses: %1</source>
        <translation>Ця листівка використовує: %1</translation>
    </message>
    <message>
        <source>This flyer has no {fields} yet.</source>
        <translation>У цій листівці ще немає {fields}.</translation>
    </message>
    <message>
        <source>Table of rows (CSV)</source>
        <translation>Таблиця рядків (CSV)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>Тека для копій</translation>
    </message>
    <message>
        <source>All rows in &amp;one PDF (a page per row) instead of one PDF per row</source>
        <translation>Усі рядки в &amp;одному PDF (сторінка на рядок) замість окремого PDF на кожен рядок</translation>
    </message>
    <message>
        <source>Rows and what they lack</source>
        <translation>Рядки та чого їм бракує</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Рядки</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>&amp;Зберегти в</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>Table of rows</source>
        <translation>Таблиця рядків</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt)</source>
        <translation>Таблиці CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Row %1 “%2”: </source>
        <translation>Рядок %1 «%2»: </translation>
    </message>
    <message>
        <source>lacks %1 — it will be skipped</source>
        <translation>бракує %1 — його буде пропущено</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>Nothing was made: %1</source>
        <translation>Нічого не створено: %1</translation>
    </message>
    <message>
        <source>Made %1 of %2 copies in %3.</source>
        <translation>Створено %1 з %2 копій у %3.</translation>
    </message>
</context>
<context>
    <name>NewBlock</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Підзаголовок</translation>
    </message>
    <message>
        <source>First point</source>
        <translation>Перший пункт</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <source>Subject A</source>
        <translation>Сторона А</translation>
    </message>
    <message>
        <source>Subject B</source>
        <translation>Сторона Б</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерій</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Name — role, organisation</source>
        <translation>Ім’я — роль, організація</translation>
    </message>
</context>
<context>
    <name>NewFlyerDialog</name>
    <message>
        <source>New flyer</source>
        <translation>Нова листівка</translation>
    </message>
    <message>
        <source>New flyer: choose a template</source>
        <translation>Нова листівка: виберіть шаблон</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Порожня</translation>
    </message>
    <message>
        <source>An empty page with a headline: build it block by block.</source>
        <translation>Порожня сторінка із заголовком: збирайте її блок за блоком.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Templates start with real example text from your corpus. Text in [[double brackets]] is a placeholder to replace; preflight reminds you of any left.</source>
        <translation>Шаблони починаються зі справжнього прикладу тексту з вашого корпусу. Текст у [[подвійних дужках]] — заповнювач, який треба замінити; перевірка нагадає про залишені.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No bundled font can print %1; it will show as a blank box.</source>
        <translation>Жоден вбудований шрифт не може надрукувати %1; на папері буде порожній прямокутник.</translation>
    </message>
    <message>
        <source>Text is %1 pt, below the readable %2 pt for %3: shorten it or use a larger paper.</source>
        <translation>Текст має кегль %1 пт — менше за читабельні %2 пт для %3: скоротіть його або візьміть більший папір.</translation>
    </message>
    <message>
        <source>Text contrast in grayscale is %1:1, below %2:1: it will be hard to read.</source>
        <translation>Контраст тексту у відтінках сірого — %1:1, менше за %2:1: його буде важко читати.</translation>
    </message>
    <message>
        <source>Text contrast is %1:1, below %2:1: it will be hard to read.</source>
        <translation>Контраст тексту — %1:1, менше за %2:1: його буде важко читати.</translation>
    </message>
    <message>
        <source>The image is %1 ppi at its printed size (%2 mm wide); it needs %3 ppi to print sharply: use a larger image or print it smaller.</source>
        <translation>Зображення має %1 ppi у розмірі друку (%2 мм завширшки); для чіткого друку потрібно %3 ppi: візьміть більше зображення або надрукуйте його меншим.</translation>
    </message>
    <message>
        <source>The QR code is %1 mm wide (modules %2 mm); on %3 it needs at least %4 mm and 0.4 mm modules to scan: make it bigger or shorten the URL.</source>
        <translation>QR-код має %1 мм завширшки (модулі %2 мм); на %3 для сканування потрібно щонайменше %4 мм і модулі 0,4 мм: збільште його або скоротіть посилання.</translation>
    </message>
    <message numerus="yes">
        <source>The content does not fit on the %1 page(s) planned even at the smallest readable size: it flowed onto %n pages.</source>
        <translation>
            <numerusform>Вміст не вміщається в заплановану кількість сторінок (%1) навіть найменшим читабельним кеглем: він зайняв %n сторінку.</numerusform>
            <numerusform>Вміст не вміщається в заплановану кількість сторінок (%1) навіть найменшим читабельним кеглем: він зайняв %n сторінки.</numerusform>
            <numerusform>Вміст не вміщається в заплановану кількість сторінок (%1) навіть найменшим читабельним кеглем: він зайняв %n сторінок.</numerusform>
        </translation>
    </message>
    <message>
        <source>a smaller page</source>
        <translation>менший</translation>
    </message>
    <message>
        <source>%1-up prints this %2 flyer at %3 of its size; text may be too small to read (make the page %4)</source>
        <translation>%1 на аркуш друкує цю листівку %2 у масштабі %3; текст може бути задрібним (зробіть сторінку %4)</translation>
    </message>
    <message>
        <source>The QR code&apos;s link has no address yet: a phone that scans it will find nothing.</source>
        <translation>Посилання QR-коду ще не має адреси: телефон, що його відсканує, нічого не знайде.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link still holds a placeholder: a phone that scans it will find nothing.</source>
        <translation>Посилання QR-коду досі містить заповнювач: телефон, що його відсканує, нічого не знайде.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link has spaces in it: a phone that scans it will find nothing.</source>
        <translation>У посиланні QR-коду є пробіли: телефон, що його відсканує, нічого не знайде.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link points to a sample address (%1): a phone that scans it will find nothing.</source>
        <translation>Посилання QR-коду веде на зразкову адресу (%1): телефон, що його відсканує, нічого не знайде.</translation>
    </message>
    <message>
        <source>The QR code&apos;s link has no real web address (“%1”): a phone that scans it will find nothing.</source>
        <translation>Посилання QR-коду не є справжньою вебадресою («%1»): телефон, що його відсканує, нічого не знайде.</translation>
    </message>
    <message>
        <source>The call to action&apos;s web address has spaces in it: readers who look it up will find nothing.</source>
        <translation>У вебадресі заклику до дії є пробіли: читачі, які її шукатимуть, нічого не знайдуть.</translation>
    </message>
    <message>
        <source>The call to action&apos;s web address points to a sample address (%1): readers who look it up will find nothing.</source>
        <translation>Вебадреса заклику до дії веде на зразкову адресу (%1): читачі, які її шукатимуть, нічого не знайдуть.</translation>
    </message>
    <message>
        <source>The call to action&apos;s web address has no real web address (“%1”): readers who look it up will find nothing.</source>
        <translation>У заклику до дії немає справжньої вебадреси («%1»): читачі, які її шукатимуть, нічого не знайдуть.</translation>
    </message>
    <message>
        <source>The event says nothing about when: readers cannot come.</source>
        <translation>Подія нічого не каже про час: читачі не зможуть прийти.</translation>
    </message>
    <message>
        <source>The event says nothing about where: readers cannot come.</source>
        <translation>Подія нічого не каже про місце: читачі не зможуть прийти.</translation>
    </message>
    <message>
        <source>The event says nothing about when or where: readers cannot come.</source>
        <translation>Подія нічого не каже ні про час, ні про місце: читачі не зможуть прийти.</translation>
    </message>
    <message>
        <source>This statement has no source: add it so readers can check it.</source>
        <translation>У цього висловлювання немає джерела: додайте його, щоб читачі могли перевірити.</translation>
    </message>
    <message>
        <source>This quote has no source or attribution.</source>
        <translation>У цієї цитати немає ні джерела, ні автора.</translation>
    </message>
    <message>
        <source>This block is taller than a page and was split or scaled down.</source>
        <translation>Цей блок вищий за сторінку, тому його розділено або зменшено.</translation>
    </message>
    <message>
        <source>The flyer&apos;s name is still the placeholder “%1”.</source>
        <translation>Назва листівки досі є заповнювачем «%1».</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder “%1” (and %2 more in this block).</source>
        <translation>Замініть заповнювач шаблону «%1» (і ще %2 у цьому блоці).</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder “%1”.</source>
        <translation>Замініть заповнювач шаблону «%1».</translation>
    </message>
    <message>
        <source>The call to action gives no website or contact: readers cannot reach you.</source>
        <translation>У заклику до дії немає ні вебсайту, ні контакту: читачі не зможуть з вами зв’язатися.</translation>
    </message>
    <message>
        <source>The chart&apos;s evidence is not printed: without a Sources list its cells cannot point to their sources. Add a Sources block.</source>
        <translation>Докази таблиці не друкуються: без списку джерел її клітинки не можуть на них посилатися. Додайте блок «Джерела».</translation>
    </message>
    <message>
        <source>Small text is printed in several inks: use 100 % black (K) so it stays sharp.</source>
        <translation>Дрібний текст друкується кількома фарбами: використайте 100 % чорного (K), щоб він лишався чітким.</translation>
    </message>
    <message>
        <source>Some areas use %1 ink; print shops accept at most %2.</source>
        <translation>Деякі ділянки мають %1 фарби; друкарні приймають щонайбільше %2.</translation>
    </message>
    <message>
        <source>A line is %1 pt thin; presses do not hold lines under %2 pt.</source>
        <translation>Лінія має товщину %1 пт; друкарські машини не відтворюють ліній, тонших за %2 пт.</translation>
    </message>
    <message>
        <source>The CMYK file still holds RGB colour (colours: %1, images: %2): the shop will convert it without your say.</source>
        <translation>Файл CMYK ще містить кольори RGB (кольорів: %1, зображень: %2): друкарня перетворить їх на свій розсуд.</translation>
    </message>
    <message>
        <source>Fonts not embedded: %1.</source>
        <translation>Шрифти не вбудовано: %1.</translation>
    </message>
    <message>
        <source>PDF/X was asked for but the file names no output condition (OutputIntent).</source>
        <translation>Потрібен PDF/X, але файл не вказує умов друку (OutputIntent).</translation>
    </message>
    <message>
        <source>PDF/A was asked for but the file has no colour profile (OutputIntent).</source>
        <translation>Потрібен PDF/A, але файл не має колірного профілю (OutputIntent).</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>Preflight warnings</source>
        <translation>Попередження перевірки</translation>
    </message>
    <message>
        <source>Preflight warnings; press Enter to go to the block</source>
        <translation>Попередження перевірки; натисніть Enter, щоб перейти до блоку</translation>
    </message>
    <message>
        <source>Preflight: no flyer open.</source>
        <translation>Перевірка: жодної листівки не відкрито.</translation>
    </message>
    <message>
        <source>Preflight: ready to print — no problems found.</source>
        <translation>Перевірка: готово до друку — проблем не знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>Preflight: %n thing(s) to check before printing.</source>
        <translation>
            <numerusform>Перевірка: %n зауваження перед друком.</numerusform>
            <numerusform>Перевірка: %n зауваження перед друком.</numerusform>
            <numerusform>Перевірка: %n зауважень перед друком.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Print preview</source>
        <translation>Попередній перегляд друку</translation>
    </message>
    <message>
        <source>Open or create a flyer to see it here.</source>
        <translation>Відкрийте або створіть листівку, щоб побачити її тут.</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Номер сторінки</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>За шириною сторінки</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>Сторінку повністю</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>Preview of the printed flyer</source>
        <translation>Попередній перегляд надрукованої листівки</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>Не вдалося показати попередній перегляд.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printing system did not answer (%1).</source>
        <translation>Система друку не відповіла (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причину не вказано</translation>
    </message>
    <message>
        <source>The printer refused the job: %1</source>
        <translation>Принтер відхилив завдання: %1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Не вдалося відкрити принтер.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>типовий принтер</translation>
    </message>
    <message>
        <source>Sent to %1 (vector PDF).</source>
        <translation>Надіслано на %1 (векторний PDF).</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) at %1 dpi.</source>
        <translation>
            <numerusform>Надруковано %n сторінку з роздільністю %1 dpi.</numerusform>
            <numerusform>Надруковано %n сторінки з роздільністю %1 dpi.</numerusform>
            <numerusform>Надруковано %n сторінок з роздільністю %1 dpi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>Профіль організації</translation>
    </message>
    <message>
        <source>e.g. info[at]your-group.org</source>
        <translation>напр. info[at]your-group.org</translation>
    </message>
    <message>
        <source>e.g. your-group.org (the QR code leads there)</source>
        <translation>напр. your-group.org (туди веде QR-код)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Виберіть зображення логотипа</translation>
    </message>
    <message>
        <source>As the template</source>
        <translation>Як у шаблоні</translation>
    </message>
    <message>
        <source>Also put these details in the open &amp;flyer</source>
        <translation>Також додати ці відомості у відкриту &amp;листівку</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Назва організації</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>В&amp;ебсайт</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>Л&amp;оготип</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>Файл зображення логотипа</translation>
    </message>
    <message>
        <source>Lan&amp;guage of new flyers</source>
        <translation>&amp;Мова нових листівок</translation>
    </message>
    <message>
        <source>Language of new flyers</source>
        <translation>Мова нових листівок</translation>
    </message>
    <message>
        <source>&amp;Theme of new flyers</source>
        <translation>&amp;Тема нових листівок</translation>
    </message>
    <message>
        <source>Theme of new flyers</source>
        <translation>Тема нових листівок</translation>
    </message>
    <message>
        <source>&amp;Paper of new flyers</source>
        <translation>&amp;Папір нових листівок</translation>
    </message>
    <message>
        <source>Paper of new flyers</source>
        <translation>Папір нових листівок</translation>
    </message>
    <message>
        <source>New flyers print these details in their footer and QR code.</source>
        <translation>Нові листівки друкують ці відомості в нижньому колонтитулі та QR-коді.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Виберіть логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Organiser bundles (*.organiser)</source>
        <translation>Пакети Organiser (*.organiser)</translation>
    </message>
    <message>
        <source>The whole corpus</source>
        <translation>Увесь корпус</translation>
    </message>
    <message>
        <source>The open flyer, the statements it quotes and its images</source>
        <translation>Відкриту листівку, висловлювання, які вона цитує, і її зображення</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Поділитися</translation>
    </message>
    <message>
        <source>What to share:</source>
        <translation>Чим поділитися:</translation>
    </message>
    <message>
        <source>Share as a bundle</source>
        <translation>Поділитися пакетом</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Не поширено</translation>
    </message>
    <message>
        <source>The bundle was not written.

%1</source>
        <translation>Пакет не записано.

%1</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Відкрити пакет</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Відкриваємо %1…</translation>
    </message>
    <message>
        <source>Statements that were edited on both sides are kept twice and tagged “conflict”.</source>
        <translation>Висловлювання, змінені з обох боків, збережено двічі й позначено міткою «conflict».</translation>
    </message>
    <message>
        <source>Bundle opened</source>
        <translation>Пакет відкрито</translation>
    </message>
    <message>
        <source>Bundle not opened</source>
        <translation>Пакет не відкрито</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>Нічого не змінено.

%1</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source details</source>
        <translation>Відомості про джерело</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Outlet or publisher</source>
        <translation>&amp;Видання або видавець</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD)</source>
        <translation>&amp;Дата (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Посилання</translation>
    </message>
    <message>
        <source>&amp;Authors (separated by ;)</source>
        <translation>&amp;Автори (через ;)</translation>
    </message>
    <message>
        <source>&amp;Rights</source>
        <translation>П&amp;рава</translation>
    </message>
    <message>
        <source>Flyers that quote this source show that its details changed.</source>
        <translation>Листівки, що цитують це джерело, покажуть, що його відомості змінилися.</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Джерело має мати назву.</translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation>Редагувати джерело «%1»</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>Відомості про джерело</translation>
    </message>
    <message>
        <source>Statements of the source</source>
        <translation>Висловлювання джерела</translation>
    </message>
</context>
<context>
    <name>StatementDetail</name>
    <message>
        <source>Statement details</source>
        <translation>Відомості про висловлювання</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Statement text</source>
        <translation>Текст висловлювання</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Мітки</translation>
    </message>
</context>
<context>
    <name>StatementEdits</name>
    <message>
        <source>Edit statement</source>
        <translation>Редагування висловлювання</translation>
    </message>
    <message>
        <source>Write a statement</source>
        <translation>Нове висловлювання</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>no source (written here)</source>
        <translation>без джерела (написано тут)</translation>
    </message>
    <message>
        <source>(written here)</source>
        <translation>(написано тут)</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>&amp;Tags of this statement:</source>
        <translation>&amp;Мітки цього висловлювання:</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>comma-separated, e.g. housing, budget</source>
        <translation>через кому, напр. житло, бюджет</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Мітки через кому</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Comparison chart</source>
        <translation>Порівняльна таблиця</translation>
    </message>
    <message>
        <source>Open letter handout</source>
        <translation>Відкритий лист для роздачі</translation>
    </message>
    <message>
        <source>Event notice</source>
        <translation>Оголошення про подію</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Список для читання</translation>
    </message>
    <message>
        <source>Slogan poster</source>
        <translation>Плакат із гаслом</translation>
    </message>
    <message>
        <source>Statement excerpt with notes</source>
        <translation>Уривок із примітками</translation>
    </message>
    <message>
        <source>Open letter to a movement</source>
        <translation>Відкритий лист до руху</translation>
    </message>
    <message>
        <source>Subjects side by side, one row per question, a verdict word in every cell; sources, a call to action and contact underneath. Modelled on “From Ukraine to Palestine, occupation is a crime”.</source>
        <translation>Суб’єкти поруч, по рядку на кожне питання, слово-вердикт у кожній клітинці; під таблицею — джерела, заклик до дії та контакти. За зразком «Від України до Палестини окупація — це злочин».</translation>
    </message>
    <message>
        <source>A letter to hand out: title, chosen paragraphs, the letter&apos;s demands, date, signatories, a call to action and the source. Long letters run onto the back of the sheet rather than shrinking below a readable size.</source>
        <translation>Лист для роздачі: заголовок, вибрані абзаци, вимоги листа, дата, підписанти, заклик до дії та джерело. Довгий лист переходить на зворот аркуша, а не зменшується до нечитабельного розміру.</translation>
    </message>
    <message>
        <source>A meeting or action: what, when, where and who speaks, why it matters, who organises it, and a call to action with the group&apos;s website, contact and a QR code.</source>
        <translation>Зустріч або акція: що, коли, де і хто виступає, чому це важливо, хто організовує, і заклик до дії з вебсайтом групи, контактом і QR-кодом.</translation>
    </message>
    <message>
        <source>Articles and interviews to pass on, each with its title, author, outlet and date: a pocket-size A6 card (4 to an A4 sheet).</source>
        <translation>Статті та інтерв’ю, якими варто поділитися, кожне з назвою, автором, виданням і датою: кишенькова картка A6 (4 на аркуш A4).</translation>
    </message>
    <message>
        <source>One slogan in big type for a march: A3, or tiled across A4 sheets; optional second and third lines carry the same slogan in other languages.</source>
        <translation>Одне гасло великим шрифтом для маршу: A3 або кілька аркушів A4; другий і третій рядки за бажанням повторюють гасло іншими мовами.</translation>
    </message>
    <message>
        <source>A passage quoted from a longer text, with numbered notes that explain it and the list of sources.</source>
        <translation>Уривок із довшого тексту з нумерованими примітками, що його пояснюють, і списком джерел.</translation>
    </message>
    <message>
        <source>A short letter from one movement to another on a single A5 sheet: salutation, the letter, closing and signatories.</source>
        <translation>Короткий лист від одного руху до іншого на одному аркуші A5: звертання, текст листа, завершення та підписанти.</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Newsprint</source>
        <translation>Газета</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Ніч</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>Солідарність</translation>
    </message>
    <message>
        <source>Photocopy</source>
        <translation>Ксерокопія</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit statement “%1”</source>
        <translation>Редагування висловлювання «%1»</translation>
    </message>
    <message>
        <source>Change tags (%1)</source>
        <translation>Зміна міток (%1)</translation>
    </message>
    <message>
        <source>Write statement “%1”</source>
        <translation>Нове висловлювання «%1»</translation>
    </message>
    <message>
        <source>Delete statement “%1”</source>
        <translation>Видалення висловлювання «%1»</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частково</translation>
    </message>
    <message>
        <source>Arguably</source>
        <translation>Можливо</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
</context>
<context>
    <name>WindowFlows</name>
    <message>
        <source>Copy statements</source>
        <translation>Копіювати висловлювання</translation>
    </message>
    <message>
        <source>Select one or more statements first.</source>
        <translation>Спершу виберіть одне або кілька висловлювань.</translation>
    </message>
    <message>
        <source>Open or create a flyer first (Ctrl+N).</source>
        <translation>Спершу відкрийте або створіть листівку (Ctrl+N).</translation>
    </message>
    <message>
        <source>Added to “%1”, before its sources.</source>
        <translation>Додано в «%1» перед її джерелами.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n statement(s): paste them into a flyer or a chart cell.</source>
        <translation>
            <numerusform>Скопійовано %n висловлювання: вставте його в листівку або клітинку таблиці.</numerusform>
            <numerusform>Скопійовано %n висловлювання: вставте їх у листівку або клітинку таблиці.</numerusform>
            <numerusform>Скопійовано %n висловлювань: вставте їх у листівку або клітинку таблиці.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a source or one of its statements first.</source>
        <translation>Спершу виберіть джерело або одне з його висловлювань.</translation>
    </message>
    <message>
        <source>Source details saved. Flyers quoting it are marked as changed.</source>
        <translation>Відомості про джерело збережено. Листівки, що його цитують, позначено як змінені.</translation>
    </message>
    <message>
        <source>Profile saved: new flyers will carry it.</source>
        <translation>Профіль збережено: нові листівки міститимуть його.</translation>
    </message>
    <message>
        <source>The profile is empty: fill it in first (File ▸ Organisation profile).</source>
        <translation>Профіль порожній: спершу заповніть його (Файл ▸ Профіль організації).</translation>
    </message>
    <message>
        <source>Put the profile in the flyer</source>
        <translation>Додати профіль у листівку</translation>
    </message>
    <message>
        <source>Open the flyer to merge first.</source>
        <translation>Спершу відкрийте листівку для об’єднання.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported as soon as the open dialog or the running import is finished.</source>
        <translation>
            <numerusform>%n файл буде імпортовано, щойно закриється відкритий діалог або завершиться поточний імпорт.</numerusform>
            <numerusform>%n файли буде імпортовано, щойно закриється відкритий діалог або завершиться поточний імпорт.</numerusform>
            <numerusform>%n файлів буде імпортовано, щойно закриється відкритий діалог або завершиться поточний імпорт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>The task stopped because of an unexpected problem (%1).</source>
        <translation>Завдання зупинилося через несподівану проблему (%1).</translation>
    </message>
</context>
<context>
    <name>ws</name>
    <message>
        <source>Change export settings</source>
        <translation>Змінити налаштування експорту</translation>
    </message>
    <message>
        <source>Those statements are no longer in the corpus.</source>
        <translation>Цих висловлювань уже немає в корпусі.</translation>
    </message>
    <message>
        <source>Open or create a flyer first.</source>
        <translation>Спершу відкрийте або створіть листівку.</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Додати висловлювання</translation>
    </message>
    <message numerus="yes">
        <source>Add %n statements</source>
        <translation>
            <numerusform>Додати %n висловлювання</numerusform>
            <numerusform>Додати %n висловлювання</numerusform>
            <numerusform>Додати %n висловлювань</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell of a comparison chart first, then use the statement as its evidence.</source>
        <translation>Спершу виберіть клітинку порівняльної таблиці, а тоді використайте висловлювання як її доказ.</translation>
    </message>
    <message>
        <source>That statement is no longer in the corpus.</source>
        <translation>Цього висловлювання вже немає в корпусі.</translation>
    </message>
    <message>
        <source>Take the new statement text</source>
        <translation>Узяти новий текст висловлювання</translation>
    </message>
</context>
</TS>
