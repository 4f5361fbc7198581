<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name/>
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
        <source>Validating</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>جارٍ تجهيز الصور</translation>
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
        <source>Finding matches</source>
        <translation>جارٍ البحث عن التطابقات</translation>
    </message>
    <message>
        <source>Replace “{find}”</source>
        <translation>استبدال «{find}»</translation>
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
        <source>Paste as copy</source>
        <translation>لصق كنسخة</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>تغيير إعدادات المقرر</translation>
    </message>
    <message>
        <source>Importing review comments</source>
        <translation>جارٍ استيراد تعليقات المراجعة</translation>
    </message>
    <message>
        <source>Exporting for translation</source>
        <translation>جارٍ التصدير للترجمة</translation>
    </message>
    <message>
        <source>Importing translations</source>
        <translation>جارٍ استيراد الترجمات</translation>
    </message>
    <message>
        <source>Translate a string</source>
        <translation>ترجمة نص</translation>
    </message>
    <message>
        <source>Pseudo-translating</source>
        <translation>ترجمة زائفة</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>استعادة من المهملات</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>إفراغ المهملات</translation>
    </message>
    <message>
        <source>Reading translation coverage</source>
        <translation>قراءة مدى اكتمال الترجمة</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}٪</translation>
    </message>
    <message numerus="yes">
        <source>%n outdated</source>
        <translation>
            <numerusform>لا شيء قديم</numerusform>
            <numerusform>واحد قديم</numerusform>
            <numerusform>اثنان قديمان</numerusform>
            <numerusform>%n قديمة</numerusform>
            <numerusform>%n قديمًا</numerusform>
            <numerusform>%n قديم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>لا شيء ناقص</numerusform>
            <numerusform>واحد ناقص</numerusform>
            <numerusform>اثنان ناقصان</numerusform>
            <numerusform>%n ناقصة</numerusform>
            <numerusform>%n ناقصًا</numerusform>
            <numerusform>%n ناقص</numerusform>
        </translation>
    </message>
    <message>
        <source>{locale}: {percent} done — {current} current, {outdated} outdated, {missing} missing of {total} strings</source>
        <translation>{locale}: أُنجز {percent} — {current} محدّثة، {outdated} قديمة، {missing} ناقصة من {total} نصًا</translation>
    </message>
    <message>
        <source>Translation coverage:</source>
        <translation>مدى اكتمال الترجمة:</translation>
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
        <source>Drag to move this block</source>
        <translation>اسحب لنقل هذه الكتلة</translation>
    </message>
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
    <message>
        <source>1 review comment</source>
        <translation>تعليق مراجعة واحد</translation>
    </message>
    <message>
        <source>%1 review comments</source>
        <translation>تعليقات المراجعة: %1</translation>
    </message>
    <message>
        <source>Open comments from reviewers: show them in the Comments panel</source>
        <translation>تعليقات المراجعين المفتوحة: اعرضها في لوحة التعليقات</translation>
    </message>
</context>
<context>
    <name>CalloutEditor</name>
    <message>
        <source>Callout style</source>
        <translation>نمط التنبيه</translation>
    </message>
    <message>
        <source>Callout text</source>
        <translation>نص التنبيه</translation>
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
        <source>Comment threads</source>
        <translation>سلاسل التعليقات</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>اكتب تعليقًا…</translation>
    </message>
    <message>
        <source>Comment or reply</source>
        <translation>تعليق أو رد</translation>
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
        <source>from a review build</source>
        <translation>من نسخة مراجعة</translation>
    </message>
    <message>
        <source>from a Word review</source>
        <translation>من مراجعة Word</translation>
    </message>
    <message>
        <source>outdated: %1 changed since</source>
        <translation>قديم: تغيّر %1 منذ ذلك الحين</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>تمت المعالجة</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>مقارنة الإصدارات</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>الإصدار الأقدم</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>الإصدار الأحدث</translation>
    </message>
    <message>
        <source>Older version, removed words marked</source>
        <translation>الإصدار الأقدم، مع تمييز الكلمات المحذوفة</translation>
    </message>
    <message>
        <source>Newer version, added words marked</source>
        <translation>الإصدار الأحدث، مع تمييز الكلمات المضافة</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>الأقدم:</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>الأحدث:</translation>
    </message>
    <message>
        <source>Restore the older version…</source>
        <translation>استعادة الإصدار الأقدم…</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) changed</source>
        <translation>
            <numerusform>لم يتغير أي جزء (%n)</numerusform>
            <numerusform>تغيّر جزء واحد (%n)</numerusform>
            <numerusform>تغيّر جزءان (%n)</numerusform>
            <numerusform>تغيّرت %n أجزاء</numerusform>
            <numerusform>تغيّر %n جزءًا</numerusform>
            <numerusform>تغيّر %n جزء</numerusform>
        </translation>
    </message>
    <message>
        <source>These two versions read the same.</source>
        <translation>هذان الإصداران متطابقان في النص.</translation>
    </message>
</context>
<context>
    <name>CourseSettingsDialog</name>
    <message>
        <source>Course settings — {title}</source>
        <translation>إعدادات المقرر — {title}</translation>
    </message>
</context>
<context>
    <name>CourseSettingsForm</name>
    <message>
        <source>How many attempts a new question allows</source>
        <translation>عدد المحاولات المسموح بها في السؤال الجديد</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>What a new question says, unless you change it there</source>
        <translation>ما يعرضه السؤال الجديد، ما لم تغيّره فيه</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>درجة النجاح</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإكمال</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Attempts per question</source>
        <translation>المحاولات لكل سؤال</translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation>الملاحظات عند الإجابة الصحيحة</translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation>الملاحظات عند الإجابة الخاطئة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>لغة المصدر</translation>
    </message>
</context>
<context>
    <name>DesignerActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Paste as &amp;reference</source>
        <translation>&amp;لصق كمرجع</translation>
    </message>
    <message>
        <source>Paste as c&amp;opy</source>
        <translation>&amp;لصق كنسخة</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;إدراج</translation>
    </message>
    <message>
        <source>From &amp;library…</source>
        <translation>&amp;من المكتبة…</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;المقرر</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>Allow approving your own work</source>
        <translation>السماح باعتماد عملك بنفسك</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>تم حفظ نسخة: {path}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Copied: paste it as a reference or as a copy</source>
        <translation>تم النسخ: الصقه كمرجع أو كنسخة</translation>
    </message>
    <message>
        <source>Select where it goes in the outline first.</source>
        <translation>حدّد أولًا مكانه في المخطط.</translation>
    </message>
    <message>
        <source>Select a course (or something in it) in the outline first.</source>
        <translation>حدّد أولًا مقررًا (أو عنصرًا فيه) في المخطط.</translation>
    </message>
    <message>
        <source>Library settings</source>
        <translation>إعدادات المكتبة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a course</source>
        <translation>تصدير مقرر</translation>
    </message>
    <message>
        <source>One SCO / AU per lesson</source>
        <translation>SCO / AU واحد لكل درس</translation>
    </message>
    <message>
        <source>Each lesson becomes its own launchable unit in the LMS, tracked on its own.</source>
        <translation>يصبح كل درس وحدة مستقلة قابلة للتشغيل في LMS، وتُتتبَّع بشكل منفصل.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose where to save the package</source>
        <translation>اختر مكان حفظ الحزمة</translation>
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
        <source>The course cannot be exported yet:</source>
        <translation>لا يمكن تصدير المقرر بعد:</translation>
    </message>
    <message>
        <source>Problems to fix before exporting</source>
        <translation>مشكلات يجب إصلاحها قبل التصدير</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>اختر ملفًا للتصدير إليه.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>هل تريد استبدال الملف؟</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it with the new package?</source>
        <translation>«{name}» موجود بالفعل في {folder}. هل تريد استبداله بالحزمة الجديدة؟</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>تم التصدير: {path}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Package exported</source>
        <translation>تم تصدير الحزمة</translation>
    </message>
    <message>
        <source>{format} package, {size}:</source>
        <translation>حزمة {format}، {size}:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Warnings (the package works, but look at these):</source>
        <translation>تحذيرات (الحزمة تعمل، لكن انظر في هذه):</translation>
    </message>
    <message>
        <source>✓ Valid {format} package: no problems found.</source>
        <translation>✓ حزمة {format} صالحة: لم يُعثر على مشكلات.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>المشكلات التي عُثر عليها:</translation>
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
        <source>I</source>
        <translation>م</translation>
    </message>
    <message>
        <source>U</source>
        <translation>ت</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>تسطير</translation>
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
        <source>Link</source>
        <translation>رابط</translation>
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
    <message>
        <source>More formatting</source>
        <translation>مزيد من التنسيق</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Getting started with Coursesmith</source>
        <translation>البدء مع Coursesmith</translation>
    </message>
    <message>
        <source>A library holds everything: courses, lessons, pages, and the blocks and files pages are made of. A block can be used on many pages; change it once and every page shows the change.</source>
        <translation>تحتوي المكتبة على كل شيء: المقررات والدروس والصفحات، والكتل والملفات التي تتكون منها الصفحات. يمكن استخدام الكتلة في صفحات كثيرة؛ غيّرها مرة واحدة فيظهر التغيير في كل صفحة.</translation>
    </message>
    <message>
        <source>Outline (left): add a course, lessons and pages with + Course, + Lesson, + Page; drag pages to reorder them.</source>
        <translation>المخطط (يسارًا): أضف مقررًا ودروسًا وصفحات باستخدام + مقرر و+ درس و+ صفحة؛ واسحب الصفحات لإعادة ترتيبها.</translation>
    </message>
    <message>
        <source>Page (centre): Insert adds text, a callout, a picture or video, or a question. Everything is saved as you type; Edit › Undo goes back.</source>
        <translation>الصفحة (في الوسط): يضيف «إدراج» نصًا أو تنبيهًا أو صورة أو فيديو أو سؤالًا. يُحفظ كل شيء أثناء الكتابة؛ ويعيدك تحرير › تراجع خطوة إلى الوراء.</translation>
    </message>
    <message>
        <source>Library (left, below): search everything; drag a block onto a page to reuse it; drop files from your desktop to import them.</source>
        <translation>المكتبة (يسارًا، في الأسفل): ابحث في كل شيء؛ اسحب كتلة إلى صفحة لإعادة استخدامها؛ أفلت ملفات من سطح المكتب لاستيرادها.</translation>
    </message>
    <message>
        <source>Inspector (right): the selected object's properties, history (compare and restore versions), where it is used, comments, review state.</source>
        <translation>المفتش (يمينًا): خصائص العنصر المحدد، وسجله (مقارنة الإصدارات واستعادتها)، وأماكن استخدامه، والتعليقات، وحالة المراجعة.</translation>
    </message>
    <message>
        <source>File › Export…: a SCORM, xAPI, cmi5 or HTML package for your LMS; the result dialog validates it.</source>
        <translation>ملف › تصدير…: حزمة SCORM أو xAPI أو cmi5 أو HTML لنظام LMS لديك؛ ويتحقق منها مربع حوار النتيجة.</translation>
    </message>
    <message>
        <source>Help › Keyboard shortcuts: everything works without a mouse; F6 moves between the panes.</source>
        <translation>تعليمات › اختصارات لوحة المفاتيح: كل شيء يعمل دون فأرة؛ وينقلك F6 بين الأجزاء.</translation>
    </message>
    <message>
        <source>Your work is in the library file (.cslib): copy it to back it up or to share it.</source>
        <translation>عملك محفوظ في ملف المكتبة (.cslib): انسخه لعمل نسخة احتياطية أو لمشاركته.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>الإصدار المحدد</translation>
    </message>
    <message>
        <source>Select a version to read it.</source>
        <translation>اختر إصدارًا لقراءته.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>مقارنة…</translation>
    </message>
    <message>
        <source>Show two versions side by side, changed words marked</source>
        <translation>عرض إصدارين جنبًا إلى جنب مع تمييز الكلمات المتغيرة</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>استعادة هذا الإصدار…</translation>
    </message>
    <message>
        <source>Restore version {n}?</source>
        <translation>هل تريد استعادة الإصدار {n}؟</translation>
    </message>
    <message>
        <source>The content of version {n} comes back as a new version; what is there now stays in the history, and Edit › Undo takes the restore back.</source>
        <translation>يعود محتوى الإصدار {n} كإصدار جديد؛ ويبقى المحتوى الحالي في السجل، ويلغي تحرير › تراجع الاستعادة.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>No version recorded yet: one is recorded when you finish editing this object.</source>
        <translation>لم يُسجَّل أي إصدار بعد: يُسجَّل إصدار عند انتهائك من تحرير هذا العنصر.</translation>
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
    <name>LibraryPicker</name>
    <message>
        <source>Insert from library</source>
        <translation>إدراج من المكتبة</translation>
    </message>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>ابحث في العناوين والنصوص والأسئلة والوسوم…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Library objects</source>
        <translation>عناصر المكتبة</translation>
    </message>
    <message>
        <source>Inserted by reference: a change to it shows everywhere it is used.</source>
        <translation>أُدرج كمرجع: أي تغيير فيه يظهر في كل مكان يُستخدم فيه.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>إدراج</translation>
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
    <name>NameDialog</name>
    <message>
        <source>Welcome to Coursesmith</source>
        <translation>مرحبًا بك في Coursesmith</translation>
    </message>
    <message>
        <source>What is your name? Versions, comments and reviews show it on your work, so colleagues know who changed what.</source>
        <translation>ما اسمك؟ يظهر اسمك على عملك في الإصدارات والتعليقات والمراجعات، ليعرف زملاؤك من غيّر ماذا.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>اسمك:</translation>
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
        <source>Course settings</source>
        <translation>إعدادات المقرر</translation>
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
    <message>
        <source>Approved by {name}</source>
        <translation>اعتمده {name}</translation>
    </message>
</context>
<context>
    <name>QtLibraryBrowser</name>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>ابحث في العناوين والنصوص والأسئلة والوسوم…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
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
        <source>Open review comments</source>
        <translation>تعليقات المراجعة المفتوحة</translation>
    </message>
    <message>
        <source>Only objects with open comments from a reviewer</source>
        <translation>العناصر التي عليها تعليقات مفتوحة من مراجع فقط</translation>
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
        <source>Library objects</source>
        <translation>عناصر المكتبة</translation>
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
    <message>
        <source>Nothing matches: try fewer words, or another kind or locale.</source>
        <translation>لا توجد نتائج مطابقة: جرّب كلمات أقل، أو نوعًا أو لغة أخرى.</translation>
    </message>
    <message>
        <source>The library is empty: drop files here, or use File › Import files…</source>
        <translation>المكتبة فارغة: أفلت الملفات هنا، أو استخدم ملف › استيراد ملفات…</translation>
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
    <message>
        <source>Translate into {locale}… ({percent}% current)</source>
        <translation>الترجمة إلى {locale}… ({percent}٪ محدّثة)</translation>
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
        <source>Updated with changes made by another program</source>
        <translation>تم التحديث بتغييرات أجراها برنامج آخر</translation>
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
        <source>Import &amp;review comments…</source>
        <translation>&amp;استيراد تعليقات المراجعة…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>&amp;الترجمة</translation>
    </message>
    <message>
        <source>&amp;Export for translation…</source>
        <translation>&amp;تصدير للترجمة…</translation>
    </message>
    <message>
        <source>&amp;Import translations…</source>
        <translation>&amp;استيراد الترجمات…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;حفظ نسخة…</translation>
    </message>
    <message>
        <source>Write the whole library to one file, as it is now</source>
        <translation>كتابة المكتبة كاملة في ملف واحد، كما هي الآن</translation>
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
        <source>Replace in &amp;library…</source>
        <translation>&amp;استبدال في المكتبة…</translation>
    </message>
    <message>
        <source>Next review co&amp;mment</source>
        <translation>تعليق المراجعة ال&amp;تالي</translation>
    </message>
    <message>
        <source>Go to the next open review comment on the page</source>
        <translation>الانتقال إلى تعليق المراجعة المفتوح التالي في الصفحة</translation>
    </message>
    <message>
        <source>Previous review comme&amp;nt</source>
        <translation>تعليق المراجعة ال&amp;سابق</translation>
    </message>
    <message>
        <source>Go to the previous open review comment on the page</source>
        <translation>الانتقال إلى تعليق المراجعة المفتوح السابق في الصفحة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;المهملات…</translation>
    </message>
    <message>
        <source>T&amp;ranslation…</source>
        <translation>&amp;الترجمة…</translation>
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
        <source>&amp;Getting started</source>
        <translation>&amp;البدء</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
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
        <source>No open review comments on this page</source>
        <translation>لا توجد تعليقات مراجعة مفتوحة في هذه الصفحة</translation>
    </message>
    <message>
        <source>Review comment %1 of %2: %3</source>
        <translation>تعليق المراجعة %1 من %2: %3</translation>
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
        <source>Start from a Word document</source>
        <translation>البدء من مستند Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Import review comments</source>
        <translation>استيراد تعليقات المراجعة</translation>
    </message>
    <message>
        <source>Review files (*.csreview *.docx);;All files (*)</source>
        <translation>ملفات المراجعة (*.csreview *.docx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Imported 1 review comment</source>
        <translation>تم استيراد تعليق مراجعة واحد</translation>
    </message>
    <message>
        <source>Imported %1 review comments</source>
        <translation>تم استيراد تعليقات المراجعة: %1</translation>
    </message>
    <message>
        <source>; 1 file refused</source>
        <translation>؛ رُفض ملف واحد</translation>
    </message>
    <message>
        <source>; %1 files refused</source>
        <translation>؛ الملفات المرفوضة: %1</translation>
    </message>
    <message>
        <source>Review comments imported</source>
        <translation>تم استيراد تعليقات المراجعة</translation>
    </message>
    <message>
        <source>%1 approved the course.</source>
        <translation>اعتمد %1 المقرر.</translation>
    </message>
    <message>
        <source>%1 requested changes.</source>
        <translation>طلب %1 تغييرات.</translation>
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
        <source>Course outline</source>
        <translation>مخطط المقرر</translation>
    </message>
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
        <source>No course yet: press + Course to start one, or open the sample course from the welcome page.</source>
        <translation>لا يوجد مقرر بعد: اضغط + مقرر لبدء مقرر جديد، أو افتح المقرر النموذجي من صفحة الترحيب.</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>الترجمة:</translation>
    </message>
    <message>
        <source>Translation coverage shown</source>
        <translation>مدى اكتمال الترجمة المعروض</translation>
    </message>
    <message>
        <source>Show how much of each course, lesson and page is translated into this language</source>
        <translation>إظهار مقدار ما تُرجم إلى هذه اللغة من كل دورة ودرس وصفحة</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>غير معروض</translation>
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
        <source>It holds {what}.</source>
        <translation>يحتوي على {what}.</translation>
    </message>
    <message>
        <source>It is also used in:</source>
        <translation>يُستخدم أيضًا في:</translation>
    </message>
    <message>
        <source>You can restore it from View › Trash, or undo.</source>
        <translation>يمكنك استعادته من عرض › المهملات، أو التراجع.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Translate into {locale}…</source>
        <translation>الترجمة إلى {locale}…</translation>
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
        <source>Move block or row up</source>
        <translation>نقل الكتلة أو الصف لأعلى</translation>
    </message>
    <message>
        <source>Move block or row down</source>
        <translation>نقل الكتلة أو الصف لأسفل</translation>
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
    <message>
        <source>The page you were editing was deleted. Undo brings it back, or restore it from View › Trash.</source>
        <translation>حُذفت الصفحة التي كنت تحررها. يعيدها التراجع، أو استعدها من عرض › المهملات.</translation>
    </message>
</context>
<context>
    <name>QtPreview</name>
    <message>
        <source>Course player</source>
        <translation>مشغّل المقرر</translation>
    </message>
    <message>
        <source>Device width</source>
        <translation>عرض الجهاز</translation>
    </message>
    <message>
        <source>Phone (375 px)</source>
        <translation>هاتف (375 px)</translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation>جهاز لوحي (768 px)</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>سطح المكتب</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Tracking standard</source>
        <translation>معيار التتبع</translation>
    </message>
    <message>
        <source>The LMS the preview simulates</source>
        <translation>نظام LMS الذي تحاكيه المعاينة</translation>
    </message>
    <message>
        <source>SCORM 2004 LMS</source>
        <translation>LMS بمعيار SCORM 2004</translation>
    </message>
    <message>
        <source>xAPI LRS</source>
        <translation>xAPI LRS</translation>
    </message>
    <message>
        <source>Restart attempt</source>
        <translation>إعادة بدء المحاولة</translation>
    </message>
    <message>
        <source>Not ready to export: {problem}</source>
        <translation>غير جاهز للتصدير: {problem}</translation>
    </message>
    <message>
        <source>{code} (source)</source>
        <translation>{code} (المصدر)</translation>
    </message>
    <message>
        <source>{code} — ⚠ {n} strings not translated</source>
        <translation>{code} — ⚠ سلاسل غير مترجمة: {n}</translation>
    </message>
    <message>
        <source>Missing translations show the source text</source>
        <translation>تعرض الترجمات المفقودة نص المصدر</translation>
    </message>
    <message>
        <source>This page is not reachable yet (linear navigation): Restart attempt opens the course here.</source>
        <translation>لا يمكن الوصول إلى هذه الصفحة بعد (تنقل خطي): يفتح «إعادة بدء المحاولة» المقرر هنا.</translation>
    </message>
    <message>
        <source>The player reported an error: {message}</source>
        <translation>أبلغ المشغّل عن خطأ: {message}</translation>
    </message>
</context>
<context>
    <name>QtPreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>Show the course as learners see it, tracked as an LMS would</source>
        <translation>عرض المقرر كما يراه المتعلمون، مع التتبع كما يفعل نظام LMS</translation>
    </message>
</context>
<context>
    <name>QtPreviewWindow</name>
    <message>
        <source>Preview — {title}</source>
        <translation>معاينة — {title}</translation>
    </message>
</context>
<context>
    <name>QtTrackingPanel</name>
    <message>
        <source>Tracking</source>
        <translation>التتبع</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإكمال</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>النجاح</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Suspend data</source>
        <translation>بيانات التعليق</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <source>xAPI statements</source>
        <translation>عبارات xAPI</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>{n} characters ({size}), {share}% of SCORM 1.2's {limit}</source>
        <translation>{n} حرفًا ({size})، أي {share}% من حد SCORM 1.2 البالغ {limit}</translation>
    </message>
    <message>
        <source>too long for SCORM 1.2</source>
        <translation>طويل جدًا بالنسبة إلى SCORM 1.2</translation>
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
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
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
    <name>QuoteMarks</name>
    <message>
        <source>A reviewer commented on %1</source>
        <translation>علّق أحد المراجعين على %1</translation>
    </message>
    <message>
        <source>A reviewer</source>
        <translation>أحد المراجعين</translation>
    </message>
    <message>
        <source>%1 (review comment): %2</source>
        <translation>%1 (تعليق مراجعة): %2</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace in library</source>
        <translation>استبدال في المكتبة</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Exact text, upper and lower case as typed, in the text learners read: titles, text, questions, choices, feedback, alt text, captions.</source>
        <translation>النص المطابق تمامًا، بالأحرف الكبيرة والصغيرة كما كُتبت، في النص الذي يقرؤه المتعلمون: العناوين والنصوص والأسئلة والخيارات والملاحظات والنص البديل والتسميات التوضيحية.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>التطابقات</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>بعد الاستبدال</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>&amp;استبدال بـ</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;النطاق</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>المكتبة كاملة</translation>
    </message>
    <message>
        <source>Course: {title}</source>
        <translation>المقرر: {title}</translation>
    </message>
    <message>
        <source>{code} (source)</source>
        <translation>{code} (المصدر)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>اكتب النص المراد البحث عنه.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>لا توجد تطابقات.</translation>
    </message>
    <message>
        <source>{matches} in {objects}</source>
        <translation>{matches} في {objects}</translation>
    </message>
    <message>
        <source>match</source>
        <translation>تطابق</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>تطابقات</translation>
    </message>
    <message>
        <source>object</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>عناصر</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>تم الاستبدال: {count}</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>+ Add %1</source>
        <translation>+ إضافة: %1</translation>
    </message>
    <message>
        <source>Drag to move %1 %2</source>
        <translation>اسحب للنقل: %1 %2</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>الوظيفة</translation>
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
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>اكتب هنا…</translation>
    </message>
</context>
<context>
    <name>TranslationExportDialog</name>
    <message>
        <source>Export for translation</source>
        <translation>تصدير للترجمة</translation>
    </message>
    <message>
        <source>All strings</source>
        <translation>كل السلاسل</translation>
    </message>
    <message>
        <source>Missing only</source>
        <translation>المفقودة فقط</translation>
    </message>
    <message>
        <source>Outdated only</source>
        <translation>القديمة فقط</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختر الملف</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Target locale</source>
        <translation>اللغة الهدف</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation>السلاسل</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Translated strings go out with their translation and state; a locale new to the library is added to it.</source>
        <translation>تُصدَّر السلاسل المترجمة مع ترجمتها وحالتها؛ وتُضاف إلى المكتبة أي لغة جديدة عليها.</translation>
    </message>
    <message>
        <source>Export for translation to</source>
        <translation>تصدير للترجمة إلى</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>ملفات XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Exported {n} strings for {locale} to {path}.</source>
        <translation>تم تصدير {n} سلسلة للغة {locale} إلى {path}.</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>اللغة الهدف</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>قديمة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>النص المصدر</translation>
    </message>
    <message>
        <source>Type the translation; keep every &lt;1&gt;…&lt;/1&gt; code</source>
        <translation>اكتب الترجمة؛ احتفظ بكل رمز &lt;1&gt;…&lt;/1&gt;</translation>
    </message>
    <message>
        <source>Where the string is</source>
        <translation>موضع النص</translation>
    </message>
    <message>
        <source>What changed in the source</source>
        <translation>ما الذي تغيّر في النص المصدر</translation>
    </message>
    <message>
        <source>Changed since it was translated:</source>
        <translation>تغيّر منذ ترجمته:</translation>
    </message>
    <message>
        <source>Picture the alt text describes</source>
        <translation>الصورة التي يصفها النص البديل</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>&amp;حفظ الترجمة</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>حفظ الترجمة</translation>
    </message>
    <message>
        <source>&amp;Pseudo-translate…</source>
        <translation>&amp;ترجمة زائفة…</translation>
    </message>
    <message>
        <source>Pseudo-translate</source>
        <translation>ترجمة زائفة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save this string and go to the next one (Ctrl+Return)</source>
        <translation>احفظ هذا النص وانتقل إلى التالي (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation>السلاسل</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>current</source>
        <translation>محدّثة</translation>
    </message>
    <message>
        <source>{n} of {total} strings current ({percent} %)</source>
        <translation>{n} من {total} نصًا محدّثة ({percent} %)</translation>
    </message>
    <message>
        <source>Previous source not available: the library never stored the text this was translated from, so check the translation against today's source.</source>
        <translation>النص المصدر السابق غير متاح: لم تحفظ المكتبة النص الذي تُرجم منه هذا، فراجع الترجمة مقابل النص المصدر الحالي.</translation>
    </message>
    <message>
        <source>The source changed since this was translated: only its formatting, the words are the same.</source>
        <translation>تغيّر النص المصدر منذ ترجمته: تنسيقه فقط، والكلمات هي نفسها.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The source changed since this was translated. Words removed: {removed}. Words added: {added}.</source>
        <translation>تغيّر النص المصدر منذ ترجمته. الكلمات المحذوفة: {removed}. الكلمات المضافة: {added}.</translation>
    </message>
    <message>
        <source>Fill {locale} with pseudo-translations of every string of this course (accented and 30 % longer), to try layouts? Translations already in {locale} are replaced.</source>
        <translation>هل تملأ {locale} بترجمات زائفة لكل نصوص هذا المقرر (بحروف معلّمة وأطول بنسبة 30 %) لتجربة التخطيط؟ تُستبدل الترجمات الموجودة في {locale}.</translation>
    </message>
    <message>
        <source>Pseudo-translated {n} strings into {locale}.</source>
        <translation>تُرجم {n} نصًا ترجمة زائفة إلى {locale}.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>المهملات</translation>
    </message>
    <message>
        <source>Deleted objects</source>
        <translation>العناصر المحذوفة</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>المهملات فارغة.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>إفراغ المهملات…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>إفراغ المهملات</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n objects for good? This cannot be undone.</source>
        <translation>
            <numerusform>هل تريد حذف %n عنصر نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف عنصر واحد (%n) نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف عنصرين (%n) نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %n عناصر نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %n عنصرًا نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %n عنصر نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>حذف نهائي</translation>
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
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Coursesmith</source>
        <translation>مرحبًا بك في Coursesmith</translation>
    </message>
    <message>
        <source>Choose a page in the outline to edit it, or start here. Build pages from blocks (text, pictures, callouts, questions); drag blocks from the library to reuse them; preview as a learner; export a package for any LMS.</source>
        <translation>اختر صفحة في المخطط لتحريرها، أو ابدأ من هنا. أنشئ الصفحات من الكتل (نصوص، صور، تنبيهات، أسئلة)؛ اسحب الكتل من المكتبة لإعادة استخدامها؛ عاين المقرر كمتعلم؛ صدّر حزمة لأي نظام LMS.</translation>
    </message>
    <message>
        <source>Open the sample course</source>
        <translation>فتح المقرر النموذجي</translation>
    </message>
    <message>
        <source>New library…</source>
        <translation>مكتبة جديدة…</translation>
    </message>
    <message>
        <source>Start from a Word document…</source>
        <translation>البدء من مستند Word…</translation>
    </message>
    <message>
        <source>Read the short guide</source>
        <translation>قراءة الدليل المختصر</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>المكتبات الأخيرة</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>فتح {name}</translation>
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
    <message>
        <source>All pages viewed</source>
        <translation>عرض جميع الصفحات</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>اجتياز الاختبار</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>حرة</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>خطية</translation>
    </message>
    <message>
        <source>the question has no text</source>
        <translation>السؤال بلا نص</translation>
    </message>
    <message>
        <source>no accepted answer is given</source>
        <translation>لم تُحدَّد أي إجابة مقبولة</translation>
    </message>
    <message>
        <source>a matching question needs at least two pairs</source>
        <translation>سؤال المطابقة يحتاج إلى زوجين على الأقل</translation>
    </message>
    <message>
        <source>a pair is missing its item or its match</source>
        <translation>ينقص أحد الأزواج عنصره أو ما يطابقه</translation>
    </message>
    <message>
        <source>an ordering question needs at least two items</source>
        <translation>سؤال الترتيب يحتاج إلى عنصرين على الأقل</translation>
    </message>
    <message>
        <source>a choice question needs at least two choices</source>
        <translation>سؤال الاختيار يحتاج إلى خيارين على الأقل</translation>
    </message>
    <message>
        <source>a choice has no text</source>
        <translation>أحد الخيارات بلا نص</translation>
    </message>
    <message>
        <source>no choice is marked correct</source>
        <translation>لم يُحدَّد أي خيار على أنه صحيح</translation>
    </message>
    <message>
        <source>a single-choice question has more than one correct choice</source>
        <translation>سؤال الاختيار الواحد فيه أكثر من خيار صحيح</translation>
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
    <message>
        <source>Copy an object first (Edit › Copy).</source>
        <translation>انسخ عنصرًا أولًا (تحرير › نسخ).</translation>
    </message>
    <message>
        <source>Open a page to paste blocks onto it.</source>
        <translation>افتح صفحة للصق الكتل فيها.</translation>
    </message>
    <message>
        <source>Select where it goes in the outline first.</source>
        <translation>حدّد أولًا مكانه في المخطط.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>استيراد الترجمات</translation>
    </message>
    <message>
        <source>Imported {ok} of {n} files.</source>
        <translation>تم استيراد {ok} من {n} ملفات.</translation>
    </message>
    <message>
        <source>Refused files change nothing: fix them and import again.</source>
        <translation>الملفات المرفوضة لا تغيّر شيئًا: أصلحها ثم استوردها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Current (not yet a version)</source>
        <translation>الحالي (ليس إصدارًا بعد)</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>الإصدار {n}</translation>
    </message>
    <message>
        <source>Move to the next / previous pane</source>
        <translation>الانتقال إلى الجزء التالي / السابق</translation>
    </message>
    <message>
        <source>Bold, italic, underline</source>
        <translation>غامق، مائل، تسطير</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>New page in the outline</source>
        <translation>صفحة جديدة في المخطط</translation>
    </message>
    <message>
        <source>Rename in the outline</source>
        <translation>إعادة التسمية في المخطط</translation>
    </message>
    <message>
        <source>Duplicate in the outline</source>
        <translation>تكرار في المخطط</translation>
    </message>
    <message>
        <source>Move up / down in the outline</source>
        <translation>نقل لأعلى / لأسفل في المخطط</translation>
    </message>
    <message>
        <source>Delete in the outline</source>
        <translation>حذف في المخطط</translation>
    </message>
</context>
</TS>