<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Insert {kind}</source>
        <translation>إدراج: {kind}</translation>
    </message>
    <message>
        <source>Insert %n blocks</source>
        <translation>إدراج %n كتل</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>إدراج كتلة</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>نقل الكتلة</translation>
    </message>
    <message>
        <source>Remove block from page</source>
        <translation>إزالة الكتلة من الصفحة</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>إنشاء نسخة محلية</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation>جارٍ استيراد الملفات</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>جارٍ استيراد {name}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>تغيير الوسوم</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>تحرير: {field}</translation>
    </message>
    <message>
        <source>Revert to version {n}</source>
        <translation>الرجوع إلى الإصدار {n}</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حلّ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>تسجيل الإصدارات</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>إضافة مقرر</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Move %n items</source>
        <translation>نقل %n عناصر</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>Choose a file from the library</source>
        <translation>اختيار ملف من المكتبة</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>تصفية حسب الاسم…</translation>
    </message>
    <message>
        <source>Import from disk…</source>
        <translation>استيراد من القرص…</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>استيراد ملف</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Typing</source>
        <translation>الكتابة</translation>
    </message>
</context>
<context>
    <name>BlockHeader</name>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Remove from page (the block stays in the library)</source>
        <translation>إزالة من الصفحة (تبقى الكتلة في المكتبة)</translation>
    </message>
    <message numerus="yes">
        <source>Used on %n pages</source>
        <translation>
            <numerusform>غير مستخدم في أي صفحة</numerusform>
            <numerusform>مستخدم في صفحة واحدة</numerusform>
            <numerusform>مستخدم في صفحتين</numerusform>
            <numerusform>مستخدم في %n صفحات</numerusform>
            <numerusform>مستخدم في %n صفحة</numerusform>
            <numerusform>مستخدم في %n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>A change here changes it on every page that uses it</source>
        <translation>أي تغيير هنا يغيّرها في كل صفحة تستخدمها</translation>
    </message>
    <message>
        <source>Pinned to version %1 (read-only here)</source>
        <translation>مثبّت على الإصدار %1 (للقراءة فقط هنا)</translation>
    </message>
</context>
<context>
    <name>CalloutEditor</name>
    <message>
        <source>Callout style</source>
        <translation>نمط التنبيه</translation>
    </message>
    <message>
        <source>What should learners notice?</source>
        <translation>ما الذي يجب أن يلاحظه المتعلمون؟</translation>
    </message>
    <message>
        <source>Change callout style</source>
        <translation>تغيير نمط التنبيه</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Write a comment…</source>
        <translation>اكتب تعليقًا…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حلّ</translation>
    </message>
    <message>
        <source> — resolved</source>
        <translation> — تم الحل</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a course</source>
        <translation>تصدير مقرر</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>الحزم (*.zip)</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>تم التصدير: {path}</translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>B</source>
        <translation>غ</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>غامق (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>مائل (Ctrl+I)</translation>
    </message>
    <message>
        <source>U</source>
        <translation>ت</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>تسطير (Ctrl+U)</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>ع2</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>عنوان 2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>ع3</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>عنوان 3</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• قائمة</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. قائمة</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقمة</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <translation>رابط (Ctrl+K)</translation>
    </message>
    <message>
        <source>Table…</source>
        <translation>جدول…</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>إدراج جدول</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>صورة…</translation>
    </message>
    <message>
        <source>Insert an image from the library</source>
        <translation>إدراج صورة من المكتبة</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Select a version to read it.</source>
        <translation>اختر إصدارًا لقراءته.</translation>
    </message>
    <message>
        <source>Revert to this version</source>
        <translation>الرجوع إلى هذا الإصدار</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>الإصدار {n}</translation>
    </message>
    <message>
        <source>No version recorded yet: one is recorded when you finish editing this object.</source>
        <translation>لم يُسجَّل أي إصدار بعد: يُسجَّل إصدار عند انتهائك من تحرير هذا العنصر.</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>المحتويات:</translation>
    </message>
</context>
<context>
    <name>LibraryItemModel</name>
    <message>
        <source>(untitled {kind})</source>
        <translation>({kind} بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>MediaEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Caption (shown under the picture)</source>
        <translation>التعليق (يظهر أسفل الصورة)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Alt text: what the picture shows, for learners who cannot see it</source>
        <translation>النص البديل: ما تعرضه الصورة، للمتعلمين الذين لا يستطيعون رؤيتها</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>Alt text (required)</source>
        <translation>النص البديل (مطلوب)</translation>
    </message>
    <message>
        <source>⚠ Alt text is required: describe the picture for people who cannot see it.</source>
        <translation>⚠ النص البديل مطلوب: صِف الصورة لمن لا يستطيع رؤيتها.</translation>
    </message>
    <message>
        <source>Transcript (for audio and video; optional for a picture)</source>
        <translation>النص المكتوب (للصوت والفيديو؛ اختياري للصورة)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>النص المكتوب</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>لا معاينة لهذا النوع من الملفات</translation>
    </message>
    <message>
        <source>No file: choose one from the library</source>
        <translation>لا يوجد ملف: اختر ملفًا من المكتبة</translation>
    </message>
    <message>
        <source>Choose media file</source>
        <translation>اختيار ملف وسائط</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>{title} (in the trash)</source>
        <translation>{title} (في سلة المحذوفات)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Your name, as reviewers should see it</source>
        <translation>اسمك كما يجب أن يراه المراجعون</translation>
    </message>
    <message>
        <source>Author name:</source>
        <translation>اسم المؤلف:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <source>Default locale for new libraries:</source>
        <translation>اللغة الافتراضية للمكتبات الجديدة:</translation>
    </message>
    <message>
        <source>Exported image quality:</source>
        <translation>جودة الصور المصدّرة:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Takes effect the next time Coursesmith starts.</source>
        <translation>يسري في المرة القادمة التي يبدأ فيها Coursesmith.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>%v of %m</source>
        <translation>%v من %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>QtInspector</name>
    <message>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>مستخدم في</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>وسوم، مفصولة، بفواصل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Select an object in the outline or the library to see its properties.</source>
        <translation>اختر عنصرًا في المخطط أو المكتبة لعرض خصائصه.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
</context>
<context>
    <name>QtLibraryBrowser</name>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>ابحث في العناوين والنصوص والأسئلة والوسوم…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>حالة سير العمل</translation>
    </message>
    <message>
        <source>Locale searched</source>
        <translation>اللغة المبحوث فيها</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>كل اللغات</translation>
    </message>
    <message numerus="yes">
        <source>Results: %n</source>
        <translation>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objects: %n</source>
        <translation>
            <numerusform>العناصر: %n</numerusform>
            <numerusform>العناصر: %n</numerusform>
            <numerusform>العناصر: %n</numerusform>
            <numerusform>العناصر: %n</numerusform>
            <numerusform>العناصر: %n</numerusform>
            <numerusform>العناصر: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {imported}, already in the library {duplicates}, refused {refused}.</source>
        <translation>مستورد: {imported}، موجود مسبقًا في المكتبة: {duplicates}، مرفوض: {refused}.</translation>
    </message>
    <message>
        <source>Cancelled: {left} files were not imported.</source>
        <translation>أُلغي: لم يُستورد {left} من الملفات.</translation>
    </message>
    <message>
        <source>Refused files:</source>
        <translation>الملفات المرفوضة:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
</context>
<context>
    <name>QtMainWindow</name>
    <message>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;مكتبة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Library as &amp;List</source>
        <translation>المكتبة &amp;قائمة</translation>
    </message>
    <message>
        <source>Library as &amp;Grid</source>
        <translation>المكتبة &amp;شبكة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Coursesmith</source>
        <translation>&amp;حول Coursesmith</translation>
    </message>
    <message>
        <source>No other recent libraries</source>
        <translation>لا توجد مكتبات حديثة أخرى</translation>
    </message>
    <message numerus="yes">
        <source>Courses: %n</source>
        <translation>
            <numerusform>المقررات: %n</numerusform>
            <numerusform>المقررات: %n</numerusform>
            <numerusform>المقررات: %n</numerusform>
            <numerusform>المقررات: %n</numerusform>
            <numerusform>المقررات: %n</numerusform>
            <numerusform>المقررات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n</source>
        <translation>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %n</source>
        <translation>
            <numerusform>الموارد: %n</numerusform>
            <numerusform>الموارد: %n</numerusform>
            <numerusform>الموارد: %n</numerusform>
            <numerusform>الموارد: %n</numerusform>
            <numerusform>الموارد: %n</numerusform>
            <numerusform>الموارد: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>مكتبة جديدة</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>About Coursesmith</source>
        <translation>حول Coursesmith</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coursesmith {version}&lt;/h3&gt;&lt;p&gt;Build e-learning from reusable, versioned, translatable learning objects, and publish it to any LMS.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coursesmith {version}&lt;/h3&gt;&lt;p&gt;أنشئ محتوى تعلّم إلكتروني من عناصر تعلّم قابلة لإعادة الاستخدام ومُصدَرة وقابلة للترجمة، وانشره على أي نظام LMS.&lt;/p&gt;&lt;p&gt;المكتبة: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QtOutline</name>
    <message>
        <source>+ Course</source>
        <translation>+ مقرر</translation>
    </message>
    <message>
        <source>+ Lesson</source>
        <translation>+ درس</translation>
    </message>
    <message>
        <source>+ Page</source>
        <translation>+ صفحة</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
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
        <source>New course</source>
        <translation>مقرر جديد</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>درس جديد</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>صفحة جديدة</translation>
    </message>
    <message>
        <source>Select a {kind} first.</source>
        <translation>اختر أولًا: {kind}.</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>نقل «{title}» إلى سلة المحذوفات؟</translation>
    </message>
    <message>
        <source>It is also used in:</source>
        <translation>يُستخدم أيضًا في:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>QtPageEditor</name>
    <message>
        <source>Insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Insert a block</source>
        <translation>إدراج كتلة</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>عنوان الصفحة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Image / media…</source>
        <translation>صورة / وسائط…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>إعادة تسمية الصفحة</translation>
    </message>
    <message>
        <source>Choose a page in the outline to edit it.</source>
        <translation>اختر صفحة في المخطط لتحريرها.</translation>
    </message>
    <message>
        <source>This page is empty. Insert a block, or drag one here from the library.</source>
        <translation>هذه الصفحة فارغة. أدرج كتلة أو اسحب واحدة إلى هنا من المكتبة.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question type</source>
        <translation>نوع السؤال</translation>
    </message>
    <message>
        <source>Points: </source>
        <translation>النقاط: </translation>
    </message>
    <message>
        <source>Attempts: </source>
        <translation>المحاولات: </translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>Feedback when the answer is right</source>
        <translation>الملاحظات عند صحة الإجابة</translation>
    </message>
    <message>
        <source>Feedback when the answer is wrong</source>
        <translation>الملاحظات عند خطأ الإجابة</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ صحيحة</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ خاطئة</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>Feedback for this choice (optional)</source>
        <translation>ملاحظات لهذا الخيار (اختياري)</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>Accepted answer</source>
        <translation>إجابة مقبولة</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>إجابة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <source>Its match</source>
        <translation>ما يطابقه</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>زوج</translation>
    </message>
    <message>
        <source>item</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Change the right answer</source>
        <translation>تغيير الإجابة الصحيحة</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>حساس لحالة الأحرف</translation>
    </message>
    <message>
        <source>Change case sensitivity</source>
        <translation>تغيير الحساسية لحالة الأحرف</translation>
    </message>
    <message>
        <source>Choices: select the right one</source>
        <translation>الخيارات: اختر الصحيح</translation>
    </message>
    <message>
        <source>Choices: tick every right one</source>
        <translation>الخيارات: حدّد كل الإجابات الصحيحة</translation>
    </message>
    <message>
        <source>The statement is</source>
        <translation>العبارة</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>الإجابات المقبولة</translation>
    </message>
    <message>
        <source>Pairs: each item and its match (learners see the matches shuffled)</source>
        <translation>الأزواج: كل عنصر وما يطابقه (يرى المتعلمون المطابقات مخلوطة)</translation>
    </message>
    <message>
        <source>Items in the right order (learners see them shuffled)</source>
        <translation>العناصر بالترتيب الصحيح (يراها المتعلمون مخلوطة)</translation>
    </message>
    <message>
        <source>✓ Ready to publish</source>
        <translation>✓ جاهز للنشر</translation>
    </message>
    <message>
        <source>Change question type</source>
        <translation>تغيير نوع السؤال</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>+ Add %1</source>
        <translation>+ إضافة: %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>%1 %2 is correct</source>
        <translation>%1 %2 صحيح</translation>
    </message>
    <message>
        <source>Mark correct answer</source>
        <translation>تحديد الإجابة الصحيحة</translation>
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
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>إضافة: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة: %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>نقل: %1</translation>
    </message>
</context>
<context>
    <name>TableSizeDialog</name>
    <message>
        <source>Insert table</source>
        <translation>إدراج جدول</translation>
    </message>
    <message>
        <source>The first row holds column headings</source>
        <translation>الصف الأول يحوي عناوين الأعمدة</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>الأعمدة:</translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <source>Write here…</source>
        <translation>اكتب هنا…</translation>
    </message>
</context>
<context>
    <name>UsedInPanel</name>
    <message>
        <source> (through another object)</source>
        <translation> (عبر عنصر آخر)</translation>
    </message>
    <message>
        <source>Not used in any page, lesson or course.</source>
        <translation>غير مستخدم في أي صفحة أو درس أو مقرر.</translation>
    </message>
    <message numerus="yes">
        <source>Places using it: %n</source>
        <translation>
            <numerusform>أماكن الاستخدام: %n</numerusform>
            <numerusform>أماكن الاستخدام: %n</numerusform>
            <numerusform>أماكن الاستخدام: %n</numerusform>
            <numerusform>أماكن الاستخدام: %n</numerusform>
            <numerusform>أماكن الاستخدام: %n</numerusform>
            <numerusform>أماكن الاستخدام: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Asset</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسائط</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>درس</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>اختيار واحد</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>اختيار متعدد</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>إجابات متعددة</translation>
    </message>
    <message>
        <source>True / false</source>
        <translation>صواب / خطأ</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>املأ الفراغ</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>نصيحة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>إعادة إلى مسودة</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>كتلة</translation>
    </message>
    <message>
        <source>Image / media</source>
        <translation>صورة / وسائط</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Coursesmith</source>
        <translation>Coursesmith</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Shared block</source>
        <translation>كتلة مشتركة</translation>
    </message>
    <message numerus="yes">
        <source>This block is used on %n pages.</source>
        <translation>
            <numerusform>هذه الكتلة مستخدمة في %n صفحة.</numerusform>
            <numerusform>هذه الكتلة مستخدمة في صفحة واحدة.</numerusform>
            <numerusform>هذه الكتلة مستخدمة في صفحتين.</numerusform>
            <numerusform>هذه الكتلة مستخدمة في %n صفحات.</numerusform>
            <numerusform>هذه الكتلة مستخدمة في %n صفحة.</numerusform>
            <numerusform>هذه الكتلة مستخدمة في %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change it everywhere it is used, or make a copy that belongs to this page only?</source>
        <translation>هل تغيّرها في كل مكان تُستخدم فيه، أم تنشئ نسخة خاصة بهذه الصفحة؟</translation>
    </message>
    <message>
        <source>Edit everywhere</source>
        <translation>تحرير في كل مكان</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>إنشاء نسخة محلية</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Address (https://…, mailto:…); leave empty to remove the link:</source>
        <translation>العنوان (https://… أو mailto:…)؛ اتركه فارغًا لإزالة الرابط:</translation>
    </message>
</context>
</TS>
