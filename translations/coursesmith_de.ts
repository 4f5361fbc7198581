<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name/>
    <message>
        <source>Insert {kind}</source>
        <translation>Einfügen: {kind}</translation>
    </message>
    <message>
        <source>Insert %n blocks</source>
        <translation>%n Blöcke einfügen</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>Block einfügen</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Block verschieben</translation>
    </message>
    <message>
        <source>Remove block from page</source>
        <translation>Block von der Seite entfernen</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>Lokale Kopie erstellen</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>Bilder werden vorbereitet</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation>Dateien werden importiert</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} wird importiert</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Finding matches</source>
        <translation>Treffer werden gesucht</translation>
    </message>
    <message>
        <source>Replace “{find}”</source>
        <translation>„{find}“ ersetzen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Bearbeiten: {field}</translation>
    </message>
    <message>
        <source>Revert to version {n}</source>
        <translation>Auf Version {n} zurücksetzen</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>Versionen festhalten</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Kurs hinzufügen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move %n items</source>
        <translation>%n Elemente verschieben</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste as copy</source>
        <translation>Als Kopie einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>Kurseinstellungen ändern</translation>
    </message>
    <message>
        <source>Importing review comments</source>
        <translation>Prüfkommentare werden importiert</translation>
    </message>
    <message>
        <source>Exporting for translation</source>
        <translation>Export zur Übersetzung</translation>
    </message>
    <message>
        <source>Importing translations</source>
        <translation>Übersetzungen werden importiert</translation>
    </message>
    <message>
        <source>Translate a string</source>
        <translation>Text übersetzen</translation>
    </message>
    <message>
        <source>Pseudo-translating</source>
        <translation>Pseudo-Übersetzung</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Reading translation coverage</source>
        <translation>Übersetzungsstand wird gelesen</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n outdated</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>{locale}: {percent} done — {current} current, {outdated} outdated, {missing} missing of {total} strings</source>
        <translation>{locale}: {percent} erledigt — {current} aktuell, {outdated} veraltet, {missing} fehlend von {total} Texten</translation>
    </message>
    <message>
        <source>Translation coverage:</source>
        <translation>Übersetzungsstand:</translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>Choose a file from the library</source>
        <translation>Datei aus der Bibliothek wählen</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <source>Import from disk…</source>
        <translation>Vom Datenträger importieren…</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Datei importieren</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Drag to move this block</source>
        <translation>Ziehen, um diesen Block zu verschieben</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>BlockHeader</name>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove from page (the block stays in the library)</source>
        <translation>Von der Seite entfernen (der Block bleibt in der Bibliothek)</translation>
    </message>
    <message numerus="yes">
        <source>Used on %n pages</source>
        <translation>
            <numerusform>Auf %n Seite verwendet</numerusform>
            <numerusform>Auf %n Seiten verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>A change here changes it on every page that uses it</source>
        <translation>Eine Änderung hier ändert ihn auf jeder Seite, die ihn verwendet</translation>
    </message>
    <message>
        <source>Pinned to version %1 (read-only here)</source>
        <translation>An Version %1 fixiert (hier schreibgeschützt)</translation>
    </message>
    <message>
        <source>1 review comment</source>
        <translation>1 Prüfkommentar</translation>
    </message>
    <message>
        <source>%1 review comments</source>
        <translation>%1 Prüfkommentare</translation>
    </message>
    <message>
        <source>Open comments from reviewers: show them in the Comments panel</source>
        <translation>Offene Kommentare von Prüfern: im Bereich Kommentare zeigen</translation>
    </message>
</context>
<context>
    <name>CalloutEditor</name>
    <message>
        <source>Callout style</source>
        <translation>Hinweisstil</translation>
    </message>
    <message>
        <source>Callout text</source>
        <translation>Hinweistext</translation>
    </message>
    <message>
        <source>What should learners notice?</source>
        <translation>Was sollen Lernende beachten?</translation>
    </message>
    <message>
        <source>Change callout style</source>
        <translation>Hinweisstil ändern</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comment threads</source>
        <translation>Kommentarverläufe</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <source>Comment or reply</source>
        <translation>Kommentar oder Antwort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>from a review build</source>
        <translation>aus einer Prüfversion</translation>
    </message>
    <message>
        <source>from a Word review</source>
        <translation>aus einer Word-Prüfung</translation>
    </message>
    <message>
        <source>outdated: %1 changed since</source>
        <translation>veraltet: %1 wurde seitdem geändert</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>Older version, removed words marked</source>
        <translation>Ältere Version, entfernte Wörter markiert</translation>
    </message>
    <message>
        <source>Newer version, added words marked</source>
        <translation>Neuere Version, hinzugefügte Wörter markiert</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>Älter:</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>Neuer:</translation>
    </message>
    <message>
        <source>Restore the older version…</source>
        <translation>Ältere Version wiederherstellen…</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) changed</source>
        <translation>
            <numerusform>%n Teil geändert</numerusform>
            <numerusform>%n Teile geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>These two versions read the same.</source>
        <translation>Diese beiden Versionen sind inhaltlich gleich.</translation>
    </message>
</context>
<context>
    <name>CourseSettingsDialog</name>
    <message>
        <source>Course settings — {title}</source>
        <translation>Kurseinstellungen – {title}</translation>
    </message>
</context>
<context>
    <name>CourseSettingsForm</name>
    <message>
        <source>How many attempts a new question allows</source>
        <translation>Wie viele Versuche eine neue Frage erlaubt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>What a new question says, unless you change it there</source>
        <translation>Was eine neue Frage anzeigt, sofern Sie es dort nicht ändern</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Attempts per question</source>
        <translation>Versuche pro Frage</translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation>Feedback bei richtiger Antwort</translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation>Feedback bei falscher Antwort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Ausgangssprache</translation>
    </message>
</context>
<context>
    <name>DesignerActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Paste as &amp;reference</source>
        <translation>Als &amp;Verweis einfügen</translation>
    </message>
    <message>
        <source>Paste as c&amp;opy</source>
        <translation>Als K&amp;opie einfügen</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>From &amp;library…</source>
        <translation>Aus der &amp;Bibliothek…</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Allow approving your own work</source>
        <translation>Freigabe der eigenen Arbeit erlauben</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Kopie gespeichert: {path}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Copied: paste it as a reference or as a copy</source>
        <translation>Kopiert: als Verweis oder als Kopie einfügen</translation>
    </message>
    <message>
        <source>Select where it goes in the outline first.</source>
        <translation>Wählen Sie zuerst in der Gliederung aus, wo es eingefügt werden soll.</translation>
    </message>
    <message>
        <source>Select a course (or something in it) in the outline first.</source>
        <translation>Wählen Sie zuerst in der Gliederung einen Kurs (oder etwas darin) aus.</translation>
    </message>
    <message>
        <source>Library settings</source>
        <translation>Bibliothekseinstellungen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a course</source>
        <translation>Kurs exportieren</translation>
    </message>
    <message>
        <source>One SCO / AU per lesson</source>
        <translation>Ein SCO / AU pro Lektion</translation>
    </message>
    <message>
        <source>Each lesson becomes its own launchable unit in the LMS, tracked on its own.</source>
        <translation>Jede Lektion wird im LMS zu einer eigenen startbaren Einheit und wird separat erfasst.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to save the package</source>
        <translation>Speicherort für das Paket wählen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The course cannot be exported yet:</source>
        <translation>Der Kurs kann noch nicht exportiert werden:</translation>
    </message>
    <message>
        <source>Problems to fix before exporting</source>
        <translation>Vor dem Export zu behebende Probleme</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it with the new package?</source>
        <translation>„{name}“ ist in {folder} bereits vorhanden. Durch das neue Paket ersetzen?</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exportiert: {path}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Package exported</source>
        <translation>Paket exportiert</translation>
    </message>
    <message>
        <source>{format} package, {size}:</source>
        <translation>{format}-Paket, {size}:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Warnings (the package works, but look at these):</source>
        <translation>Warnungen (das Paket funktioniert, aber sehen Sie sich diese an):</translation>
    </message>
    <message>
        <source>✓ Valid {format} package: no problems found.</source>
        <translation>✓ Gültiges {format}-Paket: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Gefundene Probleme:</translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>Ü2</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Überschrift 2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>Ü3</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Überschrift 3</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Table…</source>
        <translation>Tabelle…</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Tabelle einfügen</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Bild…</translation>
    </message>
    <message>
        <source>Insert an image from the library</source>
        <translation>Bild aus der Bibliothek einfügen</translation>
    </message>
    <message>
        <source>More formatting</source>
        <translation>Weitere Formatierung</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started with Coursesmith</source>
        <translation>Erste Schritte mit Coursesmith</translation>
    </message>
    <message>
        <source>A library holds everything: courses, lessons, pages, and the blocks and files pages are made of. A block can be used on many pages; change it once and every page shows the change.</source>
        <translation>Eine Bibliothek enthält alles: Kurse, Lektionen, Seiten sowie die Blöcke und Dateien, aus denen Seiten bestehen. Ein Block kann auf vielen Seiten verwendet werden; ändern Sie ihn einmal, und jede Seite zeigt die Änderung.</translation>
    </message>
    <message>
        <source>Outline (left): add a course, lessons and pages with + Course, + Lesson, + Page; drag pages to reorder them.</source>
        <translation>Gliederung (links): Fügen Sie mit + Kurs, + Lektion, + Seite einen Kurs, Lektionen und Seiten hinzu; ziehen Sie Seiten, um sie neu anzuordnen.</translation>
    </message>
    <message>
        <source>Page (centre): Insert adds text, a callout, a picture or video, or a question. Everything is saved as you type; Edit › Undo goes back.</source>
        <translation>Seite (Mitte): Einfügen fügt Text, einen Hinweis, ein Bild oder Video oder eine Frage hinzu. Alles wird beim Tippen gespeichert; Bearbeiten › Rückgängig macht Schritte rückgängig.</translation>
    </message>
    <message>
        <source>Library (left, below): search everything; drag a block onto a page to reuse it; drop files from your desktop to import them.</source>
        <translation>Bibliothek (links unten): Alles durchsuchen; einen Block auf eine Seite ziehen, um ihn wiederzuverwenden; Dateien vom Desktop hier ablegen, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Inspector (right): the selected object's properties, history (compare and restore versions), where it is used, comments, review state.</source>
        <translation>Inspektor (rechts): Eigenschaften des ausgewählten Objekts, Verlauf (Versionen vergleichen und wiederherstellen), Verwendungsorte, Kommentare, Prüfstatus.</translation>
    </message>
    <message>
        <source>File › Export…: a SCORM, xAPI, cmi5 or HTML package for your LMS; the result dialog validates it.</source>
        <translation>Datei › Exportieren…: ein SCORM-, xAPI-, cmi5- oder HTML-Paket für Ihr LMS; der Ergebnisdialog prüft es.</translation>
    </message>
    <message>
        <source>Help › Keyboard shortcuts: everything works without a mouse; F6 moves between the panes.</source>
        <translation>Hilfe › Tastenkombinationen: Alles funktioniert ohne Maus; F6 wechselt zwischen den Bereichen.</translation>
    </message>
    <message>
        <source>Your work is in the library file (.cslib): copy it to back it up or to share it.</source>
        <translation>Ihre Arbeit befindet sich in der Bibliotheksdatei (.cslib): Kopieren Sie sie, um sie zu sichern oder weiterzugeben.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>Die ausgewählte Version</translation>
    </message>
    <message>
        <source>Select a version to read it.</source>
        <translation>Wählen Sie eine Version, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Show two versions side by side, changed words marked</source>
        <translation>Zwei Versionen nebeneinander anzeigen, geänderte Wörter markiert</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Diese Version wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore version {n}?</source>
        <translation>Version {n} wiederherstellen?</translation>
    </message>
    <message>
        <source>The content of version {n} comes back as a new version; what is there now stays in the history, and Edit › Undo takes the restore back.</source>
        <translation>Der Inhalt von Version {n} wird als neue Version wiederhergestellt; der aktuelle Stand bleibt im Verlauf erhalten, und Bearbeiten › Rückgängig macht die Wiederherstellung rückgängig.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>No version recorded yet: one is recorded when you finish editing this object.</source>
        <translation>Noch keine Version festgehalten: Eine Version entsteht, wenn Sie die Bearbeitung dieses Objekts abschließen.</translation>
    </message>
</context>
<context>
    <name>LibraryItemModel</name>
    <message>
        <source>(untitled {kind})</source>
        <translation>({kind} ohne Titel)</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <source>Insert from library</source>
        <translation>Aus der Bibliothek einfügen</translation>
    </message>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>Titel, Text, Fragen, Tags durchsuchen…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Library objects</source>
        <translation>Bibliotheksobjekte</translation>
    </message>
    <message>
        <source>Inserted by reference: a change to it shows everywhere it is used.</source>
        <translation>Als Verweis eingefügt: Eine Änderung daran wird überall angezeigt, wo es verwendet wird.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>MediaEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Caption (shown under the picture)</source>
        <translation>Bildunterschrift (unter dem Bild angezeigt)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Alt text: what the picture shows, for learners who cannot see it</source>
        <translation>Alternativtext: was das Bild zeigt, für Lernende, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Alt text (required)</source>
        <translation>Alternativtext (erforderlich)</translation>
    </message>
    <message>
        <source>⚠ Alt text is required: describe the picture for people who cannot see it.</source>
        <translation>⚠ Alternativtext ist erforderlich: Beschreiben Sie das Bild für Menschen, die es nicht sehen können.</translation>
    </message>
    <message>
        <source>Transcript (for audio and video; optional for a picture)</source>
        <translation>Transkript (für Audio und Video; bei Bildern optional)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Keine Vorschau für diese Dateiart</translation>
    </message>
    <message>
        <source>No file: choose one from the library</source>
        <translation>Keine Datei: Wählen Sie eine aus der Bibliothek</translation>
    </message>
    <message>
        <source>Choose media file</source>
        <translation>Mediendatei wählen</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Welcome to Coursesmith</source>
        <translation>Willkommen bei Coursesmith</translation>
    </message>
    <message>
        <source>What is your name? Versions, comments and reviews show it on your work, so colleagues know who changed what.</source>
        <translation>Wie heißen Sie? Versionen, Kommentare und Prüfungen zeigen Ihren Namen bei Ihrer Arbeit an, damit Kollegen wissen, wer was geändert hat.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>{title} (in the trash)</source>
        <translation>{title} (im Papierkorb)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name, as reviewers should see it</source>
        <translation>Ihr Name, wie Prüfende ihn sehen sollen</translation>
    </message>
    <message>
        <source>Author name:</source>
        <translation>Name des Autors:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Default locale for new libraries:</source>
        <translation>Standardsprache neuer Bibliotheken:</translation>
    </message>
    <message>
        <source>Exported image quality:</source>
        <translation>Qualität exportierter Bilder:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect the next time Coursesmith starts.</source>
        <translation>Wirkt beim nächsten Start von Coursesmith.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>QtInspector</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>Schlagwörter, durch, Kommas, getrennt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Course settings</source>
        <translation>Kurseinstellungen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Select an object in the outline or the library to see its properties.</source>
        <translation>Wählen Sie ein Objekt in der Gliederung oder der Bibliothek, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Approved by {name}</source>
        <translation>Freigegeben von {name}</translation>
    </message>
</context>
<context>
    <name>QtLibraryBrowser</name>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>Titel, Texte, Fragen, Schlagwörter durchsuchen…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <source>Locale searched</source>
        <translation>Durchsuchte Sprache</translation>
    </message>
    <message>
        <source>Open review comments</source>
        <translation>Offene Prüfkommentare</translation>
    </message>
    <message>
        <source>Only objects with open comments from a reviewer</source>
        <translation>Nur Objekte mit offenen Kommentaren eines Prüfers</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Library objects</source>
        <translation>Bibliotheksobjekte</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message numerus="yes">
        <source>Results: %n</source>
        <translation>
            <numerusform>Ergebnisse: %n</numerusform>
            <numerusform>Ergebnisse: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches: try fewer words, or another kind or locale.</source>
        <translation>Keine Treffer: Versuchen Sie es mit weniger Wörtern oder einer anderen Art oder Sprache.</translation>
    </message>
    <message>
        <source>The library is empty: drop files here, or use File › Import files…</source>
        <translation>Die Bibliothek ist leer: Legen Sie Dateien hier ab oder verwenden Sie Datei › Dateien importieren…</translation>
    </message>
    <message numerus="yes">
        <source>Objects: %n</source>
        <translation>
            <numerusform>Objekte: %n</numerusform>
            <numerusform>Objekte: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {imported}, already in the library {duplicates}, refused {refused}.</source>
        <translation>Importiert: {imported}, schon in der Bibliothek: {duplicates}, abgelehnt: {refused}.</translation>
    </message>
    <message>
        <source>Cancelled: {left} files were not imported.</source>
        <translation>Abgebrochen: {left} Dateien wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Refused files:</source>
        <translation>Abgelehnte Dateien:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Translate into {locale}… ({percent}% current)</source>
        <translation>In {locale} übersetzen… ({percent} % aktuell)</translation>
    </message>
</context>
<context>
    <name>QtMainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Updated with changes made by another program</source>
        <translation>Mit Änderungen aus einem anderen Programm aktualisiert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;review comments…</source>
        <translation>&amp;Prüfkommentare importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>Ü&amp;bersetzung</translation>
    </message>
    <message>
        <source>&amp;Export for translation…</source>
        <translation>Zur Übersetzung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import translations…</source>
        <translation>Übersetzungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Write the whole library to one file, as it is now</source>
        <translation>Die gesamte Bibliothek im aktuellen Zustand in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Replace in &amp;library…</source>
        <translation>In der &amp;Bibliothek ersetzen…</translation>
    </message>
    <message>
        <source>Next review co&amp;mment</source>
        <translation>&amp;Nächster Prüfkommentar</translation>
    </message>
    <message>
        <source>Go to the next open review comment on the page</source>
        <translation>Zum nächsten offenen Prüfkommentar der Seite gehen</translation>
    </message>
    <message>
        <source>Previous review comme&amp;nt</source>
        <translation>&amp;Vorheriger Prüfkommentar</translation>
    </message>
    <message>
        <source>Go to the previous open review comment on the page</source>
        <translation>Zum vorherigen offenen Prüfkommentar der Seite gehen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>T&amp;ranslation…</source>
        <translation>Ü&amp;bersetzung…</translation>
    </message>
    <message>
        <source>Library as &amp;List</source>
        <translation>Bibliothek als &amp;Liste</translation>
    </message>
    <message>
        <source>Library as &amp;Grid</source>
        <translation>Bibliothek als &amp;Raster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Coursesmith</source>
        <translation>&amp;Über Coursesmith</translation>
    </message>
    <message>
        <source>No other recent libraries</source>
        <translation>Keine weiteren zuletzt geöffneten Bibliotheken</translation>
    </message>
    <message numerus="yes">
        <source>Courses: %n</source>
        <translation>
            <numerusform>Kurse: %n</numerusform>
            <numerusform>Kurse: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n</source>
        <translation>
            <numerusform>Seiten: %n</numerusform>
            <numerusform>Seiten: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %n</source>
        <translation>
            <numerusform>Medien: %n</numerusform>
            <numerusform>Medien: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>No open review comments on this page</source>
        <translation>Keine offenen Prüfkommentare auf dieser Seite</translation>
    </message>
    <message>
        <source>Review comment %1 of %2: %3</source>
        <translation>Prüfkommentar %1 von %2: %3</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Start from a Word document</source>
        <translation>Mit einem Word-Dokument beginnen</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Import review comments</source>
        <translation>Prüfkommentare importieren</translation>
    </message>
    <message>
        <source>Review files (*.csreview *.docx);;All files (*)</source>
        <translation>Prüfdateien (*.csreview *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported 1 review comment</source>
        <translation>1 Prüfkommentar importiert</translation>
    </message>
    <message>
        <source>Imported %1 review comments</source>
        <translation>%1 Prüfkommentare importiert</translation>
    </message>
    <message>
        <source>; 1 file refused</source>
        <translation>; 1 Datei abgelehnt</translation>
    </message>
    <message>
        <source>; %1 files refused</source>
        <translation>; %1 Dateien abgelehnt</translation>
    </message>
    <message>
        <source>Review comments imported</source>
        <translation>Prüfkommentare importiert</translation>
    </message>
    <message>
        <source>%1 approved the course.</source>
        <translation>%1 hat den Kurs freigegeben.</translation>
    </message>
    <message>
        <source>%1 requested changes.</source>
        <translation>%1 hat Änderungen angefordert.</translation>
    </message>
    <message>
        <source>About Coursesmith</source>
        <translation>Über Coursesmith</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coursesmith {version}&lt;/h3&gt;&lt;p&gt;Build e-learning from reusable, versioned, translatable learning objects, and publish it to any LMS.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coursesmith {version}&lt;/h3&gt;&lt;p&gt;Erstellen Sie E-Learning aus wiederverwendbaren, versionierten, übersetzbaren Lernobjekten und veröffentlichen Sie es in jedem LMS.&lt;/p&gt;&lt;p&gt;Bibliothek: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QtOutline</name>
    <message>
        <source>Course outline</source>
        <translation>Kursgliederung</translation>
    </message>
    <message>
        <source>+ Course</source>
        <translation>+ Kurs</translation>
    </message>
    <message>
        <source>+ Lesson</source>
        <translation>+ Lektion</translation>
    </message>
    <message>
        <source>+ Page</source>
        <translation>+ Seite</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>No course yet: press + Course to start one, or open the sample course from the welcome page.</source>
        <translation>Noch kein Kurs: Klicken Sie auf + Kurs, um einen anzulegen, oder öffnen Sie den Beispielkurs auf der Willkommensseite.</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Übersetzung:</translation>
    </message>
    <message>
        <source>Translation coverage shown</source>
        <translation>Angezeigter Übersetzungsstand</translation>
    </message>
    <message>
        <source>Show how much of each course, lesson and page is translated into this language</source>
        <translation>Zeigen, wie viel jedes Kurses, jeder Lektion und jeder Seite in diese Sprache übersetzt ist</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Nicht anzeigen</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Neuer Kurs</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Neue Lektion</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Neue Seite</translation>
    </message>
    <message>
        <source>Select a {kind} first.</source>
        <translation>Wählen Sie zuerst: {kind}.</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>„{title}“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>It holds {what}.</source>
        <translation>Enthält {what}.</translation>
    </message>
    <message>
        <source>It is also used in:</source>
        <translation>Es wird auch verwendet in:</translation>
    </message>
    <message>
        <source>You can restore it from View › Trash, or undo.</source>
        <translation>Sie können es über Ansicht › Papierkorb wiederherstellen oder rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Translate into {locale}…</source>
        <translation>In {locale} übersetzen…</translation>
    </message>
</context>
<context>
    <name>QtPageEditor</name>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert a block</source>
        <translation>Block einfügen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Move block or row up</source>
        <translation>Block oder Zeile nach oben</translation>
    </message>
    <message>
        <source>Move block or row down</source>
        <translation>Block oder Zeile nach unten</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Image / media…</source>
        <translation>Bild / Medium…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Seite umbenennen</translation>
    </message>
    <message>
        <source>Choose a page in the outline to edit it.</source>
        <translation>Wählen Sie eine Seite in der Gliederung, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>This page is empty. Insert a block, or drag one here from the library.</source>
        <translation>Diese Seite ist leer. Fügen Sie einen Block ein oder ziehen Sie einen aus der Bibliothek hierher.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The page you were editing was deleted. Undo brings it back, or restore it from View › Trash.</source>
        <translation>Die Seite, die Sie bearbeitet haben, wurde gelöscht. Mit Rückgängig holen Sie sie zurück, oder stellen Sie sie über Ansicht › Papierkorb wieder her.</translation>
    </message>
</context>
<context>
    <name>QtPreview</name>
    <message>
        <source>Course player</source>
        <translation>Kurs-Player</translation>
    </message>
    <message>
        <source>Device width</source>
        <translation>Gerätebreite</translation>
    </message>
    <message>
        <source>Phone (375 px)</source>
        <translation>Smartphone (375 px)</translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation>Tablet (768 px)</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Tracking standard</source>
        <translation>Tracking-Standard</translation>
    </message>
    <message>
        <source>The LMS the preview simulates</source>
        <translation>Das LMS, das die Vorschau simuliert</translation>
    </message>
    <message>
        <source>SCORM 2004 LMS</source>
        <translation>SCORM 2004 LMS</translation>
    </message>
    <message>
        <source>xAPI LRS</source>
        <translation>xAPI LRS</translation>
    </message>
    <message>
        <source>Restart attempt</source>
        <translation>Versuch neu starten</translation>
    </message>
    <message>
        <source>Not ready to export: {problem}</source>
        <translation>Nicht bereit zum Export: {problem}</translation>
    </message>
    <message>
        <source>{code} (source)</source>
        <translation>{code} (Ausgangssprache)</translation>
    </message>
    <message>
        <source>{code} — ⚠ {n} strings not translated</source>
        <translation>{code} – ⚠ {n} Zeichenfolgen nicht übersetzt</translation>
    </message>
    <message>
        <source>Missing translations show the source text</source>
        <translation>Fehlende Übersetzungen zeigen den Ausgangstext</translation>
    </message>
    <message>
        <source>This page is not reachable yet (linear navigation): Restart attempt opens the course here.</source>
        <translation>Diese Seite ist noch nicht erreichbar (lineare Navigation): „Versuch neu starten“ öffnet den Kurs hier.</translation>
    </message>
    <message>
        <source>The player reported an error: {message}</source>
        <translation>Der Player hat einen Fehler gemeldet: {message}</translation>
    </message>
</context>
<context>
    <name>QtPreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show the course as learners see it, tracked as an LMS would</source>
        <translation>Den Kurs so anzeigen, wie Lernende ihn sehen, erfasst wie in einem LMS</translation>
    </message>
</context>
<context>
    <name>QtPreviewWindow</name>
    <message>
        <source>Preview — {title}</source>
        <translation>Vorschau – {title}</translation>
    </message>
</context>
<context>
    <name>QtTrackingPanel</name>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Suspend data</source>
        <translation>Suspend-Daten</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>xAPI statements</source>
        <translation>xAPI-Statements</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>{n} characters ({size}), {share}% of SCORM 1.2's {limit}</source>
        <translation>{n} Zeichen ({size}), {share} % des SCORM-1.2-Limits von {limit}</translation>
    </message>
    <message>
        <source>too long for SCORM 1.2</source>
        <translation>zu lang für SCORM 1.2</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question type</source>
        <translation>Fragetyp</translation>
    </message>
    <message>
        <source>Points: </source>
        <translation>Punkte: </translation>
    </message>
    <message>
        <source>Attempts: </source>
        <translation>Versuche: </translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Feedback when the answer is right</source>
        <translation>Rückmeldung bei richtiger Antwort</translation>
    </message>
    <message>
        <source>Feedback when the answer is wrong</source>
        <translation>Rückmeldung bei falscher Antwort</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ Falsch</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Feedback for this choice (optional)</source>
        <translation>Rückmeldung zu dieser Auswahl (optional)</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Accepted answer</source>
        <translation>Akzeptierte Antwort</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Its match</source>
        <translation>Sein Gegenstück</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Change the right answer</source>
        <translation>Richtige Antwort ändern</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Change case sensitivity</source>
        <translation>Groß-/Kleinschreibung umschalten</translation>
    </message>
    <message>
        <source>Choices: select the right one</source>
        <translation>Auswahl: Wählen Sie die richtige</translation>
    </message>
    <message>
        <source>Choices: tick every right one</source>
        <translation>Auswahl: Kreuzen Sie jede richtige an</translation>
    </message>
    <message>
        <source>The statement is</source>
        <translation>Die Aussage ist</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>Akzeptierte Antworten</translation>
    </message>
    <message>
        <source>Pairs: each item and its match (learners see the matches shuffled)</source>
        <translation>Paare: jedes Element und sein Gegenstück (Lernende sehen die Gegenstücke gemischt)</translation>
    </message>
    <message>
        <source>Items in the right order (learners see them shuffled)</source>
        <translation>Elemente in der richtigen Reihenfolge (Lernende sehen sie gemischt)</translation>
    </message>
    <message>
        <source>✓ Ready to publish</source>
        <translation>✓ Bereit zur Veröffentlichung</translation>
    </message>
    <message>
        <source>Change question type</source>
        <translation>Fragetyp ändern</translation>
    </message>
</context>
<context>
    <name>QuoteMarks</name>
    <message>
        <source>A reviewer commented on %1</source>
        <translation>Ein Prüfer hat %1 kommentiert</translation>
    </message>
    <message>
        <source>A reviewer</source>
        <translation>Ein Prüfer</translation>
    </message>
    <message>
        <source>%1 (review comment): %2</source>
        <translation>%1 (Prüfkommentar): %2</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace in library</source>
        <translation>In der Bibliothek ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Exact text, upper and lower case as typed, in the text learners read: titles, text, questions, choices, feedback, alt text, captions.</source>
        <translation>Exakter Text, Groß- und Kleinschreibung wie eingegeben, in dem Text, den Lernende lesen: Titel, Text, Fragen, Antwortoptionen, Feedback, Alternativtext, Bildunterschriften.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundort</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>Nach dem Ersetzen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>&amp;Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Gesamte Bibliothek</translation>
    </message>
    <message>
        <source>Course: {title}</source>
        <translation>Kurs: {title}</translation>
    </message>
    <message>
        <source>{code} (source)</source>
        <translation>{code} (Ausgangssprache)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Geben Sie den zu suchenden Text ein.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>{matches} in {objects}</source>
        <translation>{matches} in {objects}</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>Objekten</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>{count} ersetzt</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>+ Add %1</source>
        <translation>+ Hinzufügen: %1</translation>
    </message>
    <message>
        <source>Drag to move %1 %2</source>
        <translation>Ziehen zum Verschieben: %1 %2</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>%1 %2 is correct</source>
        <translation>%1 %2 ist richtig</translation>
    </message>
    <message>
        <source>Mark correct answer</source>
        <translation>Richtige Antwort markieren</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Hinzufügen: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Entfernen: %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Verschieben: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>TableSizeDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Tabelle einfügen</translation>
    </message>
    <message>
        <source>The first row holds column headings</source>
        <translation>Die erste Zeile enthält die Spaltenüberschriften</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>Hier schreiben…</translation>
    </message>
</context>
<context>
    <name>TranslationExportDialog</name>
    <message>
        <source>Export for translation</source>
        <translation>Zur Übersetzung exportieren</translation>
    </message>
    <message>
        <source>All strings</source>
        <translation>Alle Zeichenfolgen</translation>
    </message>
    <message>
        <source>Missing only</source>
        <translation>Nur fehlende</translation>
    </message>
    <message>
        <source>Outdated only</source>
        <translation>Nur veraltete</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Target locale</source>
        <translation>Zielsprache</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation>Zeichenfolgen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Translated strings go out with their translation and state; a locale new to the library is added to it.</source>
        <translation>Übersetzte Zeichenfolgen werden mit ihrer Übersetzung und ihrem Status exportiert; eine für die Bibliothek neue Sprache wird ihr hinzugefügt.</translation>
    </message>
    <message>
        <source>Export for translation to</source>
        <translation>Zur Übersetzung exportieren nach</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>XLIFF-Dateien (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Exported {n} strings for {locale} to {path}.</source>
        <translation>{n} Zeichenfolgen für {locale} nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Zielsprache</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Type the translation; keep every &lt;1&gt;…&lt;/1&gt; code</source>
        <translation>Übersetzung eingeben; jeden Code &lt;1&gt;…&lt;/1&gt; beibehalten</translation>
    </message>
    <message>
        <source>Where the string is</source>
        <translation>Wo der Text steht</translation>
    </message>
    <message>
        <source>What changed in the source</source>
        <translation>Was sich im Ausgangstext geändert hat</translation>
    </message>
    <message>
        <source>Changed since it was translated:</source>
        <translation>Geändert seit der Übersetzung:</translation>
    </message>
    <message>
        <source>Picture the alt text describes</source>
        <translation>Bild, das der Alternativtext beschreibt</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>Übersetzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>Übersetzung speichern</translation>
    </message>
    <message>
        <source>&amp;Pseudo-translate…</source>
        <translation>&amp;Pseudo-übersetzen…</translation>
    </message>
    <message>
        <source>Pseudo-translate</source>
        <translation>Pseudo-übersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save this string and go to the next one (Ctrl+Return)</source>
        <translation>Diesen Text speichern und zum nächsten gehen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation>Zeichenfolgen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>{n} of {total} strings current ({percent} %)</source>
        <translation>{n} von {total} Texten aktuell ({percent} %)</translation>
    </message>
    <message>
        <source>Previous source not available: the library never stored the text this was translated from, so check the translation against today's source.</source>
        <translation>Vorheriger Ausgangstext nicht verfügbar: Die Bibliothek hat den Text, aus dem übersetzt wurde, nie gespeichert; prüfen Sie die Übersetzung anhand des heutigen Ausgangstexts.</translation>
    </message>
    <message>
        <source>The source changed since this was translated: only its formatting, the words are the same.</source>
        <translation>Der Ausgangstext hat sich seit der Übersetzung geändert: nur die Formatierung, die Wörter sind gleich.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The source changed since this was translated. Words removed: {removed}. Words added: {added}.</source>
        <translation>Der Ausgangstext hat sich seit der Übersetzung geändert. Entfernte Wörter: {removed}. Hinzugefügte Wörter: {added}.</translation>
    </message>
    <message>
        <source>Fill {locale} with pseudo-translations of every string of this course (accented and 30 % longer), to try layouts? Translations already in {locale} are replaced.</source>
        <translation>{locale} mit Pseudo-Übersetzungen aller Texte dieses Kurses füllen (mit Akzenten und 30 % länger), um Layouts zu testen? Vorhandene Übersetzungen in {locale} werden ersetzt.</translation>
    </message>
    <message>
        <source>Pseudo-translated {n} strings into {locale}.</source>
        <translation>{n} Texte in {locale} pseudo-übersetzt.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted objects</source>
        <translation>Gelöschte Objekte</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n objects for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Objekt endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Objekte endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>UsedInPanel</name>
    <message>
        <source> (through another object)</source>
        <translation> (über ein anderes Objekt)</translation>
    </message>
    <message>
        <source>Not used in any page, lesson or course.</source>
        <translation>Wird in keiner Seite, Lektion und keinem Kurs verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Places using it: %n</source>
        <translation>
            <numerusform>Verwendungen: %n</numerusform>
            <numerusform>Verwendungen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Coursesmith</source>
        <translation>Willkommen bei Coursesmith</translation>
    </message>
    <message>
        <source>Choose a page in the outline to edit it, or start here. Build pages from blocks (text, pictures, callouts, questions); drag blocks from the library to reuse them; preview as a learner; export a package for any LMS.</source>
        <translation>Wählen Sie eine Seite in der Gliederung aus, um sie zu bearbeiten, oder beginnen Sie hier. Bauen Sie Seiten aus Blöcken auf (Text, Bilder, Hinweise, Fragen); ziehen Sie Blöcke aus der Bibliothek, um sie wiederzuverwenden; sehen Sie sich die Vorschau als Lernender an; exportieren Sie ein Paket für jedes LMS.</translation>
    </message>
    <message>
        <source>Open the sample course</source>
        <translation>Beispielkurs öffnen</translation>
    </message>
    <message>
        <source>New library…</source>
        <translation>Neue Bibliothek…</translation>
    </message>
    <message>
        <source>Start from a Word document…</source>
        <translation>Mit einem Word-Dokument beginnen…</translation>
    </message>
    <message>
        <source>Read the short guide</source>
        <translation>Kurzanleitung lesen</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Zuletzt verwendete Bibliotheken</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Asset</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Mehrfachantwort</translation>
    </message>
    <message>
        <source>True / false</source>
        <translation>Wahr / falsch</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Lückentext</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Zur Prüfung senden</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Image / media</source>
        <translation>Bild / Medium</translation>
    </message>
    <message>
        <source>All pages viewed</source>
        <translation>Alle Seiten angesehen</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>Quiz bestanden</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>the question has no text</source>
        <translation>die Frage hat keinen Text</translation>
    </message>
    <message>
        <source>no accepted answer is given</source>
        <translation>keine akzeptierte Antwort angegeben</translation>
    </message>
    <message>
        <source>a matching question needs at least two pairs</source>
        <translation>eine Zuordnungsfrage braucht mindestens zwei Paare</translation>
    </message>
    <message>
        <source>a pair is missing its item or its match</source>
        <translation>einem Paar fehlt sein Element oder sein Gegenstück</translation>
    </message>
    <message>
        <source>an ordering question needs at least two items</source>
        <translation>eine Reihenfolgefrage braucht mindestens zwei Elemente</translation>
    </message>
    <message>
        <source>a choice question needs at least two choices</source>
        <translation>eine Auswahlfrage braucht mindestens zwei Antworten</translation>
    </message>
    <message>
        <source>a choice has no text</source>
        <translation>eine Antwort hat keinen Text</translation>
    </message>
    <message>
        <source>no choice is marked correct</source>
        <translation>keine Antwort ist als richtig markiert</translation>
    </message>
    <message>
        <source>a single-choice question has more than one correct choice</source>
        <translation>eine Einfachauswahlfrage hat mehr als eine richtige Antwort</translation>
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
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Shared block</source>
        <translation>Geteilter Block</translation>
    </message>
    <message numerus="yes">
        <source>This block is used on %n pages.</source>
        <translation>
            <numerusform>Dieser Block wird auf %n Seite verwendet.</numerusform>
            <numerusform>Dieser Block wird auf %n Seiten verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change it everywhere it is used, or make a copy that belongs to this page only?</source>
        <translation>Überall ändern, wo er verwendet wird, oder eine Kopie nur für diese Seite anlegen?</translation>
    </message>
    <message>
        <source>Edit everywhere</source>
        <translation>Überall bearbeiten</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>Lokale Kopie erstellen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (https://…, mailto:…); leave empty to remove the link:</source>
        <translation>Adresse (https://…, mailto:…); leer lassen, um den Link zu entfernen:</translation>
    </message>
    <message>
        <source>Copy an object first (Edit › Copy).</source>
        <translation>Kopieren Sie zuerst ein Objekt (Bearbeiten › Kopieren).</translation>
    </message>
    <message>
        <source>Open a page to paste blocks onto it.</source>
        <translation>Öffnen Sie eine Seite, um Blöcke darauf einzufügen.</translation>
    </message>
    <message>
        <source>Select where it goes in the outline first.</source>
        <translation>Wählen Sie zuerst in der Gliederung aus, wo es eingefügt werden soll.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Übersetzungen importieren</translation>
    </message>
    <message>
        <source>Imported {ok} of {n} files.</source>
        <translation>{ok} von {n} Dateien importiert.</translation>
    </message>
    <message>
        <source>Refused files change nothing: fix them and import again.</source>
        <translation>Abgelehnte Dateien ändern nichts: Korrigieren Sie sie und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Current (not yet a version)</source>
        <translation>Aktuell (noch keine Version)</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>Move to the next / previous pane</source>
        <translation>Zum nächsten / vorherigen Bereich wechseln</translation>
    </message>
    <message>
        <source>Bold, italic, underline</source>
        <translation>Fett, kursiv, unterstrichen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>New page in the outline</source>
        <translation>Neue Seite in der Gliederung</translation>
    </message>
    <message>
        <source>Rename in the outline</source>
        <translation>In der Gliederung umbenennen</translation>
    </message>
    <message>
        <source>Duplicate in the outline</source>
        <translation>In der Gliederung duplizieren</translation>
    </message>
    <message>
        <source>Move up / down in the outline</source>
        <translation>In der Gliederung nach oben / unten verschieben</translation>
    </message>
    <message>
        <source>Delete in the outline</source>
        <translation>In der Gliederung löschen</translation>
    </message>
</context>
</TS>