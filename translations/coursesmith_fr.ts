<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssetPicker</name>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="121"/>
        <source>Choose a file from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="126"/>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="138"/>
        <source>Import from disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="161"/>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="205"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockHeader</name>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="79"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="80"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="81"/>
        <source>Remove from page (the block stays in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/block_editors.py" line="95"/>
        <source>Used on %n pages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="97"/>
        <source>A change here changes it on every page that uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="99"/>
        <source>Pinned to version %1 (read-only here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalloutEditor</name>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="291"/>
        <source>Callout style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="299"/>
        <source>What should learners notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="315"/>
        <source>Change callout style</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="161"/>
        <source>Write a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="163"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="164"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="165"/>
        <location filename="../authoring/ui/inspector_panels.py" line="209"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="190"/>
        <source> — resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="209"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="30"/>
        <source>Export a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="41"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="47"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="48"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="49"/>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="50"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="62"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="63"/>
        <source>Packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="80"/>
        <source>Exported {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/export_dialog.py" line="83"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="21"/>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="26"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="26"/>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="27"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="27"/>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="28"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="28"/>
        <source>Underline (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="34"/>
        <source>H2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="34"/>
        <source>Heading 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="35"/>
        <source>H3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="35"/>
        <source>Heading 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="37"/>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="37"/>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="39"/>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="39"/>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="42"/>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="42"/>
        <source>Link (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="43"/>
        <source>Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="43"/>
        <source>Insert a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="44"/>
        <source>Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="44"/>
        <source>Insert an image from the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="45"/>
        <source>Select a version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="46"/>
        <source>Revert to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="69"/>
        <source>Version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="78"/>
        <source>No version recorded yet: one is recorded when you finish editing this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="97"/>
        <source>Children:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="107"/>
        <source>Revert to version {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryItemModel</name>
    <message>
        <location filename="../authoring/ui/browser_model.py" line="183"/>
        <source>(untitled {kind})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaEditor</name>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="28"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="33"/>
        <source>Caption (shown under the picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="34"/>
        <location filename="../authoring/ui/block_editors_media.py" line="36"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="39"/>
        <source>Alt text: what the picture shows, for learners who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="40"/>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="42"/>
        <source>Alt text (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="45"/>
        <source>⚠ Alt text is required: describe the picture for people who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="49"/>
        <source>Transcript (for audio and video; optional for a picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="50"/>
        <location filename="../authoring/ui/block_editors_media.py" line="52"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="80"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="81"/>
        <source>No preview for this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="83"/>
        <source>No file: choose one from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_media.py" line="110"/>
        <source>Choose media file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../authoring/ui/operations.py" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../authoring/ui/outline_model.py" line="170"/>
        <source>{title} (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline_model.py" line="171"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../authoring/ui/settings.py" line="93"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/settings.py" line="95"/>
        <source>Your name, as reviewers should see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/settings.py" line="105"/>
        <source>Author name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/settings.py" line="106"/>
        <source>Default locale for new libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/settings.py" line="107"/>
        <source>Exported image quality:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtInspector</name>
    <message>
        <location filename="../authoring/ui/inspector.py" line="63"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="64"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="65"/>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="66"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="84"/>
        <source>comma, separated, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="97"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="98"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="99"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="101"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="108"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="109"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="110"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="111"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="112"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="113"/>
        <source>Select an object in the outline or the library to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="168"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="211"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="218"/>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector.py" line="226"/>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtLibraryBrowser</name>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="94"/>
        <source>Search titles, text, questions, tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="100"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="100"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="101"/>
        <source>Workflow state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="102"/>
        <source>Locale searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="107"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="108"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="158"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="159"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="161"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="162"/>
        <source>All locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="222"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/library_browser.py" line="228"/>
        <source>Results: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/library_browser.py" line="230"/>
        <source>Objects: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="253"/>
        <source>Importing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="260"/>
        <source>Imported {imported}, already in the library {duplicates}, refused {refused}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="266"/>
        <source>Refused files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/library_browser.py" line="267"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtMainWindow</name>
    <message>
        <location filename="../authoring/ui/main_window.py" line="61"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="63"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="65"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="108"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="109"/>
        <source>&amp;New library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="110"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="111"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="114"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="115"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="121"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="125"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="126"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="128"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="139"/>
        <source>Library as &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="139"/>
        <source>Library as &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="147"/>
        <source>&amp;About Coursesmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="157"/>
        <source>No other recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/main_window.py" line="169"/>
        <source>Courses: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/main_window.py" line="170"/>
        <source>Pages: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/main_window.py" line="171"/>
        <source>Assets: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="183"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="183"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="226"/>
        <source>New library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="242"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="255"/>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="270"/>
        <source>About Coursesmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/main_window.py" line="271"/>
        <source>&lt;h3&gt;Coursesmith {version}&lt;/h3&gt;&lt;p&gt;Build e-learning from reusable, versioned, translatable learning objects, and publish it to any LMS.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtOutline</name>
    <message>
        <location filename="../authoring/ui/outline.py" line="70"/>
        <source>+ Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="71"/>
        <source>+ Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="72"/>
        <source>+ Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="73"/>
        <location filename="../authoring/ui/outline.py" line="171"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="74"/>
        <location filename="../authoring/ui/outline.py" line="235"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="75"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="76"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="77"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="134"/>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="135"/>
        <source>Add course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="142"/>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="143"/>
        <source>Add lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="146"/>
        <source>New page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="147"/>
        <source>Add page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="153"/>
        <source>Select a {kind} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="199"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/outline.py" line="199"/>
        <source>Move %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="220"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="252"/>
        <source>Move “{title}” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="254"/>
        <source>It is also used in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/outline.py" line="256"/>
        <location filename="../authoring/ui/outline.py" line="274"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtPageEditor</name>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="87"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="87"/>
        <source>Insert a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="110"/>
        <location filename="../authoring/ui/page_editor.py" line="111"/>
        <source>Page title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="129"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="130"/>
        <source>Callout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="131"/>
        <source>Image / media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="132"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="180"/>
        <source>Rename page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="219"/>
        <source>Choose a page in the outline to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="220"/>
        <source>This page is empty. Insert a block, or drag one here from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="262"/>
        <source>Insert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/page_editor.py" line="290"/>
        <source>Insert %n blocks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="290"/>
        <source>Insert block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="305"/>
        <source>Move block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="318"/>
        <source>Remove block from page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="360"/>
        <source>Make a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="409"/>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/page_editor.py" line="423"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtPagePreview</name>
    <message>
        <location filename="../authoring/ui/page_preview.py" line="51"/>
        <source>Select a page in the outline to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="176"/>
        <source>Question type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="180"/>
        <source>Points: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="181"/>
        <source>Attempts: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="189"/>
        <location filename="../authoring/ui/question_editor.py" line="191"/>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="195"/>
        <source>Feedback when the answer is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="196"/>
        <source>Feedback when the answer is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="197"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="199"/>
        <source>✓ Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="200"/>
        <source>✗ Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="210"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="210"/>
        <source>Feedback for this choice (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="211"/>
        <location filename="../authoring/ui/question_editor.py" line="212"/>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="213"/>
        <source>Accepted answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="213"/>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="215"/>
        <location filename="../authoring/ui/question_editor.py" line="217"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="215"/>
        <source>Its match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="216"/>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="217"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="221"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="222"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="224"/>
        <source>Change the right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="227"/>
        <source>Case sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="229"/>
        <source>Change case sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="231"/>
        <source>Choices: select the right one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="232"/>
        <source>Choices: tick every right one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="233"/>
        <source>The statement is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="234"/>
        <source>Accepted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="235"/>
        <source>Pairs: each item and its match (learners see the matches shuffled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="236"/>
        <source>Items in the right order (learners see them shuffled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="316"/>
        <source>✓ Ready to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="341"/>
        <source>Change question type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="59"/>
        <source>+ Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="115"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="116"/>
        <source>%1 %2 is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="119"/>
        <source>Mark correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="134"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="135"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="137"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="152"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="158"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/question_editor.py" line="167"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSizeDialog</name>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="143"/>
        <source>Insert table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="147"/>
        <source>The first row holds column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="148"/>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="149"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <location filename="../authoring/ui/block_editors.py" line="262"/>
        <source>Write here…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsedInPanel</name>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="140"/>
        <source> (through another object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/inspector_panels.py" line="144"/>
        <source>Not used in any page, lesson or course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/inspector_panels.py" line="145"/>
        <source>Places using it: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../authoring/ui/dialogs.py" line="36"/>
        <location filename="../authoring/ui/dialogs.py" line="41"/>
        <source>Coursesmith</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../authoring/ui/operations.py" line="175"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../authoring/ui/block_editors_page.py" line="52"/>
        <source>Shared block</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../authoring/ui/block_editors_page.py" line="53"/>
        <source>This block is used on %n pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_page.py" line="55"/>
        <source>Change it everywhere it is used, or make a copy that belongs to this page only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_page.py" line="56"/>
        <source>Edit everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_page.py" line="57"/>
        <source>Make a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="122"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../authoring/ui/block_editors_toolbar.py" line="123"/>
        <source>Address (https://…, mailto:…); leave empty to remove the link:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
