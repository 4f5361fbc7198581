"""The one place the application imports Qt from (STYLE.md, house habit 2).

Keeping every Qt import here means a Qt upgrade, or a switch of binding, touches one
file, and `grep` shows exactly which Qt classes the app relies on.
"""

from PySide6.QtCore import (  # noqa: F401
    QAbstractItemModel, QByteArray, QEvent, QItemSelectionModel, QMimeData, QModelIndex,
    QObject, QPoint, QRunnable, QSettings, QSize, QThread, QThreadPool, QTimer, QUrl, Qt,
    Signal, Slot, QCoreApplication, QLocale, QTranslator, QSortFilterProxyModel,
    QAbstractListModel, QStandardPaths, QPersistentModelIndex, QPointF,
    QElapsedTimer, QItemSelection, QSignalBlocker, QRect, QRectF, QBuffer, QIODevice, QFile,
    QEventLoop,
)
from PySide6.QtGui import (  # noqa: F401
    QAction, QActionGroup, QCloseEvent, QColor, QDrag, QDragEnterEvent, QDropEvent, QFont,
    QIcon, QImage, QKeySequence, QPainter, QPalette, QPixmap, QStandardItem,
    QStandardItemModel, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat,
    QUndoCommand, QUndoStack, QGuiApplication, QShortcut, QTextBlockFormat, QTextTableFormat,
    QFontMetrics, QBrush, QDesktopServices,
    QTextBlock, QTextFormat, QTextFrame, QTextTable, QTextImageFormat, QDragMoveEvent,
    QKeyEvent, QTextLength, QFontDatabase, QContextMenuEvent, QHelpEvent,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
    QDockWidget, QDoubleSpinBox, QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMessageBox, QPlainTextEdit, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpinBox, QSplitter, QStackedWidget, QStatusBar, QStyle,
    QTabWidget, QTextBrowser, QTextEdit, QToolBar, QToolButton, QTreeView, QVBoxLayout,
    QWidget, QRadioButton, QButtonGroup, QTableWidget, QTableWidgetItem, QStyledItemDelegate,
    QUndoView, QSpacerItem, QGridLayout, QToolBox,
    QStyleFactory, QTreeWidget, QTreeWidgetItem, QStyleOptionViewItem, QAbstractButton, QToolTip,
)

# Interface languages and accessibility (languages.py, words.py, keyboard.py).
from PySide6.QtCore import QDateTime, QLibraryInfo, QT_TRANSLATE_NOOP  # noqa: F401, E402
from PySide6.QtGui import QAccessible  # noqa: F401, E402
from PySide6.QtWidgets import QAbstractSpinBox, QTabBar  # noqa: F401, E402

# QtWebEngine (the live preview) loads on first use, not with every window: these names
# come from its modules when something asks for them (`from authoring.ui.qt import
# QWebEngineView`). Its URL scheme must still be registered before the QApplication
# exists: `authoring.ui.preview.scheme.prepare()`.
_WEB_ENGINE = {
    "QWebEngineView", "QWebEnginePage", "QWebEngineProfile", "QWebEngineScript",
    "QWebEngineSettings", "QWebEngineUrlScheme", "QWebEngineUrlSchemeHandler",
    "QWebEngineUrlRequestJob", "QWebChannel",
}


def __getattr__(name: str):
    if name not in _WEB_ENGINE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from PySide6 import QtWebChannel, QtWebEngineCore, QtWebEngineWidgets

    for module in (QtWebEngineCore, QtWebEngineWidgets, QtWebChannel):
        if hasattr(module, name):
            value = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError(name)

# Reordering by drag (page_editor/reorder.py).
from PySide6.QtGui import QCursor  # noqa: F401, E402
