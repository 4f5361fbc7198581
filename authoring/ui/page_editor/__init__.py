"""The WYSIWYG page editor: `QtPageEditor` (editor.py) and the pieces it is built from.

    editor.py       the editor: a page, its blocks, inserting, moving, saving, undo keys
    blocks.py       the frame every block editor shares; text and callout blocks
    questions.py    the editor of the six question types
    media.py        the media block editor and the asset picker
    richtext.py     the rich text field (html_writer.py: its document → stored HTML)
    toolbar.py      the formatting toolbar and its little dialogs
    canvas.py       the drop canvas, the editor's style, the shared-block question
    assets.py       thumbnails, previews and names of assets, cached per editor
"""

from authoring.ui.page_editor.editor import QtPageEditor  # noqa: F401
