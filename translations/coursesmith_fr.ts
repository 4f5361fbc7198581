<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
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
        <translation>Changer l&apos;état</translation>
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
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
</context>
<context>
    <name>CalloutEditor</name>
    <message>
        <source>Callout style</source>
        <translation>Style de l&apos;encadré</translation>
    </message>
    <message>
        <source>What should learners notice?</source>
        <translation>Que doivent remarquer les apprenants ?</translation>
    </message>
    <message>
        <source>Change callout style</source>
        <translation>Changer le style de l&apos;encadré</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
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
        <source> — resolved</source>
        <translation> — résolu</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a course</source>
        <translation>Exporter un cours</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
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
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>Paquets (*.zip)</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exporté : {path}</translation>
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
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Souligné (Ctrl+U)</translation>
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
        <source>Link (Ctrl+K)</source>
        <translation>Lien (Ctrl+K)</translation>
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
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Select a version to read it.</source>
        <translation>Sélectionnez une version pour la lire.</translation>
    </message>
    <message>
        <source>Revert to this version</source>
        <translation>Revenir à cette version</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>No version recorded yet: one is recorded when you finish editing this object.</source>
        <translation>Aucune version enregistrée : une version est enregistrée quand vous terminez de modifier cet objet.</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Contenu :</translation>
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
    <name>MediaEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Caption (shown under the picture)</source>
        <translation>Légende (affichée sous l&apos;image)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Alt text: what the picture shows, for learners who cannot see it</source>
        <translation>Texte alternatif : ce que montre l&apos;image, pour les apprenants qui ne la voient pas</translation>
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
        <translation>⚠ Le texte alternatif est obligatoire : décrivez l&apos;image pour les personnes qui ne la voient pas.</translation>
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
        <translation>Pas d&apos;aperçu pour ce type de fichier</translation>
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
        <translation>Nom de l&apos;auteur :</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface :</translation>
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
        <translation>Langue de l&apos;interface</translation>
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
</context>
<context>
    <name>QtLibraryBrowser</name>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>Rechercher titres, textes, questions, étiquettes…</translation>
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
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
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
        <translation>Annulé : {left} fichiers n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>Refused files:</source>
        <translation>Fichiers refusés :</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
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
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
        <source>New library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
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
        <translation>Sélectionnez d&apos;abord : {kind}.</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>Mettre « {title} » à la corbeille ?</translation>
    </message>
    <message>
        <source>It is also used in:</source>
        <translation>Il est aussi utilisé dans :</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <translation>L&apos;affirmation est</translation>
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
    <name>RowList</name>
    <message>
        <source>+ Add %1</source>
        <translation>+ Ajouter : %1</translation>
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
        <source>Write here…</source>
        <translation>Écrivez ici…</translation>
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
        <translation>N&apos;est utilisé dans aucune page, leçon ni aucun cours.</translation>
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
</context>
</TS>
