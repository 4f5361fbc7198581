<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name/>
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
        <source>Validating</source>
        <translation>Validando</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>Preparando imágenes</translation>
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
        <source>Finding matches</source>
        <translation>Buscando coincidencias</translation>
    </message>
    <message>
        <source>Replace “{find}”</source>
        <translation>Reemplazar «{find}»</translation>
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
        <source>Paste as copy</source>
        <translation>Pegar como copia</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>Cambiar la configuración del curso</translation>
    </message>
    <message>
        <source>Importing review comments</source>
        <translation>Importando comentarios de revisión</translation>
    </message>
    <message>
        <source>Exporting for translation</source>
        <translation>Exportando para traducción</translation>
    </message>
    <message>
        <source>Importing translations</source>
        <translation>Importando traducciones</translation>
    </message>
    <message>
        <source>Translate a string</source>
        <translation>Traducir un texto</translation>
    </message>
    <message>
        <source>Pseudo-translating</source>
        <translation>Pseudotraducción</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Restaurar de la papelera</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Reading translation coverage</source>
        <translation>Leyendo el progreso de la traducción</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n outdated</source>
        <translation>
            <numerusform>%n desactualizada</numerusform>
            <numerusform>%n desactualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>{locale}: {percent} done — {current} current, {outdated} outdated, {missing} missing of {total} strings</source>
        <translation>{locale}: {percent} hecho — {current} al día, {outdated} desactualizadas, {missing} pendientes de {total} cadenas</translation>
    </message>
    <message>
        <source>Translation coverage:</source>
        <translation>Progreso de la traducción:</translation>
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
        <source>Drag to move this block</source>
        <translation>Arrastrar para mover este bloque</translation>
    </message>
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
    <message>
        <source>1 review comment</source>
        <translation>1 comentario de revisión</translation>
    </message>
    <message>
        <source>%1 review comments</source>
        <translation>%1 comentarios de revisión</translation>
    </message>
    <message>
        <source>Open comments from reviewers: show them in the Comments panel</source>
        <translation>Comentarios abiertos de los revisores: mostrarlos en el panel Comentarios</translation>
    </message>
</context>
<context>
    <name>CalloutEditor</name>
    <message>
        <source>Callout style</source>
        <translation>Estilo del aviso</translation>
    </message>
    <message>
        <source>Callout text</source>
        <translation>Texto del recuadro destacado</translation>
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
        <source>Comment threads</source>
        <translation>Hilos de comentarios</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Escribir un comentario…</translation>
    </message>
    <message>
        <source>Comment or reply</source>
        <translation>Comentario o respuesta</translation>
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
        <source>from a review build</source>
        <translation>de una versión de revisión</translation>
    </message>
    <message>
        <source>from a Word review</source>
        <translation>de una revisión en Word</translation>
    </message>
    <message>
        <source>outdated: %1 changed since</source>
        <translation>desactualizado: %1 ha cambiado desde entonces</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <source>Older version, removed words marked</source>
        <translation>Versión anterior, con las palabras eliminadas marcadas</translation>
    </message>
    <message>
        <source>Newer version, added words marked</source>
        <translation>Versión más reciente, con las palabras añadidas marcadas</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>Anterior:</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>Más reciente:</translation>
    </message>
    <message>
        <source>Restore the older version…</source>
        <translation>Restaurar la versión anterior…</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) changed</source>
        <translation>
            <numerusform>%n parte cambiada</numerusform>
            <numerusform>%n partes cambiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>These two versions read the same.</source>
        <translation>Estas dos versiones tienen el mismo texto.</translation>
    </message>
</context>
<context>
    <name>CourseSettingsDialog</name>
    <message>
        <source>Course settings — {title}</source>
        <translation>Configuración del curso — {title}</translation>
    </message>
</context>
<context>
    <name>CourseSettingsForm</name>
    <message>
        <source>How many attempts a new question allows</source>
        <translation>Cuántos intentos permite una pregunta nueva</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>What a new question says, unless you change it there</source>
        <translation>Lo que dice una pregunta nueva, salvo que usted lo cambie en ella</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Attempts per question</source>
        <translation>Intentos por pregunta</translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation>Comentario si la respuesta es correcta</translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation>Comentario si la respuesta es incorrecta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Idioma de origen</translation>
    </message>
</context>
<context>
    <name>DesignerActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Paste as &amp;reference</source>
        <translation>Pegar como &amp;referencia</translation>
    </message>
    <message>
        <source>Paste as c&amp;opy</source>
        <translation>Pegar como c&amp;opia</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>From &amp;library…</source>
        <translation>Desde la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Curso</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Allow approving your own work</source>
        <translation>Permitir aprobar su propio trabajo</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Copia guardada: {path}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Copied: paste it as a reference or as a copy</source>
        <translation>Copiado: péguelo como referencia o como copia</translation>
    </message>
    <message>
        <source>Select where it goes in the outline first.</source>
        <translation>Primero seleccione en el esquema dónde debe ir.</translation>
    </message>
    <message>
        <source>Select a course (or something in it) in the outline first.</source>
        <translation>Primero seleccione un curso (o algo que contenga) en el esquema.</translation>
    </message>
    <message>
        <source>Library settings</source>
        <translation>Configuración de la biblioteca</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a course</source>
        <translation>Exportar un curso</translation>
    </message>
    <message>
        <source>One SCO / AU per lesson</source>
        <translation>Un SCO / AU por lección</translation>
    </message>
    <message>
        <source>Each lesson becomes its own launchable unit in the LMS, tracked on its own.</source>
        <translation>Cada lección se convierte en una unidad ejecutable propia en el LMS, con seguimiento independiente.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose where to save the package</source>
        <translation>Elija dónde guardar el paquete</translation>
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
        <source>The course cannot be exported yet:</source>
        <translation>El curso aún no se puede exportar:</translation>
    </message>
    <message>
        <source>Problems to fix before exporting</source>
        <translation>Problemas que debe corregir antes de exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it with the new package?</source>
        <translation>«{name}» ya existe en {folder}. ¿Desea reemplazarlo por el nuevo paquete?</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exportado: {path}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Package exported</source>
        <translation>Paquete exportado</translation>
    </message>
    <message>
        <source>{format} package, {size}:</source>
        <translation>Paquete {format}, {size}:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Warnings (the package works, but look at these):</source>
        <translation>Advertencias (el paquete funciona, pero revise lo siguiente):</translation>
    </message>
    <message>
        <source>✓ Valid {format} package: no problems found.</source>
        <translation>✓ Paquete {format} válido: no se encontraron problemas.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
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
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subrayado</translation>
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
        <source>Link</source>
        <translation>Enlace</translation>
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
    <message>
        <source>More formatting</source>
        <translation>Más formato</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Getting started with Coursesmith</source>
        <translation>Primeros pasos con Coursesmith</translation>
    </message>
    <message>
        <source>A library holds everything: courses, lessons, pages, and the blocks and files pages are made of. A block can be used on many pages; change it once and every page shows the change.</source>
        <translation>Una biblioteca lo contiene todo: cursos, lecciones, páginas, y los bloques y archivos que componen las páginas. Un bloque puede usarse en muchas páginas; cámbielo una vez y todas las páginas mostrarán el cambio.</translation>
    </message>
    <message>
        <source>Outline (left): add a course, lessons and pages with + Course, + Lesson, + Page; drag pages to reorder them.</source>
        <translation>Esquema (izquierda): añada un curso, lecciones y páginas con + Curso, + Lección, + Página; arrastre las páginas para reordenarlas.</translation>
    </message>
    <message>
        <source>Page (centre): Insert adds text, a callout, a picture or video, or a question. Everything is saved as you type; Edit › Undo goes back.</source>
        <translation>Página (centro): Insertar añade texto, un recuadro destacado, una imagen o un vídeo, o una pregunta. Todo se guarda mientras escribe; Edición › Deshacer revierte los cambios.</translation>
    </message>
    <message>
        <source>Library (left, below): search everything; drag a block onto a page to reuse it; drop files from your desktop to import them.</source>
        <translation>Biblioteca (izquierda, abajo): busque en todo; arrastre un bloque a una página para reutilizarlo; suelte archivos desde su escritorio para importarlos.</translation>
    </message>
    <message>
        <source>Inspector (right): the selected object's properties, history (compare and restore versions), where it is used, comments, review state.</source>
        <translation>Inspector (derecha): las propiedades del objeto seleccionado, su historial (comparar y restaurar versiones), dónde se usa, los comentarios y el estado de revisión.</translation>
    </message>
    <message>
        <source>File › Export…: a SCORM, xAPI, cmi5 or HTML package for your LMS; the result dialog validates it.</source>
        <translation>Archivo › Exportar…: un paquete SCORM, xAPI, cmi5 o HTML para su LMS; el cuadro de diálogo de resultados lo valida.</translation>
    </message>
    <message>
        <source>Help › Keyboard shortcuts: everything works without a mouse; F6 moves between the panes.</source>
        <translation>Ayuda › Atajos de teclado: todo funciona sin ratón; F6 permite pasar de un panel a otro.</translation>
    </message>
    <message>
        <source>Your work is in the library file (.cslib): copy it to back it up or to share it.</source>
        <translation>Su trabajo está en el archivo de la biblioteca (.cslib): cópielo para hacer una copia de seguridad o para compartirlo.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>La versión seleccionada</translation>
    </message>
    <message>
        <source>Select a version to read it.</source>
        <translation>Seleccione una versión para leerla.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Show two versions side by side, changed words marked</source>
        <translation>Mostrar dos versiones en paralelo, con las palabras cambiadas marcadas</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restaurar esta versión…</translation>
    </message>
    <message>
        <source>Restore version {n}?</source>
        <translation>¿Restaurar la versión {n}?</translation>
    </message>
    <message>
        <source>The content of version {n} comes back as a new version; what is there now stays in the history, and Edit › Undo takes the restore back.</source>
        <translation>El contenido de la versión {n} se recupera como una versión nueva; el contenido actual se conserva en el historial, y Edición › Deshacer anula la restauración.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>No version recorded yet: one is recorded when you finish editing this object.</source>
        <translation>Aún no hay versiones: se registra una cuando termina de editar este objeto.</translation>
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
    <name>LibraryPicker</name>
    <message>
        <source>Insert from library</source>
        <translation>Insertar desde la biblioteca</translation>
    </message>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>Buscar títulos, texto, preguntas, etiquetas…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Library objects</source>
        <translation>Objetos de la biblioteca</translation>
    </message>
    <message>
        <source>Inserted by reference: a change to it shows everywhere it is used.</source>
        <translation>Insertado por referencia: cualquier cambio se mostrará en todos los lugares donde se use.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
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
    <name>NameDialog</name>
    <message>
        <source>Welcome to Coursesmith</source>
        <translation>Bienvenido a Coursesmith</translation>
    </message>
    <message>
        <source>What is your name? Versions, comments and reviews show it on your work, so colleagues know who changed what.</source>
        <translation>¿Cómo se llama? Las versiones, los comentarios y las revisiones muestran su nombre en su trabajo, para que sus colegas sepan quién cambió qué.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
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
        <source>Course settings</source>
        <translation>Configuración del curso</translation>
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
    <message>
        <source>Approved by {name}</source>
        <translation>Aprobado por {name}</translation>
    </message>
</context>
<context>
    <name>QtLibraryBrowser</name>
    <message>
        <source>Search titles, text, questions, tags…</source>
        <translation>Buscar títulos, textos, preguntas, etiquetas…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
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
        <source>Open review comments</source>
        <translation>Comentarios de revisión abiertos</translation>
    </message>
    <message>
        <source>Only objects with open comments from a reviewer</source>
        <translation>Solo objetos con comentarios abiertos de un revisor</translation>
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
        <source>Library objects</source>
        <translation>Objetos de la biblioteca</translation>
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
    <message>
        <source>Nothing matches: try fewer words, or another kind or locale.</source>
        <translation>No hay coincidencias: pruebe con menos palabras, u otro tipo o configuración regional.</translation>
    </message>
    <message>
        <source>The library is empty: drop files here, or use File › Import files…</source>
        <translation>La biblioteca está vacía: suelte archivos aquí o use Archivo › Importar archivos…</translation>
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
    <message>
        <source>Translate into {locale}… ({percent}% current)</source>
        <translation>Traducir a {locale}… ({percent} % al día)</translation>
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
        <source>Updated with changes made by another program</source>
        <translation>Actualizado con cambios realizados por otro programa</translation>
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
        <source>Import &amp;review comments…</source>
        <translation>Importar comentarios de &amp;revisión…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>&amp;Traducción</translation>
    </message>
    <message>
        <source>&amp;Export for translation…</source>
        <translation>&amp;Exportar para traducción…</translation>
    </message>
    <message>
        <source>&amp;Import translations…</source>
        <translation>&amp;Importar traducciones…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Write the whole library to one file, as it is now</source>
        <translation>Escribir toda la biblioteca en un archivo, tal como está ahora</translation>
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
        <source>Replace in &amp;library…</source>
        <translation>Reemplazar en la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>Next review co&amp;mment</source>
        <translation>Comentario de revisión &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next open review comment on the page</source>
        <translation>Ir al siguiente comentario de revisión abierto de la página</translation>
    </message>
    <message>
        <source>Previous review comme&amp;nt</source>
        <translation>Comentario de revisión &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous open review comment on the page</source>
        <translation>Ir al comentario de revisión abierto anterior de la página</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <source>T&amp;ranslation…</source>
        <translation>T&amp;raducción…</translation>
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
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
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
        <source>No open review comments on this page</source>
        <translation>No hay comentarios de revisión abiertos en esta página</translation>
    </message>
    <message>
        <source>Review comment %1 of %2: %3</source>
        <translation>Comentario de revisión %1 de %2: %3</translation>
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
        <source>Start from a Word document</source>
        <translation>Empezar a partir de un documento de Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Import review comments</source>
        <translation>Importar comentarios de revisión</translation>
    </message>
    <message>
        <source>Review files (*.csreview *.docx);;All files (*)</source>
        <translation>Archivos de revisión (*.csreview *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported 1 review comment</source>
        <translation>Se importó 1 comentario de revisión</translation>
    </message>
    <message>
        <source>Imported %1 review comments</source>
        <translation>Se importaron %1 comentarios de revisión</translation>
    </message>
    <message>
        <source>; 1 file refused</source>
        <translation>; 1 archivo rechazado</translation>
    </message>
    <message>
        <source>; %1 files refused</source>
        <translation>; %1 archivos rechazados</translation>
    </message>
    <message>
        <source>Review comments imported</source>
        <translation>Comentarios de revisión importados</translation>
    </message>
    <message>
        <source>%1 approved the course.</source>
        <translation>%1 aprobó el curso.</translation>
    </message>
    <message>
        <source>%1 requested changes.</source>
        <translation>%1 solicitó cambios.</translation>
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
        <source>Course outline</source>
        <translation>Esquema del curso</translation>
    </message>
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
        <source>No course yet: press + Course to start one, or open the sample course from the welcome page.</source>
        <translation>Aún no hay ningún curso: pulse + Curso para crear uno o abra el curso de ejemplo desde la página de bienvenida.</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Traducción:</translation>
    </message>
    <message>
        <source>Translation coverage shown</source>
        <translation>Progreso de traducción mostrado</translation>
    </message>
    <message>
        <source>Show how much of each course, lesson and page is translated into this language</source>
        <translation>Mostrar cuánto de cada curso, lección y página está traducido a este idioma</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No mostrar</translation>
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
        <source>It holds {what}.</source>
        <translation>Contiene {what}.</translation>
    </message>
    <message>
        <source>It is also used in:</source>
        <translation>También se usa en:</translation>
    </message>
    <message>
        <source>You can restore it from View › Trash, or undo.</source>
        <translation>Puede restaurarlo desde Ver › Papelera, o deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Translate into {locale}…</source>
        <translation>Traducir a {locale}…</translation>
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
        <source>Move block or row up</source>
        <translation>Subir el bloque o la fila</translation>
    </message>
    <message>
        <source>Move block or row down</source>
        <translation>Bajar el bloque o la fila</translation>
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
    <message>
        <source>The page you were editing was deleted. Undo brings it back, or restore it from View › Trash.</source>
        <translation>Se eliminó la página que estaba editando. Deshacer la recupera, o puede restaurarla desde Ver › Papelera.</translation>
    </message>
</context>
<context>
    <name>QtPreview</name>
    <message>
        <source>Course player</source>
        <translation>Reproductor del curso</translation>
    </message>
    <message>
        <source>Device width</source>
        <translation>Ancho del dispositivo</translation>
    </message>
    <message>
        <source>Phone (375 px)</source>
        <translation>Teléfono (375 px)</translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation>Tableta (768 px)</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Configuración regional</translation>
    </message>
    <message>
        <source>Tracking standard</source>
        <translation>Estándar de seguimiento</translation>
    </message>
    <message>
        <source>The LMS the preview simulates</source>
        <translation>El LMS que simula la vista previa</translation>
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
        <translation>Reiniciar intento</translation>
    </message>
    <message>
        <source>Not ready to export: {problem}</source>
        <translation>No está listo para exportar: {problem}</translation>
    </message>
    <message>
        <source>{code} (source)</source>
        <translation>{code} (origen)</translation>
    </message>
    <message>
        <source>{code} — ⚠ {n} strings not translated</source>
        <translation>{code} — ⚠ {n} cadenas sin traducir</translation>
    </message>
    <message>
        <source>Missing translations show the source text</source>
        <translation>Las traducciones que faltan muestran el texto de origen</translation>
    </message>
    <message>
        <source>This page is not reachable yet (linear navigation): Restart attempt opens the course here.</source>
        <translation>Aún no se puede llegar a esta página (navegación lineal): Reiniciar intento abre el curso aquí.</translation>
    </message>
    <message>
        <source>The player reported an error: {message}</source>
        <translation>El reproductor informó de un error: {message}</translation>
    </message>
</context>
<context>
    <name>QtPreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show the course as learners see it, tracked as an LMS would</source>
        <translation>Mostrar el curso como lo ven los alumnos, con el seguimiento que haría un LMS</translation>
    </message>
</context>
<context>
    <name>QtPreviewWindow</name>
    <message>
        <source>Preview — {title}</source>
        <translation>Vista previa — {title}</translation>
    </message>
</context>
<context>
    <name>QtTrackingPanel</name>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Suspend data</source>
        <translation>Datos de suspensión</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>xAPI statements</source>
        <translation>Declaraciones xAPI</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>{n} characters ({size}), {share}% of SCORM 1.2's {limit}</source>
        <translation>{n} caracteres ({size}), {share}% del límite de {limit} de SCORM 1.2</translation>
    </message>
    <message>
        <source>too long for SCORM 1.2</source>
        <translation>demasiado largo para SCORM 1.2</translation>
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
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
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
    <name>QuoteMarks</name>
    <message>
        <source>A reviewer commented on %1</source>
        <translation>Un revisor comentó %1</translation>
    </message>
    <message>
        <source>A reviewer</source>
        <translation>Un revisor</translation>
    </message>
    <message>
        <source>%1 (review comment): %2</source>
        <translation>%1 (comentario de revisión): %2</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace in library</source>
        <translation>Reemplazar en la biblioteca</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Configuración regional</translation>
    </message>
    <message>
        <source>Exact text, upper and lower case as typed, in the text learners read: titles, text, questions, choices, feedback, alt text, captions.</source>
        <translation>Texto exacto, con mayúsculas y minúsculas tal como se escriben, en el texto que leen los alumnos: títulos, texto, preguntas, opciones, comentarios, texto alternativo, subtítulos.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>Después de reemplazar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>&amp;Reemplazar por</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>Á&amp;mbito</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <translation>Configuración re&amp;gional</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Toda la biblioteca</translation>
    </message>
    <message>
        <source>Course: {title}</source>
        <translation>Curso: {title}</translation>
    </message>
    <message>
        <source>{code} (source)</source>
        <translation>{code} (origen)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Escriba el texto que desea buscar.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>No hay coincidencias.</translation>
    </message>
    <message>
        <source>{matches} in {objects}</source>
        <translation>{matches} en {objects}</translation>
    </message>
    <message>
        <source>match</source>
        <translation>coincidencia</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincidencias</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>objetos</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>Reemplazadas: {count}</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>+ Add %1</source>
        <translation>+ Añadir: %1</translation>
    </message>
    <message>
        <source>Drag to move %1 %2</source>
        <translation>Arrastrar para mover: %1 %2</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
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
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>Escriba aquí…</translation>
    </message>
</context>
<context>
    <name>TranslationExportDialog</name>
    <message>
        <source>Export for translation</source>
        <translation>Exportar para traducción</translation>
    </message>
    <message>
        <source>All strings</source>
        <translation>Todas las cadenas</translation>
    </message>
    <message>
        <source>Missing only</source>
        <translation>Solo las que faltan</translation>
    </message>
    <message>
        <source>Outdated only</source>
        <translation>Solo las desactualizadas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Target locale</source>
        <translation>Configuración regional de destino</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation>Cadenas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Translated strings go out with their translation and state; a locale new to the library is added to it.</source>
        <translation>Las cadenas traducidas se exportan con su traducción y su estado; si la configuración regional es nueva para la biblioteca, se añade a ella.</translation>
    </message>
    <message>
        <source>Export for translation to</source>
        <translation>Exportar para traducción a</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Archivos XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Exported {n} strings for {locale} to {path}.</source>
        <translation>Se exportaron {n} cadenas para {locale} a {path}.</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Desactualizadas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto de origen</translation>
    </message>
    <message>
        <source>Type the translation; keep every &lt;1&gt;…&lt;/1&gt; code</source>
        <translation>Escriba la traducción; conserve cada código &lt;1&gt;…&lt;/1&gt;</translation>
    </message>
    <message>
        <source>Where the string is</source>
        <translation>Dónde está el texto</translation>
    </message>
    <message>
        <source>What changed in the source</source>
        <translation>Qué cambió en el texto de origen</translation>
    </message>
    <message>
        <source>Changed since it was translated:</source>
        <translation>Cambiado desde que se tradujo:</translation>
    </message>
    <message>
        <source>Picture the alt text describes</source>
        <translation>Imagen que describe el texto alternativo</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>&amp;Guardar traducción</translation>
    </message>
    <message>
        <source>Save translation</source>
        <translation>Guardar traducción</translation>
    </message>
    <message>
        <source>&amp;Pseudo-translate…</source>
        <translation>&amp;Pseudotraducir…</translation>
    </message>
    <message>
        <source>Pseudo-translate</source>
        <translation>Pseudotraducir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save this string and go to the next one (Ctrl+Return)</source>
        <translation>Guardar este texto y pasar al siguiente (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation>Cadenas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>current</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>{n} of {total} strings current ({percent} %)</source>
        <translation>{n} de {total} textos al día ({percent} %)</translation>
    </message>
    <message>
        <source>Previous source not available: the library never stored the text this was translated from, so check the translation against today's source.</source>
        <translation>Texto de origen anterior no disponible: la biblioteca nunca guardó el texto del que se tradujo; compare la traducción con el texto de origen actual.</translation>
    </message>
    <message>
        <source>The source changed since this was translated: only its formatting, the words are the same.</source>
        <translation>El texto de origen cambió desde que se tradujo: solo su formato, las palabras son las mismas.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The source changed since this was translated. Words removed: {removed}. Words added: {added}.</source>
        <translation>El texto de origen cambió desde que se tradujo. Palabras eliminadas: {removed}. Palabras añadidas: {added}.</translation>
    </message>
    <message>
        <source>Fill {locale} with pseudo-translations of every string of this course (accented and 30 % longer), to try layouts? Translations already in {locale} are replaced.</source>
        <translation>¿Rellenar {locale} con pseudotraducciones de todos los textos de este curso (acentuadas y un 30 % más largas) para probar el diseño? Las traducciones que ya hay en {locale} se reemplazan.</translation>
    </message>
    <message>
        <source>Pseudo-translated {n} strings into {locale}.</source>
        <translation>{n} textos pseudotraducidos a {locale}.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Deleted objects</source>
        <translation>Objetos eliminados</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n objects for good? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n objeto definitivamente? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n objetos definitivamente? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
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
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Coursesmith</source>
        <translation>Bienvenido a Coursesmith</translation>
    </message>
    <message>
        <source>Choose a page in the outline to edit it, or start here. Build pages from blocks (text, pictures, callouts, questions); drag blocks from the library to reuse them; preview as a learner; export a package for any LMS.</source>
        <translation>Elija una página en el esquema para editarla, o empiece aquí. Cree páginas a partir de bloques (texto, imágenes, recuadros destacados, preguntas); arrastre bloques desde la biblioteca para reutilizarlos; obtenga una vista previa como alumno; exporte un paquete para cualquier LMS.</translation>
    </message>
    <message>
        <source>Open the sample course</source>
        <translation>Abrir el curso de ejemplo</translation>
    </message>
    <message>
        <source>New library…</source>
        <translation>Nueva biblioteca…</translation>
    </message>
    <message>
        <source>Start from a Word document…</source>
        <translation>Empezar a partir de un documento de Word…</translation>
    </message>
    <message>
        <source>Read the short guide</source>
        <translation>Leer la guía breve</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Bibliotecas recientes</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
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
    <message>
        <source>All pages viewed</source>
        <translation>Todas las páginas vistas</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>Cuestionario superado</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>the question has no text</source>
        <translation>la pregunta no tiene texto</translation>
    </message>
    <message>
        <source>no accepted answer is given</source>
        <translation>no se indica ninguna respuesta aceptada</translation>
    </message>
    <message>
        <source>a matching question needs at least two pairs</source>
        <translation>una pregunta de relacionar necesita al menos dos pares</translation>
    </message>
    <message>
        <source>a pair is missing its item or its match</source>
        <translation>a un par le falta su elemento o su correspondencia</translation>
    </message>
    <message>
        <source>an ordering question needs at least two items</source>
        <translation>una pregunta de ordenar necesita al menos dos elementos</translation>
    </message>
    <message>
        <source>a choice question needs at least two choices</source>
        <translation>una pregunta de opciones necesita al menos dos opciones</translation>
    </message>
    <message>
        <source>a choice has no text</source>
        <translation>una opción no tiene texto</translation>
    </message>
    <message>
        <source>no choice is marked correct</source>
        <translation>ninguna opción está marcada como correcta</translation>
    </message>
    <message>
        <source>a single-choice question has more than one correct choice</source>
        <translation>una pregunta de opción única tiene más de una opción correcta</translation>
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
    <message>
        <source>Copy an object first (Edit › Copy).</source>
        <translation>Primero copie un objeto (Edición › Copiar).</translation>
    </message>
    <message>
        <source>Open a page to paste blocks onto it.</source>
        <translation>Abra una página para pegar bloques en ella.</translation>
    </message>
    <message>
        <source>Select where it goes in the outline first.</source>
        <translation>Primero seleccione en el esquema dónde debe ir.</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Importar traducciones</translation>
    </message>
    <message>
        <source>Imported {ok} of {n} files.</source>
        <translation>Se importaron {ok} de {n} archivos.</translation>
    </message>
    <message>
        <source>Refused files change nothing: fix them and import again.</source>
        <translation>Los archivos rechazados no cambian nada: corríjalos e impórtelos de nuevo.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Current (not yet a version)</source>
        <translation>Actual (aún no es una versión)</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Versión {n}</translation>
    </message>
    <message>
        <source>Move to the next / previous pane</source>
        <translation>Ir al panel siguiente / anterior</translation>
    </message>
    <message>
        <source>Bold, italic, underline</source>
        <translation>Negrita, cursiva, subrayado</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>New page in the outline</source>
        <translation>Nueva página en el esquema</translation>
    </message>
    <message>
        <source>Rename in the outline</source>
        <translation>Cambiar el nombre en el esquema</translation>
    </message>
    <message>
        <source>Duplicate in the outline</source>
        <translation>Duplicar en el esquema</translation>
    </message>
    <message>
        <source>Move up / down in the outline</source>
        <translation>Subir / bajar en el esquema</translation>
    </message>
    <message>
        <source>Delete in the outline</source>
        <translation>Eliminar en el esquema</translation>
    </message>
</context>
</TS>