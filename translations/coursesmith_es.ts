<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Insert {kind}</source>
        <translation>Insertar: {kind}</translation>
    </message>
    <message>
        <source>Insert %n blocks</source>
        <translation>Insertar %n bloques</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>Insertar bloque</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Mover bloque</translation>
    </message>
    <message>
        <source>Remove block from page</source>
        <translation>Quitar el bloque de la página</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>Hacer una copia local</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation>Importando archivos</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Cambiar etiquetas</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Editar: {field}</translation>
    </message>
    <message>
        <source>Revert to version {n}</source>
        <translation>Volver a la versión {n}</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>Registrar versiones</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Añadir curso</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Move %n items</source>
        <translation>Mover %n elementos</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>Choose a file from the library</source>
        <translation>Elegir un archivo de la biblioteca</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrar por nombre…</translation>
    </message>
    <message>
        <source>Import from disk…</source>
        <translation>Importar desde el disco…</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
</context>
<context>
    <name>BlockHeader</name>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove from page (the block stays in the library)</source>
        <translation>Quitar de la página (el bloque sigue en la biblioteca)</translation>
    </message>
    <message numerus="yes">
        <source>Used on %n pages</source>
        <translation>
            <numerusform>Usado en %n página</numerusform>
            <numerusform>Usado en %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>A change here changes it on every page that uses it</source>
        <translation>Un cambio aquí lo cambia en todas las páginas que lo usan</translation>
    </message>
    <message>
        <source>Pinned to version %1 (read-only here)</source>
        <translation>Fijado a la versión %1 (solo lectura aquí)</translation>
    </message>
</context>
<context>
    <name>CalloutEditor</name>
    <message>
        <source>Callout style</source>
        <translation>Estilo del aviso</translation>
    </message>
    <message>
        <source>What should learners notice?</source>
        <translation>¿Qué deben notar los alumnos?</translation>
    </message>
    <message>
        <source>Change callout style</source>
        <translation>Cambiar el estilo del aviso</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Write a comment…</source>
        <translation>Escribir un comentario…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source> — resolved</source>
        <translation> — resuelto</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a course</source>
        <translation>Exportar un curso</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>Paquetes (*.zip)</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exportado: {path}</translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Negrita (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Subrayado (Ctrl+U)</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Título 2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Título 3</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <translation>Enlace (Ctrl+K)</translation>
    </message>
    <message>
        <source>Table…</source>
        <translation>Tabla…</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Insertar una tabla</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>Insert an image from the library</source>
        <translation>Insertar una imagen de la biblioteca</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Select a version to read it.</source>
        <translation>Seleccione una versión para leerla.</translation>
    </message>
    <message>
        <source>Revert to this version</source>
        <translation>Volver a esta versión</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Versión {n}</translation>
    </message>
    <message>
        <source>No version recorded yet: one is recorded when you finish editing this object.</source>
        <translation>Aún no hay versiones: se registra una cuando termina de editar este objeto.</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Contenido:</translation>
    </message>
</context>
<context>
    <name>LibraryItemModel</name>
    <message>
        <source>(untitled {kind})</source>
        <translation>({kind} sin título)</translation>
    </message>
</context>
<context>
    <name>MediaEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Caption (shown under the picture)</source>
        <translation>Pie de foto (se muestra bajo la imagen)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Alt text: what the picture shows, for learners who cannot see it</source>
        <translation>Texto alternativo: lo que muestra la imagen, para alumnos que no pueden verla</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>Alt text (required)</source>
        <translation>Texto alternativo (obligatorio)</translation>
    </message>
    <message>
        <source>⚠ Alt text is required: describe the picture for people who cannot see it.</source>
        <translation>⚠ El texto alternativo es obligatorio: describa la imagen para quienes no pueden verla.</translation>
    </message>
    <message>
        <source>Transcript (for audio and video; optional for a picture)</source>
        <translation>Transcripción (para audio y vídeo; opcional para una imagen)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Sin vista previa para este tipo de archivo</translation>
    </message>
    <message>
        <source>No file: choose one from the library</source>
        <translation>Sin archivo: elija uno de la biblioteca</translation>
    </message>
    <message>
        <source>Choose media file</source>
        <translation>Elegir archivo multimedia</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>{title} (in the trash)</source>
        <translation>{title} (en la papelera)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Your name, as reviewers should see it</source>
        <translation>Su nombre, tal como deben verlo los revisores</translation>
    </message>
    <message>
        <source>Author name:</source>
        <translation>Nombre del autor:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Default locale for new libraries:</source>
        <translation>Idioma predeterminado de las bibliotecas nuevas:</translation>
    </message>
    <message>
        <source>Exported image quality:</source>
        <translation>Calidad de las imágenes exportadas:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>La del sistema</translation>
    </message>
    <message>
        <source>Takes effect the next time Coursesmith starts.</source>
        <translation>Se aplica la próxima vez que se inicie Coursesmith.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>QtInspector</name>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Usado en</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>etiquetas, separadas, por comas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Select an object in the outline or the library to see its properties.</source>
        <translation>Seleccione un objeto en el esquema o en la biblioteca para ver sus propiedades.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
</context>
<context>
    <name>QtLibraryBrowser</name>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>Buscar títulos, textos, preguntas, etiquetas…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Locale searched</source>
        <translation>Idioma buscado</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message numerus="yes">
        <source>Results: %n</source>
        <translation>
            <numerusform>Resultados: %n</numerusform>
            <numerusform>Resultados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objects: %n</source>
        <translation>
            <numerusform>Objetos: %n</numerusform>
            <numerusform>Objetos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {imported}, already in the library {duplicates}, refused {refused}.</source>
        <translation>Importados: {imported}, ya en la biblioteca: {duplicates}, rechazados: {refused}.</translation>
    </message>
    <message>
        <source>Cancelled: {left} files were not imported.</source>
        <translation>Cancelado: no se importaron {left} archivos.</translation>
    </message>
    <message>
        <source>Refused files:</source>
        <translation>Archivos rechazados:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
</context>
<context>
    <name>QtMainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Nueva biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Library as &amp;List</source>
        <translation>Biblioteca como &amp;lista</translation>
    </message>
    <message>
        <source>Library as &amp;Grid</source>
        <translation>Biblioteca como &amp;cuadrícula</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Coursesmith</source>
        <translation>&amp;Acerca de Coursesmith</translation>
    </message>
    <message>
        <source>No other recent libraries</source>
        <translation>No hay otras bibliotecas recientes</translation>
    </message>
    <message numerus="yes">
        <source>Courses: %n</source>
        <translation>
            <numerusform>Cursos: %n</numerusform>
            <numerusform>Cursos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n</source>
        <translation>
            <numerusform>Páginas: %n</numerusform>
            <numerusform>Páginas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %n</source>
        <translation>
            <numerusform>Recursos: %n</numerusform>
            <numerusform>Recursos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Nueva biblioteca</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>About Coursesmith</source>
        <translation>Acerca de Coursesmith</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coursesmith {version}&lt;/h3&gt;&lt;p&gt;Build e-learning from reusable, versioned, translatable learning objects, and publish it to any LMS.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coursesmith {version}&lt;/h3&gt;&lt;p&gt;Cree e-learning a partir de objetos de aprendizaje reutilizables, versionados y traducibles, y publíquelo en cualquier LMS.&lt;/p&gt;&lt;p&gt;Biblioteca: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QtOutline</name>
    <message>
        <source>+ Course</source>
        <translation>+ Curso</translation>
    </message>
    <message>
        <source>+ Lesson</source>
        <translation>+ Lección</translation>
    </message>
    <message>
        <source>+ Page</source>
        <translation>+ Página</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Nueva página</translation>
    </message>
    <message>
        <source>Select a {kind} first.</source>
        <translation>Seleccione primero: {kind}.</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>¿Mover «{title}» a la papelera?</translation>
    </message>
    <message>
        <source>It is also used in:</source>
        <translation>También se usa en:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>QtPageEditor</name>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Insert a block</source>
        <translation>Insertar un bloque</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Image / media…</source>
        <translation>Imagen / multimedia…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Cambiar nombre de la página</translation>
    </message>
    <message>
        <source>Choose a page in the outline to edit it.</source>
        <translation>Elija una página en el esquema para editarla.</translation>
    </message>
    <message>
        <source>This page is empty. Insert a block, or drag one here from the library.</source>
        <translation>Esta página está vacía. Inserte un bloque o arrastre uno aquí desde la biblioteca.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question type</source>
        <translation>Tipo de pregunta</translation>
    </message>
    <message>
        <source>Points: </source>
        <translation>Puntos: </translation>
    </message>
    <message>
        <source>Attempts: </source>
        <translation>Intentos: </translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>Feedback when the answer is right</source>
        <translation>Retroalimentación si la respuesta es correcta</translation>
    </message>
    <message>
        <source>Feedback when the answer is wrong</source>
        <translation>Retroalimentación si la respuesta es incorrecta</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Correcta</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ Incorrecta</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Feedback for this choice (optional)</source>
        <translation>Retroalimentación para esta opción (opcional)</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>Accepted answer</source>
        <translation>Respuesta aceptada</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Its match</source>
        <translation>Su pareja</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>par</translation>
    </message>
    <message>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Change the right answer</source>
        <translation>Cambiar la respuesta correcta</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Change case sensitivity</source>
        <translation>Cambiar la distinción de mayúsculas</translation>
    </message>
    <message>
        <source>Choices: select the right one</source>
        <translation>Opciones: seleccione la correcta</translation>
    </message>
    <message>
        <source>Choices: tick every right one</source>
        <translation>Opciones: marque todas las correctas</translation>
    </message>
    <message>
        <source>The statement is</source>
        <translation>La afirmación es</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>Respuestas aceptadas</translation>
    </message>
    <message>
        <source>Pairs: each item and its match (learners see the matches shuffled)</source>
        <translation>Pares: cada elemento y su pareja (los alumnos ven las parejas mezcladas)</translation>
    </message>
    <message>
        <source>Items in the right order (learners see them shuffled)</source>
        <translation>Elementos en el orden correcto (los alumnos los ven mezclados)</translation>
    </message>
    <message>
        <source>✓ Ready to publish</source>
        <translation>✓ Listo para publicar</translation>
    </message>
    <message>
        <source>Change question type</source>
        <translation>Cambiar el tipo de pregunta</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>+ Add %1</source>
        <translation>+ Añadir: %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>%1 %2 is correct</source>
        <translation>%1 %2 es correcta</translation>
    </message>
    <message>
        <source>Mark correct answer</source>
        <translation>Marcar la respuesta correcta</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar: %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover: %1</translation>
    </message>
</context>
<context>
    <name>TableSizeDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Insertar tabla</translation>
    </message>
    <message>
        <source>The first row holds column headings</source>
        <translation>La primera fila contiene los encabezados de columna</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <source>Write here…</source>
        <translation>Escriba aquí…</translation>
    </message>
</context>
<context>
    <name>UsedInPanel</name>
    <message>
        <source> (through another object)</source>
        <translation> (a través de otro objeto)</translation>
    </message>
    <message>
        <source>Not used in any page, lesson or course.</source>
        <translation>No se usa en ninguna página, lección ni curso.</translation>
    </message>
    <message numerus="yes">
        <source>Places using it: %n</source>
        <translation>
            <numerusform>Lugares que lo usan: %n</numerusform>
            <numerusform>Lugares que lo usan: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Asset</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en revisión</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Respuesta múltiple</translation>
    </message>
    <message>
        <source>True / false</source>
        <translation>Verdadero / falso</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Completar el espacio</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Ordenación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Image / media</source>
        <translation>Imagen / multimedia</translation>
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
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Shared block</source>
        <translation>Bloque compartido</translation>
    </message>
    <message numerus="yes">
        <source>This block is used on %n pages.</source>
        <translation>
            <numerusform>Este bloque se usa en %n página.</numerusform>
            <numerusform>Este bloque se usa en %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change it everywhere it is used, or make a copy that belongs to this page only?</source>
        <translation>¿Cambiarlo en todos los lugares donde se usa o hacer una copia solo para esta página?</translation>
    </message>
    <message>
        <source>Edit everywhere</source>
        <translation>Editar en todas partes</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>Hacer una copia local</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Address (https://…, mailto:…); leave empty to remove the link:</source>
        <translation>Dirección (https://…, mailto:…); déjela vacía para quitar el enlace:</translation>
    </message>
</context>
</TS>
