<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name/>
    <message>
        <source>Insert {kind}</source>
        <translation>Insérer : {kind}</translation>
    </message>
    <message>
        <source>Insert %n blocks</source>
        <translation>Insérer %n blocs</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>Insérer un bloc</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Déplacer le bloc</translation>
    </message>
    <message>
        <source>Remove block from page</source>
        <translation>Retirer le bloc de la page</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>Faire une copie locale</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>Préparation des images</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation>Importation des fichiers</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importation de {name}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Finding matches</source>
        <translation>Recherche des correspondances</translation>
    </message>
    <message>
        <source>Replace “{find}”</source>
        <translation>Remplacer « {find} »</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier : {field}</translation>
    </message>
    <message>
        <source>Revert to version {n}</source>
        <translation>Revenir à la version {n}</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Changer l'état</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>Enregistrer les versions</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Ajouter un cours</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Move %n items</source>
        <translation>Déplacer %n éléments</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Paste as copy</source>
        <translation>Coller comme copie</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>Modifier les paramètres du cours</translation>
    </message>
    <message>
        <source>Importing review comments</source>
        <translation>Importation des commentaires de relecture</translation>
    </message>
    <message>
        <source>Exporting for translation</source>
        <translation>Exportation pour traduction</translation>
    </message>
    <message>
        <source>Importing translations</source>
        <translation>Importation des traductions</translation>
    </message>
    <message>
        <source>Translate a string</source>
        <translation>Traduire une chaîne</translation>
    </message>
    <message>
        <source>Pseudo-translating</source>
        <translation>Pseudo-traduction</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Reading translation coverage</source>
        <translation>Lecture de l’avancement des traductions</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n outdated</source>
        <translation>
            <numerusform>%n obsolète</numerusform>
            <numerusform>%n obsolètes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquante</numerusform>
            <numerusform>%n manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>{locale}: {percent} done — {current} current, {outdated} outdated, {missing} missing of {total} strings</source>
        <translation>{locale} : {percent} fait — {current} à jour, {outdated} obsolètes, {missing} manquantes sur {total} chaînes</translation>
    </message>
    <message>
        <source>Translation coverage:</source>
        <translation>Avancement des traductions :</translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>Choose a file from the library</source>
        <translation>Choisir un fichier dans la bibliothèque</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>Import from disk…</source>
        <translation>Importer depuis le disque…</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Drag to move this block</source>
        <translation>Glisser pour déplacer ce bloc</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>BlockHeader</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove from page (the block stays in the library)</source>
        <translation>Retirer de la page (le bloc reste dans la bibliothèque)</translation>
    </message>
    <message numerus="yes">
        <source>Used on %n pages</source>
        <translation>
            <numerusform>Utilisé sur %n page</numerusform>
            <numerusform>Utilisé sur %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>A change here changes it on every page that uses it</source>
        <translation>Une modification ici s’applique à toutes les pages qui l’utilisent</translation>
    </message>
    <message>
        <source>Pinned to version %1 (read-only here)</source>
        <translation>Épinglé à la version %1 (lecture seule ici)</translation>
    </message>
    <message>
        <source>1 review comment</source>
        <translation>1 commentaire de relecture</translation>
    </message>
    <message>
        <source>%1 review comments</source>
        <translation>%1 commentaires de relecture</translation>
    </message>
    <message>
        <source>Open comments from reviewers: show them in the Comments panel</source>
        <translation>Commentaires ouverts des relecteurs : les afficher dans le panneau Commentaires</translation>
    </message>
</context>
<context>
    <name>CalloutEditor</name>
    <message>
        <source>Callout style</source>
        <translation>Style de l'encadré</translation>
    </message>
    <message>
        <source>Callout text</source>
        <translation>Texte de l'encadré</translation>
    </message>
    <message>
        <source>What should learners notice?</source>
        <translation>Que doivent remarquer les apprenants ?</translation>
    </message>
    <message>
        <source>Change callout style</source>
        <translation>Changer le style de l'encadré</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comment threads</source>
        <translation>Fils de commentaires</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <source>Comment or reply</source>
        <translation>Commentaire ou réponse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>from a review build</source>
        <translation>d'une version de relecture</translation>
    </message>
    <message>
        <source>from a Word review</source>
        <translation>d'une relecture Word</translation>
    </message>
    <message>
        <source>outdated: %1 changed since</source>
        <translation>obsolète : %1 a changé depuis</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <source>Older version, removed words marked</source>
        <translation>Version antérieure, mots supprimés signalés</translation>
    </message>
    <message>
        <source>Newer version, added words marked</source>
        <translation>Version plus récente, mots ajoutés signalés</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>Antérieure :</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>Plus récente :</translation>
    </message>
    <message>
        <source>Restore the older version…</source>
        <translation>Restaurer la version antérieure…</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) changed</source>
        <translation>
            <numerusform>%n partie modifiée</numerusform>
            <numerusform>%n parties modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>These two versions read the same.</source>
        <translation>Ces deux versions sont identiques.</translation>
    </message>
</context>
<context>
    <name>CourseSettingsDialog</name>
    <message>
        <source>Course settings — {title}</source>
        <translation>Paramètres du cours — {title}</translation>
    </message>
</context>
<context>
    <name>CourseSettingsForm</name>
    <message>
        <source>How many attempts a new question allows</source>
        <translation>Nombre de tentatives autorisées par une nouvelle question</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>What a new question says, unless you change it there</source>
        <translation>Ce qu'affiche une nouvelle question, sauf si vous le modifiez dans celle-ci</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Seuil de réussite</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Attempts per question</source>
        <translation>Tentatives par question</translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation>Feedback si réponse correcte</translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation>Feedback si réponse incorrecte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Langue source</translation>
    </message>
</context>
<context>
    <name>DesignerActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Paste as &amp;reference</source>
        <translation>Coller comme &amp;référence</translation>
    </message>
    <message>
        <source>Paste as c&amp;opy</source>
        <translation>Coller comme c&amp;opie</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>From &amp;library…</source>
        <translation>Depuis la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Cours</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Allow approving your own work</source>
        <translation>Autoriser l'approbation de son propre travail</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Copie enregistrée : {path}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Copied: paste it as a reference or as a copy</source>
        <translation>Copié : collez-le comme référence ou comme copie</translation>
    </message>
    <message>
        <source>Select where it goes in the outline first.</source>
        <translation>Sélectionnez d'abord son emplacement dans le plan.</translation>
    </message>
    <message>
        <source>Select a course (or something in it) in the outline first.</source>
        <translation>Sélectionnez d'abord un cours (ou un de ses éléments) dans le plan.</translation>
    </message>
    <message>
        <source>Library settings</source>
        <translation>Paramètres de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a course</source>
        <translation>Exporter un cours</translation>
    </message>
    <message>
        <source>One SCO / AU per lesson</source>
        <translation>Un SCO / AU par leçon</translation>
    </message>
    <message>
        <source>Each lesson becomes its own launchable unit in the LMS, tracked on its own.</source>
        <translation>Chaque leçon devient une unité lançable distincte dans le LMS, suivie séparément.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to save the package</source>
        <translation>Choisir où enregistrer le paquet</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The course cannot be exported yet:</source>
        <translation>Le cours ne peut pas encore être exporté :</translation>
    </message>
    <message>
        <source>Problems to fix before exporting</source>
        <translation>Problèmes à corriger avant l'exportation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier de destination pour l'exportation.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it with the new package?</source>
        <translation>« {name} » existe déjà dans {folder}. Le remplacer par le nouveau paquet ?</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exporté : {path}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Package exported</source>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <source>{format} package, {size}:</source>
        <translation>Paquet {format}, {size} :</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Warnings (the package works, but look at these):</source>
        <translation>Avertissements (le paquet fonctionne, mais vérifiez ces points) :</translation>
    </message>
    <message>
        <source>✓ Valid {format} package: no problems found.</source>
        <translation>✓ Paquet {format} valide : aucun problème détecté.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problèmes détectés :</translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Table…</source>
        <translation>Tableau…</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Insert an image from the library</source>
        <translation>Insérer une image de la bibliothèque</translation>
    </message>
    <message>
        <source>More formatting</source>
        <translation>Plus de mise en forme</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Getting started with Coursesmith</source>
        <translation>Prise en main de Coursesmith</translation>
    </message>
    <message>
        <source>A library holds everything: courses, lessons, pages, and the blocks and files pages are made of. A block can be used on many pages; change it once and every page shows the change.</source>
        <translation>Une bibliothèque contient tout : cours, leçons, pages, ainsi que les blocs et fichiers qui composent les pages. Un bloc peut servir sur plusieurs pages ; modifiez-le une fois et toutes les pages affichent la modification.</translation>
    </message>
    <message>
        <source>Outline (left): add a course, lessons and pages with + Course, + Lesson, + Page; drag pages to reorder them.</source>
        <translation>Plan (à gauche) : ajoutez un cours, des leçons et des pages avec + Cours, + Leçon, + Page ; faites glisser les pages pour les réorganiser.</translation>
    </message>
    <message>
        <source>Page (centre): Insert adds text, a callout, a picture or video, or a question. Everything is saved as you type; Edit › Undo goes back.</source>
        <translation>Page (au centre) : Insérer ajoute du texte, un encadré, une image ou une vidéo, ou une question. Tout est enregistré au fil de la saisie ; Édition › Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Library (left, below): search everything; drag a block onto a page to reuse it; drop files from your desktop to import them.</source>
        <translation>Bibliothèque (à gauche, en bas) : recherchez dans tout le contenu ; faites glisser un bloc sur une page pour le réutiliser ; déposez des fichiers depuis votre bureau pour les importer.</translation>
    </message>
    <message>
        <source>Inspector (right): the selected object's properties, history (compare and restore versions), where it is used, comments, review state.</source>
        <translation>Inspecteur (à droite) : propriétés de l'objet sélectionné, historique (comparer et restaurer des versions), emplacements où il est utilisé, commentaires, état de relecture.</translation>
    </message>
    <message>
        <source>File › Export…: a SCORM, xAPI, cmi5 or HTML package for your LMS; the result dialog validates it.</source>
        <translation>Fichier › Exporter… : un paquet SCORM, xAPI, cmi5 ou HTML pour votre LMS ; la boîte de dialogue de résultat le valide.</translation>
    </message>
    <message>
        <source>Help › Keyboard shortcuts: everything works without a mouse; F6 moves between the panes.</source>
        <translation>Aide › Raccourcis clavier : tout fonctionne sans souris ; F6 permet de passer d'un volet à l'autre.</translation>
    </message>
    <message>
        <source>Your work is in the library file (.cslib): copy it to back it up or to share it.</source>
        <translation>Votre travail se trouve dans le fichier de bibliothèque (.cslib) : copiez-le pour le sauvegarder ou le partager.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>La version sélectionnée</translation>
    </message>
    <message>
        <source>Select a version to read it.</source>
        <translation>Sélectionnez une version pour la lire.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Show two versions side by side, changed words marked</source>
        <translation>Afficher deux versions côte à côte, mots modifiés signalés</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restaurer cette version…</translation>
    </message>
    <message>
        <source>Restore version {n}?</source>
        <translation>Restaurer la version {n} ?</translation>
    </message>
    <message>
        <source>The content of version {n} comes back as a new version; what is there now stays in the history, and Edit › Undo takes the restore back.</source>
        <translation>Le contenu de la version {n} est rétabli sous forme de nouvelle version ; le contenu actuel reste dans l'historique, et Édition › Annuler annule la restauration.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>No version recorded yet: one is recorded when you finish editing this object.</source>
        <translation>Aucune version enregistrée : une version est enregistrée quand vous terminez de modifier cet objet.</translation>
    </message>
</context>
<context>
    <name>LibraryItemModel</name>
    <message>
        <source>(untitled {kind})</source>
        <translation>({kind} sans titre)</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <source>Insert from library</source>
        <translation>Insérer depuis la bibliothèque</translation>
    </message>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>Rechercher titres, textes, questions, étiquettes…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Library objects</source>
        <translation>Objets de la bibliothèque</translation>
    </message>
    <message>
        <source>Inserted by reference: a change to it shows everywhere it is used.</source>
        <translation>Inséré par référence : toute modification apparaît partout où il est utilisé.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
</context>
<context>
    <name>MediaEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Caption (shown under the picture)</source>
        <translation>Légende (affichée sous l'image)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Alt text: what the picture shows, for learners who cannot see it</source>
        <translation>Texte alternatif : ce que montre l'image, pour les apprenants qui ne la voient pas</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Alt text (required)</source>
        <translation>Texte alternatif (obligatoire)</translation>
    </message>
    <message>
        <source>⚠ Alt text is required: describe the picture for people who cannot see it.</source>
        <translation>⚠ Le texte alternatif est obligatoire : décrivez l'image pour les personnes qui ne la voient pas.</translation>
    </message>
    <message>
        <source>Transcript (for audio and video; optional for a picture)</source>
        <translation>Transcription (pour l’audio et la vidéo ; facultative pour une image)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Pas d'aperçu pour ce type de fichier</translation>
    </message>
    <message>
        <source>No file: choose one from the library</source>
        <translation>Aucun fichier : choisissez-en un dans la bibliothèque</translation>
    </message>
    <message>
        <source>Choose media file</source>
        <translation>Choisir un fichier média</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Welcome to Coursesmith</source>
        <translation>Bienvenue dans Coursesmith</translation>
    </message>
    <message>
        <source>What is your name? Versions, comments and reviews show it on your work, so colleagues know who changed what.</source>
        <translation>Comment vous appelez-vous ? Les versions, commentaires et relectures l'affichent sur votre travail, pour que vos collègues sachent qui a modifié quoi.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>{title} (in the trash)</source>
        <translation>{title} (dans la corbeille)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your name, as reviewers should see it</source>
        <translation>Votre nom, tel que les relecteurs doivent le voir</translation>
    </message>
    <message>
        <source>Author name:</source>
        <translation>Nom de l'auteur :</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l'interface :</translation>
    </message>
    <message>
        <source>Default locale for new libraries:</source>
        <translation>Langue par défaut des nouvelles bibliothèques :</translation>
    </message>
    <message>
        <source>Exported image quality:</source>
        <translation>Qualité des images exportées :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Takes effect the next time Coursesmith starts.</source>
        <translation>Prend effet au prochain démarrage de Coursesmith.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>QtInspector</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>étiquettes, séparées, par des virgules</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Course settings</source>
        <translation>Paramètres du cours</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Select an object in the outline or the library to see its properties.</source>
        <translation>Sélectionnez un objet dans le plan ou la bibliothèque pour voir ses propriétés.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour le moment</translation>
    </message>
    <message>
        <source>Approved by {name}</source>
        <translation>Approuvé par {name}</translation>
    </message>
</context>
<context>
    <name>QtLibraryBrowser</name>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>Rechercher titres, textes, questions, étiquettes…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>État de validation</translation>
    </message>
    <message>
        <source>Locale searched</source>
        <translation>Langue recherchée</translation>
    </message>
    <message>
        <source>Open review comments</source>
        <translation>Commentaires de relecture ouverts</translation>
    </message>
    <message>
        <source>Only objects with open comments from a reviewer</source>
        <translation>Uniquement les objets avec des commentaires ouverts d'un relecteur</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Library objects</source>
        <translation>Objets de la bibliothèque</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Toutes les langues</translation>
    </message>
    <message numerus="yes">
        <source>Results: %n</source>
        <translation>
            <numerusform>Résultats : %n</numerusform>
            <numerusform>Résultats : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches: try fewer words, or another kind or locale.</source>
        <translation>Aucun résultat : essayez avec moins de mots, ou un autre type ou une autre langue.</translation>
    </message>
    <message>
        <source>The library is empty: drop files here, or use File › Import files…</source>
        <translation>La bibliothèque est vide : déposez des fichiers ici, ou utilisez Fichier › Importer des fichiers…</translation>
    </message>
    <message numerus="yes">
        <source>Objects: %n</source>
        <translation>
            <numerusform>Objets : %n</numerusform>
            <numerusform>Objets : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {imported}, already in the library {duplicates}, refused {refused}.</source>
        <translation>Importés : {imported}, déjà dans la bibliothèque : {duplicates}, refusés : {refused}.</translation>
    </message>
    <message>
        <source>Cancelled: {left} files were not imported.</source>
        <translation>Annulé : {left} fichiers n'ont pas été importés.</translation>
    </message>
    <message>
        <source>Refused files:</source>
        <translation>Fichiers refusés :</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Translate into {locale}… ({percent}% current)</source>
        <translation>Traduire en {locale}… ({percent} % à jour)</translation>
    </message>
</context>
<context>
    <name>QtMainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Updated with changes made by another program</source>
        <translation>Mis à jour avec des modifications faites par un autre programme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import &amp;review comments…</source>
        <translation>Importer les commentaires de &amp;relecture…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>&amp;Traduction</translation>
    </message>
    <message>
        <source>&amp;Export for translation…</source>
        <translation>&amp;Exporter pour traduction…</translation>
    </message>
    <message>
        <source>&amp;Import translations…</source>
        <translation>&amp;Importer des traductions…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write the whole library to one file, as it is now</source>
        <translation>Écrire toute la bibliothèque dans un seul fichier, dans son état actuel</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Replace in &amp;library…</source>
        <translation>Remplacer dans la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Next review co&amp;mment</source>
        <translation>Commentaire de relecture &amp;suivant</translation>
    </message>
    <message>
        <source>Go to the next open review comment on the page</source>
        <translation>Aller au commentaire de relecture ouvert suivant de la page</translation>
    </message>
    <message>
        <source>Previous review comme&amp;nt</source>
        <translation>Commentaire de relecture &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the previous open review comment on the page</source>
        <translation>Aller au commentaire de relecture ouvert précédent de la page</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>T&amp;ranslation…</source>
        <translation>T&amp;raduction…</translation>
    </message>
    <message>
        <source>Library as &amp;List</source>
        <translation>Bibliothèque en &amp;liste</translation>
    </message>
    <message>
        <source>Library as &amp;Grid</source>
        <translation>Bibliothèque en &amp;grille</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Coursesmith</source>
        <translation>À &amp;propos de Coursesmith</translation>
    </message>
    <message>
        <source>No other recent libraries</source>
        <translation>Aucune autre bibliothèque récente</translation>
    </message>
    <message numerus="yes">
        <source>Courses: %n</source>
        <translation>
            <numerusform>Cours : %n</numerusform>
            <numerusform>Cours : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n</source>
        <translation>
            <numerusform>Pages : %n</numerusform>
            <numerusform>Pages : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %n</source>
        <translation>
            <numerusform>Ressources : %n</numerusform>
            <numerusform>Ressources : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>No open review comments on this page</source>
        <translation>Aucun commentaire de relecture ouvert sur cette page</translation>
    </message>
    <message>
        <source>Review comment %1 of %2: %3</source>
        <translation>Commentaire de relecture %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Start from a Word document</source>
        <translation>Partir d'un document Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Import review comments</source>
        <translation>Importer les commentaires de relecture</translation>
    </message>
    <message>
        <source>Review files (*.csreview *.docx);;All files (*)</source>
        <translation>Fichiers de relecture (*.csreview *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported 1 review comment</source>
        <translation>1 commentaire de relecture importé</translation>
    </message>
    <message>
        <source>Imported %1 review comments</source>
        <translation>%1 commentaires de relecture importés</translation>
    </message>
    <message>
        <source>; 1 file refused</source>
        <translation> ; 1 fichier refusé</translation>
    </message>
    <message>
        <source>; %1 files refused</source>
        <translation> ; %1 fichiers refusés</translation>
    </message>
    <message>
        <source>Review comments imported</source>
        <translation>Commentaires de relecture importés</translation>
    </message>
    <message>
        <source>%1 approved the course.</source>
        <translation>%1 a approuvé le cours.</translation>
    </message>
    <message>
        <source>%1 requested changes.</source>
        <translation>%1 a demandé des modifications.</translation>
    </message>
    <message>
        <source>About Coursesmith</source>
        <translation>À propos de Coursesmith</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coursesmith {version}&lt;/h3&gt;&lt;p&gt;Build e-learning from reusable, versioned, translatable learning objects, and publish it to any LMS.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coursesmith {version}&lt;/h3&gt;&lt;p&gt;Créez des formations en ligne à partir d’objets d’apprentissage réutilisables, versionnés et traduisibles, et publiez-les sur tout LMS.&lt;/p&gt;&lt;p&gt;Bibliothèque : {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QtOutline</name>
    <message>
        <source>Course outline</source>
        <translation>Plan du cours</translation>
    </message>
    <message>
        <source>+ Course</source>
        <translation>+ Cours</translation>
    </message>
    <message>
        <source>+ Lesson</source>
        <translation>+ Leçon</translation>
    </message>
    <message>
        <source>+ Page</source>
        <translation>+ Page</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>No course yet: press + Course to start one, or open the sample course from the welcome page.</source>
        <translation>Aucun cours pour l'instant : cliquez sur + Cours pour en créer un, ou ouvrez le cours d'exemple depuis la page d'accueil.</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Traduction :</translation>
    </message>
    <message>
        <source>Translation coverage shown</source>
        <translation>Avancement des traductions affiché</translation>
    </message>
    <message>
        <source>Show how much of each course, lesson and page is translated into this language</source>
        <translation>Afficher la part de chaque cours, leçon et page traduite dans cette langue</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Non affiché</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Nouvelle page</translation>
    </message>
    <message>
        <source>Select a {kind} first.</source>
        <translation>Sélectionnez d'abord : {kind}.</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>Mettre « {title} » à la corbeille ?</translation>
    </message>
    <message>
        <source>It holds {what}.</source>
        <translation>Il contient {what}.</translation>
    </message>
    <message>
        <source>It is also used in:</source>
        <translation>Il est aussi utilisé dans :</translation>
    </message>
    <message>
        <source>You can restore it from View › Trash, or undo.</source>
        <translation>Vous pouvez le restaurer depuis Affichage › Corbeille, ou annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Translate into {locale}…</source>
        <translation>Traduire en {locale}…</translation>
    </message>
</context>
<context>
    <name>QtPageEditor</name>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert a block</source>
        <translation>Insérer un bloc</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Move block or row up</source>
        <translation>Monter le bloc ou la ligne</translation>
    </message>
    <message>
        <source>Move block or row down</source>
        <translation>Descendre le bloc ou la ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Encadré</translation>
    </message>
    <message>
        <source>Image / media…</source>
        <translation>Image / média…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Renommer la page</translation>
    </message>
    <message>
        <source>Choose a page in the outline to edit it.</source>
        <translation>Choisissez une page dans le plan pour la modifier.</translation>
    </message>
    <message>
        <source>This page is empty. Insert a block, or drag one here from the library.</source>
        <translation>Cette page est vide. Insérez un bloc ou faites-en glisser un ici depuis la bibliothèque.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The page you were editing was deleted. Undo brings it back, or restore it from View › Trash.</source>
        <translation>La page que vous modifiiez a été supprimée. Annuler la rétablit, ou restaurez-la depuis Affichage › Corbeille.</translation>
    </message>
</context>
<context>
    <name>QtPreview</name>
    <message>
        <source>Course player</source>
        <translation>Lecteur de cours</translation>
    </message>
    <message>
        <source>Device width</source>
        <translation>Largeur de l'appareil</translation>
    </message>
    <message>
        <source>Phone (375 px)</source>
        <translation>Téléphone (375 px)</translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation>Tablette (768 px)</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tracking standard</source>
        <translation>Norme de suivi</translation>
    </message>
    <message>
        <source>The LMS the preview simulates</source>
        <translation>Le LMS simulé par l'aperçu</translation>
    </message>
    <message>
        <source>SCORM 2004 LMS</source>
        <translation>LMS SCORM 2004</translation>
    </message>
    <message>
        <source>xAPI LRS</source>
        <translation>LRS xAPI</translation>
    </message>
    <message>
        <source>Restart attempt</source>
        <translation>Recommencer la tentative</translation>
    </message>
    <message>
        <source>Not ready to export: {problem}</source>
        <translation>Pas prêt pour l'exportation : {problem}</translation>
    </message>
    <message>
        <source>{code} (source)</source>
        <translation>{code} (source)</translation>
    </message>
    <message>
        <source>{code} — ⚠ {n} strings not translated</source>
        <translation>{code} — ⚠ {n} chaînes non traduites</translation>
    </message>
    <message>
        <source>Missing translations show the source text</source>
        <translation>Les traductions manquantes affichent le texte source</translation>
    </message>
    <message>
        <source>This page is not reachable yet (linear navigation): Restart attempt opens the course here.</source>
        <translation>Cette page n'est pas encore accessible (navigation linéaire) : Recommencer la tentative ouvre le cours ici.</translation>
    </message>
    <message>
        <source>The player reported an error: {message}</source>
        <translation>Le lecteur a signalé une erreur : {message}</translation>
    </message>
</context>
<context>
    <name>QtPreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Show the course as learners see it, tracked as an LMS would</source>
        <translation>Afficher le cours tel que le voient les apprenants, avec un suivi comme dans un LMS</translation>
    </message>
</context>
<context>
    <name>QtPreviewWindow</name>
    <message>
        <source>Preview — {title}</source>
        <translation>Aperçu — {title}</translation>
    </message>
</context>
<context>
    <name>QtTrackingPanel</name>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Suspend data</source>
        <translation>Données de suspension</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>xAPI statements</source>
        <translation>Déclarations xAPI</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l'instant</translation>
    </message>
    <message>
        <source>{n} characters ({size}), {share}% of SCORM 1.2's {limit}</source>
        <translation>{n} caractères ({size}), {share} % de la limite SCORM 1.2 de {limit}</translation>
    </message>
    <message>
        <source>too long for SCORM 1.2</source>
        <translation>trop long pour SCORM 1.2</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question type</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <source>Points: </source>
        <translation>Points : </translation>
    </message>
    <message>
        <source>Attempts: </source>
        <translation>Tentatives : </translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texte de la question</translation>
    </message>
    <message>
        <source>Feedback when the answer is right</source>
        <translation>Retour si la réponse est juste</translation>
    </message>
    <message>
        <source>Feedback when the answer is wrong</source>
        <translation>Retour si la réponse est fausse</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Juste</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ Faux</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Feedback for this choice (optional)</source>
        <translation>Retour pour ce choix (facultatif)</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>Accepted answer</source>
        <translation>Réponse acceptée</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Its match</source>
        <translation>Sa correspondance</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>paire</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Change the right answer</source>
        <translation>Changer la bonne réponse</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Sensible à la casse</translation>
    </message>
    <message>
        <source>Change case sensitivity</source>
        <translation>Changer la sensibilité à la casse</translation>
    </message>
    <message>
        <source>Choices: select the right one</source>
        <translation>Choix : sélectionnez le bon</translation>
    </message>
    <message>
        <source>Choices: tick every right one</source>
        <translation>Choix : cochez toutes les bonnes réponses</translation>
    </message>
    <message>
        <source>The statement is</source>
        <translation>L'affirmation est</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>Réponses acceptées</translation>
    </message>
    <message>
        <source>Pairs: each item and its match (learners see the matches shuffled)</source>
        <translation>Paires : chaque élément et sa correspondance (les apprenants voient les correspondances mélangées)</translation>
    </message>
    <message>
        <source>Items in the right order (learners see them shuffled)</source>
        <translation>Éléments dans le bon ordre (les apprenants les voient mélangés)</translation>
    </message>
    <message>
        <source>✓ Ready to publish</source>
        <translation>✓ Prêt à publier</translation>
    </message>
    <message>
        <source>Change question type</source>
        <translation>Changer le type de question</translation>
    </message>
</context>
<context>
    <name>QuoteMarks</name>
    <message>
        <source>A reviewer commented on %1</source>
        <translation>Un relecteur a commenté %1</translation>
    </message>
    <message>
        <source>A reviewer</source>
        <translation>Un relecteur</translation>
    </message>
    <message>
        <source>%1 (review comment): %2</source>
        <translation>%1 (commentaire de relecture) : %2</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace in library</source>
        <translation>Remplacer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Exact text, upper and lower case as typed, in the text learners read: titles, text, questions, choices, feedback, alt text, captions.</source>
        <translation>Texte exact, majuscules et minuscules comme saisies, dans le texte lu par les apprenants : titres, textes, questions, choix, feedbacks, textes alternatifs, légendes.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>Après remplacement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>Rem&amp;placer par</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>Po&amp;rtée</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <source>Course: {title}</source>
        <translation>Cours : {title}</translation>
    </message>
    <message>
        <source>{code} (source)</source>
        <translation>{code} (source)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucune correspondance.</translation>
    </message>
    <message>
        <source>{matches} in {objects}</source>
        <translation>{matches} dans {objects}</translation>
    </message>
    <message>
        <source>match</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspondances</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>objets</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>{count} remplacé(s)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>+ Add %1</source>
        <translation>+ Ajouter : %1</translation>
    </message>
    <message>
        <source>Drag to move %1 %2</source>
        <translation>Glisser pour déplacer : %1 %2</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>%1 %2 is correct</source>
        <translation>%1 %2 est correct</translation>
    </message>
    <message>
        <source>Mark correct answer</source>
        <translation>Marquer la bonne réponse</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer : %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer : %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>TableSizeDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <source>The first row holds column headings</source>
        <translation>La première ligne contient les en-têtes de colonnes</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>Écrivez ici…</translation>
    </message>
</context>
<context>
    <name>TranslationExportDialog</name>
    <message>
        <source>Export for translation</source>
        <translation>Exporter pour traduction</translation>
    </message>
    <message>
        <source>All strings</source>
        <translation>Toutes les chaînes</translation>
    </message>
    <message>
        <source>Missing only</source>
        <translation>Manquantes uniquement</translation>
    </message>
    <message>
        <source>Outdated only</source>
        <translation>Obsolètes uniquement</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Target locale</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation>Chaînes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Translated strings go out with their translation and state; a locale new to the library is added to it.</source>
        <translation>Les chaînes traduites sont exportées avec leur traduction et leur état ; une langue absente de la bibliothèque y est ajoutée.</translation>
    </message>
    <message>
        <source>Export for translation to</source>
        <translation>Exporter pour traduction vers</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Exported {n} strings for {locale} to {path}.</source>
        <translation>{n} chaînes exportées pour {locale} vers {path}.</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>Type the translation; keep every &lt;1&gt;…&lt;/1&gt; code</source>
        <translation>Saisissez la traduction ; gardez chaque code &lt;1&gt;…&lt;/1&gt;</translation>
    </message>
    <message>
        <source>Where the string is</source>
        <translation>Où se trouve la chaîne</translation>
    </message>
    <message>
        <source>What changed in the source</source>
        <translation>Ce qui a changé dans la source</translation>
    </message>
    <message>
        <source>Changed since it was translated:</source>
        <translation>Modifié depuis la traduction :</translation>
    </message>
    <message>
        <source>Picture the alt text describes</source>
        <translation>Image que décrit le texte alternatif</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>&amp;Enregistrer la traduction</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>Enregistrer la traduction</translation>
    </message>
    <message>
        <source>&amp;Pseudo-translate…</source>
        <translation>&amp;Pseudo-traduire…</translation>
    </message>
    <message>
        <source>Pseudo-translate</source>
        <translation>Pseudo-traduire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save this string and go to the next one (Ctrl+Return)</source>
        <translation>Enregistrer cette chaîne et passer à la suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation>Chaînes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>{n} of {total} strings current ({percent} %)</source>
        <translation>{n} chaînes sur {total} à jour ({percent} %)</translation>
    </message>
    <message>
        <source>Previous source not available: the library never stored the text this was translated from, so check the translation against today's source.</source>
        <translation>Source précédente non disponible : la bibliothèque n’a jamais enregistré le texte à partir duquel cette chaîne a été traduite ; vérifiez la traduction par rapport à la source actuelle.</translation>
    </message>
    <message>
        <source>The source changed since this was translated: only its formatting, the words are the same.</source>
        <translation>La source a changé depuis la traduction : seulement sa mise en forme, les mots sont les mêmes.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The source changed since this was translated. Words removed: {removed}. Words added: {added}.</source>
        <translation>La source a changé depuis la traduction. Mots supprimés : {removed}. Mots ajoutés : {added}.</translation>
    </message>
    <message>
        <source>Fill {locale} with pseudo-translations of every string of this course (accented and 30 % longer), to try layouts? Translations already in {locale} are replaced.</source>
        <translation>Remplir {locale} avec des pseudo-traductions de toutes les chaînes de ce cours (accentuées et 30 % plus longues) pour tester la mise en page ? Les traductions déjà présentes en {locale} sont remplacées.</translation>
    </message>
    <message>
        <source>Pseudo-translated {n} strings into {locale}.</source>
        <translation>{n} chaînes pseudo-traduites en {locale}.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted objects</source>
        <translation>Objets supprimés</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n objects for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n objet ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n objets ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>UsedInPanel</name>
    <message>
        <source> (through another object)</source>
        <translation> (par un autre objet)</translation>
    </message>
    <message>
        <source>Not used in any page, lesson or course.</source>
        <translation>N'est utilisé dans aucune page, leçon ni aucun cours.</translation>
    </message>
    <message numerus="yes">
        <source>Places using it: %n</source>
        <translation>
            <numerusform>Endroits qui l’utilisent : %n</numerusform>
            <numerusform>Endroits qui l’utilisent : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Coursesmith</source>
        <translation>Bienvenue dans Coursesmith</translation>
    </message>
    <message>
        <source>Choose a page in the outline to edit it, or start here. Build pages from blocks (text, pictures, callouts, questions); drag blocks from the library to reuse them; preview as a learner; export a package for any LMS.</source>
        <translation>Choisissez une page dans le plan pour la modifier, ou commencez ici. Construisez des pages à partir de blocs (texte, images, encadrés, questions) ; faites glisser des blocs depuis la bibliothèque pour les réutiliser ; prévisualisez comme un apprenant ; exportez un paquet pour n'importe quel LMS.</translation>
    </message>
    <message>
        <source>Open the sample course</source>
        <translation>Ouvrir le cours d'exemple</translation>
    </message>
    <message>
        <source>New library…</source>
        <translation>Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>Start from a Word document…</source>
        <translation>Partir d'un document Word…</translation>
    </message>
    <message>
        <source>Read the short guide</source>
        <translation>Lire le guide rapide</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Bibliothèques récentes</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Asset</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Encadré</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Réponses multiples</translation>
    </message>
    <message>
        <source>True / false</source>
        <translation>Vrai / faux</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Remise en ordre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Astuce</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Repasser en brouillon</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Image / media</source>
        <translation>Image / média</translation>
    </message>
    <message>
        <source>All pages viewed</source>
        <translation>Toutes les pages vues</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>Quiz réussi</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>the question has no text</source>
        <translation>la question n'a pas de texte</translation>
    </message>
    <message>
        <source>no accepted answer is given</source>
        <translation>aucune réponse acceptée n'est donnée</translation>
    </message>
    <message>
        <source>a matching question needs at least two pairs</source>
        <translation>une question d'association demande au moins deux paires</translation>
    </message>
    <message>
        <source>a pair is missing its item or its match</source>
        <translation>il manque à une paire son élément ou sa correspondance</translation>
    </message>
    <message>
        <source>an ordering question needs at least two items</source>
        <translation>une question de remise en ordre demande au moins deux éléments</translation>
    </message>
    <message>
        <source>a choice question needs at least two choices</source>
        <translation>une question à choix demande au moins deux choix</translation>
    </message>
    <message>
        <source>a choice has no text</source>
        <translation>un choix n'a pas de texte</translation>
    </message>
    <message>
        <source>no choice is marked correct</source>
        <translation>aucun choix n'est marqué comme juste</translation>
    </message>
    <message>
        <source>a single-choice question has more than one correct choice</source>
        <translation>une question à choix unique a plus d'un bon choix</translation>
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
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Shared block</source>
        <translation>Bloc partagé</translation>
    </message>
    <message numerus="yes">
        <source>This block is used on %n pages.</source>
        <translation>
            <numerusform>Ce bloc est utilisé sur %n page.</numerusform>
            <numerusform>Ce bloc est utilisé sur %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change it everywhere it is used, or make a copy that belongs to this page only?</source>
        <translation>Le modifier partout où il est utilisé, ou faire une copie propre à cette page ?</translation>
    </message>
    <message>
        <source>Edit everywhere</source>
        <translation>Modifier partout</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>Faire une copie locale</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address (https://…, mailto:…); leave empty to remove the link:</source>
        <translation>Adresse (https://…, mailto:…) ; laissez vide pour retirer le lien :</translation>
    </message>
    <message>
        <source>Copy an object first (Edit › Copy).</source>
        <translation>Copiez d'abord un objet (Édition › Copier).</translation>
    </message>
    <message>
        <source>Open a page to paste blocks onto it.</source>
        <translation>Ouvrez une page pour y coller des blocs.</translation>
    </message>
    <message>
        <source>Select where it goes in the outline first.</source>
        <translation>Sélectionnez d'abord son emplacement dans le plan.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Importer des traductions</translation>
    </message>
    <message>
        <source>Imported {ok} of {n} files.</source>
        <translation>{ok} fichiers importés sur {n}.</translation>
    </message>
    <message>
        <source>Refused files change nothing: fix them and import again.</source>
        <translation>Les fichiers refusés ne modifient rien : corrigez-les et importez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Current (not yet a version)</source>
        <translation>Actuel (pas encore une version)</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>Move to the next / previous pane</source>
        <translation>Passer au volet suivant / précédent</translation>
    </message>
    <message>
        <source>Bold, italic, underline</source>
        <translation>Gras, italique, souligné</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>New page in the outline</source>
        <translation>Nouvelle page dans le plan</translation>
    </message>
    <message>
        <source>Rename in the outline</source>
        <translation>Renommer dans le plan</translation>
    </message>
    <message>
        <source>Duplicate in the outline</source>
        <translation>Dupliquer dans le plan</translation>
    </message>
    <message>
        <source>Move up / down in the outline</source>
        <translation>Monter / descendre dans le plan</translation>
    </message>
    <message>
        <source>Delete in the outline</source>
        <translation>Supprimer dans le plan</translation>
    </message>
</context>
</TS>